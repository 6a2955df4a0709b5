"""Building the Telegram Application: handlers, the access gate, errors, and how it is run."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

from telegram import Update
from telegram.error import ChatMigrated, Conflict, Forbidden, NetworkError, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ExtBot,
    JobQueue,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.access import AccessGate
from bot.admin import AdminHandlers
from bot.chats import ChatMigrations, thread_of
from bot.examples import ASK_PREFIX
from bot.gaps import FILE_NAME, GapLog, RecordingAnswerer
from bot.handlers import Handlers
from bot.menu import Menu
from bot.pages import MORE_PREFIX
from bot.processor import PerChatUpdateProcessor
from bot.protocols import Librarian
from config import ChatAccess

log = logging.getLogger("talksbot.app")

# The type parameters of the Application build_application makes: an ExtBot[int] (AIORateLimiter takes an
# int per call, its max_retries), PTB's default context and user, chat and bot data, and PTB's job queue
# type (the job queue itself is None at run time: the job-queue extra is not installed).
TalksApplication: TypeAlias = Application[
    ExtBot[int],
    ContextTypes.DEFAULT_TYPE,
    dict[Any, Any],
    dict[Any, Any],
    dict[Any, Any],
    JobQueue[ContextTypes.DEFAULT_TYPE],
]
Background = Callable[[asyncio.Event], Coroutine[Any, Any, None]]


@dataclass(frozen=True)
class BotConfig:
    """The plain values the Telegram layer needs (taken from Settings by the entry point)."""

    token: str
    api_url: str
    access: ChatAccess
    admins: frozenset[int]
    examples: tuple[str, ...]
    cache_dir: Path
    # Where group -> supergroup migrations are remembered across restarts (None: only in memory).
    migrations_file: Path | None = None


def build_application(
    config: BotConfig,
    library: Librarian,
    background: Sequence[Background] = (),
    request: BaseRequest | None = None,
) -> TalksApplication:
    """A python-telegram-bot Application wired to the answer engine, with background tasks.

    `request` replaces the HTTP client for every Bot API call (tests answer them in-process); None: PTB's.
    """
    stop = asyncio.Event()
    running: list[asyncio.Task[None]] = []
    menu = Menu(config.admins)
    gaps = GapLog(config.cache_dir / FILE_NAME)

    async def post_init(application: TalksApplication) -> None:
        await menu.register(application.bot)
        running.extend(asyncio.create_task(task(stop)) for task in background)

    async def post_stop(_: TalksApplication) -> None:
        # Background tasks end before the event loop closes, so shutdown never hangs on them.
        stop.set()
        if running:
            # Short: SIGTERM must end the process within 5 s (see bot.lifecycle).
            pending = (await asyncio.wait(running, timeout=2))[1]
            for task in pending:
                log.warning("a background task did not stop in time; cancelling it")
                task.cancel()
        gaps.close()

    builder = (
        ApplicationBuilder()
        .token(config.token)
        .base_url(f"{config.api_url}/bot")
        .base_file_url(f"{config.api_url}/file/bot")
        .rate_limiter(CourtesyRateLimiter(max_retries=3))
        .concurrent_updates(PerChatUpdateProcessor())
        .post_init(post_init)
        .post_stop(post_stop)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    application = builder.build()
    application.add_handler(TypeHandler(Update, menu), group=-2)
    add_handlers(application, config, library, gaps)
    return application


def add_handlers(
    application: TalksApplication,
    config: BotConfig,
    library: Librarian,
    gaps: GapLog,
) -> None:
    """Register the gate, the commands, free text, the buttons and the error handler."""
    handlers = Handlers(RecordingAnswerer(library, gaps), config.examples)
    new = filters.UpdateType.MESSAGE  # edits of old messages are not answered again
    migrations = ChatMigrations(config.migrations_file)
    gate = AccessGate(config.access, config.admins, migrations)
    application.add_handler(TypeHandler(Update, gate), group=-1)
    application.add_handler(CommandHandler("start", handlers.start, filters=new))
    application.add_handler(CommandHandler("help", handlers.help, filters=new))
    application.add_handler(CommandHandler("sources", handlers.sources, filters=new))
    application.add_handler(CommandHandler("ask", handlers.ask, filters=new))
    application.add_handler(MessageHandler(new & filters.TEXT & ~filters.COMMAND, handlers.text))
    application.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, handlers.edited))
    # A caption is a question, except on an admin's document: that is an article to add.
    uploads = filters.Document.ALL & filters.User(user_id=config.admins)
    application.add_handler(MessageHandler(new & filters.CAPTION & ~uploads, handlers.caption))
    application.add_handler(CallbackQueryHandler(handlers.more, pattern=rf"^{MORE_PREFIX}"))
    application.add_handler(CallbackQueryHandler(handlers.example, pattern=rf"^{ASK_PREFIX}"))
    admin = AdminHandlers(library, config.admins, gaps)
    application.add_handler(CommandHandler("reload", admin.reload, filters=new))
    application.add_handler(CommandHandler("stats", admin.stats, filters=new))
    application.add_handler(CommandHandler("gaps", admin.gaps, filters=new))
    application.add_handler(MessageHandler(new & filters.Document.ALL, admin.document))
    # Keep last: it takes whatever no handler above did (stickers, voice notes, unknown commands).
    application.add_handler(MessageHandler(new & ~filters.StatusUpdate.ALL, handlers.hint))
    application.add_error_handler(ErrorReporter(lambda old, new: migrations.record(config.access, old, new)))


class CourtesyRateLimiter(AIORateLimiter):
    """AIORateLimiter, except that the typing indicator is sent once, unpaced and never retried.

    AIORateLimiter retries a 429 after `retry_after` and holds every other request meanwhile: three 429s
    on a courtesy call would delay the answer itself by their sum.
    """

    async def process_request(  # noqa: PLR0913, PLR0917 - AIORateLimiter's signature
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Pass sendChatAction straight through; rate-limit everything else as AIORateLimiter does."""
        if endpoint == "sendChatAction":
            return await callback(*args, **kwargs)
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)


class ErrorReporter:
    """Logs a failed update and tells the user briefly, never with a traceback or the token."""

    def __init__(self, on_migrated: Callable[[int, int], None] | None = None) -> None:
        self._on_migrated = on_migrated
        self._blocked: set[int] = set()
        self._last_said: dict[str, float] = {}

    async def __call__(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Handle one error raised while processing `update`."""
        error = context.error
        chat_id = _chat_id(update)
        if isinstance(error, Forbidden):
            if chat_id not in self._blocked:
                self._blocked.add(chat_id or 0)
                log.warning("chat %s blocked the bot or removed it; not answering there", chat_id)
            return
        if isinstance(error, ChatMigrated) and chat_id is not None:
            # A reply to a group that became a supergroup while the question was being answered.
            log.info("chat %s moved to %s before its reply was sent", chat_id, error.new_chat_id)
            if self._on_migrated is not None:
                self._on_migrated(chat_id, error.new_chat_id)
            return
        if update is None and isinstance(error, NetworkError | Conflict):
            self._polling_trouble(error)
            return
        log.error("error while handling an update from chat %s", chat_id, exc_info=error)
        if chat_id is not None:
            thread = thread_of(update.effective_message) if isinstance(update, Update) else None
            await self._apologise(context, chat_id, thread)

    def _polling_trouble(self, error: TelegramError) -> None:
        # PTB retries polling by itself; one line a minute says what is wrong without flooding the log.
        now = time.monotonic()
        kind = type(error).__name__
        if now - self._last_said.get(kind, -60.0) >= 60.0:
            self._last_said[kind] = now
            if isinstance(error, Conflict):
                log.error("another process is polling with this bot token; stop it (retrying meanwhile)")
            else:
                log.warning("network trouble talking to Telegram (%s); retrying", error)

    async def _apologise(self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, thread: int | None) -> None:
        try:
            await context.bot.send_message(
                chat_id,
                "Sorry, something went wrong while answering. Please try again.",
                message_thread_id=thread,
            )
        except TelegramError as exc:
            log.warning("could not tell chat %s about an error: %s", chat_id, exc)


def _chat_id(update: object) -> int | None:
    if isinstance(update, Update) and update.effective_chat is not None:
        return update.effective_chat.id
    return None
