"""Render layer: the ``python -m generators.render`` command."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """The render command (:func:`generators.render.job.main`), imported when called."""
    from .job import main as job_main
    return job_main(argv)
