"""The offline-bot pattern of python-telegram-bot: a request class that records Bot API calls."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, CallbackContext
from telegram.request import BaseRequest, RequestData

TOKEN = "123456789:AAF-offline-test-token-0123456789abc"
BOT_USER = {"id": 123456789, "is_bot": True, "first_name": "Talks", "username": "TalksTestBot"}


@dataclass(frozen=True)
class Call:
    """One Bot API call the bot made."""

    method: str
    params: dict[str, Any]


class RecordingRequest(BaseRequest):
    """Answers getMe, echoes sendMessage as a sent message, and says True to everything else."""

    def __init__(self) -> None:
        self.calls: list[Call] = []

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
        name = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data is not None else {}
        self.calls.append(Call(name, dict(params)))
        return 200, json.dumps({"ok": True, "result": self._result(name, params)}).encode()

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        """The parameters of every call to `method`, in order."""
        return [call.params for call in self.calls if call.method == method]

    @staticmethod
    def _result(method: str, params: dict[str, Any]) -> object:
        if method == "getMe":
            return BOT_USER
        if method == "sendMessage":
            chat = {"id": int(params["chat_id"]), "type": "private"}
            return {"message_id": 1, "date": int(time.time()), "chat": chat, "text": params.get("text", "")}
        return True


async def offline_application() -> tuple[Application, RecordingRequest]:  # type: ignore[type-arg]
    """An initialised Application whose bot talks to a RecordingRequest."""
    request = RecordingRequest()
    application = ApplicationBuilder().token(TOKEN).request(request).get_updates_request(request).build()
    await application.initialize()
    return application, request


def context_for(application: Application, update: Update) -> CallbackContext:  # type: ignore[type-arg]
    """The context a handler would get for `update`."""
    return CallbackContext.from_update(update, application)


def update_from(application: Application, data: dict[str, Any]) -> Update:  # type: ignore[type-arg]
    """An Update parsed from Bot API JSON and bound to the application's bot."""
    update = Update.de_json(data, application.bot)
    assert update is not None
    return update
