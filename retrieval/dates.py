"""Publication dates as values: what recency ranking compares."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_FORMATS = (
    "%d %B %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %b %Y",
    "%b. %d, %Y",
    "%B %d %Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
)


@lru_cache(maxsize=50_000)
def parse_date(value: str | None) -> date | None:
    """The calendar date in a metadata string ("2025-11-23", "2025-11-23T14:05:00Z", "23 November 2025").

    Returns None for None, an empty string or anything unreadable; never raises.
    """
    if not value:
        return None
    match = _ISO.search(value)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    cleaned = " ".join(value.replace(",", ", ").split()).replace(" ,", ",")
    for layout in _FORMATS:
        try:
            return datetime.strptime(cleaned, layout).date()
        except ValueError:
            continue
    return None


@lru_cache(maxsize=50_000)
def date_words(value: str | None) -> str:
    """The month and year of a metadata date as words ("November 2025"), "" if unknown.

    A question that names a month ("the talks in November") finds it in articles of that month.
    """
    day = parse_date(value)
    return f"{day:%B %Y}" if day else ""
