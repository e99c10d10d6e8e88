"""Disk-space preflight: a render that cannot fit is refused before anything is written."""

from __future__ import annotations

from collections import namedtuple
from pathlib import Path

import pytest

from generators.render import disk_space as space
from generators.model.config import RenderConfig
from generators.instruments import get_instrument
from generators.render.job import main, render_dataset
from generators.model.shards import plan_shards

from tests.generators.render.test_render import cli

Usage = namedtuple("Usage", "total used free")


def test_absurd_n_is_refused_at_once(tmp_path: Path) -> None:
    out = tmp_path / "new" / "ds"
    # shards of 10**7: 80000 in a split, within the file names' 99999 (RenderConfig's check)
    res = cli("--n", str(10**12), "--shard-size", str(10**7), "--out", str(out))
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: ")
    assert " PB " in lines[0]
    assert "GB free" in lines[0] or "TB free" in lines[0]
    assert "--no-space-check" in lines[0]
    assert not (tmp_path / "new").exists()  # nothing written, not even the folder


def test_small_free_space_is_refused(monkeypatch, tmp_path: Path, capsys) -> None:
    monkeypatch.setattr(space.shutil, "disk_usage", lambda p: Usage(10**12, 10**12, 200_000))
    out = tmp_path / "ds"
    assert main(["--n", "40", "--workers", "1", "--no-progress", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "200 KB free" in err
    assert str(tmp_path) in err
    assert not out.exists()
    # --no-space-check renders anyway
    assert main(["--n", "40", "--workers", "1", "--no-progress", "--out", str(out),
                 "--no-space-check"]) == 0
    assert len(list((out / "data").glob("*.parquet"))) == 2


def test_enough_space_skips_the_measurement(monkeypatch, tmp_path: Path) -> None:
    """When even the upper bound fits, nothing is rendered for the check."""
    def no_measure(*a, **k):
        raise AssertionError("measured although the upper bound fits")

    monkeypatch.setattr(space, "measure", no_measure)
    config = RenderConfig(get_instrument("noisemaker_light"), n=10, seed=0, shard_size=5)
    assert space.space_problem(config, tmp_path / "ds") is None


def test_estimate_matches_a_render(tmp_path: Path) -> None:
    config = RenderConfig(get_instrument("noisemaker"), n=64, seed=3, shard_size=16)
    est = space.measure(config)
    render_dataset(config, tmp_path / "ds", progress=False, space_check=False)
    actual = sum(f.stat().st_size for f in (tmp_path / "ds" / "data").glob("*.parquet"))
    assert est.probes == space.PROBE_CLIPS
    assert est.shards == len(plan_shards(64, 51, 16))
    assert 0.6 < (est.total - space.CARD_BYTES) / actual < 1.5
    assert space.upper_bound(config).total > est.total


def test_resume_needs_only_the_rest(monkeypatch, tmp_path: Path) -> None:
    config = RenderConfig(get_instrument("noisemaker"), n=32, seed=3, shard_size=8)
    out = tmp_path / "ds"
    render_dataset(config, out, progress=False)
    have = space.written_bytes(out)
    need = space.measure(config).total  # deterministic: the same probe ids each time
    assert have > 0.5 * need
    free = int(need - have) + 1  # enough for the rest, not for the whole dataset
    monkeypatch.setattr(space.shutil, "disk_usage", lambda p: Usage(10**12, 10**12, free))
    assert space.space_problem(config, out) is None
    monkeypatch.setattr(space.shutil, "disk_usage", lambda p: Usage(10**12, 10**12, free - 2))
    assert "more (" in space.space_problem(config, out)
    assert "more (" not in space.space_problem(config, out, overwrite=True)


@pytest.mark.parametrize("n, text", [(0, "0 B"), (999, "999 B"), (12_345, "12.3 KB"),
                                     (80.1e9, "80.1 GB"), (1.37e16, "13.7 PB")])
def test_human_bytes(n: float, text: str) -> None:
    assert space.human_bytes(n) == text
