"""One engine per worker process: the pool behind rendering and scoring.

An :class:`EnginePool` starts ``workers`` processes (``spawn``); each builds
its engine once with ``factory(*args)`` (a renderer, a shard writer, ...) and
then runs jobs ``fn(engine, *job)`` from a queue. Worker errors are re-raised
in the caller, workers die with their parent (:func:`generators.core.lifeline.die_with_parent`)
and leave Ctrl-C to it. ``workers == 1`` builds the engine in this process and
runs the jobs there (no start-up cost). Used by ``python -m generators.render``
(:func:`generators.render.job.render_local`) and by the scorer's re-rendering
(:class:`benchmark.resynth.RenderPool`).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
import signal
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from functools import partial
from typing import Any
from collections.abc import Callable, Sequence

from ..core.lifeline import die_with_parent

_ENGINE: Any = None
"""The engine of this worker process (set by :func:`_init`)."""


class _NoEngine:
    """What a worker holds when building its engine failed: the error, raised by every job
    (so it reaches the caller as itself, not as a broken pool)."""

    def __init__(self, error: Exception) -> None:
        self.error = error


def _init(factory: Callable[..., Any], args: tuple[Any, ...], parent: int,
          cleanup: Callable[[int], None] | None) -> None:
    """Worker start: die with the parent (pid ``parent``; ``cleanup(own pid)`` first when
    the watchdog ends it), leave Ctrl-C to the parent, build the engine once."""
    global _ENGINE
    # a partial, not a lambda: the watchdog thread holds ``cleanup`` until exit, and a lambda's
    # globals (this module's, with _ENGINE) would keep the engine alive past interpreter
    # shutdown, which nanobind reports as leaked DawDreamer instances
    die_with_parent(parent, cleanup=partial(cleanup, os.getpid()) if cleanup else None)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _ENGINE = factory(*args)
    except Exception as e:  # noqa: BLE001 (any build error, e.g. a synth library not installed, is re-raised by the first job)
        _ENGINE = _NoEngine(e)


def _run(fn: Callable[..., Any], job: tuple[Any, ...]) -> Any:
    if isinstance(_ENGINE, _NoEngine):
        raise _ENGINE.error
    return fn(_ENGINE, *job)


class EnginePool:
    """Processes with one engine each, built once by ``factory(*args)``.

    Args:
        factory: builds a worker's engine (picklable: a class or a module-level function).
        args: its arguments (picklable).
        workers: processes; ``<= 1`` runs everything in this process.
        cleanup: called in a worker with its pid when the worker's watchdog
            ends it because the parent died (e.g. remove its temp files).

    Use as a context manager: leaving it normally waits for the workers to
    finish; leaving it on an exception (Ctrl-C included) ends them at once.
    """

    def __init__(self, factory: Callable[..., Any], args: tuple[Any, ...] = (), workers: int = 2,
                 cleanup: Callable[[int], None] | None = None) -> None:
        self.workers = max(1, int(workers))
        self.engine: Any = None
        self._pool: ProcessPoolExecutor | None = None
        self._before: set[Any] = set()
        if self.workers == 1:
            self.engine = factory(*args)
        else:
            self._before = set(mp.active_children())
            self._pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"),
                                             initializer=_init,
                                             initargs=(factory, args, os.getpid(), cleanup))

    def __enter__(self) -> EnginePool:
        return self

    def __exit__(self, exc_type: Any, *exc: Any) -> None:
        if exc_type is None:
            self.close()
        else:
            self.terminate()

    def map(self, fn: Callable[..., Any], jobs: Sequence[tuple[Any, ...]],
            done: Callable[[int, Any], None] | None = None,
            poll: Callable[[], None] | None = None, poll_s: float = 0.2) -> list[Any]:
        """``[fn(engine, *job) for job in jobs]``, computed by the workers.

        Args:
            fn: a module-level function of the worker's engine and a job's items.
            jobs: the jobs' arguments.
            done: ``done(k, result)`` as job ``k`` finishes (in completion order).
            poll: called at least every ``poll_s`` seconds while jobs run (e.g. to
                drain a progress queue).

        Raises:
            Exception: the first error of a job, once it is collected (the jobs not started
                are dropped).
        """
        out: list[Any] = [None] * len(jobs)
        if self._pool is None:
            for k, job in enumerate(jobs):
                out[k] = fn(self.engine, *job)
                if done:
                    done(k, out[k])
                if poll:
                    poll()
            return out
        futs = {self._pool.submit(_run, fn, tuple(job)): k for k, job in enumerate(jobs)}
        pending = set(futs)
        # on an error or Ctrl-C the jobs not started are dropped by close() / terminate()
        # (the executor's own cancel_futures: futures cancelled here behind its back would
        # make Python 3.11's executor thread fail when the workers are ended)
        while pending:
            finished, pending = wait(pending, timeout=poll_s if poll else None,
                                     return_when=FIRST_COMPLETED)
            if poll:
                poll()
            for f in finished:
                out[futs[f]] = f.result()  # re-raise a worker's error here
                if done:
                    done(futs[f], out[futs[f]])
        return out

    def close(self) -> None:
        """Wait for the running jobs, drop the others, and let the workers exit."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def terminate(self) -> None:
        """End the workers now (SIGTERM, then up to 10 s in all to exit, a worker the
        executor was still starting included) and drop every job.

        The workers are the processes this process started since the pool was
        created (``multiprocessing.active_children``), so an :class:`EnginePool`
        must not be created while another one of this process starts workers.
        """
        if self._pool is None:
            return
        self._pool.shutdown(wait=False, cancel_futures=True)  # drop the jobs not started
        # the executor may still be starting a worker while this runs (under load one
        # appeared after the first pass): end whatever is there until none is left
        deadline = time.monotonic() + 10
        while procs := [p for p in mp.active_children() if p not in self._before]:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.join(timeout=max(0.0, deadline - time.monotonic()))
            if time.monotonic() >= deadline:
                break
        self._pool = None
