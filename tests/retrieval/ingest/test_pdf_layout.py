"""PDFs as printed: running headers and footers, words broken at line ends, sentences across pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fpdf import FPDF

from retrieval import Library, Skipped
from retrieval.ingest.loader import read_article
from retrieval.ingest.pdflayout import pdf_text


def _write_pdf(path: Path, pages: list[list[str]], header: str = "", footer: str = "") -> None:
    """One line of text per entry, each page with the header on top and the footer ({n}: page number)."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        if header:
            pdf.cell(0, 8, header, new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
        if footer:
            pdf.set_y(-20)
            pdf.cell(0, 8, footer.format(n=number), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def _texts(path: Path) -> list[str]:
    article = read_article(path, path.name)
    assert not isinstance(article, Skipped)
    return [p.text for p in article.paragraphs]


def test_words_broken_at_line_ends_are_whole_again(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _write_pdf(
        tmp_path / "vellmar.pdf",
        [
            [
                "Ceasefire talks in Vellmar",
                "The delegations agreed on a cease-",
                "fire along the Dnipro river that will",
                "start on Monday, the negoti-",
                "ators said after a long night of talks.",
                "A second round is planned for the",
                "spring in the city of Vellmar, where",
                "the exchange of prisoners will be dis-",
                "cussed by both delegations.",
            ]
        ],
    )
    library = make_library(tmp_path)
    answer = library.answer("what will be discussed?")
    assert answer.quote is not None
    assert answer.quote.text == (
        "A second round is planned for the spring in the city of Vellmar, "
        "where the exchange of prisoners will be discussed by both delegations."
    )
    who = library.answer("who are the negotiators?")
    assert who.quote is not None
    assert "the negotiators said after a long night of talks" in who.quote.text
    assert "ceasefire along the Dnipro" in who.quote.text


def test_a_hyphen_the_text_itself_uses_is_kept(tmp_path: Path) -> None:
    # "cease-fire" is this article's spelling, and "well-known" is no word broken in two.
    _write_pdf(
        tmp_path / "truce.pdf",
        [
            [
                "The cease-fire held overnight, officials said.",
                "Mediators from a well-",
                "known Geneva foundation said the cease-",
                "fire would be monitored from the air.",
            ]
        ],
    )
    assert _texts(tmp_path / "truce.pdf") == [
        "The cease-fire held overnight, officials said.",
        "Mediators from a well-known Geneva foundation said the cease-fire would be monitored from the air.",
    ]


def test_running_headers_and_footers_leave_the_text_and_sentences_cross_pages(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _write_pdf(
        tmp_path / "exchange.pdf",
        [
            [
                "Prisoner exchange agreed",
                "The delegations agreed on a truce along the Dnipro river",
                "that will start on Monday, officials said.",
                "The mediators said the exchange of prisoners would",
                "take place in",
            ],
            [
                "the border town of Ostrava Nova within two weeks.",
                "A second round of talks is planned for the spring.",
            ],
            ["Observers from four countries will watch the exchange."],
        ],
        header="KYIV EVENING HERALD - Foreign desk - late edition",
        footer="Read more at herald.example - page {n} of 3",
    )
    texts = _texts(tmp_path / "exchange.pdf")
    assert not any("HERALD" in text or "page" in text for text in texts)
    library = make_library(tmp_path)
    answer = library.answer("where will the exchange of prisoners take place?")
    assert answer.quote is not None
    assert answer.quote.text == (
        "The mediators said the exchange of prisoners would take place in "
        "the border town of Ostrava Nova within two weeks."
    )


def test_page_numbers_alone_and_a_header_missing_from_the_first_page() -> None:
    pages = [
        "Grain corridor reopens\nShips left Odesa on Tuesday under\nnaval escort, the port said.\n1",
        "WORLD NEWS\nInsurers expect premiums\nto fall by half.\n2",
        "WORLD NEWS\nThe corridor stays open all winter.\n3",
        "WORLD NEWS\nInspections take place in Istanbul.\n4",
    ]
    assert pdf_text(pages) == (
        "Grain corridor reopens\n\nShips left Odesa on Tuesday under naval escort, the port said.\n\n"
        "Insurers expect premiums to fall by half.\n\nThe corridor stays open all winter.\n\n"
        "Inspections take place in Istanbul."
    )


def test_a_line_repeated_inside_the_pages_is_article_text() -> None:
    # Only the first and last lines of a page hold furniture: a refrain in the middle of each page stays.
    refrain = "The talks go on."
    words = iter(
        [
            "grain",
            "port",
            "ships",
            "corridor",
            "naval",
            "escort",
            "insurers",
            "winter",
            "harbour",
            "convoy",
            "cargo",
            "wheat",
        ]
        * 3
    )
    pages = [
        "\n".join(
            [
                *(f"The {next(words)} line." for _ in range(4)),
                refrain,
                *(f"A {next(words)} line." for _ in range(4)),
            ]
        )
        for _ in range(3)
    ]
    text = pdf_text(pages)
    assert text.count(refrain) == 3
    assert text.count(" line.") == 24


def test_a_soft_hyphen_at_a_line_end_joins_the_word() -> None:
    assert pdf_text(["The well-known negoti\u00ad\nators met in Vellmar."]) == (
        "The well-known negotiators met in Vellmar."
    )


def test_the_first_line_of_a_paragraph_is_no_heading() -> None:
    # Short, capitalised, unpunctuated, and the next line starts with a name: but "Palais" did not fit on
    # it, so it was wrapped, while "Observers" would have fitted after the subheading.
    lines = [
        "The talks resumed in Geneva on Monday morning.",
        "The delegations met again at the old city hall",
        "Palais des Nations with both mediators present.",
        "Ceasefire monitors",
        "Observers from four countries will watch the line.",
    ]
    assert pdf_text(["\n".join(lines)]) == (
        "The talks resumed in Geneva on Monday morning.\n\n"
        "The delegations met again at the old city hall Palais des Nations with both mediators present.\n\n"
        "Ceasefire monitors\n\nObservers from four countries will watch the line."
    )
