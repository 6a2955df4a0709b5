"""The index interface every backend satisfies, and the default rank-bm25 backend."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from rank_bm25 import BM25Okapi

from retrieval.documents import Meta, Paragraph


@dataclass(frozen=True)
class Entry:
    """One indexed paragraph with the article it belongs to and its terms."""

    meta: Meta
    paragraph: Paragraph
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Hit:
    """A paragraph found for a query, with its BM25 score."""

    entry: Entry
    score: float


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
    """Lucene's BM25 IDF: positive for every term, even one found in most paragraphs."""
    return math.log(1.0 + (n_docs - doc_freq + 0.5) / (doc_freq + 0.5))


class _PositiveIdfBM25(BM25Okapi):  # type: ignore[misc]  # rank_bm25 ships no type hints
    # BM25Okapi's IDF, log((N - n + 0.5) / (n + 0.5)), is zero for a term in exactly half the
    # paragraphs and negative above that (rank_bm25 issues 39 and 43); on a small folder that makes
    # "Ukraine" worth nothing. Lucene's log(1 + ...) keeps every IDF positive and ordered by rarity.
    def _calc_idf(self, nd: Mapping[str, int]) -> None:
        self.idf = {word: lucene_idf(self.corpus_size, freq) for word, freq in nd.items()}
        self.average_idf = sum(self.idf.values()) / max(len(self.idf), 1)


class Bm25Index:
    """rank-bm25 over paragraphs, with postings so that a query only scores paragraphs it can match."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self._entries = list(entries)
        corpus = [list(entry.terms) or ["\x00empty"] for entry in self._entries]
        self._bm25: Any = _PositiveIdfBM25(corpus) if corpus else None
        self._postings = _postings(corpus)

    @property
    def size(self) -> int:
        """How many paragraphs are indexed."""
        return len(self._entries)

    def doc_freq(self, term: str) -> int:
        """How many paragraphs contain `term`."""
        return len(self._postings.get(term, ()))

    def idf(self, term: str) -> float:
        """Lucene IDF of `term` over this index."""
        return lucene_idf(self.size, self.doc_freq(term))

    def vocabulary(self) -> Sequence[str]:
        """Every indexed term."""
        return list(self._postings)

    def search(self, query: Mapping[str, float], k: int) -> list[Hit]:
        """Score only the paragraphs holding a query term, with rank-bm25's own formula."""
        candidates = sorted({i for term in query for i in self._postings.get(term, ())})
        if not candidates or self._bm25 is None:
            return []
        scores = np.zeros(len(candidates))
        for term, weight in query.items():
            if term in self._postings:
                scores += weight * np.asarray(self._bm25.get_batch_scores([term], candidates))
        best = np.argsort(-scores, kind="stable")[:k]
        return [Hit(self._entries[candidates[i]], float(scores[i])) for i in best if scores[i] > 0]


def _postings(corpus: list[list[str]]) -> dict[str, list[int]]:
    postings: dict[str, list[int]] = {}
    for position, terms in enumerate(corpus):
        for term in dict.fromkeys(terms):
            postings.setdefault(term, []).append(position)
    return postings
