"""Issue 27's four ways to lose a user's files, and Ctrl-C outside the commands' main work.

Each case runs the command as a user would (a subprocess) and checks that nothing the
user owns changed: :func:`tests.hostile.snapshot` of the folder before and after.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from generators.core.atomic import MARKER
from tests.hostile import ROOT, env_for_cli, hostile, snapshot
from tests.leaderboard_data import TinyBoard


def _note(task, path: Path) -> Path:
    """A real test clip of the tiny dataset as a user's WAV file."""
    clip = task.audio([int(task.split_ids("test")[0])])[0]
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(str(path), clip, task.instrument.sample_rate, subtype="PCM_16", format="WAV")
    return path


def _user_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "thesis.txt").write_text("four years of work")
    (folder / "sub").mkdir(exist_ok=True)
    (folder / "sub" / "photo.jpg").write_bytes(os.urandom(64))
    return folder


def _match(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "baselines.match", *map(str, args), "--no-progress"],
                          cwd=cwd, env=env_for_cli(), capture_output=True, text=True, timeout=300)


# ------------------------------------------------------------------ 1. match: a stem of "."
def test_match_an_input_named_dot_wav_keeps_the_out_folder(task, saved: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    _note(task, work / "..wav")
    _note(task, work / "...wav")
    out = _user_folder(tmp_path / "results")
    before = snapshot([out, work])
    proc = _match("..wav", "...wav", "--model", saved, "--out", out, cwd=work)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    mine = {k: v for k, v in snapshot([out, work]).items() if k in before}
    assert mine == before  # the user's files are all there, unchanged
    assert sorted(p.name for p in out.iterdir()) == ["...wav", "..wav", "sub", "thesis.txt"]
    for name in ("..wav", "...wav"):
        assert (out / name / "patch.json").is_file() and (out / name / MARKER).is_file()


# ------------------------------------------------------------------ 4. match: same names
def test_match_two_inputs_with_one_name_get_two_results(task, saved: Path, tmp_path: Path) -> None:
    a, b = _note(task, tmp_path / "a" / "same.wav"), _note(task, tmp_path / "b" / "same.wav")
    data, _ = sf.read(str(b))
    sf.write(str(b), 0.5 * data, task.instrument.sample_rate, subtype="PCM_16", format="WAV")  # another sound
    out = tmp_path / "out"
    proc = _match(a, b, "--model", saved, "--out", out, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["same.wav", "same.wav-2"]
    assert "renamed 'same.wav' -> 'same.wav-2'" in proc.stdout
    assert f"{a} -> {out / 'same.wav'}" in proc.stdout and f"{b} -> {out / 'same.wav-2'}" in proc.stdout
    first = sf.read(str(out / "same.wav" / "match.wav"))[0]
    second = sf.read(str(out / "same.wav-2" / "match.wav"))[0]
    assert first.shape == second.shape and np.isfinite(first).all()


def test_match_refuses_a_result_folder_it_did_not_write(task, saved: Path, tmp_path: Path) -> None:
    wav = _note(task, tmp_path / "in" / "take.wav")
    out = tmp_path / "out"
    _user_folder(out / "take")  # the user's own folder where the result would go
    hostile("baselines.match", wav, "--model", saved, "--out", out, "--no-progress",
            watch=[tmp_path], match="was not written by this command")
    hostile("baselines.match", wav, "--model", saved, "--out", saved, "--no-progress",
            watch=[tmp_path, saved], match="inside the --model input")


# ------------------------------------------------------------------ 2. board --site
def test_board_site_never_deletes_a_users_folder_or_file(board: TinyBoard, tmp_path: Path) -> None:
    site = _user_folder(tmp_path / "my-site")
    readme = tmp_path / "board.md"
    common = ["--entries", board.entries, "--readme", readme, "--datasets-root", board.datasets_root,
              "--no-audio"]
    hostile("leaderboard.board", *common, "--site", site, watch=[tmp_path, board.entries],
            match="was not written by this command")
    a_file = tmp_path / "site.html"
    a_file.write_text("<p>my page</p>")
    hostile("leaderboard.board", *common, "--site", a_file, watch=[tmp_path, board.entries],
            match="not a folder")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["my-site", "site.html"]  # no .old copies
    # a site it wrote itself is replaced, as before
    fresh = tmp_path / "fresh-site"
    for _ in range(2):
        proc = subprocess.run([sys.executable, "-m", "leaderboard.board", *map(str, common),
                               "--site", str(fresh)], cwd=ROOT, env=env_for_cli(),
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in fresh.iterdir()) == [MARKER, "index.html"]


# ------------------------------------------------------------------ 3. score --out
def test_score_never_writes_over_its_inputs(board: TinyBoard, tmp_path: Path) -> None:
    preds = tmp_path / "preds.parquet"
    preds.write_bytes(board.preds["naive"].read_bytes())
    common = ["--name", "x", "--resynth-limit", "0", "--no-progress"]
    hostile("benchmark.score", board.dataset, preds, *common, "--out", preds,
            watch=[tmp_path, board.dataset], match="is the predictions input")
    hostile("benchmark.score", board.dataset, preds, *common, "--out", board.dataset / "instrument.json",
            watch=[tmp_path, board.dataset], match="inside the dataset input")


# ------------------------------------------------------------------ Ctrl-C outside main()
@pytest.mark.parametrize("when", ["import", "shutdown"])
def test_ctrl_c_during_imports_or_shutdown_is_one_line_and_130(tmp_path: Path, when: str) -> None:
    """SIGINT while the command imports its libraries, or while it exits after its work
    (here: a Python that sleeps in an atexit hook, as a worker pool's join can)."""
    code = ("import generators.core.cli, time, atexit; atexit.register(time.sleep, 30); "
            "generators.core.cli.exit_with(generators.core.cli.run_cli(lambda argv: 0))") \
        if when == "shutdown" else "import generators, time; time.sleep(30)"
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env_for_cli(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert "Traceback" not in err, err
    assert proc.returncode in (130, -signal.SIGINT), (proc.returncode, err)
