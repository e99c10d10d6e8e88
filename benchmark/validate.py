"""``python -m benchmark.validate DATASET PREDICTIONS``: check a predictions file.

Exit code 0 when the file can be scored, 2 otherwise, with one ``error:``
line per problem on stderr, each naming the column and a few offending ids
(see :mod:`benchmark.predictions` for the format). Nothing is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from collections.abc import Sequence

from .configs import check_dataset
from .errors import run_cli
from .predictions import load_predictions
from .task import SPLITS, load_task
from generators.core.cli import ArgumentParser, exit_with


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog="python -m benchmark.validate",
        description="Check a predictions file (Parquet or CSV: id + one column per parameter) "
                    "against a dataset: ids, columns, values, split and fingerprint. "
                    "Exit code 2 with one line per problem when it cannot be scored.",
    )
    p.add_argument("dataset", help="dataset folder or Hugging Face Hub id")
    p.add_argument("predictions", type=Path, help="predictions file (.parquet or .csv)")
    p.add_argument("--split", choices=SPLITS, default="test",
                   help="split the predictions cover (default: test)")
    p.add_argument("--benchmark", help="require the dataset to be this named benchmark "
                   "(e.g. noisemaker-v2)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    task = load_task(args.dataset)
    bench = check_dataset(task.meta, args.benchmark, task.name)
    preds = load_predictions(task, args.predictions, args.split)
    declared = "declares it" if preds.fingerprint else "declares no fingerprint"
    print(f"ok: {len(preds.ids)} predictions for the {args.split} split of {task.name}"
          f"{f' ({bench.name})' if bench else ''}, fingerprint {task.fingerprint[:16]}... "
          f"(the file {declared})")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
