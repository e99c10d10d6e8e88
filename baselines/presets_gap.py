"""``python -m baselines.presets_gap``: how much worse the baselines do on human presets.

Runs the baselines (naive, kNN, tree, MLP on MFCC and Mel by default; each
in its own process, resumable, as ``baselines.reproduce`` does) on a pair of
benchmarks of :data:`generators.benchmarks.BENCHMARKS` that share one train
split of random patches (:func:`gap_pairs`; ``--synth`` picks one):

* the human benchmark (``test="presets"``, e.g. ``amsynth-presets-v1``, ``dexed-presets-v1``):
  its test split is every distinct human preset its preset reader finds;
* its control (``test="random"``, e.g. ``amsynth-random-v1``): as many random patches.

Then writes the section ``## <human benchmark>: human presets against random
patches`` of ``baselines/RESULTS.md`` (replacing it when present, between
``<!-- <synth>-presets -->`` markers): per model, the scores on both test
splits and the gap; the share of silent clips per split; per parameter of
the best model, its score on both; and two figures, the per-parameter
distribution of human against random labels (the :data:`SHIFT_PANELS`
parameters with the largest shift) and the per-model gap.

Datasets are rendered first when missing (``python -m generators.render --benchmark``).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from collections.abc import Sequence

import numpy as np
import pyarrow.parquet as pq

from benchmark.errors import run_cli
from generators.benchmarks import BENCHMARKS, Benchmark
from generators.core import reading
from generators.core.atomic import write_text_atomic
from generators.core.cli import ArgumentParser, exit_with
from generators.model.presets import DEFAULT_FOLDERS
from generators.sources.resolve import shipped_specs

from .run import FEATURES

from .reproduce import (add_run_options, best_of, check_report, fmt, pyplot, run_table, runs_for,
                        save_figure)

MODELS = ("naive", "knn", "tree", "mlp")
DEFAULT_SYNTH = "amsynth"
SHIFT_PANELS = 36
"""At most this many parameters (those with the largest shift) in the shift figure."""
READER_WORDS: dict[str, tuple[str, str]] = {
    "amsynth": ("every parameter a single note reveals", "human presets of Debian's amsynth banks"),
    "dx7": ("the whole DX7 voice", "human DX7 ROM voices of Debian's hexter"),
}
"""Per preset reader (``generators.model.presets.READERS``): what its instrument's
columns cover, and what its presets are, in words for the section."""
ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class GapPair:
    """A human-presets benchmark and its random control (same instrument, ``n``,
    seed and preset reader; ``test="presets"`` and ``test="random"``).

    Attributes:
        synth: the human benchmark's name before ``-presets`` (``amsynth``, ``dexed``).
        human: the benchmark tested on human presets.
        random: the benchmark tested on as many random patches.
    """

    synth: str
    human: Benchmark
    random: Benchmark

    @property
    def begin(self) -> str:
        """The marker that opens the RESULTS.md section."""
        return f"<!-- {self.synth}-presets -->"

    @property
    def end(self) -> str:
        """The marker that closes the RESULTS.md section."""
        return f"<!-- /{self.synth}-presets -->"


def gap_pairs(benchmarks: dict[str, Benchmark] | None = None) -> dict[str, GapPair]:
    """The human/control pairs of ``benchmarks`` (default: the registry), by synth."""
    groups: dict[tuple, dict[str, Benchmark]] = {}
    for b in (BENCHMARKS if benchmarks is None else benchmarks).values():
        if b.presets is not None:
            groups.setdefault((b.instrument, b.n, b.seed, b.presets), {})[b.test] = b
    pairs = [GapPair(g["presets"].name.split("-presets")[0], g["presets"], g["random"])
             for g in groups.values() if {"presets", "random"} <= set(g)]
    return {p.synth: p for p in pairs}


def instrument_words(pair: GapPair) -> str:
    """```<instrument>` (<what its columns cover>, `<declaration file>`)`` for the section."""
    what = READER_WORDS.get(pair.human.presets or "", ("its declared parameters", ""))[0]
    spec = shipped_specs().get(pair.human.instrument)
    decl = spec if spec else ROOT / "generators" / "instruments" / f"{pair.human.instrument}.py"
    where = f", `{decl.relative_to(ROOT).as_posix()}`" if decl.exists() else ""
    return f"`{pair.human.instrument}` ({what}{where})"


def preset_words(pair: GapPair) -> str:
    """What the human test split holds, in words (``human presets of Debian's amsynth banks``)."""
    reader = pair.human.presets or ""
    return READER_WORDS.get(reader, ("", f"human presets of `{DEFAULT_FOLDERS.get(reader)}`"))[1]


def silent_shares(folder: Path) -> dict[str, float]:
    """Share of clips flagged ``is_silent`` per split of a dataset folder."""
    out = {}
    for split in ("train", "test"):
        files = sorted((folder / "data").glob(f"{split}-*.parquet"))
        flags = np.concatenate([pq.read_table(f, columns=["is_silent"]).column("is_silent")
                                .to_numpy(zero_copy_only=False) for f in files])
        out[split] = float(flags.mean())
    return out


def shift_figure(human: Path, path: Path, name: str) -> list[dict[str, Any]]:
    """Per parameter, human (test) against random (train) labels of the dataset
    folder ``human`` (of the benchmark ``name``): a grid of histograms (knobs, 0-10)
    and label shares (switches) of the :data:`SHIFT_PANELS` parameters with the
    largest distance. Returns :func:`generators.model.presets.label_shift` (every parameter)."""
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
    params = sorted(inst.params, key=lambda p: -dist[p.name])[:SHIFT_PANELS]
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
            ax.bar(x - 0.2, [a.count(lab) / len(a) for lab in p.labels], 0.4, color="#888888",
                   label="random")
            ax.bar(x + 0.2, [b.count(lab) / len(b) for lab in p.labels], 0.4, color="#c0392b",
                   label="human")
            step = max(1, len(p.labels) // 8)  # at most ~8 tick labels (dexed's 32 algorithms)
            ax.set_xticks(x[::step], list(p.labels)[::step], fontsize=6, rotation=45)
        ax.set_title(f"{p.name} (TV {dist[p.name]:.2f})", fontsize=8)
        ax.tick_params(labelsize=6)
        ax.set_yticks([])
    for ax in list(axes.flat)[len(params):]:
        ax.axis("off")
    axes.flat[0].legend(fontsize=7)
    top = "" if len(params) == len(inst.params) else \
        f" (the {len(params)} of {len(inst.params)} parameters with the largest distance)"
    fig.suptitle(f"{name}: human presets (red, test) against random patches "
                 f"(grey, train), sorted by total variation distance{top}", fontsize=10)
    save_figure(fig, path, dpi=100)
    return shift


def gap_figure(pairs: list[tuple[str, dict, dict]], path: Path, trained_on: str) -> None:
    """Per model, knob MAE and switch accuracy on the random and the human test split;
    ``trained_on`` names the train split in the title (``10,000 random amsynth patches``)."""
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
    fig.suptitle(f"Trained on {trained_on}, tested on random patches and on "
                 "human presets", fontsize=10)
    save_figure(fig, path)


def section(pair: GapPair, results: dict[str, list[dict[str, Any]]], folders: dict[str, Path],
            figures: Path, out: Path) -> str:
    """The Markdown section of ``pair`` (with its markers) from the results documents
    and dataset folders of both benchmarks (by benchmark name); writes its figures
    under ``figures``; links them relative to ``out``."""
    human, control = pair.human.name, pair.random.name
    by_name = {ds: {r["model"]["name"]: r for r in rows} for ds, rows in results.items()}
    pairs = [(n, by_name[control][n], by_name[human][n]) for n in by_name[human]
             if n in by_name[control]]
    shift_png, gap_png = figures / f"{human}-shift.png", figures / f"{human}-gap.png"
    command = "python -m baselines.presets_gap" + \
        ("" if pair.synth == DEFAULT_SYNTH else f" --synth {pair.synth}")
    shift = shift_figure(folders[human], shift_png, human)
    gap_figure(pairs, gap_png, f"{pair.human.n:,} random {pair.synth} patches")
    silent_h, silent_r = silent_shares(folders[human]), silent_shares(folders[control])
    n_test = pairs[0][2]["dataset"]["n_scored"]
    rel = out.parent
    lines = [
        pair.begin,
        f"## {human}: human presets against random patches",
        "",
        f"Both benchmarks train on the same {pair.human.n:,} random patches of "
        f"{instrument_words(pair)}; "
        f"`{human}` tests on the distinct {preset_words(pair)}, "
        f"`{control}` on as many random patches. Each model is trained the same way "
        "(same train rows, config and seed) once per benchmark and scored on its test "
        "split. Produced by "
        f"`{command}`; audio metrics on the first 200 test clips.",
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
        f"| test, random patches ({control}) | {n_test} | {silent_r['test']:.2%} |",
        f"| test, human presets ({human}) | {n_test} | {silent_h['test']:.2%} |",
        "",
        "Per parameter, how far the human labels sit from the random ones (total "
        "variation distance, 0 = same distribution, 1 = disjoint; knobs over 10 bins) and "
        "the best learned model's score on each test split:",
        "",
    ]
    best_h = best_of(results[human])
    best_name = best_h["model"]["name"]
    best_r = by_name[control].get(best_name)
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
    shown = min(len(shift), SHIFT_PANELS)
    lines += [""] + ([] if shown == len(shift) else [
        f"The figure shows the {shown} of {len(shift)} parameters with the largest distance.", ""])
    lines += [f"![human against random labels per parameter]"
              f"({shift_png.relative_to(rel).as_posix()})", "", pair.end]
    return "\n".join(lines)


class Marked(Protocol):
    """A section's markers in RESULTS.md (:class:`GapPair`, ``baselines.phrases_gap.PhrasePair``)."""

    @property
    def begin(self) -> str: ...

    @property
    def end(self) -> str: ...


def write_section(path: Path, text: str, pair: Marked) -> None:
    """Replace the section of ``path`` between ``pair``'s markers with ``text`` (or append it)."""
    old = reading.read_text(path, "--out") if path.exists() else "# Baseline results\n"
    if pair.begin in old and pair.end in old:
        head, rest = old.split(pair.begin, 1)
        new = head + text + rest.split(pair.end, 1)[1]
    else:
        new = old.rstrip("\n") + "\n\n" + text + "\n"
    write_text_atomic(path, new)


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(prog="python -m baselines.presets_gap",
                                description=__doc__.splitlines()[0])
    p.add_argument("--synth", default=DEFAULT_SYNTH, choices=sorted(gap_pairs()),
                   help="which pair of benchmarks: <synth>-presets-vN against its random "
                        f"control (default: {DEFAULT_SYNTH})")
    p.add_argument("--models", nargs="+", default=list(MODELS),
                   choices=("naive", "knn", "tree", "mlp", "lstm", "conv"),
                   help=f"models to run (default: {' '.join(MODELS)})")
    p.add_argument("--features", nargs="+", default=list(FEATURES), choices=FEATURES,
                   help="feature sets of the learned models (default: mfcc mel)")
    add_run_options(p)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    pair = gap_pairs()[args.synth]
    human, control = pair.human.name, pair.random.name
    todo = [(d, m, f) for d, m, f in runs_for([human, control], args.models)
            if m == "naive" or f in args.features]
    check_report(args.out, {"--runs": args.runs, "--data-root": args.data_root})
    results: dict[str, list[dict[str, Any]]] = {human: [], control: []}
    folders: dict[str, Path] = {}
    for ds, folder, doc in run_table(todo, args):
        folders[ds] = folder
        results[ds].append(doc)
    write_section(args.out, section(pair, results, folders, args.out.parent / "figures", args.out),
                  pair)
    print(f"wrote the {human} section of {args.out}")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
