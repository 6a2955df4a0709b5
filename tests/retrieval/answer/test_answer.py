"""Answers from the seed and the evaluation articles: the right sentence, its source, or "not covered"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval import Library

CRIMEA = (
    "Parts of the plan included provisions for Ukraine to cede the regions of Crimea, Luhansk, and Donetsk"
)


def test_crimea_is_answered_verbatim_with_its_source(
    seed_folder: Path, make_library: Callable[[Path], Library]
) -> None:
    answer = make_library(seed_folder).answer("what happens to Crimea?")
    assert answer.quote is not None
    assert answer.quote.text.startswith(CRIMEA)
    original = next(seed_folder.glob("*.txt")).read_text(encoding="utf-8")
    assert answer.quote.text in original
    assert answer.quote.meta.file == "000_71c02f400aeff401.txt"
    assert answer.quote.paragraph == 8
    assert answer.quote.meta.author == "Guy Birchall"
    assert [answer.quote.text[a:b] for a, b in answer.quote.highlights] == ["Crimea"]


def test_capital_of_france_is_not_covered(seed_folder: Path, make_library: Callable[[Path], Library]) -> None:
    answer = make_library(seed_folder).answer("What is the capital of France?")
    assert not answer.found
    assert answer.also == ()
    assert answer.more == ()
    assert set(answer.unknown) == {"capital", "France"}  # as the question writes them


@pytest.mark.parametrize("question", ["", "   ", "?!", "the of and", "<p><b></b><i>?!</i></p> <<>> && ;;"])
def test_questions_without_content_words(
    question: str, seed_folder: Path, make_library: Callable[[Path], Library]
) -> None:
    answer = make_library(seed_folder).answer(question)
    assert not answer.found
    assert answer.searched == ()


def test_pronoun_sentences_are_chosen_through_their_context(
    seed_folder: Path, make_library: Callable[[Path], Library]
) -> None:
    answer = make_library(seed_folder).answer("how many points did the plan have?")
    assert answer.quote is not None
    assert answer.quote.text.startswith("It had 28 points")


def test_also_reported_comes_from_other_articles(
    eval_folder: Path, make_library: Callable[[Path], Library]
) -> None:
    answer = make_library(eval_folder).answer("ceasefire")
    assert answer.quote is not None
    assert answer.also  # three articles report a ceasefire
    files = [answer.quote.meta.file, *(q.meta.file for q in answer.also)]
    assert len(files) == len(set(files))
    assert len(answer.also) <= 2
    # The quote's own article has more on it: those passages wait under More, never "also reported".
    assert any(q.meta.file == answer.quote.meta.file for q in answer.more)


def test_more_passages_differ_from_the_first(
    eval_folder: Path, make_library: Callable[[Path], Library]
) -> None:
    answer = make_library(eval_folder).answer("sanctions")
    assert answer.quote is not None
    shown = {answer.quote.text, *(q.text for q in answer.also)}
    assert answer.more
    assert not shown & {q.text for q in answer.more}


def test_every_quote_is_a_verbatim_substring_of_its_article(
    eval_folder: Path, make_library: Callable[[Path], Library]
) -> None:
    library = make_library(eval_folder)
    for question in ["sanctions on russian oil", "prisoner exchange", "security guarantees", "crimea"]:
        answer = library.answer(question)
        for quote in (answer.quote, *answer.also, *answer.more):
            assert quote is not None
            original = (eval_folder / quote.meta.file).read_text(encoding="utf-8")
            assert quote.text in " ".join(original.split()) or quote.text in original
