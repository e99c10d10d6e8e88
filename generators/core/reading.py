"""One guarded way to read a user's file: every failure is one ``error:`` line.

Each reader turns what can go wrong with a file a command was given (missing,
a folder, unreadable, not UTF-8, not valid YAML/JSON/Parquet/audio, the wrong
type at the top level, values out of range) into a :class:`ReadError` (a
:class:`~generators.core.errors.UserError`: one ``error:`` line, exit 2) that names
the file and what was expected. Messages quote at most :data:`BRIEF` characters
of a value (:func:`brief`), so a hostile value (a YAML alias bomb, a huge
string) cannot make the message itself expensive.
"""

from __future__ import annotations

import json
import reprlib
from pathlib import Path
from typing import Any

import numpy as np

from .errors import UserError

BRIEF = 80
"""Most characters of a value quoted in an error message."""

MAX_SAMPLE = 1000.0
"""Audio samples beyond this magnitude (60 dB over full scale) are refused as not audio."""

_repr = reprlib.Repr()
_repr.maxlevel, _repr.maxdict, _repr.maxlist, _repr.maxtuple, _repr.maxset = 2, 4, 4, 4, 4
_repr.maxstring, _repr.maxother, _repr.maxlong = BRIEF, BRIEF, 40


class ReadError(UserError):
    """A file a command was given cannot be used (one line naming the file)."""


def brief(value: Any, limit: int = BRIEF) -> str:
    """A repr of ``value`` of at most about ``limit`` characters, in time bounded by its
    first few items (nested containers are cut at depth 2, four items each)."""
    text = _repr.repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _label(path: Path, what: str) -> str:
    return f"{what} {path}".strip()


def read_bytes(path: Path | str, what: str = "") -> bytes:
    """The bytes of the file ``path`` (``what`` names it in messages, e.g. ``--config``).

    Raises:
        ReadError: missing, a folder, or unreadable.
    """
    path = Path(path)
    label = _label(path, what)
    if not path.exists():
        raise ReadError(f"{label}: no such file")
    if path.is_dir():
        raise ReadError(f"{label}: is a folder, not a file")
    try:
        return path.read_bytes()
    except OSError as e:
        raise ReadError(f"{label}: cannot read it ({e.strerror or e})") from None


def read_text(path: Path | str, what: str = "") -> str:
    """The UTF-8 text of ``path``.

    Raises:
        ReadError: as :func:`read_bytes`, or not UTF-8 (with the byte offset).
    """
    data = read_bytes(path, what)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ReadError(f"{_label(Path(path), what)}: not UTF-8 text (byte {e.start}: "
                        f"{data[e.start:e.start + 1]!r})") from None


def _expect(value: Any, expect: type | tuple[type, ...] | None, label: str) -> Any:
    if expect is not None and not isinstance(value, expect):
        names = " or ".join(t.__name__ for t in (expect if isinstance(expect, tuple) else (expect,)))
        names = names.replace("dict", "a mapping").replace("list", "a list")
        raise ReadError(f"{label}: expected {names} at the top level, got "
                        f"{type(value).__name__} {brief(value, 40)}")
    return value


def parse_json(text: str, label: str, expect: type | tuple[type, ...] | None = dict) -> Any:
    """``text`` as JSON whose top level is of type ``expect`` (``None``: any)."""
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError, ValueError) as e:
        where = f" (line {e.lineno}, column {e.colno})" if isinstance(e, json.JSONDecodeError) else ""
        msg = e.msg if isinstance(e, json.JSONDecodeError) else "too deeply nested or too large"
        raise ReadError(f"{label}: not valid JSON{where}: {msg}") from None
    return _expect(value, expect, label)


def read_json(path: Path | str, what: str = "", expect: type | tuple[type, ...] | None = dict) -> Any:
    """The JSON document in ``path``, whose top level must be ``expect`` (default a mapping)."""
    return parse_json(read_text(path, what), _label(Path(path), what), expect)


def parse_yaml(text: str, label: str, expect: type | tuple[type, ...] | None = dict) -> Any:
    """``text`` as YAML (safe loader: no Python tags) whose top level is ``expect``."""
    import yaml

    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(e, "problem", None) or type(e).__name__
        raise ReadError(f"{label}: not valid YAML{where}: {brief(str(problem), 120)}") from None
    except RecursionError:
        raise ReadError(f"{label}: YAML nested too deeply") from None
    return _expect(value, expect, label)


def unknown_keys(doc: dict[str, Any], allowed: Any) -> str | None:
    """What is wrong with ``doc``'s keys, or ``None`` if each is in ``allowed`` (names, in
    message order): ``unknown key 'fo' (did you mean 'foo'?)`` for one close to an allowed
    name, else the unknown keys (at most 5 quoted) and the allowed ones."""
    import difflib

    allowed = [str(a) for a in allowed]
    unknown = [k for k in doc if k not in allowed]
    if not unknown:
        return None
    close = difflib.get_close_matches(str(unknown[0]), allowed, n=1, cutoff=0.6)
    if len(unknown) == 1 and close:
        return f"unknown key {brief(unknown[0], 40)} (did you mean {brief(close[0])}?)"
    return (f"unknown key{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(brief(k, 40) for k in unknown[:5])}"
            f"{f' ({len(unknown)} in all)' if len(unknown) > 5 else ''}; "
            f"allowed: {', '.join(allowed)}")


def check_keys(doc: dict[str, Any], allowed: Any, label: str) -> dict[str, Any]:
    """``doc`` unchanged if every key is in ``allowed`` (see :func:`unknown_keys`).

    Raises:
        ReadError: one line, ``LABEL: unknown key ...``.
    """
    problem = unknown_keys(doc, allowed)
    if problem:
        raise ReadError(f"{label}: {problem}")
    return doc


def read_yaml(path: Path | str, what: str = "", expect: type | tuple[type, ...] | None = dict) -> Any:
    """The YAML document in ``path``, whose top level must be ``expect`` (default a mapping)."""
    return parse_yaml(read_text(path, what), _label(Path(path), what), expect)


def read_parquet(path: Path | str, what: str = "", columns: list[str] | None = None) -> Any:
    """The Parquet file ``path`` as a pyarrow Table (only ``columns``, if given).

    Raises:
        ReadError: as :func:`read_bytes`, not Parquet, corrupt, or missing a column.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(path)
    label = _label(path, what)
    if not path.is_file():
        read_bytes(path, what)  # raises the right message
    try:
        return pq.read_table(path, columns=columns)
    except (pa.ArrowException, OSError, ValueError, KeyError) as e:
        raise ReadError(f"{label}: not a readable Parquet file ({brief(str(e), 160)})") from None


def parquet_rows(path: Path | str) -> int | None:
    """The row count in ``path``'s Parquet footer, or ``None`` if it is not a whole Parquet file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return int(pq.ParquetFile(path).metadata.num_rows)
    except (pa.ArrowException, OSError, ValueError):
        return None


def check_audio(samples: np.ndarray, label: str) -> np.ndarray:
    """``samples`` unchanged if every value is finite and within :data:`MAX_SAMPLE`.

    Raises:
        ReadError: non-finite samples, or samples far beyond full scale.
    """
    if samples.size and not np.isfinite(samples).all():
        raise ReadError(f"{label}: holds NaN or infinite samples")
    peak = float(np.abs(samples).max()) if samples.size else 0.0
    if peak > MAX_SAMPLE:
        raise ReadError(f"{label}: samples reach {peak:.3g}, over {MAX_SAMPLE:g} times full "
                        "scale; this is not audio in the usual -1..1 range")
    return samples


def read_audio(path: Path | str, what: str = "") -> tuple[np.ndarray, int]:
    """An audio file (any format soundfile reads) as float32 ``[frames, channels]`` and its
    rate in Hz, checked by :func:`check_audio`.

    Raises:
        ReadError: missing, unreadable, not audio, empty, or not finite audio.
    """
    import soundfile as sf

    path = Path(path)
    label = _label(path, what)
    if not path.is_file():
        read_bytes(path, what)
    try:
        data, rate = sf.read(str(path), dtype="float32", always_2d=True)
    except (sf.LibsndfileError, RuntimeError, OSError, ValueError) as e:
        raise ReadError(f"{label}: not a readable audio file ({brief(str(e), 120)})") from None
    if data.shape[0] == 0:
        raise ReadError(f"{label}: holds no audio (0 frames)")
    return check_audio(data, label), int(rate)
