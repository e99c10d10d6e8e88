"""Finding, importing and fingerprinting the library that hosts each synth engine."""

from __future__ import annotations

import hashlib
import importlib
from importlib import metadata
from types import ModuleType

from ..core.errors import DatasetError

LIBRARIES: dict[str, tuple[str, str]] = {
    "dexed": ("dexed-py", "dexed"),
    "vital": ("vita", "vita"),
}
"""Engine -> (PyPI distribution, import name) of the library that hosts it."""


class MissingExtra(DatasetError):
    """A synth's library is not installed (a one-line CLI error, exit 2)."""


def library(synth: str) -> ModuleType:
    """The imported library of engine ``synth``.

    Raises:
        MissingExtra: the library is not installed, with the command that installs it.
    """
    dist, module = LIBRARIES[synth]
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f"the {synth} instrument needs {dist}, which is not installed; "
                           f"install the synths extra: pip install -e \".[synths]\"") from None


def renderer_class(synth: str) -> type:
    """The ``Renderer`` class of engine ``synth`` (its library imported, or :class:`MissingExtra`)."""
    library(synth)
    return importlib.import_module(f"{__package__}.{synth}").Renderer


def library_digest(synth: str) -> str | None:
    """sha256 of the installed library of ``synth``: its version and the bytes of its
    compiled extension modules (``None`` when it is not installed). Any change can
    change the audio."""
    dist, _ = LIBRARIES[synth]
    try:
        d = metadata.distribution(dist)
    except metadata.PackageNotFoundError:
        return None
    h = hashlib.sha256(f"{dist}=={d.version}\0".encode())
    for f in sorted(d.files or [], key=str):
        if str(f).endswith((".so", ".pyd")):
            h.update(str(f).encode() + b"\0" + f.locate().read_bytes() + b"\0")
    return h.hexdigest()


def library_version(synth: str) -> str | None:
    """The installed version of ``synth``'s library, or ``None``."""
    try:
        return metadata.version(LIBRARIES[synth][0])
    except metadata.PackageNotFoundError:
        return None
