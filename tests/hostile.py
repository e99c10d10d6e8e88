"""The hostile-input harness: run a command as a user would, with a bad input, and check
that it failed cleanly.

:func:`hostile` runs ``python -m MODULE ARGS`` in a subprocess and asserts:

* the exit code (2 for bad input; 130 or death by SIGINT for Ctrl-C);
* exactly one ``error:`` line on stderr (``interrupted:`` for signals), and no traceback;
* that no file under the watched folders changed, appeared or vanished (sha256 of every
  file, before and after), except under the paths the command may write (``own``).

The test modules ``tests/test_hostile_*.py`` and ``tests/generators/test_hostile_generators.py``
hold the cases, one per root cause at least.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path
from collections.abc import Iterable, Sequence

ROOT = Path(__file__).resolve().parents[1]


def snapshot(folders: Iterable[Path], own: Sequence[Path] = ()) -> dict[str, str]:
    """path -> sha256 (or ``<dir>``) of everything under ``folders``, skipping ``own``."""
    skip = [Path(p).resolve() for p in own]
    state: dict[str, str] = {}
    for folder in folders:
        folder = Path(folder)
        if not folder.exists():
            continue
        for root, dirs, files in os.walk(folder):
            r = Path(root).resolve()
            if any(r == s or s in r.parents for s in skip):
                dirs[:] = []
                continue
            dirs.sort()
            state[str(r)] = "<dir>"
            for name in files:
                p = r / name
                if p in skip:
                    continue
                try:
                    state[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
                except OSError as e:
                    state[str(p)] = f"<unreadable {e.errno}>"
    return state


def env_for_cli(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment a user's shell would give: this checkout first on the path, offline Hub."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("HF_DATASETS_OFFLINE", "1")
    env.pop("PYTEST_CURRENT_TEST", None)
    return env | (extra or {})


def hostile(module: str, *args: str | Path, watch: Sequence[Path], own: Sequence[Path] = (),
            cwd: Path | None = None, code: int = 2, timeout: float = 120,
            match: str | None = None, env: dict[str, str] | None = None,
            stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m module *args`` and assert a clean failure (see the module docs).

    Args:
        watch: folders whose files must not change.
        own: paths under ``watch`` the command may write (its own output).
        code: the expected exit status (2: bad input).
        timeout: seconds; a hang fails the test.
        match: a substring the ``error:`` line must contain (case-insensitive).

    Returns:
        The finished process (``stdout``, ``stderr`` as text).
    """
    before = snapshot(watch, own)
    proc = subprocess.run([sys.executable, "-m", module, *map(str, args)], cwd=cwd or ROOT,
                          env=env_for_cli(env), capture_output=True, text=True, timeout=timeout,
                          input=stdin)
    shown = (f"\n--- exit {proc.returncode}\n--- stderr:\n{proc.stderr[-3000:]}"
             f"\n--- stdout:\n{proc.stdout[-1000:]}")
    assert "Traceback" not in proc.stderr + proc.stdout, shown
    if code == 130:
        assert proc.returncode in (130, -signal.SIGINT), shown
    else:
        assert proc.returncode == code, shown
        errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
        assert len(errors) == 1, shown
        if match:
            assert match.lower() in errors[0].lower(), shown
    assert snapshot(watch, own) == before, f"files changed under {list(map(str, watch))}{shown}"
    return proc
