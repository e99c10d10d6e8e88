"""How notes are played: the phrase generators' shapes, their seeding, the checks of
``Playing``, its record, and MIDI files (read, write, round trip, bad files)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from generators.core.errors import DatasetError, UserError
from generators.instruments import get_instrument
from generators.model.config import RenderConfig, config_from_meta
from generators.model.midi import MidiError, read_midi, write_midi
from generators.model.playing import (PHRASES, TICKS_PER_SECOND, NoteEvent, Playing,
                                      as_notes, with_clip_length)
from generators.model.sampler import draw_many

INST = with_clip_length(get_instrument("noisemaker_light"), 2.0)
WIDE = dict(velocity=(40, 120), note_length=(0.1, 0.8))
CLIPS = range(60)


def notes(phrase: str, i: int, pitch: int = 60, **kw) -> tuple[NoteEvent, ...]:
    return Playing(phrase, **(WIDE | kw)).notes_of(INST, 0, i, pitch)


@pytest.mark.parametrize("phrase", list(PHRASES))
@pytest.mark.parametrize("pitch", [0, 60, 127])
def test_every_phrase_is_playable_midi_on_the_ms_grid(phrase: str, pitch: int) -> None:
    for i in CLIPS:
        ev = notes(phrase, i, pitch)
        assert ev == tuple(sorted(ev)) and ev
        for e in ev:
            assert 0 <= e.pitch <= 127 and 40 <= e.velocity <= 120
            assert 0 <= e.start and 0 < e.duration and e.start + e.duration <= INST.clip_length
            for t in (e.start, e.duration):  # whole ms: exact in a MIDI file at 1 ms a tick
                assert round(t * TICKS_PER_SECOND) / TICKS_PER_SECOND == t
        for a in ev:  # a pitch never overlaps itself (MIDI could not tell the notes apart)
            assert not any(b is not a and b.pitch == a.pitch and b.start < a.start + a.duration
                           and a.start <= b.start for b in ev)


def test_chord_is_simultaneous_notes_of_one_velocity_and_length() -> None:
    for i in CLIPS:
        ev = notes("chord", i)
        assert len(ev) in (3, 4) and {e.start for e in ev} == {0.0}
        assert len({(e.velocity, e.duration) for e in ev}) == 1 and ev[0].pitch == 60


def test_arpeggio_rises_one_note_at_a_time() -> None:
    for i in CLIPS:
        ev = notes("arpeggio", i)
        assert [e.start for e in ev] == [0.0, 0.4, 0.8, 1.2]
        assert [e.pitch for e in ev] == sorted(e.pitch for e in ev) and ev[-1].pitch == 72


def test_legato_notes_overlap_the_next() -> None:
    for i in CLIPS:
        ev = notes("legato", i)
        assert 2 <= len(ev) <= 4
        for a, b in zip(ev, ev[1:]):
            assert a.start < b.start < a.start + a.duration  # held into the next note
            assert 1 <= abs(b.pitch - a.pitch) <= 2


def test_repeat_is_one_pitch_at_two_velocities() -> None:
    for i in CLIPS:
        a, b = notes("repeat", i)
        assert a.pitch == b.pitch == 60 and (a.start, b.start) == (0.0, 1.0)
        assert min(a.velocity, b.velocity) <= 80 < max(a.velocity, b.velocity)
        assert a.duration <= 1.0


def test_random_has_3_to_6_notes_two_levels_and_an_overlap() -> None:
    sizes = set()
    for i in range(300):
        ev = notes("random", i)
        sizes.add(len(ev))
        assert len({e.velocity for e in ev}) == 2
        assert any(b.start < a.start + a.duration for a, b in zip(ev, ev[1:])) or \
            len({e.start for e in ev}) < len(ev)
    assert sizes == {3, 4, 5, 6}


def test_phrases_have_their_own_stream_and_leave_the_settings_alone() -> None:
    cfg = RenderConfig(INST, n=20, seed=3, note_range=(48, 72))
    played = RenderConfig(INST, n=20, seed=3, note_range=(48, 72),
                          playing=Playing("random", **WIDE))
    ids = [0, 5, 19]
    plain, drawn = cfg.samples(ids), played.samples(ids)
    assert [s.settings for s, _ in plain] == [s.settings for s, _ in drawn]
    assert [s.note for s, _ in plain] == [s.note for s, _ in drawn]
    assert all(s.notes is None for s, _ in plain)
    for (s, _), alone in zip(drawn, ids):
        assert s.notes == played.sample(alone)[0].notes  # by id alone
        assert s.notes == played.playing.notes_of(INST, 3, alone, s.note)
    assert draw_many(INST, 3, ids, (48, 72)) == [s for s, _ in plain]
    assert notes("random", 1) != notes("random", 2)
    assert Playing("random", **WIDE).notes_of(INST, 1, 1, 60) != notes("random", 1)


def test_the_default_note_is_the_instruments() -> None:
    inst = get_instrument("noisemaker_light")
    (e,) = Playing().notes_of(inst, 0, 7, 64)
    assert e == NoteEvent(0.0, 64, inst.velocity, inst.note_length)


@pytest.mark.parametrize("kw, message", [
    (dict(velocity=(0, 200)), "--velocity must be LOW-HIGH within 1-127, got 0-200"),
    (dict(velocity=(90, 80)), "--velocity must be LOW-HIGH within 1-127, got 90-80"),
    (dict(note_length=(0.5, 0.2)), "--note-length must be A-B seconds"),
    (dict(note_length=(0.0, 0.2)), "--note-length must be A-B seconds"),
    (dict(note_length=(0.1, 2.5)), "longer than the clip (2 s)"),
    (dict(phrase="waltz"), "unknown --phrase 'waltz'"),
    (dict(phrase="repeat"), "plays a soft and a loud velocity"),
    (dict(phrase="random", velocity=(100, 100)), "plays a soft and a loud velocity"),
    (dict(phrase="legato", note_length=(0.1, 2.0)), "legato needs --note-length below"),
    (dict(phrase=(NoteEvent(1.5, 60, 100, 0.6),)), "ends at 2.1 s, past the clip (2 s)"),
    (dict(phrase=(NoteEvent(0.0, 60, 100, 0.6),), velocity=(1, 9)), "do not apply to a MIDI"),
    (dict(phrase=()), "has no notes"),
])
def test_impossible_playing_is_one_line(kw: dict, message: str) -> None:
    with pytest.raises(DatasetError) as e:
        RenderConfig(INST, n=10, playing=Playing(**kw))
    assert message in str(e.value) and "\n" not in str(e.value)


def test_clip_length_replaces_the_instruments() -> None:
    inst = get_instrument("noisemaker_light")
    short = with_clip_length(inst, 0.5)
    assert (short.clip_length, short.note_length, short.n_samples) == (0.5, 0.5, 11025)
    assert with_clip_length(inst, None) is inst
    with pytest.raises(DatasetError, match="--clip-length must be within"):
        with_clip_length(inst, -1.0)


def test_the_record_round_trips_and_is_absent_without_playing() -> None:
    assert "playing" not in RenderConfig(INST, n=10).to_dict()["render"]
    for playing in (Playing("arpeggio", **WIDE), Playing(),
                    Playing((NoteEvent(0.0, 60, 90, 0.25), NoteEvent(0.125, 67, 30, 1.0)))):
        cfg = RenderConfig(INST, n=10, seed=2, playing=playing)
        meta = json.loads(json.dumps(cfg.to_dict()))
        back = config_from_meta(meta)
        assert back == cfg and back.playing == playing


# ------------------------------------------------------------------ MIDI files
@pytest.mark.parametrize("phrase", list(PHRASES))
def test_midi_files_round_trip_every_phrase_exactly(phrase: str, tmp_path: Path) -> None:
    for i in range(20):
        ev = notes(phrase, i)
        assert read_midi(write_midi(ev, tmp_path / f"{i}.mid")) == ev


def test_a_row_of_dicts_writes_as_its_events(tmp_path: Path) -> None:
    ev = notes("random", 4)
    rows = [{"pitch": e.pitch, "velocity": e.velocity, "start": e.start, "duration": e.duration}
            for e in ev]
    assert read_midi(write_midi(rows, tmp_path / "r.mid")) == ev
    assert as_notes(reversed(rows)) == ev == as_notes(ev)


def test_other_resolutions_and_tempi_are_read_on_the_ms_grid(tmp_path: Path) -> None:
    import mido

    track = mido.MidiTrack([mido.MetaMessage("set_tempo", tempo=600_000),  # 100 bpm
                            mido.Message("note_on", note=60, velocity=80, time=0),
                            mido.Message("note_on", note=64, velocity=70, time=48),
                            mido.Message("note_on", note=60, velocity=0, time=48),  # off
                            mido.Message("note_off", note=64, velocity=0, time=96)])
    mido.MidiFile(ticks_per_beat=96, tracks=[track]).save(tmp_path / "t.mid")
    assert read_midi(tmp_path / "t.mid") == (NoteEvent(0.0, 60, 80, 0.6),
                                             NoteEvent(0.3, 64, 70, 0.9))


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    import mido

    good = write_midi(notes("chord", 0), tmp_path / "good.mid").read_bytes()
    silent = mido.MidiFile(tracks=[mido.MidiTrack([mido.MetaMessage("end_of_track")])])
    silent.save(tmp_path / "silent.mid")
    files = {"empty": b"", "text": b"not a midi file at all\n", "truncated": good[:30]}
    for name, data in files.items():
        (tmp_path / f"{name}.mid").write_bytes(data)
    return {name: tmp_path / f"{name}.mid" for name in (*files, "silent")}


def test_bad_midi_files_are_one_line(tmp_path: Path) -> None:
    for name, path in _bad_files(tmp_path).items():
        with pytest.raises(DatasetError) as e:
            read_midi(path)
        assert "\n" not in str(e.value) and str(path) in str(e.value), name
        assert isinstance(e.value, MidiError), name
    with pytest.raises(UserError, match="no such file"):
        read_midi(tmp_path / "missing.mid")


def test_notes_hold_no_hidden_float_drift() -> None:
    starts = np.array([e.start for i in CLIPS for e in notes("random", i)])
    assert np.array_equal(np.round(starts * 1000) / 1000, starts)
