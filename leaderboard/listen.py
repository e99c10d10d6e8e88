"""Listening pages: per benchmark, a fixed, seeded choice of clips heard side by side.

Each benchmark on the board gets ``listen-<key>.html`` beside ``index.html``:
:data:`LISTEN_CLIPS` test clips drawn by :func:`seeded_ids` (the same clips on every
render), each as the target, the best pure predictor's clip re-rendered from its
predicted settings, and the best search entry's (an entry with renders per clip), when
the benchmark has one (:func:`listen_columns`). Out-of-domain benchmarks
(:mod:`leaderboard.ood`) get one too: the real note, the best model's patch and the
best search's, re-rendered at the pitch and note length detected in the note
(:func:`ood_examples`), drawn from the notes every column scored. Clips and spectrograms
are written as the listening examples of ``index.html`` write theirs
(:func:`leaderboard.examples.make_examples`).
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any
from collections.abc import Callable, Sequence

import numpy as np

from .examples import Clip, Examples, make_examples
from .ood import OodSection
from .sections import BoardSection, key_of
from .store import Entry

LISTEN_SEED = 24
"""Seed of the clips chosen (with the benchmark's name)."""
LISTEN_CLIPS = 8
"""Clips per listening page."""


def seeded_ids(ids: Sequence[int], benchmark: str, n: int = LISTEN_CLIPS) -> list[int]:
    """``n`` of ``ids`` drawn without replacement by a generator seeded with
    (:data:`LISTEN_SEED`, crc32 of ``benchmark``), in increasing order."""
    rng = np.random.default_rng([LISTEN_SEED, zlib.crc32(benchmark.encode())])
    pick = rng.choice(len(ids), size=min(n, len(ids)), replace=False)
    return sorted(int(ids[k]) for k in pick)


def page_name(benchmark: str) -> str:
    """The listening page's file name under the site (``listen-<key>.html``)."""
    return f"listen-{key_of(benchmark)}.html"


def listen_columns(s: BoardSection) -> list[tuple[int, Entry]]:
    """The best entry that renders nothing at inference (a predictor), then the best that
    does (a search), when there is one."""
    out = []
    for searched in (False, True):
        best = next(((r, e) for r, e in s.ranked if (e.render_budget > 0) == searched), None)
        if best is not None:
            out.append(best)
    return out


def listen_examples(s: BoardSection, site: Path, source: str | None,
                    warn: Callable[[str], None]) -> Examples:
    """Write the clips of ``s``'s listening page under ``site`` (see the module doc)."""
    return make_examples(s, site, source, LISTEN_CLIPS, 0, warn,
                         choose=lambda ids: seeded_ids(ids, s.benchmark),
                         columns=listen_columns(s))


def ood_examples(s: OodSection, site: Path, source: Path | None,
                 warn: Callable[[str], None]) -> tuple[list[str], list[tuple[int, list[Clip | None]]]]:
    """Write the clips of an out-of-domain listening page: headers and rows
    ``(id, [target, best model, best search])`` (a ``None`` clip when missing)."""
    import dataclasses

    from generators.core.audio import as_stored, decode, encode
    from generators.core.errors import DatasetError
    from generators.render.audio_only import read_audio_benchmark
    from generators.sources.renderers import make_renderer
    from generators.sources.resolve import resolve_instrument

    from .media import Spectrograms

    columns = [b for b in (s.best(False), s.best(True)) if b is not None]
    headers = ["real note"] + [f"{d['model']['instrument']} {s.model_cell(d)}"
                               for _, d in columns]
    if source is None:
        return headers, []
    try:
        _, table = read_audio_benchmark(source)
    except DatasetError as e:
        warn(f"{s.benchmark}: no listening page: {e}")
        return headers, []
    rows = {int(r["id"]): r for r in table.to_pylist()}
    scored = set(rows)  # notes every column scored (a search may score a subset)
    for _, d in columns:
        scored &= {int(c["id"]) for c in d["clips"]}
    ids = seeded_ids(sorted(scored), s.benchmark)
    bdir = key_of(s.benchmark)
    for sub in ("audio", "img"):
        (site / sub / bdir).mkdir(parents=True, exist_ok=True)
    spec: dict[int, Spectrograms] = {}

    def put(i: int, who: str, data: bytes, pcm: np.ndarray, sr: int, caption: str) -> Clip:
        audio, image = f"audio/{bdir}/{i}-{who}.flac", f"img/{bdir}/{i}-{who}.png"
        (site / audio).write_bytes(data)
        (site / image).write_bytes(spec.setdefault(sr, Spectrograms(sr)).png(pcm))
        return Clip(audio, image, caption)

    out: list[tuple[int, list[Clip | None]]] = []
    by_id = [{int(c["id"]): c for c in d["clips"]} for _, d in columns]
    insts: list[Any] = []
    for _, d in columns:
        try:
            insts.append(resolve_instrument(d["model"]["instrument"]))
        except Exception as e:  # noqa: BLE001 (a plug-in not installed here: say so, go on)
            warn(f"{s.benchmark}: cannot render {d['model']['instrument']}: {e}")
            insts.append(None)
    for i in ids:
        r = rows[i]
        pcm, sr = decode(r["audio"]["bytes"])
        cells: list[Clip | None] = [put(i, "target", r["audio"]["bytes"], pcm, sr,
                                        f"{r['program_name']}, note {r['note']}")]
        for (name, _), clips, inst in zip(columns, by_id, insts):
            c = clips.get(i)
            if c is None or inst is None:
                cells.append(None)
                continue
            pl = c["played"]
            at = dataclasses.replace(inst, note_length=pl["note_length_s"],
                                     clip_length=pl["clip_length_s"])
            stored = as_stored(make_renderer(at).render(c["settings"], pl["note"]))
            m = s.metric
            cells.append(put(i, key_of(name), encode(stored, at.sample_rate), stored / 32768.0,
                             at.sample_rate, f"note {pl['note']}, {pl['note_length_s']:.2f} s; "
                             f"{m.label} {m.format(c['metrics'].get(m.name))}"))
        out.append((i, cells))
    return headers, out


def board_rows(ex: Examples) -> tuple[list[str], list[tuple[int, list[Clip | None]]]]:
    """Headers and rows of a board benchmark's listening page."""
    headers = ["target"] + [f"#{r} {e.name}" + (f" (search, {e.render_budget} renders/clip)"
                                                if e.render_budget else " (prediction)")
                            for r, e in ex.columns]
    return headers, [(i, ex.row(i)) for i in ex.ids]


def listen_page(title: str, note: str, headers: list[str],
                rows: list[tuple[int, list[Clip | None]]], missing: str | None) -> str:
    """The HTML of one listening page (``templates/listen.html``, autoescaped)."""
    from markupsafe import Markup

    from .page import css, environment

    return environment().get_template("listen.html").render(
        title=title, note=note, headers=headers, rows=rows, missing=missing, css=Markup(css()))


def write_listen_pages(board: Sequence[BoardSection], ood: Sequence[OodSection], site: Path,
                       source_of: Callable[[str], str | None], warn: Callable[[str], None]
                       ) -> dict[str, str]:
    """Write every listening page under ``site``; returns ``{benchmark: page file name}``."""
    pages: dict[str, str] = {}
    for s in board:
        if not s.ranked:
            continue
        src = source_of(s.benchmark)
        ex = listen_examples(s, site, src, warn)
        headers, rows = board_rows(ex)
        missing = None if src is not None and ex.missing is None else (
            f"render the dataset with python -m generators.render --benchmark {s.benchmark}, "
            "then run python -m leaderboard.render again")
        (site / page_name(s.benchmark)).write_text(listen_page(
            s.benchmark, f"{len(rows)} test clips drawn with seed {LISTEN_SEED}: the target, the "
            "clip re-rendered from the best prediction's settings, and the best search's "
            "when the benchmark has one.", headers, rows, missing), encoding="utf-8")
        pages[s.benchmark] = page_name(s.benchmark)
    for o in ood:
        if not o.ranked:
            continue
        src = source_of(o.benchmark)
        headers, rows = ood_examples(o, site, Path(src) if src else None, warn)
        missing = None if rows else (
            f"render the dataset with python -m generators.render --benchmark {o.benchmark}, "
            "then run python -m leaderboard.render again")
        (site / page_name(o.benchmark)).write_text(listen_page(
            f"{o.benchmark} (out of domain)", f"{len(rows)} real notes drawn with seed "
            f"{LISTEN_SEED}: the note, the best model's patch and the best search's, played at "
            "the pitch and note length detected in the note.", headers, rows, missing),
            encoding="utf-8")
        pages[o.benchmark] = page_name(o.benchmark)
    return pages
