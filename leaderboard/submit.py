"""``python -m leaderboard.submit``: score a predictions file or a model and record it as an entry.

Example::

    python -m leaderboard.submit --benchmark noisemaker-v2 --predictions preds.parquet \\
        --name my-model --authors "A. Author" --url https://example.org/paper
    python -m leaderboard.submit --benchmark noisemaker-v2 --model models/nm-knn \\
        --name my-knn --authors "A. Author"

``--model DIR`` submits a model instead (:mod:`leaderboard.models`: a folder saved by
``baselines.run --save``, or a ``benchmark.run`` package with ``model.py``): it
is run in the sandbox (:mod:`leaderboard.sandbox`) on the public test split,
its predictions are scored as any, and the folder is copied into the entry
(``model/``) so that ``python -m leaderboard.evaluate --hidden`` can run it on
the hidden split.

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
from dataclasses import dataclass, replace
from datetime import datetime, UTC
from pathlib import Path
from typing import Any
from collections.abc import Sequence

from benchmark.configs import check_dataset, find_benchmark, needs_render, render_benchmark
from benchmark.errors import FingerprintError, run_cli
from benchmark.resynth import default_workers
from benchmark.predictions import FORMATS, load_predictions, read_raw
from benchmark.score import RENDER_BUDGET_HELP, render_budget_arg, score, table
from benchmark.task import Task, load_task
from generators.core.atomic import check_output, replace_dir, write_json_atomic
from generators.core.cli import ArgumentParser, int_arg, exit_with, workers_arg
from generators.benchmarks import get_benchmark

from .hidden import DEFAULT_CACHE, secret_file
from .models import MODEL_DIR, check_model_dir, copy_model, predict_clips
from .sandbox import Limits
from .store import (
    EARLIEST_DATE,
    ENTRIES,
    METADATA,
    RESULTS,
    EntryMeta,
    LeaderboardError,
    check_name,
    find_existing,
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


@dataclass(frozen=True)
class SubmitOptions:
    """How a submission is scored and where it is written.

    Attributes:
        dataset: the benchmark's dataset (folder or Hub id); default
            ``<datasets_root>/<benchmark>``.
        datasets_root: where the benchmarks' datasets are.
        render: render that dataset first when it is missing (the command's default).
        entries: the store.
        replace: replace an entry of exactly this name.
        resynth_limit: test clips re-rendered for the audio metrics (``None``: all, 0: none).
        workers: re-render processes.
        render_budget: renders of the instrument per clip the model used at inference
            (0: a pure predictor), shown as the board's "renders/clip".
        progress: progress bars.
    """

    dataset: str | Path | None = None
    datasets_root: Path = DATASETS
    render: bool = False
    entries: Path = ENTRIES
    replace: bool = False
    resynth_limit: int | None = AUDIO_CLIPS
    workers: int = 1
    render_budget: int = 0
    progress: bool = False


OPTION_LABELS = {"authors": "--authors", "description": "--description"}
"""How :meth:`EntryMeta.problems` names the fields that come from an option."""


def submit(meta: EntryMeta, predictions: Path, options: SubmitOptions = SubmitOptions(), *,
           model: dict[str, Any] | None = None, task: Task | None = None,
           model_dir: Path | None = None) -> dict[str, Any]:
    """Validate, score and record ``predictions`` as the entry ``meta`` describes.

    Args:
        meta: name, benchmark, authors, url, description, date (``""``: today, UTC)
            and external data.
        predictions: the predictions file of the test split (.parquet or .csv).
        options: dataset, store, re-rendering.
        model: extra keys for the results' ``model`` object (e.g. a baseline's config).
        task: an already loaded task of the dataset (saves reading it again).
        model_dir: the model folder that made ``predictions`` (copied into the entry).

    Returns:
        The results document written.

    Raises:
        LeaderboardError, FingerprintError, BenchmarkError: the submission is refused.
    """
    name, benchmark, o = meta.name, meta.benchmark, options
    check_name(name)
    get_benchmark(benchmark)
    meta = replace(meta, date=meta.date or datetime.now(UTC).date().isoformat())
    problems = meta.problems(OPTION_LABELS)
    if problems:
        raise LeaderboardError(*problems)
    predictions = Path(predictions)
    suffix = predictions.suffix.lower()
    if suffix not in FORMATS:
        raise LeaderboardError(f"{predictions}: predictions must be a .parquet or .csv file")
    existing = find_existing(o.entries, benchmark, name)
    if existing is not None and existing.name != name:
        raise LeaderboardError(f"an entry {existing.name!r} already exists for {benchmark} "
                               f"({existing}); names must differ in more than letter case")
    if existing is not None and not o.replace:
        raise LeaderboardError(f"an entry named {name!r} already exists for {benchmark} "
                               f"({existing}); pass --replace to replace it")
    dataset = Path(o.dataset) if o.dataset is not None else Path(o.datasets_root) / benchmark
    check_output(o.entries / benchmark / name, {"--predictions": predictions, "dataset": dataset},
                 "entry folder")
    check_declared(benchmark, read_raw(predictions).fingerprint, str(predictions))

    t0 = time.perf_counter()
    if task is None:
        task = load_task(dataset_for(benchmark, o.dataset, o.datasets_root, o.render, o.workers,
                                     o.progress), progress=o.progress)
    check_dataset(task.meta, benchmark, task.name)
    t1 = time.perf_counter()

    folder = o.entries / benchmark
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
        results = score(task, preds, name, benchmark, o.resynth_limit, o.workers, o.progress,
                        copy, {"load_s": t1 - t0, "validate_s": t2 - t1}, o.render_budget)
        results["predictions"]["file"] = copy.name
        if model:
            results["model"] |= {k: v for k, v in model.items() if k != "name"}
        write_json_atomic(tmp / RESULTS, results)
        doc = meta.document(copy.name)
        if model_dir is not None:
            doc["model"] = copy_model(Path(model_dir), tmp / MODEL_DIR)
        (tmp / METADATA).write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
        replace_dir(tmp, final)  # ``existing``, if any, is ``final`` (checked above)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return results


def submit_model(meta: EntryMeta, model_dir: Path, options: SubmitOptions = SubmitOptions(),
                 limits: Limits = Limits(), task: Task | None = None) -> dict[str, Any]:
    """Run the model folder ``model_dir`` in the sandbox on the benchmark's public test
    split, then :func:`submit` its predictions with the folder.

    Raises:
        ModelStopped: it broke a sandbox rule; ModelFailed: it failed otherwise;
        LeaderboardError, BenchmarkError: the submission is refused.
    """
    import tempfile

    from benchmark.predictions import from_columns, validate, write_predictions

    check_name(meta.name)
    kind = check_model_dir(Path(model_dir))
    o = options
    if task is None:
        task = load_task(dataset_for(meta.benchmark, o.dataset, o.datasets_root, o.render,
                                     o.workers, o.progress), progress=o.progress)
    check_dataset(task.meta, meta.benchmark, task.name)
    ids = task.split_ids("test")
    if o.progress:
        print(f"running the {kind} model {model_dir} in the sandbox on the {len(ids)} public "
              "test clips", file=sys.stderr, flush=True)
    cols = predict_clips(Path(model_dir), task.audio_bytes(ids), task.n_samples,
                         task.sample_rate, task.source if kind == "package" else None, limits,
                         forbid=[secret_file(), DEFAULT_CACHE.expanduser()])
    preds = validate(task, from_columns(cols, ids, task.fingerprint, origin="the model"), "test")
    with tempfile.TemporaryDirectory(prefix="secret-sauce-submit-") as tmp:
        path = write_predictions(Path(tmp) / "predictions.parquet", preds, task)
        return submit(meta, path, options, task=task, model_dir=Path(model_dir),
                      model={"submission": kind})


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog="python -m leaderboard.submit",
        description="Validate a predictions file against a benchmark's official dataset, score "
                    "it and record it as a leaderboard entry (leaderboard/entries/<benchmark>/"
                    "<name>/); then open a pull request with that folder.")
    p.add_argument("--benchmark", required=True, help="named benchmark, e.g. noisemaker-v2")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--predictions", type=Path,
                      help="predictions of the test split (.parquet or .csv)")
    what.add_argument("--model", type=Path, metavar="DIR",
                      help="a model instead: a folder saved by python -m baselines.run --save, "
                           "or a package with model.py (load_model, predict: the benchmark.run "
                           "protocol) and its weights; it runs in the sandbox on the public test "
                           "split and is kept in the entry for the hidden split")
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
    p.add_argument("--date", help=f"entry date YYYY-MM-DD, from {EARLIEST_DATE} to today "
                   "(UTC, a day's grace for time zones; default: today)")
    p.add_argument("--resynth-limit", type=int_arg("--resynth-limit"), default=AUDIO_CLIPS, metavar="N",
                   help=f"test clips re-rendered for the audio metrics (default {AUDIO_CLIPS}, "
                        "as the baselines)")
    p.add_argument("--workers", type=workers_arg, default=default_workers(),
                   help="re-render processes (default: 2)")
    p.add_argument("--render-budget", type=render_budget_arg, default=0, metavar="N",
                   help=RENDER_BUDGET_HELP)
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    meta = EntryMeta(args.name, args.benchmark, args.authors, args.url, args.description,
                     args.date or "", args.external_data)
    options = SubmitOptions(args.dataset, args.datasets_root, not args.no_render, args.entries,
                            args.replace, args.resynth_limit, args.workers, args.render_budget,
                            not args.no_progress)
    if args.model is not None:
        results = submit_model(meta, args.model, options)
    else:
        results = submit(meta, args.predictions, options)
    print(table(results))
    print(f"\nwrote {args.entries / args.benchmark / args.name}: open a pull request with it")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
