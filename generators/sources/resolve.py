"""Turning what a user types (``--instrument``) into an instrument declaration:
a built-in name, a shipped plug-in spec name, or a spec file."""

from __future__ import annotations

from pathlib import Path

from ..model.declaration import Instrument
from ..instruments import BUILTIN, UnknownInstrument, get_instrument
from ..plugins.spec import load_spec
from ..core.reading import brief

SPEC_SUFFIXES = (".yaml", ".yml", ".json")
"""File suffixes read as plug-in specs."""


def shipped_specs() -> dict[str, Path]:
    """The plug-in specs shipped in ``generators/plugins/specs``, by file stem
    (``amsynth``, ``amsynth-full``)."""
    folder = Path(__file__).resolve().parents[1] / "plugins" / "specs"
    return {p.stem: p for p in sorted(folder.glob("*.yaml"))}


def resolve_instrument(name_or_path: str) -> Instrument:
    """A built-in instrument by name, a shipped plug-in spec by name
    (:func:`shipped_specs`), or a plug-in instrument from a spec file.

    Raises:
        UnknownInstrument: neither a known name nor an existing spec file.
    """
    if name_or_path not in BUILTIN and name_or_path in shipped_specs():
        return load_spec(shipped_specs()[name_or_path])
    if name_or_path.endswith(SPEC_SUFFIXES):
        path = Path(name_or_path)
        if not path.exists():  # a folder or unreadable file: load_spec says which
            raise UnknownInstrument(f"plug-in spec file {brief(name_or_path)} not found")
        return load_spec(path)
    return get_instrument(name_or_path)
