"""Digests hash the decoded PCM (with length, rate and channels), not the container bytes."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from generators.core.audio import decode_pcm, encode
from generators.model.config import RenderConfig
from generators.instruments import get_instrument
from generators.render.job import render_dataset
from generators.dataset.stats import audio_digest, split_digest

RATE = 44_100


def clip(n: int = 22_050, seed: int = 0) -> np.ndarray:
    """A random walk as int16 ``[n]``: compressible, so FLAC settings change the bytes."""
    walk = np.cumsum(np.random.default_rng(seed).normal(size=n)) * 50.0
    return np.clip(walk, -32_000, 32_000).astype(np.int16)


def write(pcm: np.ndarray, fmt: str, subtype: str = "PCM_16", **kw) -> bytes:
    buf = io.BytesIO()
    sf.write(buf, pcm, RATE, format=fmt, subtype=subtype, **kw)
    return buf.getvalue()


def test_flac_bytes_that_differ_for_the_same_pcm_give_the_same_digest() -> None:
    pcm = clip()
    fast, small = write(pcm, "FLAC", compression_level=0.0), write(pcm, "FLAC",
                                                                   compression_level=1.0)
    assert fast != small
    assert audio_digest([fast]) == audio_digest([small])
    assert audio_digest([fast, small]) == audio_digest([small, fast])


def test_wav_and_flac_of_the_same_pcm_give_the_same_digest() -> None:
    pcm = clip()
    assert audio_digest([encode(pcm, RATE, "wav")]) == audio_digest([encode(pcm, RATE, "flac")])
    stereo = np.stack([pcm, clip(seed=1)], axis=1)
    for subtype in ("PCM_16", "PCM_24"):
        assert audio_digest([write(stereo, "WAV", subtype)]) == \
            audio_digest([write(stereo, "FLAC", subtype)])


def test_one_sample_changes_the_digest() -> None:
    pcm = clip()
    other = pcm.copy()
    other[1234] += 1
    assert audio_digest([encode(pcm, RATE)]) != audio_digest([encode(other, RATE)])


def test_length_rate_channels_and_clip_boundaries_count() -> None:
    pcm = clip()
    base = audio_digest([encode(pcm, RATE)])
    assert audio_digest([encode(pcm, 48_000)]) != base
    assert audio_digest([encode(pcm[:-1], RATE)]) != base
    assert audio_digest([encode(pcm[:100], RATE), encode(pcm[100:], RATE)]) != base
    # the same interleaved samples as two channels of half the length
    assert audio_digest([write(pcm.reshape(-1, 2), "WAV")]) != base


def test_the_byte_layout_is_the_documented_one() -> None:
    """Per clip: frames, rate, channels as little-endian int64, then the samples,
    interleaved, as little-endian integers of the stored width."""
    mono, stereo = clip(1000), np.stack([clip(500, 1), clip(500, 2)], axis=1)
    expected = hashlib.sha256()
    expected.update(np.array([1000, RATE, 1], "<i8").tobytes() + mono.astype("<i2").tobytes())
    expected.update(np.array([500, RATE, 2], "<i8").tobytes() + stereo.astype("<i2").tobytes())
    assert audio_digest([encode(mono, RATE), write(stereo, "FLAC")]) == expected.hexdigest()
    pcm24 = clip(300).astype(np.int32) * 97 << 8  # 24-bit values, left-justified in int32
    data = write(pcm24, "FLAC", "PCM_24")
    samples, rate = decode_pcm(data)
    assert samples.dtype == np.int32 and samples.shape == (300, 1) and rate == RATE
    assert np.array_equal(samples[:, 0], pcm24)
    layout = np.array([300, RATE, 1], "<i8").tobytes() + samples.astype("<i4").tobytes()
    assert audio_digest([data]) == hashlib.sha256(layout).hexdigest()
    assert audio_digest([]) == hashlib.sha256().hexdigest()


def test_float_or_lossy_audio_has_no_pcm_digest() -> None:
    data = write(clip().astype(np.float32) / 32768, "WAV", "FLOAT")
    with pytest.raises(ValueError, match="not integer PCM"):
        audio_digest([data])


def test_a_wav_stored_dataset_has_the_digest_of_its_flac_twin(tmp_path: Path) -> None:
    inst = get_instrument("guitar_light")
    digests, first = {}, {}
    for fmt in ("flac", "wav"):
        out = tmp_path / fmt
        render_dataset(RenderConfig(inst, n=12, audio_format=fmt), out, workers=1, progress=False)
        digests[fmt] = split_digest(out)
        first[fmt] = next((out / "data").glob("test-*.parquet")).read_bytes()
    assert first["flac"] != first["wav"]
    assert digests["flac"] == digests["wav"]


def test_the_clip_encoder_writes_lossless_flac_and_soundfiles_wav() -> None:
    """``encode``'s WAV bytes are ``soundfile.write``'s; its FLAC (libFLAC at level 0,
    and libsndfile's where libFLAC is missing) decodes to the clip's samples with its
    rate and length, for loud, silent, full-scale, short and empty clips; batch
    storing, peaks and encoding equal clip by clip."""
    import io

    import numpy as np
    import soundfile as sf

    from generators.core import flac
    from generators.core.audio import (ClipEncoder, as_stored, as_stored_many, decode_pcm,
                                       encode, flags, peaks)

    rng = np.random.default_rng(0)
    clips = [(rng.standard_normal(2000) * 0.4).astype(np.float32),
             np.zeros(2000, np.float32), np.full(2000, 3.0, np.float32),
             np.full(2000, -3.0, np.float32)]
    clips[0][5] = np.nan  # a broken render is stored as silence
    pcm = as_stored_many(clips)
    assert np.array_equal(pcm, np.stack([as_stored(c) for c in clips]))
    assert peaks(pcm).tolist() == [flags(p)["peak"] for p in pcm] == [0.0, 0.0, 32767 / 32768,
                                                                      32767 / 32768]
    assert peaks(np.array([[0, -32768, 5]], np.int16)).tolist() == [1.0]
    loud = (rng.standard_normal(20000) * 8000).clip(-32768, 32767).astype(np.int16)
    cases = [*pcm, loud, as_stored(clips[1][:5]), np.zeros(0, np.int16)]
    for p in cases:
        buf = io.BytesIO()
        sf.write(buf, p, 22050, format="WAV", subtype="PCM_16")
        assert encode(p, 22050, "wav") == buf.getvalue()
    encoders = [ClipEncoder(22050, "flac", libflac=False)]
    if flac.load() is not None:
        encoders.append(ClipEncoder(22050, "flac"))
        assert encoders[-1]._flac is not None
    for encoder in encoders:
        for p in cases:
            data = encoder.encode(p)
            if not len(p):
                assert data == b""  # as libsndfile: nothing for an empty clip
                continue
            assert data[:4] == b"fLaC"
            got, rate = decode_pcm(data)
            assert rate == 22050 and np.array_equal(got[:, 0], p)
            assert sf.info(io.BytesIO(data)).frames == len(p)
        # a batch (FLAC: one call to libFLAC's C driver) gives each clip's bytes
        assert encoder.encode_many(pcm) == [encoder.encode(p) for p in pcm]
        assert encoder.encode_many(cases) == [encoder.encode(p) for p in cases]
