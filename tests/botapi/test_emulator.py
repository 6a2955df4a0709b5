"""The Bot API emulator, driven by the real python-telegram-bot client."""

from __future__ import annotations

import asyncio
import datetime as dtm
import html
import threading
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import pytest_asyncio
from hypothesis import given
from hypothesis import strategies as st
from telegram import (
    Bot,
    BotCommandScopeChat,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import (
    ApplicationBuilder,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.lifecycle import AnyApplication
from tests.botapi.emulator import TelegramEmulator
from tests.botapi.tghtml import HtmlParseError, parse_html

CHAT = 4242
GROUP = -100123456


@pytest.fixture
def emu() -> Iterator[TelegramEmulator]:
    with TelegramEmulator() as emulator:
        yield emulator
    assert emulator.server_errors() == []


def make_bot(emu: TelegramEmulator, token: str | None = None, read_timeout: float = 2.0) -> Bot:
    request = HTTPXRequest(read_timeout=read_timeout, connect_timeout=2.0)
    return Bot(
        token or emu.token,
        base_url=f"{emu.url}/bot",
        base_file_url=f"{emu.url}/file/bot",
        request=request,
    )


@pytest_asyncio.fixture
async def bot(emu: TelegramEmulator) -> AsyncIterator[Bot]:
    async with make_bot(emu) as client:
        yield client


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message
    assert message.text
    await message.reply_text(message.text)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message
    await update.effective_message.reply_html("<b>Hi</b> &amp; welcome")


@pytest_asyncio.fixture
async def echo_app(emu: TelegramEmulator) -> AsyncIterator[AnyApplication]:
    app = (
        ApplicationBuilder()
        .token(emu.token)
        .base_url(f"{emu.url}/bot")
        .base_file_url(f"{emu.url}/file/bot")
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    async with app:
        await app.start()
        assert app.updater
        await app.updater.start_polling(timeout=dtm.timedelta(seconds=2))
        yield app
        await app.updater.stop()
        await app.stop()


# ------------------------------------------------------------------ real Application


@pytest.mark.asyncio
async def test_application_echoes_and_handles_commands(
    emu: TelegramEmulator,
    echo_app: AnyApplication,
) -> None:
    emu.send_message(CHAT, "hello there", username="alice")
    emu.send_message(CHAT, "/start@TalksTestBot")
    sent = await emu.wait_for_messages_async(CHAT, 2, timeout=5)
    assert [m["plain_text"] for m in sent] == ["hello there", "Hi & welcome"]
    assert sent[1]["text"] == "<b>Hi</b> &amp; welcome"
    assert sent[1]["entities"] == [{"type": "bold", "offset": 0, "length": 2}]
    assert emu.calls("getMe")
    assert emu.calls("deleteWebhook")


@pytest.mark.asyncio
async def test_application_confirms_updates_on_stop(emu: TelegramEmulator) -> None:
    app = ApplicationBuilder().token(emu.token).base_url(f"{emu.url}/bot").build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    async with app:
        await app.start()
        assert app.updater
        await app.updater.start_polling(timeout=dtm.timedelta(seconds=2))
        emu.send_message(CHAT, "one")
        await emu.wait_for_messages_async(CHAT, 1, timeout=5)
        await app.updater.stop()
        await app.stop()
    assert emu.pending_updates() == []


# ------------------------------------------------------------------ basic API


@pytest.mark.asyncio
async def test_get_me_and_token_check(emu: TelegramEmulator, bot: Bot) -> None:
    assert bot.username == "TalksTestBot"
    assert bot.id == emu.bot_id
    with pytest.raises(InvalidToken):
        async with make_bot(emu, token="1:wrong"):
            pass


@pytest.mark.asyncio
async def test_html_is_validated_like_telegram(emu: TelegramEmulator, bot: Bot) -> None:
    # PTB strips "Bad Request: " and .capitalize()s the rest, lower-casing it.
    with pytest.raises(BadRequest, match=r"^Can't parse entities: unsupported start tag \"script\""):
        await bot.send_message(CHAT, "<script>alert(1)</script>", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(CHAT, "Tom & Jerry", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(CHAT, "<b>x</b>" + "&lt;" * 4096, parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
        await bot.send_message(CHAT, "<b> </b>", parse_mode="HTML")
    # 4096 UTF-16 units after parsing is fine, although the raw HTML is far longer.
    ok = await bot.send_message(CHAT, "<i>" + "&amp;" * 4096 + "</i>", parse_mode="HTML")
    assert ok.text == "&" * 4096
    assert len(emu.sent_messages(CHAT)) == 1


@pytest.mark.asyncio
async def test_message_fields_round_trip_through_ptb(emu: TelegramEmulator, bot: Bot) -> None:
    user_msg = emu.send_message(CHAT, "question")
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data="more:1")]])
    sent = await bot.send_message(
        CHAT, "answer", reply_to_message_id=user_msg["message_id"], reply_markup=keyboard
    )
    assert sent.from_user
    assert sent.from_user.id == emu.bot_id
    assert sent.reply_to_message
    assert sent.reply_to_message.text == "question"
    assert sent.reply_markup == keyboard
    record = emu.sent_messages(CHAT)[0]
    assert record["reply_to_message_id"] == user_msg["message_id"]
    assert record["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "more:1"
    with pytest.raises(BadRequest, match=r"(?i)message to be replied not found"):
        await bot.send_message(CHAT, "x", reply_to_message_id=999)


@pytest.mark.asyncio
async def test_get_updates_offset_and_long_poll(emu: TelegramEmulator, bot: Bot) -> None:
    for text in ("a", "b", "c"):
        emu.send_message(CHAT, text)
    updates = await bot.get_updates()
    assert [u.message.text for u in updates if u.message] == ["a", "b", "c"]
    assert len(await bot.get_updates(offset=updates[1].update_id)) == 2
    assert await bot.get_updates(offset=updates[-1].update_id + 1) == ()
    assert emu.pending_updates() == []

    threading.Timer(0.2, emu.send_message, (CHAT, "late")).start()
    started = time.monotonic()
    late = await bot.get_updates(offset=updates[-1].update_id + 1, timeout=5)
    assert [u.message.text for u in late if u.message] == ["late"]
    assert time.monotonic() - started < 2


@pytest.mark.asyncio
async def test_second_poller_terminates_the_first(emu: TelegramEmulator, bot: Bot) -> None:
    first = emu.calls("getUpdates")
    pending = asyncio.ensure_future(bot.get_updates(timeout=5))
    await emu.wait_for_calls_async("getUpdates", len(first) + 1, timeout=2)
    async with make_bot(emu) as other:
        assert await other.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match=r"(?i)terminated by other getUpdates request"):
        await pending


@pytest.mark.asyncio
async def test_every_update_kind_parses_in_ptb(emu: TelegramEmulator, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]])
    sent = await bot.send_message(GROUP, "pick", reply_markup=keyboard)
    emu.send_message(GROUP, "/ask@TalksTestBot why?", chat_type="supergroup", user_id=7)
    own = emu.send_message(CHAT, "tpyo")
    emu.edit_message(CHAT, own["message_id"], "typo")
    emu.press_button(GROUP, sent.message_id, "go", user_id=7)
    emu.send_inline_query(7, "news")
    emu.send_channel_post(-1009999, "post")
    emu.send_document(CHAT, "a.txt", b"abc", caption="file")
    with pytest.raises(LookupError):
        emu.press_button(GROUP, sent.message_id, "forged", user_id=7)

    updates = await bot.get_updates()
    assert len(updates) == 7
    command, _, edited, press, inline_update, post, document = updates
    assert command.message
    assert command.message.chat.type == "supergroup"
    assert list(command.message.parse_entities().values()) == ["/ask@TalksTestBot"]
    assert edited.edited_message
    assert edited.edited_message.text == "typo"
    query = press.callback_query
    assert query
    assert query.data == "go"
    assert isinstance(query.message, Message)
    assert query.message.text == "pick"
    inline = inline_update.inline_query
    assert inline
    assert inline.query == "news"
    assert post.channel_post
    assert post.channel_post.text == "post"
    assert document.message
    assert document.message.document

    assert await query.answer("done")
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await query.answer("twice")
    assert emu.callback_answers()[0]["text"] == "done"
    assert await inline.answer([])


@pytest.mark.asyncio
async def test_edits_are_checked_and_recorded(emu: TelegramEmulator, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]])
    sent = await bot.send_message(CHAT, "v1", reply_markup=keyboard)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("v1", CHAT, sent.message_id, reply_markup=keyboard)
    await bot.edit_message_text("<b>v2</b>", CHAT, sent.message_id, parse_mode="HTML")
    current = emu.message(CHAT, sent.message_id)
    # Omitting reply_markup on editMessageText drops the keyboard, as on Telegram.
    assert current["text"] == "v2"
    assert "reply_markup" not in current
    await bot.edit_message_reply_markup(CHAT, sent.message_id, reply_markup=keyboard)
    assert [e["method"] for e in emu.edits(CHAT)] == ["editMessageText", "editMessageReplyMarkup"]
    user_msg = emu.send_message(CHAT, "mine")
    with pytest.raises(BadRequest, match=r"(?i)can't be edited"):
        await bot.edit_message_text("x", CHAT, user_msg["message_id"])


@pytest.mark.asyncio
async def test_misc_methods(emu: TelegramEmulator, bot: Bot) -> None:
    await bot.set_my_commands([("ask", "Ask a question"), ("help", "Help")])
    assert [c.command for c in await bot.get_my_commands()] == ["ask", "help"]
    assert emu.commands()[0] == {"command": "ask", "description": "Ask a question"}
    await bot.delete_my_commands()
    assert emu.commands() == []
    with pytest.raises(BadRequest):
        await bot.set_my_commands([("Bad-Name", "x")])
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.set_my_commands([("stats", "Stats")], scope=BotCommandScopeChat(987654))

    await bot.send_chat_action(CHAT, "typing")
    assert emu.chat_actions(CHAT) == ["typing"]
    await bot.set_my_description("What the bot does.")
    await bot.set_my_short_description("Short.")
    assert (await bot.get_my_description()).description == "What the bot does."
    assert emu.description("short_description") == "Short."
    with pytest.raises(BadRequest, match="too long"):
        await bot.set_my_short_description("x" * 121)
    emu.send_message(CHAT, "hi", username="alice")
    chat = await bot.get_chat(CHAT)
    assert chat.username == "alice"
    await bot.set_my_commands([("stats", "Stats")], scope=BotCommandScopeChat(CHAT))
    assert emu.commands({"type": "chat", "chat_id": CHAT}) == [{"command": "stats", "description": "Stats"}]

    with pytest.raises(BadRequest, match=r"(?i)https url must be provided"):
        await bot.set_webhook("http://example.invalid/hook")
    with pytest.raises(BadRequest, match="ports 80, 88, 443 or 8443"):
        await bot.set_webhook("https://example.invalid:8080/hook")
    await bot.set_webhook("https://example.invalid/hook")
    with pytest.raises(Conflict, match=r"(?i)webhook is active"):
        await bot.get_updates()
    assert (await bot.get_webhook_info()).pending_update_count == 1
    await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates() == ()


def test_unknown_method_is_a_400(emu: TelegramEmulator) -> None:
    response = httpx.post(f"{emu.url}/bot{emu.token}/sendDice", json={"chat_id": CHAT})
    assert response.status_code == 400
    assert response.json() == {
        "ok": False,
        "error_code": 400,
        "description": "Bad Request: method not implemented in emulator",
    }
    # Method names are case-insensitive; JSON bodies work too.
    response = httpx.post(f"{emu.url}/bot{emu.token}/SENDMESSAGE", json={"chat_id": 1, "text": "x"})
    assert response.json()["result"]["text"] == "x"


# ------------------------------------------------------------------ files


@pytest.mark.asyncio
async def test_documents_download_and_upload(emu: TelegramEmulator, bot: Bot) -> None:
    content = bytes(range(256)) + b"\r\n--boundary\r\n\r\n" * 3
    doc = emu.send_document(CHAT, "notes.bin", content, mime_type="application/x-test")
    telegram_file = await bot.get_file(doc["document"]["file_id"])
    assert bytes(await telegram_file.download_as_bytearray()) == content

    sent = await bot.send_document(
        CHAT, content, filename="back.bin", caption="<i>here</i>", parse_mode="HTML"
    )
    assert sent.document
    assert sent.document.file_name == "back.bin"
    assert sent.caption == "here"
    assert emu.file_content(sent.document.file_id) == content
    assert emu.sent_messages(CHAT)[0]["method"] == "sendDocument"
    with pytest.raises(BadRequest, match=r"(?i)invalid file_id"):
        await bot.get_file("nope")


# ------------------------------------------------------------------ faults


FAULT_ERRORS: list[tuple[str, type[TelegramError], str]] = [
    ("http500", NetworkError, "Internal Server Error"),
    ("http502", NetworkError, "Bad Gateway"),
    ("drop", NetworkError, "(?i)disconnected"),
    ("403", Forbidden, "bot was blocked by the user"),
    ("409", Conflict, "only one bot instance"),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("fault", "error", "match"), FAULT_ERRORS)
async def test_fault_fails_once_then_recovers(
    emu: TelegramEmulator, bot: Bot, fault: str, error: type[TelegramError], match: str
) -> None:
    emu.inject("sendMessage", fault)
    with pytest.raises(error, match=match):
        await bot.send_message(CHAT, "first")
    await bot.send_message(CHAT, "second")
    assert [m["text"] for m in emu.sent_messages(CHAT)] == ["second"]
    assert [c.fault for c in emu.calls("sendMessage")] == [fault, None]


@pytest.mark.asyncio
async def test_fault_429_and_custom_400(
    emu: TelegramEmulator, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # else RetryAfter emits a deprecation warning
    emu.inject("sendMessage", "429", retry_after=7)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(CHAT, "x")
    assert caught.value.retry_after == dtm.timedelta(seconds=7)

    emu.inject("sendMessage", "400", times=2, description="Bad Request: chat not found")
    for _ in range(2):
        with pytest.raises(BadRequest, match=r"(?i)chat not found"):
            await bot.send_message(CHAT, "x")
    emu.inject("getMe", "403")
    emu.clear_faults()
    await bot.get_me()
    assert emu.sent_messages() == []


@pytest.mark.asyncio
async def test_timeout_fault_still_delivers(emu: TelegramEmulator) -> None:
    emu.inject("sendMessage", "timeout", seconds=1.0)
    async with make_bot(emu, read_timeout=0.2) as slow_bot:
        with pytest.raises(TimedOut):
            await slow_bot.send_message(CHAT, "maybe")
    assert [m["text"] for m in emu.sent_messages(CHAT)] == ["maybe"]


def test_inject_rejects_unknown_fault(emu: TelegramEmulator) -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        emu.inject("sendMessage", "http418")


# ------------------------------------------------------------------ lifecycle & waiting


def test_stop_releases_blocked_long_poll() -> None:
    emulator = TelegramEmulator().start()
    url = f"{emulator.url}/bot{emulator.token}/getUpdates"
    outcome: list[object] = []

    def poll() -> None:
        try:
            outcome.append(httpx.post(url, data={"timeout": "30"}, timeout=10).json())
        except httpx.HTTPError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=poll)
    thread.start()
    emulator.wait_for_calls("getUpdates", 1, timeout=2)
    started = time.monotonic()
    emulator.stop()
    thread.join(timeout=5)
    assert not thread.is_alive()
    assert time.monotonic() - started < 3
    assert outcome


def test_wait_for_messages_times_out_helpfully(emu: TelegramEmulator) -> None:
    with pytest.raises(TimeoutError, match=r"expected 1 message\(s\) to chat 4242"):
        emu.wait_for_messages(CHAT, 1, timeout=0.1)


def test_user_side_validates_chat_shapes(emu: TelegramEmulator) -> None:
    with pytest.raises(ValueError, match="negative"):
        emu.send_message(5, "x", chat_type="group", user_id=1)
    with pytest.raises(ValueError, match="user_id is required"):
        emu.send_message(-5, "x", chat_type="group")
    group_msg = emu.send_message(-5, "/start", chat_type="group", user_id=9, chat_title="Club")
    assert group_msg["chat"] == {"id": -5, "type": "group", "title": "Club"}
    assert group_msg["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]


# ------------------------------------------------------------------ HTML parser


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ('<a href="https://x.org/?a=1&amp;b=2">link</a>', "link"),
        ('<pre><code class="language-python">x = 1</code></pre>', "x = 1"),
        ("<blockquote expandable>q</blockquote> <tg-spoiler>s</tg-spoiler>", "q s"),
        ('<span class="tg-spoiler">s</span> &#128512; &#x41; &quot;', 's 😀 A "'),
        ("a > b", "a > b"),
    ],
)
def test_html_parser_accepts(source: str, plain: str) -> None:
    assert parse_html(source).text == plain


@pytest.mark.parametrize(
    "source",
    ["a < b", "<b>x", "<b><i>x</b></i>", "x</b>", "<span>x</span>", "&nbsp;", "<br>", "<b"],
)
def test_html_parser_rejects(source: str) -> None:
    with pytest.raises(HtmlParseError):
        parse_html(source)


@given(st.text())
def test_escaped_text_round_trips(text: str) -> None:
    assert parse_html(html.escape(text)).text == text


@pytest.mark.asyncio
async def test_media_captions_force_reply_and_expired_queries(emu: TelegramEmulator, bot: Bot) -> None:
    emu.send_photo(CHAT, caption="what is this?")
    emu.send_sticker(CHAT, "🙂")
    emu.send_voice(CHAT, 4)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]])
    sent = await bot.send_message(CHAT, "pick", reply_markup=keyboard)
    emu.press_button(CHAT, sent.message_id, "go", expired=True)
    photo, sticker, voice, press = await bot.get_updates()
    assert photo.message
    assert photo.message.photo
    assert photo.message.caption == "what is this?"
    assert sticker.message
    assert sticker.message.sticker
    assert sticker.message.sticker.emoji == "🙂"
    assert voice.message
    assert voice.message.voice
    assert voice.message.voice.mime_type == "audio/ogg"
    assert press.callback_query
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await press.callback_query.answer()
    prompt = await bot.send_message(CHAT, "Ask?", reply_markup=ForceReply(input_field_placeholder="Question"))
    assert prompt.reply_markup is None
    assert emu.sent_messages(CHAT)[-1]["reply_markup"]["force_reply"] is True
    with pytest.raises(BadRequest, match="reply keyboard markup"):
        await bot.send_message(CHAT, "Ask?", reply_markup=ForceReply(input_field_placeholder="x" * 65))


async def test_a_group_upgraded_to_a_supergroup(emu: TelegramEmulator, bot: Bot) -> None:
    old, new = emu.migrate_group(-4321, -1004321, user_id=CHAT)
    assert old["migrate_to_chat_id"] == -1004321
    assert new["migrate_from_chat_id"] == -4321
    assert new["chat"] == {"id": -1004321, "type": "supergroup", "title": "Group -4321"}
    updates = await bot.get_updates()
    assert [u.message.migrate_to_chat_id for u in updates if u.message] == [-1004321, None]
    assert [u.message.migrate_from_chat_id for u in updates if u.message] == [None, -4321]
    with pytest.raises(TelegramError) as refused:  # PTB's ChatMigrated carries the new id
        await bot.send_message(-4321, "hello")
    assert getattr(refused.value, "new_chat_id", None) == -1004321
    await bot.send_message(-1004321, "hello")


async def test_forum_topics(emu: TelegramEmulator, bot: Bot) -> None:
    asked = emu.send_message(GROUP, "in a topic", chat_type="supergroup", user_id=CHAT, thread_id=5)
    assert asked["is_topic_message"]
    assert asked["chat"]["is_forum"]
    await bot.send_message(GROUP, "to the topic", message_thread_id=5)
    await bot.send_message(GROUP, "a reply lands in its topic", reply_to_message_id=asked["message_id"])
    await bot.send_message(GROUP, "to General")
    assert [m["message_thread_id"] for m in emu.sent_messages(GROUP)] == [5, 5, None]
    with pytest.raises(BadRequest, match="thread not found"):
        await bot.send_message(CHAT, "no topics in a private chat", message_thread_id=5)
    with pytest.raises(ValueError, match="supergroups"):
        emu.send_message(-4321, "x", chat_type="group", user_id=CHAT, thread_id=5)
