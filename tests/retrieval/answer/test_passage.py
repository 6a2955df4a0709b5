"""A paragraph read once: its tokens serve any span of it exactly as tokenising the span alone would."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from retrieval.answer import passage as reading
from retrieval.answer.passage import read
from retrieval.language import layout
from retrieval.language.sentences import sentence_spans
from retrieval.language.text import Token, terms, tokens
from tests.fuzz.strategies import fuzz, text_inputs

PROSE = (
    "GENEVA, Nov 23 (Wire) - The United States and Ukraine met. Mr. Umerov said the 28-point plan "
    "was cut to 19 points. It was the U.S. envoy's idea; 1,200 troops would stay."
)


def test_a_token_carries_its_word_term_and_span() -> None:
    found = tokens("The U.S. envoy's 1,200 troops")
    assert found[0] == Token("america", 4, 8, "u.s.")
    assert [(t.term, t.word) for t in found[1:]] == [
        ("envoy", "envoy's"),
        ("1200", "1200"),
        ("troop", "troops"),
    ]
    assert all("The U.S. envoy's 1,200 troops"[t.start : t.end] for t in found)


def test_sentences_hold_the_terms_of_their_tokens() -> None:
    passage = read(PROSE)
    spans = [(s.start, s.end) for s in passage.sentences]
    assert spans == sentence_spans(PROSE)
    for sentence in passage.sentences:
        assert sentence.text == PROSE[sentence.start : sentence.end]
        assert sentence.terms == frozenset(terms(sentence.text))
    assert passage.term_set == frozenset(terms(PROSE))


def test_a_span_that_cuts_a_word_is_tokenised_again() -> None:
    # "WHAT" is a stop word; "HA", cut from it, is not.
    assert read("WHAT").tokens_of(1, 3) == tokens("HA") == [Token("ha", 0, 2, "ha")]
    assert read("United States").tokens_of(7, 13) == tokens("States")


def test_a_span_reuses_the_paragraphs_tokens() -> None:
    passage = read(PROSE)
    start = PROSE.index("Mr.")
    end = PROSE.index(" It was")
    assert passage.tokens_of(start, end) == tokens(PROSE[start:end])


@fuzz(300)
@given(text_inputs, st.data())
@example("United States", None)
@example("Київ і Женева: переговори тривають. The talks go on.", None)
def test_any_span_tokenises_as_the_slice_alone(source: str, data: st.DataObject | None) -> None:
    passage = read(source)
    bounds = [(0, len(source)), (1, max(1, len(source) - 1))]
    if data is not None:
        a = data.draw(st.integers(0, len(source)))
        bounds.append((a, data.draw(st.integers(a, len(source)))))
    for start, end in bounds:
        assert passage.tokens_of(start, end) == tokens(source[start:end]), (start, end)


def _read_afresh(paragraph: str, packed: layout.Packed | None = None) -> tuple[object, ...]:
    reading._READ.clear()  # what is remembered would hide how the paragraph is read
    found = reading.read(paragraph, packed)
    return found.terms, found.words, found.starts, found.ends, found.sentences


@fuzz(200)
@given(text_inputs)
@example(PROSE)
def test_a_stored_layout_reads_as_tokenising_and_splitting(source: str) -> None:
    packed = layout.pack(*layout.layout(source))
    assert _read_afresh(source, packed) == _read_afresh(source)


def test_an_unreadable_stored_layout_is_worked_out_again() -> None:
    assert _read_afresh(PROSE, ("geneva", "", b"\x00", None, None)) == _read_afresh(PROSE)


def test_a_paragraph_read_from_its_stored_layout_is_not_remembered() -> None:
    # Unpacking it again costs less than the collector's walk through what remembering it keeps.
    reading._READ.clear()
    passage = read(PROSE, layout.pack(*layout.layout(PROSE)))
    assert PROSE not in reading._READ
    assert [(s.start, s.end) for s in passage.sentences] == sentence_spans(PROSE)
