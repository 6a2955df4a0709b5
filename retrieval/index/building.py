"""Reading files for the index: parsed and tokenised in worker processes when there are many, in batches.

Parsing and tokenising are pure Python, one core each: a cold build of a large folder spreads them over
a pool of processes, while this process writes the results to the file cache and the index. Files are
handed on in batches, so a build holds a few thousand files' paragraphs at a time, never the folder's.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from retrieval.documents import Article, Meta, Paragraph, Skipped
from retrieval.index.bm25 import Entry
from retrieval.index.cache import Parsed, Row, encode
from retrieval.ingest.loader import read_article
from retrieval.language import layout, text

log = logging.getLogger("retrieval")

_CHUNK = 32  # files per task sent to a worker: fewer, larger messages


@dataclass(frozen=True)
class BuildPlan:
    """How a change to many files is read: batch size, when worker processes pay off, how many."""

    batch_files: int = 2000  # files read, cached and indexed together: about 20,000 paragraphs at once
    pool_from: int = 256  # files to read before worker processes pay for their start (about a second)
    workers: int = 2


@dataclass(frozen=True)
class Job:
    """One file to read: where it is, its path relative to the folder, and the size limit (bytes)."""

    path: Path
    relative: str
    max_bytes: int


def entries(article: Article) -> list[Entry]:
    """The index entries of an article: each paragraph's terms, its heading's included, and its layout."""
    return [_entry(article.meta, p) for p in article.paragraphs]


def _entry(meta: Meta, paragraph: Paragraph) -> Entry:
    # The paragraph is tokenised here for its stored layout anyway: those are its terms, unless a heading
    # adds its own (tokenised with the text, as a question's words may run from one into the other).
    columns, spans = layout.layout(paragraph.text)
    terms = text.terms(f"{paragraph.heading}\n{paragraph.text}") if paragraph.heading else columns[0]
    around = (text.terms(paragraph.antecedent), _frame_terms(paragraph.heading, meta.title, meta.date))
    return Entry(meta, paragraph, tuple(terms), layout.pack(columns, spans, around))


@functools.lru_cache(maxsize=256)
def _frame_terms(heading: str, title: str, date: str | None) -> tuple[str, ...]:
    # An article's paragraphs share a few headings: each frame is tokenised once.
    return tuple(text.terms(layout.frame(heading, title, date)))


Read = tuple[Parsed, Row | None]  # a file's parse, and how the file cache stores it (cache.encode)


def read_file(job: Job) -> Read:
    """One file parsed, tokenised and encoded for the cache, or why it was skipped (logged here)."""
    result = read_article(job.path, job.relative, job.max_bytes)
    parsed: Parsed = result if isinstance(result, Skipped) else (result, entries(result))
    return parsed, encode(parsed)


class Reader:
    """Reads batches of files in order: in this process, or in worker processes for many files.

    Use it as a context manager: the worker processes end with it. Workers are spawned (they start
    clean, whatever threads this process runs: a bot has several), so a script that builds a large
    folder must guard its entry point with `if __name__ == "__main__":`, as multiprocessing requires.
    """

    def __init__(self, files: int, plan: BuildPlan) -> None:
        self._pool: ProcessPoolExecutor | None = None
        if files >= plan.pool_from and plan.workers > 0:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(plan.workers, mp_context=context)

    def __enter__(self) -> Reader:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def batches(self, batches: Iterable[Sequence[Job]]) -> Iterator[list[Read]]:
        """Each batch's files read, in order. With workers, the next batch is read while this one is used."""
        if self._pool is None:
            for batch in batches:
                yield [read_file(job) for job in batch]
            return
        pending: list[Future[list[tuple[Read, list[tuple[int, str]]]]]] | None = None
        for batch in batches:
            submitted = [
                self._pool.submit(_read_chunk, batch[i : i + _CHUNK]) for i in range(0, len(batch), _CHUNK)
            ]
            if pending is not None:
                yield _collect(pending)
            pending = submitted
        if pending is not None:
            yield _collect(pending)


def _collect(futures: list[Future[list[tuple[Read, list[tuple[int, str]]]]]]) -> list[Read]:
    found = []
    for future in futures:
        for read, records in future.result():
            for level, message in records:
                log.log(level, "%s", message)  # a worker's warnings, told here where logging is set up
            found.append(read)
    return found


def _read_chunk(jobs: Sequence[Job]) -> list[tuple[Read, list[tuple[int, str]]]]:
    """In a worker: read each file, keeping what it logged to be told by the parent process."""
    kept = _Kept()
    logger = logging.getLogger("retrieval")
    logger.addHandler(kept)
    logger.propagate = False
    try:
        return [(read_file(job), kept.take()) for job in jobs]
    finally:
        logger.removeHandler(kept)


class _Kept(logging.Handler):
    """Keeps log records (level, message) until taken."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self._records: list[tuple[int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self._records.append((record.levelno, record.getMessage()))

    def take(self) -> list[tuple[int, str]]:
        taken, self._records = self._records, []
        return taken
