"""Search at inference time vs the best net alone, on a fixed subset of a benchmark's test split.

    python perf/search_bench.py --benchmark noisemaker_light-v2            # ~5 min on 2 cores
    python perf/search_bench.py --benchmark noisemaker-v2 --init conv-mfcc

Trains the ``--init`` net once (``baselines.run``, saved to
``runs/<benchmark>/search-bench/<init>-model``), then runs ``baselines.run --model search
--init <saved> --budget B`` for each budget. Everything is measured on the same
subset: the first ``--subset`` clips of the test split (ids in order; 100 by
default), for the audio metrics (``--resynth-limit``) and the parameter metrics
(recomputed here on those clips from the predictions files). Seconds per clip:
the search's wall time divided by the clips searched, with 2 render workers
(``--workers``); for the net alone, its prediction time per test clip (features
excluded, they come from the cache).

Prints a Markdown table and writes it with every number to
``runs/<benchmark>/search-bench/summary.{md,json}``, and puts it in
``baselines/RESULTS.md`` (``--results``) as the benchmark's subsection of
"Search at inference time" (replacing an earlier one; ``baselines.reproduce``
keeps that section). Takes the benchmark name, so the same command measures a
later version (``noisemaker-v2``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np

DEFAULT_INIT = {"noisemaker_light": "mlp-mel", "noisemaker": "conv-mfcc"}
"""The best net per instrument in baselines/RESULTS.md (ranked as the leaderboard ranks)."""


def subset_scores(dataset: str, predictions: Path, k: int) -> dict[str, Any]:
    """Parameter metrics of ``predictions`` on the first ``k`` test clips."""
    from benchmark.metrics import parameter_scores
    from benchmark.predictions import load_predictions
    from benchmark.task import load_task

    task = load_task(dataset)
    preds = load_predictions(task, predictions, "test")
    ids = preds.ids[:k]
    true = {n: task.labels[n][ids] for n in task.targets}
    masks = {n: task.masks[n][ids] for n in task.targets}
    pred = {n: np.asarray(preds.values[n])[:k] for n in task.targets}
    params, agg = parameter_scores(task.instrument, true, pred, masks)
    return {"parameters": params, "aggregates": agg}


def report(rows: list[dict[str, Any]], meta: dict[str, Any]) -> str:
    """The Markdown of a measurement: table, per-parameter table, what it shows."""
    k, init = meta["subset"], meta["init"]
    base = rows[0]["audio"]["logmel_l1_db"]
    lines = [f"{meta['benchmark']}, first {k} of {meta['n_test']} test clips (in id order), "
             f"init {init}, {meta['workers']} render workers:", "",
             "| run | renders/clip | log-Mel L1 dB | change | MFCC dist | MR-STFT | knob MAE "
             "| switch acc | s/clip |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        a, g = r["audio"], r["aggregates"]
        change = (a["logmel_l1_db"] - base) / base * 100
        acc = g["switch_accuracy_mean"]
        lines.append(f"| {r['run']} | {r['budget']} | {a['logmel_l1_db']:.2f} | "
                     f"{change:+.0f} % | {a['mfcc_distance']:.2f} | {a['mrstft']:.3f} | "
                     f"{g['knob_mae_mean']:.3f} | {'-' if acc is None else f'{acc:.3f}'} | "
                     f"{r['seconds_per_clip']:.3g} |")
    lines += ["", "Per parameter on the subset (knobs: MAE, switches: accuracy):", "",
              "| parameter | " + " | ".join(r["run"] for r in rows) + " |",
              "|---|" + "---:|" * len(rows)]
    for name, v in rows[0]["parameters"].items():
        key = "mae" if v["kind"] == "knob" else "accuracy"
        lines.append(f"| `{name}` ({key}) | " + " | ".join(
            "-" if r["parameters"][name][key] is None else f"{r['parameters'][name][key]:.3f}"
            for r in rows) + " |")
    net = rows[0]
    lines += ["", "What it shows:", ""]
    for r in rows[1:]:
        a, g, g0 = r["audio"], r["aggregates"], net["aggregates"]
        change = (a["logmel_l1_db"] - base) / base * 100
        target = f" (target <= -30 %: {'met' if change <= -30 else 'not met'})" \
            if r["budget"] == 200 else ""
        acc = "" if g["switch_accuracy_mean"] is None else (
            f", switch accuracy {g0['switch_accuracy_mean']:.3f} -> {g['switch_accuracy_mean']:.3f}")
        knob = (g["knob_mae_mean"] - g0["knob_mae_mean"]) / g0["knob_mae_mean"] * 100
        lines.append(f"- budget {r['budget']}: log-Mel L1 {base:.2f} -> {a['logmel_l1_db']:.2f} dB "
                     f"({change:+.0f} %){target}; knob MAE {g0['knob_mae_mean']:.3f} -> "
                     f"{g['knob_mae_mean']:.3f} ({knob:+.0f} %){acc}; "
                     f"{r['seconds_per_clip']:.2f} s per clip.")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    from baselines.run import run
    from generators.benchmarks import get_benchmark

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--benchmark", required=True, help="named benchmark (python -m benchmark.configs)")
    p.add_argument("--init", help="net to start from, MODEL-FEATURES (default: the best net of "
                                  "baselines/RESULTS.md for the instrument)")
    p.add_argument("--budgets", type=int, nargs="+", default=[50, 200, 1000])
    p.add_argument("--subset", type=int, default=100, help="first N test clips (default 100)")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--datasets-root", type=Path, default=Path("datasets"))
    p.add_argument("--report-only", action="store_true",
                   help="rebuild the report from runs/<benchmark>/search-bench/summary.json")
    p.add_argument("--results", type=Path, default=Path("baselines/RESULTS.md"),
                   help="report to update (default baselines/RESULTS.md; '' to leave it)")
    args = p.parse_args(argv)

    bench = get_benchmark(args.benchmark)
    root = Path("runs") / bench.name / "search-bench"
    if args.report_only:
        doc = json.loads((root / "summary.json").read_text())
        text = report(doc["rows"], doc["meta"])
        (root / "summary.md").write_text(text)
        if str(args.results):
            update_results(args.results, bench.name, text, "python perf/search_bench.py "
                           f"--benchmark {bench.name}")
        print(text)
        return 0
    dataset = args.datasets_root / bench.name
    if not (dataset / "instrument.json").exists():
        subprocess.run([sys.executable, "-m", "generators.render", "--benchmark", bench.name,
                        "--out", str(dataset)], check=True)
    init = args.init or DEFAULT_INIT[bench.instrument]
    model, features = init.split("-")
    saved = root / f"{init}-model"
    k = args.subset
    rows: list[dict[str, Any]] = []

    net = run(str(dataset), model, features, out=root / init, resynth_limit=k,
              workers=args.workers, benchmark=bench.name, save=saved, progress=False)
    n_test = net["dataset"]["n_scored"]
    rows.append({"run": f"{init} alone", "budget": 0, "audio": net["audio"]["metrics"],
                 "seconds_per_clip": net["timing"]["predict_s"] / n_test,
                 **subset_scores(str(dataset), root / init / "predictions.parquet", k)})
    print(f"{init}: logmel {net['audio']['metrics']['logmel_l1_db']:.3f}", flush=True)
    for b in args.budgets:
        r = run(str(dataset), "search", features, out=root / f"search{b}", resynth_limit=k,
                workers=args.workers, benchmark=bench.name, init=str(saved), budget=b,
                search_limit=k, progress=False)
        s = r["model"]["details"]["search"]
        rows.append({"run": f"{init} + search {b}", "budget": b, "audio": r["audio"]["metrics"],
                     "seconds_per_clip": s["seconds_per_clip"], "search": s,
                     **subset_scores(str(dataset), root / f"search{b}" / "predictions.parquet", k)})
        print(f"budget {b}: logmel {r['audio']['metrics']['logmel_l1_db']:.3f} "
              f"({s['seconds_per_clip']:.2f} s/clip)", flush=True)

    meta = {"benchmark": bench.name, "init": init, "subset": k, "n_test": n_test,
            "workers": args.workers}
    text = report(rows, meta)
    (root / "summary.md").write_text(text)
    (root / "summary.json").write_text(json.dumps({"meta": meta, "rows": rows}, indent=2,
                                                  default=str) + "\n")
    if str(args.results):
        update_results(args.results, bench.name, text, " ".join(["python perf/search_bench.py",
                                                                  *(argv or sys.argv[1:])]))
    print(text)
    return 0


SECTION = "## Search at inference time"
INTRO = """Analysis by synthesis (`baselines.search`): the best net's prediction refined by re-rendering
candidate settings and comparing them with the test clip by log-Mel L1, within a budget of renders
per clip (`baselines.run --model search --init <model> --budget N`). Measured by
`perf/search_bench.py` on a fixed subset, the first 100 test clips of each benchmark (ids in
order; audio and parameter metrics on those clips only), 2 render workers on the shared 2-core
machine. The net is trained once, saved, and loaded by every search run. s/clip is the wall
time of the search per clip (the net alone: its prediction time per clip) on that machine while
other jobs ran on it: read it as an upper bound (a render of these instruments costs ~2.7 ms and
its log-Mel ~1.3 ms on a free core). Switch accuracy and knob MAE are those of the settings the
search returns: the search minimises the audio distance, not the parameter error."""


def update_results(path: Path, benchmark: str, table: str, command: str) -> None:
    """Put ``table`` as subsection ``### <benchmark>`` of :data:`SECTION` at the end of
    ``path`` (replacing the benchmark's earlier one)."""
    from generators.core.atomic import write_text_atomic

    text = path.read_text() if path.exists() else ""
    head, _, section = text.partition("\n" + SECTION)
    subs: dict[str, str] = {}
    for part in section.split("\n### ")[1:]:
        name, _, body = part.partition("\n")
        subs[name.strip()] = body.strip("\n")
    subs[benchmark] = f"`{command}`\n\n{table.strip()}"
    body = "\n\n".join(f"### {k}\n\n{v}" for k, v in sorted(subs.items()))
    write_text_atomic(path, f"{head.rstrip()}\n\n{SECTION}\n\n{INTRO}\n\n{body}\n")


if __name__ == "__main__":
    sys.exit(main())
