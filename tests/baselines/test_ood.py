"""baselines.ood: a saved model scored on real instrument notes (gm-ood-v1), by audio alone."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from baselines import ood
from benchmark.errors import run_cli
from benchmark.metrics import PRIMARY_AUDIO, of_scope
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
    assert list(doc["audio"]["metrics"]) == names and doc["primary_metric"] == PRIMARY_AUDIO
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


def test_the_out_of_domain_listening_page_plays_each_seeded_note(three: Path,
                                                                   tmp_path: Path) -> None:
    from generators.instruments import get_instrument
    from leaderboard.listen import seeded_ids, write_listen_pages
    from leaderboard.ood import OodSection

    inst = get_instrument("noisemaker")
    names = [m.name for m in of_scope("audio")]

    def doc(budget: int) -> dict:
        clips = [{"id": i, "settings": inst.default_settings(), "metrics": dict.fromkeys(names, 1.0),
                  "played": {"note": 60, "note_length_s": 0.3, "clip_length_s": 0.5}}
                 for i in range(3)]
        return {"model": {"instrument": "noisemaker", "name": "mlp-mfcc"},
                "search": {"budget": budget}, "clips": clips, "renders_per_clip": budget,
                "audio": {"metrics": dict.fromkeys(names, 1.0)}, "dataset": {"scored": 3}}

    section = OodSection("gm-ood-v1", [(1, "a+search5", doc(5)), (2, "a", doc(0))])
    site = tmp_path / "site"
    site.mkdir()
    pages = write_listen_pages([], [section], site, lambda name: str(three), print)
    page = (site / pages["gm-ood-v1"]).read_text()
    ids = [int(i) for i in re.findall(r'<tr data-id="(\d+)">', page)]
    assert ids == seeded_ids([0, 1, 2], "gm-ood-v1") == [0, 1, 2]
    srcs = re.findall(r'src="(audio/[^"]+)"', page)
    assert len(srcs) == 3 * 3  # the real note, the model's patch, the search's
    import soundfile as sf

    for s in srcs:
        info = sf.info(str(site / s))
        assert info.samplerate == 22050
        if "target" not in s:
            assert info.frames == round(0.5 * 22050)  # played at the detected length
    assert "Piano" in page and "mlp-mfcc + search 5" in page
