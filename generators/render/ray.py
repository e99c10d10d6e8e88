"""``--engine ray``: the render job's shard tasks on a Ray cluster.

Connects to the cluster named by ``RAY_ADDRESS`` (or the Ray this process
already joined), or starts a local Ray for the run and stops it after.
One :class:`ShardActor` per CPU of the cluster builds its engine once (its
own :class:`~generators.dataset.writer.ShardWriter` and renderer) and renders whole
shards, written atomically as by the local engine; a ``ray.util.ActorPool``
hands the next shard to whichever actor finishes, and a :class:`Progress` actor counts
rendered samples for the driver's progress bar. Sample ``i`` depends on
``(seed, i)`` only, so every row is byte-identical to ``--engine local``
(given the same package, DawDreamer and soundfile versions on every node).

Output: ``--out`` must be a folder every node sees at the same path (the
driver's folder on a single machine, else a shared filesystem: NFS, Lustre,
a bucket mounted with s3fs/gcsfuse/mountpoint). For an object store without
a mount, render to a shared folder and copy it (e.g. with
``pyarrow.fs.copy_files(out, "s3://bucket/prefix")``) or publish it to the
Hub (``python -m generators.publish``). Resume works as locally: finished
shards are skipped, an interrupted run leaves no partial shard.

A local Ray started for the run dies with the driver: Ray itself ends its
raylet, GCS and actors when the driver is killed, and a reaper process
(:func:`generators.core.lifeline.start_reaper`) ends the dashboard and runtime-env
agents, which would otherwise outlive it.

Ray is an optional dependency: ``pip install "secret-sauce[cluster]"``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tqdm import tqdm

from ..model.config import RenderConfig
from ..core.errors import DatasetError
from ..core.lifeline import children, start_reaper
from ..sources.renderers import make_renderer
from ..model.shards import Shard
from ..dataset.writer import ShardWriter

PROGRESS_EVERY = 8
"""Samples an actor renders between two progress reports."""

MISSING_RAY = ('--engine ray needs Ray: pip install "secret-sauce[cluster]" (or pip install ray), '
               "on the driver and on every node")


def import_ray() -> Any:
    """The ``ray`` module, or a :class:`DatasetError` saying how to install it."""
    try:
        import ray
    except ImportError:
        raise DatasetError(MISSING_RAY) from None
    return ray


class Progress:
    """Ray actor: sums the samples actors report; the driver takes the sum."""

    def __init__(self) -> None:
        self.count = 0

    def add(self, n: int) -> None:
        self.count += n

    def take(self) -> int:
        n, self.count = self.count, 0
        return n


class ShardActor:
    """Ray actor: one engine (renderer + :class:`ShardWriter`), built once.

    Args:
        config: the run.
        out: dataset folder, as every node sees it.
        progress: handle of the :class:`Progress` actor (or ``None``).
    """

    def __init__(self, config: RenderConfig, out: str, progress: Any = None) -> None:
        self.progress = progress
        self.builds = 0
        self.shards = 0
        self.error: DatasetError | None = None
        try:
            self.writer = ShardWriter(config, Path(out), make_renderer(config.instrument))
            self.builds = 1
        except DatasetError as e:  # e.g. the plug-in is missing on this node
            self.error = e

    def write(self, shard: Shard) -> dict[str, Any]:
        """Render and write ``shard``; returns where and by whom."""
        if self.error is not None:
            raise DatasetError(f"on node {_node_ip()}: {self.error}")
        count = 0

        def tick() -> None:
            nonlocal count
            count += 1
            if count == PROGRESS_EVERY and self.progress is not None:
                self.progress.add.remote(count)
                count = 0

        path = self.writer.write(shard, tick)
        if count and self.progress is not None:
            self.progress.add.remote(count)
        self.shards += 1
        return {"path": str(path), "pid": os.getpid(), "node": _node_id(),
                "engine": id(self.writer.renderer), "builds": self.builds,
                "samples": len(shard)}


def _node_ip() -> str:
    try:
        import ray

        return ray.util.get_node_ip_address()
    except Exception:  # noqa: BLE001 (informational only)
        return "?"


def _node_id() -> str:
    try:
        import ray

        return ray.get_runtime_context().get_node_id()
    except Exception:  # noqa: BLE001 (informational only)
        return ""


def _init_ray(ray: Any) -> bool:
    """Join ``RAY_ADDRESS`` or start a local Ray; True when this call started it."""
    if ray.is_initialized():
        return False
    address = os.environ.get("RAY_ADDRESS") or None
    try:
        if address:
            ray.init(address=address, log_to_driver=False, configure_logging=False)
        else:
            ray.init(include_dashboard=False, log_to_driver=False, configure_logging=False)
    except Exception as e:  # noqa: BLE001 (connection errors vary between Ray versions)
        where = f"the Ray cluster at RAY_ADDRESS={address}" if address else "a local Ray"
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise DatasetError(f"cannot start or join {where}: {first}") from None
    return True


def _reraise(e: Exception) -> None:
    """Re-raise a task's error as the original exception when Ray wrapped it."""
    cause = getattr(e, "cause", None)
    if isinstance(cause, (DatasetError, OSError)):
        raise cause from None
    raise e


def render_ray(config: RenderConfig, out: Path, shards: list[Shard], bar: tqdm,
               actors: int | None = None) -> list[dict[str, Any]]:
    """Render ``shards`` into ``out`` on Ray, updating ``bar`` as samples finish.

    Args:
        config: the run.
        out: dataset folder (a path every node sees).
        shards: the shards still to render.
        bar: the job's progress bar.
        actors: number of engines (default: the cluster's CPUs, at most one
            per shard).

    Returns:
        one record per shard written: path, pid, node, engine id, builds.

    Raises:
        DatasetError: Ray missing or unreachable, or a worker's DatasetError.
    """
    ray = import_ray()
    from ray.util import ActorPool

    if not shards:
        return []
    before = children(os.getpid())
    started = _init_ray(ray)
    # a local Ray's raylet and GCS die with this driver, but its dashboard and runtime-env
    # agents would outlive a killed driver: a reaper kills what Ray started if we die
    reaper = start_reaper(children(os.getpid()) - before) if started else None
    handles: list[Any] = []
    progress = None
    try:
        cpus = int(ray.cluster_resources().get("CPU", 1)) or 1
        n = max(1, min(actors or cpus, len(shards)))
        progress = ray.remote(num_cpus=0)(Progress).remote()
        Actor = ray.remote(num_cpus=1)(ShardActor)
        out_str = str(Path(out).resolve())
        handles = [Actor.remote(config, out_str, progress) for _ in range(n)]
        pool = ActorPool(handles)  # hands the next shard to whichever actor finishes
        for shard in shards:
            pool.submit(lambda actor, s: actor.write.remote(s), shard)
        results: list[dict[str, Any]] = []
        counted = 0
        while pool.has_next():
            try:
                results.append(pool.get_next_unordered(timeout=0.2))
            except TimeoutError:
                pass
            except Exception as e:  # noqa: BLE001 (a task's error, raised again as the worker's)
                _reraise(e)
            step = ray.get(progress.take.remote())
            counted += step
            bar.update(step)
        # reports still in flight: count them from the results
        bar.update(max(0, sum(r["samples"] for r in results) - counted))
        return results
    finally:
        for h in handles + ([progress] if progress is not None else []):
            try:
                ray.kill(h)
            except Exception:  # noqa: BLE001 (already gone)
                pass
        if started:
            ray.shutdown()
        if reaper is not None:
            reaper.kill()
            reaper.wait()
