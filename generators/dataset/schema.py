"""The columns of a dataset's Parquet files: their types, as Arrow, as Hugging Face
``datasets`` features and as the dataset card's ``dataset_info``.

:func:`column_dtypes` is the one list of columns; :func:`arrow_schema` and
:func:`card_features` are built from it without importing ``datasets`` (1.4 s of
start-up that a render does not need), and are tested equal to what ``datasets``
makes of :func:`hf_features` (``tests/generators/render/test_startup.py``).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..model.declaration import Instrument, Knob

if TYPE_CHECKING:
    import datasets
    import pyarrow as pa

    from ..model.config import RenderConfig

AUDIO = "audio"
"""The dtype name of the ``audio`` column (an HF ``Audio`` struct ``{bytes, path}``)."""
NOTES = "notes"
"""The dtype name of the ``notes`` column: a list of note events, each a struct of
:data:`NOTE_FIELDS` (an HF ``List`` of a dict of ``Value``)."""
NOTE_FIELDS = (("pitch", "int16"), ("velocity", "int16"), ("start", "float64"),
               ("duration", "float64"))
"""The fields of one note event (:class:`generators.model.playing.NoteEvent`): MIDI pitch
0-127, MIDI velocity 1-127, onset and held time in seconds."""


def column_dtypes(instrument: Instrument, presets: bool = False,
                  notes: bool = False) -> list[tuple[str, str]]:
    """``(column, dtype)`` of a dataset of ``instrument``, in column order.

    Columns: ``id`` (int64), ``audio`` (:data:`AUDIO`: struct ``{bytes, path}``), one
    column per varied parameter (float32 label 0-10 for knobs, the label string
    for switches), ``note`` (int16 MIDI note), with ``notes`` (a render that plays
    phrases) ``notes`` (:data:`NOTES`: the clip's note events), ``is_silent`` (bool) and
    ``peak`` (float32, max abs sample); with ``presets``, last, ``preset``
    (string ``bank/name``, null for random draws). Dtypes are ``datasets.Value`` names.
    """
    cols = [("id", "int64"), ("audio", AUDIO)]
    cols += [(p.name, "float32" if isinstance(p, Knob) else "string") for p in instrument.params]
    cols += [("note", "int16")] + ([("notes", NOTES)] if notes else [])
    cols += [("is_silent", "bool"), ("peak", "float32")]
    if presets:
        cols.append(("preset", "string"))
    return cols


def hf_features(instrument: Instrument, presets: bool = False,
                notes: bool = False) -> datasets.Features:
    """Hugging Face features (the schema) of a dataset of ``instrument``
    (:func:`column_dtypes`); imports ``datasets``."""
    import datasets  # heavy; only where a Features object is wanted

    def feature(dtype: str) -> Any:
        if dtype == AUDIO:
            return datasets.Audio(sampling_rate=instrument.sample_rate)
        if dtype == NOTES:
            return datasets.List({k: datasets.Value(t) for k, t in NOTE_FIELDS})
        return datasets.Value(dtype)

    return datasets.Features({name: feature(dtype)
                              for name, dtype in column_dtypes(instrument, presets, notes)})


def arrow_schema(config: RenderConfig) -> pa.Schema:
    """The Parquet schema of ``config``'s shards: :func:`hf_features` as Arrow, with the
    ``huggingface`` metadata ``datasets`` reads the features from (the same schema as
    ``hf_features(...).arrow_schema``, built without importing ``datasets``)."""
    import pyarrow as pa

    inst = config.instrument
    types = {"int64": pa.int64(), "int16": pa.int16(), "float32": pa.float32(),
             "float64": pa.float64(), "bool": pa.bool_(), "string": pa.string(),
             AUDIO: pa.struct([("bytes", pa.binary()), ("path", pa.string())])}
    types[NOTES] = pa.list_(pa.struct([(k, types[t]) for k, t in NOTE_FIELDS]))
    cols = column_dtypes(inst, config.presets is not None, config.playing is not None)

    def feature(dtype: str) -> dict[str, Any]:
        if dtype == AUDIO:
            return {"sampling_rate": inst.sample_rate, "_type": "Audio"}
        if dtype == NOTES:
            return {"feature": {k: feature(t) for k, t in NOTE_FIELDS}, "_type": "List"}
        return {"dtype": dtype, "_type": "Value"}

    features = {name: feature(dtype) for name, dtype in cols}
    return pa.schema([(name, types[dtype]) for name, dtype in cols],
                     metadata={"huggingface": json.dumps({"info": {"features": features}})})


def card_features(instrument: Instrument, presets: bool = False,
                  notes: bool = False) -> list[dict[str, Any]]:
    """The ``features`` list of the card's ``dataset_info`` (what
    ``datasets.DatasetInfo._to_yaml_dict`` writes of :func:`hf_features`)."""
    def entry(name: str, dtype: str) -> dict[str, Any]:
        if dtype == AUDIO:
            return {"name": name, "dtype": {"audio": {"sampling_rate": instrument.sample_rate}}}
        if dtype == NOTES:
            return {"name": name, "list": [{"name": k, "dtype": t} for k, t in NOTE_FIELDS]}
        return {"name": name, "dtype": dtype}

    return [entry(name, dtype) for name, dtype in column_dtypes(instrument, presets, notes)]


def shard_write_options(schema: pa.Schema) -> dict[str, Any]:
    """``pyarrow.parquet.write_table`` options of a shard with ``schema``: the audio
    bytes stored plain, every other column as pyarrow's defaults store it (dictionary
    where it pays, snappy).

    FLAC bytes are already compressed (snappy saves 0.5 % of a noisemaker shard) and a
    clip's bytes never repeat, so a dictionary only costs the hashing: plain, a
    1,000-clip shard is written in 7 us a clip instead of 40, and its file is 0.5 %
    larger. Readers (``pyarrow``, ``datasets``) see the same table.
    """
    columns = [name for name in schema.names if name != "audio"]
    columns += [f"audio.{f.name}" for f in schema.field("audio").type]  # bytes, path
    return {"use_dictionary": [c for c in columns if c != "audio.bytes"],
            "compression": {c: ("none" if c == "audio.bytes" else "snappy") for c in columns}}
