"""What the bot needs from the answer engine, declared by the consumer."""

from __future__ import annotations

from typing import Protocol

from retrieval import Answer, Saved, Snapshot


class Answerer(Protocol):
    """Anything that answers questions from a current snapshot of articles (retrieval.Library)."""

    @property
    def snapshot(self) -> Snapshot:
        """The articles and index answers are currently read from."""

    def answer(self, question: str) -> Answer:
        """Answer one question."""


class Librarian(Answerer, Protocol):
    """An answer source whose folder can be changed from the bot (admin commands)."""

    @property
    def max_bytes(self) -> int:
        """The largest file served."""

    def refresh(self) -> object:
        """Rescan the folder now."""

    def add(self, original_name: str, data: bytes) -> Saved:
        """Save an uploaded article and index it; raises retrieval.UploadError if refused."""
