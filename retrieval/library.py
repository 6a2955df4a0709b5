"""The served folder: parsed articles, the index over them, and safe reloading when files change."""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TypeVar

from retrieval.answer.extract import Answer, answer, prepare
from retrieval.answer.query import foreign
from retrieval.documents import FileKey, Meta, Skipped
from retrieval.errors import DuplicateUpload
from retrieval.index.backends import Backend, Bm25Backend
from retrieval.index.bm25 import Index
from retrieval.index.building import BuildPlan, Job, Read, Reader
from retrieval.index.cache import FileCache, Parsed, Row, folder_id
from retrieval.ingest.loader import DEFAULT_MAX_BYTES, rescan, scan, scan_paths
from retrieval.ingest.uploads import (
    ContentHashes,
    Saved,
    remove_leftovers,
    safe_name,
    save_article,
)
from retrieval.language.dates import parse_date

log = logging.getLogger("retrieval")
T = TypeVar("T")
DEFAULT_BUILD = BuildPlan()

# Past this many paragraphs rank-bm25 scores every candidate in Python; tantivy stays in milliseconds.
LARGE_FOLDER = 20_000


@dataclass(frozen=True)
class ArticleInfo:
    """An article as /sources lists it."""

    meta: Meta
    paragraphs: int


@dataclass(frozen=True)
class Snapshot:
    """Everything answers are read from; replaced whole, never changed in place."""

    articles: tuple[ArticleInfo, ...]
    skipped: tuple[Skipped, ...]
    index: Index
    built_at: float
    build_seconds: float
    # The newest full date among the articles: year-less datelines are ranked by it (see ranked_date).
    newest: date | None = None

    @property
    def paragraphs(self) -> int:
        """How many paragraphs are served."""
        return sum(info.paragraphs for info in self.articles)


@dataclass(frozen=True)
class Change:
    """What one refresh found: files added or changed, and files removed."""

    changed: tuple[str, ...]
    removed: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.changed or self.removed)

    def __str__(self) -> str:
        if not self:
            return "no changes"
        return f"{len(self.changed)} added or changed, {len(self.removed)} removed"


def _explained(result: Answer, snapshot: Snapshot) -> Answer:
    """`result`, marked when a refusal has a plainer reason than the words no article mentions."""
    if result.searched and not snapshot.articles:
        # An empty folder (a first start, before any upload): the reply says so.
        return replace(result, no_articles=True)
    # Most of the question in words of another language ("Was passiert mit der Krim?"): not a gap in the
    # articles. At least half of the words searched, so that a Russian folder asked in Russian is not told
    # to ask in English; `foreign` leaves out names ("what did Rossi say?").
    unknown = result.unknown
    if result.quote is None and unknown and 2 * len(unknown) >= len(result.searched) and foreign(unknown):
        return replace(result, foreign=True)
    return result


def index_dir(cache_dir: Path, folder: Path) -> Path:
    """Where the on-disk (tantivy) index of `folder` lives inside `cache_dir`: one per folder."""
    return cache_dir / f"tantivy-{folder_id(folder)}"


class _CollectorPause:
    """No cyclic garbage collection while an answer or a refresh runs, in any thread.

    A refresh makes hundreds of thousands of objects that all stay alive (a full collection walks every
    one of them again: 2.3 s of a 5.6 s restart at a million paragraphs); an answer makes tens of
    thousands of short-lived ones, freed as it goes. Neither leaves cycles behind for the collector to
    find. The collector is process-wide and answers run in threads beside a refresh, so the pauses are
    counted: the first in turns it off, the last out turns it back on if it was on.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._was_on = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if not self._running:
                self._was_on = gc.isenabled()
                gc.disable()
            self._running += 1
        try:
            yield
        finally:
            with self._lock:
                self._running -= 1
                if not self._running and self._was_on:
                    gc.enable()


_collector_paused = _CollectorPause()


def _info(parsed: Parsed) -> ArticleInfo | Skipped:
    return parsed if isinstance(parsed, Skipped) else ArticleInfo(parsed[0].meta, len(parsed[1]))


def _batches(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


class Library:
    """A folder of articles kept searchable; `refresh` reads only the files that changed.

    `build` says how a change to many files is read (worker processes, batches): see BuildPlan.
    """

    def __init__(
        self,
        folder: Path,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        backend: Backend | None = None,
        cache_dir: Path | None = None,
        build: BuildPlan = DEFAULT_BUILD,
    ) -> None:
        self.folder = folder
        self._build = build
        self._max_bytes = max_bytes
        self._backend: Backend = backend or Bm25Backend()
        self._cache = FileCache(cache_dir, folder)
        self._files: dict[str, tuple[FileKey, ArticleInfo | Skipped]] = {}
        self._lock = threading.Lock()
        self._found: dict[str, tuple[FileKey, str]] = {}
        self._warned_large = False
        self._hashes = ContentHashes()
        self._uploading = threading.Lock()
        self.snapshot = Snapshot((), (), self._backend.index, 0.0, 0.0)

    @property
    def max_bytes(self) -> int:
        """Files larger than this are not served."""
        return self._max_bytes

    def add(self, original_name: str, data: bytes) -> Saved:
        """Save an uploaded article into the folder (never overwriting) and index it at once.

        Raises UploadError if refused, DuplicateUpload (nothing written) if the folder has the same bytes.
        """
        safe_name(original_name)  # a refused name is reported before anything is read
        # One upload at a time, so two copies of one file sent together cannot both pass the check.
        with self._uploading:
            existing = self._hashes.find(data, scan(self.folder)) if data else None
            if existing is not None:
                raise DuplicateUpload(existing)
            saved = save_article(self.folder, original_name, data, self._max_bytes)
            self.refresh()
            return saved

    def answer(self, question: str) -> Answer:
        """Answer from the current snapshot (a rebuild in progress never shows half-done).

        The cyclic collector is paused meanwhile (`_CollectorPause`): its collections found nothing to
        free on the 200 bench questions at 100k paragraphs, yet cost ~4% of an answer (300 of them, the
        young ones holding long tuples of terms to walk)."""
        snapshot = self.snapshot
        with _collector_paused():
            result = answer(question, snapshot.index, newest=snapshot.newest)
        return _explained(result, snapshot)

    def prepare(self) -> None:
        """Load the word lists and this snapshot's typo tables now, so the first question does not wait
        for them (about a second at 100k paragraphs; a later snapshot builds its own on its first typo)."""
        prepare(self.snapshot.index)

    def close(self) -> None:
        """Release the backend (tantivy's writer lock) for the next process; answering still works."""
        self._backend.close()

    def refresh(self, paths: Collection[str] | None = None) -> Change:
        """Rescan the folder (or only `paths`, relative to it); swap in a new snapshot if anything changed.

        Raises FolderError when the folder is missing or is not a folder.
        """
        with self._lock, _collector_paused():
            started = time.perf_counter()
            if not self.snapshot.built_at and self.folder.is_dir():
                remove_leftovers(self.folder)
            found = self._look(paths)
            change = self._diff(found)
            if not change and self.snapshot.built_at:
                return change
            self._apply(found, change)
            self.snapshot = self._snapshot(started)
            self._warn_if_large()
            return change

    def _look(self, paths: Collection[str] | None) -> dict[str, tuple[FileKey, str]]:
        if paths is not None and self.snapshot.built_at:
            known = dict(self._found)
            if rescan(self.folder, known, paths):
                self._found = known
                return known
        self._found = {key.path: (key, path) for key, path in scan_paths(self.folder)}
        return self._found

    def _diff(self, found: dict[str, tuple[FileKey, str]]) -> Change:
        if not self._files:
            held = self._backend.indexed()
            held_same = {p: key for p, (key, _) in found.items() if held.get(p) == key}
            unadopted = self._adopt(held_same)
            changed = tuple(p for p in found if p not in held_same or p in unadopted)
            return Change(changed, tuple(p for p in held if p not in found))
        changed = tuple(p for p, (key, _) in found.items() if self._stale(p, key))
        return Change(changed, tuple(p for p in self._files if p not in found))

    def _stale(self, path: str, key: FileKey) -> bool:
        known = self._files.get(path)
        return known is None or known[0] != key or (isinstance(known[1], Skipped) and known[1].retry)

    def _adopt(self, held: dict[str, FileKey]) -> set[str]:
        """Files a persistent backend still holds need only their /sources line; say which lack one."""
        infos = self._cache.infos()
        missing = set()
        for path, key in held.items():
            cached = infos.get(key)
            if cached is None:
                missing.add(path)
            else:
                self._files[path] = (key, ArticleInfo(*cached))
        return missing

    def _apply(self, found: dict[str, tuple[FileKey, str]], change: Change) -> None:
        """Read the changed files (cached parses first), then write them to the cache and the index in
        batches, committed once at the end; this Library's file list changes only after that commit."""
        cached = self._cache.get_many([found[path][0] for path in change.changed])
        batches = _batches(change.changed, self._build.batch_files) or [()]
        jobs = [
            [Job(Path(found[p][1]), p, self._max_bytes) for p in batch if found[p][0] not in cached]
            for batch in batches
        ]
        infos: dict[str, tuple[FileKey, ArticleInfo | Skipped]] = {}
        with Reader(sum(map(len, jobs)), self._build) as reader:
            for number, (batch, read) in enumerate(zip(batches, reader.batches(jobs), strict=True)):
                parsed = self._parsed(batch, found, cached, read)
                upserts = {
                    p: (found[p][0], r[1] if not isinstance(r, Skipped) else []) for p, r in parsed.items()
                }
                last = number == len(batches) - 1
                self._backend.apply(upserts, change.removed if number == 0 else (), commit=last)
                infos.update((path, (found[path][0], _info(result))) for path, result in parsed.items())
        self._cache.forget(change.removed)
        for path in change.removed:
            self._files.pop(path, None)
        self._files.update(infos)

    def _parsed(
        self,
        batch: Sequence[str],
        found: dict[str, tuple[FileKey, str]],
        cached: dict[FileKey, Parsed],
        read: list[Read],
    ) -> dict[str, Parsed]:
        """The batch's parses, in order: cached ones as they were, the rest just read (and now cached)."""
        fresh = iter(read)
        parsed: dict[str, Parsed] = {}
        rows: list[tuple[FileKey, Row | None]] = []
        for path in batch:
            key = found[path][0]
            known = cached.get(key)
            if isinstance(known, Skipped):
                log.warning("skipped %s: %s", known.file, known.reason)
            if known is None:
                known, row = next(fresh)
                rows.append((key, row))
            parsed[path] = known
        self._cache.put(rows)
        return parsed

    def _snapshot(self, started: float) -> Snapshot:
        infos = [info for _, info in self._files.values()]
        articles = tuple(i for i in infos if isinstance(i, ArticleInfo))
        skipped = tuple(i for i in infos if isinstance(i, Skipped))
        newest = max(filter(None, (parse_date(info.meta.date) for info in articles)), default=None)
        return Snapshot(
            articles, skipped, self._backend.index, time.time(), time.perf_counter() - started, newest
        )

    def _warn_if_large(self) -> None:
        large = self.snapshot.paragraphs > LARGE_FOLDER
        if large and not self._warned_large and isinstance(self._backend, Bm25Backend):
            self._warned_large = True
            log.warning(
                "%d paragraphs: set TALKSBOT_INDEX=tantivy to answer faster on a folder this large",
                self.snapshot.paragraphs,
            )
