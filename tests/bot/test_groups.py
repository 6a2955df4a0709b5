"""Groups, in-process: /ask for this bot, replies to it, the /ask prompt, supergroups, forum topics."""

from __future__ import annotations

import logging

import pytest

from config import ChatAccess
from tests.bot.conftest import StartBot
from tests.bot.offline import OfflineBot
from tests.botapi.emulator import JSON, TelegramEmulator
from tests.people import ALLOWED, GROUP

CRIMEA = "cede the regions of Crimea"
OLD_GROUP = -4_001_002
NEW_SUPERGROUP = -1_004_001_002
STRANGE_GROUP = -4_009_009
STRANGE_SUPERGROUP = -1_004_009_009
FORUM = -1_005_005_005
TOPIC = 77


def allowing(*chats: int) -> ChatAccess:
    return ChatAccess(chat_ids=frozenset(chats))


async def ask(bot: OfflineBot, chat: int, chat_type: str, question: str, thread: int | None = None) -> JSON:
    """Ask in a group with /ask@bot; the one message the bot sent there in reply."""
    emulator = bot.emulator
    count = len(emulator.sent_messages(chat))
    text = f"/ask@{emulator.bot_username} {question}"
    emulator.send_message(chat, text, chat_type=chat_type, user_id=ALLOWED, thread_id=thread)
    await bot.process()
    [reply] = emulator.sent_messages(chat)[count:]
    return reply


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]


def migration_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [message for message in warnings(caplog) if "supergroup" in message]


def no_traceback(caplog: pytest.LogCaptureFixture) -> bool:
    return not any(record.exc_info for record in caplog.records)


async def test_groups_answer_ask_for_this_bot_only_and_replies_to_the_bot(talksbot: OfflineBot) -> None:
    emulator = talksbot.emulator

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
    await talksbot.process()
    [answer] = emulator.sent_messages(GROUP)
    assert CRIMEA in answer["plain_text"]
    say("who drafted the original plan?", reply_to=answer["message_id"])
    await talksbot.process()
    [_, reply] = emulator.sent_messages(GROUP)
    assert "Steve Witkoff" in reply["plain_text"]


async def test_ask_alone_prompts_and_the_reply_to_the_prompt_is_answered_in_a_group(
    talksbot: OfflineBot,
) -> None:
    emulator = talksbot.emulator

    def say(text: str, reply_to: int | None = None) -> JSON:
        return emulator.send_message(
            GROUP, text, chat_type="supergroup", user_id=ALLOWED, reply_to_message_id=reply_to
        )

    command = say(f"/ask@{emulator.bot_username}")
    await talksbot.process()
    [prompt] = emulator.sent_messages(GROUP)
    assert prompt["plain_text"] == "What would you like to know?"
    assert prompt["reply_markup"]["force_reply"] is True
    assert prompt["reply_to_message_id"] == command["message_id"]
    reply = say("what happens to Crimea?", reply_to=prompt["message_id"])
    await talksbot.process()
    [_, answer] = emulator.sent_messages(GROUP)
    assert CRIMEA in answer["plain_text"]
    assert answer["reply_to_message_id"] == reply["message_id"]


async def test_an_allowed_group_upgraded_to_a_supergroup_is_followed_across_restarts(
    start_bot: StartBot, emulator: TelegramEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    first = await start_bot(allowing(ALLOWED, OLD_GROUP))
    assert CRIMEA in (await ask(first, OLD_GROUP, "group", "what happens to Crimea?"))["plain_text"]
    emulator.migrate_group(OLD_GROUP, NEW_SUPERGROUP, user_id=ALLOWED)
    assert CRIMEA in (await ask(first, NEW_SUPERGROUP, "supergroup", "what happens to Crimea?"))["plain_text"]
    [warning] = migration_warnings(caplog)
    assert str(OLD_GROUP) in warning
    assert str(NEW_SUPERGROUP) in warning
    assert "TALKSBOT_ALLOWED_CHATS" in warning
    await first.stop()
    caplog.clear()
    # Restarted with the allow-list still naming the old group: the new id is remembered.
    second = await start_bot(allowing(ALLOWED, OLD_GROUP))
    answer = await ask(second, NEW_SUPERGROUP, "supergroup", "what happens to Crimea?")
    assert CRIMEA in answer["plain_text"]
    assert migration_warnings(caplog) == []  # said once, when it happened


async def test_only_the_supergroups_service_message_is_enough(
    start_bot: StartBot, emulator: TelegramEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    # The bot may miss the old group's message (it was offline, or the update was dropped): the message
    # in the new supergroup names the old id too.
    caplog.set_level(logging.INFO, logger="talksbot")
    bot = await start_bot(allowing(ALLOWED, OLD_GROUP))
    emulator.migrate_group(OLD_GROUP, NEW_SUPERGROUP, user_id=ALLOWED)
    emulator.migrate_group(STRANGE_GROUP, STRANGE_SUPERGROUP, user_id=ALLOWED)
    assert CRIMEA in (await ask(bot, NEW_SUPERGROUP, "supergroup", "what happens to Crimea?"))["plain_text"]
    # A group that was never allowed stays refused under its new id.
    text = f"/ask@{emulator.bot_username} what happens to Crimea?"
    emulator.send_message(STRANGE_SUPERGROUP, text, chat_type="supergroup", user_id=ALLOWED)
    await bot.process()
    assert emulator.sent_messages(STRANGE_SUPERGROUP) == []
    assert f"refused an update from chat {STRANGE_SUPERGROUP}" in caplog.text
    assert len(migration_warnings(caplog)) == 1


async def test_a_reply_refused_because_the_group_moved_teaches_the_new_id(
    start_bot: StartBot, emulator: TelegramEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    # No service message reached the bot; the question was asked just before the upgrade.
    bot = await start_bot(allowing(ALLOWED, OLD_GROUP))
    emulator.migrate_group(OLD_GROUP, NEW_SUPERGROUP, user_id=ALLOWED, announce=False)
    text = f"/ask@{emulator.bot_username} what happens to Crimea?"
    emulator.send_message(OLD_GROUP, text, chat_type="group", user_id=ALLOWED)
    await bot.process()
    [warning] = migration_warnings(caplog)
    assert str(NEW_SUPERGROUP) in warning
    assert CRIMEA in (await ask(bot, NEW_SUPERGROUP, "supergroup", "what happens to Crimea?"))["plain_text"]
    assert no_traceback(caplog)
    assert warnings(caplog) == [warning]


async def test_every_reply_stays_in_the_forum_topic_it_was_asked_in(
    start_bot: StartBot, emulator: TelegramEmulator
) -> None:
    bot = await start_bot(allowing(ALLOWED, FORUM))
    answer = await ask(bot, FORUM, "supergroup", "sanctions", thread=TOPIC)
    assert answer["message_thread_id"] == TOPIC
    for command in ("/help", "/sources", "/start", "/ask"):
        count = len(emulator.sent_messages(FORUM))
        text = f"{command}@{emulator.bot_username}"
        emulator.send_message(FORUM, text, chat_type="supergroup", user_id=ALLOWED, thread_id=TOPIC)
        await bot.process()
        replies = emulator.sent_messages(FORUM)[count:]
        assert replies, command
        assert {reply["message_thread_id"] for reply in replies} == {TOPIC}, command
    # More: the button on the answer, pressed in the topic.
    data = answer["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    count = len(emulator.sent_messages(FORUM))
    emulator.press_button(FORUM, answer["message_id"], data, user_id=ALLOWED)
    await bot.process()
    [more] = emulator.sent_messages(FORUM)[count:]
    assert more["message_thread_id"] == TOPIC
    # An error while answering: the apology goes to the topic too.
    bot.errors_expected = True
    emulator.inject("sendMessage", "400", description="Bad Request: injected failure")
    apology = await ask(bot, FORUM, "supergroup", "what happens to Crimea?", thread=TOPIC)
    assert "went wrong" in apology["plain_text"]
    assert apology["message_thread_id"] == TOPIC
    # The General topic (no thread id) is answered in General.
    assert (await ask(bot, FORUM, "supergroup", "what happens to Crimea?")).get("message_thread_id") is None
