"""The DX7 voice format, and its map to the columns of the ``dexed`` instrument.

A DX7 voice is 155 parameter bytes (the "VCED" layout of a single-voice dump: six
operators of 21 bytes, OP6 first, then the pitch envelope, algorithm, feedback, LFO,
transpose and a 10-character name); Dexed's engine reads 156, the last one being
the operator on/off mask. Banks hold 32 voices packed in 128 bytes each:

* a bulk dump ``F0 43 0n 09 20 00`` + 4096 bytes + checksum + ``F7`` (4104 bytes,
  the ``.syx`` files DX7 librarians and Dexed save);
* the raw payload of such dumps, 128 bytes a voice (hexter's ``/usr/share/hexter/*.dx7``:
  4096 bytes a bank, or any multiple of 128).

A single voice is saved as ``F0 43 0n 00 01 1B`` + 155 bytes + checksum + ``F7``
(163 bytes), which a hardware DX7 and Dexed load.

The packing is the DX7's (as Dexed's ``Cartridge::unpackProgram`` and ``dexed-py``'s
``Patch.from_packed``/``to_packed``, against which ``tests/generators/test_dexed.py`` checks
it); it is written here, not borrowed from ``dexed-py``, because reading a bank must
work without the GPL-3 ``synths`` extra. Values outside a field's range (corrupt
cartridge rips) are clamped to it, as ``dexed-py``'s ``Patch.to_sysex`` does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

VOICE_BYTES = 155
"""Parameter bytes of a voice (names included, operator mask excluded)."""
PACKED_BYTES = 128
BANK_VOICES = 32
BANK_PAYLOAD = PACKED_BYTES * BANK_VOICES
BANK_HEADER = bytes([0xF0, 0x43, 0x00, 0x09, 0x20, 0x00])
VOICE_HEADER = bytes([0xF0, 0x43, 0x00, 0x00, 0x01, 0x1B])
BANK_SYSEX_BYTES = len(BANK_HEADER) + BANK_PAYLOAD + 2
NAME_AT = 145

OP_FIELDS: tuple[tuple[str, int], ...] = (
    ("eg_rate1", 99), ("eg_rate2", 99), ("eg_rate3", 99), ("eg_rate4", 99),
    ("eg_level1", 99), ("eg_level2", 99), ("eg_level3", 99), ("eg_level4", 99),
    ("breakpoint", 99), ("left_depth", 99), ("right_depth", 99),
    ("left_curve", 3), ("right_curve", 3), ("rate_scaling", 7), ("amp_mod_sens", 3),
    ("velocity_sens", 7), ("output_level", 99), ("mode", 1), ("coarse", 31),
    ("fine", 99), ("detune", 14),
)
"""Operator fields in voice order (byte ``j`` of an operator's 21) and their top value."""
VOICE_FIELDS: tuple[tuple[str, int], ...] = (
    ("pitch_eg_rate1", 99), ("pitch_eg_rate2", 99), ("pitch_eg_rate3", 99),
    ("pitch_eg_rate4", 99), ("pitch_eg_level1", 99), ("pitch_eg_level2", 99),
    ("pitch_eg_level3", 99), ("pitch_eg_level4", 99), ("algorithm", 31), ("feedback", 7),
    ("osc_key_sync", 1), ("lfo_speed", 99), ("lfo_delay", 99), ("lfo_pitch_mod_depth", 99),
    ("lfo_amp_mod_depth", 99), ("lfo_key_sync", 1), ("lfo_wave", 5), ("pitch_mod_sens", 7),
    ("transpose", 48),
)
"""Voice-wide fields from byte 126 on, and their top value."""


def layout() -> dict[str, tuple[int, int]]:
    """Column name of the ``dexed`` instrument -> (byte of the voice, top value)."""
    out = {}
    for k in range(1, 7):
        for j, (field, top) in enumerate(OP_FIELDS):
            out[f"op{k}_{field}"] = ((6 - k) * 21 + j, top)
    for j, (field, top) in enumerate(VOICE_FIELDS):
        out[field] = (126 + j, top)
    return out


LAYOUT = layout()
SILENCED = ("output_level", "left_depth", "right_depth")
"""Operator fields an ``off`` operator has at 0 (and an operator with all three at 0 is ``off``)."""


class VoiceFormatError(ValueError):
    """Bytes that are not a DX7 bank or voice."""


def checksum(payload: bytes) -> int:
    """DX7 sysex checksum: the low 7 bits of the two's complement of the sum."""
    return (-sum(payload)) & 0x7F


def unpack(packed: bytes) -> bytes:
    """A 128-byte packed voice -> its 155 voice bytes, each field clamped to its range."""
    if len(packed) != PACKED_BYTES:
        raise VoiceFormatError(f"a packed voice is {PACKED_BYTES} bytes, got {len(packed)}")
    p = [b & 0x7F for b in packed]
    v = [0] * VOICE_BYTES
    for op in range(6):
        s, d = op * 17, op * 21
        v[d:d + 11] = p[s:s + 11]
        v[d + 11], v[d + 12] = p[s + 11] & 3, (p[s + 11] >> 2) & 3
        v[d + 13], v[d + 20] = p[s + 12] & 7, (p[s + 12] >> 3) & 15
        v[d + 14], v[d + 15] = p[s + 13] & 3, (p[s + 13] >> 2) & 7
        v[d + 16] = p[s + 14]
        v[d + 17], v[d + 18] = p[s + 15] & 1, (p[s + 15] >> 1) & 31
        v[d + 19] = p[s + 16]
    v[126:134] = p[102:110]
    v[134] = p[110] & 31
    v[135], v[136] = p[111] & 7, (p[111] >> 3) & 1
    v[137:141] = p[112:116]
    v[141], v[142], v[143] = p[116] & 1, (p[116] >> 1) & 7, (p[116] >> 4) & 7
    v[144:155] = p[117:128]
    for byte, top in LAYOUT.values():
        v[byte] = min(v[byte], top)
    return bytes(v)


def pack(voice: bytes) -> bytes:
    """155 voice bytes -> the 128-byte packed voice of a bank (inverse of :func:`unpack`)."""
    v = voice
    p = bytearray(PACKED_BYTES)
    for op in range(6):
        s, d = op * 17, op * 21
        p[s:s + 11] = v[d:d + 11]
        p[s + 11] = (v[d + 11] & 3) | ((v[d + 12] & 3) << 2)
        p[s + 12] = (v[d + 13] & 7) | ((v[d + 20] & 15) << 3)
        p[s + 13] = (v[d + 14] & 3) | ((v[d + 15] & 7) << 2)
        p[s + 14] = v[d + 16]
        p[s + 15] = (v[d + 17] & 1) | ((v[d + 18] & 31) << 1)
        p[s + 16] = v[d + 19]
    p[102:111] = v[126:135]
    p[111] = (v[135] & 7) | ((v[136] & 1) << 3)
    p[112:116] = v[137:141]
    p[116] = (v[141] & 1) | ((v[142] & 7) << 1) | ((v[143] & 7) << 4)
    p[117:128] = v[144:155]
    return bytes(p)


def voice_name(voice: bytes) -> str:
    """The 10-character name of a voice, stripped; non-printable bytes as ``?``."""
    raw = voice[NAME_AT:NAME_AT + 10]
    return "".join(chr(b) if 32 <= b < 127 else "?" for b in raw).strip()


def bank_voices(data: bytes, what: str = "bank") -> list[bytes]:
    """The voices (155 bytes each) of a bank file's bytes, in order.

    Accepts one or more 32-voice bulk dumps (other sysex messages between them are
    skipped; a wrong checksum is tolerated, as Dexed does: cartridge rips often
    carry a stale one), or raw packed voices (a positive multiple of 128 bytes that
    does not start with ``F0``).

    Raises:
        VoiceFormatError: empty, a sysex file without a 32-voice dump, truncated
            dumps, or raw data whose length is not a multiple of 128 (names ``what``).
    """
    if not data:
        raise VoiceFormatError(f"{what} is empty")
    if data[0] != 0xF0:
        if len(data) % PACKED_BYTES:
            raise VoiceFormatError(f"{what}: {len(data)} bytes is neither a sysex bank (starts "
                                   f"with F0) nor raw packed voices ({PACKED_BYTES} bytes each)")
        return [unpack(data[i:i + PACKED_BYTES]) for i in range(0, len(data), PACKED_BYTES)]
    voices: list[bytes] = []
    pos = 0
    while pos < len(data):
        if data[pos] != 0xF0:
            raise VoiceFormatError(f"{what}: byte {pos} is not the start of a sysex message")
        end = data.find(0xF7, pos)
        if end == -1:
            raise VoiceFormatError(f"{what}: truncated sysex message at byte {pos}")
        msg = data[pos:end + 1]
        if len(msg) == BANK_SYSEX_BYTES and msg[1] == 0x43 and msg[3:6] == BANK_HEADER[3:]:
            payload = msg[6:6 + BANK_PAYLOAD]
            voices += [unpack(payload[i:i + PACKED_BYTES])
                       for i in range(0, BANK_PAYLOAD, PACKED_BYTES)]
        pos = end + 1
    if not voices:
        raise VoiceFormatError(f"{what}: no 32-voice DX7 bulk dump ({BANK_SYSEX_BYTES}-byte "
                               "message F0 43 0n 09 20 00 ... F7) in it")
    return voices


def read_bank_file(path: str | Path) -> list[bytes]:
    """The voices of a bank file (:func:`bank_voices`).

    Raises:
        VoiceFormatError: unreadable or malformed (the message names the file).
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise VoiceFormatError(f"cannot read DX7 bank {path}: {e.strerror or e}") from None
    return bank_voices(data, str(path))


def voice_sysex(voice: bytes) -> bytes:
    """A single-voice dump (163 bytes) of 155 voice bytes."""
    body = bytes(voice[:VOICE_BYTES])
    return VOICE_HEADER + body + bytes([checksum(body), 0xF7])


def bank_sysex(voices: list[bytes]) -> bytes:
    """A 32-voice bulk dump (4104 bytes) of up to 32 voices (the rest: :func:`init_voice`)."""
    if len(voices) > BANK_VOICES:
        raise VoiceFormatError(f"a bank holds {BANK_VOICES} voices, got {len(voices)}")
    full = list(voices) + [init_voice()] * (BANK_VOICES - len(voices))
    payload = b"".join(pack(v) for v in full)
    return BANK_HEADER + payload + bytes([checksum(payload), 0xF7])


def read_voice_sysex(data: bytes) -> bytes:
    """The 155 voice bytes of a single-voice dump (inverse of :func:`voice_sysex`)."""
    if (len(data) != len(VOICE_HEADER) + VOICE_BYTES + 2 or data[:2] != VOICE_HEADER[:2]
            or data[3:6] != VOICE_HEADER[3:] or data[-1] != 0xF7):
        raise VoiceFormatError("not a DX7 single-voice dump (F0 43 0n 00 01 1B, 155 bytes, "
                               "checksum, F7)")
    return data[6:6 + VOICE_BYTES]


def init_voice() -> bytes:
    """The DX7's INIT VOICE (algorithm 1, operator 1 at level 99, the others at 0)."""
    v = bytearray(VOICE_BYTES)
    for k in range(1, 7):
        d = (6 - k) * 21
        v[d:d + 8] = bytes([99, 99, 99, 99, 99, 99, 99, 0])
        v[d + 8] = 39
        v[d + 16] = 99 if k == 1 else 0
        v[d + 18], v[d + 20] = 1, 7
    v[126:134] = bytes([99, 99, 99, 99, 50, 50, 50, 50])
    v[136], v[137], v[141], v[143], v[144] = 1, 35, 1, 3, 24
    v[NAME_AT:NAME_AT + 10] = b"INIT VOICE"
    return bytes(v)


def voice_of(instrument: Any, settings: dict[str, float | str], name: str = "") -> bytes:
    """The 155 voice bytes that play ``settings`` (labels of the ``dexed`` instrument;
    missing ones take their default; parameters it does not vary take their DX7 value
    from its ``fixed``). An ``off`` operator is written with its :data:`SILENCED`
    fields at 0."""
    full = instrument.default_settings() | dict(settings)
    v = bytearray(VOICE_BYTES)
    for fixed, value in instrument.fixed.items():  # DX7 values of the parameters not varied
        if fixed in LAYOUT:
            v[LAYOUT[fixed][0]] = int(value)
    for p in instrument.params:
        if p.name in LAYOUT:
            byte, _ = LAYOUT[p.name]
            v[byte] = (p.step_of_label(full[p.name]) if p.kind == "knob"
                       else p.labels.index(full[p.name]))
    for k in range(1, 7):
        if full.get(f"op{k}_on", "on") == "off":
            for f in SILENCED:
                v[LAYOUT[f"op{k}_{f}"][0]] = 0
    text = "".join(c if 32 <= ord(c) < 127 else "_" for c in name)[:10].ljust(10)
    v[NAME_AT:NAME_AT + 10] = text.encode("ascii")
    return bytes(v)


def labels_of(instrument: Any, voice: bytes) -> dict[str, float | str]:
    """The labels of ``instrument``'s columns that play ``voice`` (155 bytes; a byte no
    column varies is left out, e.g. oscillator key sync, which ``dexed`` fixes): knobs at
    their native value's label (float32), switches at the value's label, ``op{k}_on``
    ``off`` exactly when the operator's :data:`SILENCED` fields are all 0."""
    out: dict[str, float | str] = {}
    for p in instrument.params:
        if p.name in LAYOUT:
            value = voice[LAYOUT[p.name][0]]
            out[p.name] = (float(np.float32(p.label_of_step(value))) if p.kind == "knob"
                           else p.labels[value])
        elif p.name.endswith("_on") and p.name[:-3] in {f"op{k}" for k in range(1, 7)}:
            silent = all(voice[LAYOUT[f"{p.name[:-3]}_{f}"][0]] == 0 for f in SILENCED)
            out[p.name] = "off" if silent else "on"
    return out
