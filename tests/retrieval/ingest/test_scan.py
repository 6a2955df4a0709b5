"""The folder scan: os.scandir with one stat per plain file lists what os.walk with resolve() listed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from retrieval.documents import FileKey
from retrieval.ingest import loader
from retrieval.ingest.loader import displayable, is_candidate, scan


def walked(root: Path) -> Iterator[tuple[FileKey, Path]]:
    """The scan as it was: os.walk, every file resolved and stat'ed through its real path."""
    real_root = root.resolve()
    for directory, subdirs, files in os.walk(root, followlinks=False):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(directory) / name
            relative = displayable(path.relative_to(root).as_posix())
            if is_candidate(relative):
                key = loader._key(path, relative, real_root)
                if key is not None:
                    yield key, path


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("outside", encoding="utf-8")
    files = [
        "b.txt",
        "a.md",
        "Z.HTML",
        "notes.TXT.swp",
        ".hidden.txt",
        "draft.txt~",
        "name.",
        "report.pdf",
        "2024/05/x.txt",
        "2024/05/y.markdown",
        "2024.05/z.txt",
        ".git/config.txt",
        "sub/.dot/inside.txt",
        "sub/deeper/story.htm",
        "café.txt",
    ]
    for relative in files:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(relative, encoding="utf-8")
    (root / "bytes-\udcff.txt").write_text("a name that is not UTF-8", encoding="utf-8")
    (root / "link-in.txt").symlink_to(root / "b.txt")
    (root / "link-out.txt").symlink_to(outside / "secret.txt")
    (root / "broken.txt").symlink_to(root / "missing.txt")
    (root / "linked-folder").symlink_to(outside, target_is_directory=True)
    (root / "fifo.txt").unlink(missing_ok=True)
    os.mkfifo(root / "fifo.txt")
    return root


def test_scan_lists_what_os_walk_listed_in_the_same_order(tree: Path) -> None:
    assert list(scan(tree)) == list(walked(tree))
    found = [key.path for key, _ in scan(tree)]
    assert "link-in.txt" in found
    assert "link-out.txt" not in found
    assert "2024/05/x.txt" in found
    assert not any("secret" in path or path.startswith(".") or "/." in path for path in found)


def test_a_changed_file_changes_its_key(tree: Path) -> None:
    before = dict(scan(tree))
    (tree / "b.txt").write_text("longer now", encoding="utf-8")
    after = dict(scan(tree))
    assert {k.path for k in before} == {k.path for k in after}
    assert next(k for k in after if k.path == "b.txt") not in before
