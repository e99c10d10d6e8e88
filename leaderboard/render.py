"""``python -m leaderboard.render``: the board as Markdown and as a static web page.

Writes ``leaderboard/README.md`` (one table per benchmark) and
``leaderboard/site/`` (``index.html`` with inline CSS and no scripts, opened
from disk: per-benchmark tables, a per-parameter chart of each entry, and
listening examples: for the first test ids, the target clip beside the clip
re-rendered from each top entry's predicted settings, with spectrograms).
Entries are ranked by :data:`benchmark.metrics.RANKING`. Everything that
comes from an entry is escaped; links are kept only when they are http(s).
The output depends only on the entries and datasets (no timestamps), so
rendering twice writes the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import os
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from benchmark.configs import BENCHMARKS, check_dataset
from benchmark.errors import BenchmarkError, run_cli
from benchmark.metrics import METRICS, RANKING
from benchmark.predictions import load_predictions
from benchmark.task import Task, load_task
from generators.dataset import DatasetError

from .media import Spectrograms, nice_max, parameter_chart
from .store import (
    ENTRIES,
    Entry,
    LeaderboardError,
    benchmark_order,
    entry_dirs,
    rank,
    read_entry,
    safe_url,
)
from .submit import DATASETS

HERE = Path(__file__).resolve().parent
README = HERE / "README.md"
SITE = HERE / "site"

LABELS = {
    "switch_accuracy_mean": ("switch accuracy", 3),
    "knob_mae_mean": ("knob MAE", 3),
    "logmel_l1_db": ("log-Mel L1 (dB)", 2),
    "mfcc_distance": ("MFCC distance (dB)", 2),
    "mrstft": ("MR-STFT", 3),
}
"""Column heading and digits of each ranking metric."""

RENDERS = "renders/clip"
RENDERS_NOTE = ("renders/clip: how many times the model rendered the instrument per test clip at "
                "inference (0: a pure predictor; a search re-renders candidate settings and compares "
                "them with the clip, so it hears the target, and its scores grow with its budget: "
                "compare entries at equal budgets). It does not change the ranking.")
"""The render-budget column and what it means (Markdown and the page)."""


def arrow(metric: str) -> str:
    return "↑" if METRICS[metric].higher_is_better else "↓"


def fmt(v: float | None, digits: int) -> str:
    return "–" if v is None else f"{v:.{digits}f}"


def key_of(name: str) -> str:
    """A file-name and HTML-id safe key of an entry name (ASCII slug + hash)."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-")[:40] or "entry"
    return f"{slug}-{hashlib.sha256(name.encode()).hexdigest()[:8]}"


# -------------------------------------------------------------------- board
@dataclass
class BoardSection:
    """One benchmark's ranked entries and the columns that have values."""

    benchmark: str
    ranked: list[tuple[int, Entry]]
    columns: list[str] = field(default_factory=list)

    @property
    def description(self) -> str:
        b = BENCHMARKS.get(self.benchmark)
        return b.description if b else ""

    def best(self, metric: str) -> float | None:
        vals = [e.metric(metric) for _, e in self.ranked if e.metric(metric) is not None]
        if not vals:
            return None
        return max(vals) if METRICS[metric].higher_is_better else min(vals)

    def audio_clips(self) -> list[int]:
        return sorted({(e.results.get("audio") or {}).get("n_clips") for _, e in self.ranked
                       if e.results.get("audio")})


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


# ----------------------------------------------------------------- markdown
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def md(text: Any) -> str:
    """Text safe in a Markdown table cell: HTML escaped, Markdown syntax escaped, one line."""
    s = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(s, quote=False))


def md_url(url: str) -> str:
    return "".join(f"%{ord(c):02X}" if c in "()<> |[]`" else c for c in url)


def markdown(board: list[BoardSection]) -> str:
    order = ", then ".join(f"{LABELS[m][0]} {arrow(m)}" for m in RANKING)
    lines = [
        "# Leaderboard",
        "",
        "<!-- Generated by `python -m leaderboard.render` from leaderboard/entries/: do not edit. -->",
        "",
        f"Test-split scores of every entry in [`entries/`](entries/), ranked by {order} "
        "(↑ higher is better, ↓ lower is better; a metric an entry lacks ranks last). "
        "Audio metrics compare each test clip with the clip re-rendered from the predicted "
        "settings. Every score is re-computed from the entry's predictions by "
        "`python -m leaderboard.verify`. The web page (`python -m leaderboard.render`, then open "
        "`leaderboard/site/index.html`) adds per-parameter charts and listening examples. "
        "How to submit: the README's Leaderboard section.",
        "",
        RENDERS_NOTE,
        "",
    ]
    empty = [s.benchmark for s in board if not s.ranked]
    if empty:
        lines += [f"No entries yet: {', '.join(md(b) for b in empty)}.", ""]
    for s in board:
        if not s.ranked:
            continue
        lines += [f"## {md(s.benchmark)}", ""]
        if s.description:
            lines += [md(s.description), ""]
        clips = s.audio_clips()
        if clips and any(m in s.columns for m in METRICS if METRICS[m].scope == "audio"):
            lines += [f"Audio metrics on the first {' or '.join(map(str, clips))} test clips.", ""]
        head = ["rank", "name", "authors", *(f"{LABELS[m][0]} {arrow(m)}" for m in s.columns),
                RENDERS, "date"]
        lines += ["| " + " | ".join(head) + " |",
                  "|" + "|".join(["---:", "---", "---", *("---:" for _ in s.columns), "---:",
                                  "---"]) + "|"]
        ext = False
        for r, e in s.ranked:
            name = md(e.name)
            url = safe_url(e.meta.get("url"))
            if url:
                name = f"[{name}]({md_url(url)})"
            if e.meta.get("external_data"):
                name += " †"
                ext = True
            cells = []
            for m in s.columns:
                v = e.metric(m)
                c = fmt(v, LABELS[m][1])
                cells.append(f"**{c}**" if v is not None and v == s.best(m) else c)
            lines.append("| " + " | ".join([str(r), name, md(e.meta.get("authors", "")), *cells,
                                             str(e.render_budget), md(e.meta.get("date", ""))])
                         + " |")
        lines.append("")
        if ext:
            lines += ["† trained with external data.", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


# --------------------------------------------------------------------- html
def esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


CSS = """
:root { --fg: #1d2430; --muted: #5d6778; --line: #dfe3ea; --accent: #2f5d9a; --bg: #fff;
        --zebra: #f6f8fb; --best: #0f6b3a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue",
       Arial, sans-serif; color: var(--fg); background: var(--bg); }
header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 28px; padding-bottom: 8px; border-bottom: 1px solid var(--line); }
h1 { font-size: 26px; margin: 0 0 6px; letter-spacing: -0.01em; }
h2 { font-size: 21px; margin: 40px 0 4px; padding-top: 8px; border-top: 3px solid var(--fg); }
h3 { font-size: 16px; margin: 26px 0 8px; }
p { margin: 6px 0; }
.lead { color: var(--muted); max-width: 900px; }
nav { margin: 12px 0 8px; display: flex; flex-wrap: wrap; gap: 6px 8px; align-items: center; }
nav a { padding: 3px 10px; border: 1px solid var(--line); border-radius: 999px;
        text-decoration: none; color: var(--accent); font-size: 14px; }
nav a:hover { background: var(--zebra); }
a { color: var(--accent); }
.muted { color: var(--muted); }
.small { font-size: 13px; }
.tablewrap { overflow-x: auto; margin: 10px 0; }
table.board { border-collapse: collapse; width: 100%; font-size: 14px; }
table.board th, table.board td { padding: 6px 10px; border-bottom: 1px solid var(--line);
                                  text-align: left; vertical-align: top; }
table.board th { font-weight: 600; border-bottom: 2px solid var(--fg); white-space: nowrap;
                 background: var(--bg); }
table.board td.num, table.board th.num { text-align: right; font-variant-numeric: tabular-nums;
                                         white-space: nowrap; }
table.board tbody tr:nth-child(even) { background: var(--zebra); }
table.board td.rank { font-weight: 600; width: 3em; }
table.board td.best { font-weight: 700; color: var(--best); }
.name { font-weight: 600; word-break: break-word; }
.authors { display: block; color: var(--muted); font-size: 13px; word-break: break-word; }
.tag { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 4px;
       background: #fdf1d8; color: #7a5200; margin-left: 6px; vertical-align: 1px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(540px, 1fr)); gap: 10px;
          align-items: start; }
details { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; background: var(--bg); }
details > summary { cursor: pointer; font-weight: 600; }
details > summary .muted { font-weight: 400; }
details p.desc { white-space: pre-line; word-break: break-word; }
svg.chart { display: block; margin-top: 8px; max-width: 100%; height: auto; }
svg.chart .h { font: 600 12px system-ui, sans-serif; fill: var(--fg); }
svg.chart .l, svg.chart .v { font: 12px system-ui, sans-serif; fill: var(--fg); }
svg.chart .t { font: 10px system-ui, sans-serif; fill: var(--muted); }
svg.chart .k { fill: #3f6fb0; }
svg.chart .s { fill: #3f8f5f; }
svg.chart .track { fill: #eef1f5; }
svg.chart .err { fill: #f2c4c4; }
svg.chart .ax { stroke: #9aa3b2; stroke-width: 1; }
.examples { border-collapse: collapse; }
.examples th, .examples td { padding: 8px; vertical-align: top; text-align: left;
                             border-bottom: 1px solid var(--line); }
.examples th { font-size: 13px; font-weight: 600; max-width: 250px; word-break: break-word; }
figure { margin: 0; width: 240px; }
figure img { display: block; width: 234px; height: 128px; border-radius: 4px;
             image-rendering: pixelated; }
figure audio { display: block; width: 234px; height: 32px; margin-top: 4px; }
figcaption { font-size: 12px; color: var(--muted); margin-top: 2px; }
.note { background: var(--zebra); border-left: 3px solid var(--line); padding: 6px 10px;
        color: var(--muted); font-size: 14px; }
footer { margin-top: 48px; padding-top: 12px; padding-bottom: 32px; border-top: 1px solid var(--line);
         color: var(--muted); font-size: 13px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em;
       background: var(--zebra); padding: 1px 4px; border-radius: 3px; }
"""

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
       "media-src 'self'; base-uri 'none'; form-action 'none'")
"""No scripts, no network: only the page's own images and clips."""


def entry_link(e: Entry) -> str:
    url = safe_url(e.meta.get("url"))
    name = f'<span class="name">{esc(e.name)}</span>'
    if url:
        return (f'<a href="{esc(url)}" rel="noopener noreferrer nofollow" '
                f'target="_blank">{name}</a>')
    return name


def html_table(s: BoardSection) -> str:
    head = ['<th class="num">#</th>', "<th>entry</th>"]
    for m in s.columns:
        head.append(f'<th class="num" title="{esc(METRICS[m].definition)}">'
                    f"{esc(LABELS[m][0])} {arrow(m)}</th>")
    head.append(f'<th class="num" title="{esc(RENDERS_NOTE)}">{RENDERS}</th>')
    head.append("<th>date</th>")
    rows = []
    for r, e in s.ranked:
        tags = '<span class="tag">external data</span>' if e.meta.get("external_data") else ""
        authors = e.meta.get("authors") or ""
        cells = [f'<td class="num rank">{r}</td>',
                 f"<td>{entry_link(e)}{tags}"
                 + (f'<span class="authors">{esc(authors)}</span>' if authors else "") + "</td>"]
        for m in s.columns:
            v = e.metric(m)
            best = " best" if v is not None and v == s.best(m) else ""
            cells.append(f'<td class="num{best}">{fmt(v, LABELS[m][1])}</td>')
        cells.append(f'<td class="num">{e.render_budget}</td>')
        cells.append(f'<td class="num">{esc(e.meta.get("date", ""))}</td>')
        rows.append(f'<tr id="{esc(s.benchmark)}--{key_of(e.name)}">' + "".join(cells) + "</tr>")
    return (f'<div class="tablewrap"><table class="board" data-benchmark="{esc(s.benchmark)}">'
            f"<thead><tr>{''.join(head)}</tr></thead><tbody>{''.join(rows)}</tbody>"
            "</table></div>")


def html_charts(s: BoardSection) -> str:
    maes = [v.get("mae") for _, e in s.ranked for v in (e.results.get("parameters") or {}).values()
            if v.get("kind") == "knob" and v.get("mae") is not None]
    knob_max = nice_max(max(maes) if maes else 1.0)
    out = []
    for k, (r, e) in enumerate(s.ranked):
        summary = ", ".join(f"{LABELS[m][0]} {fmt(e.metric(m), LABELS[m][1])}"
                            for m in s.columns[:2])
        meta = []
        if e.meta.get("authors"):
            meta.append(esc(e.meta["authors"]))
        if e.meta.get("date"):
            meta.append(esc(e.meta["date"]))
        if e.meta.get("external_data"):
            meta.append("external data")
        url = safe_url(e.meta.get("url"))
        if url:
            meta.append(f'<a href="{esc(url)}" rel="noopener noreferrer nofollow" '
                        f'target="_blank">{esc(url)}</a>')
        desc = e.meta.get("description") or ""
        out.append(
            f'<details{" open" if k == 0 else ""}><summary>#{r} {esc(e.name)} '
            f'<span class="muted">{esc(summary)}</span></summary>'
            + (f'<p class="small muted">{" · ".join(meta)}</p>' if meta else "")
            + (f'<p class="desc small">{esc(desc)}</p>' if desc else "")
            + parameter_chart(e.results.get("parameters") or {}, knob_max,
                              f"per-parameter scores of {e.name}")
            + "</details>")
    return '<div class="charts">' + "".join(out) + "</div>"


# ------------------------------------------------------------------- audio
@dataclass
class Clip:
    """One listening example file: where it is under the site, and its caption."""

    audio: str
    image: str
    caption: str


@dataclass
class Examples:
    """Listening examples of a benchmark: per test id, the target and each top entry's clip."""

    ids: list[int]
    notes: list[int]
    columns: list[tuple[int, Entry]]
    clips: dict[tuple[int, str], Clip]
    missing: str | None = None


def clip_errors(task: Task, i: int, settings: dict[str, Any]) -> str:
    """Short caption: this clip's knob MAE and wrong switches."""
    knobs, wrong, switches = [], 0, 0
    for name in task.targets:
        if not task.masks[name][i]:
            continue
        true, pred = task.labels[name][i], settings.get(name)
        if task.is_knob(name):
            if pred is not None:
                knobs.append(abs(float(pred) - float(true)))
        else:
            switches += 1
            wrong += pred != true
    parts = []
    if knobs:
        parts.append(f"knob MAE {np.mean(knobs):.2f}")
    if switches:
        parts.append(f"{wrong}/{switches} switches wrong")
    return ", ".join(parts)


def make_examples(s: BoardSection, site: Path, source: str | None, n_ids: int, top: int,
                  warn: Callable[[str], None]) -> Examples:
    """Write the example clips and spectrograms of ``s`` under ``site``."""
    from generators.audio import decode, encode, quantize
    from generators.renderers import make_renderer

    columns = s.ranked[:top]
    if source is None:
        return Examples([], [], columns, {}, "no dataset")
    try:
        task = load_task(source)
        check_dataset(task.meta, s.benchmark, task.name)
    except (BenchmarkError, DatasetError) as e:
        why = " ".join(e.problems) if isinstance(e, BenchmarkError) else str(e)
        warn(f"{s.benchmark}: no listening examples: {why}")
        return Examples([], [], columns, {}, why)
    spec = Spectrograms(task.sample_rate)
    ids = [int(i) for i in task.split_ids("test")[:n_ids]]
    fmt_ = str(task.meta.get("render", {}).get("audio_format", "flac"))
    bdir = key_of(s.benchmark)
    (site / "audio" / bdir).mkdir(parents=True, exist_ok=True)
    (site / "img" / bdir).mkdir(parents=True, exist_ok=True)
    clips: dict[tuple[int, str], Clip] = {}

    def put(i: int, who: str, data: bytes, pcm: np.ndarray, caption: str) -> None:
        audio = f"audio/{bdir}/{i}-{who}.{fmt_}"
        image = f"img/{bdir}/{i}-{who}.png"
        (site / audio).write_bytes(data)
        (site / image).write_bytes(spec.png(pcm))
        clips[(i, who)] = Clip(audio, image, caption)

    for i, data in zip(ids, task.audio_bytes(ids)):
        clip, _ = decode(data)
        put(i, "target", data, clip, f"id {i}, note {int(task.midi_notes[i])}")
    renderer = make_renderer(task.instrument)
    for _, e in columns:
        try:
            preds = load_predictions(task, e.predictions, "test")
        except (BenchmarkError, OSError) as err:
            warn(f"{s.benchmark}/{e.name}: no listening examples: {err}")
            continue
        row = {int(i): k for k, i in enumerate(preds.ids)}
        for i in ids:
            settings = preds.settings(row[i])
            out = renderer.render(settings, int(task.midi_notes[i]))
            if not np.all(np.isfinite(out)):
                out = np.zeros_like(out)
            pcm = quantize(out)
            put(i, key_of(e.name), encode(pcm, task.sample_rate, fmt_),
                pcm.astype(np.float32) / 32768.0, clip_errors(task, i, settings))
    return Examples(ids, [int(task.midi_notes[i]) for i in ids], columns, clips)


def html_examples(s: BoardSection, ex: Examples) -> str:
    if ex.missing is not None:
        return (f'<p class="note">Listening examples need the benchmark\'s dataset: render it '
                f"with <code>python -m generators.render --benchmark {esc(s.benchmark)}</code>, "
                f"then run <code>python -m leaderboard.render</code> again.</p>")
    if not ex.ids:
        return ""
    head = ["<th>target</th>"] + [f"<th>#{r} {esc(e.name)}</th>" for r, e in ex.columns]
    rows = []
    for i in ex.ids:
        cells = []
        for who in ["target", *(key_of(e.name) for _, e in ex.columns)]:
            c = ex.clips.get((i, who))
            if c is None:
                cells.append("<td></td>")
                continue
            cells.append(
                f'<td><figure><img src="{esc(c.image)}" width="234" height="128" '
                f'alt="log-Mel spectrogram, {esc(c.caption)}">'
                f'<audio controls preload="none" src="{esc(c.audio)}"></audio>'
                f"<figcaption>{esc(c.caption)}</figcaption></figure></td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return ('<p class="small muted">The first test clips of the benchmark (target) beside the '
            "clips re-rendered from the predicted settings of the top entries. Spectrograms: "
            "log-Mel power, 64 bands up to 11 kHz, the same -70 to +25 dB scale for all.</p>"
            f'<div class="tablewrap"><table class="examples" data-benchmark="{esc(s.benchmark)}">'
            f"<thead><tr>{''.join(head)}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


def page(board: list[BoardSection], examples: dict[str, Examples]) -> str:
    order = ", then ".join(f"{LABELS[m][0]} {arrow(m)}" for m in RANKING)
    n = sum(len(s.ranked) for s in board)
    nav = "".join(f'<a href="#{esc(s.benchmark)}">{esc(s.benchmark)} '
                  f'<span class="muted">({len(s.ranked)})</span></a>' for s in board if s.ranked)
    empty = [s.benchmark for s in board if not s.ranked]
    if empty:
        nav += (f'<span class="small muted">no entries yet: '
                f'{", ".join(esc(b) for b in empty)}</span>')
    sections = []
    for s in board:
        if not s.ranked:
            continue
        parts = [f'<section id="{esc(s.benchmark)}"><h2>{esc(s.benchmark)}</h2>']
        if s.description:
            parts.append(f'<p class="muted">{esc(s.description)}</p>')
        clips = s.audio_clips()
        if clips and any(METRICS[m].scope == "audio" for m in s.columns):
            parts.append(f'<p class="small muted">Audio metrics on the first '
                         f"{' or '.join(map(str, clips))} test clips.</p>")
        parts.append(html_table(s))
        parts.append("<h3>Where each entry errs</h3>" + html_charts(s))
        if s.benchmark in examples:
            parts.append("<h3>Listening examples</h3>" + html_examples(s, examples[s.benchmark]))
        parts.append("</section>")
        sections.append("".join(parts))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>Secret Sauce leaderboard</title>
<style>{CSS}</style>
</head>
<body>
<header>
<h1>Secret Sauce leaderboard</h1>
<p class="lead">Automatic sound programming: predict a synthesizer's or an effect chain's settings
from the sound. Test-split scores of {n} entries, ranked by {esc(order)} (↑ higher is better,
↓ lower is better). Audio metrics compare each test clip with the clip re-rendered from the
predicted settings (0 for identical audio). {esc(RENDERS_NOTE)}</p>
<nav>{nav}</nav>
</header>
<main>
{"".join(sections)}
</main>
<footer>Generated by <code>python -m leaderboard.render</code> from
<code>leaderboard/entries/</code>; every score is re-computed from the entry's predictions by
<code>python -m leaderboard.verify</code>. Submit with <code>python -m leaderboard.submit</code>
and open a pull request.</footer>
</body>
</html>
"""


# ------------------------------------------------------------------- main
def replace_dir(tmp: Path, final: Path) -> None:
    """Put the folder ``tmp`` at ``final``, replacing what was there."""
    if final.exists():
        old = final.with_name(f".{final.name}.old-{os.getpid()}")
        os.replace(final, old)
        os.replace(tmp, final)
        shutil.rmtree(old)
    else:
        os.replace(tmp, final)


def render(entries: Path = ENTRIES, readme: Path | None = README, site: Path | None = SITE,
           datasets_root: Path = DATASETS, examples: int = 3, top: int = 3,
           audio: bool = True, datasets: dict[str, str] | None = None,
           warn: Callable[[str], None] | None = None) -> list[BoardSection]:
    """Write the Markdown board and the site; returns the ranked board.

    Args:
        datasets: benchmark -> dataset folder or Hub id (default ``<datasets_root>/<name>``).
        examples: test ids per benchmark with listening examples; ``top``: entries compared.
        audio: ``False`` writes no listening examples.
    """
    from generators.dataset import write_text_atomic

    warn = warn or (lambda m: print(f"warning: {m}", file=sys.stderr))
    board = load_board(entries, warn)
    if readme is not None:
        readme.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(readme, markdown(board))
    if site is not None:
        site.parent.mkdir(parents=True, exist_ok=True)
        tmp = site.with_name(f".{site.name}.tmp-{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        try:
            ex: dict[str, Examples] = {}
            if audio and examples > 0 and top > 0:
                for s in board:
                    if not s.ranked:
                        continue
                    src = (datasets or {}).get(s.benchmark)
                    if src is None and (datasets_root / s.benchmark).is_dir():
                        src = str(datasets_root / s.benchmark)
                    if src is None:
                        warn(f"{s.benchmark}: no dataset {datasets_root / s.benchmark}, so no "
                             "listening examples (render it with python -m generators.render "
                             f"--benchmark {s.benchmark})")
                    ex[s.benchmark] = make_examples(s, tmp, src, examples, top, warn)
            (tmp / "index.html").write_text(page(board, ex), encoding="utf-8")
            replace_dir(tmp, site)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return board


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m leaderboard.render",
        description="Write leaderboard/README.md and the static site leaderboard/site/ "
                    "(open index.html from disk) from the entries.")
    p.add_argument("--entries", type=Path, default=ENTRIES,
                   help="the store (default: leaderboard/entries)")
    p.add_argument("--readme", type=Path, default=README,
                   help="Markdown board (default: leaderboard/README.md)")
    p.add_argument("--site", type=Path, default=SITE, help="site folder (default: leaderboard/site)")
    p.add_argument("--datasets-root", type=Path, default=DATASETS,
                   help="benchmark datasets as <root>/<benchmark>, for the listening examples "
                        "(default: datasets)")
    p.add_argument("--examples", type=int, default=3,
                   help="test ids with listening examples per benchmark (default 3)")
    p.add_argument("--top", type=int, default=3,
                   help="entries compared in the listening examples (default 3)")
    p.add_argument("--no-audio", action="store_true", help="no listening examples")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.examples < 0 or args.top < 0:
        raise LeaderboardError("--examples and --top must be >= 0")
    board = render(args.entries, args.readme, args.site, args.datasets_root, args.examples,
                   args.top, not args.no_audio)
    n = sum(len(s.ranked) for s in board)
    print(f"wrote {args.readme} and {args.site / 'index.html'} ({n} entries, "
          f"{sum(bool(s.ranked) for s in board)} benchmarks)")
    return 0


if __name__ == "__main__":
    sys.exit(run_cli(main))
