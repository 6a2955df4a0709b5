"""Telegram callbacks: unpack the update, make one call into the engine, render, reply."""

from __future__ import annotations

import asyncio
import logging

from telegram import CallbackQuery, Message, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import render
from bot.chats import thread_of
from bot.markup import Block, Span
from bot.pages import Pages
from bot.protocols import AnswerSource
from bot.replies import more_button, send_blocks
from bot.typing_action import Typing

log = logging.getLogger("talksbot.handlers")
MAX_QUESTION = 500


class Handlers:
    """Telegram callbacks sharing one answer engine."""

    def __init__(self, library: AnswerSource, examples: tuple[str, ...]) -> None:
        self._library = library
        self._examples = examples
        self._pages = Pages()
        self._typing = Typing()

    async def start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """What the bot does, how many articles it knows, three example questions."""
        if update.effective_message is not None:
            count = len(self._library.snapshot.articles)
            blocks = render.start_blocks(count, self._examples)
            await send_blocks(
                context.bot, update.effective_message.chat_id, blocks, thread_id=_thread(update)
            )

    async def help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """How to ask, in private chats and in groups."""
        if update.effective_message is not None:
            name = context.bot.username
            blocks = render.help_blocks(name)
            await send_blocks(
                context.bot, update.effective_message.chat_id, blocks, thread_id=_thread(update)
            )

    async def sources(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The served articles, newest first."""
        if update.effective_message is not None:
            blocks = render.sources_blocks(self._library.snapshot.articles)
            await send_blocks(
                context.bot, update.effective_message.chat_id, blocks, thread_id=_thread(update)
            )

    async def ask(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/ask QUESTION, in any chat."""
        message = update.effective_message
        if message is None:
            return
        question = " ".join(context.args or [])
        if not question.strip():
            usage = [Block((Span("Usage: /ask QUESTION, for example /ask what happens to Crimea?"),))]
            await send_blocks(
                context.bot, message.chat_id, usage, reply_to=message, thread_id=thread_of(message)
            )
            return
        await self._answer(message, question, context)

    async def text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Plain text: a question in private chats, or a reply to the bot in groups."""
        message = update.effective_message
        if message is None or not message.text:
            return
        if message.chat.type != ChatType.PRIVATE and not _replies_to_bot(message, context.bot.id):
            return
        await self._answer(message, message.text, context)

    async def more(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The "More" button: the next passages of the same answer, only in the chat that asked."""
        query = update.callback_query
        if query is None or query.message is None:
            return
        page = self._pages.take(_key(query), query.message.chat.id)
        if page is None:
            await query.answer("Nothing more to show for this answer.")
            return
        await query.answer()
        quotes, next_key = page
        await _drop_button(query)
        blocks = render.more_blocks(quotes)
        await send_blocks(
            context.bot,
            query.message.chat.id,
            blocks,
            markup=more_button(next_key),
            thread_id=thread_of(query.message),
        )

    async def _answer(self, message: Message, question: str, context: ContextTypes.DEFAULT_TYPE) -> None:
        thread = thread_of(message)
        self._typing.show(context.bot, message.chat_id, thread)
        answer = await asyncio.to_thread(self._library.answer, question[:MAX_QUESTION])
        key = self._pages.put(message.chat_id, answer.more)
        blocks = render.answer_blocks(answer)
        await send_blocks(
            context.bot, message.chat_id, blocks, reply_to=message, markup=more_button(key), thread_id=thread
        )


def _replies_to_bot(message: Message, bot_id: int) -> bool:
    replied = message.reply_to_message
    return replied is not None and replied.from_user is not None and replied.from_user.id == bot_id


def _key(query: CallbackQuery) -> str:
    data = query.data or ""
    return data.removeprefix("more:") if data.startswith("more:") else ""


async def _drop_button(query: CallbackQuery) -> None:
    try:
        await query.edit_message_reply_markup(reply_markup=None)
    except TelegramError:  # an old or already-edited message must not stop the answer
        log.debug("could not remove a More button", exc_info=True)


def _thread(update: Update) -> int | None:
    return thread_of(update.effective_message)
