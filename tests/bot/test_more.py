"""The "More" button, in-process: further passages, threaded to the answer, only in the chat that asked."""

from __future__ import annotations

from tests.bot.conftest import StartBot
from tests.bot.offline import OfflineBot
from tests.botapi.emulator import JSON
from tests.people import ALLOWED, ALLOWED_2


def more_data(message: JSON) -> str:
    """The callback data of a message's More button."""
    return str(message["reply_markup"]["inline_keyboard"][0][0]["callback_data"])


async def test_more_shows_different_passages_and_only_in_its_own_chat(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    emulator.send_message(ALLOWED, "sanctions")
    emulator.send_message(ALLOWED_2, "crimea")
    await talksbot.process()
    [first] = emulator.sent_messages(ALLOWED)
    [other] = emulator.sent_messages(ALLOWED_2)
    data = more_data(first)
    assert len(data.encode()) <= 64
    # Another chat replays the first chat's button data on a message of its own.
    emulator.press_button(ALLOWED_2, other["message_id"], data, force=True)
    emulator.press_button(ALLOWED, first["message_id"], data)
    await talksbot.process()
    [_, second] = emulator.sent_messages(ALLOWED)
    assert second["plain_text"]
    assert second["plain_text"].split("\n")[0] not in first["plain_text"]
    assert len(emulator.sent_messages(ALLOWED_2)) == 1
    assert any("expired" in str(a.get("text", "")) for a in emulator.callback_answers())


async def test_more_is_threaded_to_the_answer_and_sent_even_when_the_query_is_too_old(
    talksbot: OfflineBot,
) -> None:
    emulator = talksbot.emulator
    emulator.send_message(ALLOWED, "sanctions")
    await talksbot.process()
    [answer] = emulator.sent_messages(ALLOWED)
    # The bot sees the press too late to answer the query: the passages come all the same.
    emulator.press_button(ALLOWED, answer["message_id"], more_data(answer), expired=True)
    await talksbot.process()
    [_, page] = emulator.sent_messages(ALLOWED)
    assert page["plain_text"].startswith("More on “sanctions”")
    assert page["reply_to_message_id"] == answer["message_id"]
    assert page["plain_text"].split("\n")[2] not in answer["plain_text"]
    assert "reply_markup" not in emulator.message(ALLOWED, answer["message_id"])
    assert emulator.callback_answers() == []


async def test_after_a_restart_more_says_it_expired_and_the_button_goes(
    talksbot: OfflineBot, start_bot: StartBot
) -> None:
    emulator = talksbot.emulator
    emulator.send_message(ALLOWED, "sanctions")
    await talksbot.process()
    [answer] = emulator.sent_messages(ALLOWED)
    await talksbot.stop()
    restarted = await start_bot()
    emulator.press_button(ALLOWED, answer["message_id"], more_data(answer))
    await restarted.process()
    [toast] = emulator.callback_answers()
    assert "expired" in toast["text"]
    assert "ask your question again" in toast["text"]
    assert "reply_markup" not in emulator.message(ALLOWED, answer["message_id"])
    assert len(emulator.sent_messages(ALLOWED)) == 1
