"""What every command line shares: the one error wrapper and option types."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from typing import NoReturn
from collections.abc import Callable, Sequence

from .errors import UserError

EXIT_PIPE = 141
"""Exit code when stdout was closed early: 128 + SIGPIPE, as a shell reports such a tool."""


INVOKED_AS: dict[str, str] = {}
"""``python -m MODULE`` -> the name it was run by instead (``secret-sauce VERB``), so usage
lines and messages name the command the user typed."""


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser with its own errors in one line: ``error: MESSAGE (see PROG --help)``
    on stderr and exit 2, like every other bad input (argparse prints its whole usage)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        prog = kwargs.get("prog")
        if isinstance(prog, str) and prog in INVOKED_AS:
            kwargs["prog"] = INVOKED_AS[prog]
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        print(f"error: {message} (see {self.prog} --help)", file=sys.stderr)
        self.exit(2)


def run_cli(main: Callable[[Sequence[str] | None], int], argv: Sequence[str] | None = None,
            interrupted: str = "nothing was written") -> int:
    """Run ``main(argv)`` and return its exit code.

    A :class:`~generators.core.errors.UserError` prints one ``error:`` line per
    problem on stderr and returns its ``exit_code`` (2 for bad input), with no
    traceback; Ctrl-C prints ``interrupted: <interrupted>`` and returns 130; a closed
    stdout (``| head``) ends it quietly with :data:`EXIT_PIPE`.
    """
    try:
        return main(argv)
    except UserError as e:
        for line in e.problems:
            print(f"error: {line}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print(f"\ninterrupted: {interrupted}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # stdout closed early (``| head``): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE


def exit_with(code: int) -> NoReturn:
    """End a command with status ``code``. From here on (flushing, joining workers,
    interpreter shutdown) Ctrl-C ends the process at once with the signal's status (130 in
    a shell) and no traceback: its work is done or safely abandoned (writes are atomic)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    sys.exit(code)


def _interrupt_hook(kind: type[BaseException], value: BaseException, tb: object) -> None:
    """``sys.excepthook``: a Ctrl-C outside :func:`run_cli` (while a command imports its
    libraries) is one ``interrupted:`` line, and Python still exits with 130."""
    if issubclass(kind, KeyboardInterrupt):
        print("\ninterrupted: nothing was written", file=sys.stderr)
        return
    _previous_hook(kind, value, tb)


_previous_hook = sys.excepthook
if sys.excepthook is sys.__excepthook__:  # leave an IDE's or notebook's own hook alone
    sys.excepthook = _interrupt_hook


def int_arg(option: str, low: int = 0, high: int | None = None,
            unit: str = "") -> Callable[[str], int]:
    """argparse ``type=`` of an integer option in ``low..high`` (``high=None``: no top),
    e.g. ``type=int_arg("--resynth-limit")`` for a count that may be 0.

    The returned function raises :class:`~generators.core.errors.UserError` for a value out
    of range (one ``error:`` line, exit 2, through :func:`run_cli`): ``OPTION must be > 0, got
    N`` (``low=1``), ``OPTION must be >= LOW, got N``, or ``OPTION must be LOW-HIGH UNIT, got
    N``; and argparse's usage error for a non-integer.
    """
    if high is not None:
        wanted = f"{low}-{high:,}" + (f" {unit}" if unit else "")
    else:
        wanted = "> 0" if low == 1 else f">= {low}"

    def parse(text: str) -> int:
        from .reading import brief  # here: reading imports numpy, and cli is imported by every command

        try:
            n = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"invalid int value: {brief(text)}") from None
        if n < low or (high is not None and n > high):
            raise UserError(f"{option} must be {wanted}, got {brief(n, 40)}")
        return n

    return parse


workers_arg = int_arg("--workers", low=1)
"""argparse ``type=`` of ``--workers``: a process count > 0 (:func:`int_arg`)."""
