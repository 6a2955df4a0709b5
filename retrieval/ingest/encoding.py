"""Turning a file's bytes into text: byte-order marks, a page's declared charset, then detection."""

from __future__ import annotations

import codecs
import logging
import re
from functools import lru_cache

from retrieval.documents import Skipped
from retrieval.errors import EnvironmentFailure
from retrieval.language import lexicon

log = logging.getLogger("retrieval")

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""", re.I)
# WHATWG: a page declaring Latin-1 or ASCII is read as windows-1252 by every browser.
_HTML_ALIASES = {"latin_1": "cp1252", "ascii": "cp1252", "iso8859_1": "cp1252"}
# Single-byte Cyrillic code pages share byte ranges, so a detector's first guess between them is weak.
_CYRILLIC_FAMILY = ("cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp866")
_LATIN_FAMILY = ("cp1252", "cp1250", "iso8859_15")
_CYRILLIC_LANGUAGES = ("ru", "uk", "en")
_LATIN_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "pl")
_MAX_CANDIDATES = 6
_CYRILLIC = lexicon.CYRILLIC
_PUNCTUATION = "\"'.,;:!?()[]{}«»“”„‘’‚…—–-*/"
_SAMPLE = 20_000


def decode(data: bytes, relative: str, *, html: bool = False) -> str | Skipped:
    """Text from bytes: a BOM, then (web pages) the declared charset, then UTF-8, then detection.

    Returns Skipped when the bytes look binary or no encoding explains them; logs a warning when the
    encoding had to be guessed.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _with_bom(data[len(bom) :], encoding, relative)
    if _looks_binary(data):
        return Skipped(relative, "it looks like a binary file, not text")
    declared = declared_charset(data) if html else None
    if declared is not None:
        text = _try(data, declared)
        if text is not None:
            return text
        log.warning("%s declares charset %s but is not valid %s; detecting it", relative, declared, declared)
    text = _try(data, "utf-8")
    if text is not None:
        return text
    return _nearly_utf8(data, relative) or _detect(data, relative)


def _nearly_utf8(data: bytes, relative: str) -> str | None:
    """UTF-8 text with a few broken bytes (a cut last character, one stray byte): those replaced by �.

    Only when the valid multi-byte characters far outnumber the broken bytes: one accented letter in
    an otherwise ASCII cp1252 file is a code page, not broken UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for char in text if ord(char) > 127) - broken
    if broken > max(3, len(data) // 10_000) or valid < 20 * broken:
        return None
    log.warning("%s has %d bytes that are not UTF-8; read it as UTF-8 with them replaced", relative, broken)
    return text


def declared_charset(data: bytes) -> str | None:
    """The codec a web page declares in a <meta> tag or XML declaration, if Python knows it."""
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name.replace("-", "_")
    except (LookupError, UnicodeDecodeError):
        return None
    if name.startswith(("utf_16", "utf_32")):
        return "utf-8"  # WHATWG: bytes that carry an ASCII meta tag cannot be UTF-16
    return _HTML_ALIASES.get(name, name)


def _with_bom(data: bytes, encoding: str, relative: str) -> str | Skipped:
    text = _try(data, encoding)
    if text is None:
        why = f"it is not valid {encoding.upper()} despite its byte-order mark"
        return Skipped(relative, f"no text encoding explains its bytes: {why}")
    if _looks_binary(text.encode("utf-8", "surrogatepass")):
        return Skipped(relative, "it looks like a binary file, not text")
    return text


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes, relative: str) -> str | Skipped:
    """charset-normalizer's candidates, re-ranked by how many real words each reading gives."""
    try:
        from charset_normalizer import from_bytes  # noqa: PLC0415 - only needed for files that are not UTF-8
    except ImportError as exc:
        raise EnvironmentFailure("charset-normalizer", exc) from exc
    found = [match.encoding for match in from_bytes(data)][:_MAX_CANDIDATES]
    if not found:
        return Skipped(relative, "no text encoding explains its bytes (not UTF-8 nor any known code page)")
    # Code pages share byte ranges (cp1250 reads cp1252's "Œuvre" as "Śuvre"; cp1251 reads mac-cyrillic):
    # the detector's first guess among them is weak, real words are not.
    sample = data[:_SAMPLE]
    cyrillic = bool(_CYRILLIC.search(_try(sample, found[0]) or ""))
    family = _CYRILLIC_FAMILY if cyrillic else _LATIN_FAMILY
    languages = _CYRILLIC_LANGUAGES if cyrillic else _LATIN_LANGUAGES
    candidates = list(dict.fromkeys([*found, *family]))
    scores = {encoding: _known_letters(_try(sample, encoding), languages) for encoding in candidates}
    for encoding in sorted(candidates, key=lambda enc: -scores[enc]):
        text = _try(data, encoding)
        if text is not None:
            log.warning("%s is not UTF-8; read it as %s", relative, encoding)
            return text
    return Skipped(relative, "no text encoding explains its bytes (not UTF-8 nor any known code page)")


def _known_letters(text: str | None, languages: tuple[str, ...]) -> int:
    """How many letters of `text` are in words a dictionary of one of `languages` knows."""
    if text is None:
        return -1
    # Whole tokens only: a misread letter ("powiedzia³") must spoil its word, not leave known fragments.
    words = (token.strip(_PUNCTUATION) for token in text.split())
    return sum(len(word) for word in words if word.isalpha() and _is_word(word.casefold(), languages))


@lru_cache(maxsize=50_000)
def _is_word(word: str, languages: tuple[str, ...]) -> bool:
    from wordfreq import zipf_frequency  # noqa: PLC0415 - word lists load on the first guessed file

    return any(zipf_frequency(word, language) > 0 for language in languages)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C, not byte by byte
    return controls > len(head) * 0.05


# Control bytes other than tab, newline, form feed and carriage return: never in text.
_CONTROL_BYTES = bytes(byte for byte in range(32) if byte not in (9, 10, 12, 13))
