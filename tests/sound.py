"""Helpers for listening tests: log-Mel distances, random patches and test tones."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable

import numpy as np

from generators.core import spectral
from generators.model.declaration import Instrument, Knob
from generators.model.playing import NoteEvent, Notes
from generators.model.sampler import draw

AUDIBLE_DB = 1.0
"""Mean log-Mel difference (dB, :func:`mel_distance`) that counts as clearly
audible. Measured: 16-bit quantization of a clip moves it by 0.02-0.06 dB; a
1 dB level change by 0.75-1.0 dB; one 7-bit MIDI step of a knob by a median of
0.04 (moog) / 0.10 (guitar) dB. The weakest parameter changes at their extremes
in the listening contexts: moog mod_wave_amount 1.5 dB, amsynth LFO waveform
1.3 dB, noisemaker osc2_volume 1.2 dB."""

TWO_VELOCITIES: Notes = (NoteEvent(0.0, 60, 40, 0.35), NoteEvent(0.45, 60, 127, 0.35))
"""A soft (40) and a loud (127) middle C, 0.35 s each, in a 0.9 s clip: where velocity
routing is heard."""


@functools.cache
def _log_mel(sr: int) -> spectral.LogMel:
    return spectral.LogMel(sr)


def log_mel(audio: np.ndarray, sr: int) -> np.ndarray:
    """log-power Mel spectrogram ``[64, frames]`` in dB re full scale, floored at -80 dB
    (the benchmark's ``logmel_l1_db`` analysis: n_fft 1024, hop 256, 64 Slaney bands)."""
    return _log_mel(sr)(audio).T


def mel_distance(a: np.ndarray, b: np.ndarray, sr: int) -> float:
    """Mean absolute difference of two clips' log-Mel spectrograms, dB."""
    return float(np.mean(np.abs(log_mel(a, sr) - log_mel(b, sr))))


def random_patch(instrument: Instrument, seed: int) -> dict[str, float | str]:
    """Settings of a random patch (the sampler's draw for id ``seed`` of seed 12345)."""
    return dict(draw(instrument, 12345, seed).settings)


def clean_clips(render: Callable[[dict[str, float | str]], np.ndarray], instrument: Instrument,
                ids: range) -> np.ndarray:
    """Render random patch ``k`` for each ``k`` in ``ids`` and check each clip is float32 of
    the instrument's length, finite and within full scale (peak <= 1). Returns the clips,
    ``[len(ids), n_samples]`` float32."""
    clips = []
    for k in ids:
        clip = render(random_patch(instrument, k))
        assert clip.dtype == np.float32, f"patch {k}: {clip.dtype}"
        assert clip.shape == (instrument.n_samples,), f"patch {k}: shape {clip.shape}"
        assert np.all(np.isfinite(clip)), f"patch {k}: NaN/inf"
        assert np.abs(clip).max() <= 1.0, f"patch {k}: clips ({np.abs(clip).max():.3f})"
        clips.append(clip)
    return np.stack(clips)


def extremes(instrument: Instrument, name: str) -> list[float | str]:
    """Low and high label of a knob, or every label of a switch."""
    p = instrument.param(name)
    if isinstance(p, Knob):
        lo, hi = p.steps
        return [p.label_of_step(lo), p.label_of_step(hi)]
    return list(p.labels)


def audible_patch(instrument: Instrument, name: str, k: int, loud: dict[str, float | str],
                  context: dict[str, float | str]) -> dict[str, float | str]:
    """Random patch ``k`` made to let ``name`` be heard: ``loud`` settings, its
    dependency met (cycling through the values it depends on), then ``context``."""
    patch = random_patch(instrument, k) | loud
    p = instrument.param(name)
    if p.depends_on is not None:
        patch[p.depends_on.switch] = p.depends_on.values[k % len(p.depends_on.values)]
    return patch | context


def assert_audible(render: Callable[[dict[str, float | str]], np.ndarray], instrument: Instrument,
                   name: str, patch: dict[str, float | str], k: int) -> None:
    """Every pair of ``name``'s extremes (every pair of labels for a switch)
    rendered from ``patch`` differs by more than :data:`AUDIBLE_DB`."""
    mels = [log_mel(render(patch | {name: v}), instrument.sample_rate)
            for v in extremes(instrument, name)]
    for (i, a), (j, b) in itertools.combinations(enumerate(mels), 2):
        d = float(np.mean(np.abs(a - b)))
        assert d > AUDIBLE_DB, f"{name}: values #{i} and #{j} differ by only {d:.2f} dB on patch {k}"


def tone(midi: float, seconds: float, lead_s: float = 0.1, tail_s: float = 0.5,
         sr: int = 22050) -> np.ndarray:
    """A harmonic tone (3 partials, 5 ms fades) of ``seconds`` at MIDI ``midi``, with
    ``lead_s`` and ``tail_s`` of silence around it: float32 ``[n]`` at ``sr`` Hz."""
    t = np.arange(int(seconds * sr)) / sr
    f0 = 440.0 * 2 ** ((midi - 69) / 12)
    y = sum(a * np.sin(2 * np.pi * k * f0 * t) for k, a in ((1, 0.5), (2, 0.25), (3, 0.12)))
    fade = np.minimum(1.0, np.minimum(t, t[-1] - t) / 0.005)
    return np.concatenate([np.zeros(int(lead_s * sr)), y * fade,
                           np.zeros(int(tail_s * sr))]).astype(np.float32)
