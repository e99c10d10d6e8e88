"""A guided tour of an instrument: sweep each parameter from the base patch.

For every varied parameter, renders the base patch (``default_settings()``,
with the parameter's dependency forced active) with the parameter moved across
its range (knobs at evenly spaced labels 0..10, switches at each label), and
writes:

* ``<param>-<value>.wav``: each render (16-bit PCM);
* ``tour.png``: a sheet of log-Mel spectrograms, one row per parameter;
* ``tour.csv``: peak, RMS and spectral centroid of each render, to check by
  numbers that every sweep changes the sound.

Usage::

    python -m generators.tour --instrument moog --out tour/moog [--steps 5]
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any
from collections.abc import Sequence

import numpy as np

from ..core import spectral
from ..core.atomic import write_dir_atomic
from ..core.cli import ArgumentParser, exit_with, run_cli
from ..model.declaration import Instrument, Knob, Param
from ..core.errors import DatasetError
from ..sources.renderers import make_renderer
from ..sources.resolve import resolve_instrument
from ..model.sampler import force_active

N_FFT = 2048
HOP = 512
N_MELS = 32
MAX_STEPS = 100
"""Most knob labels per sweep (``--steps``): each is a render of every parameter."""


def sweep_values(param: Param, steps: int) -> list[float | str]:
    """Labels a sweep visits: ``steps`` evenly spaced knob labels over 0..10,
    or every label of a switch."""
    if isinstance(param, Knob):
        return [round(float(v), 3) for v in np.linspace(0.0, 10.0, steps)]
    return list(param.labels)


def file_name(param: str, value: float | str) -> str:
    """``<param>-<value>.wav``; a foot mark becomes ``ft`` (``16'`` -> ``16ft``)
    and other characters unsafe in file names become ``_``."""
    text = f"{value:g}" if isinstance(value, float) else str(value).replace("'", "ft")
    return f"{param}-{re.sub(r'[^A-Za-z0-9._-]+', '_', text)}.wav"


def log_mel(audio: np.ndarray, sample_rate: int) -> np.ndarray:
    """Log-power Mel spectrogram in dB (full-scale sine ~ 0 dB), [N_MELS, frames]."""
    mel = spectral.LogMel(sample_rate, N_FFT, HOP, N_MELS, floor_db=None, dtype=np.float64)
    return mel(audio).T - 20.0 * np.log10(N_FFT / 4)


def describe(audio: np.ndarray, sample_rate: int) -> dict[str, float]:
    """Peak, RMS and mean spectral centroid (Hz) of a clip."""
    import librosa

    centroid = librosa.feature.spectral_centroid(
        y=audio.astype(np.float64), sr=sample_rate, n_fft=N_FFT, hop_length=HOP
    )
    return {
        "peak": float(np.max(np.abs(audio))),
        "rms": float(np.sqrt(np.mean(audio.astype(np.float64) ** 2))),
        "centroid_hz": float(np.mean(centroid)),
    }


def tour(instrument: Instrument, out: Path, steps: int = 5) -> list[dict[str, Any]]:
    """Render the sweeps of ``instrument`` into ``out`` (WAVs, ``tour.png``, ``tour.csv``).

    Args:
        instrument: the declaration (a built-in or a plug-in instrument).
        out: output folder: new, empty or an earlier tour's (replaced whole, atomically;
            any other folder is refused, :func:`~generators.core.atomic.write_dir_atomic`).
        steps: knob labels per sweep (evenly spaced over 0..10), >= 2.

    Returns:
        One row per render: ``param``, ``value``, ``file``, ``peak``, ``rms``,
        ``centroid_hz`` and ``finite`` (False where the instrument gave NaN or
        inf, e.g. a plug-in outside its sampled window: that clip is written,
        measured and drawn as silence, its panel titled "(NaN)").
    """
    rows: list[dict[str, Any]] = []
    write_dir_atomic(Path(out), lambda tmp: rows.extend(_write_tour(instrument, tmp, steps)),
                     kind="tour", what="--out")
    return rows


def _write_tour(instrument: Instrument, out: Path, steps: int) -> list[dict[str, Any]]:
    """Render the tour into the (new, empty) folder ``out``; its rows (see :func:`tour`)."""
    import soundfile as sf
    from tqdm import tqdm

    renderer = make_renderer(instrument)
    base = instrument.default_settings()
    sweeps = [(p, sweep_values(p, steps)) for p in instrument.params]
    rows: list[dict[str, Any]] = []
    mels: dict[str, list[tuple[Any, np.ndarray]]] = {}
    with tqdm(total=sum(len(v) for _, v in sweeps), desc=instrument.name, unit="clip") as bar:
        for param, values in sweeps:
            start = force_active(instrument, param.name, base)
            for value in values:
                audio = renderer.render({**start, param.name: value})
                finite = bool(np.all(np.isfinite(audio)))
                if not finite:  # a plug-in's NaN outside the sampled window: shown as silence
                    audio = np.nan_to_num(audio, nan=0.0, posinf=0.0, neginf=0.0)
                name = file_name(param.name, value)
                sf.write(out / name, audio, instrument.sample_rate, subtype="PCM_16")
                rows.append({"param": param.name, "value": value, "file": name,
                             **describe(audio, instrument.sample_rate), "finite": finite})
                mels.setdefault(param.name, []).append(
                    (value if finite else f"{value} (NaN)",
                     log_mel(audio, instrument.sample_rate)))
                bar.update()
    with open(out / "tour.csv", "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    _sheet(instrument, mels, out / "tour.png")
    return rows


def _sheet(instrument: Instrument, mels: dict[str, list[tuple[Any, np.ndarray]]],
           path: Path) -> None:
    """One row of log-Mel spectrograms per parameter, on one colour scale."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n_rows = len(mels)
    n_cols = max(len(v) for v in mels.values())
    fig, axes = plt.subplots(n_rows, n_cols, figsize=(1.9 * n_cols, 1.15 * n_rows),
                             squeeze=False)
    extent = (0.0, instrument.clip_length, 0, N_MELS)
    image = None
    for r, (name, cells) in enumerate(mels.items()):
        for c in range(n_cols):
            ax = axes[r][c]
            ax.set_xticks([])
            ax.set_yticks([])
            if c >= len(cells):
                ax.axis("off")
                continue
            value, mel = cells[c]
            image = ax.imshow(mel, origin="lower", aspect="auto", extent=extent,
                              vmin=-80, vmax=0, cmap="magma")
            ax.set_title(f"{name} = {value}", fontsize=6, pad=2)
    fig.suptitle(f"{instrument.name}: log-Mel ({N_MELS} bands, dB re full scale) "
                 f"of each parameter's sweep from the base patch", fontsize=9)
    fig.tight_layout(rect=(0, 0, 0.97, 0.985), h_pad=0.4, w_pad=0.2)
    if image is not None:
        fig.colorbar(image, ax=axes, fraction=0.01, pad=0.005)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the exit code (2, with one ``error:`` line, on
    bad input)."""
    return run_cli(_main, argv)


def _main(argv: Sequence[str] | None) -> int:
    parser = ArgumentParser(
        prog="python -m generators.tour",
        description=(
            "Render a tour of an instrument: for each varied parameter, a sweep "
            "across its range from the base patch, as WAV files, a sheet of "
            "log-Mel spectrograms (tour.png) and a table of levels (tour.csv)."
        ),
    )
    parser.add_argument("--instrument", required=True,
                        help="built-in instrument name (e.g. moog, guitar, noisemaker) or "
                             "plug-in spec file (.yaml, .yml, .json)")
    parser.add_argument("--out", required=True, type=Path, help="output folder")
    parser.add_argument("--steps", type=int, default=5,
                        help="knob labels per sweep, evenly spaced over 0..10 (default 5)")
    args = parser.parse_args(argv)
    if not 2 <= args.steps <= MAX_STEPS:
        raise DatasetError(f"--steps must be 2-{MAX_STEPS}, got {args.steps}")
    tour(resolve_instrument(args.instrument), args.out, steps=args.steps)
    return 0


if __name__ == "__main__":
    exit_with(main())
