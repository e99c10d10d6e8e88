"""baselines.ood: a saved model scored on real instrument notes (gm-ood-v1), by audio alone."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from baselines import ood
from benchmark.errors import run_cli
from benchmark.metrics import of_scope
from generators.benchmarks import AUDIO_BENCHMARKS, AudioBenchmark
from generators.render.audio_only import render_audio_benchmark
from generators.sources.soundfont import SOUNDFONT

pytestmark = pytest.mark.skipif(not Path(SOUNDFONT).is_file(),
                                reason="apt-get install fluidsynth fluid-soundfont-gm")


class _Three(AudioBenchmark):
    """gm-ood-v1 cut to 3 clips: piano, violin and flute at middle C."""

    def rows(self) -> list[tuple[int, int, int]]:
        return [(0, 0, 60), (1, 40, 60), (2, 73, 60)]


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gm3") / "gm-ood-v1"
    bench = AUDIO_BENCHMARKS["gm-ood-v1"]
    render_audio_benchmark(_Three(**{k: getattr(bench, k) for k in bench.__dataclass_fields__}),
                           out, progress=False)
    return out


@pytest.mark.slow
def test_every_registered_audio_metric_scores_each_clip(three: Path, saved: Path,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    assert run_cli(ood.main, ["--model", str(saved), "--dataset", str(three), "--out", str(out),
                              "--no-progress"]) == 0
    doc = json.loads(out.read_text())
    names = [m.name for m in of_scope("audio")]
    assert list(doc["audio"]["metrics"]) == names and doc["primary_metric"] == names[0]
    assert [c["program"] for c in doc["clips"]] == [0, 40, 73]
    for k in names:
        vals = [c["metrics"][k] for c in doc["clips"]]
        assert all(np.isfinite(vals)) and doc["audio"]["metrics"][k] == pytest.approx(np.mean(vals))
    for c in doc["clips"]:
        played = c["played"]
        assert played["note"] == 60 or not played["pitched"]
        assert 0.5 < played["note_length_s"] < 0.95    # held 0.67 s, then its release
    assert doc["renders_per_clip"] == 0 and doc["dataset"]["reproduced"] is False  # 3 of 384


@pytest.mark.slow
def test_search_refines_within_its_budget_and_the_report_ranks(three: Path, saved: Path,
                                                               tmp_path: Path) -> None:
    plain = ood.score(three, saved, progress=False)
    searched = ood.score(three, saved, budget=6, workers=1, progress=False)
    assert searched["renders_per_clip"] == 6
    for a, b in zip(plain["clips"], searched["clips"]):
        assert b["logmel_l1_db_before_search"] == pytest.approx(a["metrics"]["logmel_l1_db"],
                                                                abs=1e-6)
        assert b["metrics"]["logmel_l1_db"] <= a["metrics"]["logmel_l1_db"] + 1e-6
    paths = []
    for name, doc in (("a", plain), ("b", searched)):
        paths.append(tmp_path / f"{name}.json")
        paths[-1].write_text(json.dumps(doc))
    results = tmp_path / "RESULTS.md"
    results.write_text("# Baseline results\n\nkept\n")
    for _ in range(2):  # rewriting replaces the section
        assert run_cli(ood.main, ["--report", *map(str, paths), "--results", str(results)]) == 0
    text = results.read_text()
    assert text.count(ood.REPORT_MARKERS[0]) == 1 and text.startswith("# Baseline results")
    rows = [line for line in text.splitlines() if line.startswith("| 1 |") or
            line.startswith("| 2 |")]
    assert len(rows) == 2 and "search 6" in rows[0]  # search is closer: ranked first


def test_bad_arguments_get_one_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert run_cli(ood.main, ["--model", str(tmp_path), "--dataset", str(tmp_path),
                              "--out", str(tmp_path / "r.json")]) == 2
    assert "no audio-only benchmark" in capsys.readouterr().err
