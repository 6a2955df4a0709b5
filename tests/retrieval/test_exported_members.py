"""retrieval's public surface is exactly its __all__ (as httpx's tests/test_exported_members.py keeps it)."""

from __future__ import annotations

import ast
import types
from pathlib import Path

import retrieval
from tests.conftest import ROOT


def test_all_names_every_public_member_and_nothing_else() -> None:
    public = {
        name
        for name, value in vars(retrieval).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert set(retrieval.__all__) == public
    assert len(retrieval.__all__) == len(set(retrieval.__all__))


def test_every_exported_name_says_where_it_lives() -> None:
    for name in retrieval.__all__:
        value = getattr(retrieval, name)
        module = getattr(value, "__module__", None)
        if module is not None:  # constants have none
            assert module.startswith("retrieval."), (name, module)


def _imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_bot_imports_only_the_public_surface() -> None:
    # ruff's banned-api (bot/ruff.toml) says the same at lint time; this fails if that file is lost.
    reaching = {
        f"{path.relative_to(ROOT)}: {module}"
        for path in (ROOT / "bot").rglob("*.py")
        for module in _imported_modules(path)
        if module.startswith("retrieval.")
    }
    assert reaching == set()


def test_the_engine_never_imports_telegram_or_the_settings() -> None:
    banned = ("telegram", "config", "pydantic_settings")
    reaching = {
        f"{path.relative_to(ROOT)}: {module}"
        for path in (ROOT / "retrieval").rglob("*.py")
        for module in _imported_modules(path)
        if module.split(".")[0] in banned
    }
    assert reaching == set()
