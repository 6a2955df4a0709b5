"""Sending rendered blocks: HTML parts under the limit, retried when Telegram certainly did not get them,
and re-sent as plain text if Telegram refuses the HTML."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from functools import partial

from telegram import (
    ForceReply,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    MaybeInaccessibleMessage,
    Message,
    ReplyParameters,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, NetworkError, TelegramError, TimedOut
from telegram.ext import ExtBot

from bot.markup import TELEGRAM_LIMIT, Block, Span, split_block, to_html_parts, to_plain

log = logging.getLogger("talksbot.replies")
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
RETRY_PAUSES = (0.5, 1.0, 2.0, 4.0, 8.0)


async def send_blocks(  # noqa: PLR0913 - the options after * are keyword-only
    bot: ExtBot[None],
    chat_id: int,
    blocks: Sequence[Block],
    *,
    reply_to: MaybeInaccessibleMessage | None = None,
    markup: InlineKeyboardMarkup | ForceReply | None = None,
    thread_id: int | None = None,
) -> Message | None:
    """Send blocks as one or more messages; the button goes on the last one. Returns the last sent.

    `thread_id` is the forum topic to post in (None: the chat itself, or a forum's General topic).
    """
    reply = ReplyParameters(reply_to.message_id, allow_sending_without_reply=True) if reply_to else None
    common = partial(
        bot.send_message, reply_parameters=reply, link_preview_options=NO_PREVIEW, message_thread_id=thread_id
    )
    try:
        html = partial(common, chat_id, parse_mode=ParseMode.HTML)
        return await _send_all(html, to_html_parts(blocks), markup)
    except BadRequest as exc:
        if "entit" not in str(exc).lower():
            raise
        log.warning("Telegram refused the HTML of a reply (%s); sending it as plain text", exc)
    pieces = split_block(Block((Span(to_plain(blocks)),)), TELEGRAM_LIMIT)
    plain = partial(common, chat_id)
    return await _send_all(plain, [piece.plain for piece in pieces], markup)


async def edit_blocks(
    bot: ExtBot[None],
    chat_id: int,
    message_id: int,
    blocks: Sequence[Block],
    markup: InlineKeyboardMarkup | None = None,
) -> bool:
    """Replace the text of one earlier message with `blocks`; False if they need more than one message or the
    edit is refused (the message was deleted, is too old, or Telegram rejects the HTML)."""
    parts = to_html_parts(blocks)
    if len(parts) != 1:
        return False
    try:
        await bot.edit_message_text(
            parts[0],
            chat_id=chat_id,
            message_id=message_id,
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
            reply_markup=markup,
        )
    except BadRequest as exc:
        # Asked again in the same words: the answer already says it.
        return "not modified" in str(exc).lower()
    except TelegramError as exc:
        log.info("could not edit an earlier answer (%s); answering anew", exc)
        return False
    return True


async def _send_all(
    send: Callable[..., Awaitable[Message]],
    texts: Sequence[str],
    markup: InlineKeyboardMarkup | ForceReply | None,
) -> Message | None:
    """Send each text in order; only the last one carries the button. The last sent (None: timed out)."""
    last = None
    for number, text in enumerate(texts, start=1):
        buttons = markup if number == len(texts) else None
        last = await deliver(partial(send, text, reply_markup=buttons))
    return last


async def deliver(send: Callable[[], Awaitable[Message]]) -> Message | None:
    """Send, retrying errors after which Telegram certainly did not deliver (5xx, dropped connections).

    A timeout is not retried: the message may well have arrived, and a duplicate is worse than a
    retry that never happens. Nor is it apologised for ("please try again" after an answer that did
    arrive): it is logged and None returned. 429s are retried by the rate limiter (retry_after).
    """
    for attempt, pause in enumerate(RETRY_PAUSES, start=1):
        try:
            return await send()
        except TimedOut as exc:
            log.warning("sending timed out (%s); Telegram may have delivered it: not sent again", exc)
            return None
        except BadRequest:
            # BadRequest subclasses NetworkError in PTB, but resending the same request cannot help.
            raise
        except NetworkError as exc:
            if attempt == len(RETRY_PAUSES):
                raise
            log.warning("sending failed (%s); retrying in %.1fs", exc, pause)
            await asyncio.sleep(pause)
    raise AssertionError("unreachable: the last attempt returns or raises")
