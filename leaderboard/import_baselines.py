"""``python -m leaderboard.import_baselines``: the baselines' runs become leaderboard entries.

Each finished run ``runs/<benchmark>/<model>[-<features>]/`` of ``python -m
baselines.run`` / ``baselines.reproduce`` (a ``results.json`` on a named
benchmark, not a ``--fast`` smoke run) is submitted like any other
predictions file (validated, scored with the run's number of re-rendered
clips) as the entry ``baseline-<model>[-<features>]`` by
"Secret Sauce baselines", dated with the run. A run whose predictions are
already an entry is skipped; a changed run replaces its entry. Entries of
other authors are never replaced.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any
from collections.abc import Sequence

from benchmark.errors import run_cli
from benchmark.resynth import default_workers
from benchmark.task import Task, load_task
from generators.core.cli import ArgumentParser, exit_with, workers_arg
from generators.benchmarks import BENCHMARKS

from .store import (
    BASELINE_AUTHORS,
    ENTRIES,
    EntryMeta,
    LeaderboardError,
    find_existing,
    read_json,
)
from .submit import DATASETS, SubmitOptions, dataset_for, submit
from .verify import sha256_file

RUNS = Path("runs")

MODEL_TEXT = {
    "naive": "Naive: the train mean of each knob and the majority label of each switch",
    "knn": "k-nearest neighbours, one model per parameter, k tuned by 3-fold cross-validation",
    "tree": "Decision tree, one model per parameter, depth tuned by 3-fold cross-validation",
    "mlp": "Joint MLP (softmax heads for switches, linear heads for knobs, dependent knobs "
           "scaled by their switch's on-probability)",
    "lstm": "Joint LSTM (softmax heads for switches, linear heads for knobs, dependent knobs "
            "scaled by their switch's on-probability)",
    "conv": "Joint 1-D convolutional network (softmax heads for switches, linear heads for "
            "knobs, dependent knobs scaled by their switch's on-probability)",
    "learned": "Joint network learning its own filterbank from the STFT, then 1-D convolutions "
               "(softmax heads for switches, linear heads for knobs, dependent knobs scaled by "
               "their switch's on-probability)",
}
FEATURE_TEXT = {"mfcc": "20 MFCC frames", "mel": "32-band log-Mel frames",
                "mfcc_delta": "20 MFCC + 20 delta + 20 delta-delta frames",
                "cqt": "84-bin constant-Q (dB) frames", "stft": "log-power STFT frames (1025 bins)"}


def entry_name(run: str) -> str:
    return f"baseline-{run}"


def describe(results: dict[str, Any], run: str) -> str:
    """One paragraph: model, features, config file, seed."""
    model = results.get("model") or {}
    base = run.split("-")[0]
    text = MODEL_TEXT.get(base, f"Baseline {base}")
    feats = model.get("features")
    if feats:
        text += f", on {FEATURE_TEXT.get(feats, feats)}"
    cfg = "naive.yaml" if base == "naive" else f"{run}.yaml"
    if base in ("mlp", "lstm", "conv", "learned"):
        text += "; trained on the train split, early stopping on validation"
    else:
        text += "; fitted on the train and validation splits"
    return text + f". Config baselines/configs/{cfg}, seed {model.get('seed', 0)}."


def find_runs(runs: Path) -> list[tuple[str, Path]]:
    """``(benchmark, run folder)`` of the finished runs on named benchmarks."""
    out = []
    if not runs.is_dir():
        return out
    for b in sorted(p for p in runs.iterdir() if p.is_dir() and p.name in BENCHMARKS):
        for r in sorted(p for p in b.iterdir() if p.is_dir()):
            if (r / "results.json").is_file() and (r / "predictions.parquet").is_file():
                out.append((b.name, r))
    return out


def import_runs(runs: Path = RUNS, entries: Path = ENTRIES, datasets_root: Path = DATASETS,
                workers: int = 1, log=print) -> list[str]:
    """Import every finished run; returns the entries written."""
    written = []
    tasks: dict[str, Task] = {}
    for bench, run in find_runs(runs):
        label = f"{bench}/{run.name}"
        results = read_json(run / "results.json")
        model = results.get("model") or {}
        if results.get("dataset", {}).get("benchmark") != bench:
            log(f"skipped {label}: scored on {results.get('dataset', {}).get('name')!r}, "
                f"not benchmark {bench}")
            continue
        if model.get("fast"):
            log(f"skipped {label}: a --fast smoke run")
            continue
        name = entry_name(run.name)
        existing = find_existing(entries, bench, name)
        if existing is not None:
            meta = read_json(existing / "metadata.json")
            if meta.get("authors") != BASELINE_AUTHORS:
                log(f"skipped {label}: entry {existing.name!r} exists and is not a baseline")
                continue
            old = read_json(existing / "results.json")
            if (old.get("predictions") or {}).get("sha256") == sha256_file(
                    run / "predictions.parquet"):
                log(f"unchanged {bench}/{name}")
                continue
        if bench not in tasks:
            tasks[bench] = load_task(dataset_for(bench, None, datasets_root))
        audio = results.get("audio")
        limit = 0 if audio is None else audio.get("limit")
        extra = {k: model[k] for k in ("kind", "features", "seed", "config") if k in model}
        extra["baseline_run"] = f"runs/{bench}/{run.name}"
        meta = EntryMeta(name, bench, BASELINE_AUTHORS, None, describe(results, run.name),
                         str(results.get("created", ""))[:10],
                         bool(model.get("external_data", False)))
        options = SubmitOptions(entries=entries, replace=existing is not None,
                                resynth_limit=limit, workers=workers,
                                render_budget=int(results.get("render_budget") or 0))
        new = submit(meta, run / "predictions.parquet", options, model=extra, task=tasks[bench])
        same = (new["parameters"] == results.get("parameters")
                and new["aggregates"] == results.get("aggregates"))
        log(f"{'replaced' if existing else 'imported'} {bench}/{name}"
            + ("" if same else " (note: its parameter scores differ from the run's results.json)"))
        written.append(f"{bench}/{name}")
    return written


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(prog="python -m leaderboard.import_baselines",
                                description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=Path, default=RUNS, help="baseline runs (default: runs)")
    p.add_argument("--entries", type=Path, default=ENTRIES,
                   help="the store (default: leaderboard/entries)")
    p.add_argument("--datasets-root", type=Path, default=DATASETS,
                   help="benchmark datasets as <root>/<benchmark> (default: datasets)")
    p.add_argument("--workers", type=workers_arg, default=default_workers(),
                   help="re-render processes (default: 2)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.runs.is_dir():
        raise LeaderboardError(f"no runs folder {args.runs}")
    if args.entries.exists() and not args.entries.is_dir():
        raise LeaderboardError(f"--entries {args.entries}: exists and is not a folder")
    written = import_runs(args.runs, args.entries, args.datasets_root, args.workers)
    print(f"{len(written)} entries written under {args.entries}")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
