"""Human-made presets as rows of labels: amsynth's preset banks and DX7 banks.

Two readers (:data:`READERS`): ``amsynth`` (below) and ``dx7`` (:func:`dx7_rows`:
DX7 ``.syx``/``.dx7`` banks, by default the DX7 and TX7 ROM banks and FB-01
conversions of Debian's ``hexter`` package, for the ``dexed`` instrument).

amsynth ships its factory and contributed presets as plain-text banks
(``/usr/share/amsynth/banks/*.bank``, Debian package ``amsynth``)::

    amSynth
    <preset> <name> basic11
    <parameter> amp_attack 0.0333333
    <parameter> osc1_waveform 2
    ...
    EOF

Each ``<preset>`` line starts a preset at amsynth's defaults; each
``<parameter> NAME VALUE`` line sets one parameter in amsynth's own units
(clamped to its range and rounded to its step, as amsynth's
``Parameter::setValue`` does). A parameter a preset does not list keeps its
default (older banks lack the newer parameters).

:func:`preset_rows` turns the banks into rows of labels of a plug-in spec
whose columns drive amsynth's parameters (``generators/plugins/specs/amsynth-full.yaml``):
the normalised 0-1 value of a parameter is ``(value - min) / (max - min)``;
a knob's label is the nearest step of its MIDI grid, a switch's the label
with the nearest plug-in value. Rows whose labels repeat an earlier row are
dropped, and so are presets that set a parameter the spec fixes to another
value (unless it is one of :data:`AMSYNTH_INAUDIBLE`, which a single note at
velocity 127 mixed to mono does not reveal).

A :class:`PresetSet` names the rows of a dataset's test split by reader,
folder and digest, so ``instrument.json`` records them without copying them.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .declaration import Instrument, Knob
from ..core.errors import DatasetError
from . import dx7
from .preset_files import amsynth_bank_lines

AMSYNTH_BANKS = "/usr/share/amsynth/banks"
"""Where Debian's ``amsynth`` package installs its preset banks."""

AMSYNTH_PARAMETERS: dict[str, tuple[float, float, float, float]] = {
    # name: (default, min, max, step) in amsynth's units; src/Parameter.cpp of amsynth 1.13
    "amp_attack": (0.0, 0.0, 2.5, 0.0),
    "amp_decay": (0.0, 0.0, 2.5, 0.0),
    "amp_sustain": (1.0, 0.0, 1.0, 0.0),
    "amp_release": (0.0, 0.0, 2.5, 0.0),
    "osc1_waveform": (2.0, 0.0, 4.0, 1.0),
    "filter_attack": (0.0, 0.0, 2.5, 0.0),
    "filter_decay": (0.0, 0.0, 2.5, 0.0),
    "filter_sustain": (1.0, 0.0, 1.0, 0.0),
    "filter_release": (0.0, 0.0, 2.5, 0.0),
    "filter_resonance": (0.0, 0.0, 0.97, 0.0),
    "filter_env_amount": (0.0, -16.0, 16.0, 0.0),
    "filter_cutoff": (1.5, -0.5, 1.5, 0.0),
    "osc2_detune": (0.0, -1.0, 1.0, 0.0),
    "osc2_waveform": (2.0, 0.0, 4.0, 1.0),
    "master_vol": (0.67, 0.0, 1.0, 0.0),
    "lfo_freq": (0.0, 0.0, 7.5, 0.0),
    "lfo_waveform": (0.0, 0.0, 6.0, 1.0),
    "osc2_range": (0.0, -3.0, 4.0, 1.0),
    "osc_mix": (0.0, -1.0, 1.0, 0.0),
    "freq_mod_amount": (0.0, 0.0, 1.25992105, 0.0),
    "filter_mod_amount": (-1.0, -1.0, 1.0, 0.0),
    "amp_mod_amount": (-1.0, -1.0, 1.0, 0.0),
    "osc_mix_mode": (0.0, 0.0, 1.0, 0.0),
    "osc1_pulsewidth": (1.0, 0.0, 1.0, 0.0),
    "osc2_pulsewidth": (1.0, 0.0, 1.0, 0.0),
    "reverb_roomsize": (0.0, 0.0, 1.0, 0.0),
    "reverb_damp": (0.0, 0.0, 1.0, 0.0),
    "reverb_wet": (0.0, 0.0, 1.0, 0.0),
    "reverb_width": (1.0, 0.0, 1.0, 0.0),
    "distortion_crunch": (0.0, 0.0, 0.9, 0.0),
    "osc2_sync": (0.0, 0.0, 1.0, 1.0),
    "portamento_time": (0.0, 0.0, 1.0, 0.0),
    "keyboard_mode": (0.0, 0.0, 2.0, 1.0),
    "osc2_pitch": (0.0, -12.0, 12.0, 1.0),
    "filter_type": (0.0, 0.0, 4.0, 1.0),
    "filter_slope": (1.0, 0.0, 1.0, 1.0),
    "freq_mod_osc": (0.0, 0.0, 2.0, 1.0),
    "filter_kbd_track": (1.0, 0.0, 1.0, 0.0),
    "filter_vel_sens": (1.0, 0.0, 1.0, 0.0),
    "amp_vel_sens": (1.0, 0.0, 1.0, 0.0),
    "portamento_mode": (0.0, 0.0, 1.0, 0.0),
}

AMSYNTH_INAUDIBLE = ("amp_vel_sens", "filter_vel_sens", "portamento_time", "portamento_mode",
                     "keyboard_mode", "reverb_width", "filter_kbd_track")
"""Parameters that do not change one note (middle C, MIDI 60) played alone at
velocity 127 and mixed to mono (``perf/amsynth_isolation.py``, 20
random patches: bit-identical, except ``reverb_width``, max sample difference
1.2e-7, and ``filter_kbd_track``, 3.7e-3, as amsynth's key-tracking base of
261.626 Hz differs from its middle C by 0.0004 Hz): a preset is kept whatever
its value."""


class PresetSetError(DatasetError):
    """A bank cannot be read, or a preset set does not match its record
    (a :class:`~generators.core.errors.DatasetError`: one-line CLI error)."""


@dataclass(frozen=True)
class BankPreset:
    """One preset of a bank file.

    Attributes:
        bank: bank name (the file name up to its first dot, as amsynth shows it).
        index: position in the bank, from 0.
        name: preset name.
        values: every amsynth parameter in its own units (defaults filled in,
            clamped and rounded to its step).
    """

    bank: str
    index: int
    name: str
    values: dict[str, float]

    @property
    def key(self) -> str:
        """``bank/name``."""
        return f"{self.bank}/{self.name}"

    def normalised(self) -> dict[str, float]:
        """Every parameter on the plug-in's 0-1 scale, ``(value - min) / (max - min)``."""
        out = {}
        for name, v in self.values.items():
            _, lo, hi, _ = AMSYNTH_PARAMETERS[name]
            out[name] = (v - lo) / (hi - lo)
        return out


def _set(values: dict[str, float], name: str, text: str, where: str) -> None:
    if name not in AMSYNTH_PARAMETERS:
        if name == "unused":
            return
        raise PresetSetError(f"{where}: unknown amsynth parameter {name!r}")
    try:
        v = float(text)
    except ValueError:
        raise PresetSetError(f"{where}: {name} value {text!r} is not a number") from None
    _, lo, hi, step = AMSYNTH_PARAMETERS[name]
    if not np.isfinite(v):
        raise PresetSetError(f"{where}: {name} value {text!r} is not finite")
    v = min(max(v, lo), hi)
    if step > 0:
        v = lo + round((v - lo) / step) * step
    values[name] = float(np.float32(v))


def read_bank(path: str | Path) -> list[BankPreset]:
    """The presets of one amsynth ``.bank`` file, in file order.

    Raises:
        PresetSetError: unreadable file, missing ``amSynth`` header, a
            parameter line before any preset, an unknown parameter or a
            value that is not a number (the message names file and line).
    """
    path = Path(path)
    try:
        text = path.read_text(errors="replace")
    except OSError as e:
        raise PresetSetError(f"cannot read bank {path}: {e.strerror or e}") from None
    bank = path.name.split(".")[0]
    defaults = {k: spec[0] for k, spec in AMSYNTH_PARAMETERS.items()}
    presets: list[BankPreset] = []
    for name, params in amsynth_bank_lines(text, str(path), PresetSetError):
        presets.append(BankPreset(bank, len(presets), name, dict(defaults)))
        for param, value, where in params:
            _set(presets[-1].values, param, value, where)
    return presets


def bank_files(folder: str | Path = AMSYNTH_BANKS) -> list[Path]:
    """The ``*.bank`` files of ``folder``, sorted by name.

    Raises:
        PresetSetError: no such folder, or no bank in it.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise PresetSetError(f"preset folder {folder} not found (apt-get install amsynth)")
    files = sorted(folder.glob("*.bank"))
    if not files:
        raise PresetSetError(f"no *.bank files in {folder}")
    return files


def read_banks(folder: str | Path = AMSYNTH_BANKS) -> list[BankPreset]:
    """Every preset of every bank in ``folder`` (banks sorted by file name)."""
    return [p for f in bank_files(folder) for p in read_bank(f)]


def preset_labels(instrument: Instrument, preset: BankPreset) -> dict[str, float | str]:
    """The labels of ``instrument``'s columns that play ``preset``.

    A knob gets the label of the MIDI step nearest to the preset's 0-1 value
    (float32, 0-10); a switch the label whose plug-in value is nearest.
    """
    norm = preset.normalised()
    out: dict[str, float | str] = {}
    for p in instrument.params:
        target = str(p.target if p.target is not None else p.name)
        if target not in norm:
            raise PresetSetError(f"{instrument.name}.{p.name} drives {target!r}, which is not an "
                              "amsynth parameter")
        v = norm[target]
        if isinstance(p, Knob):
            step = int(round(v * (p.resolution - 1)))
            out[p.name] = float(np.float32(p.label_of_step(step)))
        else:
            values = [p.engine_value(lab) for lab in p.labels]
            out[p.name] = p.labels[int(np.argmin([abs(x - v) for x in values]))]
    return out


@dataclass(frozen=True)
class PresetRows:
    """The rows a bank folder gives a spec, and what was dropped and why.

    Attributes:
        rows: ``(bank/name, labels)`` of every kept preset, in bank order.
        read: presets read.
        distinct_values: distinct sets of amsynth values among them.
        duplicates: presets dropped because their labels repeat an earlier row.
        dropped: reason -> presets dropped for it (a fixed setting they change).
        renamed: kept presets whose ``bank/name`` was taken by an earlier
            row, and got `` #2``, `` #3``... appended.
    """

    rows: tuple[tuple[str, dict[str, float | str]], ...]
    read: int
    distinct_values: int
    duplicates: int
    dropped: dict[str, int]
    renamed: int

    def summary(self) -> str:
        """One paragraph: read, distinct, kept, and every reason for dropping."""
        why = "; ".join(f"{n} set {k}" for k, n in sorted(self.dropped.items())) or "none"
        return (f"{self.read} presets read, {self.distinct_values} distinct parameter sets; "
                f"{len(self.rows)} kept; {self.duplicates} dropped as duplicates of an earlier "
                f"row's labels; dropped for a fixed setting they change: {why}; "
                f"{self.renamed} renamed (repeated bank/name)")


def preset_rows(instrument: Instrument, folder: str | Path = AMSYNTH_BANKS) -> PresetRows:
    """Rows of labels of ``instrument`` for the presets of the banks in ``folder``.

    Kept: the first preset of each distinct row of labels (banks sorted by
    file name, presets in file order), unless it sets a parameter that the
    spec fixes (and that is not in :data:`AMSYNTH_INAUDIBLE`) to another 0-1
    value than the spec's (more than 1e-4 apart).
    """
    presets = read_banks(folder)
    distinct = len({tuple(sorted(p.values.items())) for p in presets})
    checked = {k: v for k, v in instrument.fixed.items() if k not in AMSYNTH_INAUDIBLE}
    unknown = [k for k in checked if k not in AMSYNTH_PARAMETERS]
    if unknown:
        raise PresetSetError(f"{instrument.name} fixes {unknown}, which are not amsynth parameters")
    seen: set[str] = set()
    keys: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    rows: list[tuple[str, dict[str, float | str]]] = []
    duplicates = renamed = 0
    for p in presets:
        norm = p.normalised()
        changed = sorted(k for k, v in checked.items() if abs(norm[k] - v) > 1e-4)
        if changed:
            dropped[changed[0]] += 1
            continue
        labels = preset_labels(instrument, p)
        ident = json.dumps(labels, sort_keys=True)
        if ident in seen:
            duplicates += 1
            continue
        seen.add(ident)
        keys[p.key] += 1
        key = p.key if keys[p.key] == 1 else f"{p.key} #{keys[p.key]}"
        renamed += keys[p.key] > 1
        rows.append((key, labels))
    return PresetRows(tuple(rows), len(presets), distinct, duplicates, dict(dropped), renamed)


HEXTER_BANKS = "/usr/share/hexter"
"""Where Debian's ``hexter`` package installs DX7 banks (raw packed voices, ``*.dx7``)."""
DX7_PATTERNS = ("*.syx", "*.dx7")
"""File names a folder of DX7 banks is searched for (any case)."""


def dx7_bank_files(folder: str | Path) -> list[Path]:
    """The DX7 bank files of ``folder`` (:data:`DX7_PATTERNS`, any case), sorted by name.

    Raises:
        PresetSetError: no such folder, or no bank in it.
    """
    folder = Path(folder)
    if folder.is_file():
        raise PresetSetError(f"preset folder {folder} is a file; give the folder that holds it")
    if not folder.is_dir():
        raise PresetSetError(f"preset folder {folder} not found"
                             + (" (apt-get install hexter)" if str(folder) == HEXTER_BANKS else ""))
    suffixes = {pat[1:] for pat in DX7_PATTERNS}
    files = sorted(f for f in folder.iterdir() if f.suffix.lower() in suffixes and f.is_file())
    if not files:
        raise PresetSetError(f"no DX7 banks ({', '.join(DX7_PATTERNS)}) in {folder}")
    return files


def dx7_rows(instrument: Instrument, folder: str | Path = HEXTER_BANKS) -> PresetRows:
    """Rows of labels of ``instrument`` (``dexed``) for the voices of the DX7 banks in ``folder``.

    Each file is a 32-voice sysex bank (one or more 4104-byte dumps) or raw packed
    voices (:func:`generators.model.dx7.bank_voices`); voices are named
    ``<file stem>/<position from 001> <voice name>``. Kept: the first voice of each
    distinct row of labels (files sorted by name, voices in file order); the others
    are counted as duplicates (the same voice under another name included).

    Raises:
        PresetSetError: no folder, no bank, an unreadable or malformed bank (one line
            naming the file), or an instrument whose columns are not DX7 parameters.
    """
    on = {f"op{k}_on" for k in range(1, 7)}
    foreign = [n for n in instrument.names if n not in dx7.LAYOUT and n not in on]
    if foreign:
        raise PresetSetError(f"{instrument.name} has columns that are not DX7 voice "
                             f"parameters: {', '.join(foreign[:5])}")
    rows: list[tuple[str, dict[str, float | str]]] = []
    seen: set[str] = set()
    values: set[bytes] = set()
    read = duplicates = 0
    for path in dx7_bank_files(folder):
        try:
            voices = dx7.read_bank_file(path)
        except dx7.VoiceFormatError as e:
            raise PresetSetError(str(e)) from None
        for j, voice in enumerate(voices):
            read += 1
            values.add(voice[:dx7.NAME_AT])
            labels = dx7.labels_of(instrument, voice)
            ident = json.dumps(labels, sort_keys=True)
            if ident in seen:
                duplicates += 1
                continue
            seen.add(ident)
            rows.append((f"{path.stem}/{j + 1:03d} {dx7.voice_name(voice)}", labels))
    return PresetRows(tuple(rows), read, len(values), duplicates, {}, 0)


READERS = {"amsynth": preset_rows, "dx7": dx7_rows}
"""Preset readers by name: ``reader(instrument, folder) -> PresetRows``."""
DEFAULT_FOLDERS = {"amsynth": AMSYNTH_BANKS, "dx7": HEXTER_BANKS}
"""The folder each reader reads when none is given (a named benchmark's presets)."""


def reader_for(instrument: Instrument) -> str:
    """The preset reader whose presets play ``instrument``: ``dx7`` for the ``dexed``
    engine, ``amsynth`` for an amsynth plug-in spec.

    Raises:
        PresetSetError: no reader knows the instrument's presets.
    """
    src = instrument.source
    if getattr(src, "synth", None) == "dexed":
        return "dx7"
    if "amsynth" in str(getattr(src, "path", "")):
        return "amsynth"
    raise PresetSetError(f"no preset reader for {instrument.name}; presets can be read for "
                         "the dexed instrument (DX7 .syx banks) and amsynth specs (.bank files)")


def rows_digest(rows: tuple[tuple[str, dict[str, float | str]], ...]) -> str:
    """sha256 (hex) of the canonical JSON of ``rows``."""
    text = json.dumps([[k, v] for k, v in rows], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class PresetSet:
    """The human presets that make a dataset's test split.

    Row ``j`` of :meth:`rows` is sample ``n_train + j``; its settings are the
    preset's labels and its ``preset`` column is ``bank/name``.

    Attributes:
        reader: name in :data:`READERS`.
        folder: the bank folder.
        count: number of rows.
        sha256: :func:`rows_digest` of the rows.
    """

    reader: str
    folder: str
    count: int
    sha256: str
    _rows: Any = field(default=None, compare=False, repr=False)

    @classmethod
    def read(cls, instrument: Instrument, reader: str = "amsynth",
             folder: str | Path | None = None, limit: int | None = None) -> PresetSet:
        """Read the rows of ``folder`` (default: the reader's, :data:`DEFAULT_FOLDERS`)
        for ``instrument`` (the first ``limit`` only when given, for tiny test datasets)."""
        return cls.of(instrument, reader, folder, limit)[0]

    @classmethod
    def of(cls, instrument: Instrument, reader: str = "amsynth",
           folder: str | Path | None = None, limit: int | None = None
           ) -> tuple[PresetSet, PresetRows]:
        """:meth:`read`, with the reader's account of what it read and dropped."""
        if reader not in READERS:
            raise PresetSetError(f"unknown preset reader {reader!r}; known: {', '.join(READERS)}")
        folder = DEFAULT_FOLDERS[reader] if folder is None else folder
        found = READERS[reader](instrument, folder)
        rows = found.rows if limit is None else found.rows[:limit]
        return cls(reader, str(folder), len(rows), rows_digest(rows), rows), found

    def rows(self, instrument: Instrument) -> tuple[tuple[str, dict[str, float | str]], ...]:
        """The rows, read again from the folder when this set came from a record.

        Raises:
            PresetSetError: the folder now gives other rows (banks or reader changed).
        """
        if self._rows is None:
            fresh = READERS[self.reader](instrument, self.folder).rows[:self.count]
            if len(fresh) != self.count or rows_digest(fresh) != self.sha256:
                raise PresetSetError(
                    f"the presets in {self.folder} are not those this dataset was made of "
                    f"({len(fresh)} rows, digest {rows_digest(fresh)[:12]}... vs {self.count} "
                    f"rows, {self.sha256[:12]}...): other banks, or another version of them?")
            object.__setattr__(self, "_rows", fresh)
        return self._rows

    def to_dict(self) -> dict[str, Any]:
        """What ``instrument.json`` records (no rows)."""
        return {"reader": self.reader, "folder": self.folder, "count": self.count,
                "sha256": self.sha256}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PresetSet:
        return cls(d["reader"], d["folder"], int(d["count"]), d["sha256"])


def label_shift(instrument: Instrument, random_rows: list[dict[str, float | str]],
                human_rows: list[dict[str, float | str]], bins: int = 10) -> list[dict[str, Any]]:
    """How human presets differ from random patches, per parameter.

    Args:
        instrument: the declaration (its parameters, in column order).
        random_rows, human_rows: settings (labels) of the two sets.
        bins: equal-width bins on 0-10 for the knobs' distance.

    Returns:
        one dict per parameter: ``name``, ``kind``, ``distance`` (total
        variation distance of the two label distributions, 0-1: knobs over
        ``bins`` bins, switches over labels), and for knobs ``random_mean``,
        ``human_mean``, ``random_sd``, ``human_sd`` (0-10), for switches
        ``human_top`` (most common human label) and ``human_top_share`` /
        ``random_top_share`` (its share in each set).
    """
    out = []
    for p in instrument.params:
        a = [r[p.name] for r in random_rows]
        b = [r[p.name] for r in human_rows]
        row: dict[str, Any] = {"name": p.name, "kind": "knob" if isinstance(p, Knob) else "switch"}
        if isinstance(p, Knob):
            x, y = np.asarray(a, float), np.asarray(b, float)
            edges = np.linspace(0.0, 10.0, bins + 1)
            hx = np.histogram(x, edges)[0] / max(len(x), 1)
            hy = np.histogram(y, edges)[0] / max(len(y), 1)
            row |= {"distance": float(0.5 * np.abs(hx - hy).sum()),
                    "random_mean": float(x.mean()), "human_mean": float(y.mean()),
                    "random_sd": float(x.std()), "human_sd": float(y.std())}
        else:
            ca, cb = Counter(a), Counter(b)
            share_a = {lab: ca[lab] / max(len(a), 1) for lab in p.labels}
            share_b = {lab: cb[lab] / max(len(b), 1) for lab in p.labels}
            top = max(p.labels, key=lambda lab: share_b[lab])
            row |= {"distance": float(0.5 * sum(abs(share_a[k] - share_b[k]) for k in p.labels)),
                    "human_top": top, "human_top_share": share_b[top],
                    "random_top_share": share_a[top]}
        out.append(row)
    return out
