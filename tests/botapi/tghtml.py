"""Telegram-style HTML parse mode: validation and conversion to plain text + entities.

Mirrors the rules of tdlib's ``parse_html`` (which the Bot API uses), with one deliberate
difference: a bare ``&`` that does not start a valid entity is an error by default
(tdlib silently keeps it), so that bots which forget to escape user text fail in tests.
Offsets and lengths of entities are in UTF-16 code units, like the Bot API.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

Entity = dict[str, Any]

TAG_ENTITY_TYPES: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "code": "code",
    "pre": "pre",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "blockquote": "blockquote",
    "a": "text_link",
}
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_NUMERIC_ENTITY = re.compile(r"#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}))")
_NAMED_ENTITY = re.compile(r"[a-zA-Z]{1,10}")
# tdlib trims these from both ends of a message text.
_TRIMMED = " \t\r\n"


class HtmlParseError(ValueError):
    """The text is not valid Telegram HTML; ``str(exc)`` is tdlib's description."""


@dataclass
class ParsedText:
    """Plain text plus Bot API ``MessageEntity`` dicts."""

    text: str
    entities: list[Entity] = field(default_factory=list)


@dataclass
class _OpenTag:
    name: str
    attrs: dict[str, str]
    offset: int  # UTF-16 offset in the output where the tag's content starts
    language: str | None = None  # set on <pre> by a nested <code class="language-x">


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (how Telegram measures text)."""
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(src: str, index: int) -> int:
    return len(src[:index].encode("utf-8"))


def _decode_entity(src: str, i: int) -> tuple[str, int] | None:
    """Decode the ``&...;`` entity starting at ``src[i]``; return (char, next index)."""
    end = src.find(";", i + 1, i + 14)
    if end < 0:
        return None
    body = src[i + 1 : end]
    if _NAMED_ENTITY.fullmatch(body):
        char = NAMED_ENTITIES.get(body)
        return (char, end + 1) if char else None
    match = _NUMERIC_ENTITY.fullmatch(body)
    if not match:
        return None
    code = int(match[1], 16) if match[1] else int(match[2])
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code), end + 1


def _decode_attr_value(value: str) -> str:
    """Attribute values are decoded leniently, like tdlib does."""
    out: list[str] = []
    i = 0
    while i < len(value):
        decoded = _decode_entity(value, i) if value[i] == "&" else None
        if decoded:
            out.append(decoded[0])
            i = decoded[1]
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


class _HtmlParser:
    def __init__(self, src: str, strict_ampersand: bool) -> None:
        self.src = src
        self.strict_ampersand = strict_ampersand
        self.out: list[str] = []
        self.out_len = 0  # UTF-16 units emitted so far
        self.stack: list[_OpenTag] = []
        self.entities: list[Entity] = []

    def error(self, message: str, index: int | None = None) -> HtmlParseError:
        if index is not None:
            message += f" at byte offset {_byte_offset(self.src, index)}"
        return HtmlParseError(message)

    def emit(self, text: str) -> None:
        self.out.append(text)
        self.out_len += utf16_len(text)

    def parse(self) -> ParsedText:
        i = 0
        while i < len(self.src):
            char = self.src[i]
            if char == "&":
                i = self.parse_ampersand(i)
            elif char == "<":
                i = self.parse_end_tag(i) if self.src.startswith("</", i) else self.parse_tag(i)
            else:
                self.emit(char)
                i += 1
        if self.stack:
            name = self.stack[-1].name
            raise self.error(f'Can\'t find end tag corresponding to start tag "{name}"')
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return ParsedText("".join(self.out), self.entities)

    def parse_ampersand(self, i: int) -> int:
        decoded = _decode_entity(self.src, i)
        if decoded:
            self.emit(decoded[0])
            return decoded[1]
        if self.strict_ampersand:
            raise self.error('Character "&" must be escaped as "&amp;"', i)
        self.emit("&")
        return i + 1

    def parse_tag(self, i: int) -> int:
        j = i + 1
        while j < len(self.src) and not self.src[j].isspace() and self.src[j] not in "<>":
            j += 1
        if j >= len(self.src):
            raise self.error("Unclosed start tag", i)
        name = self.src[i + 1 : j].lower()
        if name not in TAG_ENTITY_TYPES:
            raise self.error(f'Unsupported start tag "{name}"', i)
        attrs, j = self.parse_attrs(name, i, j)
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise self.error('Tag "span" must have class "tg-spoiler"', i)
        self.stack.append(_OpenTag(name, attrs, self.out_len))
        return j

    def parse_attrs(self, tag: str, start: int, j: int) -> tuple[dict[str, str], int]:
        """Parse attributes from ``src[j]`` up to and including ``>``."""
        src = self.src
        attrs: dict[str, str] = {}
        while True:
            while j < len(src) and src[j].isspace():
                j += 1
            if j >= len(src) or src[j] == "<":
                raise self.error("Unclosed start tag", start)
            if src[j] == ">":
                return attrs, j + 1
            name_start = j
            while j < len(src) and (src[j].isalnum() or src[j] in "-_"):
                j += 1
            if j == name_start:
                raise self.error(f'Empty attribute name in the tag "{tag}"', start)
            name = src[name_start:j].lower()
            while j < len(src) and src[j].isspace():
                j += 1
            if j < len(src) and src[j] == "=":
                value, j = self.parse_attr_value(tag, start, j + 1)
            else:
                value = ""  # valueless attribute, e.g. <blockquote expandable>
            attrs[name] = value

    def parse_attr_value(self, tag: str, start: int, j: int) -> tuple[str, int]:
        src = self.src
        while j < len(src) and src[j].isspace():
            j += 1
        if j >= len(src):
            raise self.error("Unclosed start tag", start)
        if src[j] in "\"'":
            end = src.find(src[j], j + 1)
            if end < 0:
                raise self.error("Unclosed start tag", start)
            return _decode_attr_value(src[j + 1 : end]), end + 1
        end = j
        while end < len(src) and not src[end].isspace() and src[end] != ">":
            end += 1
        if end == j:
            raise self.error(f'Empty attribute value in the tag "{tag}"', start)
        return _decode_attr_value(src[j:end]), end

    def parse_end_tag(self, i: int) -> int:
        end = self.src.find(">", i)
        if end < 0:
            raise self.error("Unclosed end tag", i)
        name = self.src[i + 2 : end].strip().lower()
        if not self.stack:
            raise self.error("Unexpected end tag", i)
        open_tag = self.stack.pop()
        if name != open_tag.name:
            raise self.error(
                f"Unmatched end tag at byte offset {_byte_offset(self.src, i)}, "
                f'expected "</{open_tag.name}>", found "</{name}>"'
            )
        self.add_entity(open_tag)
        return end + 1

    def add_entity(self, tag: _OpenTag) -> None:
        length = self.out_len - tag.offset
        if length == 0:
            return
        entity: Entity = {"type": TAG_ENTITY_TYPES[tag.name], "offset": tag.offset, "length": length}
        if tag.name == "a":
            if not tag.attrs.get("href"):
                return
            entity["url"] = tag.attrs["href"]
        elif tag.name == "pre" and tag.language:
            entity["language"] = tag.language
        elif tag.name == "blockquote" and "expandable" in tag.attrs:
            entity["type"] = "expandable_blockquote"
        elif tag.name == "code" and self.merge_code_language(tag, length):
            return
        self.entities.append(entity)

    def merge_code_language(self, tag: _OpenTag, length: int) -> bool:
        """``<pre><code class="language-x">`` becomes one ``pre`` entity with a language."""
        language = tag.attrs.get("class", "")
        parent = self.stack[-1] if self.stack else None
        if not language.startswith("language-") or not parent or parent.name != "pre":
            return False
        if parent.offset != tag.offset:
            return False
        parent.language = language.removeprefix("language-")
        return True


def parse_html(src: str, *, strict_ampersand: bool = True) -> ParsedText:
    """Parse Telegram HTML; raise :class:`HtmlParseError` if Telegram would reject it."""
    return _HtmlParser(src, strict_ampersand).parse()


def trim(parsed: ParsedText) -> ParsedText:
    """Strip leading/trailing whitespace like Telegram does, shifting entities to match."""
    head = len(parsed.text) - len(parsed.text.lstrip(_TRIMMED))
    text = parsed.text.strip(_TRIMMED)
    # Whitespace characters are all single UTF-16 units, so str lengths are unit counts.
    limit = utf16_len(text)
    entities: list[Entity] = []
    for entity in parsed.entities:
        start = max(entity["offset"] - head, 0)
        end = min(entity["offset"] + entity["length"] - head, limit)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return ParsedText(text, entities)
