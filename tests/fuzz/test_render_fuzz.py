"""Rendering hostile answers: every part is valid Telegram HTML, fits the limit, and loses no text."""

from __future__ import annotations

import os

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot import render
from bot.citation import headline
from bot.markup import TELEGRAM_LIMIT, Block, Span, split_block, to_html_parts, to_plain, utf16_len
from retrieval import Answer, ArticleInfo, Meta, Quote, is_cut
from tests.botapi.tghtml import parse_html, trim
from tests.fuzz.strategies import fuzz, valid_text

# Answers with several 20,000-character texts are larger than hypothesis likes to print; that is the point.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Generating overly large repr:hypothesis.errors.HypothesisWarning"
)

MARKUP = (
    "<",
    ">",
    "&",
    "&amp;",
    "&lt;b&gt;",
    "&#0;",
    "&#x1F600;",
    '"',
    "'",
    "<b>",
    "</b>",
    "<a href='x'>",
    "</blockquote>",
    "<script>alert(1)</script>",
    "<tg-spoiler>",
    "<br/>",
    "_*[]()~`>#+-=|{}.!\\",  # MarkdownV2 specials
    "😀",
    "👨‍👩‍👧",
    "𝔘",
    "\u200f",
    "\u0301",
    "\n",
    " ",
    "\r\n",
    "\t",
)
# No lone surrogates here: test_a_file_name_that_is_not_utf8_renders covers the one way they arrive.
piece = st.one_of(st.sampled_from(MARKUP), valid_text.map(lambda s: s[:30]), st.text(max_size=10))
markup_text = st.lists(piece, max_size=30).map("".join)


@st.composite
def long_text(draw: st.DrawFn, max_size: int = 20_000) -> str:
    fragment = draw(markup_text.filter(bool))
    size = draw(st.integers(1, max_size))
    return (fragment * (size // len(fragment) + 1))[:size]


any_text = st.one_of(markup_text, long_text())
optional_text = st.none() | markup_text


def ws_free(text: str) -> str:
    return "".join(char for char in text if not char.isspace())


@st.composite
def any_highlights(draw: st.DrawFn, text: str) -> tuple[tuple[int, int], ...]:
    """Arbitrary (start, end) pairs: unsorted, overlapping, inverted, negative, past the end."""
    bound = st.integers(-len(text) - 5, len(text) + 5)
    return tuple(draw(st.lists(st.tuples(bound, bound), max_size=8)))


@st.composite
def span_highlights(draw: st.DrawFn, text: str) -> tuple[tuple[int, int], ...]:
    """Real spans (0 <= start < end), in any order, overlapping, possibly running past the end."""
    pairs = draw(st.lists(st.tuples(st.integers(0, len(text) + 5), st.integers(1, 50)), max_size=8))
    return tuple((start, start + length) for start, length in pairs)


@st.composite
def sources(draw: st.DrawFn) -> Meta:
    return Meta(
        title=draw(st.one_of(markup_text, long_text(5000))),
        file=draw(markup_text),
        date=draw(optional_text),
        url=draw(st.none() | markup_text | st.just('https://x.example/?a=1&b="2"&c=<3>')),
        author=draw(optional_text),
        publisher=draw(optional_text),
    )


@st.composite
def quotes(draw: st.DrawFn, highlights: bool = True) -> Quote:
    text = draw(any_text)
    spans = draw(any_highlights(text) if highlights else span_highlights(text))
    return Quote(text, draw(sources()), draw(st.integers(-1, 10**9)), score=1.0, highlights=spans)


@st.composite
def answers(draw: st.DrawFn) -> Answer:
    quote = draw(st.none() | quotes())
    return Answer(
        quote=quote,
        also=tuple(draw(st.lists(quotes(), max_size=2))),
        more=tuple(draw(st.lists(quotes(), max_size=2))),
        searched=tuple(draw(st.lists(markup_text, max_size=3))),
        unknown=tuple(draw(st.lists(markup_text, max_size=3))),
        small_talk=draw(st.none() | st.sampled_from(["greeting", "thanks", "farewell", "ack", "emoji"])),
        asked=draw(st.sampled_from(["person", "date", "other", "yes-no"])),
        closest=draw(st.none() | quotes()) if quote is None else None,
        earlier=tuple(draw(st.lists(quotes(), max_size=2))),
    )


@st.composite
def articles(draw: st.DrawFn) -> list[ArticleInfo]:
    metas = st.builds(Meta, title=markup_text, file=markup_text, date=optional_text, url=optional_text)
    return draw(st.lists(st.builds(ArticleInfo, meta=metas, paragraphs=st.integers(0, 10**6)), max_size=5))


def check_parts(blocks: list[Block], limit: int) -> None:
    parts = to_html_parts(blocks, limit)
    texts = []
    for part in parts:
        parsed = parse_html(part)  # raises HtmlParseError on anything Telegram would refuse
        assert utf16_len(parsed.text) <= limit, (utf16_len(parsed.text), limit)
        for entity in parsed.entities:
            assert entity["offset"] + entity["length"] <= utf16_len(parsed.text)
        texts.append(parsed.text)
    # Nothing unescaped, nothing lost: splitting only drops or adds white space at the cuts.
    assert ws_free("".join(texts)) == ws_free(to_plain(blocks))


@fuzz(150)
@given(answers(), st.sampled_from([TELEGRAM_LIMIT, TELEGRAM_LIMIT, 2, 3, 7, 50, 300]))
def test_answer_parts_are_valid_html_within_the_limit(answer: Answer, limit: int) -> None:
    blocks = render.answer_blocks(answer) + render.more_blocks(answer.more)
    check_parts(blocks, limit)
    plain = to_plain(blocks)
    if answer.quote is not None and answer.small_talk is None:
        assert headline(answer.quote.meta.title) in plain
        # The answer message stays phone-length: extras only fill what the quote and its source leave.
        message = render.answer_blocks(answer)
        assert render.size(message) <= max(render.ANSWER_MAX, render.size(message[:2]))
    shown = (answer.quote, *answer.also, *answer.more, answer.closest, *answer.earlier)
    quoted = [q for q in shown if q is not None]
    if all(q.text.strip() and q.meta.title.strip() for q in quoted):
        # As answer() makes them (quotes and titles are never blank), no part is empty: Telegram
        # refuses a message that is only white space once it trims it.
        assert all(trim(parse_html(part)).text for part in to_html_parts(blocks, limit))


@fuzz(50)
@given(articles(), st.lists(markup_text, max_size=4), markup_text)
def test_other_replies_are_valid_html(infos: list[ArticleInfo], examples: list[str], username: str) -> None:
    for blocks in (
        render.sources_blocks(infos),
        render.start_blocks(len(infos), examples),
        render.help_blocks(username),
    ):
        check_parts(blocks, TELEGRAM_LIMIT)


@fuzz(60)
@given(quotes(highlights=False))
def test_a_quote_with_real_highlight_spans_is_rendered_verbatim(quote: Quote) -> None:
    block = render.quote_block(quote)
    assert block.quote
    # Verbatim, with "…" only where a piece of an overlong sentence was cut.
    starts_mid, ends_mid = is_cut(quote.text)
    assert block.plain == "…" * starts_mid + quote.text + "…" * ends_mid
    # Each shown highlight is exactly the quoted text at that span (spans are taken in text order).
    position = 0
    for start, end in sorted(quote.highlights):
        if start < position or start >= end:
            continue
        bold = quote.text[start:end]
        if bold:
            assert Span(bold, bold=True) in block.spans
        position = end
    check_parts([block, render.source_block(quote.meta)], TELEGRAM_LIMIT)


@fuzz(100)
@given(quotes())
@example(Quote("abcdefg", Meta("t", "f.txt"), 1, 1.0, highlights=((5, 2),)))
def test_a_quote_with_any_highlight_pairs_is_still_verbatim(quote: Quote) -> None:
    # answer() only makes sorted token spans, but Quote accepts any pairs; whatever they are,
    # the quote must stay word for word: never a character repeated, dropped or moved.
    starts_mid, ends_mid = is_cut(quote.text)
    assert render.quote_block(quote).plain == "…" * starts_mid + quote.text + "…" * ends_mid


# --- split_block --------------------------------------------------------------------------------------

styled_span = st.builds(
    Span,
    text=st.one_of(markup_text, long_text(3000), st.text(" \n😀a", max_size=40)),
    bold=st.booleans(),
    italic=st.booleans(),
    href=st.none() | st.sampled_from(["https://x.example/", 'a"b&c']),
)


def styled_chars(blocks: list[Block]) -> list[tuple[str, bool, bool, str | None]]:
    return [(c, s.bold, s.italic, s.href) for b in blocks for s in b.spans for c in s.text]


@fuzz(300)
@given(
    st.builds(Block, spans=st.lists(styled_span, max_size=6).map(tuple), quote=st.booleans()),
    st.one_of(st.integers(2, 50), st.sampled_from([100, TELEGRAM_LIMIT])),
)
def test_split_block_keeps_the_text_and_fits_the_limit(block: Block, limit: int) -> None:
    pieces = split_block(block, limit)
    if utf16_len(block.plain) <= limit:
        assert pieces == [block]
        return
    original = block.plain
    position = 0
    for piece in pieces:
        assert piece.quote == block.quote
        assert 0 < utf16_len(piece.plain) <= limit
        assert piece.plain.strip(), "a piece of only white space"
        # The pieces are the original text in order; only all-white-space stretches may be left out
        # (a piece that would be nothing but spaces is dropped), and nothing else.
        found = original.find(piece.plain, position)
        assert found >= 0, (piece.plain, original[position:])
        assert original[position:found].isspace() or found == position
        position = found + len(piece.plain)
    assert not original[position:] or original[position:].isspace()
    # So without white space to drop, the pieces concatenate back to the original exactly.
    if not any(char.isspace() for char in original):
        assert "".join(piece.plain for piece in pieces) == original
    # Styles travel with their characters.
    kept = [c for c in styled_chars([block]) if not c[0].isspace()]
    assert [c for c in styled_chars(pieces) if not c[0].isspace()] == kept


@fuzz(100)
@given(
    st.lists(
        st.builds(Block, spans=st.lists(styled_span, max_size=4).map(tuple), quote=st.booleans()), max_size=5
    )
)
def test_any_blocks_render_to_valid_parts(blocks: list[Block]) -> None:
    check_parts(blocks, TELEGRAM_LIMIT)
    check_parts(blocks, 20)


@fuzz(30)
@given(st.binary(min_size=1, max_size=30).map(os.fsdecode))
@example(os.fsdecode(b"caf\xe9.txt"))
def test_a_file_name_that_is_not_utf8_renders(file_name: str) -> None:
    # os.walk returns a file name that is not valid UTF-8 with lone surrogates ("caf\udce9.txt"),
    # and Meta.file carries it to the reply.
    quote = Quote(
        "The envoy said the talks would resume.", Meta("Geneva talks", file_name), 1, 1.0, ((4, 9),)
    )
    info = ArticleInfo(Meta("Geneva talks", file_name), 1)
    for blocks in (render.answer_blocks(Answer(quote)), render.sources_blocks([info])):
        for part in to_html_parts(blocks):
            part.encode("utf-8")  # the Bot API takes UTF-8
            parse_html(part)


def test_split_at_an_astral_character_with_room_for_one_unit() -> None:
    # A 2-unit emoji where 1 unit is left: it moves whole to the next piece, never split in half.
    pieces = split_block(Block((Span("abcd😀efgh"),)), 5)
    assert [p.plain for p in pieces] == ["abcd", "😀efg", "h"]
    assert "".join(trim(parse_html(p)).text for p in to_html_parts(pieces, 5)) == "abcd😀efgh"
