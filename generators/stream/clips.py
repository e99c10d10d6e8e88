"""``ClipStream``: a PyTorch ``IterableDataset`` that renders batches of clips as training
consumes them, in the DataLoader's worker processes, writing nothing.

    from torch.utils.data import DataLoader
    from generators.stream import ClipStream

    stream = ClipStream(config, batch_size=64, transform=features)   # a RenderConfig
    for batch in DataLoader(stream, batch_size=None, num_workers=2):
        ...

Each batch holds consecutive ids (see :mod:`generators.stream.plan` for which rank and
worker renders which, and resuming); id ``i`` is rendered by the same path as row ``i``
of ``python -m generators.render`` with the same config
(:func:`generators.dataset.writer.render_batch`), so it has the same PCM and labels.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np
from torch.utils.data import IterableDataset, get_worker_info

from ..dataset.writer import Rendered, render_batch
from ..model.config import RenderConfig
from ..model.declaration import Knob
from ..sources.renderers import make_renderer
from .plan import StreamPlan

Batch = dict[str, Any]
"""A rendered batch of ``b`` clips: ``id`` int64 ``[b]``; ``pcm`` int16 ``[b, n_samples]``
(the stored 16-bit samples; ``pcm / 32768`` is the float audio a dataset decodes to, at
``sample_rate`` Hz); ``note`` int16 ``[b]`` (MIDI); ``peak`` float32 ``[b]`` (0-1);
``is_silent`` bool ``[b]``; ``params``: one array ``[b]`` per varied parameter (float32
label 0-10 for knobs, str for switches); ``preset``: list of ``b`` names or ``None``
(with presets only); ``notes``: list of ``b`` tuples of
:class:`~generators.model.playing.NoteEvent` (with phrases only)."""


def batch_of(rendered: Rendered, config: RenderConfig) -> Batch:
    """The :data:`Batch` of rendered clips (their columns as the dataset stores them)."""
    inst = config.instrument
    samples = [s for s, _ in rendered.samples]
    params: dict[str, np.ndarray] = {}
    for p in inst.params:
        values = [s.settings[p.name] for s in samples]
        params[p.name] = np.array(values, np.float32) if isinstance(p, Knob) else np.array(values)
    out: Batch = {"id": np.array(rendered.ids, np.int64), "pcm": rendered.pcm,
                  "note": np.array([s.note for s in samples], np.int16),
                  "peak": rendered.peak.astype(np.float32), "is_silent": rendered.is_silent,
                  "params": params}
    if config.presets is not None:
        out["preset"] = [preset for _, preset in rendered.samples]
    if config.playing is not None:
        out["notes"] = [s.notes for s in samples]
    return out


class ClipStream(IterableDataset):
    """Rendered batches of ``config``'s clips ``ids``, dealt to DDP ranks and DataLoader
    workers (:class:`~generators.stream.plan.StreamPlan`), each worker with its own renderer.

    Args:
        config: the dataset the clips are rows of (instrument, seed, notes, presets);
            its ``audio_format`` and shard size play no part.
        ids: the ids to stream, in this order (default every id of ``config``, 0 to n - 1).
        batch_size: clips per batch (use the DataLoader with ``batch_size=None``).
        transform: called in the worker with each :data:`Batch`; its result is yielded
            instead (e.g. features and encoded labels; a picklable callable for workers).
        rank, world_size: this process's DDP rank and the number of ranks (default: from
            ``torch.distributed`` when it is initialised, else 0 and 1).
        start_step: batches this rank has already consumed (resume: they are skipped).
        order_seed: ``None`` streams batches in id order; else each epoch
            (:meth:`set_epoch`) in an order shuffled by ``(order_seed, epoch)``.

    ``len(stream)`` is the number of batches this rank consumes from ``start_step`` on.
    """

    def __init__(self, config: RenderConfig, ids: Sequence[int] | np.ndarray | None = None,
                 batch_size: int = 16, transform: Callable[[Batch], Any] | None = None,
                 rank: int | None = None, world_size: int | None = None, start_step: int = 0,
                 order_seed: int | None = None) -> None:
        super().__init__()
        self.config = config
        self.ids = np.arange(config.n, dtype=np.int64) if ids is None else \
            np.asarray(ids, dtype=np.int64)
        if len(self.ids) and (self.ids.min() < 0 or self.ids.max() >= config.n):
            raise ValueError(f"ids outside 0-{config.n - 1}")
        if rank is None or world_size is None:
            rank, world_size = _ddp_rank()
        self.rank, self.world_size = int(rank), int(world_size)
        self.transform = transform
        self.start_step = int(start_step)
        self.plan = StreamPlan(len(self.ids), int(batch_size), order_seed)
        self.plan.rank_batches(self.rank, self.world_size)  # checks the rank
        self._renderer: Any = None
        self._pid = -1

    @property
    def sample_rate(self) -> int:
        """Hz of the clips."""
        return self.config.instrument.sample_rate

    def set_epoch(self, epoch: int) -> None:
        """Visit the batches in epoch ``epoch``'s order (with ``order_seed``); call it before
        each epoch, in every rank, as with ``DistributedSampler``."""
        self.plan = StreamPlan(self.plan.n_ids, self.plan.batch_size, self.plan.order_seed, epoch)

    def __len__(self) -> int:
        return max(0, len(self.plan.rank_batches(self.rank, self.world_size)) - self.start_step)

    def steps(self) -> Iterator[tuple[int, Any]]:
        """``(step, batch)`` of this process's share: the rank's batches from
        ``start_step``, every ``num_workers``-th inside a DataLoader worker."""
        info = get_worker_info()
        worker, workers = (info.id, info.num_workers) if info is not None else (0, 1)
        for step, b in self.plan.worker_batches(self.rank, self.world_size, worker, workers,
                                                self.start_step):
            batch = batch_of(render_batch(self.config, self.renderer(),
                                          self.ids[self.plan.slice(b)].tolist()), self.config)
            yield step, batch if self.transform is None else self.transform(batch)

    def __iter__(self) -> Iterator[Any]:
        for _, batch in self.steps():
            yield batch

    def renderer(self) -> Any:
        """This process's renderer (built on first use in each process)."""
        if self._renderer is None or self._pid != os.getpid():
            self._renderer, self._pid = make_renderer(self.config.instrument), os.getpid()
        return self._renderer

    def __getstate__(self) -> dict[str, Any]:
        # a worker builds its own renderer (DawDreamer engines and compiled DSP are not pickled)
        return self.__dict__ | {"_renderer": None, "_pid": -1}


def _ddp_rank() -> tuple[int, int]:
    """(rank, world size) of ``torch.distributed`` when initialised, else (0, 1)."""
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        return dist.get_rank(), dist.get_world_size()
    return 0, 1
