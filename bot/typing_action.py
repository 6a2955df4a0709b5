"""The "typing…" indicator: a courtesy that never delays an answer."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import timedelta

from telegram.constants import ChatAction
from telegram.error import RetryAfter, TelegramError
from telegram.ext import ExtBot

log = logging.getLogger("talksbot.typing")
# Longer than this and the answer is usually there before the indicator would be.
TIMEOUT = 2.0


class Typing:
    """Shows "typing…" in the background: one try, a short timeout, skipped while Telegram says 429."""

    def __init__(self) -> None:
        self._quiet_until = 0.0
        self._tasks: set[asyncio.Task[None]] = set()

    def show(self, bot: ExtBot[None], chat_id: int, thread_id: int | None) -> None:
        """Start sending the indicator and return at once; skipped while rate-limited."""
        if time.monotonic() < self._quiet_until:
            return
        task = asyncio.create_task(self._send(bot, chat_id, thread_id))
        # Held until done: the event loop keeps only weak references to tasks.
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send(self, bot: ExtBot[None], chat_id: int, thread_id: int | None) -> None:
        try:
            await bot.send_chat_action(
                chat_id,
                ChatAction.TYPING,
                message_thread_id=thread_id,
                connect_timeout=TIMEOUT,
                read_timeout=TIMEOUT,
                write_timeout=TIMEOUT,
                pool_timeout=TIMEOUT,
            )
        except RetryAfter as exc:
            wait = exc.retry_after
            seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            self._quiet_until = time.monotonic() + seconds
            log.debug("typing indicator rate-limited; none for %s", exc.retry_after)
        except TelegramError as exc:
            log.debug("typing indicator failed in chat %s: %s", chat_id, exc)
