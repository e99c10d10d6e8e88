"""``python -m leaderboard.board``: the board as Markdown and as a static web page.

Writes ``leaderboard/README.md`` (one table per benchmark:
:mod:`leaderboard.markdown`) and ``leaderboard/site/`` (``index.html`` with
inline CSS and no scripts, opened from disk: per-benchmark tables, a
per-parameter chart of each entry, and listening examples: :mod:`leaderboard.page`,
:mod:`leaderboard.examples`). Entries are ranked by
:func:`benchmark.metrics.rank` (:mod:`leaderboard.sections`). The output depends only
on the entries and datasets (no timestamps), so rendering twice writes the
same bytes. ``python -m leaderboard.render``, which the board's README names, is
the same command.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from collections.abc import Callable, Sequence

from benchmark.errors import run_cli
from generators.core.atomic import check_output, claim_dir, write_dir_atomic, write_text_atomic
from generators.core.cli import ArgumentParser, exit_with

from .examples import Examples, make_examples
from .listen import write_listen_pages
from .ood import OOD, OodSection, load_ood
from .markdown import markdown
from .page import page
from .sections import BoardSection, load_board
from .store import ENTRIES, LeaderboardError
from .submit import DATASETS

HERE = Path(__file__).resolve().parent
README = HERE / "README.md"
SITE = HERE / "site"


def write_site(board: list[BoardSection], site: Path, datasets_root: Path, examples: int,
               top: int, audio: bool, datasets: dict[str, str] | None,
               warn: Callable[[str], None], ood: list[OodSection] | None = None) -> None:
    """Write ``site`` (index.html, clips, spectrograms, the listening pages of
    :mod:`leaderboard.listen`) into a temp folder swapped into place.

    Only an absent or empty folder, or a site this command wrote before (its
    :data:`~generators.core.atomic.MARKER`), is replaced; anything else is refused.
    """
    def write(tmp: Path) -> None:
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
        listen: dict[str, str] = {}
        if audio:
            def source_of(name: str) -> str | None:
                src = (datasets or {}).get(name)
                if src is None and (datasets_root / name).is_dir():
                    src = str(datasets_root / name)
                return src

            listen = write_listen_pages(board, ood or [], tmp, source_of, warn)
        (tmp / "index.html").write_text(page(board, ex, ood or [], listen), encoding="utf-8")

    write_dir_atomic(site, write, kind="leaderboard-site", what="--site")


def render(entries: Path = ENTRIES, readme: Path | None = README, site: Path | None = SITE,
           datasets_root: Path = DATASETS, examples: int = 3, top: int = 3,
           audio: bool = True, datasets: dict[str, str] | None = None,
           warn: Callable[[str], None] | None = None, ood_results: Path = OOD
           ) -> list[BoardSection]:
    """Write the Markdown board and the site; returns the ranked board.

    Args:
        entries: the store.
        readme: the Markdown board (``None``: not written).
        site: the site folder (``None``: not written).
        datasets_root: benchmark datasets as ``<root>/<benchmark>``.
        examples: test ids per benchmark with listening examples; ``top``: entries compared.
        audio: ``False`` writes no listening examples.
        datasets: benchmark -> dataset folder or Hub id (default ``<datasets_root>/<name>``).
        warn: reports skipped entries and missing datasets (default: stderr).
        ood_results: the out-of-domain results (:mod:`leaderboard.ood`).
    """
    warn = warn or (lambda m: print(f"warning: {m}", file=sys.stderr))
    if site is not None:
        check_output(site, {"--entries": entries, "--readme": readme}, "--site")
        claim_dir(site, "leaderboard-site", "--site")
    if readme is not None:
        check_output(readme, {"--entries": entries}, "--readme")
    board = load_board(entries, warn)
    ood = load_ood(ood_results, warn)
    if readme is not None:
        write_text_atomic(readme, markdown(board, ood))
    if site is not None:
        write_site(board, site, datasets_root, examples, top, audio, datasets, warn, ood)
    return board


def build_parser(prog: str = "python -m leaderboard.board") -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog=prog,
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


def main(argv: Sequence[str] | None = None, prog: str = "python -m leaderboard.board") -> int:
    args = build_parser(prog).parse_args(argv)
    if args.examples < 0 or args.top < 0:
        raise LeaderboardError("--examples and --top must be >= 0")
    board = render(args.entries, args.readme, args.site, args.datasets_root, args.examples,
                   args.top, not args.no_audio)
    n = sum(len(s.ranked) for s in board)
    print(f"wrote {args.readme} and {args.site / 'index.html'} ({n} entries, "
          f"{sum(bool(s.ranked) for s in board)} benchmarks)")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
