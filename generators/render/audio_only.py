"""Rendering an audio-only benchmark (``--benchmark gm-ood-v1``): real instrument notes.

Writes the Hugging Face layout of any dataset folder::

    <out>/README.md                         a short card (what, how, licence)
    <out>/benchmark.json                    definition, fingerprint, versions
    <out>/data/test-00000-of-00001.parquet  id, audio, program, program_name, note, ...

Every clip is rendered alone (a new FluidSynth synth per clip, see
:mod:`generators.sources.soundfont`), so the PCM does not depend on ``workers``:
the ids are cut into contiguous chunks, one per worker process, and the rows are
written in id order. All clips are in one shard (384 clips, about 14 MB of FLAC).
"""

from __future__ import annotations

import json
import multiprocessing as mp
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from ..benchmarks import AudioBenchmark
from ..core import audio as audio_mod
from ..core.atomic import write_table_atomic, write_text_atomic
from ..core.errors import DatasetError
from ..dataset.fingerprint import versions
from ..sources.soundfont import SoundFontPlayer, fluidsynth_version, soundfont_digest

SHARD = "data/test-00000-of-00001.parquet"
META = "benchmark.json"

SCHEMA = pa.schema([
    ("id", pa.int64()),
    ("audio", pa.struct([("bytes", pa.binary()), ("path", pa.string())])),
    ("program", pa.int16()), ("program_name", pa.string()), ("note", pa.int16()),
    ("velocity", pa.int16()), ("peak", pa.float32()), ("is_silent", pa.bool_()),
])
"""Columns of an audio-only benchmark's rows."""


def _render_chunk(job: tuple[AudioBenchmark, list[tuple[int, int, int]]]) -> list[np.ndarray]:
    bench, rows = job
    player = SoundFontPlayer(bench.sample_rate)
    return [audio_mod.as_stored(player.render(p, n, bench.velocity, bench.note_length,
                                              bench.clip_length)) for _, p, n in rows]


def render_pcm(bench: AudioBenchmark, workers: int = 1, rows: list[tuple[int, int, int]] | None = None,
               progress: bool = True) -> list[np.ndarray]:
    """The stored int16 PCM ``[n_samples]`` of ``rows`` (default: all of ``bench``'s), in order.

    Args:
        bench: the benchmark.
        workers: processes (the PCM is the same for any number).
        rows: ``(id, program, note)`` to render; ``None`` for :meth:`AudioBenchmark.rows`.
        progress: a tqdm bar per chunk finished.
    """
    from tqdm import tqdm

    rows = bench.rows() if rows is None else rows
    size = max(1, min(32, -(-len(rows) // max(1, workers))))
    jobs = [(bench, rows[k:k + size]) for k in range(0, len(rows), size)]
    out: list[np.ndarray] = []
    with tqdm(total=len(rows), unit="clip", desc=bench.name, disable=not progress,
              dynamic_ncols=True) as bar:
        if workers <= 1:
            results = map(_render_chunk, jobs)
            for chunk in results:
                out.extend(chunk)
                bar.update(len(chunk))
        else:
            with mp.get_context("spawn").Pool(workers) as pool:
                for chunk in pool.imap(_render_chunk, jobs):
                    out.extend(chunk)
                    bar.update(len(chunk))
    return out


def card(bench: AudioBenchmark, meta: dict[str, Any]) -> str:
    """The dataset card (README.md) of a rendered audio-only benchmark."""
    return f"""---
configs:
- config_name: default
  data_files:
  - split: test
    path: data/test-*.parquet
license: mit
---
# {bench.name}

{bench.description}.

{bench.n} clips: every General MIDI program of bank 0 of the FluidR3 GM SoundFont (Debian
`fluid-soundfont-gm`, MIT licence), played by FluidSynth {meta['fluidsynth']} at velocity
{bench.velocity}, held {bench.note_length} s in a {bench.clip_length} s clip at
{bench.sample_rate} Hz, mono 16-bit FLAC. Notes: {', '.join(map(str, bench.notes))} (F3, C4,
C5), or {', '.join(map(str, bench.low_notes))} for programs
{', '.join(map(str, bench.low_programs))} (basses, tuba), {', '.join(map(str, bench.lowest_notes))}
for {', '.join(map(str, bench.lowest_programs))} (contrabass, silent from middle C up in
FluidR3). No reverb, no chorus.

Audio only: there are no synth parameters to predict; models are scored by re-rendering
their prediction and comparing audio (`python -m baselines.ood`).

Fingerprint `{meta['fingerprint']}`; test split PCM sha256 `{meta['test_digest']}`.

Regenerate: `python -m generators.render --benchmark {bench.name}`.
"""


def render_audio_benchmark(bench: AudioBenchmark, out: Path, workers: int = 1,
                           progress: bool = True) -> dict[str, Any]:
    """Render ``bench`` into ``out`` (see the module doc); returns ``benchmark.json``'s content.

    Raises:
        DatasetError: ``out`` holds something else than this benchmark, or FluidSynth or
            the SoundFont is missing (:class:`~generators.sources.soundfont.SoundFontError`).
    """
    if out.exists() and not out.is_dir():
        raise DatasetError(f"--out {out} exists and is not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / META).is_file():
        raise DatasetError(f"{out} is not empty and holds no {bench.name} render; "
                           "choose an empty or new folder")
    fingerprint = bench.fingerprint()
    rows = bench.rows()
    pcm = render_pcm(bench, workers, rows, progress)
    names = SoundFontPlayer(bench.sample_rate).preset_names()
    blobs = [audio_mod.encode(x, bench.sample_rate, bench.audio_format) for x in pcm]
    fl = [audio_mod.flags(x) for x in pcm]
    table = pa.Table.from_pydict({
        "id": [i for i, _, _ in rows],
        "audio": [{"bytes": b, "path": f"{bench.name}-{i:05d}.{bench.audio_format}"}
                  for (i, _, _), b in zip(rows, blobs)],
        "program": [p for _, p, _ in rows], "program_name": [names[p] for _, p, _ in rows],
        "note": [n for _, _, n in rows], "velocity": [bench.velocity] * len(rows),
        "peak": [f["peak"] for f in fl], "is_silent": [f["is_silent"] for f in fl],
    }, schema=SCHEMA)
    from ..dataset.stats import audio_digest

    meta = {"benchmark": bench.name, "fingerprint": fingerprint,
            "test_digest": audio_digest(blobs), "fluidsynth": fluidsynth_version(),
            "soundfont_sha256": soundfont_digest(), "versions": versions(),
            "definition": bench.definition(), "n": len(rows)}
    try:
        (out / "data").mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DatasetError(f"cannot write to {out}: {e.strerror or e}") from None
    write_table_atomic(table, out / SHARD)
    write_text_atomic(out / "README.md", card(bench, meta))
    write_text_atomic(out / META, json.dumps(meta, indent=2, sort_keys=True) + "\n")
    return meta


def read_audio_benchmark(folder: Path) -> tuple[dict[str, Any], pa.Table]:
    """``(benchmark.json, rows in id order)`` of a rendered audio-only benchmark.

    Raises:
        DatasetError: not such a folder.
    """
    from ..core.reading import read_text

    path = Path(folder) / META
    if not path.is_file():
        raise DatasetError(f"{folder} holds no audio-only benchmark (no {META}); render it with "
                           "python -m generators.render --benchmark gm-ood-v1")
    meta = json.loads(read_text(path, META))
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(Path(folder) / SHARD)
    except (OSError, pa.ArrowInvalid) as e:
        raise DatasetError(f"{folder}: cannot read {SHARD} ({e})") from None
    return meta, table.sort_by("id")
