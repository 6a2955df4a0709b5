"""The offline-bot pattern of python-telegram-bot, for our whole Application.

bot.app builds the Application exactly as `talksbot run` does, over a real Library; only the HTTP layer
is replaced. RecordingRequest hands every Bot API call to a Bot API emulator in this process (the one the
end-to-end tests run as a server), which records it and answers as Telegram would. Tests play the users
through that emulator, and `OfflineBot.process()` hands the bot what they sent, each update handled to
completion: a handler regression fails in milliseconds, with no subprocess and no sleep.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from telegram import Update
from telegram.error import NetworkError, TimedOut
from telegram.ext import ApplicationBuilder, CallbackContext
from telegram.request import BaseRequest, RequestData

from bot.app import BotConfig, TalksApplication, build_application
from bot.examples import example_questions
from bot.lifecycle import AnyApplication
from config import ChatAccess
from retrieval import Library
from tests.botapi.emulator import TelegramEmulator, parse_request
from tests.conftest import EVAL_FIXTURES
from tests.people import ADMIN, ALLOWED, ALLOWED_2, GROUP

TOKEN = "123456789:AAF-offline-test-token-0123456789abc"
# Never dialled: RecordingRequest answers every request in this process and reads only the URL's path.
API_URL = "http://127.0.0.1:9"


class RecordingRequest(BaseRequest):
    """PTB's request class for tests: each Bot API call goes to an in-memory emulator, which records it."""

    def __init__(self, emulator: TelegramEmulator) -> None:
        self.emulator = emulator

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        """The emulator's answer to the request PTB's HTTP client would send; a fault raises what it would."""
        if request_data is not None and request_data.contains_files:
            raise NotImplementedError("the bot uploads no files")
        form = urlencode(request_data.json_parameters if request_data is not None else {}).encode()
        params, files = parse_request("application/x-www-form-urlencoded", form, "")
        reply = self.emulator.handle(urlsplit(url).path, params, files)
        if reply.drop:
            raise NetworkError("httpx.RemoteProtocolError: Server disconnected without sending a response.")
        if reply.late:
            # The call was carried out; its answer comes after the client stopped waiting for it.
            raise TimedOut
        return reply.status, reply.body


@dataclass
class OfflineBot:
    """Our Application on an offline bot, the emulator its users write to, and its folders."""

    emulator: TelegramEmulator
    application: TalksApplication
    docs: Path
    cache: Path
    # Set by a test that makes a handler fail on purpose (the bot fixtures fail on ERROR logs otherwise).
    errors_expected: bool = False
    stopped: bool = False

    async def process(self) -> None:
        """Handle every update the users have sent so far, in order, each to completion."""
        for data in self.emulator.take_updates():
            await self.application.process_update(Update.de_json(data, self.application.bot))

    async def stop(self) -> None:
        """Shut down as the real process does: post_stop (background tasks, /gaps file), then PTB's own."""
        if self.stopped:
            return
        self.stopped = True
        if self.application.post_stop is not None:
            await self.application.post_stop(self.application)
        await self.application.shutdown()


def copy_fixtures(folder: Path) -> Path:
    """A copy of the evaluation articles (the seed and the fixtures written for it) in `folder`."""
    shutil.copytree(EVAL_FIXTURES, folder)
    return folder


async def start_offline_bot(
    emulator: TelegramEmulator,
    docs: Path,
    cache: Path,
    allowed: ChatAccess | None = None,
) -> OfflineBot:
    """Load `docs` and start our Application on it as `talksbot run` does, up to serving updates.

    `allowed`: the chats allowed (default: those of tests.people); tests.people.ADMIN is the admin.
    """
    library = Library(docs, cache_dir=cache)
    library.refresh()
    config = BotConfig(
        token=emulator.token,
        api_url=API_URL,
        access=allowed or ChatAccess(chat_ids=frozenset({ALLOWED, ALLOWED_2, GROUP})),
        admins=frozenset({ADMIN}),
        examples=example_questions(library),
        cache_dir=cache,
        migrations_file=cache / "chat-migrations.json",
    )
    application = build_application(config, library, request=RecordingRequest(emulator))
    # What bot.lifecycle does before it starts polling: getMe, then post_init (menus, descriptions).
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    return OfflineBot(emulator, application, docs, cache)


async def offline_application(emulator: TelegramEmulator) -> AnyApplication:
    """A bare initialised Application (no handlers of ours) whose bot talks to `emulator`."""
    request = RecordingRequest(emulator)
    application = (
        ApplicationBuilder().token(emulator.token).request(request).get_updates_request(request).build()
    )
    await application.initialize()
    return application


def context_for(application: AnyApplication, update: Update) -> CallbackContext[Any, Any, Any, Any]:
    """The context a handler would get for `update`."""
    return CallbackContext.from_update(update, application)


def update_from(application: AnyApplication, data: dict[str, Any]) -> Update:
    """An Update parsed from Bot API JSON and bound to the application's bot."""
    return Update.de_json(data, application.bot)
