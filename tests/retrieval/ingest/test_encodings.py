"""Files in any encoding a newsroom or Windows editor writes are read as the text they hold."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval import Library, Skipped, UploadError
from retrieval.ingest.encoding import decode
from retrieval.ingest.loader import read_article
from retrieval.ingest.uploads import save_article

RUSSIAN_TITLE = "Переговоры в Вельмаре"
RUSSIAN = [
    "Делегации договорились о прекращении огня вдоль Днепра с понедельника, сообщили участники переговоров.",
    "Второй раунд переговоров запланирован на весну в городе Вельмар, где стороны обсудят обмен пленными.",
    "Наблюдатели будут следить за соблюдением перемирия с обоих берегов реки.",
]
UKRAINIAN_TITLE = "Переговори у Вельмарі"
UKRAINIAN = [
    "Делегації домовилися про припинення вогню вздовж Дніпра з понеділка, повідомили учасники переговорів.",
    "Другий раунд переговорів заплановано на весну в місті Вельмар, де сторони обговорять обмін полоненими.",
    "Її учасники пообіцяли ґрунтовно підготуватися до зустрічі, і це єдине, що відомо.",
]
ENGLISH = [
    "The delegations agreed on a ceasefire along the Dnipro river starting on Monday, officials said.",
    "A second round of talks is planned for the spring in the city of Vellmar.",
]


def _article(title: str, paragraphs: list[str], newline: str = "\n") -> str:
    return newline.join([title, "", *[p + newline for p in paragraphs]])


def _page(title: str, paragraphs: list[str], head: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("encoding", "title", "paragraphs"),
    [
        ("cp1251", RUSSIAN_TITLE, RUSSIAN),
        ("koi8-r", RUSSIAN_TITLE, RUSSIAN),
        ("koi8-u", UKRAINIAN_TITLE, UKRAINIAN),
        ("iso-8859-5", RUSSIAN_TITLE, RUSSIAN),
        ("mac-cyrillic", UKRAINIAN_TITLE, UKRAINIAN),
        ("cp866", RUSSIAN_TITLE, RUSSIAN),
        ("cp1251", UKRAINIAN_TITLE, UKRAINIAN),
    ],
)
def test_an_undeclared_cyrillic_code_page_is_detected(
    tmp_path: Path, encoding: str, title: str, paragraphs: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "talks.txt"
    path.write_bytes(_article(title, paragraphs).encode(encoding))
    with caplog.at_level(logging.WARNING, logger="retrieval"):
        article = read_article(path, path.name)
    assert not isinstance(article, Skipped)
    assert article.meta.title == title
    assert [p.text for p in article.paragraphs] == paragraphs
    assert "talks.txt is not UTF-8" in caplog.text


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "cp1251"),
        ('<meta charset="koi8-r">', "koi8-r"),
        ("<meta charset='ISO-8859-5'>", "iso-8859-5"),
        ("", "cp1251"),  # nothing declared: detected
    ],
)
def test_a_web_page_is_read_in_its_declared_charset(
    tmp_path: Path, make_library: Callable[[Path], Library], head: str, encoding: str
) -> None:
    (tmp_path / "talks.html").write_bytes(_page(RUSSIAN_TITLE, RUSSIAN, head).encode(encoding))
    library = make_library(tmp_path)
    [info] = library.snapshot.articles
    assert info.meta.title == RUSSIAN_TITLE
    answer = library.answer("Где стороны обсудят обмен пленными?")
    assert answer.quote is not None
    assert answer.quote.text == RUSSIAN[1]


def test_a_declared_charset_wins_over_a_guess() -> None:
    # These bytes are valid UTF-8 too (Latin letters only), and koi8-r would read them the same; a page
    # declaring windows-1251 whose bytes are cp1251 must come out as the declared text.
    data = _page(RUSSIAN_TITLE, RUSSIAN[:1], '<meta charset="windows-1251">').encode("cp1251")
    text = decode(data, "talks.html", html=True)
    assert isinstance(text, str)
    assert RUSSIAN[0] in text


@pytest.mark.parametrize(
    ("encoding", "suffix"),
    [
        ("utf-16", ".txt"),
        ("utf-16-be", ".md"),
        ("utf-32", ".txt"),
        ("utf-32-be", ".html"),
        ("utf-16", ".html"),
    ],
)
def test_utf16_and_utf32_with_a_byte_order_mark(
    tmp_path: Path, make_library: Callable[[Path], Library], encoding: str, suffix: str
) -> None:
    # What Windows Notepad saves as "Unicode": a BOM and CRLF line ends.
    text = (
        _page("Ceasefire talks in Vellmar", ENGLISH, '<meta charset="utf-16">')
        if suffix == ".html"
        else _article("Ceasefire talks in Vellmar", ENGLISH, newline="\r\n")
    )
    bom = "\ufeff" if encoding.endswith("-be") else ""  # "utf-16" and "utf-32" write their own BOM
    (tmp_path / f"talks{suffix}").write_bytes((bom + text).encode(encoding))
    library = make_library(tmp_path)
    [info] = library.snapshot.articles
    assert info.meta.title == "Ceasefire talks in Vellmar"
    answer = library.answer("when does the ceasefire start?")
    assert answer.quote is not None
    assert answer.quote.text == ENGLISH[0]


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe" + "Ceasefire talks".encode("utf-16-le") + b"\x00\xd8",  # a lone surrogate after a BOM
        b"\xfe\xff" + "odd".encode("utf-16-be") + b"\x00",  # an odd number of bytes
    ],
)
def test_text_no_encoding_explains_is_refused_saying_so(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(data)
    result = read_article(path, path.name)
    assert isinstance(result, Skipped)
    assert "no text encoding explains its bytes" in result.reason


def test_uploads_are_decoded_like_the_folder(tmp_path: Path) -> None:
    page = _page(
        RUSSIAN_TITLE, RUSSIAN, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    )
    saved = save_article(tmp_path, "talks.html", page.encode("cp1251"), 10**6)
    assert saved.article.meta.title == RUSSIAN_TITLE
    notepad = "\ufeff" + _article("Ceasefire talks in Vellmar", ENGLISH, newline="\r\n")
    saved = save_article(tmp_path, "notepad.txt", notepad.encode("utf-16-le"), 10**6)
    assert [p.text for p in saved.article.paragraphs] == ENGLISH
    koi8 = _article(UKRAINIAN_TITLE, UKRAINIAN).encode("koi8-u")
    assert save_article(tmp_path, "koi8.md", koi8, 10**6).article.meta.title == UKRAINIAN_TITLE
    with pytest.raises(UploadError, match="no text encoding explains its bytes"):
        save_article(tmp_path, "broken.txt", b"\xff\xfe\x41\x00\x00\xd8", 10**6)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["koi8.md", "notepad.txt", "talks.html"]


@pytest.mark.parametrize(
    ("encoding", "sentence"),
    [
        # cp1250 would read "Œuvre" as "Śuvre" and "Genève" as "Genčve"
        ("cp1252", "Le chef de l’Œuvre a dit que la trêve tiendra, selon l’envoyé à Genève."),
        # cp1252 would read "powiedział" as "powiedzia³"
        ("cp1250", "Rozejm zacznie się w poniedziałek, powiedział negocjator w Warszawie."),
    ],
)
def test_western_and_central_european_code_pages_are_told_apart(encoding: str, sentence: str) -> None:
    assert decode(f"Rozmowy\n\n{sentence}\n".encode(encoding), "talks.txt") == f"Rozmowy\n\n{sentence}\n"


@pytest.mark.parametrize(
    ("damage", "replaced"),
    [
        (lambda data: data[:-2], RUSSIAN[2][:-2] + "\ufffd"),  # the file cut inside its last letter
        (lambda data: data.replace(" с ".encode(), b" \x96 ", 1), RUSSIAN[0].replace(" с ", " \ufffd ", 1)),
    ],
)
def test_utf8_with_a_few_broken_bytes_stays_utf8(damage: Callable[[bytes], bytes], replaced: str) -> None:
    text = _article(RUSSIAN_TITLE, RUSSIAN).rstrip("\n")
    decoded = decode(damage(text.encode("utf-8")), "talks.txt")
    assert isinstance(decoded, str)
    assert replaced in decoded
    assert RUSSIAN_TITLE in decoded
