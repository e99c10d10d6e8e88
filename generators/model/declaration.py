"""One typed declaration per instrument.

An :class:`Instrument` says everything the rest of the project needs to know
about an instrument: its parameters (knobs and switches), their dependencies,
the fixed settings of the base patch, how the note is played and where the
sound comes from (a Faust ``.dsp`` file shipped with the package, or a plug-in).
The sampler, the Parquet schema, the dataset card, ``instrument.json``, the
benchmark's targets and masks and the leaderboard's columns all read it.

Scales:
    * a knob's *label* is on the 0-10 scale of its full MIDI domain
      (``label = 10 * step / (resolution - 1)``; the resolution is a MIDI one,
      128 or 16384, or the control's native number of steps, e.g. 100 for 0-99);
    * its *engine value* is on the 0-1 "plug-in" scale (``label / 10``), which is
      what the DSP (or the plug-in) receives;
    * a switch's label is one of its ordered ``labels``; the engine receives
      its index (Faust) or the value mapped to it (plug-ins).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Literal

KNOB_RESOLUTIONS = (128, 16384)
"""MIDI resolutions of plug-in and built-in knobs: 7-bit or 14-bit controllers."""
MAX_RESOLUTION = 16384
"""The most steps a knob may have. A knob may also have its control's native number of
steps (100 for a DX7 level 0-99, 8 for a feedback 0-7): any count from 2 to this."""


class DeclarationError(ValueError):
    """An instrument declaration is inconsistent (unknown name, bad range...)."""


@dataclass(frozen=True)
class Dependency:
    """A parameter only matters when ``switch`` has one of ``values``.

    Example: ``Dependency("delay_on_off", ("on",))`` for ``delay_time``.
    """

    switch: str
    values: tuple[str, ...]

    def is_active(self, settings: dict[str, Any]) -> bool:
        """True when ``settings[switch]`` (a label) is one of ``values``."""
        return settings[self.switch] in self.values


@dataclass(frozen=True)
class Knob:
    """A continuous control, sampled on its MIDI grid.

    Attributes:
        name: column name, and the DSP control's label.
        resolution: number of steps of the full domain: a MIDI resolution (128 or
            16384) or the control's native count (2 to :data:`MAX_RESOLUTION`;
            step ``s`` of a DX7 level 0-99 is the value ``s``).
        window: inclusive step range ``(low, high)`` that sampling draws
            from; ``None`` for the whole domain. Labels stay on the 0-10 scale
            of the full domain.
        weights: relative sampling weights of equal bins of the window (see
            :meth:`bins`), or ``None`` for uniform steps.
        default: base-patch engine value, 0-1.
        depends_on: the switch setting this knob needs to be audible.
        description: what the knob does, with units where it has them.
        target: plug-in parameter (name or index) this knob drives; ``None``
            for built-in instruments (the DSP control has the knob's name).
    """

    name: str
    resolution: int = 128
    window: tuple[int, int] | None = None
    default: float = 0.5
    depends_on: Dependency | None = None
    description: str = ""
    target: str | int | None = None
    kind: Literal["knob"] = "knob"
    weights: tuple[float, ...] | None = None

    @property
    def steps(self) -> tuple[int, int]:
        """Inclusive MIDI step range that sampling draws from."""
        return self.window if self.window is not None else (0, self.resolution - 1)

    def label_of_step(self, step: int) -> float:
        """0-10 label of step ``step``."""
        return 10.0 * step / (self.resolution - 1)

    def step_of_label(self, label: float) -> int:
        """The step nearest to a 0-10 label (0 .. ``resolution - 1``)."""
        return int(min(max(round(float(label) * (self.resolution - 1) / 10.0), 0),
                       self.resolution - 1))

    def bins(self) -> list[tuple[int, int]]:
        """Inclusive step ranges of the sampling bins: the window cut into
        ``len(weights)`` runs of consecutive steps as equal as integers allow (bin ``j``
        starts at ``low + floor(j * size / len(weights))``); one bin without weights."""
        lo, hi = self.steps
        k, size = len(self.weights or (1.0,)), hi - lo + 1
        starts = [lo + j * size // k for j in range(k + 1)]
        return [(starts[j], starts[j + 1] - 1) for j in range(k)]

    def engine_value(self, label: float) -> float:
        """Engine value (0-1) of a 0-10 label."""
        return float(label) / 10.0


@dataclass(frozen=True)
class Switch:
    """A categorical control with ordered labels.

    Attributes:
        name: column name, and the DSP control's label.
        labels: the ordered labels (what the original CSVs hold).
        default: base-patch label.
        depends_on: the switch setting this switch needs to be audible.
        description: what the switch does.
        values: plug-in value (0-1) per label; ``None`` means the label's
            index, which is what built-in Faust instruments read.
        target: plug-in parameter (name or index); ``None`` for built-ins.
        weights: relative sampling weight of each label, or ``None`` for uniform.
    """

    name: str
    labels: tuple[str, ...]
    default: str
    depends_on: Dependency | None = None
    description: str = ""
    values: tuple[float, ...] | None = None
    target: str | int | None = None
    kind: Literal["switch"] = "switch"
    weights: tuple[float, ...] | None = None

    def engine_value(self, label: str) -> float:
        """Engine value of ``label``: its index, or its mapped plug-in value."""
        index = self.labels.index(label)
        return float(index) if self.values is None else float(self.values[index])


Param = Knob | Switch


@dataclass(frozen=True)
class FaustSource:
    """Sound source: a Faust file shipped in ``generators/dsp``."""

    dsp: str
    kind: Literal["faust"] = "faust"

    def check(self, instrument: Instrument) -> None:
        """Nothing to check against ``instrument`` for this kind of source."""


@dataclass(frozen=True)
class PluginSource:
    """Sound source: a VST2/VST3 plug-in file (see ``generators/plugins/host.py``).

    Attributes:
        path: the plug-in file (VST2 ``.so`` or VST3 bundle).
        gain_db: fixed gain applied to the plug-in's output before the
            soft limiter, dB.
        warmup_renders: renders of the same settings and note before the
            kept one, so no state of earlier renders leaks into a clip.
        block_size: DawDreamer block size, samples.
        isolation: ``"warmup"`` renders every clip in the worker's one
            plug-in instance (after ``warmup_renders``); ``"fork"`` renders
            each clip in a child process forked from a never-played
            instance, so no state of earlier clips can reach it, process-wide
            state included (``generators/plugins/host.py``).
    """

    path: str
    kind: Literal["plugin"] = "plugin"
    gain_db: float = 0.0
    warmup_renders: int = 2
    block_size: int = 512
    isolation: Literal["warmup", "fork"] = "warmup"

    def check(self, instrument: Instrument) -> None:
        """Nothing to check against ``instrument`` for this kind of source."""


@dataclass(frozen=True)
class BuiltinSource:
    """Sound source: a built-in instrument, rendered by its own renderer
    (``generators.sources.renderers.make_renderer``) and fed to an effect chain.

    Attributes:
        instrument: built-in name (``guitar``...).
        settings: labels of that instrument's parameters (knobs 0-10,
            switch labels) that differ from its base patch, fixed for every clip.
    """

    instrument: str
    settings: dict[str, Any] = field(default_factory=dict)
    kind: Literal["builtin"] = "builtin"

    def check(self, instrument: Instrument) -> None:
        """Nothing to check against ``instrument`` for this kind of source."""


@dataclass(frozen=True)
class AudioFolderSource:
    """Sound source: a folder of audio files (e.g. DI guitar recordings).

    Which file a clip plays is the switch column ``column`` of the
    instrument (its labels are the file names, relative to ``folder``), so it
    is drawn per sample id by the sampler and recorded in the dataset.

    Attributes:
        folder: the folder (absolute once the spec is read).
        column: name of the switch column that picks the file.
        gain_db: gain applied to the file before the effects, dB.
    """

    folder: str
    column: str = "recording"
    gain_db: float = 0.0
    kind: Literal["audio_folder"] = "audio_folder"

    def check(self, instrument: Instrument) -> None:
        """Raise :class:`DeclarationError` unless ``instrument`` has the switch column that
        picks the file."""
        sw = next((p for p in instrument.params if p.name == self.column), None)
        if not isinstance(sw, Switch):
            raise DeclarationError(f"{instrument.name}: the audio folder needs a switch column "
                                   f"{self.column!r} (its labels: the file names)")


ChainHead = PluginSource | BuiltinSource | AudioFolderSource
"""Where a :class:`ChainSource`'s dry sound comes from."""


@dataclass(frozen=True)
class Effect:
    """One effect plug-in of a :class:`ChainSource`, bypassed when its switch is off.

    Attributes:
        name: short name (``tube``, ``delay``...), also its processor's name.
        path: the plug-in file (VST2 ``.so`` or VST3).
        switch: column of its off/on switch (labels ``off``, ``on``); when
            ``off`` the effect is left out of the graph (bit-exact bypass).
        params: columns of the varied parameters it owns (each depends on
            ``switch``).
        fixed: plug-in parameter -> 0-1 value, set before every render.
        fresh_instance: load a new instance of the plug-in for every clip
            (for plug-ins whose state no host call resets).
        flush: plug-in parameter -> 0-1 value set during a silent render
            before every clip that empties its buffers (e.g. feedback 0); the
            clip's values are set after it. ``None``: no flush.
    """

    name: str
    path: str
    switch: str
    params: tuple[str, ...] = ()
    fixed: dict[str, float] = field(default_factory=dict)
    fresh_instance: bool = False
    flush: dict[str, float] | None = None


@dataclass(frozen=True)
class ChainSource:
    """Sound source: a source (plug-in synth, built-in instrument or audio
    folder) through a chain of effect plug-ins (see ``generators/plugins/chain.py``).

    The instrument's ``fixed`` settings are the source plug-in's; each
    effect holds its own. Parameters not owned by an effect belong to the
    source.

    Attributes:
        source: where the dry sound comes from.
        effects: the effects, in signal order.
        rand_seed: seed of the C library's ``rand()`` set before every render
            (for plug-ins that draw their noise from it, such as DPF's
            Kars), or ``None``.
        flush_seconds: length of the silent render that empties the buffers
            of effects with ``flush`` settings.
        gain_db: gain before the soft limiter at the end of the chain, dB.
        block_size: DawDreamer block size, samples.
    """

    source: ChainHead
    effects: tuple[Effect, ...] = ()
    rand_seed: int | None = None
    flush_seconds: float = 1.0
    gain_db: float = 0.0
    block_size: int = 512
    kind: Literal["chain"] = "chain"

    def check(self, instrument: Instrument) -> None:
        """Raise :class:`DeclarationError` unless every effect of the chain has a varied
        off/on switch and owns known columns no other effect owns, and the head fits
        ``instrument``."""
        owner: dict[str, str] = {}
        for fx in self.effects:
            sw = next((p for p in instrument.params if p.name == fx.switch), None)
            if not isinstance(sw, Switch) or sw.labels != ("off", "on"):
                raise DeclarationError(
                    f"{instrument.name}: effect {fx.name!r} needs a varied switch {fx.switch!r} "
                    "with labels ('off', 'on')")
            for col in (fx.switch, *fx.params):
                if col not in instrument.names:
                    raise DeclarationError(f"{instrument.name}: effect {fx.name!r} owns unknown "
                                           f"parameter {col!r}")
                if col in owner:
                    raise DeclarationError(f"{instrument.name}: {col!r} belongs to effects "
                                           f"{owner[col]!r} and {fx.name!r}")
                owner[col] = fx.name
        self.source.check(instrument)


@dataclass(frozen=True)
class SynthSource:
    """Sound source: a synth engine hosted by a Python library, with no plug-in host.

    Dexed's DX7 engine (``dexed-py``) and Vital (``vita``), both GPL-3, come
    from the ``synths`` extra (``pip install -e ".[synths]"``); see
    :mod:`generators.synths`.

    Attributes:
        synth: the engine, a key of :data:`SYNTH_ENGINES`.
        gain_db: fixed gain applied to the engine's output, dB.
    """

    synth: str
    gain_db: float = 0.0
    kind: Literal["synth"] = "synth"

    def check(self, instrument: Instrument) -> None:
        """The engine is one we host."""
        if self.synth not in SYNTH_ENGINES:
            raise DeclarationError(f"{instrument.name}: unknown synth engine {self.synth!r}; "
                                   f"known: {', '.join(SYNTH_ENGINES)}")


SYNTH_ENGINES = ("dexed", "vital")
"""The engines a :class:`SynthSource` may name (``generators/synths/<name>.py``)."""


Source = FaustSource | PluginSource | ChainSource | SynthSource


def source_from_dict(d: dict[str, Any]) -> Source:
    """Inverse of ``dataclasses.asdict`` for a source (nested for chains)."""
    d = dict(d)
    kind = d.get("kind")
    if kind == "faust":
        return FaustSource(**d)
    if kind == "synth":
        return SynthSource(**d)
    if kind == "builtin":
        return BuiltinSource(**d)
    if kind == "audio_folder":
        return AudioFolderSource(**d)
    if kind == "chain":
        d["source"] = source_from_dict(d["source"])
        d["effects"] = tuple(Effect(**(e | {"params": tuple(e.get("params", ()))}))
                             for e in d.get("effects", ()))
        return ChainSource(**d)
    return PluginSource(**d)


SERIALISED_AS = {"design_notes": "notes"}
"""Fields of :class:`Instrument` serialised under another name (``instrument.json``, specs)."""
_FIELD_OF = {v: k for k, v in SERIALISED_AS.items()}


@dataclass(frozen=True)
class Instrument:
    """An instrument: what is varied, what is fixed, how a note is played.

    Attributes:
        name: instrument name (``noisemaker``, ``moog``...).
        description: one paragraph for the dataset card.
        params: the varied parameters, in column order.
        fixed: base-patch settings of every other control, as engine values
            (0-1 for knob-like controls, an index for Faust switches).
        source: where the sound comes from.
        note: MIDI note played (when ``--notes`` is not given).
        velocity: MIDI velocity, 1-127.
        note_length: seconds the note is held.
        clip_length: seconds rendered (the release sounds after note-off).
        sample_rate: Hz.
        sampler: ``"uniform"`` draws each parameter independently on its grid,
            uniformly or by its declared ``weights`` (the one mechanism for a
            non-uniform distribution);
            ``"grid"`` enumerates every combination of the switches in order
            (knobs, if any, at their defaults).
        default_n: the ``--n`` used when none is given (``None``: required).
        design_notes: free text for the dataset card (design decisions); serialised
            as ``notes`` (``instrument.json``, spec files).
    """

    name: str
    description: str
    params: tuple[Param, ...]
    source: Source
    fixed: dict[str, float] = field(default_factory=dict)
    note: int = 60
    velocity: int = 120
    note_length: float = 0.67
    clip_length: float = 0.9
    sample_rate: int = 22050
    sampler: Literal["uniform", "grid"] = "uniform"
    default_n: int | None = None
    design_notes: str = ""

    def __post_init__(self) -> None:
        self.validate()

    # ----------------------------------------------------------------- access
    @property
    def names(self) -> list[str]:
        """Names of the varied parameters, in column order."""
        return [p.name for p in self.params]

    @property
    def knobs(self) -> list[Knob]:
        return [p for p in self.params if isinstance(p, Knob)]

    @property
    def switches(self) -> list[Switch]:
        return [p for p in self.params if isinstance(p, Switch)]

    def param(self, name: str) -> Param:
        """The varied parameter called ``name``."""
        for p in self.params:
            if p.name == name:
                return p
        raise DeclarationError(
            f"{self.name} has no parameter {name!r}; it has: {', '.join(self.names)}"
        )

    @property
    def n_samples(self) -> int:
        """Samples per clip."""
        return int(round(self.clip_length * self.sample_rate))

    def default_settings(self) -> dict[str, float | str]:
        """Base-patch labels of the varied parameters (knobs 0-10, switches label)."""
        return {
            p.name: (p.default * 10.0 if isinstance(p, Knob) else p.default)
            for p in self.params
        }

    def engine_values(self, settings: dict[str, float | str]) -> dict[str, float]:
        """Everything the engine is set to for ``settings`` (labels of varied params).

        Returns the fixed base patch overlaid with the engine values of
        ``settings``; parameters missing from ``settings`` take their default.
        """
        values = dict(self.fixed)
        full = self.default_settings() | dict(settings)
        for p in self.params:
            values[p.name] = p.engine_value(full[p.name])  # type: ignore[arg-type]
        return values

    def active(self, name: str, settings: dict[str, Any]) -> bool:
        """True when parameter ``name`` is audible under ``settings`` (its
        dependency, if any, is satisfied, recursively)."""
        p = self.param(name)
        while p.depends_on is not None:
            if not p.depends_on.is_active(settings):
                return False
            p = self.param(p.depends_on.switch)
        return True

    # -------------------------------------------------------------- variants
    def pin(self, name: str, keep: list[str], description: str = "",
            default_n: int | None = None, sampler: str | None = None) -> Instrument:
        """A light variant: only ``keep`` varied, the others pinned to their defaults.

        The pinned parameters move into ``fixed`` with their base-patch
        engine values, so the light variant renders exactly as the full
        instrument does with those parameters at their defaults.
        """
        unknown = [k for k in keep if k not in self.names]
        if unknown:
            raise DeclarationError(f"cannot keep unknown parameters {unknown}")
        fixed = dict(self.fixed)
        params = []
        for p in self.params:
            if p.name in keep:
                dep = p.depends_on
                if dep is not None and dep.switch not in keep:
                    p = dataclasses.replace(p, depends_on=None)  # switch now fixed
                params.append(p)
            else:
                fixed[p.name] = p.engine_value(
                    p.default * 10.0 if isinstance(p, Knob) else p.default  # type: ignore[arg-type]
                )
        return dataclasses.replace(
            self,
            name=name,
            description=description or self.description,
            params=tuple(params),
            fixed=fixed,
            default_n=default_n if default_n is not None else self.default_n,
            sampler=sampler or self.sampler,  # type: ignore[arg-type]
        )

    # ------------------------------------------------------------- checking
    def validate(self) -> None:
        """Raise :class:`DeclarationError` if the declaration is inconsistent."""
        seen: set[str] = set()
        for p in self.params:
            if p.name in seen:
                raise DeclarationError(f"{self.name}: parameter {p.name!r} declared twice")
            seen.add(p.name)
            if p.name in self.fixed:
                raise DeclarationError(f"{self.name}: {p.name!r} is both varied and fixed")
            if p.weights is not None:
                w = p.weights
                if (not w or any(not (x >= 0.0 and x < float("inf")) for x in w)
                        or not sum(w) > 0.0):
                    raise DeclarationError(f"{self.name}.{p.name}: weights must be finite, "
                                           ">= 0 and not all 0")
            if isinstance(p, Knob):
                if (isinstance(p.resolution, bool) or not isinstance(p.resolution, int)
                        or not 2 <= p.resolution <= MAX_RESOLUTION):
                    raise DeclarationError(
                        f"{self.name}.{p.name}: resolution must be an integer from 2 to "
                        f"{MAX_RESOLUTION} (MIDI: {KNOB_RESOLUTIONS}), got {p.resolution!r}"
                    )
                lo, hi = p.steps
                if not 0 <= lo <= hi <= p.resolution - 1:
                    raise DeclarationError(f"{self.name}.{p.name}: window {p.window} out of range")
                if not 0.0 <= p.default <= 1.0:
                    raise DeclarationError(f"{self.name}.{p.name}: default must be in 0-1")
                if p.weights is not None and len(p.weights) > hi - lo + 1:
                    raise DeclarationError(f"{self.name}.{p.name}: {len(p.weights)} weights "
                                           f"for a window of {hi - lo + 1} steps")
            else:
                if p.weights is not None and len(p.weights) != len(p.labels):
                    raise DeclarationError(f"{self.name}.{p.name}: one weight per label")
                if len(p.labels) < 2 or len(set(p.labels)) != len(p.labels):
                    raise DeclarationError(f"{self.name}.{p.name}: needs >= 2 distinct labels")
                if p.default not in p.labels:
                    raise DeclarationError(f"{self.name}.{p.name}: default {p.default!r} not a label")
                if p.values is not None:
                    if len(p.values) != len(p.labels):
                        raise DeclarationError(f"{self.name}.{p.name}: one value per label")
                    bad = [v for v in p.values if not 0.0 <= v <= 1.0]
                    if bad:
                        raise DeclarationError(
                            f"{self.name}.{p.name}: label values must be in 0-1, got {bad}"
                        )
        for p in self.params:
            if p.depends_on is None:
                continue
            sw = next((q for q in self.params if q.name == p.depends_on.switch), None)
            if not isinstance(sw, Switch):
                raise DeclarationError(
                    f"{self.name}.{p.name}: depends on {p.depends_on.switch!r}, not a varied switch"
                )
            bad = [v for v in p.depends_on.values if v not in sw.labels]
            if bad:
                raise DeclarationError(f"{self.name}.{p.name}: {bad} are not labels of {sw.name}")
        self.source.check(self)
        if self.sampler == "grid" and self.knobs:
            raise DeclarationError(f"{self.name}: the grid sampler enumerates switches only")
        if not 0 < self.note_length <= self.clip_length:
            raise DeclarationError(f"{self.name}: need 0 < note_length <= clip_length")
        if not 1 <= self.velocity <= 127 or not 0 <= self.note <= 127:
            raise DeclarationError(f"{self.name}: note and velocity are MIDI values")

    @property
    def grid_size(self) -> int:
        """Number of switch combinations (the grid sampler's period)."""
        size = 1
        for s in self.switches:
            size *= len(s.labels)
        return size

    # ---------------------------------------------------------- serialising
    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form (what ``instrument.json`` holds; ``design_notes`` as ``notes``)."""
        d = {SERIALISED_AS.get(k, k): v for k, v in dataclasses.asdict(self).items()}
        for p in d["params"]:  # uniform parameters keep the record they had before weights
            if p.get("weights") is None:
                p.pop("weights", None)
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Instrument:
        """Inverse of :meth:`to_dict`."""
        d = {_FIELD_OF.get(k, k): v for k, v in d.items()}
        params = []
        for p in d.pop("params"):
            p = dict(p)
            dep = p.pop("depends_on", None)
            dep = Dependency(dep["switch"], tuple(dep["values"])) if dep else None
            if p.get("weights") is not None:
                p["weights"] = tuple(p["weights"])
            if p.get("kind") == "switch":
                p["labels"] = tuple(p["labels"])
                if p.get("values") is not None:
                    p["values"] = tuple(p["values"])
                params.append(Switch(**p, depends_on=dep))
            else:
                if p.get("window") is not None:
                    p["window"] = tuple(p["window"])
                params.append(Knob(**p, depends_on=dep))
        return cls(params=tuple(params), source=source_from_dict(d.pop("source")), **d)
