"""Secret Sauce generators: render labelled datasets of instrument patches."""

from .core import cli as _cli  # noqa: F401 (its Ctrl-C hook: a command interrupted while importing)
