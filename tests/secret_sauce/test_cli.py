"""``secret-sauce <verb>``: one command names every tool, each verb runs its module's main."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from secret_sauce.cli import VERBS, usage
from tests.hostile import ROOT, env_for_cli


def secret_sauce(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "secret_sauce", *args], cwd=ROOT,
                          env=env_for_cli(), capture_output=True, text=True, timeout=120)


def test_help_lists_every_verb_without_importing_a_layer() -> None:
    proc = secret_sauce("--help")
    assert proc.returncode == 0
    for name, verb in VERBS.items():
        assert f"  {name} " in proc.stdout and f"[python -m {verb.module}]" in proc.stdout
    assert proc.stdout == usage()
    code = "import sys, secret_sauce.cli; secret_sauce.cli.usage(); print(sorted(m for m in " \
           "('generators', 'benchmark', 'baselines', 'leaderboard') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env_for_cli(),
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("name", sorted(VERBS))
def test_every_verb_names_a_command_module(name: str) -> None:
    module = importlib.import_module(VERBS[name].module)
    assert callable(module.main)
    source = importlib.util.find_spec(VERBS[name].module)
    assert source is not None  # so ``python -m <module>`` runs it too


def test_a_verb_runs_its_command_under_its_own_name(tmp_path) -> None:
    proc = secret_sauce("render", "--n", "x")
    assert proc.returncode == 2
    assert proc.stderr.strip() == ("error: argument --n: invalid int value: 'x' "
                                   "(see secret-sauce render --help)")
    proc = secret_sauce("render", "--n", "3", "--instrument", "noisemaker_light", "--out",
                        str(tmp_path / "d"), "--workers", "1", "--no-progress")
    assert proc.returncode == 0, proc.stderr
    assert len(list((tmp_path / "d" / "data").glob("*.parquet"))) >= 1


@pytest.mark.parametrize("args,said", [([], "usage: secret-sauce"),
                                       (["rendr"], "unknown verb 'rendr' (did you mean render?)")])
def test_no_verb_or_an_unknown_one_is_exit_2(args: list[str], said: str) -> None:
    proc = secret_sauce(*args)
    assert proc.returncode == 2 and said in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
