"""``python -m baselines.phrases_gap``: what playing phrases changes, parameter by parameter.

Runs the baselines (naive, kNN on log-Mel and MLP on MFCC by default; each in its own
process, resumable, as ``baselines.reproduce`` does) on a pair of benchmarks of
:data:`generators.benchmarks.BENCHMARKS` over one patch space (:func:`phrase_pairs`;
``--phrases`` picks one):

* the phrase benchmark (``playing`` set, e.g. ``noisemaker-phrases-v1``): each clip a
  phrase of several notes at two velocity levels (docs/phrases.md), and the
  instrument's velocity-routing knobs as extra targets;
* its single-note benchmark (the same patch space, ``n`` and seed, one note per clip,
  e.g. ``noisemaker-v2``).

Single-note runs already on the board (``leaderboard/entries/<benchmark>/baseline-<run>/
results.json``: the results documents of the same ``baselines.run`` command) are read
from there, not trained again, unless ``--board ''``.

Then writes the section ``## <phrase benchmark>: phrases against single notes`` of
``baselines/RESULTS.md`` (replacing it when present, between ``<!-- <phrase benchmark>
-->`` markers, as ``baselines.presets_gap`` does): per model, the scores on both test
splits over the shared parameters; per parameter and model, its score on both and
whether phrases make it easier or harder; and a figure of the per-parameter scores.

Skill, gain and the per-parameter scores are those of ``baselines.param_gap`` (which prints
one model's table, by parameter family, from two folders of runs); this command runs the
models, writes the RESULTS.md section and its figure.

Datasets are rendered first when missing (``python -m generators.render --benchmark``).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from collections.abc import Sequence

import numpy as np

from benchmark.errors import run_cli
from generators.benchmarks import BENCHMARKS, Benchmark
from generators.core.cli import ArgumentParser, exit_with
from generators.sources.resolve import resolve_instrument

from .param_gap import Score, gains
from .presets_gap import write_section
from .run import FEATURES
from .reproduce import (MODEL_ORDER, add_run_options, check_report, fmt, pyplot, results_path, run_name,
                        run_table, save_figure)

MODELS = (("naive", "mfcc"), ("knn", "mel"), ("mlp", "mfcc"), ("mlp", "mel"))
"""The default ``(model, features)`` runs (naive ignores its features)."""
GAIN_STEP = 0.02
"""A parameter is easier (harder) with phrases when every learned model's gain (skill over
naive with phrases less with one note, :func:`baselines.param_gap.gains`; 0.02 is 0.05 of
knob MAE against a naive 2.5, or 2 points of switch accuracy) is above ``GAIN_STEP`` (below
``-GAIN_STEP``); otherwise the models do not agree or it barely moves."""
ROOT = Path(__file__).resolve().parents[1]
BOARD = ROOT / "leaderboard" / "entries"


@dataclass(frozen=True)
class PhrasePair:
    """A phrase benchmark and the single-note benchmark of its patch space.

    Attributes:
        phrases: the benchmark whose clips play phrases (``playing`` set).
        single: the benchmark of the same patch space, ``n`` and seed playing one note.
    """

    phrases: Benchmark
    single: Benchmark

    @property
    def begin(self) -> str:
        """The marker that opens the RESULTS.md section."""
        return f"<!-- {self.phrases.name} -->"

    @property
    def end(self) -> str:
        """The marker that closes the RESULTS.md section."""
        return f"<!-- /{self.phrases.name} -->"


def phrase_pairs(benchmarks: dict[str, Benchmark] | None = None) -> dict[str, PhrasePair]:
    """Each phrase benchmark of ``benchmarks`` (default: the registry) with its single-note
    benchmark: named ``<patch space>-v<k>`` (the phrase benchmark is named
    ``<patch space>-phrases-v<j>``), same ``n`` and seed, no playing, random test split;
    the latest version when several. By phrase benchmark name."""
    reg = BENCHMARKS if benchmarks is None else benchmarks
    out = {}
    for b in reg.values():
        if b.playing is None or "-phrases-v" not in b.name:
            continue
        space = b.name.split("-phrases-v")[0]
        singles = sorted((s for s in reg.values() if s.playing is None and s.presets is None
                          and s.instrument == space and s.name.startswith(space + "-v")
                          and (s.n, s.seed) == (b.n, b.seed)),
                         key=lambda s: int(s.name.rsplit("-v", 1)[1]))
        if singles:
            out[b.name] = PhrasePair(b, singles[-1])
    return out


def board_results(board: Path | None, bench: str, model: str, features: str
                  ) -> dict[str, Any] | None:
    """The results document of the board's baseline entry of this run, if there is one."""
    if board is None:
        return None
    path = board / bench / f"baseline-{run_name(model, features)}" / "results.json"
    return json.loads(path.read_text()) if path.exists() else None


def shared_params(pair: PhrasePair) -> tuple[list[tuple[str, str]], list[str]]:
    """(``(name, kind)`` of the parameters both instruments declare, in the phrase
    instrument's order; the names only the phrase instrument has)."""
    single = set(resolve_instrument(pair.single.instrument).names)
    inst = resolve_instrument(pair.phrases.instrument)
    kinds = [(p.name, "knob" if p.name in {k.name for k in inst.knobs} else "switch")
             for p in inst.params]
    return [k for k in kinds if k[0] in single], [n for n, _ in kinds if n not in single]


def score(doc: dict[str, Any] | None, name: str) -> float | None:
    """A results document's score of parameter ``name``: MAE (knob) or accuracy (switch)."""
    if doc is None or name not in doc["parameters"]:
        return None
    p = doc["parameters"][name]
    return p["mae"] if p["kind"] == "knob" else p["accuracy"]


def mean_of(doc: dict[str, Any], names: list[str]) -> float | None:
    vals = [v for v in (score(doc, n) for n in names) if v is not None]
    return float(np.mean(vals)) if vals else None


def clips(docs: dict[str, dict[str, Any]]) -> str:
    """The numbers of re-rendered clips of ``docs``' audio metrics, as ``200`` or ``50-200``."""
    n = sorted({int((d.get("audio") or {}).get("n_clips") or 0) for d in docs.values()})
    return str(n[0]) if len(n) == 1 else f"{n[0]}-{n[-1]}"


def scores_over_naive(doc: dict[str, Any], naive: dict[str, Any]) -> dict[str, Score]:
    """Per parameter, a run's :class:`baselines.param_gap.Score` against the naive run of
    the same dataset (what its skill is measured from)."""
    out = {}
    for name in doc["parameters"]:
        v, base = score(doc, name), score(naive, name)
        if v is not None and base is not None:
            out[name] = Score(doc["parameters"][name]["kind"], float(v), float(base))
    return out


def verdict(model_gains: list[float]) -> str:
    """``easier``, ``harder`` or ``-`` from one parameter's gains
    (:func:`baselines.param_gap.gains`: skill with phrases less skill with one note) of the
    learned models: every one above ``+GAIN_STEP`` or every one below ``-GAIN_STEP``."""
    if not model_gains:
        return "-"
    if all(g > GAIN_STEP for g in model_gains):
        return "easier"
    if all(g < -GAIN_STEP for g in model_gains):
        return "harder"
    return "-"


def params_figure(rows: list[tuple[str, str, list[tuple[float | None, float | None]]]],
                  models: list[str], path: Path, title: str) -> None:
    """Per parameter and model, its score on single notes (light) and phrases (dark):
    knob MAE (left) and switch accuracy (right).

    Args:
        rows: ``(parameter, kind, [(single, phrases) per model])``.
        models: run names, in the order of each row's pairs.
    """
    plt = pyplot()
    colours = plt.get_cmap("tab10").colors
    panels = [(k, [r for r in rows if r[1] == k]) for k in ("knob", "switch")]
    panels = [(k, rs) for k, rs in panels if rs]
    fig, axes = plt.subplots(1, len(panels), figsize=(14, 0.42 * len(rows) + 2),
                             squeeze=False, gridspec_kw={"width_ratios": [len(rs) for _, rs
                                                                          in panels]})
    width = 0.8 / (2 * len(models))
    for ax, (kind, rs) in zip(axes[0], panels):
        y = np.arange(len(rs))
        for m, name in enumerate(models):
            for d, (label, alpha) in enumerate((("single notes", 0.4), ("phrases", 1.0))):
                vals = [np.nan if r[2][m][d] is None else r[2][m][d] for r in rs]
                ax.barh(y + (2 * m + d) * width - 0.4 + width / 2, vals, width,
                        color=colours[m % 10], alpha=alpha, label=f"{name}, {label}")
        if kind == "knob":
            ax.axvline(2.5, color="#b54a4a", ls="--", lw=1, label="uniform guess: 2.5")
        ax.set_yticks(y, [r[0] for r in rs], fontsize=8)
        ax.invert_yaxis()
        ax.set_title("knob MAE (0-10, lower is better)" if kind == "knob"
                     else "switch accuracy\n(higher is better)", fontsize=10)
        ax.tick_params(labelsize=8)
    axes[0][0].legend(fontsize=7, loc="lower right")
    fig.suptitle(title, fontsize=10)
    save_figure(fig, path)


def section(pair: PhrasePair, results: dict[str, dict[str, dict[str, Any]]], figures: Path,
            out: Path, from_board: list[str],
            command: str = "python -m baselines.phrases_gap") -> str:
    """The Markdown section of ``pair`` (with its markers).

    Args:
        results: per benchmark name, per run name, its results document.
        figures: folder of the figure (written).
        out: the report's path (figure links are relative to it).
        from_board: run names of single-note results read from the board.
        command: the command line that made it (quoted in the section).
    """
    ph, sg = pair.phrases.name, pair.single.name
    shared, extra = shared_params(pair)
    names = [r for r in results[ph] if r in results[sg]]
    learned = [r for r in names if r != "naive"]
    shown = learned or names  # the figure's models
    knobs = [n for n, k in shared if k == "knob"]
    switches = [n for n, k in shared if k == "switch"]
    png = figures / f"{ph}-per-parameter.png"
    pl = pair.phrases.playing
    assert pl is not None
    lines = [
        pair.begin,
        f"## {ph}: phrases against single notes",
        "",
        f"`{sg}` plays one note per clip. `{ph}` plays {pair.phrases.clip_length} s clips of "
        f"`{pair.phrases.instrument}`, which adds the velocity knobs "
        f"{', '.join(f'`{n}`' for n in extra)} (a single note at one velocity cannot reveal "
        f"them); in its own words: {pl.describe()}. Both have {pair.phrases.n:,} clips (seed "
        f"{pair.phrases.seed}, test = last 20 %), and id i holds the same draw of the "
        f"{len(shared)} shared parameters in both (the extra knobs are drawn after them, the "
        "phrase by a generator of its own): the same patches, heard through one note or "
        "through a phrase. Each model "
        "is trained the same way (config, seed, features) on each benchmark and scored on its "
        f"test split; audio metrics on the first {clips(results[ph])} test clips of `{ph}` "
        f"(re-rendered with each row's notes) and {clips(results[sg])} of `{sg}`. Produced by "
        f"`{command}`"
        + (f"; the {sg} runs ({', '.join(from_board)}) are the board's baseline entries (the "
           "same `baselines.run` command)." if from_board else "."),
        "",
        f"Over the {len(shared)} shared parameters ({len(knobs)} knobs, {len(switches)} "
        "switches):",
        "",
        "| model | notes: switch acc | phrases: switch acc | change | notes: knob MAE "
        "| phrases: knob MAE | change | phrases: velocity knobs MAE | notes: log-Mel L1 dB "
        "| phrases: log-Mel L1 dB |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for n in names:
        s, p = results[sg][n], results[ph][n]
        sa, pa = mean_of(s, switches), mean_of(p, switches)
        sk, pk = mean_of(s, knobs), mean_of(p, knobs)
        sl = ((s.get("audio") or {}).get("metrics") or {}).get("logmel_l1_db")
        pll = ((p.get("audio") or {}).get("metrics") or {}).get("logmel_l1_db")
        lines.append(
            f"| {n} | {fmt(sa)} | {fmt(pa)} | "
            f"{'-' if sa is None or pa is None else f'{pa - sa:+.3f}'} | {fmt(sk)} | {fmt(pk)} "
            f"| {'-' if sk is None or pk is None else f'{pk - sk:+.3f}'} "
            f"| {fmt(mean_of(p, extra))} | {fmt(sl, 2)} | {fmt(pll, 2)} |")
    head = " | ".join(f"{n}: notes | {n}: phrases" for n in names)
    lines += [
        "",
        "Per parameter: knob MAE (0-10, lower is better) or switch accuracy, on single notes "
        "and on phrases, per model; *easier* / *harder* when the gain of every learned model "
        f"({', '.join(learned)}) is above +{GAIN_STEP} / below -{GAIN_STEP} (gain: skill over "
        "naive with phrases less with one note, as `baselines.param_gap` measures it; skill "
        "is `1 - MAE / naive MAE` for a knob, `accuracy - naive accuracy` for a switch):",
        "",
        f"| parameter | kind | {head} | with phrases |",
        "|---|---|" + "---|" * (2 * len(names)) + "---|",
    ]
    rows: list[tuple[str, str, list[tuple[float | None, float | None]]]] = []
    kinds = dict(shared) | {n: "knob" for n in extra}
    tally: dict[str, list[str]] = {"easier": [], "harder": []}
    model_gains = [gains(scores_over_naive(results[sg][n], results[sg]["naive"]),
                         scores_over_naive(results[ph][n], results[ph]["naive"]))
                   for n in learned] if "naive" in names else []
    for pname in [n for n, _ in shared] + extra:
        kind = kinds[pname]
        pairs = [(score(results[sg][n], pname), score(results[ph][n], pname)) for n in names]
        rows.append((pname, kind, [pairs[i] for i, n in enumerate(names) if n in shown]))
        v = verdict([g[pname] for g in model_gains if pname in g]) if pname not in extra \
            else "new target"
        tally.get(v, []).append(f"`{pname}`")
        cells = " | ".join(f"{fmt(a)} | {fmt(b)}" for a, b in pairs)
        lines.append(f"| `{pname}` | {kind} | {cells} | {v} |")
    lines += [
        "",
        f"Easier with phrases: {', '.join(tally['easier']) or 'none'}. "
        f"Harder: {', '.join(tally['harder']) or 'none'}.",
        "",
        f"![per-parameter scores on single notes and phrases]"
        f"({png.relative_to(out.parent).as_posix()})",
        "",
        pair.end,
    ]
    params_figure(rows, shown, png, f"{', '.join(shown)}: {sg} (single notes, light) "
                                      f"against {ph} (phrases, dark)")
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    pairs = phrase_pairs()
    p = ArgumentParser(prog="python -m baselines.phrases_gap", description=__doc__.splitlines()[0])
    p.add_argument("--phrases", default=next(iter(pairs), None), choices=sorted(pairs),
                   help="the phrase benchmark, compared with its single-note benchmark "
                        f"(default: {next(iter(pairs), None)})")
    p.add_argument("--runs-of", nargs="+", metavar="MODEL[-FEATURES]",
                   type=split_run, default=list(MODELS),
                   help="runs on both benchmarks: naive, or <model>-<features> (default: "
                        f"{' '.join(run_name(m, f) for m, f in MODELS)})")
    p.add_argument("--board", type=Path, default=BOARD,
                   help="read single-note runs from this board's baseline entries when there "
                        "(default: leaderboard/entries; '' trains them)")
    add_run_options(p)
    return p


def split_run(name: str) -> tuple[str, str]:
    """``mlp-mfcc`` -> ``("mlp", "mfcc")``; ``naive`` -> ``("naive", "mfcc")``."""
    model, _, feats = name.partition("-")
    if model not in MODEL_ORDER or (model != "naive" and feats not in FEATURES):
        raise argparse.ArgumentTypeError(
            f"{name!r} is not a run: naive, or one of {', '.join(MODEL_ORDER[1:])} and "
            f"-{'/'.join(FEATURES)} (e.g. mlp-mfcc)")
    return model, (feats or "mfcc")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    pair = phrase_pairs()[args.phrases]
    board = args.board if str(args.board) not in ("", ".") else None
    ph, sg = pair.phrases.name, pair.single.name
    wanted = list(dict.fromkeys(args.runs_of))
    check_report(args.out, {"--runs": args.runs, "--data-root": args.data_root})
    results: dict[str, dict[str, dict[str, Any]]] = {ph: {}, sg: {}}
    from_board = []
    todo = []
    for ds, model, feats in [(ds, m, f) for ds in (ph, sg) for m, f in wanted]:
        doc = None
        if ds == sg and not results_path(args.runs, ds, model, feats).exists():
            doc = board_results(board, ds, model, feats)
        if doc is None:
            todo.append((ds, model, feats))
        else:
            results[ds][run_name(model, feats)] = doc
            from_board.append(run_name(model, feats))
    for (ds, model, feats), (_, _, doc) in zip(todo, run_table(todo, args)):
        results[ds][run_name(model, feats)] = doc
    given = list(sys.argv[1:] if argv is None else argv)
    command = " ".join(["python -m baselines.phrases_gap", *given])
    write_section(args.out, section(pair, results, args.out.parent / "figures", args.out,
                                    from_board, command), pair)
    print(f"wrote the {ph} section of {args.out}")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
