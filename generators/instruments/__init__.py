"""Registry of the built-in instruments, by name."""

from __future__ import annotations

from ..model.declaration import Instrument
from ..core.errors import DatasetError
from ..core.reading import brief
from .dexed import DEXED
from .guitar import GUITAR, GUITAR_LIGHT
from .moog import MOOG
from .noisemaker import NOISEMAKER, NOISEMAKER_LIGHT, NOISEMAKER_VELOCITY
from .vital import VITAL

BUILTIN: dict[str, Instrument] = {
    inst.name: inst
    for inst in (NOISEMAKER, NOISEMAKER_LIGHT, NOISEMAKER_VELOCITY, MOOG, GUITAR, GUITAR_LIGHT, DEXED, VITAL)
}


class UnknownInstrument(DatasetError, KeyError):
    """No built-in instrument (or spec file) has that name (a one-line CLI error, exit 2)."""


def get_instrument(name: str) -> Instrument:
    """The built-in instrument called ``name``.

    Raises:
        UnknownInstrument: with the list of known names.
    """
    try:
        return BUILTIN[name]
    except KeyError:
        raise UnknownInstrument(
            f"unknown instrument {brief(name)}; known: {', '.join(sorted(BUILTIN))}"
        ) from None
