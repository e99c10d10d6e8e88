"""Builds generators._dsp, the built-in instruments' Faust-generated C, and
generators.core._flacenc, the FLAC encoder's driver.

Everything else about the package is in pyproject.toml. The flags make the
arithmetic plain IEEE-754 on every CPU: no fused multiply-adds
(-ffp-contract=off), no fast-math, no -march (baseline x86-64 / arm64), so a
clip renders to the same bytes on any machine.
"""

from setuptools import Extension, setup

PORTABLE_FLAGS = ["-O2", "-fwrapv", "-fno-math-errno", "-ffp-contract=off", "-fno-fast-math",
                  "-fno-finite-math-only",
                  "-std=gnu11", "-Wno-unused-function", "-Wno-unused-variable"]

setup(
    ext_modules=[
        Extension(
            "generators._dsp",
            sources=["generators/dsp/c/module.c",
                     *(f"generators/dsp/c/generated/{name}.c"
                       for name in ("noisemaker", "noisemaker_velocity", "moog", "guitar"))],
            depends=["generators/dsp/c/faustc.h", "generators/dsp/c/ssmath.h", "generators/dsp/c/ssvec.h"],
            include_dirs=["generators/dsp/c"],
            extra_compile_args=PORTABLE_FLAGS,
        ),
        # FLAC bytes of a batch of clips from libFLAC, dlopen'ed at run time (no headers)
        Extension("generators.core._flacenc", sources=["generators/core/c/flacenc.c"],
                  extra_compile_args=["-O2", "-std=gnu11"]),
    ]
)
