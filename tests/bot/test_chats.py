"""Chat migrations remembered on disk, and the forum topic of a message."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
from telegram import Chat, Message, User

from bot.chats import ChatMigrations, thread_of
from config import ChatAccess

NOW = datetime(2025, 11, 26, tzinfo=UTC)
ACCESS = ChatAccess(chat_ids=frozenset({-41}))


def _service(chat_id: int, chat_type: str, *, to: int | None = None, source: int | None = None) -> Message:
    """The service message Telegram sends in the old group (`to`) or in the new supergroup (`source`)."""
    user = User(5, "U", is_bot=False)
    chat = Chat(chat_id, chat_type)
    return Message(1, NOW, chat, from_user=user, migrate_to_chat_id=to, migrate_from_chat_id=source)


def test_a_migration_is_remembered_across_restarts(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "state" / "chat-migrations.json"
    migrations = ChatMigrations(path)
    with caplog.at_level(logging.WARNING, logger="talksbot.chats"):
        migrations.follow(ACCESS, _service(-41, Chat.GROUP, to=-10041))
        migrations.follow(ACCESS, _service(-10041, Chat.SUPERGROUP, source=-41))
    assert len(caplog.records) == 1  # both service messages, one warning
    assert migrations.allows(ACCESS, -10041)
    assert ChatMigrations(path).allows(ACCESS, -10041)
    assert not ChatMigrations(None).allows(ACCESS, -10041)


def test_strangers_migrations_are_not_followed(tmp_path: Path) -> None:
    migrations = ChatMigrations(tmp_path / "m.json")
    migrations.follow(ACCESS, _service(-99, Chat.GROUP, to=-10099))
    assert not migrations.allows(ACCESS, -10099)
    assert not (tmp_path / "m.json").exists()


@pytest.mark.parametrize("content", ["not json", "[1, 2]", '{"x": "y"}'])
def test_an_unreadable_file_is_ignored_with_a_warning(
    tmp_path: Path, content: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "m.json"
    path.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="talksbot.chats"):
        migrations = ChatMigrations(path)
    assert "ignoring unreadable chat migrations file" in caplog.text
    migrations.follow(ACCESS, _service(-41, Chat.GROUP, to=-10041))
    assert ChatMigrations(path).allows(ACCESS, -10041)  # and replaced by a good one


def test_the_topic_of_a_message() -> None:
    forum = Chat(-100, Chat.SUPERGROUP, is_forum=True)
    in_topic = Message(2, NOW, forum, message_thread_id=9, is_topic_message=True, text="q")
    reply_thread = Message(3, NOW, Chat(-200, Chat.SUPERGROUP), message_thread_id=2, text="q")
    assert thread_of(in_topic) == 9
    assert thread_of(reply_thread) is None  # a reply thread in a plain supergroup is no topic
    assert thread_of(Message(4, NOW, forum, text="General")) is None
    assert thread_of(None) is None
