"""``python -m generators.publish``, kept working: runs :func:`generators.dataset.publish.main`."""
from generators.core.cli import exit_with
from generators.dataset.publish import main

if __name__ == "__main__":
    exit_with(main())
