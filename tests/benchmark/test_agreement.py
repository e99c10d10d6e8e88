"""benchmark.agreement on a tiny synthetic study with a known answer."""

from __future__ import annotations

import math
import subprocess
from pathlib import Path

import numpy as np
import pytest

from benchmark import agreement
from benchmark.errors import run_cli

PITCHES = (0, 100, 300, 700, 1200)
"""Cents above A3 of the toy study's five sines."""


def _write_study(root: Path, name: str = "Toy") -> None:
    import soundfile as sf

    sounds = root / agreement.SOUNDS / name
    sounds.mkdir(parents=True)
    sr = 44100  # resampled to 22,050 on reading
    for k, cents in enumerate(PITCHES):
        n = int(sr * (0.5 + 0.1 * k))  # unequal lengths: padded per pair
        t = np.arange(n) / sr
        x = 0.4 * np.sin(2 * np.pi * 220 * 2 ** (cents / 1200) * t) * np.minimum(t / 0.01, 1)
        sf.write(str(sounds / f"s{k}.aiff"), np.stack([x, x], axis=1), sr, format="AIFF")
    (sounds / "README.txt").write_text("not a sound")
    h = np.abs(np.subtract.outer(PITCHES, PITCHES)).astype(float)
    (root / agreement.DISSIM).mkdir(parents=True)
    np.savetxt(root / agreement.DISSIM / f"{name}{agreement.MATRIX_SUFFIX}", np.triu(h, 1))


@pytest.fixture(scope="module")
def toy(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("timbremetrics")
    _write_study(root)
    return root


def test_agreement_of_a_perfect_and_a_reversed_metric() -> None:
    h = np.abs(np.subtract.outer(np.arange(6.0), np.arange(6.0)))
    same = agreement.agreement(h ** 2, h)  # any increasing function of h
    assert same["rho"] == pytest.approx(1.0) and same["rho_pairs"] == pytest.approx(1.0)
    assert same["triplet"] == 1.0 and same["n_pairs"] == 15
    rev = agreement.agreement(-h, h)
    assert rev["rho"] == pytest.approx(-1.0) and rev["triplet"] == 0.0
    flat = agreement.agreement(np.ones_like(h), h)  # a metric that tells nothing
    assert math.isnan(flat["rho"]) and flat["triplet"] == 0.0
    holes = h.copy()
    holes[0, 1] = holes[1, 0] = np.nan  # an undefined pair is left out
    assert agreement.agreement(holes, h)["n_pairs"] == 14
    assert agreement.agreement(holes, h)["rho"] == pytest.approx(1.0)


def test_triplet_margin_leaves_near_ties_out() -> None:
    h = np.array([[0, 1.0, 1.05, 2], [1.0, 0, 1, 1], [1.05, 1, 0, 1], [2, 1, 1, 0]])
    d = np.array([[0, 2.0, 1.0, 3], [2.0, 0, 1, 1], [1.0, 1, 0, 1], [3, 1, 1, 0]])
    # anchor 0: (1, 2) is a human near-tie (0.05 / 1.05 of the range < 0.1): not counted
    r = agreement.agreement(d, h)
    assert 0 < r["triplet"] <= 1


def test_f0_metric_ranks_the_toy_study_as_listeners_do(toy: Path) -> None:
    """The toy 'listeners' rate pitch distance: f0_cents agrees perfectly, a gain-only metric
    does not."""
    repo = agreement.Repo(toy)
    assert repo.studies() == ["Toy"]
    study = agreement.load_study(repo, "Toy")
    assert study.files == [f"s{k}.aiff" for k in range(5)]
    assert [len(s) for s in study.sounds] == [-(-int(44100 * (0.5 + 0.1 * k)) // 2) for k in range(5)]
    res = agreement.evaluate(repo, metrics=["f0_cents", "rms_env_db"])
    f0 = res["studies"]["Toy"]["metrics"]["f0_cents"]
    assert f0["rho"] == pytest.approx(1.0) and f0["triplet"] == 1.0 and f0["n_pairs"] == 10
    assert res["mean"]["f0_cents"]["rho"] == pytest.approx(1.0)
    assert res["mean"]["rms_env_db"]["rho"] < 0.9
    table = agreement.markdown(res)
    assert "| `f0_cents` | 1.000 | 1.000 | 1.000 | 1 |" in table
    assert "MFCC (published) | 0.451" in table


def test_a_bare_git_directory_reads_the_same(toy: Path, tmp_path: Path) -> None:
    work = tmp_path / "clone"
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    subprocess.run(["cp", "-r", str(toy / "timbremetrics"), str(work)], check=True)
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "toy"], check=True)
    repo = agreement.Repo(work / ".git")
    assert not repo.checkout and repo.studies() == ["Toy"]
    a = agreement.load_study(repo, "Toy")
    b = agreement.load_study(agreement.Repo(toy), "Toy")
    assert all(np.array_equal(x, y) for x, y in zip(a.sounds, b.sounds))
    np.testing.assert_array_equal(a.human, b.human)


def test_cli(toy: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "a.md"
    assert run_cli(agreement.main, [str(toy), "--metric", "lsd_db", "--markdown", str(out),
                                    "--json", str(tmp_path / "a.json"), "--no-progress"]) == 0
    assert "`lsd_db`" in out.read_text()
    assert run_cli(agreement.main, [str(tmp_path), "--no-progress"]) == 2
    assert "error:" in capsys.readouterr().err
    assert run_cli(agreement.main, [str(toy), "--study", "Nope", "--no-progress"]) == 2
