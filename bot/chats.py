"""Where a chat lives now: groups upgraded to supergroups (a new chat id), and forum topics."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from telegram import MaybeInaccessibleMessage, Message

from config import ChatAccess

log = logging.getLogger("talksbot.chats")


class ChatMigrations:
    """Old group id -> new supergroup id, for allowed groups; kept in a small JSON file across restarts."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._moved: dict[int, int] = _load(path)

    def allows(self, access: ChatAccess, chat_id: int) -> bool:
        """True if the chat is allowed itself, or is the supergroup an allowed group became."""
        return access.allows(chat_id) or any(
            new == chat_id and access.allows(old) for old, new in self._moved.items()
        )

    def follow(self, access: ChatAccess, message: Message) -> None:
        """Remember the migration `message` announces (either service message) if the old group is allowed."""
        if message.migrate_to_chat_id is not None:
            self.record(access, message.chat.id, message.migrate_to_chat_id)
        elif message.migrate_from_chat_id is not None:
            self.record(access, message.migrate_from_chat_id, message.chat.id)

    def record(self, access: ChatAccess, old: int, new: int) -> None:
        """Remember that group `old` is now supergroup `new`, if `old` is allowed (warns once)."""
        if self._moved.get(old) == new or not self.allows(access, old):
            return
        self._moved[old] = new
        self._save()
        log.warning(
            "group %s was upgraded to supergroup %s: answering there now; replace %s with %s in "
            "TALKSBOT_ALLOWED_CHATS",
            old,
            new,
            old,
            new,
        )

    def _save(self) -> None:
        if self._path is None:
            return
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self._path.with_suffix(".tmp")
            temporary.write_text(json.dumps({str(k): v for k, v in self._moved.items()}), encoding="utf-8")
            os.replace(temporary, self._path)
        except OSError as exc:
            log.warning("could not remember chat migrations in %s (%s); kept until restart", self._path, exc)


def _load(path: Path | None) -> dict[int, int]:
    if path is None or not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {int(old): int(new) for old, new in data.items()}
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        log.warning("ignoring unreadable chat migrations file %s (%s)", path, exc)
        return {}


def thread_of(message: MaybeInaccessibleMessage | None) -> int | None:
    """The forum topic a message is in (None: not a forum, or its General topic)."""
    if isinstance(message, Message) and message.is_topic_message:
        return message.message_thread_id
    return None
