"""Telegram refusing what the bot sends, in-process: HTML, a blocked chat, the typing indicator."""

from __future__ import annotations

import logging
import time

import pytest

from tests.bot.offline import OfflineBot
from tests.people import ALLOWED
from tests.waiting import until

CRIMEA = "cede the regions of Crimea"


async def ask_once(bot: OfflineBot) -> list[dict[str, object]]:
    """Ask the Crimea question; everything the bot sent to the chat once it has handled it."""
    bot.emulator.send_message(ALLOWED, "what happens to Crimea?")
    await bot.process()
    return bot.emulator.sent_messages(ALLOWED)


async def test_html_refused_by_telegram_is_resent_as_plain_text(talksbot: OfflineBot) -> None:
    talksbot.emulator.inject(
        "sendMessage", "400", description="Bad Request: can't parse entities: unexpected end tag"
    )
    [answer] = await ask_once(talksbot)
    assert answer["parse_mode"] is None
    assert CRIMEA in str(answer["plain_text"])


async def test_a_user_who_blocked_the_bot_is_logged_once_and_not_retried(
    talksbot: OfflineBot, caplog: pytest.LogCaptureFixture
) -> None:
    emulator = talksbot.emulator
    emulator.inject("sendMessage", "403", times=2)
    for _ in range(2):
        emulator.send_message(ALLOWED, "what happens to Crimea?")
    await talksbot.process()
    assert len(emulator.calls("sendMessage")) == 2
    assert caplog.text.count("blocked the bot") == 1
    [answer] = await ask_once(talksbot)
    assert CRIMEA in str(answer["plain_text"])


async def test_a_failing_typing_indicator_costs_nothing(talksbot: OfflineBot) -> None:
    talksbot.emulator.inject("sendChatAction", "http500")
    [answer] = await ask_once(talksbot)
    assert CRIMEA in str(answer["plain_text"])
    await until(lambda: talksbot.emulator.calls("sendChatAction"), what="the typing indicator")
    assert [call.fault for call in talksbot.emulator.calls("sendChatAction")] == ["http500"]


async def test_a_rate_limited_typing_indicator_never_delays_the_answer(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    emulator.inject("sendChatAction", "429", times=3, retry_after=4)
    started = time.monotonic()
    [answer] = await ask_once(talksbot)
    assert time.monotonic() - started < 2.0
    assert CRIMEA in str(answer["plain_text"])
    # Never retried, and skipped while Telegram asks to wait: one call for this question and the next.
    emulator.send_message(ALLOWED, "who drafted the original plan?")
    await talksbot.process()
    assert len(emulator.sent_messages(ALLOWED)) == 2
    assert time.monotonic() - started < 4.0
    assert len(emulator.calls("sendChatAction")) == 1


async def test_a_timed_out_send_is_logged_never_sent_again_nor_apologised_for(
    talksbot: OfflineBot, caplog: pytest.LogCaptureFixture
) -> None:
    # Telegram carried the send out, but its answer came after the client stopped waiting.
    talksbot.emulator.inject("sendMessage", "timeout")
    [answer] = await ask_once(talksbot)
    assert CRIMEA in str(answer["plain_text"])
    assert len(talksbot.emulator.calls("sendMessage")) == 1
    [warning] = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert "timed out" in warning
