"""The file cache: a folder that cannot be written costs one warning and the cache, never the answers."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from retrieval.index.cache import FileCache, folder_id


def test_an_unwritable_cache_folder_is_one_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="retrieval"):
        cache = FileCache(tmp_path / "a-file" / "cache", tmp_path)
    [warning] = [r.getMessage() for r in caplog.records]
    assert "no file cache this run" in warning
    assert "rebuil" not in warning  # not "rebuilding it", then "no cache": it says what happens, once
    assert cache.infos() == {}


def test_a_corrupt_cache_file_is_rebuilt_with_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / f"files-{folder_id(tmp_path)}.sqlite3").write_bytes(b"not a database" * 100)
    with caplog.at_level(logging.WARNING, logger="retrieval"):
        FileCache(tmp_path / "cache", tmp_path)
    [warning] = [r.getMessage() for r in caplog.records]
    assert "rebuilt it empty" in warning
