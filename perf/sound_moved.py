"""How far the built-in instruments' sound moved since a git revision.

    python perf/sound_moved.py --baseline-rev 240a8fb --n 200

For each built-in instrument, renders the same ``--n`` random patches (the
sampler's ids 0..n-1 of seed 0) twice: with the ``.dsp`` files of
``--baseline-rev`` through DawDreamer (how datasets were rendered then), and
with the current renderer (the compiled, portable C). Prints the median and
worst log-Mel L1 distance (dB, the benchmark's ``logmel_l1_db``) and the
largest sample difference (dBFS). For scale: 16-bit quantisation alone moves
a clip by about 0.04 dB, and the suite's audibility threshold is 1 dB.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

import numpy as np

from benchmark.metrics import AudioDistances
from generators.dsp.reference import control_values
from generators.model.declaration import FaustSource, Instrument
from generators.instruments import BUILTIN
from generators.sources.renderers import make_renderer
from generators.model.sampler import draw


def old_renderer(instrument: Instrument, dsp_folder: Path):
    """A function rendering ``settings`` with the old ``.dsp`` in DawDreamer."""
    import dawdreamer as daw

    assert isinstance(instrument.source, FaustSource)
    engine = daw.RenderEngine(instrument.sample_rate, 2048)
    synth = engine.make_faust_processor("synth")
    synth.num_voices = 0
    synth.faust_libraries_paths = [str(dsp_folder)]
    synth.set_dsp_string((dsp_folder / instrument.source.dsp).read_text())
    synth.compile()
    engine.load_graph([(synth, [])])
    paths = {d["label"]: d["name"] for d in synth.get_parameters_description()}

    def render(settings: dict, note: int) -> np.ndarray:
        for name, value in control_values(instrument, settings, note).items():
            synth.set_parameter(paths[name], value)
        engine.render(instrument.clip_length)
        return engine.get_audio()[0, : instrument.n_samples].astype(np.float32)

    return render


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline-rev", required=True, help="git revision of the old .dsp files")
    ap.add_argument("--n", type=int, default=200, help="random patches per instrument (200)")
    ap.add_argument("--instruments", default="noisemaker,moog,guitar",
                    help="comma-separated built-in names (light variants share these DSPs)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        listing = subprocess.run(["git", "ls-tree", "--name-only", args.baseline_rev,
                                  "generators/dsp/"], capture_output=True, text=True, check=True)
        for path in listing.stdout.split():
            if path.endswith((".dsp", ".lib")):
                blob = subprocess.run(["git", "show", f"{args.baseline_rev}:{path}"],
                                      capture_output=True, text=True, check=True).stdout
                (folder / Path(path).name).write_text(blob)
        print(f"{'instrument':12s} {'median dB':>9s} {'worst dB':>9s} {'max diff dBFS':>14s}")
        for name in args.instruments.split(","):
            inst = BUILTIN[name]
            old, new = old_renderer(inst, folder), make_renderer(inst)
            samples = [draw(inst, 0, i) for i in range(args.n)]
            a = np.stack([old(s.settings, s.note) for s in samples])
            b = np.stack([new.render(s.settings, s.note) for s in samples])
            dist = AudioDistances(inst.sample_rate)(a, b)["logmel_l1_db"]
            peak = 20 * np.log10(max(float(np.abs(a - b).max()), 1e-12))
            print(f"{name:12s} {np.median(dist):9.3f} {dist.max():9.3f} {peak:14.1f}")


if __name__ == "__main__":
    main()
