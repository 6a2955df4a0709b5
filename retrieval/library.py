"""The served folder: parsed articles, the index over them, and safe reloading when files change."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from retrieval import text
from retrieval.answer import Answer, answer
from retrieval.documents import Article, Meta, Skipped
from retrieval.index import Bm25Index, Entry, Index
from retrieval.loader import DEFAULT_MAX_BYTES, FileKey, read_article, scan

log = logging.getLogger("retrieval")

IndexFactory = Callable[[Sequence[Entry]], Index]


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

    @property
    def paragraphs(self) -> int:
        """How many paragraphs are served."""
        return sum(info.paragraphs for info in self.articles)


def entries(article: Article) -> list[Entry]:
    """The index entries of an article: each paragraph's terms, its heading's included."""
    return [
        Entry(article.meta, p, tuple(text.terms(f"{p.heading}\n{p.text}" if p.heading else p.text)))
        for p in article.paragraphs
    ]


class Library:
    """A folder of articles kept searchable; `refresh` re-reads only the files that changed."""

    def __init__(
        self,
        folder: Path,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        index_factory: IndexFactory = Bm25Index,
    ) -> None:
        self.folder = folder
        self._max_bytes = max_bytes
        self._make_index = index_factory
        self._files: dict[FileKey, Article | Skipped] = {}
        self._entries: dict[str, list[Entry]] = {}
        self._lock = threading.Lock()
        self.snapshot = Snapshot((), (), index_factory([]), 0.0, 0.0)

    def answer(self, question: str) -> Answer:
        """Answer from the current snapshot (a rebuild in progress never shows half-done)."""
        return answer(question, self.snapshot.index)

    def refresh(self) -> bool:
        """Rescan the folder; rebuild and swap in a new snapshot if anything changed."""
        with self._lock:
            started = time.perf_counter()
            found = dict(scan(self.folder))
            if set(found) == set(self._files) and self.snapshot.built_at:
                return False
            self._files = {key: self._files.get(key) or self._read(key, path) for key, path in found.items()}
            self.snapshot = self._build(started)
            return True

    def _read(self, key: FileKey, path: Path) -> Article | Skipped:
        result = read_article(path, key.path, self._max_bytes)
        if isinstance(result, Article):
            self._entries[key.path] = entries(result)
        return result

    def _build(self, started: float) -> Snapshot:
        articles = [a for a in self._files.values() if isinstance(a, Article)]
        live = {a.meta.file for a in articles}
        self._entries = {f: e for f, e in self._entries.items() if f in live}
        index = self._make_index([e for a in articles for e in self._entries[a.meta.file]])
        infos = tuple(ArticleInfo(a.meta, len(a.paragraphs)) for a in articles)
        skipped = tuple(s for s in self._files.values() if isinstance(s, Skipped))
        return Snapshot(infos, skipped, index, time.time(), time.perf_counter() - started)
