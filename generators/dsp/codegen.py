"""Generate the portable C of the built-in instruments from their Faust files.

The built-in instruments render through C that DawDreamer's own Faust
compiler emits from ``generators/dsp/<name>.dsp`` (``boxToSource(..., "c")``),
compiled by ``setup.py`` into ``generators._dsp`` with ``-O2
-ffp-contract=off`` and no ``-march``: plain IEEE arithmetic, the same bits on
every x86-64 (and arm64) CPU. DawDreamer's JIT, which fuses multiply-adds on
FMA hosts and calls the host's libm, stays the reference (``FaustRenderer``).

Each generated file is rewritten in three ways:

- ``#include <math.h>`` becomes ``#include "faustc.h"`` (UI interface and
  CPU-independent maths);
- every libm transcendental (``expf``, ``powf``, ``tanf``...) becomes its
  ``ss_`` twin from ``generators/dsp/c/ssmath.h``; only the functions exact on
  every IEEE-754 CPU (:data:`EXACT_LIBM`) may remain, which is checked;
- a lane-parallel twin of the class is appended (:mod:`generators.dsp.lanes`):
  4 patches per call in vector lanes, each lane the same bits as the scalar
  code.

The generated files are committed; ``tests/test_compiled_dsp.py`` checks
they are up to date with the ``.dsp`` files. Regenerate after editing a DSP::

    python -m generators.dsp_codegen
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .lanes import lanes_code
from .reference import dsp_dir
from ..core.atomic import write_text_atomic
from ..core.cli import ArgumentParser, exit_with, run_cli
from ..core.reading import read_text

DSPS = ("noisemaker", "moog", "guitar")
"""The built-in Faust files (stems in ``generators/dsp``), one C class each."""

REWRITTEN_LIBM = ("expf", "logf", "log10f", "log2f", "powf", "exp2f", "exp10f",
                  "sinf", "cosf", "tanf", "tanhf", "fminf", "fmaxf")
"""libm functions replaced by their ``ss_`` twin of ``ssmath.h``."""

EXACT_LIBM = ("fabsf", "floorf", "sqrtf")
"""libm functions left in place: correctly rounded (or exact) on every IEEE CPU."""

_LIBM_NAMES = re.compile(
    r"\b(?<!ss_)((?:a?(?:sin|cos|tan)h?|atan2|exp(?:2|10|m1)?|log(?:2|10|1p)?|pow|sqrt|cbrt|"
    r"hypot|fmod|remainder|floor|ceil|round|rint|lrint|trunc|fabs|fmin|fmax|erf|erfc|"
    r"tgamma|lgamma)f?)\s*\("
)


class CodegenError(RuntimeError):
    """The generated C calls a libm function that is not known to be portable."""


def c_dir() -> Path:
    """Folder of the generated C files (their headers are in its parent)."""
    return dsp_dir() / "c" / "generated"


def generate(name: str) -> str:
    """The portable C of ``generators/dsp/<name>.dsp`` (class name ``name``).

    Raises:
        CodegenError: the code calls a libm function outside
            :data:`REWRITTEN_LIBM` and :data:`EXACT_LIBM`.
    """
    from dawdreamer.faust import FaustContext
    from dawdreamer.faust.box import boxFromDSP, boxToSource

    code = (dsp_dir() / f"{name}.dsp").read_text()
    argv = ["-I", str(dsp_dir())]
    with FaustContext():
        box = boxFromDSP(code, argv)
        source = boxToSource(box, "c", name, argv)
    source = source.replace("#include <math.h>", '#include "faustc.h"')
    source = re.sub(r"\b(" + "|".join(REWRITTEN_LIBM) + r")\(", r"ss_\1(", source)
    leftover = sorted(set(_LIBM_NAMES.findall(source)) - set(EXACT_LIBM))
    if leftover:
        raise CodegenError(f"{name}.dsp: generated C calls {', '.join(leftover)}, "
                           "which ssmath.h does not cover")
    footer = "#ifdef __cplusplus\n}\n#endif\n\n#endif\n"
    if not source.endswith(footer):
        raise CodegenError(f"{name}.dsp: unexpected end of the generated C")
    return source[: -len(footer)] + lanes_code(source) + footer


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check``, compare) every generated C file; returns the exit code
    (1: stale files; 2, with one ``error:`` line, when a file cannot be read or written)."""
    return run_cli(_main, argv)


def _main(argv: list[str] | None) -> int:
    parser = ArgumentParser(
        prog="python -m generators.dsp_codegen",
        description="Generate generators/dsp/c/<name>.c from the built-in Faust files.",
    )
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if a committed file differs from a fresh generation")
    args = parser.parse_args(argv)
    stale = []
    for name in DSPS:
        path = c_dir() / f"{name}.c"
        source = generate(name)
        if args.check:
            if not path.is_file() or read_text(path, "generated C") != source:
                stale.append(path.name)
        else:
            write_text_atomic(path, source)
            print(f"wrote {path}")
    if stale:
        print(f"error: stale generated C: {', '.join(stale)} "
              "(run python -m generators.dsp_codegen)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    exit_with(main())
