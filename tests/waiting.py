"""Waiting for a condition with a deadline: the only way tests wait for something to happen."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable
from pathlib import Path

from retrieval import Library

POLL_SECONDS = 0.02
# Longer than a watcher takes to re-index one small file (debounce, settle, refresh: about 0.3 s), so a
# probe seen is not rewritten while it is being read.
PROBE_SECONDS = 0.5


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


async def until_watching(library: Library, probe: Path, limit: float = 10.0) -> None:
    """Return once a FolderWatcher started on `library` acts on file events (until it watches, a change
    is missed): `probe`, a file in the folder, is rewritten every PROBE_SECONDS until the index changes."""
    deadline = time.monotonic() + limit
    before = library.snapshot
    for number in itertools.count():
        _write_probe(probe, number)
        try:
            await until(lambda: library.snapshot is not before, PROBE_SECONDS, "a re-index")
        except TimeoutError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the watcher saw no change to {probe} within {limit} s") from None
        else:
            return


def _write_probe(probe: Path, number: int) -> None:
    probe.write_text(f"Probe\n\nThe watcher probe was written {number + 1} times.\n", encoding="utf-8")
