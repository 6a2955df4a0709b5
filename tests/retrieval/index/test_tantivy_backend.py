"""The tantivy backend: incremental changes, surviving restarts, refusing corrupt indexes, same answers."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, cast

import pytest
import tantivy

from retrieval import IndexInUse, Library
from retrieval.documents import FileKey, Meta, Paragraph
from retrieval.index.bm25 import Entry
from retrieval.index.tantivy_index import MARKER, TIE_FETCH, TantivyBackend
from retrieval.ingest.loader import scan

ARTICLES = {
    "a.txt": "Grain corridor\n\nThe grain corridor through Odesa reopened on Monday.\n\nShips waited.\n",
    "b.txt": "Energy talks\n\nEnvoys in Geneva discussed gas transit.\n\nNo deal was reached.\n",
}
QUESTIONS = [
    "What happens to Crimea?",
    "Who drafted the original plan?",
    "How many points does the revised Geneva framework have?",
    "How many countries are in the coalition of the willing?",
    "Where did meetings take place?",
    "What happens to frozen Russian assets?",
    "What is the capital of France?",
]


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[TantivyBackend]:
    opened = TantivyBackend(tmp_path / "ix")
    yield opened
    opened.close()


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _entry(file: str, number: int, terms: tuple[str, ...]) -> Entry:
    return Entry(Meta("Title", file), Paragraph(number, " ".join(terms)), terms)


def test_terms_are_indexed_as_given_not_lowercased_or_split(backend: TantivyBackend) -> None:
    key = FileKey("a.txt", 10, 1)
    backend.apply({"a.txt": (key, [_entry("a.txt", 1, ("abc", "Def", "1.5", "k'd"))])}, ())
    index = backend.index
    assert [index.doc_freq(t) for t in ("abc", "Def", "def", "1.5", "k'd", "k")] == [1, 1, 0, 1, 1, 0]
    assert sorted(index.vocabulary()) == ["1.5", "Def", "abc", "k'd"]
    hits = index.search({"Def": 1.0, "missing": 1.0}, 5)
    assert [hit.paragraph.text for hit in hits] == ["abc Def 1.5 k'd"]
    assert hits[0].meta == Meta("Title", "a.txt")


def test_weights_boost_terms(backend: TantivyBackend) -> None:
    key = FileKey("a.txt", 10, 1)
    entries = [_entry("a.txt", 1, ("oil",)), _entry("a.txt", 2, ("gas",))]
    backend.apply({"a.txt": (key, entries)}, ())
    assert backend.index.search({"oil": 0.5, "gas": 1.0}, 5)[0].paragraph.number == 2
    assert backend.index.search({"oil": 1.0, "gas": 0.5}, 5)[0].paragraph.number == 1
    assert backend.index.search({"oil": 1.0}, 0) == []


def test_equal_scores_rank_in_document_order_whatever_was_indexed_first(backend: TantivyBackend) -> None:
    # Files indexed newest first, each its own segment: tantivy alone ranks the tie in segment order.
    for name in ("c.txt", "b.txt", "a.txt"):
        entries = [_entry(name, n, ("ferry", "harbour")) for n in (2, 1)]
        backend.apply({name: (FileKey(name, 10, 1), entries)}, ())

    def ranked(k: int) -> list[tuple[str, int]]:
        return [(hit.meta.file, hit.paragraph.number) for hit in backend.index.search({"ferry": 1.0}, k)]

    assert ranked(6) == [("a.txt", 1), ("a.txt", 2), ("b.txt", 1), ("b.txt", 2), ("c.txt", 1), ("c.txt", 2)]
    # A tie cut at the k-th place keeps the first in document order, as rank-bm25 does.
    assert ranked(3) == ranked(6)[:3]


class _CountingSearcher:
    """tantivy's searcher, counting the stored documents read through it (the costly part of a search)."""

    def __init__(self, searcher: tantivy.Searcher) -> None:
        self._searcher = searcher
        self.docs = 0

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self._searcher.search(*args, **kwargs)

    def doc(self, address: tantivy.DocAddress) -> tantivy.Document:
        self.docs += 1
        return self._searcher.doc(address)


def _counting(backend: TantivyBackend) -> _CountingSearcher:
    view = backend.index._view
    counting = _CountingSearcher(view.searcher)
    view.searcher = cast(tantivy.Searcher, counting)
    return counting


def test_only_the_documents_that_can_make_the_cut_are_fetched(backend: TantivyBackend) -> None:
    # One paragraph on top, a tie at the second place (so twice as many are searched), and longer ones
    # below it, which score less and cannot make the first two.
    entries = [_entry("a.txt", 1, ("ferry", "ferry"))] + [
        _entry("a.txt", n, ("ferry", "port")) for n in (2, 3)
    ]
    entries += [_entry("a.txt", n, ("ferry", "port", "quay", "dock")) for n in range(4, 10)]
    backend.apply({"a.txt": (FileKey("a.txt", 10, 1), entries)}, ())
    counting = _counting(backend)
    assert [hit.paragraph.number for hit in backend.index.search({"ferry": 1.0}, 2)] == [1, 2]
    assert counting.docs == 3  # the top one and the two tied at the cut


def test_a_tie_of_many_copies_loads_a_bounded_number_of_documents(backend: TantivyBackend) -> None:
    # 300 copies of one line: cutting the tie in document order must not load every copy.
    entries = [_entry("a.txt", n, ("reporting", "desk")) for n in range(1, 301)]
    backend.apply({"a.txt": (FileKey("a.txt", 10, 1), entries)}, ())
    counting = _counting(backend)
    assert len(backend.index.search({"desk": 1.0}, 5)) == 5
    assert counting.docs <= (TIE_FETCH * 5 + 1) * 2


def test_add_replace_and_delete_one_article(tmp_path: Path, backend: TantivyBackend) -> None:
    folder = _folder(tmp_path)
    library = Library(folder, backend=backend)
    library.refresh()
    assert library.snapshot.index.size == 4
    assert library.answer("grain corridor Odesa").quote is not None

    (folder / "b.txt").write_text(
        "Energy talks\n\nEnvoys in Vienna discussed oil prices.\n", encoding="utf-8"
    )
    library.refresh()
    index = library.snapshot.index
    assert index.size == 3
    # The replaced paragraph is deleted but not yet merged away: its terms must still count zero.
    assert index.doc_freq("geneva") == 0
    assert "geneva" not in index.vocabulary()
    assert "vienna" in index.vocabulary()
    answer = library.answer("oil prices in Vienna")
    assert answer.quote is not None
    assert answer.quote.text == "Envoys in Vienna discussed oil prices."

    (folder / "a.txt").unlink()
    library.refresh()
    assert library.snapshot.index.size == 1
    assert library.snapshot.index.doc_freq("odesa") == 0
    assert library.answer("grain corridor Odesa").quote is None
    assert set(backend.indexed()) == {"b.txt"}


def test_an_addition_keeps_the_vocabulary_and_extends_it(tmp_path: Path, backend: TantivyBackend) -> None:
    folder = _folder(tmp_path)
    library = Library(folder, backend=backend)
    library.refresh()
    assert "odesa" in library.snapshot.index.vocabulary()
    (folder / "c.txt").write_text("Ports\n\nKherson port handled wheat.\n", encoding="utf-8")
    library.refresh()
    vocabulary = library.snapshot.index.vocabulary()
    assert {"odesa", "kherson", "wheat"} <= set(vocabulary)
    assert len(vocabulary) == len(set(vocabulary))
    assert library.answer("kherzon port").quote is not None  # corrected against the extended vocabulary


def test_reopened_index_serves_without_reindexing(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    first = TantivyBackend(tmp_path / "ix")
    Library(folder, backend=first, cache_dir=tmp_path / "cache").refresh()
    first.close()

    again = TantivyBackend(tmp_path / "ix")
    assert again.indexed() == {key.path: key for key, _ in scan(folder)}
    assert again.index.size == 4
    assert again.index.search({"odesa": 1.0}, 3)[0].meta.file == "a.txt"
    library = Library(folder, backend=again, cache_dir=tmp_path / "cache")
    change = library.refresh()
    assert change.changed == ()
    assert change.removed == ()
    assert library.answer("grain corridor Odesa").quote is not None
    assert len(library.snapshot.articles) == 2
    again.close()


def test_a_file_removed_while_stopped_is_dropped_on_restart(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    first = TantivyBackend(tmp_path / "ix")
    Library(folder, backend=first).refresh()
    first.close()
    (folder / "a.txt").unlink()
    again = TantivyBackend(tmp_path / "ix")
    library = Library(folder, backend=again)
    assert library.refresh().removed == ("a.txt",)
    assert library.snapshot.index.size == 2
    again.close()


def test_corrupt_index_is_detected_and_rebuilt(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = _folder(tmp_path)
    first = TantivyBackend(tmp_path / "ix")
    Library(folder, backend=first).refresh()
    first.close()
    (tmp_path / "ix" / "meta.json").write_text("garbage{", encoding="utf-8")

    with caplog.at_level(logging.WARNING, logger="retrieval"):
        rebuilt = TantivyBackend(tmp_path / "ix")
    assert "cannot be opened" in caplog.text
    assert rebuilt.index.size == 0
    assert rebuilt.indexed() == {}
    library = Library(folder, backend=rebuilt)
    library.refresh()
    assert library.answer("grain corridor Odesa").quote is not None
    rebuilt.close()


def test_index_of_another_version_is_rebuilt(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = _folder(tmp_path)
    first = TantivyBackend(tmp_path / "ix")
    Library(folder, backend=first).refresh()
    first.close()
    (tmp_path / "ix" / MARKER).write_text("talksbot-tantivy-0", encoding="utf-8")

    with caplog.at_level(logging.WARNING, logger="retrieval"):
        rebuilt = TantivyBackend(tmp_path / "ix")
    assert "another version" in caplog.text
    assert rebuilt.index.size == 0
    rebuilt.close()


def test_an_index_in_use_is_never_deleted(tmp_path: Path, backend: TantivyBackend) -> None:
    backend.apply({"a.txt": (FileKey("a.txt", 1, 1), [_entry("a.txt", 1, ("alpha",))])}, ())
    (tmp_path / "ix" / MARKER).write_text("talksbot-tantivy-0", encoding="utf-8")
    with pytest.raises(IndexInUse):
        TantivyBackend(tmp_path / "ix")
    assert backend.index.search({"alpha": 1.0}, 1)[0].meta.file == "a.txt"
    assert (tmp_path / "ix" / "meta.json").exists()


def test_a_folder_that_is_not_an_index_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "ix").mkdir()
    (tmp_path / "ix" / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ValueError, match="holds no tantivy index"):
        TantivyBackend(tmp_path / "ix")
    assert (tmp_path / "ix" / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_closed_backend_refuses_changes(tmp_path: Path) -> None:
    closed = TantivyBackend(tmp_path / "ix")
    closed.close()
    with pytest.raises(RuntimeError, match="closed"):
        closed.apply({"a.txt": (FileKey("a.txt", 1, 1), [_entry("a.txt", 1, ("x",))])}, ())


def test_same_counts_and_top_answers_as_bm25(eval_folder: Path, tmp_path: Path) -> None:
    backend = TantivyBackend(tmp_path / "ix")
    tantivy_library = Library(eval_folder, backend=backend)
    tantivy_library.refresh()
    bm25_library = Library(eval_folder)
    bm25_library.refresh()
    ours, theirs = tantivy_library.snapshot.index, bm25_library.snapshot.index
    assert ours.size == theirs.size
    assert sorted(ours.vocabulary()) == sorted(theirs.vocabulary())
    assert all(ours.doc_freq(t) == theirs.doc_freq(t) for t in theirs.vocabulary())
    assert ours.idf("geneva") == theirs.idf("geneva")
    for question in QUESTIONS:
        mine, reference = tantivy_library.answer(question), bm25_library.answer(question)
        assert (mine.quote and mine.quote.text) == (reference.quote and reference.quote.text), question
    backend.close()


def test_searches_during_changes_see_a_whole_state(backend: TantivyBackend) -> None:
    keep = {"keep.txt": (FileKey("keep.txt", 1, 1), [_entry("keep.txt", 1, ("alpha", "beta"))])}
    backend.apply(keep, ())
    done = threading.Event()

    def ask() -> set[tuple[int, int]]:
        seen = set()
        while not done.is_set():
            index = backend.index
            seen.add((index.size, len(index.search({"alpha": 1.0, "gamma": 1.0}, 10))))
        return seen

    with ThreadPoolExecutor(max_workers=3) as pool:
        readers = [pool.submit(ask) for _ in range(3)]
        for round_ in range(30):
            entries = [_entry("churn.txt", n, ("gamma", f"w{round_}")) for n in range(1, 4)]
            backend.apply({"churn.txt": (FileKey("churn.txt", round_, round_), entries)}, ())
        backend.apply({}, ["churn.txt"])
        done.set()
        seen = set().union(*(reader.result() for reader in readers))  # re-raises a reader's error
    # Either before the first change (1 paragraph), or a whole churn file added (4): never between.
    assert seen <= {(1, 1), (4, 4)}
    assert backend.index.size == 1


def test_an_old_index_keeps_answering_after_a_change(backend: TantivyBackend) -> None:
    backend.apply({"a.txt": (FileKey("a.txt", 1, 1), [_entry("a.txt", 1, ("alpha",))])}, ())
    old = backend.index
    backend.apply({}, ["a.txt"])
    assert old.search({"alpha": 1.0}, 5)[0].meta.file == "a.txt"
    assert backend.index.search({"alpha": 1.0}, 5) == []


def test_a_second_process_falls_back_to_rank_bm25(tmp_path: Path) -> None:
    import subprocess
    import sys

    from retrieval import open_backend
    from retrieval.index.backends import Bm25Backend

    holder = open_backend("tantivy", tmp_path / "ix")
    assert not isinstance(holder, Bm25Backend)
    code = (
        "import sys; from pathlib import Path; from retrieval import open_backend; "
        "from retrieval.index.backends import Bm25Backend; "
        f"second = open_backend('tantivy', Path({str(tmp_path / 'ix')!r})); "
        "sys.exit(0 if isinstance(second, Bm25Backend) else 1)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False, timeout=60).returncode == 0
