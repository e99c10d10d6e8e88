"""``python -m leaderboard.evaluate --hidden``: run every model entry on the hidden split.

Maintainers only (it needs the secret, :mod:`leaderboard.hidden`). For each
benchmark with model entries it renders the hidden split once into the cache
outside the repository, refuses it unless its digest is the pinned one, then
runs each entry's model (``model/``) on the hidden clips in the sandbox
(:mod:`leaderboard.models`; the model sees the audio only), validates and
scores its predictions here, and writes ``hidden.json`` into the entry::

    {"schema", "secret_sha256", "digest", "n", "evaluated", "status": "ok" | "stopped" | "failed",
     "rule", "message", "scores": {"aggregates", "parameters", "audio"}}

A model that breaks a sandbox rule is recorded as ``stopped`` with the rule,
reported in one line, and the other entries are evaluated all the same.
Predictions-only entries cannot be run and are left as they are (the board
marks them). Nothing about the hidden split but its scores, size and digest
is written: no seed, no predictions, no labels. Exit code 1 when an entry
could not be evaluated (stopped or failed), 2 for a usage error.
"""

from __future__ import annotations

import argparse
from datetime import datetime, UTC
from pathlib import Path
from typing import Any
from collections.abc import Callable, Sequence

from benchmark.errors import run_cli
from benchmark.predictions import from_columns, validate
from benchmark.score import score
from benchmark.task import Task, load_task
from generators.core.atomic import write_json_atomic
from generators.core.cli import ArgumentParser, exit_with, workers_arg

from .hidden import (DEFAULT_CACHE, PINS, read_pins, read_secret, render_hidden, secret_file,
                     secret_hash)
from .models import MODEL_DIR, ModelFailed, ModelStopped, model_kind, predict_clips
from .sandbox import Limits, check_available
from .store import ENTRIES, HIDDEN, Entry, LeaderboardError, entry_dirs, read_entry
from .submit import DATASETS, dataset_for

HIDDEN_SCHEMA = "secret-sauce/hidden-scores"
SCORE_KEYS = ("aggregates", "parameters", "audio")


def evaluate_entry(entry: Entry, hidden: Task, digest: str, secret: str, public: str | None,
                   limits: Limits, forbid: Sequence[Path], resynth_limit: int | None,
                   workers: int, progress: bool = False) -> dict[str, Any]:
    """Run ``entry``'s model on the hidden split and write its ``hidden.json``; return it."""
    ids = hidden.split_ids("test")
    doc: dict[str, Any] = {
        "schema": HIDDEN_SCHEMA, "schema_version": 1,
        "secret_sha256": secret_hash(secret), "digest": digest, "n": int(len(ids)),
        "evaluated": datetime.now(UTC).date().isoformat(),
        "status": "ok", "rule": None, "message": None, "scores": None}
    model = entry.path / MODEL_DIR
    try:
        kind = model_kind(model)
        cols = predict_clips(model, hidden.audio_bytes(ids), hidden.n_samples,
                             hidden.sample_rate, public if kind == "package" else None,
                             limits, forbid)
        preds = validate(hidden, from_columns(cols, ids, hidden.fingerprint, origin="the model"),
                         "test")
        results = score(hidden, preds, entry.name, None, resynth_limit, workers, progress)
        doc["scores"] = {k: results[k] for k in SCORE_KEYS}
    except ModelStopped as e:
        doc |= {"status": "stopped", "rule": e.rule, "message": e.detail}
    except (ModelFailed, LeaderboardError) as e:
        doc |= {"status": "failed", "message": " ".join(e.problems)}
    except Exception as e:
        problems = getattr(e, "problems", None)
        if problems is None:
            raise
        doc |= {"status": "failed", "message": " ".join(problems)[:1000]}
    write_json_atomic(entry.path / HIDDEN, doc)
    return doc


def evaluate_hidden(entries: Path = ENTRIES, benchmarks: Sequence[str] | None = None,
                    names: Sequence[str] | None = None, secret_path: Path | None = None,
                    pins: Path = PINS, cache: Path | None = None,
                    datasets_root: Path = DATASETS, render: bool = True,
                    limits: Limits = Limits(), resynth_limit: int | None = 200,
                    workers: int = 1, progress: bool = True,
                    say: Callable[[str], None] = print) -> dict[str, dict[str, Any]]:
    """Evaluate every model entry (of ``benchmarks``, named ``names``) on its hidden split.

    Returns:
        ``{"<benchmark>/<name>": hidden.json document}``.

    Raises:
        HiddenError: no secret, wrong secret, no pin, or a hidden split that is not the pin.
        SandboxUnavailable: bubblewrap cannot run here.
    """
    from tqdm import tqdm

    secret = read_secret(secret_path)
    doc = read_pins(pins)
    if not doc.get("secret_sha256"):
        raise LeaderboardError(f"{pins} pins no hidden split yet (python -m leaderboard.hidden "
                               "pin)")
    check_available()
    todo: dict[str, list[Entry]] = {}
    for path in entry_dirs(entries, benchmarks):
        e = read_entry(path)
        if names and e.name not in names:
            continue
        if not e.is_model:
            continue
        todo.setdefault(e.benchmark, []).append(e)
    forbid = [secret_file(secret_path), Path(cache or DEFAULT_CACHE).expanduser(),
              Path(entries).resolve()]
    out: dict[str, dict[str, Any]] = {}
    for bench, items in todo.items():
        folder, digest = render_hidden(bench, secret, cache, pins, workers, progress)
        hidden = load_task(folder)
        public = None
        if any((e.path / MODEL_DIR / "model.py").is_file() for e in items):
            public = dataset_for(bench, None, datasets_root, render, workers, progress)
        for e in tqdm(items, unit="model", desc=f"{bench} hidden", disable=not progress,
                      dynamic_ncols=True):
            result = evaluate_entry(e, hidden, digest, secret, public, limits, forbid,
                                    resynth_limit, workers)
            out[f"{bench}/{e.name}"] = result
            say(line(bench, e.name, result))
    return out


def line(bench: str, name: str, doc: dict[str, Any]) -> str:
    """One line per evaluated entry."""
    if doc["status"] == "stopped":
        return f"{bench}/{name}: stopped: {doc['rule']}: {doc['message']}"
    if doc["status"] == "failed":
        return f"{bench}/{name}: failed: {doc['message']}"
    a = doc["scores"]["aggregates"]
    parts = [f"{k} {a[k]:.3f}" for k in ("switch_accuracy_mean", "knob_mae_mean")
             if a.get(k) is not None]
    return f"{bench}/{name}: hidden {', '.join(parts)}"


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog="python -m leaderboard.evaluate",
        description="Maintainers: run every model entry in the sandbox on its benchmark's hidden "
                    "test split (rendered from the secret into a cache outside the repository, "
                    "checked against leaderboard/hidden.json) and record the hidden scores in "
                    "the entry (hidden.json).")
    p.add_argument("--hidden", action="store_true", required=True,
                   help="evaluate on the hidden split (the only mode)")
    p.add_argument("--benchmark", action="append", help="only this benchmark (repeatable)")
    p.add_argument("--name", action="append", help="only the entry of this name (repeatable)")
    p.add_argument("--entries", type=Path, default=ENTRIES,
                   help="the store (default: leaderboard/entries)")
    p.add_argument("--secret", type=Path, metavar="FILE",
                   help="the secret file (default: $SECRET_SAUCE_HIDDEN_SECRET, else "
                        "~/.secret-sauce/hidden-secret)")
    p.add_argument("--pins", type=Path, default=PINS, help="default: leaderboard/hidden.json")
    p.add_argument("--cache", type=Path, help=f"hidden splits' folder (default {DEFAULT_CACHE})")
    p.add_argument("--datasets-root", type=Path, default=DATASETS,
                   help="public datasets as <root>/<benchmark> (a model package trains on them)")
    p.add_argument("--no-render", action="store_true",
                   help="do not render a missing public dataset")
    p.add_argument("--resynth-limit", type=int, default=200, metavar="N",
                   help="hidden clips re-rendered for the audio metrics (default 200; 0 skips)")
    p.add_argument("--workers", type=workers_arg, default=1, help="render processes (1)")
    lim = Limits()
    p.add_argument("--cpu", type=int, default=lim.cpu_s, metavar="S",
                   help=f"CPU seconds per model (default {lim.cpu_s})")
    p.add_argument("--memory", type=int, default=lim.memory_mib, metavar="MIB",
                   help=f"address space per process (default {lim.memory_mib} MiB)")
    p.add_argument("--processes", type=int, default=lim.processes, metavar="N",
                   help=f"processes and threads per model (default {lim.processes})")
    p.add_argument("--wall", type=float, default=lim.wall_s, metavar="S",
                   help=f"wall-clock seconds per model (default {lim.wall_s:g})")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.resynth_limit < 0:
        raise LeaderboardError(f"--resynth-limit must be >= 0, got {args.resynth_limit}")
    limits = Limits(cpu_s=args.cpu, memory_mib=args.memory, processes=args.processes,
                    wall_s=args.wall)
    problems = limits.problems()
    if problems:
        raise LeaderboardError(*problems)
    out = evaluate_hidden(args.entries, args.benchmark, args.name, args.secret, args.pins,
                          args.cache, args.datasets_root, not args.no_render, limits,
                          args.resynth_limit, args.workers, not args.no_progress)
    bad = sum(d["status"] != "ok" for d in out.values())
    print(f"evaluated {len(out)} model entries on the hidden split ({bad} stopped or failed); "
          "render the board with python -m leaderboard.render")
    return 1 if bad else 0


if __name__ == "__main__":
    exit_with(run_cli(main))
