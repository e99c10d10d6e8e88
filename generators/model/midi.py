"""Phrases as Standard MIDI Files: :func:`read_midi` (``--phrase file.mid``) and
:func:`write_midi` (a row's ``notes`` column back to a file).

Files are written at :data:`PPQ` ticks per beat and 120 bpm, so one MIDI tick is one
millisecond, the grid of every event time (:data:`generators.model.playing.TICKS_PER_SECOND`):
``write_midi`` then ``read_midi`` gives the same events, bit for bit. A file read at
another resolution or tempo has its times rounded to the nearest millisecond.
"""

from __future__ import annotations

import io
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..core.atomic import atomic_path
from ..core.errors import DatasetError
from ..core.reading import read_bytes
from .playing import TICKS_PER_SECOND, NoteEvent, Notes, as_notes, seconds, ticks

PPQ = 500
"""Ticks per beat of the files written: at 120 bpm (500,000 us a beat) a tick is 1 ms."""
TEMPO = 500_000
"""Microseconds per beat of the files written (120 bpm)."""


class MidiError(DatasetError):
    """A MIDI file that cannot be played as a phrase (one line)."""


def read_midi(path: str | Path, option: str = "--phrase") -> Notes:
    """The notes of a Standard MIDI File, every track and channel, in (start, pitch) order.

    A note-on is paired with the first unmatched note-off of its channel and pitch (a
    note-on of velocity 0 is a note-off); times follow the file's tempo map and are
    rounded to whole milliseconds (a note at least 1 ms long). ``option`` names the file in
    messages (the command-line option that gave it).

    Raises:
        ReadError: the file is missing or unreadable.
        MidiError: the file is not a MIDI file, truncated or damaged, or has no
            complete note.
    """
    import mido

    path = Path(path)
    data = read_bytes(path, option)
    try:
        midi = mido.MidiFile(file=io.BytesIO(data))
    except (OSError, EOFError, ValueError, KeyError, IndexError) as e:
        raise MidiError(f"{option} {path}: not a readable MIDI file "
                        f"({str(e).splitlines()[0][:100] if str(e) else type(e).__name__})") from None
    if midi.type == 2:
        raise MidiError(f"{option} {path}: a type 2 MIDI file (independent sequences) is not a phrase")
    sounding: dict[tuple[int, int], deque[tuple[float, int]]] = defaultdict(deque)
    events: list[NoteEvent] = []
    now = 0.0
    try:
        for msg in midi:  # merged tracks, times in seconds by the tempo map
            now += msg.time
            if msg.type == "note_on" and msg.velocity > 0:
                sounding[(msg.channel, msg.note)].append((now, msg.velocity))
            elif msg.type in ("note_on", "note_off") and sounding[(msg.channel, msg.note)]:
                start, velocity = sounding[(msg.channel, msg.note)].popleft()
                t0 = ticks(start)
                events.append(NoteEvent(seconds(t0), msg.note, velocity,
                                        seconds(max(1, ticks(now) - t0))))
    except (EOFError, ValueError, KeyError, IndexError) as e:
        raise MidiError(f"{option} {path}: damaged MIDI data ({str(e)[:100]})") from None
    if not events:
        raise MidiError(f"{option} {path}: no complete note (a note-on with its note-off)")
    return tuple(sorted(events))


def write_midi(notes: Iterable[NoteEvent | Mapping[str, Any]], path: str | Path) -> Path:
    """Write ``notes`` as a type 0 MIDI file (channel 1, :data:`PPQ` at 120 bpm), atomically.

    Args:
        notes: events whose times lie on the millisecond grid (a dataset's ``notes``
            column: each a dict or :class:`NoteEvent`); others are rounded to it.
        path: the ``.mid`` file.
    """
    import mido

    timed: list[tuple[int, int, int, int]] = []  # (tick, 0 off / 1 on, pitch, velocity)
    for e in as_notes(notes):
        t0 = ticks(e.start)
        timed += [(t0, 1, e.pitch, e.velocity), (t0 + max(1, ticks(e.duration)), 0, e.pitch, 0)]
    track = mido.MidiTrack([mido.MetaMessage("set_tempo", tempo=TEMPO, time=0)])
    last = 0
    for t, on, pitch, velocity in sorted(timed):  # at one tick, note-offs first
        track.append(mido.Message("note_on" if on else "note_off", note=pitch,
                                  velocity=velocity, time=t - last))
        last = t
    track.append(mido.MetaMessage("end_of_track", time=0))
    midi = mido.MidiFile(type=0, ticks_per_beat=PPQ, tracks=[track])
    with atomic_path(Path(path)) as tmp:
        midi.save(tmp)
    return Path(path)


assert PPQ * 1_000_000 // TEMPO * 2 == 2 * TICKS_PER_SECOND  # one tick is one millisecond
