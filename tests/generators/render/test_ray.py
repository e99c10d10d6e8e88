"""``--engine ray``: the same bytes as ``--engine local``, resume, one engine
per actor, RAY_ADDRESS, and clear errors. A local Ray (2 CPUs, no dashboard,
auth disabled, temp dir in /tmp) is started once for this module."""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from tqdm import tqdm

from generators.model.config import RenderConfig
from generators.model.declaration import PluginSource
from generators.core.errors import DatasetError
from generators.instruments import get_instrument
from generators.render.job import main, render_dataset
from generators.model.shards import plan_shards

ray = pytest.importorskip("ray", reason='needs Ray: pip install -e ".[cluster]"')

from generators.render.ray import MISSING_RAY, render_ray  # noqa: E402 (only once Ray is there)

ROOT = Path(__file__).resolve().parents[3]
AMSYNTH = Path("/usr/lib/vst/amsynth_vst.so")


def read_rows(out: Path) -> dict[int, dict]:
    rows: dict[int, dict] = {}
    for f in sorted(out.glob("data/*.parquet")):
        for row in pq.read_table(f).to_pylist():
            assert row["id"] not in rows
            rows[row["id"]] = row
    return rows


@pytest.fixture(scope="module")
def ray_cluster(tmp_path_factory: pytest.TempPathFactory):
    """A local Ray for the module; yields its address (for RAY_ADDRESS)."""
    saved = os.environ.get("RAY_AUTH_MODE")
    os.environ["RAY_AUTH_MODE"] = "disabled"  # no token written to the home folder
    temp = tmp_path_factory.mktemp("ray")
    if len(str(temp)) > 40:  # Ray's Unix sockets live under it (path limit ~107 chars)
        temp = Path(tempfile.mkdtemp(prefix="ray", dir="/tmp"))
    ray.init(num_cpus=2, include_dashboard=False, _temp_dir=str(temp), log_to_driver=False,
             configure_logging=False)
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()
        shutil.rmtree(temp, ignore_errors=True)
        if saved is None:
            os.environ.pop("RAY_AUTH_MODE", None)
        else:
            os.environ["RAY_AUTH_MODE"] = saved


@pytest.mark.ray
def test_ray_writes_the_bytes_local_writes(tiny_noisemaker, ray_cluster, tmp_path: Path) -> None:
    config, local = tiny_noisemaker
    out = tmp_path / "ray"
    stats = render_dataset(config, out, engine="ray", progress=False)
    assert stats["n"] == 60
    assert sorted(p.name for p in (out / "data").iterdir()) == sorted(
        p.name for p in (local / "data").iterdir())
    assert read_rows(out) == read_rows(local)
    assert (out / "README.md").read_text() == (local / "README.md").read_text()
    # resume: only the missing shard is rendered again
    victim = out / "data" / "train-00001-of-00003.parquet"
    victim.unlink()
    mtimes = {p: p.stat().st_mtime_ns for p in (out / "data").iterdir()}
    render_dataset(config, out, engine="ray", progress=False)
    assert victim.exists()
    assert all(p.stat().st_mtime_ns == t for p, t in mtimes.items())
    assert read_rows(out) == read_rows(local)


@pytest.mark.ray
def test_one_engine_per_actor_and_progress(ray_cluster, tmp_path: Path) -> None:
    config = RenderConfig(get_instrument("noisemaker_light"), n=30, seed=1, shard_size=4)
    shards = config.shards()
    (tmp_path / "data").mkdir()
    with tqdm(total=config.n, file=io.StringIO()) as bar:
        records = render_ray(config, tmp_path, shards, bar)
        assert bar.n == 30  # every sample counted once
    assert sorted(r["path"] for r in records) == sorted(
        str((tmp_path / s.filename).resolve()) for s in shards)
    engines: dict[int, set[int]] = {}
    for r in records:
        assert r["builds"] == 1
        engines.setdefault(r["pid"], set()).add(r["engine"])
    assert 1 <= len(engines) <= 2  # one actor per CPU
    assert all(len(e) == 1 for e in engines.values()), "an actor built its engine twice"


@pytest.mark.ray
def test_cli_joins_the_cluster_at_ray_address(tiny_noisemaker, ray_cluster,
                                              tmp_path: Path) -> None:
    config, local = tiny_noisemaker
    env = os.environ | {"RAY_ADDRESS": ray_cluster, "RAY_AUTH_MODE": "disabled"}
    out = tmp_path / "cli"
    res = subprocess.run([sys.executable, "-m", "generators.render", "--no-progress", "--engine",
                          "ray", "--n", "60", "--seed", "11", "--shard-size", "16", "--out",
                          str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env=env)
    assert res.returncode == 0, res.stderr
    assert "noisemaker: 60 samples" in res.stdout
    assert read_rows(out) == read_rows(local)


@pytest.mark.ray
@pytest.mark.plugins
@pytest.mark.skipif(not AMSYNTH.exists(), reason="amsynth not installed")
def test_ray_renders_plugin_instruments_like_local(ray_cluster, tmp_path: Path) -> None:
    from generators.plugins.spec import load_spec

    config = RenderConfig(load_spec(ROOT / "generators" / "plugins" / "specs" / "amsynth.yaml"), n=8,
                          seed=4, shard_size=2, note_range=(48, 72))
    render_dataset(config, tmp_path / "local", workers=1, progress=False)
    render_dataset(config, tmp_path / "ray", engine="ray", progress=False)
    assert read_rows(tmp_path / "ray") == read_rows(tmp_path / "local")


@pytest.mark.ray
def test_ray_renders_dexed_like_local(ray_cluster, tmp_path: Path) -> None:
    """A synth-library instrument (Dexed's DX7 engine): the same bytes on Ray as locally."""
    pytest.importorskip("dexed", reason='needs dexed-py: pip install -e ".[synths]"')
    config = RenderConfig(get_instrument("dexed"), n=10, seed=6, shard_size=3, note_range=(48, 72))
    render_dataset(config, tmp_path / "local", workers=1, progress=False)
    render_dataset(config, tmp_path / "ray", engine="ray", progress=False)
    assert read_rows(tmp_path / "ray") == read_rows(tmp_path / "local")


@pytest.mark.ray
def test_worker_errors_reach_the_driver_as_one_line(ray_cluster, tmp_path: Path) -> None:
    inst = dataclasses.replace(get_instrument("noisemaker"), name="gone",
                               source=PluginSource("/nonexistent/synth.so"))
    config = RenderConfig(inst, n=4, seed=0, shard_size=2)
    with pytest.raises(DatasetError, match=r"on node .*: plug-in file /nonexistent/synth.so "
                                           r"not found"):
        render_ray(config, tmp_path, plan_shards(4, 3, 2), tqdm(disable=True))


def test_missing_ray_is_a_clear_message(monkeypatch, tmp_path: Path, capsys) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    assert main(["--n", "4", "--engine", "ray", "--no-progress", "--out",
                 str(tmp_path / "d")]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"error: {MISSING_RAY}"
    assert 'pip install "secret-sauce[cluster]"' in err
    assert not (tmp_path / "d").exists()  # refused before anything was written


@pytest.mark.ray
def test_ray_renders_vital_like_local(ray_cluster, tmp_path: Path) -> None:
    """Vital (one forked child per clip, inside each Ray actor) gives the local bytes."""
    pytest.importorskip("vita", reason='needs the synths extra: pip install -e ".[synths]"')
    config = RenderConfig(get_instrument("vital"), n=6, seed=2, shard_size=2)
    render_dataset(config, tmp_path / "local", workers=1, progress=False)
    render_dataset(config, tmp_path / "ray", engine="ray", progress=False)
    assert read_rows(tmp_path / "ray") == read_rows(tmp_path / "local")
