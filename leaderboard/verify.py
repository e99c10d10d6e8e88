"""``python -m leaderboard.verify``: re-score every entry and compare with what it stores.

For each entry under ``leaderboard/entries/<benchmark>/<name>/`` it checks the
metadata, that the predictions file is the one scored (sha256), that the
stored fingerprint is the benchmark's (with the installed software) and that
the benchmark's dataset has it, then validates and scores the predictions
again (the same number of re-rendered clips) and compares every score
(a benchmark dataset missing from ``--datasets-root`` is rendered there first,
unless ``--no-render``):
parameter metrics, aggregates, counts and split exactly; the audio metrics
within a relative :data:`AUDIO_RTOL` (re-rendering is bit-exact, but the
log-Mel projection is a float32 matrix product whose rounding depends on the
BLAS build and thread count: measured up to 3e-9 relative between 1 and 2
threads). Each benchmark's test split is checked against its pinned
reference digest (``generators.benchmarks.reference_check``), and the verdict is
printed per benchmark: built-in instruments must reproduce it byte for byte;
a plug-in benchmark rendered differently on this machine (plug-ins are
binaries we do not control) is verified with its audio metrics within
:data:`PLUGIN_AUDIO_RTOL` instead. Exit code 1, with each entry and field
that differs, when any entry fails; 2 for a usage error.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Iterable, Sequence

from benchmark.configs import check_dataset, needs_render, render_benchmark
from benchmark.errors import BenchmarkError, run_cli
from benchmark.resynth import default_workers
from benchmark.predictions import load_predictions
from benchmark.score import score
from benchmark.task import Task, load_task
from generators.core.cli import ArgumentParser, exit_with, workers_arg
from generators.core.errors import UserError
from generators.benchmarks import BENCHMARKS, reference_line
from generators.core.reading import brief

from .models import MODEL_DIR, tree_digest
from .store import (
    ENTRIES,
    HIDDEN,
    METADATA,
    PREDICTION_FILES,
    RESULTS,
    Entry,
    LeaderboardError,
    entry_dirs,
    metadata_problems,
    name_problem,
    read_entry,
)
from .submit import DATASETS

AUDIO_RTOL = 1e-6
"""Relative tolerance of the audio metrics (everything else must be equal)."""

PLUGIN_AUDIO_RTOL = 0.05
"""Relative tolerance of the audio metrics of a plug-in benchmark whose test
split this machine renders differently from the reference (another build or
CPU of the plug-in): the predictions are re-rendered by the same plug-in, so
the metrics move by about as much as the references do."""

DATASET_KEYS = ("benchmark", "instrument", "n", "seed", "split", "n_scored", "reference")


@dataclass
class Outcome:
    """The verdict on one entry: ``ok``, ``failed`` or ``skipped``, and why."""

    entry: str
    status: str
    problems: list[str] = field(default_factory=list)
    reference: str | None = None
    """One line on whether this machine reproduces the benchmark's reference."""


def scores_view(results: dict[str, Any]) -> dict[str, Any]:
    """The parts of a results document that re-scoring must reproduce."""
    d = results.get("dataset") or {}
    p = results.get("predictions") or {}
    return {
        "dataset": {k: d.get(k) for k in DATASET_KEYS},
        "predictions": {"declared_fingerprint": p.get("declared_fingerprint")},
        "parameters": results.get("parameters"),
        "aggregates": results.get("aggregates"),
        "audio": results.get("audio"),
    }


def differences(stored: Any, fresh: Any, path: str = "", rtol: float = 0.0) -> list[str]:
    """``path: stored X, re-scored Y`` for every leaf that differs.

    Numbers under ``audio.metrics`` may differ by ``rtol`` (relative); all
    other values must be equal (and of the same JSON type).
    """
    if isinstance(stored, dict) and isinstance(fresh, dict):
        out = []
        for k in [*fresh, *(k for k in stored if k not in fresh)]:
            sub = f"{path}.{k}" if path else str(k)
            if k not in stored:
                out.append(f"{sub}: missing from the stored results (re-scored {fresh[k]!r})")
            elif k not in fresh:
                out.append(f"{sub}: stored {stored[k]!r}, not produced by re-scoring")
            else:
                out += differences(stored[k], fresh[k], sub, rtol)
        return out
    if _number(stored) and _number(fresh):
        tol = rtol if path.startswith("audio.metrics.") else 0.0
        if stored == fresh or (tol and math.isclose(stored, fresh, rel_tol=tol, abs_tol=1e-12)):
            return []
        return [f"{path}: stored {stored!r}, re-scored {fresh!r}"]
    if type(stored) is not type(fresh) or stored != fresh:
        return [f"{path}: stored {stored!r}, re-scored {fresh!r}"]
    return []


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def structure_problems(entry: Entry) -> list[str]:
    """Metadata, names, files and the predictions' sha256 (no dataset needed)."""
    problems = metadata_problems(entry.meta)
    p = name_problem(entry.name, "entry folder name")
    if p:
        problems.append(p)
    if entry.meta.get("name") != entry.name:
        problems.append(f"metadata name {entry.meta.get('name')!r} is not the folder name "
                        f"{entry.name!r}")
    if entry.meta.get("benchmark") != entry.benchmark:
        problems.append(f"metadata benchmark {entry.meta.get('benchmark')!r} is not the folder "
                        f"{entry.benchmark!r}")
    r = entry.results
    if (r.get("model") or {}).get("name") != entry.name:
        problems.append(f"results model.name {(r.get('model') or {}).get('name')!r} is not "
                        f"{entry.name!r}")
    if (r.get("dataset") or {}).get("split") != "test":
        problems.append(f"results scored the {(r.get('dataset') or {}).get('split')!r} split, "
                        "not test")
    allowed = {METADATA, RESULTS, str(entry.meta.get("predictions"))}
    if entry.is_model:
        allowed |= {MODEL_DIR, HIDDEN}
        folder = entry.path / MODEL_DIR
        if not folder.is_dir():
            problems.append(f"model folder {MODEL_DIR}/ is missing")
        elif tree_digest(folder) != entry.meta["model"].get("sha256"):
            problems.append(f"model.sha256: the {MODEL_DIR}/ folder is not the one that made "
                            "the predictions")
    stray = sorted(p.name for p in entry.path.iterdir() if p.name not in allowed)
    if stray:
        problems.append(f"unexpected files {', '.join(stray)} (an entry holds {METADATA}, "
                        f"{RESULTS} and one of {', '.join(PREDICTION_FILES)}; a model entry "
                        f"also {MODEL_DIR}/ and {HIDDEN})")
    if not entry.predictions.is_file():
        problems.append(f"predictions file {entry.predictions.name} is missing")
    else:
        stored = (r.get("predictions") or {}).get("sha256")
        actual = sha256_file(entry.predictions)
        if stored != actual:
            problems.append(f"predictions.sha256: stored {stored!r}, file has {actual!r} (the "
                            "predictions file is not the one scored)")
    return problems


def audio_limit(results: dict[str, Any]) -> int | None:
    """The ``resynth_limit`` that reproduces the stored audio metrics."""
    audio = results.get("audio")
    if audio is None:
        return 0
    return audio.get("limit")


class Datasets:
    """Each benchmark's dataset, loaded and fingerprint-checked once.

    Args:
        root: folder of the datasets, ``<root>/<benchmark>``.
        overrides: benchmark -> dataset folder or Hub id, instead of ``<root>/<benchmark>``.
        progress: progress bar while rendering.
        render: render a missing (or resume an interrupted) ``<root>/<benchmark>`` first.
        workers: render processes.
    """

    def __init__(self, root: Path, overrides: dict[str, str] | None = None,
                 progress: bool = False, render: bool = False, workers: int = 1) -> None:
        self.root = root
        self.overrides = overrides or {}
        self.progress = progress
        self.render = render
        self.workers = workers
        self._cache: dict[str, tuple[Task | None, str | None]] = {}

    def _render(self, benchmark: str) -> str | None:
        """Render ``<root>/<benchmark>`` if asked and needed; why not, if it failed."""
        folder = self.root / benchmark
        if not self.render or benchmark in self.overrides or not needs_render(benchmark, folder):
            return None
        print(f"rendering {benchmark} into {folder} (missing or incomplete)", file=sys.stderr,
              flush=True)
        try:
            render_benchmark(benchmark, folder, self.workers, self.progress)
        except UserError as e:
            return f"cannot render {folder}: {' '.join(e.problems)}"
        return None

    def source(self, benchmark: str) -> str | None:
        if benchmark in self.overrides:
            return self.overrides[benchmark]
        path = self.root / benchmark
        return str(path) if path.is_dir() else None

    def get(self, benchmark: str) -> tuple[Task | None, str | None]:
        """``(task, None)``, or ``(None, why)`` when the dataset is missing or not the benchmark's."""
        if benchmark not in self._cache:
            failed = self._render(benchmark)
            if failed:
                self._cache[benchmark] = (None, failed)
                return self._cache[benchmark]
            src = self.source(benchmark)
            if src is None:
                self._cache[benchmark] = (None, f"no dataset {self.root / benchmark} (render it "
                                          f"with `python -m generators.render --benchmark "
                                          f"{benchmark} --out {self.root / benchmark}`, or "
                                          "drop --no-render)")
            else:
                try:
                    task = load_task(src, progress=self.progress)
                    check_dataset(task.meta, benchmark, task.name)
                    self._cache[benchmark] = (task, None)
                except UserError as e:
                    self._cache[benchmark] = (None, " ".join(e.problems))
        return self._cache[benchmark]


def verify_entry(path: Path, datasets: Datasets, skip_missing: bool = False,
                 audio_rtol: float = AUDIO_RTOL, workers: int = 1) -> Outcome:
    """Re-score one entry folder and compare (see the module docstring)."""
    label = f"{path.parent.name}/{path.name}"
    try:
        entry = read_entry(path)
    except LeaderboardError as e:
        return Outcome(label, "failed", e.problems)
    problems = structure_problems(entry)
    bench = BENCHMARKS.get(entry.benchmark)
    if bench is None:
        problems.append(f"unknown benchmark {entry.benchmark!r}; known: {', '.join(BENCHMARKS)}")
        return Outcome(label, "failed", problems)
    stored_fp = (entry.results.get("dataset") or {}).get("fingerprint")
    expected = bench.fingerprint()
    if stored_fp != expected:
        problems.append(f"dataset.fingerprint: stored {str(stored_fp)[:16]}..., benchmark "
                        f"{bench.name} has {expected[:16]}... with the installed software "
                        "(scored on another dataset, or with other versions: re-score it)")
    task, why = datasets.get(entry.benchmark)
    if task is None:
        if skip_missing and datasets.source(entry.benchmark) is None:
            return Outcome(label, "failed" if problems else "skipped",
                           problems or [f"not re-scored: {why}"])
        problems.append(why or "no dataset")
        return Outcome(label, "failed", problems)
    if not entry.predictions.is_file():
        return Outcome(label, "failed", problems)
    try:
        preds = load_predictions(task, entry.predictions, "test")
        fresh = score(task, preds, entry.name, entry.benchmark, audio_limit(entry.results),
                      workers, predictions_file=entry.predictions)
    except BenchmarkError as e:
        problems += [f"re-scoring: {p}" for p in e.problems]
        return Outcome(label, "failed", problems)
    stored_view, fresh_view = scores_view(entry.results), scores_view(fresh)
    ref = fresh_view["dataset"]["reference"] or {}
    if ref.get("reproduced") is False and bench.cpu_dependent:
        audio_rtol = max(audio_rtol, PLUGIN_AUDIO_RTOL)
        for view in (stored_view, fresh_view):  # only the pinned digest must agree
            view["dataset"]["reference"] = {"reference": (view["dataset"]["reference"] or {})
                                            .get("reference")}
    problems += differences(stored_view, fresh_view, rtol=audio_rtol)
    return Outcome(label, "failed" if problems else "ok", problems,
                   reference_line(bench, ref) if ref else None)


def verify(entries: Path = ENTRIES, datasets_root: Path = DATASETS,
           benchmarks: Iterable[str] | None = None, skip_missing: bool = False,
           audio_rtol: float = AUDIO_RTOL, workers: int = 1,
           datasets: dict[str, str] | None = None, report=None, render: bool = False,
           progress: bool = False) -> list[Outcome]:
    """Verify every entry under ``entries`` (of ``benchmarks`` only, if given).

    Args:
        datasets: benchmark -> dataset folder or Hub id, instead of ``<datasets_root>/<name>``.
        report: called with each :class:`Outcome` as it is decided.
        render: render a benchmark's missing dataset into ``<datasets_root>/<name>`` first
            (the command's default; off here).
        progress: progress bar while rendering.
    """
    store = Datasets(datasets_root, datasets, progress, render, workers)
    out = []
    for path in entry_dirs(entries, benchmarks):
        o = verify_entry(path, store, skip_missing, audio_rtol, workers)
        out.append(o)
        if report:
            report(o)
    return out


def print_outcome(o: Outcome) -> None:
    print(f"{o.status:8s} {o.entry}", flush=True)
    for p in o.problems:
        print(f"  {p}", flush=True)


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog="python -m leaderboard.verify",
        description="Re-score every leaderboard entry from its predictions file and fail "
                    "(exit 1) if a stored score, the predictions' sha256 or the fingerprint "
                    "differs.")
    p.add_argument("--entries", type=Path, default=ENTRIES,
                   help="the store (default: leaderboard/entries)")
    p.add_argument("--datasets-root", type=Path, default=DATASETS,
                   help="folder holding each benchmark's dataset as <root>/<benchmark> "
                        "(default: datasets)")
    p.add_argument("--benchmark", action="append", metavar="NAME",
                   help="verify this benchmark's entries only (repeatable; a registered "
                        f"benchmark: {', '.join(BENCHMARKS)})")
    p.add_argument("--no-render", action="store_true",
                   help="do not render a missing dataset (by default it is rendered into "
                        "--datasets-root, with a progress bar, and verify goes on)")
    p.add_argument("--skip-missing", action="store_true",
                   help="with --no-render: skip (instead of failing) the entries whose dataset "
                        "is not there")
    p.add_argument("--audio-rtol", type=float, default=AUDIO_RTOL,
                   help=f"relative tolerance of the audio metrics, 0-1 (default {AUDIO_RTOL:g})")
    p.add_argument("--workers", type=workers_arg, default=default_workers(),
                   help="render and re-render processes (default: 2)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.entries.is_dir():
        raise LeaderboardError(f"no entries folder {args.entries}")
    if not 0 <= args.audio_rtol <= 1:
        raise LeaderboardError(f"--audio-rtol must be in 0-1, got {args.audio_rtol}")
    unknown = [b for b in dict.fromkeys(args.benchmark or []) if b not in BENCHMARKS]
    if unknown:
        raise LeaderboardError(f"--benchmark: unknown {', '.join(map(brief, unknown))}; known: "
                               f"{', '.join(BENCHMARKS)}")
    outcomes = verify(args.entries, args.datasets_root, args.benchmark, args.skip_missing,
                      args.audio_rtol, args.workers, report=print_outcome,
                      render=not args.no_render, progress=not args.no_progress)
    counts = {s: sum(o.status == s for o in outcomes) for s in ("ok", "failed", "skipped")}
    if not outcomes:
        print(f"no entries under {args.entries}")
        return 0
    for line in dict.fromkeys(o.reference for o in outcomes if o.reference):
        print(f"reference: {line}")
    print(f"{len(outcomes)} entries: {counts['ok']} ok, {counts['failed']} failed, "
          f"{counts['skipped']} skipped")
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    exit_with(run_cli(main))
