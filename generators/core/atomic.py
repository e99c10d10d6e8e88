"""Atomic, durable and guarded writes: a file or a folder appears whole or not at all,
and nothing a user owns is replaced.

Everything is written to a temp name beside its destination
(``.<name>.tmp-<pid>[-<tag>]``, same folder, so the rename cannot cross file
systems), flushed to disk (``fsync`` of the file, then of its folder after the
rename) and renamed over it with :func:`os.replace`. An interrupted writer
leaves at most a temp file, which :func:`remove_temp_files` deletes; readers
never see half a file, and a power cut leaves the old file or the new one.

The guards:

* :func:`write_dir_atomic` replaces a folder only if it is empty or was written
  by the same kind of command: such a folder carries a :data:`MARKER` file naming
  its kind (``match``, ``site``, ``model``...). Any other folder, or a file in its
  place, is refused with one ``error:`` line.
* :func:`check_output` refuses an output path that is one of the command's
  inputs, lies inside an input folder, or contains an input.
* :func:`safe_names` makes per-input output names that are single, distinct folder
  names (no ``.``, ``..``, ``/``, no two alike).

A write that fails (disk full, read-only, a file where a folder belongs) raises
:class:`WriteError`, a :class:`~generators.core.errors.UserError` (one ``error:``
line, exit 2) that is also an :class:`OSError`.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterable, Iterator, Mapping

from .errors import UserError

MARKER = ".secret-sauce"
"""File whose text names the kind of command that wrote the folder it is in."""


class WriteError(UserError, OSError):
    """An output cannot be written or would replace something the command does not own.

    Its ``errno`` is the failed call's (e.g. ``ENOSPC``: a full disk), or ``None``.
    """

    @classmethod
    def of(cls, message: str, e: OSError) -> WriteError:
        """The error ``message`` for the failed call ``e``, keeping ``e.errno``."""
        err = cls(message)
        err.errno, err.strerror = e.errno, e.strerror
        return err

    def __str__(self) -> str:
        return "\n".join(self.problems)  # not OSError's "[Errno N] ..." once errno is set


def _reason(e: OSError) -> str:
    if e.errno == errno.ENOSPC:
        return "disk full; free space and run it again"
    return e.strerror or str(e) or type(e).__name__


def fsync_path(path: Path) -> None:
    """Flush a file's (or a folder's entries') data to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems cannot sync a folder; the rename is still atomic
        pass
    finally:
        os.close(fd)


def _fsync_tree(folder: Path) -> None:
    for root, _dirs, files in os.walk(folder, topdown=False):
        for name in files:
            fsync_path(Path(root) / name)
        fsync_path(Path(root))


def _mkdir(folder: Path, shown: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise WriteError.of(f"cannot write {shown}: cannot create folder {folder} ({_reason(e)})",
                            e) from None


def temp_path(path: Path, tag: str = "") -> Path:
    """The temp name beside ``path`` of this process: ``.<name>.tmp-<pid>[-<tag>]``."""
    return path.with_name(f".{path.name}.tmp-{os.getpid()}" + (f"-{tag}" if tag else ""))


@contextmanager
def atomic_path(path: Path, tag: str = "") -> Iterator[Path]:
    """Yield a temp path to write; on a clean exit it is synced to disk and replaces ``path``.

    The parent folder is created; the temp file never outlives the block
    (on an error ``path`` is left as it was). ``tag`` makes the temp name unique
    per thread, or gives it a suffix a writer insists on (``np.savez``: ``.npz``).

    Raises:
        WriteError: the folder cannot be created, ``path`` is a folder, or writing
            fails (disk full, read-only...).
    """
    path = Path(path)
    _mkdir(path.parent, path)
    if path.is_dir():
        raise WriteError(f"cannot write {path}: it is a folder")
    tmp = temp_path(path, tag)
    try:
        try:
            yield tmp
            fsync_path(tmp)
            os.replace(tmp, path)
            fsync_path(path.parent)
        except WriteError:
            raise
        except OSError as e:
            raise WriteError.of(f"cannot write {path} ({_reason(e)})", e) from None
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


def write_text_atomic(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(path)


def write_json_atomic(path: Path, doc: dict[str, Any]) -> Path:
    """Write ``doc`` as indented JSON (2 spaces, trailing newline) to ``path`` atomically."""
    return write_text_atomic(path, json.dumps(doc, indent=2) + "\n")


def write_table_atomic(table: Any, path: Path, **options: Any) -> Path:
    """Write the pyarrow ``table`` to the Parquet file ``path`` atomically
    (``options``: keyword arguments of ``pyarrow.parquet.write_table``)."""
    import pyarrow.parquet as pq

    with atomic_path(path) as tmp:
        pq.write_table(table, tmp, **options)
    return Path(path)


def owner(folder: Path) -> str | None:
    """The kind named by ``folder``'s :data:`MARKER` (``None``: no readable marker)."""
    try:
        return (Path(folder) / MARKER).read_text(encoding="utf-8").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def claim_dir(final: Path, kind: str, what: str = "", legacy: str | None = None) -> None:
    """Refuse to replace ``final`` unless it is absent, an empty folder, or a folder
    written by a command of ``kind`` (its :data:`MARKER` says so, or, for folders
    written before markers, it holds the file ``legacy``).

    Raises:
        WriteError: one line naming ``what`` (e.g. ``--site``) and the folder.
    """
    final = Path(final)
    label = f"{what} {final}".strip()
    if not final.exists() and not final.is_symlink():
        return
    if final.is_symlink() or not final.is_dir():
        raise WriteError(f"{label}: exists and is not a folder; choose another name")
    if owner(final) == kind or (legacy and (final / legacy).is_file() and owner(final) is None):
        return
    try:
        empty = not any(final.iterdir())
    except OSError as e:
        raise WriteError(f"{label}: cannot read it ({_reason(e)})") from None
    if not empty:
        raise WriteError(f"{label}: exists and was not written by this command ({kind}); "
                         "it is left as it is: choose a new or empty folder")


def write_dir_atomic(final: Path, write: Callable[[Path], None], kind: str, what: str = "",
                     legacy: str | None = None) -> Path:
    """Fill a temp folder beside ``final`` with ``write(tmp)``, mark it as ``kind``'s
    (:data:`MARKER`), sync it to disk and rename it to ``final``, replacing a folder
    there only if :func:`claim_dir` allows: an interruption leaves ``final`` as it was.

    Raises:
        WriteError: ``final`` is not this command's to replace, or cannot be written.
    """
    final = Path(final)
    claim_dir(final, kind, what, legacy)
    _mkdir(final.parent, final)
    tmp = temp_path(final)
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        try:
            tmp.mkdir()
            write(tmp)
            (tmp / MARKER).write_text(kind + "\n", encoding="utf-8")
            replace_dir(tmp, final)
        except WriteError:
            raise
        except OSError as e:
            raise WriteError.of(f"cannot write {final} ({_reason(e)})", e) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def replace_dir(tmp: Path, final: Path) -> Path:
    """Sync the finished folder ``tmp`` to disk and put it at ``final`` (same file system),
    replacing a folder there: ``final`` is the old folder or the new one at every moment,
    never a mix. Callers check first that ``final`` is theirs to replace (:func:`claim_dir`)."""
    _fsync_tree(tmp)
    old = final.with_name(f".{final.name}.old-{os.getpid()}")
    shutil.rmtree(old, ignore_errors=True)
    try:
        if final.is_dir() and not final.is_symlink():
            os.replace(final, old)
        os.replace(tmp, final)
        fsync_path(final.parent)
    finally:
        shutil.rmtree(old, ignore_errors=True)
    return final


def remove_temp_files(folder: Path, pid: int | None = None) -> None:
    """Delete the temp files an interrupted writer left in ``folder`` (only process
    ``pid``'s, if given)."""
    for tmp in Path(folder).glob(f".*.tmp-{'*' if pid is None else pid}"):
        tmp.unlink(missing_ok=True)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_output(out: Path, inputs: Mapping[str, Path | None], what: str = "--out") -> None:
    """Refuse an output that would overwrite or sit inside an input, or contain one.

    Args:
        out: the file or folder the command will write.
        inputs: option or argument name -> the path it read (``None`` entries are skipped;
            a Hub id that is no local path is skipped too).

    Raises:
        WriteError: one line naming both, e.g. ``--out preds.parquet is the predictions
            input; choose another name``.
    """
    o = Path(out).resolve()
    for name, path in inputs.items():
        if path is None or not Path(path).exists():
            continue
        p = Path(path).resolve()
        if o == p:
            raise WriteError(f"{what} {out} is the {name} input; choose another name")
        if p.is_dir() and _inside(o, p):
            raise WriteError(f"{what} {out} is inside the {name} input {path}; "
                             "writing there would change it: choose another place")
        if _inside(p, o):
            raise WriteError(f"{what} {out} contains the {name} input {path}; choose another place")


def safe_names(names: Iterable[str]) -> tuple[list[str], list[str]]:
    """Distinct single-folder names for per-input outputs, and what was renamed.

    A name that is empty, ``.``/``..`` or has a path separator becomes ``input``
    (with its characters kept where harmless); repeats get ``-2``, ``-3``... in order.

    Returns:
        (names, notes): one name per input, and one ``'A' -> 'B'`` note per change.
    """
    out: list[str] = []
    notes: list[str] = []
    taken: set[str] = set()
    for name in names:
        base = name.replace("/", "_").replace("\\", "_").replace("\0", "_")
        if base.strip(".") == "":
            base = "input" + base
        base = base[:200]
        new, k = base, 1
        while new in taken:
            k += 1
            new = f"{base}-{k}"
        taken.add(new)
        out.append(new)
        if new != name:
            notes.append(f"{name!r} -> {new!r}")
    return out, notes
