"""The library over time: incremental refreshes, the disk cache, uploads and the folder watcher."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

import pytest

from retrieval import DuplicateUpload, Library, UploadError
from retrieval import library as library_module
from retrieval.answer import extract, spelling
from retrieval.ingest.uploads import safe_name
from retrieval.ingest.watch import FolderWatcher
from retrieval.language import lexicon, text
from tests.waiting import until_watching

ARTICLE = "Title {n}\n\nThe envoy number {n} spoke about the {word} corridor in Geneva.\n"


def _write(folder: Path, n: int, word: str = "grain") -> Path:
    path = folder / f"a{n}.txt"
    path.write_text(ARTICLE.format(n=n, word=word), encoding="utf-8")
    return path


def test_refresh_reads_only_what_changed(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    for n in range(5):
        _write(tmp_path, n)
    library = Library(tmp_path)
    assert len(library.refresh().changed) == 5
    assert not library.refresh()
    _write(tmp_path, 2, "salt")
    (tmp_path / "a4.txt").unlink()
    change = library.refresh()
    assert change.changed == ("a2.txt",)
    assert change.removed == ("a4.txt",)
    assert library.answer("salt corridor").quote is not None
    assert len(library.snapshot.articles) == 4


def test_a_warm_cache_parses_nothing_again(tmp_path: Path) -> None:
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    docs.mkdir()
    paths = [_write(docs, n) for n in range(3)]
    Library(docs, cache_dir=cache).refresh()
    # Same size and mtime, other words: only a library that trusts its cache still says "grain".
    stat = paths[0].stat()
    paths[0].write_text(ARTICLE.format(n=0, word="steel"), encoding="utf-8")
    os.utime(paths[0], ns=(stat.st_atime_ns, stat.st_mtime_ns))
    warm = Library(docs, cache_dir=cache)
    warm.refresh()
    quote = warm.answer("envoy number 0").quote
    assert quote is not None
    assert "grain" in quote.text
    # A real change (new mtime) is read again.
    paths[1].write_text(ARTICLE.format(n=1, word="salt"), encoding="utf-8")
    again = Library(docs, cache_dir=cache)
    again.refresh()
    assert again.answer("salt corridor").quote is not None


def test_a_corrupt_cache_is_ignored_and_rebuilt(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    docs.mkdir()
    _write(docs, 1)
    Library(docs, cache_dir=cache).refresh()
    [db] = cache.glob("*.sqlite3")
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE files SET data = '{\"meta\": 1}'")
    with caplog.at_level(logging.WARNING):
        library = Library(docs, cache_dir=cache)
        library.refresh()
    assert library.answer("grain corridor").quote is not None
    assert "rebuilt it empty" in caplog.text
    for garbage in (b"not a database at all" * 100, b""):
        for path in cache.glob("*"):
            path.write_bytes(garbage)
        library = Library(docs, cache_dir=cache)
        library.refresh()
        assert library.answer("grain corridor").quote is not None


def test_uploads_never_overwrite_and_refuse_bad_files(tmp_path: Path) -> None:
    library = Library(tmp_path)
    library.refresh()
    first = library.add("report.txt", ARTICLE.format(n=1, word="grain").encode())
    second = library.add("report.txt", ARTICLE.format(n=2, word="salt").encode())
    assert (first.name, second.name) == ("report.txt", "report-2.txt")
    assert "grain" in (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert library.answer("salt corridor").quote is not None
    with pytest.raises(UploadError, match="binary"):
        library.add("x.txt", bytes(range(256)))
    with pytest.raises(UploadError, match="only"):
        library.add("x.exe", b"MZ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report-2.txt", "report.txt"]


def test_the_same_bytes_again_are_refused_whatever_the_name(tmp_path: Path) -> None:
    library = Library(tmp_path)
    library.refresh()
    data = ARTICLE.format(n=1, word="grain").encode()
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "kept.txt").write_bytes(data)
    (tmp_path / "same-size.txt").write_bytes(data.replace(b"grain", b"salty"))
    with pytest.raises(DuplicateUpload) as refused:
        library.add("renamed.md", data)
    assert refused.value.existing == "sub/kept.txt"
    assert str(refused.value) == "the folder already has it as sub/kept.txt"
    assert sorted(p.name for p in tmp_path.rglob("*.*")) == ["kept.txt", "same-size.txt"]
    # Once the file is edited its old digest no longer matches, and the upload is saved.
    kept = tmp_path / "sub" / "kept.txt"
    before = kept.stat().st_mtime_ns
    kept.write_bytes(data.replace(b"grain", b"wheat"))
    os.utime(kept, ns=(before + 10**9, before + 10**9))  # a new version even on a coarse clock
    assert library.add("renamed.txt", data).name == "renamed.txt"


def test_an_unparsable_upload_says_why_once(tmp_path: Path) -> None:
    library = Library(tmp_path)
    with pytest.raises(UploadError) as refused:
        library.add("empty.txt", b"")
    assert str(refused.value) == "the file is empty"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        (".hidden.md", "hidden.md"),
        ("a<b>|c.TXT", "a_b_c.txt"),
        (".txt", "article.txt"),
    ],
)
def test_safe_names(original: str, expected: str) -> None:
    assert safe_name(original) == expected


async def test_the_watcher_sees_new_and_removed_files(tmp_path: Path) -> None:
    _write(tmp_path, 1)
    library = Library(tmp_path)
    library.refresh()
    stop = asyncio.Event()
    watcher = asyncio.create_task(FolderWatcher(library).run(stop))
    try:
        await until_watching(library, tmp_path / "probe.txt")
        path = _write(tmp_path, 2, "salt")
        await _until(lambda: library.answer("salt corridor").found)
        path.unlink()
        await _until(lambda: not library.answer("salt corridor").found)
    finally:
        stop.set()
        await watcher


async def _until(condition: Callable[[], bool], limit: float = 5.0) -> None:
    for _ in range(int(limit / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition never held")


def test_refreshing_only_the_paths_a_watcher_names(tmp_path: Path) -> None:
    _write(tmp_path, 1)
    library = Library(tmp_path)
    library.refresh()
    _write(tmp_path, 2, "salt")
    (tmp_path / "unseen").mkdir()
    _write(tmp_path / "unseen", 3, "steel")
    # Only the named file is looked at...
    assert library.refresh(["a2.txt"]).changed == ("a2.txt",)
    assert library.answer("salt corridor").found
    assert not library.answer("steel corridor").found
    # ...while a directory in the list means a full scan.
    assert library.refresh(["unseen"]).changed == ("unseen/a3.txt",)
    (tmp_path / "a2.txt").unlink()
    assert library.refresh(["a2.txt"]).removed == ("a2.txt",)


def test_a_dotted_folder_named_by_the_watcher_is_scanned(tmp_path: Path) -> None:
    library = Library(tmp_path)
    library.refresh()
    (tmp_path / "2024.05").mkdir()
    _write(tmp_path / "2024.05", 7, "copper")
    assert library.refresh(["2024.05"]).changed == ("2024.05/a7.txt",)
    for path in (tmp_path / "2024.05").iterdir():
        path.unlink()
    (tmp_path / "2024.05").rmdir()
    assert library.refresh(["2024.05"]).removed == ("2024.05/a7.txt",)
    assert not library.answer("copper corridor").found


PLANT = "Plant\n\nAll six reactors at Orvane have been shut down since the summer floods.\n"


def test_prepare_builds_the_snapshot_s_typo_tables_before_the_first_question(tmp_path: Path) -> None:
    (tmp_path / "plant.txt").write_text(PLANT, encoding="utf-8")
    library = Library(tmp_path)
    library.refresh()
    library.prepare()
    held = spelling._KEYS[0]  # the one-entry cache prepare fills
    assert held is not None
    assert held() is library.snapshot.index


def test_prepare_tokenises_the_words_wordnet_relates_before_the_first_question(tmp_path: Path) -> None:
    (tmp_path / "plant.txt").write_text(PLANT, encoding="utf-8")
    library = Library(tmp_path)
    library.refresh()
    text._TERMS[0].clear()  # the memo of raw word -> term that a question's WordNet expansion reads
    library.prepare()
    assert lexicon.related_words(text.terms("purchase")[0])
    assert all(word in text._TERMS[0] for word in lexicon.related_words(text.terms("purchase")[0]))


def test_a_counted_noun_with_a_typo_counts_what_its_correction_names(tmp_path: Path) -> None:
    (tmp_path / "plant.txt").write_text(PLANT, encoding="utf-8")
    library = Library(tmp_path)
    library.refresh()
    answer = library.answer("how many reactcors are shut down at Orvane?")
    assert answer.quote is not None
    assert "six reactors" in answer.quote.text


def test_answering_pauses_the_cyclic_collector_and_leaves_it_as_it_was(tmp_path: Path) -> None:
    _write(tmp_path, 1)
    library = Library(tmp_path)
    library.refresh()
    collections: list[int] = []

    def count(phase: str, info: dict[str, Any]) -> None:
        # A collection set off while the answer is worked out has the answering code on the stack.
        if phase == "start" and _on_stack(extract.answer.__code__):
            collections.append(info["generation"])

    threshold = gc.get_threshold()
    gc.callbacks.append(count)
    gc.set_threshold(1)  # with the collector on, the answer's first few objects would set it off
    try:
        assert library.answer("grain corridor").quote is not None
        assert not collections
        assert gc.isenabled()
        gc.disable()  # a caller that had it off finds it off still
        library.answer("grain corridor")
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.set_threshold(*threshold)
        gc.callbacks.remove(count)


def test_the_collector_stays_paused_until_the_last_of_overlapping_answers_ends() -> None:
    # An answer (in a worker thread) that ends while a refresh still runs must not turn collection on
    # under the refresh; the last to end turns it back on.
    entered, release = threading.Event(), threading.Event()

    def other() -> None:
        with library_module._collector_paused():
            entered.set()
            release.wait(timeout=10)

    assert gc.isenabled()
    worker = threading.Thread(target=other)
    try:
        with library_module._collector_paused():
            worker.start()
            assert entered.wait(timeout=10)
        assert not gc.isenabled()
    finally:
        release.set()
        worker.join(timeout=10)
    assert gc.isenabled()


def _on_stack(code: CodeType) -> bool:
    frame: FrameType | None = sys._getframe()
    while frame is not None and frame.f_code is not code:
        frame = frame.f_back
    return frame is not None
