"""``python -m benchmark.features DATASET``: compute and cache MFCC and log-Mel features.

Defaults are the original work's: audio at 22,050 Hz, FFT window 2048 (Hann),
hop 512, 20 MFCCs and 32 Mel bins (librosa's conventions: centred frames with
zero padding, Slaney Mel filters, power spectrogram). Features are computed in
batches (numpy/scipy, float32, several threads) and equal librosa's per-clip
results:

* ``logmel``: ``librosa.power_to_db(melspectrogram(n_mels=32), ref=1.0,
  amin=1e-10, top_db=None)`` -> ``[n_clips, 32, frames]`` (dB re full scale);
* ``mfcc``: ``librosa.feature.mfcc(S=power_to_db(melspectrogram(n_mels=128),
  top_db=None), n_mfcc=20)`` -> ``[n_clips, 20, frames]``.

The dB reference is fixed (1.0) and ``top_db`` is off, so each clip's
features are independent of the other clips of its batch. (Batched
``librosa.feature.mfcc(y=batch)`` applies ``top_db=80`` relative to the
loudest clip of the whole batch, which floors quiet clips; tested against.)

The cache file ``features-<key>.npz`` is keyed by the dataset fingerprint and
the feature settings; it lives in ``<dataset folder>.cache/`` beside a local
dataset, in ``~/.cache/secret-sauce/<org>__<name>/`` for a Hub id, or under
``$SECRET_SAUCE_CACHE`` / ``--cache-dir`` when given.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from .errors import BenchmarkError, run_cli
from .task import Task, decode_clips, load_task

FEATURES_VERSION = 1
"""Version of the feature computation; bump to invalidate every cache."""
CACHE_ENV = "SECRET_SAUCE_CACHE"
AMIN = 1e-10
"""Power floor before dB (-100 dB re full scale)."""


@dataclass(frozen=True)
class FeatureSettings:
    """What the features are (every field is part of the cache key).

    Attributes:
        sample_rate: Hz the audio is analysed at (resampled when the dataset's differs).
        n_fft: FFT window (Hann), samples.
        hop_length: hop between frames, samples.
        n_mfcc: MFCCs kept.
        n_mels: Mel bins of the ``logmel`` feature.
        mfcc_n_mels: Mel bands the MFCCs are computed from (librosa's default, 128).
    """

    sample_rate: int = 22050
    n_fft: int = 2048
    hop_length: int = 512
    n_mfcc: int = 20
    n_mels: int = 32
    mfcc_n_mels: int = 128

    def check(self) -> None:
        """Raise :class:`BenchmarkError` for impossible settings."""
        bad = [f"--{f.name.replace('_', '-')} must be > 0" for f in dataclasses.fields(self)
               if getattr(self, f.name) <= 0]
        if self.n_mfcc > self.mfcc_n_mels:
            bad.append("--n-mfcc must be <= --mfcc-n-mels")
        if bad:
            raise BenchmarkError(*bad)

    def frames(self, n_samples: int) -> int:
        """Frames of a clip of ``n_samples`` samples (at ``sample_rate``)."""
        return 1 + n_samples // self.hop_length


def librosa_module():
    """``librosa``, or a :class:`BenchmarkError` saying how to install it."""
    try:
        import librosa
        import scipy.fft  # noqa: F401
    except ImportError as e:
        raise BenchmarkError(f"benchmark features and audio metrics need librosa and scipy "
                             f"({e}): pip install 'secret-sauce[benchmark]'") from None
    return librosa


class Extractor:
    """Batched MFCC + log-Mel, built once per settings (window and Mel filters)."""

    def __init__(self, settings: FeatureSettings) -> None:
        librosa = librosa_module()
        self.s = settings
        self.window = librosa.filters.get_window("hann", settings.n_fft, fftbins=True) \
            .astype(np.float32)
        mel = lambda m: librosa.filters.mel(sr=settings.sample_rate, n_fft=settings.n_fft,  # noqa: E731
                                            n_mels=m).astype(np.float32)
        self.mel_t = np.ascontiguousarray(mel(settings.n_mels).T)  # [freq, n_mels]
        self.mfcc_mel_t = np.ascontiguousarray(mel(settings.mfcc_n_mels).T)

    def __call__(self, audio: np.ndarray, sample_rate: int | None = None
                 ) -> tuple[np.ndarray, np.ndarray]:
        """Features of a batch.

        Args:
            audio: float32 ``[n_clips, n_samples]``.
            sample_rate: Hz of ``audio``; resampled when it is not the settings'.

        Returns:
            ``(mfcc [n_clips, n_mfcc, frames], logmel [n_clips, n_mels, frames])``, float32.
        """
        import scipy.fft

        s = self.s
        x = np.asarray(audio, dtype=np.float32)
        if x.ndim == 1:
            x = x[None]
        if sample_rate is not None and sample_rate != s.sample_rate:
            x = librosa_module().resample(x, orig_sr=sample_rate, target_sr=s.sample_rate, axis=-1)
        power = power_spectrogram(x, s.n_fft, s.hop_length, self.window)  # [B, T, F]
        flat = power.reshape(-1, power.shape[-1])  # one 2-D product: far faster than batched 3-D
        logmel = _db(flat @ self.mel_t).reshape(*power.shape[:2], -1)  # [B, T, n_mels]
        mfcc = scipy.fft.dct(_db(flat @ self.mfcc_mel_t), type=2, norm="ortho",
                             axis=-1)[..., : s.n_mfcc].reshape(*power.shape[:2], -1)
        return (np.ascontiguousarray(mfcc.transpose(0, 2, 1), dtype=np.float32),
                np.ascontiguousarray(logmel.transpose(0, 2, 1), dtype=np.float32))


def power_spectrogram(x: np.ndarray, n_fft: int, hop_length: int,
                      window: np.ndarray) -> np.ndarray:
    """``|STFT|^2`` of a batch float32 ``[B, n]`` -> ``[B, frames, n_fft // 2 + 1]``:
    librosa's framing (centred, zero padding), ``window`` of length ``n_fft``."""
    import scipy.fft

    half = n_fft // 2
    xp = np.pad(np.asarray(x, dtype=np.float32), ((0, 0), (half, half)))
    frames = np.lib.stride_tricks.sliding_window_view(xp, n_fft, axis=-1)[:, ::hop_length]
    spec = scipy.fft.rfft(frames * window, axis=-1)
    return spec.real ** 2 + spec.imag ** 2


def _db(power: np.ndarray) -> np.ndarray:
    """``librosa.power_to_db(power, ref=1.0, amin=1e-10, top_db=None)``."""
    return 10.0 * np.log10(np.maximum(power, AMIN, dtype=np.float32))


@dataclass
class FeatureSet:
    """Features of every clip of a dataset, rows in id order (row ``i`` = id ``i``).

    Attributes:
        mfcc: float32 ``[n, n_mfcc, frames]``.
        logmel: float32 ``[n, n_mels, frames]`` (dB re full scale).
        settings: what they are.
        fingerprint: the dataset's.
        path: the cache file (``None`` when not cached).
        cached: read from the cache rather than computed.
        seconds: time taken to compute or read.
    """

    mfcc: np.ndarray
    logmel: np.ndarray
    settings: FeatureSettings
    fingerprint: str
    path: Path | None = None
    cached: bool = False
    seconds: float = 0.0


def compute(task: Task, settings: FeatureSettings = FeatureSettings(), batch_size: int = 128,
            workers: int = 2, progress: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Features of every clip of ``task`` (id order), in batches over ``workers`` threads."""
    from tqdm import tqdm

    settings.check()
    extractor = Extractor(settings)
    n = task.n
    frames = settings.frames(int(round(task.n_samples * settings.sample_rate / task.sample_rate)))
    mfcc = np.empty((n, settings.n_mfcc, frames), np.float32)
    logmel = np.empty((n, settings.n_mels, frames), np.float32)
    starts = list(range(0, n, max(1, batch_size)))

    def job(start: int) -> int:
        ids = np.arange(start, min(n, start + batch_size))
        audio = decode_clips(task.audio_bytes(ids), task.n_samples)
        mfcc[ids], logmel[ids] = extractor(audio, task.sample_rate)
        return len(ids)

    with tqdm(total=n, unit="clip", desc="features", disable=not progress,
              dynamic_ncols=True) as bar, _one_blas_thread():
        if workers <= 1:
            for start in starts:
                bar.update(job(start))
        else:
            with ThreadPoolExecutor(workers) as pool:
                for done in pool.map(job, starts):
                    bar.update(done)
    return mfcc, logmel


def _one_blas_thread():
    """BLAS on one thread while we parallelise over batches ourselves (a 2-thread BLAS
    under 2 worker threads oversubscribes the cores: ~1.5x slower). Uses threadpoolctl
    when installed (it comes with scikit-learn); otherwise a no-op."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        import contextlib

        return contextlib.nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


# ------------------------------------------------------------------- cache
def cache_key(fingerprint: str, settings: FeatureSettings) -> str:
    """Key of a cache file: dataset fingerprint + settings + code version."""
    return hashlib.sha256(_key_json(fingerprint, settings).encode()).hexdigest()[:24]


def _key_json(fingerprint: str, settings: FeatureSettings) -> str:
    return json.dumps({"fingerprint": fingerprint, "settings": dataclasses.asdict(settings),
                       "features_version": FEATURES_VERSION}, sort_keys=True)


def feature_fingerprint(settings: FeatureSettings) -> str:
    """sha256 (hex) of the feature computation: the settings and :data:`FEATURES_VERSION`.

    A saved model records it; features computed with other settings or code are refused.
    """
    text = json.dumps({"settings": dataclasses.asdict(settings),
                       "features_version": FEATURES_VERSION}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def cache_folder(task: Task, cache_dir: str | Path | None = None) -> Path:
    """Where ``task``'s features are cached (see the module docs)."""
    safe = task.name.replace("/", "__")
    if cache_dir is not None:
        return Path(cache_dir).expanduser() / safe
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser() / safe
    src = Path(task.source)
    if src.is_dir():
        return src.parent / f"{src.name}.cache"
    return Path.home() / ".cache" / "secret-sauce" / safe


def load_features(task: Task, settings: FeatureSettings = FeatureSettings(),
                  cache_dir: str | Path | None = None, batch_size: int = 128, workers: int = 2,
                  progress: bool = True, recompute: bool = False) -> FeatureSet:
    """The features of ``task``: from the cache when it holds exactly these
    (dataset fingerprint + settings), else computed and written to it.

    A dataset without a fingerprint is never cached.
    """
    settings.check()
    t0 = time.perf_counter()
    fp = task.fingerprint
    path = cache_folder(task, cache_dir) / f"features-{cache_key(fp, settings)}.npz" if fp else None
    if path is not None and path.exists() and not recompute:
        try:
            with np.load(path, allow_pickle=False) as z:
                if str(z["key"]) == _key_json(fp, settings) and z["mfcc"].shape[0] == task.n:
                    return FeatureSet(z["mfcc"], z["logmel"], settings, fp, path, True,
                                      time.perf_counter() - t0)
        except (OSError, ValueError, KeyError):
            pass  # unreadable or foreign file: recompute and replace
    mfcc, logmel = compute(task, settings, batch_size, workers, progress)
    if path is not None:
        path = _write_cache(path, mfcc, logmel, _key_json(fp, settings))
    return FeatureSet(mfcc, logmel, settings, fp, path, False, time.perf_counter() - t0)


def _write_cache(path: Path, mfcc: np.ndarray, logmel: np.ndarray, key: str) -> Path | None:
    """Write atomically (temp + rename); ``None`` (with a note) if the folder is not writable."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}.npz")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(tmp, mfcc=mfcc, logmel=logmel, key=np.array(key))
        os.replace(tmp, path)
    except OSError as e:
        print(f"note: features not cached ({path.parent}: {e.strerror or e})", file=sys.stderr)
        return None
    finally:
        tmp.unlink(missing_ok=True)
    return path


# --------------------------------------------------------------------- CLI
def add_settings_args(p: argparse.ArgumentParser) -> None:
    d = FeatureSettings()
    p.add_argument("--sample-rate", type=int, default=d.sample_rate,
                   help=f"analysis sample rate, Hz (default {d.sample_rate})")
    p.add_argument("--n-fft", type=int, default=d.n_fft, help=f"FFT window (default {d.n_fft})")
    p.add_argument("--hop-length", type=int, default=d.hop_length,
                   help=f"hop between frames (default {d.hop_length})")
    p.add_argument("--n-mfcc", type=int, default=d.n_mfcc, help=f"MFCCs (default {d.n_mfcc})")
    p.add_argument("--n-mels", type=int, default=d.n_mels,
                   help=f"Mel bins of the log-Mel feature (default {d.n_mels})")
    p.add_argument("--mfcc-n-mels", type=int, default=d.mfcc_n_mels,
                   help=f"Mel bands the MFCCs are computed from (default {d.mfcc_n_mels})")


def settings_from_args(args: argparse.Namespace) -> FeatureSettings:
    return FeatureSettings(args.sample_rate, args.n_fft, args.hop_length, args.n_mfcc,
                           args.n_mels, args.mfcc_n_mels)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m benchmark.features",
        description="Compute MFCC and log-Mel features of every clip of a dataset (batched, "
                    "with a progress bar) and cache them, keyed by the dataset fingerprint and "
                    "the settings.",
    )
    p.add_argument("dataset", help="dataset folder or Hugging Face Hub id")
    add_settings_args(p)
    p.add_argument("--batch-size", type=int, default=128, help="clips per batch (default 128)")
    p.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1),
                   help="threads (default 2)")
    p.add_argument("--cache-dir", type=Path,
                   help=f"cache root (default: beside the dataset, or ${CACHE_ENV}, "
                        "or ~/.cache/secret-sauce for Hub ids)")
    p.add_argument("--recompute", action="store_true", help="ignore an existing cache file")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.batch_size <= 0 or args.workers <= 0:
        raise BenchmarkError("--batch-size and --workers must be > 0")
    settings = settings_from_args(args)
    settings.check()
    task = load_task(args.dataset, progress=not args.no_progress)
    fs = load_features(task, settings, args.cache_dir, args.batch_size, args.workers,
                       progress=not args.no_progress, recompute=args.recompute)
    how = "read from cache" if fs.cached else f"computed, {task.n / fs.seconds:.0f} clips/s"
    print(f"{task.name}: mfcc {list(fs.mfcc.shape)}, logmel {list(fs.logmel.shape)} float32 "
          f"({how}, {fs.seconds:.1f} s) -> {fs.path or 'not cached'}")
    return 0


if __name__ == "__main__":
    sys.exit(run_cli(main))
