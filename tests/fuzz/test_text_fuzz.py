"""Tokeniser, normaliser and sentence splitter on hostile Unicode: no exception, spans always valid."""

from __future__ import annotations

import itertools
import time
import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from retrieval.language.sentences import sentence_spans, split_sentences
from retrieval.language.text import normalise, terms, tokens, words
from tests.fuzz.strategies import Huge, fuzz, huge_text, text_inputs

HUGE = fuzz(4)

# Characters normalise() deletes after NFKC has run (see test_normalise_is_idempotent_up_to_recomposition).
_DELETED = frozenset("\u200b\ufeff\u00ad") | frozenset(
    chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]
)


def check_tokens(text: str) -> None:
    found = tokens(text)
    for token in found:
        assert 0 <= token.start < token.end <= len(text), token
        assert token.term, token
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found)), "tokens overlap"
    assert terms(text) == [t.term for t in found]
    assert tokens(text) == found, "tokenising is not deterministic"


def check_sentences(text: str) -> None:
    spans = sentence_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text), (spans, len(text))
        sentence = text[start:end]
        assert sentence == sentence.strip(), repr(sentence)
        # Nothing but white space is lost between sentences.
        gap = text[previous_end:start]
        assert not gap or gap.isspace(), repr(gap)
        previous_end = end
    tail = text[previous_end:]
    assert not tail or tail.isspace(), repr(tail)
    assert split_sentences(text) == [text[a:b] for a, b in spans]


@fuzz(300)
@given(text_inputs)
def test_tokens_spans_are_valid_and_terms_agree(text: str) -> None:
    check_tokens(text)


@fuzz(300)
@given(text_inputs)
def test_words_never_raise_and_are_non_empty(text: str) -> None:
    assert all(words(text))


@fuzz(300)
@given(text_inputs)
def test_sentence_spans_cover_the_text_in_order(text: str) -> None:
    check_sentences(text)


@HUGE
@given(huge_text())
def test_huge_inputs(huge: Huge) -> None:
    text = huge.text
    check_tokens(text)
    check_sentences(text)
    assert normalise(text) == normalise(text)


@fuzz(500)
@given(text_inputs)
@example("e\u200b\u0301")
@example("\u1100\x00\u1161")
def test_normalise_is_idempotent_up_to_recomposition(text: str) -> None:
    once = normalise(text)
    twice = normalise(once)
    # Not strictly idempotent: normalise() runs NFKC *before* deleting zero-width characters,
    # soft hyphens and controls, so deleting "\u200b" from "e\u200b\u0301" joins a base letter and
    # a combining mark that NFKC left apart, and the second pass composes them ("e\u0301" -> "é").
    # What does hold: the second pass only recomposes, and a third changes nothing.
    assert twice == unicodedata.normalize("NFKC", once)
    assert normalise(twice) == twice
    if not _DELETED.intersection(text):
        assert twice == once
    assert not _DELETED.intersection(once)


@fuzz(200)
@given(st.text(st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ АБВ.ЇЄҐ'’-\n"), max_size=400))
def test_cyrillic_mixes(text: str) -> None:
    check_tokens(text)
    check_sentences(text)


def test_sentence_spans_stays_fast_on_a_long_paragraph_without_capitals() -> None:
    # Every ". " is a candidate boundary; one that does not end the sentence (the next word is not
    # capitalised: a lower-case transcript, or a script without capitals) must not make the next
    # candidate rescan the sentence from its start. That is quadratic: 168,000 characters took a minute.
    text = "the talks in geneva resumed on monday. the plan held. " * 1100  # 59,400 characters
    started = time.perf_counter()
    spans = sentence_spans(text)
    elapsed = time.perf_counter() - started
    assert spans
    assert elapsed < 0.5, f"{elapsed:.1f}s for {len(text)} characters (linear would take milliseconds)"
