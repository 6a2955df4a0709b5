"""The BM25 backend: IDF stays positive on small folders, and postings find every match."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import numpy as np
from rank_bm25 import BM25Okapi

from retrieval import Bm25Index, Library
from retrieval.index.bm25 import lucene_idf

THREE_ARTICLES = {
    "a.txt": "Sanctions talk\n\nSanctions on oil were discussed in Geneva.\n\nThe envoys met twice.\n",
    "b.txt": "Energy\n\nSanctions on gas were delayed by the council.\n\nWinter is coming early.\n",
    "c.txt": "Prisoners\n\nSanctions relief was linked to a prisoner swap.\n\nFamilies waited.\n",
}


def _folder(tmp_path: Path) -> Path:
    for name, text in THREE_ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_okapi_gives_a_term_in_half_the_paragraphs_zero_weight() -> None:
    # The problem being avoided (rank_bm25 issues 39 and 43), shown on the library itself.
    corpus = [
        ["sanction", "oil"],
        ["envoy"],
        ["sanction", "gas"],
        ["winter"],
        ["sanction", "prison"],
        ["famili"],
    ]
    assert BM25Okapi(corpus).idf["sanction"] == 0


def test_a_term_in_half_the_paragraphs_still_counts(tmp_path: Path) -> None:
    library = Library(_folder(tmp_path))
    library.refresh()
    index = library.snapshot.index
    assert index.size == 6
    assert index.doc_freq("sanction") == 3
    assert index.idf("sanction") > 0
    hits = index.search({"sanction": 1.0}, 10)
    assert len(hits) == 3
    assert all(hit.score > 0 for hit in hits)
    answer = library.answer("sanctions on gas")
    assert answer.quote is not None
    assert answer.quote.text == "Sanctions on gas were delayed by the council."


def test_lucene_idf_is_positive_and_falls_with_frequency() -> None:
    values = [lucene_idf(10, n) for n in range(11)]
    assert all(v > 0 for v in values)
    assert values == sorted(values, reverse=True)


def test_postings_scores_match_rank_bm25_get_scores(eval_folder: Path) -> None:
    library = Library(eval_folder)
    library.refresh()
    index = library.snapshot.index
    assert isinstance(index, Bm25Index)
    model = BM25Okapi([list(e.terms) or ["\x00empty"] for e in index._entries])
    # rank-bm25's own scoring, with the Lucene IDF the index is documented to use instead of its own.
    df = Counter(term for counts in model.doc_freqs for term in counts)
    model.idf = {term: lucene_idf(model.corpus_size, n) for term, n in df.items()}
    for query in (["crimea"], ["sanction", "oil"], ["plan", "point", "draft"], ["ukrain", "nato", "join"]):
        expected = model.get_scores(query)
        hits = index.search(dict.fromkeys(query, 1.0), 5)
        assert hits
        best = index._entries[int(np.argmax(expected))]
        assert (hits[0].meta, hits[0].paragraph) == (best.meta, best.paragraph)
        where = {(e.meta, e.paragraph): i for i, e in enumerate(index._entries)}
        for hit in hits:
            assert math.isclose(hit.score, expected[where[hit.meta, hit.paragraph]], rel_tol=1e-5)
