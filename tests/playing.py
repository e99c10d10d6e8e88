"""Checks that every renderer's ``render_notes`` passes (:mod:`generators.model.playing`):
the single note is ``render``'s clip, phrases are deterministic and history-free,
chords are real polyphony, velocity reaches the engine, and loud chords stay clean.

Each check takes ``(renderer, settings)``; test files parametrise over the ones their
engine must pass (:data:`CHECKS`, plus :func:`chord_is_summed_voices` for engines
that sum one voice per event, :func:`velocity_matters` for velocity-sensitive ones)."""

from __future__ import annotations

from typing import Any

import numpy as np

from generators.core.audio import LIMIT_KNEE, soft_limit
from generators.model.playing import NoteEvent, Notes

__all__ = ["NoteEvent", "Notes"]

PHRASE_A: Notes = (NoteEvent(0.0, 60, 100, 0.3), NoteEvent(0.15, 64, 70, 0.3),
                   NoteEvent(0.3, 67, 127, 0.25), NoteEvent(0.45, 55, 50, 0.2))
"""Four overlapping notes at four velocities (the phrase whose cost the docs quote)."""
PHRASE_B: Notes = (NoteEvent(0.0, 48, 127, 0.6), NoteEvent(0.0, 72, 90, 0.2),
                   NoteEvent(0.25, 74, 30, 0.4))
CHORD = (60, 64, 67)


def chord(pitches: tuple[int, ...], velocity: int = 100, duration: float = 0.4) -> Notes:
    """The notes of ``pitches`` struck together at time 0."""
    return tuple(NoteEvent(0.0, p, velocity, duration) for p in pitches)


def single_note(instrument: Any, pitch: int | None = None) -> Notes:
    """The one event ``render`` plays."""
    return (NoteEvent(0.0, instrument.note if pitch is None else pitch, instrument.velocity,
                      instrument.note_length),)


def clean(clip: np.ndarray, instrument: Any) -> None:
    assert clip.dtype == np.float32 and clip.shape == (instrument.n_samples,)
    assert np.all(np.isfinite(clip)), "NaN/inf"
    assert float(np.abs(clip).max()) < 1.0


# ---------------------------------------------------------------- checks
def single_note_is_render(renderer: Any, settings: dict) -> None:
    """One event at the instrument's note, velocity and length from 0: ``render``'s bytes
    (another pitch too: ``render(settings, pitch)``)."""
    inst = renderer.instrument
    assert renderer.render_notes(settings, single_note(inst)).tobytes() == \
        renderer.render(settings).tobytes()
    assert renderer.render_notes(settings, single_note(inst, 55)).tobytes() == \
        renderer.render(settings, 55).tobytes()


def phrases_are_history_free(renderer: Any, settings: dict) -> None:
    """Phrase A, then B, then A again: the two A's are the same bytes, and clean."""
    a = renderer.render_notes(settings, PHRASE_A)
    b = renderer.render_notes(settings, PHRASE_B)
    again = renderer.render_notes(settings, PHRASE_A)
    assert a.tobytes() == again.tobytes()
    for clip in (a, b):
        clean(clip, renderer.instrument)
    assert not np.array_equal(a, b)


def chord_is_polyphonic(renderer: Any, settings: dict) -> None:
    """A 3-note chord differs from each of its notes played alone (and is not silent)."""
    both = renderer.render_notes(settings, chord(CHORD))
    assert float(np.abs(both).max()) > 1e-3
    for p in CHORD:
        alone = renderer.render_notes(settings, chord((p,)))
        assert float(np.abs(both - alone).max()) > 1e-3, f"the chord sounds like {p} alone"


def chord_is_summed_voices(renderer: Any, settings: dict, limiters: int = 1) -> None:
    """For engines that play one voice per event: the chord is the soft-limited sum of its
    notes played alone (each below the limiter's knee, so unlimited alone); ``limiters``:
    how many soft limiters the sum goes through."""
    both = renderer.render_notes(settings, chord(CHORD))
    alone = [renderer.render_notes(settings, chord((p,))) for p in CHORD]
    assert max(float(np.abs(a).max()) for a in alone) < LIMIT_KNEE
    mix = np.sum(alone, axis=0)
    for _ in range(limiters):
        mix = soft_limit(mix)
    np.testing.assert_allclose(both, mix, atol=1e-5)


def velocity_matters(renderer: Any, settings: dict) -> None:
    """The same note at velocity 40 and 127 differ (not always in level: a saturated
    patch can be as loud at both)."""
    soft = renderer.render_notes(settings, chord((60,), velocity=40))
    loud = renderer.render_notes(settings, chord((60,), velocity=127))
    assert float(np.abs(loud - soft).max()) > 1e-3


def loud_chord_is_clean(renderer: Any, settings: dict) -> None:
    """Six notes at velocity 127: finite, peak below 1."""
    clip = renderer.render_notes(settings, chord((48, 55, 60, 64, 67, 72), velocity=127, duration=0.5))
    clean(clip, renderer.instrument)
    assert float(np.abs(clip).max()) > 1e-3


CHECKS = [single_note_is_render, phrases_are_history_free, chord_is_polyphonic, loud_chord_is_clean]
"""What every engine's ``render_notes`` passes."""
