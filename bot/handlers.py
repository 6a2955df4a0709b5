"""Telegram callbacks: unpack the update, make one call into the engine, render, reply."""

from __future__ import annotations

import asyncio
import logging

from telegram import CallbackQuery, ForceReply, Message, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import render
from bot.chats import thread_of
from bot.examples import asked_question, example_keyboard
from bot.markup import Block, Span, to_html_parts
from bot.pages import Pages, more_button, pressed_key
from bot.protocols import Answerer
from bot.questions import Answered, answer_message, ask_argument
from bot.replies import edit_blocks, send_blocks
from bot.typing_action import Typing
from retrieval import Answer

log = logging.getLogger("talksbot.handlers")
ASK_PROMPT = "What would you like to know?"
EXPIRED = "This button has expired (the bot restarted). Please ask your question again."


class Handlers:
    """Telegram callbacks sharing one answer engine."""

    def __init__(self, library: Answerer, examples: tuple[str, ...]) -> None:
        self._library = library
        self._examples = examples
        self._pages = Pages()
        self._answered = Answered()
        self._typing = Typing()

    async def start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """What the bot does, how many articles it knows, and example questions as buttons."""
        if update.effective_message is not None:
            count = len(self._library.snapshot.articles)
            blocks = render.start_blocks(count, self._examples)
            buttons = example_keyboard(self._examples)
            chat_id = update.effective_message.chat_id
            await send_blocks(context.bot, chat_id, blocks, markup=buttons, thread_id=_thread(update))

    async def example(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An example question's button under /start: answer that question as if it had been typed."""
        query = update.callback_query
        question = asked_question(query.data) if query is not None else ""
        if query is None or not question:
            return
        if not isinstance(query.message, Message):
            await _acknowledge(query, "That message is too old now: please type the question.")
            return
        await _acknowledge(query)
        await self._answer(query.message, question, context, heading=question)

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
        """/ask QUESTION, in any chat; /ask alone prompts for the question (the reply to it is answered)."""
        message = update.effective_message
        if message is None:
            return
        question = " ".join(context.args or [])
        if not question.strip():
            prompt = [Block((Span(ASK_PROMPT),))]
            # selective: in a group only the member who tapped /ask gets the reply field.
            force = ForceReply(selective=True, input_field_placeholder="Your question about the news")
            await send_blocks(
                context.bot,
                message.chat_id,
                prompt,
                reply_to=message,
                markup=force,
                thread_id=thread_of(message),
            )
            return
        await self._answer(message, question, context)

    async def text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Plain text: a question in private chats, or a reply to the bot (its /ask prompt too) in groups."""
        message = update.effective_message
        if message is None or not message.text:
            return
        if message.chat.type != ChatType.PRIVATE and not _replies_to_bot(message, context.bot.id):
            return
        await self._answer(message, message.text, context)

    async def caption(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The caption of a photo or document is a question, asked as a text message would be."""
        message = update.effective_message
        if message is None or not message.caption:
            return
        question = ask_argument(message.caption, context.bot.username)
        if question is None and (
            message.chat.type == ChatType.PRIVATE or _replies_to_bot(message, context.bot.id)
        ):
            question = message.caption
        if question:
            await self._answer(message, question, context)

    async def edited(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An edited question: its answer is edited to answer the new wording (or a new answer is sent)."""
        message = update.edited_message
        text = (message.text or message.caption) if message is not None else None
        if message is None or not text:
            return
        question = ask_argument(text, context.bot.username)
        answered = self._answered.answer_to(message.chat_id, message.message_id) is not None
        if question is None and not text.startswith("/"):
            addressed = message.chat.type == ChatType.PRIVATE or _replies_to_bot(message, context.bot.id)
            question = text if addressed or answered else None
        if question:
            await self._answer(message, question, context)

    async def hint(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Anything no other handler took (a sticker, a voice note, /foo): one line on what the bot can do."""
        message = update.effective_message
        if message is None:
            return
        command = _command(message)
        addressed = command is not None and command.endswith(f"@{context.bot.username}".lower())
        if message.chat.type == ChatType.PRIVATE or addressed:
            line = render.hint_line(command, _kind(message), self._examples)
            hint = [Block((Span(line),))]
            await send_blocks(
                context.bot, message.chat_id, hint, reply_to=message, thread_id=thread_of(message)
            )

    async def more(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The "More" button: the next passages, threaded to the answer, only in the chat that asked."""
        query = update.callback_query
        if query is None or query.message is None:
            return
        chat_id, thread = query.message.chat.id, thread_of(query.message)
        page = self._pages.take(pressed_key(query.data), chat_id)
        acknowledged = await _acknowledge(query, None if page else EXPIRED)
        await _drop_button(query)
        if page is None:
            if not acknowledged:  # the toast could not be shown: say it in the chat instead
                expired = [Block((Span(EXPIRED),))]
                await send_blocks(context.bot, chat_id, expired, reply_to=query.message, thread_id=thread)
            return
        blocks = render.more_blocks(page.quotes, page.question)
        markup = more_button(page.next_key)
        await send_blocks(
            context.bot, chat_id, blocks, reply_to=query.message, markup=markup, thread_id=thread
        )

    async def _answer(
        self,
        message: Message,
        text: str,
        context: ContextTypes.DEFAULT_TYPE,
        heading: str | None = None,
    ) -> None:
        thread = thread_of(message)
        self._typing.show(context.bot, message.chat_id, thread)
        asked, answer = await asyncio.to_thread(answer_message, self._library, text)
        _log_answer(message.chat_id, answer)
        key = self._pages.put(message.chat_id, answer.more, asked.text)
        blocks = render.message_blocks(asked, answer, self._examples)
        if heading is not None:
            blocks.insert(0, render.asked_block(heading))
        markup = more_button(key)
        previous = self._answered.answer_to(message.chat_id, message.message_id)
        if previous is not None and await edit_blocks(context.bot, message.chat_id, previous, blocks, markup):
            return
        sent = await send_blocks(
            context.bot, message.chat_id, blocks, reply_to=message, markup=markup, thread_id=thread
        )
        # Only a one-message answer can be replaced by an edit when the question is edited.
        if sent is not None and len(to_html_parts(blocks)) == 1:
            self._answered.remember(message.chat_id, message.message_id, sent.message_id)


def _log_answer(chat_id: int, answer: Answer) -> None:
    # The file and paragraph are for whoever runs the bot; the chat shows headline, outlet and date.
    quote = answer.quote or answer.closest
    if quote is not None:
        found = "answered" if answer.quote else "closest passage"
        log.info("chat %s: %s from %s, paragraph %d", chat_id, found, quote.meta.file, quote.paragraph)


def _command(message: Message) -> str | None:
    text = message.text or ""
    return text.split(maxsplit=1)[0].lower() if text.startswith("/") else None


def _kind(message: Message) -> str:
    """What a message without a question holds, for the hint."""
    if message.sticker:
        return "sticker"
    if message.voice or message.audio or message.video_note:
        return "voice"
    return "other"


def _replies_to_bot(message: Message, bot_id: int) -> bool:
    replied = message.reply_to_message
    return replied is not None and replied.from_user is not None and replied.from_user.id == bot_id


async def _acknowledge(query: CallbackQuery, text: str | None = None) -> bool:
    """Answer the callback query; False if Telegram refused (a query older than about 15 s)."""
    try:
        await query.answer(text)
    except TelegramError as exc:
        log.debug("could not answer a callback query: %s", exc)
        return False
    return True


async def _drop_button(query: CallbackQuery) -> None:
    """Remove the pressed button, but only from a message that carries it (a forged press changes nothing)."""
    message = query.message
    markup = message.reply_markup if isinstance(message, Message) else None
    buttons = [button.callback_data for row in markup.inline_keyboard for button in row] if markup else []
    if query.data not in buttons:
        return
    try:
        await query.edit_message_reply_markup(reply_markup=None)
    except TelegramError:  # an old or already-edited message must not stop the answer
        log.debug("could not remove a More button", exc_info=True)


def _thread(update: Update) -> int | None:
    return thread_of(update.effective_message)
