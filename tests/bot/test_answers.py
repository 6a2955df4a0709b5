"""Questions in a private chat, through our Application in-process: answers, sources, edits, captions."""

from __future__ import annotations

from pathlib import Path

from tests.bot.conftest import StartBot
from tests.bot.offline import OfflineBot
from tests.people import ADMIN, ALLOWED
from tests.waiting import until

CRIMEA = "cede the regions of Crimea, Luhansk, and Donetsk"
WITKOFF = "Steve Witkoff"


async def test_an_allowed_private_chat_gets_the_crimea_sentence_with_its_source(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    asked = emulator.send_message(ALLOWED, "what happens to Crimea?")
    await talksbot.process()
    [reply] = emulator.sent_messages(ALLOWED)
    assert CRIMEA in reply["plain_text"]
    headline = "Conversations involving Washington, Moscow, and Kyiv have continued"
    assert f"— {headline} · Guy Birchall · added " in reply["plain_text"]
    assert reply["parse_mode"] == "HTML"
    assert "<b>Crimea</b>" in reply["text"]
    assert reply["reply_to_message_id"] == asked["message_id"]
    # The indicator is sent in the background, never awaited by the answer.
    await until(lambda: "typing" in emulator.chat_actions(ALLOWED), what="the typing indicator")
    assert [c["command"] for c in emulator.commands()] == ["ask", "sources", "help"]


async def test_hostile_input_does_not_break_the_next_answer(talksbot: OfflineBot) -> None:
    hostile = [
        "<script>alert(1)</script> & <b>",
        "*_[`~>#+-=|{}.!]",
        "\u202e\u0000\ufeff",
        "а" * 4000,
        "🇺🇦" * 300,
    ]
    for text in hostile:
        talksbot.emulator.send_message(ALLOWED, text)
    talksbot.emulator.send_message(ALLOWED, "what happens to Crimea?")
    await talksbot.process()
    replies = talksbot.emulator.sent_messages(ALLOWED)
    assert len(replies) == len(hostile) + 1
    assert CRIMEA in replies[-1]["plain_text"]
    assert "&lt;script&gt;" not in "".join(r["plain_text"] for r in replies)
    assert "went wrong" not in "".join(r["plain_text"] for r in replies)


async def test_an_edit_replaces_its_answer_and_commands_work(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    asked = emulator.send_message(ALLOWED, "crimea")
    await talksbot.process()
    emulator.edit_message(ALLOWED, asked["message_id"], "who drafted the original plan?")
    emulator.send_message(ALLOWED, "/start")
    emulator.send_message(ALLOWED, "/help")
    emulator.send_message(ALLOWED, "/sources")
    await talksbot.process()
    # The edit changed the first answer in place: four messages, not five.
    replies = emulator.sent_messages(ALLOWED)
    assert len(replies) == 4
    assert "articles" in replies[1]["plain_text"]
    assert f"/ask@{emulator.bot_username}" in replies[2]["plain_text"]
    assert "newest first" in replies[3]["plain_text"]
    assert "Witkoff" in emulator.message(ALLOWED, replies[0]["message_id"])["text"]


async def test_an_edited_question_edits_its_answer_or_is_answered_anew(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    asked = emulator.send_message(ALLOWED, "what happens to Crimea?")
    await talksbot.process()
    [answer] = emulator.sent_messages(ALLOWED)
    emulator.edit_message(ALLOWED, asked["message_id"], "who drafted the original plan?")
    await talksbot.process()
    assert emulator.edits(ALLOWED)
    edited = emulator.message(ALLOWED, answer["message_id"])
    assert WITKOFF in edited["text"]
    assert CRIMEA not in edited["text"]
    # When the answer cannot be edited (here Telegram refuses), the new wording gets a new answer.
    emulator.inject("editMessageText", "400", description="Bad Request: message can't be edited")
    emulator.edit_message(ALLOWED, asked["message_id"], "what happens to Crimea?")
    await talksbot.process()
    [_, fresh] = emulator.sent_messages(ALLOWED)
    assert CRIMEA in fresh["plain_text"]
    assert fresh["reply_to_message_id"] == asked["message_id"]


async def test_a_photo_caption_is_a_question_but_an_admin_document_is_an_upload(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    photo = emulator.send_photo(ALLOWED, caption="what happens to Crimea?")
    await talksbot.process()
    [answer] = emulator.sent_messages(ALLOWED)
    assert CRIMEA in answer["plain_text"]
    assert answer["reply_to_message_id"] == photo["message_id"]
    body = b"Harbour ferry timetable changes\n\nThe harbour ferry will run every twenty minutes from May.\n"
    emulator.send_document(ADMIN, "ferry.txt", body, caption="how often will the ferry run?")
    await talksbot.process()
    [added] = emulator.sent_messages(ADMIN)
    assert added["plain_text"].startswith("Added")


async def test_stickers_voice_notes_and_unknown_commands_get_a_one_line_hint(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator
    emulator.send_sticker(ALLOWED)
    emulator.send_voice(ALLOWED)
    emulator.send_message(ALLOWED, "/foo")
    await talksbot.process()
    sticker, voice, command = (m["plain_text"] for m in emulator.sent_messages(ALLOWED))
    assert "typed as text" in sticker
    assert "voice notes" in voice
    assert command.startswith("I don't know /foo.")
    assert all("\n" not in hint for hint in (sticker, voice, command))


async def test_a_long_message_is_answered_from_its_last_question(talksbot: OfflineBot) -> None:
    preamble = "I have been reading a great deal about the negotiations lately. " * 45
    talksbot.emulator.send_message(ALLOWED, f"{preamble}So, what happens to Crimea?")
    await talksbot.process()
    [answer] = talksbot.emulator.sent_messages(ALLOWED)
    assert answer["plain_text"].startswith("Your message was long (")
    assert "“So, what happens to Crimea?”" in answer["plain_text"]
    assert CRIMEA in answer["plain_text"]


async def test_an_empty_folder_says_it_has_no_articles_yet(start_bot: StartBot, tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()  # the fixture copies the articles only into a folder not there yet
    talksbot = await start_bot()
    talksbot.emulator.send_message(ALLOWED, "what happens to Crimea?")
    await talksbot.process()
    [reply] = talksbot.emulator.sent_messages(ALLOWED)
    assert "I have no articles yet" in reply["plain_text"]
    assert "No article mentions" not in reply["plain_text"]


async def test_a_long_message_cut_off_mid_word_is_answered_without_the_fragment(talksbot: OfflineBot) -> None:
    preamble = "I have been reading a great deal about the negotiations lately. " * 45
    talksbot.emulator.send_message(
        ALLOWED, f"{preamble}So what will happen to Crimea under the plan and the recogn"
    )
    await talksbot.process()
    [answer] = talksbot.emulator.sent_messages(ALLOWED)
    assert CRIMEA in answer["plain_text"]
    assert "“So what will happen to Crimea under the plan and the”" in answer["plain_text"]
