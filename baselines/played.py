"""The note that was played: its pitch and length, to match a sound at them.

A patch is heard through the note it plays: a bassoon's E-flat 4 held 0.24 s is far
from any patch played at middle C for 0.67 s, whatever the settings. So
``baselines.match`` and ``baselines.ood`` measure, in the input (trimmed at its onset,
at the instrument's rate):

* **pitch**: PESTO's frame-wise f0 (:func:`benchmark.pitch.track`); when the clip is
  pitched (:attr:`benchmark.pitch.Track.pitched`), the median of its voiced frames
  rounded to the nearest MIDI note, clamped to the notes the model was trained on when
  it was trained across notes (``--notes``), else to :data:`PLAYABLE`. An unpitched
  input keeps the instrument's note.
* **note length**: from the onset to the last RMS frame (``librosa.feature.rms``:
  :data:`FRAME` samples, hop :data:`HOP`, centred) whose level is within :data:`LEVEL_DB`
  dB of the loudest frame: its centre, less half a frame (a centred frame still hears
  the note half a frame after it ended), plus half a hop; kept within
  :data:`MIN_NOTE_S` - :data:`MAX_NOTE_S`. A steady tone of 0.24 s reads 0.24 s
  (within 3 ms); a decaying note reads the time it takes to fall :data:`LEVEL_DB` dB.

The match is played at that note, held that long; its clip lasts the note plus the
instrument's own release time (``clip_length - note_length`` of its declaration), through
the declaration (:func:`at_played`: ``dataclasses.replace`` of ``note_length`` and
``clip_length``), which every renderer reads per clip.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import numpy as np

from generators.model.declaration import Instrument

LEVEL_DB = 20.0
"""The note ends where the RMS level falls this many dB below its loudest frame."""
FRAME, HOP = 512, 128
"""RMS frame and hop, samples (23 ms and 5.8 ms at 22,050 Hz)."""
MIN_NOTE_S, MAX_NOTE_S = 0.05, 4.0
"""The note length measured is kept within these, seconds."""
PLAYABLE = (21, 108)
"""MIDI notes a match may play when its model was trained on one note (A0-C8, a piano's)."""


@dataclass(frozen=True)
class Played:
    """What was played, and how the match plays it.

    Attributes:
        note: MIDI note the match plays.
        f0_hz: median f0 of the voiced frames, Hz (``None``: not pitched).
        detected_midi: that f0 in MIDI semitones, fractional (``None``: not pitched).
        pitched: PESTO found the clip pitched.
        note_length_s: seconds the match holds its note (the input's note length).
        clip_length_s: seconds the match lasts (note plus the instrument's release time).
        trained_notes: ``(low, high)`` MIDI notes of the model's training data.
        lines: what the match did not do as measured, one sentence each (``patch.json``).
    """

    note: int
    f0_hz: float | None
    detected_midi: float | None
    pitched: bool
    note_length_s: float
    clip_length_s: float
    trained_notes: tuple[int, int]
    lines: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """``patch.json``'s fields: ``note``, ``f0_hz``, ``note_length_s``, ``pitched``..."""
        return {"note": self.note, "f0_hz": self.f0_hz, "detected_midi": self.detected_midi,
                "pitched": self.pitched, "note_length_s": self.note_length_s,
                "clip_length_s": self.clip_length_s, "trained_notes": list(self.trained_notes),
                "notes": list(self.lines)}


def note_length(sound: np.ndarray, sample_rate: int) -> float:
    """Seconds from the start of ``sound`` (float ``[n]``, trimmed at its onset) to where its
    level falls :data:`LEVEL_DB` dB below its loudest (the module doc), within
    :data:`MIN_NOTE_S` - :data:`MAX_NOTE_S`."""
    import librosa

    rms = librosa.feature.rms(y=np.asarray(sound, np.float32), frame_length=FRAME,
                              hop_length=HOP, center=True)[0]
    if not rms.size or rms.max() <= 0:
        return MIN_NOTE_S
    loud = np.flatnonzero(rms >= rms.max() * 10 ** (-LEVEL_DB / 20))
    end = min(len(sound), loud[-1] * HOP - FRAME // 2 + HOP // 2) / sample_rate
    return float(np.clip(end, MIN_NOTE_S, MAX_NOTE_S))


def trained_notes(manifest: dict[str, Any], instrument: Instrument) -> tuple[int, int]:
    """``(low, high)`` MIDI notes a saved model was trained on (``model.json``'s
    ``trained_on.notes``; the instrument's note when absent)."""
    notes = (manifest.get("trained_on") or {}).get("notes")
    if isinstance(notes, (list, tuple)) and len(notes) == 2:
        return int(notes[0]), int(notes[1])
    return instrument.note, instrument.note


def detect(sound: np.ndarray, sample_rate: int, instrument: Instrument,
           trained: tuple[int, int] | None = None, track: Any = None) -> Played:
    """The note and length to play ``sound`` at (see the module doc).

    Args:
        sound: float ``[n]``, trimmed at its onset, at ``sample_rate`` Hz.
        sample_rate: Hz (the instrument's).
        instrument: the match's instrument (its note, note and clip lengths).
        trained: MIDI notes of the model's training data (``None``: the instrument's note).
        track: its :class:`benchmark.pitch.Track`, when already computed.
    """
    from benchmark.pitch import midi_to_hz, track as pitch_track

    trained = trained or (instrument.note, instrument.note)
    length = note_length(sound, sample_rate)
    t = track if track is not None else pitch_track(sound[None], sample_rate)[0]
    midi = t.median_midi()
    lines: list[str] = []
    if midi is None:
        note = instrument.note
        lines.append(f"the input is not pitched (PESTO); the match plays the instrument's note "
                     f"{instrument.note}")
    else:
        low, high = trained if trained[0] < trained[1] else PLAYABLE
        note = int(np.clip(int(np.floor(midi + 0.5)), low, high))
        if note != int(np.floor(midi + 0.5)):
            lines.append(f"detected MIDI {midi:.2f} lies outside {low}-{high}; the match plays "
                         f"{note}")
        if trained[0] == trained[1] and note != trained[0]:
            lines.append(f"the model was trained on note {trained[0]} only; its prediction is "
                         f"played at {note}")
    release = instrument.clip_length - instrument.note_length
    return Played(note=note, f0_hz=None if midi is None else round(midi_to_hz(midi), 3),
                  detected_midi=None if midi is None else round(midi, 3),
                  pitched=midi is not None, note_length_s=round(length, 4),
                  clip_length_s=round(length + release, 4), trained_notes=tuple(trained),
                  lines=tuple(lines))


def at_played(instrument: Instrument, played: Played) -> Instrument:
    """``instrument`` holding its note ``played.note_length_s`` in a clip of
    ``played.clip_length_s`` (the declaration every renderer reads per clip)."""
    return dataclasses.replace(instrument, note_length=played.note_length_s,
                               clip_length=played.clip_length_s)
