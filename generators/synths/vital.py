"""Vital, hosted by ``vita`` (the ``synths`` extra, GPL-3): the ``vital`` instrument's engine.

How a declaration drives Vital (see :mod:`generators.instruments.vital`):

* a parameter's ``target`` (or a ``fixed`` key) names a Vital control; its 0-1
  engine value is mapped linearly onto the control's raw range (rounded for
  Vital's discrete controls), the value a ``.vital`` file stores;
* a knob whose target is ``"<source>><destination>"`` sets the amount (raw
  -1..1) of the modulation from ``<source>`` to ``<destination>``; an empty
  destination is the label of the switch whose target is ``"<source>>"``
  (label ``none``: no modulation). Modulations are connected in declaration
  order, so the ``k``-th one is Vital's modulation slot ``k``.

Base patch: Vital's init preset with every oscillator's random phase at 0 and
a four-keyframe "Basic Shapes" wavetable (sine, triangle, saw, square) on
oscillators 1 and 2 (:func:`base_patch`).

Isolation: Vital keeps state between renders of one instance (effect buffers,
the chorus and flanger LFOs, parameter smoothing: the same patch rendered twice
in a row differs by up to 0.45 with the chorus on, and by 2e-7 with no effect
at all), and no call resets it; a fresh instance costs about 60 ms and loading
the base patch's wavetables 100-200 ms more. So, like plug-ins with
``isolation: fork``, each clip renders in a child process forked from an
instance that has the base patch loaded and was never played
(:func:`~generators.plugins.host.in_forked_child`): every clip starts from the
same state, whatever was rendered before, in any worker or engine.

Notes (:meth:`Renderer.render_notes`): vita plays one note per render and keeps
state, so in the clip's forked child the settings are set, then each note event is
one voice rendered from that set, never-played instance (a grandchild forked per
voice; the last voice in the child itself), the voices' channel means summed at
their onsets (:func:`~generators.model.playing.mix_voices`) and passed through the
output stage once. Effects therefore run per voice. Voices rendered one after the
other in one instance differ from these by up to 0.21 (chorus on) and 0.03 (no
effect); each extra voice costs a fork and a render (about 50 ms).

Output: the mean of Vital's two channels, times the source's fixed gain, through
the memoryless soft limiter of plug-ins (:func:`~generators.plugins.host.output_stage`).
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import numpy as np

from ..core.atomic import write_text_atomic
from ..core.errors import DatasetError
from ..core.reading import read_text
from ..model.declaration import Instrument, Knob, SynthSource
from ..model.playing import NoteEvent, Notes, mix_voices
from ..plugins.host import check_base_clip, in_forked_child, output_stage, single_note
from .library import library

WAVE_SIZE = 2048
"""Samples of one Vital wavetable frame."""
BASIC_SHAPES = (0, 85, 170, 256)
"""Frame positions of the base patch's keyframes: sine, triangle, saw, square."""
SHAPED_OSCILLATORS = (0, 1)
"""Oscillators (0-based) that play the Basic Shapes wavetable."""
RANDOM_PHASE_CONTROLS = ("osc_1_random_phase", "osc_2_random_phase", "osc_3_random_phase")


Modulation = tuple[str, str, float]
"""One modulation: Vital source, destination, raw amount -1..1."""


class VitalError(DatasetError):
    """A ``.vital`` patch, or a declaration target, Vital cannot use (one-line CLI error, exit 2)."""


def portable_sine(phase: np.ndarray) -> np.ndarray:
    """``sin(2 pi phase)`` for ``phase`` in [0, 1), float64, from additions and
    multiplications only (a Taylor series of degree 27 on [-pi, pi], error below
    1e-14): the same bits on every CPU, where ``np.sin`` dispatches to SIMD code
    (AVX-512 on CPUs that have it) whose last bits differ."""
    x = 2.0 * np.pi * (np.asarray(phase, dtype=np.float64) - (phase >= 0.5))  # [-pi, pi)
    x2 = x * x
    term, total = x, x.copy()
    for k in range(1, 14):
        term = term * (-x2 / ((2 * k) * (2 * k + 1)))
        total = total + term
    return total


def basic_shapes() -> list[np.ndarray]:
    """One cycle each of sine, triangle, saw and square: float32 ``[WAVE_SIZE]`` in [-1, 1],
    the same bits on every CPU (:func:`portable_sine`)."""
    phase = np.arange(WAVE_SIZE) / WAVE_SIZE
    waves = (portable_sine(phase),
             1.0 - 4.0 * np.abs(((phase + 0.25) % 1.0) - 0.5),
             2.0 * phase - 1.0,
             np.where(phase < 0.5, 1.0, -1.0))
    return [np.asarray(w, dtype=np.float32) for w in waves]


def base_patch(init_json: str) -> str:
    """The base patch (``.vital`` JSON) built from Vital's init preset ``init_json``:
    random phase 0 on every oscillator, Basic Shapes on oscillators 1 and 2."""
    doc = json.loads(init_json)
    settings = doc["settings"]
    for name in RANDOM_PHASE_CONTROLS:
        settings[name] = 0.0
    keyframes = [{"position": pos, "wave_data": base64.b64encode(w.tobytes()).decode()}
                 for pos, w in zip(BASIC_SHAPES, basic_shapes())]
    for osc in SHAPED_OSCILLATORS:
        table = settings["wavetables"][osc]
        table["name"] = "Basic Shapes"
        table["groups"][0]["components"][0]["keyframes"] = keyframes
    doc["preset_name"] = "secret-sauce vital base"
    return json.dumps(doc)


class Renderer:
    """Renders notes of a ``vital`` instrument (the :class:`~generators.sources.renderers.Renderer`
    protocol), each in a child forked from a pristine instance (see the module doc).

    Args:
        instrument: a declaration whose source is ``SynthSource("vital")``.
        check: render the base patch once and refuse NaN or silence.

    Raises:
        MissingExtra: ``vita`` is not installed.
        VitalError: a target that is no Vital control or modulation.
    """

    def __init__(self, instrument: Instrument, check: bool = True) -> None:
        src = instrument.source
        if not isinstance(src, SynthSource) or src.synth != "vital":
            raise TypeError(f"{instrument.name} is not a vital instrument")
        self.instrument = instrument
        self.vita = library("vital")
        self.synth = self.vita.Synth()
        self.synth.set_sample_rate(float(instrument.sample_rate))
        if not self.synth.load_json(base_patch(self.synth.to_json())):
            raise VitalError("vita refused the base patch")
        self.gain = float(10.0 ** (src.gain_db / 20.0))
        self.targets = self._targets()
        if check:
            check_base_clip(instrument, self.render(instrument.default_settings()), "vita")

    # ---------------------------------------------------------------- mapping
    def _targets(self) -> dict[str, tuple[float, float, bool]]:
        """Vital control -> (raw min, raw max, discrete) of every control the declaration sets."""
        names = [str(p.target or p.name) for p in self.instrument.params if ">" not in str(p.target)]
        names += list(self.instrument.fixed)
        known = set(self.synth.get_controls())
        bad = sorted(n for n in names if n not in known)
        if bad:
            raise VitalError(f"{self.instrument.name}: not Vital controls: {', '.join(bad)}")
        sources = set(self.vita.get_modulation_sources())
        destinations = set(self.vita.get_modulation_destinations()) | {"none"}
        for p in self.instrument.params:
            target = str(p.target or "")
            if ">" not in target:
                continue
            source, dest = target.split(">", 1)
            wrong = [source] if source not in sources else []
            wrong += [d for d in ((dest,) if dest else getattr(p, "labels", ())) if d not in destinations]
            if wrong:
                raise VitalError(f"{self.instrument.name}.{p.name}: not Vital modulation "
                                 f"sources/destinations: {', '.join(wrong)}")
        out = {}
        for n in names:
            d = self.synth.get_control_details(n)
            out[n] = (float(d.min), float(d.max), bool(d.is_discrete))
        return out

    def patch(self, settings: dict[str, float | str]) -> tuple[dict[str, float], list[Modulation]]:
        """What ``settings`` set: raw value of each Vital control, and the modulations
        ``(source, destination, raw amount -1..1)`` in slot order."""
        inst = self.instrument
        full = inst.default_settings() | dict(settings)
        values = inst.engine_values(full)
        controls: dict[str, float] = {}
        routes: dict[str, str] = {}  # modulation source -> destination picked by a switch
        for p in inst.params:
            target = str(p.target or p.name)
            if target.endswith(">") and not isinstance(p, Knob):
                routes[target[:-1]] = str(full[p.name])
        mods = []
        for p in inst.params:
            target = str(p.target or p.name)
            if ">" in target:
                if isinstance(p, Knob):
                    source, dest = target.split(">", 1)
                    dest = dest or routes.get(source, "none")
                    if dest != "none":
                        mods.append((source, dest, -1.0 + 2.0 * values[p.name]))
                continue
            controls[target] = values[p.name]
        for name in inst.fixed:
            controls[name] = values[name]
        raw = {}
        for name, v in controls.items():
            lo, hi, discrete = self.targets[name]
            x = lo + float(v) * (hi - lo)
            raw[name] = float(round(x)) if discrete else x
        return raw, mods

    def _set(self, settings: dict[str, float | str]) -> None:
        """Set this process's instance to ``settings`` (only ever in a forked child)."""
        raw, mods = self.patch(settings)
        controls = self.synth.get_controls()
        for name, x in raw.items():
            controls[name].set(x)
        for k, (source, dest, amount) in enumerate(mods, start=1):
            if not self.synth.connect_modulation(source, dest):
                raise VitalError(f"vita could not connect {source} to {dest}")
            controls[f"modulation_{k}_amount"].set(amount)

    def _play(self, note: int | None) -> np.ndarray:
        """Play one note: float32 ``[2, n_samples]``."""
        inst = self.instrument
        return self._play_event(single_note(inst, note)[0], inst.n_samples)

    def _play_event(self, event: NoteEvent, n: int) -> np.ndarray:
        """Play one event in this process's instance, its start ignored: float32 ``[2, n]``."""
        inst = self.instrument
        audio = self.synth.render(int(event.pitch), int(event.velocity) / 127.0,
                                  float(event.duration), float(inst.clip_length))
        audio = np.asarray(audio, dtype=np.float32)[:, :n]
        if audio.shape[1] < n:
            audio = np.pad(audio, ((0, 0), (0, n - audio.shape[1])))
        return audio

    def _mix_here(self, notes: Notes) -> np.ndarray:
        """Every event of ``notes`` as one voice from the instance as it is now (set, never
        played), summed: float32 ``[1, n_samples]``, channels averaged per voice. Each
        voice but the last plays in a child forked from this process; the last plays here,
        so this process must be a disposable child itself."""
        inst = self.instrument
        last = notes[-1] if notes else None

        def voice(ev: NoteEvent, n: int) -> np.ndarray:
            stereo = (self._play_event(ev, n) if ev is last else
                      in_forked_child(lambda: self._play_event(ev, n)))
            return stereo.mean(axis=0, dtype=np.float32)

        return mix_voices(voice, notes, inst.n_samples, inst.sample_rate)[None, :]

    # -------------------------------------------------------------- rendering
    def render_raw(self, settings: dict[str, float | str], note: int | None = None) -> np.ndarray:
        """Vital's stereo output for ``settings``: float32 ``[2, n_samples]``."""
        def work() -> np.ndarray:
            self._set(settings)
            return self._play(note)

        return in_forked_child(work)

    def render(self, settings: dict[str, float | str], note: int | None = None) -> np.ndarray:
        """One clip: float32 ``[n_samples]`` in (-1, 1), mono, at the instrument's rate."""
        return output_stage(self.render_raw(settings, note), self.gain)

    def render_notes(self, settings: dict[str, float | str], notes: Notes) -> np.ndarray:
        """One clip playing ``notes`` (:meth:`generators.sources.renderers.Renderer.render_notes`):
        in the clip's forked child, ``settings`` set, then one voice per event, each
        from that set and never-played instance (a grandchild forked per voice, the last
        voice in the child itself), summed, then the output stage of :meth:`render`."""
        def work() -> np.ndarray:
            self._set(settings)
            return self._mix_here(notes)

        return output_stage(in_forked_child(work), self.gain)

    def render_vital(self, text: str, note: int | None = None, what: str = "patch") -> np.ndarray:
        """One clip of the ``.vital`` JSON ``text`` (loaded over the base patch), through the
        same note, length and output stage as :meth:`render`.

        Raises:
            VitalError: vita refuses ``text`` (malformed, or from a newer Vital).
        """
        try:
            json.loads(text)
        except ValueError as e:
            raise VitalError(f"{what}: not a .vital file (invalid JSON: {e})") from None

        def work() -> np.ndarray:
            if not self.synth.load_json(text):
                raise VitalError("malformed")
            return self._play(note)

        try:
            raw = in_forked_child(work)
        except DatasetError as e:
            if "malformed" not in str(e):
                raise
            raise VitalError(f"{what}: vita cannot load it (a malformed .vital file, or one "
                             "from a newer Vital)") from None
        return output_stage(raw, self.gain)

    def render_file(self, path: Path | str, note: int | None = None) -> np.ndarray:
        """:meth:`render_vital` of the ``.vital`` file at ``path`` (read errors: one line)."""
        return self.render_vital(read_text(path, ".vital patch"), note, what=str(path))

    # ----------------------------------------------------------------- files
    def write_vital(self, settings: dict[str, float | str], path: Path, name: str = "") -> Path:
        """Write the ``.vital`` file of ``settings`` (preset name ``name``) to ``path``,
        atomically; Vital and vita load it and play the same clip."""
        def work() -> np.ndarray:
            self._set(settings)
            doc: dict[str, Any] = json.loads(self.synth.to_json())
            doc["preset_name"] = name or "secret-sauce vital patch"
            write_text_atomic(Path(path), json.dumps(doc))
            return np.zeros(0, dtype=np.float32)

        in_forked_child(work)
        return Path(path)

    def preset_files(self, settings: dict[str, float | str], folder: Path, name: str) -> list[Path]:
        """The synth's own preset file of ``settings`` in ``folder``: ``patch.vital``, named
        ``name``. Used by ``baselines.match``."""
        return [self.write_vital(settings, Path(folder) / "patch.vital", name)]


# --------------------------------------------------------------------- CLI
def build_parser() -> Any:
    """The ``python -m generators.synths.vital`` parser."""
    from ..core.cli import ArgumentParser

    p = ArgumentParser(prog="python -m generators.synths.vital",
                       description="Play a .vital patch (e.g. the patch.vital of baselines.match) "
                                   "as the vital instrument plays a clip: its note, velocity, "
                                   "note and clip length, mono mix and output stage; write a "
                                   "16-bit WAV.")
    p.add_argument("patch", type=Path, help=".vital file (Vital's JSON preset format)")
    p.add_argument("--out", type=Path, required=True, help="WAV file to write")
    p.add_argument("--note", type=int, choices=range(128), metavar="0-127",
                   help="MIDI note (default: the instrument's, 60)")
    return p


def main(argv: list[str] | None = None) -> int:
    from ..core.atomic import atomic_path
    from ..core.audio import encode, quantize
    from ..instruments import get_instrument

    args = build_parser().parse_args(argv)
    renderer = Renderer(get_instrument("vital"), check=False)
    clip = renderer.render_file(args.patch, args.note)
    with atomic_path(args.out) as tmp:
        tmp.write_bytes(encode(quantize(clip), renderer.instrument.sample_rate, "wav"))
    print(f"wrote {args.out} (peak {float(np.abs(clip).max()):.3f})")
    return 0


if __name__ == "__main__":
    from ..core.cli import exit_with, run_cli

    exit_with(run_cli(main))
