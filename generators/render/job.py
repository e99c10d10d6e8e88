"""``python -m generators.render``: render a dataset of instrument patches.

Example::

    python -m generators.render --n 100000                  # noisemaker -> datasets/noisemaker
    python -m generators.render --instrument moog --n 1000 --out /data/moog

Shards are written atomically; an interrupted run (Ctrl-C, kill) leaves no
partial shard, and running the same command again resumes where it stopped.
"""

from __future__ import annotations

import argparse
import errno
import json
import math
import multiprocessing as mp
import os
import queue as queue_mod
import shutil
import signal
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any
from collections.abc import Sequence

from tqdm import tqdm

from ..core import cli
from ..core.lazy import arrow_without_pandas
from ..core.atomic import (WriteError, claim_dir, remove_temp_files, write_table_atomic,
                     write_text_atomic)
from ..dataset.card import parameter_table, write_card
from ..model.config import RenderConfig, default_shard_size
from ..model.declaration import Instrument
from ..model.midi import read_midi
from ..model.playing import PHRASES, Playing, with_clip_length
from ..model.presets import PresetSet, reader_for
from ..core.errors import DatasetError
from ..dataset.fingerprint import meta, read_meta, same_dataset, summary
from ..instruments import BUILTIN
from ..benchmarks import AUDIO_BENCHMARKS, get_benchmark, reference_check, reference_line
from .pool import EnginePool
from .worker import SPAWN_CLIPS, ShardEngine, write_shard
from .ray import import_ray, render_ray
from ..sources.renderers import make_renderer
from ..sources.resolve import resolve_instrument
from ..dataset.schema import arrow_schema
from ..model.shards import Shard, shard_problem
from .disk_space import space_problem
from ..dataset.stats import split_digest
from ..dataset.writer import ShardWriter

OUR_FILES = ("README.md", "instrument.json", "data", "rerender")


# ------------------------------------------------------------------ output
def prepare_out(out: Path, config: RenderConfig, overwrite: bool) -> None:
    """Create ``out`` for ``config``, or check that it holds the same dataset.

    ``overwrite`` replaces a dataset folder only (one with ``instrument.json``, or
    empty): a folder of the user's is never emptied.

    Raises:
        DatasetError: ``out`` is not writable, or holds another dataset
            (unless ``overwrite``).
        WriteError: ``overwrite`` of a folder that holds no dataset, or ``out``
            cannot be written.
    """
    if out.exists() and not out.is_dir():
        raise DatasetError(f"--out {out} exists and is not a folder")
    wanted = meta(config)
    existing = None
    if overwrite:
        claim_dir(out, "dataset", "--out", legacy="instrument.json")
        for name in OUR_FILES:
            path = out / name
            try:
                if path.is_dir():
                    shutil.rmtree(path)
                elif path.exists():
                    path.unlink()
            except OSError as e:
                raise WriteError.of(f"--out {out}: cannot remove the old {name} "
                                    f"({e.strerror or e})", e) from None
    elif out.is_dir():
        existing = read_meta(out)
        if existing is not None:
            diffs = same_dataset(existing, wanted)
            if diffs:
                raise DatasetError(
                    f"{out} holds another dataset ({summary(existing)}); it differs in: "
                    f"{', '.join(diffs)}. Use --overwrite to replace it, or another --out")
        elif any(out.iterdir()):
            raise DatasetError(
                f"{out} is not empty and holds no dataset (no instrument.json); "
                "choose an empty or new folder"
            )
    try:
        (out / "data").mkdir(parents=True, exist_ok=True)
        probe = out / f".write-test-{os.getpid()}"
        probe.write_text("ok")
        probe.unlink()
    except OSError as e:
        raise DatasetError(f"cannot write to {out}: {e.strerror or e}") from None
    if existing is None:
        write_text_atomic(out / "instrument.json", json.dumps(wanted, indent=2, sort_keys=True))
    remove_temp_files(out / "data")


# ------------------------------------------------------------------ workers
def render_local(config: RenderConfig, out: Path, shards: list[Shard], workers: int,
                 bar: tqdm) -> None:
    """Render ``shards`` on this machine with ``workers`` processes (an :class:`EnginePool`).

    ``workers == 1``, or fewer than :data:`SPAWN_CLIPS` clips per worker, renders in
    this process (no start-up cost). On any error
    or Ctrl-C the workers are ended and their temp files removed.
    """
    if not shards:
        return
    workers = min(workers, len(shards), max(1, sum(len(s) for s in shards) // SPAWN_CLIPS))
    if workers == 1:
        writer = ShardWriter(config, out, make_renderer(config.instrument))
        for shard in shards:
            writer.write(shard, lambda: bar.update(1))
        return
    queue = mp.get_context("spawn").Queue()
    try:
        # the schema is built here once: the workers need not import ``datasets``
        engine_args = (config, str(out), queue, arrow_schema(config))
        with EnginePool(ShardEngine, engine_args, min(workers, len(shards)),
                        cleanup=partial(remove_temp_files, Path(out) / "data")) as pool:
            pool.map(write_shard, [(s,) for s in shards], poll=partial(_drain, queue, bar))
    except BaseException:
        remove_temp_files(out / "data")  # what the ended workers were writing
        raise
    _drain(queue, bar)


def _drain(queue: Any, bar: tqdm) -> None:
    while True:
        try:
            bar.update(queue.get_nowait())
        except queue_mod.Empty:
            return


# ------------------------------------------------------------------ jobs
def render_dataset(config: RenderConfig, out: Path, workers: int = 1, overwrite: bool = False,
                   engine: str = "local", progress: bool = True,
                   space_check: bool = True) -> dict[str, Any]:
    """Render (or resume) the dataset ``config`` into ``out``; return its stats.

    Shards already in ``out`` are kept and not rendered again.

    Raises:
        DatasetError: ``out`` unusable, Ray missing, or (``space_check``) the
            dataset cannot fit on ``out``'s filesystem: before anything is written.
    """
    out = Path(out)
    if engine == "ray":
        import_ray()  # a missing Ray is reported before anything is written
    if space_check:
        problem = space_problem(config, out, overwrite)
        if problem:
            raise DatasetError(problem)
    prepare_out(out, config, overwrite)
    shards = config.shards()
    todo = [s for s in shards if not kept_shard(out, s)]
    done = sum(len(s) for s in shards) - sum(len(s) for s in todo)
    bar = tqdm(total=config.n, initial=done, unit="sample", desc=config.instrument.name,
               disable=not progress, smoothing=0.05, dynamic_ncols=True)
    try:
        if engine == "ray":
            render_ray(config, out, todo, bar)
        else:
            render_local(config, out, todo, workers, bar)
    except OSError as e:
        if e.errno == errno.ENOSPC:
            raise DatasetError(f"disk full while writing {out}; free space and rerun to resume") from None
        raise
    finally:
        bar.close()
    return write_card(out, config)


def kept_shard(out: Path, shard: Shard) -> bool:
    """Whether a resumed render keeps ``shard``'s file: it exists and reads back whole,
    with the planned ids (:func:`~generators.model.shards.shard_problem`). A damaged one is
    reported in a ``warning:`` line and rendered again."""
    if not (out / shard.filename).exists():
        return False
    problem = shard_problem(out, shard)
    if problem:
        print(f"warning: {out / shard.filename} is damaged ({problem}); rendering it again",
              file=sys.stderr)
    return problem is None


def render_ids(config: RenderConfig, out: Path, first: int, last: int,
               overwrite: bool = False) -> Path:
    """Re-render ids ``first .. last`` into ``out/rerender/ids-FIRST-LAST.parquet``."""
    if not 0 <= first <= last < config.n:
        raise DatasetError(f"--ids {first}-{last} outside 0-{config.n - 1}")
    prepare_out(out, config, overwrite)
    writer = ShardWriter(config, out, make_renderer(config.instrument))
    table = writer.rows(range(first, last + 1))
    return write_table_atomic(table, out / "rerender" / f"ids-{first:08d}-{last:08d}.parquet")


# ------------------------------------------------------------------ CLI
def _range(text: str, what: str) -> tuple[int, int]:
    try:
        lo, _, hi = text.partition("-")
        a, b = int(lo), int(hi) if hi else int(lo)
    except ValueError:
        raise DatasetError(f"{what} must look like LOW-HIGH (e.g. 48-72), got {text!r}") from None
    if a > b or a < 0:
        raise DatasetError(f"{what} {text!r}: need 0 <= LOW <= HIGH")
    return a, b


def _seconds_range(text: str, what: str) -> tuple[float, float]:
    """``A-B`` (or ``A``) seconds."""
    try:
        lo, _, hi = text.partition("-")
        a, b = float(lo), float(hi) if hi else float(lo)
    except ValueError:
        raise DatasetError(f"{what} must look like A-B seconds (e.g. 0.1-0.8), got {text!r}") from None
    if not (math.isfinite(a) and math.isfinite(b)):
        raise DatasetError(f"{what} must be finite seconds, got {text!r}")
    return a, b


def playing_from_args(args: argparse.Namespace) -> Playing | None:
    """The :class:`Playing` of ``--velocity``, ``--note-length`` and ``--phrase`` (``None``
    when none is given): ``--phrase`` names a generator of
    :data:`~generators.model.playing.PHRASES`, or else is a MIDI file (read here, its events
    recorded); its checks are :meth:`Playing.check`'s, made by :class:`RenderConfig`."""
    velocity, length, phrase = (getattr(args, k, None) for k in ("velocity", "note_length", "phrase"))
    if velocity is None and length is None and phrase is None:
        return None
    played: str | tuple = phrase or "note"
    if phrase is not None and phrase not in PHRASES:
        path = Path(phrase)
        if not (path.suffix.lower() in (".mid", ".midi", ".smf") or path.exists()):
            raise DatasetError(f"unknown --phrase {phrase!r}: a MIDI file (.mid) or one of "
                               f"{', '.join(PHRASES)}")
        played = read_midi(path)
    if velocity is not None:
        lo, _, hi = velocity.partition("-")
        try:
            v = (int(lo), int(hi) if hi else int(lo))
        except ValueError:
            raise DatasetError(f"--velocity must be LOW-HIGH within 1-127, got {velocity!r}") from None
    return Playing(played, velocity=v if velocity is not None else None,
                   note_length=_seconds_range(length, "--note-length") if length else None)


def build_parser() -> argparse.ArgumentParser:
    p = cli.ArgumentParser(
        prog="python -m generators.render",
        description="Render a dataset of randomly sampled patches of an instrument into "
                    "Hugging Face-layout Parquet shards (resumable).",
    )
    p.add_argument("--n", type=int, help="number of samples (default: the instrument's, "
                   "e.g. 32 for guitar_light; required otherwise)")
    p.add_argument("--instrument",
                   help="built-in instrument name or plug-in spec file (default: noisemaker); "
                        "see --list")
    p.add_argument("--benchmark", help="render a named benchmark dataset (e.g. noisemaker-v2; "
                   "list: python -m benchmark.configs): sets --instrument, --n, --seed, --notes "
                   "and --audio-format; default --out datasets/<benchmark>")
    p.add_argument("--presets", type=Path, metavar="DIR",
                   help="make the test split of the human presets in the banks of DIR "
                        "(dexed: DX7 .syx/.dx7 banks; amsynth specs: .bank files), duplicates "
                        "removed and reported; --n is then the number of random train patches")
    p.add_argument("--out", type=Path, help="dataset folder (default: datasets/<instrument>)")
    p.add_argument("--seed", type=int, help="dataset seed (default: 0)")
    p.add_argument("--workers", type=cli.workers_arg, default=os.cpu_count() or 1,
                   help="worker processes, one engine each (default: all cores)")
    p.add_argument("--shard-size", type=int,
                   help="samples per Parquet shard (default: n/20 within 100-1000)")
    p.add_argument("--notes", help="draw a MIDI note per sample in LOW-HIGH (e.g. 48-72); "
                   "default: the instrument's note (60)")
    p.add_argument("--velocity", metavar="LOW-HIGH",
                   help="MIDI velocity range (1-127) each note's velocity is drawn from "
                        "(default: the instrument's, e.g. 120); rows then get a notes column")
    p.add_argument("--note-length", metavar="A-B",
                   help="seconds each note is held, drawn in whole ms from A-B (default: "
                        "the instrument's); rows then get a notes column")
    p.add_argument("--clip-length", type=float, metavar="SECONDS",
                   help="seconds per clip, replacing the instrument's (e.g. 2.0)")
    p.add_argument("--phrase", metavar="NAME|FILE.mid",
                   help="what each clip plays: a generator drawn per clip from (seed, id), "
                        f"one of {', '.join(PHRASES)}, or a Standard MIDI File played as "
                        "written; rows then get a notes column (docs/phrases.md)")
    p.add_argument("--audio-format", choices=("flac", "wav"),
                   help="audio encoding in the Parquet files (default: flac, ~3x smaller)")
    p.add_argument("--overwrite", action="store_true",
                   help="replace a dataset of other settings in --out")
    p.add_argument("--ids", help="re-render only ids A-B (inclusive) into "
                   "<out>/rerender/ids-A-B.parquet")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local worker processes, or a Ray cluster (RAY_ADDRESS)")
    p.add_argument("--no-space-check", action="store_true",
                   help="skip the disk-space preflight (for filesystems that report free "
                        "space wrongly)")
    p.add_argument("--list", action="store_true", help="list instruments and their parameters")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    return p


def list_instruments() -> str:
    """Markdown: each built-in instrument with its description and parameter table."""
    parts = []
    for inst in BUILTIN.values():
        n = f", default --n {inst.default_n}" if inst.default_n else ""
        parts.append(f"## {inst.name} ({len(inst.params)} parameters{n})\n\n"
                     f"{inst.description}\n\n{parameter_table(inst)}\n")
    return "\n".join(parts)


BENCHMARK_OPTIONS = ("instrument", "n", "seed", "notes", "audio_format", "velocity",
                     "note_length", "clip_length", "phrase")
"""The options that ``--benchmark`` sets."""


def benchmark_args(args: argparse.Namespace) -> argparse.Namespace:
    """``args`` with ``args.benchmark``'s settings filled in.

    Raises:
        DatasetError: unknown benchmark, or an option the benchmark sets was given.
    """
    b = get_benchmark(args.benchmark)
    given = [f"--{o.replace('_', '-')}" for o in BENCHMARK_OPTIONS
             if getattr(args, o, None) is not None]
    if given:
        sets = ", ".join(f"--{o.replace('_', '-')}" for o in BENCHMARK_OPTIONS)
        raise DatasetError(f"--benchmark {b.name} sets {sets}; drop {', '.join(given)}")
    notes = f"{b.note_range[0]}-{b.note_range[1]}" if b.note_range else None
    return argparse.Namespace(**(vars(args) | dict(
        instrument=b.instrument, n=b.config().n, seed=b.seed, notes=notes,
        audio_format=b.audio_format)))


def config_from_args(args: argparse.Namespace) -> RenderConfig:
    """Validate the arguments into a :class:`RenderConfig` (raises DatasetError; the
    checks on the values themselves are :class:`RenderConfig`'s)."""
    if getattr(args, "benchmark", None):
        args = benchmark_args(args)
    args = argparse.Namespace(**(vars(args) | {
        "instrument": args.instrument or "noisemaker",
        "seed": 0 if args.seed is None else args.seed,
        "audio_format": args.audio_format or "flac"}))
    instrument: Instrument = with_clip_length(resolve_instrument(args.instrument),
                                              getattr(args, "clip_length", None))
    n = args.n if args.n is not None else instrument.default_n
    if n is None:
        raise DatasetError(f"--n is required for {instrument.name}")
    shard_size = args.shard_size if args.shard_size is not None else default_shard_size(n)
    note_range = _range(args.notes, "--notes") if args.notes else None
    if getattr(args, "benchmark", None):
        if getattr(args, "presets", None) is not None:
            raise DatasetError("--benchmark sets its own test split; drop --presets")
        return get_benchmark(args.benchmark).config(shard_size)  # its split and presets too
    if getattr(args, "presets", None) is not None:
        presets, found = PresetSet.of(instrument, reader_for(instrument), args.presets.resolve())
        if not presets.count:
            raise DatasetError(f"--presets {args.presets}: no preset in its banks")
        print(f"presets: {found.summary()}")
        shard_size = args.shard_size if args.shard_size is not None else \
            default_shard_size(n + presets.count)
        return RenderConfig(instrument=instrument, n=n + presets.count, seed=args.seed,
                            shard_size=shard_size, note_range=note_range,
                            audio_format=args.audio_format, train=n, presets=presets,
                            playing=playing_from_args(args))
    return RenderConfig(instrument=instrument, n=n, seed=args.seed, shard_size=shard_size,
                        note_range=note_range, audio_format=args.audio_format,
                        playing=playing_from_args(args))


def _terminate(signum: int, frame: Any) -> None:
    """``kill`` (SIGTERM) stops the run like Ctrl-C: workers ended, shards kept."""
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the exit code (2, with one ``error:`` line, on
    bad input; 130 when interrupted, the finished shards kept)."""
    return cli.run_cli(_main, argv,
                       interrupted="finished shards are kept; run the same command to resume")


def _main(argv: Sequence[str] | None) -> int:
    signal.signal(signal.SIGTERM, _terminate)
    arrow_without_pandas()  # this process writes our columns only
    args = build_parser().parse_args(argv)
    if args.list:
        print(list_instruments())
        return 0
    if args.benchmark in AUDIO_BENCHMARKS:
        return render_audio_only(args)
    config = config_from_args(args)
    out = args.out or Path("datasets") / (args.benchmark or config.instrument.name)
    if args.ids:
        first, last = _range(args.ids, "--ids")
        path = render_ids(config, out, first, last, args.overwrite)
        print(f"wrote ids {first}-{last} to {path}")
        return 0
    t0 = time.perf_counter()
    stats = render_dataset(config, out, args.workers, args.overwrite, args.engine,
                           progress=not args.no_progress, space_check=not args.no_space_check)
    dt = time.perf_counter() - t0
    print(f"{config.instrument.name}: {stats['n']} samples in {out} "
          f"({dt:.1f} s this run; silent {stats['silent_fraction']:.2%}, "
          f"peak max {stats['peak_max']:.3f})")
    if args.benchmark:
        return report_reference(args.benchmark, out)
    return 0


def render_audio_only(args: argparse.Namespace) -> int:
    """``--benchmark gm-ood-v1``: an audio-only benchmark (:mod:`.audio_only`); only
    ``--out``, ``--workers`` and ``--no-progress`` apply."""
    from .audio_only import render_audio_benchmark

    bench = AUDIO_BENCHMARKS[args.benchmark]
    given = [f"--{o.replace('_', '-')}" for o in (*BENCHMARK_OPTIONS, "shard_size", "ids")
             if getattr(args, o) is not None] + (["--overwrite"] if args.overwrite else [])
    if given:
        raise DatasetError(f"--benchmark {bench.name} is audio only and fixed; drop "
                           f"{', '.join(given)}")
    out = args.out or Path("datasets") / bench.name
    t0 = time.perf_counter()
    meta = render_audio_benchmark(bench, out, args.workers, progress=not args.no_progress)
    print(f"{bench.name}: {meta['n']} clips in {out} ({time.perf_counter() - t0:.1f} s)")
    print(reference_line(bench, reference_check(bench, meta["test_digest"])))
    return 0


def report_reference(benchmark: str, out: Path) -> int:
    """Say in one line whether ``out`` holds the benchmark's reference test
    split; 1 when a built-in instrument's bytes differ (a bug: they are the
    same on every CPU), else 0."""
    bench = get_benchmark(benchmark)
    check = reference_check(bench, split_digest(out))
    line = reference_line(bench, check)
    if check["reproduced"] is False and not bench.cpu_dependent:
        print(f"error: {line}", file=sys.stderr)
        return 1
    print(line)
    return 0


if __name__ == "__main__":
    cli.exit_with(main())
