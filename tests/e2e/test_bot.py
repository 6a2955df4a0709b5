"""Smoke tests of the real bot process through the Bot API emulator over HTTP on 127.0.0.1.

What the handlers do is tested in-process (tests/bot); these check that the process serves it.
"""

from __future__ import annotations

from tests.e2e.conftest import TOKEN, Served
from tests.waiting import wait_until

CRIMEA = "cede the regions of Crimea, Luhansk, and Donetsk"


def test_an_allowed_private_chat_gets_the_crimea_sentence_with_its_source(served: Served) -> None:
    emulator, chat = served.emulator, served.chat
    asked = emulator.send_message(chat, "what happens to Crimea?")
    [reply] = emulator.wait_for_messages(chat, 1)
    assert CRIMEA in reply["plain_text"]
    headline = "Conversations involving Washington, Moscow, and Kyiv have continued"
    assert f"— {headline} · Guy Birchall · added " in reply["plain_text"]
    assert reply["parse_mode"] == "HTML"
    assert "<b>Crimea</b>" in reply["text"]
    assert reply["reply_to_message_id"] == asked["message_id"]
    # The indicator is sent in the background, never awaited by the answer.
    wait_until(lambda: "typing" in emulator.chat_actions(chat), what="the typing indicator")
    assert [c["command"] for c in emulator.commands()] == ["ask", "sources", "help"]


def test_the_token_never_reaches_the_log(served: Served) -> None:
    served.emulator.send_message(served.chat, f"my token is {TOKEN}")
    served.emulator.wait_for_messages(served.chat, 1)
    log = served.bot.log_text()
    assert "getUpdates" in log or "polling" in log
    assert TOKEN not in log
