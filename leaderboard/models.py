"""Model submissions: a folder that is checked, copied into its entry and run in the sandbox.

A model submission is a folder of one of two kinds (:func:`model_kind`):

* ``saved``: a baseline saved by ``python -m baselines.run ... --save DIR``
  (``model.json`` and its weights, :mod:`baselines.saved`);
* ``package``: ``model.py`` following the ``benchmark.run`` protocol
  (``load_model(task, model_path)``, ``predict(model, audio, sample_rate)``,
  optional ``BATCH_SIZE``), with whatever files it needs (weights, config)
  beside it; ``model_path`` is the folder.

:func:`predict_clips` runs it on encoded clips inside :mod:`leaderboard.sandbox`
(:mod:`leaderboard.model_runner` is what runs in there): the model sees the
project's packages and its folder read-only, the clips' audio (no ids, no
labels), for a package the public dataset (its train split), and a private
``/tmp``; the labels stay here and are scored here.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any
from collections.abc import Sequence

from .sandbox import Limits, run
from .store import ENTRIES, LeaderboardError

MODEL_DIR = "model"
"""Where an entry keeps its model (``entries/<benchmark>/<name>/model/``)."""

KINDS = ("saved", "package")
MAX_MODEL_MIB = 512
"""Largest model folder accepted (all files together)."""

INSIDE_MODEL = "/sandbox/model"
INSIDE_IN = "/sandbox/in"
INSIDE_DATASET = "/sandbox/dataset"


class ModelStopped(LeaderboardError):
    """A model broke a sandbox rule (``rule``) and was stopped."""

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(f"model stopped: {rule}: {message}")
        self.rule = rule
        self.detail = message


class ModelFailed(LeaderboardError):
    """A model ran within the rules but failed (raised, wrong output)."""


def model_kind(folder: Path) -> str:
    """``saved`` or ``package`` (raises :class:`LeaderboardError` for anything else)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise LeaderboardError(f"--model {folder}: not a folder")
    if (folder / "model.json").is_file():
        return "saved"
    if (folder / "model.py").is_file():
        return "package"
    raise LeaderboardError(f"--model {folder}: neither a saved baseline (model.json, from "
                           "python -m baselines.run --save) nor a model package (model.py "
                           "with load_model and predict, as python -m benchmark.run runs)")


def check_model_dir(folder: Path) -> str:
    """Its kind, after refusing links, special files and folders over :data:`MAX_MODEL_MIB`."""
    kind = model_kind(folder)
    total = 0
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            p = Path(root) / name
            st = p.lstat()
            if stat.S_ISLNK(st.st_mode):
                raise LeaderboardError(f"--model {folder}: {p.relative_to(folder)} is a link; "
                                       "a model folder holds plain files only")
            if not (stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode)):
                raise LeaderboardError(f"--model {folder}: {p.relative_to(folder)} is not a "
                                       "plain file")
            total += st.st_size if stat.S_ISREG(st.st_mode) else 0
    if total > MAX_MODEL_MIB * 2**20:
        raise LeaderboardError(f"--model {folder}: {total / 2**20:.0f} MiB, more than "
                               f"{MAX_MODEL_MIB} MiB")
    return kind


def tree_digest(folder: Path) -> str:
    """sha256 over the folder's files (relative paths and bytes, in sorted order)."""
    h = hashlib.sha256()
    folder = Path(folder)
    for p in sorted(q for q in folder.rglob("*") if q.is_file() and "__pycache__" not in q.parts):
        rel = p.relative_to(folder).as_posix().encode()
        h.update(len(rel).to_bytes(8, "little") + rel)
        data = p.read_bytes()
        h.update(len(data).to_bytes(8, "little") + data)
    return h.hexdigest()


def copy_model(src: Path, dst: Path) -> dict[str, Any]:
    """Copy the model folder ``src`` to ``dst``; return the metadata's ``model`` object."""
    kind = check_model_dir(src)
    shutil.copytree(src, dst, symlinks=True,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return {"folder": dst.name, "kind": kind, "sha256": tree_digest(dst)}


def project_packages() -> list[Path]:
    """The folders of the project's packages a model may import (read-only in the sandbox)."""
    import baselines
    import benchmark
    import generators
    import leaderboard

    return [Path(m.__file__).resolve().parent for m in (generators, benchmark, baselines,
                                                        leaderboard)]


def sandbox_env(pythonpath: Sequence[str]) -> dict[str, str]:
    """The whole environment of a sandboxed model (caches in /tmp, one thread, offline)."""
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8",
           "PYTHONPATH": os.pathsep.join(pythonpath), "PYTHONDONTWRITEBYTECODE": "1",
           "PYTHONNOUSERSITE": "1", "XDG_CACHE_HOME": "/tmp/cache",
           "NUMBA_CACHE_DIR": "/tmp/numba", "MPLCONFIGDIR": "/tmp/mpl", "HF_HOME": "/tmp/hf",
           "HF_DATASETS_OFFLINE": "1", "HF_HUB_OFFLINE": "1", "TQDM_DISABLE": "1"}
    for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
              "NUMBA_NUM_THREADS", "ARROW_IO_THREADS"):
        env[k] = "1"
    return env


def stage_audio(blobs: Sequence[bytes], n_samples: int, folder: Path) -> Path:
    """Write the clips as an audio-only Parquet file (no ids, no labels) in ``folder``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({"audio": pa.array(list(blobs), pa.binary())})
    table = table.replace_schema_metadata({"n_samples": str(int(n_samples))})
    path = folder / "audio.parquet"
    pq.write_table(table, path)
    os.chmod(path, 0o644)
    return path


def predict_clips(model: Path, blobs: Sequence[bytes], n_samples: int, sample_rate: int,
                  dataset: str | Path | None, limits: Limits = Limits(),
                  forbid: Sequence[Path] = (), batch_size: int | None = None
                  ) -> dict[str, list[Any]]:
    """Run the model folder ``model`` on the encoded ``blobs`` in the sandbox.

    Args:
        dataset: the public dataset folder (a package's ``load_model`` reads its
            train split); ``None`` for a saved baseline.
        forbid: host paths a model must not try to open (the secret, the hidden
            split, the entries): the attempt is reported as the filesystem rule
            (they are not visible inside anyway).

    Returns:
        The prediction columns, one value per clip, in order.

    Raises:
        ModelStopped: it broke a rule (one line naming it).
        ModelFailed: it failed otherwise.
    """
    model = Path(model).resolve()
    kind = model_kind(model)
    packages = project_packages()
    forbid = [*forbid, ENTRIES]
    with tempfile.TemporaryDirectory(prefix="secret-sauce-sandbox-") as tmp:
        stage = Path(tmp)
        os.chmod(stage, 0o755)
        stage_audio(blobs, n_samples, stage)
        ro: list[Any] = [*packages, (model, INSIDE_MODEL), (stage, INSIDE_IN)]
        command = [sys.executable, "-m", "leaderboard.model_runner", "--model", INSIDE_MODEL,
                   "--audio", f"{INSIDE_IN}/audio.parquet", "--sample-rate", str(sample_rate)]
        if kind == "package":
            if dataset is None or not Path(dataset).is_dir():
                raise LeaderboardError(f"a model package reads its benchmark's dataset; "
                                       f"{dataset} is not a local folder")
            ro.append((Path(dataset).resolve(), INSIDE_DATASET))
            command += ["--dataset", INSIDE_DATASET]
        if batch_size:
            command += ["--batch-size", str(batch_size)]
        for f in forbid:
            command += ["--forbid", str(Path(f).resolve())]
        pythonpath = sorted({str(p.parent) for p in packages})
        outcome = run(command, ro=ro, env=sandbox_env(pythonpath), limits=limits,
                      hide=[p for p in (ENTRIES,) if Path(p).is_dir()])
    if outcome.rule:
        raise ModelStopped(outcome.rule, outcome.message)
    if not outcome.ok:
        lines = [ln for ln in outcome.log.splitlines() if ln.startswith("model failed: ")]
        why = lines[-1][len("model failed: "):] if lines else (
            outcome.log.strip().splitlines()[-1] if outcome.log.strip() else outcome.message)
        raise ModelFailed(f"model failed ({outcome.message}): {why}")
    try:
        doc = json.loads(outcome.output)
        cols = doc["columns"]
        if not isinstance(cols, dict) or not all(isinstance(v, list) for v in cols.values()):
            raise ValueError("columns is not an object of lists")
    except (ValueError, KeyError, TypeError) as e:
        raise ModelFailed(f"model's output is not the expected JSON ({e})") from None
    bad = {k: len(v) for k, v in cols.items() if len(v) != len(blobs)}
    if bad:
        raise ModelFailed(f"model predicted {bad} rows for {len(blobs)} clips")
    return cols
