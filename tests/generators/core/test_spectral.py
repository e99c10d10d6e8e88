"""The one spectral module against librosa, batched against one clip at a time."""

from __future__ import annotations

import librosa
import numpy as np
import pytest

from generators.core import spectral

SR = 22050


@pytest.fixture(scope="module")
def clips() -> np.ndarray:
    """Three clips ``[3, 8000]``: a sine, noise and a quiet decaying chirp."""
    t = np.arange(8000) / SR
    rng = np.random.default_rng(0)
    return np.stack([0.5 * np.sin(2 * np.pi * 440 * t), 0.1 * rng.standard_normal(t.size),
                     0.01 * np.exp(-3 * t) * np.sin(2 * np.pi * (200 + 2000 * t) * t)]
                    ).astype(np.float32)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_log_mel_equals_librosa(clips: np.ndarray, dtype: type) -> None:
    lm = spectral.LogMel(SR, n_fft=1024, hop_length=256, n_mels=64, floor_db=-80.0, dtype=dtype)
    got = lm(clips)
    assert got.dtype == dtype
    assert got.shape == (3, 1 + 8000 // 256, 64)
    for k, y in enumerate(clips):
        mel = librosa.feature.melspectrogram(y=y.astype(dtype), sr=SR, n_fft=1024, hop_length=256,
                                             n_mels=64)
        ref = librosa.power_to_db(mel, ref=1.0, amin=1e-10, top_db=None).clip(min=-80.0)
        np.testing.assert_allclose(got[k].T, ref, atol=0.02 if dtype == np.float32 else 1e-6)


def test_one_clip_is_a_batch_of_one(clips: np.ndarray) -> None:
    lm = spectral.LogMel(SR)
    assert np.array_equal(lm(clips[1]), lm(clips[1:2])[0])


def test_portable_sum_matches_blas(clips: np.ndarray) -> None:
    fast = spectral.LogMel(SR, dtype=np.float64, floor_db=None)
    portable = spectral.LogMel(SR, dtype=np.float64, floor_db=None, portable=True)
    np.testing.assert_allclose(portable(clips), fast(clips), atol=1e-9)


def test_uncentred_frames_pad_a_short_clip() -> None:
    power = spectral.power_spectrogram(np.ones(500), 1024, 256, np.hanning(1024), center=False)
    assert power.shape == (1, 513)
    np.testing.assert_allclose(power[0, 0], np.hanning(1024)[:500].sum() ** 2)


def test_power_to_db_keeps_dtype_and_floors() -> None:
    db = spectral.power_to_db(np.array([0.0, 1e-3, 1.0], dtype=np.float32), floor_db=-50.0)
    assert db.dtype == np.float32
    np.testing.assert_allclose(db, [-50.0, -30.0, 0.0], atol=1e-5)
