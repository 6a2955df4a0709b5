"""Example questions for /start: ones the current articles can actually answer."""

from __future__ import annotations

import re
from collections import Counter

from bot.protocols import AnswerSource

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


def example_questions(library: AnswerSource) -> tuple[str, ...]:
    """Up to three questions with answers, falling back to names that recur in the article titles."""
    found = [q for q in CANDIDATES if library.answer(q).found][:WANTED]
    for name in _title_names(library):
        if len(found) >= WANTED:
            break
        question = f"What about {name}?"
        if library.answer(question).found:
            found.append(question)
    return tuple(found)


def _title_names(library: AnswerSource) -> list[str]:
    counts = Counter(
        word
        for info in library.snapshot.articles
        for word in re.findall(r"\b[A-Z][a-z]{3,}\b", info.meta.title)
    )
    return [word for word, _ in counts.most_common(10)]
