"""What readers ask in their own words (a count, a sum, a version, "PM"): the answering sentence is quoted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval import Library
from retrieval.answer.question import analyse


def _write(folder: Path, name: str, title: str, body: str) -> None:
    (folder / name).write_text(f"---\ntitle: {title}\ndate: 2026-03-02\n---\n\n{body}\n", encoding="utf-8")


def _quote(
    tmp_path: Path,
    make_library: Callable[[Path], Library],
    body: str,
    question: str,
    title: str = "Arland and Brevia talks",
) -> str:
    _write(tmp_path, "a.md", title, body)
    _write(tmp_path, "b.md", "Orsk mill", "The Orsk mill reopened on Monday after a long winter.")
    quote = make_library(tmp_path).answer(question).quote
    assert quote is not None, question
    return quote.text


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("How many Arlanders live in Velmara under the host scheme?", "arlanders"),
        ("How many towns make up the Orsk belt?", "towns"),
        ("how many drones hit Kessel on Sunday", "drones"),
        ("How many people died in the Orsk floods?", "people"),
        ("how many prisoner exchanges took place?", "exchanges"),
    ],
)
def test_a_plural_counted_ends_where_a_word_that_is_no_plural_begins(question: str, counted: str) -> None:
    assert analyse(question).counted == counted


def test_a_count_of_people_living_somewhere_is_answered(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    body = (
        "Velmara council says about 310 Arlanders are currently living in the town under the host scheme."
        " A spokesperson said support would continue."
    )
    question = "How many Arlanders live in Velmara under the host scheme?"
    assert "310 Arlanders" in _quote(tmp_path, make_library, body, question)


def test_a_version_named_only_as_what_the_figure_is_compared_with_is_no_other_version(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    body = (
        "The revised framework raises the cap on Arland's army to 90,000, up from 60,000 in the original"
        " 30-point draft, two officials said."
    )
    question = "What is the army cap in the revised 12-point framework?"
    title = "Envoys agree a 12-point framework in Orsk"
    assert "90,000" in _quote(tmp_path, make_library, body, question, title)


def test_how_much_of_a_sum_of_money_is_answered_by_a_sum(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    body = (
        "Most of the frozen Brevian money, about €40 billion, is held by Kessel Bank, a depository in Orsk."
        " Arland wants it released."
    )
    question = "How much of the frozen Brevian money does Kessel Bank hold?"
    assert "€40 billion" in _quote(tmp_path, make_library, body, question)


def test_who_is_the_pm_is_answered_by_the_prime_minister(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Readers write "PM" where reports write "prime minister": retrieval/data/synonyms.txt groups them.
    body = (
        "Brevia blocked the grain loan on Monday. Ivo Grad, the Brevian prime minister, said his country"
        " would carry an unfair share of the risk."
    )
    question = "Who is the Brevian PM that held out over the grain loan?"
    assert "Ivo Grad" in _quote(tmp_path, make_library, body, question)


def test_a_share_of_another_whole_is_no_answer(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The Orsk region is asked: "80 percent of its territory" is a share of the whole country.
    _write(
        tmp_path,
        "c.md",
        "Where the front stands",
        "Arland still controls roughly 80 percent of its territory, though not most of the Orsk region.",
    )
    _write(
        tmp_path,
        "d.md",
        "Brevia's demand",
        "Brevia demands that Arland withdraw from the roughly quarter of the Orsk region it still controls.",
    )
    question = "What share of the Orsk region does Arland still control?"
    assert "quarter of the Orsk region" in _quote(
        tmp_path, make_library, "Talks resume in Velmara.", question
    )


def test_a_year_written_short_in_a_span_is_the_year_in_full(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "2026-27" is 2026 and 2027, as reports write them.
    body = "Arland agreed on Friday to lend Brevia €40 billion over 2026 and 2027, ending weeks of argument."
    quote = _quote(tmp_path, make_library, body, "How much is Arland lending Brevia for 2026-27?")
    assert "€40 billion" in quote


def test_leading_up_to_talks_is_no_head_of_the_team(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Leading up to Friday's talks" says when Tarvik pushed, not that Tarvik heads the team.
    (tmp_path / "older.md").write_text(
        "---\ntitle: Arland team travels\ndate: 2026-03-01\n---\n\n"
        "Arland's security council secretary Ivo Grad, who heads the country's negotiating team, flew to Orsk"
        " on Sunday.\n",
        encoding="utf-8",
    )
    (tmp_path / "newer.md").write_text(
        "---\ntitle: Pressure before Orsk\ndate: 2026-03-06\n---\n\n"
        "Leading up to Friday's negotiations in Orsk, President Tarvik pushed Arland's team to act faster.\n",
        encoding="utf-8",
    )
    quote = make_library(tmp_path).answer("who heads arland's negotiating team").quote
    assert quote is not None
    assert "Ivo Grad" in quote.text


def test_a_sentence_according_to_someone_else_is_not_the_speakers_word(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "according to Arland's foreign ministry" says whose word it is: not Moll's, though the title names him.
    body = (
        "Arland's envoy Ona Tarvik wrapped up a long round of talks with Brevian envoy Piet Moll in Orsk on"
        " Monday. The discussions, which lasted more than five hours, will resume on Tuesday, according to"
        " Arland's foreign ministry."
    )
    _write(tmp_path, "a.md", "Tarvik and Moll talk in Orsk", body)
    answer = make_library(tmp_path).answer("What did Moll say after the Orsk talks?")
    assert answer.quote is None


def test_a_length_told_of_another_day_is_no_answer(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The sentence before sets the length on the first day; the second day's is told nowhere.
    body = (
        "The first day of the second round has ended. According to Arland's team, the talks lasted more than"
        " six hours and were held in two formats. Brevia's team is again led by Piet Moll."
    )
    _write(tmp_path, "a.md", "Live: the February round of Arland-Brevia talks in Orsk", body)
    question = "How long did the talks go on for on the second day of the February round in Orsk?"
    assert make_library(tmp_path).answer(question).quote is None


def test_a_length_in_days_is_no_length_of_one_day(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    body = (
        "The Orsk round ended on its second day. For Arland's towns, living with power cuts of many hours a"
        " day, the round's four days of talks brought no relief."
    )
    _write(tmp_path, "a.md", "Arland and Brevia talks in Orsk", body)
    question = "How long did the talks go on for on the second day of the Orsk round?"
    assert make_library(tmp_path).answer(question).quote is None
