"""Index backends: how a change to the folder reaches the index the answers are read from."""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from retrieval.documents import FileKey
from retrieval.errors import IndexInUse
from retrieval.index.bm25 import Bm25Index, Entry, Index

log = logging.getLogger("retrieval")


class Backend(Protocol):
    """Owns the live index and applies file-level changes to it."""

    @property
    def index(self) -> Index:
        """The index to answer from now; replaced whole or updated atomically, never half-built."""

    def indexed(self) -> Mapping[str, FileKey]:
        """Files the backend already holds from an earlier run (empty if it keeps nothing on disk)."""

    def apply(
        self,
        upserts: Mapping[str, tuple[FileKey, Sequence[Entry]]],
        deletes: Collection[str],
        *,
        commit: bool = True,
    ) -> None:
        """Add or replace the paragraphs of `upserts` and drop every paragraph of `deletes`.

        With commit=False the change is only staged: it reaches `index`, with every change staged
        before it, when a later apply commits (a large change arrives in batches, shown at once).
        """

    def close(self) -> None:
        """Release what the backend holds (tantivy's writer lock); searching may go on, changes may not."""


class Bm25Backend:
    """rank-bm25 has no incremental add: every change rebuilds the index from the cached terms."""

    def __init__(self) -> None:
        self._by_file: dict[str, Sequence[Entry]] = {}
        self._index: Index = Bm25Index([])

    @property
    def index(self) -> Index:
        """The current rank-bm25 index."""
        return self._index

    def indexed(self) -> Mapping[str, FileKey]:
        """Nothing survives a restart: the file cache supplies the terms instead."""
        return {}

    def apply(
        self,
        upserts: Mapping[str, tuple[FileKey, Sequence[Entry]]],
        deletes: Collection[str],
        *,
        commit: bool = True,
    ) -> None:
        """Record the change; on commit, rebuild from all files' entries and swap the new index in."""
        for path in deletes:
            self._by_file.pop(path, None)
        for path, (_, entries) in upserts.items():
            self._by_file[path] = entries
        if commit:
            self._index = Bm25Index(
                [entry for path in sorted(self._by_file) for entry in self._by_file[path]]
            )

    def close(self) -> None:
        """Nothing to release: the index lives in memory only."""


def open_backend(kind: str, index_dir: Path | None) -> Backend:
    """The backend named by `kind` ("bm25" or "tantivy"); tantivy keeps its index in `index_dir`."""
    if kind == "bm25":
        return Bm25Backend()
    if kind == "tantivy":
        if index_dir is None:
            raise ValueError("the tantivy backend needs a folder for its index")
        from retrieval.index.tantivy_index import TantivyBackend  # noqa: PLC0415 - only when chosen

        try:
            return TantivyBackend(index_dir)
        except IndexInUse:
            # Another process (the running bot) owns the index; `talksbot ask` still has to answer.
            log.warning("tantivy index %s is in use by another process; using rank-bm25 in memory", index_dir)
            return Bm25Backend()
    raise ValueError(f"unknown index backend {kind!r}: expected bm25 or tantivy")
