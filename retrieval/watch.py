"""Watching the document folder: a change on disk reaches the answers within about a second."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from retrieval.loader import FolderError, is_candidate, scan

log = logging.getLogger("retrieval.watch")

DEBOUNCE_MS = 250
SETTLE_SECONDS = 0.2  # a file whose size or mtime still moves is still being written
SETTLE_LIMIT = 5.0
RESCAN_SECONDS = 30.0  # a safety net for events a network or container file system never sends


class Refreshable(Protocol):
    """What the watcher drives (retrieval.Library)."""

    folder: Path

    def refresh(self) -> object:
        """Rescan the folder and swap in a new index if anything changed."""


class FolderWatcher:
    """Refreshes a library when its folder changes: file events with watchfiles, else periodic rescans."""

    def __init__(self, library: Refreshable, on_refresh: Callable[[], None] | None = None) -> None:
        self._library = library
        self._on_refresh = on_refresh

    async def run(self, stop: asyncio.Event) -> None:
        """Watch until `stop` is set; never raises (a failure falls back to polling)."""
        rescans = asyncio.create_task(self._rescan_forever(stop))
        try:
            await self._watch_events(stop)
        except Exception as exc:  # noqa: BLE001 - inotify limits, vanished folders: polling still works
            log.warning(
                "file events unavailable for %s (%s); rescanning every %ss instead",
                self._library.folder,
                exc,
                RESCAN_SECONDS,
            )
            await stop.wait()
        finally:
            rescans.cancel()

    async def _watch_events(self, stop: asyncio.Event) -> None:
        from watchfiles import awatch  # noqa: PLC0415 - optional at import time for the engine's users

        folder = self._library.folder
        async for changes in awatch(
            folder,
            debounce=DEBOUNCE_MS,
            step=50,
            stop_event=stop,
            watch_filter=lambda _, path: _relevant(folder, path),
        ):
            log.debug("%d file events in %s", len(changes), folder)
            await self._settle()
            await self.refresh()

    async def _rescan_forever(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), RESCAN_SECONDS)
            except TimeoutError:
                await self.refresh()

    async def _settle(self) -> None:
        """Wait until no candidate file changes size or mtime between two looks."""
        previous = await asyncio.to_thread(_fingerprint, self._library.folder)
        waited = 0.0
        while waited < SETTLE_LIMIT:
            await asyncio.sleep(SETTLE_SECONDS)
            waited += SETTLE_SECONDS
            current = await asyncio.to_thread(_fingerprint, self._library.folder)
            if current == previous:
                return
            previous = current

    async def refresh(self) -> None:
        """Re-index off the event loop; a failure is logged and the previous index keeps serving."""
        try:
            change = await asyncio.to_thread(self._library.refresh)
        except FolderError as exc:
            log.warning("%s; still serving the articles loaded before", exc)
            return
        except Exception:  # a watcher that died would silently freeze the folder
            log.exception("re-indexing %s failed; still serving the previous index", self._library.folder)
            return
        if change and self._on_refresh is not None:
            self._on_refresh()


def _relevant(folder: Path, path: str) -> bool:
    try:
        relative = Path(path).relative_to(folder.resolve()).as_posix()
    except ValueError:
        try:
            relative = Path(path).relative_to(folder).as_posix()
        except ValueError:
            return False
    # Deleting or renaming a directory matters too, and has no suffix.
    return is_candidate(relative) or "." not in Path(relative).name


def _fingerprint(folder: Path) -> frozenset[object]:
    try:
        return frozenset(key for key, _ in scan(folder))
    except FolderError:
        return frozenset()
