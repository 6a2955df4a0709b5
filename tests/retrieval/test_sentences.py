"""Sentence splitting keeps abbreviations, dates and initials inside their sentence."""

from __future__ import annotations

import pytest

from retrieval.sentences import sentence_spans, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan was drafted by the U.S. special envoy. It had 28 points.",
            ["The plan was drafted by the U.S. special envoy.", "It had 28 points."],
        ),
        (
            "He spoke at a Nov. 20 news briefing. Then he left.",
            ["He spoke at a Nov. 20 news briefing.", "Then he left."],
        ),
        ("Donald J. Trump met Mr. Putin. They talked.", ["Donald J. Trump met Mr. Putin.", "They talked."]),
        (
            "Sanctions were imposed by the U.S. The talks ended.",
            ["Sanctions were imposed by the U.S.", "The talks ended."],
        ),
        ('He said: "We will win." Then he left!', ['He said: "We will win."', "Then he left!"]),
        (
            "Prices rose 2.5 per cent. Why? Nobody knows.",
            ["Prices rose 2.5 per cent.", "Why?", "Nobody knows."],
        ),
        ("Переговоры прошли в Женеве. Москва ответила.", ["Переговоры прошли в Женеве.", "Москва ответила."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_spans_point_into_the_original_text() -> None:
    text = "  First one.   Second one.  "
    assert [text[a:b] for a, b in sentence_spans(text)] == ["First one.", "Second one."]
