"""Counted nouns."""

from __future__ import annotations

import pytest

from bot.plural import counted


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 articles"), (1, "1 article"), (2, "2 articles"), (-1, "-1 articles"), (12345, "12,345 articles")],
)
def test_counted_articles(count: int, expected: str) -> None:
    assert counted(count, "article") == expected


def test_an_irregular_plural() -> None:
    assert (counted(1, "query", "queries"), counted(3, "query", "queries")) == ("1 query", "3 queries")
