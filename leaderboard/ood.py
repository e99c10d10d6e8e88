"""The board's "out of domain" sections: synth models scored on real instrument notes.

Results of ``python -m baselines.ood`` are kept as
``leaderboard/ood/<benchmark>/<entry>.json`` (one per saved model, alone or with search)
and ranked by :func:`baselines.ood.primary_metric` (:func:`baselines.ood.ranked`).
There are no parameters to score out of domain: only the audio of each real note
against the re-rendered prediction, at the pitch and note length detected in it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from collections.abc import Callable

from baselines.ood import entry_name, primary_metric, ranked
from benchmark.metrics import Metric, of_scope

OOD = Path(__file__).resolve().parent / "ood"
"""The out-of-domain results, as ``<benchmark>/<entry>.json``."""


@dataclass
class OodSection:
    """One out-of-domain benchmark's results, best first.

    Attributes:
        benchmark: its name (``gm-ood-v1``).
        ranked: ``(rank, entry name, results)``.
    """

    benchmark: str
    ranked: list[tuple[int, str, dict[str, Any]]]

    @property
    def metric(self) -> Metric:
        """The metric it is ranked by."""
        return primary_metric()

    @property
    def columns(self) -> list[Metric]:
        """Every registered audio metric, the ranking one first."""
        return [self.metric] + [m for m in of_scope("audio") if m.name != self.metric.name]

    def cell(self, doc: dict[str, Any], m: Metric) -> str:
        return m.format((doc.get("audio") or {}).get("metrics", {}).get(m.name))

    def is_best(self, doc: dict[str, Any], m: Metric) -> bool:
        vals = [(d.get("audio") or {}).get("metrics", {}).get(m.name) for _, _, d in self.ranked]
        v = (doc.get("audio") or {}).get("metrics", {}).get(m.name)
        return v is not None and v == m.best(vals)

    def model_cell(self, doc: dict[str, Any]) -> str:
        """``mlp-mfcc``, ``mlp-mfcc + search 200`` or ``... (every 8th note)`` for a subset."""
        budget, every = doc["search"]["budget"], doc["dataset"].get("every", 1)
        return (doc["model"]["name"] + (f" + search {budget}" if budget else "")
                + (f" (every {every}th note)" if every > 1 else ""))

    def best(self, searched: bool) -> tuple[str, dict[str, Any]] | None:
        """The best entry with (``searched``) or without search, or ``None``."""
        for _, name, doc in self.ranked:
            if bool(doc["search"]["budget"]) == searched:
                return name, doc
        return None


def load_ood(folder: Path = OOD, warn: Callable[[str], None] = print) -> list[OodSection]:
    """Every ``<benchmark>/`` folder of results under ``folder``, ranked."""
    out = []
    for bdir in sorted(p for p in folder.glob("*") if p.is_dir()) if folder.is_dir() else []:
        docs = []
        for path in sorted(bdir.glob("*.json")):
            try:
                doc = json.loads(path.read_text(encoding="utf-8"))
                entry_name(doc)
            except (OSError, ValueError, KeyError, TypeError) as e:
                warn(f"skipped {bdir.name}/{path.name}: not baselines.ood results ({e})")
                continue
            docs.append(doc)
        ranked_docs = ranked(docs)
        out.append(OodSection(bdir.name, [(k, entry_name(d), d)
                                          for k, d in enumerate(ranked_docs, 1)]))
    return out


def ood_markdown(sections: list[OodSection]) -> list[str]:
    """The Markdown lines of the out-of-domain sections."""
    lines: list[str] = []
    for s in sections:
        if not s.ranked:
            continue
        m = s.metric
        lines += [f"## Out of domain: {s.benchmark}", "",
                  "Real instrument notes (no synth made them, no parameters to score): each "
                  "synth's saved model predicts a patch per note, alone or refined by search, "
                  "and the patch is re-rendered at the pitch and note length detected in the "
                  f"note. Ranked by {m.heading} over all its notes (results: "
                  f"`leaderboard/ood/{s.benchmark}/`, made by `python -m baselines.ood`).", "",
                  "| rank | instrument | model | " + " | ".join(x.heading for x in s.columns)
                  + " | renders/clip | notes |",
                  "|---:|---|---|" + "---:|" * len(s.columns) + "---:|---:|"]
        for r, _, d in s.ranked:
            cells = [f"**{s.cell(d, x)}**" if s.is_best(d, x) else s.cell(d, x)
                     for x in s.columns]
            lines.append(f"| {r} | {d['model']['instrument']} | {s.model_cell(d)} | "
                         + " | ".join(cells)
                         + f" | {d['renders_per_clip']:.0f} | {d['dataset']['scored']} |")
        lines.append("")
    return lines
