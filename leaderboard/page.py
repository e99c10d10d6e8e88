"""The board as a static web page, from Jinja2 templates with autoescaping.

``templates/page.html`` (the page) and ``templates/sections.html`` (a
benchmark's table, charts and listening examples) are rendered with
autoescaping on, so everything that comes from an entry is escaped;
``templates/board.css`` is inlined (the page opens from disk, with a
Content-Security-Policy that allows no script and nothing remote). Links are
kept only when they are http(s) (:func:`leaderboard.store.safe_url`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from markupsafe import Markup

from benchmark.metrics import METRICS, RANKING_RULE

from .examples import Examples
from .media import nice_max, parameter_chart
from .ood import OodSection
from .sections import (HIDDEN, HIDDEN_NOTE, RENDERS, RENDERS_NOTE, BoardSection, key_of,
                       ranking_order)
from .store import Entry, safe_url


def chart(s: BoardSection, e: Entry) -> Markup:
    """The per-parameter SVG chart of ``e`` (knob bars on the section's common scale)."""
    maes = [v.get("mae") for _, x in s.ranked
            for v in (x.results.get("parameters") or {}).values()
            if v.get("kind") == "knob" and v.get("mae") is not None]
    # the SVG is built by leaderboard.media, which escapes every text it writes
    return Markup(parameter_chart(e.results.get("parameters") or {},
                                  nice_max(max(maes) if maes else 1.0),
                                  f"per-parameter scores of {e.name}"))


def summary(s: BoardSection, e: Entry) -> str:
    """The first two metrics of ``e``, e.g. ``switch accuracy 0.900, knob MAE 1.234``."""
    return ", ".join(f"{METRICS[m].label} {s.cell(e, m)}" for m in s.columns[:2])


@lru_cache(maxsize=1)
def environment():
    """The templates' environment: autoescaping on, the helpers the templates call."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("leaderboard", "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    env.globals.update(metrics=METRICS, key_of=key_of, safe_url=safe_url, chart=chart,
                       summary=summary, renders=RENDERS, renders_note=RENDERS_NOTE,
                       hidden=HIDDEN, hidden_note=HIDDEN_NOTE)
    return env


def css() -> str:
    """The page's style sheet (``templates/board.css``, package data)."""
    return resources.files("leaderboard").joinpath("templates/board.css").read_text("utf-8")


def page(board: list[BoardSection], examples: dict[str, Examples],
         ood: list[OodSection] | None = None, listen: dict[str, str] | None = None) -> str:
    """``index.html`` of ``board``, with the listening ``examples`` of each benchmark, the
    out-of-domain sections and links to the listening pages (``listen``: benchmark -> file)."""
    return environment().get_template("page.html").render(
        board=board, examples=examples, css=Markup(css()), order=ranking_order(),
        ood=[o for o in ood or [] if o.ranked], listen=listen or {},
        ranking_rule=RANKING_RULE,
        n_entries=sum(len(s.ranked) for s in board),
        empty=[s.benchmark for s in board if not s.ranked])
