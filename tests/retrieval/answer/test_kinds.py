"""A word the article says in a narrower form: a closed compound of it ("footbridge" for "bridge"), a kind of
people ("villagers" for "people"); and what such a short report does not answer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from retrieval import Library
from retrieval.answer import answer_types
from retrieval.language import lexicon, text
from tests.retrieval.answer.articles import write_article

# Invented reporting, written for these tests.
OPENING = (
    "The governor of Lenna province, Mira Castell, opened the city's new timber footbridge over the Dalen"
    " river on Wednesday."
)
COST = "The bridge cost 6 million crowns and took two years to build, said the architect, Tomas Weld."
CROSSED = "About 1,200 villagers crossed it on the first day."
SHUT = "The bridge was shut on Thursday because of ice."


def _library(folder: Path, make_library: Callable[[Path], Library]) -> Library:
    write_article(folder, "orsk.md", "Orsk opens a timber bridge", 14, OPENING, COST, f"{CROSSED} {SHUT}")
    return make_library(folder)


def _quoted(library: Library, question: str) -> str:
    answer = library.answer(question)
    assert answer.quote is not None, (question, answer)
    return answer.quote.text


def test_a_closed_compound_of_the_question_s_word_stands_for_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # A footbridge is a bridge: the sentence that opens it answers, not the dated one on its closing.
    assert _quoted(_library(tmp_path, make_library), "when was the bridge opened?") == OPENING


def test_only_a_compound_naming_a_kind_of_the_word_stands_for_it() -> None:
    # WordNet lists "bridge" for "footbridge"; it lists no "port" for "airport", no "fire" for "ceasefire";
    # "outnumber" is "out" and a verb, no kind of number.
    assert "footbridge" in lexicon.compounds(text.terms("bridge")[0])
    assert "airport" not in lexicon.compounds(text.terms("port")[0])
    assert "ceasefire" not in lexicon.compounds(text.terms("fire")[0])
    assert "outnumber" not in lexicon.compounds(text.terms("number")[0])


def test_a_length_of_time_is_no_date() -> None:
    shut = "The bridge was shut for three hours in the morning because of ice."
    assert not answer_types.strength("date", shut, frozenset({"bridge"}))
    assert answer_types.strength("date", "The bridge will reopen in two weeks.", frozenset({"bridge"}))


def test_a_sentence_holding_the_number_asked_is_quoted_without_the_next_one(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # It ends on the question's words ("first day"), but it answers: it sets up nothing after it.
    library = _library(tmp_path, make_library)
    assert _quoted(library, "how many crossed the bridge on the first day?") == CROSSED


def test_a_number_is_what_a_sentence_adds_to_the_question(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Every other word of the sentence is the question's: the number it adds is the answer, no restating.
    library = _library(tmp_path, make_library)
    assert _quoted(library, "how many villagers crossed the bridge on the first day?") == CROSSED


def test_people_are_counted_by_what_they_are() -> None:
    assert answer_types.counts(CROSSED, "people")
    assert not answer_types.counts("About 1,200 crowns were raised on the first day.", "people")


def test_a_river_the_thing_stands_over_is_where_it_is(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    assert _quoted(_library(tmp_path, make_library), "where is the bridge?") == OPENING
    # "Over" the rest is as often "about": no place.
    assert not answer_types.strength("place", "Talks broke down over the plant.", frozenset({"talks"}))


def test_a_kind_of_people_stands_for_people_the_articles_never_name(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # WordNet files no "people" over "villagers": the words for people by where they live stand for it.
    assert _quoted(_library(tmp_path, make_library), "how many people crossed the bridge?") == CROSSED


def test_a_sentence_telling_the_deed_that_undoes_the_one_asked_does_not_say_when(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Closed on Friday is no date of its opening, whatever else the sentence shares with the question.
    write_article(
        tmp_path,
        "dalen.md",
        "Orsk opens its timber bridge over the Dalen",
        14,
        "The governor, Mira Castell, opened the new walkway over the Dalen river on Wednesday.",
        "The bridge cost 6 million crowns, said the architect, Tomas Weld.",
        "The bridge was closed on Friday because of ice.",
    )
    answer = make_library(tmp_path).answer("when was the bridge opened?")
    assert answer.quote is None or "closed" not in answer.quote.text
