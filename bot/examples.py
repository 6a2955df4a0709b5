"""Example questions for /start: ones the current articles can actually answer, as buttons that ask them."""

from __future__ import annotations

import re
from collections import Counter

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.protocols import Answerer

CANDIDATES = (
    "What happens to Crimea?",
    "Who drafted the peace plan?",
    "How big would Ukraine's army be?",
    "Can Ukraine join NATO?",
    "Where did the talks take place?",
    "What about sanctions?",
    "What security guarantees are offered?",
)
WANTED = 3
ASK_PREFIX = "ask:"
# Telegram's limit on callback_data. The question itself travels in it, so a button pressed after a
# restart, when the examples may have changed, still asks the question it shows.
CALLBACK_BYTES = 64


def example_questions(library: Answerer) -> tuple[str, ...]:
    """Up to three questions with answers, falling back to names that recur in the article titles."""
    found = [q for q in CANDIDATES if fits(q) and library.answer(q).found][:WANTED]
    for name in _title_names(library):
        if len(found) >= WANTED:
            break
        question = f"What about {name}?"
        if fits(question) and library.answer(question).found:
            found.append(question)
    return tuple(found)


def _title_names(library: Answerer) -> list[str]:
    counts = Counter(
        word
        for info in library.snapshot.articles
        for word in re.findall(r"\b[A-Z][a-z]{3,}\b", info.meta.title)
    )
    return [word for word, _ in counts.most_common(10)]


def fits(question: str) -> bool:
    """True if a button can carry `question` in its callback data."""
    return len((ASK_PREFIX + question).encode("utf-8")) <= CALLBACK_BYTES


def example_keyboard(examples: tuple[str, ...]) -> InlineKeyboardMarkup | None:
    """One button per example question, each asking it when pressed; None without examples."""
    rows = [[InlineKeyboardButton(q, callback_data=ASK_PREFIX + q)] for q in examples if fits(q)]
    return InlineKeyboardMarkup(rows) if rows else None


def asked_question(data: str | None) -> str:
    """The question an example button carries ("" if the data is not an example button's)."""
    return (data or "").removeprefix(ASK_PREFIX).strip() if (data or "").startswith(ASK_PREFIX) else ""
