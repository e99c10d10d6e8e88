"""baselines.match --midi / --onsets: one patch for a whole phrase (baselines.phrase)."""

from __future__ import annotations

import json
from pathlib import Path

import mido
import numpy as np
import pyarrow.parquet as pq
import pytest
import soundfile as sf

from baselines import match as match_cli
from baselines import phrase as ph
from benchmark.errors import run_cli
from benchmark.metrics import AudioDistances
from benchmark.task import load_task
from generators.core.atomic import MARKER
from generators.core.audio import stored_clip
from generators.model.midi import read_midi, write_midi
from generators.model.playing import NoteEvent, Notes, as_notes, with_clip_length
from generators.sources.renderers import make_renderer
from tests.sound import tone

SR = 22050


def phrase_rows(data: Path) -> list[tuple[int, Notes]]:
    """The test split's ``(id, notes)`` of a phrase dataset."""
    rows = pq.read_table(sorted((data / "data").glob("test-*.parquet"))[0],
                         columns=["id", "notes"]).to_pylist()
    return [(int(r["id"]), as_notes(r["notes"])) for r in rows]


def match(args: list[str], model: Path, out: Path) -> int:
    return run_cli(match_cli.main, [*args, "--model", str(model), "--out", str(out),
                                    "--no-progress"])


def three_notes() -> tuple[np.ndarray, list[tuple[float, int]]]:
    """A clean phrase: C4, E4, G4 tones of 0.3 s at 0.1, 0.5 and 0.9 s, three levels, 1.6 s
    in all; and its (onset, pitch)."""
    played = [(0.1, 60, 1.0), (0.5, 64, 0.5), (0.9, 67, 0.8)]
    y = np.zeros(int(1.6 * SR), np.float32)
    for start, midi, gain in played:
        t = tone(midi, 0.3, lead_s=0, tail_s=0) * gain
        a = int(start * SR)
        y[a:a + len(t)] += t
    return y, [(s, p) for s, p, _ in played]


# ------------------------------------------------------------------ with its MIDI file
def test_a_phrase_matched_with_its_own_midi_plays_its_notes_closer(
        tiny_phrases: Path, saved_phrases: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture) -> None:
    task = load_task(tiny_phrases)
    i, notes = phrase_rows(tiny_phrases)[0]
    target = task.audio([i])[0]
    wav = tmp_path / "phrase.wav"
    sf.write(str(wav), target, SR, subtype="PCM_16")
    mid = write_midi(notes, tmp_path / "phrase.mid")
    out = tmp_path / "out"
    assert match(["--audio", str(wav), "--midi", str(mid), "--search", "20",
                  "--workers", "1"], saved_phrases,
                 out) == 0
    folder = out / "phrase"
    assert sorted(p.name for p in folder.iterdir()) == [MARKER, "compare.png", "match.mid",
                                                        "match.wav", "patch.json"]
    patch = json.loads((folder / "patch.json").read_text())
    assert patch["phrase"]["source"] == "midi"
    assert as_notes(patch["phrase"]["notes"]) == notes
    assert read_midi(folder / "match.mid") == notes
    assert patch["model"]["trained_on_phrases"] is True
    assert "hears the whole phrase" in patch["model_input"]
    assert "hears the whole phrase" in capsys.readouterr().out
    # match.wav: the recording's length, and the phrase's notes played by the patch found
    matched, sr = sf.read(str(folder / "match.wav"), dtype="float32")
    assert sr == SR and len(matched) == len(target)
    inst = with_clip_length(task.instrument, len(target) / SR)
    again = stored_clip(make_renderer(inst).render_notes(patch["settings"], notes))
    assert np.abs(again - matched).max() <= 1 / 32768
    starts = sorted({e.start for e in notes})
    for onset in ph.onsets(matched, SR) / SR:  # every onset heard is one of the MIDI's
        assert min(abs(onset - s) for s in starts) <= 0.03, (onset, starts)
    # closer to the recording than the model's prediction played the same way (or as close)
    predicted = stored_clip(make_renderer(inst).render_notes(patch["predicted"], notes))
    d = AudioDistances(SR)(np.stack([target, target]), np.stack([matched, predicted]),
                           metrics=["logmel_l1_db"])["logmel_l1_db"]
    assert patch["logmel_l1_db"] == pytest.approx(float(d[0]), abs=2e-3)
    assert patch["search"]["logmel_l1_db_before"] == pytest.approx(float(d[1]), abs=2e-3)
    assert d[0] <= d[1]
    assert patch["search"]["renders"] == 20


def test_a_single_note_model_hears_the_first_note(saved: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture) -> None:
    notes = (NoteEvent(0.05, 60, 100, 0.3), NoteEvent(0.5, 67, 60, 0.4))
    y, _ = three_notes()
    wav = tmp_path / "two.wav"
    sf.write(str(wav), y[: int(1.2 * SR)], SR)
    mid = write_midi(notes, tmp_path / "two.mid")
    assert match([str(wav), "--midi", str(mid)], saved, tmp_path / "out") == 0
    patch = json.loads((tmp_path / "out" / "two" / "patch.json").read_text())
    assert patch["model"]["trained_on_phrases"] is False
    assert "first note's segment (0.050-0.500 s)" in patch["model_input"]
    assert "trained on single notes" in capsys.readouterr().out
    assert patch["search"]["renders"] == 0
    assert sf.info(str(tmp_path / "out" / "two" / "match.wav")).frames == int(1.2 * SR)


# ------------------------------------------------------------------ detected notes
def test_onsets_find_the_three_notes_of_a_clean_phrase(saved: Path, tmp_path: Path) -> None:
    y, played = three_notes()
    wav = tmp_path / "three.wav"
    sf.write(str(wav), y, SR, subtype="PCM_16")
    assert match([str(wav), "--onsets"], saved, tmp_path / "out") == 0
    folder = tmp_path / "out" / "three"
    patch = json.loads((folder / "patch.json").read_text())
    found = as_notes(patch["phrase"]["notes"])
    assert patch["phrase"]["source"] == "onsets" and len(found) == 3
    for e, (start, pitch) in zip(found, played):
        assert abs(e.start - start) <= 0.03
        assert abs(e.pitch - pitch) <= 1
        assert 0.2 <= e.duration <= 0.4 + 0.01  # held 0.3 s (to where the level falls)
    assert found[0].velocity > found[2].velocity > found[1].velocity  # gains 1.0, 0.8, 0.5
    assert [d["f0_midi"] is not None for d in patch["phrase"]["detected"]] == [True] * 3
    assert read_midi(folder / "match.mid") == found


def test_velocity_of_a_peak() -> None:
    assert [ph.velocity_of(p) for p in (1.0, 0.5, 0.25, 10 ** (-40 / 20), 0.0, 2.0)] == \
        [127, 90, 64, 13, 1, 127]


# ------------------------------------------------------------------ errors
def _no_notes_midi(path: Path) -> Path:
    track = mido.MidiTrack([mido.MetaMessage("set_tempo", tempo=500_000, time=0),
                            mido.MetaMessage("end_of_track", time=10)])
    mido.MidiFile(type=0, tracks=[track]).save(str(path))
    return path


@pytest.mark.parametrize("case, said", [
    ("empty", "not a readable MIDI file"),
    ("text", "not a readable MIDI file"),
    ("missing", "no such file"),
    ("no notes", "no complete note"),
    ("too long", "after the recording (1.200 s)"),
    ("both", "--midi and --onsets exclude each other"),
    ("two recordings", "--midi goes with one recording"),
    ("no onsets", "no note onsets detected"),
    ("phrase too long", "longer than the longest clip"),
])
def test_bad_phrases_get_one_error_line(case: str, said: str, saved: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    wav = tmp_path / "rec.wav"
    y, _ = three_notes()
    sf.write(str(wav), y[: int(1.2 * SR)], SR)
    mid = tmp_path / "rec.mid"
    args = [str(wav), "--midi", str(mid)]
    if case == "empty":
        mid.write_bytes(b"")
    elif case == "text":
        mid.write_text("not midi at all")
    elif case == "no notes":
        _no_notes_midi(mid)
    elif case == "too long":
        write_midi((NoteEvent(0.1, 60, 100, 0.3), NoteEvent(1.0, 64, 100, 0.5)), mid)
    elif case in ("both", "two recordings"):
        write_midi((NoteEvent(0.1, 60, 100, 0.3),), mid)
        args += ["--onsets"] if case == "both" else ["--audio", str(wav)]
    elif case == "no onsets":  # librosa hears an onset wherever sound starts: stand in
        monkeypatch.setattr(ph, "onsets", lambda sound, sr: np.zeros(0, np.int64))
        args = [str(wav), "--onsets"]
    elif case == "phrase too long":  # 61 s
        sf.write(str(wav), np.concatenate([y, np.zeros(int(59.5 * SR), np.float32)]), SR)
        args = [str(wav), "--onsets"]
    capsys.readouterr()
    assert match(args, saved, tmp_path / "out") == 2
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and err[0].startswith("error: ") and said in err[0], err
    assert not (tmp_path / "out" / "rec" / "patch.json").exists()
