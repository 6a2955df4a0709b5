"""Sentence splitting keeps abbreviations, dates and initials inside their sentence."""

from __future__ import annotations

import pytest

from retrieval.language.sentences import MAX_SPAN, is_cut, sentence_spans, split_sentences


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


def _transcript(words: int, seed: str) -> str:
    """A lower-case transcript on one line with no sentence punctuation, like an automatic caption file."""
    vocabulary = [
        "the",
        "talks",
        "in",
        "geneva",
        "would",
        "continue",
        "while",
        "both",
        "sides",
        "said",
        "officials",
        "energy",
        "border",
    ]
    spoken = [vocabulary[(i * 7 + len(seed)) % len(vocabulary)] for i in range(words)]
    return " ".join(spoken[: words // 2] + seed.split() + spoken[words // 2 :])


@pytest.mark.parametrize("clauses", [False, True])
def test_an_overlong_sentence_is_cut_into_bounded_verbatim_pieces(clauses: bool) -> None:
    text = _transcript(8000, "the vellmar ceasefire will start on monday along the dnipro")
    if clauses:
        text = text.replace(" while ", ", while ").replace(" said ", " said: ")
    spans = sentence_spans(text)
    assert all(0 < end - start <= MAX_SPAN for start, end in spans)
    # Pieces are verbatim, in order, never cut inside a word, and together hold every word.
    assert " ".join(text[a:b] for a, b in spans).split() == text.split()
    assert all(text[a - 1] == " " for a, _ in spans[1:])
    if clauses:
        assert all(text[a:b].endswith((",", ":")) for a, b in spans[:-1])


def test_a_wall_of_text_without_spaces_is_cut_at_the_limit() -> None:
    text = "x" * (MAX_SPAN * 3 + 7)
    assert sentence_spans(text) == [
        (0, MAX_SPAN),
        (MAX_SPAN, 2 * MAX_SPAN),
        (2 * MAX_SPAN, 3 * MAX_SPAN),
        (3 * MAX_SPAN, len(text)),
    ]


def test_pieces_say_where_they_were_cut() -> None:
    # Only the text tells: a piece starting in lower case reads as cut at its start (so a transcript
    # all in lower case gets "…" before its first piece too).
    text = "So " + _transcript(300, "the vellmar ceasefire will start on monday")
    first, middle, *_ = split_sentences(text)
    assert is_cut(first) == (False, True)
    assert is_cut(middle) == (True, True)
    assert is_cut("The talks resumed on Monday.") == (False, False)
    assert is_cut("Talks in Geneva") == (False, False)  # a heading is short, not a cut piece
