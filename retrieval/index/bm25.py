"""The index interface every backend satisfies, and the default rank-bm25 backend."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from rank_bm25 import BM25Okapi

from retrieval.documents import Meta, Paragraph
from retrieval.language.layout import Packed


@dataclass(frozen=True)
class Entry:
    """One indexed paragraph with the article it belongs to, its terms and (if worked out) its layout."""

    meta: Meta
    paragraph: Paragraph
    terms: tuple[str, ...]
    layout: Packed | None = None  # the paragraph's tokens and sentences (language/layout.py)


@dataclass(frozen=True)
class Hit:
    """A paragraph found for a query, with its article and its BM25 score (what a search returns)."""

    meta: Meta
    paragraph: Paragraph
    score: float
    layout: Packed | None = None  # as its Entry holds it: the answer stage need not tokenise it again


def document_order(hit: Hit) -> tuple[str, int]:
    """Where a hit's paragraph stands among all the folder's: what equal scores are ranked by."""
    return hit.meta.file, hit.paragraph.number


class Index(Protocol):
    """What the answer engine needs from a search backend."""

    @property
    def size(self) -> int:
        """How many paragraphs are indexed."""

    def doc_freq(self, term: str) -> int:
        """How many paragraphs contain `term`."""

    def idf(self, term: str) -> float:
        """The inverse document frequency the backend scores `term` with (positive)."""

    def vocabulary(self) -> Sequence[str]:
        """Every indexed term, for spelling correction."""

    def search(self, query: Mapping[str, float], k: int) -> list[Hit]:
        """The `k` best paragraphs for weighted query terms, best first."""


def lucene_idf(n_docs: int, doc_freq: int) -> float:
    """Lucene's BM25 IDF, log(1 + (N - n + 0.5) / (n + 0.5)): positive for every term, however common.

    Why not rank-bm25's own: BM25Okapi's IDF, log((N - n + 0.5) / (n + 0.5)), is zero for a term in
    exactly half the paragraphs and negative above that (rank_bm25 issues 39 and 43), floored by an
    epsilon of the average; on a small folder that makes "Ukraine" worth nothing. Lucene's keeps every
    IDF positive and ordered by rarity, and is what tantivy scores with, so both backends agree.
    """
    return math.log(1.0 + (n_docs - doc_freq + 0.5) / (doc_freq + 0.5))


class Bm25Index:
    """rank-bm25's BM25 model over paragraphs, scored through postings: a query touches only its terms.

    rank-bm25 computes the model (IDF, document lengths, k1, b). Its get_scores loops in Python over
    every paragraph for every query term (80 ms at 100k paragraphs), so each term's contribution to
    each paragraph that holds it is computed once here, with rank-bm25's own formula, and a query
    adds up a few numpy arrays.
    """

    def __init__(self, entries: Sequence[Entry]) -> None:
        self._entries = list(entries)
        corpus = [list(entry.terms) or ["\x00empty"] for entry in self._entries]
        model: Any = BM25Okapi(corpus) if corpus else None
        self._postings = _weighted_postings(model) if model is not None else {}

    @property
    def size(self) -> int:
        """How many paragraphs are indexed."""
        return len(self._entries)

    def doc_freq(self, term: str) -> int:
        """How many paragraphs contain `term`."""
        posting = self._postings.get(term)
        return 0 if posting is None else len(posting[0])

    def idf(self, term: str) -> float:
        """Lucene IDF of `term` over this index."""
        return lucene_idf(self.size, self.doc_freq(term))

    def vocabulary(self) -> Sequence[str]:
        """Every indexed term."""
        return list(self._postings)

    def search(self, query: Mapping[str, float], k: int) -> list[Hit]:
        """The `k` best paragraphs for weighted terms, by rank-bm25's scores."""
        scores = np.zeros(self.size)
        for term, weight in query.items():
            posting = self._postings.get(term)
            if posting is not None:
                scores[posting[0]] += weight * posting[1]
        found = np.flatnonzero(scores > 0)
        if not len(found) or k <= 0:
            return []
        # Stable: equal scores stay in the entries' order, document order (backends.py lists them by file).
        best = found[np.argsort(-scores[found], kind="stable")[:k]]
        return [_hit(self._entries[i], float(scores[i])) for i in best]


def _hit(entry: Entry, score: float) -> Hit:
    return Hit(entry.meta, entry.paragraph, score, entry.layout)


def _weighted_postings(model: Any) -> dict[str, tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]]:
    """term -> (paragraph ids, that term's BM25 score in each), by rank-bm25's get_scores formula.

    Only BM25Okapi's public attributes are read (doc_freqs, doc_len, avgdl, corpus_size, k1, b); its
    `idf` is replaced by lucene_idf (see there why). pyproject pins rank-bm25 below 0.3 for these names.
    """
    ids: dict[str, list[int]] = {}
    freqs: dict[str, list[int]] = {}
    for position, counts in enumerate(model.doc_freqs):
        for term, count in counts.items():
            ids.setdefault(term, []).append(position)
            freqs.setdefault(term, []).append(count)
    norm = model.k1 * (1 - model.b + model.b * np.asarray(model.doc_len, dtype=np.float64) / model.avgdl)
    postings = {}
    for term, where in ids.items():
        at = np.asarray(where, dtype=np.int64)
        tf = np.asarray(freqs[term], dtype=np.float64)
        weights = lucene_idf(model.corpus_size, len(where)) * tf * (model.k1 + 1) / (tf + norm[at])
        postings[term] = (at, weights.astype(np.float32))
    return postings
