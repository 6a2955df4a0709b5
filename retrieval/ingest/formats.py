"""Saved web pages and PDFs: extract the article's own text and metadata, then parse it as text."""

from __future__ import annotations

import io
import logging
from typing import Any

from retrieval.documents import Article, Skipped
from retrieval.ingest.parsing import parse_text
from retrieval.ingest.pdflayout import pdf_text

# Both libraries log every oddity of a malformed page at WARNING; one line per skipped file is ours.
for _noisy in ("trafilatura", "pypdf", "htmldate", "courlan", "charset_normalizer"):
    logging.getLogger(_noisy).setLevel(logging.ERROR)


def parse_html(html: str, file: str) -> Article | Skipped:
    """The main text of a saved web page, via trafilatura, with its title, date, url and author."""
    import trafilatura  # noqa: PLC0415 - heavy import, only needed when a folder has web pages

    result: Any = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if result is None:
        return Skipped(file, "no article text found in the page")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = str(data.get("text") or "")
    meta = {
        key: str(data[name])
        for key, name in (
            ("title", "title"),
            ("date", "date"),
            ("url", "url"),
            ("author", "author"),
            ("publisher", "sitename"),
        )
        if data.get(name)
    }
    # trafilatura puts one paragraph per line; blank-line blocks keep headings apart.
    return parse_text(text.replace("\n", "\n\n"), file, markdown=False, meta=meta)


def parse_pdf(data: bytes, file: str) -> Article | Skipped:
    """The text of a PDF, via pypdf, with the document's title and author when set."""
    from pypdf import PdfReader  # noqa: PLC0415 - only needed when a folder has PDFs

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types (even NotImplementedError) on bad PDFs
        return Skipped(file, f"not a readable PDF ({type(exc).__name__})")
    meta = {}
    if info is not None:
        meta = {key: str(value) for key, value in (("title", info.title), ("author", info.author)) if value}
        meta.update(_pdf_date(info))
    return parse_text(pdf_text(pages), file, markdown=False, meta=meta)


def _pdf_date(info: Any) -> dict[str, str]:
    """The PDF's creation date (D:20251127...), which pypdf parses; a malformed one is no date."""
    try:
        created = info.creation_date
    except ValueError:
        return {}
    return {"date": created.date().isoformat()} if created is not None else {}
