"""``python -m leaderboard.submit``: score a predictions file and record it as an entry.

Example::

    python -m leaderboard.submit --benchmark noisemaker-v2 --predictions preds.parquet \\
        --name my-model --authors "A. Author" --url https://example.org/paper

Checks the official dataset of the benchmark (``datasets/<benchmark>``, or
``--dataset``: its fingerprint must be the benchmark's; a missing one is
rendered there first unless ``--no-render``), refuses predictions
declared for another dataset, validates and scores them (``benchmark.score``)
and writes ``leaderboard/entries/<benchmark>/<name>/`` atomically: the
results, a copy of the predictions file and the metadata. Open a pull request
with that folder. Any refusal: one ``error:`` line, exit code 2, no entry written.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

from benchmark.configs import (
    check_dataset,
    find_benchmark,
    get_benchmark,
    needs_render,
    render_benchmark,
)
from benchmark.errors import FingerprintError, run_cli
from benchmark.resynth import default_workers
from benchmark.predictions import FORMATS, load_predictions, read_raw
from benchmark.score import score, table, write_json_atomic
from benchmark.task import load_task

from .store import (
    ENTRIES,
    ENTRY_SCHEMA,
    ENTRY_SCHEMA_VERSION,
    MAX_AUTHORS,
    MAX_DESCRIPTION,
    METADATA,
    RESULTS,
    LeaderboardError,
    check_name,
    date_problem,
    find_existing,
    text_problem,
    url_problem,
)

DATASETS = Path("datasets")
"""Where ``python -m generators.render --benchmark NAME`` writes ``NAME``."""

AUDIO_CLIPS = 200
"""Default ``--resynth-limit``: audio metrics on the first 200 test clips, as the baselines."""


def dataset_for(benchmark: str, dataset: str | Path | None = None,
                root: Path = DATASETS, render: bool = False, workers: int = 1,
                progress: bool = False) -> str:
    """The dataset to score against: ``dataset``, or ``<root>/<benchmark>``.

    Args:
        render: render ``<root>/<benchmark>`` first when it is missing or an
            interrupted render of it (with a progress bar if ``progress``).

    Raises:
        LeaderboardError: no dataset (and ``render`` off).
        DatasetError: the render failed.
    """
    if dataset is not None:
        return str(dataset)
    path = Path(root) / benchmark
    if render and needs_render(benchmark, path):
        print(f"rendering {benchmark} into {path} (missing or incomplete)", file=sys.stderr,
              flush=True)
        render_benchmark(benchmark, path, workers, progress)
    if not path.is_dir():
        raise LeaderboardError(
            f"no dataset {path} for benchmark {benchmark}: render it with `python -m "
            f"generators.render --benchmark {benchmark} --out {path}`, drop --no-render, or "
            "pass --dataset FOLDER_OR_HUB_ID")
    return str(path)


def check_declared(benchmark: str, declared: str | None, origin: str) -> None:
    """Refuse a predictions file that declares another benchmark's dataset."""
    if not declared:
        return
    expected = get_benchmark(benchmark).fingerprint()
    if declared == expected:
        return
    other = find_benchmark(declared)
    what = f"benchmark {other.name}" if other else "another dataset"
    raise FingerprintError(
        f"{origin} was made for {what} (fingerprint {declared[:16]}...), not {benchmark} "
        f"({expected[:16]}...): predictions for another benchmark")


def submit(benchmark: str, predictions: Path, name: str, *, authors: str = "",
           url: str | None = None, description: str = "", external_data: bool = False,
           dataset: str | Path | None = None, replace: bool = False,
           entries: Path = ENTRIES, resynth_limit: int | None = AUDIO_CLIPS,
           workers: int = 1, date: str | None = None, progress: bool = False,
           model: dict[str, Any] | None = None, task=None, datasets_root: Path = DATASETS,
           render: bool = False, render_budget: int = 0) -> dict[str, Any]:
    """Validate, score and record ``predictions`` as entry ``name`` of ``benchmark``.

    Args:
        datasets_root: where the benchmark's dataset is, ``<datasets_root>/<benchmark>``
            (unless ``dataset``).
        render: render that dataset first when it is missing (the command's default).
        resynth_limit: test clips re-rendered for the audio metrics (``None``: all, 0: none).
        date: ``YYYY-MM-DD`` (default: today, UTC).
        model: extra keys for the results' ``model`` object (e.g. a baseline's config).
        task: an already loaded task of the dataset (saves reading it again).
        render_budget: renders of the instrument per clip the model used at inference
            (0: a pure predictor), shown as the board's "renders/clip".

    Returns:
        The results document written.

    Raises:
        LeaderboardError, FingerprintError, BenchmarkError: the submission is refused.
    """
    check_name(name)
    get_benchmark(benchmark)
    check_name(benchmark, "benchmark")
    for problem in (text_problem(authors, "--authors", MAX_AUTHORS),
                    text_problem(description, "--description", MAX_DESCRIPTION, lines=True),
                    url_problem(url),
                    date_problem(date) if date is not None else None):
        if problem:
            raise LeaderboardError(problem)
    predictions = Path(predictions)
    suffix = predictions.suffix.lower()
    if suffix not in FORMATS:
        raise LeaderboardError(f"{predictions}: predictions must be a .parquet or .csv file")
    existing = find_existing(entries, benchmark, name)
    if existing is not None and existing.name != name:
        raise LeaderboardError(f"an entry {existing.name!r} already exists for {benchmark} "
                               f"({existing}); names must differ in more than letter case")
    if existing is not None and not replace:
        raise LeaderboardError(f"an entry named {name!r} already exists for {benchmark} "
                               f"({existing}); pass --replace to replace it")
    check_declared(benchmark, read_raw(predictions).fingerprint, str(predictions))

    t0 = time.perf_counter()
    if task is None:
        task = load_task(dataset_for(benchmark, dataset, datasets_root, render, workers,
                                     progress), progress=progress)
    check_dataset(task.meta, benchmark, task.name)
    t1 = time.perf_counter()

    folder = entries / benchmark
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / name
    tmp = folder / f".tmp-{os.getpid()}-{hashlib.sha256(name.encode()).hexdigest()[:8]}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        copy = tmp / f"predictions{suffix}"
        shutil.copyfile(predictions, copy)
        preds = load_predictions(task, copy, "test")
        t2 = time.perf_counter()
        results = score(task, preds, name, benchmark, resynth_limit, workers, progress, copy,
                        {"load_s": t1 - t0, "validate_s": t2 - t1}, render_budget)
        results["predictions"]["file"] = copy.name
        if model:
            results["model"] |= {k: v for k, v in model.items() if k != "name"}
        meta = {
            "schema": ENTRY_SCHEMA,
            "schema_version": ENTRY_SCHEMA_VERSION,
            "name": name,
            "benchmark": benchmark,
            "authors": authors,
            "url": url or None,
            "description": description,
            "date": date or datetime.now(timezone.utc).date().isoformat(),
            "external_data": bool(external_data),
            "predictions": copy.name,
        }
        write_json_atomic(tmp / RESULTS, results)
        (tmp / METADATA).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
        if existing is not None:
            old = folder / f".old-{tmp.name[5:]}"
            os.replace(existing, old)
            os.replace(tmp, final)
            shutil.rmtree(old)
        else:
            os.rename(tmp, final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return results


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m leaderboard.submit",
        description="Validate a predictions file against a benchmark's official dataset, score "
                    "it and record it as a leaderboard entry (leaderboard/entries/<benchmark>/"
                    "<name>/); then open a pull request with that folder.")
    p.add_argument("--benchmark", required=True, help="named benchmark, e.g. noisemaker-v2")
    p.add_argument("--predictions", required=True, type=Path,
                   help="predictions of the test split (.parquet or .csv)")
    p.add_argument("--name", required=True,
                   help="entry name (a folder name: no path separators, control characters or "
                        "leading dot; at most 64 characters)")
    p.add_argument("--authors", default="", help="who made it")
    p.add_argument("--url", help="paper or code (http:// or https://)")
    p.add_argument("--description", default="", help="one paragraph: model, features, training")
    p.add_argument("--external-data", action="store_true",
                   help="the model was trained on data other than the benchmark's train split")
    p.add_argument("--dataset", help="the benchmark's dataset folder or Hub id "
                   "(default: <datasets-root>/<benchmark>)")
    p.add_argument("--datasets-root", type=Path, default=DATASETS,
                   help="folder holding each benchmark's dataset as <root>/<benchmark> "
                        "(default: datasets)")
    p.add_argument("--no-render", action="store_true",
                   help="do not render a missing dataset (by default it is rendered into "
                        "--datasets-root, with a progress bar, before scoring)")
    p.add_argument("--replace", action="store_true", help="replace an entry of the same name")
    p.add_argument("--entries", type=Path, default=ENTRIES,
                   help="the store (default: leaderboard/entries)")
    p.add_argument("--date", help="entry date YYYY-MM-DD (default: today, UTC)")
    p.add_argument("--resynth-limit", type=int, default=AUDIO_CLIPS, metavar="N",
                   help=f"test clips re-rendered for the audio metrics (default {AUDIO_CLIPS}, "
                        "as the baselines)")
    p.add_argument("--workers", type=int, default=default_workers(),
                   help="re-render processes (default: 2)")
    p.add_argument("--render-budget", type=int, default=0, metavar="N",
                   help="renders of the instrument per test clip your model used at inference "
                        "(search, analysis by synthesis); 0 for a pure predictor (default)")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.resynth_limit < 0:
        raise LeaderboardError(f"--resynth-limit must be >= 0, got {args.resynth_limit}")
    if args.workers <= 0:
        raise LeaderboardError(f"--workers must be > 0, got {args.workers}")
    if args.render_budget < 0:
        raise LeaderboardError(f"--render-budget must be >= 0, got {args.render_budget}")
    results = submit(args.benchmark, args.predictions, args.name, authors=args.authors,
                     url=args.url, description=args.description,
                     external_data=args.external_data, dataset=args.dataset,
                     replace=args.replace, entries=args.entries,
                     resynth_limit=args.resynth_limit, workers=args.workers, date=args.date,
                     progress=not args.no_progress, datasets_root=args.datasets_root,
                     render=not args.no_render, render_budget=args.render_budget)
    print(table(results))
    print(f"\nwrote {args.entries / args.benchmark / args.name}: open a pull request with it")
    return 0


if __name__ == "__main__":
    sys.exit(run_cli(main))
