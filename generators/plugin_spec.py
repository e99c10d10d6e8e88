"""Plug-in instrument specs: a YAML or JSON file -> an :class:`Instrument`.

A spec declares a plug-in instrument with the same model as the built-ins
(``generators/declaration.py``)::

    name: amsynth                         # default: the file name
    description: One paragraph for the dataset card.
    plugin: /usr/lib/vst/amsynth_vst.so   # VST2 .so or VST3; relative to this file
    sample_rate: 22050                    # Hz
    note: 60                              # MIDI note (when --notes is not given)
    velocity: 120
    note_length: 0.67                     # seconds held
    clip_length: 0.9                      # seconds rendered
    gain_db: 0.0                          # fixed gain before the soft limiter
    warmup_renders: 2                     # renders before the kept one (no state leaks)
    isolation: warmup                     # or fork: each clip in a fresh forked process
    notes: Design decisions for the dataset card.
    params:                               # the varied parameters, in column order
      filter_cutoff:                      # column name
        kind: knob
        parameter: filter_cutoff          # plug-in parameter: name, or index (int)
        resolution: 128                   # MIDI steps: 128 or 16384
        window: [0, 100]                  # optional: MIDI steps sampled
        default: 0.54                     # base-patch 0-1 value (default: its `fixed` value)
        description: low-pass cutoff
      osc1_wave:
        kind: switch
        parameter: osc1_waveform
        labels: {Sine: 0.0, Pulse: 0.25, Saw: 0.5}   # label -> plug-in 0-1 value
        default: Saw
      osc1_pulse_width:
        kind: knob
        parameter: osc1_pulsewidth
        depends_on: {osc1_wave: [Pulse, Saw]}        # audible only for these labels
    fixed:                                # base patch: plug-in parameter -> 0-1 value
      master_vol: 0.4
      amp_release: 0.0

An **effect chain** (``generators/chain.py``; ``generators/specs/zam-guitar.yaml``
is a complete example) adds ``effects`` after the source, and the source may
also be a built-in instrument or a folder of recordings instead of ``plugin``::

    plugin: /usr/lib/vst/Kars-vst.so      # or `builtin: guitar` (+ `builtin_settings:
                                          # {LABELS}`), or `audio_folder: di/` (+
                                          # `audio_column: recording`, `audio_gain_db`)
    rand_seed: 1                          # srand() before every render (C rand() noise)
    flush_seconds: 1.0                    # silent render for effects with `flush`
    effects:                              # in signal order
      - name: delay                       # letters, digits, _
        plugin: /usr/lib/vst/ZamDelay-vst.so
        switch: delay_on_off              # default: NAME_on_off; labels off, on
        default: "off"                    # the switch's base-patch label
        fresh_instance: false             # a new plug-in instance for every clip
        flush: {Feedback: 0.0}            # values during the silent flush render
        params:                           # as above; each depends on the switch
          delay_time: {kind: knob, parameter: Time, default: 0.03}
        fixed: {LPF: 0.3}                 # this effect's other parameters

An ``off`` effect is left out of the graph (bit-exact bypass). With an
``audio_folder`` the switch column ``audio_column`` (labels: the file names,
sorted) picks each clip's file, so it is drawn per sample id and recorded in
the dataset; ``params`` and ``fixed`` belong to a ``plugin`` source only.
``gain_db`` is then applied at the end of the chain.

``fixed`` sets every other plug-in parameter before every render; a parameter
that is varied may also be listed there (its value is then the base-patch
default), so a spec written by ``python -m generators.plugin_spec PLUGIN``
works as is and a user only deletes and edits. Quote switch labels such as
``"on"``/``"off"`` (YAML reads them as booleans).

Commands::

    python -m generators.plugin_spec PATH_TO_PLUGIN > spec.yaml   # a starting spec
    python -m generators.plugin_spec --check spec.yaml            # load, render, report
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Sequence

import numpy as np

from . import spectral
from .declaration import (AudioFolderSource, BuiltinSource, ChainSource, DeclarationError,
                          Dependency, Effect, Instrument, Knob, PluginSource, Switch)
from .chain import ChainRenderer, audio_files
from .cli import run_cli
from .plugin import (PluginError, PluginRenderer, check_determinism, describe_plugin, load_plugin,
                     make_plugin_processor, parameter_names, plugin_path, resolve_parameter)
from .sampler import draw, force_active

SOURCE_KEYS = ("plugin", "builtin", "audio_folder")
CHAIN_KEYS = ("effects", "builtin", "audio_folder", "rand_seed", "flush_seconds")
SPEC_KEYS = ("name", "description", "plugin", "builtin", "builtin_settings", "audio_folder",
             "audio_column", "audio_gain_db", "rand_seed", "sample_rate", "note", "velocity",
             "note_length", "clip_length", "gain_db", "warmup_renders", "block_size",
             "flush_seconds", "isolation", "sampler", "default_n", "notes", "params", "fixed",
             "effects")
EFFECT_KEYS = ("name", "plugin", "switch", "default", "description", "params", "fixed",
               "fresh_instance", "flush")
KNOB_KEYS = ("kind", "parameter", "resolution", "window", "default", "depends_on", "description")
SWITCH_KEYS = ("kind", "parameter", "labels", "default", "depends_on", "description")
YAML_BOOL_WORDS = "y, yes, n, no, on, off, true, false"


# ------------------------------------------------------------------ reading
def _err(where: str, message: str) -> PluginError:
    return PluginError(f"{where}: {message}")


def _check_keys(d: dict[str, Any], allowed: Sequence[str], where: str) -> None:
    for key in d:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else f"; allowed: {', '.join(allowed)}"
            raise _err(where, f"unknown key {key!r}{hint}")


def _number(value: Any, where: str, lo: float | None = None, hi: float | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _err(where, f"must be a number, got {value!r}")
    v = float(value)
    if (lo is not None and v < lo) or (hi is not None and v > hi):
        raise _err(where, f"must be in {lo:g}-{hi:g}, got {v:g}")
    return v


def _integer(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _err(where, f"must be an integer, got {value!r}")
    return value


def _label(value: Any, where: str) -> str:
    if isinstance(value, bool):
        raise _err(where, f"label {value!r} was read as a boolean: quote labels such as "
                          f"\"on\"/\"off\" ({YAML_BOOL_WORDS} are booleans in YAML)")
    if isinstance(value, (int, float, str)):
        return str(value)
    raise _err(where, f"labels are strings, got {value!r}")


def _target(value: Any, where: str) -> str | int:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _err(where, f"`parameter` is a plug-in parameter name or index, got {value!r}")
    return value


def _dependency(value: Any, where: str) -> Dependency:
    if isinstance(value, dict) and set(value) == {"switch", "values"}:
        switch, labels = value["switch"], value["values"]
    elif isinstance(value, dict) and len(value) == 1:
        ((switch, labels),) = value.items()
    else:
        raise _err(where, "depends_on is {SWITCH: [LABEL, ...]}, e.g. {osc1_wave: [Pulse, Saw]}")
    if not isinstance(labels, list):
        labels = [labels]
    return Dependency(str(switch), tuple(_label(v, where) for v in labels))


def read_spec(path: str | Path) -> dict[str, Any]:
    """The raw content of a spec file (YAML, or JSON for ``.json``)."""
    import yaml

    path = Path(path)
    try:
        text = path.read_text()
    except OSError as e:
        raise PluginError(f"cannot read spec {path}: {e.strerror or e}") from None
    try:
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as e:
        first = str(e).strip().splitlines()
        raise PluginError(f"{path}: not valid {'JSON' if path.suffix == '.json' else 'YAML'}: "
                          f"{' '.join(line.strip() for line in first[:3])}") from None
    if not isinstance(data, dict):
        raise PluginError(f"{path}: a spec is a mapping of {', '.join(SPEC_KEYS)}")
    return data


def _path(value: Any, where: str, base_dir: Path | None) -> str:
    if not isinstance(value, str) or not value:
        raise _err(where, f"expected a file or folder path, got {value!r}")
    path = os.path.expandvars(os.path.expanduser(value))
    if not os.path.isabs(path) and base_dir is not None:
        path = str((base_dir / path).resolve())
    return path


def _fixed(raw: Any, where: str) -> dict[str, float]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise _err(where, "expected a mapping of plug-in parameter -> 0-1 value")
    out: dict[str, float] = {}
    for key, value in raw.items():
        k = str(_target(key, where))
        out[k] = _number(value, f"{where}.{k}", 0.0, 1.0)
    return out


def _parse_params(params_raw: dict[str, Any], fixed: dict[str, float], where: str,
                  plugin_names: list[str] | None, plug_name: str,
                  default_dep: Dependency | None = None) -> list[Knob | Switch]:
    """The knobs and switches of a ``params`` mapping (see the module doc).

    A varied parameter named under ``fixed`` takes its base-patch value from
    there and is removed from ``fixed`` (in place). ``default_dep`` is the
    dependency of entries without ``depends_on`` (an effect's on switch).
    """

    def index_of(target: str | int, what: str) -> int | None:
        if plugin_names is None:
            return None
        return resolve_parameter(plugin_names, target, f"{where}: {what}", plug_name)

    fixed_index = {k: index_of(k, f"fixed.{k}") for k in fixed}
    params: list[Knob | Switch] = []
    for name, entry in params_raw.items():
        name = str(name)
        at = f"{where}: params.{name}"
        if not isinstance(entry, dict):
            raise PluginError(f"{at}: expected {{kind: knob|switch, parameter: ...}}")
        kind = entry.get("kind")
        if kind not in ("knob", "switch"):
            raise PluginError(f"{at}: `kind` must be knob or switch, got {kind!r}")
        _check_keys(entry, KNOB_KEYS if kind == "knob" else SWITCH_KEYS, at)
        target = _target(entry.get("parameter", name), f"{at}.parameter")
        index = index_of(target, f"params.{name}.parameter")
        # the base-patch value of a varied parameter may come from `fixed`
        base: float | None = None
        for key in list(fixed):
            same = (index is not None and fixed_index[key] == index) or (
                index is None and key == str(target))
            if same:
                base = fixed.pop(key)
        dep = (_dependency(entry["depends_on"], f"{at}.depends_on") if "depends_on" in entry
               else default_dep)
        desc = str(entry.get("description", ""))
        if kind == "knob":
            if "default" in entry:
                default = _number(entry["default"], f"{at}.default", 0.0, 1.0)
            elif base is not None:
                default = base
            else:
                raise PluginError(f"{at}: give `default` (0-1) or a value for "
                                  f"{target!r} under `fixed`")
            window = entry.get("window")
            if window is not None:
                if (not isinstance(window, list) or len(window) != 2
                        or not all(isinstance(w, int) and not isinstance(w, bool) for w in window)):
                    raise PluginError(f"{at}.window: expected [LOW, HIGH] MIDI steps, got {window!r}")
                window = tuple(window)
            params.append(Knob(
                name, resolution=_integer(entry.get("resolution", 128), f"{at}.resolution"),
                window=window, default=default, depends_on=dep, description=desc,
                target=target))
        else:
            labels_raw = entry.get("labels")
            if not isinstance(labels_raw, dict) or len(labels_raw) < 2:
                raise PluginError(f"{at}.labels: expected a mapping LABEL: VALUE (0-1) with at "
                                  "least two labels")
            labels, values = [], []
            for label, value in labels_raw.items():
                lab = _label(label, f"{at}.labels")
                v = _number(value, f"{at}.labels.{lab}")
                if not 0.0 <= v <= 1.0:
                    raise PluginError(f"{at}.labels.{lab}: plug-in values must be in 0-1 (the "
                                      f"plug-in's normalised scale), got {v:g}")
                labels.append(lab)
                values.append(v)
            if "default" in entry:
                default_label = _label(entry["default"], f"{at}.default")
                if default_label not in labels:
                    raise PluginError(f"{at}.default: {default_label!r} is not one of its "
                                      f"labels {labels}")
            elif base is not None:
                default_label = labels[int(np.argmin([abs(v - base) for v in values]))]
            else:
                default_label = labels[0]
            params.append(Switch(name, tuple(labels), default_label, depends_on=dep,
                                 description=desc, values=tuple(values), target=target))
    clash = [p.name for p in params if p.name in fixed]
    if clash:
        raise _err(where, f"column name(s) {clash} are also plug-in parameters set under "
                          "`fixed`: rename the column(s)")
    return params


def _effect(raw: Any, i: int, where: str, base_dir: Path | None,
            names: list[str] | None) -> tuple[Effect, Switch, list[Knob | Switch]]:
    """One entry of ``effects``: the effect, its off/on switch and its parameters."""
    at = f"{where}: effects[{i}]"
    if not isinstance(raw, dict):
        raise _err(at, "an effect is {name: ..., plugin: PATH, params: {...}, fixed: {...}}")
    _check_keys(raw, EFFECT_KEYS, at)
    name = raw.get("name")
    if not isinstance(name, str) or not _PLAIN.match(name):
        raise _err(at, f"`name` (letters, digits, _) is required, got {name!r}")
    at = f"{where}: effects.{name}"
    if "plugin" not in raw:
        raise _err(at, "`plugin: PATH` (the effect's VST2 .so or VST3 file) is required")
    plugin = _path(raw["plugin"], f"{at}.plugin", base_dir)
    switch = str(raw.get("switch") or f"{name}_on_off")
    default = raw.get("default", "off")
    if isinstance(default, bool):  # YAML reads on/off as booleans
        default = "on" if default else "off"
    if default not in ("off", "on"):
        raise _err(f"{at}.default", f"must be \"off\" or \"on\", got {default!r}")
    fixed = _fixed(raw.get("fixed"), f"{at}.fixed")
    flush = _fixed(raw["flush"], f"{at}.flush") if raw.get("flush") is not None else None
    fresh = raw.get("fresh_instance", False)
    if not isinstance(fresh, bool):
        raise _err(f"{at}.fresh_instance", f"must be true or false, got {fresh!r}")
    params_raw = raw.get("params") or {}
    if not isinstance(params_raw, dict):
        raise _err(f"{at}.params", "maps each column name to {kind: knob|switch, ...}")
    params = _parse_params(params_raw, fixed, at, names, Path(plugin).name,
                           Dependency(switch, ("on",)))
    desc = str(raw.get("description") or f"{name} ({Path(plugin).name})")
    sw = Switch(switch, ("off", "on"), default, description=f"{desc}: off (bypassed) / on")
    effect = Effect(name=name, path=plugin, switch=switch, params=tuple(p.name for p in params),
                    fixed=fixed, fresh_instance=fresh, flush=flush)
    return effect, sw, params


def spec_to_instrument(data: dict[str, Any], where: str = "spec", base_dir: Path | None = None,
                       plugin_names: list[str] | None = None,
                       effect_names: dict[str, list[str]] | None = None) -> Instrument:
    """Build the :class:`Instrument` a spec declares.

    Args:
        data: the spec content (see the module docstring).
        where: the spec's name in error messages (its path).
        base_dir: folder relative plug-in paths are taken from.
        plugin_names: the source plug-in's parameter names by index; when
            given, every ``parameter`` and ``fixed`` key is resolved against
            them (errors list close names) and a varied parameter is taken out
            of ``fixed`` whatever way it is named.
        effect_names: the same for each effect, by effect name.

    Raises:
        PluginError: with the spec's path and the offending key.
    """
    _check_keys(data, SPEC_KEYS, where)
    given = [k for k in SOURCE_KEYS if k in data]
    if len(given) != 1:
        raise _err(where, "one sound source is required: `plugin: PATH` (a VST2 .so or VST3 "
                          "synth), `builtin: NAME` (a built-in instrument) or `audio_folder: "
                          f"PATH` (recordings){'; got ' + ', '.join(given) if given else ''}")
    is_chain = any(k in data for k in CHAIN_KEYS)
    fixed = _fixed(data.get("fixed"), f"{where}: fixed")
    params_raw = data.get("params") or {}
    if not isinstance(params_raw, dict) or (not params_raw and not is_chain):
        raise _err(where, "`params` maps each varied parameter's column name to "
                          "{kind: knob|switch, parameter: ...}")
    plugin = None
    if "plugin" in data:
        if not isinstance(data["plugin"], str):
            raise _err(where, "`plugin: PATH` (the VST2 .so or VST3 file) is required")
        plugin = _path(data["plugin"], f"{where}: plugin", base_dir)
        plug_name = Path(plugin).name
    elif "builtin" in data:
        plug_name = f"built-in {data['builtin']}"
    else:
        plug_name = "audio folder"
    if plugin is None and (fixed or params_raw):
        raise _err(where, f"`params` and `fixed` are the source plug-in's; the {plug_name} source "
                          "has none (vary the effects' parameters under `effects`)")
    params: list[Knob | Switch] = _parse_params(params_raw, fixed, where, plugin_names,
                                                plug_name)
    src_kw: dict[str, Any] = {}
    chain_kw: dict[str, Any] = {}
    gain_db = (_number(data["gain_db"], f"{where}: gain_db", -60.0, 60.0)
               if "gain_db" in data else None)
    for key in ("warmup_renders", "block_size"):
        if key in data:
            src_kw[key] = _integer(data[key], f"{where}: {key}")
    if "isolation" in data:
        if data["isolation"] not in ("warmup", "fork"):
            raise _err(where, f"isolation must be warmup or fork, got {data['isolation']!r}")
        src_kw["isolation"] = data["isolation"]
    if src_kw.get("warmup_renders", 0) < 0 or src_kw.get("block_size", 512) < 16:
        raise _err(where, "need warmup_renders >= 0 and block_size >= 16")
    kw: dict[str, Any] = {}
    for key, conv in (("sample_rate", _integer), ("note", _integer), ("velocity", _integer),
                      ("note_length", _number), ("clip_length", _number)):
        if key in data:
            kw[key] = conv(data[key], f"{where}: {key}")
    if "default_n" in data and data["default_n"] is not None:
        kw["default_n"] = _integer(data["default_n"], f"{where}: default_n")
    if "sampler" in data:
        kw["sampler"] = str(data["sampler"])
    if kw.get("sample_rate", 22050) < 8000:
        raise _err(where, "sample_rate must be >= 8000 Hz")
    source: Any
    if not is_chain:
        assert plugin is not None
        if gain_db is not None:
            src_kw["gain_db"] = gain_db
        source = PluginSource(plugin, **src_kw)
    else:
        head: Any
        if plugin is not None:
            head = PluginSource(plugin, **src_kw)
        elif "builtin" in data:
            settings = data.get("builtin_settings") or {}
            if not isinstance(settings, dict):
                raise _err(f"{where}: builtin_settings", "a mapping of parameter -> label")
            head = BuiltinSource(str(data["builtin"]), {
                str(k): (_label(v, f"{where}: builtin_settings.{k}") if not isinstance(v, float)
                         and not (isinstance(v, int) and not isinstance(v, bool)) else float(v))
                for k, v in settings.items()})
        else:
            folder = _path(data["audio_folder"], f"{where}: audio_folder", base_dir)
            column = str(data.get("audio_column") or "recording")
            gain = (_number(data["audio_gain_db"], f"{where}: audio_gain_db", -60.0, 60.0)
                    if "audio_gain_db" in data else 0.0)
            head = AudioFolderSource(folder, column, gain)
            files = audio_files(folder)
            if len(files) < 2:
                raise _err(f"{where}: audio_folder", f"{folder} holds one audio file; a source "
                                                     "needs at least two to pick from")
            params.insert(0, Switch(column, tuple(files), files[0],
                                    description="audio file of the folder played (picked per "
                                                "sample)"))
        effects_raw = data.get("effects") or []
        if not isinstance(effects_raw, list):
            raise _err(f"{where}: effects", "a list of effects, in signal order")
        effects, switches, knobs = [], [], []
        for i, raw in enumerate(effects_raw):
            name = raw.get("name") if isinstance(raw, dict) else None
            fx, sw, fx_params = _effect(raw, i, where, base_dir,
                                        (effect_names or {}).get(str(name)))
            if fx.name in [e.name for e in effects] or fx.name == "source":
                raise _err(f"{where}: effects.{fx.name}", "effect names must be distinct "
                                                          "(and not 'source')")
            effects.append(fx)
            switches.append(sw)
            knobs += fx_params
        params += switches + knobs
        if "rand_seed" in data and data["rand_seed"] is not None:
            chain_kw["rand_seed"] = _integer(data["rand_seed"], f"{where}: rand_seed")
        if "flush_seconds" in data:
            chain_kw["flush_seconds"] = _number(data["flush_seconds"],
                                                f"{where}: flush_seconds", 0.0, 60.0)
        if gain_db is not None:
            chain_kw["gain_db"] = gain_db
        if "block_size" in src_kw:
            chain_kw["block_size"] = src_kw["block_size"]
        source = ChainSource(head, tuple(effects), **chain_kw)
    try:
        return Instrument(
            name=str(data.get("name") or Path(where).stem),
            description=str(data.get("description") or f"Plug-in instrument {plug_name}."),
            params=tuple(params),
            source=source,
            fixed=fixed,
            design_notes=str(data.get("notes") or ""),
            **kw,
        )
    except DeclarationError as e:
        raise PluginError(f"{where}: {e}") from None


def load_spec(path: str | Path, check: bool = True) -> Instrument:
    """The :class:`Instrument` declared by a spec file.

    Args:
        path: ``.yaml``/``.yml`` or ``.json`` spec.
        check: open the plug-in: resolve every parameter name against it
            (unknown names are refused with close names), and render the
            base patch once (a NaN or silent base patch is refused).

    Raises:
        PluginError: anything wrong, in one line naming the spec and key.
    """
    path = Path(path)
    data = read_spec(path)
    names = None
    effect_names: dict[str, list[str]] = {}
    if check:
        probe = spec_to_instrument(data, str(path), path.parent.resolve())
        src = probe.source
        head = src.source if isinstance(src, ChainSource) else src
        with _quiet_stdout():
            if isinstance(head, PluginSource):
                _, synth = load_plugin(plugin_path(head), probe.sample_rate, head.block_size)
                names = parameter_names(synth)
                del synth
            if isinstance(src, ChainSource):
                effect_names = {fx.name: _effect_parameter_names(fx.path, probe.sample_rate)
                                for fx in src.effects}
    inst = spec_to_instrument(data, str(path), path.parent.resolve(), names, effect_names)
    if check:
        with _quiet_stdout():
            spec_renderer(inst, check=True)
    return inst


def _effect_parameter_names(path: str, sample_rate: int) -> list[str]:
    import dawdreamer as daw

    engine = daw.RenderEngine(int(sample_rate), 512)
    return parameter_names(make_plugin_processor(engine, "fx", Path(path), what="effect"))


def spec_renderer(inst: Instrument, check: bool = True) -> Any:
    """The renderer of a spec instrument: a ``PluginRenderer`` for a plug-in
    synth, a ``ChainRenderer`` for an effect chain."""
    if isinstance(inst.source, ChainSource):
        return ChainRenderer(inst, check=check)
    return PluginRenderer(inst, check=check)


# ----------------------------------------------------------------- template
@contextmanager
def _quiet_stdout() -> Iterator[None]:
    """Send what a plug-in prints on stdout (fd 1) to stderr meanwhile, so
    ``python -m generators.plugin_spec PLUGIN > spec.yaml`` stays clean."""
    try:
        sys.stdout.flush()
        saved = os.dup(1)
    except (OSError, ValueError, AttributeError):
        yield
        return
    try:
        os.dup2(2, 1)
        yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _yaml_key(text: str) -> str:
    return text if _PLAIN.match(text) and text.lower() not in YAML_BOOL_WORDS.split(", ") \
        else json.dumps(text)


def _column(name: str, index: int, used: set[str]) -> str:
    col = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or f"param_{index}"
    if col[0].isdigit():
        col = f"p_{col}"
    if col in used:
        col = f"{col}_{index}"
    used.add(col)
    return col


def spec_template(plugin: str | Path, sample_rate: int = 22050) -> str:
    """A starting spec (YAML) for ``plugin``: every parameter is varied (a
    switch where the plug-in shows few distinct values, else a knob) and
    listed under ``fixed`` with its current value, range and text."""
    path = Path(plugin).expanduser().resolve()
    with _quiet_stdout():
        rows = describe_plugin(path, sample_rate)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["name"]] = counts.get(r["name"], 0) + 1
    name = re.sub(r"[^a-z0-9]+", "_", path.stem.lower()).strip("_") or "plugin"
    out = [
        "# Secret Sauce plug-in instrument spec, written by",
        f"#   python -m generators.plugin_spec {path}",
        "# Edit it, then check and render it:",
        "#   python -m generators.plugin_spec --check THIS_FILE",
        "#   python -m generators.render --instrument THIS_FILE --n 100",
        "# - params: keep only the parameters to vary (delete the others: they stay at",
        "#   their `fixed` value); rename columns and switch labels as you like; a",
        "#   knob may get `window: [LOW, HIGH]` (MIDI steps) and `depends_on:`",
        "#   {SWITCH: [LABEL, ...]}. Values are the plug-in's normalised 0-1 scale.",
        "# - fixed: the base patch, set before every render (current values below).",
        f"name: {name}",
        f"description: {json.dumps(f'Plug-in instrument {path.name}.')}",
        f"plugin: {json.dumps(str(path))}",
        f"sample_rate: {sample_rate}",
        "note: 60",
        "velocity: 120",
        "note_length: 0.67",
        "clip_length: 0.9",
        "gain_db: 0.0",
        "warmup_renders: 2",
        "params:",
    ]
    used: set[str] = set()
    for r in rows:
        ref = _yaml_key(r["name"]) if r["name"] and counts[r["name"]] == 1 else str(r["index"])
        col = _column(r["name"], r["index"], used)
        unit = f" {r['unit']}" if r["unit"] else ""
        if r["steps"]:
            labels = ", ".join(f"{json.dumps(t)}: {v:g}" for t, v in r["steps"].items())
            out += [f"  {col}:  # [{r['index']}] {len(r['steps'])} steps, now "
                    f"{json.dumps(r['text'])}",
                    "    kind: switch",
                    f"    parameter: {ref}",
                    f"    labels: {{{labels}}}"]
        else:
            out += [f"  {col}:  # [{r['index']}] 0 -> {json.dumps(r['text_at_0'])} .. 1 -> "
                    f"{json.dumps(r['text_at_1'])}{unit}",
                    "    kind: knob",
                    f"    parameter: {ref}",
                    "    resolution: 128"]
    out.append("fixed:")
    for r in rows:
        ref = _yaml_key(r["name"]) if r["name"] and counts[r["name"]] == 1 else str(r["index"])
        unit = f" {r['unit']}" if r["unit"] else ""
        out.append(f"  {ref}: {r['value']:.6g}  # [{r['index']}] {json.dumps(r['text'])}{unit}")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------- check
def _log_spec(audio: np.ndarray) -> np.ndarray:
    """Log-power spectrogram ``[frames, 513]`` in dB of a clip (1024-point symmetric Hann
    window, hop 256, frames from the clip's start, no Mel)."""
    return spectral.power_to_db(spectral.power_spectrogram(audio, 1024, 256, np.hanning(1024),
                                                           center=False))


def check_report(path: str | Path, n: int = 8) -> tuple[str, bool]:
    """Load a spec, render it and report: timing, levels, each parameter's
    audibility on the base patch and whether clips depend on render history.

    Returns:
        (report text, True when every check passed).
    """
    inst = load_spec(path, check=True)
    with _quiet_stdout():
        renderer = spec_renderer(inst, check=True)
    what = (f"chain {renderer.describe()}" if isinstance(inst.source, ChainSource)
            else f"plug-in {renderer.path}")
    lines = [f"{inst.name}: {len(inst.knobs)} knobs, {len(inst.switches)} switches, "
             f"{len(inst.fixed)} fixed settings; {what}"]
    t0 = time.perf_counter()
    clips = [renderer.render(draw(inst, 0, i).settings) for i in range(n)]
    ms = (time.perf_counter() - t0) / n * 1000
    peaks = np.array([np.abs(c).max() for c in clips])
    lines.append(f"render: {ms:.1f} ms/clip ({renderer.renders} renders of {inst.clip_length} s "
                 f"each); peak over {n} random patches: max {peaks.max():.3f}, median "
                 f"{np.median(peaks):.3f}; silent: {(peaks < 1e-3).sum()}/{n}")
    ok = True
    base = inst.default_settings()
    refs: dict[tuple[tuple[str, str], ...], np.ndarray] = {}
    quiet = []
    for p in inst.params:
        if isinstance(p, Knob):
            lo, hi = p.steps
            extremes: list[float | str] = [p.label_of_step(lo), p.label_of_step(hi)]
        else:
            extremes = list(p.labels)
        start = force_active(inst, p.name, base)  # e.g. its effect switched on
        key = tuple(sorted((k, str(v)) for k, v in start.items()))
        if key not in refs:
            refs[key] = _log_spec(renderer.render(start))
        dist = max(float(np.mean(np.abs(_log_spec(renderer.render(start | {p.name: v}))
                                        - refs[key]))) for v in extremes)
        if dist < 0.5:
            quiet.append(f"{p.name} ({dist:.2f} dB)")
    lines.append("inaudible on the base patch (with the switch it depends on set to a value "
                 "it needs; mean log-spectrum change < 0.5 dB at its extremes; may need other "
                 f"settings): {', '.join(quiet) or 'none'}")
    leaks = check_determinism(renderer, n=n)
    if leaks:
        ok = False
        lines.append(f"NOT deterministic: patches {leaks} sound different depending on the render "
                     "before them; fix the settings that keep state (noise, sync, ...) or raise "
                     "warmup_renders")
    else:
        lines.append(f"deterministic: {n} random patches identical when rendered in another order")
    return "\n".join(lines), ok


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the exit code (2, with one ``error:`` line, when
    the plug-in or spec cannot be used)."""
    return run_cli(_main, argv)


def _main(argv: Sequence[str] | None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m generators.plugin_spec",
        description="Write a starting spec (YAML) for a plug-in, listing every parameter with "
                    "its current value and range, or --check a spec.")
    p.add_argument("plugin", nargs="?", help="VST2 .so or VST3 file to describe")
    p.add_argument("--check", metavar="SPEC", help="load a spec, render it and report")
    p.add_argument("--n", type=int, default=8, help="random patches rendered by --check (8)")
    p.add_argument("--sample-rate", type=int, default=22050, help="sample rate (22050)")
    args = p.parse_args(argv)
    if args.check:
        text, ok = check_report(args.check, args.n)
        print(text)
        return 0 if ok else 1
    if not args.plugin:
        p.error("give a plug-in file, or --check SPEC")
    print(spec_template(args.plugin, args.sample_rate), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
