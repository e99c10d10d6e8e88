"""How notes are played: the note events of one clip.

A clip plays one or more :class:`NoteEvent` (pitch, velocity, start, duration).
Without any playing option a clip plays the instrument's single note (its
``note``, ``velocity`` and ``note_length`` from time 0), exactly as before; the
render options ``--velocity``, ``--note-length`` and ``--phrase`` (:class:`Playing`)
make the events of each clip, drawn from ``(seed, i)`` alone like its settings (by a
generator of their own, :func:`phrase_rng`, so the settings do not move), and the rows
then store them in a ``notes`` column; ``--clip-length`` replaces the instrument's clip
length (:func:`with_clip_length`). Event times are whole milliseconds
(:data:`TICKS_PER_SECOND`), which a MIDI file holds exactly (:mod:`generators.model.midi`).

Renderers play a clip's events with ``render_notes(settings, notes)``
(:class:`generators.sources.renderers.Renderer`); engines that play one note
per render (the compiled Faust DSP, dexed, vita) render each event as one voice
from a cleared state and sum the voices (:func:`mix_voices`), which is how a
polyphonic synth mixes its voices; plug-in hosts take all the events as MIDI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np

from ..core.errors import DatasetError
from ..core.reading import brief

if TYPE_CHECKING:
    from .declaration import Instrument


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


def as_notes(events: Iterable[NoteEvent | Mapping[str, Any]]) -> Notes:
    """:data:`Notes` of events given as :class:`NoteEvent` or as dicts with its fields (a
    dataset row's ``notes`` cell), in (start, pitch) order."""
    return tuple(sorted(e if isinstance(e, NoteEvent) else
                        NoteEvent(float(e["start"]), int(e["pitch"]), int(e["velocity"]),
                                  float(e["duration"])) for e in events))


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


# ------------------------------------------------------------------ the time grid
TICKS_PER_SECOND = 1000
"""Event times are whole milliseconds: ``start = ticks / 1000`` (float64). A Standard MIDI
File at :data:`generators.model.midi.PPQ` ticks per beat and 120 bpm has exactly this grid,
so a clip's events round-trip through a MIDI file bit for bit."""

PHRASE_STREAM = 0x70687261
"""Third word of the seed of a clip's phrase generator, ``(seed, i, PHRASE_STREAM)``: a
stream of its own, so the settings drawn from ``(seed, i)`` are those of a dataset
without phrases."""


def ticks(seconds: float) -> int:
    """``seconds`` on the :data:`TICKS_PER_SECOND` grid (nearest tick)."""
    return int(round(seconds * TICKS_PER_SECOND))


def seconds(t: int) -> float:
    """Ticks back to seconds (the one division every event time is made by)."""
    return t / TICKS_PER_SECOND


def phrase_rng(seed: int, i: int) -> np.random.Generator:
    """The generator of clip ``i``'s phrase in a dataset with ``seed``."""
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence([seed, i, PHRASE_STREAM])))


# ------------------------------------------------------------------ named generators
Ranges = tuple[tuple[int, int], tuple[int, int], int]
"""What a generator is given besides its rng and pitch: inclusive velocity range, inclusive
note-length range in ticks, and the clip length in ticks."""
Event = tuple[int, int, int, int]
"""``(start tick, pitch, velocity, duration ticks)`` of a generated event."""

CHORDS = ((0, 4, 7), (0, 3, 7), (0, 5, 7), (0, 3, 6), (0, 4, 7, 11), (0, 3, 7, 10), (0, 4, 7, 10))
"""Semitone offsets above the clip's note: major, minor, sus4, diminished, major 7th,
minor 7th, dominant 7th."""


def _two_levels(rng: np.random.Generator, velocity: tuple[int, int]) -> tuple[int, int]:
    """A soft and a loud velocity: one in the lower half of the range, one in the upper."""
    lo, hi = velocity
    mid = (lo + hi) // 2
    return int(rng.integers(lo, mid + 1)), int(rng.integers(mid + 1, hi + 1))


def _length(rng: np.random.Generator, length: tuple[int, int]) -> int:
    return int(rng.integers(length[0], length[1] + 1))


def _velocity(rng: np.random.Generator, velocity: tuple[int, int]) -> int:
    return int(rng.integers(velocity[0], velocity[1] + 1))


def play_note(rng: np.random.Generator, pitch: int, r: Ranges) -> list[Event]:
    """One note at 0: velocity and length drawn from their ranges."""
    velocity, length, _ = r
    return [(0, pitch, _velocity(rng, velocity), _length(rng, length))]


def play_chord(rng: np.random.Generator, pitch: int, r: Ranges) -> list[Event]:
    """A chord (one of CHORDS, drawn) at 0; one velocity and one length for all."""
    velocity, length, _ = r
    chord = CHORDS[int(rng.integers(len(CHORDS)))]
    v, d = _velocity(rng, velocity), _length(rng, length)
    return [(0, pitch + k, v, d) for k in chord]


def play_arpeggio(rng: np.random.Generator, pitch: int, r: Ranges) -> list[Event]:
    """A triad (of the first 4 CHORDS) and its octave, rising, one note every fifth of the
    clip; velocity and length drawn per note (lengths end at the clip's end)."""
    velocity, length, clip = r
    chord = CHORDS[int(rng.integers(4))]
    step = clip // 5
    return [(k * step, pitch + off, _velocity(rng, velocity),
             min(_length(rng, length), clip - k * step))
            for k, off in enumerate((*chord, 12))]


def play_legato(rng: np.random.Generator, pitch: int, r: Ranges) -> list[Event]:
    """A line of up to 4 notes moving 1 or 2 semitones, all up or all down; each note's
    length is drawn and the next note starts 3/4 into it (so consecutive notes overlap),
    at least 2 notes, more while they start before 3/4 of the clip; velocity drawn per
    note; lengths end at the clip's end."""
    velocity, length, clip = r
    direction = 1 if rng.integers(2) else -1
    events: list[Event] = []
    start = 0
    while len(events) < 4 and (len(events) < 2 or start < clip * 3 // 4):
        d = _length(rng, length)
        events.append((start, pitch, _velocity(rng, velocity), min(d, clip - start)))
        start += max(1, d * 3 // 4)
        pitch += direction * int(rng.integers(1, 3))
    return events


def play_repeat(rng: np.random.Generator, pitch: int, r: Ranges) -> list[Event]:
    """The note twice, at 0 and half the clip, one soft and one loud (order drawn); each
    length drawn, the first ending by the second's onset."""
    velocity, length, clip = r
    soft, loud = _two_levels(rng, velocity)
    first, second = (soft, loud) if rng.integers(2) else (loud, soft)
    half = clip // 2
    return [(0, pitch, first, min(_length(rng, length), half)),
            (half, pitch, second, min(_length(rng, length), clip - half))]


def play_random(rng: np.random.Generator, pitch: int, r: Ranges) -> list[Event]:
    """3 to 6 notes of distinct pitches within an octave of the note, at two velocity
    levels (each used), on a grid of eighths of the clip (up to 3/4 of it), with at least
    one overlap or chord: the second note starts while the first sounds. Lengths drawn,
    ending by the clip's end."""
    velocity, length, clip = r
    n = int(rng.integers(3, 7))
    offsets = rng.choice(25, size=n, replace=False) - 12
    soft, loud = _two_levels(rng, velocity)
    levels = [soft, loud] if rng.integers(2) else [loud, soft]
    levels += [(soft, loud)[int(rng.integers(2))] for _ in range(n - 2)]
    slot = clip // 8
    d0 = _length(rng, length)
    starts = [0, slot * int(rng.integers(0, -(-d0 // slot)))]
    starts += [slot * int(rng.integers(0, 7)) for _ in range(n - 2)]
    lengths = [d0] + [_length(rng, length) for _ in range(n - 1)]
    return [(s, pitch + int(o), v, min(d, clip - s))
            for s, o, v, d in zip(starts, offsets, levels, lengths)]


PHRASES: dict[str, Callable[[np.random.Generator, int, Ranges], list[Event]]] = {
    "note": play_note,
    "chord": play_chord,
    "arpeggio": play_arpeggio,
    "legato": play_legato,
    "repeat": play_repeat,
    "random": play_random,
}
"""The named phrase generators: ``(rng, pitch, ranges) -> events``, pitches relative to the
clip's note (shifted by octaves into MIDI 0-127 afterwards)."""

TWO_LEVELS = ("repeat", "random")
"""Generators that play a soft and a loud level: they need a velocity range."""


def in_midi_range(events: list[Event]) -> list[Event]:
    """``events`` shifted by whole octaves so every pitch lies in 0-127 (a phrase spans at
    most two octaves), then clamped there."""
    low = min(e[1] for e in events)
    high = max(e[1] for e in events)
    shift = 12 * -(-(0 - low) // 12) if low < 0 else -12 * -(-(high - 127) // 12) if high > 127 else 0
    return [(s, min(127, max(0, p + shift)), v, d) for s, p, v, d in events]


# ------------------------------------------------------------------ the playing options
@dataclass(frozen=True)
class Playing:
    """How every clip of a dataset is played (the render options ``--velocity``,
    ``--note-length`` and ``--phrase``).

    Attributes:
        phrase: a generator of :data:`PHRASES` by name, drawn per clip; or the events of a
            MIDI file (:func:`generators.model.midi.read_midi`), played as written by
            every clip (absolute pitches and velocities).
        velocity: inclusive MIDI velocity range ``(low, high)``, 1-127, drawn from;
            ``None``: the instrument's velocity.
        note_length: inclusive range of seconds a note is held ``(a, b)``, drawn in whole
            milliseconds; ``None``: the instrument's note length.

    The clip length is the instrument's (``--clip-length`` replaces it:
    :func:`with_clip_length`). :meth:`check` refuses what an instrument cannot play.
    """

    phrase: str | Notes = "note"
    velocity: tuple[int, int] | None = None
    note_length: tuple[float, float] | None = None

    @property
    def is_midi(self) -> bool:
        """Whether the phrase is the events of a MIDI file."""
        return not isinstance(self.phrase, str)

    def ranges(self, instrument: Instrument) -> Ranges:
        """Velocity range, note-length range in ticks and clip ticks for ``instrument``."""
        v = self.velocity or (instrument.velocity, instrument.velocity)
        a, b = self.note_length or (instrument.note_length, instrument.note_length)
        return (int(v[0]), int(v[1])), (ticks(a), ticks(b)), ticks(instrument.clip_length)

    def check(self, instrument: Instrument) -> None:
        """Refuse what ``instrument`` (its clip length) cannot play.

        Raises:
            DatasetError: one line naming the option, e.g. ``--velocity must be LOW-HIGH
                within 1-127, got 0-200``.
        """
        clip = instrument.clip_length
        if self.velocity is not None:
            lo, hi = self.velocity
            if not 1 <= lo <= hi <= 127:
                raise DatasetError(f"--velocity must be LOW-HIGH within 1-127, got {lo}-{hi}")
        if self.note_length is not None:
            a, b = self.note_length
            if not (0 < a <= b) or ticks(a) < 1:
                raise DatasetError(f"--note-length must be A-B seconds with 0.001 <= A <= B, "
                                   f"got {a:g}-{b:g}")
            if b > clip:
                raise DatasetError(f"--note-length {a:g}-{b:g} is longer than the clip "
                                   f"({clip:g} s); lower it or raise --clip-length")
        if self.is_midi:
            if self.velocity is not None or self.note_length is not None:
                raise DatasetError("--velocity and --note-length do not apply to a MIDI file "
                                   "--phrase (its notes are played as written)")
            check_events(self.phrase, clip)  # type: ignore[arg-type]
            return
        if self.phrase not in PHRASES:
            raise DatasetError(f"unknown --phrase {brief(self.phrase)}: a MIDI file (.mid) or "
                               f"one of {', '.join(PHRASES)}")
        (lo, hi), (a_t, b_t), clip_t = self.ranges(instrument)
        if self.phrase in TWO_LEVELS and lo == hi:
            raise DatasetError(f"--phrase {self.phrase} plays a soft and a loud velocity: give "
                               f"--velocity LOW-HIGH with LOW < HIGH")
        if b_t > clip_t:
            raise DatasetError(f"the note length ({b_t / TICKS_PER_SECOND:g} s) is longer than "
                               f"the clip ({clip:g} s); give --note-length or --clip-length")
        if self.phrase == "legato" and b_t >= clip_t:
            raise DatasetError("--phrase legato needs --note-length below the clip length "
                               f"({clip:g} s)")
        if self.phrase == "random" and clip_t < 8:
            raise DatasetError(f"--phrase random needs a clip of at least 0.008 s, got {clip:g}")

    def notes_of(self, instrument: Instrument, seed: int, i: int, pitch: int) -> Notes:
        """The events clip ``i`` plays, in (start, pitch) order.

        Args:
            instrument: the declaration (its velocity, note length and clip length).
            seed: dataset seed; ``i``: clip id. A named generator draws from
                :func:`phrase_rng` ``(seed, i)`` only.
            pitch: the clip's note (the instrument's, or the one ``--notes`` drew), which
                a named generator's pitches are relative to.
        """
        if self.is_midi:
            return self.phrase  # type: ignore[return-value]
        events = PHRASES[self.phrase](phrase_rng(seed, i), pitch, self.ranges(instrument))  # type: ignore[index]
        return tuple(sorted(NoteEvent(seconds(s), p, v, seconds(d))
                            for s, p, v, d in in_midi_range(events)))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON (``instrument.json``'s ``render.playing``): a MIDI phrase as its
        events ``[[start, pitch, velocity, duration], ...]``."""
        phrase: Any = self.phrase if isinstance(self.phrase, str) else \
            [[e.start, e.pitch, e.velocity, e.duration] for e in self.phrase]
        return {"phrase": phrase,
                "velocity": list(self.velocity) if self.velocity else None,
                "note_length": list(self.note_length) if self.note_length else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Playing:
        """Inverse of :meth:`to_dict`."""
        p = d["phrase"]
        phrase = p if isinstance(p, str) else tuple(
            NoteEvent(float(s), int(n), int(v), float(dur)) for s, n, v, dur in p)
        v, nl = d.get("velocity"), d.get("note_length")
        return cls(phrase=phrase, velocity=(int(v[0]), int(v[1])) if v else None,
                   note_length=(float(nl[0]), float(nl[1])) if nl else None)

    def describe(self) -> str:
        """One sentence for the dataset card."""
        if self.is_midi:
            return (f"every clip plays the {len(self.phrase)} notes of a MIDI file as written "
                    "(recorded in `instrument.json`)")
        v = f"{self.velocity[0]}-{self.velocity[1]}" if self.velocity else "the instrument's"
        nl = f"{self.note_length[0]:g}-{self.note_length[1]:g} s" if self.note_length \
            else "the instrument's"
        doc = " ".join((PHRASES[self.phrase].__doc__ or "").split())  # type: ignore[index]
        first = doc.split(": ")[0].split("; ")[0].rstrip(".")
        return (f"each clip plays a `{self.phrase}` phrase ({first}), drawn "
                f"from `(seed, id)`; velocity {v}, note length {nl}")


def check_events(notes: Notes, clip_length: float) -> None:
    """Refuse events that no clip of ``clip_length`` seconds can play.

    Raises:
        DatasetError: no events, or one out of MIDI range or past the clip's end.
    """
    if not notes:
        raise DatasetError("--phrase: the MIDI file has no notes")
    for k, e in enumerate(notes):
        if not (0 <= e.pitch <= 127 and 1 <= e.velocity <= 127 and e.start >= 0
                and e.duration > 0):
            raise DatasetError(f"--phrase: note {k} ({e}) is not a MIDI note")
        if e.start + e.duration > clip_length + 1e-9:
            raise DatasetError(
                f"--phrase: note {k} (pitch {e.pitch} at {e.start:g} s) ends at "
                f"{e.start + e.duration:g} s, past the clip ({clip_length:g} s); give "
                f"--clip-length {e.start + e.duration:g} or more")


MAX_CLIP_LENGTH = 60.0
"""The longest ``--clip-length``, seconds."""


def with_clip_length(instrument: Instrument, clip_length: float | None) -> Instrument:
    """``instrument`` rendering clips of ``clip_length`` seconds (``--clip-length``;
    ``None``: unchanged). Its note length is cut to the clip where longer (the note is then
    held to the clip's end). The name stays; ``instrument.json`` records the new length.

    Raises:
        DatasetError: ``clip_length`` not within 0.001-:data:`MAX_CLIP_LENGTH` s.
    """
    if clip_length is None:
        return instrument
    if not 0.001 <= clip_length <= MAX_CLIP_LENGTH:
        raise DatasetError(f"--clip-length must be within 0.001-{MAX_CLIP_LENGTH:g} s, "
                           f"got {clip_length:g}")
    import dataclasses

    return dataclasses.replace(instrument, clip_length=float(clip_length),
                               note_length=min(instrument.note_length, float(clip_length)))
