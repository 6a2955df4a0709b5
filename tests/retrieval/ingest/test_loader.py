"""Reading a folder: bad files are skipped with a warning naming them; the rest is served."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval import FolderError, Library

VALID = "Truce in Geneva\n\nThe truce talks in Geneva ended with a signed memorandum.\n"


def test_bad_files_are_skipped_and_named(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "valid.txt").write_text(VALID, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "windows.txt").write_bytes(
        "Caf\u00e9 envoy said the \u201cpeace dividend\u201d was large.\n".encode("cp1252")
    )
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n")
    with caplog.at_level(logging.WARNING, logger="retrieval"):
        library = make_library(tmp_path)
    files = {info.meta.file for info in library.snapshot.articles}
    assert files == {"valid.txt", "windows.txt"}
    messages = "\n".join(caplog.messages)
    assert "binary.txt" in messages
    assert "empty.md" in messages
    assert "windows.txt is not UTF-8" in messages
    assert library.answer("peace dividend").quote is not None
    assert library.answer("memorandum in Geneva").quote is not None


def test_subfolders_hidden_and_partial_files(tmp_path: Path, make_library: Callable[[Path], Library]) -> None:
    (tmp_path / "2025" / "nov").mkdir(parents=True)
    (tmp_path / "2025" / "nov" / "deep.md").write_text(VALID, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(VALID, encoding="utf-8")
    (tmp_path / "draft.txt.swp").write_text(VALID, encoding="utf-8")
    (tmp_path / "download.txt.part").write_text(VALID, encoding="utf-8")
    (tmp_path / "notes.txt~").write_text(VALID, encoding="utf-8")
    library = make_library(tmp_path)
    assert [info.meta.file for info in library.snapshot.articles] == ["2025/nov/deep.md"]


def test_links_leading_outside_the_folder_are_not_followed(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(VALID, encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "inside.txt").write_text(VALID, encoding="utf-8")
    (docs / "link.txt").symlink_to(outside)
    library = make_library(docs)
    assert [info.meta.file for info in library.snapshot.articles] == ["inside.txt"]


def test_oversized_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 1000, encoding="utf-8")
    (tmp_path / "small.txt").write_text(VALID, encoding="utf-8")
    library = Library(tmp_path, max_bytes=1000)
    library.refresh()
    assert [info.meta.file for info in library.snapshot.articles] == ["small.txt"]
    assert [s.file for s in library.snapshot.skipped] == ["big.txt"]


def test_missing_folder_raises_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FolderError, match="not found"):
        Library(tmp_path / "nope").refresh()


def test_a_file_given_as_the_folder_is_named_as_one(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text(VALID, encoding="utf-8")
    with pytest.raises(FolderError, match="is a file, not a folder"):
        Library(tmp_path / "notes.txt").refresh()
