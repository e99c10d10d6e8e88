"""The board's model: per benchmark, the ranked entries and the columns that have values.

The Markdown board (:mod:`leaderboard.markdown`) and the web page
(:mod:`leaderboard.page`) are both views of :func:`load_board`'s sections;
columns, headings and digits come from :data:`benchmark.metrics.METRICS`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from generators.named import BENCHMARKS
from benchmark.metrics import METRICS, RANKING

from .store import Entry, LeaderboardError, benchmark_order, entry_dirs, rank, read_entry

RENDERS = "renders/clip"
RENDERS_NOTE = ("renders/clip: how many times the model rendered the instrument per test clip at "
                "inference (0: a pure predictor; a search re-renders candidate settings and compares "
                "them with the clip, so it hears the target, and its scores grow with its budget: "
                "compare entries at equal budgets). It does not change the ranking.")
"""The render-budget column and what it means (Markdown and the page)."""

MISSING = "–"
"""How a metric an entry lacks is shown."""


def ranking_order() -> str:
    """The ranking in words: ``switch accuracy ↑, then knob MAE ↓, then ...``."""
    return ", then ".join(METRICS[m].heading for m in RANKING)


def key_of(name: str) -> str:
    """A file-name and HTML-id safe key of an entry name (ASCII slug + hash)."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-")[:40] or "entry"
    return f"{slug}-{hashlib.sha256(name.encode()).hexdigest()[:8]}"


@dataclass
class BoardSection:
    """One benchmark's ranked entries and the columns (metric names) that have values."""

    benchmark: str
    ranked: list[tuple[int, Entry]]
    columns: list[str] = field(default_factory=list)

    @property
    def description(self) -> str:
        b = BENCHMARKS.get(self.benchmark)
        return b.description if b else ""

    def best(self, metric: str) -> float | None:
        """The best value of ``metric`` among the entries (in its direction)."""
        return METRICS[metric].best(e.metric(metric) for _, e in self.ranked)

    def is_best(self, e: Entry, metric: str) -> bool:
        """Whether ``e`` holds the best value of ``metric`` (shown bold)."""
        v = e.metric(metric)
        return v is not None and v == self.best(metric)

    def cell(self, e: Entry, metric: str) -> str:
        """``e``'s value of ``metric`` with the metric's digits (:data:`MISSING` when absent)."""
        return METRICS[metric].format(e.metric(metric), MISSING)

    def audio_clips(self) -> list[int]:
        """The audio metrics' clip counts of the entries (normally one)."""
        return sorted({(e.results.get("audio") or {}).get("n_clips") for _, e in self.ranked
                       if e.results.get("audio")})

    def audio_note(self) -> str | None:
        """``Audio metrics on the first N test clips.`` when an audio column is shown."""
        clips = self.audio_clips()
        if clips and any(METRICS[m].scope == "audio" for m in self.columns):
            return f"Audio metrics on the first {' or '.join(map(str, clips))} test clips."
        return None


def load_board(entries: Path, warn: Callable[[str], None]) -> list[BoardSection]:
    """Every benchmark of the registry (and any other with entries), ranked."""
    by_bench: dict[str, list[Entry]] = {b: [] for b in BENCHMARKS}
    for path in entry_dirs(entries):
        try:
            e = read_entry(path)
        except LeaderboardError as err:
            warn(f"skipped {path.parent.name}/{path.name}: {' '.join(err.problems)}")
            continue
        by_bench.setdefault(e.benchmark, []).append(e)
    out = []
    for b in sorted(by_bench, key=benchmark_order):
        ranked = rank(by_bench[b])
        cols = [m for m in RANKING if any(e.metric(m) is not None for _, e in ranked)]
        out.append(BoardSection(b, ranked, cols))
    return out
