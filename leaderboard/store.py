"""The results store: one folder per entry, names, metadata and ranking.

An entry is the folder ``leaderboard/entries/<benchmark>/<name>/`` holding

* ``metadata.json``: who and what (:data:`METADATA_KEYS`);
* ``results.json``: the scorer's results document (``benchmark/RESULTS_SCHEMA.md``);
* ``predictions.parquet`` (or ``.csv``): the predictions it was scored from;
* a model submission also holds ``model/`` (the submitted folder, run in the
  sandbox to make those predictions; ``metadata.json``'s optional ``model``
  says its kind and digest) and, once ``python -m leaderboard.evaluate --hidden``
  ran it, ``hidden.json`` (its scores on the hidden split).

Entry names are folder names, so they must be safe as file names on every
system that clones the repository (:func:`check_name`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, fields
from datetime import date as Date
from datetime import datetime, timedelta, UTC
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterable
from urllib.parse import urlparse

from benchmark.errors import BenchmarkError
from benchmark.metrics import metric_value
from benchmark.metrics import rank as rank_results
from generators.core import reading
from generators.benchmarks import BENCHMARKS

ENTRIES = Path(__file__).resolve().parent / "entries"
"""Default store: ``leaderboard/entries`` in the repository."""

METADATA = "metadata.json"
RESULTS = "results.json"
HIDDEN = "hidden.json"
MODEL_KINDS = ("saved", "package")
PREDICTION_FILES = ("predictions.parquet", "predictions.csv")
ENTRY_SCHEMA = "secret-sauce/leaderboard-entry"
ENTRY_SCHEMA_VERSION = 1
METADATA_KEYS = ("schema", "schema_version", "name", "benchmark", "authors", "url",
                 "description", "date", "external_data", "predictions")
"""Keys of ``metadata.json``: ``url`` is an http(s) URL or ``null``; ``date``
is ``YYYY-MM-DD``; ``external_data`` says whether the model was trained on
anything but the benchmark's train split; ``predictions`` is the file name."""

EARLIEST_DATE = "2000-01-01"
"""The earliest entry date accepted (the latest is today, UTC)."""
MAX_NAME = 64
MAX_AUTHORS = 200
MAX_DESCRIPTION = 1000
MAX_URL = 500
BASELINE_AUTHORS = "Secret Sauce baselines"

_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                     *(f"lpt{i}" for i in range(10))}


class LeaderboardError(BenchmarkError):
    """A submission or an entry is refused."""


# -------------------------------------------------------------------- names
def name_problem(name: str, what: str = "name") -> str | None:
    """Why ``name`` is not safe as an entry (folder) name, or ``None``.

    Refused: empty, longer than :data:`MAX_NAME` characters, not in Unicode
    NFC form, path separators (``/``, ``\\``), control or other invisible
    format characters, a leading dot (``.``, ``..``, hidden files), leading
    or trailing whitespace, a trailing dot, Windows device names (``CON``...).
    """
    if not isinstance(name, str) or not name:
        return f"{what} must not be empty"
    if len(name) > MAX_NAME:
        return f"{what} is {len(name)} characters long (at most {MAX_NAME})"
    bad = sorted({c for c in name if unicodedata.category(c)[0] == "C"
                  or unicodedata.category(c) in ("Zl", "Zp")})
    if bad:
        return (f"{what} {name!r} contains control or invisible characters "
                f"({', '.join(f'U+{ord(c):04X}' for c in bad)})")
    if "/" in name or "\\" in name:
        return f"{what} {name!r} contains a path separator ('/' or '\\')"
    if name.startswith("."):
        return f"{what} {name!r} starts with a dot (hidden file or path traversal)"
    if name != name.strip():
        return f"{what} {name!r} starts or ends with whitespace"
    if name.endswith("."):
        return f"{what} {name!r} ends with a dot"
    if unicodedata.normalize("NFC", name) != name:
        return f"{what} {name!r} is not in Unicode NFC form"
    if name.split(".")[0].strip().lower() in _WINDOWS_RESERVED:
        return f"{what} {name!r} is a reserved device name on Windows"
    return None


def check_name(name: str, what: str = "name") -> str:
    """``name`` if it is safe as a folder name (raises :class:`LeaderboardError`)."""
    problem = name_problem(name, what)
    if problem:
        raise LeaderboardError(f"{problem}: choose a name that is safe as a folder name")
    return name


def url_problem(url: str | None) -> str | None:
    """Why ``url`` cannot be an entry's link (only absolute http(s) URLs), or ``None``."""
    if url is None or url == "":
        return None
    if len(url) > MAX_URL:
        return f"url is {len(url)} characters long (at most {MAX_URL})"
    if any(unicodedata.category(c)[0] == "C" or c.isspace() for c in url):
        return f"url {url!r} contains whitespace or control characters"
    p = urlparse(url)
    if p.scheme not in ("http", "https") or not p.netloc:
        return f"url {url!r} is not an http:// or https:// URL"
    return None


def safe_url(url: Any) -> str | None:
    """``url`` when it is an http(s) URL (:func:`url_problem`), else ``None``."""
    return url if isinstance(url, str) and url and url_problem(url) is None else None


def text_problem(value: Any, what: str, limit: int, lines: bool = False) -> str | None:
    """Why a free-text field is refused (not a string, too long, control characters)."""
    if not isinstance(value, str):
        return f"{what} must be a string"
    if len(value) > limit:
        return f"{what} is {len(value)} characters long (at most {limit})"
    allowed = {"\n"} if lines else set()
    if any(unicodedata.category(c)[0] == "C" and c not in allowed for c in value):
        return f"{what} contains control characters"
    return None


def date_problem(value: Any, what: str = "date") -> str | None:
    """Why ``value`` is not an entry date (``YYYY-MM-DD``, a calendar date from
    :data:`EARLIEST_DATE` to tomorrow in UTC: a day's grace for time zones), or ``None``."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return f"{what} {reading.brief(value)} is not YYYY-MM-DD"
    try:
        day = Date.fromisoformat(value)
    except ValueError:
        return f"{what} {value!r} is not a calendar date"
    latest = datetime.now(UTC).date() + timedelta(days=1)
    if not Date.fromisoformat(EARLIEST_DATE) <= day <= latest:
        return (f"{what} {value} is not from {EARLIEST_DATE} to today "
                f"({latest - timedelta(days=1)}, UTC)")
    return None


def _url_check(value: Any, what: str) -> str | None:
    if value is None or value == "":
        return None
    return url_problem(value) if isinstance(value, str) else f"{what} must be a string"


def _bool_check(value: Any, what: str) -> str | None:
    return None if isinstance(value, bool) else f"{what} must be true or false"


def _check(fn: Callable[[Any, str], str | None]) -> dict[str, Any]:
    return {"check": fn}


@dataclass(frozen=True)
class EntryMeta:
    """Who made an entry and what it is: the user-written fields of ``metadata.json``.

    Each field's ``check(value, what)`` (dataclass field metadata) says in one
    line why a value is refused; :meth:`problems` and :func:`metadata_problems`
    run them.

    Attributes:
        name: entry (folder) name (:func:`name_problem`).
        benchmark: the benchmark it is scored on.
        authors: who made it (at most :data:`MAX_AUTHORS` characters, one line).
        url: paper or code, an http(s) URL, or ``None``.
        description: model, features, training (at most :data:`MAX_DESCRIPTION`
            characters; line breaks allowed).
        date: ``YYYY-MM-DD``.
        external_data: trained on anything but the benchmark's train split.
    """

    name: str = field(metadata=_check(name_problem))
    benchmark: str = field(metadata=_check(name_problem))
    authors: str = field(default="", metadata=_check(
        lambda v, what: text_problem(v, what, MAX_AUTHORS)))
    url: str | None = field(default=None, metadata=_check(_url_check))
    description: str = field(default="", metadata=_check(
        lambda v, what: text_problem(v, what, MAX_DESCRIPTION, lines=True)))
    date: str = field(default="", metadata=_check(date_problem))
    external_data: bool = field(default=False, metadata=_check(_bool_check))

    def problems(self, labels: dict[str, str] | None = None) -> list[str]:
        """Everything wrong, one line each; ``labels`` names fields in messages
        (e.g. ``{"authors": "--authors"}``)."""
        return [p for f in fields(self)
                if (p := field_problem(f.name, getattr(self, f.name), (labels or {}).get(f.name)))]

    def document(self, predictions: str) -> dict[str, Any]:
        """The ``metadata.json`` document of this entry (keys in :data:`METADATA_KEYS` order)."""
        return {"schema": ENTRY_SCHEMA, "schema_version": ENTRY_SCHEMA_VERSION,
                **{f.name: getattr(self, f.name) for f in fields(self)},
                "url": self.url or None, "predictions": predictions}


def field_problem(key: str, value: Any, what: str | None = None) -> str | None:
    """Why ``value`` is refused as :class:`EntryMeta` field ``key`` (named ``what``), or None."""
    f = next(f for f in fields(EntryMeta) if f.name == key)
    return f.metadata["check"](value, what or key)


def metadata_problems(meta: dict[str, Any]) -> list[str]:
    """Everything wrong with a ``metadata.json`` document, one line each."""
    problems = []
    missing = [k for k in METADATA_KEYS if k not in meta]
    if missing:
        problems.append(f"metadata lacks {', '.join(missing)}")
    if meta.get("schema") != ENTRY_SCHEMA or meta.get("schema_version") != ENTRY_SCHEMA_VERSION:
        problems.append(f"metadata schema is not {ENTRY_SCHEMA} version {ENTRY_SCHEMA_VERSION}")
    problems += [p for f in fields(EntryMeta)
                 if f.name in meta and (p := field_problem(f.name, meta[f.name]))]
    if "predictions" in meta and meta["predictions"] not in PREDICTION_FILES:
        problems.append(f"predictions must be one of {', '.join(PREDICTION_FILES)}")
    model = meta.get("model")
    if model is not None and not (isinstance(model, dict) and model.get("folder") == "model"
                                  and model.get("kind") in MODEL_KINDS
                                  and isinstance(model.get("sha256"), str)):
        problems.append("metadata model must be {\"folder\": \"model\", \"kind\": "
                        f"{' or '.join(MODEL_KINDS)}, \"sha256\": ...}} or absent")
    return problems


# ------------------------------------------------------------------ entries
@dataclass
class Entry:
    """One entry as read from the store (not verified: see :mod:`leaderboard.verify`).

    Attributes:
        path: its folder.
        benchmark: the benchmark folder it is in.
        meta: ``metadata.json``.
        results: ``results.json``.
    """

    path: Path
    benchmark: str
    meta: dict[str, Any]
    results: dict[str, Any]
    hidden: dict[str, Any] | None = None
    """``hidden.json``: its evaluation on the hidden split, if it had one."""

    @property
    def is_model(self) -> bool:
        """Whether it was submitted as a model (so it can be run on the hidden split)."""
        return isinstance(self.meta.get("model"), dict)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def predictions(self) -> Path:
        return self.path / str(self.meta.get("predictions", PREDICTION_FILES[0]))

    def metric(self, name: str) -> float | None:
        """A mean metric of the results (aggregate or audio); ``None`` when absent."""
        return metric_value(self.results, name)

    @property
    def render_budget(self) -> int:
        """Renders of the instrument per test clip the model used at inference (0: a pure
        predictor; results written before schema version 2 have none and count as 0)."""
        v = self.results.get("render_budget")
        return int(v) if isinstance(v, int) and not isinstance(v, bool) and v > 0 else 0


RESULT_OBJECTS = ("model", "dataset", "predictions", "parameters", "aggregates", "audio")
"""Keys of ``results.json`` whose value is an object (or ``null``) wherever the board reads them."""


def read_json(path: Path) -> dict[str, Any]:
    """A JSON object from ``path`` (:func:`generators.core.reading.read_json`; raises
    :class:`LeaderboardError`)."""
    try:
        return reading.read_json(path)
    except reading.ReadError as e:
        raise LeaderboardError(*e.problems) from None


def entry_problem(meta: dict[str, Any], results: dict[str, Any]) -> str | None:
    """Why an entry cannot be read safely, or ``None``: its predictions file is not one of
    :data:`PREDICTION_FILES` inside the entry (a path elsewhere, e.g. ``../other/x.parquet``,
    is never read), or a part of its results is not a JSON object."""
    files = [("metadata predictions", meta.get("predictions", PREDICTION_FILES[0]))]
    if isinstance(results.get("predictions"), dict) and "file" in results["predictions"]:
        files.append(("results predictions.file", results["predictions"]["file"]))
    for what, name in files:
        if name not in PREDICTION_FILES:
            return (f"{what} {reading.brief(name)} is not one of {', '.join(PREDICTION_FILES)} "
                    "in the entry folder; refusing to read a file elsewhere")
    wrong = [k for k in RESULT_OBJECTS
             if results.get(k) is not None and not isinstance(results[k], dict)]
    if wrong:
        return f"results {', '.join(wrong)} must be JSON objects"
    return None


def read_entry(path: Path) -> Entry:
    """Read the entry folder ``path``, refusing what :func:`entry_problem` finds (raises
    :class:`LeaderboardError`: the board skips the entry, verify fails it)."""
    meta, results = read_json(path / METADATA), read_json(path / RESULTS)
    problem = entry_problem(meta, results)
    preds = path / str(meta.get("predictions", PREDICTION_FILES[0]))
    if problem is None and preds.is_symlink():
        problem = (f"predictions file {preds.name} is a symbolic link; refusing to read a file "
                   "elsewhere")
    if problem:
        raise LeaderboardError(problem)
    hidden = read_json(path / HIDDEN) if (path / HIDDEN).exists() else None
    return Entry(path, path.parent.name, meta, results, hidden)


def entry_dirs(root: Path, benchmarks: Iterable[str] | None = None) -> list[Path]:
    """Entry folders under ``root``, benchmarks in registry order, names sorted.

    Names starting with a dot (temp folders of an interrupted submission) are
    left out.
    """
    if not root.is_dir():
        return []
    wanted = set(benchmarks) if benchmarks is not None else None
    out = []
    for b in sorted((p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")),
                    key=lambda p: benchmark_order(p.name)):
        if wanted is not None and b.name not in wanted:
            continue
        out += sorted((p for p in b.iterdir() if p.is_dir() and not p.name.startswith(".")),
                      key=lambda p: p.name)
    return out


def benchmark_order(name: str) -> tuple[int, str]:
    """Sort key: registry order, then other names alphabetically."""
    names = list(BENCHMARKS)
    return (names.index(name), "") if name in names else (len(names), name)


def find_existing(root: Path, benchmark: str, name: str) -> Path | None:
    """The entry folder of ``benchmark`` whose name equals ``name`` ignoring case."""
    folder = root / benchmark
    if not folder.is_dir():
        return None
    key = name.casefold()
    for p in folder.iterdir():
        if p.name.casefold() == key and not p.name.startswith("."):
            return p
    return None


# ------------------------------------------------------------------ ranking
def rank(entries: list[Entry]) -> list[tuple[int, Entry]]:
    """``(rank, entry)`` best first by :func:`benchmark.metrics.rank`; equal scores on every
    ranking metric share a rank (1, 1, 3), and are listed by date then name."""
    return rank_results(entries, lambda e: e.results,
                        lambda e: (str(e.meta.get("date", "")), e.name))
