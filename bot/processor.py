"""Update processing: many chats at once, but each chat's updates strictly in the order they came."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# PTB's own semaphore is taken before do_process_update, so it must be roomy enough that updates
# waiting behind a busy chat never starve other chats; real parallelism is bounded by WORKERS.
QUEUE_LIMIT = 4096
WORKERS = 32


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Runs updates of different chats concurrently and those of one chat one after another."""

    def __init__(self, workers: int = WORKERS) -> None:
        super().__init__(QUEUE_LIMIT)
        self._workers = asyncio.Semaphore(workers)
        self._chats: dict[int, asyncio.Lock] = {}
        self._queued: dict[int, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for this chat's earlier updates, then for a free worker."""
        key = _chat_key(update)
        lock = self._chats.setdefault(key, asyncio.Lock())
        self._queued[key] = self._queued.get(key, 0) + 1
        try:
            # asyncio.Lock queues waiters fairly (FIFO), so a chat's updates run in arrival order.
            async with lock, self._workers:
                await coroutine
        finally:
            # Forget the lock only when no update of this chat holds or awaits it, to bound memory.
            self._queued[key] -= 1
            if not self._queued[key]:
                del self._queued[key], self._chats[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""


def _chat_key(update: object) -> int:
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return update.effective_user.id
    return 0
