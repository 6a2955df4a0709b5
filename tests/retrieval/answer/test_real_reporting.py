"""How real reports are written, on invented articles: a plan named near the top and detailed paragraphs
later, one side's figures beside another's, sums beside counts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from retrieval import Library
from retrieval.answer.question import analyse

_PLAN = (
    "---\ntitle: Kessel weighs the truce proposal\ndate: 2026-03-20\n---\n\n"
    "Kessel is studying the proposal Tarvik handed over last week, its spokesman said on Friday.\n\n"
    "On 14 March, Tarvik outlined the 12 points of a truce plan now discussed by Arland and Brevia.\n\n"
    "The document also promises Arland a seat at the regional trade council.\n\n"
    "In addition, the plan sets up a rebuilding fund meant to draw $90 billion. "
    "Under the proposed framework, "
    "Arland's army would number 40,000 soldiers in peacetime.\n"
)


def test_a_plan_named_by_its_number_paragraphs_before_is_the_one_its_details_are_of(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The report names the 12-point plan once; the army's size comes three paragraphs later, under "the
    # proposed framework". It was refused: no "12" near the figure.
    (tmp_path / "plan.md").write_text(_PLAN, encoding="utf-8")
    answer = make_library(tmp_path).answer(
        "How big would Arland's army be in peacetime under the 12-point plan?"
    )
    assert answer.quote is not None
    assert "40,000 soldiers" in answer.quote.text


def test_another_sides_figure_does_not_size_the_army_asked(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Ukraine's army is no size of Russia's (named in the title: the paragraph is on the question).
    (tmp_path / "plan.md").write_text(
        "---\ntitle: Moscow weighs the Kessel truce proposal\ndate: 2026-03-20\n---\n\n"
        "On 14 March, Tarvik outlined the 12 points of a truce plan now discussed by both sides.\n\n"
        "The document also promises Kyiv a seat at the regional trade council.\n\n"
        "Under the proposed framework, Ukraine's army would number 40,000 soldiers in peacetime.\n",
        encoding="utf-8",
    )
    library = make_library(tmp_path)
    question = "How big would {}'s army be in peacetime under the 12-point plan?"
    assert library.answer(question.format("Russia")).quote is None
    answer = library.answer(question.format("Ukraine"))
    assert answer.quote is not None
    assert "40,000 soldiers" in answer.quote.text


def test_a_sum_of_money_does_not_size_an_army(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The fund's $90 billion is for the army, and no size of it. (A sum can size a scheme: "how big was the
    # kickback scheme?" is not asked of a body of people.)
    (tmp_path / "plan.md").write_text(
        "---\ntitle: Arland's army under the truce plan\ndate: 2026-03-20\n---\n\n"
        "In peacetime, Arland's army would get a rebuilding fund meant to draw $90 billion.\n\n"
        "Investigators say the kickback scheme at the Orsk grain plant was worth $40 million.\n",
        encoding="utf-8",
    )
    library = make_library(tmp_path)
    assert library.answer("How big would Arland's army be in peacetime?").quote is None
    answer = library.answer("How big was the kickback scheme at the Orsk grain plant?")
    assert answer.quote is not None
    assert "$40 million" in answer.quote.text


def test_a_plan_of_another_number_is_still_not_the_one_asked(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "plan.md").write_text(_PLAN, encoding="utf-8")
    answer = make_library(tmp_path).answer(
        "How big would Arland's army be in peacetime under the 30-point plan?"
    )
    assert answer.quote is None


def test_a_figure_told_of_the_event_named_again_by_a_definite_noun_answers_how_long(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Wire copy: the event, then its length in a sentence naming it only as "the discussions". The question's
    # words are in the sentences before, so the length's sentence was taken for one that borrows them.
    (tmp_path / "talks.md").write_text(
        "---\ntitle: Envoys meet Tarvik\ndate: 2026-03-02\n---\n\n"
        "The Brevian envoys landed in Orsk on Sunday. "
        "Tarvik held a long round of talks with them on 1 March. "
        "The discussions, which lasted more than six hours, are due to resume on the morning of 2 March, "
        "according to his office.\n",
        encoding="utf-8",
    )
    # Other news on first days and talks, as in any folder: "Orsk" weighs most, and is two sentences away.
    (tmp_path / "grain.md").write_text(
        "---\ntitle: Grain talks stall\ndate: 2026-02-20\n---\n\n"
        "The first day of the grain talks in Velmara ended without a deal.\n\n"
        "Arland said the talks would go on for a second day.\n",
        encoding="utf-8",
    )
    (tmp_path / "port.md").write_text(
        "---\ntitle: Port strike\ndate: 2026-02-25\n---\n\n"
        "Dock workers in Kessel walked out on the first day of the month.\n\n"
        "Talks with the port owners are planned for next week.\n",
        encoding="utf-8",
    )
    answer = make_library(tmp_path).answer("How long did the first day of the Orsk talks last?")
    assert answer.quote is not None
    assert "more than six hours" in answer.quote.text


def test_a_group_set_off_after_the_names_is_theirs(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Ida Brun and Oleg Varin, the Russian president's aides": the people's word comes after the names, set
    # off by a comma and an article. Only a group before a name, or "X of Russia", was read as the name's.
    (tmp_path / "talks.md").write_text(
        "---\ntitle: Envoys received in Moscow\ndate: 2026-03-03\n---\n\n"
        "The Kremlin said Tarvik was joined at his talks with the envoys by Ida Brun and Oleg Varin, "
        "the Russian "
        "president's foreign and economic aides.\n",
        encoding="utf-8",
    )
    answer = make_library(tmp_path).answer("Which Russian officials were at Tarvik's talks with the envoys?")
    assert answer.quote is not None
    assert "Ida Brun and Oleg Varin" in answer.quote.text


def test_a_sentence_told_according_to_a_source_is_not_the_words_of_the_one_it_names(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Wire copy ends on its source: what Tarvik did, "according to the official", is no word of Tarvik's.
    (tmp_path / "round.md").write_text(
        "---\ntitle: Kessel round ends\ndate: 2026-03-04\n---\n\n"
        "At the end of the Kessel meetings, Tarvik went back to Orsk and Moll flew on to Velmara, "
        "where she met "
        "the Brevian envoys in secret, according to the official.\n\n"
        'Speaking to reporters, Tarvik reported "steady progress" after all the meetings.\n',
        encoding="utf-8",
    )
    answer = make_library(tmp_path).answer("What did Tarvik say came out of the Kessel meetings?")
    assert answer.quote is not None
    assert "steady progress" in answer.quote.text


def test_a_plants_name_is_no_one_who_acts(tmp_path: Path, make_library: Callable[[Path], Library]) -> None:
    # "the Orsk Grain Plant" is capitalised as a name is, but no one would watch over the truce.
    (tmp_path / "agenda.md").write_text(
        "---\ntitle: What the envoys discussed\ndate: 2026-03-05\n---\n\n"
        "The agenda covered the border, buffer zones, ways to monitor the truce, and the running of the Orsk "
        "Grain Plant.\n",
        encoding="utf-8",
    )
    assert make_library(tmp_path).answer("Who would monitor the truce under the plan?").quote is None


def test_the_noun_counted_ends_where_a_verb_in_the_present_begins(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "how many documents make up...": "make" is the verb, not the thing counted (a figure of "make" was
    # looked for, and the plan's three documents refused).
    (tmp_path / "plan.md").write_text(
        "---\ntitle: Envoys study the truce plan\ndate: 2026-03-06\n---\n\n"
        "According to Tarvik's aide, the envoys went through the proposals set out in three documents "
        "forming "
        "the truce plan.\n",
        encoding="utf-8",
    )
    answer = make_library(tmp_path).answer("How many documents make up the truce plan?")
    assert answer.quote is not None
    assert "three documents" in answer.quote.text


def test_a_city_closing_the_question_after_after_dates_it_by_another_round(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "after Vienna" is the round before: the report of the meeting asked need not name Vienna. (A person
    # there is the one replaced: "the next envoy after Tarvik" is no round.)
    (tmp_path / "vienna.md").write_text(
        "---\ntitle: Vienna round ends\ndate: 2026-03-01\n---\n\n"
        "The Vienna round between Arland and the Brevian delegation ended on Sunday without a deal.\n",
        encoding="utf-8",
    )
    (tmp_path / "oslo.md").write_text(
        "---\ntitle: Tarvik meets Brevians\ndate: 2026-03-03\n---\n\n"
        "According to the sources, Tarvik met the Brevian delegation in Oslo on the evening of Monday, "
        "2 March.\n",
        encoding="utf-8",
    )
    answer = make_library(tmp_path).answer("Where did Tarvik meet the Brevian delegation after Vienna?")
    assert answer.quote is not None
    assert "in Oslo" in answer.quote.text


def test_only_a_place_closing_the_question_after_after_is_a_time_anchor() -> None:
    assert analyse("Where did Tarvik meet the Brevian delegation after Vienna?").anchor == frozenset(
        {"vienna"}
    )
    # A person there is the one replaced or followed, no round.
    assert analyse("Who will be the next envoy after Tarvik?").anchor == frozenset()


def test_a_deadline_asked_is_the_date_that_ends_a_span(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "By what date...?" asks as "until when...?" does: the date of the talks where the plan was discussed is
    # no deadline.
    (tmp_path / "talks.md").write_text(
        "---\ntitle: Orsk talks on the plan\ndate: 2026-05-04\n---\n\n"
        "On 3 May, Tarvik held talks with Brevia on the plan he wants it to sign.\n",
        encoding="utf-8",
    )
    (tmp_path / "deadline.md").write_text(
        "---\ntitle: What the plan holds\ndate: 2026-05-02\n---\n\n"
        "The plan hands the Orsk grain plant back to Arland.\n\n"
        "Tarvik wants Brevia to sign the plan and has given it until 9 May.\n",
        encoding="utf-8",
    )
    answer = make_library(tmp_path).answer("By what date did Tarvik want Brevia to sign up to the plan?")
    assert answer.quote is not None
    assert "until 9 May" in answer.quote.text


def test_a_paragraph_of_its_own_giving_the_events_figure_is_read_with_the_one_before(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # A transcript sets each sentence as a paragraph: the length comes alone, naming the event only as "the
    # negotiations", and holds none of the question's words (it was never among the paragraphs read).
    (tmp_path / "aide.md").write_text(
        "---\ntitle: Aide's comment on Tarvik's meeting with Moll\ndate: 2026-01-23\n---\n\n"
        "Ida Brun: There was a meeting between Tarvik and the Brevian envoy Moll, with two advisers. One of "
        "them joined the Brevian team for the first time.\n\n"
        "The negotiations lasted about four hours and were frank and useful.\n\n"
        "The envoys had come from Orsk, where they had spent two days.\n",
        encoding="utf-8",
    )
    (tmp_path / "other.md").write_text(
        "---\ntitle: Grain talks\ndate: 2026-01-20\n---\n\n"
        "The negotiations on grain lasted a week and ended without a deal.\n\n"
        "Moll said the meeting in Orsk had been useful.\n",
        encoding="utf-8",
    )
    answer = make_library(tmp_path).answer("How long was Tarvik's meeting with Moll and the advisers?")
    assert answer.quote is not None
    assert "about four hours" in answer.quote.text


def test_a_year_range_written_short_is_answered_by_the_years_written_out(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "2026-27" is 2026 and 2027: "27" is no number the answer must hold.
    (tmp_path / "loan.md").write_text(
        "---\ntitle: Brevia agrees loan\ndate: 2026-01-10\n---\n\n"
        "Brevia agreed on Friday to lend Arland 40 billion crowns over 2026 and 2027, ending weeks of "
        "talks.\n",
        encoding="utf-8",
    )
    answer = make_library(tmp_path).answer("How much is Brevia lending Arland for 2026-27?")
    assert answer.quote is not None
    assert "40 billion crowns" in answer.quote.text
