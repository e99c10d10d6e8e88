"""``python -m leaderboard.rescore``: bring the stored audio scores up to the metric registry.

When the registry gains an audio metric (or the results schema changes), every entry's
``results.json`` must be re-scored before ``python -m leaderboard.verify`` passes again.
For each entry this re-scores its predictions exactly as verify does (the same test
split, the same number of re-rendered clips), refuses to touch it when anything but the
audio block differs (parameter scores, dataset, counts: those must not move when a
metric is added; verify will say what differs), and otherwise writes the fresh
``audio``, ``metrics``, ``schema_version``, ``versions`` and ``timing.audio_s`` into
its ``results.json`` (atomically), keeping the rest (model, date, predictions' sha256).
An entry already at the current schema with every audio metric is skipped, so an
interrupted run resumes. Exit code 1 when an entry was refused or failed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any
from collections.abc import Sequence

from benchmark.errors import BenchmarkError, run_cli
from benchmark.metrics import AUDIO_METRICS
from benchmark.predictions import load_predictions
from benchmark.resynth import default_workers
from benchmark.score import RESULTS_SCHEMA_VERSION, score
from generators.core.atomic import write_json_atomic
from generators.core.cli import ArgumentParser, exit_with, workers_arg
from generators.benchmarks import BENCHMARKS

from .store import ENTRIES, RESULTS, LeaderboardError, entry_dirs, read_entry
from .submit import DATASETS
from .verify import Datasets, audio_limit, differences, scores_view, structure_problems


def up_to_date(results: dict[str, Any]) -> bool:
    """Whether ``results`` is at the current schema with every audio metric (or no audio)."""
    audio = results.get("audio")
    return results.get("schema_version") == RESULTS_SCHEMA_VERSION and (
        audio is None or (set(audio.get("metrics") or {}) == set(AUDIO_METRICS)
                          and set(audio.get("n_defined") or {}) == set(AUDIO_METRICS)))


def rescored(stored: dict[str, Any], fresh: dict[str, Any]) -> dict[str, Any]:
    """``stored`` with the fresh audio block, metric registry, schema and versions."""
    timing = dict(stored.get("timing") or {})
    timing["audio_s"] = (fresh.get("timing") or {}).get("audio_s")
    timing["total_s"] = round(sum(v for k, v in timing.items()
                                  if k != "total_s" and isinstance(v, (int, float))), 3)
    return stored | {"schema_version": fresh["schema_version"], "versions": fresh["versions"],
                     "metrics": fresh["metrics"], "audio": fresh["audio"], "timing": timing}


def rescore_entry(path: Path, datasets: Datasets, workers: int = 1,
                  force: bool = False) -> tuple[str, list[str]]:
    """Re-score one entry folder: ``("rescored" | "skipped" | "refused", problems)``."""
    try:
        entry = read_entry(path)
    except LeaderboardError as e:
        return "refused", e.problems
    if not force and up_to_date(entry.results):
        return "skipped", []
    problems = structure_problems(entry)
    if problems:
        return "refused", problems
    task, why = datasets.get(entry.benchmark)
    if task is None:
        return "refused", [why or "no dataset"]
    try:
        preds = load_predictions(task, entry.predictions, "test")
        fresh = score(task, preds, entry.name, entry.benchmark, audio_limit(entry.results),
                      workers, predictions_file=entry.predictions)
    except BenchmarkError as e:
        return "refused", [f"re-scoring: {p}" for p in e.problems]
    stored_view, fresh_view = scores_view(entry.results), scores_view(fresh)
    del stored_view["audio"], fresh_view["audio"]
    problems = differences(stored_view, fresh_view)
    if problems:
        return "refused", problems
    write_json_atomic(path / RESULTS, rescored(entry.results, fresh))
    return "rescored", []


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog="python -m leaderboard.rescore",
        description="Re-score every leaderboard entry's audio metrics with the current metric "
                    "registry and write them into its results.json (only when nothing else "
                    "moved); entries already up to date are skipped.")
    p.add_argument("--entries", type=Path, default=ENTRIES,
                   help="the store (default: leaderboard/entries)")
    p.add_argument("--datasets-root", type=Path, default=DATASETS,
                   help="folder holding each benchmark's dataset as <root>/<benchmark> "
                        "(default: datasets; a missing one is rendered there)")
    p.add_argument("--benchmark", action="append", metavar="NAME",
                   help=f"only this benchmark's entries (repeatable; one of {', '.join(BENCHMARKS)})")
    p.add_argument("--force", action="store_true", help="re-score entries already up to date")
    p.add_argument("--workers", type=workers_arg, default=default_workers(),
                   help="re-render processes (default: 2)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.entries.is_dir():
        raise LeaderboardError(f"no entries folder {args.entries}")
    unknown = [b for b in dict.fromkeys(args.benchmark or []) if b not in BENCHMARKS]
    if unknown:
        raise LeaderboardError(f"--benchmark: unknown {', '.join(unknown)}; known: "
                               f"{', '.join(BENCHMARKS)}")
    datasets = Datasets(args.datasets_root, render=True, workers=args.workers)
    counts = {"rescored": 0, "skipped": 0, "refused": 0}
    for path in entry_dirs(args.entries, args.benchmark):
        t0 = time.perf_counter()
        status, problems = rescore_entry(path, datasets, args.workers, args.force)
        counts[status] += 1
        print(f"{status:9s} {path.parent.name}/{path.name} ({time.perf_counter() - t0:.0f} s)",
              flush=True)
        for p in problems:
            print(f"  {p}", file=sys.stderr, flush=True)
    print(", ".join(f"{v} {k}" for k, v in counts.items()))
    return 1 if counts["refused"] else 0


if __name__ == "__main__":
    exit_with(run_cli(main))
