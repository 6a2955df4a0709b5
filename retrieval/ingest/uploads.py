"""Adding an article to the folder: a safe name, never overwriting, and never half-written."""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from retrieval.documents import Article, FileKey, Skipped
from retrieval.errors import UploadError
from retrieval.ingest.loader import SUFFIXES, read_article

_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)
MAX_NAME = 120
TEMPORARY_PREFIX = ".upload-"


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
            raise UploadError(parsed.reason)
        final = _publish(temporary, folder, name)
        return Saved(final.name, parsed)
    finally:
        temporary.unlink(missing_ok=True)


class ContentHashes:
    """SHA-256 digests of folder files, remembered per file version so each version is read at most once."""

    def __init__(self) -> None:
        self._digests: dict[FileKey, str] = {}

    def find(self, data: bytes, files: Iterable[tuple[FileKey, Path]]) -> str | None:
        """The folder path of a file whose bytes equal `data`, or None.

        Only files of the same size are hashed, so an upload costs a directory walk and, at most, reading
        the few files that could be equal. Digests of versions no longer in `files` are forgotten.
        """
        digest = hashlib.sha256(data).hexdigest()
        found, kept = None, {}
        for key, path in files:
            if key in self._digests:
                kept[key] = self._digests[key]
            if found is None and key.size == len(data) and self._digest(key, path, kept) == digest:
                found = key.path
        self._digests = kept
        return found

    def _digest(self, key: FileKey, path: Path, kept: dict[FileKey, str]) -> str | None:
        if key not in kept:
            try:
                kept[key] = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:  # vanished or unreadable since the scan: it cannot be the same file
                return None
        return kept[key]


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
