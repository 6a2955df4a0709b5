"""Saved web pages and PDFs are served like text articles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fpdf import FPDF

from retrieval import Library
from retrieval.documents import Article
from retrieval.ingest.formats import parse_html

PAGE = """<!DOCTYPE html>
<html><head>
<title>Black Sea corridor deal | Example News</title>
<meta property="og:title" content="Black Sea corridor deal reached in Istanbul">
<meta name="author" content="Olena Petrenko">
<meta property="article:published_time" content="2025-11-27T10:00:00Z">
<link rel="canonical" href="https://news.example.com/black-sea-corridor">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now for unlimited access</nav>
<article>
<h1>Black Sea corridor deal reached in Istanbul</h1>
<p>Negotiators in Istanbul agreed on Thursday to reopen a protected shipping corridor for grain exports
from Odesa, according to officials from both delegations.</p>
<p>The corridor would be monitored by Turkish naval vessels, and inspections would take place at a joint
centre in Istanbul staffed by representatives of four countries.</p>
<p>Insurers said premiums for ships using the route could fall by half if the arrangement held through
the winter months.</p>
</article>
<footer>Cookie settings. Advertisement. Copyright Example News.</footer>
</body></html>
"""


def _pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.set_title("Demining agreement signed in Vienna")
    pdf.set_author("Test Desk")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    paragraphs = [
        "Demining agreement signed in Vienna",
        "Officials signed an agreement in Vienna to clear landmines from farmland in the Kharkiv region "
        "over the next five years, with funding from a dozen donor countries.",
        "The programme would train 3,000 local deminers and use armoured machines to clear roads first.",
    ]
    for text in paragraphs:
        pdf.multi_cell(0, 8, text)
        pdf.ln(4)
    pdf.output(str(path))


def test_a_saved_web_page_answers_from_its_article_text(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "corridor.html").write_text(PAGE, encoding="utf-8")
    library = make_library(tmp_path)
    [info] = library.snapshot.articles
    assert "Black Sea corridor deal" in info.meta.title
    assert info.meta.author == "Olena Petrenko"
    assert info.meta.date == "2025-11-27"
    answer = library.answer("who would monitor the corridor?")
    assert answer.quote is not None
    assert answer.quote.text.startswith("The corridor would be monitored by Turkish naval vessels")
    assert not library.answer("cookie settings subscribe").found


def test_a_pdf_answers_from_its_text(tmp_path: Path, make_library: Callable[[Path], Library]) -> None:
    _pdf(tmp_path / "demining.pdf")
    library = make_library(tmp_path)
    [info] = library.snapshot.articles
    assert info.meta.title == "Demining agreement signed in Vienna"
    answer = library.answer("how many deminers would be trained?")
    assert answer.quote is not None
    assert "train 3,000 local deminers" in answer.quote.text


def test_a_broken_pdf_is_skipped_and_the_rest_served(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>> garbage")
    (tmp_path / "ok.txt").write_text("Title\n\nThe envoy arrived in Geneva on Monday.\n", encoding="utf-8")
    library = make_library(tmp_path)
    assert [info.meta.file for info in library.snapshot.articles] == ["ok.txt"]
    assert [s.file for s in library.snapshot.skipped] == ["broken.pdf"]


def test_a_web_page_list_shares_its_lead_in() -> None:
    items = "".join(
        f"<li>{item}</li>"
        for item in (
            "The Brevia bridge will reopen in May.",
            "Tolls on the Brevia bridge will be limited to two coins.",
        )
    )
    page = (
        "<html><head><title>Brevia bridge plan</title></head><body><article><h1>Brevia bridge plan</h1>"
        "<p>The Arland council voted on Tuesday on a long plan for the old bridge over the Velmara river.</p>"
        f"<p>The council's plan for the bridge says:</p><ol>{items}</ol></article></body></html>"
    )
    article = parse_html(page, "bridge.html")
    assert isinstance(article, Article)
    tolls = next(p for p in article.paragraphs if p.text.startswith("Tolls"))
    assert tolls.antecedent == "The council's plan for the bridge says:"
