"""The bot as `talksbot run` builds it, in this process, over a copy of the evaluation articles."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

from config import ChatAccess
from tests.bot.offline import TOKEN, OfflineBot, copy_fixtures, start_offline_bot
from tests.botapi.emulator import TelegramEmulator

StartBot = Callable[..., Awaitable[OfflineBot]]


@pytest.fixture
def emulator(monkeypatch: pytest.MonkeyPatch) -> TelegramEmulator:
    """The Bot API the bot talks to, in memory (no server is started)."""
    # As bot/__main__.py does: PTB 22 warns unless durations are timedeltas.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    return TelegramEmulator(token=TOKEN)


@pytest.fixture
async def start_bot(
    emulator: TelegramEmulator, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> AsyncIterator[StartBot]:
    """Starts our Application over one folder and cache; a second start is the same bot restarted.

    Every bot started is stopped afterwards, and a handler error no test expected fails the test.
    """
    started: list[OfflineBot] = []
    docs, cache = tmp_path / "docs", tmp_path / "cache"

    async def start(allowed: ChatAccess | None = None) -> OfflineBot:
        if not docs.exists():
            copy_fixtures(docs)
        started.append(await start_offline_bot(emulator, docs, cache, allowed))
        return started[-1]

    try:
        yield start
    finally:
        for bot in started:
            await bot.stop()
    assert emulator.server_errors() == []
    errors = [r.getMessage() for r in caplog.get_records("call") if r.levelno >= logging.ERROR]
    assert any(bot.errors_expected for bot in started) or errors == []


@pytest.fixture
async def talksbot(start_bot: StartBot) -> OfflineBot:
    """Our Application serving the evaluation articles to the chats in tests.people."""
    return await start_bot()
