"""The "More" button: its callback_data carries only a short key (64-byte limit) to passages kept here."""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from retrieval import Quote

MORE_PREFIX = "more:"
PAGE_SIZE = 2
MAX_STORED = 5000
TTL_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Pending:
    """Passages not yet shown for one answer, the question they answer, and the chat they belong to."""

    chat_id: int
    quotes: tuple[Quote, ...]
    created: float
    question: str = ""


@dataclass(frozen=True)
class Page:
    """One press of More: the passages to show, their question, and the key of the page after (if any)."""

    quotes: tuple[Quote, ...]
    question: str
    next_key: str | None


class Pages:
    """A bounded, expiring store of further passages, keyed by random tokens."""

    def __init__(self, max_stored: int = MAX_STORED, ttl: float = TTL_SECONDS) -> None:
        self._items: OrderedDict[str, Pending] = OrderedDict()
        self._max = max_stored
        self._ttl = ttl

    def put(self, chat_id: int, quotes: tuple[Quote, ...], question: str = "") -> str | None:
        """Store passages for a chat and return the key for its button (None if there are none)."""
        if not quotes:
            return None
        key = secrets.token_urlsafe(12)
        self._items[key] = Pending(chat_id, quotes, time.monotonic(), question)
        while len(self._items) > self._max:
            self._items.popitem(last=False)
        return key

    def take(self, key: str, chat_id: int) -> Page | None:
        """The next page for `chat_id`; None if unknown (expired, or lost in a restart) or not theirs."""
        pending = self._items.get(key)
        if pending is None or pending.chat_id != chat_id:
            return None
        del self._items[key]
        if time.monotonic() - pending.created > self._ttl:
            return None
        page, rest = pending.quotes[:PAGE_SIZE], pending.quotes[PAGE_SIZE:]
        return Page(page, pending.question, self.put(chat_id, rest, pending.question))


def more_button(key: str | None) -> InlineKeyboardMarkup | None:
    """The "More" button carrying a server-side key (callback_data stays far under 64 bytes)."""
    if key is None:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data=MORE_PREFIX + key)]])


def pressed_key(data: str | None) -> str:
    """The key a More button carries ("" if the data is not a More button's)."""
    return (data or "").removeprefix(MORE_PREFIX) if (data or "").startswith(MORE_PREFIX) else ""
