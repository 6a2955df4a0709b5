"""Smoke tests of the real bot process through the Bot API emulator over HTTP on 127.0.0.1.

What the handlers do is tested in-process (tests/bot); these check that the process serves it.
"""

from __future__ import annotations

from tests.botapi.emulator import TelegramEmulator
from tests.e2e.conftest import TOKEN, BotProcess
from tests.people import ALLOWED
from tests.waiting import wait_until

CRIMEA = "cede the regions of Crimea, Luhansk, and Donetsk"


def test_an_allowed_private_chat_gets_the_crimea_sentence_with_its_source(
    emulator: TelegramEmulator, bot: BotProcess
) -> None:
    asked = emulator.send_message(ALLOWED, "what happens to Crimea?")
    [reply] = emulator.wait_for_messages(ALLOWED, 1)
    assert CRIMEA in reply["plain_text"]
    headline = "Conversations involving Washington, Moscow, and Kyiv have continued"
    assert f"— {headline} · Guy Birchall · added " in reply["plain_text"]
    assert reply["parse_mode"] == "HTML"
    assert "<b>Crimea</b>" in reply["text"]
    assert reply["reply_to_message_id"] == asked["message_id"]
    # The indicator is sent in the background, never awaited by the answer.
    wait_until(lambda: "typing" in emulator.chat_actions(ALLOWED), what="the typing indicator")
    assert [c["command"] for c in emulator.commands()] == ["ask", "sources", "help"]


def test_the_token_never_reaches_the_log(emulator: TelegramEmulator, bot: BotProcess) -> None:
    emulator.send_message(ALLOWED, f"my token is {TOKEN}")
    emulator.wait_for_messages(ALLOWED, 1)
    log = bot.log_text()
    assert "getUpdates" in log or "polling" in log
    assert TOKEN not in log
