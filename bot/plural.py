"""Counted nouns for replies and logs: "1 article", "2 articles", "1,204 paragraphs"."""

from __future__ import annotations


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """`count` and the noun in the right number; `plural` defaults to `singular` + "s"."""
    noun = singular if count == 1 else (plural or f"{singular}s")
    return f"{count:,} {noun}"
