"""``python -m generators.render``: the render command (:mod:`generators.render.job`)."""
from ..core.cli import exit_with
from .job import main

exit_with(main())
