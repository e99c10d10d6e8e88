"""The kill soak's process helpers (``perf/kill_soak.py``) for the tests.

A render started with ``start_render`` leads its own process group (pgid =
its pid); its workers and multiprocessing's resource tracker join that group
and keep it after the parent dies (they are re-parented, so a walk by parent
pid would lose them). Zombies count as gone.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

if "kill_soak" not in sys.modules:  # perf/ is a folder of scripts, not a package
    _spec = importlib.util.spec_from_file_location("kill_soak",
                                                   ROOT / "perf" / "kill_soak.py")
    sys.modules["kill_soak"] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(sys.modules["kill_soak"])

from kill_soak import (  # noqa: E402 (perf/ is loaded as a module just above)
    ORPHAN_LIMIT_S,
    cmdline,
    kill,
    kill_group,
    soak,
    start_render,
    wait_gone,
)

from generators.core.lifeline import group_members, proc_table, subtree  # noqa: E402 (after kill_soak)

__all__ = ["ORPHAN_LIMIT_S", "ROOT", "cmdline", "group_members", "kill", "kill_group",
           "proc_table", "soak", "start_render", "subtree", "wait_gone"]
