"""Listening pages: a seeded choice of clips per benchmark, target beside prediction and search."""

from __future__ import annotations

import re

from leaderboard.listen import LISTEN_CLIPS, listen_columns, page_name, seeded_ids
from leaderboard.sections import load_board
from tests.leaderboard_data import BENCH, registered


def test_seeded_ids_are_fixed_distinct_and_depend_on_the_benchmark() -> None:
    ids = list(range(100, 300))
    a = seeded_ids(ids, "noisemaker-v2")
    assert a == seeded_ids(ids, "noisemaker-v2") == sorted(set(a)) and len(a) == LISTEN_CLIPS
    assert set(a) <= set(ids) and a != seeded_ids(ids, "moog-v2")
    assert seeded_ids([3, 1], "x") == [1, 3]   # fewer ids than clips: all of them


def test_the_page_lists_the_seeded_clips_and_its_audio_exists(board) -> None:
    page = (board.site / page_name(BENCH)).read_text()
    ids = seeded_ids([int(i) for i in board.task.split_ids("test")], BENCH)
    assert [int(i) for i in re.findall(r'<tr data-id="(\d+)">', page)] == ids
    srcs = re.findall(r'<audio controls preload="none" src="([^"]+)"', page)
    with registered():
        [section] = [s for s in load_board(board.entries, lambda m: None) if s.benchmark == BENCH]
    columns = listen_columns(section)
    # the best prediction (no renders) and the best search (the oracle, 200 renders per clip)
    assert [e.render_budget > 0 for _, e in columns] == [False, True]
    assert len(srcs) == len(ids) * (1 + len(columns))
    for s in srcs:
        assert (board.site / s).stat().st_size > 1000, s
    assert "(search, 200 renders/clip)" in page and "(prediction)" in page
    index = (board.site / "index.html").read_text()
    assert f'href="{page_name(BENCH)}"' in index
