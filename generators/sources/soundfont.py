"""Real sampled instrument notes: a General MIDI SoundFont played by FluidSynth.

The out-of-domain benchmark ``gm-ood-v1`` (:data:`generators.benchmarks.AUDIO_BENCHMARKS`)
is audio no synth of ours made: Debian's FluidR3 GM SoundFont (``fluid-soundfont-gm``,
:data:`SOUNDFONT`) played by FluidSynth through ``pyfluidsynth`` (the ``soundfont``
extra; Debian ``fluidsynth``/``libfluidsynth3``).

FluidSynth's settings are fixed (:data:`SETTINGS`): no reverb, no chorus, one stereo
output mixed to mono by the mean of its two channels, 4th-order interpolation
(:data:`INTERPOLATION`), fixed gain. FluidSynth renders in blocks of
:data:`BLOCK` samples and applies MIDI events at block boundaries, so a clip is
rendered as whole blocks: note-on at sample 0, note-off at the first block boundary at
or after ``note_length`` seconds, then blocks up to ``clip_length`` (the last one cut).
Every clip is played by a new synth (0.2 s per clip with the SoundFont loaded): a
synth that has played a note renders the same note differently afterwards, even after
``all_sounds_off``, ``system_reset`` and silence until no voice is active (measured:
up to 5e-3 from the first sample on), so a clip depends on nothing rendered before it.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
from pathlib import Path
from typing import Any

import numpy as np

from ..core.errors import DatasetError

SOUNDFONT = "/usr/share/sounds/sf2/FluidR3_GM.sf2"
"""Debian ``fluid-soundfont-gm``'s FluidR3 GM SoundFont (141 MB)."""
BLOCK = 64
"""FluidSynth's block (``FLUID_BUFSIZE``), samples: events apply at block boundaries."""
INTERPOLATION = 4
"""``FLUID_INTERP_4THORDER`` (FluidSynth's default, set explicitly on every channel)."""
GAIN = 1.0
"""``synth.gain``: FluidR3's notes at velocity 100 then peak at -47 to -7 dBFS (median -12)."""
SETTINGS: dict[str, Any] = {
    "synth.reverb.active": 0, "synth.chorus.active": 0, "synth.audio-channels": 1,
    "synth.audio-groups": 1, "synth.cpu-cores": 1, "synth.dynamic-sample-loading": 0,
    "synth.polyphony": 256, "synth.min-note-length": 0,
}
"""FluidSynth settings besides gain and sample rate (``fluidsettings.xml`` names)."""


class SoundFontError(DatasetError):
    """FluidSynth or the SoundFont is missing or cannot play (one line: what to install)."""


def _fluidsynth() -> Any:
    try:
        import fluidsynth
    except (ImportError, OSError) as e:  # the wrapper raises ImportError without libfluidsynth
        raise SoundFontError(f"FluidSynth is needed for real instrument notes ({e}): "
                             'pip install -e ".[soundfont]" and apt-get install fluidsynth '
                             "fluid-soundfont-gm") from None
    return fluidsynth


def fluidsynth_version() -> str:
    """The loaded libfluidsynth's version (``2.3.1``)."""
    fl = _fluidsynth()._fl
    major, minor, micro = ctypes.c_int(), ctypes.c_int(), ctypes.c_int()
    fl.fluid_version(ctypes.byref(major), ctypes.byref(minor), ctypes.byref(micro))
    return f"{major.value}.{minor.value}.{micro.value}"


@functools.cache
def soundfont_digest(path: str = SOUNDFONT) -> str:
    """sha256 of the SoundFont file (hex)."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError as e:
        raise SoundFontError(f"SoundFont {path}: {e.strerror or e} "
                             "(apt-get install fluid-soundfont-gm)") from None
    return h.hexdigest()


class SoundFontPlayer:
    """Plays one note per clip of a SoundFont, each in a new FluidSynth synth.

    Args:
        sample_rate: output rate, Hz.
        soundfont: the ``.sf2`` file.
    """

    def __init__(self, sample_rate: int = 22050, soundfont: str = SOUNDFONT) -> None:
        self._fs = _fluidsynth()
        if not Path(soundfont).is_file():
            raise SoundFontError(f"SoundFont {soundfont} not found "
                                 "(apt-get install fluid-soundfont-gm)")
        self.sample_rate, self.soundfont = sample_rate, soundfont
        fl = self._fs._fl
        fl.fluid_synth_write_float.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p,
                                               ctypes.c_int, ctypes.c_int, ctypes.c_void_p,
                                               ctypes.c_int, ctypes.c_int]
        fl.fluid_synth_set_interp_method.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        self._fl = fl

    def _synth(self) -> tuple[Any, int]:
        """A new synth with :data:`SETTINGS` and the SoundFont loaded, and the font's id."""
        synth = self._fs.Synth(gain=GAIN, samplerate=float(self.sample_rate), **SETTINGS)
        sfid = synth.sfload(self.soundfont)
        if sfid < 0:
            synth.delete()
            raise SoundFontError(f"FluidSynth cannot load {self.soundfont}")
        self._fl.fluid_synth_set_interp_method(synth.synth, -1, INTERPOLATION)
        return synth, sfid

    def preset_names(self) -> list[str]:
        """The SoundFont's names of GM programs 0-127 (bank 0)."""
        synth, sfid = self._synth()
        try:
            return [str(synth.sfpreset_name(sfid, 0, p)) for p in range(128)]
        finally:
            synth.delete()

    def _blocks(self, synth: Any, n_blocks: int) -> np.ndarray:
        """``n_blocks`` blocks, mono float32 ``[n_blocks * BLOCK]`` (mean of left and right)."""
        n = n_blocks * BLOCK
        left, right = np.zeros(n, np.float32), np.zeros(n, np.float32)
        if n:
            self._fl.fluid_synth_write_float(synth.synth, n, left.ctypes.data, 0, 1,
                                             right.ctypes.data, 0, 1)
        return (left + right) * np.float32(0.5)

    def render(self, program: int, note: int, velocity: int = 100, note_length: float = 0.67,
               clip_length: float = 0.9) -> np.ndarray:
        """One note of GM ``program`` (0-127, bank 0), in a new synth.

        Args:
            program: GM program number, 0-127.
            note: MIDI note, 0-127.
            velocity: MIDI velocity, 1-127.
            note_length: seconds held (the note-off falls on the next block boundary).
            clip_length: seconds rendered.

        Returns:
            float32 ``[round(clip_length * sample_rate)]``, mono, -1..1.
        """
        n = int(round(clip_length * self.sample_rate))
        total = -(-n // BLOCK)
        held = min(total, -(-int(round(note_length * self.sample_rate)) // BLOCK))
        synth, sfid = self._synth()
        try:
            if synth.program_select(0, sfid, 0, program) != 0:
                raise SoundFontError(f"the SoundFont has no program {program} in bank 0")
            synth.noteon(0, note, velocity)
            first = self._blocks(synth, held)
            synth.noteoff(0, note)
            clip = np.concatenate([first, self._blocks(synth, total - held)])[:n]
        finally:
            synth.delete()
        return np.clip(clip, -1.0, 1.0)
