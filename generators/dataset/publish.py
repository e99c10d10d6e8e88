"""``python -m generators.publish``: upload a rendered dataset folder to the Hub.

Example::

    python -m generators.publish datasets/noisemaker --repo-id my-org/secret-sauce-noisemaker
    python -m generators.publish datasets/noisemaker --repo-id my-org/nm --dry-run

Uploads ``README.md`` (the dataset card, whose YAML header the Hub and
``datasets.load_dataset`` read), ``instrument.json`` and ``data/*.parquet``
with ``huggingface_hub`` (the token comes from ``HF_TOKEN`` or
``huggingface-cli login``, as usual). Re-rendered ids (``rerender/``) and temp
files are not uploaded. ``--dry-run`` prints the files and the card and
touches no network. Afterwards ``datasets.load_dataset("ORG/NAME")`` loads
exactly what ``datasets.load_dataset(DATASET_DIR)`` loads.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from collections.abc import Sequence

from ..core.cli import ArgumentParser, exit_with, run_cli
from ..model.config import config_from_meta
from ..core.errors import DatasetError, UserError
from .fingerprint import read_meta, recorded_problem
from ..core.reading import read_text
from ..model.shards import shard_problem

EXIT_UPLOAD = 1
REPO_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$")
UPLOAD_PATTERNS = ["README.md", "instrument.json", "data/*.parquet"]
"""What is uploaded (``allow_patterns`` of ``HfApi.upload_folder``)."""


def dataset_files(folder: Path) -> list[Path]:
    """The files of a complete dataset folder that are uploaded, in order: its
    ``instrument.json`` agrees with its fingerprint, and every shard reads back with the
    planned rows and ids.

    Raises:
        DatasetError: not a dataset folder, edited after rendering, shards missing or damaged.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise DatasetError(f"{folder} is not a folder")
    meta = read_meta(folder)
    if meta is None:
        raise DatasetError(f"{folder} has no instrument.json: not a dataset rendered by "
                           "generators.render")
    try:
        config = config_from_meta(meta)
        edited = recorded_problem(meta)
    except DatasetError as e:
        raise DatasetError(f"{folder}/instrument.json cannot be read: {e}") from None
    if edited:
        raise DatasetError(f"{folder}: {edited}; render it again with --overwrite")
    shards = config.shards()
    missing = [s.filename for s in shards if not (folder / s.filename).is_file()]
    if missing:
        raise DatasetError(f"{folder} is incomplete: {len(missing)} of {len(shards)} shards "
                           f"missing (e.g. {missing[0]}); run the same render command again "
                           "to finish it")
    for s in shards:
        problem = shard_problem(folder, s)
        if problem:
            raise DatasetError(f"{folder}/{s.filename} is damaged ({problem}); run the same "
                               "render command again to render it anew")
    if not (folder / "README.md").is_file():
        raise DatasetError(f"{folder} has no README.md (dataset card); run the same render "
                           "command again to write it")
    planned = {s.filename for s in shards}
    extra = sorted(p.relative_to(folder).as_posix() for p in (folder / "data").glob("*.parquet")
                   if p.relative_to(folder).as_posix() not in planned)
    if extra:
        raise DatasetError(f"{folder}/data holds shards of another render ({', '.join(extra[:3])})"
                           "; render into a clean folder (--overwrite)")
    return [folder / "README.md", folder / "instrument.json",
            *[folder / s.filename for s in shards]]


def _size(n: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return f"{n} B"


def plan_text(folder: Path, repo_id: str, private: bool, files: list[Path]) -> str:
    """What would be uploaded: the files with sizes, then the card."""
    total = sum(f.stat().st_size for f in files)
    lines = [f"would upload {len(files)} files ({_size(total)}) from {folder} to "
             f"https://huggingface.co/datasets/{repo_id} ({'private' if private else 'public'})"]
    for f in files:
        lines.append(f"  {f.relative_to(folder).as_posix()}  {_size(f.stat().st_size)}")
    lines += ["", "--- README.md (dataset card) ---", read_text(folder / "README.md", "dataset card")]
    return "\n".join(lines)


def publish(folder: Path, repo_id: str, private: bool = False, token: str | None = None,
            message: str | None = None, api: Any = None) -> str:
    """Create (if needed) the dataset repo and upload the folder.

    Args:
        folder: a complete dataset folder.
        repo_id: ``ORG/NAME``.
        private: create the repo private (an existing repo keeps its setting).
        token: Hugging Face token; default: ``HF_TOKEN`` or the cached login.
        message: commit message.
        api: an ``HfApi`` (for tests); default a new one.

    Returns:
        the URL of the dataset on the Hub.

    Raises:
        DatasetError: bad folder or repo id, or no token.
    """
    folder = Path(folder)
    if not REPO_ID.match(repo_id):
        raise DatasetError(f"--repo-id must look like ORG/NAME, got {repo_id!r}")
    files = dataset_files(folder)
    import huggingface_hub as hf

    if token is None:
        token = hf.get_token()
    if not token:
        raise DatasetError("no Hugging Face token: run `huggingface-cli login` or set HF_TOKEN "
                           "(a token with write access)")
    api = api or hf.HfApi(token=token)
    api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
    meta = read_meta(folder) or {}
    name = meta.get("instrument", {}).get("name", folder.name)
    n = meta.get("render", {}).get("n", "?")
    api.upload_folder(folder_path=str(folder), repo_id=repo_id, repo_type="dataset",
                      allow_patterns=UPLOAD_PATTERNS,
                      commit_message=message or f"Secret Sauce {name}: {n} samples "
                                                f"({len(files)} files)")
    return f"https://huggingface.co/datasets/{repo_id}"


class UploadError(UserError):
    """The upload itself failed (network, permissions): exit code 1, not 2."""

    exit_code = EXIT_UPLOAD


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the exit code (2 on bad input, 1 when the upload
    fails; one ``error:`` line each)."""
    return run_cli(_main, argv)


def _main(argv: Sequence[str] | None) -> int:
    p = ArgumentParser(
        prog="python -m generators.publish",
        description="Upload a rendered dataset folder (card, instrument.json, Parquet shards) "
                    "to a Hugging Face dataset repo. The token comes from HF_TOKEN or "
                    "`huggingface-cli login`.")
    p.add_argument("folder", type=Path, help="dataset folder written by generators.render")
    p.add_argument("--repo-id", required=True, help="ORG/NAME of the dataset repo")
    p.add_argument("--private", action="store_true", help="create the repo private")
    p.add_argument("--dry-run", action="store_true",
                   help="print the files and the card; no network")
    p.add_argument("--message", help="commit message")
    args = p.parse_args(argv)
    if not REPO_ID.match(args.repo_id):
        raise DatasetError(f"--repo-id must look like ORG/NAME, got {args.repo_id!r}")
    if args.dry_run:
        files = dataset_files(args.folder)
        print(plan_text(args.folder, args.repo_id, args.private, files))
        return 0
    try:
        url = publish(args.folder, args.repo_id, args.private, message=args.message)
    except UserError:
        raise
    except Exception as e:  # noqa: BLE001 (network, permissions: one line, not a traceback)
        first = str(e).strip().splitlines()[0] if str(e).strip() else ""
        raise UploadError(f"upload failed: {type(e).__name__}: {first}") from None
    print(f"published {args.folder} to {url}\n"
          f"load it with: datasets.load_dataset({args.repo_id!r})")
    return 0


if __name__ == "__main__":
    exit_with(main())
