"""Pitch of a clip: PESTO's frame-wise f0 and voicing confidence, and one pitch per note.

PESTO (Riou et al., ISMIR 2023; ``pesto-pitch`` on PyPI, weights in the wheel) is a
small CQT network trained without labels; Hayes et al. (ISMIR 2025) use it to score
f0. It is loaded once per process and runs on the CPU.

``pesto`` imports ``torchaudio`` only to read audio files in its CLI. torchaudio
has no build for the pinned torch 2.13 (its last release is 2.11, whose compiled
library fails to load against torch 2.13), so when it cannot be imported an empty
module stands in for it; nothing here reads files through it.
"""

from __future__ import annotations

import functools
import sys
import types
from dataclasses import dataclass

import numpy as np

MODEL = "mir-1k_g7"
"""PESTO checkpoint shipped in the wheel."""
STEP_MS = 10.0
"""Hop between pitch frames, ms."""
VOICED = 0.5
"""Confidence at or above which a frame counts as voiced, 0-1."""
MIN_VOICED = 0.25
"""Share of a clip's loud frames that must be voiced for the clip to count as pitched."""
SILENT_DB = -50.0
"""Frames quieter than this, dB below the clip's loudest frame, are left out."""
MIN_SAMPLES = 4096
"""Clips shorter than this are zero-padded at the end before tracking (PESTO's reflect
padding needs more than 2,048 samples; silence adds only unvoiced frames)."""


@dataclass(frozen=True)
class Track:
    """Frame-wise pitch of one clip.

    Attributes:
        midi: ``[frames]`` pitch in MIDI semitones (fractional; 69 = A4 = 440 Hz).
        confidence: ``[frames]`` voicing confidence, 0-1.
        loud: ``[frames]`` True where the frame is within :data:`SILENT_DB` of the loudest.
        step: seconds between frames.
    """

    midi: np.ndarray
    confidence: np.ndarray
    loud: np.ndarray
    step: float

    @property
    def voiced(self) -> np.ndarray:
        """``[frames]`` True where the frame is loud and voiced."""
        return self.loud & (self.confidence >= VOICED)

    @property
    def pitched(self) -> bool:
        """True when at least :data:`MIN_VOICED` of the loud frames are voiced."""
        return bool(self.loud.any() and self.voiced.sum() >= MIN_VOICED * self.loud.sum())

    def median_midi(self) -> float | None:
        """Median pitch of the voiced frames, MIDI semitones; ``None`` when not pitched."""
        return float(np.median(self.midi[self.voiced])) if self.pitched else None


def _import_pesto() -> types.ModuleType:
    try:
        import torchaudio  # noqa: F401
    except (ImportError, OSError):  # see the module docstring
        sys.modules["torchaudio"] = types.ModuleType("torchaudio")
    import pesto

    return pesto


@functools.cache
def _model(sample_rate: int):  # -> pesto.model.PESTO
    import torch

    pesto = _import_pesto()
    torch.set_grad_enabled(False)
    return pesto.load_model(MODEL, STEP_MS, sampling_rate=sample_rate).eval()


def track(clips: np.ndarray, sample_rate: int) -> list[Track]:
    """Frame-wise pitch of each clip.

    Args:
        clips: ``[batch, n_samples]`` or ``[n_samples]`` float audio, mono.
        sample_rate: Hz.

    Returns:
        one :class:`Track` per clip (frames every :data:`STEP_MS` ms).
    """
    import torch

    x = np.atleast_2d(np.asarray(clips, dtype=np.float32))
    if x.shape[-1] < MIN_SAMPLES:
        x = np.pad(x, [(0, 0), (0, MIN_SAMPLES - x.shape[-1])])
    model = _model(sample_rate)
    with torch.inference_mode():
        midi, conf, _vol, _act = model(torch.from_numpy(x), sr=sample_rate, convert_to_freq=False,
                                       return_activations=True)
    midi, conf = midi.numpy().reshape(len(x), -1), conf.numpy().reshape(len(x), -1)
    hop = int(round(sample_rate * STEP_MS / 1000))
    out = []
    for clip, m, c in zip(x, midi, conf):
        frames = len(m)
        padded = np.pad(clip, (0, max(0, frames * hop - len(clip))))[: frames * hop]
        rms = np.sqrt(np.mean(padded.reshape(frames, hop) ** 2, axis=1) + 1e-20)
        db = 20 * np.log10(rms)
        out.append(Track(midi=m.astype(np.float64), confidence=c.astype(np.float64),
                         loud=db >= db.max() + SILENT_DB, step=STEP_MS / 1000))
    return out


def midi_to_hz(midi: float) -> float:
    """Frequency of MIDI pitch ``midi`` (semitones, fractional), Hz."""
    return 440.0 * 2.0 ** ((midi - 69.0) / 12.0)
