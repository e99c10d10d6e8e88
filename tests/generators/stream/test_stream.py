"""generators.stream: clips rendered on the fly are the rows ``generators.render`` writes,
dealt to ranks and workers without a gap or a repeat, and resumable from a step."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
from torch.utils.data import DataLoader

from generators.core.audio import decode_pcm
from generators.model.config import RenderConfig
from generators.stream import ClipStream, StreamPlan, hf_stream


def _rows(folder: Path) -> dict[int, dict]:
    rows = {}
    for path in sorted((folder / "data").glob("*.parquet")):
        for row in pq.read_table(path).to_pylist():
            rows[row["id"]] = row
    return rows


@pytest.fixture(scope="module")
def written(tiny_noisemaker) -> tuple[RenderConfig, dict[int, dict]]:
    config, folder = tiny_noisemaker
    return config, _rows(folder)


def test_each_id_is_the_row_render_wrote(written) -> None:
    config, rows = written
    ids = [3, 17, 48, 59, 0]  # train and test ids, in any order
    batches = list(ClipStream(config, ids=ids, batch_size=2))
    assert [b["id"].tolist() for b in batches] == [[3, 17], [48, 59], [0]]
    for batch in batches:
        for k, i in enumerate(batch["id"].tolist()):
            row = rows[i]
            pcm, rate = decode_pcm(row["audio"]["bytes"])
            assert rate == batch_rate(config)
            assert np.array_equal(batch["pcm"][k], pcm[:, 0])
            assert batch["note"][k] == row["note"]
            assert batch["peak"][k] == np.float32(row["peak"])
            assert batch["is_silent"][k] == row["is_silent"]
            for name, values in batch["params"].items():
                assert values[k] == row[name], name


def batch_rate(config: RenderConfig) -> int:
    return config.instrument.sample_rate


def test_notes_drawn_per_clip_are_the_rendered_ones(tmp_path) -> None:
    from generators.instruments import BUILTIN
    from generators.render.job import render_dataset

    config = RenderConfig(BUILTIN["noisemaker_light"], n=10, seed=4, shard_size=5,
                          note_range=(48, 72))
    render_dataset(config, tmp_path / "ds", progress=False)
    rows = _rows(tmp_path / "ds")
    (batch,) = list(ClipStream(config, batch_size=10))
    assert batch["note"].tolist() == [rows[i]["note"] for i in range(10)]
    assert all(np.array_equal(batch["pcm"][i], decode_pcm(rows[i]["audio"]["bytes"])[0][:, 0])
               for i in range(10))


def _ids_seen(config: RenderConfig, world: int, workers: int, start_step: int = 0,
              order_seed: int | None = None) -> list[list[int]]:
    """Per rank, the ids its DataLoader (``workers`` processes) yields, in order."""
    out = []
    for rank in range(world):
        stream = ClipStream(config, batch_size=4, rank=rank, world_size=world,
                            start_step=start_step, order_seed=order_seed,
                            transform=_ids_only)
        loader = DataLoader(stream, batch_size=None, num_workers=workers)
        out.append([i for batch in loader for i in batch.tolist()])
    return out


def _ids_only(batch: dict) -> np.ndarray:
    return batch["id"]


def test_two_ranks_of_two_workers_see_every_id_once(written) -> None:
    config, _ = written
    config = dataclasses.replace(config, n=42)  # 11 batches: ranks and workers uneven
    seen = _ids_seen(config, world=2, workers=2)
    flat = sorted(i for rank in seen for i in rank)
    assert flat == list(range(42))
    # each rank consumes its batches in order: batch j of the rank is batch j * 2 + rank
    assert seen[0][:8] == [0, 1, 2, 3, 8, 9, 10, 11]
    assert seen[1][:4] == [4, 5, 6, 7]


def test_resuming_at_a_step_yields_the_rest(written) -> None:
    config, _ = written
    full = _ids_seen(config, world=2, workers=2, order_seed=3)
    resumed = _ids_seen(config, world=2, workers=2, start_step=3, order_seed=3)
    for rank in range(2):
        assert resumed[rank] == full[rank][3 * 4:]
    # the order of a shuffled epoch is the same with any number of workers
    assert _ids_seen(config, world=2, workers=1, order_seed=3) == full


def test_plan_deals_every_batch_once() -> None:
    plan = StreamPlan(n_ids=103, batch_size=10, order_seed=1, epoch=2)
    got = [b for rank in range(3) for w in range(2)
           for _, b in plan.worker_batches(rank, 3, w, 2)]
    assert sorted(got) == list(range(11))
    assert sum(plan.slice(b).stop - plan.slice(b).start for b in got) == 103
    with pytest.raises(ValueError):
        plan.rank_batches(3, 3)


def test_hf_stream_gives_the_same_clips(written) -> None:
    config, rows = written
    ds = hf_stream(config, ids=range(0, 12), batch_size=5)
    assert ds.n_shards == 3
    examples = list(ds)
    assert [e["id"] for e in examples] == list(range(12))
    for e in examples[:3]:
        assert np.array_equal(np.asarray(e["pcm"], np.int16),
                              decode_pcm(rows[e["id"]]["audio"]["bytes"])[0][:, 0])
        assert e["note"] == rows[e["id"]]["note"]
