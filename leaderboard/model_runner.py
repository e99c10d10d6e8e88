"""Inside the sandbox: load a submitted model, predict clips, print the columns as JSON.

Started by :mod:`leaderboard.models` through :mod:`leaderboard.sandbox`; not a
user command. It reads the clips from an audio-only Parquet file (one
``audio`` column of encoded clips: no ids, no labels), loads the model

* a saved baseline (a folder with ``model.json``, ``baselines.run --save``):
  :func:`baselines.saved.load_model`;
* a package following the ``benchmark.run`` protocol (a folder with
  ``model.py``: ``load_model(task, model_path)`` and ``predict(model, audio,
  sample_rate)``): ``task`` is the public dataset's :class:`benchmark.task.ModelTask`
  (train and validation splits), ``model_path`` the folder;

and writes ``{"columns": {target: [values]}}`` on its stdout (the model's own
prints go to stderr). The isolation is the sandbox's; this module only names
the rule a model broke, so the message says which: an audit hook stops the
model (exit code :data:`leaderboard.sandbox.RULE_EXIT`) at its first attempt
to open an internet socket, to open a forbidden path (``--forbid``) or to write
outside ``/tmp``, and an uncaught exception the kernel's refusal raised (no
network, read-only or absent files, ``RLIMIT_NPROC``, ``RLIMIT_AS``) is named
the same way. It imports nothing of :mod:`leaderboard` but :mod:`leaderboard.sandbox`
(for the exit codes).
"""

from __future__ import annotations

import errno
import json
import os
import sys
from typing import Any

from leaderboard.sandbox import RULE_EXIT

MAIN_PID = os.getpid()
WRITABLE = ("/tmp", "/dev/null", "/dev/shm")
NET_EVENTS = {"socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
              "socket.gethostbyaddr", "socket.sendto", "socket.sendmsg", "urllib.Request"}
FS_EVENTS = {"os.remove", "os.rename", "os.mkdir", "os.rmdir", "os.symlink", "os.link",
             "os.truncate", "os.chmod", "os.chown", "shutil.rmtree", "shutil.move"}
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


def stop(rule: str, detail: str) -> None:
    """Report ``rule`` broken (one ``sandbox:`` line on stderr) and exit at once."""
    if os.getpid() == MAIN_PID:
        try:
            os.write(2, f"\nsandbox: {rule}: {detail}\n".encode("utf-8", "replace"))
        except OSError:
            pass
    os._exit(RULE_EXIT[rule])


def _under(path: str, roots: tuple[str, ...]) -> bool:
    return any(path == r or path.startswith(r.rstrip("/") + "/") for r in roots)


def install_tripwire(forbidden: tuple[str, ...]) -> None:
    """The audit hook that names a broken rule the moment a model tries (see the module docs)."""
    import socket

    inet = {socket.AF_INET, socket.AF_INET6, getattr(socket, "AF_PACKET", -1)}

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event == "socket.__new__":
            if args and args[1] in inet:
                stop("network", "tried to open an internet socket (the sandbox has no network)")
        elif event in NET_EVENTS:
            stop("network", f"tried {event} (the sandbox has no network)")
        elif event == "open":
            path, mode, flags = (list(args) + [None, None])[:3]
            if not isinstance(path, (str, bytes)):
                return
            p = os.path.abspath(os.fsdecode(path))
            if _under(p, forbidden):
                stop("filesystem", f"tried to open {p} (not visible to submitted models)")
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or \
                (isinstance(flags, int) and flags & WRITE_FLAGS)
            if writing and not _under(p, WRITABLE):
                stop("filesystem", f"tried to write {p} (models may write in /tmp only)")
        elif event in FS_EVENTS:
            for a in args[:2]:
                if isinstance(a, (str, bytes)):
                    p = os.path.abspath(os.fsdecode(a))
                    if not _under(p, WRITABLE):
                        stop("filesystem", f"{event} {p} (models may write in /tmp only)")

    sys.addaudithook(hook)


NET_ERRNO = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ECONNREFUSED, errno.ENETDOWN,
             errno.EADDRNOTAVAIL}
FS_ERRNO = {errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOENT, errno.EFBIG, errno.ENOSPC,
            errno.EDQUOT}


def rule_of(exc: BaseException) -> tuple[str, str] | None:
    """The sandbox rule behind an exception (or one it wraps), with one line, or ``None``."""
    import socket

    seen = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        what = f"{type(e).__name__}: {e}".splitlines()[0][:300]
        if isinstance(e, MemoryError) or (isinstance(e, RuntimeError) and any(
                s in str(e) for s in ("can't allocate memory", "bad_alloc",
                                      "Cannot allocate memory"))):
            return "memory", f"ran out of its address space ({what})"
        if isinstance(e, (socket.gaierror, socket.herror)) or (
                isinstance(e, OSError) and e.errno in NET_ERRNO):
            return "network", f"{what} (the sandbox has no network)"
        if isinstance(e, OSError) and e.errno == errno.EAGAIN:
            return "processes", f"{what} (too many processes or threads)"
        if isinstance(e, OSError) and e.errno in FS_ERRNO:
            return "filesystem", (f"{what} (the sandbox shows the project and the model's "
                                  "folder read-only and its input; it may write in /tmp only)")
        e = e.__cause__ or e.__context__
    return None


def load_public_task(dataset: str) -> Any:
    from benchmark.task import load_task

    return load_task(dataset).for_model()


def predict_all(model_dir: str, audio_file: str, sample_rate: int, dataset: str | None,
                batch: int | None) -> dict[str, list[Any]]:
    """Columns of the model's predictions for every clip of ``audio_file``, in order."""
    import numpy as np
    import pyarrow.parquet as pq

    from benchmark.run import DEFAULT_BATCH, SubmissionError, as_columns, import_module
    from generators.core.audio import decode_clips

    table = pq.read_table(audio_file, columns=["audio"])
    blobs = table.column("audio").to_pylist()
    n_samples = int(table.schema.metadata[b"n_samples"]) if table.schema.metadata else None
    if os.path.exists(os.path.join(model_dir, "model.json")):
        from baselines.saved import load_model

        saved = load_model(model_dir)
        size = batch or 256
        cols: dict[str, list[Any]] = {}
        for a in range(0, len(blobs), size):
            audio = decode_clips(blobs[a:a + size], n_samples)
            rows = saved.predict(audio)
            for r in rows:
                for k, v in r.items():
                    cols.setdefault(k, []).append(v)
        return cols
    sys.path.insert(0, model_dir)
    module = import_module(os.path.join(model_dir, "model.py"))
    if dataset is None:
        raise SubmissionError("a model package needs the public dataset (its train split)")
    view = load_public_task(dataset)
    model = module.load_model(view, model_dir)
    size = batch or getattr(module, "BATCH_SIZE", DEFAULT_BATCH)
    out: dict[str, list[Any]] = {t: [] for t in view.targets}
    for a in range(0, len(blobs), size):
        audio = decode_clips(blobs[a:a + size], n_samples)
        got = as_columns(module.predict(model, audio, sample_rate))
        missing = [t for t in view.targets if t not in got]
        if missing:
            raise SubmissionError(f"predict: missing columns {', '.join(map(repr, missing))}")
        for t in view.targets:
            vals = got[t]
            if len(vals) != len(audio):
                raise SubmissionError(f"predict: {len(audio)} clips in, column {t!r} has "
                                      f"{len(vals)} rows")
            out[t].extend(np.asarray(vals, dtype=object).tolist())
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    p = argparse.ArgumentParser(prog="python -m leaderboard.model_runner",
                                description="(inside the sandbox) run a submitted model on "
                                            "clips and print its predictions as JSON")
    p.add_argument("--model", required=True)
    p.add_argument("--audio", required=True)
    p.add_argument("--sample-rate", type=int, required=True)
    p.add_argument("--dataset")
    p.add_argument("--batch-size", type=int)
    p.add_argument("--forbid", action="append", default=[])
    args = p.parse_args(argv)
    result = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # the model's prints go to the log, not into the result
    install_tripwire(tuple(os.path.abspath(f) for f in args.forbid))
    try:
        cols = predict_all(args.model, args.audio, args.sample_rate, args.dataset,
                           args.batch_size)
    except BaseException as e:  # noqa: BLE001 (the submission's failure, reported in one line)
        if os.getpid() != MAIN_PID:
            os._exit(1)
        found = rule_of(e)
        if found:
            stop(*found)
        from benchmark.errors import BenchmarkError

        line = "; ".join(e.problems) if isinstance(e, BenchmarkError) else \
            f"{type(e).__name__}: {e}".splitlines()[0][:500]
        os.write(2, f"\nmodel failed: {line}\n".encode("utf-8", "replace"))
        return 1
    if os.getpid() != MAIN_PID:
        os._exit(0)

    def plain(v: Any) -> Any:
        if v is None or isinstance(v, (str, bool, int, float)):
            return v
        if hasattr(v, "item"):
            return v.item()
        return str(v)

    json.dump({"columns": {k: [plain(v) for v in vs] for k, vs in cols.items()}}, result)
    result.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
