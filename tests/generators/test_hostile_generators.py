"""Hostile-but-honest inputs to the generators' commands (issue 27): each fails with exit 2,
one ``error:`` line and no other stderr line (no library log before it), no traceback, and
nothing a user owns changed. A damaged shard is rendered again when a render resumes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from collections.abc import Callable, Iterator, Sequence

import pytest

from generators.model.config import RenderConfig
from generators.instruments import get_instrument
from generators.render.job import render_dataset
from tests.hostile import env_for_cli, hostile

LOL = "[" + ", ".join(["lol"] * 9) + "]"
BOMB = "[&a0 " + LOL + "".join(
    f",\n  &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)) + "]"
"""A YAML alias bomb: 9 levels of 9 aliases, 9**9 strings once expanded (1 kB of text)."""

SPECS: dict[str, tuple[bytes, str]] = {
    "latin-1": (b"builtin: noisemaker\ndescription: caf\xe9\n", "not UTF-8"),
    "bomb-note": (f"builtin: noisemaker\nnote: {BOMB}\n".encode(), "must be an integer"),
    "bomb-notes": (f"builtin: noisemaker\nnotes: {BOMB}\n".encode(), "must be text"),
    "unknown-label": (b"builtin: noisemaker\nbuiltin_settings: {osc1_wave: Sine}\n",
                      "not one of its labels ['Saw', 'Pulse', 'Noise']"),
    "knob-range": (b"builtin: noisemaker\nbuiltin_settings: {filter_cutoff: 1e9}\n", "0-10"),
    "unknown-parameter": (b"builtin: noisemaker\nbuiltin_settings: {nope: 1}\n", "no parameters"),
    "plugin-dev-zero": (b"plugin: /dev/zero\nparams: {x: {kind: knob, default: 0.5}}\n", "/dev/zero"),
    "plugin-folder": (b"plugin: /tmp\nparams: {x: {kind: knob, default: 0.5}}\n", "/tmp"),
    "huge-rate": (b"builtin: noisemaker\nsample_rate: 99999999999999999999\n", "sample_rate"),
    "list": (b"- builtin\n- noisemaker\n", "expected a mapping"),
    "huge-string": (b"builtin: noisemaker\nname: [" + b"x" * 1_000_000 + b"]\n", "must be text"),
}
"""Spec files: content, and what the error line says."""


def check(module: str, *args: str | Path, watch: Sequence[Path], match: str,
          own: Sequence[Path] = (), timeout: float = 60) -> None:
    """:func:`hostile` (exit 2, one ``error:`` line, ``watch`` unchanged but for ``own``),
    and stderr holds nothing but that line."""
    proc = hostile(module, *args, watch=watch, own=own, match=match, timeout=timeout)
    others = [line for line in proc.stderr.splitlines()
              if line.strip() and not line.startswith("error:")]
    assert others == [], proc.stderr


def spec(tmp_path: Path, case: str) -> Path:
    """The spec file of ``SPECS[case]`` in ``tmp_path``."""
    path = tmp_path / f"{case}.yaml"
    path.write_bytes(SPECS[case][0])
    return path


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean render: noisemaker, 5 samples in shards of 2 (train 2 + 2, test 1)."""
    out = tmp_path_factory.mktemp("clean") / "d"
    render_dataset(RenderConfig(get_instrument("noisemaker"), n=5, shard_size=2), out,
                   progress=False)
    return out


@pytest.fixture
def copy(dataset: Path, tmp_path: Path) -> Path:
    """A copy of the clean render, in ``tmp_path``."""
    return Path(shutil.copytree(dataset, tmp_path / "d"))


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """``tmpfs(options)``: a fresh tmpfs mounted in ``tmp_path`` (unmounted after). Root
    ignores permission bits, so a read-only or full place takes a mount: skipped where
    mounting is not allowed."""
    mounted: list[Path] = []

    def make(options: str) -> Path:
        where = tmp_path / f"fs{len(mounted)}"
        where.mkdir()
        res = (subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
                              capture_output=True, text=True) if shutil.which("mount") else None)
        if res is None or res.returncode:
            pytest.skip(f"cannot mount a tmpfs here: {res.stderr.strip() if res else 'no mount'}")
        mounted.append(where)
        return where

    yield make
    for where in mounted:
        subprocess.run(["umount", str(where)], check=False)


# ------------------------------------------------------------------ spec files
@pytest.mark.parametrize("case", sorted(SPECS))
def test_render_refuses_a_bad_spec(tmp_path: Path, case: str) -> None:
    check("generators.render", "--instrument", spec(tmp_path, case), "--n", "2", "--out",
          tmp_path / "out", "--no-progress", watch=[tmp_path], match=SPECS[case][1], timeout=20)


@pytest.mark.parametrize("case", ["latin-1", "bomb-note", "unknown-label"])
def test_plugin_spec_check_refuses_a_bad_spec(tmp_path: Path, case: str) -> None:
    check("generators.plugin_spec", "--check", spec(tmp_path, case), watch=[tmp_path],
          match=SPECS[case][1], timeout=20)


def test_a_spec_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").mkdir()
    check("generators.render", "--instrument", tmp_path / "spec.yaml", "--n", "2", "--out",
          tmp_path / "out", watch=[tmp_path], match="is a folder")


def test_a_huge_instrument_name_is_quoted_briefly(tmp_path: Path) -> None:
    proc = hostile("generators.render", "--instrument", "x" * 100_000, "--n", "2",
                   "--out", tmp_path / "out", watch=[tmp_path], match="unknown instrument")
    assert len(proc.stderr) < 1000


# ------------------------------------------------------------------ options
@pytest.mark.parametrize("args, match", [
    (["--n", "99999999999999999999"], "64-bit"),
    (["--n", "2", "--seed", "99999999999999999999"], "64-bit"),
    (["--n", "2", "--seed", "-1"], "--seed must be >= 0, got -1"),
    (["--n", "2", "--ids", "0-99999999999999999999"], "--ids"),
    (["--n", "2", "--ids", "3-1"], "--ids"),
    (["--n", "10000000000", "--shard-size", "1"], "shards in a split"),
    (["--n", "2", "--shard-size", "0"], "--shard-size must be > 0"),
    (["--n", "2", "--notes", "\x01\x7fgarbage-é"], "--notes must look like"),
    (["--n", "2", "--notes", "60-9999999999999999999999"], "MIDI 0-127"),
    (["--n", "two"], "invalid int value"),
])
def test_render_refuses_bad_numbers(tmp_path: Path, args: list[str], match: str) -> None:
    check("generators.render", *args, "--out", tmp_path / "out", watch=[tmp_path], match=match)


def test_render_config_checks_itself() -> None:
    """Every place that builds a RenderConfig gets the command's checks."""
    inst = get_instrument("noisemaker")
    for kw, match in [(dict(n=0), "--n must be > 0"), (dict(n=2, seed=-1), "--seed"),
                      (dict(n=2, shard_size=0), "--shard-size"),
                      (dict(n=2, note_range=(50, 200)), "MIDI 0-127"),
                      (dict(n=2, audio_format="mp3"), "--audio-format")]:
        with pytest.raises(Exception, match=match) as e:
            RenderConfig(inst, **kw)
        assert type(e.value).__name__ == "DatasetError"


# ------------------------------------------------------------------ outputs
def test_overwrite_never_empties_a_users_folder(tmp_path: Path) -> None:
    user = tmp_path / "mine"
    (user / "data").mkdir(parents=True)
    (user / "README.md").write_text("my notes")
    (user / "data" / "x.txt").write_text("my data")
    check("generators.render", "--n", "2", "--out", user, "--overwrite", watch=[tmp_path],
          match="not written by this command")


@pytest.mark.parametrize("where", ["file", "file/sub", "spec"])
def test_render_out_where_no_folder_can_be(tmp_path: Path, where: str) -> None:
    (tmp_path / "file").write_text("mine")
    path = spec(tmp_path, "unknown-parameter") if where == "spec" else tmp_path / where
    check("generators.render", "--n", "2", "--out", path, watch=[tmp_path],
          match="not a folder" if where != "file/sub" else "cannot write")


def test_render_on_a_read_only_file_system(tmpfs: Callable[[str], Path]) -> None:
    ro = tmpfs("ro")
    for out in (ro, ro / "new"):
        check("generators.render", "--n", "2", "--out", out, "--no-progress", watch=[ro],
              match="read-only file system")


def test_disk_full_while_writing_instrument_json(tmpfs: Callable[[str], Path]) -> None:
    full = tmpfs("size=4k")
    check("generators.render", "--n", "2", "--out", full / "d", "--no-progress",
          "--no-space-check", watch=[full], own=[full / "d"], match="disk full")


# ------------------------------------------------------------------ resume
@pytest.mark.parametrize("content, match", [
    (b"[1, 2]", "expected a mapping"),
    (b'{"bad', "not valid JSON"),
    (b'{"name": "caf\xe9"}', "not UTF-8"),
    (b'{"render": 5, "instrument": []}', "holds another dataset"),
])
def test_resume_with_a_bad_instrument_json(copy: Path, content: bytes, match: str) -> None:
    (copy / "instrument.json").write_bytes(content)
    check("generators.render", "--n", "5", "--shard-size", "2", "--out", copy,
          watch=[copy.parent], match=match)


@pytest.mark.parametrize("damage", ["truncated", "empty", "other-ids", "random"])
def test_resume_renders_a_damaged_shard_again(dataset: Path, copy: Path, damage: str) -> None:
    shard = copy / "data" / "train-00000-of-00002.parquet"
    data = shard.read_bytes()
    shard.write_bytes({"truncated": data[: len(data) // 2], "empty": b"",
                       "other-ids": (copy / "data" / "train-00001-of-00002.parquet").read_bytes(),
                       "random": bytes(range(256)) * 8}[damage])
    proc = subprocess.run([sys.executable, "-m", "generators.render", "--n", "5", "--shard-size", "2",
                           "--out", str(copy), "--workers", "1", "--no-progress"],
                          env=env_for_cli(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert f"warning: {shard} is damaged" in proc.stderr
    for path in sorted((dataset / "data").iterdir()):
        assert (copy / "data" / path.name).read_bytes() == path.read_bytes(), path.name


# ------------------------------------------------------------------ publish
def test_publish_refuses_an_edited_instrument_json(copy: Path) -> None:
    meta = copy / "instrument.json"
    meta.write_text(meta.read_text().replace('"seed": 0', '"seed": 1'))
    check("generators.publish", copy, "--repo-id", "me/x", "--dry-run", watch=[copy.parent],
          match="edited after rendering")


@pytest.mark.parametrize("content", [b"", b"PAR1" + bytes(range(256)) * 4 + b"PAR1"])
def test_publish_refuses_a_damaged_shard(copy: Path, content: bytes) -> None:
    (copy / "data" / "test-00000-of-00001.parquet").write_bytes(content)
    check("generators.publish", copy, "--repo-id", "me/x", "--dry-run", watch=[copy.parent],
          match="is damaged")


@pytest.mark.parametrize("damage, match", [("card", "not UTF-8"), ("meta", "not UTF-8"),
                                           ("folder", "no instrument.json")])
def test_publish_refuses_unreadable_metadata(copy: Path, damage: str, match: str) -> None:
    if damage == "card":
        (copy / "README.md").write_bytes(b"---\npretty_name: caf\xe9\n---\n")
    elif damage == "meta":
        (copy / "instrument.json").write_bytes(b'{"instrument": "caf\xe9"}')
    else:
        (copy / "instrument.json").unlink()
    check("generators.publish", copy, "--repo-id", "me/x", "--dry-run", watch=[copy.parent],
          match=match)


# ------------------------------------------------------------------ tour, plugin_spec, codegen
@pytest.mark.parametrize("case, match", [
    ("file", "not a folder"), ("file/sub", "cannot write"), ("mine", "not written by this"),
    ("steps", "--steps must be 2-100"), ("spec", "not UTF-8"),
])
def test_tour_refuses(tmp_path: Path, case: str, match: str) -> None:
    (tmp_path / "file").write_text("mine")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "README.md").write_text("mine")
    inst = str(spec(tmp_path, "latin-1")) if case == "spec" else "noisemaker"
    out = tmp_path / ("new" if case in ("steps", "spec") else case)
    steps = "99999999999" if case == "steps" else "3"
    check("generators.tour", "--instrument", inst, "--out", out, "--steps", steps,
          watch=[tmp_path], match=match)


@pytest.mark.parametrize("args, match", [
    (["/no/such/plugin.so"], "not found"),
    (["/dev/zero"], "cannot load plug-in"),
    (["/usr/lib/vst/MVerb-vst.so", "--sample-rate", "0"], "--sample-rate must be"),
    (["--check", "generators/plugins/specs/amsynth.yaml", "--n", "0"], "--n must be 1-1000"),
    (["--check", "/no/such/spec.yaml"], "no such file"),
])
def test_plugin_spec_refuses(tmp_path: Path, args: list[str], match: str) -> None:
    check("generators.plugin_spec", *args, watch=[tmp_path], match=match)


def test_dsp_codegen_refuses_an_unknown_option(tmp_path: Path) -> None:
    check("generators.dsp_codegen", "--force", watch=[tmp_path], match="unrecognized")
