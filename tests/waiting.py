"""Waiting for a condition with a deadline: the only way tests wait for something to happen."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

POLL_SECONDS = 0.02


def wait_until(
    condition: Callable[[], object],
    timeout: float = 10.0,
    what: str = "the condition",
    poll: float = POLL_SECONDS,
) -> float:
    """Poll `condition` until it is true; the seconds it took. TimeoutError after `timeout` seconds."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise TimeoutError(f"{what} did not happen within {timeout} s")
        time.sleep(poll)
    return time.monotonic() - started


async def until(condition: Callable[[], object], limit: float = 10.0, what: str = "the condition") -> float:
    """`wait_until` for a coroutine: polls without blocking the event loop the condition depends on."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > limit:
            raise TimeoutError(f"{what} did not happen within {limit} s")
        await asyncio.sleep(POLL_SECONDS)
    return time.monotonic() - started
