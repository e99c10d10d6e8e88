"""The audio metrics on clips with a known answer: identical clips, a pitch shift,
a gain change, silence."""

from __future__ import annotations

import math

import numpy as np
import pytest

from benchmark.metrics import AUDIO_METRICS, METRICS, AudioDistances

SR, N = 22050, 19845  # 0.9 s, the benchmarks' clip
HALF_DB = 20 * math.log10(2)  # a gain of 0.5: 6.02 dB


def sine(hz: float, amp: float = 0.5) -> np.ndarray:
    t = np.arange(N) / SR
    return (amp * np.sin(2 * np.pi * hz * t)).astype(np.float32)


def noise(seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).uniform(-0.3, 0.3, N).astype(np.float32)


@pytest.fixture(scope="module")
def dist() -> AudioDistances:
    return AudioDistances(SR)


@pytest.fixture(scope="module")
def known(dist):
    """Every metric on: identical sines, identical noises, two silences, a 100-cent shift,
    noise at half the level, a sine at half the level, silence vs a sine."""
    target = np.stack([sine(220), noise(), np.zeros(N, np.float32), sine(220), noise(),
                       sine(220), np.zeros(N, np.float32)])
    pred = np.stack([sine(220), noise(), np.zeros(N, np.float32), sine(220 * 2 ** (1 / 12)),
                     0.5 * noise(), 0.5 * sine(220), sine(220)])
    return dist(target, pred)


def test_every_new_metric_is_registered() -> None:
    new = {"mfcc_cosine", "mss", "spectral_convergence", "lsd_db", "rms_env_db", "f0_cents"}
    assert new <= set(AUDIO_METRICS)
    for m in new:
        metric = METRICS[m]
        assert metric.scope == "audio" and not metric.maximize
        assert metric.unit and metric.label and metric.definition and metric.doc
        assert metric.compute.__doc__ and len(metric.compute.__doc__) > 60, m


def test_identical_clips_give_zero(known) -> None:
    for m in AUDIO_METRICS:
        assert known[m][0] == 0.0, m  # identical sines
        if m != "f0_cents":
            assert known[m][1] == 0.0, m  # identical noises
            assert known[m][2] == 0.0, m  # identical silences


def test_f0_is_undefined_unless_both_clips_are_pitched(known) -> None:
    f0 = known["f0_cents"]
    assert math.isnan(f0[1]) and math.isnan(f0[2])  # noise, silence
    assert math.isnan(f0[4]) and math.isnan(f0[6])  # noise vs noise, silence vs sine
    assert all(np.isfinite(known[m]).all() for m in AUDIO_METRICS if m != "f0_cents")


def test_a_semitone_reads_100_cents(known, dist) -> None:
    assert known["f0_cents"][3] == pytest.approx(100.0, abs=5.0)
    fifth = dist(sine(220)[None], sine(220 * 1.5)[None])["f0_cents"][0]
    assert fifth == pytest.approx(1200 * math.log2(1.5), abs=10.0)  # 702 cents
    # a semitone changes neither the level nor its contour
    assert known["rms_env_db"][3] < 0.1


def test_a_gain_change_moves_the_level_metrics_by_its_db(known) -> None:
    """Noise at half the level (every bin above the -80 dB floor): the level metrics read
    6.02 dB, the scale-invariant ones about 0, spectral convergence |g - 1| / max(g, 1)."""
    for m in ("rms_env_db", "lsd_db", "logmel_l1_db"):
        assert known[m][4] == pytest.approx(HALF_DB, abs=0.01), m
    assert known["rms_env_db"][5] == pytest.approx(HALF_DB, abs=0.01)  # a sine too
    assert known["mfcc_cosine"][4] < 1e-4
    assert known["mfcc_distance"][4] < 0.05
    assert known["spectral_convergence"][4] == pytest.approx(0.5, abs=1e-4)
    assert known["spectral_convergence"][5] == pytest.approx(0.5, abs=1e-4)
    assert known["f0_cents"][5] < 1.0  # the pitch did not move
    # DDSP's distance: the log term alone is ln 2 per scale, the linear term adds to it
    assert known["mss"][4] > 6 * math.log(2)


def test_silence_against_sound_is_the_bound(known) -> None:
    assert known["mfcc_cosine"][6] == 1.0
    assert known["spectral_convergence"][6] == pytest.approx(1.0)
    assert known["rms_env_db"][6] > 60


def test_metrics_are_symmetric(dist) -> None:
    a, b = sine(220)[None], (noise() * 0.3 + sine(330))[None]
    ab, ba = dist(a, b), dist(b, a)
    for m in ("mfcc_cosine", "mss", "spectral_convergence", "lsd_db", "rms_env_db"):
        assert ab[m][0] == pytest.approx(ba[m][0], rel=1e-6), m
        assert ab[m][0] > 0, m


def test_target_pitch_can_be_given(dist) -> None:
    """The scorer passes the targets' pitch tracks it already has: same answer."""
    from benchmark.metrics import ClipPair

    t, p = np.stack([sine(220), sine(440)]), np.stack([sine(233), sine(440)])
    pair = ClipPair(dist, t, p)
    tracks = pair.pitch()[0]
    again = ClipPair(dist, t, p, tracks)
    assert again.pitch()[0] is not None
    np.testing.assert_array_equal(METRICS["f0_cents"].compute(pair),
                                  METRICS["f0_cents"].compute(again))
    only = dist(t, p, metrics=["lsd_db"])
    assert list(only) == ["lsd_db"]


def test_short_clips_are_pitch_tracked(dist) -> None:
    """A 90 ms note (shorter than PESTO's CQT padding) is padded, not refused."""
    short = sine(440)[None, :1991]
    v = dist(short, short, metrics=["f0_cents"])["f0_cents"][0]
    assert v == 0.0 or math.isnan(v)
