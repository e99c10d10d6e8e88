"""The tour command: sweeps written as WAVs, a spectrogram sheet and a table."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import soundfile as sf

from generators.instruments import get_instrument
from generators.model.sampler import force_active
from generators.render.tour import file_name, main, sweep_values


def test_tour_writes_every_sweep(tmp_path: Path) -> None:
    assert main(["--instrument", "guitar_light", "--out", str(tmp_path)]) == 0
    inst = get_instrument("guitar_light")
    wavs = sorted(p.name for p in tmp_path.glob("*.wav"))
    assert wavs == sorted(file_name(s.name, label) for s in inst.switches for label in s.labels)
    info = sf.info(tmp_path / wavs[0])
    assert (info.samplerate, info.channels, info.subtype) == (inst.sample_rate, 1, "PCM_16")
    assert (tmp_path / "tour.png").stat().st_size > 0
    with open(tmp_path / "tour.csv") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(wavs)
    assert all(float(r["peak"]) > 0 for r in rows)


def test_unknown_instrument_is_one_line_and_exit_code_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--instrument", "theremin", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "theremin" in err
    assert "moog" in err


def test_sweeps_force_the_dependency_and_cover_the_range() -> None:
    guitar = get_instrument("guitar")
    settings = force_active(guitar, "delay_time", guitar.default_settings())
    assert settings["delay_on_off"] == "on"
    assert guitar.active("delay_time", settings)
    assert sweep_values(guitar.param("delay_time"), 5) == [0.0, 2.5, 5.0, 7.5, 10.0]
    assert sweep_values(guitar.param("flanger_mode"), 5) == ["chorus", "pitchmod", "flanger"]
    assert file_name("osc1_octave", "16'") == "osc1_octave-16ft.wav"
