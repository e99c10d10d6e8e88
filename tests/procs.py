"""Processes of a render started in its own session, found through ``/proc``.

A render started with ``start_new_session=True`` leads its process group
(pgid = its pid); its workers and multiprocessing's resource tracker join that
group and keep it after the parent dies (they are re-parented, so a walk by
parent pid would lose them). Zombies count as gone: they hold no memory and
wait only for their new parent to reap them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _stat(pid: int) -> tuple[str, int, int] | None:
    """(state, ppid, pgid) of ``pid``, or ``None`` if gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()
    return fields[0], int(fields[1]), int(fields[2])


def group_members(pgid: int) -> list[int]:
    """Live (non-zombie) processes of process group ``pgid``."""
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            st = _stat(int(entry))
            if st is not None and st[2] == pgid and st[0] != "Z":
                out.append(int(entry))
    return out


def cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:120]
    except OSError:
        return "?"


def wait_gone(pgid: int, timeout: float) -> float:
    """Seconds until group ``pgid`` has no live process; raises AssertionError
    naming the survivors after ``timeout`` s."""
    t0 = time.monotonic()
    while True:
        left = group_members(pgid)
        if not left:
            return time.monotonic() - t0
        if time.monotonic() - t0 > timeout:
            raise AssertionError(f"still alive {timeout:.0f} s after the kill: "
                                 + "; ".join(f"{p} {cmdline(p)}" for p in left))
        time.sleep(0.05)


def start_render(args: list[str], env: dict[str, str] | None = None) -> subprocess.Popen:
    """``python -m generators.render ARGS`` in its own session (pgid = its pid)."""
    return subprocess.Popen(
        [sys.executable, "-m", "generators.render", "--no-progress", *args],
        cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=env if env is not None else os.environ | {"PYTHONPATH": str(ROOT)})


def kill(proc: subprocess.Popen, whole_group: bool) -> None:
    """SIGKILL the render's process group (a power cut) or its main process alone."""
    if whole_group:
        os.killpg(proc.pid, signal.SIGKILL)
    else:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def kill_group(pgid: int) -> None:
    """SIGKILL what is left of process group ``pgid`` (no error if nothing is)."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass
