"""Training data at scale: features streamed shard by shard, in flat memory.

A :class:`ShardStream` reads a local dataset folder (as written by
``generators.render``) one Parquet shard at a time: it decodes the shard's
audio, computes one feature kind (``benchmark.features``) and encodes the
labels (:class:`baselines.targets.TargetLayout`), keeps the rows of the ids it
was asked for and hands them on; only one or two shards are in memory at any
time, whatever the number of clips. Cacheable kinds (``mfcc``, ``logmel``,
``mfcc_delta``, ``cqt``) are written per shard into the dataset's feature
cache folder (``<folder>.cache/shards/``) on the first pass, so later epochs
read them instead of computing them; ``stft`` (160 kB a clip) is computed on
every pass.

Training sets: a benchmark's own train split is small (8,000 clips for a
10,000-clip benchmark). :func:`render_training_set` renders more clips of the
same instrument and sampler with another seed (so no clip is one of the
benchmark's) into a reusable folder; in such a folder every id is training
data except the ids with ``id % 10 == 9``, which are its validation pool
(:func:`training_ids`). Models trained on it must be marked
``external_data: true`` on the leaderboard.

``python -m baselines.stream --benchmark noisemaker-v2 --n 112000`` renders one.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import os
from pathlib import Path
from collections.abc import Iterator, Sequence

import numpy as np
import pyarrow.parquet as pq

from benchmark.errors import BenchmarkError, run_cli
from benchmark.features import (
    CACHED,
    Extractor,
    FeatureSettings,
    _key_json,
    _one_blas_thread,
    _read_cache,
    cache_folder_of,
    check_kinds,
    write_npz_atomic,
)
from generators.core.audio import decode_clips, pcm_float
from generators.core.cli import ArgumentParser, exit_with, workers_arg
from generators.model.config import config_from_meta, RenderConfig
from generators.dataset.fingerprint import read_meta

from .targets import TargetLayout

VALIDATION_EVERY = 10
"""In a training-set folder, ids with ``id % 10 == 9`` are the validation pool."""

Batch = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]
"""(x float32 ``[b, frames, coeffs]``, y_knob float32 ``[b, K]`` 0-10, y_switch int64
``[b, S]``, mask bool ``[b, K]``)."""


class StreamError(BenchmarkError):
    """A dataset folder cannot be streamed as asked."""


class ShardStream:
    """The clips ``ids`` of a local dataset folder as features, one shard at a time.

    Args:
        folder: dataset folder (``instrument.json`` + ``data/*.parquet``).
        kind: feature kind (``benchmark.features.KINDS``).
        ids: ids to stream (any order; streamed in id order); default every id.
        settings: feature settings.
        cache_dir: feature cache root (as ``benchmark.features``); ``None``: beside the folder.
        workers: threads computing features.
    """

    def __init__(self, folder: str | Path, kind: str, ids: np.ndarray | None = None,
                 settings: FeatureSettings = FeatureSettings(), cache_dir: str | Path | None = None,
                 workers: int = 2) -> None:
        check_kinds([kind])
        self.folder = Path(folder)
        meta = read_meta(self.folder) if self.folder.is_dir() else None
        if meta is None:
            raise StreamError(f"{folder} is not a local dataset folder (no instrument.json); "
                              "streaming reads rendered folders only")
        self.meta = meta
        self.config: RenderConfig = config_from_meta(meta)
        self.layout = TargetLayout.of(self.config.instrument)
        self.kind, self.settings, self.workers = kind, settings, workers
        all_ids = np.arange(self.config.n, dtype=np.int64)
        self.ids = all_ids if ids is None else np.unique(np.asarray(ids, dtype=np.int64))
        if len(self.ids) and (self.ids[0] < 0 or self.ids[-1] >= self.config.n):
            raise StreamError(f"ids outside 0-{self.config.n - 1} asked of {folder}")
        self.shards = [s for s in self.config.shards()
                       if np.any((self.ids >= s.start) & (self.ids < s.stop))]
        missing = [s.filename for s in self.shards if not (self.folder / s.filename).exists()]
        if missing:
            raise StreamError(f"{folder} lacks {len(missing)} shard(s), e.g. {missing[0]} "
                              "(incomplete render? run the same render command again)")
        self.fingerprint = str(meta.get("fingerprint", ""))
        self.cache = (cache_folder_of(str(self.folder), self.folder.name, cache_dir) / "shards"
                      if kind in CACHED and self.fingerprint else None)
        self._extractor: Extractor | None = None

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def shape(self) -> tuple[int, int]:
        """``(frames, coeffs)`` of one clip's input."""
        n = int(round(self.config.instrument.n_samples * self.settings.sample_rate
                      / self.config.instrument.sample_rate))
        x = self._features(np.zeros((1, n), np.float32), self.settings.sample_rate)
        return x.shape[1], x.shape[2]

    def _features(self, audio: np.ndarray, sample_rate: int) -> np.ndarray:
        """float32 ``[b, frames, coeffs]`` of a batch of clips."""
        if self._extractor is None:
            self._extractor = Extractor(self.settings)
        x = self._extractor.features(audio, sample_rate, (self.kind,))[self.kind]
        return np.ascontiguousarray(x.transpose(0, 2, 1))

    def shard(self, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(ids, x, y_knob, y_switch, mask) of the selected rows of shard ``k``, in id order."""
        s = self.shards[k]
        sel = self.ids[(self.ids >= s.start) & (self.ids < s.stop)]
        inst = self.config.instrument
        table = pq.read_table(self.folder / s.filename, columns=["id", *inst.names])
        file_ids = table.column("id").to_numpy()
        rows = table.to_pylist()
        order = {int(i): r for r, i in enumerate(file_ids)}
        take = np.array([order[int(i)] for i in sel], dtype=np.int64)
        y_knob, y_switch, mask = self.layout.encode([rows[r] for r in take], inst)
        if self.cache is not None:  # every row of the file, cached for any later selection
            x = self._shard_features(k, file_ids)[take]
        else:  # computed on every pass: the selected rows only
            x = self._shard_features(k, file_ids, take)
        return sel, x, y_knob, y_switch, mask

    def _shard_features(self, k: int, file_ids: np.ndarray,
                        rows: np.ndarray | None = None) -> np.ndarray:
        """Features ``[rows, frames, coeffs]`` of shard ``k``: the file's rows ``rows``
        (default all, in file order; a cached kind always computes all)."""
        s = self.shards[k]
        path = key = None
        if self.cache is not None:
            key = _key_json(self.fingerprint, self.settings, f"shard:{self.kind}:{s.filename}")
            digest = hashlib.sha256(key.encode()).hexdigest()[:16]
            path = self.cache / f"{self.kind}-{Path(s.filename).stem}-{digest}.npz"
            got = _read_cache(path, key, ("x",), len(file_ids))
            if got is not None:
                return got["x"]
        table = pq.read_table(self.folder / s.filename, columns=["audio"])
        column = table.column("audio")
        if rows is not None:
            column = column.take(rows)
        blobs = [a["bytes"] for a in column.to_pylist()]
        del table
        n_samples = self.config.instrument.n_samples
        step = 128
        parts: list[np.ndarray] = [np.empty(0)] * (-(-len(blobs) // step))

        def job(j: int) -> None:
            audio = decode_clips(blobs[j * step:(j + 1) * step], n_samples)
            parts[j] = self._features(audio, self.config.instrument.sample_rate)

        with _one_blas_thread():
            if self.workers > 1 and len(parts) > 1:
                from concurrent.futures import ThreadPoolExecutor

                with ThreadPoolExecutor(self.workers) as pool:
                    list(pool.map(job, range(len(parts))))
            else:
                for j in range(len(parts)):
                    job(j)
        x = np.concatenate(parts) if parts else np.zeros((0, *self.shape), np.float32)
        if path is not None and key is not None:
            write_npz_atomic(path, {"x": x}, key)
        return x

    def batches(self, batch_size: int, rng: np.random.Generator | None = None,
                mix: int = 2) -> Iterator[Batch]:
        """Batches over the selected ids: in id order when ``rng`` is ``None``; else the
        shard order shuffled and rows shuffled within groups of ``mix`` shards."""
        order = list(range(len(self.shards)))
        if rng is not None:
            rng.shuffle(order)
        carry: list[np.ndarray] | None = None
        for g in range(0, len(order), mix if rng is not None else 1):
            parts = [self.shard(k)[1:] for k in order[g:g + (mix if rng is not None else 1)]]
            arrays = [np.concatenate([p[j] for p in parts]) for j in range(4)]
            del parts
            if carry is not None:
                arrays = [np.concatenate([c, a]) for c, a in zip(carry, arrays)]
            # rows taken batch by batch through a permutation: no shuffled copy of the group
            order_rows = rng.permutation(len(arrays[0])) if rng is not None else \
                np.arange(len(arrays[0]))
            full = len(arrays[0]) // batch_size * batch_size
            for b in range(0, full, batch_size):
                rows = order_rows[b:b + batch_size]
                yield tuple(a[rows] for a in arrays)  # type: ignore[misc]
            carry = [a[order_rows[full:]] for a in arrays]
            del arrays
        if carry is not None and len(carry[0]):
            yield tuple(carry)  # type: ignore[misc]

    def labels(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(y_knob, y_switch, mask) of every selected id (labels only: no audio read)."""
        inst = self.config.instrument
        out = []
        for s in self.shards:
            t = pq.read_table(self.folder / s.filename, columns=["id", *inst.names])
            ids = t.column("id").to_numpy()
            keep = np.isin(ids, self.ids)
            rows = [r for r, k in zip(t.to_pylist(), keep) if k]
            rows.sort(key=lambda r: r["id"])
            out.append(self.layout.encode(rows, inst))
        return tuple(np.concatenate([o[j] for o in out]) for j in range(3))  # type: ignore[return-value]

    def x_stats(self, max_clips: int = 2000) -> tuple[np.ndarray, np.ndarray]:
        """Per-coefficient mean and std ``[coeffs]`` of the input over the first shards
        (up to ``max_clips`` clips): the input standardisation, in flat memory."""
        total = sq = 0.0
        count = 0
        for k in range(len(self.shards)):
            x = self.shard(k)[1]
            flat = x.reshape(-1, x.shape[-1])  # float32; sums accumulate in float64
            total = total + flat.sum(0, dtype=np.float64)
            sq = sq + np.square(flat).sum(0, dtype=np.float64)
            count += len(flat)
            frames = x.shape[1]
            del x, flat
            if count >= max_clips * frames:
                break
        mean = total / max(1, count)
        std = np.sqrt(np.maximum(sq / max(1, count) - mean ** 2, 0)) + 1e-6
        return mean.astype(np.float32), std.astype(np.float32)


# ---------------------------------------------------------------- rendered on the fly
class FeatureTransform:
    """A :class:`generators.stream.ClipStream` transform: a rendered batch -> the
    :data:`Batch` of a training step, (x, y_knob, y_switch, mask), computed in the
    stream's worker. ``x`` is what :class:`ShardStream` gives of the same clips written
    to disk (the features of ``pcm / 32768``, what the FLAC decodes to)."""

    def __init__(self, config: RenderConfig, kind: str,
                 settings: FeatureSettings = FeatureSettings()) -> None:
        check_kinds([kind])
        self.config, self.kind, self.settings = config, kind, settings
        self.layout = TargetLayout.of(config.instrument)
        self._extractor: Extractor | None = None

    def features(self, audio: np.ndarray) -> np.ndarray:
        """float32 ``[b, frames, coeffs]`` of float audio ``[b, n_samples]``."""
        if self._extractor is None:
            self._extractor = Extractor(self.settings)
        x = self._extractor.features(audio, self.config.instrument.sample_rate,
                                     (self.kind,))[self.kind]
        return np.ascontiguousarray(x.transpose(0, 2, 1))

    def __call__(self, batch: dict) -> Batch:
        inst = self.config.instrument
        rows = [{name: batch["params"][name][k] for name in inst.names}
                for k in range(len(batch["id"]))]
        with _one_blas_thread():
            x = self.features(pcm_float(batch["pcm"]))
        return (x, *self.layout.encode(rows, inst))  # type: ignore[return-value]


class RenderStream:
    """The clips ``ids`` of a render config as features, rendered on the fly (nothing on
    disk): what :class:`ShardStream` gives of the same clips once rendered to a folder,
    for :func:`baselines.joint.train_stream`.

    Rendering and features run in ``workers`` processes (a DataLoader over a
    :class:`generators.stream.ClipStream`); every epoch renders its clips again.

    Args:
        config: the training set's render config (e.g. :func:`training_config`).
        kind: feature kind (``benchmark.features.KINDS``).
        ids: ids to stream (default every id).
        settings: feature settings.
        workers: render processes (0: in this process).
        chunk: clips a worker renders per batch it hands on.
    """

    def __init__(self, config: RenderConfig, kind: str, ids: np.ndarray | None = None,
                 settings: FeatureSettings = FeatureSettings(), workers: int = 1,
                 chunk: int = 128) -> None:
        self.config = config
        self.transform = FeatureTransform(config, kind, settings)
        self.layout = self.transform.layout
        self.kind, self.settings, self.workers, self.chunk = kind, settings, workers, chunk
        self.ids = np.arange(config.n, dtype=np.int64) if ids is None else \
            np.asarray(ids, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def shape(self) -> tuple[int, int]:
        """``(frames, coeffs)`` of one clip's input."""
        x = self.transform.features(np.zeros((1, self.config.instrument.n_samples), np.float32))
        return x.shape[1], x.shape[2]

    def _chunks(self, ids: np.ndarray, order_seed: int | None = None,
                workers: int | None = None) -> Iterator[Batch]:
        from torch.utils.data import DataLoader

        from generators.stream import ClipStream

        stream = ClipStream(self.config, ids, self.chunk, self.transform, rank=0, world_size=1,
                            order_seed=order_seed)
        n = self.workers if workers is None else workers
        yield from DataLoader(stream, batch_size=None, num_workers=n,
                              collate_fn=_as_numpy, persistent_workers=False)

    def batches(self, batch_size: int, rng: np.random.Generator | None = None,
                mix: int = 2) -> Iterator[Batch]:
        """Batches of ``batch_size`` over the ids: in id order when ``rng`` is ``None``; else
        the rendered chunks in a shuffled order, rows shuffled within ``mix`` chunks."""
        seed = None if rng is None else int(rng.integers(2 ** 31))
        group: list[Batch] = []
        carry: list[np.ndarray] | None = None
        chunks = self._chunks(self.ids, seed)
        while True:
            chunk = next(chunks, None)
            if chunk is not None:
                group.append(chunk)
                if len(group) < (mix if rng is not None else 1):
                    continue
            if not group:
                break
            arrays = [np.concatenate([g[j] for g in group]) for j in range(4)]
            group = []
            if carry is not None:
                arrays = [np.concatenate([c, a]) for c, a in zip(carry, arrays)]
            order = rng.permutation(len(arrays[0])) if rng is not None else np.arange(len(arrays[0]))
            full = len(arrays[0]) // batch_size * batch_size
            for b in range(0, full, batch_size):
                rows = order[b:b + batch_size]
                yield tuple(a[rows] for a in arrays)  # type: ignore[misc]
            carry = [a[order[full:]] for a in arrays]
            if chunk is None:
                break
        if carry is not None and len(carry[0]):
            yield tuple(carry)  # type: ignore[misc]

    def labels(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(y_knob, y_switch, mask) of every id, in id order: drawn, not rendered."""
        inst = self.config.instrument
        rows = [s.settings for s, _ in self.config.samples(self.ids.tolist())]
        return self.layout.encode(rows, inst)

    def x_stats(self, max_clips: int = 2000) -> tuple[np.ndarray, np.ndarray]:
        """Per-coefficient mean and std ``[coeffs]`` of the input over the first
        ``max_clips`` ids (rendered in this process), as :meth:`ShardStream.x_stats`."""
        total = sq = 0.0
        count = 0
        for x, *_ in self._chunks(self.ids[:max_clips], workers=0):
            flat = x.reshape(-1, x.shape[-1])
            total = total + flat.sum(0, dtype=np.float64)
            sq = sq + np.square(flat).sum(0, dtype=np.float64)
            count += len(flat)
        mean = total / max(1, count)
        std = np.sqrt(np.maximum(sq / max(1, count) - mean ** 2, 0)) + 1e-6
        return mean.astype(np.float32), std.astype(np.float32)


def _as_numpy(batch: Batch) -> Batch:
    """The DataLoader's collate: keep the transform's numpy arrays as they are."""
    return batch


# ---------------------------------------------------------------- training sets
def training_ids(n: int, size: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(train ids, validation pool ids) of a training-set folder of ``n`` clips: the first
    ``size`` ids with ``id % 10 != 9`` (all when ``None``), and the ids with ``id % 10 == 9``."""
    ids = np.arange(n, dtype=np.int64)
    val = ids[ids % VALIDATION_EVERY == VALIDATION_EVERY - 1]
    train = ids[ids % VALIDATION_EVERY != VALIDATION_EVERY - 1]
    if size is not None:
        if size > len(train):
            raise StreamError(f"a training set of {n} clips holds {len(train)} training clips, "
                              f"fewer than the {size} asked for: render more (--n)")
        train = train[:size]
    return train, val


def clips_for(size: int, val_size: int) -> int:
    """Clips a training-set folder needs for ``size`` training and ``val_size`` validation
    clips, rounded up to a multiple of 10."""
    need = max(-(-size * VALIDATION_EVERY // (VALIDATION_EVERY - 1)), val_size * VALIDATION_EVERY)
    return -(-need // 10) * 10


def training_config(benchmark: str, n: int, seed: int | None = None) -> RenderConfig:
    """The render config of a training set for ``benchmark``: its instrument, sampler and
    render settings, ``n`` clips and ``seed`` (default: the benchmark's seed + 1; the
    benchmark's own seed is refused, its clips would be the benchmark's)."""
    from generators.benchmarks import get_benchmark

    b = get_benchmark(benchmark)
    seed = b.seed + 1 if seed is None else seed
    if seed == b.seed:
        raise StreamError(f"seed {seed} is {benchmark}'s own: a training set needs another seed "
                          "(its clips would be the benchmark's test clips)")
    if n <= 0:
        raise StreamError("--n must be > 0")
    from generators.model.config import default_shard_size

    return dataclasses.replace(b.config(), n=n, seed=seed, shard_size=default_shard_size(n))


def default_folder(root: Path, benchmark: str, n: int, seed: int) -> Path:
    return Path(root) / f"{benchmark}-train-s{seed}-n{n}"


def render_training_set(benchmark: str, n: int, seed: int | None = None, out: Path | None = None,
                        root: Path = Path("datasets"), workers: int | None = None,
                        progress: bool = True) -> Path:
    """Render (or resume, or find complete) a training set for ``benchmark``; its folder."""
    from generators.render.job import render_dataset

    config = training_config(benchmark, n, seed)
    out = out or default_folder(root, benchmark, n, config.seed)
    meta = read_meta(out) if out.is_dir() else None
    done = meta is not None and all((out / s.filename).exists() for s in config.shards())
    if not done:
        render_dataset(config, out, workers=workers or min(2, os.cpu_count() or 1),
                       progress=progress)
    return out


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog="python -m baselines.stream",
        description="Render a training set for a benchmark: more clips of its instrument and "
                    "sampler with another seed, into a reusable dataset folder (resumable).")
    p.add_argument("--benchmark", required=True, help="benchmark name (python -m benchmark.configs)")
    p.add_argument("--n", type=int, required=True, help="clips to render")
    p.add_argument("--seed", type=int, help="dataset seed (default: the benchmark's + 1)")
    p.add_argument("--out", type=Path,
                   help="folder (default: datasets/<benchmark>-train-s<seed>-n<n>)")
    p.add_argument("--workers", type=workers_arg, help="render processes (default: 2)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = render_training_set(args.benchmark, args.n, args.seed, args.out, workers=args.workers,
                              progress=not args.no_progress)
    train, val = training_ids(args.n)
    print(f"{out}: {len(train)} training clips, {len(val)} in the validation pool")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
