"""How a quote is cited in the chat: headline (linked), outlet, date. File and paragraph stay out of it."""

from __future__ import annotations

import re
from datetime import date

from bot.markup import Span
from retrieval import Meta

HEADLINE_MAX = 90
_MONTH_DAY = re.compile(r"--(\d{2})-(\d{2})")


def headline(title: str, limit: int = HEADLINE_MAX) -> str:
    """`title` in at most `limit` characters, cut at a word with "…"."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—–-") + "…"


def day(iso: str) -> str:
    """ "2025-11-27" as "27 Nov 2025" ("--11-27", a dateline without a year, as "27 Nov"); else as given."""
    try:
        known = date.fromisoformat(iso)
    except ValueError:
        month_day = _MONTH_DAY.fullmatch(iso)
        if month_day is None:
            return iso
        known = date(2000, int(month_day[1]), int(month_day[2]))  # 2000: 29 Feb exists
        return f"{known.day} {known:%b}"
    return f"{known.day} {known:%b %Y}"


def when(meta: Meta) -> str | None:
    """The article's date, or the day its file was added, labelled as such; None if neither is known."""
    if meta.date:
        return day(meta.date)
    return f"added {day(meta.added)}" if meta.added else None


def source_spans(meta: Meta) -> list[Span]:
    """ "Headline · Outlet · 27 Nov 2025", the headline linked to the article when its url is known."""
    title = headline(meta.title)
    spans = [Span(title, href=meta.url)]
    seen = {title.casefold()}
    for detail in (meta.publisher or meta.author, when(meta)):
        # A site name equal to its page title (or an author equal to the outlet) must not print twice.
        if detail and detail.casefold() not in seen:
            seen.add(detail.casefold())
            spans.append(Span(f" · {detail}"))
    return spans
