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
