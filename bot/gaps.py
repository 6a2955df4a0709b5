"""Questions the bot could not answer, kept so editors know what articles to add (/gaps).

Only the normalised question text and when it was asked are stored: never a user or chat id. The table is
bounded: rows older than `KEEP_DAYS` are pruned and at most `MAX_ROWS` are kept, the oldest dropped first.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bot.protocols import Answerer
from retrieval import Answer, Snapshot

log = logging.getLogger("talksbot.gaps")
FILE_NAME = "gaps.sqlite3"
MAX_ROWS = 10_000
KEEP_DAYS = 30
MAX_LENGTH = 300
DAY = 86_400.0
_TRIM = ".,;:!?¿¡…\"'“”«»()[] "


@dataclass(frozen=True)
class Gap:
    """One unanswered question (normalised) and how often it was asked in the period."""

    question: str
    count: int


def normalise(question: str) -> str:
    """Lower case, single spaces, no surrounding punctuation, so repeats of a question group together."""
    return " ".join(question.casefold().split()).strip(_TRIM)[:MAX_LENGTH]


def is_gap(answer: Answer) -> bool:
    """True if the engine searched for something and found nothing to quote (small talk is no gap)."""
    return answer.quote is None and answer.small_talk is None and bool(answer.searched)


class GapLog:
    """An SQLite table of unanswered questions; any database error is logged and the bot carries on."""

    def __init__(self, path: Path, max_rows: int = MAX_ROWS, keep_days: float = KEEP_DAYS) -> None:
        self._path = path
        self._max_rows = max_rows
        self._keep = keep_days * DAY
        self._lock = threading.Lock()
        self._db = self._open()

    def record(self, question: str, now: float | None = None) -> None:
        """Remember one unanswered question (called from worker threads, hence the lock)."""
        text = normalise(question)
        asked = time.time() if now is None else now
        with self._lock:
            if not text or self._db is None:
                return
            try:
                with self._db:
                    insert = "INSERT INTO gaps (asked, question) VALUES (?, ?)"
                    cursor = self._db.execute(insert, (asked, text))
                    self._prune(self._db, cursor.lastrowid or 0, asked)
            except sqlite3.Error as exc:
                log.warning("could not record an unanswered question: %s", exc)

    def top(self, days: float = 7, limit: int = 20, now: float | None = None) -> list[Gap]:
        """The most frequent unanswered questions of the last `days` days, most asked first."""
        since = (time.time() if now is None else now) - days * DAY
        query = (
            "SELECT question, COUNT(*) AS n FROM gaps WHERE asked >= ? "
            "GROUP BY question ORDER BY n DESC, MAX(asked) DESC LIMIT ?"
        )
        with self._lock:
            if self._db is None:
                return []
            try:
                rows = self._db.execute(query, (since, limit)).fetchall()
            except sqlite3.Error as exc:
                log.warning("could not read the unanswered questions: %s", exc)
                return []
        return [Gap(question, int(count)) for question, count in rows]

    def close(self) -> None:
        """Close the database; later calls record nothing and find nothing."""
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def _prune(self, db: sqlite3.Connection, newest: int, now: float) -> None:
        db.execute("DELETE FROM gaps WHERE asked < ?", (now - self._keep,))
        # AUTOINCREMENT ids grow by one per row and are never reused: the newest rows are the top ids.
        db.execute("DELETE FROM gaps WHERE id <= ?", (newest - self._max_rows,))

    def _open(self) -> sqlite3.Connection | None:
        for attempt in (1, 2):
            try:
                return _connect(self._path)
            except (OSError, sqlite3.Error) as exc:
                if attempt == 1 and isinstance(exc, sqlite3.DatabaseError):
                    # A damaged file holds nothing worth more than a working /gaps: start it afresh.
                    log.warning("the unanswered-questions file was unreadable (%s); starting a new one", exc)
                    self._path.unlink(missing_ok=True)
                    continue
                log.warning("not keeping unanswered questions (%s): /gaps will be empty", exc)
        return None


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, check_same_thread=False)
    try:
        with db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS gaps "
                "(id INTEGER PRIMARY KEY AUTOINCREMENT, asked REAL NOT NULL, question TEXT NOT NULL)"
            )
            db.execute("CREATE INDEX IF NOT EXISTS gaps_asked ON gaps (asked)")
    except sqlite3.Error:
        db.close()
        raise
    return db


class RecordingAnswerer:
    """An Answerer that notes in a GapLog every question it could not answer."""

    def __init__(self, answerer: Answerer, gaps: GapLog) -> None:
        self._answerer = answerer
        self._gaps = gaps

    @property
    def snapshot(self) -> Snapshot:
        """The wrapped answerer's snapshot."""
        return self._answerer.snapshot

    def answer(self, question: str) -> Answer:
        """The wrapped answerer's answer, recorded when it is a gap."""
        result = self._answerer.answer(question)
        if is_gap(result):
            self._gaps.record(question)
        return result
