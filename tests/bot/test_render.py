"""How an answer reads in the chat, from Answers built here: citation, length, small talk, non-answers."""

from __future__ import annotations

from bot import render
from bot.citation import day, headline
from bot.markup import to_html_parts, to_plain
from retrieval import Answer, Meta, Quote

FERRY = "The harbour ferry will run every twenty minutes from May, the harbour board said on Tuesday."


def source(**fields: str) -> Meta:
    values = {"title": "Ferry timetable approved", "file": "017_ferry.txt"}
    return Meta(**{**values, **fields})  # type: ignore[arg-type]


def quote(text: str = FERRY, **fields: str) -> Quote:
    return Quote(text, source(**fields), paragraph=4, score=1.0)


def test_the_source_line_is_headline_outlet_and_date_with_the_headline_linked() -> None:
    cited = source(
        url="https://example.com/ferry", publisher="Harbour Gazette", author="Ada Quay", date="2025-11-27"
    )
    block = render.source_block(cited)
    assert block.plain == "— Ferry timetable approved · Harbour Gazette · 27 Nov 2025"
    [html] = to_html_parts([block])
    assert '<a href="https://example.com/ferry">Ferry timetable approved</a>' in html
    assert "017_ferry.txt" not in html
    assert "paragraph" not in html


def test_without_an_outlet_the_author_is_named_and_without_a_date_the_day_added_is_labelled() -> None:
    assert render.source_block(source(author="Ada Quay", added="2025-12-02")).plain == (
        "— Ferry timetable approved · Ada Quay · added 2 Dec 2025"
    )
    assert render.source_block(source()).plain == "— Ferry timetable approved"


def test_a_site_name_equal_to_the_title_prints_once() -> None:
    cited = source(title="Harbour Gazette", publisher="Harbour Gazette", date="2025-11-27")
    assert render.source_block(cited).plain == "— Harbour Gazette · 27 Nov 2025"


def test_a_long_headline_is_cut_at_a_word() -> None:
    title = (
        "Harbour board approves the new ferry timetable after months of talks with unions, residents, shops"
    )
    cut = headline(title)
    assert len(cut) <= 90
    assert cut.endswith("…")
    assert title.startswith(cut[:-1])
    assert cut[-2] != " "


def test_dates_read_as_day_month_year() -> None:
    assert day("2025-11-07") == "7 Nov 2025"
    assert day("--11-07") == "7 Nov"


def test_the_answer_stays_phone_length_with_at_most_two_also_reported_collapsed() -> None:
    others = tuple(
        quote(f"Report {n}: the ferry will run more often from May.", file=f"{n}.txt") for n in range(4)
    )
    answer = Answer(quote(), also=others)
    blocks = render.answer_blocks(answer)
    assert render.size(blocks) <= render.ANSWER_MAX
    [html] = to_html_parts(blocks)
    assert "<blockquote expandable><b>Also reported</b>" in html
    plain = to_plain(blocks)
    assert "Report 0" in plain
    assert "Report 1" in plain
    assert "Report 2" not in plain


def test_also_reported_that_would_pass_600_characters_is_left_out() -> None:
    long_other = quote("The ferry, the board said, " + "will run often " * 40 + "from May.")
    blocks = render.answer_blocks(Answer(quote(), also=(long_other,)))
    assert "Also reported" not in to_plain(blocks)
    assert render.size(blocks) <= render.ANSWER_MAX


def test_a_quote_longer_than_600_characters_is_still_quoted_whole() -> None:
    long_quote = "The ferry " + "will run every twenty minutes and " * 25 + "from May."
    blocks = render.answer_blocks(Answer(quote(long_quote), also=(quote(),)))
    assert long_quote in to_plain(blocks)
    assert "Also reported" not in to_plain(blocks)


def test_earlier_reports_follow_the_main_quote_with_their_date() -> None:
    earlier = quote("The ferry would run every half hour, the board said.", date="2025-10-02")
    answer = Answer(quote(date="2025-11-27"), earlier=(earlier,))
    plain = to_plain(render.answer_blocks(answer))
    assert plain.index(FERRY) < plain.index("Earlier (2 Oct 2025): “The ferry would run every half hour")


def test_small_talk_gets_a_friendly_line_and_never_a_quote() -> None:
    examples = ("How often will the ferry run?",)
    hello = to_plain(render.answer_blocks(Answer(None, small_talk="greeting"), examples))
    assert hello == "Hi! Ask me about the news in the articles, for example “How often will the ferry run?”."
    thanks = Answer(quote("Thanksgiving ferries will be busy."), small_talk="thanks")
    assert to_plain(render.answer_blocks(thanks)).startswith("You're welcome!")
    assert "Thanksgiving" not in to_plain(render.answer_blocks(thanks))


def test_the_closest_passage_is_labelled_as_not_an_answer() -> None:
    answer = Answer(None, asked="person", closest=quote())
    plain = to_plain(render.answer_blocks(answer))
    assert plain.startswith("The articles don't say who.")
    assert "Closest passage (not an answer):" in plain
    assert plain.index("Closest passage") < plain.index(FERRY)


def test_more_is_headed_with_its_question() -> None:
    plain = to_plain(render.more_blocks([quote()], "how often will the ferry run?"))
    assert plain.startswith("More on “how often will the ferry run?”")
    assert FERRY in plain


def test_hints_are_one_line() -> None:
    assert (
        render.hint_line("/foo@talksbot", "other")
        == "I don't know /foo. Just send me your question, or see /help."
    )
    assert "voice notes" in render.hint_line(None, "voice")
    assert "“How often?”" in render.hint_line(None, "sticker", ("How often?",))


def test_a_refusal_in_another_language_says_the_articles_are_in_english() -> None:
    foreign = Answer(None, searched=("passiert", "krim"), unknown=("passiert", "Krim"), foreign=True)
    text = to_plain(render.answer_blocks(foreign))
    assert "No article mentions: passiert, Krim." in text
    assert "The articles are in English" in text
    plain = Answer(None, searched=("capital", "france"), unknown=("capital", "France"))
    assert "in English" not in to_plain(render.answer_blocks(plain))


def test_an_empty_folder_says_it_has_no_articles_yet() -> None:
    text = to_plain(render.answer_blocks(Answer(None, searched=("crimea",), no_articles=True)))
    assert "I have no articles yet" in text
    assert "No article mentions" not in text
