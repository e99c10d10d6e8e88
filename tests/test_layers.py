"""Layers import downward only, and no package has an import cycle.

Every module of the four packages is parsed with :mod:`ast`; every import
counts, at module level or inside a function (``import a.b``, ``from a import
b``, ``from . import b``, ``from ..b import c``). The layers, lowest first::

    generators -> benchmark -> baselines -> leaderboard

A module may import its own package and the ones below it, never one above;
and the modules of one package form no import cycle (an import inside a
function that closes a cycle is a cycle hidden, not one removed).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("generators", "benchmark", "baselines", "leaderboard")
"""The packages, lowest layer first."""


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


def test_every_package_is_parsed() -> None:
    assert {m.split(".")[0] for m in MODULES} == set(LAYERS)
    assert "generators.instruments.guitar" in MODULES


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
