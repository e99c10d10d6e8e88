"""``python -m generators.tour``, kept working: runs :func:`generators.render.tour.main`."""
from generators.core.cli import exit_with
from generators.render.tour import main

if __name__ == "__main__":
    exit_with(main())
