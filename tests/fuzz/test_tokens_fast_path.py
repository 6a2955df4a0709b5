"""The tokeniser's fast paths (ASCII pattern, plain-word folding, memo tables) equal its slow path."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from retrieval.language import lexicon, text
from retrieval.language.sentences import last_sentences, split_sentences
from retrieval.language.text import Token, every_token, tokens, words
from tests.fuzz.strategies import WORDS, fuzz, text_inputs

ASCII_WORDS = [w for w in WORDS if w.isascii()] + ["United", "States", "Kingdom", "European", "Union", "unit"]
ASCII_TEXT = st.lists(
    st.one_of(st.sampled_from(ASCII_WORDS), st.text(st.characters(max_codepoint=127), max_size=12)),
    max_size=40,
).map(" ".join)
ANY_TEXT = st.one_of(ASCII_TEXT, text_inputs)


def reference(source: str) -> list[Token]:
    """The tokeniser as it was before the fast paths: the Unicode pattern, full folding, no memo."""
    ukrainian = text._looks_ukrainian(source)
    found: list[Token] = []
    last_raw = ""
    for match in text._WORD.finditer(source):
        term = reference_term(match.group(), ukrainian)
        if not term and match.group() in text._BARE_UNITS and last_raw[-1:].isdigit():
            term = text._BARE_UNITS[match.group()]  # "£5 m", "600k": the figure's unit
        last_raw = match.group()
        if not term:
            continue
        pair = text._PAIRS.get((found[-1].term, term)) if found else None
        named = source[found[-1].start].isupper() and match.group()[0].isupper() if pair else False
        if pair and named and source[found[-1].end : match.start()].isspace():
            found[-1] = Token(pair, found[-1].start, match.end(), found[-1].word)
        else:
            found.append(Token(term, match.start(), match.end(), slow_fold(match.group())))
    return found


def reference_term(raw: str, ukrainian: bool) -> str:
    if "." in raw and not raw[0].isdigit():
        raw = raw.replace(".", "")
    country = text._COUNTRIES.get(raw) or text._COUNTRY_WORDS.get(raw.casefold())
    if country:
        return country
    word = slow_fold(raw)
    if word.isdigit() or re.fullmatch(r"[\d.]+", word):
        return word
    word = lexicon.formal(re.sub(r"'s$|'$", "", word))
    if word in lexicon.STOP_WORDS or (len(word) < 2 and not word.isdigit()):
        return ""
    return text.stem(word, ukrainian)


def slow_fold(word: str) -> str:
    folded = text.normalise(word).casefold()
    if re.fullmatch(r"[\d.,]+", folded):
        return folded.replace(",", "")
    return text._UNIT_WORDS.get(folded, folded)  # "bn" is "billion", as a question writes it


@fuzz(300)
@given(ANY_TEXT)
@example("The United States and the U.S. signed; 1,000 troops, 3.5% of G8's budget.")
@example("United  States\nUnited\tKingdom, the European Union's unit stated")
@example("0K")
@example("£5 m and €90bn, 600k, M. Dupont")
def test_tokens_are_the_slow_paths_tokens(source: str) -> None:
    assert tokens(source) == reference(source)


@fuzz(300)
@given(ANY_TEXT)
@example("I'm sure it's O'Neill's 1,200-strong U.S.-led force")
def test_every_token_holds_every_word_and_the_kept_ones(source: str) -> None:
    found = every_token(source)
    assert [t for t in found if t.term] == tokens(source)
    single = [t for t in found if not any(c.isspace() for c in source[t.start : t.end])]
    assert all(t.word == slow_fold(source[t.start : t.end]) for t in single)
    # Only a pair ("United States") makes one token of two words.
    assert len(found) + len(found) - len(single) == len(list(words(source)))


@fuzz(500)
@given(st.text(st.sampled_from("abcXYZ019'.,’\u200bé\u0301ﬁ`"), min_size=1, max_size=10))
def test_plain_word_folding_matches_unicode_folding(word: str) -> None:
    assert text._fold(word) == slow_fold(word)


def test_memo_tables_are_cleared_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "_TERMS", ({f"w{i}": "w" for i in range(3)}, {}))
    monkeypatch.setattr(text, "_MEMO_LIMIT", 3)
    assert text._term_of("Talks", False) == "talk"
    assert text._TERMS[0] == {"Talks": "talk"}


@fuzz(300)
@given(ANY_TEXT, st.integers(min_value=0, max_value=4))
@example("Mr. Smith met Dr. Jones. It was late.\n\nU.S. talks resumed. The plan\nhad 28 points.", 2)
@example("One. Two. Three.  \n  ", 2)
@example("word, " * 120 + "end. Next one here. And the last", 3)
@example("Mr. Smith. \n\n Dr. Jones. U.S. Talks. The end", 4)
def test_last_sentences_are_the_split_sentences_last(source: str, count: int) -> None:
    assert last_sentences(source, count) == (split_sentences(source)[-count:] if count else [])


@fuzz(300)
@given(ANY_TEXT)
@example("Є:\U00017000Ь")  # a character Python's Unicode tables do not name, in a Ukrainian word
@example("The United States and the U.S. signed; United\\nKingdom, unit states")
def test_columns_are_the_tokens_column_by_column(source: str) -> None:
    found = tokens(source)
    assert text.columns(source) == (
        tuple(t.term for t in found),
        tuple(t.word for t in found),
        tuple(t.start for t in found),
        tuple(t.end for t in found),
    )


@fuzz(500)
@given(st.text(st.sampled_from("abeilortuyzs"), min_size=1, max_size=12))
@example("organizations")
@example("colourites")
@example("modelled")
def test_spelling_rules_skipped_by_their_letters_change_nothing(word: str) -> None:
    expected = word
    for _, pattern, replacement in lexicon._SPELLING_RULES:
        expected = pattern.sub(replacement, expected)
    expected = lexicon._IRREGULAR.get(word) or lexicon._BRITISH.get(word) or expected
    assert lexicon.one_spelling.__wrapped__(word) == expected
