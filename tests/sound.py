"""Helpers for listening tests: log-Mel distances and random patches."""

from __future__ import annotations

import librosa
import numpy as np

from generators.declaration import Instrument, Knob
from generators.sampler import draw


def log_mel(audio: np.ndarray, sr: int) -> np.ndarray:
    """log-power Mel spectrogram ``[64, frames]`` in dB re full scale, floored at -80 dB."""
    mel = librosa.feature.melspectrogram(y=audio.astype(np.float32), sr=sr, n_fft=1024,
                                         hop_length=256, n_mels=64)
    return librosa.power_to_db(mel, ref=1.0, amin=1e-10, top_db=None).clip(min=-80.0)


def mel_distance(a: np.ndarray, b: np.ndarray, sr: int) -> float:
    """Mean absolute difference of two clips' log-Mel spectrograms, dB."""
    return float(np.mean(np.abs(log_mel(a, sr) - log_mel(b, sr))))


def random_patch(instrument: Instrument, seed: int) -> dict[str, float | str]:
    """Settings of a random patch (the sampler's draw for id ``seed`` of seed 12345)."""
    return dict(draw(instrument, 12345, seed).settings)


def extremes(instrument: Instrument, name: str) -> list[float | str]:
    """Low and high label of a knob, or every label of a switch."""
    p = instrument.param(name)
    if isinstance(p, Knob):
        lo, hi = p.steps
        return [p.label_of_step(lo), p.label_of_step(hi)]
    return list(p.labels)
