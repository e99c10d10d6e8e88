"""Preset files a plug-in itself loads, for settings of a plug-in instrument.

* Any VST2 plug-in: ``preset.fxb``, the plug-in's own state as DawDreamer (JUCE) saves
  it, a standard VST2 bank file (``CcnK`` ... ``FBCh``: an opaque chunk of the
  plug-in's data); hosts open it as a bank, and DawDreamer with ``load_state``.
* amsynth: also ``<name>.amSynth.bank``, a bank in amsynth's own plain-text format
  (as ``/usr/share/amsynth/banks/*.bank``: a line ``amSynth``, then per preset
  ``<preset> <name> NAME`` and one ``<parameter> NAME VALUE`` line per parameter, in
  amsynth's own units, then a line ``EOF``), holding the one matched preset. amsynth lists the banks in
  ``~/.local/share/amsynth/banks/``; the values are amsynth's own text of the
  plug-in's state (its VST chunk is the same preset format), so nothing here
  converts 0-1 values to amsynth units.

:func:`render_amsynth_preset` plays a bank's preset back through amsynth: each value,
in amsynth's units, is mapped to the plug-in's 0-1 scale by the range amsynth itself
reports (its state with every parameter at 0 and at 1, :func:`amsynth_ranges`). (Loading a
state into amsynth with DawDreamer's ``load_state`` exits the process when there is no
X display: amsynth initialises GTK. So the round trip sets parameters instead.)
"""

from __future__ import annotations

import re
import struct
from pathlib import Path
from typing import Any

import numpy as np

AMSYNTH_HEADER = "amSynth"
"""First line of an amsynth bank, and start of its VST chunk."""
AMSYNTH_MAGIC = AMSYNTH_HEADER.encode()
_FXB = b"FBCh"
_FXP = b"FPCh"
_CHUNK_AT = {_FXB: 156, _FXP: 56}
"""Offset of the chunk-size field in a VST2 ``.fxb`` (bank) / ``.fxp`` (program) chunk file."""


class PresetFormatError(ValueError):
    """A state or bank that is not in the expected format."""


def fx_chunk(state: bytes) -> tuple[int, bytes]:
    """(offset of the chunk-size field, chunk bytes) of a VST2 ``.fxb``/``.fxp`` chunk file."""
    if len(state) < 60 or state[:4] != b"CcnK" or state[8:12] not in _CHUNK_AT:
        raise PresetFormatError("not a VST2 chunk file (CcnK FBCh/FPCh)")
    at = _CHUNK_AT[state[8:12]]
    size = struct.unpack(">i", state[at:at + 4])[0]
    return at, state[at + 4:at + 4 + size]


def is_amsynth_state(state: bytes) -> bool:
    """True when ``state`` is amsynth's (its chunk is an amsynth preset)."""
    try:
        return fx_chunk(state)[1].startswith(AMSYNTH_MAGIC)
    except PresetFormatError:
        return False


def preset_name(name: str) -> str:
    """A preset name amsynth reads back whole: ASCII letters, digits, ``_-.``, <= 32 characters."""
    return (re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("_") or "match")[:32]


def amsynth_bank(state: bytes, name: str) -> str:
    """The text of an amsynth bank holding the preset of ``state`` (amsynth's), named ``name``."""
    _, chunk = fx_chunk(state)
    text = chunk.rstrip(b"\0").decode("ascii")
    params = [line for line in text.splitlines() if line.startswith("<parameter> ")]
    if not text.startswith(AMSYNTH_HEADER) or not params:
        raise PresetFormatError("not an amsynth state")
    return "\n".join([AMSYNTH_HEADER, f"<preset> <name> {preset_name(name)}", *params, "EOF"]) + "\n"


def amsynth_bank_lines(text: str, name: str = "bank", error: type[Exception] = PresetFormatError
                       ) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """The presets of an amsynth bank's text as written: ``[(preset name, [(parameter,
    value text, where), ...]), ...]`` in file order, up to the ``EOF`` line.

    Raises:
        error: a missing ``amSynth`` header, a parameter line before any preset, a
            parameter line without exactly a name and a value, or any other line
            (the message names ``name`` and the line number, as ``where`` does).
    """
    lines = text.splitlines()
    if not lines or lines[0].strip() != AMSYNTH_HEADER:
        raise error(f"{name}: not an amsynth bank (first line is not {AMSYNTH_HEADER!r})")
    presets: list[tuple[str, list[tuple[str, str, str]]]] = []
    for n, line in enumerate(lines[1:], start=2):
        where = f"{name} line {n}"
        if line.startswith("<preset> <name> "):
            presets.append((line[len("<preset> <name> "):].strip(), []))
        elif line.startswith("<parameter> "):
            parts = line.split()
            if not presets:
                raise error(f"{where}: parameter before the first <preset>")
            if len(parts) != 3:
                raise error(f"{where}: expected '<parameter> NAME VALUE', got {line!r}")
            presets[-1][1].append((parts[1], parts[2], where))
        elif line.strip() == "EOF":  # amsynth writes it after the last preset
            break
        elif line.strip():
            raise error(f"{where}: unexpected line {line[:60]!r}")
    return presets


def parse_amsynth_bank(text: str, name: str = "bank") -> list[tuple[str, dict[str, float]]]:
    """The presets of an amsynth bank: ``[(name, {parameter: value in amsynth units})]``."""
    presets = []
    for preset, params in amsynth_bank_lines(text, name):
        values = {}
        for param, value, where in params:
            try:
                values[param] = float(value)
            except ValueError:
                raise PresetFormatError(f"{where}: {param} value {value!r} is not a number") from None
        presets.append((preset, values))
    return presets


def amsynth_values(state: bytes) -> dict[str, float]:
    """``{parameter: value in amsynth units}`` of an amsynth ``state``."""
    bank = amsynth_bank(state, "state")
    return parse_amsynth_bank(bank)[0][1]


def amsynth_ranges(renderer: Any) -> dict[str, tuple[float, float]]:
    """``{parameter: (value at 0, value at 1)}`` in amsynth units, as amsynth reports them,
    for the plug-in of ``renderer`` (a :class:`~generators.plugins.host.PluginRenderer`)."""
    ends = []
    for v in (0.0, 1.0):
        for i in range(len(renderer.names)):
            renderer.synth.set_parameter(i, v)
        ends.append(amsynth_values(renderer.state()))
    return {k: (ends[0][k], ends[1][k]) for k in ends[0]}


def render_amsynth_preset(renderer: Any, bank: str, note: int | None = None, index: int = 0
                          ) -> np.ndarray:
    """Play preset ``index`` of an amsynth ``bank`` through the plug-in of ``renderer``:
    the clip (as :meth:`~generators.plugins.host.PluginRenderer.render` gives) of those values,
    each set on the plug-in's 0-1 scale."""
    ranges = amsynth_ranges(renderer)
    _, values = parse_amsynth_bank(bank)[index]
    for name, value in values.items():
        lo, hi = ranges[name]
        renderer.synth.set_parameter(renderer.names.index(name),
                                     0.0 if hi == lo else (value - lo) / (hi - lo))
    return renderer.output(renderer.play(note))


def write_presets(renderer: Any, settings: dict[str, float | str], folder: Path,
                  name: str) -> list[Path]:
    """Write the preset files of ``settings`` for a plug-in ``renderer``
    (:class:`~generators.plugins.host.PluginRenderer`) into ``folder``; return their paths."""
    state = renderer.state(settings)  # type: ignore[attr-defined]
    fxb = folder / "preset.fxb"
    fxb.write_bytes(state)
    paths = [fxb]
    if is_amsynth_state(state):
        bank = folder / f"{preset_name(name)}.amSynth.bank"
        bank.write_text(amsynth_bank(state, name))
        paths.append(bank)
    return paths
