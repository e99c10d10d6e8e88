"""``python -m generators.dsp_codegen``, kept working: runs :func:`generators.dsp.codegen.main`."""
from generators.core.cli import exit_with
from generators.dsp.codegen import main

if __name__ == "__main__":
    exit_with(main())
