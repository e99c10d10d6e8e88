"""Core layer: what every command shares; imports nothing else of the project.

Modules::

    errors    ``UserError`` and ``DatasetError``, the one-line user-facing errors and their exit code
    cli       ``run_cli``/``exit_with``, the wrapper every command runs in, and argument helpers
    atomic    guarded atomic writes (files, tables, folders) and output-folder claims
    reading   guarded reads (text, JSON, YAML, Parquet) and ``brief`` quoting of bad values
    audio     clip encoding and decoding (WAV/FLAC, PCM), the silence threshold
    spectral  spectrograms and MFCCs (librosa and scipy imported on first use)
    lifeline  worker processes that die with their parent, and the reaper
    lazy      the lazy re-exports of these ``__init__`` modules

The names other packages use are re-exported here (imported on first use).
"""

from __future__ import annotations

from .lazy import exporter

_EXPORTS = {
    "ArgumentParser": "cli",
    "DatasetError": "errors",
    "ReadError": "reading",
    "SILENCE_PEAK": "audio",
    "UserError": "errors",
    "WriteError": "atomic",
    "as_stored": "audio",
    "atomic_path": "atomic",
    "brief": "reading",
    "check_output": "atomic",
    "children": "lifeline",
    "claim_dir": "atomic",
    "int_arg": "cli",
    "decode": "audio",
    "decode_clips": "audio",
    "decode_pcm": "audio",
    "die_with_parent": "lifeline",
    "encode": "audio",
    "exit_with": "cli",
    "parquet_rows": "reading",
    "parse_json": "reading",
    "parse_yaml": "reading",
    "quantize": "audio",
    "read_audio": "reading",
    "read_json": "reading",
    "read_parquet": "reading",
    "read_text": "reading",
    "remove_temp_files": "atomic",
    "replace_dir": "atomic",
    "run_cli": "cli",
    "safe_names": "atomic",
    "start_reaper": "lifeline",
    "stored_clip": "audio",
    "unknown_keys": "reading",
    "workers_arg": "cli",
    "write_dir_atomic": "atomic",
    "write_json_atomic": "atomic",
    "write_table_atomic": "atomic",
    "write_text_atomic": "atomic",
}
__all__ = sorted(_EXPORTS)
__getattr__ = exporter(__name__, _EXPORTS)
