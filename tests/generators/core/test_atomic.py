"""The one atomic-write helper and the one clip decoder of ``generators``."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from generators.core.atomic import (MARKER, WriteError, atomic_path, check_output,
                               remove_temp_files, safe_names, write_dir_atomic,
                               write_json_atomic, write_text_atomic)
from generators.core.errors import UserError
from generators.core.audio import as_stored, decode, decode_clips, encode, pcm_float, stored_clip


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    path = write_text_atomic(tmp_path / "sub" / "a.txt", "old")
    with pytest.raises(RuntimeError):
        with atomic_path(path) as tmp:
            assert tmp.parent == path.parent and tmp.name == f".a.txt.tmp-{os.getpid()}"
            tmp.write_text("half")
            raise RuntimeError("interrupted")
    assert path.read_text() == "old"
    assert sorted(p.name for p in path.parent.iterdir()) == ["a.txt"]
    write_json_atomic(path, {"b": 1})
    assert path.read_text() == '{\n  "b": 1\n}\n'


def test_a_per_thread_tag_and_a_suffix(tmp_path: Path) -> None:
    with atomic_path(tmp_path / "x.npz", tag="7.npz") as tmp:
        assert tmp.name == f".x.npz.tmp-{os.getpid()}-7.npz"
        np.savez(tmp, a=np.arange(3))  # np.savez would append .npz to a name without it
    with np.load(tmp_path / "x.npz") as z:
        assert z["a"].tolist() == [0, 1, 2]


def test_remove_temp_files_only_of_one_process(tmp_path: Path) -> None:
    (tmp_path / ".s.parquet.tmp-11").write_text("")
    (tmp_path / ".t.parquet.tmp-12").write_text("")
    (tmp_path / "s.parquet").write_text("")
    remove_temp_files(tmp_path, 11)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".t.parquet.tmp-12", "s.parquet"]
    remove_temp_files(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["s.parquet"]


def test_write_dir_atomic_replaces_a_folder_whole(tmp_path: Path) -> None:
    final = tmp_path / "model"
    write_dir_atomic(final, lambda d: (d / "a").write_text("1"), kind="model")

    def broken(d: Path) -> None:
        (d / "b").write_text("2")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_dir_atomic(final, broken, kind="model")
    assert [p.name for p in tmp_path.iterdir()] == ["model"]
    assert sorted(p.name for p in final.iterdir()) == [MARKER, "a"]
    write_dir_atomic(final, lambda d: (d / "c").write_text("3"), kind="model")
    assert sorted(p.name for p in final.iterdir()) == [MARKER, "c"]


def test_write_dir_atomic_never_replaces_what_it_did_not_write(tmp_path: Path) -> None:
    theirs = tmp_path / "photos"
    theirs.mkdir()
    (theirs / "cat.jpg").write_bytes(b"meow")
    for kind in ("site", "match"):
        with pytest.raises(WriteError, match="not written by this command"):
            write_dir_atomic(theirs, lambda d: (d / "index.html").write_text("x"), kind=kind)
    write_dir_atomic(tmp_path / "site", lambda d: (d / "index.html").write_text("x"), kind="site")
    with pytest.raises(WriteError, match=r"\(match\)"):  # another kind's folder
        write_dir_atomic(tmp_path / "site", lambda d: None, kind="match")
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    with pytest.raises(WriteError, match="not a folder"):
        write_dir_atomic(a_file, lambda d: None, kind="site")
    assert (theirs / "cat.jpg").read_bytes() == b"meow" and a_file.read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "photos", "site"]


def test_check_output_refuses_inputs_and_safe_names_are_distinct(tmp_path: Path) -> None:
    data = tmp_path / "dataset"
    data.mkdir()
    preds = tmp_path / "preds.parquet"
    preds.write_text("x")
    inputs = {"predictions": preds, "dataset": data, "hub id": Path("org/not-here")}
    for bad, why in ((preds, "is the predictions input"), (data / "instrument.json", "inside"),
                     (tmp_path, "contains")):
        with pytest.raises(WriteError, match=why):
            check_output(bad, inputs)
    check_output(tmp_path / "preds.results.json", inputs)
    names, notes = safe_names([".", "..", "x", "x", "a/b"])
    assert names == ["input.", "input..", "x", "x-2", "a_b"] and len(notes) == 4


def test_a_write_that_fails_is_one_user_error(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("a file")
    with pytest.raises(WriteError, match="cannot create folder") as e:
        write_text_atomic(tmp_path / "f" / "out.json", "{}")
    assert isinstance(e.value, UserError) and isinstance(e.value, OSError)
    with pytest.raises(WriteError, match="is a folder"):
        write_text_atomic(tmp_path, "{}")


@pytest.mark.parametrize("fmt", ["flac", "wav"])
def test_the_clip_decoder_reads_back_what_is_stored(fmt: str) -> None:
    rng = np.random.default_rng(0)
    clip = np.clip(rng.normal(0, 0.3, 1000), -1.2, 1.2).astype(np.float32)
    pcm = as_stored(clip)
    data = encode(pcm, 22050, fmt)
    assert np.array_equal(decode(data)[0], pcm_float(pcm))
    assert np.array_equal(stored_clip(clip), pcm_float(pcm))
    out = decode_clips([data, encode(pcm[:10], 22050, fmt)], 500)
    assert out.shape == (2, 500) and out.dtype == np.float32
    assert np.array_equal(out[0], pcm_float(pcm)[:500])
    assert np.array_equal(out[1, :10], pcm_float(pcm[:10])) and not out[1, 10:].any()
    assert not as_stored(np.array([np.nan, 0.5], np.float32)).any()  # NaN renders are silence
