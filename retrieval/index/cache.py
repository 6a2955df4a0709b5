"""A disk cache of parsed, tokenised files, so a restart reads only what changed since the last run."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

import msgpack

from retrieval.documents import Article, FileKey, Meta, Paragraph, Skipped
from retrieval.index.bm25 import Entry
from retrieval.ingest.loader import parser_version

log = logging.getLogger("retrieval")

# Bump when tokenising, sentence splitting or parsing changes: cached terms and layouts (language/layout.py)
# from older code must not be trusted. The parser version (ours and the parsing libraries') is part of it,
# so a better parser re-reads files read before.
SCHEMA = f"talksbot-files-19+{parser_version()}"

Parsed = tuple[Article, list[Entry]] | Skipped
# A parse as stored: msgpack (ten times faster than JSON either way), and apart from it the Meta fields
# (None if skipped) and paragraph count, one column each: a warm restart reads them for /sources alone.
Row = tuple[bytes, tuple[Any, ...] | None, int]
_META = tuple(f"meta_{field.name}" for field in fields(Meta))
# The small columns come before the parse: SQLite reads a row's columns in order, and reaching one
# stored after a large blob means reading the blob's overflow pages (1.2 s of a restart at 1M paragraphs).
_FILES = (
    "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INT, mtime_ns INT, "
    f"paragraphs INT, {', '.join(_META)}, data BLOB)"
)
_INSERT = f"INSERT OR REPLACE INTO files VALUES ({', '.join('?' * (5 + len(_META)))})"
_INFOS = f"SELECT path, size, mtime_ns, paragraphs, {', '.join(_META)} FROM files WHERE meta_file IS NOT NULL"
_PATHS_PER_QUERY = 500  # under SQLite's limit on a statement's parameters


class FileCache:
    """SQLite, one row per file version; any error means the cache is ignored and rebuilt."""

    def __init__(self, cache_dir: Path | None, folder: Path) -> None:
        self._db: sqlite3.Connection | None = None
        if cache_dir is not None:
            self._path = cache_dir / f"files-{folder_id(folder)}.sqlite3"
            self._db = self._open()

    def get(self, key: FileKey) -> Parsed | None:
        """The cached parse of exactly this file version, or None."""
        if self._db is None:
            return None
        try:
            row = self._db.execute(
                "SELECT data FROM files WHERE path=? AND size=? AND mtime_ns=?",
                (key.path, key.size, key.mtime_ns),
            ).fetchone()
            return _decode(msgpack.unpackb(row[0])) if row else None
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            self._reset(f"unreadable entry ({type(exc).__name__})")
            return None

    def get_many(self, keys: Sequence[FileKey]) -> dict[FileKey, Parsed]:
        """The cached parses of exactly these file versions (those the cache has), a few queries in all."""
        if self._db is None or not keys:
            return {}
        wanted = {key.path: key for key in keys}
        found: dict[FileKey, Parsed] = {}
        try:
            for start in range(0, len(keys), _PATHS_PER_QUERY):
                paths = [key.path for key in keys[start : start + _PATHS_PER_QUERY]]
                marks = ",".join("?" * len(paths))
                query = f"SELECT path, size, mtime_ns, data FROM files WHERE path IN ({marks})"
                for path, size, mtime_ns, data in self._db.execute(query, paths):
                    if wanted[path] == FileKey(path, size, mtime_ns):
                        found[wanted[path]] = _decode(msgpack.unpackb(data))
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            self._reset(f"unreadable entry ({type(exc).__name__})")
            return {}
        return found

    def infos(self) -> dict[FileKey, tuple[Meta, int]]:
        """Every cached article's metadata and paragraph count, in one query (for a warm restart)."""
        if self._db is None:
            return {}
        try:
            rows = self._db.execute(_INFOS).fetchall()
            return {FileKey(p, s, m): (Meta(*meta), int(n)) for p, s, m, n, *meta in rows}
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            self._reset(f"unreadable entries ({type(exc).__name__})")
            return {}

    def put(self, items: Iterable[tuple[FileKey, Row | None]]) -> None:
        """Store parses encoded by `encode` (None: not kept), replacing older versions, in one transaction."""
        if self._db is None:
            return
        empty = (None,) * len(_META)
        rows = [
            (key.path, key.size, key.mtime_ns, row[2], *(row[1] or empty), row[0])
            for key, row in items
            if row is not None
        ]
        try:
            with self._db:
                self._db.executemany(_INSERT, rows)
        except (sqlite3.Error, UnicodeError) as exc:
            self._reset(f"write failed ({exc})")

    def forget(self, paths: Iterable[str]) -> None:
        """Drop files that left the folder."""
        if self._db is None:
            return
        try:
            with self._db:
                self._db.executemany("DELETE FROM files WHERE path=?", [(p,) for p in paths])
        except sqlite3.Error as exc:
            self._reset(f"write failed ({exc})")

    def _open(self) -> sqlite3.Connection | None:
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self._path, check_same_thread=False, isolation_level="DEFERRED")
            db.execute("PRAGMA journal_mode=WAL")
            # A cache may lose its last write on power loss (it is rebuilt), but never be corrupted.
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            if _schema(db) != SCHEMA:
                with db:  # another version's rows, perhaps in another layout: a new table
                    db.execute("DROP TABLE IF EXISTS files")
                    db.execute(_FILES)
                    db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA,))
            return db
        except (sqlite3.Error, OSError) as exc:
            return self._recreate(f"unusable ({exc})")

    def _recreate(self, why: str) -> sqlite3.Connection | None:
        """A new, empty cache file; one warning saying why, and whether the run goes on without a cache."""
        try:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self._path}{suffix}").unlink(missing_ok=True)
            db = sqlite3.connect(self._path, check_same_thread=False)
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            db.execute(_FILES)
            with db:
                db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA,))
        except (sqlite3.Error, OSError):
            # One line, not "rebuilding it" then "no cache": a folder that cannot be written is no cache.
            log.warning("file cache %s: %s; no file cache this run", self._path, why)
            return None
        log.warning("file cache %s: %s; rebuilt it empty", self._path, why)
        return db

    def _reset(self, why: str) -> None:
        if self._db is not None:
            self._db.close()
        self._db = self._recreate(why)


def _schema(db: sqlite3.Connection) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
    return str(row[0]) if row else None


def folder_id(folder: Path) -> str:
    """A short stable name for a document folder, so several folders can share one cache folder."""
    return hashlib.sha256(os.fsencode(folder.resolve())).hexdigest()[:16]


def encode(parsed: Parsed) -> Row | None:
    """A parse as the cache stores it (see Row); None for a file to read again next time.

    A file that could not be read this time (a flaky mount, a broken install) says nothing lasting about
    the file. Runs in the worker processes of a build, so the writing process only stores the text.
    """
    if isinstance(parsed, Skipped):
        return None if parsed.retry else (msgpack.packb({"skipped": _plain(parsed)}), None, 0)
    article, entries = parsed
    meta = _plain(article.meta)
    data = {
        "meta": meta,
        "paragraphs": [_plain(p) for p in article.paragraphs],
        "terms": [list(e.terms) for e in entries],
        "layouts": [e.layout for e in entries],
    }
    return msgpack.packb(data), tuple(meta.values()), len(entries)


def _plain(value: Meta | Paragraph | Skipped) -> dict[str, Any]:
    # dataclasses.asdict copies deeply and slowly; these hold only strings, numbers and None.
    return {name: getattr(value, name) for name in _FIELDS[type(value)]}


_FIELDS = {kind: tuple(field.name for field in fields(kind)) for kind in (Meta, Paragraph, Skipped)}


def _decode(data: dict[str, Any]) -> Parsed:
    if "skipped" in data:
        return Skipped(**data["skipped"])
    meta = Meta(**data["meta"])
    paragraphs = tuple(Paragraph(**p) for p in data["paragraphs"])
    if not len(data["terms"]) == len(data["layouts"]) == len(paragraphs):
        raise ValueError("terms and paragraphs disagree")
    entries = [
        Entry(meta, p, tuple(t), None if packed is None else tuple(packed))
        for p, t, packed in zip(paragraphs, data["terms"], data["layouts"], strict=True)
    ]
    return Article(meta, paragraphs), entries
