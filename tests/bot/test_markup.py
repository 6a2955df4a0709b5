"""Rendering: every piece of text escaped, and long replies split into valid parts under the limit."""

from __future__ import annotations

import html
import re

from bot import render
from bot.markup import TELEGRAM_LIMIT, Block, Span, to_html_parts, utf16_len
from retrieval import Answer, Meta, Quote

HOSTILE = '<script>alert("x")</script> & <b>bold</b> *_[md](v2)~`>#+-=|{}.!'
ALLOWED_TAGS = re.compile(r"</?(?:b|i|a|blockquote)(?: href=\"[^\"]*\"| expandable)?>")


def plain_of(part: str) -> str:
    """What Telegram shows for a part: tags removed, entities decoded."""
    return html.unescape(ALLOWED_TAGS.sub("", part))


def hostile_answer(text: str = HOSTILE) -> Answer:
    meta = Meta(title=HOSTILE, file="evil<&>.txt", url='https://x.example/?a=1&b="2"')
    quote = Quote(text=text, meta=meta, paragraph=1, score=1.0, highlights=((0, 8),))
    return Answer(quote, also=(quote,))


def test_hostile_text_is_escaped() -> None:
    parts = to_html_parts(render.answer_blocks(hostile_answer()))
    joined = "".join(parts)
    assert "<script>" not in joined
    assert "&lt;script&gt;" in joined
    assert "<b>bold</b>" not in joined
    assert 'href="https://x.example/?a=1&amp;b=&quot;2&quot;"' in joined
    for part in parts:
        leftover = ALLOWED_TAGS.sub("", part)
        assert "<" not in leftover
        assert ">" not in leftover
    assert HOSTILE in plain_of(joined)


def test_a_20000_character_answer_splits_into_valid_parts() -> None:
    long_text = ("The envoy said 𝔘nicode & <tags> stay escaped. " * 500)[:20_000]
    parts = to_html_parts(render.answer_blocks(hostile_answer(long_text)))
    assert len(parts) >= 5
    for part in parts:
        assert utf16_len(plain_of(part)) <= TELEGRAM_LIMIT
        assert part.count("<blockquote>") == part.count("</blockquote>")
        assert part.count("<b>") == part.count("</b>")
    # The quote whole, once: the same text as "also reported" would not fit the answer's length budget.
    assert "".join(plain_of(p) for p in parts).count("stay escaped") == long_text.count("stay escaped")


def test_a_single_long_word_is_cut_without_breaking_tags() -> None:
    block = Block((Span("x" * 9000, bold=True),), quote=True)
    parts = to_html_parts([block])
    assert [utf16_len(plain_of(p)) for p in parts] == [4096, 4096, 808]
    assert all(p.startswith("<blockquote><b>") and p.endswith("</b></blockquote>") for p in parts)


def test_a_long_list_is_cut_between_its_lines_never_inside_one() -> None:
    spans = [Span("Articles", bold=True)]
    for i in range(200):
        spans += [
            Span("\n• "),
            Span(f"Headline number {i} of a long list"),
            Span(f" (file{i}.txt)", italic=True),
        ]
    parts = to_html_parts([Block(tuple(spans))])
    assert len(parts) > 1
    for part in parts[1:]:
        assert part.startswith("• Headline number ")
    for part in parts:
        assert part.endswith(".txt)</i>")
