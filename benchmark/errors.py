"""User-facing errors of the benchmark commands, and how the CLIs report them."""

from __future__ import annotations

import sys
from typing import Callable, Sequence

from generators.dataset import DatasetError

EXIT_USAGE = 2


class BenchmarkError(Exception):
    """Something the user asked for cannot be done; ``problems`` are one line each."""

    def __init__(self, *problems: str) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


class FingerprintError(BenchmarkError):
    """The dataset is not the one the benchmark or the predictions are about."""


def run_cli(main: Callable[[Sequence[str] | None], int], argv: Sequence[str] | None = None) -> int:
    """Run ``main``; a user error prints one ``error:`` line per problem on
    stderr and returns exit code 2 (no traceback)."""
    try:
        return main(argv)
    except BenchmarkError as e:
        for line in e.problems:
            print(f"error: {line}", file=sys.stderr)
        return EXIT_USAGE
    except DatasetError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("\ninterrupted: nothing was written", file=sys.stderr)
        return 130
