"""is_prose reads a sentence's words once (grammar.split) where that gives what prose._words gives."""

from __future__ import annotations

import re
import sys

from retrieval.language import grammar, prose

_WORD_CHARACTER = re.compile(r"[^\W_]")


def _kind(character: str) -> str:
    if character in "'’":
        return "apostrophe"
    return "word" if _WORD_CHARACTER.match(character) else "other"


def _folding_changes() -> list[str]:
    return [c for c in map(chr, range(sys.maxunicode + 1)) if c.casefold() != c]


def test_the_fold_shifts_are_the_characters_whose_folding_holds_another_kind() -> None:
    shifting = {c for c in _folding_changes() if any(_kind(f) != _kind(c) for f in c.casefold())}
    assert "İ" in shifting
    assert {c for c in _folding_changes() if prose._FOLD_SHIFTS.match(c)} == shifting


def test_the_split_folds_to_the_same_words_as_folding_the_whole_text_first() -> None:
    for c in _folding_changes():
        text = f"{c}a b{c}c d’{c} {c}-{c}"
        if not prose._FOLD_SHIFTS.search(text):
            assert grammar.split(text).folded == prose._words(text), repr(c)


def test_a_fold_shift_is_counted_as_words_found_after_folding() -> None:
    # "İ" folds to "i" and a combining dot: folded first, "İzmir" is two words, so this line has four.
    assert prose._words("İzmir port reopened.") == ["i", "zmir", "port", "reopened"]
    assert grammar.split("İzmir port reopened.").folded == ["i̇zmir", "port", "reopened"]
    assert not prose.is_prose("Arland port reopened.")  # three words
    assert prose.is_prose("İzmir port reopened.")  # four, as before is_prose read the split's words


def test_a_headline_needs_four_capitalised_words_the_capitals_counted_first() -> None:
    # Four capitals can make a headline (every word of four); three never can (a share under 0.8).
    assert prose._title_case("Arland Backs Velmara Pact")
    assert prose._title_case("ARLAND backs Velmara Pact Talks")  # the capitals of one word count once
    assert not prose._title_case("Arland backs Velmara Pact")
    assert not prose._title_case("Arland backs the Velmara pact")


def test_a_credit_is_told_by_its_colon_or_its_bracket() -> None:
    assert prose.is_credit("Photo: Wire / Moll Anders")
    assert prose.is_credit("(Wire Images).")
    assert prose.is_credit("  Credit : Velmara Press")
    assert not prose.is_credit("Moll spoke to reporters (Wire).")
    assert not prose.is_credit("Photo by Moll Anders")
