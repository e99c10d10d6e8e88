"""User-facing errors of the benchmark commands.

They are :class:`generators.core.errors.UserError` s: the one CLI wrapper,
:func:`generators.core.cli.run_cli` (re-exported here for the benchmark, baseline and
leaderboard commands), prints each problem as one ``error:`` line and exits 2.
"""

from __future__ import annotations

from generators.core.cli import run_cli
from generators.core.errors import UserError

__all__ = ["BenchmarkError", "FingerprintError", "run_cli"]


class BenchmarkError(UserError):
    """Something the user asked for cannot be done; ``problems`` are one line each."""


class FingerprintError(BenchmarkError):
    """The dataset is not the one the benchmark or the predictions are about."""
