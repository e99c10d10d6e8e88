"""Which ids a stream's consumer renders: batches of consecutive ids, dealt to DDP ranks
and, within a rank, to DataLoader workers, from a step on.

The ids are cut into batches of ``batch_size`` (batch ``j`` holds ``ids[j*b:(j+1)*b]``),
visited in order, or in an order shuffled per epoch. Rank ``r`` of ``world`` ranks takes
every ``world``-th batch of that order from the ``r``-th; its worker ``w`` of ``workers``
takes every ``workers``-th of the rank's batches from its ``w``-th remaining one. A DataLoader reads its
workers in turn, so a rank consumes its batches in order: resuming at step ``s`` (batches
already consumed by each rank) skips each rank's first ``s`` batches, whatever the number
of workers before or after. Every id is in exactly one batch of one rank.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class StreamPlan:
    """The batches of ``n_ids`` ids for one epoch.

    Attributes:
        n_ids: ids streamed (positions into the stream's id list).
        batch_size: ids per batch (the last batch may be short).
        order_seed: ``None`` visits batches in id order; else each epoch visits them in the
            order of ``np.random.default_rng([order_seed, epoch]).permutation``.
        epoch: the epoch (only with ``order_seed``).
    """

    n_ids: int
    batch_size: int
    order_seed: int | None = None
    epoch: int = 0

    def __post_init__(self) -> None:
        if self.batch_size < 1 or self.n_ids < 0:
            raise ValueError(f"need batch_size >= 1 and n_ids >= 0, got {self.batch_size}, "
                             f"{self.n_ids}")

    @property
    def n_batches(self) -> int:
        return -(-self.n_ids // self.batch_size)

    def order(self) -> np.ndarray:
        """Batch numbers int64 ``[n_batches]`` in the epoch's visiting order."""
        if self.order_seed is None:
            return np.arange(self.n_batches, dtype=np.int64)
        return np.random.default_rng([self.order_seed, self.epoch]).permutation(self.n_batches)

    def rank_batches(self, rank: int = 0, world: int = 1) -> np.ndarray:
        """The batch numbers rank ``rank`` of ``world`` consumes, in order (ranks differ
        by at most one batch)."""
        if not 0 <= rank < world:
            raise ValueError(f"rank {rank} outside 0-{world - 1}")
        return self.order()[rank::world]

    def worker_batches(self, rank: int = 0, world: int = 1, worker: int = 0, workers: int = 1,
                       start_step: int = 0) -> list[tuple[int, int]]:
        """``(step, batch number)`` that DataLoader worker ``worker`` of ``workers`` of rank
        ``rank`` renders: the rank's batches from ``start_step`` on, every ``workers``-th
        from the ``worker``-th (the DataLoader, reading its workers in turn from the first,
        yields them in step order)."""
        if not 0 <= worker < workers:
            raise ValueError(f"worker {worker} outside 0-{workers - 1}")
        mine = self.rank_batches(rank, world)
        steps = range(max(0, start_step) + worker, len(mine), workers)
        return [(s, int(mine[s])) for s in steps]

    def slice(self, batch: int) -> slice:
        """The positions in the id list of batch number ``batch``."""
        return slice(batch * self.batch_size, min(self.n_ids, (batch + 1) * self.batch_size))
