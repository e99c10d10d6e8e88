"""A dataset's identity: software versions, source digests, fingerprints and
the ``instrument.json`` that records them."""

from __future__ import annotations

import hashlib
import json
import platform
import re
from functools import singledispatch
from importlib import metadata
from pathlib import Path
from typing import Any

from ..plugins.chain import chain_files
from ..model.config import RenderConfig, config_from_meta
from ..dsp.codegen import banner
from ..dsp.lanes import LANES_END, LANES_FILES, LANES_MARKER
from ..model.declaration import (AudioFolderSource, BuiltinSource, ChainHead, ChainSource, FaustSource,
                                 Instrument, PluginSource, Source, SynthSource)
from ..dsp.reference import dsp_dir
from ..instruments import get_instrument
from ..plugins.host import PluginError, plugin_digest
from ..synths import library, library_digest
from ..core.reading import brief, read_json


def versions() -> dict[str, str]:
    """Versions of what affects the audio and the files."""
    out = {"python": platform.python_version()}
    for dist in ("secret-sauce", "dawdreamer", "numpy", "pyarrow", "soundfile", "datasets"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


AUDIO_VERSIONS = ("secret-sauce", "dawdreamer", "soundfile")
"""Packages whose version can change the rendered bytes."""


FINGERPRINT_VERSION = 1
"""Version of what :func:`fingerprint` hashes; bump when that changes."""


def source_digest(instrument: Instrument) -> str | None:
    """sha256 of what makes the sound: a Faust instrument's DSP file and the ``.dsp``
    files it uses (:func:`dsp_files`), the shipped ``.lib`` files and the generated C
    with its headers, a plug-in's binary, or for an effect chain every plug-in, every file of its audio
    folder and a built-in source's digest (``None`` when a file is missing).
    Any can change the audio between releases. The generated C's first-line banner
    (:data:`generators.dsp.codegen.BANNER`) and the lane-parallel twin of a
    generated class (:mod:`generators.dsp.lanes`, and its header) are left out:
    it is derived from the scalar class and renders the same bytes, clip by
    clip (``tests/generators/test_compiled_dsp.py``). One entry of :func:`digest_of` per source kind."""
    return digest_of(instrument.source)


@singledispatch
def digest_of(source: Source) -> str | None:
    """The :func:`source_digest` of ``source``, one registered function per source kind."""
    raise TypeError(f"no source digest for {type(source).__name__}")


@digest_of.register
def _(source: PluginSource) -> str | None:
    path = Path(source.path)
    return plugin_digest(path) if path.exists() else None


@digest_of.register
def _(source: SynthSource) -> str:
    library(source.synth)  # MissingExtra, before anything is rendered or compared
    return library_digest(source.synth)  # type: ignore[return-value]


@digest_of.register
def _(source: ChainSource) -> str | None:
    try:
        files = chain_files(source)
    except PluginError:
        return None
    if not all(f.exists() for f in files):
        return None
    h = hashlib.sha256()
    for f in files:
        h.update(plugin_digest(f).encode() + b"\0")
    h.update(head_digest(source.source))
    return h.hexdigest()


_DSP_IMPORT = re.compile(r'\b(?:import|library|component)\s*\(\s*"([^"/]+\.dsp)"\s*\)')
"""A Faust file's use of another shipped ``.dsp`` file (``library("noisemaker.dsp")``)."""


def dsp_files(folder: Path, dsp: str) -> list[Path]:
    """``folder/dsp`` and the shipped ``.dsp`` files it uses, transitively, in order of
    first use (``noisemaker_velocity.dsp`` reuses ``noisemaker.dsp``); a missing file
    raises ``FileNotFoundError``."""
    seen: list[str] = []
    todo = [dsp]
    while todo:
        name = todo.pop(0)
        if name in seen:
            continue
        seen.append(name)
        todo += _DSP_IMPORT.findall((folder / name).read_text())
    return [folder / name for name in seen]


@digest_of.register
def _(source: FaustSource) -> str | None:
    h = hashlib.sha256()
    folder = dsp_dir()
    compiled = folder / "c" / "generated" / source.dsp.replace(".dsp", ".c")
    for path in [*dsp_files(folder, source.dsp), *sorted(folder.glob("*.lib")),
                 compiled, *sorted((folder / "c").glob("*.h"))]:
        if path.name in LANES_FILES:
            continue
        data = path.read_bytes()
        if path == compiled:  # Faust's scalar class; its banner and lane twin are left out
            data = data.removeprefix(banner(source.dsp).encode())
            data = re.sub(re.escape(LANES_MARKER.encode()) + b".*?" + re.escape(LANES_END.encode()) + b"\n",
                          b"", data, flags=re.S)
        h.update(path.name.encode() + b"\0" + data + b"\0")
    return h.hexdigest()


@singledispatch
def head_digest(head: ChainHead) -> bytes:
    """What a chain's head adds to the chain's digest beyond its files
    (:func:`~generators.plugins.chain.chain_files`), one entry per head kind."""
    raise TypeError(f"no chain-head digest for {type(head).__name__}")


@head_digest.register(PluginSource)
@head_digest.register(AudioFolderSource)
def _(head: PluginSource | AudioFolderSource) -> bytes:
    return b""  # all in its files


@head_digest.register
def _(head: BuiltinSource) -> bytes:
    return (source_digest(get_instrument(head.instrument)) or "").encode()


def fingerprint(config: RenderConfig, versions_: dict[str, str] | None = None,
                source_sha256: str | None = "installed") -> str:
    """sha256 (hex) of what determines a dataset's rows.

    The canonical JSON (sorted keys, no spaces) of the declaration, ``n``,
    ``seed``, the render settings that change rows (``notes``, i.e. the
    note range, ``audio_format``, ``n_train``, ``presets`` and ``playing`` where set),
    the DSP source digest and the versions of :data:`AUDIO_VERSIONS` (installed ones
    unless ``versions_`` is given; the installed DSP unless ``source_sha256`` is given). ``shard_size``
    is left out: it changes the files, not the rows.
    """
    v = versions() if versions_ is None else versions_
    if source_sha256 == "installed":
        source_sha256 = source_digest(config.instrument)
    r = config.to_dict()
    payload = {
        "fingerprint_version": FINGERPRINT_VERSION,
        "schema_version": r["schema_version"],
        "instrument": r["instrument"],
        "render": {k: r["render"][k] for k in ("n", "seed", "notes", "audio_format", "n_train",
                                               "presets", "playing") if k in r["render"]},
        "source_sha256": source_sha256,
        "versions": {d: v.get(d) for d in AUDIO_VERSIONS},
    }
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


def instrument_fingerprint(instrument: Instrument, versions_: dict[str, str] | None = None,
                           source_sha256: str | None = "installed") -> str:
    """sha256 (hex) of what makes an instrument's sound, without any dataset settings.

    The canonical JSON of the declaration, its DSP or plug-in digest
    (:func:`source_digest`, the installed one unless given) and the versions of
    :data:`AUDIO_VERSIONS`. A saved model records it: a model is only used with
    the instrument it was trained on, rendered by the same software.
    """
    v = versions() if versions_ is None else versions_
    if source_sha256 == "installed":
        source_sha256 = source_digest(instrument)
    payload = {"fingerprint_version": FINGERPRINT_VERSION,
               "instrument": json.loads(instrument.to_json()),
               "source_sha256": source_sha256,
               "versions": {d: v.get(d) for d in AUDIO_VERSIONS}}
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


def meta(config: RenderConfig) -> dict[str, Any]:
    """Content of ``instrument.json`` (plain JSON types: tuples become lists),
    with the dataset's :func:`fingerprint` and the :func:`source_digest` it hashed."""
    v = versions()
    return json.loads(json.dumps(config.to_dict() | {
        "versions": v, "source_sha256": source_digest(config.instrument),
        "fingerprint": fingerprint(config, v)}))


def same_dataset(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """Differences between two ``instrument.json`` contents that change bytes."""
    diffs = []
    for key in ("schema_version", "instrument", "render"):
        if a.get(key) != b.get(key):
            diffs.append(key)
    va, vb = (v if isinstance(v, dict) else {} for v in (a.get("versions"), b.get("versions")))
    diffs += [f"{d} version" for d in AUDIO_VERSIONS if va.get(d) != vb.get(d)]
    return diffs


def read_meta(out: Path) -> dict[str, Any] | None:
    """The ``instrument.json`` of the dataset folder ``out``, or ``None`` if it has none."""
    path = Path(out) / "instrument.json"
    if not path.exists():
        return None
    return read_json(path, "dataset declaration")


def summary(m: dict[str, Any]) -> str:
    """``instrument 'NAME', n=N, seed=S`` of an ``instrument.json`` content of any shape
    (values quoted with :func:`~generators.core.reading.brief`)."""
    inst, r = m.get("instrument"), m.get("render")
    name = inst.get("name") if isinstance(inst, dict) else None
    r = r if isinstance(r, dict) else {}
    return f"instrument {brief(name)}, n={brief(r.get('n'))}, seed={brief(r.get('seed'))}"


def recorded_problem(m: dict[str, Any]) -> str | None:
    """Why the fingerprint in ``instrument.json`` does not match the settings, versions and
    source digest recorded beside it (the file was edited after rendering, or has none),
    or ``None`` when it matches. The installed software plays no part: a dataset rendered
    by other versions is still what its record says.
    """
    stored = m.get("fingerprint")
    if not isinstance(stored, str) or not stored:
        return "its instrument.json has no fingerprint (rendered before fingerprints existed)"
    recorded = m.get("versions")
    config = config_from_meta(m)
    if fingerprint(config, recorded if isinstance(recorded, dict) else {},
                   m.get("source_sha256")) != stored:
        return "its instrument.json was edited after rendering (the fingerprint does not match it)"
    return None
