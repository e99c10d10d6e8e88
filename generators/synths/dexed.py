"""Dexed's DX7 engine (``dexed-py``, GPL-3): the renderer of the ``dexed`` instrument.

A clip is the settings written as a DX7 voice (:func:`generators.model.dx7.voice_of`,
156 bytes with the operator mask, all on), loaded into the engine, and one note
rendered; the engine's mono output is multiplied by the source's fixed gain and
passed through the plug-in host's soft limiter (:func:`generators.core.audio.soft_limit`:
identity below 0.9, never reaching 1), as plug-in output is.

``dexed-py`` renders each note from a reset voice: the same voice renders the same
bytes whatever was rendered before, in this instance or a fresh one
(``tests/generators/test_dexed.py``, A-B-A).

Notes (:meth:`Renderer.render_notes`): ``dexed-py`` plays one note per render, so a clip of
several note events renders each as one voice from that reset state, sums the voices at
their onsets (:func:`~generators.model.playing.mix_voices`), then applies the gain and the
limiter once, on the mix; one event at the instrument's note, velocity and note length
from time 0 is :meth:`Renderer.render`'s clip, byte for byte
(``tests/generators/synths/test_synth_notes.py``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..model import dx7
from ..model.declaration import Instrument, SynthSource
from ..model.playing import NoteEvent, Notes, mix_voices
from ..core.audio import soft_limit
from .library import library

OPERATORS_ON = 0x3F
"""The 156th byte Dexed reads: operator on/off mask, every operator on."""


class Renderer:
    """Renders clips of a ``dexed`` instrument (the :class:`~generators.sources.renderers.Renderer`
    protocol).

    Raises:
        MissingExtra: ``dexed-py`` is not installed (one-line CLI error).
    """

    def __init__(self, instrument: Instrument) -> None:
        dexed = library("dexed")
        assert isinstance(instrument.source, SynthSource)
        self.instrument = instrument
        # the C++ engine itself: it loads the 156 voice bytes as they are (the wrapper's
        # ``DexedSynth.load_patch`` would take them through a ``Patch`` first)
        self.engine = dexed._RawDexedSynth(float(instrument.sample_rate), 0)
        self.gain = np.float32(10.0 ** (instrument.source.gain_db / 20.0))

    def voice(self, settings: dict[str, float | str], name: str = "") -> bytes:
        """The 155 voice bytes of ``settings`` (:func:`~generators.model.dx7.voice_of`)."""
        return dx7.voice_of(self.instrument, settings, name)

    def render_voice(self, voice: bytes, note: int | None = None) -> np.ndarray:
        """Render one note of a DX7 voice (155 bytes): the engine's raw output,
        float32 ``[n_samples]``, before gain and limiter (human voices peak up to ~5.5)."""
        inst = self.instrument
        return self.play(voice, NoteEvent(0.0, inst.note if note is None else int(note),
                                          inst.velocity, inst.note_length), inst.n_samples)

    def play(self, voice: bytes, event: NoteEvent, n: int) -> np.ndarray:
        """One event of a DX7 voice (155 bytes) from a reset voice, its start ignored: the
        raw output, float32 ``[n]`` (cut or zero-padded), before gain and limiter."""
        inst = self.instrument
        self.engine.load_sysex(bytes(voice[:dx7.VOICE_BYTES]) + bytes([OPERATORS_ON]))
        audio = self.engine.render(int(event.pitch), int(event.velocity), float(event.duration),
                                   inst.clip_length)
        out = np.zeros(n, np.float32)
        m = min(n, audio.shape[0])
        out[:m] = audio[:m]
        return out

    def output(self, raw: np.ndarray) -> np.ndarray:
        """Fixed gain, then the soft limiter: float32 ``[n]`` in (-1, 1)."""
        return soft_limit(raw * self.gain)

    def render(self, settings: dict[str, float | str], note: int | None = None) -> np.ndarray:
        """One clip: float32 ``[n_samples]`` in (-1, 1), mono, at the instrument's rate."""
        return self.output(self.render_voice(self.voice(settings), note))

    def render_notes(self, settings: dict[str, float | str], notes: Notes) -> np.ndarray:
        """One clip playing ``notes`` (:meth:`generators.sources.renderers.Renderer.render_notes`):
        one voice per event, each from a reset engine voice, summed
        (:func:`~generators.model.playing.mix_voices`), then gain and soft limiter."""
        voice = self.voice(settings)
        inst = self.instrument
        return self.output(mix_voices(lambda ev, n: self.play(voice, ev, n), notes,
                                      inst.n_samples, inst.sample_rate))

    def preset_files(self, settings: dict[str, float | str], folder: Path, name: str) -> list[Path]:
        """Write ``patch.syx`` (a single-voice dump of ``settings``, loadable by Dexed and a
        hardware DX7) and ``<name>.syx`` (a 32-voice bank: this voice, then 31 INIT VOICEs)
        into ``folder``; return their paths."""
        voice = self.voice(settings, name.upper())
        patch, bank = Path(folder) / "patch.syx", Path(folder) / f"{_file_name(name)}.syx"
        patch.write_bytes(dx7.voice_sysex(voice))  # ``folder``: match's temp folder, renamed whole
        bank.write_bytes(dx7.bank_sysex([voice]))
        return [patch, bank]


def _file_name(name: str) -> str:
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name).strip("_.")
    return (safe or "match")[:40] + "-bank"
