"""Styled text blocks that render to Telegram HTML or plain text, and split under the length limit."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

TELEGRAM_LIMIT = 4096
_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Span:
    """A run of text with one style; the text is raw and escaped only when rendered."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


@dataclass(frozen=True)
class Block:
    """A paragraph of the reply; `quote` renders it as a blockquote, collapsed at first if `expandable`."""

    spans: tuple[Span, ...]
    quote: bool = False
    expandable: bool = False

    @property
    def plain(self) -> str:
        """The block's text as the user sees it."""
        return "".join(span.text for span in self.spans)


def utf16_len(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def valid_text(text: str) -> str:
    """`text` without lone surrogates (JSON can smuggle them into a message), which no API accepts."""
    return text.encode("utf-8", "replace").decode("utf-8")


def span_html(span: Span) -> str:
    """One span as Telegram HTML, every character of its text escaped."""
    out = html.escape(valid_text(span.text), quote=False)
    if span.bold:
        out = f"<b>{out}</b>"
    if span.italic:
        out = f"<i>{out}</i>"
    if span.href:
        out = f'<a href="{html.escape(span.href, quote=True)}">{out}</a>'
    return out


def block_html(block: Block) -> str:
    """One block as Telegram HTML."""
    inner = "".join(span_html(span) for span in block.spans)
    if not block.quote:
        return inner
    return (
        f"<blockquote expandable>{inner}</blockquote>"
        if block.expandable
        else f"<blockquote>{inner}</blockquote>"
    )


def to_plain(blocks: Iterable[Block]) -> str:
    """The whole reply as plain text (the console and CLI print this)."""
    return valid_text(_SEPARATOR.join(block.plain for block in blocks))


def to_html_parts(blocks: Sequence[Block], limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Telegram HTML messages, each under `limit` characters once entities are parsed."""
    parts: list[str] = []
    current: list[Block] = []
    size = 0
    pieces = [piece for block in blocks for piece in split_block(block, limit)]
    for piece in pieces:
        length = utf16_len(piece.plain)
        if current and size + utf16_len(_SEPARATOR) + length > limit:
            parts.append(_SEPARATOR.join(block_html(b) for b in current))
            current, size = [], 0
        size += (utf16_len(_SEPARATOR) if current else 0) + length
        current.append(piece)
    if current:
        parts.append(_SEPARATOR.join(block_html(b) for b in current))
    return parts


def split_block(block: Block, limit: int) -> list[Block]:
    """Cut a block too long for one message into blocks that fit, at spaces where possible."""
    if utf16_len(block.plain) <= limit:
        return [block]
    pieces: list[Block] = []
    spans: list[Span] = []
    room = limit
    line = 0  # where the current line starts in `spans`: a list is cut between its lines
    for span in block.spans:
        rest = span
        if rest.text.startswith("\n"):
            line = len(spans)
        if utf16_len(rest.text) > room and line > 0:
            pieces.append(replace(block, spans=tuple(spans[:line])))
            spans = (
                [replace(spans[line], text=spans[line].text.lstrip("\n")), *spans[line + 1 :]]
                if line < len(spans)
                else []
            )
            if not spans:
                rest = replace(rest, text=rest.text.lstrip("\n"))
            room = limit - sum(utf16_len(x.text) for x in spans)
            line = 0
        while utf16_len(rest.text) > room:
            head, tail = _cut(rest.text, room)
            if not head and not spans:
                # One character wider than the whole limit (an emoji against a tiny limit): take it anyway.
                head, tail = rest.text[:1], rest.text[1:]
            if head:
                spans.append(replace(rest, text=head))
            pieces.append(replace(block, spans=tuple(spans)))
            spans, room, rest = [], limit, replace(rest, text=tail)
        if rest.text:
            spans.append(rest)
            room -= utf16_len(rest.text)
    if spans:
        pieces.append(replace(block, spans=tuple(spans)))
    return [piece for piece in pieces if piece.plain.strip()]


def _cut(text: str, room: int) -> tuple[str, str]:
    """Split `text` so the head fits in `room` UTF-16 units, preferring the last space."""
    end = 0
    used = 0
    for i, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > room:
            break
        end = i + 1
    space = text.rfind(" ", 0, end)
    if space > end // 2:
        end = space + 1
    return text[:end], text[end:]
