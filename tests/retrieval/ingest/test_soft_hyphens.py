"""A soft hyphen (U+00AD) marks where a word may break; the word stays whole in every format."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval import Library

FIRST = (
    "The negotiators agreed on a ceasefire along the Dnipro river starting on Monday, the delegations said."
)
SECOND = "A second round of talks is planned for the spring in the city of Vellmar."


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("talks.txt", "Ceasefire talks in Vellmar\n\n{first}\n\n{second}\n"),
        ("talks.md", "# Ceasefire talks in Vellmar\n\n{first}\n\n{second}\n"),
        (
            "talks.html",
            "<html><body><article><h1>Ceasefire talks</h1>"
            "<p>{first}</p><p>{second}</p></article></body></html>",
        ),
    ],
)
def test_a_soft_hyphen_inside_a_word_keeps_it_whole(
    tmp_path: Path, make_library: Callable[[Path], Library], name: str, content: str
) -> None:
    shy = "&shy;" if name.endswith(".html") else "\u00ad"
    broken = FIRST.replace("negotiators", f"nego{shy}tia{shy}tors").replace(
        "delegations", f"dele{shy}gations"
    )
    (tmp_path / name).write_text(content.format(first=broken, second=SECOND), encoding="utf-8")
    library = make_library(tmp_path)
    answer = library.answer("who are the negotiators?")
    assert answer.quote is not None
    assert answer.quote.text == FIRST


@pytest.mark.parametrize("mark", ["\u200b", "\u2060", "\ufeff"])
def test_other_invisible_marks_inside_words_are_dropped(
    tmp_path: Path, make_library: Callable[[Path], Library], mark: str
) -> None:
    broken = FIRST.replace("negotiators", f"nego{mark}tiators")
    (tmp_path / "talks.txt").write_text(f"Ceasefire talks\n\n{broken}\n\n{SECOND}\n", encoding="utf-8")
    answer = make_library(tmp_path).answer("who are the negotiators?")
    assert answer.quote is not None
    assert answer.quote.text == FIRST
