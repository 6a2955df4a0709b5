"""Adding an article to the folder: a safe name, never overwriting, and never half-written."""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from retrieval.documents import Article, Skipped
from retrieval.loader import SUFFIXES, read_article

_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)
MAX_NAME = 120
TEMPORARY_PREFIX = ".upload-"


class UploadError(ValueError):
    """The upload was refused; the message says why and nothing was written."""


@dataclass(frozen=True)
class Saved:
    """An article written into the folder, under the name it got."""

    name: str
    article: Article


def safe_name(original: str) -> str:
    """A plain file name inside the folder: no directories, no hidden names, an allowed suffix."""
    base = Path(original.replace("\\", "/")).name
    suffix = next((s for s in SUFFIXES if base.lower().endswith(s)), None)
    if suffix is None:
        raise UploadError(f"only {', '.join(sorted(SUFFIXES))} files can be added")
    stem = _UNSAFE.sub("_", base[: -len(suffix)]).strip(" ._")
    return (stem[: MAX_NAME - len(suffix)] or "article") + suffix


def save_article(folder: Path, original_name: str, data: bytes, max_bytes: int) -> Saved:
    """Check `data` parses as an article, then publish it atomically under a name not yet taken."""
    name = safe_name(original_name)
    if len(data) > max_bytes:
        raise UploadError(f"the file is larger than the {max_bytes // (1024 * 1024)} MB limit")
    # A hidden temporary name: the watcher and the scanner ignore it until it is complete.
    temporary = folder / f"{TEMPORARY_PREFIX}{secrets.token_hex(8)}{Path(name).suffix}"
    try:
        _write_synced(temporary, data)
        parsed = read_article(temporary, name, max_bytes)
        if isinstance(parsed, Skipped):
            raise UploadError(f"not added: {parsed.reason}")
        final = _publish(temporary, folder, name)
        return Saved(final.name, parsed)
    finally:
        temporary.unlink(missing_ok=True)


def remove_leftovers(folder: Path) -> None:
    """Delete temporary files an upload interrupted by a crash left behind (they were never served)."""
    for leftover in folder.glob(f"{TEMPORARY_PREFIX}*"):
        leftover.unlink(missing_ok=True)


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _publish(temporary: Path, folder: Path, name: str) -> Path:
    """Hard-link to the first free name: os.link fails rather than replace an existing file."""
    stem, suffix = os.path.splitext(name)
    for number in range(1, 1000):
        candidate = folder / (name if number == 1 else f"{stem}-{number}{suffix}")
        try:
            os.link(temporary, candidate)
        except FileExistsError:
            continue
        _sync_directory(folder)
        return candidate
    raise UploadError("too many files with this name already")


def _sync_directory(folder: Path) -> None:
    # The new name must survive a crash as surely as the bytes behind it.
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
