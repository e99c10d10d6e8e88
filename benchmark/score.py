"""``python -m benchmark.score DATASET PREDICTIONS --name NAME``: score predictions.

Checks the dataset's fingerprint (and ``--benchmark``'s, and the one the
predictions declare), validates the predictions, computes the parameter
metrics and the audio metrics (re-rendering the predicted settings), prints a
table and writes one results JSON (schema: ``benchmark/RESULTS_SCHEMA.md``).
Any problem: one ``error:`` line per problem, exit code 2, nothing written.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from datetime import datetime, UTC
from importlib import metadata
from pathlib import Path
from typing import Any
from collections.abc import Sequence

from generators.core.atomic import check_output, write_json_atomic
from generators.core.cli import ArgumentParser, int_arg, exit_with, workers_arg
from generators.dataset.fingerprint import versions
from generators.benchmarks import BENCHMARKS, reference_check
from generators.dataset.stats import audio_digest

from .configs import check_dataset
from .errors import BenchmarkError, run_cli
from .metrics import METRICS, PARAMETER_METRIC, of_scope, score_parameters
from .resynth import default_workers, score_audio
from .predictions import Predictions, load_predictions
from .task import SPLITS, Task, load_task

MAX_RENDER_BUDGET = 1_000_000
"""Most renders per clip ``--render-budget`` accepts (a search's budget is in the hundreds)."""

RESULTS_SCHEMA = "secret-sauce/results"
RESULTS_SCHEMA_VERSION = 4
"""Version of the results JSON (``benchmark/RESULTS_SCHEMA.md``); bump on any change
(2: ``render_budget``; 3: ``dataset.reference``; 4: six more audio metrics and
``audio.n_defined``)."""


def all_versions() -> dict[str, str]:
    """Versions of everything that can change a score."""
    out = versions()
    for dist in ("librosa", "scipy"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


def test_reference(task: Task, benchmark: str | None) -> dict[str, Any] | None:
    """``dataset.reference`` of a results document: whether ``task``'s test split
    (its decoded PCM, :func:`~generators.dataset.stats.audio_digest`) is the pinned
    reference of the named ``benchmark`` (:func:`~generators.benchmarks.reference_check`);
    ``None`` when ``benchmark`` is not a named benchmark."""
    if benchmark not in BENCHMARKS:
        return None
    return reference_check(BENCHMARKS[benchmark],
                           audio_digest(task.audio_bytes(task.split_ids("test"))))


def score(task: Task, preds: Predictions, name: str, benchmark: str | None = None,
          resynth_limit: int | None = None, workers: int = 1, progress: bool = False,
          predictions_file: Path | None = None, timing: dict[str, float] | None = None,
          render_budget: int = 0) -> dict[str, Any]:
    """The results document of validated ``preds`` (see ``RESULTS_SCHEMA.md``).

    ``render_budget``: renders of the instrument per clip the model used at inference
    (0 for a pure predictor; a search's budget).
    """
    t0 = time.perf_counter()
    parameters, aggregates = score_parameters(task, preds)
    t1 = time.perf_counter()
    audio = None
    if resynth_limit is None or resynth_limit > 0:
        from tqdm import tqdm

        n = len(preds.ids) if resynth_limit is None else min(resynth_limit, len(preds.ids))
        with tqdm(total=n, unit="clip", desc="re-render", disable=not progress,
                  dynamic_ncols=True) as bar:
            audio = score_audio(task, preds, resynth_limit, workers, progress=bar.update)
    t2 = time.perf_counter()
    timing = dict(timing or {}) | {"parameters_s": t1 - t0, "audio_s": t2 - t1}
    timing["total_s"] = sum(timing.values())
    render = task.meta.get("render", {})
    reference = test_reference(task, benchmark)
    file_info = None
    if predictions_file is not None:
        file_info = {"file": str(predictions_file),
                     "sha256": hashlib.sha256(Path(predictions_file).read_bytes()).hexdigest(),
                     "declared_fingerprint": preds.fingerprint}
    return {
        "schema": RESULTS_SCHEMA,
        "schema_version": RESULTS_SCHEMA_VERSION,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "model": {"name": name},
        "render_budget": int(render_budget),
        "dataset": {
            "source": task.source,
            "name": task.name,
            "benchmark": benchmark,
            "fingerprint": task.fingerprint,
            "instrument": task.instrument.name,
            "n": task.n,
            "seed": render.get("seed"),
            "split": preds.split,
            "n_scored": int(len(preds.ids)),
            "reference": reference,
        },
        "predictions": file_info,
        "versions": all_versions(),
        "metrics": {m.name: m.describe() for m in METRICS.values()},
        "parameters": parameters,
        "aggregates": aggregates,
        "audio": audio,
        "timing": {k: round(v, 3) for k, v in timing.items()},
    }


def table(results: dict[str, Any]) -> str:
    """The readable table of a results document (columns and digits from the registry)."""
    d, lines = results["dataset"], []
    bench = f" = {d['benchmark']}" if d["benchmark"] else ""
    lines.append(f"{results['model']['name']} on {d['name']}{bench} "
                 f"(fingerprint {d['fingerprint'][:16]}...), {d['split']} split, "
                 f"{d['n_scored']} clips")
    lines.append("")
    w = max([9, *(len(k) for k in results["parameters"])])
    lines.append(f"{'parameter':{w}s}  {'type':6s}  {'score':>7s}  {'metric':8s}  {'active':>6s}")
    for name, s in results["parameters"].items():
        m = METRICS[PARAMETER_METRIC[s["kind"]]]
        lines.append(f"{name:{w}s}  {s['kind']:6s}  {m.format(s[m.name]):>7s}  {m.name:8s}  "
                     f"{s['n']:6d}")
    a = results["aggregates"]
    lines.append("")
    kind_of = {metric: kind for kind, metric in PARAMETER_METRIC.items()}
    for m in of_scope("type"):
        kind = kind_of[m.of]
        n = a[f"n_{kind}es" if kind == "switch" else f"n_{kind}s"]
        lines.append(f"{m.name:22s} {m.format(a[m.name]):>7s}  over {n} {kind}"
                     f"{'es' if kind == 'switch' else 's'}, {m.unit} ({m.better} is better)")
    audio = results["audio"]
    lines.append("")
    if audio is None:
        lines.append("audio metrics: skipped (--resynth-limit 0)")
    else:
        lines.append(f"audio metrics: {audio['n_clips']} of {audio['n_split']} clips re-rendered")
        defined = audio.get("n_defined") or {}
        for m in of_scope("audio"):
            n = defined.get(m.name, audio["n_clips"])
            over = f", over the {n} clips where defined" if n != audio["n_clips"] else ""
            lines.append(f"{m.name:22s} {m.format(audio['metrics'][m.name]):>7s}  {m.unit} "
                         f"({m.better} is better{over})")
    return "\n".join(lines)


render_budget_arg = int_arg("--render-budget", 0, MAX_RENDER_BUDGET, "renders per clip")
"""argparse ``type=`` of ``--render-budget``: renders per clip, 0-:data:`MAX_RENDER_BUDGET`."""


RENDER_BUDGET_HELP = (f"renders of the instrument per clip the model used at inference (search, "
                      f"analysis by synthesis), 0-{MAX_RENDER_BUDGET:,}; 0 for a pure predictor "
                      "(default)")


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog="python -m benchmark.score",
        description="Score a predictions file against a dataset: per-parameter MAE / accuracy, "
                    "means per type, and audio metrics from re-rendering the predicted settings. "
                    "Prints a table and writes one results JSON.",
    )
    p.add_argument("dataset", help="dataset folder or Hugging Face Hub id")
    p.add_argument("predictions", type=Path, help="predictions file (.parquet or .csv)")
    p.add_argument("--name", required=True, help="model name recorded in the results")
    p.add_argument("--benchmark", help="require the dataset to be this named benchmark "
                   "(e.g. noisemaker-v2); by default it is recognised from its fingerprint")
    p.add_argument("--split", choices=SPLITS, default="test", help="scored split (default: test)")
    p.add_argument("--resynth-limit", type=int_arg("--resynth-limit"), metavar="N",
                   help="re-render only the first N predictions for the audio metrics "
                        "(default: all; 0 skips the audio metrics)")
    p.add_argument("--workers", type=workers_arg, default=default_workers(),
                   help="re-render processes (default: 2)")
    p.add_argument("--out", type=Path,
                   help="results JSON (default: PREDICTIONS with suffix .results.json)")
    p.add_argument("--render-budget", type=render_budget_arg, default=0, metavar="N",
                   help=RENDER_BUDGET_HELP)
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.name.strip():
        raise BenchmarkError("--name must not be empty")
    out = args.out or args.predictions.with_suffix(".results.json")
    check_output(out, {"predictions": args.predictions, "dataset": Path(args.dataset)})
    t0 = time.perf_counter()
    task = load_task(args.dataset, progress=not args.no_progress)
    bench = check_dataset(task.meta, args.benchmark, task.name)
    t1 = time.perf_counter()
    preds = load_predictions(task, args.predictions, args.split)
    t2 = time.perf_counter()
    results = score(task, preds, args.name, bench.name if bench else None, args.resynth_limit,
                    args.workers, not args.no_progress, args.predictions,
                    {"load_s": t1 - t0, "validate_s": t2 - t1}, args.render_budget)
    write_json_atomic(out, results)
    print(table(results))
    print(f"\nwrote {out} ({results['timing']['total_s']:.1f} s)")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
