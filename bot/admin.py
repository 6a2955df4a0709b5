"""Admin commands: add an article by sending a file, /reload, /stats and /gaps. Everyone else is refused."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.chats import thread_of
from bot.gaps import GapLog
from bot.markup import Block, Span
from bot.plural import counted
from bot.protocols import Librarian
from bot.replies import send_blocks
from retrieval import DuplicateUpload, UploadError

log = logging.getLogger("talksbot.admin")
ADMINS_ONLY = "Only the bot's admins can do that."
GAP_DAYS = 7
GAP_LINES = 20


class AdminHandlers:
    """Callbacks that change or inspect the document folder."""

    def __init__(self, library: Librarian, admins: frozenset[int], gaps: GapLog) -> None:
        self._library = library
        self._admins = admins
        self._gaps = gaps

    async def document(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A file from an admin becomes an article; from anyone else it is refused unread."""
        message = await self._admin_message(update, context)
        if message is None or message.document is None:
            return
        document = message.document
        if document.file_size is not None and document.file_size > self._library.max_bytes:
            await _say(
                context, message, f"Not added: the file is larger than the {self._limit_mb()} MB limit."
            )
            return
        data = bytes(await (await document.get_file()).download_as_bytearray())
        try:
            saved = await asyncio.to_thread(self._library.add, document.file_name or "article.txt", data)
        except DuplicateUpload as exc:
            await _say(context, message, f"Already have it as {exc.existing}: nothing added.")
            return
        except UploadError as exc:
            await _say(context, message, f"Not added: {exc}.")
            return
        log.info("admin %s added %s", message.from_user.id if message.from_user else "?", saved.name)
        title = saved.article.meta.title
        paragraphs = counted(len(saved.article.paragraphs), "paragraph")
        await _say(context, message, f"Added “{title}” as {saved.name}: {paragraphs}, answering from it now.")

    async def reload(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Rescan the folder now."""
        message = await self._admin_message(update, context)
        if message is None:
            return
        change = await asyncio.to_thread(self._library.refresh)
        snapshot = self._library.snapshot
        await _say(
            context, message, f"Rescanned: {change}. Serving {counted(len(snapshot.articles), 'article')}."
        )

    async def gaps(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The questions most often left unanswered in the last week, with how often each was asked."""
        message = await self._admin_message(update, context)
        if message is None:
            return
        top = await asyncio.to_thread(self._gaps.top, GAP_DAYS, GAP_LINES)
        if not top:
            await _say(context, message, f"No unanswered questions in the last {GAP_DAYS} days.")
            return
        heading = Span(f"Asked but not answered, last {GAP_DAYS} days", bold=True)
        lines = [Span(f"\n{counted(gap.count, 'time')}: {gap.question}") for gap in top]
        footer = Span("\nAn article that answers these would fill the gap.", italic=True)
        await send_blocks(context.bot, message.chat_id, [Block((heading, *lines, footer))], reply_to=message)

    async def stats(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Articles, paragraphs, skipped files, and when and how fast the index was last built."""
        message = await self._admin_message(update, context)
        if message is None:
            return
        snap = self._library.snapshot
        built = datetime.fromtimestamp(snap.built_at, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        lines = [
            f"Articles: {len(snap.articles)}",
            f"Paragraphs: {snap.paragraphs}",
            f"Skipped files: {len(snap.skipped)}",
            f"Last indexed: {built}, in {snap.build_seconds * 1000:.0f} ms",
        ]
        lines += [f"  skipped {s.file}: {s.reason}" for s in snap.skipped[:10]]
        await _say(context, message, "\n".join(lines))

    async def _admin_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> Message | None:
        message = update.effective_message
        user = update.effective_user
        if message is None:
            return None
        if user is None or user.id not in self._admins:
            await _say(context, message, ADMINS_ONLY)
            return None
        return message

    def _limit_mb(self) -> str:
        return f"{self._library.max_bytes / (1024 * 1024):g}"


async def _say(context: ContextTypes.DEFAULT_TYPE, message: Message, text: str) -> None:
    blocks = [Block((Span(text),))]
    await send_blocks(context.bot, message.chat_id, blocks, reply_to=message, thread_id=thread_of(message))
