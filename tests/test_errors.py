"""One error root carrying the exit code, one CLI wrapper, one ``--workers`` type."""

from __future__ import annotations

import argparse

import pytest

from baselines.run import BaselineError
from benchmark.errors import BenchmarkError, FingerprintError
from benchmark.errors import run_cli as benchmark_run_cli
from generators.core.cli import run_cli, workers_arg
from generators.core.errors import EXIT_USAGE, DatasetError, UserError
from generators.instruments import UnknownInstrument, get_instrument
from generators.benchmarks import UnknownBenchmark, get_benchmark
from generators.plugins.host import PluginError
from generators.model.presets import PresetSetError
from generators.dataset.publish import UploadError
from leaderboard.store import LeaderboardError


@pytest.mark.parametrize("cls", [DatasetError, BenchmarkError, FingerprintError, PluginError,
                                 PresetSetError, UnknownInstrument, UnknownBenchmark,
                                 LeaderboardError, BaselineError])
def test_every_user_error_has_the_one_root(cls: type) -> None:
    assert issubclass(cls, UserError)
    assert cls.exit_code == EXIT_USAGE == 2


def test_run_cli_prints_one_line_per_problem_with_the_errors_exit_code(capsys) -> None:
    def main(argv):
        raise BenchmarkError("first problem", "second problem")

    assert run_cli(main, []) == 2
    assert capsys.readouterr().err == "error: first problem\nerror: second problem\n"

    def upload(argv):
        raise UploadError("upload failed: ConnectionError: no network")

    assert run_cli(upload, []) == 1
    assert capsys.readouterr().err == "error: upload failed: ConnectionError: no network\n"
    assert benchmark_run_cli is run_cli  # the benchmark commands use the same wrapper


def test_run_cli_interrupted_and_success(capsys) -> None:
    def interrupted(argv):
        raise KeyboardInterrupt

    assert run_cli(interrupted, [], interrupted="shards kept") == 130
    assert capsys.readouterr().err == "\ninterrupted: shards kept\n"
    assert run_cli(lambda argv: 0, []) == 0


def test_unknown_names_are_one_line_user_errors(capsys) -> None:
    with pytest.raises(UnknownInstrument) as e:
        get_instrument("theremin")
    assert e.value.problems == [
        "unknown instrument 'theremin'; known: dexed, guitar, guitar_light, moog, noisemaker, "
        "noisemaker_light, noisemaker_velocity, vital"]
    assert isinstance(e.value, KeyError)  # still a KeyError for callers that look names up
    with pytest.raises(UnknownBenchmark, match="unknown benchmark 'nope-v1'; known: "):
        get_benchmark("nope-v1")


def test_workers_arg() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--workers", type=workers_arg, default=3)
    assert p.parse_args([]).workers == 3
    assert p.parse_args(["--workers", "2"]).workers == 2
    with pytest.raises(UserError, match=r"^--workers must be > 0, got 0$"):
        p.parse_args(["--workers", "0"])
    with pytest.raises(argparse.ArgumentTypeError, match="invalid int value: 'x'"):
        workers_arg("x")
