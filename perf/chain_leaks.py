"""Which effect plug-ins keep state between renders, and what resets it.

    python perf/chain_leaks.py            # zam-plugins + dpf-plugins-vst in /usr/lib/vst

For each effect after the Kars source (seeded ``rand()``, so the source itself
is history-free): render a clip A, then a clip B with longer tails / more
drive, then A again, and print max |A1 - A2| for each reset strategy: none,
1 and 4 warm-up renders of A, a silent flush render (with the effect's flush
values), and a fresh plug-in instance per clip. 0 means bit-identical. The
README's table under *Effect chains* comes from this script.
"""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import Any

import numpy as np

from generators.plugins.host import captured_output

VST = Path("/usr/lib/vst")
SR = 22050
# effect -> (A settings, B settings, flush settings), by parameter index
CASES: dict[str, tuple[dict[int, float], dict[int, float], dict[int, float]]] = {
    "ZamEQ2": ({0: 0.9, 2: 0.1}, {0: 0.0, 2: 0.5}, {}),
    "ZamDelay": ({1: 0.05, 7: 0.3}, {1: 0.01, 7: 0.99}, {7: 0.0}),
    "ZamTube": ({0: 0.3}, {0: 1.0}, {0: 0.0, 5: 0.0}),
    "MVerb": ({3: 0.5}, {3: 1.0}, {3: 0.0}),
    "MaFreeverb": ({0: 0.5}, {0: 0.99}, {0: 0.0, 2: 0.0}),
    "MaGigaverb": ({1: 0.02, 2: 0.2}, {1: 0.5, 2: 0.6, 5: 0.8}, {1: 0.0}),
}


def leak(effect: str, strategy: str, flush_s: float = 1.0) -> float:
    """max |A1 - A2| of A, B, A through Kars -> ``effect`` under ``strategy``
    (``none``, ``warmup1``, ``warmup4``, ``flush``, ``fresh``)."""
    import dawdreamer as daw

    libc = ctypes.CDLL(None)
    engine = daw.RenderEngine(SR, 512)
    with captured_output():
        kars = engine.make_plugin_processor("kars", str(VST / "Kars-vst.so"))
    kars.set_parameter(2, 0.35)
    a_set, b_set, flush = CASES[effect]
    state: dict[str, Any] = {}

    def load() -> None:
        with captured_output():
            fx = engine.make_plugin_processor("fx", str(VST / f"{effect}-vst.so"))
        engine.load_graph([(kars, []), (fx, ["kars"] * max(1, fx.get_num_input_channels()))])
        state["fx"] = fx

    load()
    if strategy == "fresh":
        load()  # never the first instance of the process (see generators/plugins/chain.py)

    def render(settings: dict[int, float]) -> np.ndarray:
        if strategy == "fresh":
            load()
        fx = state["fx"]
        kars.clear_midi()
        if strategy == "flush":
            for i, v in flush.items():
                fx.set_parameter(i, v)
            engine.render(flush_s)
        for i, v in settings.items():
            fx.set_parameter(i, v)
        kars.add_midi_note(60, 120, 0.0, 0.67)
        warmups = {"warmup1": 1, "warmup4": 4}.get(strategy, 0)
        for _ in range(1 + warmups):
            libc.srand(1)
            engine.render(0.9)
        return np.asarray(engine.get_audio(), dtype=np.float32).copy()

    a1 = render(a_set)
    render(b_set)
    return float(np.abs(render(a_set) - a1).max())


def main() -> None:
    strategies = ("none", "warmup1", "warmup4", "flush", "fresh")
    print(f"{'effect':12s} " + " ".join(f"{s:>9s}" for s in strategies))
    for effect in CASES:
        row = [leak(effect, s) for s in strategies]
        print(f"{effect:12s} " + " ".join(f"{v:9.1e}" for v in row))


if __name__ == "__main__":
    main()
