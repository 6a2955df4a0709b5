"""Sending rendered blocks: HTML parts under the limit, with a plain-text fallback if HTML is refused."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ExtBot

from bot.markup import Block, Span, split_block, to_html_parts, to_plain

log = logging.getLogger("talksbot.replies")
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def more_button(key: str | None) -> InlineKeyboardMarkup | None:
    """The "More" button carrying a server-side key (callback_data stays far under 64 bytes)."""
    if key is None:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data=f"more:{key}")]])


async def send_blocks(
    bot: ExtBot[None],
    chat_id: int,
    blocks: Sequence[Block],
    *,
    reply_to: Message | None = None,
    markup: InlineKeyboardMarkup | None = None,
) -> Message | None:
    """Send blocks as one or more messages; the button goes on the last one. Returns the last sent."""
    parts = to_html_parts(blocks)
    last = None
    for number, part in enumerate(parts, start=1):
        buttons = markup if number == len(parts) else None
        reply = ReplyParameters(reply_to.message_id, allow_sending_without_reply=True) if reply_to else None
        try:
            last = await bot.send_message(
                chat_id,
                part,
                parse_mode=ParseMode.HTML,
                reply_parameters=reply,
                link_preview_options=NO_PREVIEW,
                reply_markup=buttons,
            )
        except BadRequest as exc:
            if "entit" not in str(exc).lower():
                raise
            log.warning("Telegram refused the HTML of a reply (%s); sending it as plain text", exc)
            return await _send_plain(bot, chat_id, blocks, reply, buttons)
    return last


async def _send_plain(
    bot: ExtBot[None],
    chat_id: int,
    blocks: Sequence[Block],
    reply: ReplyParameters | None,
    markup: InlineKeyboardMarkup | None,
) -> Message | None:
    pieces = split_block(Block((Span(to_plain(blocks)),)), 4096)
    last = None
    for number, piece in enumerate(pieces, start=1):
        last = await bot.send_message(
            chat_id,
            piece.plain,
            reply_parameters=reply,
            link_preview_options=NO_PREVIEW,
            reply_markup=markup if number == len(pieces) else None,
        )
    return last
