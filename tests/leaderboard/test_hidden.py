"""Model submissions and the hidden split end to end on the tiny benchmark: an oracle that
knows the public test labels is perfect in public, about naive on the hidden split, and
flagged; a real (naive) baseline scores about the same on both; a rule breaker is stopped
and the others are evaluated all the same."""

from __future__ import annotations

import hashlib
import json
import shutil
import textwrap
from pathlib import Path

import numpy as np
import pytest

from benchmark.errors import run_cli
from leaderboard import evaluate, hidden
from leaderboard.hidden import HiddenError
from leaderboard.markdown import markdown
from leaderboard.sections import load_board, much_worse
from leaderboard.store import EntryMeta, read_entry
from leaderboard.submit import SubmitOptions, submit_model

from tests.benchmark_data import truth_columns
from tests.leaderboard_data import BENCH, DATE, registered

pytestmark = pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap not installed")

SECRET = "test-secret-" + "0123456789abcdef" * 3

ORACLE = '''
"""Knows the public test labels: looks each clip up by the hash of its audio."""
import hashlib, json, os
import numpy as np

def load_model(task, model_path=None):
    table = json.load(open(os.path.join(model_path, "lookup.json")))
    lab = task.labels("train")
    fallback = {}
    for t in task.targets:
        if t in task.knobs:
            fallback[t] = float(np.mean(lab[t]))
        else:
            vals, counts = np.unique(lab[t].astype(str), return_counts=True)
            fallback[t] = str(vals[np.argmax(counts)])
    return table, fallback

def predict(model, audio, sample_rate):
    table, fallback = model
    rows = [table.get(hashlib.sha256(np.ascontiguousarray(a).tobytes()).hexdigest(), fallback)
            for a in audio]
    return {t: [r.get(t) if r.get(t) is not None else fallback[t] for r in rows]
            for t in fallback}
'''


@pytest.fixture(autouse=True)
def tiny_registered():
    with registered():
        yield


@pytest.fixture(scope="module")
def evaluated(tmp_path_factory, board):
    """The tiny board's entries plus three model entries, evaluated on a pinned hidden split."""
    with registered():
        return _evaluated(tmp_path_factory, board)


def _evaluated(tmp_path_factory, board):
    base = tmp_path_factory.mktemp("hidden")
    task = board.task
    secret = base / "secret" / "hidden-secret"
    secret.parent.mkdir()
    secret.write_text(SECRET)
    pins, cache = base / "hidden.json", base / "cache"
    entries = base / "entries"
    shutil.copytree(board.entries, entries)

    # the oracle: a package whose "weights" are the public test labels
    oracle = base / "oracle"
    oracle.mkdir()
    (oracle / "model.py").write_text(ORACLE)
    ids = task.split_ids("test")
    truth = truth_columns(task, ids)
    audio = task.audio(ids)
    lookup = {hashlib.sha256(np.ascontiguousarray(a).tobytes()).hexdigest():
              {t: truth[t][k] for t in task.targets} for k, a in enumerate(audio)}
    (oracle / "lookup.json").write_text(json.dumps(lookup))

    # a real baseline saved by baselines.run --save
    from baselines.run import run

    naive = base / "naive-model"
    run(str(board.dataset), "naive", "mfcc", out=base / "naive-run", resynth_limit=0,
        progress=False, workers=1, save=naive)

    # a model that phones home at prediction time
    leaky = base / "leaky"
    leaky.mkdir()
    (leaky / "model.py").write_text(textwrap.dedent('''
        def load_model(task, model_path=None):
            return task.targets
        def predict(model, audio, sample_rate):
            import socket
            socket.create_connection(("203.0.113.1", 443), timeout=1)
    '''))

    options = SubmitOptions(dataset=board.dataset, entries=entries, resynth_limit=0)
    for name, folder in (("oracle-model", oracle), ("naive-model", naive)):
        submit_model(EntryMeta(name, BENCH, "Test suite", date=DATE), folder, options,
                     task=task)
    # the leaky model passes in public only if it behaves there; record it as a model entry
    # made from the polite naive predictions, with its own code in model/
    submit_model(EntryMeta("leaky-model", BENCH, "Test suite", date=DATE), naive, options,
                 task=task)
    leaky_entry = entries / BENCH / "leaky-model"
    shutil.rmtree(leaky_entry / "model")
    shutil.copytree(leaky, leaky_entry / "model")

    hidden.pin([BENCH], SECRET, pins, cache, progress=False)
    lines: list[str] = []
    out = evaluate.evaluate_hidden(entries, secret_path=secret, pins=pins, cache=cache,
                                   datasets_root=board.datasets_root, resynth_limit=0,
                                   progress=False, say=lines.append)
    return base, entries, pins, cache, secret, out, lines


def agg(entries: Path, name: str) -> tuple[dict, dict]:
    e = read_entry(entries / BENCH / name)
    return e.results["aggregates"], e.hidden["scores"]["aggregates"]


def test_oracle_is_perfect_in_public_and_naive_on_the_hidden_split(evaluated) -> None:
    _, entries, *_ = evaluated
    public, hid = agg(entries, "oracle-model")
    assert public["switch_accuracy_mean"] == 1.0 and public["knob_mae_mean"] == 0.0
    _, naive_hidden = agg(entries, "naive-model")
    assert hid["switch_accuracy_mean"] == pytest.approx(naive_hidden["switch_accuracy_mean"],
                                                        abs=0.1)
    assert hid["knob_mae_mean"] == pytest.approx(naive_hidden["knob_mae_mean"], rel=0.1)
    assert hid["knob_mae_mean"] > 1.5


def test_a_real_baseline_scores_about_the_same_on_both(evaluated) -> None:
    _, entries, *_ = evaluated
    public, hid = agg(entries, "naive-model")
    # 12 clips x 3 switches: accuracies differ by sampling error only (neither way much worse)
    n = 12 * public["n_switches"]
    for a, b in ((public, hid), (hid, public)):
        assert not much_worse("switch_accuracy_mean", a["switch_accuracy_mean"],
                              b["switch_accuracy_mean"], n, n)
    assert hid["knob_mae_mean"] == pytest.approx(public["knob_mae_mean"], rel=0.25)


def test_the_board_flags_the_oracle(evaluated) -> None:
    _, entries, *_ = evaluated
    board = load_board(entries, warn=lambda m: None)
    s = next(s for s in board if s.benchmark == BENCH)
    status = {e.name: s.hidden_status(e) for _, e in s.ranked}
    assert status["oracle-model"] == "⚠ much worse"
    assert status["naive-model"] == "ok"
    assert status["leaky-model"] == "stopped: network"
    assert status["naive"] == "predictions only" and status["oracle"] == "predictions only"
    text = markdown(board)
    assert "hidden switch accuracy ↑" in text and "much worse" in text.split("##")[0]
    row = next(ln for ln in text.splitlines() if "| oracle-model |" in ln)
    assert "⚠ much worse" in row and "1.000" in row


def test_a_rule_breaker_is_stopped_and_the_others_evaluated(evaluated) -> None:
    _, entries, _, _, _, out, lines = evaluated
    assert out[f"{BENCH}/leaky-model"]["status"] == "stopped"
    assert out[f"{BENCH}/leaky-model"]["rule"] == "network"
    assert {k: v["status"] for k, v in out.items()} == {
        f"{BENCH}/leaky-model": "stopped", f"{BENCH}/naive-model": "ok",
        f"{BENCH}/oracle-model": "ok"}
    assert any(ln.startswith(f"{BENCH}/leaky-model: stopped: network: ") for ln in lines)


def test_nothing_secret_is_written(evaluated) -> None:
    base, entries, pins, *_ = evaluated
    seed = str(hidden.hidden_seed(SECRET, BENCH))
    for p in [*entries.rglob("*.json"), pins]:
        text = p.read_text()
        assert seed not in text and SECRET not in text, p
    doc = json.loads(pins.read_text())
    assert doc["secret_sha256"] == hidden.secret_hash(SECRET)
    assert doc["benchmarks"][BENCH]["n"] == 12


def test_model_entries_verify_and_keep_their_model(evaluated, board, capsys) -> None:
    from leaderboard import verify

    _, entries, *_ = evaluated
    rc = run_cli(verify.main, ["--entries", str(entries), "--datasets-root",
                               str(board.datasets_root), "--workers", "1"])
    out = capsys.readouterr()
    assert rc == 1  # only the leaky entry, whose model/ was swapped after scoring
    assert "leaky-model" in out.out + out.err
    assert "model.sha256" in out.out + out.err
    assert "oracle-model: " not in "\n".join(ln for ln in (out.out + out.err).splitlines()
                                             if "FAILED" in ln.upper())


def test_refuses_a_hidden_split_that_is_not_the_pin(evaluated) -> None:
    base, entries, pins, cache, secret, *_ = evaluated
    doc = json.loads(pins.read_text())
    doc["benchmarks"][BENCH]["digest"] = "0" * 64
    bad = base / "bad-pins.json"
    bad.write_text(json.dumps(doc))
    with pytest.raises(HiddenError, match="not the pinned one"):
        hidden.render_hidden(BENCH, SECRET, cache, bad, progress=False)
    with pytest.raises(HiddenError, match="wrong secret"):
        hidden.render_hidden(BENCH, SECRET + "x", cache, pins, progress=False)


def test_secret_and_seed() -> None:
    a, b = hidden.hidden_seed(SECRET, "x-v1"), hidden.hidden_seed(SECRET, "y-v1")
    assert a != b and 0 <= a < 2**63 and 0 <= b < 2**63  # a dataset seed: non-negative int64
    assert hidden.secret_hash(SECRET) != hashlib.sha256(SECRET.encode()).hexdigest()
    repo = Path(__file__).resolve().parents[2]
    with pytest.raises(HiddenError, match="inside a git work tree"):
        hidden.read_secret(repo / "leaderboard" / "hidden.json")


def test_hidden_cli(tmp_path: Path, capsys) -> None:
    secret = tmp_path / "s"
    assert run_cli(hidden.main, ["init", "--secret", str(secret)]) == 0
    assert (secret.stat().st_mode & 0o777) == 0o600
    assert run_cli(hidden.main, ["init", "--secret", str(secret)]) == 2
    assert run_cli(hidden.main, ["pin", "--secret", str(secret), "--pins",
                                 str(tmp_path / "p.json"), "--benchmark", "guitar_light-v2"]) == 2
    assert run_cli(hidden.main, ["pin", "--secret", str(secret), "--pins",
                                 str(tmp_path / "p.json"), "--benchmark", "nope-v1"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(ln.startswith("error: ") for ln in err)
    assert "exists" in err[0] and "grid" in err[1] and "unknown benchmark" in err[2]


def test_submit_model_cli_refusals(board, tmp_path: Path, capsys) -> None:
    from leaderboard import submit

    args = ["--benchmark", BENCH, "--name", "x", "--dataset", str(board.dataset), "--entries",
            str(tmp_path / "e"), "--no-progress", "--date", DATE]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run_cli(submit.main, [*args, "--model", str(empty)]) == 2
    link = tmp_path / "linked"
    link.mkdir()
    (link / "model.py").write_text("")
    (link / "w").symlink_to("/etc/passwd")
    assert run_cli(submit.main, [*args, "--model", str(link)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "neither a saved baseline" in err[0] and "is a link" in err[1]
    assert not (tmp_path / "e").exists() or not list((tmp_path / "e").rglob("*.json"))


def test_the_committed_pins() -> None:
    doc = hidden.read_pins()
    assert len(doc["secret_sha256"]) == 64
    for name, pin in doc["benchmarks"].items():
        b = hidden.get_benchmark(name)
        assert hidden.hidden_problem(b) is None
        cfg = b.config()
        assert pin["n"] == cfg.n - cfg.n_train and len(pin["digest"]) == 64
