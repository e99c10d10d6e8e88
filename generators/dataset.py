"""The dataset folder: schema, shards, ``instrument.json`` and the dataset card.

Layout (Hugging Face): ``README.md`` (card with YAML configs, features and
splits), ``instrument.json`` (declaration + render settings + versions) and
``data/{train,test}-XXXXX-of-YYYYY.parquet``. Shards hold contiguous ids;
the first 80 % of ids are ``train``, the rest ``test`` (or a given number of
train ids; with a :class:`~generators.presets.PresetSet`, the test ids are
human presets instead of random draws, named in a ``preset`` column).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from . import audio as audio_mod
from .declaration import Instrument, Knob
from .sampler import Sample, draw

if TYPE_CHECKING:
    from .presets import PresetSet

TRAIN_FRACTION = 0.8
SCHEMA_VERSION = 1
"""Version of the folder layout and columns; bump when they change."""


class DatasetError(Exception):
    """A dataset folder cannot be written or read as asked (user-facing message)."""


@dataclass(frozen=True)
class RenderConfig:
    """Everything that determines a dataset's bytes, besides software versions.

    Attributes:
        instrument: the declaration.
        n: number of samples (ids ``0 .. n-1``).
        seed: dataset seed.
        shard_size: samples per Parquet shard (the last of a split may be shorter).
        notes: inclusive MIDI note range drawn per sample, or ``None``.
        audio_format: ``"flac"`` or ``"wav"``.
        train: samples in the train split (ids ``0 .. train-1``); ``None``
            for the first 80 % of ids.
        presets: human presets that make the test split (ids ``train ..
            n-1``, ``n - train`` of them) instead of random draws; ``None``
            for none (then there is no ``preset`` column).
    """

    instrument: Instrument
    n: int
    seed: int = 0
    shard_size: int = 1000
    notes: tuple[int, int] | None = None
    audio_format: str = "flac"
    train: int | None = None
    presets: "PresetSet | None" = None

    def __post_init__(self) -> None:
        if self.train is not None and not 0 <= self.train <= self.n:
            raise DatasetError(f"train split of {self.train} samples outside 0-{self.n}")
        if self.presets is not None and self.n - self.n_train != self.presets.count:
            raise DatasetError(f"{self.presets.count} presets for a test split of "
                               f"{self.n - self.n_train} samples")

    @property
    def n_train(self) -> int:
        """Samples in the train split: ``train``, or the first 80 % of ids."""
        return int(self.n * TRAIN_FRACTION) if self.train is None else self.train

    def split_of(self, i: int) -> str:
        return "train" if i < self.n_train else "test"

    def sample(self, i: int) -> tuple[Sample, str | None]:
        """Settings of sample ``i`` and its preset name (``None`` for a random draw).

        With presets, test id ``i`` plays preset ``i - n_train`` at the
        instrument's note; every other id is the sampler's draw.
        """
        if self.presets is not None and i >= self.n_train:
            key, labels = self.presets.rows(self.instrument)[i - self.n_train]
            return Sample(id=i, settings=dict(labels), note=self.instrument.note), key
        return draw(self.instrument, self.seed, i, self.notes), None

    def to_dict(self) -> dict[str, Any]:
        """What ``instrument.json`` records of the run (without versions)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "instrument": self.instrument.to_dict(),
            "render": {
                "n": self.n,
                "seed": self.seed,
                "shard_size": self.shard_size,
                "notes": list(self.notes) if self.notes else None,
                "audio_format": self.audio_format,
                "n_train": self.n_train,
            } | ({"presets": self.presets.to_dict()} if self.presets is not None else {}),
        }


def default_shard_size(n: int) -> int:
    """Shard size used when none is given: ``n / 20`` kept within 100-1000.

    Depends on ``n`` only (not on the worker count), so a resumed run
    plans the same shards.
    """
    return int(min(1000, max(100, n // 20)))


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
        return f"data/{self.split}-{self.index:05d}-of-{self.count:05d}.parquet"

    def __len__(self) -> int:
        return self.stop - self.start


def plan_shards(n: int, n_train: int, shard_size: int) -> list[Shard]:
    """The shards of a dataset, train first."""
    shards: list[Shard] = []
    for split, lo, hi in (("train", 0, n_train), ("test", n_train, n)):
        if hi <= lo:
            continue
        count = -(-(hi - lo) // shard_size)
        for k in range(count):
            start = lo + k * shard_size
            shards.append(Shard(split, k, count, start, min(hi, start + shard_size)))
    return shards


def features(instrument: Instrument, presets: bool = False) -> "datasets.Features":  # noqa: F821
    """Hugging Face features of a dataset of ``instrument``.

    Columns: ``id`` (int64), ``audio`` (Audio struct ``{bytes, path}``), one
    column per varied parameter (float32 label 0-10 for knobs, label string
    for switches), ``note`` (int16 MIDI note), ``is_silent`` (bool) and
    ``peak`` (float32, max abs sample); with ``presets``, last, ``preset``
    (string ``bank/name``, null for random draws).
    """
    import datasets

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


class ShardWriter:
    """Renders and writes shards; one per worker, holding its renderer.

    Args:
        config: the run.
        out: dataset folder.
        renderer: object with ``render(settings, note) -> float32 [n_samples]``.
    """

    def __init__(self, config: RenderConfig, out: Path, renderer: Any) -> None:
        self.config = config
        self.out = Path(out)
        self.renderer = renderer
        self.schema = features(config.instrument, config.presets is not None).arrow_schema

    def rows(self, ids: Iterable[int], on_sample: Callable[[], None] | None = None) -> pa.Table:
        """Render ``ids`` into a table with the dataset schema."""
        cfg = self.config
        inst = cfg.instrument
        cols: dict[str, list[Any]] = {name: [] for name in self.schema.names}
        for i in ids:
            sample, preset = cfg.sample(i)
            clip = self.renderer.render(sample.settings, sample.note)
            if not np.all(np.isfinite(clip)):
                clip = np.zeros_like(clip)  # flagged silent; counted in the card
            pcm = audio_mod.quantize(clip)
            data = audio_mod.encode(pcm, inst.sample_rate, cfg.audio_format)
            cols["id"].append(i)
            cols["audio"].append({"bytes": data, "path": f"{inst.name}-{i:08d}.{cfg.audio_format}"})
            for name, value in sample.settings.items():
                cols[name].append(value)
            cols["note"].append(sample.note)
            fl = audio_mod.flags(pcm)
            cols["is_silent"].append(fl["is_silent"])
            cols["peak"].append(fl["peak"])
            if "preset" in cols:
                cols["preset"].append(preset)
            if on_sample is not None:
                on_sample()
        return pa.Table.from_pydict(cols, schema=self.schema)

    def write(self, shard: Shard, on_sample: Callable[[], None] | None = None) -> Path:
        """Render ``shard`` and write it atomically (temp file + rename)."""
        table = self.rows(range(shard.start, shard.stop), on_sample)
        return write_table_atomic(table, self.out / shard.filename)


def write_table_atomic(table: pa.Table, path: Path) -> Path:
    """Write ``table`` to ``path`` through a temp file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def remove_temp_files(out: Path, pid: int | None = None) -> None:
    """Delete temp files an interrupted run left behind (only process ``pid``'s, if given)."""
    for tmp in (Path(out) / "data").glob(f".*.tmp-{'*' if pid is None else pid}"):
        tmp.unlink(missing_ok=True)


# --------------------------------------------------------------- metadata
def versions() -> dict[str, str]:
    """Versions of what affects the audio and the files."""
    out = {"python": platform.python_version()}
    for dist in ("secret-sauce", "dawdreamer", "numpy", "pyarrow", "soundfile", "datasets"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


AUDIO_VERSIONS = ("secret-sauce", "dawdreamer", "soundfile")
"""Packages whose version can change the rendered bytes."""


FINGERPRINT_VERSION = 1
"""Version of what :func:`fingerprint` hashes; bump when that changes."""


def source_digest(instrument: Instrument) -> str | None:
    """sha256 of what makes the sound: a Faust instrument's DSP file, the
    shipped ``.lib`` files and the generated C with its headers, a plug-in's
    binary, or for an effect chain every plug-in, every file of its audio
    folder and a built-in source's digest (``None`` when a file is missing).
    Any can change the audio between releases."""
    from .declaration import BuiltinSource, ChainSource, FaustSource, PluginSource
    from .faust_reference import dsp_dir

    if isinstance(instrument.source, PluginSource):
        from .plugin import plugin_digest

        path = Path(instrument.source.path)
        return plugin_digest(path) if path.exists() else None
    if isinstance(instrument.source, ChainSource):
        from .chain import chain_files
        from .plugin import PluginError, plugin_digest

        src = instrument.source.source
        try:
            files = chain_files(instrument.source)
        except PluginError:
            return None
        if not all(f.exists() for f in files):
            return None
        h = hashlib.sha256()
        for f in files:
            h.update(plugin_digest(f).encode() + b"\0")
        if isinstance(src, BuiltinSource):
            h.update((source_digest(_builtin(src.instrument)) or "").encode())
        return h.hexdigest()
    if not isinstance(instrument.source, FaustSource):
        return None
    h = hashlib.sha256()
    folder = dsp_dir()
    compiled = folder / "c" / instrument.source.dsp.replace(".dsp", ".c")
    for path in [folder / instrument.source.dsp, *sorted(folder.glob("*.lib")),
                 compiled, *sorted((folder / "c").glob("*.h"))]:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _builtin(name: str) -> Instrument:
    from .instruments import get_instrument

    return get_instrument(name)


def fingerprint(config: RenderConfig, versions_: dict[str, str] | None = None,
                source_sha256: str | None = "installed") -> str:
    """sha256 (hex) of what determines a dataset's rows.

    The canonical JSON (sorted keys, no spaces) of the declaration, ``n``,
    ``seed``, the render settings that change rows (``notes``,
    ``audio_format``, ``n_train``), the DSP source digest and the versions of
    :data:`AUDIO_VERSIONS` (installed ones unless ``versions_`` is given; the
    installed DSP unless ``source_sha256`` is given). ``shard_size`` is left
    out: it changes the files, not the rows.
    """
    v = versions() if versions_ is None else versions_
    if source_sha256 == "installed":
        source_sha256 = source_digest(config.instrument)
    r = config.to_dict()
    payload = {
        "fingerprint_version": FINGERPRINT_VERSION,
        "schema_version": r["schema_version"],
        "instrument": r["instrument"],
        "render": {k: r["render"][k] for k in ("n", "seed", "notes", "audio_format", "n_train",
                                               "presets") if k in r["render"]},
        "source_sha256": source_sha256,
        "versions": {d: v.get(d) for d in AUDIO_VERSIONS},
    }
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


def instrument_fingerprint(instrument: Instrument, versions_: dict[str, str] | None = None,
                           source_sha256: str | None = "installed") -> str:
    """sha256 (hex) of what makes an instrument's sound, without any dataset settings.

    The canonical JSON of the declaration, its DSP or plug-in digest
    (:func:`source_digest`, the installed one unless given) and the versions of
    :data:`AUDIO_VERSIONS`. A saved model records it: a model is only used with
    the instrument it was trained on, rendered by the same software.
    """
    v = versions() if versions_ is None else versions_
    if source_sha256 == "installed":
        source_sha256 = source_digest(instrument)
    payload = {"fingerprint_version": FINGERPRINT_VERSION,
               "instrument": json.loads(instrument.to_json()),
               "source_sha256": source_sha256,
               "versions": {d: v.get(d) for d in AUDIO_VERSIONS}}
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


def meta(config: RenderConfig) -> dict[str, Any]:
    """Content of ``instrument.json`` (plain JSON types: tuples become lists),
    with the dataset's :func:`fingerprint` and the :func:`source_digest` it hashed."""
    v = versions()
    return json.loads(json.dumps(config.to_dict() | {
        "versions": v, "source_sha256": source_digest(config.instrument),
        "fingerprint": fingerprint(config, v)}))


def same_dataset(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """Differences between two ``instrument.json`` contents that change bytes."""
    diffs = []
    for key in ("schema_version", "instrument", "render"):
        if a.get(key) != b.get(key):
            diffs.append(key)
    va, vb = a.get("versions", {}), b.get("versions", {})
    diffs += [f"{d} version" for d in AUDIO_VERSIONS if va.get(d) != vb.get(d)]
    return diffs


def read_meta(out: Path) -> dict[str, Any] | None:
    path = Path(out) / "instrument.json"
    if not path.exists():
        return None
    return json.loads(path.read_text())


def write_text_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(text)
    os.replace(tmp, path)


def write_dir_atomic(final: Path, write: Callable[[Path], None]) -> Path:
    """Fill a temp folder beside ``final`` with ``write(tmp)``, then rename it to ``final``
    (replacing a folder there): an interruption leaves ``final`` as it was."""
    import shutil

    final = Path(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.with_name(f".{final.name}.tmp-{os.getpid()}")
    old = final.with_name(f".{final.name}.old-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        write(tmp)
        if final.exists():
            os.replace(final, old)
        os.replace(tmp, final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
    return final


def collect_stats(out: Path, shards: list[Shard]) -> dict[str, Any]:
    """Quality statistics over the written shards (reads two small columns)."""
    silent, peaks = [], []
    by_split: dict[str, list[np.ndarray]] = {}
    for shard in shards:
        t = pq.read_table(out / shard.filename, columns=["is_silent", "peak"])
        silent.append(t.column("is_silent").to_numpy(zero_copy_only=False))
        peaks.append(t.column("peak").to_numpy())
        by_split.setdefault(shard.split, []).append(silent[-1])
    s = np.concatenate(silent) if silent else np.zeros(0, bool)
    p = np.concatenate(peaks) if peaks else np.zeros(0, np.float32)
    return {
        "n": int(s.size),
        "silent_fraction": float(s.mean()) if s.size else 0.0,
        "silent_fraction_by_split": {k: float(np.concatenate(v).mean())
                                     for k, v in by_split.items()},
        "peak_max": float(p.max()) if p.size else 0.0,
        "peak_median": float(np.median(p)) if p.size else 0.0,
    }


def audio_digest(clips: Iterable[bytes]) -> str:
    """sha256 (hex) of encoded clips in order, each prefixed by its length
    (8 bytes, little-endian): the reference digest of a benchmark split."""
    h = hashlib.sha256()
    for data in clips:
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def split_digest(out: Path, split: str = "test") -> str:
    """:func:`audio_digest` of a dataset folder's ``split``, in id order."""
    tables = [pq.read_table(path, columns=["id", "audio"])
              for path in sorted((Path(out) / "data").glob(f"{split}-*.parquet"))]
    if not tables:
        raise DatasetError(f"{out} has no {split} split")
    table = pa.concat_tables(tables).sort_by("id")
    return audio_digest(item["bytes"] for item in table.column("audio").to_pylist())


def finish(out: Path, config: RenderConfig, shards: list[Shard]) -> dict[str, Any]:
    """Write the dataset card once every shard is there; return the stats."""
    from .card import dataset_card

    stats = collect_stats(out, shards)
    write_text_atomic(out / "README.md", dataset_card(config, meta(config), stats))
    return stats


def config_from_meta(m: dict[str, Any]) -> RenderConfig:
    """Rebuild the :class:`RenderConfig` recorded in ``instrument.json``."""
    r = m["render"]
    n_train = r.get("n_train")
    presets = None
    if r.get("presets"):
        from .presets import PresetSet

        presets = PresetSet.from_dict(r["presets"])
    return RenderConfig(
        instrument=Instrument.from_dict(m["instrument"]),
        n=r["n"], seed=r["seed"], shard_size=r["shard_size"],
        notes=tuple(r["notes"]) if r.get("notes") else None,
        audio_format=r["audio_format"],
        train=None if n_train is None or n_train == int(r["n"] * TRAIN_FRACTION) else n_train,
        presets=presets,
    )


__all__ = [
    "DatasetError", "RenderConfig", "Shard", "ShardWriter", "plan_shards", "features",
    "default_shard_size", "meta", "read_meta", "same_dataset", "finish", "fingerprint",
    "audio_digest", "split_digest",
]
