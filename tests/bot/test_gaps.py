"""The unanswered-questions log behind /gaps, on a real SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.gaps import DAY, Gap, GapLog, RecordingAnswerer, is_gap, normalise
from retrieval import Answer, Library

NOW = 1_780_000_000.0
ARTICLE = "Ferry talks\n\nThe quokka delegation signed a grain corridor memorandum in Odesa.\n"


@pytest.fixture
def gaps(tmp_path: Path) -> GapLog:
    return GapLog(tmp_path / "cache" / "gaps.sqlite3")


def test_repeats_group_whatever_their_case_spacing_and_punctuation(gaps: GapLog) -> None:
    for text in ("What about Crimea?", "  what   ABOUT crimea ", "what about crimea", "Who won?"):
        gaps.record(text, now=NOW)
    assert gaps.top(now=NOW) == [Gap("what about crimea", 3), Gap("who won", 1)]
    assert normalise("«Зеленский?»") == "зеленский"


def test_only_the_last_seven_days_count_and_ties_show_the_latest_first(gaps: GapLog) -> None:
    gaps.record("old question", now=NOW - 8 * DAY)
    gaps.record("old question", now=NOW - 8 * DAY)
    gaps.record("earlier", now=NOW - 2 * DAY)
    gaps.record("later", now=NOW - DAY)
    assert gaps.top(now=NOW) == [Gap("later", 1), Gap("earlier", 1)]
    assert gaps.top(days=10, now=NOW)[0] == Gap("old question", 2)
    assert len(gaps.top(limit=1, now=NOW)) == 1


def test_rows_past_thirty_days_or_past_the_cap_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "gaps.sqlite3"
    small = GapLog(path, max_rows=5)
    small.record("ancient", now=NOW - 31 * DAY)
    for number in range(8):
        small.record(f"question {number}", now=NOW + number)
    small.close()
    with sqlite3.connect(path) as db:
        kept = [row[0] for row in db.execute("SELECT question FROM gaps ORDER BY id")]
    assert kept == [f"question {number}" for number in range(3, 8)]


def test_only_the_question_and_its_time_are_stored_and_they_outlive_a_restart(
    tmp_path: Path, gaps: GapLog
) -> None:
    gaps.record("Who pays for the bridge?", now=NOW)
    gaps.close()
    gaps.record("after close is ignored", now=NOW)
    path = tmp_path / "cache" / "gaps.sqlite3"
    with sqlite3.connect(path) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(gaps)")]
    assert columns == ["id", "asked", "question"]
    assert GapLog(path).top(now=NOW) == [Gap("who pays for the bridge", 1)]


def test_a_damaged_file_is_started_afresh(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "gaps.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    gaps = GapLog(path)
    gaps.record("still recorded", now=NOW)
    assert gaps.top(now=NOW) == [Gap("still recorded", 1)]
    assert "unreadable" in caplog.text


def test_an_unusable_folder_leaves_gaps_empty_but_working(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    gaps = GapLog(blocker / "gaps.sqlite3")
    gaps.record("anything", now=NOW)
    assert gaps.top(now=NOW) == []


def test_only_searched_questions_without_a_quote_or_small_talk_are_gaps(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    library = Library(tmp_path / "docs")
    library.refresh()
    gaps = GapLog(tmp_path / "gaps.sqlite3")
    source = RecordingAnswerer(library, gaps)
    assert source.answer("what did the quokka delegation sign?").quote is not None
    assert source.answer("who won the chess olympiad?").quote is None
    assert source.snapshot is library.snapshot
    assert [gap.question for gap in gaps.top()] == ["who won the chess olympiad"]
    assert not is_gap(Answer(None, searched=("thanks",), small_talk="thanks"))
    assert not is_gap(Answer(None))
