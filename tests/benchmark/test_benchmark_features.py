"""Features: batched == librosa per clip, the cache and its invalidation, the CLI."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import librosa
import numpy as np
import pytest

from benchmark import features as feat
from benchmark.errors import run_cli
from benchmark.features import Extractor, FeatureSettings, load_features


def librosa_per_clip(clip: np.ndarray, sr: int, s: FeatureSettings) -> tuple[np.ndarray, np.ndarray]:
    """The reference: librosa on one clip, dB re 1.0 without top_db."""
    kw = dict(sr=sr, n_fft=s.n_fft, hop_length=s.hop_length)
    mel = librosa.feature.melspectrogram(y=clip, n_mels=s.n_mels, **kw)
    logmel = librosa.power_to_db(mel, ref=1.0, amin=1e-10, top_db=None)
    mel128 = librosa.feature.melspectrogram(y=clip, n_mels=s.mfcc_n_mels, **kw)
    mfcc = librosa.feature.mfcc(S=librosa.power_to_db(mel128, ref=1.0, amin=1e-10, top_db=None),
                                n_mfcc=s.n_mfcc)
    return mfcc, logmel


def test_batched_equals_per_clip(task) -> None:
    s = FeatureSettings()
    audio = task.audio(range(6))
    loud = int(np.argmax(np.abs(audio).max(axis=1)))
    batch = np.concatenate([audio, audio[loud:loud + 1] * 1e-3, np.zeros((1, task.n_samples),
                                                                         np.float32)])
    mfcc, logmel = Extractor(s)(batch, task.sample_rate)
    assert mfcc.shape == (8, 20, 39)
    assert logmel.shape == (8, 32, 39)
    for k, clip in enumerate(batch):
        ref_mfcc, ref_logmel = librosa_per_clip(clip, task.sample_rate, s)
        np.testing.assert_allclose(logmel[k], ref_logmel, atol=2e-3, rtol=1e-4)
        np.testing.assert_allclose(mfcc[k], ref_mfcc, atol=2e-2, rtol=1e-4)
        one_mfcc, one_logmel = Extractor(s)(clip[None], task.sample_rate)
        np.testing.assert_allclose(one_logmel[0], logmel[k], atol=1e-4)
        np.testing.assert_allclose(one_mfcc[0], mfcc[k], atol=1e-3)
    # the trap this avoids: librosa's batched mfcc floors quiet clips (top_db=80 of the batch)
    trap = librosa.feature.mfcc(y=batch, sr=task.sample_rate, n_mfcc=20, n_fft=2048, hop_length=512)
    quiet_ref, _ = librosa_per_clip(batch[6], task.sample_rate, s)
    assert np.abs(trap[6] - quiet_ref).max() > 10 * np.abs(mfcc[6] - quiet_ref).max() + 1


def test_resampling_and_settings(task) -> None:
    s = FeatureSettings(sample_rate=16000, n_fft=1024, hop_length=256, n_mfcc=13, n_mels=40)
    mfcc, logmel = Extractor(s)(task.audio([0]), task.sample_rate)
    assert mfcc.shape[1] == 13
    assert logmel.shape[1] == 40
    assert logmel.shape[2] == s.frames(int(round(task.n_samples * 16000 / task.sample_rate)))


def test_cache_reuse_and_invalidation(task, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = load_features(task, cache_dir=cache, workers=2, batch_size=16, progress=False)
    assert not first.cached
    assert first.path is not None
    assert first.path.exists()
    assert first.mfcc.shape == (task.n, 20, 39)
    np.testing.assert_allclose(first.logmel[:3], Extractor(FeatureSettings())(
        task.audio(range(3)), task.sample_rate)[1], atol=1e-5)
    again = load_features(task, cache_dir=cache, progress=False)
    assert again.cached
    assert again.path == first.path
    assert np.array_equal(again.mfcc, first.mfcc)
    assert np.array_equal(again.logmel, first.logmel)
    # a changed setting never reuses the cache
    other = load_features(task, FeatureSettings(n_mels=16), cache_dir=cache, progress=False)
    assert not other.cached
    assert other.path != first.path
    assert other.logmel.shape[1] == 16
    # another dataset fingerprint gives another key
    s = FeatureSettings()
    assert feat.cache_key("a" * 64, s) != feat.cache_key("b" * 64, s)
    assert feat.cache_key("a" * 64, s) != feat.cache_key("a" * 64, dataclasses.replace(s, hop_length=256))
    # a file at the key's path that holds something else is recomputed, not trusted
    np.savez(first.path, mfcc=np.zeros((task.n, 20, 39), np.float32),
             logmel=np.zeros((task.n, 32, 39), np.float32), key=np.array("stale"))
    fresh = load_features(task, cache_dir=cache, progress=False)
    assert not fresh.cached
    np.testing.assert_allclose(fresh.mfcc, first.mfcc, atol=1e-3)  # other batch size: BLAS rounding


def test_cache_location(task, tmp_path: Path, monkeypatch) -> None:
    src = Path(task.source)
    monkeypatch.delenv(feat.CACHE_ENV, raising=False)
    assert feat.cache_folder(task) == src.parent / f"{src.name}.cache"
    monkeypatch.setenv(feat.CACHE_ENV, str(tmp_path))
    assert feat.cache_folder(task) == tmp_path / src.name
    assert feat.cache_folder(task, tmp_path / "x") == tmp_path / "x" / src.name


def test_cli(task, tmp_path: Path, capsys) -> None:
    args = [task.source, "--cache-dir", str(tmp_path), "--no-progress", "--n-mels", "24"]
    assert run_cli(feat.main, args) == 0
    assert "logmel [60, 24, 39]" in capsys.readouterr().out
    assert run_cli(feat.main, args) == 0
    assert "read from cache" in capsys.readouterr().out
    assert run_cli(feat.main, [task.source, "--n-mels", "0", "--no-progress"]) == 2
    assert "--n-mels must be > 0" in capsys.readouterr().err


def test_mfcc_delta_and_cqt_equal_librosa_per_clip(task) -> None:
    """Tolerances: deltas 2e-2 (they inherit the MFCC's, whose float32 log of a 2048-point
    FFT differs from librosa's by up to ~1e-2); CQT 1e-3 dB (librosa.cqt itself, batched)."""
    s = FeatureSettings()
    audio = task.audio(range(4))
    batch = np.concatenate([audio, audio[:1] * 1e-3])
    got = Extractor(s).features(batch, task.sample_rate, ("mfcc_delta", "cqt"))
    assert list(got) == ["mfcc_delta", "cqt"]
    assert got["mfcc_delta"].shape == (5, 60, 39)
    assert got["cqt"].shape == (5, 84, 39)
    for k, clip in enumerate(batch):
        ref_mfcc, _ = librosa_per_clip(clip, task.sample_rate, s)
        ref = np.concatenate([ref_mfcc, librosa.feature.delta(ref_mfcc, order=1),
                              librosa.feature.delta(ref_mfcc, order=2)])
        np.testing.assert_allclose(got["mfcc_delta"][k], ref, atol=2e-2, rtol=1e-4)
        c = librosa.cqt(clip, sr=task.sample_rate, hop_length=512, fmin=librosa.note_to_hz("C1"),
                        n_bins=84, bins_per_octave=12)
        ref_cqt = librosa.amplitude_to_db(np.abs(c), ref=1.0, amin=1e-5, top_db=None)
        np.testing.assert_allclose(got["cqt"][k], ref_cqt, atol=1e-3)
    # the quiet copy is 60 dB down in every bin above the floor: no batch-relative scaling
    loud = got["cqt"][0] > -40
    np.testing.assert_allclose(got["cqt"][4][loud], got["cqt"][0][loud] - 60, atol=0.05)


def test_new_kinds_cached_and_checked(task, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = load_features(task, cache_dir=cache, progress=False, kinds=("mfcc_delta", "cqt"))
    assert not first.cached
    assert set(first.paths) == {"base", "cqt"}
    assert first.get("mfcc_delta").shape == (task.n, 60, 39)
    assert first.get("cqt").shape[1] == 84
    np.testing.assert_array_equal(first.get("mfcc_delta")[:, :20], first.mfcc)
    again = load_features(task, cache_dir=cache, progress=False, kinds=("cqt",))
    assert again.cached
    assert np.array_equal(again.get("cqt"), first.get("cqt"))
    assert feat.cache_key("a" * 64, FeatureSettings(), "cqt") != feat.cache_key("a" * 64, FeatureSettings())
    stft = load_features(task, cache_dir=cache, progress=False, kinds=("stft",))
    assert stft.get("stft").shape == (task.n, 1025, 39)
    assert not stft.cached
    assert not stft.paths
    with pytest.raises(feat.BenchmarkError, match="unknown feature kind 'chroma'"):
        load_features(task, cache_dir=cache, progress=False, kinds=("chroma",))
    with pytest.raises(feat.BenchmarkError, match="below Nyquist"):
        FeatureSettings(cqt_bins=120).check()
    with pytest.raises(feat.BenchmarkError, match="delta-width"):
        FeatureSettings(delta_width=4).check()
