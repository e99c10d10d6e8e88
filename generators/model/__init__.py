"""Model layer: what an instrument and a render are, before any sound is made.

Modules::

    declaration   the typed instrument declaration (knobs, switches, sources, dependencies)
    sampler       the seeded draw of patches (``draw``, ``Sample``)
    shards        the shard plan of a dataset and the checks of shard files
    presets       human preset sets (amsynth banks, DX7 banks) used as a test split
    preset_files  preset file formats (VST2 chunk files, amsynth banks and states)
    dx7           the DX7 voice and bank format (.syx), mapped to the dexed instrument's columns
    config        ``RenderConfig``: everything that determines a dataset's rows
    playing       how notes are played: ``NoteEvent``, ``Playing`` and the phrase generators
    midi          phrases as Standard MIDI Files (``read_midi``, ``write_midi``)

The names other packages use are re-exported here (imported on first use).
"""

from __future__ import annotations

from ..core.lazy import exporter

_EXPORTS = {
    "AudioFolderSource": "declaration",
    "BuiltinSource": "declaration",
    "ChainSource": "declaration",
    "DeclarationError": "declaration",
    "Dependency": "declaration",
    "Effect": "declaration",
    "FaustSource": "declaration",
    "Instrument": "declaration",
    "Knob": "declaration",
    "NoteEvent": "playing",
    "Playing": "playing",
    "Param": "declaration",
    "PluginSource": "declaration",
    "PresetSet": "presets",
    "PresetSetError": "presets",
    "RenderConfig": "config",
    "Sample": "sampler",
    "Shard": "shards",
    "Switch": "declaration",
    "as_notes": "playing",
    "config_from_meta": "config",
    "default_shard_size": "config",
    "draw": "sampler",
    "force_active": "sampler",
    "label_shift": "presets",
    "read_midi": "midi",
    "shard_problem": "shards",
    "with_clip_length": "playing",
    "write_midi": "midi",
    "write_presets": "preset_files",
}
__all__ = sorted(_EXPORTS)
__getattr__ = exporter(__name__, _EXPORTS)
