"""The structure of a plug-in spec file, as typed frozen dataclasses.

:class:`SpecFile` is one spec (``generators/plugins/spec.py`` documents the
format), :class:`SpecKnob`/:class:`SpecSwitch` one entry of ``params`` and
:class:`SpecEffect` one entry of ``effects``. Each field declares its check
(:func:`spec_field`): a function ``(value, Ctx) -> value`` that converts the raw
YAML/JSON value or raises :class:`PluginError` with one line naming the spec
and key. :func:`read_record` is the one generic reader: unknown keys (with a
close name), then every present field in declaration order (the order the
errors are reported in), checks that involve several keys are made by the field read last (the
fields read before are in its :attr:`Ctx.seen`).

Only the file's own content is checked here; what needs the plug-in (its
parameter names) or the file system (an audio folder's files) is checked by
``plugin_spec.spec_to_instrument`` when it builds the instrument.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, ClassVar, TypeVar
from collections.abc import Callable, Sequence

from ..model.declaration import Dependency
from .host import PluginError
from ..core.reading import brief, unknown_keys

YAML_BOOL_WORDS = "y, yes, n, no, on, off, true, false"
SOURCE_KEYS = ("plugin", "builtin", "audio_folder")
CHAIN_KEYS = ("effects", "builtin", "audio_folder", "rand_seed", "flush_seconds")

MIN_RATE, MAX_RATE = 8000, 384_000
"""The sample rates (Hz) a spec may ask for."""

PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")  # an effect name; a bare YAML key

R = TypeVar("R")


@dataclass(frozen=True)
class Ctx:
    """Where a value is read.

    Attributes:
        where: the record's place in messages, e.g. ``spec.yaml`` or
            ``spec.yaml: params.cutoff``.
        key: this field's place, e.g. ``spec.yaml: gain_db``.
        seen: the record's fields read so far (field name -> value).
        base_dir: folder relative paths are taken from (None: as given).
    """

    where: str
    key: str
    seen: dict[str, Any]
    base_dir: Path | None = None


Check = Callable[[Any, Ctx], Any]


def err(where: str, message: str) -> PluginError:
    """The one-line error ``WHERE: MESSAGE``."""
    return PluginError(f"{where}: {message}")


def spec_field(check: Check, default: Any = None, *, missing: str | None = None,
               missing_at: str = "key", always: bool = False) -> Any:
    """A dataclass field read by :func:`read_record`.

    Args:
        check: converts a present raw value (or raises).
        default: kept when the key is absent.
        missing: the key is required: the message when it is absent.
        missing_at: ``"key"`` (the field's place) or ``"record"`` names the
            missing key's place in that message.
        always: ``check`` also runs when the key is absent, on None (for a
            check that involves other keys).
    """
    meta = {"check": check, "missing": missing, "missing_at": missing_at,
            "always": always}
    if isinstance(default, (dict, list)):
        return field(default_factory=lambda: type(default)(default), metadata=meta)
    return field(default=default, metadata=meta)


def check_keys(d: dict[str, Any], allowed: Sequence[str], where: str) -> None:
    """Refuse keys of ``d`` not in ``allowed`` (:func:`generators.core.reading.unknown_keys`)."""
    problem = unknown_keys(d, allowed)
    if problem:
        raise err(where, problem)


def read_record(cls: type[R], raw: dict[str, Any], where: str, *, sep: str = ": ",
                base_dir: Path | None = None, **given: Any) -> R:
    """Read the mapping ``raw`` into the dataclass ``cls``.

    Args:
        cls: a dataclass whose fields come from :func:`spec_field` (fields
            without a check are passed in ``given``); its class attribute
            ``KEYS`` lists the allowed keys in message order.
        raw: the spec's mapping.
        where: the record's place in messages; a field's is ``where + sep + key``.
        base_dir: folder relative paths are taken from.
        given: values of fields that are not read from ``raw``.

    Raises:
        PluginError: the first problem, in one line.
    """
    check_keys(raw, cls.KEYS, where)
    seen: dict[str, Any] = dict(given)
    for f in fields(cls):  # type: ignore[arg-type]
        key = f.name
        if "check" not in f.metadata:
            continue
        if key not in raw and f.metadata["missing"]:
            at = where if f.metadata["missing_at"] == "record" else f"{where}{sep}{key}"
            raise err(at, f.metadata["missing"])
        if key in raw or f.metadata["always"]:
            seen[f.name] = f.metadata["check"](raw.get(key), Ctx(where, f"{where}{sep}{key}", seen,
                                                             base_dir))
    return cls(**seen)


# ------------------------------------------------------------ value checks
def number(lo: float | None = None, hi: float | None = None) -> Check:
    """A real number (not a boolean), in ``lo``-``hi`` when given."""
    def check(value: Any, c: Ctx) -> float:
        return as_number(value, c.key, lo, hi)
    return check


def as_number(value: Any, where: str, lo: float | None = None, hi: float | None = None) -> float:
    """``value`` as a float, refused unless a number in ``lo``-``hi``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise err(where, f"must be a number, got {brief(value)}")
    v = float(value)
    if (lo is not None and v < lo) or (hi is not None and v > hi):
        raise err(where, f"must be in {lo:g}-{hi:g}, got {v:g}")
    return v


def integer(value: Any, c: Ctx) -> int:
    """An integer (not a boolean)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise err(c.key, f"must be an integer, got {brief(value)}")
    return value


def optional_integer(value: Any, c: Ctx) -> int | None:
    """An integer, or None (null)."""
    return None if value is None else integer(value, c)


def text(value: Any, c: Ctx) -> str:
    """A string, or a number or boolean as its ``str`` (a list or mapping is refused)."""
    if isinstance(value, (list, dict)):
        raise err(c.key, f"must be text, got a {type(value).__name__} {brief(value)}")
    return str(value)


def text_or_none(value: Any, c: Ctx) -> str | None:
    """:func:`text`, or None for an empty/false value (the default applies)."""
    return text(value, c) if value else None


def as_label(value: Any, where: str) -> str:
    """A switch label: a string or number (YAML booleans are refused: quote them)."""
    if isinstance(value, bool):
        raise err(where, f"label {brief(value)} was read as a boolean: quote labels such as "
                         f"\"on\"/\"off\" ({YAML_BOOL_WORDS} are booleans in YAML)")
    if isinstance(value, (int, float, str)):
        return str(value)
    raise err(where, f"labels are strings, got {brief(value)}")


def as_target(value: Any, where: str) -> str | int:
    """A plug-in parameter: its name or index."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise err(where, f"`parameter` is a plug-in parameter name or index, got {brief(value)}")
    return value


def as_path(value: Any, where: str, base_dir: Path | None) -> str:
    """A file or folder path, ``~`` and ``$VARS`` expanded, relative to ``base_dir``."""
    if not isinstance(value, str) or not value:
        raise err(where, f"expected a file or folder path, got {brief(value)}")
    path = os.path.expandvars(os.path.expanduser(value))
    if not os.path.isabs(path) and base_dir is not None:
        path = str((base_dir / path).resolve())
    return path


def path(value: Any, c: Ctx) -> str:
    """A file or folder path (:func:`as_path`)."""
    return as_path(value, c.key, c.base_dir)


def fixed_values(value: Any, c: Ctx) -> dict[str, float]:
    """A mapping plug-in parameter -> 0-1 value (null: empty)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise err(c.key, "expected a mapping of plug-in parameter -> 0-1 value")
    out: dict[str, float] = {}
    for key, v in value.items():
        k = str(as_target(key, c.key))
        out[k] = as_number(v, f"{c.key}.{k}", 0.0, 1.0)
    return out


def dependency(value: Any, c: Ctx) -> Dependency:
    """``{SWITCH: [LABEL, ...]}`` (or ``{switch: S, values: [...]}``)."""
    if isinstance(value, dict) and set(value) == {"switch", "values"}:
        switch, labels = value["switch"], value["values"]
    elif isinstance(value, dict) and len(value) == 1:
        ((switch, labels),) = value.items()
    else:
        raise err(c.key, "depends_on is {SWITCH: [LABEL, ...]}, e.g. {osc1_wave: [Pulse, Saw]}")
    if not isinstance(labels, list):
        labels = [labels]
    return Dependency(str(switch), tuple(as_label(v, c.key) for v in labels))


# ------------------------------------------------------------------ params
def _kind(value: Any, c: Ctx) -> str:
    """``knob`` or ``switch``: checked by :func:`read_param` before the keys."""
    return value


def _window(value: Any, c: Ctx) -> tuple[int, int] | None:
    if value is None:
        return None
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(w, int) and not isinstance(w, bool) for w in value)):
        raise err(c.key, f"expected [LOW, HIGH] MIDI steps, got {brief(value)}")
    return (value[0], value[1])


def _parameter(value: Any, c: Ctx) -> str | int:
    return as_target(value, c.key)


@dataclass(frozen=True)
class SpecKnob:
    """One ``kind: knob`` entry of ``params``.

    Attributes:
        name: the column name.
        parameter: plug-in parameter name or index (None: the column name).
        depends_on: audible only for these labels of a switch (None: always,
            or an effect's on switch).
        default: base-patch 0-1 value (None: its ``fixed`` value).
        window: MIDI steps sampled, ``(low, high)`` (None: all).
        resolution: steps, 128 or 16384 (MIDI) or the control's own count (2-16384).
        description: one line for the dataset card.
    """

    KEYS: ClassVar[tuple[str, ...]] = ("kind", "parameter", "resolution", "window", "default",
                                       "depends_on", "description")
    name: str
    kind: str = spec_field(_kind, "knob")
    parameter: str | int | None = spec_field(_parameter)
    depends_on: Dependency | None = spec_field(dependency)
    default: float | None = spec_field(number(0.0, 1.0))
    window: tuple[int, int] | None = spec_field(_window)
    resolution: int = spec_field(integer, 128)
    description: str = spec_field(text, "")


_LABELS = "expected a mapping LABEL: VALUE (0-1) with at least two labels"


def _labels(value: Any, c: Ctx) -> tuple[tuple[str, float], ...]:
    if not isinstance(value, dict) or len(value) < 2:
        raise err(c.key, _LABELS)
    out = []
    for label, v in value.items():
        lab = as_label(label, c.key)
        x = as_number(v, f"{c.key}.{lab}")
        if not 0.0 <= x <= 1.0:
            raise err(f"{c.key}.{lab}", "plug-in values must be in 0-1 (the plug-in's "
                                        f"normalised scale), got {x:g}")
        out.append((lab, x))
    return tuple(out)


def _default_label(value: Any, c: Ctx) -> str:
    label = as_label(value, c.key)
    labels = [lab for lab, _ in c.seen["labels"]]
    if label not in labels:
        raise err(c.key, f"{brief(label)} is not one of its labels {brief(labels)}")
    return label


@dataclass(frozen=True)
class SpecSwitch:
    """One ``kind: switch`` entry of ``params``.

    Attributes:
        name: the column name.
        labels: ``(label, plug-in 0-1 value)`` pairs, at least two.
        parameter: plug-in parameter name or index (None: the column name).
        depends_on: as :attr:`SpecKnob.depends_on`.
        default: base-patch label (None: the label nearest its ``fixed``
            value, else the first).
        description: one line for the dataset card.
    """

    KEYS: ClassVar[tuple[str, ...]] = ("kind", "parameter", "labels", "default", "depends_on",
                                       "description")
    name: str
    kind: str = spec_field(_kind, "switch")
    parameter: str | int | None = spec_field(_parameter)
    depends_on: Dependency | None = spec_field(dependency)
    labels: tuple[tuple[str, float], ...] = spec_field(_labels, (), missing=_LABELS)
    default: str | None = spec_field(_default_label)
    description: str = spec_field(text, "")


SpecParam = SpecKnob | SpecSwitch


def read_param(name: str, entry: Any, where: str) -> SpecParam:
    """One entry of a ``params`` mapping (``where``: its spec or effect)."""
    at = f"{where}: params.{name}"
    if not isinstance(entry, dict):
        raise PluginError(f"{at}: expected {{kind: knob|switch, parameter: ...}}")
    kind = entry.get("kind")
    if kind not in ("knob", "switch"):
        raise PluginError(f"{at}: `kind` must be knob or switch, got {brief(kind)}")
    cls = SpecKnob if kind == "knob" else SpecSwitch
    return read_record(cls, entry, at, sep=".", name=name)


def read_params(value: Any, where: str) -> dict[str, SpecParam]:
    """The entries of a ``params`` mapping (already checked to be one)."""
    return {str(k): read_param(str(k), v, where) for k, v in value.items()}


# ----------------------------------------------------------------- effects
def _effect_default(value: Any, c: Ctx) -> str:
    if isinstance(value, bool):  # YAML reads on/off as booleans
        value = "on" if value else "off"
    if value not in ("off", "on"):
        raise err(c.key, f"must be \"off\" or \"on\", got {brief(value)}")
    return value


def _flush(value: Any, c: Ctx) -> dict[str, float] | None:
    return None if value is None else fixed_values(value, c)


def _boolean(value: Any, c: Ctx) -> bool:
    if not isinstance(value, bool):
        raise err(c.key, f"must be true or false, got {brief(value)}")
    return value


def _effect_params(value: Any, c: Ctx) -> dict[str, SpecParam]:
    value = value or {}
    if not isinstance(value, dict):
        raise err(c.key, "maps each column name to {kind: knob|switch, ...}")
    return read_params(value, c.where)


@dataclass(frozen=True)
class SpecEffect:
    """One entry of ``effects``.

    Attributes:
        name: letters, digits, ``_``; distinct, not ``source``.
        plugin: the effect's VST2 .so or VST3 file (absolute).
        switch: its off/on column (None: ``NAME_on_off``).
        default: the switch's base-patch label, ``"off"`` or ``"on"``.
        fixed: its other parameters, plug-in parameter -> 0-1 value.
        flush: values during the silent flush render (None: no flush).
        fresh_instance: a new plug-in instance for every clip.
        params: its varied parameters by column name.
        description: one line (None: ``NAME (FILE)``).
    """

    KEYS: ClassVar[tuple[str, ...]] = ("name", "plugin", "switch", "default", "description",
                                       "params", "fixed", "fresh_instance", "flush")
    name: str
    plugin: str = spec_field(path, "", missing="`plugin: PATH` (the effect's VST2 .so or VST3 "
                                                "file) is required", missing_at="record")
    switch: str | None = spec_field(text_or_none)
    default: str = spec_field(_effect_default, "off")
    fixed: dict[str, float] = spec_field(fixed_values, {})
    flush: dict[str, float] | None = spec_field(_flush)
    fresh_instance: bool = spec_field(_boolean, False)
    params: dict[str, SpecParam] = spec_field(_effect_params, {})
    description: str | None = spec_field(text_or_none)


def read_effect(raw: Any, i: int, where: str, base_dir: Path | None) -> SpecEffect:
    """Entry ``i`` of a spec's ``effects`` (``where``: the spec)."""
    at = f"{where}: effects[{i}]"
    if not isinstance(raw, dict):
        raise err(at, "an effect is {name: ..., plugin: PATH, params: {...}, fixed: {...}}")
    check_keys(raw, SpecEffect.KEYS, at)
    name = raw.get("name")
    if not isinstance(name, str) or not PLAIN.match(name):
        raise err(at, f"`name` (letters, digits, _) is required, got {brief(name)}")
    return read_record(SpecEffect, raw, f"{where}: effects.{name}", sep=".", base_dir=base_dir,
                       name=name)


def _effects(value: Any, c: Ctx) -> tuple[SpecEffect, ...]:
    value = value or []
    if not isinstance(value, list):
        raise err(c.key, "a list of effects, in signal order")
    out: list[SpecEffect] = []
    for i, raw in enumerate(value):
        fx = read_effect(raw, i, c.where, c.base_dir)
        if fx.name in [e.name for e in out] or fx.name == "source":
            raise err(f"{c.where}: effects.{fx.name}", "effect names must be distinct "
                                                       "(and not 'source')")
        out.append(fx)
    return tuple(out)


# -------------------------------------------------------------------- file
def _plugin(value: Any, c: Ctx) -> str:
    if not isinstance(value, str):
        raise err(c.where, "`plugin: PATH` (the VST2 .so or VST3 file) is required")
    return path(value, c)


def source_name(seen: dict[str, Any]) -> str:
    """The sound source in messages: the plug-in file's name, ``built-in NAME`` or
    ``audio folder``."""
    if seen.get("plugin") is not None:
        return Path(seen["plugin"]).name
    if seen.get("builtin") is not None:
        return f"built-in {seen['builtin']}"
    return "audio folder"


def _params(value: Any, c: Ctx) -> dict[str, SpecParam]:
    value = value or {}
    if not isinstance(value, dict) or (not value and not c.seen["is_chain"]):
        raise err(c.where, "`params` maps each varied parameter's column name to "
                           "{kind: knob|switch, parameter: ...}")
    if c.seen.get("plugin") is None and (c.seen.get("fixed") or value):
        raise err(c.where, f"`params` and `fixed` are the source plug-in's; the "
                           f"{source_name(c.seen)} source has none (vary the effects' "
                           "parameters under `effects`)")
    return read_params(value, c.where)


def _at_least(lo: int) -> Check:
    def check(value: Any, c: Ctx) -> int:
        v = integer(value, c)
        if v < lo:
            raise err(c.where, "need warmup_renders >= 0 and block_size >= 16")
        return v
    return check


def _isolation(value: Any, c: Ctx) -> str:
    if value not in ("warmup", "fork"):
        raise err(c.where, f"isolation must be warmup or fork, got {brief(value)}")
    return value


def _sample_rate(value: Any, c: Ctx) -> int:
    if not MIN_RATE <= integer(value, c) <= MAX_RATE:
        raise err(c.where, f"sample_rate must be {MIN_RATE}-{MAX_RATE} Hz, got {value}")
    return value


def _builtin_settings(value: Any, c: Ctx) -> dict[str, str | float]:
    if c.seen.get("builtin") is None:  # only a built-in source reads it
        return {}
    value = value or {}
    if not isinstance(value, dict):
        raise err(c.key, "a mapping of parameter -> label")
    return {str(k): (as_label(v, f"{c.key}.{k}") if not isinstance(v, float)
                     and not (isinstance(v, int) and not isinstance(v, bool)) else float(v))
            for k, v in value.items()}


def _audio_only(check: Check) -> Check:
    def read(value: Any, c: Ctx) -> Any:
        return check(value, c) if c.seen.get("audio_folder") is not None else None
    return read


@dataclass(frozen=True)
class SpecFile:
    """A whole spec file (the module doc of ``generators/plugins/spec.py``).

    Exactly one source is given: ``plugin`` (a plug-in synth), ``builtin`` (a
    built-in instrument) or ``audio_folder`` (recordings). A field left None
    takes the instrument's default (``generators/model/declaration.py``); units as
    there: Hz, MIDI note and velocity, seconds, dB.

    Attributes:
        is_chain: effects follow the source (any of :data:`CHAIN_KEYS` given).
        fixed: the source plug-in's base patch, parameter -> 0-1 value.
        plugin: the source plug-in file (absolute), or None.
        builtin: the built-in instrument's name, or None.
        params: the source plug-in's varied parameters by column name.
        gain_db: fixed gain before the soft limiter, -60-60 dB.
        warmup_renders: renders before the kept one, >= 0.
        block_size: render block size in samples, >= 16.
        isolation: ``warmup`` or ``fork``.
        sample_rate: Hz, :data:`MIN_RATE`-:data:`MAX_RATE`.
        note, velocity: MIDI note and velocity.
        note_length, clip_length: seconds held and rendered.
        default_n: default number of samples.
        sampler: name of the sampler.
        builtin_settings: a built-in source's fixed settings, name -> label or number.
        audio_folder: the folder of recordings (absolute), or None.
        audio_column: the column picking an audio file (None: ``recording``).
        audio_gain_db: gain of the recordings, -60-60 dB.
        effects: the effects in signal order.
        rand_seed: srand() before every render.
        flush_seconds: silent render for effects with ``flush``, 0-60 s.
        name, description, notes: the dataset card's texts (None: defaults).
    """

    KEYS: ClassVar[tuple[str, ...]] = (
        "name", "description", "plugin", "builtin", "builtin_settings", "audio_folder",
        "audio_column", "audio_gain_db", "rand_seed", "sample_rate", "note", "velocity",
        "note_length", "clip_length", "gain_db", "warmup_renders", "block_size",
        "flush_seconds", "isolation", "sampler", "default_n", "notes", "params", "fixed",
        "effects")
    is_chain: bool
    fixed: dict[str, float] = spec_field(fixed_values, {})
    plugin: str | None = spec_field(_plugin)
    builtin: str | None = spec_field(text)
    params: dict[str, SpecParam] = spec_field(_params, {}, always=True)
    gain_db: float | None = spec_field(number(-60.0, 60.0))
    warmup_renders: int | None = spec_field(_at_least(0))
    block_size: int | None = spec_field(_at_least(16))
    isolation: str | None = spec_field(_isolation)
    sample_rate: int | None = spec_field(_sample_rate)
    note: int | None = spec_field(integer)
    velocity: int | None = spec_field(integer)
    note_length: float | None = spec_field(number())
    clip_length: float | None = spec_field(number())
    default_n: int | None = spec_field(optional_integer)
    sampler: str | None = spec_field(text)
    builtin_settings: dict[str, str | float] = spec_field(_builtin_settings, {})
    audio_folder: str | None = spec_field(path)
    audio_column: str | None = spec_field(_audio_only(text_or_none))
    audio_gain_db: float | None = spec_field(_audio_only(number(-60.0, 60.0)))
    effects: tuple[SpecEffect, ...] = spec_field(_effects, ())
    rand_seed: int | None = spec_field(optional_integer)
    flush_seconds: float | None = spec_field(number(0.0, 60.0))
    name: str | None = spec_field(text_or_none)
    description: str | None = spec_field(text_or_none)
    notes: str | None = spec_field(text_or_none)


def read_spec_file(data: dict[str, Any], where: str, base_dir: Path | None = None) -> SpecFile:
    """Read and check a spec's content (``where``: its path, in messages).

    Raises:
        PluginError: the first problem, in one line naming the spec and key.
    """
    check_keys(data, SpecFile.KEYS, where)
    given = [k for k in SOURCE_KEYS if k in data]
    if len(given) != 1:
        raise err(where, "one sound source is required: `plugin: PATH` (a VST2 .so or VST3 "
                         "synth), `builtin: NAME` (a built-in instrument) or `audio_folder: "
                         f"PATH` (recordings){'; got ' + ', '.join(given) if given else ''}")
    return read_record(SpecFile, data, where, base_dir=base_dir,
                       is_chain=any(k in data for k in CHAIN_KEYS))
