"""A flaky Telegram: every question the emulator accepted gets exactly one answer; the bot never exits."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.botapi.emulator import JSON, TelegramEmulator
from tests.e2e.conftest import BotProcess, start_bot
from tests.people import ALLOWED, ALLOWED_2
from tests.waiting import wait_until

CRIMEA = "cede the regions of Crimea"
BARRIER = "/help"


def ask_once(emu: TelegramEmulator, chat: int = ALLOWED, timeout: float = 30) -> list[JSON]:
    """Ask the Crimea question; everything the bot sent to the chat for it, once it is done with it.

    /help follows the question: the bot handles a chat's updates one after another, so once /help is
    answered the question has been handled to the end, retries and error handling included, and a
    message it sent twice would be there to see.
    """
    emu.send_message(chat, "what happens to Crimea?")
    emu.send_message(chat, BARRIER)
    wait_until(lambda: any(is_help(m) for m in emu.sent_messages(chat)), timeout, "the reply to /help")
    *sent, last = emu.sent_messages(chat)
    assert is_help(last)
    return sent


def is_help(message: JSON) -> bool:
    return "/ask@" in str(message["plain_text"]) and CRIMEA not in str(message["plain_text"])


@pytest.mark.parametrize("fault", ["http500", "http502", "drop"])
def test_send_failures_are_retried_into_exactly_one_answer(
    emulator: TelegramEmulator, bot: BotProcess, fault: str
) -> None:
    emulator.inject("sendMessage", fault, times=2)
    [answer] = ask_once(emulator)
    assert CRIMEA in str(answer["plain_text"])
    assert len(emulator.calls("sendMessage")) == 3 + 1  # two failures, the answer, the reply to /help


def test_429_waits_retry_after_then_delivers_once(emulator: TelegramEmulator, bot: BotProcess) -> None:
    emulator.inject("sendMessage", "429", retry_after=2)
    started = time.monotonic()
    [answer] = ask_once(emulator)
    assert CRIMEA in str(answer["plain_text"])
    sends = emulator.calls("sendMessage")
    assert sends[1].time - sends[0].time >= 2.0
    assert time.monotonic() - started >= 2.0


def test_a_timed_out_send_is_not_sent_twice(emulator: TelegramEmulator, bot: BotProcess) -> None:
    # The emulator delivers, then answers after the client gave up: a retry would duplicate.
    emulator.inject("sendMessage", "timeout", seconds=7)
    [answer] = ask_once(emulator, timeout=30)
    assert CRIMEA in str(answer["plain_text"])


@pytest.mark.parametrize("fault", ["http500", "http502", "drop", "409"])
def test_polling_survives_get_updates_faults(emulator: TelegramEmulator, bot: BotProcess, fault: str) -> None:
    emulator.inject("getUpdates", fault, times=3)
    [answer] = ask_once(emulator)
    assert CRIMEA in str(answer["plain_text"])
    if fault == "409":
        assert bot.log_text().count("another process is polling with this bot token") == 1


def test_polling_survives_a_get_updates_timeout(emulator: TelegramEmulator, bot: BotProcess) -> None:
    emulator.inject("getUpdates", "timeout", seconds=14)
    # The poll under way ends with this update (else it runs its 10 s), and the next one takes the fault.
    emulator.send_message(ALLOWED_2, "/help")
    # The question comes while the bot waits on the poll whose answer will be late: it has to give up on
    # that poll (after its read timeout) and poll again to get it.
    wait_until(lambda: any(c.fault == "timeout" for c in emulator.calls("getUpdates")), what="the late poll")
    [answer] = ask_once(emulator, timeout=40)
    assert CRIMEA in str(answer["plain_text"])


def test_start_up_without_telegram_then_recover(emulator: TelegramEmulator, tmp_path: Path) -> None:
    emulator.inject("deleteWebhook", "http502", times=2)
    process = start_bot(emulator, tmp_path / "second")
    try:
        [answer] = ask_once(emulator)
        assert CRIMEA in str(answer["plain_text"])
    finally:
        assert process.stop() == 0
