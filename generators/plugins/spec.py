"""Plug-in instrument specs: a YAML or JSON file -> an :class:`Instrument`.

A spec declares a plug-in instrument with the same model as the built-ins
(``generators/model/declaration.py``)::

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
        resolution: 128                   # steps: 128 or 16384 (MIDI), or 2-16384
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

An **effect chain** (``generators/plugins/chain.py``; ``generators/plugins/specs/zam-guitar.yaml``
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

The file's structure, types and ranges are declared once, as typed
dataclasses, in ``generators/plugins/spec_schema.py`` (one generic reader; each
problem is refused in one line naming the spec and key); this module builds
the :class:`Instrument` from them and writes and checks specs.

Commands::

    python -m generators.plugin_spec PATH_TO_PLUGIN > spec.yaml   # a starting spec
    python -m generators.plugin_spec --check spec.yaml            # load, render, report
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from contextlib import contextmanager
from functools import singledispatch
from pathlib import Path
from typing import Any
from collections.abc import Iterator, Sequence

import numpy as np

from ..core import spectral
from ..model.declaration import (AudioFolderSource, BuiltinSource, ChainHead, ChainSource,
                                 DeclarationError, Dependency, Effect, Instrument, Knob,
                                 PluginSource, Source, Switch)
from .chain import ChainRenderer, audio_files
from ..core.cli import ArgumentParser, exit_with, run_cli
from .host import (PluginError, PluginRenderer, check_determinism, describe_plugin, load_plugin,
                     make_plugin_processor, parameter_names, plugin_path, resolve_parameter)
from ..core.reading import ReadError, parse_json, parse_yaml, read_text
from ..model.sampler import draw, force_active
from .spec_schema import (MAX_RATE, MIN_RATE, PLAIN, YAML_BOOL_WORDS, SpecEffect, SpecFile,
                          SpecKnob, SpecParam, SpecSwitch, read_spec_file, source_name)

SPEC_KEYS = SpecFile.KEYS
MAX_CHECK_N = 1000
"""Most random patches ``--check`` renders."""


def read_spec(path: str | Path) -> dict[str, Any]:
    """The raw content of a spec file (YAML, or JSON for ``.json``), read by
    :mod:`generators.core.reading` (missing, a folder, not UTF-8, not valid, not a mapping).

    Raises:
        PluginError: one line naming the spec.
    """
    path = Path(path)
    try:
        text = read_text(path, "spec")
        parse = parse_json if path.suffix == ".json" else parse_yaml
        return parse(text, f"spec {path}")
    except ReadError as e:
        raise PluginError(*e.problems) from None


# ------------------------------------------------------------------ building
def spec_to_instrument(data: dict[str, Any], where: str = "spec", base_dir: Path | None = None,
                       plugin_names: list[str] | None = None,
                       effect_names: dict[str, list[str]] | None = None) -> Instrument:
    """Build the :class:`Instrument` a spec declares.

    Args:
        data: the spec content (see the module docstring); checked by
            :func:`generators.plugins.spec_schema.read_spec_file`.
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
    spec = read_spec_file(data, where, base_dir)
    plug_name = source_name({"plugin": spec.plugin, "builtin": spec.builtin})
    fixed = dict(spec.fixed)
    params = _build_params(spec.params, fixed, where, plugin_names, plug_name)
    if spec.is_chain:
        source: Any = _chain_source(spec, params, where, effect_names or {})
    else:
        assert spec.plugin is not None
        source = PluginSource(spec.plugin, **_source_kw(spec, with_gain=True))
    kw = {key: getattr(spec, key) for key in ("sample_rate", "note", "velocity", "note_length",
                                              "clip_length", "default_n", "sampler")
          if getattr(spec, key) is not None}
    try:
        return Instrument(
            name=spec.name or Path(where).stem,
            description=spec.description or f"Plug-in instrument {plug_name}.",
            params=tuple(params), source=source, fixed=fixed, design_notes=spec.notes or "", **kw)
    except DeclarationError as e:
        raise PluginError(f"{where}: {e}") from None


def _source_kw(spec: SpecFile, with_gain: bool) -> dict[str, Any]:
    """The :class:`PluginSource` settings a spec gives (``gain_db`` for a lone plug-in)."""
    keys = ("warmup_renders", "block_size", "isolation") + (("gain_db",) if with_gain else ())
    return {key: getattr(spec, key) for key in keys if getattr(spec, key) is not None}


def _build_params(entries: dict[str, SpecParam], fixed: dict[str, float], where: str,
                  plugin_names: list[str] | None, plug_name: str,
                  default_dep: Dependency | None = None) -> list[Knob | Switch]:
    """The knobs and switches of a ``params`` mapping.

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
    for name, entry in entries.items():
        target = entry.parameter if entry.parameter is not None else name
        index = index_of(target, f"params.{name}.parameter")
        base: float | None = None  # the base-patch value may come from `fixed`
        for key in list(fixed):
            if (index is not None and fixed_index[key] == index) or (
                    index is None and key == str(target)):
                base = fixed.pop(key)
        dep = entry.depends_on if entry.depends_on is not None else default_dep
        if isinstance(entry, SpecKnob):
            params.append(_knob(entry, f"{where}: params.{name}", target, dep, base))
        else:
            params.append(_switch(entry, target, dep, base))
    clash = [p.name for p in params if p.name in fixed]
    if clash:
        raise PluginError(f"{where}: column name(s) {clash} are also plug-in parameters set "
                          "under `fixed`: rename the column(s)")
    return params


def _knob(entry: SpecKnob, at: str, target: str | int, dep: Dependency | None,
          base: float | None) -> Knob:
    """A knob; its default is ``entry.default``, else ``base`` (its ``fixed`` value)."""
    default = entry.default if entry.default is not None else base
    if default is None:
        raise PluginError(f"{at}: give `default` (0-1) or a value for {target!r} under `fixed`")
    return Knob(entry.name, resolution=entry.resolution, window=entry.window, default=default,
                depends_on=dep, description=entry.description, target=target)


def _switch(entry: SpecSwitch, target: str | int, dep: Dependency | None,
            base: float | None) -> Switch:
    """A switch; its default is ``entry.default``, else the label nearest ``base``, else
    the first."""
    labels = [label for label, _ in entry.labels]
    values = [value for _, value in entry.labels]
    if entry.default is not None:
        default = entry.default
    elif base is not None:
        default = labels[int(np.argmin([abs(v - base) for v in values]))]
    else:
        default = labels[0]
    return Switch(entry.name, tuple(labels), default, depends_on=dep,
                  description=entry.description, values=tuple(values), target=target)


def _chain_source(spec: SpecFile, params: list[Knob | Switch], where: str,
                  effect_names: dict[str, list[str]]) -> ChainSource:
    """The effect chain of a spec; adds the effects' switches and knobs (and an audio
    folder's file switch, first) to ``params`` in place."""
    head: Any
    if spec.plugin is not None:
        head = PluginSource(spec.plugin, **_source_kw(spec, with_gain=False))
    elif spec.builtin is not None:
        head = BuiltinSource(spec.builtin, spec.builtin_settings)
    else:
        head = _audio_folder(spec, params, where)
    effects, switches, knobs = [], [], []
    for raw in spec.effects:
        fx, sw, fx_params = _effect(raw, where, effect_names.get(raw.name))
        effects.append(fx)
        switches.append(sw)
        knobs += fx_params
    params += switches + knobs
    chain_kw = {key: getattr(spec, key) for key in ("rand_seed", "flush_seconds", "gain_db",
                                                    "block_size")
                if getattr(spec, key) is not None}
    return ChainSource(head, tuple(effects), **chain_kw)


def _audio_folder(spec: SpecFile, params: list[Knob | Switch], where: str) -> AudioFolderSource:
    """An audio-folder source; inserts its file switch first in ``params``."""
    assert spec.audio_folder is not None
    folder, column = spec.audio_folder, spec.audio_column or "recording"
    gain = spec.audio_gain_db if spec.audio_gain_db is not None else 0.0
    head = AudioFolderSource(folder, column, gain)
    files = audio_files(folder)
    if len(files) < 2:
        raise PluginError(f"{where}: audio_folder: {folder} holds one audio file; a source "
                          "needs at least two to pick from")
    params.insert(0, Switch(column, tuple(files), files[0],
                            description="audio file of the folder played (picked per sample)"))
    return head


def _effect(spec: SpecEffect, where: str,
            names: list[str] | None) -> tuple[Effect, Switch, list[Knob | Switch]]:
    """One entry of ``effects``: the effect, its off/on switch and its parameters."""
    at = f"{where}: effects.{spec.name}"
    switch = spec.switch or f"{spec.name}_on_off"
    fixed = dict(spec.fixed)
    file_name = Path(spec.plugin).name
    params = _build_params(spec.params, fixed, at, names, file_name, Dependency(switch, ("on",)))
    desc = spec.description or f"{spec.name} ({file_name})"
    sw = Switch(switch, ("off", "on"), spec.default, description=f"{desc}: off (bypassed) / on")
    effect = Effect(name=spec.name, path=spec.plugin, switch=switch,
                    params=tuple(p.name for p in params), fixed=fixed,
                    fresh_instance=spec.fresh_instance, flush=spec.flush)
    return effect, sw, params


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
        with _quiet_stdout():
            names, effect_names = plugin_parameter_names(probe.source, probe.sample_rate)
    inst = spec_to_instrument(data, str(path), path.parent.resolve(), names, effect_names)
    if check:
        with _quiet_stdout():
            spec_renderer(inst, check=True)
    return inst


@singledispatch
def plugin_parameter_names(source: Source, sample_rate: int
                           ) -> tuple[list[str] | None, dict[str, list[str]]]:
    """The parameter names of a spec's plug-ins: the source plug-in's (``None``: no
    plug-in plays the source) and each effect's, one entry per spec source kind."""
    raise TypeError(f"a spec has no source kind {type(source).__name__}")


@plugin_parameter_names.register
def _(source: PluginSource, sample_rate: int) -> tuple[list[str] | None, dict[str, list[str]]]:
    return head_parameter_names(source, sample_rate), {}


@plugin_parameter_names.register
def _(source: ChainSource, sample_rate: int) -> tuple[list[str] | None, dict[str, list[str]]]:
    names = head_parameter_names(source.source, sample_rate)
    return names, {fx.name: _effect_parameter_names(fx.path, sample_rate)
                   for fx in source.effects}


@singledispatch
def head_parameter_names(head: ChainHead, sample_rate: int) -> list[str] | None:
    """The parameter names of the plug-in that plays ``head`` (``None``: none), one entry
    per head kind."""
    raise TypeError(f"no chain head {type(head).__name__}")


@head_parameter_names.register
def _(head: PluginSource, sample_rate: int) -> list[str] | None:
    _, synth = load_plugin(plugin_path(head), sample_rate, head.block_size)
    return parameter_names(synth)


@head_parameter_names.register(BuiltinSource)
@head_parameter_names.register(AudioFolderSource)
def _(head: BuiltinSource | AudioFolderSource, sample_rate: int) -> list[str] | None:
    return None


def _effect_parameter_names(path: str, sample_rate: int) -> list[str]:
    import dawdreamer as daw

    engine = daw.RenderEngine(int(sample_rate), 512)
    return parameter_names(make_plugin_processor(engine, "fx", Path(path), what="effect"))


def spec_renderer(inst: Instrument, check: bool = True) -> Any:
    """The renderer of a spec instrument: a ``PluginRenderer`` for a plug-in
    synth, a ``ChainRenderer`` for an effect chain."""
    return spec_renderer_class(inst.source)(inst, check=check)


@singledispatch
def spec_renderer_class(source: Source) -> type:
    """The renderer class of a spec source, one entry per spec source kind."""
    raise TypeError(f"a spec has no source kind {type(source).__name__}")


@spec_renderer_class.register
def _(source: PluginSource) -> type:
    return PluginRenderer


@spec_renderer_class.register
def _(source: ChainSource) -> type:
    return ChainRenderer


@singledispatch
def renderer_words(source: Source, renderer: Any) -> str:
    """What ``renderer`` (of a spec source ``source``) plays, in words (:func:`check_report`),
    one entry per spec source kind."""
    raise TypeError(f"a spec has no source kind {type(source).__name__}")


@renderer_words.register
def _(source: PluginSource, renderer: Any) -> str:
    return f"plug-in {renderer.path}"


@renderer_words.register
def _(source: ChainSource, renderer: Any) -> str:
    return f"chain {renderer.describe()}"


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


def _yaml_key(text: str) -> str:
    return text if PLAIN.match(text) and text.lower() not in YAML_BOOL_WORDS.split(", ") \
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
    what = renderer_words(inst.source, renderer)
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
    p = ArgumentParser(
        prog="python -m generators.plugin_spec",
        description="Write a starting spec (YAML) for a plug-in, listing every parameter with "
                    "its current value and range, or --check a spec.")
    p.add_argument("plugin", nargs="?", help="VST2 .so or VST3 file to describe")
    p.add_argument("--check", metavar="SPEC", help="load a spec, render it and report")
    p.add_argument("--n", type=int, default=8, help="random patches rendered by --check (8)")
    p.add_argument("--sample-rate", type=int, default=22050, help="sample rate (22050)")
    args = p.parse_args(argv)
    if not 1 <= args.n <= MAX_CHECK_N:
        raise PluginError(f"--n must be 1-{MAX_CHECK_N}, got {args.n}")
    if not MIN_RATE <= args.sample_rate <= MAX_RATE:
        raise PluginError(f"--sample-rate must be {MIN_RATE}-{MAX_RATE} Hz, got {args.sample_rate}")
    if args.check:
        text, ok = check_report(args.check, args.n)
        print(text)
        return 0 if ok else 1
    if not args.plugin:
        p.error("give a plug-in file, or --check SPEC")
    print(spec_template(args.plugin, args.sample_rate), end="")
    return 0


if __name__ == "__main__":
    exit_with(main())
