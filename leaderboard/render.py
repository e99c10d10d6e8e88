"""``python -m leaderboard.render``: the same command as ``python -m leaderboard.board``.

Kept because the generated board (``leaderboard/README.md``, byte-identical on
every re-render) and its page tell readers to run ``python -m leaderboard.render``.
"""

from __future__ import annotations


from benchmark.errors import run_cli
from generators.core.cli import exit_with

from .board import main

if __name__ == "__main__":
    exit_with(run_cli(lambda argv=None: main(argv, prog="python -m leaderboard.render")))
