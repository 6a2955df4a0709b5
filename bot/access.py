"""The one gate every update passes: chats not allowed get a friendly refusal and no article content."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, CommandHandler, ContextTypes, filters

from bot import render
from bot.chats import ChatMigrations
from bot.replies import send_blocks
from config import ChatAccess

log = logging.getLogger("talksbot.access")
# One refusal a minute per chat: a stranger who writes again later is told again, and a flood is not.
REFUSAL_INTERVAL = 60.0
MAX_REMEMBERED = 10_000
REFUSED_BUTTON = "This chat is not approved for this bot."


async def _never_called(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The gate only asks its CommandHandler whether an update is /start or /help; it never runs it."""


class AccessGate:
    """Stops unauthorised updates before any handler sees them (registered in group -1)."""

    def __init__(
        self,
        access: ChatAccess,
        admins: frozenset[int],
        migrations: ChatMigrations | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._access = access
        self._admins = admins
        self._migrations = migrations or ChatMigrations(None)
        self._clock = clock
        self._refused: dict[int, float] = {}
        self._welcome = CommandHandler(("start", "help"), _never_called, filters=filters.UpdateType.MESSAGE)

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
        """Let allowed updates through; answer /start and /help elsewhere, and refuse the rest."""
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
            await update.callback_query.answer(REFUSED_BUTTON)
        elif chat is None:
            return
        elif (command := self._welcome_command(update)) is not None:
            # /start and /help always get their answer: it is how a stranger learns the chat id to pass on.
            blocks = render.stranger_blocks(command, chat.id, context.bot.username)
            await send_blocks(context.bot, chat.id, blocks)
        elif chat.type == ChatType.PRIVATE and self._should_tell(chat.id):
            await send_blocks(context.bot, chat.id, [render.refusal_block(chat.id)])

    def _welcome_command(self, update: Update) -> str | None:
        """ "start" or "help" if the update is that command addressed to this bot, else None."""
        message = update.effective_message
        if message is None or not message.text or not self._welcome.check_update(update):
            return None
        return message.text[1 : message.entities[0].length].split("@")[0].lower()

    def _should_tell(self, chat_id: int) -> bool:
        now = self._clock()
        if now - self._refused.get(chat_id, -REFUSAL_INTERVAL) < REFUSAL_INTERVAL:
            return False
        if len(self._refused) >= MAX_REMEMBERED:
            # A flood of strangers must not grow memory without bound: forget refusals past the interval.
            self._refused = {c: t for c, t in self._refused.items() if now - t < REFUSAL_INTERVAL}
        self._refused[chat_id] = now
        return True
