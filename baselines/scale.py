"""``python -m baselines.scale``: the learning curve, test scores against training-set size.

For one benchmark (default: the newest ``noisemaker`` benchmark) and training sizes
(default 1,000 3,000 10,000 30,000 100,000 clips):

1. renders a training set: clips of the benchmark's instrument and sampler with
   another seed (``baselines.stream``), enough for the largest size plus the
   validation pool, into ``<data-root>/<benchmark>-train-s<seed>-n<clips>``; the
   training set of size n is its first n training ids, so every set holds the smaller ones;
2. tunes each model once (``baselines/configs/scale.yaml``: a small grid per model,
   chosen by validation loss at ``tune_size`` clips on ``val_size`` clips of the
   training set's validation pool; the test split is never read while tuning);
3. computes the chosen candidates' features of every shard once (cached per shard),
   timed;
4. trains each model at each size (3 seeds at the 10,000 point, one elsewhere),
   streaming its input shard by shard, and scores it on the benchmark's fixed test
   split (``benchmark.score``); each point runs in its own process, so its peak
   memory is its own;
5. writes the ``## Learning curve`` section of ``baselines/RESULTS.md`` and
   ``baselines/figures/learning-curve.png``.

Every tuning candidate and every point is a JSON file under ``--runs`` written
atomically: an interrupted run, started again with the same arguments, redoes
only what is missing. The scores are of models trained on data the benchmark's
train split does not hold: their leaderboard entries are ``external_data: true``
(each point's results say so).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import re
import resource
import sys
import time
from datetime import datetime, UTC
from importlib import resources
from pathlib import Path
from typing import Any
from collections.abc import Sequence

import numpy as np

from benchmark.errors import BenchmarkError, run_cli
from generators.core import reading
from generators.core.atomic import check_output, write_json_atomic
from generators.core.cli import ArgumentParser, int_arg, exit_with

DEFAULT_SIZES = (1000, 3000, 10_000, 30_000, 100_000)
SECTION = "## Learning curve"


class ScaleError(BenchmarkError):
    """The learning curve cannot run as asked."""


def latest_benchmark(instrument: str = "noisemaker") -> str:
    """The newest registered benchmark of ``instrument`` (highest ``-v<N>``)."""
    from generators.benchmarks import BENCHMARKS

    found = [(int(m.group(1)), name) for name, b in BENCHMARKS.items()
             if b.instrument == instrument and (m := re.search(r"-v(\d+)$", name))]
    if not found:
        raise ScaleError(f"no benchmark of instrument {instrument!r}")
    return max(found)[1]


SCALE_KEYS = ("tune_size", "val_size", "models")
SCALE_MODEL_KEYS = ("model", "grid", "training")
CANDIDATE_KEYS = ("features", "units", "layers", "filters")


def load_scale_config(path: Path | None = None) -> dict[str, Any]:
    """The learning-curve config (models, grids, training settings), checked: unknown keys
    and wrong types are refused with one line.

    Raises:
        ScaleError: unreadable, not a mapping, unknown keys or wrong values.
    """
    from .run import KIND, check_training, config_problem, positive_int

    p = path or Path(str(resources.files("baselines") / "configs" / "scale.yaml"))
    label = str(p)
    try:
        cfg = reading.read_yaml(p, "--config" if path else "config")
        reading.check_keys(cfg, SCALE_KEYS, label)
        models = cfg.get("models")
        if not isinstance(models, dict) or not models:
            raise config_problem("models", models, "a mapping of name -> {model, grid, training}",
                                 label)
        for k in ("tune_size", "val_size"):
            if k in cfg and not positive_int(cfg[k]):
                raise config_problem(k, cfg[k], "a positive integer", label)
        for name, m in models.items():
            where = f"{label}: models.{name}"
            if not isinstance(m, dict) or not m.get("grid") or not {"model", "training"} <= set(m):
                raise ScaleError(f"{where} needs model, grid and training")
            reading.check_keys(m, SCALE_MODEL_KEYS, where)
            if not isinstance(m["grid"], list):
                raise config_problem(f"models.{name}.grid", m["grid"], "a list", label)
            for c in m["grid"]:
                if not isinstance(c, dict) or c.get("features") not in KIND:
                    raise config_problem(f"models.{name}.grid", c, "mappings with features "
                                         f"({', '.join(KIND)}), units, layers", label)
                reading.check_keys(c, CANDIDATE_KEYS, f"{where}.grid")
                if not all(positive_int(c.get(k)) for k in ("units", "layers")):
                    raise config_problem(f"models.{name}.grid", c, "units and layers > 0", label)
            check_training(m["training"], f"{where}", extra=("clip_epochs",))
    except reading.ReadError as e:
        raise ScaleError(*e.problems) from None
    return cfg


def training_settings(training: dict[str, Any], size: int) -> dict[str, Any]:
    """The TrainSettings fields of one training on ``size`` clips.

    ``training`` is a model's ``training`` entry of the scale config. Its optional
    ``clip_epochs`` is a compute budget: the most clips one training may pass through
    (epochs x clips), so ``max_epochs`` becomes ``min(max_epochs, ceil(clip_epochs /
    size))``: e.g. 1,000,000 allows 50 epochs at 10,000 clips but 10 at 100,000.
    """
    out = {k: v for k, v in training.items() if k != "clip_epochs"}
    budget = training.get("clip_epochs")
    if budget:
        out["max_epochs"] = max(1, min(int(out.get("max_epochs", 50)), -(-int(budget) // size)))
    return out


# ----------------------------------------------------------------- one training
def train_point(job: dict[str, Any]) -> dict[str, Any]:
    """Train one model on one training size (in the calling process); return what the
    parent records: validation loss, epochs, times, peak memory, and (unless tuning) the
    test predictions ``knobs [n_test, K]``, ``switches [n_test, S]`` as lists.

    ``job``: ``train_folder``, ``train_ids``, ``val_ids``, ``test_folder``, ``test_ids``
    (``None`` while tuning), ``candidate`` (model, features, units, layers, filters),
    ``training`` (TrainSettings fields), ``seed``, ``progress``, ``threads`` (PyTorch
    intra-op threads, default 1); with ``train_config`` (a RenderConfig) instead of
    ``train_folder``, the training and validation clips are rendered on the fly
    (:class:`baselines.stream.RenderStream`, ``stream_workers`` processes).
    """
    from .joint import Topology, TrainSettings, predict_joint, train_stream
    from .run import KIND
    from .stream import RenderStream, ShardStream

    import torch

    torch.set_num_threads(int(job.get("threads", 1)))
    cand = job["candidate"]
    kind = KIND[cand["features"]]
    if job.get("train_config") is not None:
        workers = int(job.get("stream_workers", 1))
        train: Any = RenderStream(job["train_config"], kind, np.asarray(job["train_ids"]),
                                  workers=workers)
        val: Any = RenderStream(job["train_config"], kind, np.asarray(job["val_ids"]),
                                workers=workers)
    else:
        train = ShardStream(job["train_folder"], kind, np.asarray(job["train_ids"]))
        val = ShardStream(job["train_folder"], kind, np.asarray(job["val_ids"]))
    top = Topology(cand["model"], int(cand["units"]), int(cand["layers"]),
                   int(cand.get("filters", 0)))
    settings = TrainSettings(seed=int(job["seed"]), **job["training"])
    t0 = time.perf_counter()
    net = train_stream(train.layout, top, settings, train, val, progress=job.get("progress", False))
    out: dict[str, Any] = {
        "train_s": time.perf_counter() - t0, "epochs": int(net.epochs_trained),
        "epoch_s": [round(s, 3) for s in net.epoch_seconds],
        "epoch_s_per_1000_clips": 1000 * float(np.median(net.epoch_seconds)) / max(1, len(train)),
        "epoch_train_s": [round(s, 3) for s in net.epoch_train_seconds],
        "train_s_per_1000_clips": 1000 * float(np.median(net.epoch_train_seconds or [np.nan]))
        / max(1, len(train)),
        "val_s_per_epoch": float(np.median(
            np.subtract(net.epoch_seconds[:len(net.epoch_train_seconds)], net.epoch_train_seconds)
            if net.epoch_train_seconds else [np.nan])),
        "val_loss": float(net.best_val_loss),
    }
    if job.get("test_ids") is not None:
        t1 = time.perf_counter()
        knobs, switches = predict_joint(net, ShardStream(job["test_folder"], kind,
                                                         np.asarray(job["test_ids"])))
        out |= {"predict_s": time.perf_counter() - t1, "knobs": knobs.tolist(),
                "switches": switches.tolist()}
    out["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _child(job: dict[str, Any], path: str) -> None:
    """Entry of a point's process: run :func:`train_point` and write its result to ``path``."""
    os.nice(int(job.get("nice", 0)))
    write_json_atomic(Path(path), train_point(job))


def run_isolated(job: dict[str, Any], scratch: Path) -> dict[str, Any]:
    """:func:`train_point` in a fresh process (spawned: its peak memory is its own)."""
    scratch.mkdir(parents=True, exist_ok=True)
    path = scratch / f".child-{os.getpid()}.json"
    path.unlink(missing_ok=True)
    proc = multiprocessing.get_context("spawn").Process(target=_child, args=(job, str(path)))
    proc.start()
    try:
        proc.join()
    except KeyboardInterrupt:
        proc.terminate()
        proc.join()
        raise
    if proc.exitcode != 0 or not path.exists():
        raise RuntimeError(f"training process failed (exit code {proc.exitcode}) for "
                           f"{job['candidate']} on {len(job['train_ids'])} clips")
    doc = json.loads(path.read_text())
    path.unlink()
    return doc


# ------------------------------------------------------------------ the curve
class Curve:
    """One learning-curve run: where its data and results live, and its steps."""

    def __init__(self, args: argparse.Namespace) -> None:
        from generators.benchmarks import get_benchmark

        self.args = args
        self.bench = get_benchmark(args.benchmark or latest_benchmark())
        self.cfg = load_scale_config(args.config)
        self.sizes = sorted(set(args.sizes))
        self.val_size = args.val_size or int(self.cfg.get("val_size", 2000))
        self.tune_size = args.tune_size or min(int(self.cfg.get("tune_size", 10_000)),
                                               max(self.sizes))
        if self.tune_size > max(self.sizes):
            raise ScaleError("--tune-size must not exceed the largest size")
        unknown = [m for m in args.models if m not in self.cfg["models"]]
        if unknown:
            raise ScaleError(f"unknown model(s) {', '.join(unknown)}; in the config: "
                             f"{', '.join(self.cfg['models'])}")
        self.models = list(args.models)
        self.runs = Path(args.runs) / self.bench.name
        if getattr(args, "stream", False) and args.train_data:
            raise ScaleError("--stream renders the training clips on the fly: drop --train-data")
        if min(self.sizes) <= 0 or self.val_size <= 0:
            raise ScaleError("--sizes and --val-size must be > 0")

    # ------------------------------------------------------------------ data
    def prepare(self) -> None:
        """Render the benchmark and the training set when missing; compute shard features."""
        from .reproduce import ensure_dataset
        from .stream import clips_for, render_training_set, training_config, training_ids

        from benchmark.task import load_task

        self.bench_folder = ensure_dataset(self.bench.name, Path(self.args.data_root))
        self.task = load_task(self.bench_folder)
        from benchmark.configs import check_dataset

        check_dataset(self.task.meta, self.bench.name, self.task.name)
        n = clips_for(max(self.sizes), self.val_size)
        from generators.dataset.fingerprint import meta, read_meta

        self.train_config = None
        if self.args.stream:  # rendered on the fly by each training: nothing on disk
            self.train_config = training_config(self.bench.name, n, self.args.train_seed)
            self.train_folder = None
            self.train_meta = meta(self.train_config)
        else:
            self.train_folder = Path(self.args.train_data) if self.args.train_data else None
            self.train_folder = render_training_set(
                self.bench.name, n, self.args.train_seed, self.train_folder,
                root=Path(self.args.data_root), progress=self.args.progress)
            self.train_meta = read_meta(self.train_folder) or {}
        n_have = int(self.train_meta.get("render", {}).get("n", 0))
        self.train_ids_all, val_pool = training_ids(n_have)
        if len(self.train_ids_all) < max(self.sizes) or len(val_pool) < self.val_size:
            raise ScaleError(f"{self.train_folder} holds {len(self.train_ids_all)} training and "
                             f"{len(val_pool)} validation clips; {max(self.sizes)} and "
                             f"{self.val_size} are needed: render more")
        self.val_ids = val_pool[: self.val_size]
        self.test_ids = self.task.split_ids("test")

    def features_time(self, candidates: list[dict[str, Any]]) -> None:
        """Fill the per-shard feature caches of every cached kind ``candidates`` use, for
        every training, validation and test clip; the time each took goes to
        ``features.json`` (the first time only). Called after tuning with the chosen
        candidates: the other kinds of a tuning grid are computed by the tuning runs for
        the shards they read (``tune_size`` clips and the validation pool), not for the
        whole set (at 1,000,000 clips, 35 of 75 minutes)."""
        from benchmark.features import CACHED

        from .run import KIND
        from .stream import ShardStream

        path = self.runs / "features.json"
        done = measured_features(self.runs)
        kinds = sorted({KIND[c["features"]] for c in candidates} & set(CACHED))
        ids = np.concatenate([self.train_ids_all[: max(self.sizes)], self.val_ids])
        folders = [(self.bench_folder, self.test_ids)]
        if self.train_folder is not None:  # streamed training clips have no cache
            folders.insert(0, (self.train_folder, ids))
        for kind in kinds:
            key = f"{kind}@{len(ids)}" + ("" if self.train_folder is not None else ":test")
            if key in done:
                continue
            t0 = time.perf_counter()
            clips = 0
            for folder, sel in folders:
                s = ShardStream(folder, kind, sel)
                clips += sum(len(sh) for sh in s.shards)  # whole shards are computed and cached
                for k in _bar(range(len(s.shards)), f"{kind} features", self.args.progress):
                    s.shard(k)
            done[key] = {"seconds": round(time.perf_counter() - t0, 2), "clips": clips}
            write_json_atomic(path, done)
        self.feature_seconds = sum(v["seconds"] for v in done.values())

    def execute(self, job: dict[str, Any]) -> dict[str, Any]:
        """Run one training: in its own process (``--isolate``, the default) or in this one."""
        if self.args.isolate:
            return run_isolated(job, self.runs)
        return train_point(job)

    def job(self, model: str, candidate: dict[str, Any], size: int, seed: int,
            test: bool) -> dict[str, Any]:
        return {"train_folder": str(self.train_folder) if self.train_folder else None,
                "train_config": self.train_config, "stream_workers": self.args.stream_workers,
                "train_ids": self.train_ids_all[:size].tolist(), "val_ids": self.val_ids.tolist(),
                "test_folder": str(self.bench_folder),
                "test_ids": self.test_ids.tolist() if test else None,
                "candidate": dict(candidate, model=self.cfg["models"][model]["model"]),
                "training": training_settings(self.cfg["models"][model]["training"], size),
                "seed": seed,
                "progress": False, "nice": self.args.nice, "threads": self.args.threads}

    # ---------------------------------------------------------------- tuning
    def tune(self, model: str) -> dict[str, Any]:
        """The chosen candidate of ``model`` (lowest validation loss at ``tune_size``)."""
        grid = self.cfg["models"][model]["grid"]
        results = []
        for i, cand in enumerate(grid):
            path = self.runs / "tuning" / f"{model}-{i}.json"
            if not path.exists():
                doc = self.execute(self.job(model, cand, self.tune_size, 0, test=False))
                write_json_atomic(path, {"candidate": cand, "size": self.tune_size,
                                         "val_size": self.val_size, "seed": 0,
                                         **{k: doc[k] for k in ("val_loss", "train_s", "epochs",
                                                                 "epoch_s_per_1000_clips",
                                                                 "peak_rss_mib")}})
            doc = json.loads(path.read_text())
            if doc["candidate"] != cand:
                raise ScaleError(f"{path} was tuned with another grid; delete it to re-tune")
            results.append(doc)
        best = min(range(len(results)), key=lambda i: results[i]["val_loss"])
        return {"chosen": grid[best], "candidates": results}

    # ---------------------------------------------------------------- points
    def point(self, model: str, chosen: dict[str, Any], size: int, seed: int) -> dict[str, Any]:
        """Train, predict and score one point (or read it when done)."""
        path = self.runs / "points" / f"{model}-n{size}-s{seed}.json"
        if path.exists():
            return json.loads(path.read_text())
        from benchmark.predictions import from_columns, validate, write_predictions
        from benchmark.score import score

        from .targets import TargetLayout

        doc = self.execute(self.job(model, chosen, size, seed, test=True))
        layout = TargetLayout.of(self.task.instrument)
        name = f"{model}-n{size}"
        raw = from_columns(layout.decode(np.asarray(doc["knobs"], np.float32).reshape(
                               len(self.test_ids), -1),
                           np.asarray(doc["switches"], np.int64).reshape(len(self.test_ids), -1)),
                           self.test_ids, self.task.fingerprint, f"{name} predictions")
        preds = validate(self.task, raw, "test")
        pred_path = write_predictions(path.parent / f"{model}-n{size}-s{seed}.parquet", preds,
                                      self.task)
        res = score(self.task, preds, name=name, benchmark=self.bench.name,
                    resynth_limit=self.args.resynth_limit, workers=2, predictions_file=pred_path,
                    timing={"train_s": doc["train_s"], "predict_s": doc["predict_s"]})
        res["model"] |= {"kind": "joint", "scale_model": model, "candidate": chosen,
                         "features": chosen["features"], "seed": seed, "train_size": size,
                         "val_size": self.val_size, "external_data": True,
                         "training_set": {"folder": str(self.train_folder) if self.train_folder
                                          else "streamed (rendered on the fly)",
                                          "fingerprint": self.train_meta.get("fingerprint"),
                                          "seed": self.train_meta.get("render", {}).get("seed")},
                         "epochs": doc["epochs"], "epoch_s": doc["epoch_s"],
                         "epoch_s_per_1000_clips": doc["epoch_s_per_1000_clips"],
                         "train_s_per_1000_clips": doc.get("train_s_per_1000_clips"),
                         "val_s_per_epoch": doc.get("val_s_per_epoch"),
                         "val_loss": doc["val_loss"], "peak_rss_mib": doc["peak_rss_mib"]}
        write_json_atomic(path, res)
        return res

    def run(self) -> list[dict[str, Any]]:
        self.prepare()
        chosen = {}
        for m in self.models:
            chosen[m] = self.tune(m)
            write_json_atomic(self.runs / "tuning" / f"{m}.json", chosen[m])
        self.features_time([chosen[m]["chosen"] for m in self.models])
        todo = [(size, m, seed) for size in self.sizes for m in self.models
                for seed in (self.args.seeds if size == self.args.seeds_at else self.args.seeds[:1])]
        points = []
        with _tqdm(len(todo), "learning curve", self.args.progress) as bar:
            for size, m, seed in todo:
                bar.set_postfix_str(f"{m} n={size} seed={seed}")
                points.append(self.point(m, chosen[m]["chosen"], size, seed))
                bar.update(1)
        self.chosen = chosen
        return points


def _tqdm(total: int, desc: str, progress: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="run", desc=desc, disable=not progress, dynamic_ncols=True)


def _bar(it: Any, desc: str, progress: bool) -> Any:
    from tqdm import tqdm

    return tqdm(it, unit="shard", desc=desc, disable=not progress, dynamic_ncols=True)


# ------------------------------------------------------------------ report
def original_best(instrument: str) -> tuple[float | None, float | None, str]:
    """(best switch accuracy, best knob MAE, label) the original work reported for the
    closest of its datasets (``reproduce.REFERENCE``; the full Noisemaker set's scores are
    only in a chart, so the light set's stand in, labelled as such)."""
    from .reproduce import REFERENCE

    family = instrument.split("_")[0]
    for name, ref in REFERENCE.items():
        if name.split("-v")[0].split("_")[0] == family:
            accs = [a for a, _ in ref.values() if a is not None]
            maes = [m for _, m in ref.values() if m is not None]
            base = name.split("-v")[0]
            return (max(accs) if accs else None, min(maes) if maes else None,
                    f"original best on {base} ({'its full set' if base == instrument else 'not this task'})")
    return None, None, ""


def summarize(points: list[dict[str, Any]]) -> dict[tuple[str, int], dict[str, Any]]:
    """(model, size) -> mean/std of knob MAE and switch accuracy over seeds, times, memory."""
    out: dict[tuple[str, int], dict[str, Any]] = {}
    for p in points:
        out.setdefault((p["model"]["scale_model"], p["model"]["train_size"]), {"runs": []})["runs"].append(p)
    for row in out.values():
        runs = row["runs"]
        mae = np.array([_num(r["aggregates"]["knob_mae_mean"]) for r in runs], float)
        acc = np.array([_num(r["aggregates"]["switch_accuracy_mean"]) for r in runs], float)
        row |= {"mae": mae.mean(), "mae_std": mae.std(ddof=1) if len(runs) > 1 else None,
                "acc": acc.mean(), "acc_std": acc.std(ddof=1) if len(runs) > 1 else None,
                "seeds": [r["model"]["seed"] for r in runs],
                "train_s": float(np.mean([r["timing"]["train_s"] for r in runs])),
                "epochs": [r["model"]["epochs"] for r in runs],
                "peak": max(r["model"]["peak_rss_mib"] for r in runs),
                "s_per_1000": float(np.mean([_train_rate(r["model"]) for r in runs]))}
    return out


def figure(summary: dict[tuple[str, int], dict[str, Any]], instrument: str, bench: str,
           path: Path) -> None:
    """Knob MAE and switch accuracy against training size (log axis), one line per model,
    error bars where there are several seeds, the original's best as reference lines."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    acc_ref, mae_ref, label = original_best(instrument)
    fig, axes = plt.subplots(1, 2, figsize=(11, 4))
    models = sorted({m for m, _ in summary})
    for ax, key, title, ref in ((axes[0], "mae", "knob MAE (0-10, lower is better)", mae_ref),
                                (axes[1], "acc", "switch accuracy (higher is better)", acc_ref)):
        for m in models:
            sizes = sorted(s for mm, s in summary if mm == m)
            vals = [summary[(m, s)][key] for s in sizes]
            errs = [summary[(m, s)][f"{key}_std"] or 0.0 for s in sizes]
            ax.errorbar(sizes, vals, yerr=errs, marker="o", capsize=3, label=m)
        if ref is not None:
            ax.axhline(ref, color="#b54a4a", ls="--", lw=1, label=label)
        ax.set_xscale("log")
        ax.set_xlabel("training clips")
        ax.set_title(title, fontsize=10)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle(f"Learning curve on {bench} (test split)", fontsize=11)
    from .reproduce import save_figure

    save_figure(fig, path)


def _train_rate(m: dict[str, Any]) -> float:
    """Seconds of training per epoch per 1,000 clips, without the validation pass when
    recorded (results before it was recorded: the whole epoch)."""
    v = m.get("train_s_per_1000_clips")
    return float(m["epoch_s_per_1000_clips"] if v is None or v != v else v)


def _num(v: float | None) -> float:
    return float("nan") if v is None else float(v)


def _f(v: float | None, d: int = 3) -> str:
    return "-" if v is None or v != v else f"{v:.{d}f}"


PROJECT_TO = 1_000_000
"""Training size the report projects the curve to when it stops short of it."""


def projection(sizes: Sequence[int], values: Sequence[float], at: int) -> dict[str, float | None]:
    """The parabola in log10(clips) through the last three points of a curve, read at
    ``at`` clips, and the size where it turns (its vertex: where more clips stop helping).

    Args:
        sizes: training sizes, ascending (at least 3).
        values: the metric at each size (knob MAE, falling, or switch accuracy, rising).
        at: the size to read the parabola at.

    Returns:
        ``{"value": the metric at ``at``, "turn": the size at the vertex (within or past
        the points) where the steps shrink, else None, "turn_value": the metric there}``.
        Where the steps shrink (a falling metric's parabola opens upward, a rising
        one's downward), the value is the parabola's, held at its vertex past it (no loss
        is projected from more data); where they grow, it is the straight line in
        log10(clips) through the last two points (a curve is not projected to keep
        accelerating).
    """
    x = np.log10(np.asarray(sizes[-3:], float))
    y = np.asarray(values[-3:], float)
    a, b, c = np.polyfit(x, y, 2)
    falling = y[-1] < y[0]  # a falling metric levels off at a minimum (a > 0), a rising one at a maximum
    turns = abs(a) > 1e-9 and (a > 0) == falling  # a straight line never turns
    if turns:
        vertex = -b / (2 * a)
        turn_value = float(np.polyval([a, b, c], vertex))
        value = turn_value if vertex < np.log10(at) else float(np.polyval([a, b, c], np.log10(at)))
        return {"value": value, "turn": float(10 ** vertex), "turn_value": turn_value}
    slope = (y[-1] - y[-2]) / (x[-1] - x[-2])
    return {"value": float(y[-1] + slope * (np.log10(at) - x[-1])), "turn": None,
            "turn_value": None}


def section(curve: Curve, points: list[dict[str, Any]], figure_path: Path, results_path: Path,
            command: str) -> str:
    """The ``## Learning curve`` section (Markdown)."""
    summary = summarize(points)
    sizes = sorted({s for _, s in summary})
    models = [m for m in curve.models if any(mm == m for mm, _ in summary)]
    acc_ref, mae_ref, ref_label = original_best(curve.bench.instrument)
    total_train = sum(p["timing"]["train_s"] for p in points)
    tune_s = sum(c["train_s"] for m in models for c in curve.chosen[m]["candidates"])
    lines = [
        SECTION, "",
        f"Produced by `{command}` on {datetime.now(UTC):%Y-%m-%d} ({platform.machine()}, "
        f"{os.cpu_count()} cores). Test split of `{curve.bench.name}` "
        f"({len(curve.test_ids)} clips, fixed); training clips rendered with seed "
        f"{curve.train_meta.get('render', {}).get('seed')} (`{curve.train_folder.name}`, same "
        f"instrument and sampler, no clip in common), the set of size n being its first n "
        f"training ids; validation: {curve.val_size} clips of its validation pool. Every model "
        f"was tuned once at {curve.tune_size} clips by validation loss "
        "(`baselines/configs/scale.yaml`), never on the test split. These models use more "
        "training data than the benchmark's train split: `external_data: true`.",
        "",
        f"Compute: features {curve.feature_seconds / 60:.1f} min ({feature_breakdown(curve.runs)}), "
        f"tuning {tune_s / 60:.1f} min, training {total_train / 60:.1f} min (sum of the points' "
        "training times).",
        "",
        "| model | chosen | clips | seeds | knob MAE | switch acc | epochs | train s "
        "| s/epoch/1k clips (training batches) | peak MiB |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for m in models:
        ch = curve.chosen[m]["chosen"]
        desc = ", ".join(f"{k} {v}" for k, v in ch.items())
        for s in sizes:
            r = summary.get((m, s))
            if r is None:
                continue
            cap = training_settings(curve.cfg["models"][m]["training"], s)["max_epochs"]
            mae = _f(r["mae"]) + (f" ± {r['mae_std']:.3f}" if r["mae_std"] is not None else "")
            acc = _f(r["acc"]) + (f" ± {r['acc_std']:.3f}" if r["acc_std"] is not None else "")
            lines.append(f"| {m} | {desc} | {s:,} | {', '.join(map(str, r['seeds']))} | {mae} "
                         f"| {acc} | {', '.join(map(str, r['epochs']))} of {cap} | {r['train_s']:.0f} "
                         f"| {r['s_per_1000']:.2f} | {r['peak']:.0f} |")
    lines += ["", "± is the standard deviation over the seeds listed. Epochs: trained, of "
              "the most allowed (the config's `max_epochs`, lowered at large sizes by its "
              "`clip_epochs` budget); fewer means early stopping on validation loss. "
              + (f"Reference lines in the figure: {ref_label}: switch accuracy {_f(acc_ref)}, "
                 f"knob MAE {_f(mae_ref)}." if ref_label else ""), "",
              f"![learning curve]({figure_path.relative_to(results_path.parent).as_posix()})", ""]
    lines += ["### What the curve shows", ""]
    for m in models:
        ss = [s for s in sizes if (m, s) in summary]
        if len(ss) < 2:
            continue
        first, last, prev = summary[(m, ss[0])], summary[(m, ss[-1])], summary[(m, ss[-2])]
        cap = training_settings(curve.cfg["models"][m]["training"], ss[-1])["max_epochs"]
        step = prev["mae"] - last["mae"]
        total = first["mae"] - last["mae"]
        flat = total <= 0 or step < 0.1 * total
        lines.append(
            f"- **{m}**: knob MAE {first['mae']:.3f} at {ss[0]:,} -> {last['mae']:.3f} at "
            f"{ss[-1]:,} clips, switch accuracy {first['acc']:.3f} -> {last['acc']:.3f}; the last "
            f"step ({ss[-2]:,} -> {ss[-1]:,}) gains {step:.3f} MAE and "
            f"{last['acc'] - prev['acc']:+.3f} accuracy: "
            + ("**the curve has flattened** (under a tenth of the total gain)." if flat
               else "still improving.")
            + (f" Its {ss[-1]:,}-clip point stopped at its epoch cap ({cap} epochs), so this last "
               "step measures the data and the compute budget together."
               if all(e >= cap for e in last["epochs"]) else ""))
    lines += projection_lines(curve, summary, models)
    best_m = min(models, key=lambda m: np.nan_to_num(
        summary[(m, max(s for mm, s in summary if mm == m))]["mae"], nan=np.inf))
    ss = sorted(s for mm, s in summary if mm == best_m)
    if len(ss) >= 2:
        small = summary[(best_m, ss[0])]["runs"][0]["parameters"]
        large = summary[(best_m, ss[-1])]["runs"][0]["parameters"]
        gains = []
        for k, v in large.items():
            a = small.get(k, {})
            if v["kind"] == "knob" and v["mae"] is not None and a.get("mae") is not None:
                gains.append((a["mae"] - v["mae"], k, f"MAE {a['mae']:.3f} -> {v['mae']:.3f}"))
            elif v["kind"] == "switch" and v["accuracy"] is not None and a.get("accuracy") is not None:
                gains.append((10 * (v["accuracy"] - a["accuracy"]), k,
                              f"accuracy {a['accuracy']:.3f} -> {v['accuracy']:.3f}"))
        gains.sort(reverse=True)
        seed = summary[(best_m, ss[-1])]["runs"][0]["model"]["seed"]
        lines += ["", f"Per parameter, best model at the largest size (**{best_m}**), "
                      f"{ss[0]:,} -> {ss[-1]:,} clips, seed {seed} (sorted by gain; a switch's "
                      "accuracy gain counts x10 to share the knobs' scale):",
                  "", "| parameter | change | gain |", "|---|---|---|"]
        lines += [f"| `{k}` | {txt} | {g:+.3f} |" for g, k, txt in gains]
        if gains:
            lines += ["", f"Gain most: {', '.join(f'`{k}`' for _, k, _ in gains[:3])}; least: "
                          f"{', '.join(f'`{k}`' for _, k, _ in gains[-3:])}. The original found "
                          "envelopes and LFOs hardest."]
    return "\n".join(lines) + "\n"


def _levels_off(p: dict[str, float | None], what: str, last: int) -> str:
    """Where :func:`projection` ``p`` of the metric ``what`` levels off, in words."""
    if p["turn"] is None:
        return (f"{what} does not level off (its last step gained as much as or more than "
                "the one before, per decade)")
    within = " (within these points)" if p["turn"] <= last else ""
    return f"{what} levels off at {p['turn_value']:.3f} near {p['turn']:,.0f} clips{within}"


def measured_features(runs: Path) -> dict[str, dict[str, float]]:
    """``<runs>/features.json``: ``"<kind>@<clips>" -> {"seconds", "clips"}`` per set whose
    shard features a run computed and timed; empty where it has none."""
    path = Path(runs) / "features.json"
    return json.loads(path.read_text()) if path.exists() else {}


def feature_breakdown(runs: Path) -> str:
    """The feature minutes of ``<runs>/features.json`` per kind and set, in words
    (``"cqt 18.8 min for 1,113,120 clips; ..."``), largest set first."""
    rows = sorted(measured_features(runs).items(), key=lambda kv: (-kv[1]["clips"], kv[0]))
    return "; ".join(f"{k.split('@')[0]} {v['seconds'] / 60:.1f} min for {v['clips']:,} clips"
                     for k, v in rows) or "none cached"


def feature_seconds(runs: Path) -> dict[str, float]:
    """Wall seconds a clip of each cached feature kind, as a run measured them
    (``<runs>/features.json``); empty where it has none."""
    return {k.split("@")[0]: v["seconds"] / v["clips"]
            for k, v in measured_features(runs).items() if v["clips"]}


def seed_spread(summary: dict[tuple[str, int], dict[str, Any]], model: str) -> tuple[float, float] | None:
    """The largest standard deviation over seeds of ``model``'s knob MAE and switch
    accuracy at any size trained with several seeds; ``None`` where none was."""
    stds = [(r["mae_std"], r["acc_std"]) for (m, _), r in summary.items()
            if m == model and r["mae_std"] is not None]
    if not stds:
        return None
    return max(a for a, _ in stds), max(b for _, b in stds)


def projection_lines(curve: Curve, summary: dict[tuple[str, int], dict[str, Any]],
                     models: list[str]) -> list[str]:
    """The report's "Where it stops" part, per model with three sizes or more.

    - Where its last two steps are each within twice the seeds' spread
      (:func:`seed_spread`), the curve is flat within noise; else where the parabola
      through its last three points levels off (:func:`projection`).
    - A curve short of :data:`PROJECT_TO` clips: its value there, and what that point
      would cost from this run's measured rates (features, training, memory, disk).
    - A curve that reached it: what its points below made of it, against the measurement.
    """
    from .run import KIND

    todo = [m for m in models if len([s for mm, s in summary if mm == m]) >= 3]
    if not todo:
        return []
    short = [m for m in todo if max(s for mm, s in summary if mm == m) < PROJECT_TO]
    per_clip = feature_seconds(curve.runs)
    disk = None
    if short and curve.train_folder is not None:  # bytes a clip, for a projected point's cost
        n = int(curve.train_meta.get("render", {}).get("n", 0))
        folders = [curve.train_folder, curve.train_folder.with_name(curve.train_folder.name + ".cache")]
        total = sum(f.stat().st_size for d in folders if d.exists() for f in d.rglob("*") if f.is_file())
        disk = total / n if n else None
    lines = ["", f"### Where it stops, and {PROJECT_TO:,} clips", "",
             "Where it stops is read off the parabola in log10(clips) through each model's "
             "last three points (`baselines.scale.projection`; it turns where more clips stop "
             "helping), unless its last two steps are each within twice the spread between "
             "seeds: then the curve is flat within noise."
             + (f" The cost of a {PROJECT_TO:,}-clip point comes from this run's rates: "
                "features per clip (`features.json`), training seconds per epoch per 1,000 "
                "clips at the largest point times the epochs the `clip_epochs` budget allows, "
                "the largest point's peak memory (training streams its shards, so it does not "
                "grow with the size), and the training set's bytes per clip (FLAC and every "
                "feature cache it holds). Where a curve does not turn, its last step is "
                "extended as a straight line in log10(clips)." if short else
                f" Each curve reached {PROJECT_TO:,} clips; beside it stands what the "
                f"parabola through its points below {PROJECT_TO:,} projected there."),
             ""]
    for m in todo:
        ss = sorted(s for mm, s in summary if mm == m)
        maes = [summary[(m, s)]["mae"] for s in ss]
        accs = [summary[(m, s)]["acc"] for s in ss]
        mae, acc = projection(ss, maes, PROJECT_TO), projection(ss, accs, PROJECT_TO)
        last = summary[(m, ss[-1])]
        mae_steps = [maes[-3] - maes[-2], maes[-2] - maes[-1]]
        acc_steps = [accs[-2] - accs[-3], accs[-1] - accs[-2]]
        spread = seed_spread(summary, m)
        if spread is not None and all(abs(d) <= 2 * spread[0] for d in mae_steps) \
                and all(abs(d) <= 2 * spread[1] for d in acc_steps):
            stop = (f"from {ss[-3]:,} to {ss[-2]:,} to {ss[-1]:,} clips knob MAE gains "
                    f"{mae_steps[0]:.3f} then {mae_steps[1]:.3f} and switch accuracy "
                    f"{acc_steps[0]:+.3f} then {acc_steps[1]:+.3f}, each within twice the "
                    f"spread between seeds (standard deviation {spread[0]:.3f} MAE, "
                    f"{spread[1]:.3f} accuracy): **flat within noise from {ss[-3]:,} clips**")
        else:
            stop = (f"{_levels_off(mae, 'knob MAE', ss[-1])}; "
                    f"{_levels_off(acc, 'switch accuracy', ss[-1])}")
        if ss[-1] < PROJECT_TO:
            epochs = training_settings(curve.cfg["models"][m]["training"], PROJECT_TO)["max_epochs"]
            train_min = last["s_per_1000"] * PROJECT_TO / 1000 * epochs / 60
            kind = KIND[curve.chosen[m]["chosen"]["features"]]
            feat = (f"features {per_clip[kind] * PROJECT_TO / 60:.0f} min "
                    f"({1000 * per_clip[kind]:.2f} ms a clip, {kind})" if kind in per_clip
                    else f"features computed on the fly ({kind})")
            lines.append(
                f"- **{m}**: {stop}. At {PROJECT_TO:,} clips: knob MAE "
                f"{mae['value']:.3f}, switch accuracy {acc['value']:.3f} (at {ss[-1]:,}: "
                f"{last['mae']:.3f}, {last['acc']:.3f}). Cost of that point: {feat}, training "
                f"about {train_min:.0f} min ({epochs} epochs at {last['s_per_1000']:.2f} s per "
                f"epoch per 1,000 clips), peak memory about {last['peak']:.0f} MiB"
                + (f", {disk * PROJECT_TO / 1e9:.0f} GB of training set on disk" if disk else "")
                + ".")
            continue
        below = [s for s in ss if s < PROJECT_TO]
        check = ""
        if (m, PROJECT_TO) in summary and len(below) >= 3:
            there = summary[(m, PROJECT_TO)]
            pm = projection(below, maes[:len(below)], PROJECT_TO)
            pa = projection(below, accs[:len(below)], PROJECT_TO)
            check = (f" The parabola through {', '.join(f'{s:,}' for s in below[-3:])} clips "
                     f"projected knob MAE {pm['value']:.3f} and switch accuracy "
                     f"{pa['value']:.3f} at {PROJECT_TO:,}; measured: {there['mae']:.3f} and "
                     f"{there['acc']:.3f}.")
        lines.append(f"- **{m}**: {stop}.{check}")
    return lines


def write_section(results_path: Path, text: str) -> None:
    """Replace (or append) the ``## Learning curve`` section of ``results_path``, atomically."""
    from generators.core.atomic import write_text_atomic

    old = (reading.read_text(results_path, "--results") if results_path.exists()
           else "# Baseline results\n")
    if SECTION in old:
        start = old.index(SECTION)
        nxt = re.search(r"^## (?!#)", old[start + len(SECTION):], flags=re.M)
        end = start + len(SECTION) + nxt.start() if nxt else len(old)
        new = old[:start] + text + ("\n" + old[end:] if nxt else "")
    else:
        new = old.rstrip("\n") + "\n\n" + text
    results_path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(results_path, new)


# --------------------------------------------------------------------- CLI
def _sizes(text: str) -> list[int]:
    try:
        out = [int(v.replace("_", "")) for v in text.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of sizes: {text!r}") from None
    if not out or min(out) <= 0:
        raise argparse.ArgumentTypeError("sizes must be > 0")
    return out


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(prog="python -m baselines.scale",
                                description=__doc__.splitlines()[0].strip("`").split(": ", 1)[-1])
    p.add_argument("--benchmark", help="benchmark name (default: the newest noisemaker benchmark)")
    p.add_argument("--sizes", type=_sizes, default=list(DEFAULT_SIZES),
                   help="training sizes, comma-separated (default 1000,3000,10000,30000,100000)")
    p.add_argument("--models", nargs="+", default=["mlp", "conv-mel", "learned"],
                   help="models of the config (default: mlp conv-mel learned)")
    p.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2],
                   help="seeds at --seeds-at; other sizes use the first (default 0 1 2)")
    p.add_argument("--seeds-at", type=int, default=10_000,
                   help="size trained with every seed (default 10000)")
    p.add_argument("--tune-size", type=int, help="training clips while tuning (config: 10000)")
    p.add_argument("--val-size", type=int, help="validation clips (config: 2000)")
    p.add_argument("--train-data", type=Path,
                   help="training-set folder (default: <data-root>/<benchmark>-train-s<seed>-n<clips>)")
    p.add_argument("--train-seed", type=int, help="training-set seed (default: the benchmark's + 1)")
    p.add_argument("--data-root", type=Path, default=Path("datasets"),
                   help="where datasets are rendered (default datasets/)")
    p.add_argument("--runs", type=Path, default=Path("runs/scale"),
                   help="tuning and point results (default runs/scale/<benchmark>)")
    p.add_argument("--config", type=Path, help="a scale config instead of the shipped one")
    p.add_argument("--results", type=Path, default=Path("baselines/RESULTS.md"),
                   help="the report whose '## Learning curve' section is written")
    p.add_argument("--figure", type=Path, default=Path("baselines/figures/learning-curve.png"))
    p.add_argument("--no-report", action="store_true", help="run the points, write no report")
    p.add_argument("--resynth-limit", type=int_arg("--resynth-limit"), default=0,
                   help="test clips re-rendered for audio metrics per point (default 0)")
    p.add_argument("--nice", type=int, default=10, help="niceness of the training processes (10)")
    p.add_argument("--threads", type=int, default=1,
                   help="PyTorch threads per training (default 1: on the shared 2-core machine "
                        "an MLP step took 5.6 ms on 1 thread and 210 ms on 2, whose threads "
                        "spin waiting for each other when the cores are busy)")
    p.add_argument("--no-isolate", dest="isolate", action="store_false",
                   help="train in this process (no process start-up; peak memory is then the "
                        "whole run's, not each point's)")
    p.add_argument("--stream", action="store_true",
                   help="render the training clips on the fly in each training (generators."
                        "stream), nothing written to disk, instead of rendering a training-set "
                        "folder once")
    p.add_argument("--stream-workers", type=int_arg("--stream-workers", 0, 64), default=1,
                   help="with --stream: render processes per training (default 1; 0: in the "
                        "training process)")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.progress = not args.no_progress
    command = "python -m baselines.scale" + (" " + " ".join(argv) if argv is not None
                                             else "".join(" " + a for a in sys.argv[1:]))
    inputs = {"--config": args.config, "--train-data": args.train_data}
    if not args.no_report:
        check_output(args.results, inputs, "--results")
        check_output(args.figure, inputs | {"--results": args.results}, "--figure")
        if args.results.exists():
            reading.read_text(args.results, "--results")  # refused now, not after training
    curve = Curve(args)
    points = curve.run()
    if not args.no_report:
        figure(summarize(points), curve.bench.instrument, curve.bench.name, args.figure)
        write_section(args.results, section(curve, points, args.figure, args.results, command))
        print(f"wrote the learning curve into {args.results} and {args.figure}")
    for p in points:
        a = p["aggregates"]
        print(f"{p['model']['scale_model']:10s} n={p['model']['train_size']:<7d} "
              f"seed={p['model']['seed']} knob MAE {_f(a['knob_mae_mean'])} switch acc "
              f"{_f(a['switch_accuracy_mean'])} train {p['timing']['train_s']:.0f} s "
              f"peak {p['model']['peak_rss_mib']:.0f} MiB")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
