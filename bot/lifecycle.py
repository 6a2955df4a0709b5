"""Running the bot: a start-up that says why Telegram is unreachable or refuses, and a prompt stop."""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import signal
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application, Updater

log = logging.getLogger("talksbot.app")
# Said with every network failure at start-up (at most once a minute), so an operator knows what to check.
UNREACHABLE = "cannot reach Telegram"
# SIGTERM to exit must stay under 5 s; what is still talking to Telegram by then is abandoned.
SHUTDOWN_SECONDS = 2.5
WARN_EVERY_SECONDS = 60.0
MAX_RETRY_SECONDS = 30.0
AnyApplication = Application[Any, Any, Any, Any, Any, Any]


class StartupError(Exception):
    """Telegram refused a start-up request; the message says which, and Telegram's reason."""


@dataclass(frozen=True)
class WebhookConfig:
    """Where Telegram posts updates in webhook mode, and the secret it must send along."""

    url: str
    secret: str
    listen: str
    port: int


class _Warner:
    """A WARNING at the first failure, then at most one a minute, so a long outage does not flood the log."""

    def __init__(self) -> None:
        self._last = -WARN_EVERY_SECONDS

    def __call__(self, message: str, *args: object) -> None:
        now = time.monotonic()
        if now - self._last >= WARN_EVERY_SECONDS:
            self._last = now
            log.warning(message, *args)


def run(application: AnyApplication, webhook: WebhookConfig | None) -> None:
    """Serve until SIGINT or SIGTERM: long polling, or a webhook when one is configured.

    Raises InvalidToken when Telegram rejects the token and StartupError when it refuses the
    webhook (or another start-up request); network trouble is retried, with a WARNING.
    """
    asyncio.run(_serve(application, webhook))


async def _serve(application: AnyApplication, webhook: WebhookConfig | None) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    started = _Started()
    try:
        if await _unless_stopped(_start(application, webhook, started), stop):
            await stop.wait()
        log.info("stopping")
    finally:
        try:
            await asyncio.wait_for(_shut_down(application, started), SHUTDOWN_SECONDS)
        except TimeoutError:
            log.warning("Telegram did not answer while the bot was stopping; exiting anyway")


@dataclass
class _Started:
    """How far start-up got, so shutting down undoes exactly that."""

    post_init: bool = False


async def _unless_stopped(work: Awaitable[None], stop: asyncio.Event) -> bool:
    """Run `work` unless `stop` is set first (then cancel it); True if it finished."""
    task = asyncio.ensure_future(work)
    stopping = asyncio.ensure_future(stop.wait())
    await asyncio.wait((task, stopping), return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if not task.done():
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return False
    task.result()
    return True


async def _start(application: AnyApplication, webhook: WebhookConfig | None, started: _Started) -> None:
    warn = _Warner()
    bot = application.bot
    await _patiently(application.initialize, "check the token", warn)
    if webhook is None:
        await _patiently(bot.delete_webhook, "remove a webhook left from webhook mode", warn)
    else:
        await _patiently(lambda: _set_webhook(application, webhook), f"set the webhook {webhook.url}", warn)
    if application.post_init:
        started.post_init = True
        await application.post_init(application)
    await _start_updates(application, _updater(application), webhook)
    await application.start()


async def _set_webhook(application: AnyApplication, webhook: WebhookConfig) -> None:
    await application.bot.set_webhook(
        webhook.url, secret_token=webhook.secret, allowed_updates=Update.ALL_TYPES
    )


async def _start_updates(
    application: AnyApplication, updater: Updater, webhook: WebhookConfig | None
) -> None:
    # PTB deletes or sets the webhook once more here; _start already made sure Telegram accepts that.
    if webhook is None:
        log.info("polling for updates")

        def polling_error(error: TelegramError) -> None:
            application.create_task(application.process_error(update=None, error=error))

        await updater.start_polling(
            allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1, error_callback=polling_error
        )
        return
    log.info("serving a webhook on %s:%d", webhook.listen, webhook.port)
    await updater.start_webhook(
        listen=webhook.listen,
        port=webhook.port,
        url_path=urlsplit(webhook.url).path.lstrip("/"),
        webhook_url=webhook.url,
        secret_token=webhook.secret,
        allowed_updates=Update.ALL_TYPES,
        bootstrap_retries=-1,
    )


def _updater(application: AnyApplication) -> Updater:
    if application.updater is None:
        raise RuntimeError("the application was built without an updater")
    return application.updater


async def _patiently(action: Callable[[], Awaitable[Any]], what: str, warn: _Warner) -> None:
    """Call `action` until it succeeds, retrying network trouble with back-off (1 s growing to 30 s)."""
    delay = 1.0
    while True:
        try:
            await action()
            return
        except InvalidToken:
            raise
        except RetryAfter as exc:
            wait = _seconds(exc.retry_after)
        except BadRequest as exc:  # PTB makes it a NetworkError, but it is a refusal with a reason
            raise StartupError(f"Telegram refused to {what}: {exc.message}") from None
        except NetworkError as exc:  # TimedOut included
            warn("%s to %s (%s); retrying", UNREACHABLE, what, _reason(exc))
            wait, delay = delay, min(delay * 2, MAX_RETRY_SECONDS)
        except TelegramError as exc:
            raise StartupError(f"Telegram refused to {what}: {exc.message}") from None
        await asyncio.sleep(wait)


def _reason(error: TelegramError) -> str:
    """PTB's message, without the HTML page a proxy answered with, on one short line."""
    text = " ".join(error.message.split(". Parsing the server response")[0].split())
    return text if len(text) <= 120 else text[:119] + "…"


def _seconds(value: int | dtm.timedelta) -> float:
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


async def _shut_down(application: AnyApplication, started: _Started) -> None:
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()
    if started.post_init and application.post_stop:
        await application.post_stop(application)
    await application.shutdown()
