"""Lazy re-exports for the subpackages' ``__init__``: a name is imported from its module
when first used, so importing a package stays cheap (no numpy, pyarrow or torch)."""

from __future__ import annotations

import importlib
from typing import Any
from collections.abc import Callable


def exporter(package: str, exports: dict[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` (PEP 562) for ``package`` that finds each name of
    ``exports`` (name -> module of the package) in its module on first use."""
    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(importlib.import_module(package), name, value)
        return value
    return __getattr__


def arrow_without_pandas() -> None:
    """Let pyarrow convert Python lists and numpy arrays without importing pandas.

    pyarrow's first conversion probes for pandas (to recognise its objects) and so
    imports it: about 0.5 s, more than a small render takes. This makes that probe
    find none; pyarrow still imports pandas when a pandas conversion asks for it
    (``to_pandas``, ``from_pandas``), but a pandas object given where a list is
    expected is no longer recognised. For processes that only write our own columns
    (the render command and its workers); nothing happens if pandas is already imported.
    """
    import sys

    if "pandas" in sys.modules:
        return
    import pyarrow as pa

    blocker = _NoPandas()
    sys.meta_path.insert(0, blocker)  # ``import pandas`` fails while pyarrow probes
    try:
        pa.array([0])  # the probe: pyarrow now holds "no pandas"
    finally:
        sys.meta_path.remove(blocker)


class _NoPandas:
    """An import finder that refuses ``pandas``."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name == "pandas":
            raise ImportError("pandas is not imported here")
        return None
