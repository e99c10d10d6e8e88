"""``python -m leaderboard.hidden``: the hidden test splits, their secret and their pins.

A benchmark's hidden split is its instrument and sampler rendered from a
secret seed: as many clips as its public test split, all of them test
(``train=0``). The seed comes from a maintainer's secret that is never
committed::

    seed = int(sha256("secret-sauce/hidden-seed\\0" + secret + "\\0" + benchmark))

(63 bits: too many to try, though the split's digest is public). What is
committed is ``leaderboard/hidden.json`` (:data:`PINS`): the hash of the secret
(:func:`secret_hash`, with its own domain prefix) and, per benchmark, the size
and the digest of the hidden split (:func:`generators.dataset.stats.split_digest`),
so anyone can check later that neither changed.

The secret is read from ``--secret FILE``, else the environment variable
:data:`SECRET_ENV` (the secret itself), else :data:`DEFAULT_SECRET`
(``~/.secret-sauce/hidden-secret``). A secret file inside a git work tree is
refused. Commands::

    python -m leaderboard.hidden init                 # create the secret (mode 0600)
    python -m leaderboard.hidden pin --benchmark noisemaker_light-v2 ...
    python -m leaderboard.hidden check                # the secret is the pinned one

Benchmarks without a hidden split: those whose test split is a fixed set (human
presets) or a grid (every setting once), where a secret seed draws nothing new.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import secrets
import subprocess
from dataclasses import replace
from datetime import datetime, UTC
from pathlib import Path
from typing import Any
from collections.abc import Sequence

from benchmark.errors import run_cli
from generators.benchmarks import Benchmark, get_benchmark
from generators.core.atomic import write_json_atomic
from generators.core.cli import ArgumentParser, exit_with
from generators.dataset.stats import split_digest
from generators.model.config import RenderConfig
from generators.render.job import render_dataset

from .store import LeaderboardError

PINS = Path(__file__).resolve().parent / "hidden.json"
"""The committed pins: ``{"schema", "secret_sha256", "benchmarks": {name: {"n", "digest"}}}``."""
PINS_SCHEMA = "secret-sauce/hidden-pins"
SECRET_ENV = "SECRET_SAUCE_HIDDEN_SECRET"
DEFAULT_SECRET = Path("~/.secret-sauce/hidden-secret")
DEFAULT_CACHE = Path("~/.cache/secret-sauce/hidden")
"""Where hidden splits are rendered (outside the repository)."""
SECRET_DOMAIN = b"secret-sauce/hidden-secret\0"
SEED_DOMAIN = b"secret-sauce/hidden-seed\0"


class HiddenError(LeaderboardError):
    """The hidden split cannot be made or does not match its pin."""


# ------------------------------------------------------------------- secret
def secret_hash(secret: str) -> str:
    """The committed hash of ``secret`` (sha256 with a domain prefix, hex)."""
    return hashlib.sha256(SECRET_DOMAIN + secret.encode("utf-8")).hexdigest()


def hidden_seed(secret: str, benchmark: str) -> int:
    """The secret seed of ``benchmark``'s hidden split: 63 bits (a dataset seed is a
    non-negative 64-bit integer), so finding it by rendering candidates is out of reach."""
    digest = hashlib.sha256(SEED_DOMAIN + secret.encode("utf-8") + b"\0"
                            + benchmark.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "little") >> 1


def _in_git_tree(path: Path) -> bool:
    try:
        r = subprocess.run(["git", "-C", str(path.parent), "rev-parse", "--is-inside-work-tree"],
                           capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return r.returncode == 0 and r.stdout.strip() == "true"


def secret_file(path: Path | None = None) -> Path:
    """``path``, or :data:`DEFAULT_SECRET`, expanded."""
    return Path(path or DEFAULT_SECRET).expanduser()


def read_secret(path: Path | None = None) -> str:
    """The maintainer's secret (see the module docs; raises :class:`HiddenError`)."""
    if path is None and os.environ.get(SECRET_ENV):
        return os.environ[SECRET_ENV].strip()
    p = secret_file(path)
    if _in_git_tree(p.resolve()):
        raise HiddenError(f"secret file {p} is inside a git work tree; keep it outside any "
                          "repository (e.g. ~/.secret-sauce/hidden-secret)")
    try:
        text = p.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise HiddenError(f"no secret: {p} does not exist and {SECRET_ENV} is not set "
                          "(maintainers only: python -m leaderboard.hidden init)") from None
    except OSError as e:
        raise HiddenError(f"secret file {p} cannot be read ({e.strerror})") from None
    if len(text) < 32:
        raise HiddenError(f"secret in {p} is {len(text)} characters long; use at least 32 "
                          "(python -m leaderboard.hidden init makes one)")
    return text


def create_secret(path: Path | None = None) -> Path:
    """Write a new random secret (64 hex digits) to ``path``, mode 0600; refuse to replace one."""
    p = secret_file(path)
    if p.exists():
        raise HiddenError(f"{p} exists: refusing to replace a secret (the pins depend on it)")
    p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if _in_git_tree(p.parent.resolve()):
        raise HiddenError(f"{p} is inside a git work tree; keep the secret outside any repository")
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(secrets.token_hex(32) + "\n")
    return p


# ------------------------------------------------------------------- splits
def hidden_problem(bench: Benchmark) -> str | None:
    """Why ``bench`` has no hidden split, or ``None``."""
    if bench.presets is not None and bench.test == "presets":
        return (f"{bench.name}: its test split is a fixed set of human presets, so a secret "
                "seed draws nothing new")
    config = bench.config()
    if config.instrument.sampler == "grid":
        return (f"{bench.name}: its sampler is a grid (every setting once), so a secret seed "
                "draws the same clips")
    return None


def hidden_config(bench: Benchmark, secret: str) -> RenderConfig:
    """The render config of ``bench``'s hidden split: its instrument, sampler and render
    settings, the secret seed, as many clips as its public test split, all test."""
    problem = hidden_problem(bench)
    if problem:
        raise HiddenError(f"no hidden split: {problem}")
    public = bench.config()
    n = public.n - public.n_train
    return replace(public, seed=hidden_seed(secret, bench.name), n=n, train=0, presets=None,
                   shard_size=min(public.shard_size, n))


def read_pins(path: Path = PINS) -> dict[str, Any]:
    """The pins document (an empty one when ``path`` does not exist)."""
    if not path.exists():
        return {"schema": PINS_SCHEMA, "secret_sha256": None, "benchmarks": {}}
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise HiddenError(f"{path} is not readable JSON ({e})") from None
    if not isinstance(doc, dict) or doc.get("schema") != PINS_SCHEMA:
        raise HiddenError(f"{path} is not a {PINS_SCHEMA} document")
    return doc


def check_secret(secret: str, pins: dict[str, Any], where: Path = PINS) -> None:
    """Refuse a secret whose hash is not the pinned one."""
    pinned = pins.get("secret_sha256")
    if pinned and pinned != secret_hash(secret):
        raise HiddenError(f"the secret's hash {secret_hash(secret)[:16]}... is not the one "
                          f"pinned in {where} ({pinned[:16]}...): wrong secret")


def cache_folder(bench: Benchmark, secret: str, cache: Path | None = None) -> Path:
    """Where ``bench``'s hidden split is rendered (outside the repository)."""
    return Path(cache or DEFAULT_CACHE).expanduser() / f"{bench.name}-{secret_hash(secret)[:12]}"


def render_hidden(benchmark: str, secret: str, cache: Path | None = None,
                  pins: Path = PINS, workers: int = 1, progress: bool = True,
                  pinned: bool = True) -> tuple[Path, str]:
    """Render (or reuse) ``benchmark``'s hidden split; return its folder and digest.

    Args:
        pinned: require a pin and refuse a split whose digest differs from it.

    Raises:
        HiddenError: no hidden split, no pin, wrong secret, or a digest that is not the pin.
    """
    bench = get_benchmark(benchmark)
    doc = read_pins(pins)
    check_secret(secret, doc, pins)
    pin = doc.get("benchmarks", {}).get(benchmark)
    if pinned and not pin:
        raise HiddenError(f"{benchmark}: no hidden split pinned in {pins} (maintainers: python "
                          f"-m leaderboard.hidden pin --benchmark {benchmark})")
    config = hidden_config(bench, secret)
    folder = cache_folder(bench, secret, cache)
    folder.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    render_dataset(config, folder, workers=max(1, workers), progress=progress)
    digest = split_digest(folder, "test")
    if pinned and (pin.get("digest") != digest or int(pin.get("n", -1)) != config.n):
        raise HiddenError(
            f"{benchmark}: the hidden split rendered here ({config.n} clips, digest "
            f"{digest[:16]}...) is not the pinned one ({pin.get('n')} clips, "
            f"{str(pin.get('digest'))[:16]}...): refusing to score on it")
    return folder, digest


def pin(benchmarks: Sequence[str], secret: str, pins: Path = PINS, cache: Path | None = None,
        workers: int = 1, progress: bool = True, replace_pins: bool = False) -> dict[str, Any]:
    """Render each benchmark's hidden split and write its size and digest to ``pins``."""
    doc = read_pins(pins)
    if doc.get("secret_sha256") and doc["secret_sha256"] != secret_hash(secret):
        if not replace_pins:
            raise HiddenError(f"{pins} pins another secret ({doc['secret_sha256'][:16]}...); "
                              "pass --replace to start over with this one (every hidden "
                              "score must then be re-evaluated)")
        doc = {"schema": PINS_SCHEMA, "secret_sha256": None, "benchmarks": {}}
    problems = [p for b in benchmarks if (p := hidden_problem(get_benchmark(b)))]
    if problems:
        raise HiddenError(*(f"no hidden split: {p}" for p in problems))
    doc["secret_sha256"] = secret_hash(secret)
    doc.setdefault("benchmarks", {})
    for b in benchmarks:
        folder, digest = render_hidden(b, secret, cache, pins, workers, progress, pinned=False)
        n = hidden_config(get_benchmark(b), secret).n
        doc["benchmarks"][b] = {"n": n, "digest": digest,
                                "pinned": datetime.now(UTC).date().isoformat()}
        print(f"{b}: hidden split of {n} clips, digest {digest}", flush=True)
    doc["benchmarks"] = dict(sorted(doc["benchmarks"].items()))
    write_json_atomic(pins, doc)
    return doc


# ---------------------------------------------------------------------- CLI
def build_parser() -> argparse.ArgumentParser:
    from generators.core.cli import workers_arg

    p = ArgumentParser(
        prog="python -m leaderboard.hidden",
        description="Maintainers: create the secret of the hidden test splits, and pin (commit) "
                    "its hash and each hidden split's digest in leaderboard/hidden.json.")
    sub = p.add_subparsers(dest="command", required=True, metavar="{init,pin,check}")
    common = ArgumentParser(add_help=False)
    common.add_argument("--secret", type=Path, metavar="FILE",
                        help=f"the secret file (default: ${SECRET_ENV}, else {DEFAULT_SECRET})")
    common.add_argument("--pins", type=Path, default=PINS,
                        help="the pins file (default: leaderboard/hidden.json)")
    sub.add_parser("init", parents=[common], help="create a new secret (mode 0600)")
    pp = sub.add_parser("pin", parents=[common],
                        help="render hidden splits and pin their digests")
    pp.add_argument("--benchmark", action="append", required=True,
                    help="benchmark to pin (repeat for several)")
    pp.add_argument("--cache", type=Path, help=f"render folder (default {DEFAULT_CACHE})")
    pp.add_argument("--workers", type=workers_arg, default=1, help="render processes (1)")
    pp.add_argument("--replace", action="store_true",
                    help="drop pins made with another secret")
    pp.add_argument("--no-progress", action="store_true", help="no progress bars")
    sub.add_parser("check", parents=[common], help="check the secret is the pinned one")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "init":
        if args.secret is None and os.environ.get(SECRET_ENV):
            raise HiddenError(f"{SECRET_ENV} is set: the secret exists; init writes a file")
        path = create_secret(args.secret)
        print(f"wrote a new secret to {path} (mode 0600; keep it outside the repository and "
              f"never commit it); its hash: {secret_hash(read_secret(path))}")
        return 0
    secret = read_secret(args.secret)
    if args.command == "check":
        doc = read_pins(args.pins)
        if not doc.get("secret_sha256"):
            raise HiddenError(f"{args.pins} pins no secret yet")
        check_secret(secret, doc, args.pins)
        print(f"ok: the secret is the one pinned in {args.pins} "
              f"({', '.join(doc.get('benchmarks', {})) or 'no benchmarks'})")
        return 0
    pin(args.benchmark, secret, args.pins, args.cache, args.workers, not args.no_progress,
        args.replace)
    print(f"wrote {args.pins}: commit it (never the secret)")
    return 0


if __name__ == "__main__":
    exit_with(run_cli(main))
