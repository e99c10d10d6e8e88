"""The shard plan: which ids go into which Parquet file of a dataset folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.reading import ReadError, parquet_rows, read_parquet


@dataclass(frozen=True)
class Shard:
    """One Parquet file: ids ``start .. stop-1`` of ``split``."""

    split: str
    index: int
    count: int
    start: int
    stop: int

    @property
    def filename(self) -> str:
        """Its path in the dataset folder: ``data/<split>-XXXXX-of-YYYYY.parquet``."""
        return f"data/{self.split}-{self.index:05d}-of-{self.count:05d}.parquet"

    def __len__(self) -> int:
        return self.stop - self.start


def plan_shards(n: int, n_train: int, shard_size: int) -> list[Shard]:
    """The shards of a dataset of ``n`` ids whose first ``n_train`` are train, train first;
    each holds ``shard_size`` contiguous ids (the last of a split may hold fewer)."""
    shards: list[Shard] = []
    for split, lo, hi in (("train", 0, n_train), ("test", n_train, n)):
        if hi <= lo:
            continue
        count = -(-(hi - lo) // shard_size)
        for k in range(count):
            start = lo + k * shard_size
            shards.append(Shard(split, k, count, start, min(hi, start + shard_size)))
    return shards


def shard_problem(folder: Path, shard: Shard) -> str | None:
    """What is wrong with ``shard``'s file in the dataset ``folder`` (missing, not whole
    Parquet, a row count or ids other than the plan's), or ``None`` when it holds ids
    ``shard.start .. shard.stop-1`` in order. Reads the footer and the ``id`` column only."""
    path = Path(folder) / shard.filename
    if not path.is_file():
        return "missing"
    rows = parquet_rows(path)
    if rows is None:
        return "not a whole Parquet file"
    if rows != len(shard):
        return f"{rows} rows, not {len(shard)}"
    try:
        ids = read_parquet(path, columns=["id"]).column("id").to_pylist()
    except ReadError:
        return "no readable id column"
    if ids != list(range(shard.start, shard.stop)):
        return f"ids other than {shard.start}-{shard.stop - 1}"
    return None
