"""Leaderboard: submit -> verify -> render on a tiny benchmark, tampering, names, escaping."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from benchmark import configs
from benchmark.errors import run_cli
from benchmark.metrics import METRICS, PRIMARY_AUDIO, RANKING, RANKING_RULE
from generators.benchmarks import BENCHMARKS
from leaderboard import board as board_cli
from leaderboard import import_baselines, submit, verify
from leaderboard.markdown import md
from leaderboard.sections import RENDERS_NOTE
from leaderboard.store import (
    MAX_NAME,
    Entry,
    find_existing,
    metric_value,
    name_problem,
    rank,
    read_entry,
    url_problem,
)

from tests.leaderboard_data import BENCH, DATE, XSS_DESCRIPTION, XSS_NAME, registered


@pytest.fixture(autouse=True)
def tiny_registered():
    with registered():
        yield


def copy_entries(board, tmp_path: Path) -> Path:
    out = tmp_path / "entries"
    shutil.copytree(board.entries, out)
    return out


def run_verify(entries: Path, root: Path, capsys, *extra: str) -> tuple[int, str]:
    rc = run_cli(verify.main, ["--entries", str(entries), "--datasets-root", str(root),
                               "--workers", "1", *extra])
    cap = capsys.readouterr()
    return rc, cap.out + cap.err


def submit_args(board, preds: Path, name: str, entries: Path, *extra: str) -> list[str]:
    return ["--benchmark", BENCH, "--predictions", str(preds), "--name", name, "--dataset",
            str(board.dataset), "--entries", str(entries), "--workers", "1", "--no-progress",
            "--date", DATE, *extra]


# ------------------------------------------------------------------ ranking
def test_ranking_registry() -> None:
    """The board ranks by the primary audio metric, then switch accuracy, then knob MAE."""
    assert RANKING[:3] == (PRIMARY_AUDIO, "switch_accuracy_mean", "knob_mae_mean")
    assert METRICS[PRIMARY_AUDIO].scope == "audio"
    assert sorted(RANKING) == sorted({*RANKING})  # each once
    for m in RANKING:
        assert m in METRICS and METRICS[m].scope in ("type", "audio")
    assert METRICS[PRIMARY_AUDIO].label in RANKING_RULE


def fake(name: str, acc, mae, audio=None, date="2026-01-01") -> Entry:
    results = {"aggregates": {"switch_accuracy_mean": acc, "knob_mae_mean": mae},
               "audio": None if audio is None else {"metrics": {PRIMARY_AUDIO: audio}}}
    return Entry(Path("/x") / name, "b", {"date": date}, results)


def test_rank_order_ties_and_missing_values() -> None:
    entries = [fake("low-acc", 0.5, 1.0, 3.0), fake("tie-b", 0.9, 2.0, 3.0),
               fake("best", 0.2, 3.0, 1.0), fake("tie-a", 0.9, 2.0, 3.0),
               fake("no-audio", 0.9, 2.0), fake("no-acc", None, 0.1)]
    got = [(r, e.name) for r, e in rank(entries)]
    # the primary audio metric first (lower), then accuracy (higher), then MAE (lower),
    # a missing value last; equal on every metric: same rank, listed by date then name
    assert got == [(1, "best"), (2, "tie-a"), (2, "tie-b"), (4, "low-acc"), (5, "no-audio"),
                   (6, "no-acc")]
    # without audio metrics, a switch-only benchmark ranks by switch accuracy
    sw = [fake("a", 0.6, None), fake("b", 0.8, None)]
    assert [e.name for _, e in rank(sw)] == ["b", "a"]
    assert metric_value(sw[0].results, "knob_mae_mean") is None
    assert metric_value(fake("c", 0.1, None, 5.0).results, PRIMARY_AUDIO) == 5.0


# -------------------------------------------------------------------- names
@pytest.mark.parametrize("name", [
    "", "../evil", "..", ".", "a/b", "a\\b", ".hidden", "x" * (MAX_NAME + 1), "a\x00b",
    "tab\there", "new\nline", "bell\x07", "zero\u200bwidth", " padded", "trailing.", "CON",
    "nul.txt", "e\u0301",  # not NFC
])
def test_unsafe_names(name: str) -> None:
    assert name_problem(name) is not None


@pytest.mark.parametrize("name", ["my-model", "MLP (2 layers)", "x" * MAX_NAME, "模型 v2",
                                  "<script>alert(1)", "café"])
def test_safe_names(name: str) -> None:
    assert name_problem(name) is None


def test_urls() -> None:
    assert url_problem("https://example.org/paper?id=1") is None
    assert url_problem(None) is None
    for bad in ("javascript:alert(1)", "data:text/html,<b>", "ftp://x.org", "//x.org",
                "https://x.org/a b", "http:///nohost"):
        assert url_problem(bad) is not None, bad


@pytest.mark.parametrize("name", ["../evil", "a/b", ".hidden", "x" * 65, "a\x07b", "a\tb"])
def test_submit_refuses_bad_names(board, tmp_path: Path, capsys, name: str) -> None:
    entries = tmp_path / "entries"
    assert run_cli(submit.main, submit_args(board, board.preds["oracle"], name, entries)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: name ") and "safe as a folder name" in err[0]
    assert not (tmp_path / "evil").exists() and not list(tmp_path.rglob("*.json"))


# ---------------------------------------------------------------- round trip
def test_round_trip_entries(board) -> None:
    names = sorted(p.name for p in (board.entries / BENCH).iterdir())
    assert names == sorted(["naive", "oracle", XSS_NAME])
    e = read_entry(board.entries / BENCH / "oracle")
    assert sorted(p.name for p in e.path.iterdir()) == ["metadata.json", "predictions.parquet",
                                                        "results.json"]
    assert e.meta["name"] == "oracle" and e.meta["benchmark"] == BENCH and e.meta["date"] == DATE
    assert e.meta["url"] is None and e.meta["external_data"] is False
    assert e.results["model"]["name"] == "oracle"
    assert e.results["dataset"]["benchmark"] == BENCH
    assert e.results["predictions"]["file"] == "predictions.parquet"
    assert e.results["aggregates"]["knob_mae_mean"] == 0.0
    assert e.results["aggregates"]["switch_accuracy_mean"] == 1.0
    assert e.results["audio"]["n_clips"] == 12 and e.results["audio"]["limit"] == 200
    assert set(e.results["audio"]["metrics"].values()) == {0.0}
    assert e.predictions.read_bytes() == board.preds["oracle"].read_bytes()
    noisy = read_entry(board.entries / BENCH / XSS_NAME)
    assert noisy.meta["external_data"] is True and noisy.meta["description"] == XSS_DESCRIPTION


def test_verify_round_trip(board, capsys) -> None:
    rc, out = run_verify(board.entries, board.datasets_root, capsys)
    assert rc == 0, out
    assert "3 entries: 3 ok, 0 failed, 0 skipped" in out
    assert f"ok       {BENCH}/oracle" in out


def test_markdown_board(board) -> None:
    text = board.readme.read_text()
    section = text.split(f"## {md(BENCH)}")[1].split("\n## ")[0]
    rows = [line for line in section.splitlines() if re.match(r"\| \d+ \|", line)]
    assert [r.split(" | ")[1] for r in rows] == [
        "oracle", "noisy &lt;script&gt;window.pwned=1; †", "[naive](https://example.org/n)"]
    assert [r.split(" | ")[0] for r in rows] == ["| 1", "| 2", "| 3"]
    assert "**1.000**" in rows[0] and "**0.000**" in rows[0]   # best accuracy and MAE, bold
    assert "&lt;i&gt;Mallory&lt;/i&gt; &amp; co" in rows[1]
    assert "<script" not in text and "<i>" not in text
    assert "† trained with external data." in section
    # renders/clip: the oracle entry declared a render budget of 200, the others none
    assert "| renders/clip | date |" in section and RENDERS_NOTE in text
    assert [r.split(" | ")[-2] for r in rows] == ["200", "0", "0"]


def test_site_escapes_everything(board) -> None:
    page = (board.site / "index.html").read_text()
    assert "<script" not in page.lower()   # the page has no script at all
    assert "&lt;script&gt;window.pwned=1;" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=&#34;window.pwned=2&#34;&gt;" in page
    assert "<i>Mallory" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "http" not in page.replace("https://example.org/n", "").replace(
        "http-equiv", "").replace('xmlns="http://www.w3.org/2000/svg"', "")   # nothing remote


def test_site_audio_and_charts(board) -> None:
    page = (board.site / "index.html").read_text()
    srcs = re.findall(r'<audio controls preload="none" src="([^"]+)"', page)
    assert len(srcs) == 3 * 4   # 3 test ids x (target + top 3 entries)
    for s in srcs:
        assert (board.site / s).stat().st_size > 1000, s
    imgs = re.findall(r'<img src="([^"]+\.png)"', page)
    assert len(imgs) == 12
    for s in imgs:
        assert (board.site / s).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # the oracle's clips are the targets re-rendered: identical samples
    from generators.core.audio import decode

    target = sorted(s for s in srcs if "-target." in s)[0]
    oracle = [s for s in srcs if "oracle" in s and s.split("/")[-1].split("-")[0]
              == target.split("/")[-1].split("-")[0]][0]
    a, _ = decode((board.site / target).read_bytes())
    b, _ = decode((board.site / oracle).read_bytes())
    assert (a == b).all()
    # one per-parameter chart per entry, naming every parameter
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart"') >= 3
    for p in board.task.targets:
        assert f">{p}</text>" in page


def test_render_is_reproducible(board, tmp_path: Path) -> None:
    board_cli.render(board.entries, tmp_path / "README.md", tmp_path / "site", board.datasets_root,
                  warn=lambda m: None)
    assert (tmp_path / "README.md").read_bytes() == board.readme.read_bytes()
    files = sorted(p.relative_to(board.site) for p in board.site.rglob("*") if p.is_file())
    again = sorted(p.relative_to(tmp_path / "site") for p in (tmp_path / "site").rglob("*")
                   if p.is_file())
    assert files == again
    for f in files:
        assert (board.site / f).read_bytes() == (tmp_path / "site" / f).read_bytes(), f


def test_render_drops_unsafe_links(board, tmp_path: Path) -> None:
    entries = copy_entries(board, tmp_path)
    meta_path = entries / BENCH / "naive" / "metadata.json"
    meta = json.loads(meta_path.read_text())
    meta["url"] = "javascript:alert(1)"
    meta_path.write_text(json.dumps(meta))
    board_cli.render(entries, tmp_path / "R.md", tmp_path / "site", board.datasets_root,
                  audio=False)
    page = (tmp_path / "site" / "index.html").read_text()
    assert "javascript:" not in page and "javascript" not in (tmp_path / "R.md").read_text()
    assert not (tmp_path / "site" / "audio").exists()


# ---------------------------------------------------------------- tampering
def test_tampered_entries_fail_verify(board, tmp_path: Path, capsys) -> None:
    entries = copy_entries(board, tmp_path)

    def edit(name: str, change) -> None:
        p = entries / BENCH / name / "results.json"
        doc = json.loads(p.read_text())
        change(doc)
        p.write_text(json.dumps(doc, indent=2))

    # a better stored score than the predictions give
    edit("naive", lambda d: d["aggregates"].update(knob_mae_mean=d["aggregates"]["knob_mae_mean"]
                                                    - 0.001))
    # an audio metric (outside the 1e-6 tolerance) and a per-parameter score
    def audio(d):
        d["audio"]["metrics"]["mrstft"] *= 1.001
        d["parameters"]["filter_cutoff"]["mae"] = 0.5
    edit(XSS_NAME, audio)
    rc, out = run_verify(entries, board.datasets_root, capsys)
    assert rc == 1
    assert f"failed   {BENCH}/naive" in out and f"ok       {BENCH}/oracle" in out
    assert "aggregates.knob_mae_mean: stored" in out
    assert f"failed   {BENCH}/{XSS_NAME}" in out
    assert "audio.metrics.mrstft: stored" in out and "parameters.filter_cutoff.mae: stored 0.5" in out
    assert "3 entries: 1 ok, 2 failed" in out


def test_rescore_brings_old_results_up_to_date(board, tmp_path: Path, capsys) -> None:
    """An entry scored before the new audio metrics (schema 3) is re-scored in place and then
    verifies; one whose parameter scores were edited is refused, untouched."""
    from benchmark.score import RESULTS_SCHEMA_VERSION
    from leaderboard import rescore

    entries = copy_entries(board, tmp_path)
    old = {"logmel_l1_db", "mfcc_distance", "mrstft"}

    def edit(name: str, change) -> Path:
        p = entries / BENCH / name / "results.json"
        doc = json.loads(p.read_text())
        change(doc)
        p.write_text(json.dumps(doc, indent=2))
        return p

    def downgrade(d) -> None:
        d["schema_version"] = 3
        d["audio"]["metrics"] = {k: v for k, v in d["audio"]["metrics"].items() if k in old}
        del d["audio"]["n_defined"]

    naive = edit("naive", downgrade)
    stored = json.loads(naive.read_text())
    tampered = edit(XSS_NAME, lambda d: (downgrade(d), d["aggregates"].update(knob_mae_mean=0.1)))
    before = tampered.read_text()
    rc, out = run_verify(entries, board.datasets_root, capsys)
    assert rc == 1 and f"failed   {BENCH}/naive" in out
    args = ["--entries", str(entries), "--datasets-root", str(board.datasets_root), "--workers", "1"]
    assert run_cli(rescore.main, args) == 1  # the tampered one is refused
    cap = capsys.readouterr()
    assert f"rescored  {BENCH}/naive" in cap.out and f"skipped   {BENCH}/oracle" in cap.out
    assert f"refused   {BENCH}/{XSS_NAME}" in cap.out and "knob_mae_mean" in cap.err
    assert tampered.read_text() == before
    fresh = json.loads(naive.read_text())
    assert fresh["schema_version"] == RESULTS_SCHEMA_VERSION
    assert set(fresh["audio"]["metrics"]) == set(fresh["audio"]["n_defined"]) == set(METRICS) - {
        "mae", "accuracy", "knob_mae_mean", "switch_accuracy_mean"}
    for k in old:  # the old metrics did not move
        assert fresh["audio"]["metrics"][k] == pytest.approx(stored["audio"]["metrics"][k], rel=1e-6)
    assert {k: fresh[k] for k in ("created", "model", "predictions", "parameters")} == \
        {k: stored[k] for k in ("created", "model", "predictions", "parameters")}
    rc, out = run_verify(entries, board.datasets_root, capsys, "--benchmark", BENCH)
    assert f"ok       {BENCH}/naive" in out
    assert run_cli(rescore.main, args[:4] + ["--benchmark", BENCH, "--workers", "1"]) == 1
    assert f"skipped   {BENCH}/naive" in capsys.readouterr().out  # resumes


def test_swapped_predictions_and_fingerprint_fail_verify(board, tmp_path: Path, capsys) -> None:
    entries = copy_entries(board, tmp_path)
    # the oracle's predictions replaced by the naive ones: sha256 and every score differ
    shutil.copyfile(board.preds["naive"], entries / BENCH / "oracle" / "predictions.parquet")
    p = entries / BENCH / "naive" / "results.json"
    doc = json.loads(p.read_text())
    doc["dataset"]["fingerprint"] = "0" * 64
    p.write_text(json.dumps(doc))
    (entries / BENCH / XSS_NAME / "notes.txt").write_text("stray")
    rc, out = run_verify(entries, board.datasets_root, capsys)
    assert rc == 1
    assert "predictions.sha256: stored" in out and "aggregates.switch_accuracy_mean" in out
    assert "dataset.fingerprint: stored 0000000000000000..." in out
    assert "unexpected files notes.txt" in out
    assert "3 entries: 0 ok, 3 failed" in out


def test_verify_dataset_checks(board, tmp_path: Path, capsys) -> None:
    # no dataset: a failure, or a skip with --skip-missing
    empty = tmp_path / "none"
    empty.mkdir()
    rc, out = run_verify(board.entries, empty, capsys, "--no-render")
    assert rc == 1 and "no dataset" in out and "render it" in out
    rc, out = run_verify(board.entries, empty, capsys, "--no-render", "--skip-missing")
    assert rc == 0 and "3 entries: 0 ok, 0 failed, 3 skipped" in out
    # a dataset whose instrument.json was edited: its fingerprint does not check
    root = tmp_path / "edited"
    shutil.copytree(board.dataset, root / BENCH)
    meta = json.loads((root / BENCH / "instrument.json").read_text())
    meta["render"]["seed"] += 1
    (root / BENCH / "instrument.json").write_text(json.dumps(meta))
    rc, out = run_verify(board.entries, root, capsys)
    assert rc == 1 and "fingerprint" in out and "edited" in out


def test_verify_renders_a_missing_dataset(board, tmp_path: Path, capsys) -> None:
    """A fresh clone: no datasets/ at all; verify renders the benchmark's dataset there,
    with a progress bar, and goes on."""
    root = tmp_path / "datasets"
    rc, out = run_verify(board.entries, root, capsys)
    assert rc == 0 and "3 entries: 3 ok, 0 failed, 0 skipped" in out, out
    assert f"rendering {BENCH} into {root / BENCH}" in out
    assert "60/60" in out  # the render's progress bar
    assert (root / BENCH / "README.md").is_file()
    # an interrupted render of it is resumed; a complete one is used as it is
    assert not configs.needs_render(BENCH, root / BENCH)
    shard = sorted((root / BENCH / "data").glob("test-*.parquet"))[0]
    shard.unlink()
    assert configs.needs_render(BENCH, root / BENCH)
    rc, out = run_verify(board.entries, root, capsys, "--no-progress")
    assert rc == 0 and "3 entries: 3 ok" in out and "rendering" in out and shard.is_file()
    rc, out = run_verify(board.entries, root, capsys)
    assert rc == 0 and "rendering" not in out
    # another dataset in the folder is not overwritten: its fingerprint is reported
    other = tmp_path / "other"
    shutil.copytree(board.dataset, other / BENCH)
    meta = json.loads((other / BENCH / "instrument.json").read_text())
    meta["render"]["seed"] += 1
    (other / BENCH / "instrument.json").write_text(json.dumps(meta))
    assert not configs.needs_render(BENCH, other / BENCH)


def test_submit_renders_a_missing_dataset(board, tmp_path: Path, capsys) -> None:
    root = tmp_path / "datasets"
    entries = tmp_path / "entries"
    args = ["--benchmark", BENCH, "--predictions", str(board.preds["oracle"]), "--name", "o",
            "--entries", str(entries), "--workers", "1", "--date", DATE,
            "--datasets-root", str(root)]
    assert run_cli(submit.main, [*args, "--no-render"]) == 2
    assert "no dataset" in capsys.readouterr().err and not root.exists()
    assert run_cli(submit.main, args) == 0
    cap = capsys.readouterr()
    assert f"rendering {BENCH}" in cap.err and "60/60" in cap.err
    assert (entries / BENCH / "o" / "results.json").is_file()
    assert (root / BENCH / "README.md").is_file()


# ------------------------------------------------------------------ refusals
def test_duplicates_and_replace(board, tmp_path: Path, capsys) -> None:
    entries = copy_entries(board, tmp_path)
    args = submit_args(board, board.preds["noisy"], "oracle", entries)
    assert run_cli(submit.main, args) == 2
    err = capsys.readouterr().err
    assert err.count("error:") == 1 and "already exists" in err and "--replace" in err
    assert run_cli(submit.main, submit_args(board, board.preds["noisy"], "ORACLE", entries,
                                            "--replace")) == 2
    assert "letter case" in capsys.readouterr().err
    assert run_cli(submit.main, [*args, "--replace"]) == 0
    capsys.readouterr()
    e = read_entry(entries / BENCH / "oracle")
    assert e.results["aggregates"]["switch_accuracy_mean"] < 1.0
    assert sorted(p.name for p in (entries / BENCH).iterdir()) == sorted(
        ["naive", "oracle", XSS_NAME])   # no temp folder left
    assert find_existing(entries, BENCH, "Oracle") == entries / BENCH / "oracle"
    rc, out = run_verify(entries, board.datasets_root, capsys)
    assert rc == 0, out


def test_refuses_other_benchmarks(board, tmp_path: Path, capsys, monkeypatch) -> None:
    entries = tmp_path / "entries"
    # a predictions file declared for another benchmark's dataset
    other = BENCHMARKS["guitar_light-v2"].fingerprint()
    text = board.preds["oracle"]
    csv = tmp_path / "p.csv"
    from benchmark.predictions import load_predictions, write_predictions

    write_predictions(csv, load_predictions(board.task, text), board.task)
    lines = csv.read_text().splitlines(keepends=True)
    (tmp_path / "other.csv").write_text(f"# fingerprint: {other}\n" + "".join(lines[1:]))
    assert run_cli(submit.main, submit_args(board, tmp_path / "other.csv", "x", entries)) == 2
    err = capsys.readouterr().err
    assert err.count("error:") == 1 and "made for benchmark guitar_light-v2" in err
    assert "another benchmark" in err
    # the tiny dataset offered as another benchmark's (a file with no declared fingerprint)
    (tmp_path / "bare.csv").write_text("".join(lines[1:]))
    args = submit_args(board, tmp_path / "bare.csv", "x", entries)
    args[args.index(BENCH)] = "guitar_light-v2"
    assert run_cli(submit.main, args) == 2
    err = capsys.readouterr().err
    assert err.count("error:") == 1 and "is not benchmark guitar_light-v2" in err
    # unknown benchmark; javascript: URL; no dataset where the default says
    args = submit_args(board, board.preds["oracle"], "x", entries)
    assert run_cli(submit.main, [*args[:1], "nope-v1", *args[2:]]) == 2
    assert "unknown benchmark 'nope-v1'" in capsys.readouterr().err
    assert run_cli(submit.main, [*args, "--url", "javascript:alert(1)"]) == 2
    assert "not an http:// or https:// URL" in capsys.readouterr().err
    i = args.index("--dataset")
    monkeypatch.chdir(tmp_path)
    assert run_cli(submit.main, [*args[:i], *args[i + 2:], "--no-render"]) == 2
    assert "no dataset datasets/tiny-v1" in capsys.readouterr().err
    assert not entries.exists() or not any((entries / BENCH).iterdir())


# -------------------------------------------------------------------- import
def test_import_baselines(board, tmp_path: Path, capsys) -> None:
    from benchmark.predictions import load_predictions
    from benchmark.score import score
    from generators.core.atomic import write_json_atomic

    runs = tmp_path / "runs" / BENCH
    for run, key, fast in (("knn-mfcc", "noisy", False), ("naive", "naive", False),
                           ("mlp-mel", "oracle", True)):
        (runs / run).mkdir(parents=True)
        shutil.copyfile(board.preds[key], runs / run / "predictions.parquet")
        r = score(board.task, load_predictions(board.task, runs / run / "predictions.parquet"),
                  run, BENCH, 5, 1, predictions_file=runs / run / "predictions.parquet")
        r["model"] |= {"kind": "independent", "features": run.split("-")[-1], "seed": 0,
                       "fast": fast}
        write_json_atomic(runs / run / "results.json", r)
    (runs / "unfinished").mkdir()
    entries = tmp_path / "entries"
    assert run_cli(import_baselines.main, ["--runs", str(tmp_path / "runs"), "--entries",
                                           str(entries), "--datasets-root",
                                           str(board.datasets_root), "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "skipped tiny-v1/mlp-mel: a --fast smoke run" in out
    assert sorted(p.name for p in (entries / BENCH).iterdir()) == ["baseline-knn-mfcc",
                                                                  "baseline-naive"]
    e = read_entry(entries / BENCH / "baseline-knn-mfcc")
    assert e.meta["authors"] == "Secret Sauce baselines" and e.meta["date"] == \
        board_created(runs / "knn-mfcc")
    assert "k-nearest neighbours" in e.meta["description"]
    assert e.results["audio"]["n_clips"] == 5 and e.results["model"]["kind"] == "independent"
    assert "differ" not in out
    # idempotent
    assert run_cli(import_baselines.main, ["--runs", str(tmp_path / "runs"), "--entries",
                                           str(entries), "--datasets-root",
                                           str(board.datasets_root), "--workers", "1"]) == 0
    assert "unchanged tiny-v1/baseline-naive" in capsys.readouterr().out
    rc, out = run_verify(entries, board.datasets_root, capsys)
    assert rc == 0, out


def board_created(run: Path) -> str:
    return json.loads((run / "results.json").read_text())["created"][:10]


def test_render_is_the_board_command(tmp_path: Path) -> None:
    """``python -m leaderboard.render`` (named by the generated board) runs leaderboard.board."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    r = subprocess.run([sys.executable, "-m", "leaderboard.render", "--help"], cwd=root,
                       capture_output=True, text=True, check=True)
    assert r.stdout.startswith("usage: python -m leaderboard.render")
    assert "leaderboard/README.md" in r.stdout


def test_page_templates_and_css_are_package_data() -> None:
    import tomllib

    from leaderboard.page import css, environment

    root = Path(__file__).resolve().parents[2]
    data = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert {"templates/*.html", "templates/*.css"} <= set(data["package-data"]["leaderboard"])
    assert css().startswith(":root {")
    env = environment()
    assert env.autoescape is True
    assert env.from_string("{{ x }}").render(x="<b>&'\"") == "&lt;b&gt;&amp;&#39;&#34;"


def test_entry_metadata_is_a_typed_dataclass() -> None:
    """metadata.json's user-written keys are EntryMeta's fields, each checked in one line."""
    from dataclasses import fields

    from leaderboard.store import METADATA_KEYS, EntryMeta, metadata_problems

    keys = [f.name for f in fields(EntryMeta)]
    assert list(METADATA_KEYS) == ["schema", "schema_version", *keys, "predictions"]
    ok = EntryMeta("m", BENCH, "A. Author", "https://example.org", "what\nhow", DATE)
    assert ok.problems() == []
    doc = ok.document("predictions.csv")
    assert list(doc) == list(METADATA_KEYS) and metadata_problems(doc) == []
    bad = EntryMeta("../m", BENCH, 3, "javascript:x", "d", "2026-02-30", external_data=1)
    problems = bad.problems({"authors": "--authors"})
    assert problems == ["name '../m' contains a path separator ('/' or '\\')",
                        "--authors must be a string",
                        "url 'javascript:x' is not an http:// or https:// URL",
                        "date '2026-02-30' is not a calendar date",
                        "external_data must be true or false"]
    assert all("\n" not in p for p in problems)
    assert metadata_problems(doc | {"url": 5, "date": None}) == [
        "url must be a string", "date None is not YYYY-MM-DD"]
