"""The README's commands run, its links and the docs' links resolve, the docs site lists every page.

``test_readme_commands_run`` runs every line of the README's ```bash blocks that invokes
``python -m X`` or ``secret-sauce``, in order and in one temporary folder (later commands read
what earlier ones wrote), as a user would but cheaply:

- ``pip install ...`` steps are skipped (the suite runs in the installed package), and so is
  ``python -m pytest`` (this suite itself);
- ``--n N`` becomes ``--n 8`` (``--n 100000`` would take minutes);
- the working folder is a ``tmp_path`` with ``PYTHONPATH`` at the repository, so relative
  ``--out`` folders land there and nothing in the checkout changes;
- ``secret-sauce`` lines run the entry point this checkout's ``pyproject.toml`` declares for
  ``secret-sauce`` (not whichever ``secret-sauce`` is first on ``PATH``, which may be another
  checkout's), and are skipped, with a message, while it declares none.
"""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCS = ROOT / "docs"


def bash_blocks(text: str) -> list[str]:
    """The lines of the ```bash blocks, continuation lines joined, comments dropped."""
    lines: list[str] = []
    for block in re.findall(r"^```bash\n(.*?)^```", text, flags=re.M | re.S):
        joined = block.replace("\\\n", " ")
        for line in joined.splitlines():
            line = re.sub(r"\s+#.*$", "", line).strip()
            if line and not line.startswith("#"):
                lines.append(line)
    return lines


def commands(text: str) -> list[list[str]]:
    """The commands to run: each ``&&`` step that is ``python -m X`` or ``secret-sauce``, cheap."""
    out = []
    for line in bash_blocks(text):
        for step in line.split("&&"):
            argv = shlex.split(step)
            if not argv or argv[0] == "pip":  # installing is the user's set-up, not run here
                continue
            if argv[:3] == ["python", "-m", "pytest"]:  # this suite itself
                continue
            if argv[:2] != ["python", "-m"] and argv[0] != "secret-sauce":
                continue
            argv = [("8" if i > 0 and argv[i - 1] == "--n" else a) for i, a in enumerate(argv)]
            out.append(argv)
    return out


def entry_point(name: str) -> list[str] | None:
    """``[python, -c, ...]`` running ``name``'s ``[project.scripts]`` entry, or None."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"].get("scripts", {})
    if name not in scripts:
        return None
    module, func = scripts[name].split(":")
    return [sys.executable, "-c", f"import sys; sys.argv[0] = {name!r}; "
            f"from {module} import {func}; sys.exit({func}())"]


def test_readme_has_commands_to_run() -> None:
    cmds = commands(README.read_text(encoding="utf-8"))
    assert any(c[:3] == ["python", "-m", "generators.render"] for c in cmds)
    assert ["python", "-m", "generators.render", "--n", "8"] in cmds  # the quick start's


def test_readme_commands_run(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT)] + ([os.environ["PYTHONPATH"]] if os.environ.get("PYTHONPATH") else []))}
    skipped, timings = [], []
    for argv in commands(README.read_text(encoding="utf-8")):
        if argv[0] == "secret-sauce":
            entry = entry_point("secret-sauce")
            if entry is None:
                skipped.append(shlex.join(argv))
                continue
            argv = entry + argv[1:]
        else:
            argv = [sys.executable] + argv[1:]
        t0 = time.monotonic()
        r = subprocess.run(argv, cwd=tmp_path, env=env, capture_output=True, text=True,
                           timeout=300)
        timings.append((time.monotonic() - t0, shlex.join(argv[1:])))
        assert r.returncode == 0, (f"{shlex.join(argv)} exited {r.returncode}:\n"
                                   f"{r.stdout[-2000:]}\n{r.stderr[-2000:]}")
    print("\n".join(f"{s:6.1f} s  {c}" for s, c in timings))
    if skipped:
        print("no secret-sauce entry point in pyproject.toml yet, skipped:", *skipped, sep="\n  ")


def test_readme_is_short() -> None:
    n = len(README.read_text(encoding="utf-8").splitlines())
    assert n <= 250, f"README.md has {n} lines; the rest belongs in docs/"


def relative_links(text: str) -> list[str]:
    """The targets of Markdown links and images that are neither URLs nor in-page anchors."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.M | re.S)  # not in code blocks
    text = re.sub(r"`[^`\n]*`", "", text)  # nor in inline code
    targets = re.findall(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)", text)
    return [t for t in targets if not re.match(r"^([a-z][a-z0-9+.-]*:|#)", t)]


def markdown_files() -> list[Path]:
    return [README] + sorted(DOCS.rglob("*.md"))


@pytest.mark.parametrize("page", markdown_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(page: Path) -> None:
    missing = []
    for target in relative_links(page.read_text(encoding="utf-8")):
        path = target.split("#", 1)[0]
        if not (page.parent / path).exists():
            missing.append(target)
    assert not missing, f"{page.relative_to(ROOT)} links to missing files: {missing}"


def nav_pages(nav) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [p for item in nav for p in nav_pages(item)]
    if isinstance(nav, dict):
        return [p for v in nav.values() for p in nav_pages(v)]
    return []


def test_mkdocs_nav_lists_every_page() -> None:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    listed = set(nav_pages(config["nav"]))
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert pages - listed == set(), f"pages missing from mkdocs.yml's nav: {sorted(pages - listed)}"
    assert listed - pages == set(), f"nav entries without a page: {sorted(listed - pages)}"
