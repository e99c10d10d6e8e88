"""Predictions files: reading, validation and writing.

A predictions file is Parquet (``.parquet``) or CSV (``.csv``) with a column
``id`` and one column per parameter of the dataset's instrument:

* knob: a number on the 0-10 label scale;
* switch: one of its label strings;
* a parameter that is masked for a sample (its switch is off in the truth,
  see :mod:`benchmark.task`) may be empty (CSV: empty field; Parquet: null).

It covers exactly the ids of one split (``test`` unless asked otherwise). It
may declare the fingerprint of the dataset it was made for: Parquet schema
metadata ``secret_sauce.fingerprint``, or a first CSV line
``# fingerprint: <hex>``; the scorer refuses a file declared for another
dataset. :func:`validate` reports every problem at once, each naming the
column and a few offending ids.
"""

from __future__ import annotations

import csv
import io
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from collections.abc import Iterable, Mapping

import numpy as np

from generators.core.atomic import atomic_path
from generators.core.reading import ReadError, brief, read_parquet, read_text

from .errors import BenchmarkError, FingerprintError
from .task import Task, _few

FINGERPRINT_KEY = b"secret_sauce.fingerprint"
CSV_FINGERPRINT = "# fingerprint:"
FORMATS = (".parquet", ".csv")


class PredictionError(BenchmarkError):
    """A predictions file is malformed or does not fit the dataset."""


@dataclass
class RawTable:
    """Columns of a predictions file or of a model's output, not yet checked.

    Attributes:
        columns: column names in file order.
        data: values per column (Python objects; ``None`` = null).
        text: values are text to parse (CSV), not typed (Parquet, arrays).
        fingerprint: the dataset fingerprint the file declares, if any.
        origin: name for messages (the file path).
    """

    columns: list[str]
    data: dict[str, list[Any]]
    text: bool
    fingerprint: str | None
    origin: str

    @property
    def n_rows(self) -> int:
        return len(next(iter(self.data.values()))) if self.data else 0


@dataclass
class Predictions:
    """Validated predictions of one split, rows in the split's id order.

    Attributes:
        split: ``test``, ``validation`` or ``train``.
        ids: the split's ids (sorted).
        values: per parameter, knob values (float64, NaN = empty) or switch
            labels (objects, ``None`` = empty).
        fingerprint: what the file declared (``None``: nothing).
        origin: where they came from.
    """

    split: str
    ids: np.ndarray
    values: dict[str, np.ndarray]
    fingerprint: str | None = None
    origin: str = ""

    def settings(self, row: int) -> dict[str, float | str]:
        """Labels of row ``row``; empty values are left out (the renderer uses defaults)."""
        out: dict[str, float | str] = {}
        for name, col in self.values.items():
            v = col[row]
            if v is None or (isinstance(v, float) and math.isnan(v)):
                continue
            out[name] = float(v) if isinstance(v, (float, np.floating)) else v
        return out


# ------------------------------------------------------------------ reading
def read_raw(path: str | Path) -> RawTable:
    """Read a ``.parquet`` or ``.csv`` predictions file without checking it.

    Raises:
        PredictionError: not a .parquet or .csv name, missing, a folder, unreadable, not
            Parquet or UTF-8 CSV, ragged CSV lines or duplicate columns (time linear in
            the file's size).
    """
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise PredictionError(f"{path}: predictions must be a .parquet or .csv file")
    if not path.exists():
        raise PredictionError(f"no predictions file {path}")
    try:
        if path.suffix.lower() == ".parquet":
            return _read_parquet(path)
        text = read_text(path, "predictions")
    except ReadError as e:
        raise PredictionError(*e.problems) from None
    fp = None
    lines = text.removeprefix("\ufeff").splitlines(keepends=True)
    while lines and lines[0].startswith("#"):
        line = lines.pop(0)
        if line.startswith(CSV_FINGERPRINT):
            fp = line[len(CSV_FINGERPRINT):].strip() or None
    try:
        rows = list(csv.reader(io.StringIO("".join(lines))))
    except csv.Error as e:
        raise PredictionError(f"{path}: not a readable CSV file ({brief(str(e), 120)})") from None
    if not rows:
        raise PredictionError(f"{path}: empty file (expected a header line: id,<parameters>)")
    header = [h.strip() for h in rows[0]]
    body = [r for r in rows[1:] if r]
    bad = [k + 2 for k, r in enumerate(body) if len(r) != len(header)]
    if bad:
        raise PredictionError(f"{path}: lines {_few(bad)} do not have {len(header)} fields "
                              "like the header")
    _check_unique(header, str(path))
    data = {h: [r[k] for r in body] for k, h in enumerate(header)}
    return RawTable(header, data, True, fp, str(path))


def _read_parquet(path: Path) -> RawTable:
    import pyarrow as pa

    table = read_parquet(path, "predictions")
    _check_unique(list(table.column_names), str(path))
    md = table.schema.metadata or {}
    fp = md.get(FINGERPRINT_KEY)
    data = {}
    for name, col in zip(table.column_names, table.columns):
        if pa.types.is_dictionary(col.type):
            col = col.cast(col.type.value_type)
        data[name] = col.to_pylist()
    return RawTable(list(table.column_names), data, False,
                    fp.decode(errors="replace") if fp else None, str(path))


def _check_unique(columns: list[str], origin: str) -> None:
    """Refuse repeated column names (linear: a header may have any number of columns)."""
    counts = Counter(columns)
    dup = sorted(c for c, k in counts.items() if k > 1)
    if dup:
        raise PredictionError(f"{origin}: duplicate columns {_few([brief(d) for d in dup])}")


def from_columns(columns: Mapping[str, Iterable[Any]], ids: Iterable[int],
                 fingerprint: str | None = None, origin: str = "predictions") -> RawTable:
    """A :class:`RawTable` from in-memory columns (e.g. a model's output) and their ids."""
    data: dict[str, list[Any]] = {"id": [int(i) for i in ids]}
    for name, col in columns.items():
        data[str(name)] = col.tolist() if isinstance(col, np.ndarray) else list(col)
    return RawTable(list(data), data, False, fingerprint, origin)


# --------------------------------------------------------------- validation
_INT64 = 2**63


def _parse_id(v: Any, text: bool) -> int | None:
    """An id as an int within int64, or ``None`` when it is not one."""
    if isinstance(v, (bool, np.bool_)) or v is None:
        return None
    i: int | None = None
    if isinstance(v, (int, np.integer)):
        i = int(v)
    elif isinstance(v, (float, np.floating)):
        i = int(v) if math.isfinite(v) and float(v).is_integer() else None
    elif isinstance(v, str) and text and len(v) <= 40:
        try:
            i = int(v.strip())
        except ValueError:
            return None
    return i if i is not None and -_INT64 <= i < _INT64 else None


_EMPTY = object()


def _parse_knob(v: Any, text: bool) -> Any:
    """A float, ``_EMPTY``, or ``None`` when it is not a number."""
    if v is None:
        return _EMPTY
    if isinstance(v, str):
        if not v.strip():
            return _EMPTY
        if not text:
            return None
        try:
            return float(v)
        except ValueError:
            return None
    if isinstance(v, (bool, np.bool_)):
        return None
    if isinstance(v, (int, float, np.integer, np.floating)):
        return float(v)
    return None


def validate(task: Task, raw: RawTable, split: str = "test") -> Predictions:
    """Check ``raw`` against ``task``'s ``split``; every problem is reported.

    Raises:
        PredictionError: one problem per line, naming the column and a few ids.
    """
    wanted = task.split_ids(split)
    where = raw.origin
    problems: list[str] = []
    targets = task.targets
    if "id" not in raw.columns:
        problems.append(f"{where}: missing column 'id' (the sample id)")
    missing = [t for t in targets if t not in raw.columns]
    if missing:
        problems.append(f"{where}: missing columns {', '.join(map(repr, missing))}")
    wanted_columns = {"id", *targets}
    extra = [brief(c) for c in raw.columns if c not in wanted_columns]
    if extra:
        problems.append(f"{where}: unexpected columns {_few(extra)} (expected "
                        f"'id' and one column per parameter: {', '.join(targets)})")
    if "id" not in raw.columns:
        raise PredictionError(*problems)

    ids = [_parse_id(v, raw.text) for v in raw.data["id"]]
    bad_rows = [k + 1 for k, i in enumerate(ids) if i is None]
    if bad_rows:
        vals = [brief(raw.data["id"][k - 1], 40) for k in bad_rows[:5]]
        problems.append(f"{where}: column 'id': not an integer in rows {_few(bad_rows)} "
                        f"(values {', '.join(vals)}): ids are 64-bit integers")
        raise PredictionError(*problems)
    arr = np.asarray(ids, dtype=np.int64)
    uniq, counts = np.unique(arr, return_counts=True)
    dups = uniq[counts > 1].tolist()
    if dups:
        problems.append(f"{where}: column 'id': duplicate ids {_few(dups)} (each id must "
                        "appear once)")
    unknown = sorted({int(i) for i in arr if not 0 <= i < task.n})
    if unknown:
        problems.append(f"{where}: column 'id': unknown ids {_few(unknown)} (the dataset has "
                        f"ids 0-{task.n - 1})")
    known = arr[(arr >= 0) & (arr < task.n)]
    splits = task.split_of(known)
    for other in sorted(set(splits) - {split}):
        bad = sorted(set(known[splits == other].tolist()))
        problems.append(f"{where}: column 'id': ids {_few(bad)} belong to the {other} split, "
                        f"not {split} (wrong split: predict the {split} ids {_span(wanted)})")
    absent = np.setdiff1d(wanted, arr).tolist()
    if absent:
        problems.append(f"{where}: column 'id': missing ids {_few(absent)} of the {split} "
                        f"split ({len(wanted)} expected)")

    # one row per wanted id (first occurrence), for the value checks
    first: dict[int, int] = {}
    for k, i in enumerate(ids):
        first.setdefault(i, k)
    rows = np.array([first.get(int(i), -1) for i in wanted], dtype=np.int64)
    values, value_problems = check_values(task, raw, wanted, rows)
    problems += value_problems
    if problems:
        raise PredictionError(*problems)
    return Predictions(split, wanted, values, raw.fingerprint, raw.origin)


def check_values(task: Task, raw: RawTable, ids: np.ndarray, rows: np.ndarray
                 ) -> tuple[dict[str, np.ndarray], list[str]]:
    """Check the values of the target columns present in ``raw``.

    Args:
        ids: sample ids to check.
        rows: row of ``raw`` holding each id (``-1``: absent, not checked).

    Returns:
        ``(values, problems)``: per column, the values in ``ids`` order
        (knobs float64, NaN = empty; switches objects, ``None`` = empty), and
        one message per kind of problem per column.
    """
    problems: list[str] = []
    where = raw.origin
    have = rows >= 0
    values: dict[str, np.ndarray] = {}
    for name in task.targets:
        if name not in raw.columns:
            continue
        col = raw.data[name]
        mask = task.masks[name][ids]
        knob = task.is_knob(name)
        out = np.full(len(ids), np.nan) if knob else np.full(len(ids), None, dtype=object)
        issues: dict[str, list[tuple[int, Any]]] = {}
        for pos in np.nonzero(have)[0]:
            v = col[rows[pos]]
            i = int(ids[pos])
            if knob:
                x = _parse_knob(v, raw.text)
                if x is None:
                    issues.setdefault("notnum", []).append((i, v))
                elif x is _EMPTY:
                    if mask[pos]:
                        issues.setdefault("empty", []).append((i, v))
                elif not math.isfinite(x):
                    issues.setdefault("nonfinite", []).append((i, v))
                elif not 0.0 <= x <= 10.0:
                    issues.setdefault("range", []).append((i, x))
                else:
                    out[pos] = x
            else:
                if v is None or (isinstance(v, str) and not v.strip()):
                    if mask[pos]:
                        issues.setdefault("empty", []).append((i, v))
                elif not isinstance(v, str):
                    issues.setdefault("type", []).append((i, v))
                elif v not in task.instrument.param(name).labels:  # type: ignore[union-attr]
                    issues.setdefault("label", []).append((i, v))
                else:
                    out[pos] = v
        for kind, items in issues.items():
            problems.append(f"{where}: column {name!r}: {_describe(kind, task, name, items)}")
        values[name] = out
    return values, problems


def _describe(kind: str, task: Task, name: str, items: list[tuple[int, Any]]) -> str:
    ids = [i for i, _ in items]
    shown = ", ".join(brief(v, 40) for _, v in items[:5])
    if kind == "notnum":
        return f"not a number for ids {_few(ids)} (values {shown})"
    if kind == "nonfinite":
        return f"NaN or inf for ids {_few(ids)} (values {shown})"
    if kind == "range":
        return f"outside 0-10 for ids {_few(ids)} (values {shown})"
    if kind == "empty":
        return (f"empty for ids {_few(ids)} where the parameter is active (only a masked "
                "parameter, whose switch is off in the truth, may be empty)")
    labels = ", ".join(task.instrument.param(name).labels)  # type: ignore[union-attr]
    if kind == "type":
        return f"not a label string for ids {_few(ids)} (values {shown}); labels: {labels}"
    return f"unknown labels for ids {_few(ids)} (values {shown}); labels: {labels}"


def _span(ids: np.ndarray) -> str:
    if len(ids) == 0:
        return "(none)"
    return f"{ids[0]}-{ids[-1]}" if len(ids) == ids[-1] - ids[0] + 1 else _few(ids.tolist())


def check_fingerprint(task: Task, declared: str | None, origin: str) -> None:
    """Refuse predictions declared for another dataset."""
    if declared and declared != task.fingerprint:
        raise FingerprintError(
            f"{origin} was made for the dataset with fingerprint {declared[:16]}..., but "
            f"{task.name} has {task.fingerprint[:16] or '(none)'}...: predictions are for "
            "another dataset")


def load_predictions(task: Task, path: str | Path, split: str = "test") -> Predictions:
    """Read, validate and fingerprint-check a predictions file."""
    raw = read_raw(path)
    check_fingerprint(task, raw.fingerprint, raw.origin)
    return validate(task, raw, split)


# ------------------------------------------------------------------ writing
def write_predictions(path: str | Path, preds: Predictions, task: Task) -> Path:
    """Write ``preds`` atomically (temp file + rename) as Parquet or CSV, with
    the dataset fingerprint declared."""
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise PredictionError(f"{path}: predictions must be written as .parquet or .csv")
    with atomic_path(path) as tmp:
        if path.suffix.lower() == ".parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            cols = {"id": pa.array(preds.ids, pa.int64())}
            for name in task.targets:
                v = preds.values[name]
                if task.is_knob(name):
                    cols[name] = pa.array(v, pa.float64(), mask=np.isnan(v))
                else:
                    cols[name] = pa.array(list(v), pa.string())
            table = pa.table(cols).replace_schema_metadata(
                {FINGERPRINT_KEY: task.fingerprint.encode()})
            pq.write_table(table, tmp)
        else:
            with open(tmp, "w", newline="", encoding="utf-8") as f:
                f.write(f"{CSV_FINGERPRINT} {task.fingerprint}\n")
                w = csv.writer(f)
                w.writerow(["id", *task.targets])
                for k, i in enumerate(preds.ids):
                    w.writerow([int(i), *(_cell(preds.values[n][k]) for n in task.targets)])
    return path


def _cell(v: Any) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    return repr(float(v)) if isinstance(v, (float, np.floating)) else str(v)
