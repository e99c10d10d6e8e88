"""``python -m benchmark.run MODULE --dataset D``: run a model submission, write its predictions.

The model API (in the spirit of HEAR's): a Python module (dotted name or
``.py`` file) with

``load_model(task, model_path=None) -> model``
    ``task`` is a :class:`benchmark.task.ModelTask`: the instrument
    declaration, ``targets`` / ``knobs`` / ``switches``, ``sample_rate``,
    ``n_samples``, and the labelled ``train`` and ``validation`` splits
    (``split_ids``, ``labels``, ``masks``, ``audio``); test labels and audio
    are hidden. ``model_path`` is ``--model-path`` (weights, config), or
    ``None``.

``predict(model, audio, sample_rate) -> table``
    ``audio``: float32 numpy array ``[n_clips, n_samples]`` in [-1, 1] (mono,
    ``sample_rate`` Hz). Returns one column per target, ``n_clips`` rows in
    the order of ``audio``: a mapping ``{name: sequence}``, a pyarrow Table or
    a pandas DataFrame. Knobs: numbers on the 0-10 scale; switches: label
    strings; ``None`` is allowed where the parameter is masked.

Optional: ``BATCH_SIZE`` (int), clips per ``predict`` call (default 256).

:func:`validate_module` checks the functions, their signatures, and the
shapes, types and values of a prediction on two clips before the full run.
The predictions go through the same validation as any submitted file, then
are written atomically with the dataset fingerprint declared.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import inspect
import time
from pathlib import Path
from types import ModuleType
from typing import Any
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from .errors import BenchmarkError, run_cli
from .predictions import (
    PredictionError,
    check_values,
    from_columns,
    validate,
    write_predictions,
)
from .task import SPLITS, ModelTask, Task, load_task
from generators.core.atomic import check_output
from generators.core.cli import ArgumentParser, exit_with
from generators.core.reading import brief

DEFAULT_BATCH = 256


class SubmissionError(BenchmarkError):
    """A model module does not follow the API."""


def user_call(where: str, fn: Callable[..., Any], *args: Any, failed: str | None = None) -> Any:
    """``fn(*args)``, where ``fn`` is the submission's code (``where`` names it, e.g.
    ``my_model.predict``): anything it raises, ``SystemExit`` included, becomes one
    :class:`SubmissionError` line, ``<where> raised <type>: <message>`` (``failed``
    replaces ``<where> raised``); Ctrl-C still interrupts.

    Raises:
        SubmissionError: ``fn`` raised or exited.
    """
    head = failed or f"{where} raised"
    try:
        return fn(*args)
    except (KeyboardInterrupt, SubmissionError):
        raise
    except SystemExit as e:
        raise SubmissionError(f"{head} SystemExit: {where} called sys.exit({brief(e.code, 40)}); "
                              "a model must return or raise, not exit") from None
    except BaseException as e:  # noqa: BLE001 (whatever the submission raises is its own)
        raise SubmissionError(f"{head} {type(e).__name__}: {_message(e)}") from None


def _message(e: BaseException) -> str:
    try:
        text = str(e)
    except Exception:  # noqa: BLE001 (an exception whose __str__ fails)
        return "(no message)"
    line = text.strip().splitlines()[0] if text.strip() else "(no message)"
    return line if len(line) <= 200 else line[:197] + "..."


def import_module(spec: str) -> ModuleType:
    """Import a module by dotted name or from a ``.py`` file.

    Raises:
        SubmissionError: no such module or file, or importing it raised or exited.
    """
    path = _module_file(spec)
    if path is not None:
        if not path.is_file():
            raise SubmissionError(f"no module file {spec}" + (" (it is a folder; give its .py "
                                                               "file)" if path.is_dir() else ""))
        try:
            mod_spec = importlib.util.spec_from_file_location(path.stem, path)
        except (ValueError, OSError) as e:
            raise SubmissionError(f"cannot import {spec}: {e}") from None
        if mod_spec is None or mod_spec.loader is None:
            raise SubmissionError(f"cannot import {spec}")
        module = importlib.util.module_from_spec(mod_spec)
        user_call(spec, mod_spec.loader.exec_module, module, failed=f"cannot import {spec}:")
        return module
    return user_call(spec, importlib.import_module, spec, failed=f"cannot import {spec}:")


def as_columns(out: Any) -> dict[str, list[Any]]:
    """A ``predict`` result as ``{column: list}`` (mapping, pyarrow Table or DataFrame)."""
    if hasattr(out, "to_pydict"):  # pyarrow.Table
        return {str(k): list(v) for k, v in out.to_pydict().items()}
    if hasattr(out, "columns") and hasattr(out, "to_dict"):  # pandas.DataFrame
        return {str(k): list(v) for k, v in out.to_dict(orient="list").items()}
    if isinstance(out, Mapping):
        cols = {}
        for k, v in out.items():
            if isinstance(v, np.ndarray):
                if v.ndim != 1:
                    raise SubmissionError(f"predict: column {k!r} has shape {v.shape}, "
                                          "expected one value per clip")
                cols[str(k)] = v.tolist()
            elif isinstance(v, (str, bytes)) or not hasattr(v, "__len__"):
                raise SubmissionError(f"predict: column {k!r} is {type(v).__name__}, "
                                      "expected a sequence with one value per clip")
            else:
                cols[str(k)] = list(v)
        return cols
    raise SubmissionError(f"predict must return a mapping {{column: values}}, a pyarrow Table "
                          f"or a pandas DataFrame, got {type(out).__name__}")


def _check_signature(module: ModuleType, name: str, args: tuple) -> list[str]:
    fn = getattr(module, name, None)
    if fn is None:
        return [f"{module.__name__} has no function {name}()"]
    if not callable(fn):
        return [f"{module.__name__}.{name} is not callable"]
    try:
        inspect.signature(fn).bind(*args)
    except TypeError as e:
        return [f"{module.__name__}.{name} cannot be called as {name}"
                f"({', '.join(_arg_names(name))}): {e}"]
    except ValueError:
        pass  # builtins without a signature
    return []


def _arg_names(name: str) -> list[str]:
    return ["task", "model_path"] if name == "load_model" else ["model", "audio", "sample_rate"]


def predict_columns(module: ModuleType, model: Any, audio: np.ndarray, sample_rate: int,
                    targets: list[str]) -> dict[str, list[Any]]:
    """Call ``predict`` and check the shape of its result (columns, row count)."""
    name = module.__name__
    out = user_call(f"{name}.predict", module.predict, model, audio, sample_rate)
    cols = user_call(f"{name}.predict's result", as_columns, out)
    problems = []
    missing = [t for t in targets if t not in cols]
    extra = [c for c in cols if c not in targets]
    if missing:
        problems.append(f"{name}.predict: missing columns {', '.join(map(repr, missing))}")
    if extra:
        problems.append(f"{name}.predict: unexpected columns {', '.join(map(repr, extra))} "
                        "(rows follow the audio order; no id column)")
    bad = {k: len(v) for k, v in cols.items() if len(v) != len(audio)}
    if bad:
        problems.append(f"{name}.predict: {len(audio)} clips in, but columns have "
                        f"{', '.join(f'{k}: {n} rows' for k, n in bad.items())}")
    if problems:
        raise SubmissionError(*problems)
    return {t: cols[t] for t in targets}


def validate_module(module: ModuleType, task: Task, model_path: str | None = None,
                    split: str = "test") -> Any:
    """Check a submission module on two clips of ``split``; return its loaded model.

    Raises:
        SubmissionError: missing or uncallable functions, wrong signatures,
            wrong output type, columns, row count, value types or values.
    """
    view = task.for_model()
    problems = (_check_signature(module, "load_model", (view, model_path))
                + _check_signature(module, "predict", (None, None, 0)))
    if problems:
        raise SubmissionError(*problems)
    batch = getattr(module, "BATCH_SIZE", DEFAULT_BATCH)
    if not isinstance(batch, int) or isinstance(batch, bool) or batch <= 0:
        raise SubmissionError(f"{module.__name__}.BATCH_SIZE must be a positive int, "
                              f"got {batch!r}")
    model = load(module, view, model_path)
    ids = task.split_ids(split)[:2]
    audio = task.audio(ids)
    before = audio.copy()
    cols = predict_columns(module, model, audio, task.sample_rate, task.targets)
    if not np.array_equal(audio, before):
        raise SubmissionError(f"{module.__name__}.predict modified its input audio in place")
    try:
        _validate_rows(task, cols, ids)
    except PredictionError as e:
        raise SubmissionError(*(p.replace("predictions: ", f"{module.__name__}.predict: ")
                                for p in e.problems)) from None
    return model


def _validate_rows(task: Task, cols: dict[str, list[Any]], ids: np.ndarray) -> None:
    """The value checks of :func:`benchmark.predictions.validate` on rows for ``ids``."""
    raw = from_columns(cols, ids, origin="predictions")
    _, problems = check_values(task, raw, ids, np.arange(len(ids)))
    if problems:
        raise PredictionError(*problems)


def load(module: ModuleType, view: ModelTask, model_path: str | None) -> Any:
    """``module.load_model(view, model_path)``, its failures one line (a TaskError too:
    the model read what it may not)."""
    return user_call(f"{module.__name__}.load_model", module.load_model, view, model_path)


def run(module: ModuleType, task: Task, split: str = "test", model_path: str | None = None,
        batch_size: int | None = None, progress: bool = True) -> tuple[Any, dict[str, float]]:
    """Validate ``module``, predict every clip of ``split``; return validated predictions."""
    from tqdm import tqdm

    t0 = time.perf_counter()
    model = validate_module(module, task, model_path, split)
    t1 = time.perf_counter()
    batch = batch_size or getattr(module, "BATCH_SIZE", DEFAULT_BATCH)
    ids = task.split_ids(split)
    cols: dict[str, list[Any]] = {t: [] for t in task.targets}
    with tqdm(total=len(ids), unit="clip", desc=module.__name__, disable=not progress,
              dynamic_ncols=True) as bar:
        for a in range(0, len(ids), batch):
            chunk = ids[a:a + batch]
            out = predict_columns(module, model, task.audio(chunk), task.sample_rate,
                                  task.targets)
            for t in task.targets:
                cols[t].extend(out[t])
            bar.update(len(chunk))
    t2 = time.perf_counter()
    raw = from_columns(cols, ids, task.fingerprint, origin=f"{module.__name__}.predict")
    preds = validate(task, raw, split)
    return preds, {"load_model_s": t1 - t0, "predict_s": t2 - t1}


def _module_file(spec: str) -> Path | None:
    """The file a ``.py`` module argument names (``None`` for a dotted name)."""
    return Path(spec) if spec.endswith(".py") or "/" in spec or "\\" in spec else None


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog="python -m benchmark.run",
        description="Run a model submission (a module with load_model(task, model_path) and "
                    "predict(model, audio, sample_rate)) on a dataset split and write its "
                    "predictions file. The module is validated first.",
    )
    p.add_argument("module", help="dotted module name (benchmark.examples.naive_model) or .py file")
    p.add_argument("--dataset", required=True, help="dataset folder or Hugging Face Hub id")
    p.add_argument("--split", choices=SPLITS, default="test", help="split to predict (test)")
    p.add_argument("--model-path", help="passed to load_model (weights, config...)")
    p.add_argument("--out", type=Path, help="predictions file, .parquet or .csv (default: "
                   "predictions/<module>-<dataset>-<split>.parquet)")
    p.add_argument("--batch-size", type=int, help="clips per predict call (default: the "
                   f"module's BATCH_SIZE, or {DEFAULT_BATCH})")
    p.add_argument("--check", action="store_true",
                   help="only validate the module (functions, shapes, types) on two clips")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.batch_size is not None and args.batch_size <= 0:
        raise BenchmarkError(f"--batch-size must be > 0, got {args.batch_size}")
    if args.out is not None and args.out.suffix.lower() not in (".parquet", ".csv"):
        raise BenchmarkError(f"--out {args.out}: predictions are written as .parquet or .csv")
    inputs = {"dataset": Path(args.dataset),
              "--model-path": Path(args.model_path) if args.model_path else None}
    if args.out is not None:
        check_output(args.out, inputs)
    task = load_task(args.dataset, progress=not args.no_progress)
    module = import_module(args.module)
    short = module.__name__.rsplit(".", 1)[-1]
    if args.check:
        validate_module(module, task, args.model_path, args.split)
        print(f"ok: {args.module} follows the model API ({len(task.targets)} targets of "
              f"{task.instrument.name})")
        return 0
    preds, timing = run(module, task, args.split, args.model_path, args.batch_size,
                        progress=not args.no_progress)
    out = args.out or Path("predictions") / f"{short}-{task.name.replace('/', '__')}-{args.split}.parquet"
    check_output(out, inputs)
    write_predictions(out, preds, task)
    print(f"wrote {len(preds.ids)} predictions of {args.module} for the {args.split} split of "
          f"{task.name} to {out} (load {timing['load_model_s']:.1f} s, "
          f"predict {timing['predict_s']:.1f} s)")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
