"""``python -m baselines.param_gap``: which parameters a phrase makes easier or harder, from two runs.

Reads two sets of baseline runs (``runs/<dataset>/<model>/results.json``, as
``python -m baselines.run`` writes them) of one patch space: a single-note benchmark
(``--single``, e.g. ``runs/dexed-v1``) and its phrase benchmark (``--phrases``, e.g.
``runs/dexed-phrases-v1``: the same settings, each clip a phrase of notes at two velocity
levels). For ``--model`` (default ``mlp-mfcc``) it prints Markdown: the aggregates, a table
per parameter family (the parameter names with their digits replaced by ``*``:
``op*_eg_rate*`` holds the 24 envelope rates of the six operators) and the ``--top``
parameters the phrase made easier and harder.

Scores are read from ``results.json`` only (``parameters.<name>.mae`` for knobs, in label
units 0-10; ``.accuracy`` for switches). A parameter's *skill* is what the model gains over
the ``naive`` run of the same dataset (its train mean or mode): ``1 - mae / naive mae`` for a
knob, ``accuracy - naive accuracy`` for a switch, so both are fractions and 0 is no better
than the prior. The *gain* of the phrase is ``skill(phrases) - skill(single)``: positive
when the phrase made the parameter easier. A phrase benchmark that shares its settings with
the single-note one (as ``dexed-phrases-v1`` does ``dexed-v1``'s) has the same naive scores
on both, which the table shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean
from collections.abc import Sequence

from benchmark.errors import BenchmarkError, run_cli
from generators.core import reading
from generators.core.cli import ArgumentParser, exit_with, int_arg

NAIVE = "naive"


@dataclass(frozen=True)
class Score:
    """One parameter's score on one benchmark.

    Attributes:
        kind: ``"knob"`` (``value`` is MAE, label units 0-10, lower is better) or
            ``"switch"`` (``value`` is accuracy, 0-1, higher is better).
        value: the model's score.
        naive: the naive run's score on the same dataset.
    """

    kind: str
    value: float
    naive: float

    @property
    def skill(self) -> float:
        """Fraction gained over the naive run: ``1 - mae/naive`` or ``accuracy - naive``."""
        if self.kind == "knob":
            return 1.0 - self.value / self.naive if self.naive > 0 else 0.0
        return self.value - self.naive


def family(name: str) -> str:
    """The parameter's family: its name with each run of digits replaced by ``*``."""
    return re.sub(r"\d+", "*", name)


def read_scores(runs: Path, model: str) -> tuple[dict[str, Score], dict[str, float]]:
    """Per-parameter :class:`Score` of ``runs/<model>`` against ``runs/naive``, and the
    model's ``aggregates`` (knob MAE mean, switch accuracy mean)."""
    doc = reading.read_json(runs / model / "results.json", f"{model} results")
    base = reading.read_json(runs / NAIVE / "results.json", "naive results")
    params, naive = doc.get("parameters"), base.get("parameters")
    if not isinstance(params, dict) or not isinstance(naive, dict) or set(params) != set(naive):
        raise BenchmarkError(f"{runs}: {model} and {NAIVE} do not score the same parameters")
    scores = {}
    for name, p in params.items():
        key = "mae" if p["kind"] == "knob" else "accuracy"
        if p.get(key) is not None and naive[name].get(key) is not None:
            scores[name] = Score(p["kind"], float(p[key]), float(naive[name][key]))
    return scores, doc.get("aggregates", {})


def gains(single: dict[str, Score], phrases: dict[str, Score]) -> dict[str, float]:
    """Per parameter scored on both, ``skill(phrases) - skill(single)`` (positive: easier)."""
    return {n: phrases[n].skill - single[n].skill for n in single if n in phrases}


def _mean(attr: str, scores: dict[str, Score], names: list[str]) -> float:
    """Mean of the :class:`Score` attribute ``attr`` over the parameters ``names``."""
    return fmean(getattr(scores[n], attr) for n in names)


def family_table(single: dict[str, Score], phrases: dict[str, Score]) -> list[str]:
    """Markdown rows, one per parameter family, in the order the families first appear."""
    rows = ["| family | kind | params | naive (1 note / phrase) | model, 1 note | model, phrase "
            "| skill, 1 note | skill, phrase | gain |",
            "|---|---|---:|---|---:|---:|---:|---:|---:|"]
    fams: dict[str, list[str]] = {}
    for n in single:
        if n in phrases:
            fams.setdefault(family(n), []).append(n)
    for fam, names in fams.items():
        kind = single[names[0]].kind

        ss, sp = _mean("skill", single, names), _mean("skill", phrases, names)
        rows.append(f"| `{fam}` | {kind} | {len(names)} | {_mean('naive', single, names):.3f} / "
                    f"{_mean('naive', phrases, names):.3f} | {_mean('value', single, names):.3f} | "
                    f"{_mean('value', phrases, names):.3f} | {ss:+.3f} | {sp:+.3f} | {sp - ss:+.3f} |")
    return rows


def top_rows(single: dict[str, Score], phrases: dict[str, Score], names: list[str]) -> list[str]:
    """Markdown rows of the parameters ``names``: score and skill on both, and the gain."""
    rows = ["| parameter | kind | 1 note | phrase | skill, 1 note | skill, phrase | gain |",
            "|---|---|---:|---:|---:|---:|---:|"]
    for n in names:
        s, p = single[n], phrases[n]
        rows.append(f"| `{n}` | {s.kind} | {s.value:.3f} | {p.value:.3f} | {s.skill:+.3f} | "
                    f"{p.skill:+.3f} | {p.skill - s.skill:+.3f} |")
    return rows


def report(single_runs: Path, phrase_runs: Path, model: str, top: int) -> str:
    """The Markdown comparison of ``model`` on the two benchmarks' runs."""
    single, agg_s = read_scores(single_runs, model)
    phrases, agg_p = read_scores(phrase_runs, model)
    g = gains(single, phrases)
    if not g:
        raise BenchmarkError(f"{single_runs} and {phrase_runs} share no scored parameter")
    ranked = sorted(g, key=lambda n: (-g[n], n))
    knobs = [n for n in g if single[n].kind == "knob"]
    switches = [n for n in g if single[n].kind == "switch"]
    lines = [
        f"### {model}: {single_runs.name} (one note) against {phrase_runs.name} (phrases)", "",
        f"Knob MAE mean {agg_s.get('knob_mae_mean', float('nan')):.3f} (one note) against "
        f"{agg_p.get('knob_mae_mean', float('nan')):.3f} (phrases); switch accuracy mean "
        f"{agg_s.get('switch_accuracy_mean', float('nan')):.3f} against "
        f"{agg_p.get('switch_accuracy_mean', float('nan')):.3f}. Mean skill over the naive run: "
        f"knobs {fmean(single[n].skill for n in knobs) if knobs else 0:+.3f} against "
        f"{fmean(phrases[n].skill for n in knobs) if knobs else 0:+.3f}, switches "
        f"{fmean(single[n].skill for n in switches) if switches else 0:+.3f} against "
        f"{fmean(phrases[n].skill for n in switches) if switches else 0:+.3f}; "
        f"{sum(v > 0 for v in g.values())} of {len(g)} parameters gain.", "",
        "Skill: `1 - MAE / naive MAE` (knob) or `accuracy - naive accuracy` (switch); "
        "gain: skill with phrases less skill with one note (positive: the phrase helps).", "",
        *family_table(single, phrases), "",
        f"#### The {top} parameters the phrase made easiest", "",
        *top_rows(single, phrases, ranked[:top]), "",
        f"#### The {top} parameters the phrase made hardest", "",
        *top_rows(single, phrases, ranked[::-1][:top]), "",
    ]
    return "\n".join(lines)


def build_parser() -> ArgumentParser:
    ap = ArgumentParser(prog="python -m baselines.param_gap", description=__doc__.split("\n")[0])
    ap.add_argument("--single", type=Path, required=True,
                    help="runs folder of the single-note benchmark (e.g. runs/dexed-v1), holding "
                         "<model>/results.json and naive/results.json")
    ap.add_argument("--phrases", type=Path, required=True,
                    help="runs folder of its phrase benchmark (e.g. runs/dexed-phrases-v1)")
    ap.add_argument("--model", default="mlp-mfcc",
                    help="run folder name of the model to compare (default: mlp-mfcc)")
    ap.add_argument("--top", type=int_arg("--top", 1), default=10,
                    help="parameters listed as most helped and most hurt (default: 10)")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    print(report(args.single, args.phrases, args.model, args.top))
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
