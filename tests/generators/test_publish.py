"""``python -m generators.publish``: dry run, the upload calls, errors, and a
Hub id going through the same ``datasets.load_dataset`` call as a folder.
No test touches the network."""

from __future__ import annotations

import fnmatch
import shutil
from pathlib import Path

import pytest

import huggingface_hub
from generators.dataset.publish import UPLOAD_PATTERNS, dataset_files, main


class FakeApi:
    """Records the HfApi calls publish makes."""

    calls: list[tuple[str, tuple, dict]] = []
    fail = False

    def __init__(self, token=None) -> None:
        self.calls.append(("init", (), {"token": token}))

    def create_repo(self, *args, **kwargs):
        self.calls.append(("create_repo", args, kwargs))

    def upload_folder(self, **kwargs):
        if self.fail:
            raise RuntimeError("403 Forbidden: no write access\nmore details")
        self.calls.append(("upload_folder", (), kwargs))


@pytest.fixture()
def offline(monkeypatch):
    """No Hub access: HfApi is a recorder, the token a dummy."""
    FakeApi.calls = []
    FakeApi.fail = False
    monkeypatch.setattr(huggingface_hub, "HfApi", FakeApi)
    monkeypatch.setattr(huggingface_hub, "get_token", lambda: "hf_dummy")
    return FakeApi


def test_dry_run_prints_files_and_card(tiny_noisemaker, offline, capsys) -> None:
    _, out = tiny_noisemaker
    assert main([str(out), "--repo-id", "my-org/nm-tiny", "--dry-run", "--private"]) == 0
    text = capsys.readouterr().out
    first = text.splitlines()[0]
    assert first.startswith("would upload 6 files (")
    assert "https://huggingface.co/datasets/my-org/nm-tiny (private)" in first
    for name in ("README.md", "instrument.json", "data/train-00000-of-00003.parquet",
                 "data/train-00001-of-00003.parquet", "data/train-00002-of-00003.parquet",
                 "data/test-00000-of-00001.parquet"):
        assert f"\n  {name}  " in text
    card = (out / "README.md").read_text()
    assert text.rstrip().endswith(card.rstrip())
    assert "configs:" in card
    assert "num_examples: 48" in card
    assert offline.calls == []  # nothing sent


def test_upload_creates_the_repo_and_uploads_the_dataset_files(tiny_noisemaker, offline,
                                                               tmp_path: Path, capsys) -> None:
    _, src = tiny_noisemaker
    out = tmp_path / "ds"
    shutil.copytree(src, out)
    (out / "rerender").mkdir()
    (out / "rerender" / "ids-00000001-00000002.parquet").write_bytes(b"x")
    (out / "data" / ".train-00000-of-00003.parquet.tmp-123").write_bytes(b"x")
    assert main([str(out), "--repo-id", "my-org/nm-tiny"]) == 0
    assert "load_dataset('my-org/nm-tiny')" in capsys.readouterr().out
    names = [c[0] for c in offline.calls]
    assert names == ["init", "create_repo", "upload_folder"]
    assert offline.calls[0][2] == {"token": "hf_dummy"}
    assert offline.calls[1][1:] == (("my-org/nm-tiny",), {"repo_type": "dataset",
                                                          "private": False, "exist_ok": True})
    upload = offline.calls[2][2]
    assert upload["folder_path"] == str(out)
    assert upload["repo_id"] == "my-org/nm-tiny"
    assert upload["repo_type"] == "dataset"
    assert upload["allow_patterns"] == UPLOAD_PATTERNS
    # what the patterns select is exactly the dataset's files
    every = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    chosen = [f for f in every if any(fnmatch.fnmatch(f, pat) for pat in UPLOAD_PATTERNS)]
    assert chosen == sorted(p.relative_to(out).as_posix() for p in dataset_files(out))


@pytest.mark.parametrize("setup, args, message", [
    ("none", ["--repo-id", "nm-tiny"], "--repo-id must look like ORG/NAME"),
    ("incomplete", ["--repo-id", "a/b", "--dry-run"], "is incomplete: 1 of 4 shards missing"),
    ("empty", ["--repo-id", "a/b", "--dry-run"], "has no instrument.json"),
    ("no-token", ["--repo-id", "a/b"], "no Hugging Face token: run `huggingface-cli login`"),
])
def test_errors_are_one_line(tiny_noisemaker, offline, monkeypatch, tmp_path: Path, capsys,
                             setup: str, args: list[str], message: str) -> None:
    _, src = tiny_noisemaker
    folder = tmp_path / "ds"
    if setup == "empty":
        folder.mkdir()
    else:
        shutil.copytree(src, folder)
    if setup == "incomplete":
        (folder / "data" / "train-00001-of-00003.parquet").unlink()
    if setup == "no-token":
        monkeypatch.setattr(huggingface_hub, "get_token", lambda: None)
    assert main([str(folder), *args]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert [c[0] for c in offline.calls] == []


def test_upload_failure_is_one_line(tiny_noisemaker, offline, capsys) -> None:
    _, out = tiny_noisemaker
    offline.fail = True
    assert main([str(out), "--repo-id", "a/b"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "error: upload failed: RuntimeError: 403 Forbidden: no write access"


def test_hub_id_is_the_same_load_dataset_call(tiny_noisemaker, monkeypatch) -> None:
    """The benchmark given a Hub id reads ``instrument.json`` from the Hub and
    the rows with ``datasets.load_dataset(hub_id)``; served the files publish
    uploads, it sees the task it sees in the folder."""
    task_mod = pytest.importorskip("benchmark.task")
    import datasets

    _, out = tiny_noisemaker
    real = datasets.load_dataset
    calls: list[tuple[tuple, dict]] = []

    def load_dataset(path, *args, **kwargs):
        calls.append(((path, *args), kwargs))
        return real(str(out) if path == "my-org/nm-tiny" else path, *args, **kwargs)

    def hf_hub_download(repo_id, filename, repo_type=None, **kwargs):
        assert (repo_id, filename, repo_type) == ("my-org/nm-tiny", "instrument.json", "dataset")
        return str(out / filename)

    monkeypatch.setattr(datasets, "load_dataset", load_dataset)
    monkeypatch.setattr(huggingface_hub, "hf_hub_download", hf_hub_download)
    local = task_mod.load_task(out)
    hub = task_mod.load_task("my-org/nm-tiny")
    assert calls[-1] == (("my-org/nm-tiny",), {})  # load_dataset(hub_id), nothing else
    assert hub.n == local.n == 60
    assert hub.settings(3) == local.settings(3)
    assert hub.audio_bytes([3, 17]) == local.audio_bytes([3, 17])
