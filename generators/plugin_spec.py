"""``python -m generators.plugin_spec``, kept working: runs :func:`generators.plugins.spec.main`."""
from generators.core.cli import exit_with
from generators.plugins.spec import main

if __name__ == "__main__":
    exit_with(main())
