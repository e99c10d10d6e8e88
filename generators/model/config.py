"""What a render is: :class:`RenderConfig`, everything that determines a
dataset's bytes besides software versions, and its record in ``instrument.json``.

Ids ``0 .. n-1``; the first 80 % of ids are ``train``, the rest ``test`` (or a
given number of train ids; with a :class:`~generators.model.presets.PresetSet`, the
test ids are human presets instead of random draws).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from numbers import Integral
from typing import Any
from collections.abc import Sequence

from .declaration import Instrument
from ..core.errors import DatasetError
from .playing import Playing
from .presets import PresetSet
from ..core.reading import brief
from .sampler import Sample, draw, draw_many
from .shards import Shard, plan_shards

TRAIN_FRACTION = 0.8
SCHEMA_VERSION = 1
"""Version of the folder layout and columns; bump when they change."""
MAX_ID = 2 ** 63 - 1
"""The largest id and seed: ids are stored as 64-bit integers."""
MAX_SHARDS = 99_999
"""Most shards in a split: shard file names number them with five digits."""
AUDIO_FORMATS = ("flac", "wav")


@dataclass(frozen=True)
class RenderConfig:
    """Everything that determines a dataset's bytes, besides software versions.

    Attributes:
        instrument: the declaration.
        n: number of samples (ids ``0 .. n-1``).
        seed: dataset seed.
        shard_size: samples per Parquet shard (the last of a split may be shorter).
        note_range: inclusive MIDI note range ``(low, high)`` drawn per sample,
            or ``None`` for the instrument's note (recorded as ``notes`` in
            ``instrument.json``).
        audio_format: ``"flac"`` or ``"wav"``.
        train: samples in the train split (ids ``0 .. train-1``); ``None``
            for the first 80 % of ids.
        presets: human presets that make the test split (ids ``train ..
            n-1``, ``n - train`` of them) instead of random draws; ``None``
            for none (then there is no ``preset`` column).
        playing: how each clip's notes are played (``--velocity``, ``--note-length``,
            ``--phrase``); ``None`` plays the instrument's single note, as before (then
            there is no ``notes`` column and ``instrument.json`` records nothing of it).
    """

    instrument: Instrument
    n: int
    seed: int = 0
    shard_size: int = 1000
    note_range: tuple[int, int] | None = None
    audio_format: str = "flac"
    train: int | None = None
    presets: PresetSet | None = None
    playing: Playing | None = None

    def __post_init__(self) -> None:
        """Refuse settings no dataset can have, with the render command's messages.

        Raises:
            DatasetError: one line, e.g. ``--n must be > 0, got 0``.
        """
        for name, value in (("--n", self.n), ("--seed", self.seed),
                            ("--shard-size", self.shard_size)):
            if isinstance(value, bool) or not isinstance(value, Integral):
                raise DatasetError(f"{name} must be an integer, got {brief(value)}")
        if self.n <= 0:
            raise DatasetError(f"--n must be > 0, got {self.n}")
        if self.n > MAX_ID + 1:
            raise DatasetError(f"--n must be at most {MAX_ID + 1} (ids are 64-bit integers), "
                               f"got {self.n}")
        if not 0 <= self.seed <= MAX_ID:
            raise DatasetError(f"--seed must be >= 0, got {self.seed}" if self.seed < 0 else
                               f"--seed must be at most {MAX_ID} (a 64-bit integer), got {self.seed}")
        if self.shard_size <= 0:
            raise DatasetError(f"--shard-size must be > 0, got {self.shard_size}")
        if self.note_range is not None:
            lo, hi = self.note_range
            if not 0 <= lo <= hi <= 127:
                raise DatasetError("--notes must lie in MIDI 0-127")
        if self.audio_format not in AUDIO_FORMATS:
            raise DatasetError(f"--audio-format must be one of {', '.join(AUDIO_FORMATS)}, "
                               f"got {brief(self.audio_format)}")
        if self.train is not None and not 0 <= self.train <= self.n:
            raise DatasetError(f"train split of {self.train} samples outside 0-{self.n}")
        if self.presets is not None and self.n - self.n_train != self.presets.count:
            raise DatasetError(f"{self.presets.count} presets for a test split of "
                               f"{self.n - self.n_train} samples")
        if self.playing is not None:
            self.playing.check(self.instrument)
            if self.playing.is_midi and self.note_range is not None:
                raise DatasetError("--notes does not apply to a MIDI file --phrase (its notes "
                                   "are played as written)")
        per_split = -(-max(self.n_train, self.n - self.n_train) // self.shard_size)
        if per_split > MAX_SHARDS:
            raise DatasetError(f"--shard-size {self.shard_size} makes {per_split} shards in a "
                               f"split; at most {MAX_SHARDS}: raise --shard-size or lower --n")

    @property
    def n_train(self) -> int:
        """Samples in the train split: ``train``, or the first 80 % of ids."""
        return int(self.n * TRAIN_FRACTION) if self.train is None else self.train

    def shards(self) -> list[Shard]:
        """The Parquet files of the dataset, train first (:func:`~generators.model.shards.plan_shards`)."""
        return plan_shards(self.n, self.n_train, self.shard_size)

    def split_of(self, i: int) -> str:
        return "train" if i < self.n_train else "test"

    def sample(self, i: int) -> tuple[Sample, str | None]:
        """Settings of sample ``i`` and its preset name (``None`` for a random draw).

        With presets, test id ``i`` plays preset ``i - n_train`` at the
        instrument's note; every other id is the sampler's draw.
        """
        if self.presets is not None and i >= self.n_train:
            key, labels = self.presets.rows(self.instrument)[i - self.n_train]
            return self._played(Sample(id=i, settings=dict(labels), note=self.instrument.note)), key
        return self._played(draw(self.instrument, self.seed, i, self.note_range)), None

    def samples(self, ids: Sequence[int]) -> list[tuple[Sample, str | None]]:
        """:meth:`sample` of each of ``ids``, in order; the random draws made at once
        (:func:`~generators.model.sampler.draw_many`)."""
        drawn = iter(draw_many(self.instrument, self.seed,
                               [i for i in ids if self.presets is None or i < self.n_train],
                               self.note_range))
        return [self.sample(i) if self.presets is not None and i >= self.n_train
                else (self._played(next(drawn)), None) for i in ids]

    def _played(self, s: Sample) -> Sample:
        """``s`` with its note events when the run plays phrases (a MIDI phrase's ``note``
        is its first event's pitch)."""
        if self.playing is None:
            return s
        if self.playing.is_midi:
            notes = self.playing.notes_of(self.instrument, self.seed, s.id, s.note)
            return replace(s, note=notes[0].pitch, notes=notes)
        return replace(s, notes=self.playing.notes_of(self.instrument, self.seed, s.id, s.note))

    def to_dict(self) -> dict[str, Any]:
        """What ``instrument.json`` records of the run (without versions)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "instrument": self.instrument.to_dict(),
            "render": {
                "n": self.n,
                "seed": self.seed,
                "shard_size": self.shard_size,
                "notes": list(self.note_range) if self.note_range else None,
                "audio_format": self.audio_format,
                "n_train": self.n_train,
            } | ({"presets": self.presets.to_dict()} if self.presets is not None else {})
              | ({"playing": self.playing.to_dict()} if self.playing is not None else {}),
        }


class MetaError(DatasetError, ValueError):
    """An ``instrument.json`` whose content is not a render's record (a :class:`ValueError`
    too, for callers that catch what a malformed record raised before)."""


def config_from_meta(m: dict[str, Any]) -> RenderConfig:
    """Rebuild the :class:`RenderConfig` recorded in ``instrument.json``.

    Raises:
        MetaError: a key missing or a value of the wrong type or range (one line, bounded).
        DatasetError: the recorded settings are refused by :class:`RenderConfig`.
    """
    try:
        return _config_from_meta(m)
    except DatasetError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as e:
        what = (f"no {brief(e.args[0] if e.args else '')} key" if isinstance(e, KeyError)
                else brief(str(e), 120))
        raise MetaError(f"not the record of a render ({what})") from None


def _config_from_meta(m: dict[str, Any]) -> RenderConfig:
    r = m["render"]
    n_train = r.get("n_train")
    return RenderConfig(
        instrument=Instrument.from_dict(m["instrument"]),
        n=r["n"], seed=r["seed"], shard_size=r["shard_size"],
        note_range=tuple(r["notes"]) if r.get("notes") else None,
        audio_format=r["audio_format"],
        train=None if n_train is None or n_train == int(r["n"] * TRAIN_FRACTION) else n_train,
        presets=PresetSet.from_dict(r["presets"]) if r.get("presets") else None,
        playing=Playing.from_dict(r["playing"]) if r.get("playing") else None,
    )


def default_shard_size(n: int) -> int:
    """Shard size used when none is given: ``n / 20`` kept within 100-1000.

    Depends on ``n`` only (not on the worker count), so a resumed run
    plans the same shards.
    """
    return int(min(1000, max(100, n // 20)))
