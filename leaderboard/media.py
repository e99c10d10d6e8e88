"""Pictures and sounds of the web page: spectrogram PNGs, per-parameter SVG charts, clips.

Everything here is a pure function of its input (no timestamps, no random
state), so rendering the site twice writes the same bytes.
"""

from __future__ import annotations

import html
import struct
import zlib
from typing import Any

import numpy as np

from generators.core import spectral

# magma, sampled at 9 points (matplotlib's colormap data, CC0)
_MAGMA = np.array([
    (0, 0, 4), (28, 16, 68), (79, 18, 123), (129, 37, 129), (181, 54, 122),
    (229, 80, 100), (251, 135, 97), (254, 194, 135), (252, 253, 191)], dtype=np.float64)

SPEC_FLOOR_DB, SPEC_TOP_DB = -70.0, 25.0
SPEC_N_FFT, SPEC_HOP, SPEC_MELS = 1024, 256, 64
SPEC_X, SPEC_Y = 3, 2
"""Spectrogram images: log-Mel power (1024-point Hann, hop 256, 64 Slaney bands, the
audio metrics' analysis) from -70 dB (black) to +25 dB (pale yellow; the loudest
bands of the benchmarks' clips reach +17 to +25 dB), the same scale for every
picture so levels compare; each frame 3 pixels wide, each band 2 pixels high."""


def png(rgb: np.ndarray) -> bytes:
    """A PNG file of ``uint8 [height, width, 3]`` (no metadata, deterministic)."""
    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    h, w, _ = rgb.shape

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    raw = b"".join(b"\x00" + rgb[y].tobytes() for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def colormap(x: np.ndarray) -> np.ndarray:
    """Values in 0-1 -> ``uint8`` RGB (magma)."""
    x = np.clip(np.asarray(x, dtype=np.float64), 0.0, 1.0) * (len(_MAGMA) - 1)
    lo = np.minimum(np.floor(x).astype(int), len(_MAGMA) - 2)
    t = (x - lo)[..., None]
    return np.round(_MAGMA[lo] * (1 - t) + _MAGMA[lo + 1] * t).astype(np.uint8)


class Spectrograms:
    """Log-Mel spectrogram pictures of clips at one sample rate."""

    def __init__(self, sample_rate: int) -> None:
        from benchmark.features import librosa_module

        librosa_module()
        self.mel = spectral.LogMel(sample_rate, SPEC_N_FFT, SPEC_HOP, SPEC_MELS,
                                   floor_db=SPEC_FLOOR_DB, dtype=np.float64, portable=True)

    def log_mel(self, clip: np.ndarray) -> np.ndarray:
        """``[bands, frames]`` dB, floored at :data:`SPEC_FLOOR_DB` (float64, no BLAS)."""
        return self.mel(clip).T

    def png(self, clip: np.ndarray) -> bytes:
        """The picture: low frequencies at the bottom, time to the right."""
        level = (self.log_mel(clip) - SPEC_FLOOR_DB) / (SPEC_TOP_DB - SPEC_FLOOR_DB)
        img = colormap(level[::-1])
        return png(np.repeat(np.repeat(img, SPEC_Y, axis=0), SPEC_X, axis=1))


# ------------------------------------------------------------------ charts
def _fmt(v: float | None, digits: int = 3) -> str:
    return "-" if v is None else f"{v:.{digits}f}"


def nice_max(v: float) -> float:
    """A round axis maximum >= ``v`` (0.5 steps up to 5, then whole numbers)."""
    if v <= 0:
        return 1.0
    step = 0.5 if v <= 5 else 1.0
    return float(min(10.0, np.ceil(v / step - 1e-9) * step))


def parameter_chart(parameters: dict[str, dict[str, Any]], knob_max: float,
                    title: str = "") -> str:
    """Inline SVG of an entry's per-parameter scores.

    Knobs: MAE bars on 0..``knob_max`` (shorter is better). Switches: accuracy
    bars on 0-1 over a pale red track, so the red part is the error rate.
    """
    knobs = [(k, v.get("mae")) for k, v in parameters.items() if v.get("kind") == "knob"]
    switches = [(k, v.get("accuracy")) for k, v in parameters.items()
                if v.get("kind") == "switch"]
    label_w, bar_w, value_w, row_h, head_h = 170, 300, 56, 18, 24
    width = label_w + bar_w + value_w
    parts: list[str] = []
    y = 0

    def group(items: list[tuple[str, float | None]], heading: str, vmax: float,
              knob: bool) -> None:
        nonlocal y
        if not items:
            return
        parts.append(f'<text x="0" y="{y + 16}" class="h">{html.escape(heading)}</text>')
        y += head_h
        for name, v in items:
            cy = y + row_h / 2
            parts.append(f'<text x="{label_w - 8}" y="{cy + 4:.1f}" class="l" '
                         f'text-anchor="end">{html.escape(name)}</text>')
            if not knob:
                parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" '
                             f'height="{row_h - 6}" class="err"/>')
            else:
                parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" '
                             f'height="{row_h - 6}" class="track"/>')
            if v is not None:
                w = bar_w * min(max(v, 0.0), vmax) / vmax
                parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" '
                             f'height="{row_h - 6}" class="{"k" if knob else "s"}"/>')
            parts.append(f'<text x="{label_w + bar_w + 6}" y="{cy + 4:.1f}" class="v">'
                         f'{_fmt(v)}</text>')
            y += row_h
        # axis ticks
        ticks = np.linspace(0, vmax, 5)
        for t in ticks:
            x = label_w + bar_w * t / vmax
            parts.append(f'<line x1="{x:.1f}" y1="{y}" x2="{x:.1f}" y2="{y + 4}" class="ax"/>')
            parts.append(f'<text x="{x:.1f}" y="{y + 15}" class="t" text-anchor="middle">'
                         f'{t:g}</text>')
        parts.append(f'<line x1="{label_w}" y1="{y}" x2="{label_w + bar_w}" y2="{y}" class="ax"/>')
        y += 26

    group(knobs, "Knobs: mean absolute error, 0-10 scale (shorter is better)", knob_max, True)
    group(switches, "Switches: accuracy (red: wrong)", 1.0, False)
    label = html.escape(title or "per-parameter scores", quote=True)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" '
            f'height="{y}" viewBox="0 0 {width} {y}" role="img" aria-label="{label}">'
            + "".join(parts) + "</svg>")
