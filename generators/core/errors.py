"""The root of the user-facing errors, carrying the exit code.

Every error a command reports to its user (a bad option, a dataset folder
that cannot be used, an unknown instrument or benchmark, a plug-in that
cannot be loaded, a wrong prediction file) is a :class:`UserError`: the CLI
wrapper (:func:`generators.core.cli.run_cli`) prints each of its ``problems`` as
one ``error:`` line and exits with its :attr:`~UserError.exit_code`, without
a traceback.
"""

from __future__ import annotations

EXIT_USAGE = 2
"""Exit code of a user error (bad input), as argparse uses."""


class UserError(Exception):
    """Something the user asked for cannot be done; ``problems`` are one line each.

    Attributes:
        problems: the messages, one ``error:`` line each.
        exit_code: the command's exit status (:data:`EXIT_USAGE` unless a subclass says).
    """

    exit_code: int = EXIT_USAGE

    def __init__(self, *problems: str) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


class DatasetError(UserError):
    """A dataset folder cannot be written or read as asked (user-facing message)."""
