"""A large change read by worker processes in batches builds the index a serial, single-batch read does."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import msgpack
import pytest

from retrieval import Library
from retrieval.documents import Article, FileKey
from retrieval.index.backends import Backend, Bm25Backend
from retrieval.index.bm25 import Entry
from retrieval.index.building import BuildPlan
from retrieval.index.cache import FileCache, encode
from retrieval.index.tantivy_index import TantivyBackend
from retrieval.ingest.loader import scan
from retrieval.language import layout, text
from tests.conftest import EVAL_FIXTURES
from tests.retrieval.index.test_tantivy_backend import _entry

SERIAL = BuildPlan(batch_files=10**9, pool_from=10**9)
POOLED = BuildPlan(batch_files=4, pool_from=1, workers=2)
QUESTIONS = ("what happens to Crimea?", "who leads the delegation", "how many points", "capital of France")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The evaluation articles, twenty short ones, an empty file and one that is not text."""
    root = tmp_path / "docs"
    shutil.copytree(EVAL_FIXTURES, root)
    for i in range(20):
        body = f"Report {i}\n\nNegotiators met in Geneva on day {i}. The plan had {i + 10} points.\n"
        (root / "more" / f"{i:02d}.txt").parent.mkdir(exist_ok=True)
        (root / "more" / f"{i:02d}.txt").write_text(body, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    return root


def _backend(kind: str, where: Path) -> Backend:
    # One writer thread: documents keep their order, so equal scores tie the same way in both builds.
    return TantivyBackend(where, heap_bytes=40 * 1024 * 1024) if kind == "tantivy" else Bm25Backend()


def _library(folder: Path, where: Path, kind: str, plan: BuildPlan) -> Library:
    library = Library(folder, backend=_backend(kind, where / "index"), cache_dir=where / "cache", build=plan)
    library.refresh()
    return library


@pytest.mark.parametrize("kind", ["bm25", "tantivy"])
def test_pooled_batched_build_equals_serial_build(
    folder: Path, tmp_path: Path, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    serial = _library(folder, tmp_path / "serial", kind, SERIAL)
    with caplog.at_level(logging.WARNING, logger="retrieval"):
        pooled = _library(folder, tmp_path / "pooled", kind, POOLED)
    # A worker's warnings are told by this process.
    assert any("skipped empty.txt: the file is empty" in r.getMessage() for r in caplog.records)
    assert pooled.snapshot.articles == serial.snapshot.articles
    assert pooled.snapshot.skipped == serial.snapshot.skipped
    index, reference = pooled.snapshot.index, serial.snapshot.index
    assert index.size == reference.size
    assert sorted(index.vocabulary()) == sorted(reference.vocabulary())
    assert all(index.doc_freq(t) == reference.doc_freq(t) for t in reference.vocabulary())
    for question in QUESTIONS:
        assert pooled.answer(question) == serial.answer(question), question
    keys = [key for key, _ in _scanned(folder)]
    cached, expected = (
        FileCache(tmp_path / "pooled" / "cache", folder),
        FileCache(tmp_path / "serial" / "cache", folder),
    )
    assert cached.get_many(keys) == expected.get_many(keys)
    assert cached.infos() == expected.infos()


def test_a_restart_reads_the_batched_build(folder: Path, tmp_path: Path) -> None:
    built = _library(folder, tmp_path, "tantivy", POOLED)
    built.close()
    restarted = _library(folder, tmp_path, "tantivy", POOLED)
    assert restarted.snapshot.articles == built.snapshot.articles
    assert restarted.answer(QUESTIONS[0]) == built.answer(QUESTIONS[0])


@pytest.mark.parametrize("kind", ["bm25", "tantivy"])
def test_staged_changes_show_only_when_committed(tmp_path: Path, kind: str) -> None:
    backend = _backend(kind, tmp_path / "index")
    first = {"a.txt": (FileKey("a.txt", 1, 1), [_entry("a.txt", 1, ("alpha",))])}
    second = {"b.txt": (FileKey("b.txt", 1, 1), [_entry("b.txt", 1, ("beta",))])}
    backend.apply(first, (), commit=False)
    backend.apply(second, (), commit=False)
    assert backend.index.size == 0
    backend.apply({}, (), commit=True)
    assert backend.index.size == 2
    assert backend.index.doc_freq("beta") == 1


def test_a_failed_batch_rolls_back_what_was_staged(tmp_path: Path) -> None:
    backend = TantivyBackend(tmp_path / "index")
    backend.apply({"a.txt": (FileKey("a.txt", 1, 1), [_entry("a.txt", 1, ("alpha",))])}, (), commit=False)
    broken: list[Entry] = [_entry("b.txt", 1, ("beta",)), None]  # type: ignore[list-item]
    with pytest.raises(AttributeError):
        backend.apply({"b.txt": (FileKey("b.txt", 1, 1), broken)}, ())
    backend.apply({}, (), commit=True)
    assert backend.index.size == 0


def test_encode_keeps_meta_and_count_apart() -> None:
    entry = _entry("a.txt", 1, ("alpha", "beta"))
    row = encode((Article(entry.meta, (entry.paragraph,)), [entry]))
    assert row is not None
    data, meta, paragraphs = row
    assert msgpack.unpackb(data)["terms"] == [["alpha", "beta"]]
    assert meta is not None
    assert "a.txt" in meta
    assert paragraphs == 1


def _scanned(folder: Path) -> list[tuple[FileKey, Path]]:
    return list(scan(folder))


@pytest.mark.parametrize("kind", ["bm25", "tantivy"])
def test_a_hit_carries_its_layout_through_the_cache(folder: Path, tmp_path: Path, kind: str) -> None:
    # Built by the workers, stored in the cache and the index; a restart reads it back from either.
    _library(folder, tmp_path, kind, POOLED).close()
    restarted = _library(folder, tmp_path, kind, SERIAL)
    hits = restarted.snapshot.index.search({"geneva": 1.0, "crimea": 1.0}, 10)
    assert hits
    for hit in hits:
        assert hit.layout is not None
        assert layout.unpack(hit.layout) == layout.layout(hit.paragraph.text)
        paragraph, meta = hit.paragraph, hit.meta
        framing = text.terms(layout.frame(paragraph.heading, meta.title, meta.date))
        assert layout.around(hit.layout) == (tuple(text.terms(paragraph.antecedent)), tuple(framing))
