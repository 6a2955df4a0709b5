"""A tantivy index on disk: paragraphs survive a restart, and a change costs only the files it touches."""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import threading
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

import msgpack
import tantivy

from retrieval.documents import FileKey, Meta, Paragraph
from retrieval.errors import IndexInUse
from retrieval.index import cache
from retrieval.index.bm25 import Entry, Hit, document_order, lucene_idf

log = logging.getLogger("retrieval")

# Bump when the fields below change. The file cache's schema is part of it because the indexed terms
# come from the same tokeniser: terms from older code must not be trusted.
SCHEMA_VERSION = f"talksbot-tantivy-5+{cache.SCHEMA}"
MARKER = "talksbot-schema"
# One writer lives as long as the backend; its heap bounds the memory an indexing burst may use.
WRITER_HEAP = 96 * 1024 * 1024
_MIN_HEAP_PER_THREAD = 32 * 1024 * 1024  # tantivy refuses less than 15 MB a thread; leave headroom
# Counting a term's live paragraphs walks its postings: well under a millisecond up to this many.
EXACT_DOC_FREQ_LIMIT = 20_000
_DOC_FREQ_CACHE = 50_000
# A change adding at most this many paragraphs extends the vocabulary; a bigger one lists it again.
_INHERIT_UP_TO = 20_000
# A tie at the k-th score is fetched whole to cut it in document order, up to this many times k documents:
# a folder of copied boilerplate ("Reporting by ...", 20,000 alike) would otherwise load every copy
# (an answer 8 -> 157 ms). Past it the tie is cut in tantivy's own order (the copies read alike anyway).
TIE_FETCH = 4

# Field names. `terms` holds Entry.terms joined by spaces, split back by tantivy's whitespace
# tokenizer, which neither lowercases nor stems: both backends index exactly the same terms.
_TERMS = "terms"
_KIND = "kind"  # every paragraph holds the same term, to tell whether deleted paragraphs linger
_PARAGRAPH = "p"
_PATH = "path"  # the file, as a single untokenised term, so a file's paragraphs can be deleted
_FILE_KEY = "filekey"  # size:mtime_ns:path, listed from the term dictionary by indexed()
_DATA = "data"  # the paragraph, its article's Meta and its layout, stored only (msgpack)
_TANTIVY_FILES = ("meta.json", ".managed.json")
_WRITER_LOCK = ".tantivy-writer.lock"


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    # BM25 needs term frequencies, not positions: "freq" keeps the index smaller.
    builder.add_text_field(_TERMS, stored=False, tokenizer_name="whitespace", index_option="freq")
    builder.add_text_field(_KIND, stored=False, tokenizer_name="raw", index_option="basic")
    builder.add_text_field(_PATH, stored=False, tokenizer_name="raw", index_option="basic")
    builder.add_text_field(_FILE_KEY, stored=False, tokenizer_name="raw", index_option="basic")
    # A bytes field can be stored without being indexed; a text field is always tokenised.
    builder.add_bytes_field(_DATA, stored=True, indexed=False)
    return builder.build()


class _View:
    """One committed state of the index: a searcher snapshot and what was computed from it."""

    def __init__(self, searcher: tantivy.Searcher, schema: tantivy.Schema) -> None:
        self.searcher = searcher
        self.schema = schema
        self.size = searcher.num_docs
        # tantivy's doc_freq still counts deleted paragraphs until a merge drops them; if the
        # kind term is in as many paragraphs as are live, no deleted ones remain anywhere.
        self.exact = searcher.doc_freq(_KIND, _PARAGRAPH) == self.size
        self._live: dict[str, int] = {}
        self._vocabulary: tuple[list[str], frozenset[str]] | None = None
        self._vocabulary_lock = threading.Lock()

    def doc_freq(self, term: str) -> int:
        raw = self.searcher.doc_freq(_TERMS, term)
        if raw == 0 or self.exact or raw > EXACT_DOC_FREQ_LIMIT:
            # Above the limit only a few deleted paragraphs can be counted in, out of thousands.
            return raw
        live = self._live.get(term)
        if live is None:
            query = tantivy.Query.term_query(self.schema, _TERMS, term)
            # SearchResult.count exists at runtime but is missing from tantivy's type stubs.
            live = int(cast(Any, self.searcher.search(query, 1, count=True)).count or 0)
            if len(self._live) >= _DOC_FREQ_CACHE:
                self._live.clear()
            self._live[term] = live
        return live

    def vocabulary(self) -> list[str]:
        with self._vocabulary_lock:
            if self._vocabulary is None:
                # The filter makes tantivy count live paragraphs only, so deleted terms drop out.
                listed = self.searcher.terms_with_prefix(_TERMS, "", filter_query=tantivy.Query.all_query())
                terms = [term for term, count in listed if count > 0]
                self._vocabulary = (terms, frozenset(terms))
            return self._vocabulary[0]

    def inherit_vocabulary(self, previous: _View, added: Iterable[str]) -> None:
        """Reuse the previous vocabulary if this change only added paragraphs (no term lost its last)."""
        old = previous._vocabulary
        if old is None:
            return
        known = old[1]
        new = [term for term in dict.fromkeys(added) if term not in known]
        self._vocabulary = (old[0] + new, known | frozenset(new)) if new else old

    @property
    def has_vocabulary(self) -> bool:
        return self._vocabulary is not None


class TantivyIndex:
    """The Index protocol over one searcher snapshot; each change to the folder makes a new one."""

    def __init__(self, view: _View) -> None:
        self._view = view

    @property
    def size(self) -> int:
        """How many paragraphs are indexed."""
        return self._view.size

    def doc_freq(self, term: str) -> int:
        """How many live paragraphs contain `term`."""
        return self._view.doc_freq(term)

    def idf(self, term: str) -> float:
        """Lucene IDF, computed as Bm25Index does so that the no-answer decision is the same."""
        return lucene_idf(self.size, self.doc_freq(term))

    def vocabulary(self) -> Sequence[str]:
        """Every term of a live paragraph (listed once per snapshot, when a typo first needs it)."""
        return self._view.vocabulary()

    def search(self, query: Mapping[str, float], k: int) -> list[Hit]:
        """tantivy's BM25 over weighted terms: one boosted SHOULD clause per term."""
        view = self._view
        clauses = [
            (tantivy.Occur.Should, tantivy.Query.boost_query(_term(view.schema, term), weight))
            for term, weight in query.items()
            if weight > 0
        ]
        if not clauses or k <= 0 or view.size == 0:  # tantivy panics on a limit of 0
            return []
        searcher = view.searcher
        boolean = tantivy.Query.boolean_query(clauses)
        # Twice k + 1 from the start, the limit the first tie at the cut doubles to: at the 100k bench half
        # the questions tie at the k-th score, and a second search cost them ~0.45 ms where the larger first
        # one costs a few µs more. The doubling goes on as before (2k + 2, then 4k + 4): the same paragraphs
        # are fetched (all those scoring at least the k-th, whichever limit first found them below it).
        limit = 2 * (k + 1)
        while True:
            found = searcher.search(boolean, limit, count=False).hits
            if len(found) < limit or found[-1][0] < found[k - 1][0] or limit > TIE_FETCH * k:
                break
            limit *= 2  # the k-th score ties on past those fetched: all of the tie is needed to cut it
        # Only what can make the first k is fetched (a stored document costs ~20 µs): what scores below the
        # k-th cannot, and a tie at the cut fetched twice the limit (a third of the documents fetched for
        # the 100k bench's questions was below the cut).
        cut = found[k - 1][0] if len(found) > k else 0.0
        hits = [
            _hit(searcher.doc(address), float(score))
            for score, address in found
            if score > 0 and score >= cut
        ]
        # Equal scores come in the order of tantivy's segments, which its indexing threads fill in no fixed
        # order: the same folder indexed twice ranked them differently, and a tie at the k-th place kept a
        # different paragraph. They go in document order instead, as in rank-bm25 (its entries are in it).
        hits.sort(key=lambda hit: (-hit.score, *document_order(hit)))
        return hits[:k]


class TantivyBackend:
    """Paragraphs in a tantivy index in `index_dir`; one writer, a new searcher after each change.

    Raises IndexInUse when another process holds the index's writer, and ValueError when `index_dir`
    holds files that are not a tantivy index (they are never deleted).
    """

    def __init__(self, index_dir: Path, *, heap_bytes: int = WRITER_HEAP) -> None:
        self._dir = index_dir
        self._schema = _schema()
        self._lock = threading.Lock()
        self._tantivy = self._open()
        # Searchers change only when apply() says so, never halfway through a batch of changes.
        self._tantivy.config_reader("manual")
        threads = max(1, min(os.cpu_count() or 1, heap_bytes // _MIN_HEAP_PER_THREAD))
        self._writer: tantivy.IndexWriter | None = _writer(self._tantivy, index_dir, heap_bytes, threads)
        self._index = TantivyIndex(_View(self._tantivy.searcher(), self._schema))
        self._staged = False  # changes written since the last commit

    @property
    def index(self) -> TantivyIndex:
        """The index over the last committed change."""
        return self._index

    def indexed(self) -> Mapping[str, FileKey]:
        """Files held from an earlier run, read from the term dictionary (no stored document is read)."""
        searcher = self._index._view.searcher
        listed = searcher.terms_with_prefix(_FILE_KEY, "", filter_query=tantivy.Query.all_query())
        keys = (_parse_file_key(term) for term, count in listed if count > 0)
        return {key.path: key for key in keys if key is not None}

    def apply(
        self,
        upserts: Mapping[str, tuple[FileKey, Sequence[Entry]]],
        deletes: Collection[str],
        *,
        commit: bool = True,
    ) -> None:
        """Delete the files' paragraphs and add the new ones; on commit, swap in a new searcher.

        Staged changes (commit=False) wait in the writer, within its memory budget; an error rolls
        back everything staged since the last commit.
        """
        if not upserts and not deletes and not (commit and self._staged):
            return
        with self._lock:
            writer = self._live_writer()
            previous = self._index._view
            # Only a change applied in one go says which terms are new (a staged one lists none).
            small = sum(len(entries) for _, entries in upserts.values()) <= _INHERIT_UP_TO
            alone = commit and not self._staged
            try:
                count, terms = self._write(
                    writer,
                    upserts,
                    deletes,
                    # An empty index holds nothing to replace (a cold build): no delete per file.
                    replacing=previous.size > 0,
                    collect_terms=alone and small and previous.has_vocabulary,
                )
                if not commit:
                    self._staged = True
                    return
                writer.commit()
            except BaseException:
                writer.rollback()
                self._staged = False
                raise
            self._staged = False
            self._tantivy.reload()
            view = _View(self._tantivy.searcher(), self._schema)
            if terms and view.size == previous.size + count:  # nothing deleted: no term lost its last use
                view.inherit_vocabulary(previous, terms)
            self._index = TantivyIndex(view)  # one assignment: a search sees before or after

    def close(self) -> None:
        """Finish background merges and release the writer's lock; searching still works, changes don't."""
        with self._lock:
            writer, self._writer = self._writer, None
            if writer is not None:
                writer.wait_merging_threads()

    def _live_writer(self) -> tantivy.IndexWriter:
        if self._writer is None:
            raise RuntimeError(f"tantivy index {self._dir} was closed")
        return self._writer

    def _write(
        self,
        writer: tantivy.IndexWriter,
        upserts: Mapping[str, tuple[FileKey, Sequence[Entry]]],
        deletes: Collection[str],
        *,
        replacing: bool,
        collect_terms: bool,
    ) -> tuple[int, list[str]]:
        """Queue the changes; how many paragraphs were added, and their terms if they are wanted."""
        for path in (*deletes, *(upserts if replacing else ())):
            writer.delete_documents_by_term(_PATH, path)
        count = 0
        terms: list[str] = []
        for key, entries in upserts.values():
            for entry in entries:
                writer.add_document(_document(key, entry))
                if collect_terms:
                    terms.extend(entry.terms)
            count += len(entries)
        return count, terms

    def _open(self) -> tantivy.Index:
        self._dir.mkdir(parents=True, exist_ok=True)
        problem = _problem(self._dir)
        if problem is None:
            try:
                index = tantivy.Index(self._schema, path=str(self._dir), reuse=True)
                index.searcher().doc_freq(_KIND, _PARAGRAPH)  # reads every segment's term dictionary
                return index
            except ValueError as exc:
                problem = f"it cannot be opened ({exc})"
        if problem != "":
            _refuse_if_in_use(self._dir)
            log.warning("tantivy index %s: %s; rebuilding it from the documents", self._dir, problem)
        _clear(self._dir)
        index = tantivy.Index(self._schema, path=str(self._dir), reuse=False)
        _write_atomically(self._dir / MARKER, SCHEMA_VERSION)
        return index


def _problem(index_dir: Path) -> str | None:
    """Why the directory cannot be reused: "" if it is empty, None if it looks like our index."""
    names = {entry.name for entry in index_dir.iterdir()}
    if not names:
        return ""
    if not any(_is_ours(name) for name in names):
        # Not an index at all: never delete files that may be someone else's.
        raise ValueError(f"{index_dir} is not empty and holds no tantivy index; choose another folder")
    if "meta.json" not in names:
        return "its tantivy metadata (meta.json) is missing"
    try:
        version = (index_dir / MARKER).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        return f"its version marker is unreadable ({exc})"
    if version != SCHEMA_VERSION:
        return f"it was built by another version ({version!r}, expected {SCHEMA_VERSION!r})"
    return None


def _is_ours(name: str) -> bool:
    # A crash may leave only a lock file or the marker's temporary file: still ours to clear.
    return name in {MARKER, *_TANTIVY_FILES} or name.startswith((".tantivy-", f".{MARKER}."))


def _writer(index: tantivy.Index, index_dir: Path, heap_bytes: int, threads: int) -> tantivy.IndexWriter:
    """The index's one writer; raises IndexInUse when another process holds it."""
    try:
        return index.writer(heap_bytes, threads)
    except ValueError as exc:
        # tantivy-py raises a plain ValueError; its text is the only sign of its LockBusy error.
        if "LockBusy" not in str(exc):
            raise
        raise IndexInUse(f"tantivy index {index_dir} is in use by another process") from exc


def _refuse_if_in_use(index_dir: Path) -> None:
    """Never delete an index that another process (say, a running bot of an older version) writes to."""
    lock = index_dir / _WRITER_LOCK
    if not lock.exists():
        return
    with lock.open("a") as handle:
        try:
            # tantivy's writer holds an flock on this file for as long as it lives.
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise IndexInUse(f"tantivy index {index_dir} is in use by another process") from exc


def _clear(index_dir: Path) -> None:
    for entry in index_dir.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def _write_atomically(path: Path, content: str) -> None:
    """Write then rename, so a crash leaves the old file or the new one, never half of one."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def _term(schema: tantivy.Schema, term: str) -> tantivy.Query:
    return tantivy.Query.term_query(schema, _TERMS, term)


def _document(key: FileKey, entry: Entry) -> tantivy.Document:
    meta, paragraph = entry.meta, entry.paragraph
    # A flat list, packed with msgpack: the cheapest of the encodings tried (this runs once per paragraph;
    # JSON took 25 µs of the writing process's time for each, msgpack 2).
    data = [paragraph.number, paragraph.text, paragraph.heading, paragraph.antecedent, paragraph.following]
    data += [meta.title, meta.file, meta.date, meta.url, meta.publisher, meta.author, meta.added, meta.year]
    data.append(entry.layout)
    document = tantivy.Document()
    document.add_text(_TERMS, " ".join(entry.terms))
    document.add_text(_KIND, _PARAGRAPH)
    document.add_text(_PATH, key.path)
    document.add_text(_FILE_KEY, f"{key.size}:{key.mtime_ns}:{key.path}")
    document.add_bytes(_DATA, msgpack.packb(data))
    return document


def _hit(document: tantivy.Document, score: float) -> Hit:
    stored = document.get_first(_DATA)
    if not isinstance(stored, bytes):
        raise ValueError("a paragraph without its stored data")
    number, text, heading, antecedent, following, *meta, packed = msgpack.unpackb(stored)
    layout = None if packed is None else tuple(packed)
    return Hit(Meta(*meta), Paragraph(number, text, heading, antecedent, following), score, layout)


def _parse_file_key(term: str) -> FileKey | None:
    size, _, rest = term.partition(":")
    mtime_ns, _, path = rest.partition(":")
    if not (size.isdigit() and mtime_ns.lstrip("-").isdigit() and path):
        return None
    return FileKey(path, int(size), int(mtime_ns))
