"""A paragraph that only sets up the next one (wire copy: one sentence a paragraph) is quoted with it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from retrieval import Library
from tests.retrieval.answer.articles import write_article


def _library(tmp_path: Path, make_library: Callable[[Path], Library], *paragraphs: str) -> Library:
    folder = tmp_path / "news"
    folder.mkdir()
    write_article(folder, "orsk.md", "Brevia and Arland close in on a grain deal", 14, *paragraphs)
    return make_library(folder)


def test_a_paragraph_restating_the_question_is_quoted_with_the_next_one_that_answers(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    library = _library(
        tmp_path,
        make_library,
        "ORSK, Jan 14 (Northwire) - Brevia's foreign minister Piet Moll presented a draft of the grain deal.",
        '"This is a framework. There are two points on which Brevia has not reached agreement with Arland."',
        "The first is the fate of the Kessel silos, which Arland wants emptied before the spring thaw.",
        "The second is the toll on barges, which Moll said must stay as it is.",
    )
    answer = library.answer("what are the two points where brevia and arland have not reached agreement?")
    assert answer.quote is not None, answer
    assert "two points on which Brevia has not reached agreement" in answer.quote.text
    assert "The first is the fate of the Kessel silos" in answer.quote.text


def test_a_paragraph_ending_on_a_colon_is_quoted_with_the_next_one(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    library = _library(
        tmp_path,
        make_library,
        "Talks on the grain deal went on late into the night in Orsk.",
        "Asked when the barges would sail again, Moll gave a date:",
        "They will sail on 3 March, once the ice on the river has gone.",
    )
    answer = library.answer("when will the barges sail again, according to Moll?")
    assert answer.quote is not None, answer
    assert "on 3 March" in answer.quote.text
    assert answer.quote.text.startswith("Asked when the barges would sail again")


def test_no_paragraph_is_joined_to_one_under_another_heading(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    library = _library(
        tmp_path,
        make_library,
        "Asked when the barges would sail again, Moll gave a date:",
        "## Weather",
        "They will sail on 3 March, once the ice on the river has gone.",
    )
    answer = library.answer("when will the barges sail again, according to Moll?")
    assert answer.quote is None or "3 March" not in answer.quote.text


_REJECTED = (
    "Moll was said to have rejected the earlier offer, under which Arland, Brevia and Orsk would split the"
    " grain fund three ways, each taking a third of the harvest."
)
_HIS_WORDS = (
    "“It is plain that this would leave Brevia with nothing. How can we share a fund with those who burned"
    " our silos?” Moll told Radio Velmara."
)
_WHY = "why did Moll reject splitting the grain fund three ways?"


def test_a_why_is_answered_by_the_doers_own_words_in_the_paragraph_after_the_deed(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    library = _library(
        tmp_path, make_library, "Brevia set out its own plan for the fund on Monday.", _REJECTED, _HIS_WORDS
    )
    answer = library.answer(_WHY)
    assert answer.quote is not None, answer
    assert "leave Brevia with nothing" in answer.quote.text


def test_a_why_is_answered_by_the_doers_own_words_after_the_deed_in_one_paragraph(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    library = _library(
        tmp_path,
        make_library,
        "Brevia set out its own plan for the fund on Monday.",
        f"{_REJECTED} {_HIS_WORDS}",
    )
    answer = library.answer(_WHY)
    assert answer.quote is not None, answer
    assert "leave Brevia with nothing" in answer.quote.text


def test_another_speakers_words_after_the_deed_give_no_reason_for_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # (Only a speaker named in the quoted sentence itself is read: see candidates._own_words.)
    others = "“It is plain that this would leave Brevia with nothing,” Tarvik told Radio Velmara."
    library = _library(
        tmp_path, make_library, "Brevia set out its own plan for the fund on Monday.", f"{_REJECTED} {others}"
    )
    answer = library.answer(_WHY)
    assert answer.quote is None or "leave Brevia with nothing" not in answer.quote.text


_SET_UP = "Asked which two points were still open, Moll listed them:"
_FIRST = "The first is the toll on barges, and the second is the Kessel silos."


def test_a_set_up_is_not_joined_past_a_byline_taken_out(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    library = _library(
        tmp_path,
        make_library,
        "Talks on the grain deal went on late into the night in Orsk.",
        _SET_UP,
        "By Ivo Grad, Orsk correspondent",
        "Traders in the port of Orsk reported a quiet week on the river.",
    )
    answer = library.answer("which two points were still open?")
    assert answer.quote is None or "quiet week" not in answer.quote.text


def test_a_set_up_is_not_joined_to_a_photo_caption(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    library = _library(
        tmp_path,
        make_library,
        "Talks on the grain deal went on late into the night in Orsk.",
        _SET_UP,
        "Piet Moll speaks to reporters in Orsk. (Northwire)",
        _FIRST,
    )
    answer = library.answer("which two points were still open?")
    assert answer.quote is None or "speaks to reporters" not in answer.quote.text


def test_a_set_up_is_not_joined_to_the_first_item_of_a_list(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The items carry their lead-in: joined to the first only, the quote would pass for the whole list.
    library = _library(
        tmp_path,
        make_library,
        "Talks on the grain deal went on late into the night in Orsk.",
        "Moll said the grain deal has three points:",
        "1. A halt to the barge toll from 1 March.",
        "2. The Kessel silos emptied before the thaw.",
        "3. A joint patrol on the river.",
    )
    answer = library.answer("what are the three points of the grain deal?")
    assert answer.quote is None or "\n" not in answer.quote.text


def test_a_set_up_is_not_joined_to_another_speakers_words(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    library = _library(
        tmp_path,
        make_library,
        "Talks on the grain deal went on late into the night in Orsk.",
        "Moll set out what Brevia wants from the grain deal:",
        "“We have nothing more to say about the silos today,” Tarvik said.",
    )
    answer = library.answer("what does Brevia want from the grain deal?")
    assert answer.quote is None or "Tarvik" not in answer.quote.text


def test_the_doers_words_on_what_comes_next_give_no_reason_for_the_deed(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    library = _library(
        tmp_path,
        make_library,
        "Brevia set out its own plan for the fund on Monday.",
        _REJECTED,
        "“We will meet the Orsk delegation again in Velmara in March,” Moll told Radio Velmara.",
    )
    answer = library.answer(_WHY)
    assert answer.quote is None or "again in Velmara" not in answer.quote.text


def test_the_opening_quoted_with_its_set_up_is_not_shown_again(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    library = _library(
        tmp_path,
        make_library,
        "Talks on the grain deal went on late into the night in Orsk.",
        "Asked when the barges would sail again, Moll gave a date:",
        "They will sail on 3 March, once the ice on the river has gone.",
    )
    answer = library.answer("when will the barges sail again, according to Moll?")
    assert answer.quote is not None, answer
    shown = [quote.text for quote in (*answer.also, *answer.more)]
    assert not any(text in answer.quote.text for text in shown), shown


def test_a_photo_credit_ending_a_paragraph_is_no_set_up_for_the_next(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # A caption run into the lead ends the paragraph on its credit, "(Northwire)": that is no sentence
    # setting up the next paragraph, so it is not quoted in front of the sentence that answers.
    library = _library(
        tmp_path,
        make_library,
        "Brevia's foreign minister praised the progress on the grain deal after a day of talks in Orsk. "
        "Piet Moll holds a press conference in Orsk on 14 January. (Northwire)",
        "The head of Brevia's delegation, Ana Tarvik, told reporters that the sides had made good progress.",
    )
    answer = library.answer("who led brevia's delegation at the orsk talks?")
    assert answer.quote is not None, answer
    assert answer.quote.text.startswith("The head of Brevia's delegation"), answer.quote.text
