"""What Telegram shows around a chat: the command menu (everyone's, and admins' longer one) and the
descriptions a new user reads before pressing Start. All of it is a courtesy: failures are only logged.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable

from telegram import Bot, BotCommand, BotCommandScopeChat, BotCommandScopeDefault, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

log = logging.getLogger("talksbot.menu")
EVERYONE = (
    BotCommand("ask", "Answer a question from the articles"),
    BotCommand("sources", "The articles I know, newest first"),
    BotCommand("help", "How to ask, in private and in groups"),
)
ADMINS = (
    *EVERYONE,
    BotCommand("stats", "Articles, skipped files and the last indexing"),
    BotCommand("reload", "Rescan the article folder now"),
    BotCommand("gaps", "Questions asked but not answered this week"),
)
# Shown in an empty chat before Start (at most 512 characters) and on the bot's profile (at most 120).
DESCRIPTION = (
    "I answer questions about the news from a set of articles, quoting word for word the sentence that "
    "answers you, with its source. I never make anything up: if the articles don't say, I tell you.\n\n"
    "Press Start, then ask a question in plain words."
)
SHORT_DESCRIPTION = "Answers questions about the news by quoting the articles word for word, with sources."


class Menu:
    """Registers the menus and descriptions at start-up; retries an admin's menu when they first write."""

    def __init__(self, admins: frozenset[int]) -> None:
        self._admins = admins
        # Telegram refuses a chat scope for a user who has never opened a chat with the bot.
        self._pending: set[int] = set()

    async def register(self, bot: Bot) -> None:
        """Set everyone's commands, each admin's, and both descriptions."""
        await _courtesy(bot.set_my_commands(EVERYONE, scope=BotCommandScopeDefault()), "the command menu")
        for admin in sorted(self._admins):
            if not await self._admin_menu(bot, admin):
                self._pending.add(admin)
        await _courtesy(bot.set_my_description(DESCRIPTION), "the bot's description")
        await _courtesy(bot.set_my_short_description(SHORT_DESCRIPTION), "the bot's short description")

    async def __call__(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Every update (group -2, never stopped here): a waiting admin writing in private gets their menu."""
        if not self._pending or not isinstance(update, Update):
            return
        user, chat = update.effective_user, update.effective_chat
        if user is None or chat is None or chat.type != ChatType.PRIVATE or user.id not in self._pending:
            return
        self._pending.discard(user.id)
        if not await self._admin_menu(context.bot, user.id):
            self._pending.add(user.id)

    async def _admin_menu(self, bot: Bot, admin: int) -> bool:
        try:
            await bot.set_my_commands(ADMINS, scope=BotCommandScopeChat(admin))
        except TelegramError as exc:
            log.info("admin %s gets the admin menu once they write to the bot (%s)", admin, exc)
            return False
        return True


async def _courtesy(call: Awaitable[bool], what: str) -> bool:
    """Await a Bot API call whose failure costs only convenience; True if it worked."""
    try:
        await call
    except TelegramError as exc:
        log.warning("could not set %s: %s", what, exc)
        return False
    return True
