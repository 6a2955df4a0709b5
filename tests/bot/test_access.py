"""The access gate's decisions, on real telegram.Update objects."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from telegram import CallbackQuery, Chat, InlineQuery, Message, Update, User
from telegram.ext import Application, ApplicationHandlerStop

from bot.access import AccessGate
from config import ChatAccess
from tests.bot.offline import context_for, offline_application, update_from

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
    press = Update(3, callback_query=CallbackQuery("c", User(5, "U", is_bot=False), "ci", data="more:x"))
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


async def _through_gate(gate: AccessGate, application: Application, data: dict[str, Any]) -> None:  # type: ignore[type-arg]
    update = update_from(application, data)
    with pytest.raises(ApplicationHandlerStop):
        await gate(update, context_for(application, update))


async def test_a_stranger_is_told_at_most_once_a_minute_but_always_answered_start_and_help() -> None:
    application, request = await offline_application()
    clock = Clock()
    gate = AccessGate(ChatAccess(chat_ids=frozenset({10})), admins=frozenset(), clock=clock)
    for number, text in enumerate(["crimea", "crimea again", "/start", "/help", "/start"], start=1):
        await _through_gate(gate, application, _json_message(number, 99, text))
    texts = [params["text"] for params in request.sent()]
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
    assert request.sent()[-1]["text"] == texts[0]


async def test_in_a_strange_group_only_start_and_help_for_this_bot_are_answered() -> None:
    application, request = await offline_application()
    gate = AccessGate(ChatAccess(chat_ids=frozenset({10})), admins=frozenset())
    for number, text in enumerate(["/ask@TalksTestBot crimea", "/start@OtherBot", "/start@TalksTestBot"]):
        await _through_gate(gate, application, _json_message(number, -100777, text, "supergroup"))
    [welcome] = request.sent()
    assert "Your chat id is -100777" in welcome["text"]
