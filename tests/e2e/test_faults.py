"""A flaky Telegram: every question the emulator accepted gets exactly one answer; the bot never exits."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.botapi.emulator import JSON, ApiCall, TelegramEmulator
from tests.e2e.conftest import Served, start_bot
from tests.people import ALLOWED
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


def sends(emu: TelegramEmulator, chat: int) -> list[ApiCall]:
    """The bot's sendMessage calls to `chat`, failed ones included."""
    return [call for call in emu.calls("sendMessage") if call.params.get("chat_id") == chat]


@pytest.mark.parametrize("fault", ["http500", "http502", "drop"])
def test_send_failures_are_retried_into_exactly_one_answer(served: Served, fault: str) -> None:
    served.emulator.inject("sendMessage", fault, times=2)
    [answer] = ask_once(served.emulator, served.chat)
    assert CRIMEA in str(answer["plain_text"])
    assert len(sends(served.emulator, served.chat)) == 3 + 1  # two failures, the answer, the reply to /help


def test_429_waits_retry_after_then_delivers_once(served: Served) -> None:
    served.emulator.inject("sendMessage", "429", retry_after=2)
    started = time.monotonic()
    [answer] = ask_once(served.emulator, served.chat)
    assert CRIMEA in str(answer["plain_text"])
    calls = sends(served.emulator, served.chat)
    assert calls[1].time - calls[0].time >= 2.0
    assert time.monotonic() - started >= 2.0


def test_a_timed_out_send_is_not_sent_twice(served: Served) -> None:
    # The emulator delivers, then answers after the client gave up: a retry would duplicate.
    served.emulator.inject("sendMessage", "timeout", seconds=7)
    [answer] = ask_once(served.emulator, served.chat, timeout=30)
    assert CRIMEA in str(answer["plain_text"])


def fail_polls(served: Served, fault: str, times: int, seconds: float = 6.0) -> int:
    """Make the bot's next `times` polls fail with `fault`; return once the first has, with the number of
    polls before. A question asked then reaches the bot only once it is past all of them (asked earlier,
    the poll under way would take it and no fault would stand in its way)."""
    emulator = served.emulator
    polls = len(emulator.calls("getUpdates"))
    emulator.inject("getUpdates", fault, times=times, seconds=seconds)
    emulator.send_message(served.chats[1], "/help")  # ends the poll under way, else it runs for 10 s

    def failed() -> bool:
        return any(call.fault == fault for call in emulator.calls("getUpdates")[polls:])

    wait_until(failed, what=f"a poll failing with {fault}")
    return polls


@pytest.mark.parametrize("fault", ["http500", "http502", "drop", "409"])
def test_polling_survives_get_updates_faults(served: Served, fault: str) -> None:
    polls = fail_polls(served, fault, times=3)
    [answer] = ask_once(served.emulator, served.chat)
    assert CRIMEA in str(answer["plain_text"])
    assert [call.fault for call in served.emulator.calls("getUpdates")[polls:]].count(fault) == 3
    if fault == "409":
        assert served.new_log().count("another process is polling with this bot token") == 1


def test_polling_survives_a_get_updates_timeout(served: Served) -> None:
    # The bot has to give up on the poll whose answer is late (after its read timeout) and poll again.
    fail_polls(served, "timeout", times=1, seconds=14)
    [answer] = ask_once(served.emulator, served.chat, timeout=40)
    assert CRIMEA in str(answer["plain_text"])


def test_start_up_without_telegram_then_recover(emulator: TelegramEmulator, tmp_path: Path) -> None:
    emulator.inject("deleteWebhook", "http502", times=2)
    process = start_bot(emulator, tmp_path / "second")
    try:
        [answer] = ask_once(emulator)
        assert CRIMEA in str(answer["plain_text"])
    finally:
        assert process.stop() == 0
