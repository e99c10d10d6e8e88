"""baselines.match plays the match at the input's pitch and note length (baselines.played)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from baselines import match as match_cli
from baselines.played import detect, note_length
from benchmark.errors import run_cli
from benchmark.pitch import track
from generators.instruments import get_instrument
from tests.sound import tone

SR = 22050


def test_a_tone_s_note_length_is_measured() -> None:
    for seconds in (0.24, 0.5, 1.2):
        assert note_length(tone(60, seconds, lead_s=0), SR) == pytest.approx(seconds, abs=0.01)


def test_e_flat_4_for_0_24_s_is_matched_at_63_for_0_24_s(saved: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture) -> None:
    wav = tmp_path / "bassoon-ish.wav"
    sf.write(str(wav), tone(63, 0.24), SR, subtype="PCM_16")
    out = tmp_path / "out"
    assert run_cli(match_cli.main, [str(wav), "--model", str(saved), "--out", str(out),
                                    "--no-progress"]) == 0
    patch = json.loads((out / "bassoon-ish" / "patch.json").read_text())
    assert patch["note"] == 63 and patch["pitched"] is True
    assert patch["f0_hz"] == pytest.approx(311.13, rel=0.01)
    assert patch["note_length_s"] == pytest.approx(0.24, abs=0.01)
    inst = get_instrument("noisemaker")
    release = inst.clip_length - inst.note_length
    assert patch["clip_length_s"] == pytest.approx(patch["note_length_s"] + release, abs=1e-3)
    assert any("trained on note 60 only" in line for line in patch["played"]["notes"])
    assert "trained on note 60 only" in capsys.readouterr().out
    audio, sr = sf.read(str(out / "bassoon-ish" / "match.wav"), dtype="float32")
    assert len(audio) == round(patch["clip_length_s"] * sr)
    heard = track(audio[None], sr)[0]
    assert heard.pitched and round(heard.median_midi()) == 63


def test_an_unpitched_input_keeps_the_instrument_s_note() -> None:
    inst = get_instrument("noisemaker")
    noise = np.random.default_rng(0).uniform(-0.5, 0.5, int(0.3 * SR)).astype(np.float32)
    played = detect(noise, SR, inst)
    assert not played.pitched and played.note == inst.note and played.f0_hz is None
    assert any("not pitched" in line for line in played.lines)


def test_a_model_trained_across_notes_clamps_to_its_notes() -> None:
    inst = get_instrument("noisemaker")
    played = detect(tone(84, 0.4, lead_s=0), SR, inst, trained=(48, 72))
    assert played.note == 72 and played.detected_midi == pytest.approx(84, abs=0.3)
    assert any("outside 48-72" in line for line in played.lines)
    assert not any("trained on note" in line for line in played.lines)
