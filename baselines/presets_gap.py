"""``python -m baselines.presets_gap``: how much worse the baselines do on human presets.

Runs the baselines (naive, kNN, tree, MLP on MFCC and Mel by default; each
in its own process, resumable, as ``baselines.reproduce`` does) on two
benchmarks that share one train split of 10,000 random amsynth patches:

* ``amsynth-presets-v1``: its test split is every distinct human preset of
  Debian's amsynth banks;
* ``amsynth-random-v1``: its test split is as many random patches.

Then writes the section ``## amsynth-presets-v1: human presets against random
patches`` of ``baselines/RESULTS.md`` (replacing it when present, between
``<!-- amsynth-presets -->`` markers): per model, the scores on both test
splits and the gap; the share of silent clips per split; per parameter of
the best model, its score on both; and two figures, the per-parameter
distribution of human against random labels and the per-model gap.

Datasets are rendered first when missing (``python -m generators.render --benchmark``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any
from collections.abc import Sequence

import numpy as np
import pyarrow.parquet as pq

from benchmark.errors import run_cli
from generators.core import reading
from generators.core.atomic import write_text_atomic
from generators.core.cli import ArgumentParser, exit_with

from .run import FEATURES

from .reproduce import (add_run_options, best_of, check_report, fmt, pyplot, run_table, runs_for,
                        save_figure)

HUMAN, RANDOM = "amsynth-presets-v1", "amsynth-random-v1"
MODELS = ("naive", "knn", "tree", "mlp")
BEGIN, END = "<!-- amsynth-presets -->", "<!-- /amsynth-presets -->"


def silent_shares(folder: Path) -> dict[str, float]:
    """Share of clips flagged ``is_silent`` per split of a dataset folder."""
    out = {}
    for split in ("train", "test"):
        files = sorted((folder / "data").glob(f"{split}-*.parquet"))
        flags = np.concatenate([pq.read_table(f, columns=["is_silent"]).column("is_silent")
                                .to_numpy(zero_copy_only=False) for f in files])
        out[split] = float(flags.mean())
    return out


def shift_figure(human: Path, path: Path) -> list[dict[str, Any]]:
    """Per parameter, human (test) against random (train) labels of the
    amsynth-presets-v1 folder ``human``: a grid of histograms (knobs, 0-10) and
    label shares (switches). Returns :func:`generators.model.presets.label_shift`."""
    from generators.model.config import config_from_meta
    from generators.model.declaration import Knob
    from generators.dataset.fingerprint import read_meta
    from generators.model.presets import label_shift

    meta = read_meta(human)
    assert meta is not None
    inst = config_from_meta(meta).instrument
    cols: dict[str, dict[str, list]] = {}
    for s in ("train", "test"):
        tables = [pq.read_table(f, columns=inst.names)
                  for f in sorted((human / "data").glob(f"{s}-*.parquet"))]
        cols[s] = {k: sum((t.column(k).to_pylist() for t in tables), []) for k in inst.names}
    rows = {s: [dict(zip(inst.names, vals)) for vals in zip(*(cols[s][k] for k in inst.names))]
            for s in cols}
    shift = label_shift(inst, rows["train"], rows["test"])
    dist = {r["name"]: r["distance"] for r in shift}
    params = sorted(inst.params, key=lambda p: -dist[p.name])
    ncol = 6
    nrow = -(-len(params) // ncol)
    fig, axes = pyplot().subplots(nrow, ncol, figsize=(2.6 * ncol, 1.9 * nrow), squeeze=False)
    for ax, p in zip(axes.flat, params):
        a, b = cols["train"][p.name], cols["test"][p.name]
        if isinstance(p, Knob):
            edges = np.linspace(0, 10, 21)
            ax.hist(a, edges, density=True, alpha=0.55, color="#888888", label="random")
            ax.hist(b, edges, density=True, alpha=0.55, color="#c0392b", label="human")
        else:
            x = np.arange(len(p.labels))
            ax.bar(x - 0.2, [a.count(lab) / len(a) for lab in p.labels], 0.4, color="#888888")
            ax.bar(x + 0.2, [b.count(lab) / len(b) for lab in p.labels], 0.4, color="#c0392b")
            ax.set_xticks(x, p.labels, fontsize=6, rotation=45)
        ax.set_title(f"{p.name} (TV {dist[p.name]:.2f})", fontsize=8)
        ax.tick_params(labelsize=6)
        ax.set_yticks([])
    for ax in list(axes.flat)[len(params):]:
        ax.axis("off")
    axes.flat[0].legend(fontsize=7)
    fig.suptitle("amsynth-presets-v1: human presets (red, test) against random patches "
                 "(grey, train), sorted by total variation distance", fontsize=10)
    save_figure(fig, path, dpi=100)
    return shift


def gap_figure(pairs: list[tuple[str, dict, dict]], path: Path) -> None:
    """Per model, knob MAE and switch accuracy on the random and the human test split."""
    names = [n for n, _, _ in pairs]
    x = np.arange(len(names))
    fig, axes = pyplot().subplots(1, 2, figsize=(11, 3.4))
    for ax, key, title in ((axes[0], "knob_mae_mean", "knob MAE (0-10, lower is better)"),
                           (axes[1], "switch_accuracy_mean", "switch accuracy (higher is better)")):
        ax.bar(x - 0.2, [r["aggregates"][key] for _, r, _ in pairs], 0.4, color="#888888",
               label="random test split")
        ax.bar(x + 0.2, [h["aggregates"][key] for _, _, h in pairs], 0.4, color="#c0392b",
               label="human presets")
        ax.set_xticks(x, names, rotation=30, fontsize=8)
        ax.set_title(title, fontsize=10)
    axes[0].legend(fontsize=8)
    fig.suptitle("Trained on 10,000 random amsynth patches, tested on random patches and on "
                 "human presets", fontsize=10)
    save_figure(fig, path)


def section(results: dict[str, list[dict[str, Any]]], folders: dict[str, Path],
            figures: Path, out: Path) -> str:
    """The Markdown section (with its markers)."""
    by_name = {ds: {r["model"]["name"]: r for r in rows} for ds, rows in results.items()}
    pairs = [(n, by_name[RANDOM][n], by_name[HUMAN][n]) for n in by_name[HUMAN]
             if n in by_name[RANDOM]]
    shift_png, gap_png = figures / f"{HUMAN}-shift.png", figures / f"{HUMAN}-gap.png"
    shift = shift_figure(folders[HUMAN], shift_png)
    gap_figure(pairs, gap_png)
    silent_h, silent_r = silent_shares(folders[HUMAN]), silent_shares(folders[RANDOM])
    n_test = pairs[0][2]["dataset"]["n_scored"]
    rel = out.parent
    lines = [
        BEGIN,
        f"## {HUMAN}: human presets against random patches",
        "",
        "Both benchmarks train on the same 10,000 random patches of `amsynth-full` (every "
        "parameter a single note reveals, `generators/plugins/specs/amsynth-full.yaml`); "
        f"`{HUMAN}` tests on the distinct human presets of Debian's amsynth banks, "
        f"`{RANDOM}` on as many random patches. Each model is trained the same way "
        "(same train rows, config and seed) once per benchmark and scored on its test "
        "split. Produced by "
        "`python -m baselines.presets_gap`; audio metrics on the first 200 test clips.",
        "",
        "| model | random: switch acc | human: switch acc | gap | random: knob MAE "
        "| human: knob MAE | gap | random: logmel L1 dB | human: logmel L1 dB | gap |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r, h in pairs:
        ra, ha = r["aggregates"], h["aggregates"]
        rl = ((r["audio"] or {}).get("metrics") or {}).get("logmel_l1_db")
        hl = ((h["audio"] or {}).get("metrics") or {}).get("logmel_l1_db")
        lines.append(
            f"| {name} | {fmt(ra['switch_accuracy_mean'])} | {fmt(ha['switch_accuracy_mean'])} "
            f"| {ha['switch_accuracy_mean'] - ra['switch_accuracy_mean']:+.3f} "
            f"| {fmt(ra['knob_mae_mean'])} | {fmt(ha['knob_mae_mean'])} "
            f"| {ha['knob_mae_mean'] - ra['knob_mae_mean']:+.3f} | {fmt(rl, 2)} | {fmt(hl, 2)} "
            f"| {'-' if rl is None or hl is None else f'{hl - rl:+.2f}'} |")
    learned = [p for p in pairs if p[0] != "naive"]
    worse = sum(h["aggregates"]["knob_mae_mean"] > r["aggregates"]["knob_mae_mean"]
                for _, r, h in learned)
    lines += [
        "",
        f"Every learned model is worse on human presets in knob MAE: {worse} of "
        f"{len(learned)}. (The naive model predicts the train mean and majority label, so its "
        "gap only reflects how far the human labels sit from the random ones.)",
        "",
        f"![knob MAE and switch accuracy per model on both test splits]"
        f"({gap_png.relative_to(rel).as_posix()})",
        "",
        "Silent clips (peak below -60 dBFS), per split:",
        "",
        "| split | clips | silent |",
        "|---|---|---|",
        f"| train (random, shared) | {pairs[0][2]['dataset']['n'] - n_test} "
        f"| {silent_h['train']:.2%} |",
        f"| test, random patches ({RANDOM}) | {n_test} | {silent_r['test']:.2%} |",
        f"| test, human presets ({HUMAN}) | {n_test} | {silent_h['test']:.2%} |",
        "",
        "Per parameter, how far the human labels sit from the random ones (total "
        "variation distance, 0 = same distribution, 1 = disjoint; knobs over 10 bins) and "
        "the best learned model's score on each test split:",
        "",
    ]
    best_h = best_of(results[HUMAN])
    best_name = best_h["model"]["name"]
    best_r = by_name[RANDOM].get(best_name)
    lines += [f"Best model on human presets: **{best_name}**.", "",
              "| parameter | kind | distance | random: score | human: score |",
              "|---|---|---|---|---|"]
    for row in sorted(shift, key=lambda r: -r["distance"]):
        k = row["name"]
        hp = best_h["parameters"].get(k, {})
        rp = (best_r or {}).get("parameters", {}).get(k, {})
        key = "mae" if row["kind"] == "knob" else "accuracy"
        lines.append(f"| `{k}` | {row['kind']} | {row['distance']:.2f} | {fmt(rp.get(key))} "
                     f"| {fmt(hp.get(key))} |")
    lines += ["", f"![human against random labels per parameter]"
                  f"({shift_png.relative_to(rel).as_posix()})", "", END]
    return "\n".join(lines)


def write_section(path: Path, text: str) -> None:
    """Replace the marked section of ``path`` with ``text`` (or append it)."""
    old = reading.read_text(path, "--out") if path.exists() else "# Baseline results\n"
    if BEGIN in old and END in old:
        head, rest = old.split(BEGIN, 1)
        new = head + text + rest.split(END, 1)[1]
    else:
        new = old.rstrip("\n") + "\n\n" + text + "\n"
    write_text_atomic(path, new)


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(prog="python -m baselines.presets_gap",
                                description=__doc__.splitlines()[0])
    p.add_argument("--models", nargs="+", default=list(MODELS),
                   choices=("naive", "knn", "tree", "mlp", "lstm", "conv"))
    p.add_argument("--features", nargs="+", default=list(FEATURES), choices=FEATURES,
                   help="feature sets of the learned models (default: mfcc mel)")
    add_run_options(p)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    todo = [(d, m, f) for d, m, f in runs_for([HUMAN, RANDOM], args.models)
            if m == "naive" or f in args.features]
    check_report(args.out, {"--runs": args.runs, "--data-root": args.data_root})
    results: dict[str, list[dict[str, Any]]] = {HUMAN: [], RANDOM: []}
    folders: dict[str, Path] = {}
    for ds, folder, doc in run_table(todo, args):
        folders[ds] = folder
        results[ds].append(doc)
    write_section(args.out, section(results, folders, args.out.parent / "figures", args.out))
    print(f"wrote the {HUMAN} section of {args.out}")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
