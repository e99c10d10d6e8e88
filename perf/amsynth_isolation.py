"""Measure whether amsynth clips depend on the clips rendered before them.

``python perf/amsynth_isolation.py [--n 60] [--seeds 0 1 2]``

For each seed, draws ``n`` random patches of ``generators/plugins/specs/amsynth-full.yaml``
(every parameter varied, sync, noise and sample-and-hold included) and renders
them in order (A), in reverse order (B) and in order again after a shuffled
pass (A'), with two isolations of the same spec:

* ``warmup``: one plug-in instance, 2 warm-up renders before the kept one
  (the isolation of the older ``amsynth.yaml`` spec);
* ``fork``: every clip in a child forked from a never-played instance.

Prints, per isolation and seed, how many clips differ between the passes and
the wall time per clip; then checks that the settings the spec pins
(velocity sensitivities, portamento, keyboard mode, reverb width, key
tracking) change nothing for one note, middle C at velocity 127, (max abs sample difference).
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

import numpy as np

from generators.model.declaration import Instrument
from generators.plugins.host import PluginRenderer, captured_output
from generators.plugins.spec import load_spec
from generators.model.sampler import draw

SPEC = Path(__file__).resolve().parents[1] / "generators" / "plugins" / "specs" / "amsynth-full.yaml"


def with_isolation(inst: Instrument, isolation: str, warmups: int) -> Instrument:
    src = dataclasses.replace(inst.source, isolation=isolation, warmup_renders=warmups)
    return dataclasses.replace(inst, source=src)


def passes(renderer: PluginRenderer, inst: Instrument, seed: int, n: int) -> tuple[int, float]:
    """(clips that differ in any of the three passes, seconds per clip)."""
    samples = [draw(inst, seed, i) for i in range(n)]
    t0 = time.perf_counter()
    a = [renderer.render(s.settings, s.note) for s in samples]
    dt = (time.perf_counter() - t0) / n
    b = {s.id: renderer.render(s.settings, s.note) for s in reversed(samples)}
    order = np.random.default_rng(seed).permutation(n)
    for k in order:
        renderer.render(samples[k].settings, samples[k].note)
    a2 = [renderer.render(s.settings, s.note) for s in samples]
    differ = sum(not (np.array_equal(a[i], b[i]) and np.array_equal(a[i], a2[i])) for i in range(n))
    return differ, dt


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=60)
    p.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    args = p.parse_args()
    base = load_spec(SPEC)
    for isolation, warmups in (("warmup", 2), ("fork", 0)):
        inst = with_isolation(base, isolation, warmups)
        with captured_output():
            renderer = PluginRenderer(inst)
        for seed in args.seeds:
            differ, dt = passes(renderer, inst, seed, args.n)
            print(f"{isolation:6s} (warm-ups {warmups}) seed {seed}: {differ}/{args.n} clips differ "
                  f"between passes A, B, A'; {dt * 1000:.1f} ms/clip")
    with captured_output():
        renderer = PluginRenderer(base)
    pinned = {"amp_vel_sens": 0.0, "filter_vel_sens": 0.0, "portamento_time": 1.0,
              "portamento_mode": 1.0, "keyboard_mode": 0.5, "reverb_width": 0.0, "filter_kbd_track": 0.0}
    for key, other in pinned.items():
        worst = 0.0
        for i in range(20):
            s = draw(base, 99, i)
            ref = renderer.render(s.settings, s.note)
            alt_inst = dataclasses.replace(base, fixed=base.fixed | {key: other})
            alt = PluginRenderer.__new__(PluginRenderer)
            alt.__dict__.update(renderer.__dict__, instrument=alt_inst)
            worst = max(worst, float(np.abs(alt.render(s.settings, s.note) - ref).max()))
        print(f"pinned {key} = {base.fixed[key]:g} vs {other:g}: max abs difference over 20 "
              f"random patches {worst:.2e}")


if __name__ == "__main__":
    main()
