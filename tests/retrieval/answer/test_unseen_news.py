"""Faults an unseen folder of real reporting showed, on invented articles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from retrieval import Library
from retrieval.answer.candidates import _denied_verb, _spelling_out
from tests.retrieval.answer.articles import write_article


def test_a_place_in_the_name_of_the_outlet_reporting_it_still_answers_where(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The outlet's words are not who did what is asked; they are no place the question already holds. Taken
    # for one, "in Orsk" was only a weak answer, and a place of other talks won.
    (tmp_path / "talks.md").write_text(
        "---\ntitle: Envoys meet again\ndate: 2026-01-12\nsource: The Orsk Herald\n---\n\n"
        "Envoys from Arland and Brevia met again this weekend in Orsk, where Tarvik and Moll both live.\n",
        encoding="utf-8",
    )
    (tmp_path / "plan.md").write_text(
        "---\ntitle: Where the plan began\ndate: 2026-01-10\nsource: Northwire\n---\n\n"
        "The talks between Tarvik and Moll at the lake palace in Kessel will last two days.\n",
        encoding="utf-8",
    )
    answer = make_library(tmp_path).answer("Where do Tarvik and Moll live?")
    assert answer.quote is not None
    assert "where Tarvik and Moll both live" in answer.quote.text


def test_a_proposed_plan_named_as_the_document_does_not_make_its_outlining_a_supposition(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "plan.md").write_text(
        "---\ntitle: Truce plan outlined\ndate: 2026-03-20\n---\n\n"
        "On 14 March, Tarvik laid out to reporters the 12 points of a proposed truce plan.\n\n"
        "Under the proposed deal, Arland hands over the Orsk grain plant on 2 May.\n",
        encoding="utf-8",
    )
    library = make_library(tmp_path)
    answer = library.answer("When did Tarvik lay out the 12 points to reporters?")
    assert answer.quote is not None
    assert "On 14 March" in answer.quote.text
    # What a proposed deal supposes is still not what was done.
    assert library.answer("When did Arland hand over the Orsk grain plant?").quote is None


def test_a_terse_topic_with_a_name_is_answered_by_the_sentence_about_the_one_named(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "vote.md").write_text(
        "---\ntitle: Parliament blocks two posts\ndate: 2026-02-11\n---\n\n"
        "The Arland parliament blocked two appointments on Tuesday.\n\n"
        "Only 120 deputies voted for Moll as speaker, with 150 votes needed. Tarvik's bid for the finance "
        "post won the backing of 131 deputies and also fell short.\n",
        encoding="utf-8",
    )
    answer = make_library(tmp_path).answer("Tarvik votes")
    assert answer.quote is not None
    assert "Tarvik's bid" in answer.quote.text


def test_a_case_asked_as_not_done_is_answered_by_the_sentence_that_denies_it_too(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "warning.md").write_text(
        "---\ntitle: Moll warns Arland\ndate: 2026-02-11\n---\n\n"
        "Moll answered Arland's demand that Brevia withdraw from the Orsk valley as a condition for talks. "
        "Warning that his troops keep advancing, Moll said that if Arland's soldiers leave the Orsk valley, "
        "Brevia will stop the shelling. If they do not leave, he said, Brevia will take it by force.\n",
        encoding="utf-8",
    )
    answer = make_library(tmp_path).answer("What did Moll say he would do if Arland's soldiers don't leave?")
    assert answer.quote is not None
    assert "If they do not leave" in answer.quote.text


def test_the_verb_a_question_denies_is_not_the_name_after_its_auxiliary() -> None:
    denied = _denied_verb("What will Moll do if the soldiers don't leave?")
    assert denied is not None
    assert denied.search("They leave on Friday.")
    assert _denied_verb("Who did not attend the talks?") is not None
    # "Why didn't Brevia sign?": Brevia is who did not, not what was not done.
    assert _denied_verb("Why didn't Brevia sign?") is None
    assert _denied_verb("why didn't russia sign the deal?") is None


def test_a_sentence_opening_with_who_says_it_refers_back_as_the_sentence_after_it_would(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "According to Tarvik, the plan..." is the 12-point plan of the paragraph before: its number is near.
    (tmp_path / "plan.md").write_text(
        "---\ntitle: Truce plan outlined\ndate: 2026-03-20\n---\n\n"
        "On 14 March, Tarvik outlined the 12 points of the Orvane truce plan to reporters.\n\n"
        "According to Tarvik, the plan includes a full prisoner exchange between Arland and Brevia.\n",
        encoding="utf-8",
    )
    answer = make_library(tmp_path).answer(
        "What kind of exchange between Arland and Brevia is in Tarvik's 12-point plan?"
    )
    assert answer.quote is not None
    assert "a full prisoner exchange" in answer.quote.text


def test_an_acronym_asked_is_held_by_a_passage_that_spells_it_out(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The question writes "KNPP", the article "Kessel NPP" in its title and "the plant" below: the passage is
    # about it all the same.
    (tmp_path / "plant.md").write_text(
        "---\ntitle: Kessel NPP still cut off from the grid\ndate: 2026-02-11\n---\n\n"
        "Both outside lines to the plant were cut by shelling on 3 February. Brevia's grid operator said "
        "that repairing the two damaged lines may take five to six days.\n",
        encoding="utf-8",
    )
    (tmp_path / "visit.md").write_text(
        "---\ntitle: Inspectors visit\ndate: 2026-02-12\n---\n\n"
        "Inspectors arrived at the KNPP on Thursday and met its director.\n",
        encoding="utf-8",
    )
    answer = make_library(tmp_path).answer("How long will repairing the KNPP lines take?")
    assert answer.quote is not None
    assert "five to six days" in answer.quote.text


def test_an_acronym_is_spelt_out_by_initials_or_a_shorter_acronym_but_not_by_function_words() -> None:
    spelling = _spelling_out("KNPP")
    assert spelling.search("the Kessel nuclear power plant")
    assert spelling.search("Kessel NPP")
    assert not spelling.search("Kessel nuclear power station")
    assert not _spelling_out("UAE").search("Ukraine and Europe")
    assert _spelling_out("OPEC").search("the Organization of Petroleum Exporting Countries")


def test_a_proposal_something_was_done_to_is_the_document_not_a_supposition(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "envoy.md").write_text(
        "---\ntitle: Arland's envoy to step down\ndate: 2026-02-11\n---\n\n"
        "Ona Tarvik, Arland's envoy to the Velmara talks, will leave her post in March.\n\n"
        "Brevia has since put forward a truce framework. That framework proposal was drawn up by the foreign "
        "minister Piet Moll, and Tarvik had no part in writing it.\n",
        encoding="utf-8",
    )
    answer = make_library(tmp_path).answer("Did Tarvik help write the truce framework?")
    assert answer.quote is not None
    assert "Tarvik had no part in writing it" in answer.quote.text


def test_a_phrasal_verb_asked_is_not_the_same_verb_without_its_particle(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Drew criticism from Brevia" is no place the plan was drawn up in.
    (tmp_path / "plan.md").write_text(
        "---\ntitle: Truce plan criticised\ndate: 2026-02-11\n---\n\n"
        "The twelve-point truce plan had a cool reception. Its terms crossed red lines for the Orsk council "
        "and drew criticism from Brevia and Kessel on Monday.\n",
        encoding="utf-8",
    )
    (tmp_path / "origin.md").write_text(
        "---\ntitle: Where it began\ndate: 2026-02-01\n---\n\n"
        "Officials said the truce plan was put together by aides at a meeting in Velmara last autumn.\n",
        encoding="utf-8",
    )
    answer = make_library(tmp_path).answer("Where was the truce plan drawn up?")
    assert answer.quote is not None
    assert "a meeting in Velmara" in answer.quote.text


def test_a_word_asked_in_another_form_is_held_by_the_sentence_with_that_form(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Presidential" is "of the President": WordNet's other form of a word the articles use, a suffix apart,
    # earns part of the word's coverage, where a word it only relates earns none (and the answer is refused).
    write_article(
        tmp_path,
        "office.md",
        "Moll reshapes his team",
        14,
        "Moll said he had offered Tarvik the chance to head the Office of the President because Arland now "
        "needs a soldier at its centre.",
        "Tarvik spent ten years in the Brevian navy.",
    )
    write_article(tmp_path, "port.md", "Port news", 12, "The presidential palace stayed shut.")
    answer = make_library(tmp_path).answer("Why is Tarvik the new presidential chief?")
    assert answer.quote is not None
    assert "head the Office of the President" in answer.quote.text


def test_an_un_word_is_bridged_by_its_own_relatives_not_those_of_another_word_of_its_stem(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Ungrateful" negates "grateful", whose Snowball stem "grate" is also the metal frame's: WordNet's
    # "framework" for that one made a sentence on accepting a framework answer the question.
    write_article(
        tmp_path,
        "deal.md",
        "Moll presses Arland",
        14,
        "Moll told Arland on Monday that it should accept the framework by Friday.",
        "Arland's envoys said they would study the text.",
    )
    write_article(tmp_path, "port.md", "Port news", 12, "The Orsk port reopened after the storm.")
    assert make_library(tmp_path).answer("did Moll accuse Arland of being ungrateful?").quote is None


def test_a_pronoun_speaking_in_an_article_titled_by_a_side_speaks_for_that_side(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "What does Washington think...?": under a title naming Washington, "he said" is its man's word, even
    # with Washington named in the sentence as the one the demands are unacceptable to; it is not another's
    # report of what the United States said of a truce Brevia proposed.
    write_article(
        tmp_path,
        "forum.md",
        "Washington receives the Brevian envoys",
        14,
        "Earlier on Tuesday, speaking at a forum, Moll accused Brevian ministers of stalling the talks. "
        "Brevia, he said, was blocking peace with demands that were unacceptable to Washington. "
        '"They want the war to go on," he said of the ministers.',
    )
    write_article(
        tmp_path,
        "call.md",
        "A long call",
        15,
        "The United States said afterwards that Moll had told Tarvik that a short truce, as proposed by "
        "Brevia and Arland, would only prolong the war.",
    )
    write_article(tmp_path, "port.md", "Port news", 12, "The Orsk port reopened after the storm.")
    answer = make_library(tmp_path).answer("what does washington think brevia is doing")
    assert answer.quote is not None
    assert "Brevia, he said, was blocking peace" in answer.quote.text
