"""Real chats: groups upgraded to supergroups, forum topics, a rate-limited typing indicator, uploads."""

from __future__ import annotations

import time
from pathlib import Path

from tests.botapi.emulator import JSON, TelegramEmulator
from tests.e2e.conftest import ADMIN, ALLOWED, BotProcess, start_bot

CRIMEA = "cede the regions of Crimea"
OLD_GROUP = -4_001_002
NEW_SUPERGROUP = -1_004_001_002
STRANGE_GROUP = -4_009_009
STRANGE_SUPERGROUP = -1_004_009_009
FORUM = -1_005_005_005
TOPIC = 77


def _ask(emu: TelegramEmulator, chat: int, chat_type: str, question: str, thread: int | None = None) -> JSON:
    """Ask in a group with /ask@bot; return the bot's next message there."""
    count = len(emu.sent_messages(chat))
    text = f"/ask@{emu.bot_username} {question}"
    emu.send_message(chat, text, chat_type=chat_type, user_id=ALLOWED, thread_id=thread)
    return emu.wait_for_messages(chat, count + 1)[-1]


def _migration_warnings(bot: BotProcess) -> list[str]:
    return [line for line in bot.log_text().splitlines() if "WARNING" in line and "supergroup" in line]


def _start(emu: TelegramEmulator, tmp_path: Path, chats: str, docs: Path | None = None) -> BotProcess:
    return start_bot(emu, tmp_path, docs, TALKSBOT_ALLOWED_CHATS=chats)


def test_an_allowed_group_upgraded_to_a_supergroup_is_followed_across_restarts(
    emulator: TelegramEmulator, tmp_path: Path
) -> None:
    bot = _start(emulator, tmp_path, f"{ALLOWED},{OLD_GROUP}")
    try:
        assert CRIMEA in _ask(emulator, OLD_GROUP, "group", "what happens to Crimea?")["plain_text"]
        emulator.migrate_group(OLD_GROUP, NEW_SUPERGROUP, user_id=ALLOWED)
        assert CRIMEA in _ask(emulator, NEW_SUPERGROUP, "supergroup", "what happens to Crimea?")["plain_text"]
        [warning] = _migration_warnings(bot)
        assert str(OLD_GROUP) in warning
        assert str(NEW_SUPERGROUP) in warning
        assert "TALKSBOT_ALLOWED_CHATS" in warning
    finally:
        assert bot.stop() == 0
    # Restarted with the allow-list still naming the old group: the new id is remembered.
    bot = _start(emulator, tmp_path, f"{ALLOWED},{OLD_GROUP}", docs=bot.docs)
    try:
        assert CRIMEA in _ask(emulator, NEW_SUPERGROUP, "supergroup", "what happens to Crimea?")["plain_text"]
        assert _migration_warnings(bot) == []  # said once, when it happened
    finally:
        assert bot.stop() == 0


def test_only_the_supergroups_service_message_is_enough(emulator: TelegramEmulator, tmp_path: Path) -> None:
    # The bot may miss the old group's message (it was offline, or the update was dropped): the message
    # in the new supergroup names the old id too.
    bot = _start(emulator, tmp_path, f"{ALLOWED},{OLD_GROUP}")
    try:
        emulator.migrate_group(OLD_GROUP, NEW_SUPERGROUP, user_id=ALLOWED)
        emulator.migrate_group(STRANGE_GROUP, STRANGE_SUPERGROUP, user_id=ALLOWED)
        assert CRIMEA in _ask(emulator, NEW_SUPERGROUP, "supergroup", "what happens to Crimea?")["plain_text"]
        # A group that was never allowed stays refused under its new id.
        text = f"/ask@{emulator.bot_username} what happens to Crimea?"
        emulator.send_message(STRANGE_SUPERGROUP, text, chat_type="supergroup", user_id=ALLOWED)
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            assert emulator.sent_messages(STRANGE_SUPERGROUP) == []
            time.sleep(0.05)
        assert f"refused an update from chat {STRANGE_SUPERGROUP}" in bot.log_text()
        assert len(_migration_warnings(bot)) == 1
    finally:
        assert bot.stop() == 0


def test_a_reply_refused_because_the_group_moved_teaches_the_new_id(
    emulator: TelegramEmulator, tmp_path: Path
) -> None:
    # No service message reached the bot; the question was asked just before the upgrade.
    bot = _start(emulator, tmp_path, f"{ALLOWED},{OLD_GROUP}")
    try:
        emulator.migrate_group(OLD_GROUP, NEW_SUPERGROUP, user_id=ALLOWED, announce=False)
        text = f"/ask@{emulator.bot_username} what happens to Crimea?"
        emulator.send_message(OLD_GROUP, text, chat_type="group", user_id=ALLOWED)
        deadline = time.monotonic() + 10
        while not _migration_warnings(bot) and time.monotonic() < deadline:
            time.sleep(0.05)
        [warning] = _migration_warnings(bot)
        assert str(NEW_SUPERGROUP) in warning
        assert CRIMEA in _ask(emulator, NEW_SUPERGROUP, "supergroup", "what happens to Crimea?")["plain_text"]
        assert "Traceback" not in bot.log_text()
        assert [line for line in bot.log_text().splitlines() if "WARNING" in line] == [warning]
    finally:
        assert bot.stop() == 0


def test_every_reply_stays_in_the_forum_topic_it_was_asked_in(
    emulator: TelegramEmulator, tmp_path: Path
) -> None:
    bot = _start(emulator, tmp_path, f"{ALLOWED},{FORUM}")
    try:
        answer = _ask(emulator, FORUM, "supergroup", "sanctions", thread=TOPIC)
        assert answer["message_thread_id"] == TOPIC
        for command in ("/help", "/sources", "/start", "/ask"):
            count = len(emulator.sent_messages(FORUM))
            text = f"{command}@{emulator.bot_username}"
            emulator.send_message(FORUM, text, chat_type="supergroup", user_id=ALLOWED, thread_id=TOPIC)
            replies = emulator.wait_for_messages(FORUM, count + 1)[count:]
            assert {reply["message_thread_id"] for reply in replies} == {TOPIC}, command
        # More: the button on the answer, pressed in the topic.
        data = answer["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        count = len(emulator.sent_messages(FORUM))
        emulator.press_button(FORUM, answer["message_id"], data, user_id=ALLOWED)
        [more] = emulator.wait_for_messages(FORUM, count + 1)[count:]
        assert more["message_thread_id"] == TOPIC
        # An error while answering: the apology goes to the topic too.
        emulator.inject("sendMessage", "400", description="Bad Request: injected failure")
        apology = _ask(emulator, FORUM, "supergroup", "what happens to Crimea?", thread=TOPIC)
        assert "went wrong" in apology["plain_text"]
        assert apology["message_thread_id"] == TOPIC
        # The General topic (no thread id) is answered in General.
        assert _ask(emulator, FORUM, "supergroup", "what happens to Crimea?").get("message_thread_id") is None
    finally:
        assert bot.stop() == 0


def test_a_rate_limited_typing_indicator_never_delays_the_answer(
    emulator: TelegramEmulator, tmp_path: Path
) -> None:
    bot = _start(emulator, tmp_path, str(ALLOWED))
    try:
        emulator.inject("sendChatAction", "429", times=3, retry_after=4)
        started = time.monotonic()
        emulator.send_message(ALLOWED, "what happens to Crimea?")
        [answer] = emulator.wait_for_messages(ALLOWED, 1)
        assert time.monotonic() - started < 2.0
        assert CRIMEA in answer["plain_text"]
        # Never retried, and skipped while Telegram asks to wait: one call for this question and the next.
        emulator.send_message(ALLOWED, "who drafted the original plan?")
        emulator.wait_for_messages(ALLOWED, 2)
        assert time.monotonic() - started < 4.0
        assert len(emulator.calls("sendChatAction")) == 1
    finally:
        assert bot.stop() == 0


def test_an_admin_upload_in_a_cyrillic_code_page_keeps_its_title(
    emulator: TelegramEmulator, tmp_path: Path
) -> None:
    title = "Переговоры в Вельмаре"
    body = "Делегации договорились о прекращении огня вдоль Днепра с понедельника, сообщили участники."
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        f"<title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
    )
    bot = _start(emulator, tmp_path, str(ALLOWED))
    try:
        emulator.send_document(ADMIN, "talks.html", page.encode("cp1251"))
        emulator.send_document(
            ADMIN, "notes.txt", ("\ufeffTalks\r\n\r\nThe truce holds.\r\n").encode("utf-16-le")
        )
        emulator.send_document(ADMIN, "broken.txt", b"\xff\xfe\x41\x00\x00\xd8")
        added, notes, refused = (m["plain_text"] for m in emulator.wait_for_messages(ADMIN, 3))
        assert f"Added “{title}”" in added
        assert "Added “Talks”" in notes
        assert "no text encoding explains its bytes" in refused
    finally:
        assert bot.stop() == 0
