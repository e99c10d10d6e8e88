"""``python -m baselines.match X.wav [Y.flac ...] --model DIR --out OUT``: the settings of your sound.

Reads each audio file (any format soundfile reads: WAV, FLAC, OGG, AIFF...; any
sample rate, bit depth and channel count), mixes it to mono, resamples it to the
instrument's rate (soxr), trims it at the onset (the first sample within
:data:`ONSET_DB` dB of the peak) and cuts or zero-pads it to the instrument's clip
length. The saved model (``baselines.run ... --save DIR``) predicts the settings;
``--search BUDGET`` refines them by re-rendering (``baselines.search``, 2 render
workers by default). For each input ``X`` it writes ``OUT/X/``:

* ``patch.json``: ``settings`` (label per parameter), ``engine_values`` (what the
  instrument is set to), the model, the search budget and renders used, and
  ``logmel_l1_db``, the benchmark's log-Mel distance between the input (as
  prepared) and the match;
* ``match.wav``: the match rendered (16-bit, the instrument's rate, mono);
* ``compare.png``: the input's and the match's log-Mel spectrograms side by side;
* plug-in instruments: ``preset.fxb`` (the plug-in's own state, a VST2 bank file) and,
  for amsynth, ``<X>.amSynth.bank`` in amsynth's plain-text bank format.

With ``--midi FILE`` (one recording) or ``--onsets``, each input is a phrase, matched
whole by one patch playing its notes (:func:`match_phrases`, :mod:`baselines.phrase`):
the notes of the MIDI file or detected in the recording, rendered with
``render_notes(settings, notes)`` over the recording's length, the search minimising the
distance over the whole phrase; ``match.mid`` holds the notes played.

A bad input (missing, empty, unreadable, silent, too short) gets one ``error:`` line
naming the file, the other inputs are still matched, and the exit code is 2. A model
that the installed software cannot use (another instrument, DSP or feature
fingerprint) is refused with one line and exit 2. Each input's folder is written
to a temp folder and renamed: an interruption leaves no half-written result.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Sequence

import numpy as np

from benchmark.errors import BenchmarkError, run_cli
from generators.core.atomic import check_output, claim_dir, safe_names, write_dir_atomic
from generators.core.audio import SILENCE_PEAK, quantize, stored_clip
from generators.core.cli import ArgumentParser, exit_with, workers_arg
from generators.model.declaration import Instrument
from generators.core.reading import ReadError, read_audio

from .played import at_played, detect, trained_notes
from .saved import SavedModel, load_model

ONSET_DB = -40.0
"""The onset: the first sample whose level is within this many dB of the file's peak."""
MIN_SECONDS = 0.1
"""An input needs at least this much audio from its onset."""


class InputError(Exception):
    """One input file cannot be matched (the message names the file)."""


@dataclass
class Prepared:
    """An input as the model hears it.

    Attributes:
        path: the file.
        clip: float32 ``[n_samples]`` at the instrument's rate, from the onset.
        info: what was read and done (rate, channels, seconds, onset, cut or padded).
    """

    path: Path
    clip: np.ndarray
    info: dict[str, Any] = field(default_factory=dict)
    sound: np.ndarray | None = None
    """float32 ``[n]``: everything from the onset (at the instrument's rate, not cut)."""


def read_mono_native(path: Path) -> tuple[np.ndarray, int, int]:
    """``path``'s samples, channels averaged: float32 mono ``[n]``, its rate (Hz) and
    its channel count.

    Raises:
        InputError: missing, empty, unreadable, non-finite or far beyond full scale
            (:func:`generators.core.reading.read_audio`).
    """
    if path.is_file() and path.stat().st_size == 0:
        raise InputError(f"{path}: empty file")
    try:
        data, sr = read_audio(path)
    except ReadError as e:
        raise InputError("; ".join(e.problems)) from None
    mono = data.mean(axis=1, dtype=np.float32) if data.shape[1] > 1 else data[:, 0]
    return mono, int(sr), int(data.shape[1])


def prepare(path: Path, instrument: Instrument) -> Prepared:
    """Read ``path`` and make it one clip of ``instrument`` (see the module docs).

    Raises:
        InputError: missing, empty, unreadable, non-finite or far beyond full scale
            (:func:`generators.core.reading.read_audio`), silent or too short.
    """
    mono, sr, channels = read_mono_native(path)
    return prepare_audio(path, mono, sr, instrument, channels=channels)


def prepare_audio(path: Path, mono: np.ndarray, sr: int, instrument: Instrument,
                  channels: int = 1) -> Prepared:
    """:func:`prepare` of audio already read: float32 ``mono [n]`` at ``sr`` Hz (``path``
    names it in messages).

    Raises:
        InputError: silent, cannot be resampled, or too short.
    """
    read_s = len(mono) / sr
    mono, peak = resampled(path, mono, sr, instrument.sample_rate)
    onset = int(np.argmax(np.abs(mono) >= peak * 10 ** (ONSET_DB / 20)))
    sound = mono[onset:]
    seconds = len(sound) / instrument.sample_rate
    if seconds < MIN_SECONDS:
        raise InputError(f"{path}: too short ({seconds:.3f} s of sound from the onset; "
                         f"need at least {MIN_SECONDS} s)")
    n = instrument.n_samples
    clip = np.zeros(n, np.float32)
    clip[: min(n, len(sound))] = sound[:n]
    info = {"sample_rate": int(sr), "channels": channels,
            "seconds": round(read_s, 6), "onset_s": round(onset / instrument.sample_rate, 6),
            "peak": round(peak, 6), "cut_s": round(max(0.0, seconds - instrument.clip_length), 6),
            "padded_s": round(max(0.0, instrument.clip_length - seconds), 6)}
    return Prepared(path, clip, info, sound)


def resampled(path: Path, mono: np.ndarray, sr: int, sample_rate: int) -> tuple[np.ndarray, float]:
    """float32 ``mono [n]`` at ``sr`` Hz resampled to ``sample_rate`` (soxr HQ), and its peak.

    Raises:
        InputError: silent (peak below -60 dBFS) or cannot be resampled.
    """
    peak = float(np.max(np.abs(mono))) if len(mono) else 0.0
    if peak < SILENCE_PEAK:
        level = f"{20 * np.log10(peak):.0f} dBFS" if peak > 0 else "digital silence"
        raise InputError(f"{path}: silent (peak {level}, below -60 dBFS)")
    if sr != sample_rate:
        import soxr

        try:
            mono = soxr.resample(mono, sr, sample_rate, quality="HQ").astype(np.float32)
        except (ValueError, RuntimeError) as e:
            raise InputError(f"{path}: cannot resample it from {sr} Hz ({e})") from None
        peak = float(np.max(np.abs(mono)))
    return mono, peak


def read_mono(path: Path, sample_rate: int) -> tuple[np.ndarray, dict[str, Any]]:
    """The whole of ``path`` (nothing trimmed) as float32 mono ``[n]`` at ``sample_rate``,
    and what was read (rate, channels, seconds, peak).

    Raises:
        InputError: missing, empty, unreadable, silent or too short (as :func:`prepare`).
    """
    mono, sr, channels = read_mono_native(path)
    read_s = len(mono) / sr
    mono, peak = resampled(path, mono, sr, sample_rate)
    if read_s < MIN_SECONDS:
        raise InputError(f"{path}: too short ({read_s:.3f} s; need at least {MIN_SECONDS} s)")
    return mono, {"sample_rate": sr, "channels": channels,
                  "seconds": round(read_s, 6), "peak": round(peak, 6)}


def played_target(prep: Prepared, sample_rate: int, clip_length_s: float) -> np.ndarray:
    """The input as stored, from its onset, cut or zero-padded to the match's clip length
    (:attr:`baselines.played.Played.clip_length_s`): float32
    ``[round(clip_length_s * sample_rate)]``."""
    n = int(round(clip_length_s * sample_rate))
    sound = prep.sound if prep.sound is not None else prep.clip
    out = np.zeros(n, np.float32)
    out[: min(n, len(sound))] = sound[:n]
    return stored_clip(out)


def out_names(paths: list[Path]) -> tuple[list[str], list[str]]:
    """A distinct folder name per input: its stem, or its file name where the stem is not a
    plain name (``..wav``) or stems collide; file names that still collide (``a/x.wav``,
    ``b/x.wav``) get ``-2``, ``-3``... Returns the names and a note per renamed one."""
    stems = [p.stem if p.stem.strip(".") else p.name for p in paths]
    return safe_names([p.name if stems.count(s) > 1 else s for p, s in zip(paths, stems)])


def compare_png(path: Path, target: np.ndarray, match: np.ndarray, sample_rate: int,
                title: str, distance: float) -> None:
    """Write the two floored log-Mel spectrograms (the distance's ``L``) side by side."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from benchmark.metrics import AudioDistances

    d = AudioDistances(sample_rate)
    mels = d.log_mel(np.stack([target, match]))
    hop = d.MEL["hop_length"] / sample_rate
    top = max(float(mels.max()), d.FLOOR_DB + 1)
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.6), sharey=True, constrained_layout=True)
    for ax, m, name in zip(axes, mels, (f"input: {title}", "match")):
        im = ax.imshow(m.T, origin="lower", aspect="auto", cmap="magma", vmin=d.FLOOR_DB,
                       vmax=top, extent=(0, m.shape[0] * hop, 0, m.shape[1]))
        ax.set_title(name, fontsize=10)
        ax.set_xlabel("time (s)")
    axes[0].set_ylabel(f"Mel band (of {mels.shape[2]})")
    fig.colorbar(im, ax=axes, label="dB re full scale")
    fig.suptitle(f"log-Mel L1 distance {distance:.2f} dB", fontsize=11)
    fig.savefig(path, dpi=90)
    plt.close(fig)


def write_wav(path: Path, clip: np.ndarray, sample_rate: int) -> None:
    import soundfile as sf

    sf.write(str(path), quantize(clip), sample_rate, subtype="PCM_16")


def write_result(out: Path, name: str, files: dict[str, Any]) -> Path:
    """Write one input's files into a temp folder renamed to ``out/name`` (replacing an
    earlier result, never a folder match did not write). ``files`` maps file names to a
    writer ``f(path)``; the writer of the name ``""`` gets the folder."""
    def write(tmp: Path) -> None:
        for fname, writer in files.items():
            writer(tmp / fname if fname else tmp)

    return write_dir_atomic(out / name, write, kind="match", what="result folder")


def match(inputs: Sequence[Path], model: SavedModel, out: Path, budget: int = 0,
          workers: int = 2, seed: int = 0, progress: bool = True) -> tuple[list[Path], list[str]]:
    """Match each input at the note it plays and for as long (:mod:`baselines.played`);
    return (result folders written, one error line per bad input)."""
    from tqdm import tqdm

    from benchmark.metrics import AudioDistances
    from generators.sources.renderers import make_renderer

    inst = model.instrument
    errors: list[str] = []
    ready: list[tuple[str, Prepared]] = []
    for name, path in zip(out_names(list(inputs))[0], inputs):
        try:
            ready.append((name, prepare(Path(path), inst)))
        except InputError as e:
            errors.append(str(e))
    if not ready:
        return [], errors
    t0 = time.perf_counter()
    clips = np.stack([p.clip for _, p in ready])
    predicted = model.predict(clips)
    trained = trained_notes(model.manifest, inst)
    plays = [detect(p.sound, inst.sample_rate, inst, trained) for _, p in ready]
    targets = [played_target(p, inst.sample_rate, pl.clip_length_s) for (_, p), pl in zip(ready, plays)]
    searched: list[Any] = [None] * len(ready)
    if budget > 0:
        from .search import search_each

        with tqdm(total=budget * len(ready), unit="render", desc=f"search (budget {budget})",
                  disable=not progress, dynamic_ncols=True) as bar:
            searched = search_each(inst, targets, predicted, plays, budget, workers, seed,
                                   bar.update)
    seconds = (time.perf_counter() - t0) / len(ready)
    dist = AudioDistances(inst.sample_rate)
    written = []
    for (name, prep), pred, found, played, target in tqdm(
            list(zip(ready, predicted, searched, plays, targets)), unit="file", desc="writing",
            disable=not progress, dynamic_ncols=True):
        settings = found.settings if found is not None else inst.default_settings() | pred
        renderer = make_renderer(at_played(inst, played))
        matched = stored_clip(renderer.render(settings, played.note))
        d = float(dist(target[None], matched[None], metrics=["logmel_l1_db"])["logmel_l1_db"][0])
        for line in played.lines:
            print(f"note: {prep.path}: {line}")
        patch = {
            "input": str(prep.path), "input_audio": prep.info,
            "instrument": inst.name, "note": played.note, "f0_hz": played.f0_hz,
            "note_length_s": played.note_length_s, "pitched": played.pitched,
            "clip_length_s": played.clip_length_s, "played": played.to_dict(),
            "model": {"name": model.name, "path": str(model.path),
                      "instrument_fingerprint": model.manifest.get("instrument_fingerprint")},
            "settings": settings,
            "engine_values": inst.engine_values(settings),
            "search": {"budget": budget, "renders": found.renders if found else 0,
                       "logmel_l1_db_before": found.initial_distance if found else d},
            "logmel_l1_db": d,
            "seconds": round(seconds, 4),
        }
        files: dict[str, Any] = {
            "match.wav": lambda p, m=matched: write_wav(p, m, inst.sample_rate),
            "compare.png": lambda p, t=target, m=matched, n=prep.path.name, dd=d:
                compare_png(p, t, m, inst.sample_rate, n, dd),
        }
        if hasattr(renderer, "preset_files"):  # the synth's own preset formats
            files[""] = lambda folder, s=settings, n=name, doc=patch, r=renderer: doc.setdefault(
                "presets", [f.name for f in r.preset_files(s, folder, n)])
        files["patch.json"] = lambda p, doc=patch: p.write_text(
            json.dumps(doc, indent=2, default=_plain) + "\n")
        written.append(write_result(out, name, files))
        print(f"{prep.path} -> {out / name}  (log-Mel L1 {d:.2f} dB)")
    return written, errors


def match_phrases(inputs: Sequence[Path], model: SavedModel, out: Path, midi: Path | None = None,
                  budget: int = 0, workers: int = 2, seed: int = 0, progress: bool = True
                  ) -> tuple[list[Path], list[str]]:
    """Match each phrase recording by one patch playing all its notes
    (:mod:`baselines.phrase`): the notes of ``midi`` (one input), or detected in each
    input when ``midi`` is ``None``. The model predicts from :func:`baselines.phrase.model_input`;
    ``budget`` renders search the patch whose whole phrase, rendered with
    ``render_notes(settings, notes)`` over the recording's length, is closest to the
    recording. Returns (result folders written, one error line per input that failed)."""
    from generators.core.errors import UserError

    written, errors = [], []
    for name, path in zip(out_names(list(inputs))[0], inputs):
        try:
            written.append(_match_phrase(Path(path), name, model, out, midi, budget, workers,
                                         seed + len(written), progress))
        except InputError as e:
            errors.append(str(e))
        except UserError as e:
            errors += list(e.problems)
    return written, errors


def _match_phrase(path: Path, name: str, model: SavedModel, out: Path, midi: Path | None,
                  budget: int, workers: int, seed: int, progress: bool) -> Path:
    """One input of :func:`match_phrases`: its result folder."""
    from tqdm import tqdm

    from benchmark.metrics import AudioDistances
    from benchmark.resynth import RenderPool
    from generators.model.midi import write_midi
    from generators.model.playing import with_clip_length
    from generators.sources.renderers import make_renderer

    from . import phrase as ph

    inst = model.instrument
    sr = inst.sample_rate
    t0 = time.perf_counter()
    sound, info = read_mono(path, sr)
    recording_s = ph.check_length(len(sound), sr, path)
    played = ph.from_midi(midi, recording_s) if midi is not None else ph.detect_notes(
        sound, sr, inst, trained_notes(model.manifest, inst), path)
    clip, said = ph.model_input(sound, sr, played.notes, inst.n_samples,
                                ph.trained_on_phrases(model.manifest))
    predicted = inst.default_settings() | model.predict(clip[None])[0]
    at_phrase = with_clip_length(inst, len(sound) / sr)  # n_samples == len(sound)
    target = stored_clip(sound)
    found = None
    if budget > 0:
        from .search import search

        with tqdm(total=budget, unit="render", desc=f"search (budget {budget})",
                  disable=not progress, dynamic_ncols=True) as bar, \
                RenderPool(at_phrase, workers) as pool:
            found = search(at_phrase, target[None], [predicted], [played.notes], budget, pool,
                           seed=seed, progress=bar.update)[0]
    settings = found.settings if found is not None else predicted
    renderer = make_renderer(at_phrase)
    matched = stored_clip(renderer.render_notes(settings, played.notes))
    d = float(AudioDistances(sr)(target[None], matched[None],
                                 metrics=["logmel_l1_db"])["logmel_l1_db"][0])
    lines = [said, *played.lines]
    for line in lines:
        print(f"note: {path}: {line}")
    patch = {
        "input": str(path), "input_audio": info, "instrument": inst.name,
        "phrase": played.to_dict(), "clip_length_s": round(len(sound) / sr, 6),
        "model": {"name": model.name, "path": str(model.path),
                  "instrument_fingerprint": model.manifest.get("instrument_fingerprint"),
                  "trained_on_phrases": ph.trained_on_phrases(model.manifest)},
        "model_input": said,
        "predicted": predicted,
        "settings": settings,
        "engine_values": inst.engine_values(settings),
        "search": {"budget": budget, "renders": found.renders if found else 0,
                   "logmel_l1_db_before": found.initial_distance if found else d},
        "logmel_l1_db": d,
        "seconds": round(time.perf_counter() - t0, 4),
    }
    files: dict[str, Any] = {
        "match.wav": lambda p: write_wav(p, matched, sr),
        "match.mid": lambda p: write_midi(played.notes, p),
        "compare.png": lambda p: compare_png(p, target, matched, sr, path.name, d),
    }
    if hasattr(renderer, "preset_files"):  # the synth's own preset formats
        files[""] = lambda folder: patch.setdefault(
            "presets", [f.name for f in renderer.preset_files(settings, folder, name)])
    files["patch.json"] = lambda p: p.write_text(json.dumps(patch, indent=2, default=_plain) + "\n")
    folder = write_result(out, name, files)
    print(f"{path} -> {out / name}  ({len(played.notes)} notes from "
          f"{'the MIDI file' if midi is not None else 'onsets'}; log-Mel L1 {d:.2f} dB)")
    return folder


def _plain(v: Any) -> Any:
    if isinstance(v, np.generic):
        return v.item()
    raise TypeError(f"{type(v).__name__} is not JSON")


def build_parser() -> argparse.ArgumentParser:
    p = ArgumentParser(
        prog="python -m baselines.match",
        description="Find the settings of an instrument that make your sound: a saved model "
                    "predicts them from each audio file, --search refines them by re-rendering. "
                    "Writes OUT/<name>/patch.json, match.wav, compare.png (and a preset file "
                    "for plug-in instruments).")
    p.add_argument("inputs", nargs="*", type=Path, metavar="AUDIO",
                   help="audio files (WAV, FLAC, OGG, AIFF...; any rate, channels, bit depth): "
                        "one note each, trimmed at its onset to the instrument's clip length; "
                        "with --midi or --onsets, a phrase each, whole")
    p.add_argument("--audio", action="append", type=Path, default=[], metavar="AUDIO",
                   help="an audio file, as AUDIO (may be repeated)")
    p.add_argument("--midi", type=Path, metavar="FILE",
                   help="match one phrase recording: the Standard MIDI File of the notes it plays "
                        "(times from the recording's start); one patch plays them all")
    p.add_argument("--onsets", action="store_true",
                   help="match phrase recordings whose notes are detected: onsets (librosa), "
                        "pitch (PESTO), length and velocity from the level")
    p.add_argument("--model", required=True, type=Path,
                   help="a saved model folder (python -m baselines.run ... --save DIR)")
    p.add_argument("--out", type=Path, default=Path("matches"), help="output folder (matches)")
    p.add_argument("--instrument", metavar="NAME",
                   help="refuse a model that is not for this instrument (a name or spec file)")
    p.add_argument("--search", type=int, default=0, metavar="BUDGET",
                   help="refine by search with BUDGET renders per file (e.g. 200; default 0: "
                        "the model's prediction only)")
    p.add_argument("--workers", type=workers_arg, default=2, help="render processes for --search (2)")
    p.add_argument("--seed", type=int, default=0, help="search seed (0)")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.inputs = [*args.inputs, *args.audio]
    if not args.inputs:
        raise BenchmarkError("give the audio files to match (AUDIO or --audio FILE)")
    if args.search < 0:
        raise BenchmarkError(f"--search must be >= 0 renders, got {args.search}")
    if args.midi is not None and args.onsets:
        raise BenchmarkError("--midi and --onsets exclude each other: give the phrase's MIDI "
                             "file, or detect its notes")
    if args.midi is not None and len(args.inputs) != 1:
        raise BenchmarkError(f"--midi goes with one recording, got {len(args.inputs)}")
    model = load_model(args.model)
    if args.instrument:
        from generators.sources.resolve import resolve_instrument

        try:
            want = resolve_instrument(args.instrument)
        except Exception as e:  # noqa: BLE001 (unknown name, bad spec: user-facing)
            raise BenchmarkError(f"--instrument {args.instrument}: {e}") from None
        if want.to_dict() != model.instrument.to_dict():
            raise BenchmarkError(f"{args.model}: a model for instrument {model.instrument.name}, "
                                 f"not {want.name}" + (" (another declaration of it)"
                                                       if want.name == model.instrument.name else ""))
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BenchmarkError(f"--out {args.out}: cannot create it ({e.strerror})") from None
    names, renamed = out_names(args.inputs)
    inputs = {"--model": args.model} | {f"AUDIO {p}": p for p in args.inputs} | (
        {"--midi": args.midi} if args.midi is not None else {})
    for name in names:
        check_output(args.out / name, inputs, "result folder")
        claim_dir(args.out / name, "match", "result folder")
    for line in renamed:
        print(f"note: result folder renamed {line} (names must be distinct folder names)")
    if args.midi is not None or args.onsets:
        written, errors = match_phrases(args.inputs, model, args.out, args.midi, args.search,
                                        args.workers, args.seed, not args.no_progress)
    else:
        written, errors = match(args.inputs, model, args.out, args.search, args.workers,
                                args.seed, not args.no_progress)
    for line in errors:
        print(f"error: {line}", file=sys.stderr)
    return 2 if errors else 0


if __name__ == "__main__":
    exit_with(run_cli(main))
