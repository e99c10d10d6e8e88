"""The sandbox of model submissions: a model that breaks a rule is stopped with one line
naming it (tiny limits, a few seconds each), and a well-behaved one runs."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from benchmark.errors import run_cli
from leaderboard import sandbox
from leaderboard.models import ModelFailed, ModelStopped, predict_clips
from leaderboard.sandbox import Limits

pytestmark = pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap not installed")

TINY = Limits(cpu_s=3, memory_mib=3072, processes=32, wall_s=8, tmp_mib=64, file_mib=64)

FALLBACK = """
def load_model(task, model_path=None):
    return None

def predict(model, audio, sample_rate):
    raise RuntimeError("unreachable")
"""


def package(tmp_path: Path, top: str, rest: str = FALLBACK, name: str = "model") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "model.py").write_text(textwrap.dedent(top) + "\n" + rest)
    return folder


def clips(task, k: int = 2) -> list[bytes]:
    return task.audio_bytes(task.split_ids("test")[:k])


def stopped(task, folder: Path, limits: Limits = TINY, forbid=()) -> ModelStopped:
    with pytest.raises(ModelStopped) as info:
        predict_clips(folder, clips(task), task.n_samples, task.sample_rate, task.source,
                      limits, forbid)
    e = info.value
    assert len(e.problems) == 1 and "\n" not in e.problems[0], e.problems
    return e


def test_a_polite_model_runs(task, tmp_path: Path) -> None:
    folder = package(tmp_path, "", """
import numpy as np
def load_model(task, model_path=None):
    lab = task.labels("train")
    return {t: (float(np.mean(lab[t])) if t in task.knobs else str(lab[t][0]))
            for t in task.targets}
def predict(model, audio, sample_rate):
    open("/tmp/scratch", "w").write("a private temp dir is fine")
    print("prints go to the log")
    return {k: [v] * len(audio) for k, v in model.items()}
""")
    cols = predict_clips(folder, clips(task, 3), task.n_samples, task.sample_rate, task.source,
                         Limits(cpu_s=60, wall_s=60))
    assert set(cols) == set(task.targets) and all(len(v) == 3 for v in cols.values())


@pytest.mark.parametrize("code", [
    "import socket; socket.create_connection(('1.1.1.1', 80), timeout=2)",
    # caught errors do not help: the first attempt stops it
    """
    import urllib.request
    try:
        urllib.request.urlopen("http://example.org", timeout=2)
    except Exception:
        pass
    """,
])
def test_network(task, tmp_path: Path, code: str) -> None:
    e = stopped(task, package(tmp_path, code))
    assert e.rule == "network"
    assert "error: model stopped: network:" in f"error: {e.problems[0]}"


def test_reading_the_secret(task, tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "hidden-secret"
    secret.parent.mkdir()
    secret.write_text("s" * 64)
    e = stopped(task, package(tmp_path, f"print(open({str(secret)!r}).read())"),
                forbid=[secret.parent])
    assert e.rule == "filesystem" and "not visible" in e.detail
    # not visible at all, even past the tripwire (no audit hook: a raw os-level read)
    raw = (f"import ctypes; f = ctypes.CDLL(None).fopen({str(secret).encode()!r}, b'r')\n"
           "assert not f, 'the secret is visible'\n"
           f"open({str(secret)!r})")
    e = stopped(task, package(tmp_path, raw, name="raw"))
    assert e.rule == "filesystem" and "No such file" in e.detail


def test_reading_the_hidden_labels(task, tmp_path: Path) -> None:
    hidden = tmp_path / "cache" / "bench-abc" / "data"
    hidden.mkdir(parents=True)
    (hidden / "test-00000-of-00001.parquet").write_bytes(b"labels")
    e = stopped(task, package(tmp_path, f"""
import glob
found = glob.glob('{tmp_path}/**/*.parquet', recursive=True)
assert not found, found
open('{hidden}/test-00000-of-00001.parquet', 'rb')
"""), forbid=[tmp_path / "cache"])
    assert e.rule == "filesystem"


@pytest.mark.parametrize("target", ["model_path", "project"])
def test_writing_outside(task, tmp_path: Path, target: str) -> None:
    import leaderboard

    where = Path(leaderboard.__file__).parent / "pwned.txt" if target == "project" else None
    code = (f"open({str(where)!r}, 'w').write('x')" if where else
            "import os; open(os.path.join(os.path.dirname(__file__), 'x'), 'w')")
    e = stopped(task, package(tmp_path, code))
    assert e.rule == "filesystem" and "write" in e.detail
    assert where is None or not where.exists()
    # past the tripwire, the kernel refuses too
    raw = ("import ctypes; libc = ctypes.CDLL(None)\n"
           f"assert not libc.fopen({str(where or '/sandbox/model/x').encode()!r}, b'w')\n"
           "raise PermissionError(13, 'the kernel refused the write')")
    e = stopped(task, package(tmp_path, raw, name="raw"))
    assert e.rule == "filesystem"


def test_fork_bomb(task, tmp_path: Path) -> None:
    e = stopped(task, package(tmp_path, """
import os, time
for _ in range(300):
    if os.fork() == 0:
        time.sleep(5)
        os._exit(0)
"""))
    assert e.rule == "processes"


def test_memory(task, tmp_path: Path) -> None:
    e = stopped(task, package(tmp_path, "hog = bytearray(16 * 2**30)"))
    assert e.rule == "memory"


def test_cpu_time(task, tmp_path: Path) -> None:
    e = stopped(task, package(tmp_path, "while True:\n    pass"),
                Limits(cpu_s=2, memory_mib=3072, processes=32, wall_s=30))
    assert e.rule == "CPU time"


def test_wall_time(task, tmp_path: Path) -> None:
    e = stopped(task, package(tmp_path, "import time\ntime.sleep(600)"),
                Limits(cpu_s=60, memory_mib=3072, processes=32, wall_s=3))
    assert e.rule == "wall time"


def test_a_broken_model_fails_without_a_rule(task, tmp_path: Path) -> None:
    folder = package(tmp_path, "", """
def load_model(task, model_path=None):
    return None
def predict(model, audio, sample_rate):
    return {"nope": [1] * len(audio)}
""")
    with pytest.raises(ModelFailed) as info:
        predict_clips(folder, clips(task), task.n_samples, task.sample_rate, task.source, TINY)
    assert "missing columns" in info.value.problems[0]


def test_classify_exit_codes() -> None:
    lim = Limits(cpu_s=5, wall_s=9)
    assert sandbox.classify(None, True, 0, lim, "")[0] == "wall time"
    assert sandbox.classify(128 + 24, False, 5, lim, "")[0] == "CPU time"
    assert sandbox.classify(sandbox.RULE_EXIT["network"], False, 0, lim,
                            "sandbox: network: tried socket.connect")[1] == "tried socket.connect"
    assert sandbox.classify(0, False, 0, lim, "") == (None, "finished")


def test_refused_limits() -> None:
    with pytest.raises(Exception) as info:
        sandbox.run(["/bin/true"], limits=Limits(cpu_s=0))
    assert "cpu_s must be > 0" in info.value.problems[0]


def test_evaluate_cli_refuses_bad_limits(capsys) -> None:
    from leaderboard import evaluate

    assert run_cli(evaluate.main, ["--hidden", "--cpu", "0"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["error: sandbox limit cpu_s must be > 0, got 0"]


def test_a_checkout_under_tmp_is_bound_inside_the_private_tmp(tmp_path: Path) -> None:
    """CI may clone the project under /tmp: its folders are bound inside the sandbox's own
    tmpfs, which keeps its 1777 mode (no ``--dir /tmp`` after it)."""
    project = Path("/tmp") / tmp_path.name / "checkout"
    argv = sandbox.bwrap_argv(["true"], ro=[project])
    assert argv[argv.index("--tmpfs") + 1] == "/tmp"
    assert ["--dir", "/tmp"] not in [argv[i:i + 2] for i in range(len(argv) - 1)]
    assert argv[argv.index(str(project)) - 1] == "--ro-bind"
