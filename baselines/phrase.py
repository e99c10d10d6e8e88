"""The notes of a phrase recording, for ``baselines.match --midi FILE`` or ``--onsets``.

A phrase is matched by one patch playing the recording's notes
(:class:`generators.model.playing.NoteEvent`), on the recording's own clock (time 0 is
the file's first sample; nothing is trimmed). The notes come from:

* **a MIDI file** (``--midi``, :func:`from_midi`): read by
  :func:`generators.model.midi.read_midi` (every track and channel, the tempo map, whole
  milliseconds); every note must end within the recording;
* **the recording itself** (``--onsets``, :func:`detect_notes`):

  - *onsets*: ``librosa.onset.onset_detect`` (hop :data:`HOP` samples, backtracked to
    the onset envelope's preceding minimum; :data:`LEAD` samples of silence before the
    recording, so a note at its first sample is found), keeping those where the level rises: the
    loudest RMS frame (``librosa.feature.rms``, :data:`FRAME` samples, hop :data:`HOP`)
    of the :data:`RISE_WINDOW_S` after the onset is at least :data:`RISE_DB` dB above
    the frame before it (a note's end makes spectral flux too, but no rise);
  - *pitch*: the median of PESTO's voiced frames (:func:`benchmark.pitch.track`, run once
    on the whole recording) between the onset and the next, rounded to the nearest MIDI
    note and clamped to ``trained`` (the notes the model was trained on, when it was
    trained across notes) or :data:`baselines.played.PLAYABLE`; a segment with too few
    voiced frames plays the instrument's note (``patch.json`` says so);
  - *duration*: to the next onset, or sooner where the level falls
    :data:`baselines.played.LEVEL_DB` dB below the segment's loudest
    (:func:`baselines.played.note_length` of the segment), at least 1 ms;
  - *velocity*: from the segment's peak sample ``p`` (0-1 of full scale) by the square
    law many synths use for velocity -> amplitude, inverted: ``velocity = round(127 *
    sqrt(p))``, within 1-127 (full scale 127, -6 dB 90, -12 dB 64, -24 dB 32, -40 dB 13:
    :func:`velocity_of`).

:func:`model_input` makes the clip the model hears: the whole phrase for a model trained
on phrase clips, else the first note's segment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from benchmark.errors import BenchmarkError
from generators.model.declaration import Instrument
from generators.model.playing import MAX_CLIP_LENGTH, NoteEvent, Notes, seconds, ticks

HOP = 256
"""Onset detection and RMS hop, samples (11.6 ms at 22,050 Hz)."""
FRAME = 1024
"""RMS frame of the level-rise test, samples."""
RISE_DB = 0.5
"""An onset is kept when the level after it rises at least this much, dB."""
RISE_WINDOW_S = 0.08
"""Seconds after an onset in which the level must rise."""
LEAD = 4 * HOP
"""Samples of silence put before the recording for onset detection, so that a note at its
first sample has an onset (then taken off again)."""


class PhraseError(BenchmarkError):
    """A phrase that cannot be matched: a bad MIDI file or one that does not fit the
    recording, no onsets, a recording too long (one line)."""


@dataclass(frozen=True)
class Phrase:
    """The notes a phrase recording plays, and how they were obtained.

    Attributes:
        notes: the events, on the recording's clock, in (start, pitch) order.
        source: ``"midi"`` (a MIDI file) or ``"onsets"`` (detected in the recording).
        midi_file: the MIDI file read (``None`` for detected notes).
        detected: per detected note, what was measured: ``f0_midi`` (fractional MIDI, or
            ``None`` when unpitched), ``peak`` (0-1), ``segment_s`` ``[start, end]``.
        lines: what was not played as measured, one sentence each.
    """

    notes: Notes
    source: str
    midi_file: str | None = None
    detected: tuple[dict[str, Any], ...] = ()
    lines: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """``patch.json``'s ``phrase``: the notes as dicts, their source and measurements."""
        return {"source": self.source, "midi_file": self.midi_file,
                "notes": [{"start": e.start, "pitch": e.pitch, "velocity": e.velocity,
                           "duration": e.duration} for e in self.notes],
                "detected": list(self.detected), "notes_said": list(self.lines)}


def check_length(n_samples: int, sample_rate: int, path: Path) -> float:
    """Seconds of a recording of ``n_samples``, refused when longer than a clip can be.

    Raises:
        PhraseError: longer than :data:`generators.model.playing.MAX_CLIP_LENGTH`.
    """
    s = n_samples / sample_rate
    if s > MAX_CLIP_LENGTH:
        raise PhraseError(f"{path}: the phrase lasts {s:.2f} s, longer than the longest clip an "
                          f"instrument plays ({MAX_CLIP_LENGTH:g} s); cut it")
    return s


def from_midi(path: Path, recording_s: float) -> Phrase:
    """The notes of the MIDI file ``path`` for a recording of ``recording_s`` seconds.

    Raises:
        ReadError: missing or unreadable file.
        MidiError: empty, not MIDI, damaged, type 2, or no complete note.
        PhraseError: a note that ends after the recording.
    """
    from generators.model.midi import read_midi

    notes = read_midi(path, option="--midi")
    last = max(notes, key=lambda e: e.start + e.duration)
    end = last.start + last.duration
    if end > recording_s + 1e-3:
        raise PhraseError(f"--midi {path}: its notes end at {end:.3f} s (pitch {last.pitch} "
                          f"from {last.start:.3f} s), after the recording ({recording_s:.3f} s): "
                          "not this recording's MIDI file, or the recording was cut")
    return Phrase(notes, "midi", str(path))


def velocity_of(peak: float) -> int:
    """MIDI velocity of a note whose peak sample is ``peak`` (0-1 of full scale):
    ``round(127 * sqrt(peak))`` within 1-127 (the module doc)."""
    return int(np.clip(round(127 * float(np.sqrt(max(peak, 0.0)))), 1, 127))


def onsets(sound: np.ndarray, sample_rate: int) -> np.ndarray:
    """Sample indices of the note onsets of ``sound`` (float32 ``[n]``), rising (the
    module doc): int64 ``[k]``."""
    import librosa

    y = np.concatenate([np.zeros(LEAD, np.float32), np.asarray(sound, np.float32)])
    frames = librosa.onset.onset_detect(y=y, sr=sample_rate, hop_length=HOP, backtrack=True,
                                        units="frames")
    rms = librosa.feature.rms(y=y, frame_length=FRAME, hop_length=HOP, center=True)[0]
    db = 20 * np.log10(rms + 1e-9)
    window = max(1, int(round(RISE_WINDOW_S * sample_rate / HOP)))
    keep = [f for f in frames
            if f < len(db) and db[f:f + window].max() - db[max(0, f - 1)] >= RISE_DB]
    return np.maximum(np.asarray(keep, np.int64) * HOP - LEAD, 0)


def detect_notes(sound: np.ndarray, sample_rate: int, instrument: Instrument,
                 trained: tuple[int, int], path: Path) -> Phrase:
    """The notes played in ``sound`` (float32 ``[n]`` at ``sample_rate`` Hz, from the
    recording's first sample): onsets, pitch, duration and velocity as the module doc says.

    Args:
        instrument: the match's instrument (its note plays an unpitched segment).
        trained: ``(low, high)`` MIDI notes of the model's training data; a single note
            clamps to :data:`baselines.played.PLAYABLE` instead.
        path: names the recording in messages.

    Raises:
        PhraseError: no onset found.
    """
    from benchmark.pitch import track

    from .played import PLAYABLE, note_length

    starts = onsets(sound, sample_rate)
    if not len(starts):
        raise PhraseError(f"{path}: no note onsets detected (librosa.onset.onset_detect); give "
                          "the notes with --midi FILE")
    pitch = track(np.asarray(sound, np.float32)[None], sample_rate)[0]
    low, high = trained if trained[0] < trained[1] else PLAYABLE
    ends = [*starts[1:], len(sound)]
    events, detected, lines = [], [], []
    for k, (a, b) in enumerate(zip(starts, ends)):
        seg = sound[a:b]
        fa, fb = int(a / sample_rate / pitch.step), int(np.ceil(b / sample_rate / pitch.step))
        voiced = pitch.voiced[fa:fb]
        loud = pitch.loud[fa:fb]
        f0 = float(np.median(pitch.midi[fa:fb][voiced])) if loud.any() and \
            voiced.sum() >= 0.25 * loud.sum() and voiced.any() else None
        if f0 is None:
            note = instrument.note
            lines.append(f"note {k} at {a / sample_rate:.3f} s is not pitched (PESTO); it plays "
                         f"the instrument's note {note}")
        else:
            note = int(np.clip(int(np.floor(f0 + 0.5)), low, high))
            if note != int(np.floor(f0 + 0.5)):
                lines.append(f"note {k}: detected MIDI {f0:.2f} lies outside {low}-{high}; "
                             f"it plays {note}")
        t0 = ticks(a / sample_rate)
        held = min(ticks(note_length(seg, sample_rate)), ticks(b / sample_rate) - t0)
        peak = float(np.max(np.abs(seg))) if len(seg) else 0.0
        events.append(NoteEvent(seconds(t0), note, velocity_of(peak), seconds(max(1, held))))
        detected.append({"f0_midi": None if f0 is None else round(f0, 3), "peak": round(peak, 6),
                         "segment_s": [round(a / sample_rate, 4), round(b / sample_rate, 4)]})
    return Phrase(tuple(sorted(events)), "onsets", None, tuple(detected), tuple(lines))


def trained_on_phrases(manifest: dict[str, Any]) -> bool:
    """Whether a saved model was trained on played clips (``model.json``'s
    ``trained_on.playing``, written for a dataset with a ``notes`` column)."""
    return bool((manifest.get("trained_on") or {}).get("playing"))


def model_input(sound: np.ndarray, sample_rate: int, notes: Notes, n_samples: int,
                phrases: bool) -> tuple[np.ndarray, str]:
    """The clip the model hears, and a sentence saying what it is.

    Args:
        sound: float32 ``[n]``, the recording at ``sample_rate`` Hz.
        notes: the phrase's notes.
        n_samples: the model's clip length in samples (its instrument's).
        phrases: the model was trained on phrase clips (:func:`trained_on_phrases`): it
            hears the whole recording; else the first note's segment, from its onset to
            the next onset (or the end).

    Returns:
        (float32 ``[n_samples]``, cut or zero-padded; the sentence).
    """
    n = len(sound)
    if phrases:
        a, b = 0, n
        fit = "cut to" if n > n_samples else "padded to" if n < n_samples else "as long as"
        said = (f"the model (trained on phrases) hears the whole phrase, {fit} its clip "
                f"length ({n_samples / sample_rate:g} s)")
    else:
        first = notes[0].start
        later = [e.start for e in notes if e.start > first]
        a = int(round(first * sample_rate))
        b = min(n, int(round(later[0] * sample_rate))) if later else n
        said = (f"the model was trained on single notes: it predicts from the first note's "
                f"segment ({a / sample_rate:.3f}-{b / sample_rate:.3f} s), cut or padded to its "
                f"clip length ({n_samples / sample_rate:g} s)")
    clip = np.zeros(n_samples, np.float32)
    seg = sound[a:b][:n_samples]
    clip[: len(seg)] = seg
    return clip, said

