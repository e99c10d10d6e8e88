"""Run untrusted code in a sandbox: bubblewrap, a dropped user id and resource limits.

One job: :func:`run` starts a command inside ``bwrap`` (Debian package
``bubblewrap``) and says whether it finished or which rule stopped it. It is
not a home-made sandbox: the isolation is the kernel's (namespaces, mounts,
rlimits) as set up by ``bwrap``, ``prlimit`` and ``setpriv`` (util-linux).

What the command gets:

* **network**: none (``--unshare-net``: a private network namespace with only
  a loopback device);
* **filesystem**: a new root holding read-only binds of the system folders
  (``/usr``, ``/lib*``, ``/bin``, ``/etc``), of the Python installation, and of
  the paths given in ``ro``; a private ``/tmp`` (tmpfs of at most
  :attr:`Limits.tmp_mib`); writable only the paths in ``rw``. Nothing else of
  the host exists inside (no ``/root``, no home, no other entries, no secret);
* **processes**: a private PID namespace (it sees and signals only its own
  processes; all die with it), and it runs as the unprivileged user
  :data:`SANDBOX_UID` with no capabilities and ``no_new_privs``, so that
  ``RLIMIT_NPROC`` applies (as root it would not: root bypasses it);
* **limits** (``prlimit``): CPU seconds (``RLIMIT_CPU``, SIGXCPU then SIGKILL),
  address space (``RLIMIT_AS``), processes and threads of that user
  (``RLIMIT_NPROC``), file size (``RLIMIT_FSIZE``); and wall time, enforced
  here by killing the whole process group.

The command's stdout is its result channel (read here, at most
:data:`MAX_OUTPUT` bytes); stderr is kept for the log (the last lines). A
command that breaks a rule gets an :class:`Outcome` whose ``rule`` is one of
:data:`RULES` and whose ``message`` is one line. A command inside may report a
rule itself by exiting with :data:`RULE_EXIT` codes (the model runner does, to
name the rule when the kernel's refusal is a Python exception).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Mapping, Sequence

from .store import LeaderboardError

RULES = ("network", "filesystem", "memory", "processes", "CPU time", "wall time")
"""The rules a sandboxed command can break, as named in the one-line messages."""

RULE_EXIT = {rule: 80 + k for k, rule in enumerate(RULES)}
"""Exit codes by which the command inside names the rule it broke."""

SANDBOX_UID = 65534
"""The user (and group) id the command runs as (``nobody``): an unprivileged id,
so ``RLIMIT_NPROC`` counts and caps its processes."""

MAX_OUTPUT = 64 * 2**20
"""Most bytes read from the command's stdout (its result)."""

LOG_BYTES = 16 * 1024
"""Bytes of stderr kept for the log."""

SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc")


class SandboxUnavailable(LeaderboardError):
    """bubblewrap is missing or cannot create a sandbox here."""


@dataclass(frozen=True)
class Limits:
    """What a sandboxed command may use.

    Attributes:
        cpu_s: CPU seconds (all its processes' user + system time).
        memory_mib: address space per process (MiB; ``RLIMIT_AS``).
        processes: processes and threads of the sandbox user (``RLIMIT_NPROC``).
        wall_s: seconds before the whole process group is killed.
        tmp_mib: size of the private ``/tmp``.
        file_mib: largest file it may write (``RLIMIT_FSIZE``).
    """

    cpu_s: int = 1800
    memory_mib: int = 8192
    processes: int = 64
    wall_s: float = 3600.0
    tmp_mib: int = 1024
    file_mib: int = 1024

    def problems(self) -> list[str]:
        return [f"sandbox limit {k} must be > 0, got {v}" for k, v in vars(self).items()
                if not v > 0]


@dataclass
class Outcome:
    """How a sandboxed command ended.

    Attributes:
        rule: the rule it broke (:data:`RULES`), or ``None``.
        message: one line: what happened.
        returncode: its exit status (``128 + signal`` when killed; ``None`` when
            killed here for the wall time).
        output: its stdout (the result; empty when stopped).
        log: the end of its stderr.
        wall_s: seconds it ran.
    """

    rule: str | None
    message: str
    returncode: int | None
    output: bytes
    log: str
    wall_s: float

    @property
    def ok(self) -> bool:
        return self.rule is None and self.returncode == 0


def bwrap_path() -> str:
    """The ``bwrap`` executable (raises :class:`SandboxUnavailable`)."""
    path = shutil.which("bwrap")
    if path is None:
        raise SandboxUnavailable("bubblewrap is not installed: apt-get install bubblewrap "
                                 "(model submissions run inside it)")
    for tool in ("prlimit", "setpriv"):
        if shutil.which(tool) is None:
            raise SandboxUnavailable(f"{tool} (util-linux) is not installed")
    return path


def _parents(path: str) -> list[str]:
    p = Path(path)
    return [str(q) for q in reversed(p.parents) if str(q) != "/"]


def python_dirs() -> list[str]:
    """The folders of the running Python installation (to bind read-only)."""
    import site

    dirs = {sys.base_prefix, sys.prefix, *(p for p in site.getsitepackages() if Path(p).is_dir())}
    out = []
    for d in sorted(dirs, key=len):
        d = os.path.realpath(d)
        if any(d == s or d.startswith(s + "/") for s in (*out, *SYSTEM_DIRS)):
            continue
        out.append(d)
    return out


def bwrap_argv(command: Sequence[str], ro: Sequence[str | Path | tuple[str | Path, str]] = (),
               rw: Sequence[str | Path | tuple[str | Path, str]] = (),
               env: Mapping[str, str] | None = None, limits: Limits = Limits(),
               hide: Sequence[str | Path] = (), cwd: str = "/tmp") -> list[str]:
    """The full command line: ``prlimit ... bwrap ... setpriv ... -- command``.

    Args:
        ro: host paths bound read-only at the same path inside, or ``(host path,
            path inside)`` pairs.
        rw: the same, writable.
        hide: paths (inside a bound one) covered by an empty read-only folder.
        env: the whole environment inside (nothing else is passed).
    """
    mib = 2**20
    argv = ["prlimit", f"--cpu={limits.cpu_s}:{limits.cpu_s + 1}",
            f"--as={limits.memory_mib * mib}", f"--nproc={limits.processes}",
            f"--fsize={limits.file_mib * mib}", "--",
            bwrap_path(), "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts",
            "--unshare-cgroup-try", "--die-with-parent",
            "--new-session", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID",
            "--proc", "/proc", "--dev", "/dev",
            "--size", str(limits.tmp_mib * mib), "--perms", "1777", "--tmpfs", "/tmp"]
    made: set[str] = {"/tmp"}  # the private tmpfs is there already (and stays 1777)

    def bind(kind: str, spec: str | Path | tuple[str | Path, str]) -> None:
        src, dst = (spec[0], spec[1]) if isinstance(spec, tuple) else (spec, spec)
        src, dst = os.path.realpath(src), os.path.abspath(dst)
        if dst == "/tmp":
            raise LeaderboardError(f"sandbox: cannot bind {src} over the private /tmp")
        # a path under /tmp (a checkout in /tmp, say) is bound inside the private tmpfs
        for parent in _parents(dst):
            if parent not in made and not any(parent == s or parent.startswith(s + "/")
                                              for s in SYSTEM_DIRS):
                argv.extend(["--perms", "0755", "--dir", parent])
                made.add(parent)
        argv.extend([kind, src, dst])
        made.add(dst)

    for d in SYSTEM_DIRS:
        if os.path.isdir(d):
            if os.path.islink(d):
                argv.extend(["--symlink", os.readlink(d), d])
            else:
                argv.extend(["--ro-bind", d, d])
    for d in python_dirs():
        bind("--ro-bind", d)
    for p in ro:
        bind("--ro-bind", p)
    for p in rw:
        bind("--bind", p)
    for p in hide:
        if os.path.isdir(p):
            argv.extend(["--perms", "0555", "--tmpfs", os.path.realpath(p), "--remount-ro",
                         os.path.realpath(p)])
    argv += ["--clearenv", "--chdir", cwd]
    for k, v in (env or {}).items():
        argv += ["--setenv", k, v]
    argv += ["--", "setpriv", f"--reuid={SANDBOX_UID}", f"--regid={SANDBOX_UID}",
             "--clear-groups", "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs",
             "--", *command]
    return argv


def _read(stream, limit: int, keep_tail: bool, out: list[bytes]) -> None:
    total, chunks = 0, []
    while True:
        data = stream.read(65536)
        if not data:
            break
        total += len(data)
        if keep_tail:
            chunks.append(data)
            while sum(map(len, chunks)) > 2 * limit and len(chunks) > 1:
                chunks.pop(0)
        elif total <= limit:
            chunks.append(data)
    blob = b"".join(chunks)
    out.append(blob[-limit:] if keep_tail else blob)
    if not keep_tail and total > limit:
        out.append(b"")  # marker: too much output


def _children_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(command: Sequence[str], *, ro: Sequence[str | Path | tuple[str | Path, str]] = (),
        rw: Sequence[str | Path | tuple[str | Path, str]] = (),
        env: Mapping[str, str] | None = None, limits: Limits = Limits(),
        hide: Sequence[str | Path] = ()) -> Outcome:
    """Run ``command`` in the sandbox (see the module docs) and say how it ended.

    Raises:
        SandboxUnavailable: bubblewrap is missing or cannot run here.
    """
    problems = limits.problems()
    if problems:
        raise LeaderboardError(*problems)
    argv = bwrap_argv(command, ro, rw, env, limits, hide)
    cpu0 = _children_cpu()
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    out: list[bytes] = []
    err: list[bytes] = []
    readers = [threading.Thread(target=_read, args=(proc.stdout, MAX_OUTPUT, False, out),
                                daemon=True),
               threading.Thread(target=_read, args=(proc.stderr, LOG_BYTES, True, err),
                                daemon=True)]
    for t in readers:
        t.start()
    timed_out = False
    try:
        proc.wait(timeout=limits.wall_s)
    except subprocess.TimeoutExpired:
        timed_out = True
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the whole group, whatever happened
        except ProcessLookupError:
            pass
        proc.wait()
    for t in readers:
        t.join(timeout=5)
    wall = time.monotonic() - t0
    cpu = _children_cpu() - cpu0
    log = (err[0] if err else b"").decode("utf-8", "replace")
    output = out[0] if out else b""
    rc = None if timed_out else proc.returncode
    if rc is not None and rc < 0:
        rc = 128 - rc
    rule, message = classify(rc, timed_out, cpu, limits, log)
    if rule is None and len(out) > 1:
        rule, message = "memory", f"wrote more than {MAX_OUTPUT // 2**20} MiB of results"
    if rc == 1 and "bwrap:" in log and rule is None:
        line = next(ln for ln in log.splitlines() if "bwrap:" in ln)
        raise SandboxUnavailable(f"bubblewrap cannot create a sandbox here ({line.strip()})")
    return Outcome(rule, message, rc, b"" if rule else output, log, wall)


def classify(rc: int | None, timed_out: bool, cpu_s: float, limits: Limits,
             log: str) -> tuple[str | None, str]:
    """The rule behind an exit status, and one line saying it."""
    if timed_out:
        return "wall time", f"still running after {limits.wall_s:g} s of wall time: killed"
    by_code = {v: k for k, v in RULE_EXIT.items()}
    if rc in by_code:
        rule = by_code[rc]
        head = f"sandbox: {rule}: "
        last = [ln for ln in log.splitlines() if ln.startswith(head)]
        detail = last[-1][len(head):] if last else f"broke the {rule} rule"
        return rule, detail
    if rc == 128 + signal.SIGXCPU or (rc == 128 + signal.SIGKILL and cpu_s >= limits.cpu_s - 0.5):
        return "CPU time", f"used its {limits.cpu_s} s of CPU time: killed"
    if rc == 0:
        return None, "finished"
    if rc is not None and rc > 128:
        name = signal.Signals(rc - 128).name if rc - 128 in signal.valid_signals() else rc - 128
        return None, f"killed by signal {name}"
    return None, f"exited with status {rc}"


def check_available() -> None:
    """Refuse (:class:`SandboxUnavailable`) when a trivial command cannot run sandboxed."""
    o = run(["/bin/true"], limits=Limits(cpu_s=5, wall_s=30))
    if not o.ok:
        raise SandboxUnavailable(f"bubblewrap cannot run a command here: {o.message}; "
                                 f"{o.log.strip().splitlines()[-1] if o.log.strip() else ''}")
