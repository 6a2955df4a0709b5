"""Start-up and stop against the emulator: a rejected token, an unreachable or refusing Telegram, SIGTERM."""

from __future__ import annotations

import re
import signal
import time
from pathlib import Path

import pytest

from tests.botapi.emulator import TelegramEmulator
from tests.e2e.conftest import (
    TOKEN,
    BotProcess,
    assert_no_secret,
    free_port,
    launch_bot,
    start_bot,
    wait_for_port,
)
from tests.people import ALLOWED
from tests.waiting import wait_until

UNREACHABLE = "cannot reach Telegram"
WEBHOOK_SECRET = "hook_secret-0123456789"


def problem_lines(bot: BotProcess) -> list[str]:
    """The WARNING, ERROR and CRITICAL lines of the bot's log."""
    return [line for line in bot.log_text().splitlines() if re.search(r" (WARNING|ERROR|CRITICAL) ", line)]


def sigterm_seconds(bot: BotProcess) -> float:
    """Send SIGTERM and return how long the process took to exit (it must exit 0)."""
    started = time.monotonic()
    bot.process.send_signal(signal.SIGTERM)
    code = bot.process.wait(timeout=30)
    elapsed = time.monotonic() - started
    assert code == 0, bot.log_text()
    return elapsed


def test_a_rejected_token_is_one_error_line_and_exit_1(emulator: TelegramEmulator, tmp_path: Path) -> None:
    rejected = "987654321:AAH-this-token-was-revoked-0123456789abc"
    bot = launch_bot(emulator, tmp_path, TALKSBOT_TOKEN=rejected)
    assert bot.process.wait(timeout=60) == 1
    [line] = problem_lines(bot)
    assert "ERROR" in line
    assert "Telegram rejected TALKSBOT_TOKEN" in line
    assert "Traceback" not in bot.log_text()
    assert_no_secret(bot, rejected)


@pytest.mark.parametrize("fault", ["drop", "http502", "timeout"])
def test_unreachable_telegram_warns_within_10_s_then_at_most_once_a_minute(
    emulator: TelegramEmulator, tmp_path: Path, fault: str
) -> None:
    # Telegram is back from the third attempt on: the bot waits out the two failures (1 s, then 2 s
    # apart), not the 4 s after a third, as it would if the faults lasted until the test cleared them.
    emulator.inject("getMe", fault, times=2, seconds=30)
    bot = launch_bot(emulator, tmp_path)
    try:
        # The 10 s run from the bot's first try to reach Telegram: start-up before it (imports, indexing
        # the folder) is not Telegram's to be late for, and is slow on a loaded machine.
        emulator.wait_for_calls("getMe", 1, timeout=60)
        tried = time.monotonic()
        wait_until(lambda: UNREACHABLE in bot.log_text(), 10 - (time.monotonic() - tried), "a WARNING")
        # A second failed attempt, and the third under way: still one line.
        emulator.wait_for_calls("getMe", 3, timeout=30)
        [line] = problem_lines(bot)
        assert " WARNING " in line
        assert UNREACHABLE in line
        emulator.send_message(ALLOWED, "what happens to Crimea?")
        assert "Crimea" in emulator.wait_for_messages(ALLOWED, 1, timeout=30)[0]["plain_text"]
    finally:
        assert bot.stop() == 0
    assert_no_secret(bot, TOKEN)


def test_no_server_at_the_api_url_warns_within_10_s(emulator: TelegramEmulator, tmp_path: Path) -> None:
    bot = launch_bot(emulator, tmp_path, TALKSBOT_API_URL=f"http://127.0.0.1:{free_port()}")
    try:
        # As above, the 10 s run from the bot's first try to reach Telegram, which follows the "serving"
        # line: imports and indexing before it are slow on a loaded machine (this failed there at 10 s).
        wait_until(lambda: " serving " in bot.log_text(), 60, "the serving line")
        started = time.monotonic()
        wait_until(lambda: UNREACHABLE in bot.log_text(), 10 - (time.monotonic() - started), "a WARNING")
        assert sigterm_seconds(bot) < 5
    finally:
        bot.stop()
    assert "Traceback" not in bot.log_text()


def test_a_refused_webhook_is_one_error_line_with_telegrams_reason_and_exit_1(
    emulator: TelegramEmulator, tmp_path: Path
) -> None:
    reason = "Bad Request: bad webhook: Failed to resolve host: Name or service not known"
    emulator.inject("setWebhook", "400", description=reason)
    bot = launch_bot(
        emulator,
        tmp_path,
        TALKSBOT_WEBHOOK_URL="https://bot.example.invalid/telegram",
        TALKSBOT_WEBHOOK_SECRET=WEBHOOK_SECRET,
        TALKSBOT_WEBHOOK_LISTEN="127.0.0.1",
        TALKSBOT_WEBHOOK_PORT=str(free_port()),
    )
    assert bot.process.wait(timeout=60) == 1
    [line] = problem_lines(bot)
    assert " ERROR " in line
    assert "refused to set the webhook https://bot.example.invalid/telegram" in line
    assert "failed to resolve host: name or service not known" in line.lower()
    assert "Traceback" not in bot.log_text()
    assert_no_secret(bot, WEBHOOK_SECRET)


def test_sigterm_while_polling_exits_0_within_5_s(emulator: TelegramEmulator, tmp_path: Path) -> None:
    bot = start_bot(emulator, tmp_path)
    assert sigterm_seconds(bot) < 5


def test_sigterm_while_telegram_hangs_exits_0_within_5_s(emulator: TelegramEmulator, tmp_path: Path) -> None:
    bot = start_bot(emulator, tmp_path)
    # Every request from now on is answered only after 30 s: the stop cannot wait for Telegram.
    for method in ("getUpdates", "sendMessage", "deleteWebhook"):
        emulator.inject(method, "timeout", times=100, seconds=30)
    emulator.send_message(ALLOWED, "what happens to Crimea?")
    emulator.wait_for_calls("sendMessage", 1, timeout=30)
    assert sigterm_seconds(bot) < 5


def test_sigterm_during_start_up_retries_exits_0_within_5_s(
    emulator: TelegramEmulator, tmp_path: Path
) -> None:
    emulator.inject("getMe", "timeout", times=100, seconds=30)
    bot = launch_bot(emulator, tmp_path)
    emulator.wait_for_calls("getMe", 1, timeout=30)
    assert sigterm_seconds(bot) < 5


def test_sigterm_in_webhook_mode_exits_0_within_5_s(emulator: TelegramEmulator, tmp_path: Path) -> None:
    port = free_port()
    bot = start_bot(
        emulator,
        tmp_path,
        ready="setWebhook",
        TALKSBOT_WEBHOOK_URL="https://bot.example.com:8443/telegram",
        TALKSBOT_WEBHOOK_SECRET=WEBHOOK_SECRET,
        TALKSBOT_WEBHOOK_LISTEN="127.0.0.1",
        TALKSBOT_WEBHOOK_PORT=str(port),
    )
    wait_for_port(port)
    assert sigterm_seconds(bot) < 5
