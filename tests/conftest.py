"""Shared fixtures: real folders of real articles, built per test in tmp_path."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval import Library, open_backend

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EVAL_FIXTURES = ROOT / "tests" / "fixtures" / "eval"


@pytest.fixture
def seed_folder(tmp_path: Path) -> Path:
    """A copy of the shipped seed folder."""
    folder = tmp_path / "docs"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def eval_folder(tmp_path: Path) -> Path:
    """A copy of the evaluation articles (the seed and the fixtures written for it)."""
    folder = tmp_path / "eval"
    shutil.copytree(EVAL_FIXTURES, folder)
    return folder


@pytest.fixture(params=["bm25", "tantivy"])
def backend_kind(request: pytest.FixtureRequest) -> str:
    """Each index backend in turn: the engine must behave the same over both."""
    return str(request.param)


@pytest.fixture
def make_library(backend_kind: str, tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path], Library]:
    """Build and load a Library over a folder, with each backend."""

    def build(folder: Path) -> Library:
        index_dir = tmp_path_factory.mktemp("index")
        library = Library(folder, backend=open_backend(backend_kind, index_dir))
        library.refresh()
        return library

    return build
