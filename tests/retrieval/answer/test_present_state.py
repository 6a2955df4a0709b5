"""A question on how things stand now: the newest report of the present state answers it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from retrieval import Library


def _write(folder: Path, name: str, day: str, title: str, body: str) -> None:
    (folder / name).write_text(f"---\ntitle: {title}\ndate: {day}\n---\n\n{body}\n", encoding="utf-8")


def test_a_figure_asked_now_is_not_answered_by_the_newest_report_of_its_first_value(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _write(
        tmp_path,
        "cut.md",
        "2026-01-10",
        "Orvane peace plan trimmed",
        "The plan has 19 points after the Kessel talks, officials said.",
    )
    _write(
        tmp_path,
        "talks.md",
        "2026-01-20",
        "Velmara talks resume",
        "Talks resumed in Velmara on the Orvane peace plan, which initially had 28 points.",
    )
    answer = make_library(tmp_path).answer("How many points does the Orvane peace plan have now?")
    assert answer.quote is not None
    assert "19 points" in answer.quote.text


def test_a_yes_or_no_on_how_things_stand_now_is_answered_by_the_newest_report(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _write(
        tmp_path,
        "old.md",
        "2026-01-05",
        "Orsk plant powered again",
        "The Orsk plant receives power through the Tarsk backup line, which was connected on 4 January.",
    )
    _write(
        tmp_path,
        "new.md",
        "2026-02-10",
        "Orsk plant down to one line",
        "The Tarsk backup line to the Orsk plant was cut off on 8 February, the operator said.",
    )
    answer = make_library(tmp_path).answer("Is the Orsk plant's Tarsk backup line connected at the moment?")
    assert answer.quote is not None
    assert "cut off on 8 February" in answer.quote.text


def test_a_person_asked_now_may_be_told_with_a_post_they_held_before(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Previously" is of another post: only a figure's first value is no answer to its present one.
    _write(
        tmp_path,
        "team.md",
        "2026-01-20",
        "Arland names its negotiators",
        "Ona Tarvik, previously the defence minister, heads the Arland team at the Velmara talks.",
    )
    answer = make_library(tmp_path).answer("Who heads the Arland team at the Velmara talks now?")
    assert answer.quote is not None
    assert "Ona Tarvik" in answer.quote.text


def test_a_figure_asked_now_may_be_told_beside_a_first_value_of_another_thing(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Review13 finding 3: "initially"/"previously" anywhere ruled the sentence out, and "still" told no
    # present.
    _write(
        tmp_path,
        "mine.md",
        "2026-01-12",
        "Pelno mine rescue goes on",
        "Rescuers reached the Pelno mine on Friday.\n\n"
        "Of the 30 diggers initially trapped, 9 are still underground, the Varnese mining office said.",
    )
    _write(
        tmp_path,
        "plan.md",
        "2026-01-14",
        "Kessa plan discussed",
        "Tam Roe said the Kessa plan, previously rejected by Corvia, has 14 points.",
    )
    library = make_library(tmp_path)
    answer = library.answer("How many diggers are still trapped in the Pelno mine?")
    assert answer.quote is not None
    assert "9 are still underground" in answer.quote.text
    answer = library.answer("How many points does the Kessa plan have now?")
    assert answer.quote is not None
    assert "has 14 points" in answer.quote.text
