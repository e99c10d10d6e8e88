"""``python -m benchmark.agreement TIMBREMETRICS``: how well each audio metric agrees with listeners.

The 21 timbre-dissimilarity studies collected by Tian et al.'s ``timbremetrics``
(github.com/tiianhk/timbremetrics: 334 sounds, ``timbremetrics/sounds/<study>/*.aiff``,
and each study's mean human dissimilarity matrix,
``timbremetrics/true_dissim/<study>_dissimilarity_matrix.txt``, upper triangle) are
read from a checkout or a bare git directory of that repository (nothing is copied).

For each study, every sound is read as mono (channels averaged), resampled to 22,050 Hz
(``librosa.resample``) and left at its level; every pair is measured by every ``audio``
metric of :data:`benchmark.metrics.METRICS`, the shorter clip zero-padded at its end to
the longer one's length (the metrics compare equal-length clips, as the benchmark's
are; timbremetrics' ``pad_to_the_longer_length``). Pitch tracks (``f0_cents``) are
taken once per sound, unpadded (padding adds only silent, unvoiced frames). A pair
whose metric is undefined (``f0_cents`` where a sound is unpitched) is left out.

Agreement with the human matrix ``H`` (a metric's matrix ``D``), per study:

* ``rho``: Spearman's rho (``scipy.stats.spearmanr``) between row ``a`` of ``D`` and of
  ``H`` (the other sounds, seen from ``a``), averaged over the anchors ``a``: the
  protocol of timbremetrics, whose published values it is comparable with;
* ``rho_pairs``: Spearman's rho over all ``N (N - 1) / 2`` pairs at once;
* ``triplet``: the share of triplets ``(a, b, c)`` where ``D`` orders ``d(a, b)``
  and ``d(a, c)`` as ``H`` does, over the triplets where the humans' difference is more
  than :data:`MARGIN` of the study's range (closer ones count as ties and are left
  out, as in timbremetrics); a tie of the metric counts as a disagreement.

The mean over studies weights each by its number of sounds (timbremetrics' average).
"""

from __future__ import annotations

import io
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from collections.abc import Callable, Sequence

import numpy as np

from generators.core.atomic import write_json_atomic, write_text_atomic
from generators.core.cli import ArgumentParser, exit_with

from .errors import BenchmarkError, run_cli
from .metrics import AUDIO_METRICS, METRICS, AudioDistances, ClipPair

SR = 22050
"""Sample rate the sounds are resampled to, Hz (the benchmarks')."""
MARGIN = 0.1
"""Human dissimilarities (scaled to 0-1 per study) closer than this are a tie (timbremetrics)."""
SOUNDS, DISSIM = "timbremetrics/sounds", "timbremetrics/true_dissim"
MATRIX_SUFFIX = "_dissimilarity_matrix.txt"
PUBLISHED = {"MFCC": 0.451, "CLAP": 0.448, "JTFS": 0.336, "multi-scale spectral": 0.323}
"""Spearman's rho reported for other distances on these 21 studies (issue 24, from
timbremetrics), for reference."""


class Repo:
    """A timbremetrics checkout (a folder with ``timbremetrics/``) or bare git directory."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.checkout = (self.path / DISSIM).is_dir()
        if not self.checkout and not (self.path / "HEAD").is_file() \
                and not (self.path / ".git").exists():
            raise BenchmarkError(f"{self.path}: neither a timbremetrics checkout (no {DISSIM}/) "
                                 "nor a git directory")
        if not self.checkout and (self.path / ".git").is_dir():
            self.path = self.path / ".git"
        if not self.studies():
            raise BenchmarkError(f"{path}: no {DISSIM}/*{MATRIX_SUFFIX}: not timbremetrics")

    def _git(self, *args: str) -> bytes:
        try:
            return subprocess.run(["git", f"--git-dir={self.path}", *args], check=True,
                                  capture_output=True).stdout
        except (OSError, subprocess.CalledProcessError) as e:
            raise BenchmarkError(f"{self.path}: git {' '.join(args)} failed ({e})") from None

    def list(self, folder: str) -> list[str]:
        """File names in ``folder`` (sorted)."""
        if self.checkout:
            d = self.path / folder
            return sorted(p.name for p in d.iterdir()) if d.is_dir() else []
        out = self._git("ls-tree", "--name-only", f"HEAD:{folder}")
        return sorted(out.decode().split("\n")[:-1]) if out else []

    def read(self, path: str) -> bytes:
        if self.checkout:
            return (self.path / path).read_bytes()
        return self._git("cat-file", "blob", f"HEAD:{path}")

    def studies(self) -> list[str]:
        try:
            names = self.list(DISSIM)
        except BenchmarkError:
            return []
        return [n[: -len(MATRIX_SUFFIX)] for n in names if n.endswith(MATRIX_SUFFIX)]


@dataclass
class Study:
    """One study: its sounds (mono, :data:`SR`, float32) and the human matrix ``[N, N]``
    (symmetric, 0 diagonal)."""

    name: str
    files: list[str]
    sounds: list[np.ndarray]
    human: np.ndarray


def load_study(repo: Repo, name: str) -> Study:
    """Read study ``name``: the ``.aiff`` sounds sorted by name (the matrix's order)."""
    import librosa
    import soundfile as sf

    files = [f for f in repo.list(f"{SOUNDS}/{name}") if f.endswith(".aiff")]
    h = np.loadtxt(io.StringIO(repo.read(f"{DISSIM}/{name}{MATRIX_SUFFIX}").decode()))
    if h.shape != (len(files), len(files)):
        raise BenchmarkError(f"{name}: matrix {h.shape} for {len(files)} sounds")
    h = np.triu(h, 1)
    sounds = []
    for f in files:
        x, sr = sf.read(io.BytesIO(repo.read(f"{SOUNDS}/{name}/{f}")), dtype="float32",
                        always_2d=True)
        x = x.mean(axis=1)
        if sr != SR:
            x = librosa.resample(x, orig_sr=sr, target_sr=SR)
        sounds.append(np.ascontiguousarray(x, dtype=np.float32))
    return Study(name, files, sounds, h + h.T)


def metric_matrices(study: Study, dist: AudioDistances,
                    metrics: Sequence[str] = AUDIO_METRICS) -> dict[str, np.ndarray]:
    """Every pair of ``study`` measured: ``{metric: [N, N]}`` (symmetric from the upper
    triangle, ``NaN`` diagonal and undefined pairs). Pairs of one padded length are
    measured in one batch."""
    from . import pitch

    n = len(study.sounds)
    tracks = ([pitch.track(x[None], SR)[0] for x in study.sounds]
              if "f0_cents" in metrics else None)
    groups: dict[int, list[tuple[int, int]]] = {}
    for i in range(n):
        for j in range(i + 1, n):
            groups.setdefault(max(len(study.sounds[i]), len(study.sounds[j])), []).append((i, j))
    out = {m: np.full((n, n), np.nan) for m in metrics}
    for length, pairs in groups.items():
        for a in range(0, len(pairs), 64):
            chunk = pairs[a:a + 64]

            pair = ClipPair(dist, _padded(study.sounds, [i for i, _ in chunk], length),
                            _padded(study.sounds, [j for _, j in chunk], length),
                            None if tracks is None else [tracks[i] for i, _ in chunk],
                            None if tracks is None else [tracks[j] for _, j in chunk])
            for m in metrics:
                vals = METRICS[m].compute(pair)
                for (i, j), v in zip(chunk, vals):
                    out[m][i, j] = out[m][j, i] = v
    return out


def _padded(sounds: list[np.ndarray], which: list[int], length: int) -> np.ndarray:
    """``sounds[k]`` for ``k`` in ``which``, zero-padded at the end to ``length``: ``[B, length]``."""
    return np.stack([np.pad(sounds[k], (0, length - len(sounds[k]))) for k in which])


def _spearman(x: np.ndarray, y: np.ndarray) -> float:
    """``scipy.stats.spearmanr`` of the finite pairs (``NaN`` under 3 or when constant)."""
    from scipy.stats import spearmanr

    ok = np.isfinite(x) & np.isfinite(y)
    if ok.sum() < 3 or np.ptp(x[ok]) == 0 or np.ptp(y[ok]) == 0:
        return float("nan")
    return float(spearmanr(x[ok], y[ok]).statistic)


def agreement(d: np.ndarray, h: np.ndarray, margin: float = MARGIN) -> dict[str, Any]:
    """Agreement of a metric's matrix ``d`` with the human matrix ``h`` (both ``[N, N]``,
    symmetric; ``NaN`` in ``d`` where undefined): ``{"rho", "rho_pairs", "triplet",
    "n_pairs"}`` (module doc); ``NaN`` where nothing could be compared."""
    n = len(h)
    iu = np.triu_indices(n, 1)
    scale = h[iu].max() - h[iu].min()
    hn = (h - h[iu].min()) / scale if scale > 0 else np.zeros_like(h)
    rhos, agree, valid = [], 0, 0
    for a in range(n):
        others = np.arange(n) != a
        da, ha = d[a, others], hn[a, others]
        r = _spearman(da, ha)
        if np.isfinite(r):
            rhos.append(r)
        ok = np.isfinite(da)
        da, ha = da[ok], ha[ok]
        bi, ci = np.triu_indices(len(da), 1)
        hd, dd = ha[bi] - ha[ci], da[bi] - da[ci]
        counted = np.abs(hd) > margin
        valid += int(counted.sum())
        agree += int(((hd * dd) > 0)[counted].sum())
    return {"rho": float(np.mean(rhos)) if rhos else float("nan"),
            "rho_pairs": _spearman(d[iu], h[iu]),
            "triplet": agree / valid if valid else float("nan"),
            "n_pairs": int(np.isfinite(d[iu]).sum())}


def evaluate(repo: Repo, studies: Sequence[str] | None = None,
             metrics: Sequence[str] = AUDIO_METRICS,
             progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Agreement of each metric on each study, and the means over studies.

    Returns:
        ``{"studies": {study: {"n_sounds", "metrics": {metric: agreement}}},
        "mean": {metric: {"rho", "rho_pairs", "triplet"}}, "published": PUBLISHED, ...}``
        (means weighted by each study's number of sounds, over the studies where defined).
    """
    known = repo.studies()
    names = list(studies) if studies else known
    unknown = [s for s in names if s not in known]
    if unknown:
        raise BenchmarkError(f"unknown studies {', '.join(unknown)}; known: {', '.join(known)}")
    dist = AudioDistances(SR)
    per: dict[str, Any] = {}
    for name in names:
        study = load_study(repo, name)
        mats = metric_matrices(study, dist, metrics)
        per[name] = {"n_sounds": len(study.sounds),
                     "metrics": {m: agreement(mats[m], study.human) for m in metrics}}
        if progress:
            progress(name)
    mean: dict[str, dict[str, float]] = {}
    for m in metrics:
        mean[m] = {}
        for key in ("rho", "rho_pairs", "triplet"):
            vals = [(s["metrics"][m][key], s["n_sounds"]) for s in per.values()
                    if np.isfinite(s["metrics"][m][key])]
            w = sum(n for _, n in vals)
            mean[m][key] = sum(v * n for v, n in vals) / w if w else float("nan")
    return {"sample_rate": SR, "margin": MARGIN, "studies": per, "mean": mean,
            "published": PUBLISHED}


def _finite(doc: Any) -> Any:
    """``doc`` with every non-finite float as ``None`` (JSON has no NaN)."""
    if isinstance(doc, dict):
        return {k: _finite(v) for k, v in doc.items()}
    if isinstance(doc, float) and not np.isfinite(doc):
        return None
    return doc


def _f(v: float, digits: int = 3) -> str:
    return "–" if not np.isfinite(v) else f"{v:.{digits}f}"


def markdown(result: dict[str, Any]) -> str:
    """The summary table (one row per metric, best rho first) and the per-study rho table."""
    mean = result["mean"]
    order = sorted(mean, key=lambda m: -mean[m]["rho"] if np.isfinite(mean[m]["rho"]) else 9)
    n_studies = len(result["studies"])
    lines = [f"| metric | rho (per anchor) | triplet agreement | rho (all pairs) | "
             f"studies with a value (of {n_studies}) |", "|---|---:|---:|---:|---:|"]
    for m in order:
        have = sum(np.isfinite(s["metrics"][m]["rho"]) for s in result["studies"].values())
        lines.append(f"| `{m}` | {_f(mean[m]['rho'])} | {_f(mean[m]['triplet'])} | "
                     f"{_f(mean[m]['rho_pairs'])} | {have} |")
    for name, rho in result["published"].items():
        lines.append(f"| {name} (published) | {rho:.3f} | | | 21 |")
    lines += ["", "| study | sounds | " + " | ".join(f"`{m}`" for m in order) + " |",
              "|---|---:|" + "---:|" * len(order)]
    for name, s in result["studies"].items():
        lines.append(f"| {name} | {s['n_sounds']} | "
                     + " | ".join(_f(s["metrics"][m]["rho"], 2) for m in order) + " |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    p = ArgumentParser(
        prog="python -m benchmark.agreement",
        description="Agreement of every audio metric with human timbre dissimilarity ratings "
                    "(the 21 studies of github.com/tiianhk/timbremetrics): Spearman's rho and "
                    "triplet agreement per study and averaged.")
    p.add_argument("repo", type=Path, help="a checkout or bare git directory of timbremetrics")
    p.add_argument("--study", action="append", metavar="NAME",
                   help="only this study (repeatable; default: all 21)")
    p.add_argument("--metric", action="append", metavar="NAME", choices=AUDIO_METRICS,
                   help=f"only this metric (repeatable; default: all: {', '.join(AUDIO_METRICS)})")
    p.add_argument("--json", type=Path, help="write the full results here")
    p.add_argument("--markdown", type=Path, help="write the tables here (also printed)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    args = p.parse_args(argv)
    from tqdm import tqdm

    repo = Repo(args.repo)
    total = len(args.study) if args.study else len(repo.studies())
    with tqdm(total=total, unit="study", disable=args.no_progress, dynamic_ncols=True) as bar:
        result = evaluate(repo, args.study, args.metric or AUDIO_METRICS,
                          lambda name: (bar.set_postfix_str(name), bar.update()))
    table = markdown(result)
    if args.json:
        write_json_atomic(args.json, _finite(result))
    if args.markdown:
        write_text_atomic(args.markdown, table)
    print(table, end="")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
