"""The watcher follows the document folder however it is replaced while the bot runs."""

from __future__ import annotations

import asyncio
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval import Library
from retrieval.ingest.watch import FolderWatcher
from tests.waiting import until, until_watching

DEADLINE = 2.0


def _write(folder: Path, word: str) -> None:
    (folder / f"{word}.txt").write_text(f"Talks\n\nThe {word} corridor deal was signed in Odesa.\n")


async def _seconds_until(condition: Callable[[], bool], limit: float = 10.0) -> float:
    started = time.monotonic()
    while time.monotonic() - started < limit:
        if condition():
            return time.monotonic() - started
        await asyncio.sleep(0.05)
    raise AssertionError("condition never held")


def _recreate(base: Path, docs: Path) -> None:
    shutil.rmtree(docs)
    docs.mkdir()
    _write(docs, "pepper")


def _rename_another_in(base: Path, docs: Path) -> None:
    other = base / "incoming"
    other.mkdir()
    _write(other, "pepper")
    docs.rename(base / "previous")
    other.rename(docs)


def _swap_symlink(base: Path, docs: Path) -> None:
    other = base / "release-2"
    other.mkdir()
    _write(other, "pepper")
    link = base / "docs.new"
    link.symlink_to(other)
    link.replace(docs)  # what `ln -sfn` and deploy tools do: an atomic rename over the old link


def _restore_from_backup(base: Path, docs: Path) -> None:
    # Another way: the folder moved aside, then a copy of it with one more file moved back.
    shutil.copytree(docs, base / "copy")
    _write(base / "copy", "pepper")
    shutil.rmtree(docs)
    (base / "copy").rename(docs)


@pytest.mark.parametrize("replace", [_recreate, _rename_another_in, _swap_symlink, _restore_from_backup])
async def test_changes_are_seen_within_two_seconds_after_the_folder_is_replaced(
    tmp_path: Path, replace: Callable[[Path, Path], None]
) -> None:
    first = tmp_path / "release-1"
    first.mkdir()
    _write(first, "salt")
    docs = tmp_path / "docs"
    if replace is _swap_symlink:
        docs.symlink_to(first)
    else:
        first.rename(docs)
    library = Library(docs)
    library.refresh()
    stop = asyncio.Event()
    watcher = asyncio.create_task(FolderWatcher(library).run(stop))
    try:
        await until_watching(library, docs / "probe.txt")  # as it is long before anyone replaces a folder
        replace(tmp_path, docs)
        assert await _seconds_until(lambda: library.answer("pepper corridor").found) < DEADLINE
        # Not only once: every later change is seen as quickly, from the new folder.
        for word in ("saffron", "ginger"):
            _write(docs, word)
            assert await _seconds_until(lambda w=word: library.answer(f"{w} corridor").found) < DEADLINE  # type: ignore[misc]
        (docs / "salt.txt").unlink(missing_ok=True)
        (docs / "pepper.txt").unlink()
        assert await _seconds_until(lambda: not library.answer("pepper corridor").found) < DEADLINE
    finally:
        stop.set()
        await watcher


async def test_a_folder_gone_for_a_while_is_watched_again_when_it_returns(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    _write(docs, "salt")
    library = Library(docs)
    library.refresh()
    stop = asyncio.Event()
    watcher = asyncio.create_task(FolderWatcher(library).run(stop))
    try:
        await until_watching(library, docs / "probe.txt")
        shutil.rmtree(docs)
        await until(lambda: "is gone" in caplog.text, what="the watcher missing the folder")
        assert library.answer("salt corridor").found  # what was loaded is still served meanwhile
        docs.mkdir()
        _write(docs, "pepper")
        assert await _seconds_until(lambda: library.answer("pepper corridor").found) < DEADLINE
        _write(docs, "saffron")
        assert await _seconds_until(lambda: library.answer("saffron corridor").found) < DEADLINE
    finally:
        stop.set()
        await asyncio.wait_for(watcher, 5)
