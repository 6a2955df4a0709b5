"""Commands, strangers, uploads and /gaps through the real bot process and the Bot API emulator."""

from __future__ import annotations

import time

from tests.botapi.emulator import JSON, TelegramEmulator
from tests.conftest import EVAL_FIXTURES
from tests.e2e.conftest import ADMIN, ALLOWED, STRANGER, BotProcess

EVERYONE = ["ask", "sources", "help"]
ADMIN_MENU = [*EVERYONE, "stats", "reload", "gaps"]
ARTICLE = (
    "Ferry talks in Odesa\n\nBy Test Reporter\n\n"
    "The quokka delegation signed a grain corridor memorandum aboard the ferry Marianna in Odesa.\n"
)


def settle(seconds: float = 0.6) -> None:
    """Give the bot time to (not) act on an update that should get no reply."""
    time.sleep(seconds)


def names(commands: list[JSON]) -> list[str]:
    return [command["command"] for command in commands]


def test_the_menu_is_scoped_and_the_bot_describes_itself(emulator: TelegramEmulator, bot: BotProcess) -> None:
    assert names(emulator.commands()) == EVERYONE
    assert "I answer questions about the news" in emulator.description()
    assert 0 < len(emulator.description("short_description")) <= 120
    # The admin had never written to the bot, so Telegram refused their scope at start-up ...
    admin_scope = {"type": "chat", "chat_id": ADMIN}
    assert emulator.commands(admin_scope) == []
    assert f"admin {ADMIN} gets the admin menu once they write" in bot.log_text()
    # ... and it is set as soon as they do.
    emulator.send_message(ADMIN, "/stats")
    emulator.wait_for_messages(ADMIN, 1)
    assert names(emulator.commands(admin_scope)) == ADMIN_MENU
    emulator.send_message(ALLOWED, "/help")
    emulator.wait_for_messages(ALLOWED, 1)
    assert emulator.commands({"type": "chat", "chat_id": ALLOWED}) == []


def test_start_offers_example_questions_as_buttons_that_ask_them(
    emulator: TelegramEmulator, bot: BotProcess
) -> None:
    emulator.send_message(ALLOWED, "/start")
    [welcome] = emulator.wait_for_messages(ALLOWED, 1)
    buttons = [row[0] for row in welcome["reply_markup"]["inline_keyboard"]]
    assert len(buttons) == 3
    assert all(b["callback_data"] == f"ask:{b['text']}" for b in buttons)
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)
    question = buttons[0]["text"]
    emulator.press_button(ALLOWED, welcome["message_id"], buttons[0]["callback_data"])
    answer = emulator.wait_for_messages(ALLOWED, 2)[1]
    assert answer["plain_text"].startswith(question)
    assert "don't cover" not in answer["plain_text"]
    assert answer["reply_to_message_id"] == welcome["message_id"]
    assert len(emulator.callback_answers()) == 1


def test_a_refused_chat_gets_start_help_and_a_friendly_refusal_without_article_content(
    emulator: TelegramEmulator, bot: BotProcess
) -> None:
    for text in ("/start", "/help", "what happens to Crimea?", "and Donetsk?", "/start"):
        emulator.send_message(STRANGER, text)
    replies = [r["plain_text"] for r in emulator.wait_for_messages(STRANGER, 4)]
    settle()
    assert len(emulator.sent_messages(STRANGER)) == 4  # the second question falls within the minute
    told = f"Your chat id is {STRANGER}: send it to whoever runs the bot."
    assert all(told in reply for reply in replies)
    assert "quoting the sentence that answers you" in replies[0]
    assert f"/ask@{emulator.bot_username}" in replies[1]
    assert replies[2].startswith("This bot answers only in approved chats.")
    assert replies[3] == replies[0]
    assert not any("TALKSBOT" in reply or "Crimea" in reply for reply in replies)
    assert not any(message.get("reply_markup") for message in emulator.sent_messages(STRANGER))


def test_gaps_shows_admins_the_questions_left_unanswered(emulator: TelegramEmulator, bot: BotProcess) -> None:
    asked = [
        "Who won the chess olympiad?",
        "what is the capital of Mongolia?",
        "  who WON the chess   olympiad ",
        "what happens to Crimea?",
    ]
    for question in asked:
        emulator.send_message(ALLOWED, question)
    emulator.wait_for_messages(ALLOWED, len(asked))
    emulator.send_message(ALLOWED, "/gaps")
    refused = emulator.wait_for_messages(ALLOWED, len(asked) + 1)[-1]
    assert refused["plain_text"] == "Only the bot's admins can do that."
    emulator.send_message(ADMIN, "/gaps")
    [gaps] = emulator.wait_for_messages(ADMIN, 1)
    lines = gaps["plain_text"].splitlines()
    assert lines[0] == "Asked but not answered, last 7 days"
    assert lines[1:3] == ["2 times: who won the chess olympiad", "1 time: what is the capital of mongolia"]
    assert "crimea" not in gaps["plain_text"].lower()
    assert str(ALLOWED) not in gaps["plain_text"]
    assert (bot.cache / "gaps.sqlite3").is_file()


def test_an_upload_already_in_the_folder_is_not_added_again(
    emulator: TelegramEmulator, bot: BotProcess
) -> None:
    fixture = sorted(EVAL_FIXTURES.glob("*.txt"))[1]
    emulator.send_document(ADMIN, "quokka.txt", ARTICLE.encode())
    emulator.wait_for_messages(ADMIN, 1)
    before = sorted(p.name for p in bot.docs.iterdir())
    emulator.send_document(ADMIN, "copy.md", ARTICLE.encode())
    emulator.send_document(ADMIN, "renamed.txt", fixture.read_bytes())
    emulator.send_document(ADMIN, "empty.txt", b"")
    replies = [r["plain_text"] for r in emulator.wait_for_messages(ADMIN, 4)]
    assert replies[0] == "Added “Ferry talks in Odesa” as quokka.txt: 1 paragraph, answering from it now."
    assert replies[1] == "Already have it as quokka.txt: nothing added."
    assert replies[2] == f"Already have it as {fixture.name}: nothing added."
    assert replies[3] == "Not added: the file is empty."
    assert sorted(p.name for p in bot.docs.iterdir()) == before
