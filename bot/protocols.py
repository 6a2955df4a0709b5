"""What the bot needs from the answer engine, declared by the consumer."""

from __future__ import annotations

from typing import Protocol

from retrieval import Answer, Snapshot


class AnswerSource(Protocol):
    """Anything that answers questions from a current snapshot of articles (retrieval.Library)."""

    @property
    def snapshot(self) -> Snapshot:
        """The articles and index answers are currently read from."""

    def answer(self, question: str) -> Answer:
        """Answer one question."""
