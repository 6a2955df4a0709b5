"""The candidate pool: one search of the crowded size gives what searching 20, then 40 when flat, gave."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from retrieval import Library
from retrieval.answer.extract import CANDIDATES, CROWDED_CANDIDATES, FLAT_SHARE, _pool
from retrieval.documents import FileKey, Meta, Paragraph
from retrieval.index.bm25 import Bm25Index, Entry, Hit, Index
from retrieval.index.tantivy_index import TantivyBackend

FILLER = "council budget road school"


def _entries(texts: list[str]) -> list[Entry]:
    found = []
    for i, body in enumerate(texts):
        meta = Meta(f"Article {i}", f"{i:03}.txt")
        found.append(Entry(meta, Paragraph(1, body), tuple(body.split())))
    return found


@pytest.fixture(params=["rank-bm25", "tantivy"])
def folder(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[list[str]], Index]]:
    """Makes an index of paragraph texts with each backend."""
    backends: list[TantivyBackend] = []

    def made(texts: list[str]) -> Index:
        entries = _entries(texts)
        if request.param == "rank-bm25":
            return Bm25Index(entries)
        backend = TantivyBackend(tmp_path / f"ix{len(backends)}")
        backends.append(backend)
        backend.apply({e.meta.file: (FileKey(e.meta.file, 1, 1), [e]) for e in entries}, ())
        return backend.index

    yield made
    for backend in backends:
        backend.close()


def _two_searches(index: Index, weights: dict[str, float]) -> list[Hit]:
    """The pool as it was searched before: the best 20, and the best 40 if the 20th scored near the best."""
    hits = index.search(weights, CANDIDATES)
    if len(hits) == CANDIDATES and hits[-1].score >= FLAT_SHARE * hits[0].score:
        hits = index.search(weights, CROWDED_CANDIDATES)
    return hits


FOLDERS = {
    # Fifty paragraphs alike: BM25 cannot tell them apart, and 40 are read.
    "flat": [f"grain port {FILLER}"] * 50 + [FILLER] * 50,
    # Five hold the rare word: the 20th scores far below the best, and 20 are read.
    "steep": ["grain harbour"] * 5
    + [f"grain {FILLER} {FILLER} {FILLER} {' '.join(['x'] * i)}" for i in range(45)]
    + [FILLER] * 200,
    # Steep, and the 20th and 21st paragraphs tie: which of the tied ones a search keeps is its own choice.
    "tie at the cut": ["grain harbour"] * 5 + [f"grain {FILLER} {FILLER} {FILLER}"] * 45 + [FILLER] * 200,
    "few matches": ["grain harbour"] * 3 + [f"grain {FILLER}"] * 10 + [FILLER] * 50,
    "exactly twenty": [f"grain {FILLER}"] * 20 + [FILLER] * 50,
}


@pytest.mark.parametrize("name", FOLDERS)
def test_one_search_gives_the_pool_two_searches_gave(name: str, folder: Callable[[list[str]], Index]) -> None:
    index = folder(FOLDERS[name])
    weights = {"grain": 1.0, "harbour": 1.0, "port": 1.0}
    assert _pool(index, weights) == _two_searches(index, weights)


def test_a_flat_ranking_reads_the_crowded_pool_and_a_steep_one_the_usual(
    folder: Callable[[list[str]], Index],
) -> None:
    weights = {"grain": 1.0, "harbour": 1.0, "port": 1.0}
    assert len(_pool(folder(FOLDERS["flat"]), weights)) == CROWDED_CANDIDATES
    assert len(_pool(folder(FOLDERS["steep"]), weights)) == CANDIDATES


def test_when_the_pool_supplies_nothing_the_paragraphs_ranked_next_are_read_before_refusing(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Invented reports: fifty paragraphs hold every word of the question and no figure; the one with the
    # figure names neither Velmara nor the talks (its title does), so it ranks below them all.
    crowd = "People at the Velmara talks praised the Brevian team, and the Brevian team praised the talks."
    for i in range(50):
        _article(tmp_path, f"crowd{i:02}.md", f"Notes from the lake, part {i}", crowd)
    _article(tmp_path, "size.md", "Velmara talks: the delegations", "The Brevian team was 12 people strong.")
    answer = make_library(tmp_path).answer("how many people were in the Brevian team at the Velmara talks?")
    assert answer.quote is not None
    assert "12 people" in answer.quote.text


def _article(folder: Path, name: str, title: str, body: str) -> None:
    (folder / name).write_text(f"---\ntitle: {title}\ndate: 2026-01-20\n---\n\n{body}\n", encoding="utf-8")
