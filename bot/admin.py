"""Admin commands: add an article by sending a file, /reload and /stats. Everyone else is refused."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.chats import thread_of
from bot.markup import Block, Span
from bot.protocols import Librarian
from bot.replies import send_blocks
from retrieval import UploadError

log = logging.getLogger("talksbot.admin")
ADMINS_ONLY = "Only the bot's admins can do that."


class AdminHandlers:
    """Callbacks that change or inspect the document folder."""

    def __init__(self, library: Librarian, admins: frozenset[int]) -> None:
        self._library = library
        self._admins = admins

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
        except UploadError as exc:
            await _say(context, message, f"Not added: {exc}")
            return
        log.info("admin %s added %s", message.from_user.id if message.from_user else "?", saved.name)
        title = saved.article.meta.title
        count = len(saved.article.paragraphs)
        await _say(
            context, message, f"Added “{title}” as {saved.name}: {count} paragraphs, answering from it now."
        )

    async def reload(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Rescan the folder now."""
        message = await self._admin_message(update, context)
        if message is None:
            return
        change = await asyncio.to_thread(self._library.refresh)
        snapshot = self._library.snapshot
        await _say(context, message, f"Rescanned: {change}. Serving {len(snapshot.articles)} articles.")

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
