"""Layers import downward only, and no package has an import cycle.

Every module of the five packages is parsed with :mod:`ast`; every import
counts, at module level or inside a function (``import a.b``, ``from a import
b``, ``from . import b``, ``from ..b import c``). The layers, lowest first::

    generators -> benchmark -> baselines -> leaderboard -> secret_sauce

(``secret_sauce`` is the ``secret-sauce <verb>`` command, which names the others' modules.)

A module may import its own package and the ones below it, never one above;
and the modules of one package form no import cycle (an import inside a
function that closes a cycle is a cycle hidden, not one removed).

Inside ``generators`` the subpackages are layers too, lowest first::

    core -> model -> instruments -> dsp -> plugins -> synths -> sources -> dataset -> benchmarks -> render

(``generators/benchmarks.py`` is one module). The package root
``generators/__init__.py`` counts as ``core`` (it only installs the Ctrl-C hook of
``generators.core.cli``); the ``python -m`` shims left in ``generators/`` for the
README's commands (:data:`SHIMS`) sit above ``render``. No other module sits
directly in ``generators/``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("generators", "benchmark", "baselines", "leaderboard", "secret_sauce")
"""The packages, lowest layer first."""
INNER = ("core", "model", "instruments", "dsp", "plugins", "synths", "sources", "dataset", "benchmarks",
         "render", "stream")
"""The layers inside ``generators``, lowest first."""
SHIMS = {"tour": "generators.render.tour", "publish": "generators.dataset.publish",
         "plugin_spec": "generators.plugins.spec", "dsp_codegen": "generators.dsp.codegen"}
"""``python -m generators.<shim>`` (the README's commands) -> the module that runs."""


def module_name(path: Path) -> str:
    """``generators/instruments/__init__.py`` -> ``generators.instruments``."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {module_name(p): p for pkg in LAYERS
                            for p in sorted((ROOT / pkg).rglob("*.py"))}


def _resolve(name: str) -> str | None:
    """The project module ``name`` stands for: itself, or the nearest enclosing
    package that is one (``generators.model.config.X`` -> ``generators.model.config``)."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_in(text: str, module: str, is_package: bool = False) -> list[tuple[str, int, str]]:
    """The project modules the source ``text`` of ``module`` imports, anywhere in it
    (functions included): ``(target, line, source text)``, once per target and line."""
    tree = ast.parse(text)
    package = module if is_package else module.rpartition(".")[0]
    found: dict[tuple[str, int], str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            # ``from pkg import mod`` imports the module ``pkg.mod`` (else a name of ``pkg``)
            names = [f"{stem}.{a.name}" if f"{stem}.{a.name}" in MODULES else stem
                     for a in node.names]
        else:
            continue
        source = " ".join((ast.get_source_segment(text, node) or "").split())
        for name in names:
            target = _resolve(name)
            if target is not None and target != module:
                found[(target, node.lineno)] = source
    return [(t, line, src) for (t, line), src in sorted(found.items(), key=lambda kv: kv[0][1])]


def imports(module: str) -> list[tuple[str, int, str]]:
    """The project modules ``module`` imports (see :func:`imports_in`)."""
    path = MODULES[module]
    return imports_in(path.read_text(), module, path.name == "__init__.py")


def layer(module: str) -> int:
    return LAYERS.index(module.split(".")[0])


def inner_layer(module: str) -> int:
    """The layer inside ``generators`` of the module ``generators...`` (see the docstring)."""
    parts = module.split(".")
    if len(parts) == 1:
        return 0
    if parts[1] in SHIMS:
        return len(INNER)
    return INNER.index(parts[1])


GENERATORS = sorted(m for m in MODULES if m.split(".")[0] == "generators")


@pytest.mark.parametrize("module", GENERATORS)
def test_generators_imports_go_downward(module: str) -> None:
    own = INNER[min(inner_layer(module), len(INNER) - 1)]
    upward = [f"{MODULES[module].relative_to(ROOT)}:{line} imports {target} (layer "
              f"{INNER[inner_layer(target)]} is above {own}): {src}"
              for target, line, src in imports(module)
              if target.split(".")[0] == "generators" and inner_layer(target) > inner_layer(module)]
    assert not upward, "\n".join(upward)


def test_generators_holds_only_its_layers() -> None:
    """Every module is in a layer's package, but for the root, ``benchmarks.py``, the shims
    and the compiled extension (``generators._dsp``)."""
    allowed = {"__init__.py", "benchmarks.py", *(f"{shim}.py" for shim in SHIMS)}
    stray = [p.name for p in (ROOT / "generators").iterdir() if p.is_file()
             and p.name not in allowed and not (p.name.startswith("_dsp.") and p.suffix in (".so", ".pyd"))]
    assert not stray, f"modules directly in generators/: {stray} (move each into its layer's package)"
    packages = {p.name for p in (ROOT / "generators").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert packages == set(INNER) - {"benchmarks"}
    assert all((ROOT / "generators" / p / "__init__.py").is_file() for p in packages)


@pytest.mark.parametrize("shim", sorted(SHIMS))
def test_shims_run_the_moved_command(shim: str) -> None:
    """Each shim imports only its command's module and runs its ``main``."""
    assert [t for t, _, _ in imports(f"generators.{shim}")] == ["generators.core.cli", SHIMS[shim]]


def test_subpackages_export_what_they_list_and_import_lightly() -> None:
    """``from generators.dataset import ShardWriter`` works for every name of a layer's
    ``__all__``, and importing a layer's package imports none of its modules' libraries."""
    code = ("import sys, importlib\n"
            f"for p in {[p for p in INNER if p not in ('benchmarks', 'instruments')]!r}:\n"
            "    importlib.import_module('generators.' + p)\n"
            "heavy = sorted(m for m in ('numpy', 'pyarrow', 'pandas', 'datasets', 'torch', 'dawdreamer')"
            " if m in sys.modules)\n"
            "assert not heavy, heavy\n"
            f"for p in {[p for p in INNER if p not in ('benchmarks', 'instruments')]!r}:\n"
            "    m = importlib.import_module('generators.' + p)\n"
            "    assert m.__doc__ and m.__all__, p\n"
            "    for name in m.__all__:\n"
            "        getattr(m, name)\n")
    import subprocess
    import sys
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert res.returncode == 0, res.stderr


def test_every_package_is_parsed() -> None:
    assert {m.split(".")[0] for m in MODULES} == set(LAYERS)
    assert "generators.instruments.guitar" in MODULES
    assert {m.split(".")[1] for m in GENERATORS if "." in m} == set(INNER) | set(SHIMS)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_go_downward(module: str) -> None:
    upward = [f"{MODULES[module].relative_to(ROOT)}:{line} imports {target} "
              f"(layer {target.split('.')[0]} is above {module.split('.')[0]}): {src}"
              for target, line, src in imports(module) if layer(target) > layer(module)]
    assert not upward, "\n".join(upward)


def _cycles(package: str) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    graph = {m: sorted({t for t, _, _ in imports(m) if t.split(".")[0] == package})
             for m in MODULES if m.split(".")[0] == package}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return out


@pytest.mark.parametrize("package", LAYERS)
def test_no_import_cycle(package: str) -> None:
    problems = []
    for comp in _cycles(package):
        members = set(comp)
        edges = [f"  {MODULES[m].relative_to(ROOT)}:{line}: {src}"
                 for m in comp for t, line, src in imports(m) if t in members]
        problems.append(f"cycle between {', '.join(comp)}:\n" + "\n".join(edges))
    assert not problems, "\n".join(problems)


def test_the_parser_sees_every_import_form() -> None:
    """Function-local, relative (``from . import mod``, ``from ..mod import x``) and absolute
    imports all count, so a cycle or an upward import cannot hide from the checks."""
    text = (
        "import numpy\n"
        "from . import audio\n"
        "from ..model.declaration import Instrument\n"
        "def f():\n"
        "    from benchmark.configs import check_dataset\n"
        "    import leaderboard.store\n"
        "    if True:\n"
        "        from .spectral import mel\n"
    )
    found = imports_in(text, "generators.instruments.guitar")
    assert [(t, line) for t, line, _ in found] == [
        ("generators.instruments", 2), ("generators.model.declaration", 3), ("benchmark.configs", 5),
        ("leaderboard.store", 6), ("generators.instruments", 8)]
    found = imports_in(text, "generators.core.reading")
    assert [t for t, _, _ in found] == [
        "generators.core.audio", "generators.model.declaration", "benchmark.configs", "leaderboard.store",
        "generators.core.spectral"]
    assert found[2][2] == "from benchmark.configs import check_dataset"
    assert imports_in("from ...outside import x\n", "generators.core.reading") == []  # outside the project
