"""A benchmark task: a dataset read with its declaration.

The task of a dataset is read from its ``instrument.json``: one regression
target per knob (label on the 0-10 scale), one classification target per
switch (its labels), and a mask per parameter that is ``True`` where the
parameter is audible (:meth:`generators.model.declaration.Instrument.active`: its
switch, recursively, has a value it depends on). Splits are pure functions
of the id:

* ``test``: the last 20 % of ids (the dataset's ``test`` split);
* ``validation``: the ids of the first 80 % with ``id % 10 == 9`` (10 %);
* ``train``: the rest of the first 80 %.

A dataset is a local folder (as written by ``generators.render``) or a
Hugging Face Hub dataset id; rows are read with ``datasets.load_dataset``
(for a folder, its ``data/{train,test}-*.parquet`` files through the
``parquet`` builder, see :func:`load_task`), audio is kept encoded
(``datasets.Audio(decode=False)``) and decoded with soundfile when asked for.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Iterable, Iterator

import numpy as np
import pyarrow as pa

from generators.core.audio import decode_clips
from generators.model.config import config_from_meta, RenderConfig
from generators.model.declaration import Instrument, Knob
from generators.model.playing import Notes, as_notes
from generators.dataset.fingerprint import read_meta
from generators.core.reading import ReadError, brief, read_json

from .errors import BenchmarkError

SPLITS = ("train", "validation", "test")
VALIDATION_EVERY = 10
"""Ids of the first 80 % with ``id % VALIDATION_EVERY == VALIDATION_EVERY - 1`` validate."""


Played = int | Notes
"""What one clip plays: a MIDI note (the instrument's single note at that pitch), or a
phrase row's note events (its ``notes`` column, :func:`generators.model.playing.as_notes`)."""


class TaskError(BenchmarkError):
    """A dataset cannot be read as a task."""


@dataclass
class Task:
    """A dataset, its declaration, targets, masks and splits.

    Every per-sample array is indexed by id (ids are ``0 .. n-1``).

    Attributes:
        source: the folder or Hub id it was read from.
        meta: the content of ``instrument.json``.
        config: the render config it records.
        labels: per parameter, knob labels (float64, 0-10) or switch labels (str objects).
        masks: per parameter, ``True`` where the parameter is audible.
        midi_notes: MIDI note of each sample, int64 ``[n]`` (the ``note`` column).
        notes: per sample, its note events (the ``notes`` column of a played dataset,
            docs/phrases.md), or ``None`` when the rows have no such column (one note each).
    """

    source: str
    meta: dict[str, Any]
    config: RenderConfig
    labels: dict[str, np.ndarray]
    masks: dict[str, np.ndarray]
    midi_notes: np.ndarray
    notes: list[Notes] | None = None
    _audio: dict[str, tuple[np.ndarray, pa.ChunkedArray]] = field(repr=False, default_factory=dict)

    # ------------------------------------------------------------ description
    @property
    def instrument(self) -> Instrument:
        return self.config.instrument

    @property
    def fingerprint(self) -> str:
        """The fingerprint recorded in ``instrument.json``."""
        return str(self.meta.get("fingerprint", ""))

    @property
    def name(self) -> str:
        """Short name: the folder's name or the Hub id."""
        p = Path(self.source)
        return p.name if p.is_dir() else self.source

    @property
    def n(self) -> int:
        return self.config.n

    @property
    def sample_rate(self) -> int:
        return self.instrument.sample_rate

    @property
    def n_samples(self) -> int:
        return self.instrument.n_samples

    @property
    def targets(self) -> list[str]:
        """Target columns, in declaration order."""
        return self.instrument.names

    @property
    def knobs(self) -> list[str]:
        return [p.name for p in self.instrument.knobs]

    @property
    def switches(self) -> list[str]:
        return [p.name for p in self.instrument.switches]

    def is_knob(self, name: str) -> bool:
        return isinstance(self.instrument.param(name), Knob)

    # ------------------------------------------------------------------ splits
    @property
    def ids(self) -> np.ndarray:
        return np.arange(self.n, dtype=np.int64)

    def split_ids(self, split: str) -> np.ndarray:
        """Sorted ids of ``split`` (``train``, ``validation`` or ``test``)."""
        if split not in SPLITS:
            raise TaskError(f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
        return self.ids[split_of(self.ids, self.config.n_train) == split]

    def split_of(self, ids: np.ndarray) -> np.ndarray:
        """Split name of each id (ids must be in ``0 .. n-1``)."""
        return split_of(np.asarray(ids), self.config.n_train)

    def settings(self, i: int) -> dict[str, float | str]:
        """Labels of sample ``i`` (what its row holds)."""
        return {name: (float(v) if isinstance(v, np.floating) else v)
                for name, v in ((k, self.labels[k][i]) for k in self.targets)}

    def played(self, ids: Iterable[int]) -> list[Played]:
        """What each of ``ids`` plays, to re-render it as stored: its note events in a
        played dataset, else its MIDI note (``Resynth.render``, ``render_notes``)."""
        if self.notes is None:
            return [int(self.midi_notes[i]) for i in ids]
        return [self.notes[int(i)] for i in ids]

    def describe_played(self, i: int) -> str:
        """A short caption of what sample ``i`` plays: ``note 60`` or ``5 notes from 60``."""
        if self.notes is None:
            return f"note {int(self.midi_notes[i])}"
        ev = self.notes[i]
        return f"{len(ev)} notes from {ev[0].pitch}" if ev else "no notes"

    # ------------------------------------------------------------------- audio
    def audio_bytes(self, ids: Iterable[int]) -> list[bytes]:
        """The encoded audio (FLAC or WAV bytes) of ``ids``, in that order."""
        ids = np.asarray(list(ids), dtype=np.int64)
        out: list[bytes | None] = [None] * len(ids)
        for first, column in self._audio.values():
            sel = np.nonzero((ids >= first) & (ids < first + len(column)))[0]
            if sel.size:
                taken = column.take(pa.array(ids[sel] - first)).to_pylist()
                for k, item in zip(sel, taken):
                    out[k] = item["bytes"]
        missing = [int(i) for i, b in zip(ids, out) if b is None]
        if missing:
            raise TaskError(f"ids not in {self.name}: {_few(missing)}")
        return out  # type: ignore[return-value]

    def audio(self, ids: Iterable[int]) -> np.ndarray:
        """Decoded clips of ``ids``: float32 ``[len(ids), n_samples]`` in [-1, 1]."""
        return decode_clips(self.audio_bytes(ids), self.n_samples)

    def for_model(self) -> ModelTask:
        """The view a submitted model gets: no test labels, no test audio."""
        return ModelTask(self)


def split_of(ids: np.ndarray, n_train: int) -> np.ndarray:
    """Split name of each id, given the size of the first-80 % part."""
    ids = np.asarray(ids)
    out = np.where(ids >= n_train, "test",
                   np.where(ids % VALIDATION_EVERY == VALIDATION_EVERY - 1, "validation", "train"))
    return out.astype(object)


class ModelTask:
    """What :func:`load_model` of a submission receives: the declaration and the
    labelled ``train`` and ``validation`` splits (test labels and audio are hidden).

    Attributes mirror :class:`Task`: ``instrument``, ``sample_rate``,
    ``n_samples``, ``targets``, ``knobs``, ``switches``, ``fingerprint``.
    """

    VISIBLE = ("train", "validation")

    def __init__(self, task: Task) -> None:
        self._task = task
        self.instrument = task.instrument
        self.sample_rate = task.sample_rate
        self.n_samples = task.n_samples
        self.targets = task.targets
        self.knobs = task.knobs
        self.switches = task.switches
        self.fingerprint = task.fingerprint

    def split_ids(self, split: str) -> np.ndarray:
        """Ids of ``train`` or ``validation``."""
        self._check(split)
        return self._task.split_ids(split)

    def labels(self, split: str) -> dict[str, np.ndarray]:
        """Per target, the labels of ``split``'s ids (in :meth:`split_ids` order)."""
        ids = self.split_ids(split)
        return {k: v[ids] for k, v in self._task.labels.items()}

    def masks(self, split: str) -> dict[str, np.ndarray]:
        """Per target, ``True`` where the parameter is audible, for ``split``'s ids."""
        ids = self.split_ids(split)
        return {k: v[ids] for k, v in self._task.masks.items()}

    def audio(self, split: str, ids: Iterable[int] | None = None) -> np.ndarray:
        """float32 ``[n, n_samples]`` clips of ``split`` (all its ids, or ``ids`` of it)."""
        allowed = self.split_ids(split)
        ids = allowed if ids is None else np.asarray(list(ids), dtype=np.int64)
        if not np.isin(ids, allowed).all():
            raise TaskError(f"ids outside the {split} split requested")
        return self._task.audio(ids)

    def _check(self, split: str) -> None:
        if split not in self.VISIBLE:
            raise TaskError(f"a model may read {' and '.join(self.VISIBLE)} only, not {split!r}")


# --------------------------------------------------------------------- loading
def read_dataset_meta(source: str | Path) -> tuple[str, dict[str, Any]]:
    """(resolved source, ``instrument.json`` content) of a folder or Hub id."""
    src = str(source)
    path = Path(src).expanduser()
    if path.is_dir():
        m = read_meta(path)
        if m is None:
            raise TaskError(f"{path} has no instrument.json: not a dataset rendered by "
                            "generators.render")
        return str(path), m
    if path.exists():
        raise TaskError(f"{path} is not a dataset folder")
    if src.count("/") != 1 or src.startswith((".", "/", "~")):
        raise TaskError(f"no dataset folder {src!r} (and it is not a Hub id like org/name)")
    try:
        from huggingface_hub import hf_hub_download

        local = hf_hub_download(repo_id=src, filename="instrument.json", repo_type="dataset")
    except Exception as e:  # noqa: BLE001 (network, auth, missing repo: all user-facing)
        raise TaskError(f"cannot read instrument.json of Hub dataset {src!r}: "
                        f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}") from None
    try:
        return src, read_json(local, f"instrument.json of Hub dataset {src!r}")
    except ReadError as e:
        raise TaskError(*e.problems) from None


@contextlib.contextmanager
def quiet_datasets() -> Iterator[None]:
    """``datasets`` without its own progress bars ("Generating train split") and
    log lines below errors, for the duration; the previous settings come back after.

    Our commands print their own progress only, one bar per long step.
    """
    import datasets

    was_disabled = datasets.utils.are_progress_bars_disabled()
    level = datasets.logging.get_verbosity()
    datasets.disable_progress_bars()
    datasets.logging.set_verbosity_error()
    try:
        yield
    finally:
        datasets.logging.set_verbosity(level)
        if not was_disabled:
            datasets.enable_progress_bars()


def load_task(source: str | Path, progress: bool = False) -> Task:
    """Read the task of a dataset folder or Hub id.

    ``progress`` is kept for callers; ``datasets``' own bars stay off either way
    (see :func:`quiet_datasets`).

    Raises:
        TaskError: no such dataset, no ``instrument.json``, or rows missing.
    """
    import datasets

    src, m = read_dataset_meta(source)
    try:
        config = config_from_meta(m)
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise TaskError(f"instrument.json of {src} cannot be read: {brief(str(e), 160)}") from None
    inst = config.instrument
    try:
        with quiet_datasets():
            if Path(src).is_dir():
                # Not load_dataset(folder): with the card's YAML configs, datasets 5.2 keys its
                # Arrow cache by the folder name and file patterns only, so a re-rendered folder
                # (or another folder of the same name) gets stale rows. Explicit files are
                # keyed by path and mtime.
                files = {s: sorted(str(f) for f in (Path(src) / "data").glob(f"{s}-*.parquet"))
                         for s in ("train", "test")}
                ds = datasets.load_dataset("parquet",
                                           data_files={k: v for k, v in files.items() if v})
            else:
                ds = datasets.load_dataset(src)
    except Exception as e:  # noqa: BLE001 (datasets raises many kinds; each is one line here)
        raise TaskError(f"cannot load {src} with datasets.load_dataset: "
                        f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}") from None
    columns = ["id", *inst.names, "note"]
    played = "notes" in next(iter(ds.values())).column_names
    labels: dict[str, list[np.ndarray]] = {k: [] for k in columns}
    notes: list[Notes] = []
    audio: dict[str, tuple[np.ndarray, pa.ChunkedArray]] = {}
    expected = {"train": (0, config.n_train), "test": (config.n_train, config.n)}
    for split, (lo, hi) in expected.items():
        if hi <= lo:
            continue
        if split not in ds:
            raise TaskError(f"{src} has no {split!r} split (expected ids {lo}-{hi - 1})")
        d = ds[split]
        missing = [c for c in (*columns, "audio") if c not in d.column_names]
        if missing:
            raise TaskError(f"{src} split {split} lacks columns {', '.join(missing)}")
        d = d.cast_column("audio", datasets.Audio(decode=False))
        table = d.select_columns([*columns, *(["notes"] if played else []), "audio"]
                                 ).with_format("arrow")[:]
        ids = table.column("id").to_numpy()
        order = np.argsort(ids, kind="stable")
        if not np.array_equal(ids[order], np.arange(lo, hi)):
            raise TaskError(
                f"{src} split {split} holds {len(ids)} rows, expected ids {lo}-{hi - 1} "
                "(incomplete render? run the same render command again to resume)")
        table = table.take(pa.array(order))
        for c in columns:
            labels[c].append(table.column(c).to_numpy())
        if played:
            notes.extend(as_notes(cell) for cell in table.column("notes").to_pylist())
        audio[split] = (lo, table.column("audio"))
    cat = {k: np.concatenate(v) if v else np.zeros(0) for k, v in labels.items()}
    values: dict[str, np.ndarray] = {}
    for p in inst.params:
        v = cat[p.name]
        values[p.name] = v.astype(np.float64) if isinstance(p, Knob) else v.astype(object)
    return Task(source=src, meta=m, config=config, labels=values,
                masks=dependency_masks(inst, values), midi_notes=cat["note"].astype(np.int64),
                notes=notes if played else None, _audio=audio)


def dependency_masks(instrument: Instrument, labels: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Per parameter, ``True`` where :meth:`Instrument.active` holds.

    ``labels`` needs the switch columns; ``active`` is evaluated once per
    distinct combination of switch labels.
    """
    switches = [s.name for s in instrument.switches]
    n = len(next(iter(labels.values()))) if labels else 0
    if not switches:
        return {name: np.ones(n, dtype=bool) for name in instrument.names}
    combos = list(zip(*(labels[s] for s in switches)))
    index: dict[tuple, int] = {}
    inverse = np.fromiter((index.setdefault(c, len(index)) for c in combos), dtype=np.int64, count=n)
    masks = {}
    for name in instrument.names:
        table = np.array([instrument.active(name, dict(zip(switches, c))) for c in index],
                         dtype=bool)
        masks[name] = table[inverse] if n else np.ones(0, dtype=bool)
    return masks


def _few(items: list[Any], k: int = 5) -> str:
    """``a, b, c`` or ``a, b, c, ... (N in all)``."""
    head = ", ".join(str(x) for x in items[:k])
    return head if len(items) <= k else f"{head}, ... ({len(items)} in all)"
