"""Dataset layer: what a rendered dataset folder holds and how it is checked and shared.

Modules::

    schema       the Arrow schema and Hugging Face features of the rows
    writer       ``ShardWriter``: renders and writes one Parquet shard
    fingerprint  the dataset fingerprint, source digests and ``instrument.json`` meta
    stats        statistics of a dataset and the PCM digest of a split
    card         the dataset card (README.md) and its parameter table
    publish      ``python -m generators.publish``: upload a dataset folder to the Hub

The names other packages use are re-exported here (imported on first use).
"""

from __future__ import annotations

from ..core.lazy import exporter

_EXPORTS = {
    "AUDIO_VERSIONS": "fingerprint",
    "ShardWriter": "writer",
    "arrow_schema": "schema",
    "audio_digest": "stats",
    "instrument_fingerprint": "fingerprint",
    "meta": "fingerprint",
    "parameter_table": "card",
    "read_meta": "fingerprint",
    "recorded_problem": "fingerprint",
    "same_dataset": "fingerprint",
    "source_digest": "fingerprint",
    "split_digest": "stats",
    "summary": "fingerprint",
    "versions": "fingerprint",
    "write_card": "card",
}
__all__ = sorted(_EXPORTS)
__getattr__ = exporter(__name__, _EXPORTS)
