"""Commands, in-process: the scoped menu and descriptions, /start's example buttons, /gaps for admins."""

from __future__ import annotations

import logging

import pytest

from tests.bot.conftest import StartBot
from tests.bot.offline import OfflineBot
from tests.botapi.emulator import JSON
from tests.people import ADMIN, ALLOWED

EVERYONE = ["ask", "sources", "help"]
ADMIN_MENU = [*EVERYONE, "stats", "reload", "gaps"]


def names(commands: list[JSON]) -> list[str]:
    return [command["command"] for command in commands]


async def test_the_menu_is_scoped_and_the_bot_describes_itself(
    start_bot: StartBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="talksbot")
    talksbot = await start_bot()
    emulator = talksbot.emulator
    assert names(emulator.commands()) == EVERYONE
    assert "I answer questions about the news" in emulator.description()
    assert 0 < len(emulator.description("short_description")) <= 120
    # The admin had never written to the bot, so Telegram refused their scope at start-up ...
    admin_scope = {"type": "chat", "chat_id": ADMIN}
    assert emulator.commands(admin_scope) == []
    assert f"admin {ADMIN} gets the admin menu once they write" in caplog.text
    # ... and it is set as soon as they do.
    emulator.send_message(ADMIN, "/stats")
    await talksbot.process()
    assert names(emulator.commands(admin_scope)) == ADMIN_MENU
    emulator.send_message(ALLOWED, "/help")
    await talksbot.process()
    assert emulator.commands({"type": "chat", "chat_id": ALLOWED}) == []


async def test_start_offers_example_questions_as_buttons_that_ask_them(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    emulator.send_message(ALLOWED, "/start")
    await talksbot.process()
    [welcome] = emulator.sent_messages(ALLOWED)
    buttons = [row[0] for row in welcome["reply_markup"]["inline_keyboard"]]
    assert len(buttons) == 3
    assert all(b["callback_data"] == f"ask:{b['text']}" for b in buttons)
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)
    question = buttons[0]["text"]
    emulator.press_button(ALLOWED, welcome["message_id"], buttons[0]["callback_data"])
    await talksbot.process()
    [_, answer] = emulator.sent_messages(ALLOWED)
    assert answer["plain_text"].startswith(question)
    assert "don't cover" not in answer["plain_text"]
    assert answer["reply_to_message_id"] == welcome["message_id"]
    assert len(emulator.callback_answers()) == 1


async def test_gaps_shows_admins_the_questions_left_unanswered(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    asked = [
        "Who won the chess olympiad?",
        "what is the capital of Mongolia?",
        "  who WON the chess   olympiad ",
        "what happens to Crimea?",
    ]
    for question in asked:
        emulator.send_message(ALLOWED, question)
    emulator.send_message(ALLOWED, "/gaps")
    await talksbot.process()
    *answers, refused = emulator.sent_messages(ALLOWED)
    assert len(answers) == len(asked)
    assert refused["plain_text"] == "Only the bot's admins can do that."
    emulator.send_message(ADMIN, "/gaps")
    await talksbot.process()
    [gaps] = emulator.sent_messages(ADMIN)
    lines = gaps["plain_text"].splitlines()
    assert lines[0] == "Asked but not answered, last 7 days"
    assert lines[1:3] == ["2 times: who won the chess olympiad", "1 time: what is the capital of mongolia"]
    assert "crimea" not in gaps["plain_text"].lower()
    assert str(ALLOWED) not in gaps["plain_text"]
    assert (talksbot.cache / "gaps.sqlite3").is_file()
