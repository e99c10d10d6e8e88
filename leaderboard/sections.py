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
from collections.abc import Callable

from generators.benchmarks import BENCHMARKS
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

HIDDEN_DROP = 0.1
"""A higher-is-better metric (switch accuracy) is much worse on the hidden split when it
drops by more than this (absolute)."""
HIDDEN_SIGMAS = 3.0
"""... and by more than this many standard errors of the difference (about 1 in 700 honest
entries flagged by chance, against 1 in 40 at two)."""
HIDDEN_RISE = 0.25
"""A lower-is-better metric (knob MAE) is much worse on the hidden split when it rises by
more than this fraction."""
HIDDEN = "hidden split"
HIDDEN_NOTE = (
    "hidden split: model entries are also run, in a sandbox, on a hidden test split (the same "
    "instrument and sampler from a secret seed; its digest is pinned in leaderboard/hidden.json) "
    "by `python -m leaderboard.evaluate --hidden`; the \"hidden\" columns are those scores. "
    f"⚠ much worse: a hidden score much worse than the public one (a higher-is-better metric "
    f"down by more than {HIDDEN_DROP:g} and by more than {HIDDEN_SIGMAS:g} times its sampling error, a "
    f"lower-is-better one up by more than {HIDDEN_RISE:.0%}): the model may know the public "
    "test labels. predictions only: "
    "submitted as predictions, so not evaluated on the hidden split; pending: a model not "
    "evaluated yet; stopped: the sandbox stopped it (the rule is named).")
"""What the hidden columns mean (Markdown and the page)."""


def much_worse(metric: str, public: float | None, hidden: float | None,
               n_public: int | None = None, n_hidden: int | None = None) -> bool:
    """Whether ``hidden`` is much worse than ``public`` in ``metric``'s direction.

    A higher-is-better metric is a rate in 0-1 (switch accuracy): given the numbers of
    predictions each was measured on, the drop must also exceed :data:`HIDDEN_SIGMAS` times
    its sampling error (a flag accuses an entry, so a false one must be rare among a hundred
    entries: on a 12-clip split a drop of 0.2 is noise; on 2,000 clips 0.1 governs).
    """
    if public is None or hidden is None:
        return False
    if METRICS[metric].maximize:
        drop = public - hidden
        if n_public and n_hidden:
            se = (public * (1 - public) / n_public + hidden * (1 - hidden) / n_hidden) ** 0.5
            return drop > max(HIDDEN_DROP, HIDDEN_SIGMAS * se)
        return drop > HIDDEN_DROP
    return hidden > public * (1 + HIDDEN_RISE)


def _count(aggregates: dict, clips: object, metric: str) -> int | None:
    """Predictions behind a per-type mean: clips x parameters of that type."""
    of = METRICS[metric].of or ""
    per = aggregates.get("n_switches" if "accuracy" in of else "n_knobs")
    return int(clips) * int(per) if isinstance(clips, int) and isinstance(per, int) else None


def ranking_order() -> str:
    """The ranking in words: ``MFCC distance (dB) ↓, then switch accuracy ↑, then knob MAE ↓,
    then the other audio metrics``."""
    first = [m for m in RANKING if METRICS[m].scope == "type" or m == RANKING[0]]
    return ", then ".join([*(METRICS[m].heading for m in first), "the other audio metrics"])


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

    @property
    def hidden_columns(self) -> list[str]:
        """The per-type metrics shown for the hidden split (when an entry has hidden scores)."""
        if not any(hidden_scores(e) for _, e in self.ranked):
            return []
        return [m for m in self.columns if METRICS[m].scope == "type"]

    def hidden_cell(self, e: Entry, metric: str) -> str:
        """``e``'s hidden value of ``metric`` (:data:`MISSING` when it has none)."""
        return METRICS[metric].format(hidden_value(e, metric), MISSING)

    def flagged(self, e: Entry) -> bool:
        """Whether a hidden score of ``e`` is much worse than its public one."""
        pub = e.results.get("aggregates") or {}
        hid = hidden_scores(e) or {}
        n_pub = (e.results.get("dataset") or {}).get("n_scored")
        n_hid = (e.hidden or {}).get("n")
        return any(much_worse(m, e.metric(m), hidden_value(e, m), _count(pub, n_pub, m),
                              _count(hid, n_hid, m))
                   for m in (self.hidden_columns or [m for m in self.columns
                                                     if METRICS[m].scope == "type"]))

    def hidden_status(self, e: Entry) -> str:
        """The hidden-split cell: ``ok``, ``⚠ much worse``, ``predictions only``, ``pending``,
        ``stopped: <rule>`` or ``failed``."""
        if not e.is_model:
            return "predictions only"
        h = e.hidden
        if not h:
            return "pending"
        if h.get("status") == "stopped":
            return f"stopped: {h.get('rule')}"
        if h.get("status") != "ok":
            return "failed"
        return "⚠ much worse" if self.flagged(e) else "ok"

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


def hidden_scores(e: Entry) -> dict | None:
    """The aggregates of ``e``'s hidden evaluation, when it ran to the end."""
    h = e.hidden
    if not h or h.get("status") != "ok":
        return None
    return (h.get("scores") or {}).get("aggregates")


def hidden_value(e: Entry, metric: str) -> float | None:
    v = (hidden_scores(e) or {}).get(metric)
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


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
