"""The access gate's decisions on real telegram.Update objects, alone and in our whole Application."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from telegram import CallbackQuery, Chat, InlineQuery, Message, Update, User
from telegram.ext import ApplicationHandlerStop

from bot.access import AccessGate
from bot.lifecycle import AnyApplication
from bot.pages import MORE_PREFIX
from config import ChatAccess
from tests.bot.offline import OfflineBot, context_for, offline_application, update_from
from tests.botapi.emulator import TelegramEmulator
from tests.people import ADMIN, ALLOWED, STRANGER

NOW = datetime(2025, 11, 26, tzinfo=UTC)


def _message_update(chat_id: int, user_id: int, chat_type: str = Chat.PRIVATE) -> Update:
    user = User(user_id, "U", is_bot=False)
    message = Message(1, NOW, Chat(chat_id, chat_type), from_user=user, text="hi")
    return Update(1, message=message)


def test_allowed_chats_admins_and_strangers() -> None:
    gate = AccessGate(ChatAccess(chat_ids=frozenset({10, -100})), admins=frozenset({7}))
    assert gate.allows(_message_update(10, 10))
    assert gate.allows(_message_update(-100, 99, Chat.SUPERGROUP))
    assert gate.allows(_message_update(7, 7))  # an admin's private chat
    assert not gate.allows(_message_update(-555, 7, Chat.GROUP))  # admins do not open other groups
    assert not gate.allows(_message_update(99, 99))


def test_inline_queries_are_judged_by_their_user() -> None:
    gate = AccessGate(ChatAccess(chat_ids=frozenset({10})), admins=frozenset())
    allowed = Update(1, inline_query=InlineQuery("q", User(10, "U", is_bot=False), "crimea", ""))
    stranger = Update(2, inline_query=InlineQuery("q", User(11, "U", is_bot=False), "crimea", ""))
    assert gate.allows(allowed)
    assert not gate.allows(stranger)


def test_everyone_and_nobody() -> None:
    press = Update(
        3, callback_query=CallbackQuery("c", User(5, "U", is_bot=False), "ci", data=MORE_PREFIX + "x")
    )
    assert AccessGate(ChatAccess(everyone=True), frozenset()).allows(press)
    assert not AccessGate(ChatAccess(), frozenset()).allows(_message_update(5, 5))


class Clock:
    """A clock the test moves by hand (the gate's refusal interval is a minute)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _json_message(number: int, chat_id: int, text: str, chat_type: str = "private") -> dict[str, Any]:
    chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
    if chat_type != "private":
        chat["title"] = "Newsroom"
    message: dict[str, Any] = {
        "message_id": number,
        "date": int(NOW.timestamp()),
        "chat": chat,
        "from": {"id": abs(chat_id) % 10_000 + 1, "is_bot": False, "first_name": "U"},
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split(maxsplit=1)[0])}]
    return {"update_id": number, "message": message}


async def _through_gate(gate: AccessGate, application: AnyApplication, data: dict[str, Any]) -> None:
    update = update_from(application, data)
    with pytest.raises(ApplicationHandlerStop):
        await gate(update, context_for(application, update))


async def test_a_stranger_is_told_at_most_once_a_minute_but_always_answered_start_and_help(
    emulator: TelegramEmulator,
) -> None:
    application = await offline_application(emulator)
    clock = Clock()
    gate = AccessGate(ChatAccess(chat_ids=frozenset({10})), admins=frozenset(), clock=clock)
    for number, text in enumerate(["crimea", "crimea again", "/start", "/help", "/start"], start=1):
        await _through_gate(gate, application, _json_message(number, 99, text))
    texts = [message["text"] for message in emulator.sent_messages()]
    assert len(texts) == 4
    assert texts[0] == (
        "This bot answers only in approved chats. Your chat id is 99: send it to whoever runs the bot."
    )
    assert "quoting the sentence" in texts[1]
    assert "/ask@TalksTestBot" in texts[2]
    assert all("Your chat id is 99" in text for text in texts)
    assert texts[3] == texts[1]
    assert not any("TALKSBOT" in text or "Crimea" in text for text in texts)
    clock.now += 61
    await _through_gate(gate, application, _json_message(6, 99, "and now?"))
    assert emulator.sent_messages()[-1]["text"] == texts[0]


async def test_in_a_strange_group_only_start_and_help_for_this_bot_are_answered(
    emulator: TelegramEmulator,
) -> None:
    application = await offline_application(emulator)
    gate = AccessGate(ChatAccess(chat_ids=frozenset({10})), admins=frozenset())
    for number, text in enumerate(["/ask@TalksTestBot crimea", "/start@OtherBot", "/start@TalksTestBot"]):
        await _through_gate(gate, application, _json_message(number, -100777, text, "supergroup"))
    [welcome] = emulator.sent_messages()
    assert "Your chat id is -100777" in welcome["text"]


# Through our whole Application (tests.bot.offline): what strangers get, and what they cannot do.

ARTICLE_WORDS = ("Crimea", "Luhansk", "Witkoff", "sanctions", "Zaporizhzhia", "reconstruction")
STRANGE_GROUP = -100999
CHANNEL = -100777


async def test_a_chat_that_is_not_allowed_gets_its_id_and_no_article_content(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    emulator.send_message(STRANGER, "what happens to Crimea?")
    await talksbot.process()
    [refusal] = emulator.sent_messages(STRANGER)
    assert str(STRANGER) in refusal["plain_text"]
    assert "Crimea" not in refusal["plain_text"]
    emulator.send_message(STRANGER, "/sources")
    emulator.send_message(STRANGER, "/ask crimea")
    await talksbot.process()
    assert len(emulator.sent_messages(STRANGER)) == 1


async def test_a_refused_chat_gets_start_help_and_a_friendly_refusal_without_article_content(
    talksbot: OfflineBot,
) -> None:
    emulator = talksbot.emulator
    for text in ("/start", "/help", "what happens to Crimea?", "and Donetsk?", "/start"):
        emulator.send_message(STRANGER, text)
    await talksbot.process()
    replies = [r["plain_text"] for r in emulator.sent_messages(STRANGER)]
    assert len(replies) == 4  # the second question falls within the minute
    told = f"Your chat id is {STRANGER}: send it to whoever runs the bot."
    assert all(told in reply for reply in replies)
    assert "quoting the sentence that answers you" in replies[0]
    assert f"/ask@{emulator.bot_username}" in replies[1]
    assert replies[2].startswith("This bot answers only in approved chats.")
    assert replies[3] == replies[0]
    assert not any("TALKSBOT" in reply or "Crimea" in reply for reply in replies)
    assert not any(message.get("reply_markup") for message in emulator.sent_messages(STRANGER))


async def test_unwanted_users_get_no_article_content_and_change_nothing(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    emulator.send_message(ALLOWED, "sanctions")
    await talksbot.process()
    [allowed_answer] = emulator.sent_messages(ALLOWED)
    stolen = allowed_answer["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    before = sorted((p.name, p.stat().st_mtime_ns) for p in talksbot.docs.iterdir())

    asked = emulator.send_message(STRANGER, "what happens to Crimea?")
    await talksbot.process()
    [refusal] = emulator.sent_messages(STRANGER)
    emulator.edit_message(STRANGER, asked["message_id"], "who drafted the plan?")
    for command in ("/ask crimea", "/sources", "/start", "/help", "/stats", "/reload"):
        emulator.send_message(STRANGER, command)
    emulator.press_button(STRANGER, refusal["message_id"], stolen, force=True)
    emulator.press_button(STRANGER, refusal["message_id"], MORE_PREFIX + "A" * 59, force=True)
    emulator.send_document(STRANGER, "planted.txt", b"Planted\n\nThe stranger planted this article.\n")
    emulator.send_inline_query(STRANGER, "crimea")
    emulator.send_message(STRANGE_GROUP, "/ask@TalksTestBot crimea", chat_type="supergroup", user_id=ADMIN)
    emulator.send_document(
        STRANGE_GROUP, "planted2.txt", b"Planted\n\nAnother one.\n", user_id=STRANGER, chat_type="supergroup"
    )
    emulator.send_channel_post(CHANNEL, "/ask crimea")
    await talksbot.process()
    # The refusal, then /start and /help (always answered, with the chat id); nothing else.
    sent = [message["plain_text"] for message in emulator.sent_messages(STRANGER)]
    assert len(sent) == 3
    assert all(f"Your chat id is {STRANGER}" in text for text in sent)
    assert not any(word in text for text in sent for word in ARTICLE_WORDS)
    assert emulator.sent_messages(STRANGE_GROUP) == []
    assert emulator.sent_messages(CHANNEL) == []
    assert emulator.inline_answers() == []
    assert emulator.calls("getFile") == []
    for answer in emulator.callback_answers():
        assert not any(word in str(answer) for word in ARTICLE_WORDS)
    assert sorted((p.name, p.stat().st_mtime_ns) for p in talksbot.docs.iterdir()) == before


async def test_a_failed_refusal_still_lets_nothing_through(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    emulator.inject("sendMessage", "400", times=1)  # refused outright: a 5xx would be retried and delivered
    emulator.send_message(STRANGER, "what happens to Crimea?")
    await talksbot.process()
    assert len(emulator.calls("sendMessage")) == 1
    assert emulator.sent_messages(STRANGER) == []
