"""Worker processes that die with their parent.

A pool worker whose parent is killed (``kill -9``, the OOM killer, a lost
session) would otherwise live on, idle, holding its engine and memory.
:func:`die_with_parent`, called first thing in a worker's initializer, ties
the worker's life to the parent's in two ways:

- ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` (Linux): the kernel kills the worker
  the moment its parent *thread* exits. Immediate, but it fires on the death
  of the thread that spawned the worker, not of the process, and it does not
  exist outside Linux;
- a daemon watchdog thread that polls ``os.getppid()`` every
  :data:`POLL_S` seconds: when the worker has been re-parented (its parent
  died), it removes the worker's own temp files and exits. This covers the
  other platforms and the case where the kernel's signal did not fire.

multiprocessing's resource tracker needs nothing: it exits when the last
process holding its pipe (parent and workers) is gone.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from typing import TYPE_CHECKING, NamedTuple
from collections.abc import Callable

if TYPE_CHECKING:
    import subprocess

PR_SET_PDEATHSIG = 1
"""``prctl`` option number (``linux/prctl.h``)."""

POLL_S = 0.5
"""Seconds between two ``getppid()`` checks of the watchdog."""

EXIT_ORPHANED = 75
"""Exit status of a worker whose parent died (``EX_TEMPFAIL``: rerun resumes)."""


def set_pdeathsig(sig: int = signal.SIGKILL) -> bool:
    """Ask the kernel to send ``sig`` to this process when its parent thread dies.

    Returns:
        ``True`` when set (Linux), ``False`` where ``prctl`` is unavailable.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def die_with_parent(parent_pid: int, cleanup: Callable[[], None] | None = None,
                    poll_s: float = POLL_S) -> None:
    """Make this (worker) process exit within ``poll_s`` s once ``parent_pid`` is gone.

    Args:
        parent_pid: pid of the process that started this one (pass the
            parent's ``os.getpid()`` through the initializer's arguments: by
            the time the initializer runs the parent may already be dead).
        cleanup: called by the watchdog just before it exits (e.g. remove
            this worker's temp files); errors in it are ignored. The daemon
            thread holds it until the process ends, so it must not reference
            big objects (a lambda holds its module's globals: use
            ``functools.partial`` of a function of another module).
        poll_s: watchdog period in seconds.
    """
    set_pdeathsig(signal.SIGKILL)

    def orphaned() -> bool:
        return os.getppid() != parent_pid

    def exit_now() -> None:
        if cleanup is not None:
            try:
                cleanup()
            except Exception:  # noqa: BLE001 (exiting anyway; the next run cleans up)
                pass
        os._exit(EXIT_ORPHANED)

    if orphaned():  # the parent died before the signal was armed
        exit_now()

    def watch() -> None:
        while not orphaned():
            time.sleep(poll_s)
        exit_now()

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


# ------------------------------------------------------------------ reaper
class Proc(NamedTuple):
    """A process as ``/proc/<pid>/stat`` shows it."""

    ppid: int
    pgid: int
    start: str
    """Start time in clock ticks since boot: with the pid, names the process (pids recycle)."""


def proc_table() -> dict[int, Proc]:
    """Every live, non-zombie process (Linux ``/proc``; empty elsewhere)."""
    table: dict[int, Proc] = {}
    if not os.path.isdir("/proc"):
        return table
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                text = f.read()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2:].split()
        if fields[0] != "Z":
            table[int(entry)] = Proc(int(fields[1]), int(fields[2]), fields[19])
    return table


def group_members(pgid: int) -> list[int]:
    """Live processes of process group ``pgid`` (a killed parent's workers keep its group)."""
    return [pid for pid, p in proc_table().items() if p.pgid == pgid]


def subtree(roots: set[int], table: dict[int, Proc]) -> dict[int, str]:
    """``roots`` and all their descendants in ``table``: pid -> start time."""
    found = {p: table[p].start for p in roots if p in table}
    grew = True
    while grew:
        grew = False
        for pid, p in table.items():
            if p.ppid in found and pid not in found:
                found[pid] = p.start
                grew = True
    return found


def children(pid: int) -> set[int]:
    """Live child processes of ``pid`` (Linux ``/proc``; empty elsewhere)."""
    return {p for p, info in proc_table().items() if info.ppid == pid}


def start_reaper(roots: set[int]) -> subprocess.Popen | None:
    """Start a process that SIGKILLs ``roots`` and their descendants once this one dies.

    For helpers this process started but whose children it does not control
    (e.g. a local Ray's raylet, whose dashboard and runtime-env agents outlive
    a killed driver). The reaper refreshes its list every :data:`POLL_S` s;
    terminate it (``.kill()``) once the helpers are shut down normally.

    Returns:
        The reaper, or ``None`` without ``/proc`` (not Linux) or without roots.
    """
    import subprocess

    if not roots or not os.path.isdir("/proc"):
        return None
    return subprocess.Popen(
        [sys.executable, "-m", "generators.core.lifeline", str(os.getpid()), *map(str, sorted(roots))],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, close_fds=True)


def _reap(parent_pid: int, roots: set[int], poll_s: float = POLL_S) -> None:
    """The reaper's loop (see :func:`start_reaper`)."""
    me = os.getpid()
    seen: dict[int, str] = {}
    while os.getppid() == parent_pid:
        seen |= subtree(roots, proc_table())
        seen.pop(me, None)
        time.sleep(poll_s)
    table = proc_table()
    seen |= subtree(roots, table)
    for pid, start in seen.items():
        if pid != me and pid in table and table[pid].start == start:  # not a recycled pid
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


if __name__ == "__main__":
    _reap(int(sys.argv[1]), {int(a) for a in sys.argv[2:]})
