"""A fast start: the render command imports no heavy library it does not use, and the
schema and card it writes without ``datasets`` are the ones ``datasets`` makes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generators.dataset.card import yaml_header
from generators.dataset.schema import arrow_schema, card_features, hf_features
from generators.instruments import BUILTIN
from generators.model.config import RenderConfig

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("datasets", "pandas", "torch")


def _imported_after(code: str) -> list[str]:
    """The :data:`HEAVY` modules loaded in a fresh interpreter after running ``code``."""
    check = f"{code}\nimport sys\nprint(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    res = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stderr
    return eval(res.stdout.strip().splitlines()[-1])


def test_importing_the_render_command_imports_no_heavy_library() -> None:
    assert _imported_after("import generators.render, generators.render.job") == []


def test_a_small_render_imports_no_heavy_library(tmp_path: Path) -> None:
    """The whole command, rendering and writing 8 clips and the card, in this process."""
    code = ("from generators.render.job import main\n"
            f"assert main(['--n', '8', '--out', {str(tmp_path / 'ds')!r}, '--no-progress']) == 0")
    assert _imported_after(code) == []
    assert len(list((tmp_path / "ds" / "data").glob("*.parquet"))) == 2


@pytest.mark.parametrize("name", sorted(BUILTIN))
def test_schema_and_card_features_are_what_datasets_makes(name: str) -> None:
    from datasets.info import DatasetInfo
    from datasets.splits import SplitDict, SplitInfo

    inst = BUILTIN[name]
    config = RenderConfig(inst, n=10, seed=0, shard_size=10)
    assert arrow_schema(config).equals(hf_features(inst).arrow_schema, check_metadata=True)
    for presets in (False, True):
        assert card_features(inst, presets) == \
            DatasetInfo(features=hf_features(inst, presets))._to_yaml_dict()["features"]
    splits = SplitDict()
    splits.add(SplitInfo(name="train", num_examples=8))
    splits.add(SplitInfo(name="test", num_examples=2))
    want = DatasetInfo(features=hf_features(inst), splits=splits)._to_yaml_dict()
    assert yaml.safe_dump(yaml_header(config)["dataset_info"]) == yaml.safe_dump(want)
