"""The one gate every update passes: chats not allowed get a short refusal and nothing else."""

from __future__ import annotations

import logging
import time

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.chats import ChatMigrations
from config import ChatAccess

log = logging.getLogger("talksbot.access")
REFUSAL_INTERVAL = 3600.0
MAX_REMEMBERED = 10_000


class AccessGate:
    """Stops unauthorised updates before any handler sees them (registered in group -1)."""

    def __init__(
        self, access: ChatAccess, admins: frozenset[int], migrations: ChatMigrations | None = None
    ) -> None:
        self._access = access
        self._admins = admins
        self._migrations = migrations or ChatMigrations(None)
        self._refused: dict[int, float] = {}

    def allows(self, update: Update) -> bool:
        """True if the update's chat (or, for inline queries, its user) may use the bot."""
        chat = update.effective_chat
        user = update.effective_user
        if chat is not None:
            if chat.type == ChatType.PRIVATE and user is not None and user.id in self._admins:
                return True
            return self._migrations.allows(self._access, chat.id)
        if user is not None:
            return user.id in self._admins or self._access.allows(user.id)
        return False

    async def __call__(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Let allowed updates through; refuse the rest, at most once an hour per private chat."""
        if not isinstance(update, Update):
            return
        if update.message is not None:
            # A group upgraded to a supergroup speaks under a new id from now on.
            self._migrations.follow(self._access, update.message)
        if self.allows(update):
            return
        chat = update.effective_chat
        log.info("refused an update from chat %s", chat.id if chat else "?")
        try:
            await self._refuse(update, context)
        except TelegramError as exc:
            log.warning("could not send a refusal: %s", exc)
        finally:
            # Raised whatever happened above: a failed refusal must not let the update through.
            raise ApplicationHandlerStop

    async def _refuse(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat = update.effective_chat
        if update.callback_query is not None:
            await update.callback_query.answer("This chat is not allowed to use this bot.")
        elif chat is not None and chat.type == ChatType.PRIVATE and self._should_tell(chat.id):
            await context.bot.send_message(
                chat.id,
                f"Sorry, this bot only answers in approved chats. Your chat id is {chat.id}: "
                "ask the bot's owner to add it to TALKSBOT_ALLOWED_CHATS.",
            )

    def _should_tell(self, chat_id: int) -> bool:
        now = time.monotonic()
        if now - self._refused.get(chat_id, -REFUSAL_INTERVAL) < REFUSAL_INTERVAL:
            return False
        if len(self._refused) >= MAX_REMEMBERED:
            # A flood of strangers must not grow memory without bound: forget refusals over an hour old.
            self._refused = {c: t for c, t in self._refused.items() if now - t < REFUSAL_INTERVAL}
        self._refused[chat_id] = now
        return True
