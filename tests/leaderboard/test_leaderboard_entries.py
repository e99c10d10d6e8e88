"""The committed entries under leaderboard/entries/: well formed, and their scores reproduce.

Every entry is checked without its dataset (metadata, files, the predictions'
sha256, the fingerprint of its benchmark with the installed software) and
leaderboard/README.md must be what ``python -m leaderboard.render`` writes.
Entries of the quick benchmarks (:data:`QUICK`: 32 and 1,000 clips, a few
seconds to render; at most :data:`RESCORED` of each, spread over the names) are
re-scored in full: from ``datasets/<benchmark>`` when it
is there and checks, else rendered once into a temp folder. Entries of the
10,000-clip benchmarks are re-scored by ``python -m leaderboard.verify`` where
their datasets exist (not in CI: rendering them takes minutes).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmark.configs import check_dataset
from benchmark.errors import BenchmarkError
from generators.dataset.fingerprint import read_meta
from generators.benchmarks import BENCHMARKS
from generators.render.job import render_dataset
from leaderboard.markdown import markdown
from leaderboard.ood import OOD, load_ood
from leaderboard.sections import load_board
from leaderboard.store import ENTRIES, entry_dirs, read_entry
from leaderboard.verify import structure_problems

ROOT = Path(__file__).resolve().parents[2]
QUICK = ("guitar_light-v2", "noisemaker_light-v2")
RESCORED = 4
"""At most this many committed entries of a quick benchmark are re-scored in the suite (a
spread sample: re-scoring tracks the pitch of every re-rendered clip); ``python -m
leaderboard.verify`` re-scores them all."""

COMMITTED = entry_dirs(ENTRIES)


@pytest.mark.skipif(not COMMITTED, reason="no committed entries")
def test_committed_entries_are_well_formed() -> None:
    problems = []
    for path in COMMITTED:
        e = read_entry(path)
        found = structure_problems(e)
        bench = BENCHMARKS.get(e.benchmark)
        if bench is None:
            found.append(f"unknown benchmark {e.benchmark}")
        elif e.results["dataset"]["fingerprint"] != bench.fingerprint():
            found.append("fingerprint is not the benchmark's with the installed software")
        problems += [f"{e.benchmark}/{e.name}: {p}" for p in found]
    assert not problems, "\n".join(problems)


def test_board_readme_is_current() -> None:
    readme = ENTRIES.parent / "README.md"
    if not readme.exists():
        assert not COMMITTED, "leaderboard/README.md is missing: python -m leaderboard.render"
        return
    assert readme.read_text() == markdown(load_board(ENTRIES, lambda m: None),
                                          load_ood(OOD, lambda m: None)), \
        "leaderboard/README.md is stale: run python -m leaderboard.render"


_DATASETS: dict[str, Path] = {}


def quick_dataset(name: str, factory: pytest.TempPathFactory) -> Path:
    """``datasets/<name>`` if it checks, else the benchmark rendered once into a temp folder."""
    if name not in _DATASETS:
        local = ROOT / "datasets" / name
        meta = read_meta(local) if local.is_dir() else None
        try:
            if meta is None:
                raise BenchmarkError("absent")
            check_dataset(meta, name)
            _DATASETS[name] = local
        except (BenchmarkError, KeyError, ValueError):
            out = factory.mktemp("quick") / name
            render_dataset(BENCHMARKS[name].config(), out, workers=2, progress=False)
            _DATASETS[name] = out
    return _DATASETS[name]


@pytest.mark.slow
@pytest.mark.parametrize("bench", QUICK)
def test_committed_entries_rescore(bench: str, tmp_path_factory) -> None:
    """``python -m leaderboard.verify --benchmark BENCH`` on the committed entries."""
    dirs = entry_dirs(ENTRIES, [bench])
    if not dirs:
        pytest.skip(f"no committed {bench} entries")
    ds = quick_dataset(bench, tmp_path_factory)
    store = ENTRIES
    if len(dirs) > RESCORED:  # every RESCORED-th entry: each costs ~30 s (PESTO on 200 clips)
        store = tmp_path_factory.mktemp("entries")
        for d in dirs[::len(dirs) // RESCORED + 1]:
            shutil.copytree(d, store / d.parent.name / d.name)
    n = len(entry_dirs(store, [bench]))
    proc = subprocess.run(
        [sys.executable, "-m", "leaderboard.verify", "--entries", str(store), "--benchmark",
         bench, "--datasets-root", str(ds.parent), "--workers", "1"],
        capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"{n} entries: {n} ok, 0 failed, 0 skipped" in proc.stdout
