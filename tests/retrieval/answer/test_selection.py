"""How a sentence's terms match a concept of the question: its best alternative held, a phrase with all its
words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from retrieval.answer import query as q
from retrieval.answer import selection
from retrieval.answer.query import Concept
from retrieval.language import lexicon
from tests.fuzz.strategies import fuzz

ARMED_FORCES = Concept(
    word="troops",
    term="troop",
    alternatives=("troop", "soldier", "arm forc"),
    weights=(1.0, 0.7, 0.7),
    idf=3.0,
    weight=1.0,
    mass=1.0,
    covers=(1.0, 1.0, 0.5),
)


def test_a_concept_needs_its_alternatives_and_each_word_of_its_phrases() -> None:
    assert ARMED_FORCES.needed == frozenset({"troop", "soldier", "arm", "forc"})


def test_a_phrase_matches_only_with_all_its_words() -> None:
    assert selection.match(ARMED_FORCES, frozenset({"arm", "deliveri"})) == (0.0, 0.0)
    assert selection.match(ARMED_FORCES, frozenset({"arm", "forc", "border"})) == (0.7, 0.5)
    assert selection.match(ARMED_FORCES, frozenset({"soldier", "troop"})) == (1.0, 1.0)


@fuzz(200)
@given(st.frozensets(st.sampled_from(["troop", "soldier", "arm", "forc", "border", "talk"])))
def test_terms_holding_none_of_what_a_concept_needs_match_nothing(terms: frozenset[str]) -> None:
    best, share = selection.match(ARMED_FORCES, terms)
    assert (best, share) == (0.0, 0.0) or not ARMED_FORCES.needed.isdisjoint(terms)
    expected = max((w for a, w, *_ in ARMED_FORCES.searched if set(a.split()) <= terms), default=0.0)
    assert best == expected


def test_a_words_other_form_is_a_suffix_apart_and_no_noun_of_the_act() -> None:
    # "presidenti" -> "presid" and "membership" -> "member" are the word in another part of speech; "offici"
    # is one letter from "offic" (another word), and "agreement" is the act, not what was agreed.
    assert q._form_of("presid", "presidenti")
    assert q._form_of("membership", "member")
    assert not q._form_of("offici", "offic")
    assert not q._form_of("agreement", "agre")
    assert not q._form_of("payer", "pay")


def test_a_words_inflected_relatives_are_its_own_and_its_inflections_not_its_stems_other_words() -> None:
    # "provoked" is a form of "provoke" (whose relatives hold "provocation"); "grateful" is none of "grate".
    assert "provocation" in lexicon.inflected_related_words("provoked")
    assert "framework" not in lexicon.inflected_related_words("grateful")
    assert "thankful" in lexicon.inflected_related_words("grateful")


def test_a_year_span_written_short_is_read_once_for_search_and_for_specifics() -> None:
    # One reading serves query.parse (the full year searched too) and selection.specifics (the short one
    # required of no passage); a date's "2026-03-14" is no span.
    assert q.years_cut_short("the loan for 2026-27 and the 2025/26 budget") == {"27": "2027", "26": "2026"}
    assert q.years_cut_short("talks on 2026-03-14") == {}
