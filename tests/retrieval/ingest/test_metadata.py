"""Article metadata for citations: ISO dates from wherever the article gives one, short titles, no repeats."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from fpdf import FPDF

from retrieval.documents import Article
from retrieval.ingest.formats import parse_html
from retrieval.ingest.loader import read_article
from retrieval.ingest.parsing import parse_text
from retrieval.language import dates

BODY = "The harbour board approved the new ferry timetable after a long meeting on Tuesday evening."


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2025-11-27T10:00:00Z", "2025-11-27"),
        ("27 November 2025", "2025-11-27"),
        ("Nov. 27, 2025", "2025-11-27"),
        ("Thursday, November 27, 2025", "2025-11-27"),
        ("Thu, 27 Nov 2025 10:00:00 +0000", "2025-11-27"),
        ("2025/11/3", "2025-11-03"),
        ("Dec 3", "--12-03"),
        ("31 February 2025", None),
        ("sometime last week", None),
        ("", None),
    ],
)
def test_written_dates_become_iso_dates(raw: str, iso: str | None) -> None:
    assert dates.iso_date(raw) == iso


@pytest.mark.parametrize(
    ("opening", "found"),
    [
        ("KYIV, Dec 3 (Agency) - Talks resumed.", ("--12-03", "Agency")),
        ("ABU DHABI, January 23. Delegations met.", ("--01-23", None)),
        ("LONDON, 25 November — Allies agreed.", ("--11-25", None)),
        ("KYIV, Nov. 28 — Beyond the disputes", ("--11-28", None)),
        ("WASHINGTON, Nov 30, 2025 (Wire) - Officials said", ("2025-11-30", "Wire")),
        ("Published 23 November 2025", ("2025-11-23", None)),
        ("BRINDLEMOOR — The council met.", None),
        ("Talks in Geneva, Nov 24 were long.", None),
    ],
)
def test_datelines_give_a_date_and_an_outlet(opening: str, found: tuple[str, str | None] | None) -> None:
    assert dates.dateline(opening) == found


def test_a_yearless_dateline_keeps_no_year() -> None:
    assert dates.iso_date("Nov 25") == "--11-25"
    assert dates.parse_date("--11-25") is None  # undated for recency: it may be any year's news
    assert dates.parse_date("2025-11-25") == date(2025, 11, 25)


def written(folder: Path, name: str, text: str, day: datetime = datetime(2025, 12, 2, 12)) -> Path:
    """A file in `folder` whose modification time is `day` (local time, as the newsroom sees it)."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    os.utime(path, (day.timestamp(), day.timestamp()))
    return path


def read(path: Path) -> Article:
    article = read_article(path, path.name)
    assert isinstance(article, Article)
    return article


def test_front_matter_gives_every_field(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Ferry timetable approved\ndate: 27 November 2025\nurl: https://example.com/ferry\n"
        f"author: Ada Quay\nsource: Harbour Gazette\n---\n\n{BODY}\n"
    )
    meta = read(written(tmp_path, "ferry.md", text)).meta
    assert (meta.title, meta.date, meta.url, meta.author, meta.publisher) == (
        "Ferry timetable approved",
        "2025-11-27",
        "https://example.com/ferry",
        "Ada Quay",
        "Harbour Gazette",
    )
    assert meta.added == "2025-12-02"


def test_a_yearless_date_is_ranked_in_the_year_the_folder_puts_it() -> None:
    newest = date(2026, 2, 19)
    ranked = dates.ranked_date
    # Nearest on or before the folder's newest dated article: November is last year's, February this year's.
    assert ranked("--11-23", None, newest, "2026-11-30") == date(2025, 11, 23)
    assert ranked("--02-18", None, newest, "2026-11-30") == date(2026, 2, 18)
    # A little newer than the newest is still this year's news; far newer is last year's.
    assert ranked("--03-01", None, newest, "2026-11-30") == date(2026, 3, 1)
    assert ranked("--06-01", None, newest, "2026-11-30") == date(2025, 6, 1)
    # Never after the day its file was added; with no dated article in the folder, that day decides.
    assert ranked("--03-01", None, newest, "2026-02-20") == date(2025, 3, 1)
    assert ranked("--12-24", None, None, "2026-01-10") == date(2025, 12, 24)
    assert ranked("--02-29", None, newest, None) == date(2024, 2, 29)
    # The article's own year comes first; a full date is its own.
    assert ranked("--06-01", 2026, newest, None) == date(2026, 6, 1)
    assert ranked("2025-06-01", 2026, newest, None) == date(2025, 6, 1)
    assert ranked(None, None, newest, "2026-01-10") is None


def test_a_yearless_dateline_takes_its_year_from_a_full_date_in_the_text(tmp_path: Path) -> None:
    text = (
        "Ferry timetable approved\n\nPORTHAVEN, Jan 6 (Harbour Wire) - The board met on 30 December 2025 "
        "and again this week. Since 2019 the ferry has run hourly.\n"
    )
    meta = read(written(tmp_path, "ferry.txt", text)).meta
    assert (meta.date, meta.year) == ("--01-06", 2026)  # shown as the article gave it; ranked in 2026
    assert dates.text_year("--01-06", ["no dates here, only 2019"]) is None
    assert dates.text_year("--02-18", ["https://example.com/2026/02/18/talks"]) == 2026


def test_a_dateline_dates_the_article_and_names_its_outlet(tmp_path: Path) -> None:
    text = f"Ferry timetable approved\n\nPORTHAVEN, Nov 27 (Harbour Wire) - {BODY}\n"
    meta = read(written(tmp_path, "ferry.txt", text)).meta
    assert (meta.date, meta.publisher) == ("--11-27", "Harbour Wire")  # no year given: none is guessed


def test_a_published_line_dates_the_article_and_is_not_a_paragraph(tmp_path: Path) -> None:
    article = read(
        written(tmp_path, "ferry.txt", f"Ferry timetable approved\n\nPublished 23 November 2025\n\n{BODY}\n")
    )
    assert article.meta.date == "2025-11-23"
    assert [p.text for p in article.paragraphs] == [BODY]


def test_without_a_date_the_day_the_file_was_added_is_kept_and_date_stays_empty(tmp_path: Path) -> None:
    meta = read(written(tmp_path, "ferry.txt", f"Ferry timetable approved\n\n{BODY}\n")).meta
    assert meta.date is None
    assert meta.added == "2025-12-02"


def test_an_article_opening_with_a_long_summary_gets_its_main_clause_as_title() -> None:
    dek = (
        "Talks between the harbour board, the ferry company and the unions have continued since the "
        "council proposed a new timetable to end the dispute in October."
    )
    article = parse_text(f"{dek}\n{BODY}\n", "000_9f8e7d6c5b4a3f2e.txt", markdown=False)
    assert (
        article.meta.title
        == "Talks between the harbour board, the ferry company and the unions have continued"
    )


def test_a_long_summary_without_a_clause_break_is_titled_from_a_telling_file_name() -> None:
    dek = "Harbour board ferry company unions council " * 4 + "agree."
    article = parse_text(f"{dek}\n{BODY}\n", "012_ferry_timetable_dispute.txt", markdown=False)
    assert article.meta.title == "Ferry timetable dispute"
    hashed = parse_text(f"{dek}\n{BODY}\n", "012_9f8e7d6c5b4a.txt", markdown=False)
    assert len(hashed.meta.title) <= 90
    assert hashed.meta.title.endswith("…")


def test_a_site_name_equal_to_the_page_title_is_not_kept_as_the_outlet() -> None:
    page = (
        "<html><head><title>Harbour Gazette</title><meta property='og:site_name' content='Harbour Gazette'>"
        f"</head><body><article><h1>Harbour Gazette</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )
    article = parse_html(page, "gazette.html")
    assert isinstance(article, Article)
    assert article.meta.publisher is None


def test_a_pdf_is_dated_by_its_creation_date(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_title("Ferry timetable approved")
    pdf.set_creation_date(datetime(2025, 11, 21, 9, 30))
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, BODY)
    path = tmp_path / "ferry.pdf"
    pdf.output(str(path))
    assert read(path).meta.date == "2025-11-21"
