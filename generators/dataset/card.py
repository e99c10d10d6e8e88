"""The dataset card (``README.md``) of a rendered dataset.

Its YAML header is what ``datasets.load_dataset`` reads (configs, features,
splits); the body documents the parameters, how the data was rendered, the
design decisions of the instrument, the license and the citation.
"""

from __future__ import annotations

import json
from functools import singledispatch
from pathlib import Path
from typing import Any

import yaml

from ..core.atomic import write_text_atomic
from ..model.config import RenderConfig
from ..model.declaration import (AudioFolderSource, BuiltinSource, ChainHead, ChainSource, FaustSource,
                                 Instrument, Knob, PluginSource, Source, SynthSource)
from .fingerprint import meta as dataset_meta
from ..plugins.host import plugin_digest, plugin_path
from ..synths import LIBRARIES, library_version
from ..model.presets import label_shift
from ..model.sampler import draw_many
from .schema import card_features
from .stats import collect_stats

LICENSE = "cc-by-4.0"
CITATION = """\
@software{secret_sauce,
  title = {Secret Sauce: data generation and benchmarks for automatic sound programming},
  author = {{Secret Sauce developers}},
  year = {2026},
  url = {https://github.com/secret-sauce/secret-sauce}
}"""


def yaml_header(config: RenderConfig) -> dict[str, Any]:
    """The card's YAML header: configs, features, splits (the ``dataset_info`` that
    ``datasets.DatasetInfo`` writes, built without importing ``datasets``)."""
    splits = [("train", config.n_train)]
    if config.n > config.n_train:
        splits.append(("test", config.n - config.n_train))
    info = {"features": card_features(config.instrument, config.presets is not None,
                                          config.playing is not None),
            "splits": [{"name": name, "num_bytes": 0, "num_examples": n} for name, n in splits]}
    data_files = [{"split": name, "path": f"data/{name}-*"} for name, _ in splits]
    return {
        "license": LICENSE,
        "pretty_name": f"Secret Sauce {config.instrument.name}",
        "tags": ["audio", "synthesizer", "sound-matching", "secret-sauce"],
        "configs": [{"config_name": "default", "data_files": data_files}],
        "dataset_info": info,
    }


def parameter_table(instrument: Instrument) -> str:
    """Markdown table: name, kind, range or labels, depends on, description."""
    lines = ["| parameter | kind | values | depends on | description |", "|---|---|---|---|---|"]
    for p in instrument.params:
        dep = f"`{p.depends_on.switch}` in {', '.join(p.depends_on.values)}" if p.depends_on else ""
        if isinstance(p, Knob):
            lo, hi = p.steps
            window = "" if p.window is None else f", sampled in steps {lo}-{hi}"
            weights = "" if p.weights is None else \
                f", bins weighted {':'.join(f'{w:g}' for w in p.weights)}"
            values = f"0-10 ({p.resolution} steps{window}{weights})"
            kind = "knob"
        else:
            weights = "" if p.weights is None else \
                f" (weighted {':'.join(f'{w:g}' for w in p.weights)})"
            values = ", ".join(p.labels) + weights
            kind = "switch"
        lines.append(f"| `{p.name}` | {kind} | {values} | {dep} | {p.description} |")
    return "\n".join(lines)


def split_table(config: RenderConfig) -> str:
    """Markdown table: split, ids, samples, shards."""
    shards = config.shards()
    lines = ["| split | ids | samples | shards |", "|---|---|---|---|"]
    for split, lo, hi in (("train", 0, config.n_train), ("test", config.n_train, config.n)):
        if hi > lo:
            count = sum(1 for s in shards if s.split == split)
            lines.append(f"| {split} | {lo}-{hi - 1} | {hi - lo} | {count} |")
    return "\n".join(lines)


def source_text(instrument: Instrument) -> str:
    """Where the sound comes from, in words (with the plug-in section for plug-ins)."""
    return source_words(instrument.source)


@singledispatch
def source_words(source: Source) -> str:
    """:func:`source_text` of ``source``, one entry per source kind."""
    raise TypeError(f"no card text for {type(source).__name__}")


@source_words.register
def _(source: FaustSource) -> str:
    return f"Faust DSP `generators/dsp/{source.dsp}` of this package"


@source_words.register
def _(source: SynthSource) -> str:
    dist, _ = LIBRARIES[source.synth]
    return (f"{source.synth} engine of the Python library `{dist}` "
            f"{library_version(source.synth) or '(not installed)'} (GPL-3)")


@source_words.register
def _(source: ChainSource) -> str:
    return "an effect chain of plug-ins (see *Effect chain* below)"


@source_words.register
def _(source: PluginSource) -> str:
    return f"plug-in `{source.path}` (see *Plug-in* below)"


def _digest_text(path: str) -> str:
    """``sha256 `...``` of the plug-in file ``path``, or why it is not known."""
    try:
        return f"sha256 `{plugin_digest(plugin_path(PluginSource(path)))}`"
    except OSError:
        return "file not readable when this card was written"


def _param_rows(instrument: Instrument, columns: list[str]) -> list[str]:
    """Markdown rows ``| column | plug-in parameter | values |`` of ``columns``."""
    rows = []
    for p in instrument.params:
        if p.name not in columns:
            continue
        target = p.target if p.target is not None else p.name
        if isinstance(p, Knob):
            values = "label / 10"
        else:
            values = ", ".join(f"{lab} = {p.engine_value(lab):g}" for lab in p.labels)
        rows.append(f"| `{p.name}` | `{target}` | {values} |")
    return rows


@singledispatch
def source_section(source: Source, instrument: Instrument) -> str:
    """The card's section on ``instrument``'s source ``source`` (``""``: none), one entry per
    source kind."""
    raise TypeError(f"no card section for {type(source).__name__}")


@source_section.register(FaustSource)
@source_section.register(SynthSource)
def _(source: FaustSource | SynthSource, instrument: Instrument) -> str:
    return ""


@source_section.register
def chain_section(chain: ChainSource, instrument: Instrument) -> str:
    """Markdown for an effect-chain instrument: the source, then each effect
    (file, sha256, switch, reset strategy, which plug-in parameter each column drives)."""
    lines = ["## Effect chain", "", *head_lines(chain.source, chain, instrument)]
    for i, fx in enumerate(chain.effects, 1):
        reset = ("a fresh plug-in instance per clip" if fx.fresh_instance else
                 f"a {chain.flush_seconds:g} s silent flush with {json.dumps(fx.flush)}"
                 if fx.flush else "nothing (keeps no state between renders)")
        lines += [f"{i}. **{fx.name}**: `{fx.path}` ({_digest_text(fx.path)}); switch `{fx.switch}` "
                  f"(off: left out of the graph, bit-exact bypass); reset between clips: {reset}",
                  ""]
        rows = _param_rows(instrument, list(fx.params))
        if rows:
            lines += ["   | column | plug-in parameter | plug-in values (0-1) |",
                      "   |---|---|---|", *(f"   {r}" for r in rows), ""]
    lines.append(f"Output: channels averaged to mono; gain {chain.gain_db:+.1f} dB, then a "
                 f"memoryless soft limiter above 0.9 (DawDreamer block size {chain.block_size}).")
    return "\n".join(lines) + "\n"


@singledispatch
def head_lines(head: ChainHead, chain: ChainSource, instrument: Instrument) -> list[str]:
    """Markdown lines of :func:`chain_section` on the chain's head ``head``, one entry per head kind."""
    raise TypeError(f"no card text for a chain head {type(head).__name__}")


@head_lines.register
def _(head: PluginSource, chain: ChainSource, instrument: Instrument) -> list[str]:
    owned = {c for fx in chain.effects for c in (fx.switch, *fx.params)}
    seed = (f"; C `rand()` seeded with {chain.rand_seed} before every render"
            if chain.rand_seed is not None else "")
    lines = [f"Source: plug-in `{head.path}` ({_digest_text(head.path)}), played by MIDI, "
             f"{1 + head.warmup_renders} render(s) per clip, the last kept{seed}.", ""]
    rows = _param_rows(instrument, [p.name for p in instrument.params if p.name not in owned])
    if rows:
        lines += ["| column | plug-in parameter | plug-in values (0-1) |", "|---|---|---|",
                  *rows, ""]
    return lines


@head_lines.register
def _(head: BuiltinSource, chain: ChainSource, instrument: Instrument) -> list[str]:
    return [f"Source: the built-in instrument `{head.instrument}` (its own renderer), "
            f"settings {json.dumps(head.settings, sort_keys=True)}.", ""]


@head_lines.register
def _(head: AudioFolderSource, chain: ChainSource, instrument: Instrument) -> list[str]:
    return [f"Source: the audio files of `{head.folder}` (gain {head.gain_db:+.1f} dB); "
            f"column `{head.column}` names the file of each clip.", ""]


@source_section.register
def plugin_section(src: PluginSource, instrument: Instrument) -> str:
    """Markdown for a plug-in instrument: the file, its sha256, the render
    settings, and which plug-in parameter (and value per label) each column drives."""
    path = plugin_path(src)
    try:
        digest = f"sha256 `{plugin_digest(path)}`"
    except OSError:
        digest = "file not readable when this card was written"
    lines = [
        "## Plug-in",
        "",
        f"- File: `{src.path}` ({digest})",
        f"- Each clip: the fixed settings and the sampled values are set, the note is rendered "
        f"{1 + src.warmup_renders} times and the last render is kept (no state of earlier clips "
        f"leaks in); channels averaged to mono; gain {src.gain_db:+.1f} dB, then a memoryless "
        f"soft limiter above 0.9 (DawDreamer block size {src.block_size})",
        "",
        "| column | plug-in parameter | plug-in values (0-1) |",
        "|---|---|---|",
        *_param_rows(instrument, instrument.names),
    ]
    return "\n".join(lines) + "\n"


def preset_section(config: RenderConfig, stats: dict[str, Any]) -> str:
    """Markdown for a dataset whose test split is human presets: where they
    come from, the share of silent clips per split, and per parameter how the
    human labels differ from the random train labels (:func:`label_shift`)."""
    if config.presets is None:
        return ""
    inst = config.instrument
    rows = config.presets.rows(inst)
    random_rows = [s.settings for s in draw_many(inst, config.seed, range(config.n_train),
                                                 config.note_range)]
    shift = label_shift(inst, random_rows, [labels for _, labels in rows])
    silent = stats.get("silent_fraction_by_split", {})
    lines = [
        "## Human presets (the test split)",
        "",
        f"The test split is {config.presets.count} human presets read by the "
        f"`{config.presets.reader}` reader from `{config.presets.folder}` (rows digest "
        f"`{config.presets.sha256[:16]}...`); its `preset` column names each one "
        "`bank/name` (null in train). The train split is random patches, so the test "
        "measures how a model trained on random patches does on sounds people made.",
        "",
        "| split | rows | silent clips |",
        "|---|---|---|",
        f"| train (random) | {config.n_train} | {silent.get('train', float('nan')):.2%} |",
        f"| test (human) | {config.n - config.n_train} | {silent.get('test', float('nan')):.2%} |",
        "",
        "Per parameter, human against random labels: the total variation distance of "
        "the two distributions (0 = same, 1 = disjoint; knobs over 10 bins of 0-10), "
        "the means (sd) of knobs, and the most common human label of switches.",
        "",
        "| parameter | distance | random | human |",
        "|---|---|---|---|",
    ]
    for r in sorted(shift, key=lambda r: -r["distance"]):
        if r["kind"] == "knob":
            a = f"{r['random_mean']:.2f} ({r['random_sd']:.2f})"
            b = f"{r['human_mean']:.2f} ({r['human_sd']:.2f})"
        else:
            a = f"{r['human_top']}: {r['random_top_share']:.0%}"
            b = f"{r['human_top']}: {r['human_top_share']:.0%}"
        lines.append(f"| `{r['name']}` | {r['distance']:.2f} | {a} | {b} |")
    return "\n".join(lines) + "\n"


def dataset_card(config: RenderConfig, meta: dict[str, Any], stats: dict[str, Any]) -> str:
    """The whole ``README.md`` of a dataset folder."""
    inst = config.instrument
    header = yaml.safe_dump(yaml_header(config), sort_keys=False)
    shards = config.shards()
    notes = (f"{config.note_range[0]}-{config.note_range[1]} (uniform per sample)"
             if config.note_range else str(inst.note))
    others = "`notes` (the note events played), " if config.playing else ""
    played = (f"- Note: MIDI {notes}, velocity {inst.velocity}, held {inst.note_length} s"
              if config.playing is None else
              f"- Played: {config.playing.describe()}; around MIDI {notes}. Each row's "
              "`notes` column lists what was played: (pitch, velocity, start s, duration s) "
              "per note, which a MIDI file of it re-renders (`generators.model.midi.write_midi`)")
    what = ("one note" if config.playing is None else
            "a phrase of notes (the `Played` line below says which; the instrument's own "
            "description gives its single-note defaults)")
    fixed = json.dumps(inst.fixed, sort_keys=True) if inst.fixed else "none"
    versions = ", ".join(f"{k} {v}" for k, v in meta["versions"].items())
    return f"""---
{header}---

# Secret Sauce: `{inst.name}`

{inst.description}

Each row is {what} rendered from randomly sampled settings; the task is to
predict the settings back from the audio ("automatic sound programming").

{split_table(config)}

- Samples: {config.n} (train: ids 0-{config.n_train - 1}, test: the last {config.n - config.n_train})
- Audio: mono, {inst.sample_rate} Hz, 16-bit {config.audio_format.upper()}, {inst.clip_length} s
{played}
- Silent clips (peak < -60 dBFS, flagged `is_silent`, kept): {stats['silent_fraction']:.2%}
- Peak level: max {stats['peak_max']:.3f}, median {stats['peak_median']:.3f}

```python
from datasets import load_dataset
ds = load_dataset("path/or/hub-id")   # splits: train, test
```

## Parameters

Knobs are labelled on the 0-10 scale of their full MIDI domain (float32);
switches by their label string. Settings are drawn uniformly on each control's
MIDI grid (inside its window where it has one) by a generator seeded with
`(seed, id)` only. A parameter with a dependency is audible only when its
switch has one of the listed values (it is still sampled and stored; the
benchmark does not score it there).

{parameter_table(inst)}

Other columns: `id` (sample index), `audio` ({{bytes, path}}), `note` (MIDI
note), {others}`is_silent`, `peak` (max absolute sample).

## How it was rendered

- Instrument: `{inst.name}`, sampler `{inst.sampler}`, sound from the
  {source_text(inst)} (declaration in `instrument.json`)
- Fixed settings of the base patch (0-1 engine scale): `{fixed}`
- Seed {config.seed}, {len(shards)} shards of up to {config.shard_size} samples
- Versions: {versions}

{inst.design_notes}

{source_section(inst.source, inst)}
{preset_section(config, stats)}
## License

{LICENSE}

## Citation

```bibtex
{CITATION}
```
"""


def write_card(out: Path, config: RenderConfig) -> dict[str, Any]:
    """Write the dataset card of ``out`` once every shard is there; return the stats
    (:func:`~generators.dataset.stats.collect_stats`)."""
    stats = collect_stats(out, config.shards())
    write_text_atomic(out / "README.md", dataset_card(config, dataset_meta(config), stats))
    return stats
