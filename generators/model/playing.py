"""How notes are played: the note events of one clip.

A clip plays one or more :class:`NoteEvent` (pitch, velocity, start, duration).
Without any playing option a clip plays the instrument's single note (its
``note``, ``velocity`` and ``note_length`` from time 0), exactly as before; the
render options ``--velocity``, ``--note-length``, ``--clip-length`` and
``--phrase`` make the events of each clip, drawn from ``(seed, i)`` alone like its
settings, and the rows then store them in a ``notes`` column.

Renderers play a clip's events with ``render_notes(settings, notes)``
(:class:`generators.sources.renderers.Renderer`); engines that play one note
per render (the compiled Faust DSP, dexed, vita) render each event as one voice
from a cleared state and sum the voices (:func:`mix_voices`), which is how a
polyphonic synth mixes its voices; plug-in hosts take all the events as MIDI.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable, Sequence

import numpy as np


@dataclass(frozen=True, order=True)
class NoteEvent:
    """One played note.

    Attributes:
        start: onset, seconds from the start of the clip (>= 0).
        pitch: MIDI note number, 0-127.
        velocity: MIDI velocity, 1-127.
        duration: seconds the key is held (> 0); the release sounds after it.
    """

    start: float
    pitch: int
    velocity: int
    duration: float


Notes = tuple[NoteEvent, ...]
"""The events of one clip, in (start, pitch) order."""


def mix_voices(render_voice: Callable[[NoteEvent, int], np.ndarray], notes: Sequence[NoteEvent],
               n_samples: int, sample_rate: int) -> np.ndarray:
    """Sum one voice per event into a clip.

    Args:
        render_voice: renders one event from a cleared state: ``(event, n)`` ->
            float32 ``[n]``, the voice's first ``n`` samples.
        notes: the clip's events; an event starting at or after the clip's end is
            silent.
        n_samples: clip length in samples.
        sample_rate: Hz; an event starts at sample ``round(start * sample_rate)``.

    Returns:
        float32 ``[n_samples]``: the voices summed in the order given (the same
        bytes on every CPU: float32 additions in a fixed order), not limited.
    """
    out = np.zeros(n_samples, dtype=np.float32)
    for ev in notes:
        s = int(round(ev.start * sample_rate))
        if s >= n_samples:
            continue
        out[s:] += render_voice(ev, n_samples - s)[: n_samples - s]
    return out
