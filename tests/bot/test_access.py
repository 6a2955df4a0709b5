"""The access gate's decisions, on real telegram.Update objects."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import CallbackQuery, Chat, InlineQuery, Message, Update, User

from bot.access import AccessGate
from config import ChatAccess

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
