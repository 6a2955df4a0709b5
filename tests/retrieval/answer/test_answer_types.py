"""Answer-type checks and non-sentences: what a quoted sentence must hold, and what is never quoted."""

from __future__ import annotations

import pytest

from retrieval.answer.answer_types import counts, names_near, supplies
from retrieval.answer.candidates import _quotable
from retrieval.language.prose import dateline_end, is_prose, quotable, repeats_title

ASKED = frozenset({"the", "talks", "held", "in", "florida", "who", "met", "putin"})


@pytest.mark.parametrize(
    ("asked", "sentence", "expected"),
    [
        ("date", "The envoys will return on 14 March.", True),
        ("date", "The envoys will return within 10 days of signing.", True),
        ("date", "The envoys will return to the capital.", False),
        ("duration", "The meeting went on for nearly five hours.", True),
        ("duration", "The meeting was described as frank.", False),
        ("number", "Some 314 prisoners were exchanged.", True),
        ("number", "Prisoners were exchanged at the border.", False),
        ("person", "The delegation was led by Marta Kovalenko.", True),
        ("person", "Putin met them late at night.", False),
        ("place", "The talks were held at a lakeside hotel in Montreux.", True),
        ("place", "The talks were held in Florida on Sunday.", False),
        ("place", "The troops would be based at hubs away from the front line.", True),
        ("cause", "She resigned after investigators searched her home.", True),
        ("cause", "She resigned on Friday.", False),
        ("statement", 'The envoy said the talks had been "useful".', True),
        ("statement", "The envoy arrived on Tuesday.", False),
        ("yes-no", "Anything at all.", True),
    ],
)
def test_a_sentence_supplies_the_type_asked_only_with_something_new(
    asked: str, sentence: str, expected: bool
) -> None:
    assert supplies(asked, sentence, ASKED) is expected


def test_a_number_must_count_the_thing_asked_about() -> None:
    assert counts("The sides agreed to swap 314 prisoners, 157 for 157.", "prisoners")
    assert counts("It is a 19-point plan.", "points")
    assert not counts("More than 30 countries joined the coalition of troops.", "troops")
    assert not counts("Many have spent three years in Russian prisons.", "prisoners")


def test_a_name_must_stand_beside_the_thing_named() -> None:
    asked = frozenset({"name", "of", "the", "club", "in", "hallandale", "beach"})
    assert names_near("They met at the Shorecrest club, a marina resort.", "club", asked)
    assert not names_near("They met at a private club in Hallandale Beach, north of Miami.", "club", asked)


@pytest.mark.parametrize(
    "furniture",
    [
        "ADVERTISEMENT",
        "Advertisement",
        "Read more: Why the talks stalled",
        "Subscribe to our newsletter for daily updates",
        "(From left) Anna Lind, Piet Moll and Ivo Grad at the palace on Tuesday.",
        "[Caption: The delegations arrive at the palace.]",
        "Delegates arrive for the talks. Photo: Pool via Northwire",
        "VELMARA, January 23.",
        "By Anna Lind and Piet Moll",
        "NATO, Crimea, and pressure from the U.S.",
        "Envoys Agree To Meet Again In Geneva Next Month",
        "What is in the twenty-point plan",
    ],
)
def test_furniture_is_never_quoted(furniture: str) -> None:
    assert not quotable(furniture)


@pytest.mark.parametrize(
    "credit",
    [
        "CREDIT: Jane Doe",
        # re's ignore-case takes dotted and dotless i for "i": the shortcut past the caption search must too.
        "credİt: Jane Doe",
        "credıt: Jane Doe",
        "(left) and Monday",
        "Pool photo / Jane Doe",
    ],
)
def test_a_caption_or_credit_anywhere_in_a_sentence_is_furniture(credit: str) -> None:
    assert quotable("The envoys met in Geneva on Sunday, officials said.")
    assert not quotable(f"The envoys met in Geneva on Sunday, {credit}.")


def test_a_headline_repeated_in_the_body_is_not_quoted_but_a_dek_is() -> None:
    title = "Envoys agree to meet again in Geneva next month"
    assert not quotable(title, title)
    dek = "The envoys agreed on Friday to meet again in Geneva next month, officials said."
    assert quotable(dek, dek)


def test_a_sentence_recurring_in_two_articles_is_a_headline_only_in_the_one_it_heads() -> None:
    """The verdict on the sentence alone is remembered; the headline test is made for each article."""
    line = "The envoys agreed on Friday to meet again in Geneva next month, officials said:"
    assert _quotable(line, "Ceasefire talks resume")
    assert not _quotable(line, line)
    assert _quotable(line, "Ceasefire talks resume")
    assert quotable(line, "Ceasefire talks resume")
    assert not quotable(line, line)
    assert repeats_title(line, line)
    assert is_prose(line)


def test_prose_is_quoted_and_a_dateline_is_cut_off() -> None:
    sentence = "VELMARA, Jan 23 (Northwire) - The delegations agreed to meet again next month."
    assert quotable(sentence)
    assert sentence[dateline_end(sentence) :] == "The delegations agreed to meet again next month."
    assert dateline_end("The delegations met.") == 0


def test_words_that_begin_like_a_month_are_no_date() -> None:
    for sentence in ("The council decided to act.", "Marco Rubio spoke to the mayor.", "A novel plan."):
        assert not supplies("date", sentence, frozenset())
    assert supplies("date", "The talks resume on Dec 3.", frozenset())


def test_a_capitalised_sentence_opener_is_no_name() -> None:
    assert not supplies("person", "Several of them met for hours.", frozenset({"who", "met"}))
    assert supplies("person", "Umerov met them for hours.", frozenset({"who", "met"}))
