"""Multi-column PDFs: which extractor keeps sentences whole. pypdf is measured always; pdfplumber and
pypdfium2 when they are installed (they are not dependencies: `pip install pdfplumber pypdfium2`).

    .venv/bin/python -m bench.pdf_columns

Each PDF has 2 or 3 columns on 3 pages, made with fpdf2 in two content-stream orders: column by column
(what layout programs write), and row by row across the columns (what some converters write). The figure
is the share of the article's sentences found whole, in order, in the extracted text.
"""

from __future__ import annotations

import importlib.util
import io
import random
import time
from collections.abc import Callable
from typing import Any

from fpdf import FPDF

WORDS = ("talks", "delegation", "ceasefire", "border", "prisoners", "exchange", "mediators", "river", "city")
Extractor = Callable[[bytes], str]


def _sentence(number: int, rng: random.Random) -> str:
    return f"Item{number} " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))) + "."


def _wrap(text: str, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + len(word) + 1 > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, current]


def make_pdf(columns: int, by_rows: bool, seed: int = 3) -> tuple[bytes, list[str]]:
    """A 3-page PDF of `columns` columns, its text written row by row or column by column."""
    rng = random.Random(seed)
    pdf, sentences = FPDF(), list[str]()
    pdf.set_font("Helvetica", size=9)
    width = 190 / columns
    for _ in range(3):
        pdf.add_page()
        texts = [[_sentence(len(sentences) + 5 * c + k, rng) for k in range(5)] for c in range(columns)]
        sentences += [s for column in texts for s in column]
        lines = [_wrap(" ".join(column), 90 // columns) for column in texts]
        cells = [(c, r) for c in range(columns) for r in range(len(lines[c]))]
        for c, r in sorted(cells, key=lambda cell: (cell[1], cell[0])) if by_rows else cells:
            pdf.text(10 + c * width, 20 + r * 5, lines[c][r])
    return bytes(pdf.output()), sentences


def _pypdf(data: bytes) -> str:
    from pypdf import PdfReader  # noqa: PLC0415 - each extractor imports only when measured

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _pdfplumber(data: bytes) -> str:
    import pdfplumber  # type: ignore[import-not-found]  # noqa: PLC0415 - optional

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _pypdfium2(data: bytes) -> str:
    import pypdfium2  # type: ignore[import-not-found]  # noqa: PLC0415 - optional

    document: Any = pypdfium2.PdfDocument(data)
    return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


def intact(text: str, sentences: list[str]) -> float:
    """The share of `sentences` found whole in `text` (white space normalised)."""
    flat = " ".join(text.split())
    return sum(sentence in flat for sentence in sentences) / len(sentences)


def main() -> None:
    """Print one line per extractor and layout."""
    extractors: dict[str, Extractor] = {"pypdf": _pypdf}
    for name, function in (("pdfplumber", _pdfplumber), ("pypdfium2", _pypdfium2)):
        if importlib.util.find_spec(name) is not None:
            extractors[name] = function
    for columns in (2, 3):
        for by_rows in (False, True):
            data, sentences = make_pdf(columns, by_rows)
            for name, extract in extractors.items():
                started = time.perf_counter()
                share = intact(extract(data), sentences)
                elapsed = (time.perf_counter() - started) * 1000
                order = "row by row" if by_rows else "column by column"
                print(f"{columns} columns, {order:16}  {name:10}  {share:4.0%} whole  {elapsed:5.0f} ms")


if __name__ == "__main__":
    main()
