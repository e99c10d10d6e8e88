"""The synth libraries play note events (``render_notes``): one voice per event, each from a
never-played state (dexed-py resets its voice per render; vita's voices each render in a
child forked from the clip's set, never-played instance), summed, then the output stage.
The checks are :mod:`tests.playing`'s.

Needs the synths extra (``pip install -e ".[synths]"``). vita only ever renders in forked
children here (an in-process vita render breaks a later DawDreamer Faust compile)."""

from __future__ import annotations

import pytest

from generators.instruments import get_instrument
from generators.sources.renderers import make_renderer

from tests import playing
from tests.sound import random_patch

CHECKS = {
    "dexed": [*playing.CHECKS, playing.chord_is_summed_voices, playing.velocity_matters],
    "vital": [*playing.CHECKS, playing.chord_is_summed_voices],
}
"""The checks of each engine: both sum voices; dexed's voices are velocity-sensitive (the
DX7's operator velocity sensitivity), vital's base patch routes no velocity."""
LIBRARY = {"dexed": "dexed", "vital": "vita"}


@pytest.fixture(scope="module")
def renderers() -> dict:
    return {}


def renderer_of(renderers: dict, synth: str):
    pytest.importorskip(LIBRARY[synth], reason='needs the synths extra: pip install -e ".[synths]"')
    if synth not in renderers:
        renderers[synth] = make_renderer(get_instrument(synth))
    return renderers[synth]


@pytest.mark.parametrize("synth,check", [(s, c) for s, checks in CHECKS.items() for c in checks],
                         ids=lambda x: getattr(x, "__name__", x))
def test_synth_plays_notes(renderers: dict, synth: str, check) -> None:
    renderer = renderer_of(renderers, synth)
    check(renderer, renderer.instrument.default_settings())


@pytest.mark.parametrize("synth", list(CHECKS))
@pytest.mark.parametrize("k", [0, 1, 2])
def test_one_note_of_a_random_patch_is_its_clip(renderers: dict, synth: str, k: int) -> None:
    renderer = renderer_of(renderers, synth)
    playing.single_note_is_render(renderer, random_patch(renderer.instrument, k))


@pytest.mark.parametrize("effects", [{"chorus_on": "on", "chorus_dry_wet": 10.0},
                                     {"delay_on": "on", "delay_dry_wet": 8.0,
                                      "reverb_on": "on", "reverb_dry_wet": 8.0}],
                         ids=["chorus", "delay+reverb"])
def test_vital_phrases_with_stateful_effects_are_history_free(renderers: dict, effects: dict) -> None:
    """Patches whose sound depends on an instance's history (effect buffers, chorus LFO):
    every voice still starts from the never-played state."""
    renderer = renderer_of(renderers, "vital")
    playing.phrases_are_history_free(renderer, renderer.instrument.default_settings() | effects)
