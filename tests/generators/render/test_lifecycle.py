"""Long runs on real machines: workers die with their parent, kills lose nothing.

Renders run in their own session (``tests/procs.py``) and are SIGKILLed the
way the OOM killer or ``kill -9`` does; every process of the render must be
gone within ``ORPHAN_LIMIT_S`` (5) seconds.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest


from tests.procs import (
    ORPHAN_LIMIT_S,
    ROOT,
    cmdline,
    group_members,
    kill,
    kill_group,
    proc_table,
    soak,
    start_render,
    subtree,
    wait_gone,
)

from generators.core.atomic import remove_temp_files


def wait_for(cond, timeout: float = 120.0, what: str = "") -> None:
    t0 = time.monotonic()
    while not cond():
        if time.monotonic() - t0 > timeout:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


@pytest.mark.parametrize("whole_group", [False, True], ids=["parent-only", "process-group"])
def test_workers_die_with_the_render(tmp_path: Path, whole_group: bool) -> None:
    out = tmp_path / "ds"
    proc = start_render(["--n", "3000", "--workers", "2", "--shard-size", "50", "--out", str(out)])
    try:
        # mid-run: the pool is up (parent, 2 workers, resource tracker) and rendering
        wait_for(lambda: any((out / "data").glob("*.parquet")), what="the first shard")
        members = group_members(proc.pid)
        workers = [p for p in members if "spawn_main" in cmdline(p)]
        assert len(workers) == 2, [cmdline(p) for p in members]
        assert any("resource_tracker" in cmdline(p) for p in members)
        kill(proc, whole_group)
        took = wait_gone(proc.pid, ORPHAN_LIMIT_S)
        print(f"orphans gone {took:.2f} s after SIGKILL")
    finally:
        kill_group(proc.pid)  # leftovers, only when the test failed
    # what the killed workers were writing is theirs (temp names carry the pid), and the
    # next run's start removes it
    remove_temp_files(out / "data")
    assert not [p for p in (out / "data").iterdir() if not p.name.endswith(".parquet")]


def test_watchdog_without_pdeathsig(tmp_path: Path) -> None:
    """Where PR_SET_PDEATHSIG is not there (or did not fire) the getppid() watchdog ends
    the orphan within a poll period, after its cleanup."""
    marker = tmp_path / "cleaned"
    child = textwrap.dedent(f"""
        import os, sys, time
        import generators.core.lifeline as lifeline
        lifeline.set_pdeathsig = lambda sig=None: False
        lifeline.die_with_parent(int(sys.argv[1]), poll_s=0.1,
                                 cleanup=lambda: open({str(marker)!r}, "w").close())
        print("armed", flush=True)
        time.sleep(60)
    """)
    middle = textwrap.dedent(f"""
        import os, subprocess, sys, time
        subprocess.Popen([sys.executable, "-c", {child!r}, str(os.getpid())])
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", middle], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, text=True,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    try:
        assert proc.stdout.readline().strip() == "armed"
        assert len(group_members(proc.pid)) == 2
        kill(proc, whole_group=False)
        took = wait_gone(proc.pid, 2.0)
        assert took < 1.0
        assert marker.exists()
    finally:
        kill_group(proc.pid)


@pytest.mark.slow
@pytest.mark.ray
def test_ray_driver_killed(tmp_path: Path) -> None:
    """``--engine ray`` with a local Ray: its raylet, GCS, actors and agents die with a
    SIGKILLed driver (the agents through the reaper)."""
    pytest.importorskip("ray", reason='needs Ray: pip install -e ".[cluster]"')
    import os

    out = tmp_path / "ds"
    env = os.environ | {"PYTHONPATH": str(ROOT), "RAY_AUTH_MODE": "disabled"}
    env.pop("RAY_ADDRESS", None)
    proc = start_render(["--n", "3000", "--engine", "ray", "--shard-size", "50", "--out", str(out)],
                        env=env)
    tree: dict[int, str] = {}
    try:
        wait_for(lambda: any((out / "data").glob("*.parquet")), what="the first shard")
        tree = subtree({proc.pid}, proc_table())  # actors lead their own process groups
        assert any("ShardActor" in cmdline(p) for p in tree)
        assert any("Agent" in cmdline(p) for p in tree)
        kill(proc, whole_group=False)
        t0 = time.monotonic()
        while True:
            table = proc_table()
            alive = [p for p, start in tree.items() if p in table and table[p].start == start]
            if not alive:
                break
            assert time.monotonic() - t0 < ORPHAN_LIMIT_S, [cmdline(p) for p in alive]
            time.sleep(0.05)
        print(f"Ray processes gone {time.monotonic() - t0:.2f} s after SIGKILL")
    finally:
        kill_group(proc.pid)
        table = proc_table()
        for pid, start in tree.items():  # leftovers, only when the test failed
            if pid in table and table[pid].start == start:
                os.kill(pid, 9)


@pytest.mark.slow
def test_kill_soak_5_kills(tmp_path: Path) -> None:
    """The soak of ``perf/kill_soak.py``, small: 5 SIGKILLs (group, parent, group, ...)
    at random moments, then the render finishes equal to an uninterrupted one."""
    r = soak(tmp_path, kills=5, n=200, workers=2, shard_size=5, rng_seed=1,
             log=print)
    assert len(r.kills) == 5
    assert [k.how for k in r.kills] == ["group", "parent"] * 2 + ["group"]
    assert max(k.gone_s for k in r.kills) < ORPHAN_LIMIT_S
    assert not r.survivors
    assert not r.stray_files
    assert not r.missing_files
    assert not r.different_files
    assert r.files >= 3  # README.md, instrument.json, shards
    assert r.duplicate_ids == 0
    assert r.ids_complete
    assert r.ok
