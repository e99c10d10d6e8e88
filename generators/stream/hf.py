"""The stream's clips as a Hugging Face ``datasets.IterableDataset`` (``from_generator``).

Each example is one clip: ``id``, ``pcm`` (the stored int16 samples), ``note``, ``peak``,
``is_silent``, one column per varied parameter and, with phrases, ``notes``, as row ``id``
of the dataset ``python -m generators.render`` writes with the same config. The batches of the stream are
the dataset's shards (``n_shards``), so ``datasets`` deals them to DataLoader workers
and, through ``datasets.distributed.split_dataset_by_node``, to ranks; nothing is cached
on disk. Resume with the dataset's ``state_dict()`` / ``load_state_dict()``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ..dataset.schema import hf_features
from ..dataset.writer import notes_rows, render_batch
from ..model.config import RenderConfig
from ..model.declaration import Knob
from ..sources.renderers import make_renderer
from .plan import StreamPlan

if TYPE_CHECKING:
    import datasets

_RENDERERS: dict[int, tuple[Any, Any]] = {}
"""This process's (declaration, renderer) per declaration (built on first use)."""


def hf_stream(config: RenderConfig, ids: Sequence[int] | np.ndarray | None = None,
              batch_size: int = 16) -> datasets.IterableDataset:
    """The clips ``ids`` (default all) of ``config`` as a streaming HF dataset, one example
    a clip, rendered ``batch_size`` at a time when iterated."""
    import datasets

    ids = np.arange(config.n, dtype=np.int64) if ids is None else np.asarray(ids, np.int64)
    plan = StreamPlan(len(ids), batch_size)
    blocks = [ids[plan.slice(b)].tolist() for b in range(plan.n_batches)]
    inst = config.instrument
    features = datasets.Features({
        "id": datasets.Value("int64"), "pcm": datasets.Sequence(datasets.Value("int16")),
        **{p.name: datasets.Value("float32" if isinstance(p, Knob) else "string")
           for p in inst.params},
        "note": datasets.Value("int16"), "peak": datasets.Value("float32"),
        "is_silent": datasets.Value("bool"),
        **({"notes": hf_features(inst, notes=True)["notes"]} if config.playing else {})})
    return datasets.IterableDataset.from_generator(
        _examples, features=features, gen_kwargs={"config": config, "blocks": blocks})


def _examples(config: RenderConfig, blocks: list[list[int]]) -> Iterator[dict[str, Any]]:
    """The examples of the batches ``blocks`` (lists of ids)."""
    inst = config.instrument
    got = _RENDERERS.get(id(inst))
    if got is None or got[0] is not inst:
        got = _RENDERERS[id(inst)] = (inst, make_renderer(inst))
    renderer = got[1]
    for block in blocks:
        r = render_batch(config, renderer, block)
        for k, i in enumerate(r.ids):
            sample = r.samples[k][0]
            yield {"id": i, "pcm": r.pcm[k], **sample.settings, "note": sample.note,
                   "peak": float(r.peak[k]), "is_silent": bool(r.is_silent[k])} | \
                ({"notes": notes_rows(sample.notes)} if config.playing else {})
