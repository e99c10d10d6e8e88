"""The engine-per-worker pool shared by rendering and scoring (generators.render.pool)."""

from __future__ import annotations

import multiprocessing as mp
import os

import pytest

from generators.render.pool import EnginePool


class Engine:
    """A stand-in engine: counts how often it was built in this process."""

    builds = 0

    def __init__(self, offset: int) -> None:
        Engine.builds += 1
        self.offset = offset
        self.pid = os.getpid()


def add(engine: Engine, x: int) -> tuple[int, int, int]:
    if x < 0:
        raise ValueError(f"negative {x}")
    return x + engine.offset, engine.pid, Engine.builds


def test_in_process_builds_one_engine() -> None:
    seen = []
    with EnginePool(Engine, (10,), workers=1) as pool:
        got = pool.map(add, [(1,), (2,)], done=lambda k, r: seen.append(k))
    assert [g[0] for g in got] == [11, 12]
    assert {g[1] for g in got} == {os.getpid()} and seen == [0, 1]


def test_workers_build_their_engine_once_and_reraise_errors() -> None:
    polls = []
    with EnginePool(Engine, (100,), workers=2) as pool:
        got = pool.map(add, [(k,) for k in range(12)], poll=lambda: polls.append(1))
        assert [g[0] for g in got] == [100 + k for k in range(12)]
        assert os.getpid() not in {g[1] for g in got}
        assert all(g[2] == 1 for g in got), "each worker builds its engine once"
        assert polls
        with pytest.raises(ValueError, match="negative -1"):
            pool.map(add, [(1,), (-1,)])
    assert not mp.active_children()


def test_an_error_in_the_block_ends_the_workers() -> None:
    with pytest.raises(KeyboardInterrupt):
        with EnginePool(Engine, (0,), workers=2) as pool:
            pool.map(add, [(1,), (2,)])
            assert mp.active_children()
            raise KeyboardInterrupt
    assert not mp.active_children()
