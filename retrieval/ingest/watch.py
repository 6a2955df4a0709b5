"""Watching the document folder: a change on disk reaches the answers within about a second."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Protocol

from retrieval.errors import FolderError
from retrieval.ingest.loader import PARTIAL

log = logging.getLogger("retrieval.watch")

DEBOUNCE_MS = 250
SETTLE_SECONDS = 0.2  # a file whose size or mtime still moves is still being written
SETTLE_LIMIT = 5.0
RESCAN_SECONDS = 30.0  # a safety net for events a network or container file system never sends
# File events follow the directory, not its name: this often, check the name still leads to it.
IDENTITY_SECONDS = 0.25


class Refreshable(Protocol):
    """What the watcher drives (retrieval.Library)."""

    folder: Path

    def refresh(self, paths: Collection[str] | None = None) -> object:
        """Rescan the folder (or only `paths`) and swap in a new index if anything changed."""


class FolderWatcher:
    """Refreshes a library when its folder changes: file events with watchfiles, else periodic rescans."""

    def __init__(self, library: Refreshable, on_refresh: Callable[[], None] | None = None) -> None:
        self._library = library
        self._on_refresh = on_refresh

    async def run(self, stop: asyncio.Event) -> None:
        """Watch until `stop` is set; never raises (a failure falls back to polling).

        Whenever the folder is replaced (deleted and made again, renamed away and another renamed in, a
        symlink pointed elsewhere), file events are watched on the new folder and it is read anew.
        """
        rescans = asyncio.create_task(self._rescan_forever(stop))
        replaced = False
        try:
            while await self._folder_appears(stop):
                watched = _identity(self._library.folder)
                halt = asyncio.Event()
                guard = asyncio.create_task(_halt_when_replaced(self._library.folder, watched, stop, halt))
                catch_up = None
                if replaced:
                    log.info("document folder %s was replaced; watching the new one", self._library.folder)
                    # Read the new folder once its events are watched, so no file slips between the two.
                    catch_up = asyncio.create_task(self._refresh_after(SETTLE_SECONDS))
                try:
                    await self._watch_until(halt)
                finally:
                    guard.cancel()
                    if catch_up is not None:
                        catch_up.cancel()
                replaced = not stop.is_set()
        finally:
            rescans.cancel()

    async def _folder_appears(self, stop: asyncio.Event) -> bool:
        """Wait until the folder exists (True), or until `stop` is set (False)."""
        folder = self._library.folder
        if _identity(folder) is None and not stop.is_set():
            log.warning("document folder %s is gone; still serving its articles until it is back", folder)
        while _identity(folder) is None and not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), IDENTITY_SECONDS)
            except TimeoutError:
                continue
        return not stop.is_set()

    async def _refresh_after(self, seconds: float) -> None:
        await asyncio.sleep(seconds)
        await self.refresh()

    async def _watch_until(self, halt: asyncio.Event) -> None:
        try:
            await self._watch_events(halt)
        except Exception as exc:  # noqa: BLE001 - inotify limits, vanished folders: polling still works
            log.warning(
                "file events unavailable for %s (%s); rescanning every %ss instead",
                self._library.folder,
                exc,
                RESCAN_SECONDS,
            )
            await halt.wait()

    async def _watch_events(self, halt: asyncio.Event) -> None:
        """Refresh on file events until `halt` is set or the watched directory itself is deleted."""
        from watchfiles import Change, awatch  # noqa: PLC0415 - optional at import time for the engine's users

        folder = self._library.folder
        roots = {str(folder.absolute()), str(folder.resolve())}
        async for changes in awatch(
            folder,
            debounce=DEBOUNCE_MS,
            step=50,
            stop_event=halt,
            watch_filter=lambda _, path: _relative(folder, path) is not None,
        ):
            log.debug("%d file events in %s", len(changes), folder)
            paths = {relative for _, path in changes if (relative := _relative(folder, path)) is not None}
            await self._settle(paths)
            await self.refresh(paths)
            # Deleted and made again at once, a directory may get its old inode number back: only this
            # event tells the watch is on a directory that is gone.
            if any(change == Change.deleted and path in roots for change, path in changes):
                return

    async def _rescan_forever(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), RESCAN_SECONDS)
            except TimeoutError:
                await self.refresh()

    async def _settle(self, paths: Collection[str]) -> None:
        """Wait until none of the changed files changes size or mtime between two looks."""
        previous = _fingerprint(self._library.folder, paths)
        waited = 0.0
        while waited < SETTLE_LIMIT:
            await asyncio.sleep(SETTLE_SECONDS)
            waited += SETTLE_SECONDS
            current = _fingerprint(self._library.folder, paths)
            if current == previous:
                return
            previous = current

    async def refresh(self, paths: Collection[str] | None = None) -> None:
        """Re-index off the event loop; a failure is logged and the previous index keeps serving."""
        try:
            change = await asyncio.to_thread(self._library.refresh, paths)
        except FolderError as exc:
            log.warning("%s; still serving the articles loaded before", exc)
            return
        except Exception:  # a watcher that died would silently freeze the folder
            log.exception("re-indexing %s failed; still serving the previous index", self._library.folder)
            return
        if change and self._on_refresh is not None:
            self._on_refresh()


def _identity(folder: Path) -> tuple[str, int, int] | None:
    """Where the folder's name leads now (through any symlink), and which directory that is."""
    try:
        stat = folder.stat()
        return str(folder.resolve()), stat.st_dev, stat.st_ino
    except OSError:
        return None


async def _halt_when_replaced(
    folder: Path, watched: tuple[str, int, int] | None, stop: asyncio.Event, halt: asyncio.Event
) -> None:
    """Set `halt` once `stop` is set or the folder's name no longer leads to the watched directory."""
    while not stop.is_set() and _identity(folder) == watched:
        try:
            await asyncio.wait_for(stop.wait(), IDENTITY_SECONDS)
        except TimeoutError:
            continue
    halt.set()


def _relative(folder: Path, path: str) -> str | None:
    """`path` relative to the folder if a change there may matter (a candidate file or a directory)."""
    for base in (folder.resolve(), folder.absolute()):
        try:
            relative = Path(path).relative_to(base).as_posix()
        except ValueError:
            continue
        # Directories matter too ("2024.05" has a suffix): only hidden and partial files never do.
        name = Path(relative).name
        return None if name.startswith(".") or name.lower().endswith(PARTIAL) else relative
    return None


def _fingerprint(folder: Path, paths: Collection[str]) -> dict[str, tuple[int, int] | None]:
    """Size and mtime of each changed path (None if gone): a few stat calls, whatever the folder's size."""
    prints: dict[str, tuple[int, int] | None] = {}
    for relative in paths:
        try:
            stat = (folder / relative).stat()
            prints[relative] = (stat.st_size, stat.st_mtime_ns)
        except OSError:
            prints[relative] = None
    return prints
