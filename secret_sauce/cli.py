"""``secret-sauce <verb> [options]``: every command of the suite under one name.

Each verb runs the ``main`` of one module, the same as ``python -m <module>`` (which keeps
working), with its own ``--help``. The verb table below is plain data, so
``secret-sauce --help`` and an unknown verb answer without importing any layer.
"""

from __future__ import annotations

import difflib
import importlib
import sys
from typing import NamedTuple, NoReturn
from collections.abc import Sequence


class Verb(NamedTuple):
    """One command: the module whose ``main(argv)`` it runs, and what it does (one line)."""

    module: str
    summary: str


GROUPS: dict[str, dict[str, Verb]] = {
    "datasets": {
        "render": Verb("generators.render", "render a dataset of random patches (or a named benchmark)"),
        "tour": Verb("generators.tour", "listen to an instrument: each parameter swept, with spectrograms"),
        "spec": Verb("generators.plugin_spec", "write or check a plug-in spec file"),
        "publish": Verb("generators.publish", "upload a dataset folder to the Hugging Face Hub"),
        "codegen": Verb("generators.dsp_codegen", "regenerate the built-in instruments' C from Faust"),
    },
    "benchmark": {
        "benchmarks": Verb("benchmark.configs", "list the named benchmarks and their fingerprints"),
        "features": Verb("benchmark.features", "compute and cache a dataset's features"),
        "run": Verb("benchmark.run", "run a model module on a dataset split, write its predictions"),
        "validate": Verb("benchmark.validate", "check a predictions file against a dataset"),
        "score": Verb("benchmark.score", "score a predictions file (parameters and audio)"),
        "metrics": Verb("benchmark.metrics", "rewrite the README's metric table from the registry"),
    },
    "baselines": {
        "baselines": Verb("baselines.run", "train and score a reference model on a dataset"),
        "reproduce": Verb("baselines.reproduce", "run every baseline and write RESULTS.md"),
        "scale": Verb("baselines.scale", "the learning curve: models trained on growing datasets"),
        "stream": Verb("baselines.stream", "render a training set for a benchmark"),
        "presets-gap": Verb("baselines.presets_gap", "how much worse the baselines do on human presets"),
        "phrases-gap": Verb("baselines.phrases_gap", "the baselines on phrases against single notes"),
        "match": Verb("baselines.match", "find the settings that make your sound (audio files in)"),
        "ood": Verb("baselines.ood", "score a saved model on real instrument notes (gm-ood-v1)"),
    },
    "leaderboard": {
        "submit": Verb("leaderboard.submit", "score and record predictions or a model on the board"),
        "verify": Verb("leaderboard.verify", "re-score every entry and compare"),
        "board": Verb("leaderboard.board", "write the board's Markdown and web page"),
        "evaluate": Verb("leaderboard.evaluate", "run model entries on the hidden test splits (maintainers)"),
        "hidden": Verb("leaderboard.hidden", "create the hidden splits' secret and pin them (maintainers)"),
        "import-baselines": Verb("leaderboard.import_baselines", "the baselines' runs as entries"),
    },
}
VERBS: dict[str, Verb] = {name: verb for group in GROUPS.values() for name, verb in group.items()}


def usage() -> str:
    """The text of ``secret-sauce --help``: every verb with its one line, by layer."""
    width = max(map(len, VERBS)) + 2
    lines = ["usage: secret-sauce <verb> [options]    (secret-sauce <verb> --help for its options)",
             "", "Data generation and benchmarks for automatic sound programming.", ""]
    for group, verbs in GROUPS.items():
        lines.append(f"{group}:")
        lines += [f"  {name:<{width}}{verb.summary}  [python -m {verb.module}]"
                  for name, verb in verbs.items()]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Run ``secret-sauce VERB ARGS``: the verb's module's ``main(ARGS)``, exiting with its code
    (2 with one ``error:`` line for an unknown verb)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(usage(), end="")
        sys.exit(0 if args else 2)
    name, rest = args[0], args[1:]
    verb = VERBS.get(name)
    if verb is None:
        close = difflib.get_close_matches(name, VERBS, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        print(f"error: unknown verb {name[:40]!r}{hint}; secret-sauce --help lists them",
              file=sys.stderr)
        sys.exit(2)
    from generators.core.cli import INVOKED_AS, exit_with, run_cli

    INVOKED_AS[f"python -m {verb.module}"] = f"secret-sauce {name}"
    module = importlib.import_module(verb.module)
    exit_with(run_cli(module.main, rest))
