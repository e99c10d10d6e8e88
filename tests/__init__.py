"""The test suite. Its folders mirror the packages (issue 22):

- a module that tests one top package lives in the folder of that package:
  ``tests/benchmark/``, ``tests/baselines/``, ``tests/leaderboard/``, ``tests/secret_sauce/``,
  ``tests/generators/``;
- under ``tests/generators/`` a subpackage gets its own folder (``core/``, ``model/``,
  ``instruments/``, ``plugins/``, ``render/``) only once it has 3 or more test modules; the
  others (``dsp``, ``dataset``, the generators' hostile inputs) sit in ``tests/generators/``;
- a module that spans several top packages, or the repository as a whole, stays at ``tests/``:
  the layer check, the README/docs commands, the error root, and the hostile-input suites that
  run the commands of several packages;
- shared helpers (``conftest.py``, ``hostile.py``, ``procs.py``, ``sound.py``,
  ``benchmark_data.py``, ``leaderboard_data.py``) stay at ``tests/`` and are imported as
  ``tests.x``; every folder is a package (``__init__.py``). A test module that needs the
  repository root counts its own depth (``Path(__file__).resolve().parents[N]``).
"""
