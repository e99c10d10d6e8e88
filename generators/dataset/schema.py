"""The columns of a dataset's Parquet files, as Hugging Face ``datasets`` features."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..model.declaration import Instrument, Knob

if TYPE_CHECKING:
    import datasets
    import pyarrow as pa

    from ..model.config import RenderConfig


def hf_features(instrument: Instrument, presets: bool = False) -> datasets.Features:
    """Hugging Face features (the schema) of a dataset of ``instrument``.

    Columns: ``id`` (int64), ``audio`` (Audio struct ``{bytes, path}``), one
    column per varied parameter (float32 label 0-10 for knobs, label string
    for switches), ``note`` (int16 MIDI note), ``is_silent`` (bool) and
    ``peak`` (float32, max abs sample); with ``presets``, last, ``preset``
    (string ``bank/name``, null for random draws).
    """
    import datasets  # heavy; only when a dataset is written or carded

    cols: dict[str, Any] = {
        "id": datasets.Value("int64"),
        "audio": datasets.Audio(sampling_rate=instrument.sample_rate),
    }
    for p in instrument.params:
        cols[p.name] = datasets.Value("float32" if isinstance(p, Knob) else "string")
    cols["note"] = datasets.Value("int16")
    cols["is_silent"] = datasets.Value("bool")
    cols["peak"] = datasets.Value("float32")
    if presets:
        cols["preset"] = datasets.Value("string")
    return datasets.Features(cols)


def arrow_schema(config: RenderConfig) -> pa.Schema:
    """The Parquet schema of ``config``'s shards (:func:`hf_features` as Arrow)."""
    return hf_features(config.instrument, config.presets is not None).arrow_schema
