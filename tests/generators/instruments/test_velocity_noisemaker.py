"""Velocity routing of ``noisemaker_velocity``: heard only when notes vary in velocity.

- the noisemaker's clips are the ones rendered before the routing existed (stored
  hashes), and ``noisemaker_velocity`` at its default routing renders them too;
- with every note at the instrument's velocity (120) each routing knob changes no bit;
- with a soft and a loud note each knob is audible, in the right direction: more
  ``amp_velocity``, a bigger level gap between the notes; more ``filter_velocity``, a
  brighter loud note relative to the soft one;
- the compiled C plays two-velocity phrases as DawDreamer's reference does.

Every parameter audible at its extremes, in a two-velocity phrase: test_sound_noisemaker.py.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import librosa
import numpy as np
import pytest

from generators.benchmarks import BENCHMARKS
from generators.dataset import fingerprint
from generators.dsp.reference import FaustRenderer
from generators.instruments import get_instrument
from generators.model.playing import NoteEvent
from generators.model.sampler import draw
from generators.sources.renderers import Renderer, make_renderer

from tests.sound import TWO_VELOCITIES as PHRASE, mel_distance, random_patch

KNOBS = ("amp_velocity", "filter_velocity")
SOFT, LOUD = (ev.velocity for ev in PHRASE)
HEARD = {"osc2_volume": 10.0, "osc1_volume": 0.0, "filter_cutoff": 6.0, "amp_attack": 0.0,
         "amp_sustain": 10.0, "lfo1_destination": "NOTHING"}
"""Settings under which a note's level and brightness are steady enough to compare."""
BRIGHT = {"amp_velocity": 0.0, "filter_resonance": 0.0,
          "filter_attack": 0.0, "filter_decay": 0.0, "filter_sustain": 0.0}
"""The filter held at ``filter_cutoff``, the level velocity-free."""
VOICES = [("Saw", 6.0), ("Pulse", 5.0), ("Triangle", 7.0), ("Noise", 6.0)]
"""osc2 waves and cutoffs (0.6, 1.3 and 2.6 kHz) among their harmonics, where moving
the cutoff moves the spectral centroid."""

# sha256 of the float32 PCM of benchmark test ids, rendered before the routing existed
# (main at c0d6cc9): the noisemaker's clips must not move.
STORED = {
    ("noisemaker-v2", range(8000, 8006)):
        "08d47f8a8c1ba3322923a4b0312da47622f35b0335b3420d75818a83ddf876ac",
    ("noisemaker_light-v2", range(800, 803)):
        "6cea1b48ff387f928ba42b7b5a5bf25a95b6c71d3869647a6169ccbb3b177bd5",
}


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return make_renderer(get_instrument("noisemaker_velocity"))


def _one(renderer: Renderer, patch: dict[str, float | str], velocity: int) -> np.ndarray:
    """One 0.35 s note at ``velocity``, the rest of the clip its release."""
    return renderer.render_notes(patch, (NoteEvent(0.0, 60, velocity, 0.35),))[: int(0.3 * 22050)]


def _level_gap_db(renderer: Renderer, patch: dict[str, float | str]) -> float:
    """RMS level of the loud note over the soft one, dB."""
    rms = [float(np.sqrt(np.mean(_one(renderer, patch, v) ** 2))) for v in (SOFT, LOUD)]
    return 20 * np.log10(rms[1] / rms[0])


def _brightness_gap_oct(renderer: Renderer, patch: dict[str, float | str]) -> float:
    """Median spectral centroid of the loud note over the soft one, octaves."""
    cents = [float(np.median(librosa.feature.spectral_centroid(y=_one(renderer, patch, v), sr=22050)))
             for v in (SOFT, LOUD)]
    return float(np.log2(cents[1] / cents[0]))


@pytest.mark.parametrize("bench,ids", list(STORED))
def test_noisemaker_clips_did_not_move(bench: str, ids: range) -> None:
    b = BENCHMARKS[bench]
    inst = b.config().instrument
    r = make_renderer(inst)
    h = hashlib.sha256()
    for i in ids:
        s = draw(inst, b.seed, i)
        h.update(r.render(dict(s.settings), s.note).tobytes())
    assert h.hexdigest() == STORED[bench, ids]


def test_default_routing_renders_the_noisemakers_bytes(renderer: Renderer) -> None:
    """amp_velocity 10 and filter_velocity 0 are the noisemaker, at every velocity."""
    plain = make_renderer(get_instrument("noisemaker"))
    for k in range(4):
        patch = random_patch(plain.instrument, k)
        assert renderer.render(patch).tobytes() == plain.render(patch).tobytes()
        for v in (1, SOFT, 100, LOUD):
            notes = (NoteEvent(0.0, 60, v, 0.3), NoteEvent(0.4, 67, 127 - v // 2, 0.3))
            assert renderer.render_notes(patch, notes).tobytes() == \
                plain.render_notes(patch, notes).tobytes()


@pytest.mark.parametrize("knob", KNOBS)
def test_routing_is_inaudible_when_every_note_is_at_velocity_120(renderer: Renderer,
                                                                  knob: str) -> None:
    inst = renderer.instrument
    same = (NoteEvent(0.0, 60, 120, 0.3), NoteEvent(0.4, 64, 120, 0.3))
    for k in range(3):
        patch = random_patch(inst, k)
        singles = {renderer.render(patch | {knob: x}).tobytes() for x in (0.0, 3.0, 10.0)}
        phrases = {renderer.render_notes(patch | {knob: x}, same).tobytes() for x in (0.0, 3.0, 10.0)}
        assert len(singles) == len(phrases) == 1, f"{knob} is heard at velocity 120 (patch {k})"


def test_amp_velocity_widens_the_level_gap_between_soft_and_loud_notes(renderer: Renderer) -> None:
    inst = renderer.instrument
    for k, (wave, cutoff) in enumerate(VOICES):
        patch = random_patch(inst, k) | HEARD | {"filter_velocity": 0.0, "osc2_wave": wave,
                                                 "filter_cutoff": cutoff}
        gaps = [_level_gap_db(renderer, patch | {"amp_velocity": x}) for x in (0.0, 5.0, 10.0)]
        assert abs(gaps[0]) < 0.1, gaps  # 0: every velocity as loud as 120
        assert gaps[0] + 2 < gaps[1] < gaps[2] - 2, gaps
        assert abs(gaps[2] - 20 * np.log10(LOUD / SOFT)) < 0.5, gaps  # 10: in proportion
        assert mel_distance(renderer.render_notes(patch | {"amp_velocity": 0.0}, PHRASE),
                            renderer.render_notes(patch | {"amp_velocity": 10.0}, PHRASE),
                            inst.sample_rate) > 1.0


def test_filter_velocity_brightens_the_loud_note_relative_to_the_soft_one(renderer: Renderer) -> None:
    inst = renderer.instrument
    for k, (wave, cutoff) in enumerate(VOICES):
        patch = random_patch(inst, k) | HEARD | BRIGHT | {"osc2_wave": wave, "filter_cutoff": cutoff}
        gaps = [_brightness_gap_oct(renderer, patch | {"filter_velocity": x}) for x in (0.0, 5.0, 10.0)]
        assert abs(gaps[0]) < 0.1, gaps  # velocity reaches only the level
        assert gaps[0] < gaps[1] < gaps[2], gaps
        assert gaps[2] > 0.3, gaps
        assert mel_distance(renderer.render_notes(patch | {"filter_velocity": 0.0}, PHRASE),
                            renderer.render_notes(patch | {"filter_velocity": 10.0}, PHRASE),
                            inst.sample_rate) > 1.0


def test_compiled_plays_phrases_as_dawdreamer_reference(renderer: Renderer) -> None:
    """The criteria of test_compiled_dsp's noisemaker check (median largest sample
    difference below -90 dBFS, every log-Mel distance below 0.1 dB), on two-velocity
    phrases of random patches, the routing knobs random too."""
    inst = renderer.instrument
    reference = FaustRenderer(inst)
    peaks, mels = [], []
    for k in range(8):
        patch = random_patch(inst, k)
        a, b = renderer.render_notes(patch, PHRASE), reference.render_notes(patch, PHRASE)
        peaks.append(20 * np.log10(max(float(np.abs(a - b).max()), 1e-12)))
        mels.append(mel_distance(a, b, inst.sample_rate))
    assert np.median(peaks) < -90.0, peaks
    assert max(mels) < 0.1, mels


def test_source_digest_covers_the_reused_noisemaker_dsp(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "dsp"
    shutil.copytree(fingerprint.dsp_dir(), folder)
    monkeypatch.setattr(fingerprint, "dsp_dir", lambda: folder)
    velocity, plain = get_instrument("noisemaker_velocity"), get_instrument("noisemaker")
    before = fingerprint.source_digest(velocity), fingerprint.source_digest(plain)
    (folder / "noisemaker.dsp").write_text((folder / "noisemaker.dsp").read_text() + "// edit\n")
    after = fingerprint.source_digest(velocity), fingerprint.source_digest(plain)
    assert after[0] != before[0] and after[1] != before[1]
