"""Atomic writes: a file or a folder appears whole or not at all.

Everything is written to a temp name beside its destination
(``.<name>.tmp-<pid>[-<tag>]``, same folder, so the rename cannot cross file
systems) and renamed over it with :func:`os.replace`. An interrupted writer
leaves at most a temp file, which :func:`remove_temp_files` deletes; readers
never see half a file.
"""

from __future__ import annotations

import json
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator


def temp_path(path: Path, tag: str = "") -> Path:
    """The temp name beside ``path`` of this process: ``.<name>.tmp-<pid>[-<tag>]``."""
    return path.with_name(f".{path.name}.tmp-{os.getpid()}" + (f"-{tag}" if tag else ""))


@contextmanager
def atomic_path(path: Path, tag: str = "") -> Iterator[Path]:
    """Yield a temp path to write; on a clean exit it replaces ``path``.

    The parent folder is created; the temp file never outlives the block
    (on an error ``path`` is left as it was). ``tag`` makes the temp name unique
    per thread, or gives it a suffix a writer insists on (``np.savez``: ``.npz``).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path, tag)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_text_atomic(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(path)


def write_json_atomic(path: Path, doc: dict[str, Any]) -> Path:
    """Write ``doc`` as indented JSON (2 spaces, trailing newline) to ``path`` atomically."""
    return write_text_atomic(path, json.dumps(doc, indent=2) + "\n")


def write_table_atomic(table: Any, path: Path) -> Path:
    """Write the pyarrow ``table`` to the Parquet file ``path`` atomically."""
    import pyarrow.parquet as pq

    with atomic_path(path) as tmp:
        pq.write_table(table, tmp)
    return Path(path)


def write_dir_atomic(final: Path, write: Callable[[Path], None]) -> Path:
    """Fill a temp folder beside ``final`` with ``write(tmp)``, then rename it to ``final``
    (replacing a folder there): an interruption leaves ``final`` as it was."""
    final = Path(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(final)
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        write(tmp)
        replace_dir(tmp, final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def replace_dir(tmp: Path, final: Path) -> Path:
    """Put the finished folder ``tmp`` at ``final`` (same file system), replacing a folder
    there: ``final`` is the old folder or the new one at every moment, never a mix."""
    old = final.with_name(f".{final.name}.old-{os.getpid()}")
    shutil.rmtree(old, ignore_errors=True)
    try:
        if final.exists():
            os.replace(final, old)
        os.replace(tmp, final)
    finally:
        shutil.rmtree(old, ignore_errors=True)
    return final


def remove_temp_files(folder: Path, pid: int | None = None) -> None:
    """Delete the temp files an interrupted writer left in ``folder`` (only process
    ``pid``'s, if given)."""
    for tmp in Path(folder).glob(f".*.tmp-{'*' if pid is None else pid}"):
        tmp.unlink(missing_ok=True)
