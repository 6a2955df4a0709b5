"""Invented articles written into a test's folder, as an editor would drop them in."""

from __future__ import annotations

from pathlib import Path


def write_article(folder: Path, name: str, title: str, day: int, *paragraphs: str) -> None:
    """Write `name` in `folder`: a Markdown article with front matter (`title`, dated 2026-01-`day`) and
    `paragraphs` separated by blank lines."""
    body = "\n\n".join(paragraphs)
    (folder / name).write_text(f"---\ntitle: {title}\ndate: 2026-01-{day}\n---\n\n{body}\n", encoding="utf-8")
