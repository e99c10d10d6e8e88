"""Registry of the built-in instruments, by name."""

from __future__ import annotations

from ..declaration import Instrument
from .guitar import GUITAR, GUITAR_LIGHT
from .moog import MOOG
from .noisemaker import NOISEMAKER, NOISEMAKER_LIGHT

BUILTIN: dict[str, Instrument] = {
    inst.name: inst
    for inst in (NOISEMAKER, NOISEMAKER_LIGHT, MOOG, GUITAR, GUITAR_LIGHT)
}


class UnknownInstrument(KeyError):
    """No built-in instrument has that name."""


def get_instrument(name: str) -> Instrument:
    """The built-in instrument called ``name``.

    Raises:
        UnknownInstrument: with the list of known names.
    """
    try:
        return BUILTIN[name]
    except KeyError:
        raise UnknownInstrument(
            f"unknown instrument {name!r}; known: {', '.join(sorted(BUILTIN))}"
        ) from None


SPEC_SUFFIXES = (".yaml", ".yml", ".json")


def shipped_specs() -> dict[str, "Path"]:
    """The plug-in specs shipped in ``generators/specs``, by file stem
    (``amsynth``, ``amsynth-full``)."""
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "specs"
    return {p.stem: p for p in sorted(folder.glob("*.yaml"))}


def resolve_instrument(name_or_path: str) -> Instrument:
    """A built-in instrument by name, a shipped plug-in spec by name
    (:func:`shipped_specs`), or a plug-in instrument from a spec file.

    Raises:
        UnknownInstrument: neither a known name nor an existing spec file.
    """
    if name_or_path not in BUILTIN and name_or_path in shipped_specs():
        from ..plugin_spec import load_spec

        return load_spec(shipped_specs()[name_or_path])
    if name_or_path.endswith(SPEC_SUFFIXES):
        from pathlib import Path

        path = Path(name_or_path)
        if not path.is_file():
            raise UnknownInstrument(f"plug-in spec file {name_or_path!r} not found")
        from ..plugin_spec import load_spec

        return load_spec(path)
    return get_instrument(name_or_path)
