"""The live folder through the real bot process: new, edited and deleted articles, questions meanwhile."""

from __future__ import annotations

import threading
import time

from tests.botapi.emulator import TelegramEmulator
from tests.e2e.conftest import BotProcess
from tests.people import ALLOWED

NEW_ARTICLE = (
    "Ferry talks in Odesa\n\nBy Test Reporter\n\n"
    "The quokka delegation signed a grain corridor memorandum aboard the ferry Marianna in Odesa.\n"
)
DEADLINE = 2.0
# How often the churning writer changes a file: several times per watcher debounce (250 ms), so
# re-indexing overlaps the questions. A pace of input, not a wait for anything.
CHURN_SECONDS = 0.05


def ask_until(emu: TelegramEmulator, chat: int, question: str, wanted: str, present: bool) -> float:
    """Ask repeatedly until the reply does (or no longer does) contain `wanted`; seconds it took."""
    started = time.monotonic()
    while time.monotonic() - started < 10:
        count = len(emu.sent_messages(chat))
        emu.send_message(chat, question)
        reply = emu.wait_for_messages(chat, count + 1)[-1]
        if (wanted in reply["plain_text"]) == present:
            return time.monotonic() - started
        time.sleep(0.05)  # polling within the deadline: a question every 50 ms at most
    raise AssertionError(f"{wanted!r} {'never appeared' if present else 'never went away'}")


def test_new_edited_and_deleted_articles_are_answered_within_two_seconds(
    emulator: TelegramEmulator, bot: BotProcess
) -> None:
    question = "what did the quokka delegation sign?"
    article = bot.docs / "quokka.txt"
    article.write_text(NEW_ARTICLE, encoding="utf-8")
    assert ask_until(emulator, ALLOWED, question, "grain corridor memorandum", present=True) < DEADLINE
    article.write_text(NEW_ARTICLE.replace("grain corridor", "fishing rights"), encoding="utf-8")
    assert ask_until(emulator, ALLOWED, question, "fishing rights memorandum", present=True) < DEADLINE
    article.unlink()
    assert ask_until(emulator, ALLOWED, question, "memorandum", present=False) < DEADLINE


def test_every_question_gets_one_reply_while_files_change(
    emulator: TelegramEmulator, bot: BotProcess
) -> None:
    stop = threading.Event()

    def churn() -> None:
        number = 0
        while not stop.is_set():
            path = bot.docs / f"churn-{number % 3}.md"
            if path.exists() and number % 2:
                path.unlink()
            else:
                path.write_text(f"# Churn {number}\n\nThe churn article number {number} mentions Crimea.\n")
            number += 1
            stop.wait(CHURN_SECONDS)

    writer = threading.Thread(target=churn)
    writer.start()
    try:
        # Each question as soon as the one before is answered, while the files change underneath.
        for number in range(1, 41):
            emulator.send_message(ALLOWED, "what happens to Crimea?")
            emulator.wait_for_messages(ALLOWED, number, timeout=30)
    finally:
        stop.set()
        writer.join()
    # Handled after the 40 questions: a second reply to any of them would come before this one's.
    emulator.send_message(ALLOWED, "/help")
    *replies, last = emulator.wait_for_messages(ALLOWED, 41, timeout=30)
    assert last["plain_text"].startswith("In a private chat")
    assert len(emulator.sent_messages(ALLOWED)) == 41
    assert all("Crimea" in reply["plain_text"] for reply in replies)
    assert "went wrong" not in " ".join(r["plain_text"] for r in replies)
    assert "Traceback" not in bot.log_text()
