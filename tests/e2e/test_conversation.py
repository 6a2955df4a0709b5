"""A conversation through the emulator: edited questions, captions, hints, the /ask prompt, More."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from tests.botapi.emulator import JSON, TelegramEmulator
from tests.e2e.conftest import ADMIN, ALLOWED, GROUP, BotProcess, start_bot

CRIMEA = "cede the regions of Crimea, Luhansk, and Donetsk"
WITKOFF = "Steve Witkoff"


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Poll `condition` until it holds, failing after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the condition never held")
        time.sleep(0.05)


def more_data(message: JSON) -> str:
    """The callback data of a message's More button."""
    return str(message["reply_markup"]["inline_keyboard"][0][0]["callback_data"])


def test_an_edited_question_edits_its_answer_or_is_answered_anew(
    emulator: TelegramEmulator, bot: BotProcess
) -> None:
    asked = emulator.send_message(ALLOWED, "what happens to Crimea?")
    [answer] = emulator.wait_for_messages(ALLOWED, 1)
    emulator.edit_message(ALLOWED, asked["message_id"], "who drafted the original plan?")
    wait_until(lambda: bool(emulator.edits(ALLOWED)))
    edited = emulator.message(ALLOWED, answer["message_id"])
    assert WITKOFF in edited["text"]
    assert CRIMEA not in edited["text"]
    # When the answer cannot be edited (here Telegram refuses), the new wording gets a new answer.
    emulator.inject("editMessageText", "400", description="Bad Request: message can't be edited")
    emulator.edit_message(ALLOWED, asked["message_id"], "what happens to Crimea?")
    [_, fresh] = emulator.wait_for_messages(ALLOWED, 2)
    assert CRIMEA in fresh["plain_text"]
    assert fresh["reply_to_message_id"] == asked["message_id"]


def test_a_photo_caption_is_a_question_but_an_admin_document_is_an_upload(
    emulator: TelegramEmulator, bot: BotProcess
) -> None:
    photo = emulator.send_photo(ALLOWED, caption="what happens to Crimea?")
    [answer] = emulator.wait_for_messages(ALLOWED, 1)
    assert CRIMEA in answer["plain_text"]
    assert answer["reply_to_message_id"] == photo["message_id"]
    body = b"Harbour ferry timetable changes\n\nThe harbour ferry will run every twenty minutes from May.\n"
    emulator.send_document(ADMIN, "ferry.txt", body, caption="how often will the ferry run?")
    [added] = emulator.wait_for_messages(ADMIN, 1)
    assert added["plain_text"].startswith("Added")


def test_stickers_voice_notes_and_unknown_commands_get_a_one_line_hint(
    emulator: TelegramEmulator, bot: BotProcess
) -> None:
    emulator.send_sticker(ALLOWED)
    emulator.send_voice(ALLOWED)
    emulator.send_message(ALLOWED, "/foo")
    sticker, voice, command = (m["plain_text"] for m in emulator.wait_for_messages(ALLOWED, 3))
    assert "typed as text" in sticker
    assert "voice notes" in voice
    assert command.startswith("I don't know /foo.")
    assert all("\n" not in hint for hint in (sticker, voice, command))


def test_a_long_message_is_answered_from_its_last_question(
    emulator: TelegramEmulator, bot: BotProcess
) -> None:
    preamble = "I have been reading a great deal about the negotiations lately. " * 45
    emulator.send_message(ALLOWED, f"{preamble}So, what happens to Crimea?")
    [answer] = emulator.wait_for_messages(ALLOWED, 1)
    assert answer["plain_text"].startswith("Your message was long (")
    assert "“So, what happens to Crimea?”" in answer["plain_text"]
    assert CRIMEA in answer["plain_text"]


def test_ask_alone_prompts_and_the_reply_to_the_prompt_is_answered_in_a_group(
    emulator: TelegramEmulator, bot: BotProcess
) -> None:
    def say(text: str, reply_to: int | None = None) -> JSON:
        return emulator.send_message(
            GROUP, text, chat_type="supergroup", user_id=ALLOWED, reply_to_message_id=reply_to
        )

    command = say(f"/ask@{emulator.bot_username}")
    [prompt] = emulator.wait_for_messages(GROUP, 1)
    assert prompt["plain_text"] == "What would you like to know?"
    assert prompt["reply_markup"]["force_reply"] is True
    assert prompt["reply_to_message_id"] == command["message_id"]
    reply = say("what happens to Crimea?", reply_to=prompt["message_id"])
    [_, answer] = emulator.wait_for_messages(GROUP, 2)
    assert CRIMEA in answer["plain_text"]
    assert answer["reply_to_message_id"] == reply["message_id"]


def test_more_is_threaded_to_the_answer_and_sent_even_when_the_query_is_too_old(
    emulator: TelegramEmulator, bot: BotProcess
) -> None:
    emulator.send_message(ALLOWED, "sanctions")
    [answer] = emulator.wait_for_messages(ALLOWED, 1)
    # The bot sees the press too late to answer the query: the passages come all the same.
    emulator.press_button(ALLOWED, answer["message_id"], more_data(answer), expired=True)
    [_, page] = emulator.wait_for_messages(ALLOWED, 2)
    assert page["plain_text"].startswith("More on “sanctions”")
    assert page["reply_to_message_id"] == answer["message_id"]
    assert page["plain_text"].split("\n")[2] not in answer["plain_text"]
    wait_until(lambda: "reply_markup" not in emulator.message(ALLOWED, answer["message_id"]))
    assert emulator.callback_answers() == []


def test_after_a_restart_more_says_it_expired_and_the_button_goes(
    emulator: TelegramEmulator, tmp_path: Path
) -> None:
    first = start_bot(emulator, tmp_path / "first")
    emulator.send_message(ALLOWED, "sanctions")
    [answer] = emulator.wait_for_messages(ALLOWED, 1)
    assert first.stop() == 0
    second = start_bot(emulator, tmp_path / "second")
    try:
        emulator.press_button(ALLOWED, answer["message_id"], more_data(answer))
        emulator.wait_for_calls("answerCallbackQuery", 1)
        [toast] = emulator.callback_answers()
        assert "expired" in toast["text"]
        assert "ask your question again" in toast["text"]
        wait_until(lambda: "reply_markup" not in emulator.message(ALLOWED, answer["message_id"]))
        assert len(emulator.sent_messages(ALLOWED)) == 1
    finally:
        assert second.stop() == 0
