"""The real bot process, driven through the Bot API emulator over HTTP on 127.0.0.1."""

from __future__ import annotations

import time

from tests.botapi.emulator import TelegramEmulator
from tests.e2e.conftest import ALLOWED, ALLOWED_2, GROUP, STRANGER, TOKEN, BotProcess

CRIMEA = "cede the regions of Crimea, Luhansk, and Donetsk"


def settle(emu: TelegramEmulator, seconds: float = 0.6) -> None:
    """Give the bot time to (not) act on an update that should be ignored."""
    time.sleep(seconds)


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
    assert "typing" in emulator.chat_actions(ALLOWED)
    assert [c["command"] for c in emulator.commands()] == ["ask", "sources", "help"]


def test_a_chat_that_is_not_allowed_gets_its_id_and_no_article_content(
    emulator: TelegramEmulator, bot: BotProcess
) -> None:
    emulator.send_message(STRANGER, "what happens to Crimea?")
    [refusal] = emulator.wait_for_messages(STRANGER, 1)
    assert str(STRANGER) in refusal["plain_text"]
    assert "Crimea" not in refusal["plain_text"]
    emulator.send_message(STRANGER, "/sources")
    emulator.send_message(STRANGER, "/ask crimea")
    emulator.send_message(ALLOWED, "crimea")
    emulator.wait_for_messages(ALLOWED, 1)
    settle(emulator)
    assert len(emulator.sent_messages(STRANGER)) == 1


def test_groups_answer_ask_for_this_bot_only_and_replies_to_the_bot(
    emulator: TelegramEmulator, bot: BotProcess
) -> None:
    def say(text: str, reply_to: int | None = None) -> None:
        emulator.send_message(
            GROUP,
            text,
            chat_type="supergroup",
            user_id=ALLOWED,
            chat_title="Newsroom",
            reply_to_message_id=reply_to,
        )

    say("/ask@OtherBot what happens to Crimea?")
    say("what happens to Crimea?")
    say(f"/ask@{emulator.bot_username} what happens to Crimea?")
    [answer] = emulator.wait_for_messages(GROUP, 1)
    assert CRIMEA in answer["plain_text"]
    say("who drafted the original plan?", reply_to=answer["message_id"])
    replies = emulator.wait_for_messages(GROUP, 2)
    assert "Steve Witkoff" in replies[1]["plain_text"]
    settle(emulator)
    assert len(emulator.sent_messages(GROUP)) == 2


def test_hostile_input_does_not_break_the_next_answer(emulator: TelegramEmulator, bot: BotProcess) -> None:
    hostile = [
        "<script>alert(1)</script> & <b>",
        "*_[`~>#+-=|{}.!]",
        "\u202e\u0000\ufeff",
        "а" * 4000,
        "🇺🇦" * 300,
    ]
    for text in hostile:
        emulator.send_message(ALLOWED, text)
    emulator.send_message(ALLOWED, "what happens to Crimea?")
    replies = emulator.wait_for_messages(ALLOWED, len(hostile) + 1)
    assert CRIMEA in replies[-1]["plain_text"]
    assert "&lt;script&gt;" not in "".join(r["plain_text"] for r in replies)
    assert "went wrong" not in "".join(r["plain_text"] for r in replies)


def test_more_shows_different_passages_and_only_in_its_own_chat(
    emulator: TelegramEmulator, bot: BotProcess
) -> None:
    emulator.send_message(ALLOWED, "sanctions")
    emulator.send_message(ALLOWED_2, "crimea")
    [first] = emulator.wait_for_messages(ALLOWED, 1)
    [other] = emulator.wait_for_messages(ALLOWED_2, 1)
    data = first["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    assert len(data.encode()) <= 64
    # Another chat replays the first chat's button data on a message of its own.
    emulator.press_button(ALLOWED_2, other["message_id"], data, force=True)
    emulator.press_button(ALLOWED, first["message_id"], data)
    second = emulator.wait_for_messages(ALLOWED, 2)[1]
    assert second["plain_text"]
    assert second["plain_text"].split("\n")[0] not in first["plain_text"]
    settle(emulator)
    assert len(emulator.sent_messages(ALLOWED_2)) == 1
    assert any("expired" in str(a.get("text", "")) for a in emulator.callback_answers())


def test_an_edit_replaces_its_answer_and_commands_work(emulator: TelegramEmulator, bot: BotProcess) -> None:
    asked = emulator.send_message(ALLOWED, "crimea")
    emulator.wait_for_messages(ALLOWED, 1)
    emulator.edit_message(ALLOWED, asked["message_id"], "who drafted the original plan?")
    emulator.send_message(ALLOWED, "/start")
    emulator.send_message(ALLOWED, "/help")
    emulator.send_message(ALLOWED, "/sources")
    replies = emulator.wait_for_messages(ALLOWED, 4)
    assert "articles" in replies[1]["plain_text"]
    assert f"/ask@{emulator.bot_username}" in replies[2]["plain_text"]
    assert "newest first" in replies[3]["plain_text"]
    settle(emulator)
    # The edit changed the first answer in place: still four messages.
    assert len(emulator.sent_messages(ALLOWED)) == 4
    assert "Witkoff" in emulator.message(ALLOWED, replies[0]["message_id"])["text"]


def test_the_token_never_reaches_the_log(emulator: TelegramEmulator, bot: BotProcess) -> None:
    emulator.send_message(ALLOWED, f"my token is {TOKEN}")
    emulator.wait_for_messages(ALLOWED, 1)
    log = bot.log_text()
    assert "getUpdates" in log or "polling" in log
    assert TOKEN not in log
