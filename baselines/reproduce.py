"""``python -m baselines.reproduce``: run the whole baseline table and write ``baselines/RESULTS.md``.

Runs every model on every benchmark dataset (5 datasets x {naive, knn, tree,
mlp, lstm, conv} x {mfcc, mel, mfcc_delta, cqt}, naive once per dataset), each in its own
process (so its peak memory is its own), skipping runs whose ``results.json``
already exists (the table resumes after an interruption). Then writes
``RESULTS.md``: our switch accuracy and knob MAE beside the original work's
numbers where it has them, the audio metrics, wall time and peak memory per
model, the feature sets side by side (each model's switch accuracy and knob MAE
on MFCC, Mel, MFCC + deltas and CQT), the checks the issue asks for, and a
per-parameter breakdown (table and PNG bar chart) of the best model on each dataset.

Datasets are rendered first when missing (``python -m generators.render --benchmark``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import datetime, UTC
from pathlib import Path
from statistics import median
from typing import Any
from collections.abc import Sequence

from tqdm import tqdm

from benchmark.errors import BenchmarkError, run_cli
from benchmark.metrics import METRICS, RANKING, metric_value, ranking_key
from generators.core import reading
from generators.core.atomic import check_output, write_text_atomic
from generators.core.cli import ArgumentParser, int_arg, exit_with

from .run import FEATURES, JOINT

BENCHMARKS = ("noisemaker_light-v2", "guitar_light-v2", "guitar-v2", "noisemaker-v2", "moog-v2")
MODEL_ORDER = ("naive", "knn", "tree", "mlp", "lstm", "conv")

# The original work's test scores ("Reported scores" in ../shared/reference).
REFERENCE: dict[str, dict[str, tuple[float | None, float | None]]] = {
    "noisemaker_light-v2": {"naive": (0.230, 2.616), "knn": (0.835, 1.906), "tree": (0.865, 2.190),
                            "mlp": (0.928, 2.124), "lstm": (0.868, 2.018), "conv": (0.913, 2.082)},
    "guitar_light-v2": {"naive": (0.257, None), "knn": (0.571, None), "tree": (0.771, None),
                        "mlp": (0.800, None), "lstm": (0.743, None), "conv": (0.571, None)},
}
REFERENCE_OF = ("switch_accuracy_mean", "knob_mae_mean")
"""The metrics of :data:`REFERENCE`'s pairs, each followed by its ``ref`` column."""


class ReproduceError(BenchmarkError):
    """The table cannot be made as asked."""


def runs_for(datasets: Sequence[str], models: Sequence[str],
             features: Sequence[str] = FEATURES) -> list[tuple[str, str, str]]:
    """(dataset, model, features) of the table, naive once per dataset."""
    out = []
    for d in datasets:
        for m in models:
            for f in (("mfcc",) if m == "naive" else features):
                out.append((d, m, f))
    return out


def run_name(model: str, features: str) -> str:
    return model if model == "naive" else f"{model}-{features}"


def results_path(runs: Path, bench: str, model: str, features: str) -> Path:
    """Where a run of the table writes its results document:
    ``runs/<benchmark>/<run name>/results.json``."""
    return runs / bench / run_name(model, features) / "results.json"


def run_table(todo: Sequence[tuple[str, str, str]], args: argparse.Namespace
              ) -> list[tuple[str, Path, dict[str, Any]]]:
    """Run (or resume) each ``(benchmark, model, features)`` of ``todo`` with the options of
    :func:`add_run_options`, rendering missing datasets; ``(benchmark, dataset folder,
    results document)`` per run, in order, under one progress bar."""
    out = []
    with tqdm(total=len(todo), unit="run", desc="baselines", dynamic_ncols=True) as bar:
        for ds, model, feats in todo:
            bar.set_postfix_str(f"{ds} {run_name(model, feats)}")
            path = ensure_dataset(ds, args.data_root)
            out.append((ds, path, run_one(path, ds, model, feats,
                                          results_path(args.runs, ds, model, feats), args.fast,
                                          args.resynth_limit)))
            bar.update(1)
    return out


def ensure_dataset(name: str, root: Path) -> Path:
    path = root / name
    if not (path / "README.md").exists():
        subprocess.run([sys.executable, "-m", "generators.render", "--benchmark", name,
                        "--out", str(path), "--no-progress"], check=True)
    return path


def run_one(dataset: Path, bench: str, model: str, features: str, res: Path, fast: bool,
            resynth_limit: int) -> dict[str, Any]:
    """One table cell, in a child process, writing ``res`` (:func:`results_path`) unless it
    exists; returns its results document."""
    if not res.exists():
        cmd = [sys.executable, "-m", "baselines.run", "--dataset", str(dataset), "--model", model,
               "--features", features, "--out", str(res.parent), "--benchmark", bench,
               "--resynth-limit", str(resynth_limit), "--no-progress"]
        if fast:
            cmd.append("--fast")
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stderr[-3000:]}")
        doc = json.loads(res.read_text())
        doc["timing"]["wall_s"] = round(time.perf_counter() - t0, 2)
        res.write_text(json.dumps(doc, indent=2))
    return json.loads(res.read_text())


# ------------------------------------------------------------------ report
def fmt(v: float | None, d: int = 3) -> str:
    """A score with ``d`` decimals, ``-`` for none."""
    return "-" if v is None else f"{v:.{d}f}"


def best_of(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Best learned model, ranked as the leaderboard ranks (``benchmark.metrics.ranking_key``)."""
    learned = [r for r in rows if r["model"]["name"] != "naive"] or rows
    return min(learned, key=ranking_key)


def breakdown_png(row: dict[str, Any], path: Path) -> None:
    """Bar chart of the per-parameter scores of one run (knob MAE, switch accuracy)."""
    plt = pyplot()
    params = row["parameters"]
    knobs = [(k, v["mae"]) for k, v in params.items() if v["kind"] == "knob" and v["mae"] is not None]
    switches = [(k, v["accuracy"]) for k, v in params.items()
                if v["kind"] == "switch" and v["accuracy"] is not None]
    panels = [p for p in ((knobs, "knob MAE (0-10, lower is better)", 2.5),
                          (switches, "switch accuracy (higher is better)", None)) if p[0]]
    fig, axes = plt.subplots(1, len(panels), figsize=(6 * len(panels), 0.35 * max(
        len(p[0]) for p in panels) + 1.5), squeeze=False)
    for ax, (items, title, ref) in zip(axes[0], panels):
        names, vals = zip(*items)
        ax.barh(names, vals, color="#4a7ab5")
        if ref is not None:
            ax.axvline(ref, color="#b54a4a", ls="--", lw=1, label="naive (uniform knob): 2.5")
            ax.legend(loc="lower right", fontsize=8)
        ax.set_title(title, fontsize=10)
        ax.invert_yaxis()
        ax.tick_params(labelsize=8)
    fig.suptitle(f"{row['model']['name']} on {row['dataset']['benchmark']}", fontsize=11)
    save_figure(fig, path)


def pyplot() -> Any:
    """``matplotlib.pyplot`` on the Agg backend (no display needed)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def save_figure(fig, path: Path, dpi: int = 110) -> None:
    """Lay out ``fig``, write it as a PNG at ``path`` (folders made) and close it."""
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=dpi)
    pyplot().close(fig)



def _cell(acc: float | None, mae: float | None, best_acc: float | None, best_mae: float | None) -> str:
    """``acc / mae`` of one run, each in bold where it is its model's best."""
    a, m = fmt(acc), fmt(mae)
    a = f"**{a}**" if acc is not None and acc == best_acc else a
    m = f"**{m}**" if mae is not None and mae == best_mae else m
    return f"{a} / {m}"


def feature_table(rows: list[dict[str, Any]]) -> list[str]:
    """Markdown rows: per model, switch accuracy / knob MAE on each feature set run."""
    cells: dict[str, dict[str, dict[str, Any]]] = {}
    for r in rows:
        feats = r["model"].get("features")
        if feats:
            cells.setdefault(r["model"]["name"].split("-")[0], {})[feats] = r["aggregates"]
    feats = [f for f in FEATURES if any(f in c for c in cells.values())]
    if len(feats) < 2:
        return []
    out = ["Feature sets side by side (switch accuracy / knob MAE; best of each model in bold):",
           "", "| model | " + " | ".join(feats) + " |", "|---|" + "---|" * len(feats)]
    for model, by_f in cells.items():
        acc = {f: a["switch_accuracy_mean"] for f, a in by_f.items()}
        mae = {f: a["knob_mae_mean"] for f, a in by_f.items()}
        best_a = max((v for v in acc.values() if v is not None), default=None)
        best_m = min((v for v in mae.values() if v is not None), default=None)
        cells_of = [_cell(acc.get(f), mae.get(f), best_a, best_m) if f in by_f else "-"
                    for f in feats]
        out.append(f"| {model} | " + " | ".join(cells_of) + " |")
    return out + [""]


def feature_gains(by_ds: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Markdown bullets: what each feature set changes against MFCC, pairing the same model
    on the same benchmark (switch accuracy and knob MAE, each where both runs score it)."""
    lines = []
    for feats in (f for f in FEATURES if f != "mfcc"):
        change: dict[str, list[float]] = {"switch_accuracy_mean": [], "knob_mae_mean": []}
        for rows in by_ds.values():
            agg = {r["model"]["name"]: r["aggregates"] for r in rows}
            for name, a in agg.items():
                model, _, on = name.partition("-")
                base = agg.get(f"{model}-mfcc") if on == feats else None
                if base is None:
                    continue
                for m, values in change.items():
                    if a[m] is not None and base[m] is not None:
                        values.append(a[m] - base[m])
        acc, mae = change["switch_accuracy_mean"], change["knob_mae_mean"]
        if not acc and not mae:
            continue
        mid = {m: f"{median(v):+.3f}" if v else "-" for m, v in change.items()}
        lines.append(
            f"- **{feats}** against MFCC (same model, same benchmark): switch accuracy higher in "
            f"{sum(d > 0 for d in acc)} of {len(acc)} pairs (median change "
            f"{mid['switch_accuracy_mean']}), knob MAE lower in {sum(d < 0 for d in mae)} of "
            f"{len(mae)} (median change {mid['knob_mae_mean']}).")
    return lines


def checks(by_ds: dict[str, list[dict[str, Any]]]) -> list[str]:
    """The statements the issue asks the results to show, each with its numbers."""
    lines = []
    for ds, rows in by_ds.items():
        naive = next((r for r in rows if r["model"]["name"] == "naive"), None)
        if naive is None:
            continue
        na = naive["aggregates"]
        share = naive["parameters"]
        lines.append(f"- **{ds}** naive: knob MAE {fmt(na['knob_mae_mean'])} (theory for uniform "
                     f"full-range knobs: 2.5; knobs sampled in a window score lower), switch "
                     f"accuracy {fmt(na['switch_accuracy_mean'])} (per switch, the test share of "
                     f"the training majority label: "
                     f"{', '.join(fmt(v['accuracy'], 2) for v in share.values() if v['kind'] == 'switch')}).")
        worse = []
        for r in rows:
            if r is naive:
                continue
            a = r["aggregates"]
            if a["knob_mae_mean"] is not None and a["knob_mae_mean"] >= na["knob_mae_mean"]:
                worse.append(f"{r['model']['name']} knob MAE {fmt(a['knob_mae_mean'])}")
            if a["switch_accuracy_mean"] is not None and \
                    a["switch_accuracy_mean"] <= na["switch_accuracy_mean"]:
                worse.append(f"{r['model']['name']} switch accuracy {fmt(a['switch_accuracy_mean'])}")
        lines.append(f"  - every learned model beats naive on both types: "
                     f"{'yes' if not worse else 'NO: ' + '; '.join(worse)}")
    if "noisemaker_light-v2" in by_ds:
        rows = [r for r in by_ds["noisemaker_light-v2"] if r["model"]["name"] != "naive"]
        acc = max(r["aggregates"]["switch_accuracy_mean"] for r in rows)
        mae = min(r["aggregates"]["knob_mae_mean"] for r in rows)
        lines.append(f"- **noisemaker_light-v2** best switch accuracy {acc:.3f} (target >= 0.93: "
                     f"{'met' if acc >= 0.93 else 'NOT met'}), best knob MAE {mae:.3f} (target "
                     f"<= 1.9: {'met' if mae <= 1.9 else 'NOT met'}).")
    for ds in ("guitar-v2", "noisemaker-v2"):
        for feats in ("mfcc", None):  # the original's features, then the best of any set
            on = [r for r in by_ds.get(ds, []) if feats is None or r["model"].get("features") == feats]
            joint = [r for r in on if r["model"]["name"].split("-")[0] in JOINT]
            indep = [r for r in on if r["model"]["name"].split("-")[0] in ("knn", "tree")]
            if not joint or not indep:
                continue
            bj, bi = best_of(joint)["aggregates"], best_of(indep)["aggregates"]
            ok = (bj["knob_mae_mean"] <= bi["knob_mae_mean"]
                  and bj["switch_accuracy_mean"] >= bi["switch_accuracy_mean"])
            what = "on MFCC" if feats else "on any feature set"
            lines.append(f"- **{ds}** {what}, best joint model: knob MAE "
                         f"{fmt(bj['knob_mae_mean'])}, switch accuracy "
                         f"{fmt(bj['switch_accuracy_mean'])}; best independent: "
                         f"{fmt(bi['knob_mae_mean'])}, {fmt(bi['switch_accuracy_mean'])}. Joint at "
                         f"least as good on both: "
                         f"{'yes, as in the original' if ok else 'NO, unlike the original finding'}.")
    return lines + feature_gains(by_ds)


def report(results: list[dict[str, Any]], out: Path, figures: Path, command: str) -> str:
    by_ds: dict[str, list[dict[str, Any]]] = {}
    for r in results:
        by_ds.setdefault(r["dataset"]["benchmark"], []).append(r)
    doc = [
        "# Baseline results",
        "",
        f"Produced by `{command}` on {datetime.now(UTC):%Y-%m-%d} "
        f"({platform.machine()}, {platform.python_version()}, {os.cpu_count()} cores; the runs' "
        f"wall time adds up to {sum(r['timing'].get('wall_s', 0) for r in results) / 60:.1f} min).",
        "Test split (last 20 %) of each benchmark dataset; audio metrics on the first "
        f"{results[0]['audio']['n_clips'] if results and results[0]['audio'] else 0} test clips "
        "re-rendered from the predicted settings (lower is better). `ref` columns: the original "
        "work's reported scores (which do not say which features they used).",
        "",
    ]
    for ds, rows in by_ds.items():
        ref = REFERENCE.get(ds, {})
        head = [f"{METRICS[m].label}{' | ref' if m in REFERENCE_OF else ''}" for m in RANKING]
        doc += [f"## {ds}", "", f"| model | {' | '.join(head)} | train s | wall s | peak MiB |",
                "|---|" + "---|" * (len(RANKING) + len(REFERENCE_OF) + 3)]
        for r in rows:
            name = r["model"]["name"]
            refs = dict(zip(REFERENCE_OF, ref.get(name.split("-")[0], (None, None))))
            t = r["timing"]
            cells = [METRICS[m].format(metric_value(r, m))
                     + (f" | {fmt(refs[m])}" if m in REFERENCE_OF else "") for m in RANKING]
            doc.append(f"| {name} | {' | '.join(cells)} | {t.get('train_s', 0):.1f} "
                       f"| {t.get('wall_s', 0):.1f} | {r['model'].get('peak_rss_mib', 0):.0f} |")
        doc += ["", *feature_table(rows)]
        best = best_of(rows)
        png = figures / f"{ds}-per-parameter.png"
        breakdown_png(best, png)
        doc += [f"Best model: **{best['model']['name']}**. Per parameter (test split):", "",
                "| parameter | kind | score | active test clips |", "|---|---|---|---|"]
        for k, v in sorted(best["parameters"].items(),
                           key=lambda kv: (kv[1]["kind"], kv[1].get("mae") or -(kv[1].get("accuracy") or 0))):
            score = v["mae"] if v["kind"] == "knob" else v["accuracy"]
            doc.append(f"| `{k}` | {v['kind']} | {fmt(score)} | {v['n']} |")
        doc += ["", f"![per-parameter scores of {best['model']['name']} on {ds}]"
                    f"({png.relative_to(out.parent).as_posix()})", ""]
    doc += ["## What the results show", "", *checks(by_ds), ""]
    return "\n".join(doc)


SEARCH_SECTION = "\n## Search at inference time"
"""The section ``perf/search_bench.py`` writes at the end of RESULTS.md (kept here)."""


def add_run_options(p: argparse.ArgumentParser) -> None:
    """The options of a table of runs: data root, runs folder, report, re-rendered clips, --fast."""
    p.add_argument("--data-root", type=Path, default=Path("datasets"),
                   help="where benchmark datasets are (rendered when missing; default datasets/)")
    p.add_argument("--runs", type=Path, default=Path("runs"), help="per-run outputs (default runs/)")
    p.add_argument("--out", type=Path, default=Path("baselines/RESULTS.md"), help="report path")
    p.add_argument("--resynth-limit", type=int_arg("--resynth-limit"), default=200,
                   help="clips re-rendered per run")
    p.add_argument("--fast", action="store_true", help="smoke settings for every run")


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(prog="python -m baselines.reproduce",
                                description=__doc__.splitlines()[0])
    p.add_argument("--datasets", nargs="+", default=list(BENCHMARKS), help="benchmark names")
    p.add_argument("--models", nargs="+", default=list(MODEL_ORDER), choices=MODEL_ORDER)
    p.add_argument("--features", nargs="+", default=list(FEATURES), choices=FEATURES,
                   help="feature sets of the feature-based models (default: all four)")
    add_run_options(p)
    p.add_argument("--report-only", action="store_true",
                   help="write the report from the runs already done, train nothing (the "
                        "runs not done yet are listed in it)")
    return p


def done_runs(todo: Sequence[tuple[str, str, str]], runs: Path
              ) -> tuple[list[dict[str, Any]], list[str]]:
    """(results documents of the runs of ``todo`` already done under ``runs``, the names
    ``"<benchmark> <run>"`` of the others)."""
    results, missing = [], []
    for ds, model, feats in todo:
        res = results_path(runs, ds, model, feats)
        if res.exists():
            results.append(json.loads(res.read_text()))
        else:
            missing.append(f"{ds} {run_name(model, feats)}")
    return results, missing


def check_report(out: Path, inputs: dict[str, Path | None]) -> None:
    """Refuse, before any training, a report ``out`` (and its ``figures`` folder beside it)
    that would overwrite or sit in an input, or an existing report that is not UTF-8 text.

    Raises:
        WriteError, ReadError: one line.
    """
    check_output(out, inputs)
    check_output(out.parent / "figures", inputs, "--out's figures folder")
    if out.exists():
        reading.read_text(out, "--out")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = "python -m baselines.reproduce" + (" " + " ".join(argv) if argv else
                                                 (" " + " ".join(sys.argv[1:]) if sys.argv[1:] else ""))
    todo = runs_for(args.datasets, args.models, args.features)
    check_report(args.out, {"--runs": args.runs, "--data-root": args.data_root})
    if args.report_only:
        results, missing = done_runs(todo, args.runs)
        if not results:
            raise ReproduceError(f"no run of the table is done under {args.runs}")
    else:
        results, missing = [doc for _, _, doc in run_table(todo, args)], []
    text = report(results, args.out, args.out.parent / "figures", command)
    if missing:
        text = text.rstrip("\n") + ("\n\nNot run yet (the table above leaves them out): "
                                    + ", ".join(f"`{m}`" for m in missing) + ".\n")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    old = reading.read_text(args.out, "--out") if args.out.exists() else ""
    kept = old[old.index(SEARCH_SECTION):] if SEARCH_SECTION in old else ""  # search_bench's
    write_text_atomic(args.out, text.rstrip("\n") + "\n" + kept)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
