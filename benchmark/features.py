"""``python -m benchmark.features DATASET``: compute and cache MFCC, log-Mel, delta and CQT features.

Defaults are the original work's: audio at 22,050 Hz, FFT window 2048 (Hann),
hop 512, 20 MFCCs and 32 Mel bins (librosa's conventions: centred frames with
zero padding, Slaney Mel filters, power spectrogram). Features are computed in
batches (:mod:`generators.core.spectral`: numpy/scipy, float32, several threads) and
equal librosa's per-clip results:

* ``logmel``: ``librosa.power_to_db(melspectrogram(n_mels=32), ref=1.0,
  amin=1e-10, top_db=None)`` -> ``[n_clips, 32, frames]`` (dB re full scale);
* ``mfcc``: ``librosa.feature.mfcc(S=power_to_db(melspectrogram(n_mels=128),
  top_db=None), n_mfcc=20)`` -> ``[n_clips, 20, frames]``.

* ``mfcc_delta``: the MFCCs stacked with their first and second deltas,
  ``librosa.feature.delta(mfcc, width=9, order=1 / 2)`` (Savitzky-Golay,
  ``mode="interp"``) -> ``[n_clips, 3 * n_mfcc, frames]`` (rows: MFCC, delta, delta-delta);
* ``cqt``: ``librosa.amplitude_to_db(|librosa.cqt(y, hop_length=512, fmin=C1,
  n_bins=84, bins_per_octave=12)|, ref=1.0, amin=1e-5, top_db=None)`` ->
  ``[n_clips, 84, frames]`` (dB re full scale; 7 octaves from 32.7 Hz to 4.2 kHz).
  ``librosa.cqt`` itself, called on a batch (it takes ``[B, n]``): ~12x the rate
  of one clip per call, and equal to it;
* ``stft``: log-power STFT frames, ``power_to_db(|STFT|^2, ref=1.0, amin=1e-10,
  top_db=None)`` -> ``[n_clips, n_fft // 2 + 1, frames]`` (the input of the
  feature-learning model; 160 kB a clip, so never cached: computed when read).

The dB reference is fixed (1.0) and ``top_db`` is off, so each clip's
features are independent of the other clips of its batch. (Batched
``librosa.feature.mfcc(y=batch)`` applies ``top_db=80`` relative to the
loudest clip of the whole batch, which floors quiet clips; tested against.)

The cache files ``features-<key>.npz`` (MFCC and log-Mel; ``mfcc_delta`` is
derived from the cached MFCCs when read) and ``features-cqt-<key>.npz`` are keyed by the dataset
fingerprint and
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
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Sequence

import numpy as np

from generators.core import spectral
from generators.core.atomic import atomic_path, check_output
from generators.core.audio import decode_clips
from generators.core.cli import ArgumentParser, exit_with, workers_arg

from .errors import BenchmarkError, run_cli
from .task import Task, load_task

FEATURES_VERSION = 2
"""Version of the feature computation; bump to invalidate every cache."""
CACHE_ENV = "SECRET_SAUCE_CACHE"
CQT_AMIN = 1e-5
"""Amplitude floor of the CQT before dB (-100 dB re full scale)."""
KINDS = ("mfcc", "logmel", "mfcc_delta", "cqt", "stft")
"""Feature kinds; each is float32 ``[n_clips, coefficients, frames]``."""
CACHED = {"mfcc": "base", "logmel": "base", "mfcc_delta": "base", "cqt": "cqt"}
"""Kind -> the cache file group it is read from (``stft`` is never cached)."""


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
        delta_width: frames of the Savitzky-Golay window of the MFCC deltas (odd, >= 3).
        cqt_bins: constant-Q bins.
        cqt_bins_per_octave: constant-Q bins per octave.
        cqt_fmin: Hz of the lowest constant-Q bin (C1).
    """

    sample_rate: int = 22050
    n_fft: int = 2048
    hop_length: int = 512
    n_mfcc: int = 20
    n_mels: int = 32
    mfcc_n_mels: int = 128
    delta_width: int = 9
    cqt_bins: int = 84
    cqt_bins_per_octave: int = 12
    cqt_fmin: float = 32.703195662574764

    def check(self) -> None:
        """Raise :class:`BenchmarkError` for impossible settings."""
        bad = [f"--{f.name.replace('_', '-')} must be > 0" for f in dataclasses.fields(self)
               if getattr(self, f.name) <= 0]
        if self.n_mfcc > self.mfcc_n_mels:
            bad.append("--n-mfcc must be <= --mfcc-n-mels")
        if self.delta_width < 3 or self.delta_width % 2 == 0:
            bad.append("--delta-width must be odd and >= 3")
        top = self.cqt_fmin * 2 ** ((self.cqt_bins - 1) / max(1, self.cqt_bins_per_octave))
        if self.cqt_bins > 0 and self.cqt_bins_per_octave > 0 and top >= self.sample_rate / 2:
            bad.append(f"the top CQT bin ({top:.0f} Hz) must be below Nyquist "
                       f"({self.sample_rate / 2:.0f} Hz): fewer --cqt-bins or a higher --sample-rate")
        if bad:
            raise BenchmarkError(*bad)

    def frames(self, n_samples: int) -> int:
        """Frames of a clip of ``n_samples`` samples (at ``sample_rate``)."""
        return 1 + n_samples // self.hop_length


def librosa_module():
    """``librosa``, or a :class:`BenchmarkError` saying how to install it."""
    return spectral.librosa_module(BenchmarkError)


class Extractor:
    """Batched MFCC + log-Mel, built once per settings (window and Mel filters)."""

    def __init__(self, settings: FeatureSettings) -> None:
        librosa_module()
        self.s = settings
        self.window = spectral.hann(settings.n_fft)
        self.mel_t = spectral.mel_filters(settings.sample_rate, settings.n_fft,
                                          settings.n_mels)  # [freq, n_mels]
        self.mfcc_mel_t = spectral.mel_filters(settings.sample_rate, settings.n_fft,
                                               settings.mfcc_n_mels)

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
        x = self._prepare(audio, sample_rate)
        power = spectral.power_spectrogram(x, s.n_fft, s.hop_length, self.window)  # [B, T, F]
        logmel = spectral.power_to_db(spectral.mel_power(power, self.mel_t))  # [B, T, n_mels]
        mfcc = scipy.fft.dct(spectral.power_to_db(spectral.mel_power(power, self.mfcc_mel_t)),
                             type=2, norm="ortho", axis=-1)[..., : s.n_mfcc]
        return (np.ascontiguousarray(mfcc.transpose(0, 2, 1), dtype=np.float32),
                np.ascontiguousarray(logmel.transpose(0, 2, 1), dtype=np.float32))


    def _prepare(self, audio: np.ndarray, sample_rate: int | None) -> np.ndarray:
        """float32 ``[n_clips, n_samples]`` at the settings' rate (resampled when needed)."""
        x = np.asarray(audio, dtype=np.float32)
        if x.ndim == 1:
            x = x[None]
        if sample_rate is not None and sample_rate != self.s.sample_rate:
            x = librosa_module().resample(x, orig_sr=sample_rate, target_sr=self.s.sample_rate,
                                          axis=-1)
        return x

    def features(self, audio: np.ndarray, sample_rate: int | None = None,
                 kinds: Sequence[str] = ("mfcc", "logmel")) -> dict[str, np.ndarray]:
        """Features ``kinds`` (see :data:`KINDS`) of a batch.

        Args:
            audio: float32 ``[n_clips, n_samples]``.
            sample_rate: Hz of ``audio``; resampled (once) when it is not the settings'.

        Returns:
            kind -> float32 ``[n_clips, coefficients, frames]``.
        """
        check_kinds(kinds)
        s = self.s
        x = self._prepare(audio, sample_rate)
        out: dict[str, np.ndarray] = {}
        if {"mfcc", "logmel", "mfcc_delta"} & set(kinds):
            out["mfcc"], out["logmel"] = self(x)
        if "mfcc_delta" in kinds:
            out["mfcc_delta"] = mfcc_deltas(out["mfcc"], s.delta_width)
        if "cqt" in kinds:
            out["cqt"] = self.cqt(x)
        if "stft" in kinds:
            power = spectral.power_spectrogram(x, s.n_fft, s.hop_length, self.window)
            out["stft"] = np.ascontiguousarray(spectral.power_to_db(power).transpose(0, 2, 1),
                                               dtype=np.float32)
        return {k: out[k] for k in kinds}

    def cqt(self, x: np.ndarray) -> np.ndarray:
        """``librosa.cqt`` of a batch float32 ``[B, n]`` (at the settings' rate) in dB re 1.0
        -> float32 ``[B, cqt_bins, frames]``."""
        librosa = librosa_module()
        s = self.s
        try:
            c = librosa.cqt(x, sr=s.sample_rate, hop_length=s.hop_length, fmin=s.cqt_fmin,
                            n_bins=s.cqt_bins, bins_per_octave=s.cqt_bins_per_octave)
        except librosa.util.exceptions.ParameterError as e:
            raise BenchmarkError(f"CQT settings refused by librosa: {e}") from None
        return cqt_db(np.abs(c))


def check_kinds(kinds: Sequence[str]) -> None:
    """Raise :class:`BenchmarkError` for an unknown feature kind."""
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise BenchmarkError(f"unknown feature kind {', '.join(map(repr, bad))}; "
                             f"known: {', '.join(KINDS)}")


def mfcc_deltas(mfcc: np.ndarray, width: int = 9) -> np.ndarray:
    """MFCCs ``[B, n_mfcc, frames]`` stacked with their first and second deltas
    (``librosa.feature.delta``, over frames) -> float32 ``[B, 3 * n_mfcc, frames]``."""
    librosa = librosa_module()
    d1 = librosa.feature.delta(mfcc, width=width, order=1, axis=-1)
    d2 = librosa.feature.delta(mfcc, width=width, order=2, axis=-1)
    return np.ascontiguousarray(np.concatenate([mfcc, d1, d2], axis=1), dtype=np.float32)


def cqt_db(magnitude: np.ndarray) -> np.ndarray:
    """``librosa.amplitude_to_db(magnitude, ref=1.0, amin=1e-5, top_db=None)``, float32."""
    return (20.0 * np.log10(np.maximum(magnitude, CQT_AMIN))).astype(np.float32)


@dataclass
class FeatureSet:
    """Features of every clip of a dataset, rows in id order (row ``i`` = id ``i``).

    Attributes:
        arrays: kind -> float32 ``[n, coefficients, frames]`` (the kinds asked for;
            :meth:`get` derives ``mfcc_delta`` from ``mfcc`` when needed).
        settings: what they are.
        fingerprint: the dataset's.
        path: the first cache file (``None`` when not cached).
        cached: every group was read from the cache rather than computed.
        seconds: time taken to compute or read.
        paths: cache group (``base``, ``cqt``) -> its file.
    """

    arrays: dict[str, np.ndarray]
    settings: FeatureSettings
    fingerprint: str
    path: Path | None = None
    cached: bool = False
    seconds: float = 0.0
    paths: dict[str, Path] = dataclasses.field(default_factory=dict)

    def get(self, kind: str) -> np.ndarray:
        """float32 ``[n, coefficients, frames]`` of ``kind``."""
        if kind not in self.arrays and kind == "mfcc_delta" and "mfcc" in self.arrays:
            self.arrays[kind] = mfcc_deltas(self.arrays["mfcc"], self.settings.delta_width)
        if kind not in self.arrays:
            raise BenchmarkError(f"feature kind {kind!r} was not loaded (have: "
                                 f"{', '.join(self.arrays)})")
        return self.arrays[kind]

    @property
    def mfcc(self) -> np.ndarray:
        """float32 ``[n, n_mfcc, frames]``."""
        return self.get("mfcc")

    @property
    def logmel(self) -> np.ndarray:
        """float32 ``[n, n_mels, frames]`` (dB re full scale)."""
        return self.get("logmel")


def compute(task: Task, settings: FeatureSettings = FeatureSettings(), batch_size: int = 128,
            workers: int = 2, progress: bool = True, kinds: Sequence[str] = ("mfcc", "logmel"),
            ids: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """Features ``kinds`` of the clips ``ids`` of ``task`` (default every id, in id order),
    in batches over ``workers`` threads -> kind -> float32 ``[len(ids), coefficients, frames]``."""
    from tqdm import tqdm

    settings.check()
    check_kinds(kinds)
    extractor = Extractor(settings)
    ids = task.ids if ids is None else np.asarray(ids, dtype=np.int64)
    n = len(ids)
    n_samples = int(round(task.n_samples * settings.sample_rate / task.sample_rate))
    probe = extractor.features(np.zeros((1, n_samples), np.float32), None, kinds)
    out = {k: np.empty((n, *v.shape[1:]), np.float32) for k, v in probe.items()}
    starts = list(range(0, n, max(1, batch_size)))

    def job(start: int) -> int:
        rows = slice(start, min(n, start + batch_size))
        audio = decode_clips(task.audio_bytes(ids[rows]), task.n_samples)
        for k, v in extractor.features(audio, task.sample_rate, kinds).items():
            out[k][rows] = v
        return rows.stop - rows.start

    with tqdm(total=n, unit="clip", desc="features", disable=not progress,
              dynamic_ncols=True) as bar, _one_blas_thread():
        if workers <= 1:
            for start in starts:
                bar.update(job(start))
        else:
            with ThreadPoolExecutor(workers) as pool:
                for done in pool.map(job, starts):
                    bar.update(done)
    return out


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
GROUPS = {"base": ("mfcc", "logmel"), "cqt": ("cqt",)}
"""Cache file group -> the kinds it stores."""


def cache_key(fingerprint: str, settings: FeatureSettings, group: str = "base") -> str:
    """Key of a cache file: dataset fingerprint + settings + group + code version."""
    return hashlib.sha256(_key_json(fingerprint, settings, group).encode()).hexdigest()[:24]


def _key_json(fingerprint: str, settings: FeatureSettings, group: str = "base") -> str:
    return json.dumps({"fingerprint": fingerprint, "settings": dataclasses.asdict(settings),
                       "features_version": FEATURES_VERSION, "group": group}, sort_keys=True)


def cache_file(folder: Path, fingerprint: str, settings: FeatureSettings, group: str) -> Path:
    """``features-<key>.npz`` (group ``base``) or ``features-<group>-<key>.npz``."""
    tag = "" if group == "base" else f"{group}-"
    return folder / f"features-{tag}{cache_key(fingerprint, settings, group)}.npz"


def feature_fingerprint(settings: FeatureSettings) -> str:
    """sha256 (hex) of the feature computation: the settings and :data:`FEATURES_VERSION`.

    A saved model records it; features computed with other settings or code are refused.
    """
    text = json.dumps({"settings": dataclasses.asdict(settings),
                       "features_version": FEATURES_VERSION}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def cache_folder(task: Task, cache_dir: str | Path | None = None) -> Path:
    """Where ``task``'s features are cached (see the module docs)."""
    return cache_folder_of(task.source, task.name, cache_dir)


def cache_folder_of(source: str, name: str, cache_dir: str | Path | None = None) -> Path:
    """Cache folder of the dataset ``source`` (a folder or Hub id) called ``name``."""
    safe = name.replace("/", "__")
    if cache_dir is not None:
        return Path(cache_dir).expanduser() / safe
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser() / safe
    src = Path(source)
    if src.is_dir():
        return src.parent / f"{src.name}.cache"
    return Path.home() / ".cache" / "secret-sauce" / safe


def load_features(task: Task, settings: FeatureSettings = FeatureSettings(),
                  cache_dir: str | Path | None = None, batch_size: int = 128, workers: int = 2,
                  progress: bool = True, recompute: bool = False,
                  kinds: Sequence[str] = ("mfcc", "logmel")) -> FeatureSet:
    """The features ``kinds`` of ``task``: each cache group from the cache when it holds
    exactly these (dataset fingerprint + settings), else computed and written to it.

    A dataset without a fingerprint is never cached; ``stft`` never is (160 kB a clip).
    """
    settings.check()
    check_kinds(kinds)
    t0 = time.perf_counter()
    fp = task.fingerprint
    folder = cache_folder(task, cache_dir)
    if fp and Path(task.source).is_dir():
        check_output(folder, {"dataset": Path(task.source)}, "feature cache")
    groups = sorted({CACHED[k] for k in kinds if k in CACHED})
    arrays: dict[str, np.ndarray] = {}
    paths: dict[str, Path] = {}
    all_cached = True
    for group in groups:
        path = cache_file(folder, fp, settings, group) if fp else None
        key = _key_json(fp, settings, group)
        got = None if recompute or path is None else _read_cache(path, key, GROUPS[group], task.n)
        if got is None:
            all_cached = False
            got = compute(task, settings, batch_size, workers, progress, GROUPS[group])
            path = write_npz_atomic(path, got, key) if path is not None else None
        arrays |= got
        if path is not None:
            paths[group] = path
    if "stft" in kinds:
        all_cached = False
        arrays |= compute(task, settings, batch_size, workers, progress, ("stft",))
    fs = FeatureSet(arrays, settings, fp, next(iter(paths.values()), None), all_cached,
                    0.0, paths)
    for k in kinds:
        fs.get(k)
    fs.seconds = time.perf_counter() - t0
    return fs


def _read_cache(path: Path, key: str, kinds: Sequence[str], n: int) -> dict[str, np.ndarray] | None:
    """The arrays of a cache file holding ``key`` with ``n`` rows, else ``None``."""
    if not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as z:
            if str(z["key"]) == key and all(z[k].shape[0] == n for k in kinds):
                return {k: z[k] for k in kinds}
    except (OSError, ValueError, KeyError):
        pass  # unreadable or foreign file: recompute and replace
    return None


def write_npz_atomic(path: Path, arrays: dict[str, np.ndarray], key: str) -> Path | None:
    """Write ``arrays`` and ``key`` to ``path`` atomically (temp + rename); ``None`` (with a
    note on stderr) if the folder is not writable."""
    try:  # per-thread temp name; np.savez insists on the .npz suffix
        with atomic_path(path, tag=f"{threading.get_ident()}.npz") as tmp:
            np.savez(tmp, key=np.array(key), **arrays)
    except OSError as e:
        print(f"note: features not cached ({path.parent}: {e.strerror or e})", file=sys.stderr)
        return None
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
    p.add_argument("--delta-width", type=int, default=d.delta_width,
                   help=f"frames of the MFCC delta window, odd (default {d.delta_width})")
    p.add_argument("--cqt-bins", type=int, default=d.cqt_bins,
                   help=f"constant-Q bins (default {d.cqt_bins})")
    p.add_argument("--cqt-bins-per-octave", type=int, default=d.cqt_bins_per_octave,
                   help=f"constant-Q bins per octave (default {d.cqt_bins_per_octave})")
    p.add_argument("--cqt-fmin", type=float, default=d.cqt_fmin,
                   help=f"Hz of the lowest constant-Q bin (default {d.cqt_fmin:.2f}, C1)")


def settings_from_args(args: argparse.Namespace) -> FeatureSettings:
    return FeatureSettings(args.sample_rate, args.n_fft, args.hop_length, args.n_mfcc,
                           args.n_mels, args.mfcc_n_mels, args.delta_width, args.cqt_bins,
                           args.cqt_bins_per_octave, args.cqt_fmin)


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog="python -m benchmark.features",
        description="Compute MFCC, log-Mel (and, asked for, MFCC+deltas and CQT) features of "
                    "every clip of a dataset (batched, "
                    "with a progress bar) and cache them, keyed by the dataset fingerprint and "
                    "the settings.",
    )
    p.add_argument("dataset", help="dataset folder or Hugging Face Hub id")
    add_settings_args(p)
    p.add_argument("--kinds", nargs="+", default=["mfcc", "logmel"],
                   choices=[k for k in KINDS if k in CACHED],
                   help="feature kinds to compute and cache (default: mfcc logmel)")
    p.add_argument("--batch-size", type=int, default=128, help="clips per batch (default 128)")
    p.add_argument("--workers", type=workers_arg, default=min(2, os.cpu_count() or 1),
                   help="threads (default 2)")
    p.add_argument("--cache-dir", type=Path,
                   help=f"cache root (default: beside the dataset, or ${CACHE_ENV}, "
                        "or ~/.cache/secret-sauce for Hub ids)")
    p.add_argument("--recompute", action="store_true", help="ignore an existing cache file")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.batch_size <= 0:
        raise BenchmarkError("--batch-size must be > 0")
    settings = settings_from_args(args)
    settings.check()
    task = load_task(args.dataset, progress=not args.no_progress)
    fs = load_features(task, settings, args.cache_dir, args.batch_size, args.workers,
                       progress=not args.no_progress, recompute=args.recompute, kinds=args.kinds)
    how = "read from cache" if fs.cached else f"computed, {task.n / fs.seconds:.0f} clips/s"
    shapes = ", ".join(f"{k} {list(fs.get(k).shape)}" for k in args.kinds)
    where = ", ".join(str(p) for p in fs.paths.values()) or "not cached"
    print(f"{task.name}: {shapes} float32 ({how}, {fs.seconds:.1f} s) -> {where}")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
