"""A tiny leaderboard for the leaderboard tests, built once per test session.

The tiny benchmark ``tiny-v1`` (the 60-clip noisemaker set ``tiny_noisemaker``
of ``tests/conftest.py``) is registered in ``generators.benchmarks.BENCHMARKS`` only
while something runs inside :func:`registered` (the production registry
stays strict: ``check_dataset`` needs a named benchmark's fingerprint).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from pathlib import Path
from collections.abc import Iterator

import numpy as np
import pytest

from benchmark.predictions import from_columns, validate, write_predictions
from benchmark.task import Task, load_task
from generators.benchmarks import Benchmark, BENCHMARKS

from tests.benchmark_data import TINY, truth_columns

BENCH = "tiny-v1"
XSS_NAME = "noisy <script>window.pwned=1;"
XSS_DESCRIPTION = '<img src=x onerror="window.pwned=2"></details><b>bold?</b>'
DATE = "2026-01-02"


def tiny_benchmark() -> Benchmark:
    spec = TINY["nm"]
    return Benchmark(BENCH, spec["instrument"], spec["n"], seed=spec["seed"],
                     description="60 noisemaker clips (test only)")


@contextlib.contextmanager
def registered() -> Iterator[None]:
    """``tiny-v1`` in the benchmark registry for the duration."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(BENCHMARKS, BENCH, tiny_benchmark())
        yield


@dataclass
class TinyBoard:
    """Paths of the session's tiny board (treat as read-only; copy to modify)."""

    dataset: Path
    datasets_root: Path
    task: Task
    preds: dict[str, Path]
    entries: Path
    readme: Path
    site: Path


def prediction_files(task: Task, folder: Path) -> dict[str, Path]:
    """oracle (the truth), noisy (knobs off by ~1.5, every 3rd switch wrong), naive (constants)."""
    ids = task.split_ids("test")
    truth = truth_columns(task, ids)
    noisy, naive = {}, {}
    train = task.split_ids("train")
    for name in task.targets:
        p = task.instrument.param(name)
        if task.is_knob(name):
            noisy[name] = [None if v is None else float(np.clip(v + (1.5 if v < 5 else -1.5), 0, 10))
                           for v in truth[name]]
            mean = float(np.mean(task.labels[name][train]))
            naive[name] = [None if v is None else mean for v in truth[name]]
        else:
            labels = list(p.labels)
            noisy[name] = [None if v is None else
                           (labels[(labels.index(v) + 1) % len(labels)] if k % 3 == 0 else v)
                           for k, v in enumerate(truth[name])]
            vals, counts = np.unique(task.labels[name][train].astype(str), return_counts=True)
            naive[name] = [None if v is None else str(vals[np.argmax(counts)]) for v in truth[name]]
    out = {}
    for key, cols in (("oracle", truth), ("noisy", noisy), ("naive", naive)):
        preds = validate(task, from_columns(cols, ids), "test")
        out[key] = write_predictions(folder / f"{key}.parquet", preds, task)
    return out


def tiny_board(factory: pytest.TempPathFactory, ds: Path) -> TinyBoard:
    """Three entries submitted to ``tiny-v1`` (the dataset ``ds``) and the board rendered
    (the session fixture ``board`` of ``tests/conftest.py`` builds it once)."""
    from leaderboard.board import render
    from leaderboard.store import EntryMeta
    from leaderboard.submit import SubmitOptions, submit

    base = factory.mktemp("board")
    root = base / "datasets"
    root.mkdir()
    (root / BENCH).symlink_to(ds, target_is_directory=True)
    task = load_task(ds)
    preds = prediction_files(task, base / "preds")
    entries = base / "entries"
    with registered():
        options = SubmitOptions(entries=entries)
        submit(EntryMeta("naive", BENCH, "Test suite", "https://example.org/n",
                         "train means and majority labels", DATE), preds["naive"], options,
               task=task)
        submit(EntryMeta("oracle", BENCH, "Test suite", description="the true settings",
                         date=DATE), preds["oracle"], replace(options, render_budget=200),
               task=task)
        submit(EntryMeta(XSS_NAME, BENCH, "<i>Mallory</i> & co", description=XSS_DESCRIPTION,
                         date=DATE, external_data=True), preds["noisy"], options, task=task)
        render(entries, base / "README.md", base / "site", root, warn=lambda m: None)
    return TinyBoard(ds, root, task, preds, entries, base / "README.md", base / "site")
