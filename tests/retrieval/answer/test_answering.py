"""The answer engine on invented news: what is asked, the sentence that supplies it, and "I don't know"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval import Library
from retrieval.answer import query
from retrieval.answer.candidates import picks
from retrieval.answer.extract import _asks_how_things_stand
from retrieval.answer.query import _negating
from retrieval.answer.question import analyse
from retrieval.language.prose import is_credit
from tests.retrieval.answer.articles import write_article as _article

# Invented reporting, written for these tests.
WIRE = """---
title: Velmara talks end with a prisoner deal
date: 2026-01-20
source: Northwire
---

VELMARA, Jan 20 (Northwire) - Negotiators from Arland and Brevia ended two days of talks in Velmara
on Tuesday.

ADVERTISEMENT

(From left) Ona Tarvik, Piet Moll and Ivo Grad at the lakeside palace on Monday. Photo: Pool via
Northwire

Before the talks, Arland's envoy Ona Tarvik set out her government's main objective. It was to bring
every prisoner home before the spring thaw, she told reporters.

The sides agreed to exchange 120 prisoners, 60 for 60, at the Kessel border crossing within ten days.

The talks went on for nearly nine hours on the second day. Brevia's delegation was led by Piet Moll,
a former defence minister.

Tarvik resigned as envoy in December after auditors questioned her travel expenses, then was
reappointed in January.

The grain plant at Orsk has produced no flour since the summer, when its four mills were shut down.
"""

LATER = """---
title: Velmara deal grows
date: 2026-02-03
source: Harbour Ledger
---

The prisoner exchange agreed in Velmara now covers 150 prisoners, officials said on Monday.
"""

OTHER = """---
title: City council sets out a parking plan
date: 2026-01-05
source: Riverside Gazette
---

The council's parking plan sets a two-hour limit in the market square and adds 40 spaces for electric cars.
"""


@pytest.fixture
def library(tmp_path: Path, make_library: Callable[[Path], Library]) -> Library:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "wire.md").write_text(WIRE, encoding="utf-8")
    (folder / "later.md").write_text(LATER, encoding="utf-8")
    (folder / "council.md").write_text(OTHER, encoding="utf-8")
    return make_library(folder)


def _quoted(library: Library, question: str) -> str:
    answer = library.answer(question)
    assert answer.quote is not None, (question, answer)
    return answer.quote.text


def test_the_sentence_that_answers_wins_over_the_one_that_restates_the_question(library: Library) -> None:
    quoted = _quoted(library, "what was the main objective Tarvik set out before the talks?")
    assert "bring every prisoner home" in quoted


def test_a_set_up_followed_by_a_definite_noun_phrase_is_quoted_with_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "aim.md").write_text(
        "# Brevia's envoy sets out a goal\n\nBefore the talks began, Piet Moll said Brevia had one overriding"
        " aim. The goal, he said, was to reopen the grain corridor before the harvest.\n",
        encoding="utf-8",
    )
    quoted = _quoted(make_library(tmp_path), "what was the overriding aim Moll said Brevia had?")
    assert "reopen the grain corridor" in quoted


def test_a_yes_no_question_is_answered_by_the_sentence_that_says_yes_or_no(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "truce.md").write_text(
        "# Velmara talks end\n\n"
        "The Velmara talks had been expected to produce a truce before the harvest.\n\n"
        "In the end the Velmara talks did not produce a truce, and the guns were firing again by dusk.\n",
        encoding="utf-8",
    )
    assert "did not produce" in _quoted(make_library(tmp_path), "did the Velmara talks produce a truce?")


def test_a_refusal_says_no(tmp_path: Path, make_library: Callable[[Path], Library]) -> None:
    (tmp_path / "accord.md").write_text(
        "# Brevia and the Orvane accord\n\n"
        "Brevia watched as Arland and Velmara signed the Orvane accord in Kessel on Friday.\n\n"
        "Brevia refused to sign the Orvane accord.\n",
        encoding="utf-8",
    )
    assert "refused to sign" in _quoted(make_library(tmp_path), "did Brevia sign the Orvane accord?")


def test_a_question_about_what_is_to_come_is_answered_by_what_will_be(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "rounds.md").write_text(
        "# Velmara rounds\n\nThe Velmara talks resumed on 3 March after a break of a month.\n\n"
        "The Velmara talks will resume again on 9 April, officials said.\n",
        encoding="utf-8",
    )
    assert "9 April" in _quoted(make_library(tmp_path), "when will the Velmara talks resume next?")


def test_a_when_is_answered_by_the_report_that_gives_the_day_over_a_newer_one_giving_the_month(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "first.md").write_text(
        "---\ntitle: Orvane talks end\ndate: 2026-03-14\n---\n\n"
        "The first Orvane talks between Arland and Brevia took place in Kessel on 12 and 13 March.\n",
        encoding="utf-8",
    )
    (tmp_path / "later.md").write_text(
        "---\ntitle: Grain truce holds\ndate: 2026-04-20\n---\n\n"
        "The grain truce was agreed after the first Orvane talks between Arland and Brevia in Kessel"
        " in March.\n",
        encoding="utf-8",
    )
    assert "12 and 13 March" in _quoted(make_library(tmp_path), "When were the first Orvane talks in Kessel?")


def test_a_typed_question_gets_a_sentence_of_that_type(library: Library) -> None:
    assert "nearly nine hours" in _quoted(library, "how long did the talks go on on the second day?")
    assert "Piet Moll" in _quoted(library, "who led Brevia's delegation?")
    assert "Kessel border crossing" in _quoted(library, "where will the prisoner exchange take place?")
    assert "after auditors questioned" in _quoted(library, "why did Tarvik resign?")


def test_no_answer_of_the_type_asked_is_a_refusal_with_the_closest_passage(library: Library) -> None:
    answer = library.answer("how many observers will monitor the prisoner exchange?")
    assert answer.quote is None
    answer = library.answer("what is the name of the lakeside palace?")
    assert answer.quote is None
    assert answer.asked == "name"


def test_the_newest_report_of_a_figure_is_the_main_quote(library: Library) -> None:
    answer = library.answer("how many prisoners will be exchanged?")
    assert answer.quote is not None
    assert "150 prisoners" in answer.quote.text
    assert [q.meta.date for q in answer.earlier] == ["2026-01-20"]


# Wire copy without a year in its dateline, invented for these tests.
YEARLESS_WIRE = """Velmara exchange widened again

VELMARA, Feb 10 (Northwire) - The prisoner exchange agreed in Velmara now covers 180 prisoners, officials
said on Tuesday.
"""

YEARLESS_SPRING = """Velmara exchange widened once more

VELMARA, Apr 10 (Northwire) - The prisoner exchange agreed in Velmara now covers 210 prisoners, officials
said, after the last group crossed on 8 April 2026.
"""


def test_a_yearless_dateline_takes_part_in_the_newest_report_wins(
    library: Library, make_library: Callable[[Path], Library]
) -> None:
    (library.folder / "wire_feb.txt").write_text(YEARLESS_WIRE, encoding="utf-8")
    newer = make_library(library.folder)
    answer = newer.answer("how many prisoners will be exchanged?")
    assert answer.quote is not None
    assert "180 prisoners" in answer.quote.text
    assert answer.quote.meta.date == "--02-10"  # shown as the article gave it: no year is invented
    assert [q.meta.date for q in answer.earlier] == ["2026-02-03"]
    # In the folder's year an April dateline would be last year's: the full date in its text says otherwise.
    (library.folder / "wire_apr.txt").write_text(YEARLESS_SPRING, encoding="utf-8")
    answer = make_library(library.folder).answer("how many prisoners will be exchanged?")
    assert answer.quote is not None
    assert "210 prisoners" in answer.quote.text


def test_small_talk_is_never_quoted(library: Library) -> None:
    for message in ("hi", "thanks!", "ok", "\U0001f44d"):
        answer = library.answer(message)
        assert answer.small_talk is not None
        assert answer.quote is None
        assert answer.closest is None


def test_chat_and_invisible_characters_do_not_change_the_answer(library: Library) -> None:
    plain = _quoted(library, "who led Brevia's delegation?")
    assert _quoted(library, "hi! quick one: who led Brevia's delegation? thanks in advance") == plain
    assert _quoted(library, "@TalksBot who led Bre\u200bvia's dele\u00adgation?") == plain


def test_furniture_is_never_the_answer(library: Library) -> None:
    # Only the photo caption says who was at the palace: a caption is not the article's word.
    assert library.answer("who was at the lakeside palace on Monday?").quote is None
    assert "ADVERTISEMENT" not in _quoted(library, "Velmara talks")


def test_a_word_the_articles_never_use_is_bridged_to_one_they_do(library: Library) -> None:
    assert "resigned as envoy" in _quoted(library, "did Tarvik quit?")


def test_names_in_another_spelling_or_with_a_typo_are_found(library: Library) -> None:
    assert "Piet Moll" in _quoted(library, "who led Brevvia's delegation?")
    assert "Tarvik" in _quoted(library, "why did Tarwik resign?")


def test_an_unknown_name_is_still_not_covered(library: Library) -> None:
    answer = library.answer("what did Zubrowski say about the parking plan?")
    assert answer.quote is None
    assert "Zubrowski" in answer.unknown  # as the question writes it


def test_a_name_the_question_gives_must_be_in_the_passage(library: Library) -> None:
    # Tarvik is Arland's envoy; nothing is said of an envoy from the Lunar League.
    assert library.answer("who is the Lunar League envoy at the Velmara talks?").quote is None
    assert "Tarvik" in _quoted(library, "who is Arland's envoy at the Velmara talks?")


def test_a_month_or_ordinal_the_question_names_must_be_in_the_passage(library: Library) -> None:
    # Reports of an exchange agreed in January and grown in February say nothing of one in March.
    assert library.answer("how many prisoners will be exchanged in March?").quote is None
    assert library.answer("who led Brevia's delegation in the third round?").quote is None
    # The article's date counts; a day of the month may be reported as a weekday.
    assert "60 for 60" in _quoted(library, "how many prisoners were to be exchanged on 20 January?")


def test_who_is_answered_by_someone_named_before_a_country(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "talks.md",
        "Arland and Brevia meet in Velmara",
        20,
        "Arland's delegation at the Velmara talks was welcomed by Norway with a dinner on the first evening.",
        "The delegation at the talks was led by Ona Tarvik, a former judge.",
    )
    quoted = _quoted(make_library(tmp_path), "who led Arland's delegation at the Velmara talks?")
    assert "Ona Tarvik" in quoted


def test_where_is_answered_only_by_a_passage_on_the_place_the_question_names(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Florida is in many reports; talks held elsewhere are other talks, however well they match.
    _article(
        tmp_path, "florida.md", "Florida talks end", 22, "The Florida talks took place at a club in Lowmere."
    )
    _article(tmp_path, "kessel.md", "Velmara round closes", 25, "The talks were held in Kessel on Tuesday.")
    for day in (23, 24, 26):
        _article(
            tmp_path,
            f"market{day}.md",
            "Market news",
            day,
            "Prices at the Florida market rose, traders said.",
        )
    assert "Lowmere" in _quoted(make_library(tmp_path), "where were the florida talks held?")


def test_where_in_a_city_is_answered_by_a_place_within_it_not_by_another_city(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Both sentences place a meeting of the group; only one is a place in Vienna.
    _article(
        tmp_path,
        "donors.md",
        "Velmara donors meet in Vienna",
        20,
        "The Velmara donors group, which first met in Oslo last year, now has twelve members.",
        "On Tuesday the donors group met at the Korsa Hall to sign its charter.",
    )
    quoted = _quoted(make_library(tmp_path), "where in vienna did the velmara donors group meet?")
    assert "Korsa Hall" in quoted


def test_who_is_not_answered_by_a_sentence_its_article_corrects(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The wrong sentence stays above the note that corrects it, and matches the question better.
    _article(
        tmp_path,
        "live.md",
        "Live: Arland and Brevia talks in Velmara",
        20,
        "Talks began in Velmara on Monday. Arland's delegation at the talks is led by Ona Tarvik.",
        "Correction: an earlier version of this entry said Ona Tarvik was leading the delegation."
        " It is headed by Ivo Grad; Tarvik is also taking part.",
    )
    quoted = _quoted(make_library(tmp_path), "who led Arland's delegation at the Velmara talks?")
    assert "Ivo Grad" in quoted


def test_which_hotel_is_answered_by_a_named_hotel_not_by_the_city(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Both sentences place the talks; only one names the hotel the question asks for.
    _article(
        tmp_path,
        "velmara.md",
        "First Velmara talks",
        20,
        "Envoys are in Velmara, where the first three-way meeting between Arland and Brevia is taking place. "
        "Talks began on Friday evening at the Korsa Grand hotel.",
    )
    quoted = _quoted(make_library(tmp_path), "In which hotel did the first Velmara meeting take place?")
    assert "Korsa Grand" in quoted


def test_what_someone_agreed_is_the_sentence_on_the_thing_not_the_lead_on_the_round(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The lead names the round and the place in its own words; the answer names the thing agreed.
    _article(
        tmp_path,
        "round.md",
        "Second Velmara round ends with a border deal",
        22,
        "The second round of talks between Arland and Brevia ended in Velmara on Thursday with two results. "
        "First, the sides agreed to exchange 80 prisoners. "
        "Second, Arland and Brevia agreed to reopen the Kessel crossing to trade from March.",
    )
    question = "what did Arland and Brevia agree on border trade in the second Velmara round?"
    assert "reopen the Kessel crossing" in _quoted(make_library(tmp_path), question)


def test_what_someone_said_is_not_what_others_said_about_them(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "moll.md",
        "Moll leaves the Velmara talks",
        21,
        "Brevian commentators said the departure of Moll showed that Tarvik now runs the talks alone.",
        "Correction, 10:40 GMT: an earlier version of this entry said that Moll was at the Kessel talks.",
        "Moll, a former defence minister, will return to his farm near Orsk.",
    )
    _article(
        tmp_path,
        "tarvik.md",
        "Tarvik on the border",
        23,
        "Brevian experts agreed that Tarvik's border plan was a bluff.",
        "Tarvik agreed on Tuesday to reopen the Kessel border to trade.",
    )
    library = make_library(tmp_path)
    # Only what others said about Moll, and a correction of what was said: nothing he said.
    assert library.answer("what did Moll say about Tarvik?").quote is None
    assert "reopen the Kessel border" in _quoted(library, "what did Tarvik agree on the border?")


def test_what_a_country_said_is_not_in_a_passage_without_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # A country is no name, yet the one asked about must speak: Arland's words are not Portugal's.
    _article(
        tmp_path,
        "loan.md",
        "Arland agrees a loan",
        20,
        '"Today we approved 90 billion crowns of loans to Brevia," the president told reporters.',
    )
    _article(tmp_path, "fleet.md", "Fleets", 21, "Portugal sent a fishing fleet to Orsk.", "Malta sent none.")
    assert (
        make_library(tmp_path).answer("what did Portugal say about the 90 billion crowns loan?").quote is None
    )


def test_what_someone_said_is_not_what_is_said_of_them(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "loan.md",
        "Arland agrees a loan",
        20,
        "The mayor of Velmara described the loan to Brevia as a fair deal for the whole valley.",
        "He added that the loan would shield three countries, Portugal, Malta and Cyprus, from any losses.",
    )
    _article(
        tmp_path,
        "moll.md",
        "Moll on the loan",
        19,
        "Piet Moll hailed the loan to Brevia, which came after leaders worked late to reassure Portugal.",
    )
    _article(
        tmp_path,
        "talks.md",
        "Brevia sends its team to Velmara",
        21,
        "Moll will be joined at the Velmara talks by Ona Tarvik and twenty officials, the report said.",
    )
    _article(
        tmp_path,
        "grad.md",
        "Grad",
        22,
        "Ivo Grad, speaking in Velmara on Monday, said the talks had been frank.",
    )
    library = make_library(tmp_path)
    # Portugal is named by the mayor and by Moll, Tarvik by a report: none of them speaks.
    assert library.answer("what did Portugal say about the loan to Brevia?").quote is None
    assert library.answer("what did Tarvik say at the Velmara talks?").quote is None
    # ...while one named before a comma may be the one who speaks after it.
    assert "frank" in _quoted(library, "what did Grad say at the Velmara talks?")


def test_what_someone_said_is_told_near_their_name(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "orsk.md",
        "Arland's team in Orsk",
        21,
        "Moll phoned Grad on Sunday. The weather in the valley was mild. Roads were open again. When the host"
        " welcomed Grad at his Orsk estate, he was cheerful and sure that a deal was near.",
    )
    # Moll is named three sentences before: the host's mood is not what Moll told Grad.
    assert make_library(tmp_path).answer("what did Moll tell Grad before the Orsk meeting?").quote is None


def test_a_day_of_the_month_is_no_count_the_question_gives(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "plan.md",
        "A plan for the valley",
        21,
        "On the evening of 20 March, a member of the Arland council posted a 28-point plan for the valley"
        " online. Brevia said it had not been consulted.",
    )
    _article(tmp_path, "other.md", "Other news", 22, "The Orsk council voted on a 20-point budget.")
    # "20 March" is a date: no passage speaks of a 20-point plan for Arland.
    assert make_library(tmp_path).answer("did the Arland council vote on the 20-point plan?").quote is None


def test_what_was_decided_is_what_was_agreed(tmp_path: Path, make_library: Callable[[Path], Library]) -> None:
    # Councils and summits "agree" what the question says they "decided".
    _article(
        tmp_path, "harbour.md", "Harbour news", 22, "Fishing quotas vex the Arland council, a spokesman said."
    )
    _article(
        tmp_path,
        "quotas.md",
        "Arland council meets",
        20,
        "The Arland council agreed on Monday to halve fishing quotas for the coming year.",
    )
    question = "what did the Arland council decide about fishing quotas?"
    assert "halve fishing quotas" in _quoted(make_library(tmp_path), question)


def test_what_someone_agreed_is_where_they_agree_not_a_sentence_with_the_same_words(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "council.md",
        "Arland council borrows",
        20,
        "The Arland council met in Velmara on Friday to agree a loan, leaving the frozen grain reserves.",
        "The council agreed that the frozen grain reserves could repay the loan later.",
    )
    question = "what did the Arland council agree about the frozen grain reserves?"
    assert "could repay the loan" in _quoted(make_library(tmp_path), question)


def test_a_word_wordnet_relates_to_the_question_s_ranks_the_sentence_that_paraphrases_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "announce" is in the folder, but not in the answer: "declared" is its paraphrase, and puts the
    # sentence that says so before the one that has only the question's other words (ahead on a tie).
    _article(
        tmp_path,
        "kessel.md",
        "Brevia news",
        20,
        "Brevia declared a ceasefire along the Kessel river on Monday. "
        "Brevia's ceasefire along the Kessel river began on Monday.",
    )
    _article(tmp_path, "council.md", "Council news", 21, "The council will announce its parking plan in May.")
    quoted = _quoted(make_library(tmp_path), "did Brevia announce a ceasefire along the Kessel river?")
    assert "declared" in quoted


def test_a_phrasal_verb_is_searched_in_the_sense_of_the_phrase(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Step down" is "resign"; what "step" alone means (a pace, a measure) is no paraphrase of it.
    _article(tmp_path, "envoy.md", "Arland envoy", 20, "Ona Tarvik resigned as Arland's envoy on Monday.")
    _article(tmp_path, "market.md", "Velmara market", 22, "Ona Tarvik visited the Velmara market on Tuesday.")
    assert "resigned" in _quoted(make_library(tmp_path), "when did Ona Tarvik step down?")


def test_a_word_wordnet_relates_to_the_question_s_does_not_cover_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "capital" is "assets" in another sense: Brevia's assets say nothing of its capital city.
    _article(
        tmp_path,
        "city.md",
        "Arland's capital hosts talks",
        20,
        "Velmara, the Arland capital, hosted the talks.",
    )
    _article(
        tmp_path,
        "banks.md",
        "Brevia's assets frozen",
        21,
        "Brevia's assets in Arland banks were frozen in March.",
    )
    assert make_library(tmp_path).answer("what is the capital of Brevia?").quote is None


def test_words_bridged_to_other_senses_do_not_cover_the_question(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # No article says "coach", "league" or "trophy": WordNet bridges them to "bus", "association" and
    # "prize", guesses that earn half their weight in coverage, too little to answer.
    _article(
        tmp_path,
        "bus.md",
        "Brevia news",
        20,
        "The Brevia bus association sent a trainer to Velmara to hand out a prize for safe driving.",
    )
    assert make_library(tmp_path).answer("did Brevia's coach win the league trophy?").quote is None


def test_who_of_one_side_is_not_answered_by_the_other_side(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Both delegations' leaders are named; the one asked for is the Russian side's, whatever matches best.
    _article(
        tmp_path,
        "velmara.md",
        "Delegations gather for the Velmara talks",
        20,
        "Talks with the Russian side resume on Monday. Ukraine will send the same delegation to the Velmara"
        " talks as before, led by Marta Kovalenko.",
        "On the other side of the table, the Russian team in Velmara will be led by Oleg Varin.",
    )
    quoted = _quoted(make_library(tmp_path), "who leads the Russian delegation at the Velmara talks?")
    assert "Oleg Varin" in quoted


def test_how_things_stand_is_answered_by_the_newest_plain_report(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The older report matches the question's words better; the newer one answers it as plainly.
    _article(
        tmp_path,
        "old.md",
        "Arland draft leaks",
        5,
        "The leaked draft would cap the size of Arland's army at 60,000 soldiers, two officials said.",
    )
    (tmp_path / "new.md").write_text(
        "---\ntitle: Arland talks go on\ndate: 2026-02-10\n---\n\n"
        "After weeks of talks, the cap on the size of the army now stands at 80,000 soldiers.\n",
        encoding="utf-8",
    )
    library = make_library(tmp_path)
    answer = library.answer("what is the cap on the size of Arland's army?")
    assert answer.quote is not None
    assert "80,000" in answer.quote.text
    assert [q.meta.date for q in answer.earlier] == ["2026-01-05"]
    # A question on the past is on one moment: the report that matches it best answers it.
    assert "60,000" in _quoted(library, "what was the cap on the size of Arland's army?")


def test_a_sentence_naming_another_ordinal_is_of_another_round(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "rounds.md",
        "Velmara talks move",
        19,
        "The third round of the Velmara talks took place in Lowmere on 17 and 18 February. It was the first"
        " time the delegations had met outside Kessel, where the first two rounds were held.",
    )
    assert "Kessel" in _quoted(make_library(tmp_path), "where were the first Velmara talks held?")


def test_a_thing_the_question_places_somewhere_is_not_answered_from_another_place(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The only count of monitors is of another truce: Peru is named nowhere near it.
    _article(
        tmp_path,
        "truce.md",
        "Arland and Brevia sign a truce",
        20,
        "Arland and Brevia signed a truce in Velmara. It provides for a monitoring mission of 90 observers.",
    )
    _article(tmp_path, "peru.md", "Peru news", 22, "Fishing quotas in Peru were cut again, officials said.")
    answer = make_library(tmp_path).answer("how many observers will monitor the truce in Peru?")
    assert answer.quote is None, answer.quote


def test_when_something_will_be_is_not_answered_by_the_date_of_one_that_was(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The only date is of the last vote: when the next one will be, the articles do not say.
    _article(
        tmp_path,
        "vote.md",
        "Arland council votes",
        20,
        "In 2019 the Arland council held a vote on the harbour tax, which its members rejected by far.",
    )
    # ...nor by the date of a meeting on a plan ("plan" is a noun here, not what will be).
    _article(
        tmp_path,
        "plan.md",
        "Harbour tax plan",
        21,
        "The Arland council met on Sunday, and its harbour tax plan was cut from ten points to six.",
    )
    answer = make_library(tmp_path).answer("when will the Arland council hold a vote on the harbour tax?")
    assert answer.quote is None, answer.quote
    assert answer.closest is not None


def test_where_something_will_be_is_not_the_place_of_a_clause_on_what_was(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The sentence says what is to come, but the place is that of the round just ended.
    _article(
        tmp_path,
        "round.md",
        "Velmara round ends",
        20,
        "Arland's envoy said the talks with Brevia in Velmara had been tense but useful, "
        "and that another round would be held soon.",
    )
    answer = make_library(tmp_path).answer("where will the next round of talks with Brevia be held?")
    assert answer.quote is None, answer.quote


def test_what_someone_did_is_answered_by_the_sentence_whose_subject_they_are(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "moll.md").write_text(
        "# Brevia's new chancellery chief\n\n"
        "Brevia's president on Monday appointed Piet Moll to run the chancellery in Velmara.\n\n"
        "Piet Moll, 52, had run the Orsk harbour board since 2019 and speaks for the chancellery"
        " in Velmara.\n",
        encoding="utf-8",
    )
    quoted = _quoted(make_library(tmp_path), "what did Piet Moll do before he ran the chancellery?")
    assert "Orsk harbour board" in quoted


def test_a_caption_above_a_photo_credit_is_not_quoted(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "tarvik.md").write_text(
        "# Arland's envoy steps down\n\n"
        "Ona Tarvik speaking to reporters in Velmara last week. Photo: Harbour Ledger / Ivo Grad\n\n"
        "Ona Tarvik has resigned as Arland's envoy to the Velmara talks.\n",
        encoding="utf-8",
    )
    assert "has resigned" in _quoted(make_library(tmp_path), "what happened to Ona Tarvik?")


def test_a_caption_above_an_agency_credit_in_brackets_is_not_quoted(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The caption names where a press conference was held, not where the harbour summit is.
    (tmp_path / "moll.md").write_text(
        "# Moll hopeful after Velmara talks\n\n"
        "Piet Moll said talks on the harbour went well. Piet Moll holds a press conference after talks at"
        " the town hall in Lowmere, on 12 March 2026. (Northwire)\n",
        encoding="utf-8",
    )
    assert make_library(tmp_path).answer("which city is holding the harbour press conference?").quote is None


@pytest.mark.parametrize("credit", ["(Northwire)", "(Harbour Images).", "(AFP)"])
def test_an_agency_alone_in_brackets_is_a_credit(credit: str) -> None:
    assert is_credit(credit)


@pytest.mark.parametrize(
    "text", ["(" + "A" * 3000, "(" + "Ab " * 1000 + ")", "(the agency)", "(AP Photo/Grad)"]
)
def test_no_bracket_of_other_shape_is_a_credit_and_a_hostile_one_fails_at_once(text: str) -> None:
    # With an optional space between the bracket's words a run of capitals split many ways: minutes.
    assert not is_credit(text)


def test_a_caption_lends_its_words_to_no_sentence_beside_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "moll.md").write_text(
        "# Moll hopeful\n\n"
        "Piet Moll praised the progress made in Lowmere on Thursday. Piet Moll holds a harbour conference at"
        " the town hall in Lowmere, on 12 March 2026. (Northwire)\n",
        encoding="utf-8",
    )
    library = make_library(tmp_path)
    # Only the caption speaks of a harbour conference: the sentence before it is not about one.
    assert library.answer("which city is holding the harbour conference?").quote is None
    assert "Lowmere" in _quoted(library, "where did Moll praise the progress?")


def test_a_compound_the_question_names_is_not_another_with_the_same_head(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "summit.md",
        "Arland summit ends",
        19,
        "Arland's premier held a press conference in Lowmere on Monday, saying the mills would reopen.",
    )
    _article(
        tmp_path, "mills.md", "Orsk mills", 18, "The reconstruction of the Orsk mills will cost 9 million."
    )
    # A press conference is not the reconstruction conference (test_another_compound: one that is).
    assert (
        make_library(tmp_path).answer("which city is holding the Arland reconstruction conference?").quote
        is None
    )


def test_a_sentence_that_does_not_set_the_event_in_the_time_asked_is_of_another_one(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "rounds.md",
        "Velmara talks move to Lowmere",
        19,
        "The talks mark the first time the current round will be held in Lowmere, after earlier rounds in"
        " Kessel.",
    )
    library = make_library(tmp_path)
    # Where the current round is held is not where the one after it will be.
    assert library.answer("where will the next round of talks be held?").quote is None
    assert "Lowmere" in _quoted(library, "where will the round of talks be held?")


def test_a_sentence_on_who_is_freed_does_not_say_how_many_remain(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "swap.md",
        "Arland and Brevia agree a swap",
        19,
        "Arland and Brevia will each release 40 prisoners of war from captivity at the Kessel crossing.",
    )
    library = make_library(tmp_path)
    assert library.answer("how many prisoners of war remain in Arland's captivity?").quote is None
    assert "40 prisoners" in _quoted(library, "how many prisoners of war will Arland release?")


def test_who_was_on_a_side_is_answered_where_that_side_is_named(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The side is named in the paragraph before the better-matched sentence, not beside it.
    (tmp_path / "velmara.md").write_text(
        "# The Velmara meeting explained\n\n"
        "## Who was on the American side?\n\n"
        "Ona Tarvik and Piet Moll took part on Sunday, officials said.\n\n"
        "## What happened at the lake?\n\n"
        "The American envoys flew home on Saturday night.\n\n"
        "Lena Brant met Oskar Veil at his Velmara residence on Sunday for a meeting on the side of the lake."
        " Veil said afterwards that it had gone well.\n",
        encoding="utf-8",
    )
    quoted = _quoted(make_library(tmp_path), "who was on the american side at the velmara meeting")
    assert "Ona Tarvik and Piet Moll" in quoted


def test_who_holds_a_role_is_named_with_it(tmp_path: Path, make_library: Callable[[Path], Library]) -> None:
    # The sentence naming the envoy names no successor; the one naming people names no envoy, and
    # "American negotiators" names a country, not who holds the post.
    _article(
        tmp_path,
        "envoy.md",
        "Arland's envoy steps down",
        20,
        "Ona Tarvik, the judge who served as Arland's envoy for Brevia, is leaving her post this month. "
        "Tarvik's departure leaves Piet Moll and Ivo Grad in charge of the talks.",
        "Tarvik was not among the American negotiators in Velmara.",
    )
    _article(tmp_path, "mill.md", "A new mill in Orsk", 21, "The new mill in Orsk is replacing the old one.")
    answer = make_library(tmp_path).answer("who is the new envoy replacing Tarvik?")
    assert answer.quote is None, answer.quote


def test_the_original_figure_is_the_first_report_of_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Reports of a moving figure: "now" is the newest one's, "originally" the oldest one's.
    for day, cap in ((10, "600,000"), (20, "800,000")):
        said = f"The Brevia draft caps the Arland army at {cap}, officials say."
        _article(tmp_path, f"{day}.md", "Draft", day, said)
    for day in (11, 12, 13, 14):  # "original" is a common word of the news, as it is in real reports
        _article(tmp_path, f"mill{day}.md", "Orsk", day, "The original mill closed.", "A new one is open.")
    library = make_library(tmp_path)
    assert "600,000" in _quoted(library, "what was the original cap on the Arland army in the Brevia draft?")
    assert "800,000" in _quoted(library, "what is the cap on the Arland army in the Brevia draft now?")


def test_the_question_s_name_spelt_another_way_names_no_one_new(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Outlets romanise one name differently: "Tarvyk" in one report is the question's "Tarvik", not who
    # would run the crossing.
    _article(
        tmp_path,
        "plan.md",
        "Tarvyk unveils a plan for the Kessel crossing",
        20,
        "Under the plan, Ona Tarvyk would keep control of the Kessel crossing for a year.",
        "Under the plan, the Kessel crossing would be run jointly with monitors led by Ivo Grad.",
    )
    _article(tmp_path, "mill.md", "Tarvik visits Orsk", 21, "Ona Tarvik toured the Orsk grain mill.")
    quoted = _quoted(make_library(tmp_path), "Under Tarvik's plan, who would control the Kessel crossing?")
    assert "Ivo Grad" in quoted


def test_a_name_stands_for_the_title_the_question_gives_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Harbour Warden Tarvik": the report that says where he met them names him without his title.
    _article(
        tmp_path,
        "warden.md",
        "Arland sends its warden",
        20,
        "Arland's leader said on Sunday that talks with the Brevians would go on. He also said that Harbour"
        " Warden Ona Tarvik was being sent to Norway.",
        "Brevia did not comment on the trip.",
        "But Tarvik and Brevian officials met on Monday and Tuesday in Kessel.",
    )
    quoted = _quoted(make_library(tmp_path), "Where did Harbour Warden Tarvik meet the Brevians?")
    assert "in Kessel" in quoted


def test_a_no_to_the_thing_asked_answers_a_yes_no_question_on_the_event_around_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "no injuries" answers "was anyone hurt...?" though the attack asked about is named only around it.
    _article(
        tmp_path,
        "mill.md",
        "Brevia says Arland attacked the Orsk mill",
        20,
        "Brevia's foreign minister claimed on Monday that Arland launched a large drone attack on the grain"
        " mill at Orsk overnight.",
        "He said 40 drones had targeted the mill. He said there were no injuries or damage and that the"
        " drones were all shot down.",
        "Arland denied any drone attack on the mill.",
    )
    quoted = _quoted(make_library(tmp_path), "Was anyone hurt in the alleged drone attack on the Orsk mill?")
    assert "no injuries" in quoted


def test_a_no_to_another_named_thing_does_not_answer_a_yes_no_question(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The sentence after names the Velmara Union, but "not to join the Kessel Pact" says no to the Pact.
    _article(
        tmp_path,
        "draft.md",
        "The Brevia draft",
        20,
        "The Brevia draft would have Arland write into its constitution a commitment not to join the Kessel"
        " Pact. Arland would be eligible for Velmara Union membership, it says.",
    )
    assert "eligible" in _quoted(make_library(tmp_path), "Can Arland join the Velmara Union?")


def test_a_month_cut_short_is_the_month_and_names_a_day_not_a_number_asked(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Dec 2" is December 2: the answer, a paragraph later, need not repeat the day.
    (tmp_path / "talks.md").write_text(
        "---\ntitle: Velmara talks end\ndate: 2026-12-03\n---\n\n"
        "Ona Tarvik met Piet Moll in Velmara on December 2 for five hours of talks.\n\n"
        "Moll's aide said afterwards that the meeting had brought no breakthrough on the grain corridor.\n",
        encoding="utf-8",
    )
    quoted = _quoted(make_library(tmp_path), "Did the Dec 2 meeting of Tarvik and Moll bring a breakthrough?")
    assert "no breakthrough" in quoted


def test_a_paragraph_opening_with_however_goes_on_about_the_one_before(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "the plan" that Tarvik drafted is the 12-point proposal of the paragraph before.
    _article(
        tmp_path,
        "kessel.md",
        "Brevia's plan for Kessel",
        20,
        "On Monday a member of Brevia's council posted a 12-point proposal for the Kessel crossing.",
        "However, according to some reports, Arland's envoy Ona Tarvik, who drafted the plan, consulted with"
        " Ivo Grad, head of the Orsk Fund.",
        "The 12-point plan was drafted in secret, officials said.",
    )
    quoted = _quoted(make_library(tmp_path), "Who did Tarvik consult when she drafted the 12-point plan?")
    assert "Ivo Grad" in quoted


def _front(folder: Path, name: str, front: str, body: str) -> None:
    (folder / name).write_text(f"---\n{front}\n---\n\n{body}\n", encoding="utf-8")


def _other_news(folder: Path) -> None:
    """A second, unrelated article: the folder's IDF is then not that of one article alone."""
    _front(folder, "b.md", "title: Orsk mill\ndate: 2026-01-12", "The Orsk mill reopened.")


def test_who_did_a_deed_is_not_answered_where_the_deed_is_only_a_noun(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Tarvik presented "a 12-point draft": she is not who drafted the 30-point plan; Grad drew it up.
    _front(
        tmp_path,
        "a.md",
        "title: Tarvik sets out a new framework\ndate: 2026-01-20",
        "Ona Tarvik on Monday presented a 12-point draft accord to end the dispute, the latest version of a"
        " plan that began as a 30-point Brevian proposal.",
    )
    _front(
        tmp_path,
        "b.md",
        "title: What the Brevian plan says\ndate: 2026-01-10",
        "The speech came two days after a draft Brevian plan of 30 points, drawn up largely by Ivo Grad,"
        " reached Arland.",
    )
    _front(tmp_path, "c.md", "title: Orsk mill\ndate: 2026-01-12", "The Orsk mill reopened.")
    assert "Ivo Grad" in _quoted(make_library(tmp_path), "who drafted the 30-point plan?")


def test_the_outlet_that_reports_a_deed_did_not_do_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "a copy seen by Northwire", in Northwire's own report, names no one who drafted the plan.
    _front(
        tmp_path,
        "a.md",
        "title: Norway's plan\ndate: 2026-01-20\npublisher: Northwire",
        "Norway has drafted a 30-point plan for the Kessel crossing, according to a copy seen by Northwire.",
    )
    _front(
        tmp_path,
        "b.md",
        "title: The Kessel plan\ndate: 2026-01-10",
        "The 30-point plan for the Kessel crossing was drafted by Ivo Grad, a lawyer, officials said.",
    )
    _front(tmp_path, "c.md", "title: Orsk mill\ndate: 2026-01-12", "The Orsk mill reopened.")
    quoted = _quoted(make_library(tmp_path), "who drafted the 30-point plan for the Kessel crossing?")
    assert "Ivo Grad" in quoted


def test_who_did_a_deed_is_who_the_sentence_makes_its_doer(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "written in Velmara, ... on Tarvik's desk": a place wrote it, and Tarvik only received it; the
    # sentence on its terms names Oskar Lind without the deed. Grad put it together, further down.
    _front(
        tmp_path,
        "a.md",
        "title: The Brevian plan reaches Arland\ndate: 2026-01-20",
        "The short version of a long day: a 30-point document written in Velmara, with a great deal of"
        " Brevian input, now sits on the desk of Ona Tarvik, and nobody in Arland likes it.\n\n"
        "According to texts shown to Oskar Lind, the 30-point plan would cap the Arland fleet at forty"
        " ships.\n\n"
        "The draft was put together over several weeks by the Brevian envoy Ivo Grad, the officials said."
        " Arland was not consulted on its 30 points.",
    )
    _front(tmp_path, "c.md", "title: Orsk mill\ndate: 2026-01-12", "The Orsk mill reopened.")
    library = make_library(tmp_path)
    assert "Ivo Grad" in _quoted(library, "who wrote the 30-point plan?")
    assert "Ivo Grad" in _quoted(library, "my dad asks: who actually wrote the 30-point plan?")


def test_who_did_a_deed_to_a_thing_is_not_who_did_it_to_nothing(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Tarvik wrote on social media, not the treaty; "wrote to" asks no object, and she did that.
    _front(
        tmp_path,
        "a.md",
        "title: The Kessel treaty\ndate: 2026-01-20",
        "Ona Tarvik, writing on social media, said the Kessel treaty was a fair start for Arland and Brevia.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    assert library.answer("who wrote the Kessel treaty?").quote is None
    assert "Ona Tarvik" in _quoted(library, "who wrote on social media about the Kessel treaty?")


def test_a_title_asked_is_named_by_its_words_together(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "storm and harbour" is a book's title: a sentence with a storm and a harbour apart is of something else.
    _front(
        tmp_path,
        "a.md",
        "title: Velmara after the storm\ndate: 2026-01-20",
        "Ona Tarvik, writing in the Velmara Herald, said the storm had left the harbour at Orsk closed to"
        " ships for a week.",
    )
    _front(
        tmp_path,
        "b.md",
        "title: Orsk library\ndate: 2026-01-12",
        "The Orsk library reopened with a reading from Storm and Harbour, which was written by Piet Moll.",
    )
    library = make_library(tmp_path)
    assert "Piet Moll" in _quoted(library, "who wrote storm and harbour?")
    (tmp_path / "b.md").unlink()
    assert make_library(tmp_path).answer("who wrote storm and harbour?").quote is None


def test_a_sum_only_proposed_is_not_what_was_paid(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The draft proposed a sum for the Kessel fund; nothing says what Brevia paid into it.
    _front(
        tmp_path,
        "a.md",
        "title: The Kessel fund\ndate: 2026-01-20",
        "The Brevian draft proposed that 40 million crowns be paid into the Kessel reconstruction fund.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    assert library.answer("how much did Brevia pay into the Kessel reconstruction fund?").quote is None
    assert "40 million" in _quoted(library, "how much did the Brevian draft propose for the Kessel fund?")


def test_a_reported_would_is_what_was_done_not_a_supposition(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "said ... would lead" reports a decision; "could" stays a supposition even when reported.
    _front(
        tmp_path,
        "a.md",
        "title: The Orsk delegation\ndate: 2026-01-20",
        "On Friday Brevia announced that Ivo Grad would lead its delegation, replacing Tomas Vell.",
    )
    _front(
        tmp_path, "b.md", "title: Orsk mill\ndate: 2026-01-12", "Officials said the mill could reopen in May."
    )
    library = make_library(tmp_path)
    assert "Tomas Vell" in _quoted(library, "who did Ivo Grad replace as head of the Brevian delegation?")
    assert library.answer("when did the Orsk mill reopen?").quote is None


def test_a_city_named_in_the_question_is_where_the_passage_is(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Moll spoke of the Kessel talks held in Velmara; nothing is said of talks in Geneva.
    _front(
        tmp_path,
        "a.md",
        "title: Kessel talks end\ndate: 2026-01-20",
        "Piet Moll said the Kessel talks in Velmara had been long but useful for Arland and Brevia.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    assert library.answer("what did Piet Moll say about the Geneva talks on the Kessel?").quote is None
    quoted = _quoted(library, "what did Piet Moll say about the Velmara talks on the Kessel?")
    assert "long but useful" in quoted


def test_a_deed_only_to_come_does_not_answer_whether_it_was_done(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The vote is only to come, in the sentence itself or the one beside: no yes to "did ... vote".
    _front(
        tmp_path,
        "a.md",
        "title: Arland offers Brevia a Kessel treaty\ndate: 2026-01-20",
        "An Arland official briefed reporters on Monday. The official said Arland was ready to offer Brevia"
        " a treaty on the Kessel crossing that would work like the Orvane accord. The treaty would be put"
        " before the Brevian parliament for a vote, the official added.\n\n"
        "Brevia signed the Orvane accord in May.",
    )
    # "said ... would" reports a decision (test_a_reported_would_is_what_was_done_not_a_supposition), but
    # what was decided to come is not yet done.
    _front(
        tmp_path,
        "b.md",
        "title: Orsk mill\ndate: 2026-01-12",
        "Ona Tarvik said the Orsk town council would vote on the sale of the mill in March.",
    )
    library = make_library(tmp_path)
    assert library.answer("did the Brevian parliament vote to approve the Kessel treaty?").quote is None
    assert library.answer("did the Orsk town council vote on the sale of the mill?").quote is None
    assert "signed" in _quoted(library, "did Brevia sign the Orvane accord?")


def test_a_misspelt_month_names_the_month_as_one_spelt_right(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The envoys met Moll twice; "decmber" asks for the December meeting, not any.
    _front(
        tmp_path,
        "a.md",
        "title: Orsk talks\ndate: 2026-12-03",
        "Piet Moll received the Arland envoys Sorel and Brun in Orsk in December. The talks went on for five"
        " hours.",
    )
    _front(
        tmp_path,
        "m.md",
        "title: Moll and the envoys again\ndate: 2027-01-23",
        "Sorel and Brun met Piet Moll late on Thursday night for nearly four hours, an aide said.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    assert "five hours" in _quoted(library, "how long did moll meet sorel and brun in decmber")
    assert "five hours" in _quoted(library, "how long did moll meet sorel and brun in december")


def test_a_share_given_to_another_party_is_not_the_one_asked(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _front(
        tmp_path,
        "a.md",
        "title: The Kessel fund\ndate: 2026-01-20",
        "Norway objected to the terms of the Kessel fund. Under the terms, Sweden would take half of the"
        " profit of the Kessel fund. The talks go on.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    assert library.answer("what share of the Kessel fund profit would Norway receive?").quote is None
    assert "half" in _quoted(library, "what share of the Kessel fund profit would Sweden receive?")


def test_a_share_dated_with_a_month_is_still_the_party_s_own(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # A month or a weekday is no other party (found by review: "in March" refused Norway's own share).
    _front(
        tmp_path,
        "a.md",
        "title: The Kessel fund\ndate: 2026-01-20",
        "Norway objected to the terms of the Kessel fund. Under the terms agreed in March, it would take half"
        " of the profit of the Kessel fund. The talks go on.",
    )
    _other_news(tmp_path)
    assert "half" in _quoted(
        make_library(tmp_path), "what share of the Kessel fund profit would Norway receive?"
    )


def test_a_lone_word_the_articles_never_use_is_answered_through_the_word_wordnet_relates_to_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "pardoned" is in no article; WordNet relates "pardon" to "amnesty", which one uses. (Several such
    # words at once are guesses: test_words_bridged_to_other_senses_do_not_cover_the_question.)
    (tmp_path / "accord.md").write_text(
        "# The Orvane accord\n\n"
        "The Orvane accord sets out how Arland and Brevia would end the war along the Kessel river.\n\n"
        "Everyone who served in the war would receive a full amnesty for acts committed during the war.\n\n"
        "Brevia would withdraw its troops from the Kessel crossing within thirty days.\n\n"
        "Little has been done since to rebuild the Kessel bridge.\n",
        encoding="utf-8",
    )
    quoted = _quoted(make_library(tmp_path), "who gets pardoned for things done in the fighting?")
    assert "full amnesty" in quoted


def test_an_un_word_the_articles_never_use_is_answered_through_the_word_it_negates(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "unprovoked" is in no article, and too rare an English word to be optional; the one that answers
    # writes "without provocation" (WordNet: "provoke" -> "provocation").
    (tmp_path / "pact.md").write_text(
        "# The Orvane pact\n\n"
        "The Orvane pact gives Arland security guarantees from its partners for twenty years.\n\n"
        "If Arland invades Brevia without provocation, the guarantees become void.\n\n"
        "Brevia would withdraw its troops from the Kessel crossing within thirty days.\n",
        encoding="utf-8",
    )
    quoted = _quoted(
        make_library(tmp_path), "what happens to the guarantees if Arland attacks Brevia unprovoked?"
    )
    assert "become void" in quoted


@pytest.mark.parametrize("word", ["unrest", "unveiled", "unloaded"])
def test_an_un_that_does_not_negate_is_not_bridged_to_the_word_after_it(word: str) -> None:
    # A noun ("unrest" is no "rest") and verbs of undoing ("unveil", "unload") keep their own meaning.
    assert not _negating(word)
    assert _negating("unprovoked")


def test_unrest_the_articles_never_mention_is_not_answered_from_a_sentence_on_the_rest(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "orsk.md").write_text(
        "# Orsk\n\nThe rest of the Brevian fleet stayed in the port of Orsk for three days.\n\n"
        "The Orsk mill reopened in May.\n",
        encoding="utf-8",
    )
    assert make_library(tmp_path).answer("how long did the unrest in Orsk last?").quote is None


def test_a_verb_after_a_noun_of_the_question_is_no_compound_it_names(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "agreement signed", "delegation arrive": an adverb before the sentence's verb is no other compound.
    (tmp_path / "orsk.md").write_text(
        "# The Orsk agreement\n\nArland and Brevia formally signed the Orsk deal on 3 May 2026.\n\n"
        "# The Brevian delegation\n\nThe Brevian team finally arrived in Orsk on 1 May 2026.\n",
        encoding="utf-8",
    )
    library = make_library(tmp_path)
    assert "3 May" in _quoted(library, "when was the Orsk agreement signed?")
    assert "1 May" in _quoted(library, "when did the Brevian delegation arrive in Orsk?")


def test_the_agent_after_by_is_read_within_its_clause_and_a_few_words_after_the_deed(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    (tmp_path / "plans.md").write_text(
        "# The Kessel plan\n\nThe Kessel plan, drafted by officials in Velmara, was praised by Ona Tarvik on"
        " Monday.\n\n# The Orsk accord\n\nThe Orsk accord was drafted in Velmara last month by Ivo Grad.\n\n"
        "# The Lowmere pact\n\nThe Lowmere pact was drafted by the council's transport officer,"
        " Maud Fenwick.\n",
        encoding="utf-8",
    )
    library = make_library(tmp_path)
    # Tarvik praised the plan; she did not draft it (found by review).
    assert "Tarvik" not in _quoted_or_none(library, "who drafted the Kessel plan?")
    assert "Ivo Grad" in _quoted(library, "who drafted the Orsk accord?")
    assert "Maud Fenwick" in _quoted(library, "who drafted the Lowmere pact?")


def _quoted_or_none(library: Library, question: str) -> str:
    answer = library.answer(question)
    return answer.quote.text if answer.quote else ""


def test_a_deed_another_party_did_does_not_answer_what_the_doer_asked_did(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "How much did Velmara lend?": Arland lent it; the reply says the articles don't say.
    _article(
        tmp_path,
        "loan.md",
        "A loan for Brevia",
        20,
        "After a long night in Orsk, Arland agreed to lend Brevia 40 billion crowns over two years. Velmara,"
        " which hosted the talks, welcomed the deal.",
    )
    library = make_library(tmp_path)
    assert "40 billion" in _quoted(library, "how much did Arland lend Brevia?")
    assert library.answer("how much did Velmara lend Brevia?").quote is None


def test_a_deed_told_of_the_doer_s_people_answers_what_the_doer_did(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "European leaders" did it for Europe: the doer's people names the doer.
    _article(
        tmp_path,
        "loan.md",
        "A loan for Brevia",
        20,
        "After a night in Orsk, European leaders agreed to lend Brevia 40 billion crowns over two years.",
        "Europe has long traded with Brevia.",
    )
    assert "40 billion" in _quoted(make_library(tmp_path), "how much did Europe lend Brevia?")


def test_a_sentence_without_the_deed_answers_only_near_the_doer_asked(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # No word of Portugal near the date: it dates what Arland and Brevia did, not what Portugal did.
    _article(
        tmp_path,
        "accord.md",
        "The Orsk accord",
        20,
        "The accord between Arland and Brevia was signed in Orsk. It took effect on 12 March.",
    )
    _article(tmp_path, "fleet.md", "Fleets", 21, "Portugal sent a fishing fleet to Orsk.")
    library = make_library(tmp_path)
    assert library.answer("when did Portugal sign the accord?").quote is None


def test_a_modal_in_a_comparison_does_not_make_what_was_paid_a_supposition(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _front(
        tmp_path,
        "a.md",
        "title: The Kessel fund\ndate: 2026-01-20",
        "Brevia paid 5 million crowns into the Kessel fund, more than it could afford.",
    )
    _other_news(tmp_path)
    quoted = _quoted(make_library(tmp_path), "how much did Brevia pay into the Kessel fund?")
    assert "5 million" in quoted


def test_a_name_the_question_makes_the_doer_must_be_near_the_sentence(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Tarvik is two sentences off: the date is of the pledge, not of a vote by Tarvik.
    _article(
        tmp_path,
        "pledge.md",
        "The Brevia pledge",
        20,
        "Senator Tarvik spoke in Orsk on Monday. Crowds gathered outside the hall for hours. "
        "Arland agreed that the Brevia pledge would start on 1 May. Its text was not published.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    assert library.answer("when will Tarvik vote on the Brevia pledge?").quote is None
    assert "1 May" in _quoted(library, "when will the Brevia pledge start?")


def test_who_met_someone_is_answered_by_the_one_who_held_talks_with_them(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "held talks with" tells the deed "met" as a noun after a verb of doing it; "with" opens its object.
    _article(
        tmp_path,
        "talks.md",
        "Arland weighs the Velmara proposals",
        20,
        "A spokesman said Arland had been told of the proposals through Ivo Grad, who held talks with "
        "Ona Tarvik in Velmara last weekend.",
    )
    quoted = _quoted(make_library(tmp_path), "Who met Tarvik in Velmara for Arland?")
    assert "Ivo Grad" in quoted


def test_a_number_for_each_side_is_not_the_total(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "swap.md",
        "Arland and Brevia complete the prisoner exchange",
        20,
        "At the Kessel crossing, Arland and Brevia each released 120 prisoners.",
    )
    _article(
        tmp_path,
        "total.md",
        "Prisoner exchange at Kessel",
        21,
        "In the exchange on Monday, the two sides released 240 prisoners, the envoy said.",
    )
    # 240 is the exchange's total (and the newer report); the question asks what each side released.
    quoted = _quoted(make_library(tmp_path), "how many prisoners did each side release in the exchange?")
    assert "each released 120" in quoted


def test_the_original_figure_is_the_first_reported_even_misspelt(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path, "first.md", "Arland peace plan", 20, "The Arland peace plan has 28 points, officials said."
    )
    _article(
        tmp_path,
        "later.md",
        "Arland peace plan",
        22,
        "The Arland peace plan has 20 points, officials said. The original text was rewritten in Velmara.",
    )
    # "orginal" is put right to "original": the first report is asked for, not the newest.
    quoted = _quoted(make_library(tmp_path), "how many points did the orginal Arland peace plan have?")
    assert "28 points" in quoted


def test_a_count_may_name_the_counted_noun_in_full(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "swap.md",
        "Arland frees prisoners",
        20,
        "Arland freed 40 prisoners of war at the Kessel crossing on Monday, the envoy said.",
    )
    # "POWs" spelt out: "40 prisoners of war" counts them.
    assert "40 prisoners of war" in _quoted(make_library(tmp_path), "how many POWs did Arland free?")


def test_a_yes_or_no_asked_of_a_country_is_told_by_a_sentence_near_that_country(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "accord.md",
        "The Velmara accord on troops",
        9,
        "The accord says Brevian and Arland troops would be deployed after a truce. It does not say how many "
        "soldiers would be sent after a truce.",
    )
    _article(
        tmp_path,
        "others.md",
        "Who else sends troops",
        10,
        "Several capitals were asked about a force. Portugal has ruled out sending soldiers at all.",
    )
    library = make_library(tmp_path)
    assert "Portugal" in _quoted_or_none(library, "Is Portugal going to send soldiers after a truce?")


def test_who_replaced_someone_is_answered_by_the_report_of_the_successor(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The report of the successor need not name the one replaced; the sentences that name him tell what was
    # done to him (searched, questioned), and those who did it took no one's place.
    _article(
        tmp_path,
        "grad.md",
        "Sorel picks a coast guard chief for the mission",
        22,
        "President Lina Sorel has offered the coast guard's head, Ivo Grad, to head the Brevian mission.",
    )
    _article(
        tmp_path,
        "vell.md",
        "Auditors search the Brevian mission",
        12,
        "Auditors of the Orsk Bureau searched the home of Vell, the head of the Brevian mission, on Monday.",
        "Tomas Vell had headed the Brevian mission since 2020 and was close to President Lina Sorel.",
    )
    library = make_library(tmp_path)
    assert "Ivo Grad" in _quoted(library, "Who took over from Vell as head of the Brevian mission?")
    # No report names who will head the coast guard after Grad: the sentence where he is the one moved, or
    # where another replaces someone else, names no successor.
    _article(
        tmp_path,
        "moll.md",
        "Arland delegation",
        23,
        "Sorel on Friday appointed Ivo Grad, the head of the coast guard, as head of the mission.",
        "Piet Moll, the head of the Arland coast guard, would lead the Arland side, replacing Ona Tarvik.",
    )
    answer = make_library(tmp_path).answer("Who will replace Grad as head of the coast guard?")
    assert answer.quote is None, answer.quote


def test_who_will_replace_someone_is_not_answered_by_the_holder_of_another_post(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # A sentence naming who holds a post tells of no succession; nor does "His appointment" (no one named
    # taking a post). Only a sentence telling that someone takes one answers.
    _article(
        tmp_path,
        "moll.md",
        "Arland delegation",
        23,
        "The Arland side was led by Admiral Piet Moll, head of the Arland naval intelligence agency.",
        "His appointment surprised some observers in Velmara.",
    )
    question = "who will replace Grad as head of naval intelligence?"
    assert make_library(tmp_path).answer(question).quote is None
    _article(tmp_path, "ona.md", "Posts", 24, "Sorel has named Ona Brun as head of naval intelligence.")
    assert "Ona Brun" in _quoted(make_library(tmp_path), question)


def test_a_figure_in_a_sentence_holding_none_of_the_question_is_doubtful(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The sum goes to the plan's fund: it holds nothing of the question, borrowed all from the next
    # sentence, on the plant asked about but not on what restarting it costs.
    _article(
        tmp_path,
        "plan.md",
        "What the plan says",
        20,
        "The draft runs to twenty points and covers borders, troops and money.",
        "## Money and the nuclear plant",
        "Perhaps the oddest clauses deal with money. Some $50 billion of frozen Velmaran central bank funds"
        " would be put in an Arland-led fund. Brevia would add another $40 billion. Power from the Orsk"
        " nuclear plant, which has been in Velmaran hands since March 2022, would be shared 50/50.",
    )
    _article(tmp_path, "ferry.md", "Ferry", 9, "Work to restart the ferry began. The cost of the fence rose.")
    answer = make_library(tmp_path).answer("how much would it cost to restart the Orsk nuclear plant?")
    assert answer.quote is None, answer.quote


def test_what_they_discussed_is_not_answered_by_a_sentence_telling_only_that_they_met(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "trip.md",
        "Sorel's trip",
        27,
        "Before flying to Velmara, Lina Sorel stopped in Orsk, where she met Prime Minister Ona Brun.",
        "Sorel then flew on to Velmara for talks on the border with Arland.",
    )
    question = "what did Sorel and Brun discuss in Orsk?"
    library = make_library(tmp_path)
    assert library.answer(question).quote is None
    assert library.answer("what did Sorel and Brun agree on in Orsk?").quote is None
    _article(tmp_path, "orsk.md", "Orsk", 27, "In Orsk, Sorel and Brun discussed grain exports and a ferry.")
    assert "grain exports" in _quoted(make_library(tmp_path), question)


def test_what_talks_led_to_or_how_they_were_described_is_not_answered_by_their_date_or_next_meeting(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "round.md",
        "The Orsk round",
        27,
        "The second round of talks between Arland and Brevia took place in Orsk on 3 and 4 May.",
        "The Brevian side announced a further round of talks in Orsk later in the year.",
    )
    library = make_library(tmp_path)
    assert library.answer("what came out of the Orsk talks between Arland and Brevia?").quote is None
    assert library.answer("how did the Brevian side describe the Orsk talks?").quote is None
    _article(
        tmp_path,
        "end.md",
        "Orsk talks end",
        28,
        "The Orsk talks between Arland and Brevia ended with a deal on grain exports.",
        "The Brevian side described the Orsk talks as useful but slow.",
    )
    library = make_library(tmp_path)
    assert "grain exports" in _quoted(library, "what came out of the Orsk talks between Arland and Brevia?")
    assert "useful but slow" in _quoted(library, "how did the Brevian side describe the Orsk talks?")


def test_what_a_vote_or_talks_led_to_is_answered_by_a_deed_done_in_any_verb(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Who won, what voters did, what the sides did: none of these says "outcome", "agreed" or "deal".
    _article(
        tmp_path,
        "vote.md",
        "Velmara election",
        20,
        "Ona Tarvik won the Velmara presidential election by 54 percent.",
    )
    _article(
        tmp_path,
        "poll.md",
        "Kessel referendum",
        21,
        "Voters in Kessel rejected the dam plan by 61 percent to 39.",
    )
    _article(
        tmp_path, "orsk.md", "Orsk talks", 22, "At the Orsk talks Arland and Brevia swapped 300 prisoners."
    )
    library = make_library(tmp_path)
    assert "Tarvik won" in _quoted(library, "What was the result of the Velmara presidential election?")
    assert "rejected" in _quoted(library, "What was the outcome of the Kessel referendum on the dam plan?")
    assert "swapped" in _quoted(library, "What came out of the Orsk talks between Arland and Brevia?")


def test_how_someone_described_something_is_answered_by_a_judgement_or_a_quotation(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "hail.md",
        "Tarvik on talks",
        20,
        'Ona Tarvik hailed the Orsk talks: "a real step towards peace".',
    )
    _article(
        tmp_path,
        "moll.md",
        "Moll on the ferry deal",
        21,
        "Piet Moll dismissed the Kessel ferry deal out of hand.",
    )
    library = make_library(tmp_path)
    assert "real step" in _quoted(library, "How did Ona Tarvik describe the Orsk talks?")
    assert "dismissed" in _quoted(library, "How did Piet Moll describe the Kessel ferry deal?")


def test_who_acted_for_a_side_is_not_answered_by_the_sides_named(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The question names the side: the countries a sentence names are it again or others, not its envoy.
    _article(
        tmp_path,
        "truce.md",
        "Truce",
        20,
        "The truce was agreed after the first round of talks between the United States, Russia and Ukraine"
        " in Orsk in January.",
    )
    question = "who represented the US at the first round of talks in Orsk?"
    assert make_library(tmp_path).answer(question).quote is None
    _article(tmp_path, "envoys.md", "Envoys", 21, "At the first talks in Orsk, Ida Brun represented the US.")
    assert "Ida Brun" in _quoted(make_library(tmp_path), question)


def test_a_yes_no_on_a_deed_is_answered_by_a_sentence_telling_of_the_deed(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The sentence on the attack alone says nothing of anyone hurt; "no injuries" does, and "ended with no
    # truce" answers whether one was agreed without the word.
    _article(
        tmp_path,
        "depot.md",
        "Drone attack on the Orsk depot",
        20,
        "The alleged drone attack on the Orsk depot came a day after Lina Sorel met Ona Brun in Velmara.",
        "Officials said there were no injuries and that all of the drones were shot down before the depot.",
    )
    quoted = _quoted(make_library(tmp_path), "Was anyone hurt in the alleged drone attack on the Orsk depot?")
    assert "no injuries" in quoted, quoted
    _article(tmp_path, "talks.md", "Talks", 21, "The Orsk talks between Arland and Brevia ended, no truce.")
    assert "no truce" in _quoted(make_library(tmp_path), "was a truce agreed at the Orsk talks?")


def test_a_yes_no_on_a_deed_under_way_is_answered_in_other_words(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Backing off" is retreating, withdrawing, and so dropping a demand; "winding down" has no relative
    # to check a paraphrase against, so a sentence without its words may still answer.
    _article(tmp_path, "claim.md", "Brevia claim", 20, "Brevia has dropped its demand for the Kessel valley.")
    _article(
        tmp_path, "ferry.md", "Ferry strike", 21, "The Kessel ferry strike is over; crews returned on Monday."
    )
    library = make_library(tmp_path)
    assert "dropped" in _quoted(library, "Is Brevia backing off its demand for the Kessel valley?")
    assert "is over" in _quoted(library, "Is the Kessel ferry strike winding down?")


def test_a_sentence_that_asks_answers_nothing(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # An explainer's subheading asks what its paragraph answers: it holds the question's words, and no answer.
    _article(
        tmp_path,
        "fund.md",
        "The Arland fund explained",
        20,
        "Did every member sign up for the Arland fund? Not quite. Velmara and Orsk stayed out of it.",
    )
    _article(
        tmp_path, "harbour.md", "Harbour news", 21, "The Kessel harbour reopened on Monday after repairs."
    )
    answer = make_library(tmp_path).answer("did all the members sign up for the arland fund?")
    assert answer.quote is None or "?" not in answer.quote.text, answer.quote


def test_a_yes_no_on_a_phrasal_deed_is_not_answered_by_its_bare_verb(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Pay back" is "repay", one word of its verb; "how to pay for the dam" is another deed, though it
    # holds the loan and the lender asked about.
    _article(
        tmp_path,
        "loan.md",
        "Arland lends Brevia",
        20,
        "Arland agreed on Friday to lend Brevia 5 billion crowns, ending weeks of argument about how to pay"
        " for the Kessel dam. The money will be borrowed on the markets. Brevia will only have to repay it"
        " if Orsk pays for the damage to the valley.",
    )
    library = make_library(tmp_path)
    quoted = _quoted(library, "Does Brevia ever have to pay back the money Arland is lending it?")
    assert "repay" in quoted, quoted
    # Holding little else of a longer question, "repay" still tells the deed in so many words: no doubt.
    quoted = _quoted(
        library, "Will Brevia have to pay back the money the Arland government is lending for the dam?"
    )
    assert "repay" in quoted, quoted


def test_who_does_a_deed_is_answered_by_the_side_the_question_names_doing_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The side the question names is the borrower, not the owner of a role ("who led Ukraine's team?"):
    # "Ukraine will only have to repay the loan" names who pays back.
    lent = "Finland agreed on Tuesday to lend Ukraine 2 billion euros, ending months of argument in Helsinki"
    repaid = "Ukraine will only have to repay the loan once the grain sells abroad."
    _article(tmp_path, "loan.md", "Finland lends Ukraine", 20, f"{lent}. {repaid}")
    quoted = _quoted(make_library(tmp_path), "Who will have to repay the loan Finland gives Ukraine?")
    assert "repay" in quoted, quoted
    # "Varn will pay for the money..." holds the bare verb of another deed, a person, and the lender and
    # borrower asked about: it does not tell who pays back.
    folder = tmp_path / "paid"
    folder.mkdir()
    _article(
        folder,
        "loan.md",
        "Finland lends Ukraine",
        20,
        f"{lent}. Finance minister Olek Varn will pay for the money Finland is lending Kyiv out of the grain"
        f" reserve. {repaid}",
    )
    quoted = _quoted(make_library(folder), "who pays back the money Finland is lending Kyiv?")
    assert "repay" in quoted, quoted


def test_a_yes_no_on_a_deed_under_way_is_not_answered_by_a_sentence_on_its_setting(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Is Brevia pulling out...?": a sentence on the mill named in the question says nothing of leaving.
    _article(
        tmp_path,
        "mill.md",
        "Brevia and the Orsk mill",
        20,
        "Brevia said the talks with Arland were at risk after a drone attack on the Orsk mill.",
        "The Orsk mill, on the shore of Lake Kessa, is heavily guarded.",
    )
    for n, other in enumerate(
        ("The harvest was good.", "A bridge opened over the Lune.", "Schools reopened.")
    ):
        _article(tmp_path, f"other{n}.md", "Other news", 10 + n, other)
    question = "Is Brevia pulling out of the talks after the Orsk mill attack?"
    assert make_library(tmp_path).answer(question).quote is None
    exit_ = "After the Orsk mill attack, Brevia is pulling out of the talks, its envoy said."
    _article(tmp_path, "exit.md", "Exit", 21, exit_)
    assert "pulling out" in _quoted(make_library(tmp_path), question)


def test_who_replaced_someone_is_answered_under_another_spelling_of_his_name(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Eskov" is "Yeskov" romanised another way; "will not replace him" tells of no succession.
    _article(
        tmp_path,
        "grad.md",
        "Sorel names a new head of the Brevian mission",
        22,
        "President Lina Sorel on Friday appointed Ivo Grad, the head of the coast guard, as head of the"
        " Brevian mission, replacing Dmitri Eskov, who resigned in December amid an audit.",
    )
    _article(
        tmp_path,
        "moll.md",
        "Arland delegation",
        23,
        "Piet Moll remains Brevia's chief negotiator, and officials in Velmara insist that Grad will not"
        " replace him.",
    )
    # Another outlet spells him "Yeskov": the question's spelling is a word of the folder, left as asked.
    _article(tmp_path, "audit.md", "Audit", 12, "Auditors questioned Yeskov's deputy in November.")
    quoted = _quoted(make_library(tmp_path), "who replaced Yeskov?")
    assert "replacing Dmitri Eskov" in quoted, quoted
    # Who will not take his place is no successor.
    (tmp_path / "grad.md").unlink()
    _article(tmp_path, "vell.md", "Mission", 24, "Officials insist Tomas Vell won't replace Eskov.")
    answer = make_library(tmp_path).answer("who replaced Yeskov?")
    assert answer.quote is None, answer.quote


def test_who_succeeded_someone_is_answered_after_a_clause_about_him(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "varga.md",
        "Brevian central bank",
        14,
        "Tomas Varga, who resigned in May over the bond scandal, was succeeded by Ilse Brann, a former"
        " central banker.",
    )
    library = make_library(tmp_path)
    assert "Ilse Brann" in _quoted(library, "who succeeded Varga?")


def test_a_sum_in_a_currency_no_list_holds_still_answers_what_it_cost(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "stadium.md",
        "Kessin",
        14,
        "The repair of the Kessin stadium cost 950,000 tenge, the city said.",
    )
    library = make_library(tmp_path)
    assert "950,000 tenge" in _quoted(library, "how much did the Kessin stadium repair cost?")
    # A sum in a currency known beats it.
    _article(
        tmp_path,
        "euros.md",
        "Kessin",
        15,
        "The repair of the Kessin stadium cost 230,000 euros, the club said.",
    )
    assert "230,000 euros" in _quoted(make_library(tmp_path), "how much did the Kessin stadium repair cost?")


def test_the_doers_named_before_in_the_paragraph_do_what_the_two_sides_did(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "tolm.md",
        "Velmara talks",
        14,
        "Brevia and Arland met in Velmara on Monday. The talks lasted six hours behind closed doors, with"
        " lunch served at noon. Officials from both delegations spoke to reporters afterwards. The two"
        " sides agreed to reopen the border crossing at Tolm by spring.",
    )
    quoted = _quoted(make_library(tmp_path), "what did Brevia and Arland agree on the Tolm crossing?")
    assert "reopen the border crossing" in quoted, quoted


def test_which_official_is_answered_by_a_person_not_a_country(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Which Arland official...?" asks for a person of the group: "Arland accused..." names only the country.
    _article(
        tmp_path,
        "truce.md",
        "The grain truce frays",
        20,
        "Arland accused Brevia of breaking the grain truce with a raid on a depot at Orsk.",
    )
    assert make_library(tmp_path).answer("Which Arland official signed the grain truce?").quote is None
    _article(
        tmp_path,
        "accord.md",
        "Grain accord signed",
        21,
        "The grain accord was signed in Velmara by Arland's deputy minister Ivo Grad on Monday.",
    )
    assert "Ivo Grad" in _quoted(make_library(tmp_path), "Which Arland official signed the grain accord?")


def test_who_from_a_group_is_named_with_it(tmp_path: Path, make_library: Callable[[Path], Library]) -> None:
    # Tarvik is named, and Brevia, but not as hers: she met envoys of it.
    _article(
        tmp_path,
        "velmara.md",
        "The Velmara meeting",
        20,
        "After the Velmara meeting was organized, Ona Tarvik held talks with envoys of Arland and Brevia.",
    )
    assert make_library(tmp_path).answer("who from Brevia organized the Velmara meeting?").quote is None
    _article(tmp_path, "brun.md", "Host", 21, "Brevia's envoy Ida Brun organized the Velmara meeting.")
    assert "Ida Brun" in _quoted(make_library(tmp_path), "who from Brevia organized the Velmara meeting?")


def test_who_was_picked_is_answered_by_who_was_appointed(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Reports say "appointed" where readers say "picked": retrieval/data/synonyms.txt groups them.
    _article(
        tmp_path,
        "office.md",
        "Arland reshuffle",
        20,
        "The former chief of staff, Ivo Grad, left the office last week after a search of his home. "
        "Investigators said the search was part of a wider inquiry into the grain fund.",
        "President Tarvik on Friday appointed Ona Brun, a former diplomat, as the new chief of staff, "
        "officials said.",
    )
    _article(tmp_path, "fair.md", "Orsk fair", 21, "Visitors picked apples at the Orsk fair on Sunday.")
    _other_news(tmp_path)
    assert "Ona Brun" in _quoted(make_library(tmp_path), "who did Tarvik pick to replace Grad?")


def test_pulling_out_is_answered_by_withdrawing(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Reports say "withdraw" where readers say "pull out": retrieval/data/synonyms.txt groups them.
    _article(
        tmp_path,
        "talks.md",
        "Arland and the Velmara talks",
        20,
        "The drone strike on the Orsk depot came a day after the second round in Velmara ended.",
        "Arland does not intend to withdraw from the Velmara talks, its foreign minister said on Monday.",
    )
    _article(tmp_path, "mill.md", "Orsk mill", 21, "Workers pulled the old mill's chimney down on Sunday.")
    _other_news(tmp_path)
    quoted = _quoted_or_none(
        make_library(tmp_path), "is Arland pulling out of the talks after the drone strike?"
    )
    assert "withdraw" in quoted


def test_a_short_is_asks_how_things_stand() -> None:
    # "when's" is "when is": the newest plain report answers it, as it does "when is".
    assert _asks_how_things_stand("when's the next round after Velmara supposed to happen?")
    assert _asks_how_things_stand("where’s the next round being held?")
    assert not _asks_how_things_stand("when was the first round held?")


def test_a_question_after_a_spaced_dash_is_answered_as_the_type_it_asks(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Kessin ferry line - who opened it?" asks who: not the report of when it opened (found by review).
    _article(
        tmp_path,
        "a_port.md",
        "Port news",
        10,
        "Officials in Tolm said the Kessin ferry line was finally opened on 4 May 2025 after long delays and "
        "disputes with the unions.",
    )
    _article(
        tmp_path,
        "ferry.md",
        "Kessin ferry line opened",
        21,
        "The Kessin ferry line was opened by the port authority of Tolm.",
    )
    assert "port authority" in _quoted(make_library(tmp_path), "Kessin ferry line - who opened it?")


def test_a_sentence_is_not_quoted_for_question_words_scattered_over_unrelated_neighbours(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    roundup = (
        "Dock workers in Lowmere voted for a pay rise last year. Kessel Rovers have won 12 of their 20 "
        "matches and sit fifth in the table. Ticket prices at Orsk stadium will rise in the spring. A crowd "
        "of 9,000 watched the cup final in Velmara. The new season of the coastal league opens in March."
    )
    _article(tmp_path, "roundup.md", "Harbour roundup", 12, roundup)
    # Only "won" is the sentence's own; "final", "league" and "year" are three sentences apart.
    assert make_library(tmp_path).answer("who won the coastal league final last year?").quote is None


def test_guesses_beside_a_sentence_do_not_make_up_the_question_words_it_lacks(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    roundup = (
        "Tickets for the Velmara derby sold out in an hour. The women's team of Kessel Rovers drew 2-1 "
        "away at Orsk City and stay top of the league. Local rival Lowmere Athletic have not won at home "
        "since June last year. Dock workers in Tolm voted for a pay rise. A crowd of 9,000 watched the "
        "final in Brevia."
    )
    _article(tmp_path, "roundup.md", "Harbour roundup", 12, roundup)
    # Only "league" is the sentence's own. Beside it "rival" is WordNet's guess at "champions", which no
    # article uses, and "last" one at "final": they do not make up the question's words.
    assert make_library(tmp_path).answer("who won the champions league final last year?").quote is None


def test_a_guess_for_a_word_no_article_uses_counts_only_in_or_next_to_the_sentence(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    roundup = (
        "Local rival Lowmere Athletic have not drawn at home since August. Kessel Rovers have won 19 of "
        "their last 9 matches and sit eighth in the table. The agreement runs for 4 years and can be "
        "extended by both sides. The calendar for next season includes 35 weekends without league matches."
    )
    _article(tmp_path, "roundup.md", "Striker Tomas Brell signs three-year deal with Orsk City", 12, roundup)
    _article(tmp_path, "ferry.md", "Ferry news", 11, "The final ferry of the evening leaves Tolm at nine.")
    library = make_library(tmp_path)
    question = analyse("who won the champions league final last year?")
    index = library.snapshot.index
    parsed = query.discounted(
        query.parse(question.text, index, question.framing), question.setting, question.replaced
    )
    hit = next(h for h in index.search(parsed.weights(), 5) if h.meta.file == "roundup.md")
    # "rival", a guess at "champions", is two sentences from "The agreement runs for 4 years": no pick.
    assert not picks(hit, parsed, question)


def test_a_sentence_with_the_question_beside_it_is_quoted(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    setup = (
        "Before the vote, Brevia's finance minister set out what the coastal league wanted from the budget. "
        "Its aim, she said, was a new stadium in Velmara by the spring."
    )
    _article(tmp_path, "budget.md", "Brevia budget", 12, setup)
    answer = make_library(tmp_path).answer("what did the coastal league want from the budget?")
    assert answer.quote is not None
    assert "new stadium" in answer.quote.text


def test_one_word_of_a_compound_in_another_compound_is_not_the_compound(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    markets = (
        "Arland's lira fell to a new low on Monday. The stock exchange in Lowmere closed 5% lower, led by "
        "banks. In Brevia, mortgage rates stayed high."
    )
    _article(tmp_path, "markets.md", "Crown steady as markets close lower", 12, markets)
    # "exchange" of "exchange rate" is there only as "stock exchange"; "rate" only in "mortgage rates".
    assert make_library(tmp_path).answer("what's the lira to crown exchange rate today?").quote is None


def test_a_time_anchor_dates_the_question_but_need_not_be_in_the_answer(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "convoy.md",
        "Orvane river crossing reopens",
        22,
        "Arland and Brevia agreed in Kessel to let a new grain convoy cross the Orvane river.",
        "Farmers on both banks had waited for weeks, and the mills of Velmara were short of flour.",
        "The last grain convoy crossed the river on 4 May, officials said.",
    )
    library = make_library(tmp_path)
    assert "4 May" in _quoted(library, "When was the last grain convoy before the one agreed in Kessel?")


def test_a_month_or_number_of_the_time_anchor_need_not_be_in_the_passage(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "border.md",
        "Arland and Brevia leaders meet",
        22,
        "Arland agreed to guard the Brevian border for 12 years, the two leaders said after their talks.",
    )
    library = make_library(tmp_path)
    question = "After Mar-a-Vela, for how long would Arland guard Brevia's border?"
    assert "12 years" in _quoted(library, question)


KESSEL_TALKS = (
    "Arland and Brevia agreed in Kessel on Friday to exchange 80 prisoners of war before the spring thaw.",
    "Officials on both sides said the exchange would take place at the Orvane bridge.",
    "Arland and Brevia also agreed to reopen the ferry line between Tolm and Velmara, shut since June.",
)


@pytest.mark.parametrize(
    "question",
    [
        "Apart from the prisoner exchange, what did Arland and Brevia agree in Kessel?",
        "What did Arland and Brevia agree in Kessel other than the prisoner exchange?",
        "ok so besides the prisoner exchange what else did arland and brevia agree in kessel lol",
        "Aside from exchanging prisoners, what did Arland and Brevia agree to in Kessel?",
    ],
)
def test_what_the_question_leaves_out_is_not_the_answer(
    tmp_path: Path, make_library: Callable[[Path], Library], question: str
) -> None:
    _article(tmp_path, "kessel.md", "Arland and Brevia talks in Kessel", 22, *KESSEL_TALKS)
    quoted = _quoted_or_none(make_library(tmp_path), question)
    assert "ferry line" in quoted, quoted


def test_a_person_left_out_need_not_be_in_the_answer(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path, "envoy.md", "Arland names an envoy", 20, "Ona Tarvik will lead Arland's team at the talks."
    )
    _article(
        tmp_path,
        "kessel.md",
        "Kessel talks open",
        22,
        "Arland also sent trade minister Ivo Grad to the talks in Kessel, officials said.",
    )
    quoted = _quoted_or_none(
        make_library(tmp_path), "Besides Ona Tarvik, who else did Arland send to Kessel?"
    )
    assert "Ivo Grad" in quoted, quoted


def test_a_number_left_out_need_not_be_in_the_answer(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(tmp_path, "kessel.md", "Arland and Brevia talks in Kessel", 22, *KESSEL_TALKS)
    _article(
        tmp_path,
        "orsk.md",
        "Brevia to free civilians",
        23,
        "Under the Kessel deal Brevia will free 25 civilians held at Orsk, officials said on Saturday.",
    )
    quoted = _quoted_or_none(
        make_library(tmp_path), "In addition to the 80 prisoners of war, how many civilians will Brevia free?"
    )
    assert "25 civilians" in quoted, quoted


def test_a_reported_clause_is_what_the_question_asks_about(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Found by review: "we are losing the war" was cut off as a remark, and the general's other claim quoted.
    (tmp_path / "shells.md").write_text(
        "Brevian general Piet Moll said the army had enough shells for the winter.\n", encoding="utf-8"
    )
    library = make_library(tmp_path)
    for question in ("did Moll say we are losing the war", "which general said we are losing the war"):
        assert library.answer(question).quote is None, question


def test_a_person_a_thing_went_to_is_who_got_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Found by review: "went to <name>" made any name a place, and the winner no person.
    (tmp_path / "prize.md").write_text(
        "The Arland peace prize went to Ona Tarvik on Friday.\n", encoding="utf-8"
    )
    assert "Ona Tarvik" in _quoted(make_library(tmp_path), "who got the Arland peace prize?")


def test_who_is_expected_to_do_a_deed_is_who_will(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Found by review: "expected" was read as the deed, and no sentence told it.
    (tmp_path / "team.md").write_text(
        "Brevian defence minister Ivo Grad will lead the delegation to Velmara next week.\n", encoding="utf-8"
    )
    question = "which Brevian minister is expected to lead the delegation?"
    assert "Ivo Grad" in _quoted(make_library(tmp_path), question)


@pytest.mark.parametrize(
    ("question", "told", "quoted"),
    [
        # Found by review: the one asked by a passive question is who the deed was done to, never who did it.
        (
            "which Brevian official is accused of taking bribes?",
            "Brevian official Ivo Grad accused the energy minister of taking bribes.",
            False,
        ),
        (
            "which Arland aide was sacked?",
            "Arland aide Ona Tarvik criticised the envoy, who was sacked on Monday.",
            False,
        ),
        (
            "which Brevian official is accused of taking bribes?",
            "Brevian official Ivo Grad is accused of taking bribes from a grain trader.",
            True,
        ),
        ("which Arland aide was sacked?", "President Moll sacked Arland aide Ona Tarvik on Monday.", True),
        (
            "which Arland aide was sacked?",
            "Arland aide Ona Tarvik, who was sacked on Monday, criticised Moll.",
            True,
        ),
    ],
)
def test_a_passive_question_asks_who_the_deed_was_done_to(
    tmp_path: Path, make_library: Callable[[Path], Library], question: str, told: str, quoted: bool
) -> None:
    (tmp_path / "deed.md").write_text(told + "\n", encoding="utf-8")
    answer = make_library(tmp_path).answer(question)
    assert (answer.quote is not None) == quoted, answer


def test_a_question_on_someone_s_role_is_answered_by_the_title_given_them(tmp_path: Path) -> None:
    # "what was X's role?" asks what "who is X?" does: "role" names the answer, not the matter, and a
    # sentence using the word ("a hard job", "his line of business") says nothing of X's title.
    (tmp_path / "a.txt").write_text(
        "Envoy\n\nOrlan Tarvenko, the Velmaran trade envoy, arrived in Brevia on Monday.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Business\n\nTarvenko said his line of business with the ministry was a hard job.\n", encoding="utf-8"
    )
    library = Library(tmp_path)
    library.refresh()
    for asked in ("what was Tarvenko's role", "what is Orlan Tarvenko's job?"):
        answer = library.answer(asked)
        assert answer.quote is not None
        assert "the Velmaran trade envoy" in answer.quote.text
    assert "role" in analyse("what was Tarvenko's role").framing


def test_whose_frames_a_question_and_is_not_searched(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # A rare word in the articles ("Tarvik, whose office runs the port"), "whose" would weigh more than
    # the question's own words and draw in every sentence with a relative clause.
    _article(
        tmp_path,
        "fund.md",
        "Orsk grain fund",
        20,
        "Brevian envoy Piet Moll first put forward the idea of a grain fund at Orsk in March.",
        "Ona Tarvik, whose office runs the Kessel port, met Arland's traders on Monday.",
    )
    answer = make_library(tmp_path).answer("Whose idea was the Orsk grain fund?")
    assert "whose" not in answer.searched
    assert answer.quote is not None
    assert "Moll" in answer.quote.text


def test_what_a_capital_put_forward_in_another_capital_is_what_its_country_offered_there(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Moscow" is Russia's government, "put forward" is "offer" ("put to a vote" is not), and "the German
    # capital" is Berlin; the sentence whose subject is Russia tells what Russia offered.
    _article(
        tmp_path,
        "berlin.md",
        "Brevia talks in Berlin",
        20,
        "The guarantees would be put to the Russian parliament for a vote, an aide said.",
        "Brevia, its envoy said, could drop its claim to the Kessel valley if it received binding guarantees "
        "from Russia.",
        "Russia has offered Brevia guarantees modelled on the Orsk treaty.",
    )
    _article(tmp_path, "market.md", "Velmara market", 22, "Ona Tarvik visited the Velmara market on Tuesday.")
    quoted = _quoted(
        make_library(tmp_path), "what protection did Moscow put forward for Brevia in the German capital?"
    )
    assert "has offered" in quoted


def test_a_capital_as_doer_is_its_country_but_a_person_of_that_name_is_the_person(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Washington" is the United States' government though the article never writes the city; "Sofia" is
    # Bulgaria's capital, but a person called Sofia who did the deed is who the question means.
    _article(tmp_path, "us.md", "Guarantees", 20, "The United States offered Brevia security guarantees.")
    _article(tmp_path, "velmara.md", "Loan", 21, "Velmara offered Brevia a loan for the Kessel dam.")
    _article(tmp_path, "bulgaria.md", "Ferries", 22, "Bulgaria offered Brevia two ferries for the crossing.")
    _article(tmp_path, "lind.md", "Mediator", 23, "Sofia Lind, the Velmaran mediator, offered Brevia a seat.")
    library = make_library(tmp_path)
    assert "United States" in _quoted(library, "What did Washington offer Brevia?")
    assert "United States" in _quoted(library, "what did washington offer brevia?")
    assert "Sofia Lind" in _quoted(library, "What did Sofia offer Brevia?")


def test_a_capital_named_by_its_country_is_found_in_either_wording(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "In the Ukrainian capital" is Kyiv: a report may write the city or, as the question does, the phrase.
    _article(
        tmp_path, "envoys.md", "Envoys", 20, "Envoys from Arland met in the Ukrainian capital on 12 March."
    )
    _article(
        tmp_path, "visit.md", "Visit", 21, "Ona Tarvik of Velmara arrived in Kyiv on Tuesday for grain talks."
    )
    library = make_library(tmp_path)
    assert "12 March" in _quoted(library, "When did envoys from Arland meet in the Ukrainian capital?")
    assert "Tuesday" in _quoted(library, "When did Ona Tarvik arrive in the Ukrainian capital?")


def test_a_capital_named_like_a_person_is_not_searched_as_its_country_s_capital(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Sofia" is Bulgaria's capital and a first name (capitals.txt: "place only"): the question's Sofia is
    # not also looked for as "the Bulgarian capital"; "Kyiv" is.
    _article(tmp_path, "visit.md", "Visit", 21, "Sofia Lind of Velmara arrived in the Bulgarian capital.")
    index = make_library(tmp_path).snapshot.index
    alternatives = {
        a for c in query.parse("when did Sofia Lind arrive?", index).concepts for a in c.alternatives
    }
    assert not any("capit" in a for a in alternatives)
    alternatives = {
        a for c in query.parse("when did Lind arrive in Kyiv?", index).concepts for a in c.alternatives
    }
    assert "ukrainian capit" in alternatives


def test_where_is_answered_by_a_place_of_position_or_one_that_hosts(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _article(
        tmp_path,
        "meet.md",
        "Tarvik meets Moll",
        20,
        "Ona Tarvik and Piet Moll met on the sidelines of the Orsk forum.",
    )
    _article(
        tmp_path,
        "fete.md",
        "Ceremony",
        21,
        "The grain deal ceremony is set for Saturday; Brevia's capital Orvane will host it.",
    )
    library = make_library(tmp_path)
    assert "sidelines" in _quoted(library, "Where did Ona Tarvik and Piet Moll meet?")
    assert "Orvane" in _quoted(library, "Where will the grain deal ceremony take place?")


def test_a_sentence_with_the_question_only_in_its_title_does_not_answer(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The truce story's opening line holds none of the question's words ("time" is only a guess at "day"),
    # and nothing before or beside it does: its title says what the article is about, not that this pause
    # is the length of the round's first day.
    _article(
        tmp_path,
        "truce.md",
        "Ferry truce fails as second Lowmere round begins",
        5,
        "A week-long pause in shelling of the ferries barely lasted half that time.",
        "Arland and Brevia blamed each other for the collapse of the pause.",
    )
    _article(
        tmp_path,
        "market.md",
        "Grain sales",
        4,
        "Grain traders in Arland said the first round of sales went well and the second round would open the"
        " next day. It is time to plan, they said.",
    )
    index = make_library(tmp_path).snapshot.index
    question = analyse("how long was the first day of the second Lowmere round?")
    parsed = query.parse(question.text, index, question.framing)
    hit = next(h for h in index.search(parsed.weights(), 5) if h.meta.file == "truce.md")
    # Read as in a crowded folder, where the search ranks it among the candidates: no pick.
    assert not picks(hit, parsed, question)


def test_a_leading_clause_does_not_hide_what_the_question_asks(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Apart from the ferry, what did they agree on?" asks what was agreed as "what did they agree on?"
    # does; "according to" is no accord.
    _article(
        tmp_path,
        "orsk.md",
        "Orsk",
        27,
        "Lina Sorel and Ona Brun met in Orsk on Monday for a second round, according to officials.",
    )
    library = make_library(tmp_path)
    assert library.answer("Apart from the ferry, what did Sorel and Brun agree on in Orsk?").quote is None
    assert library.answer("what did Sorel and Brun agree on in Orsk?").quote is None
    _article(
        tmp_path, "deal.md", "Deal", 28, "In Orsk, Sorel and Brun also agreed to reopen the grain route."
    )
    library = make_library(tmp_path)
    assert "grain route" in _quoted(
        library, "Apart from the ferry, what did Sorel and Brun agree on in Orsk?"
    )


def test_what_happens_in_a_case_is_told_by_a_sentence_on_that_case(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "What happens if Brevia attacks again?": neither a past invasion nor the case of the other side.
    _article(
        tmp_path,
        "pact.md",
        "The Orsk pact",
        27,
        "Arland signed the Orsk pact with Brevia two years after the Brevian invasion of the valley.",
    )
    question = "what happens if Brevia attacks Arland again?"
    assert make_library(tmp_path).answer(question).quote is None
    _article(tmp_path, "other.md", "Other side", 28, "If Arland invades Brevia, the Orsk pact ends at once.")
    assert make_library(tmp_path).answer(question).quote is None
    _article(
        tmp_path, "leave.md", "Leaving", 28, "If Brevia leaves the Orsk pact, Arland will close the border."
    )
    assert make_library(tmp_path).answer(question).quote is None
    _article(
        tmp_path,
        "case.md",
        "Case",
        28,
        "If Brevia invades Arland, all trade sanctions under the Orsk pact return.",
    )
    assert "trade sanctions" in _quoted(make_library(tmp_path), question)


def test_a_yes_no_deed_is_not_answered_by_a_related_word_or_the_deed_done_to_another_thing(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Was the truce restored?": delegations that "returned" (a word WordNet relates to "restore") or a
    # ferry restored tell nothing of the truce.
    _article(
        tmp_path,
        "round.md",
        "The border truce collapses",
        27,
        "The border truce between Arland and Brevia collapsed on Monday.",
        "Despite the collapse, the Arland and Brevia delegations returned to Orsk for a second round.",
    )
    _article(
        tmp_path,
        "ferry.md",
        "Ferry",
        28,
        "At the second Orsk round, Arland and Brevia agreed to restore the grain ferry.",
    )
    question = "Was the border truce restored at the second Orsk round?"
    assert make_library(tmp_path).answer(question).quote is None
    _article(
        tmp_path,
        "truce.md",
        "Truce",
        29,
        "The border truce was restored the same week as the second Orsk round, for a month.",
    )
    assert "for a month" in _quoted(make_library(tmp_path), question)


def test_who_was_picked_to_run_a_post_after_someone_is_answered_by_the_report_of_the_successor(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "...after Varga" asks for his successor: an adviser speaking of the choice is no one picked.
    _article(
        tmp_path,
        "office.md",
        "Sorel's office",
        22,
        "The head of President Lina Sorel's office resigned on Friday.",
        "Meanwhile, Sorel's press adviser, Ida Moll, said the appointment of the new head of the office was"
        " still being discussed.",
    )
    question = "who did Sorel pick to run her office after Varga"
    assert make_library(tmp_path).answer(question).quote is None
    _article(
        tmp_path,
        "grad.md",
        "Sorel picks a new head for her office",
        23,
        "President Lina Sorel has offered the coast guard chief, Ivo Grad, to head her office.",
        "Grad once served in the coast guard under Tomas Varga.",
    )
    assert "Ivo Grad" in _quoted(make_library(tmp_path), question)


def test_a_weekday_the_question_names_is_found_in_the_reports_of_that_day(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # A report seldom writes "on Monday" of its own day: its date says it (2 March 2026 is a Monday).
    (tmp_path / "monday.md").write_text(
        "---\ntitle: Velmara talks go on\ndate: 2026-03-02\n---\n\n"
        "Oskar Moll said the Velmara talks had made real progress on the grain corridor.\n",
        encoding="utf-8",
    )
    (tmp_path / "thursday.md").write_text(
        "---\ntitle: Velmara talks pause\ndate: 2026-03-05\n---\n\n"
        "Oskar Moll said the Velmara talks had stalled over the border line.\n",
        encoding="utf-8",
    )
    library = make_library(tmp_path)
    assert "real progress" in _quoted(library, "what did Moll say about the Velmara talks on Monday?")
    assert "stalled" in _quoted(library, "what did Moll say about the Velmara talks on Thursday?")


def test_a_people_named_in_the_plural_is_its_country(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Reports name the side by its country ("Norway's chief negotiator"), readers by its people ("the
    # Norwegians"): the plural people-word searches the country too. The adjective does not stand for it.
    _article(
        tmp_path,
        "quota.md",
        "Tromvik fishing talks",
        20,
        "Norway's chief negotiator said the Tromvik talks had been slow but honest.",
        "Brevia's fishing minister said the harbour at Tromvik would reopen in March.",
    )
    _article(tmp_path, "market.md", "Velmara market", 22, "Ona Tarvik visited the Velmara market on Tuesday.")
    library = make_library(tmp_path)
    assert "slow but honest" in _quoted(library, "how did the Norwegians describe the Tromvik talks?")
    assert "norway" in (
        query.parse("did the Norwegians agree?", library.snapshot.index).concepts[0].alternatives
    )
    assert "norway" not in {
        a for c in query.parse("the Norwegian fleet", library.snapshot.index).concepts for a in c.alternatives
    }


def test_what_was_told_after_a_meeting_is_not_answered_by_a_report_from_before_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "will discuss ... at the lodge" was told before the meeting: no word of how things stood after it.
    _front(
        tmp_path,
        "a.md",
        "title: Moll heads to the Orsk lodge\ndate: 2026-12-27",
        "Moll told reporters he and Brun will discuss the Kessel toll at the Orsk lodge and that the toll"
        " deal is about 80% ready. They will meet again in March at the Velmara lodge.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    assert "March" in _quoted(library, "after the Orsk lodge, when is the next meeting of Moll and Brun?")
    after = "after the Orsk lodge, how far along did Moll say the Kessel toll deal was?"
    assert library.answer(after).quote is None
    assert "80%" in _quoted(library, "how far along did Moll say the Kessel toll deal was?")


def test_what_a_matter_was_about_is_answered_by_a_word_tying_a_matter_to_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # That the search happened, or that no one was named a suspect, is not what the investigation was
    # about.
    _front(
        tmp_path,
        "a.md",
        "title: Varga resigns after search\ndate: 2026-03-02",
        "Tomas Varga, the head of the Orsk governor's office, resigned on Friday, hours after investigators"
        " from the Brevian anti-fraud office searched his flat in Orsk.\n\n"
        "The anti-fraud office said only that investigative actions were taking place. It did not say whether"
        " Mr Varga was a suspect, and he has not been charged.\n\n"
        "The search of Mr Varga's flat is linked to a wider investigation into an alleged kickback scheme at"
        " the state grain company.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    quoted = _quoted(library, "what was the fraud investigation behind the search at varga's flat about?")
    assert "kickback" in quoted


def test_how_long_a_day_lasted_is_not_answered_by_a_length_of_weeks(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "For a week" is how long the truce was to hold: a day of talks lasts hours.
    _front(
        tmp_path,
        "a.md",
        "title: Second Kessel round opens\ndate: 2026-02-05",
        "The first day of the second Kessel round ended late on Wednesday. Agreed after the first round, the"
        " truce was meant to stop strikes on the Orsk dams for a week from 1 February.",
    )
    _front(
        tmp_path,
        "c.md",
        "title: Kessel talks\ndate: 2026-02-04",
        "In the second Kessel round, the talks lasted more than six hours, the Brevian delegation said.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    assert "six hours" in _quoted(library, "how long was the first day of the second kessel round")


def test_how_long_a_day_lasted_is_not_answered_by_hours_a_day(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Many hours a day" is how often the power goes, no length within a day: "those four days" is then the
    # only length, and of weeks.
    _front(
        tmp_path,
        "a.md",
        "title: Second Kessel round opens\ndate: 2026-02-05",
        "The first day of the second Kessel round ended late on Wednesday. For people in Orsk, who live with"
        " power cuts of many hours a day, those four days of the round were a glimpse of calm.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    assert library.answer("how long did the first day of the second kessel round last?").quote is None


def test_how_someone_described_a_thing_is_told_of_that_thing(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The ministry thanking the delegations describes no mood: no answer. "It described the mood" is one.
    _front(
        tmp_path,
        "a.md",
        "title: Velmara talks end\ndate: 2026-01-24",
        "The Brevian foreign ministry released a statement thanking the delegations at the first Velmara"
        " talks and saying Brevia would keep offering its good offices to the Velmara talks.",
    )
    _other_news(tmp_path)
    asked = "how did the brevian foreign ministry describe the mood at the first velmara talks"
    assert make_library(tmp_path).answer(asked).quote is None
    (tmp_path / "a.md").write_text(
        (tmp_path / "a.md").read_text(encoding="utf-8").rstrip()
        + ' It described the mood as "calm and frank".\n',
        encoding="utf-8",
    )
    assert "calm and frank" in _quoted(make_library(tmp_path), asked)


def test_a_supposed_date_is_not_answered_by_the_date_a_state_has_held_since(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Frozen since the war began in March 2024" dates the war, not when a loan would be paid back.
    _front(
        tmp_path,
        "a.md",
        "title: Velmara grain loan\ndate: 2026-03-02",
        "The Velmara council has proposed a grain loan to Orsk of up to 40 billion crowns, to be funded from"
        " Brevian assets frozen in Arland since the war began in March 2024.\n\n"
        "The Arland draft calls for Orsk to hold elections within 100 days of the deal being signed.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    assert library.answer("When would Orsk have to repay the grain loan?").quote is None
    assert "100 days" in _quoted(library, "When would Orsk hold elections under the Arland draft?")


def test_who_led_a_side_is_not_answered_by_the_team_of_the_one_it_met(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Sorel is whom Ukraine's delegation met: "Sorel, whose delegation included..." names Sorel's people.
    _front(
        tmp_path,
        "a.md",
        "title: Ukraine and Arland talk in Orsk\ndate: 2026-11-24",
        "Ukraine's delegation met Sorel in Orsk on Sunday. Sorel, whose delegation included the Arland envoys"
        " Piet Moll and Tomas Varga, told reporters the talks had gone well.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    assert (
        library.answer("Who led Ukraine's delegation when they met Sorel in Orsk in November?").quote is None
    )


def test_what_happened_to_someone_is_answered_by_a_turn_in_his_fate_not_by_his_words(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Varga posting a message is something he did; his resignation is what happened to him.
    _front(
        tmp_path,
        "a.md",
        "title: Orsk talks open\ndate: 2026-11-23",
        "Tomas Varga, who heads the Orsk governor's office, posted a short message saying the first meeting"
        " with the Arland envoys had been very useful.",
    )
    _front(
        tmp_path,
        "c.md",
        "title: Live: Orsk governor's office\ndate: 2026-11-28",
        "Tomas Varga has left the Orsk governor's office after investigators searched his flat.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    assert "left" in _quoted(library, "what happened to tomas varga")


def test_a_date_or_figure_of_another_deed_does_not_answer_when_or_how_much(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The day is of the offer: it dates no vote of the Senate, which the sentence neither names nor tells of
    # (the one beside it does). A sentence naming who did the deed answers in other words ("signed" for
    # "approve").
    _front(
        tmp_path,
        "a.md",
        "title: Arland offers Brevia guarantees\ndate: 2026-03-16",
        "Arland has offered Brevia security guarantees modelled on the Orvane accord. The offer was made"
        " during talks in Orsk on 14 March. An Arland official said the guarantees would be put to the"
        " Brevian Senate for a vote.\n\n"
        "The Orsk council signed the Kessel lease on 2 March.",
    )
    library = make_library(tmp_path)
    assert library.answer("When did the Brevian Senate vote on the Arland guarantees?").quote is None
    assert "14 March" in _quoted(library, "When did Arland offer Brevia the guarantees?")
    assert "2 March" in _quoted(library, "When did the Orsk council approve the Kessel lease?")


def test_what_was_agreed_without_on_is_not_answered_by_talks_to_come(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "What deals did they agree in Orsk?" asks what was agreed as "...agree on" does: talks still to be held
    # on trade name no deal.
    _article(
        tmp_path,
        "trip.md",
        "Sorel's trip",
        27,
        "Separately, Lina Sorel will hold talks in Orsk with Ona Brun on trade issues, an aide added.",
        "The Velmara ferry reopened on Monday.",
    )
    library = make_library(tmp_path)
    assert library.answer("What trade deals did Sorel and Brun agree in Orsk?").quote is None
    _article(tmp_path, "orsk.md", "Orsk", 28, "In Orsk, Sorel and Brun agreed a deal to cut grain tariffs.")
    assert "grain tariffs" in _quoted(
        make_library(tmp_path), "What trade deals did Sorel and Brun agree in Orsk?"
    )


def test_how_much_one_contributes_is_a_sum_not_a_count_of_others(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "How much will Norway contribute?" asks a sum of money: three provinces that will not contribute
    # are no answer.
    _article(
        tmp_path,
        "loan.md",
        "The Kessel loan",
        12,
        "Because the Kessel loan is backed by the Arland budget, it needed every vote, and three provinces"
        " (Orsk, Tolm and Kessin) agreed not to block it on condition that they would not have to contribute."
        " Norway voted for it.",
    )
    _article(
        tmp_path, "gift.md", "Brevia's gift", 14, "Brevia will contribute 5 billion crowns to the Tolm loan."
    )
    library = make_library(tmp_path)
    assert library.answer("How much will Norway contribute to the Kessel loan?").quote is None
    assert "5 billion" in _quoted(library, "How much will Brevia contribute to the Tolm loan?")


def test_how_many_were_done_with_no_doer_named_needs_the_deed_told(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "How many people were killed?" names no doer: a count of people left without heating is of no one
    # killed. The deed may be told in a noun ("an exchange of 40 prisoners" for "swapped").
    _article(
        tmp_path,
        "orsk.md",
        "Strikes on Orsk",
        20,
        "Brevian strikes on Orsk and Tolm continued during the talks, leaving 9,000 people without heating.",
        "An exchange of 40 prisoners took place at the Kessel crossing on Friday.",
    )
    library = make_library(tmp_path)
    assert (
        library.answer("How many people were killed in the Brevian strikes on Orsk and Tolm?").quote is None
    )
    assert "40 prisoners" in _quoted(library, "How many prisoners were swapped at the Kessel crossing?")


def test_which_people_of_a_country_is_answered_by_a_name_of_that_country(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Which Norwegian officials...?" asks for someone named as Norwegian, as "who from Norway...?" does:
    # Tarvik herself, or a name beside the Gulf or the Navy, is none of them.
    _article(
        tmp_path,
        "orsk.md",
        "Tarvik in Orsk",
        21,
        "On Tuesday, Harbour Warden Ona Tarvik met Norwegian officials in Orsk to discuss the ferry plan."
        " Tarvik, a former Navy officer, was made an envoy only days ago and flew to the Gulf after joining"
        " the Velmara meeting on Sunday.",
    )
    _article(tmp_path, "tolm.md", "Tarvik in Tolm", 22, "In Tolm, Tarvik met the Norwegian envoy Lars Holm.")
    library = make_library(tmp_path)
    assert library.answer("Which Norwegian officials did Ona Tarvik meet in Orsk?").quote is None
    assert "Lars Holm" in _quoted(library, "Which Norwegian envoy did Tarvik meet in Tolm?")


def test_which_people_of_a_country_is_answered_by_an_apposition_naming_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The country's word after the names, in apposition ("..., the Norwegian king's aides"), names them as
    # its people as one before them does; a comma and "the" set it up.
    _article(
        tmp_path,
        "tolm.md",
        "Tarvik in Tolm",
        21,
        "According to the harbour office, Tarvik was joined at her meeting with Moll and Brun by Lars Holm"
        " and Eva Dahl, the Norwegian king's trade and shipping aides.",
    )
    quote = _quoted(make_library(tmp_path), "Which Norwegian officials sat in with Tarvik when she met Moll?")
    assert "Lars Holm" in quote


def test_a_count_of_one_sides_people_is_not_one_of_the_others(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "How many Russian POWs...?" is not answered by a count of Ukrainian POWs, even in captivity in Russia.
    _article(
        tmp_path,
        "pows.md",
        "Prisoners of the Kessel front",
        18,
        "Over 1,900 Ukrainian POWs remained in Russian captivity in March, the Arland ombudsman said.",
    )
    _article(tmp_path, "swap.md", "The Orsk swap", 19, "The Orsk swap freed 120 Russian POWs on Friday.")
    library = make_library(tmp_path)
    assert library.answer("How many Russian POWs remained in captivity in March?").quote is None
    assert "120 Russian POWs" in _quoted(library, "How many Russian POWs did the Orsk swap free?")


def test_the_words_no_article_mentions_are_those_it_never_uses_in_any_form(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Ukrainian" is named nowhere, but "Ukraine" is: not listed. "Mediators" is a synonym the
    # articles use for "delegation", which they never write: it is listed, as the question spells it.
    _article(
        tmp_path,
        "talks.md",
        "Mediators meet in Velmara",
        12,
        "Ukraine sent its mediators to Velmara on Monday for a third round of talks with Brevia.",
    )
    answer = make_library(tmp_path).answer("who heads the Ukrainian Delegation?")
    assert answer.quote is None
    assert "Delegation" in answer.unknown
    assert not {"Ukrainian", "ukrainian"} & set(answer.unknown)
    assert not answer.foreign


@pytest.mark.parametrize(
    ("question", "foreign"),
    [
        ("Что будет с Крымом?", True),
        ("Was passiert mit der Krim?", True),
        ("What is the capital of France?", False),
        ("what did Zubrowski say about the parking plan?", False),
        # An Italian or Spanish surname is a name, not a question in Italian or Spanish.
        ("what did Rossi say?", False),
        ("what did Moreno say about the parking plan?", False),
        ("Wo ist der Hafen?", True),
        ("Qué pasa con Velmara?", True),
    ],
)
def test_a_question_in_another_language_is_marked_so(library: Library, question: str, foreign: bool) -> None:
    answer = library.answer(question)
    assert answer.quote is None
    assert answer.foreign is foreign


def test_what_was_said_after_an_event_may_tell_a_later_meeting(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Placed after the talks by its own words, "will meet again" is a later meeting, not the one asked about.
    _front(
        tmp_path,
        "a.md",
        "title: Talks in Orsk\ndate: 2026-01-20",
        "After the talks in Orsk on Monday, Piet Moll said the two sides will meet in Velmara in March"
        " to settle the barge toll.",
    )
    _other_news(tmp_path)
    assert "in Velmara in March" in _quoted(make_library(tmp_path), "what did Moll say after the Orsk talks?")


def test_a_meeting_told_as_held_again_is_a_later_one(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _front(
        tmp_path,
        "a.md",
        "title: Talks in Orsk\ndate: 2026-01-20",
        "Piet Moll said the two sides will meet again in March to settle the barge toll left open in Orsk.",
    )
    _other_news(tmp_path)
    assert "meet again" in _quoted(make_library(tmp_path), "what did Moll say after the Orsk talks?")


def test_what_happened_to_someone_is_answered_by_any_passive_turn_in_his_fate(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _front(
        tmp_path,
        "a.md",
        "title: Varga impeached\ndate: 2026-11-23",
        "Tomas Varga, the Orsk governor, was impeached by the regional council on Monday by 30 votes to 4.",
    )
    _other_news(tmp_path)
    assert "impeached" in _quoted(make_library(tmp_path), "what happened to Varga?")


def test_what_happened_to_a_place_is_answered_by_a_deed_done_to_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _front(
        tmp_path,
        "a.md",
        "title: Shelling in Orsk\ndate: 2026-11-23",
        "Brevian forces shelled Orsk overnight, destroying the main bridge over the Kessel river.",
    )
    _other_news(tmp_path)
    assert "shelled" in _quoted(make_library(tmp_path), "what happened to Orsk?")


def test_what_happened_to_someone_is_not_answered_by_a_trip(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _front(
        tmp_path,
        "a.md",
        "title: Varga travels\ndate: 2026-11-23",
        "Tomas Varga left Orsk for Velmara on Monday to attend the second round of talks with Brevia.",
    )
    _other_news(tmp_path)
    assert make_library(tmp_path).answer("what happened to Varga?").quote is None


def test_what_a_plan_is_about_is_answered_by_what_it_sets(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Only a matter looked into or fought over (an investigation, a row) needs a word tying it to its matter.
    _front(
        tmp_path,
        "a.md",
        "title: The Orsk plan\ndate: 2026-11-23",
        "The Orsk plan sets a ceasefire along the Kessel river and elections in Brevia within 100 days.",
    )
    _other_news(tmp_path)
    assert "ceasefire" in _quoted(make_library(tmp_path), "what is the Orsk plan about?")


def test_how_long_a_truce_for_a_named_day_lasted_is_answered_by_its_length_in_days(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Harvest Day" names a day; it is not one counted or pointed at ("the first day") that lasts hours.
    _front(
        tmp_path,
        "a.md",
        "title: Harvest Day truce\ndate: 2026-11-23",
        "Arland declared a three-day ceasefire for Harvest Day along the Kessel river, from 8 to 10 May.",
    )
    _other_news(tmp_path)
    assert "three-day" in _quoted(make_library(tmp_path), "how long was the Harvest Day ceasefire?")


def test_who_led_a_side_is_not_answered_by_the_team_of_the_one_it_met_named_with_its_team(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "met Sorel's team": Sorel is the other side, as in "met Sorel".
    _front(
        tmp_path,
        "a.md",
        "title: Ukraine and Arland talk in Orsk\ndate: 2026-11-24",
        "Ukraine's delegation met Sorel's team in Orsk on Sunday. Sorel, whose delegation included the Arland"
        " envoys Piet Moll and Tomas Varga, told reporters the talks had gone well.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    assert library.answer("Who led Ukraine's delegation when they met Sorel's team in Orsk?").quote is None


def test_who_led_a_side_is_answered_by_a_sentence_naming_the_team_it_met(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _front(
        tmp_path,
        "a.md",
        "title: Ukraine and Arland talk in Orsk\ndate: 2026-11-24",
        "Defence minister Ivo Grad headed Ukraine's delegation at the talks with Sorel's team in Orsk"
        " on Sunday.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    assert "Ivo Grad" in _quoted(library, "Who led Ukraine's delegation when they met Sorel in Orsk?")


@pytest.mark.parametrize(
    ("body", "question"),
    [
        (
            '"We will sail in March," added Moll, speaking to reporters at the port.',
            "what happened to Piet Moll?",
        ),
        ("Moll was scheduled to speak at the Orsk forum on Tuesday.", "what happened to Moll?"),
        (
            "Moll was pleased with the talks, and indeed said so between two meetings.",
            "what happened to Moll?",
        ),
        (
            "Brevia's trade envoy Ana Tarvik visited Velmara on Friday to inspect the silos.",
            "what happened to Velmara?",
        ),
    ],
)
def test_what_happened_to_someone_is_not_answered_by_his_words_a_trip_or_any_word_in_ed(
    tmp_path: Path, make_library: Callable[[Path], Library], body: str, question: str
) -> None:
    # Words said by him, a trip to a place and a passive of no fate ("was scheduled") are no turn in a fate.
    _front(tmp_path, "a.md", "title: Brevia talks\ndate: 2026-11-23", body)
    _other_news(tmp_path)
    assert make_library(tmp_path).answer(question).quote is None


@pytest.mark.parametrize(
    "line",
    [
        '"We want the Kessel silos emptied before the thaw," President Tarvik of Brevia said.',
        '"We want the Kessel silos emptied before the thaw," said Tarvik.',
    ],
)
def test_a_set_up_is_not_read_with_the_words_of_another_speaker(
    tmp_path: Path, make_library: Callable[[Path], Library], line: str
) -> None:
    # Tarvik is not Moll: "of" (in "offer") and a speaker named after "said" make no match.
    _front(
        tmp_path,
        "a.md",
        "title: Brevia and Arland talks\ndate: 2026-11-23",
        "Talks on the grain deal went on late into the night in Orsk.\n\n"
        "President Moll set out what Arland wants from the deal, and from the offer:\n\n"
        f"{line}\n\nThe talks in Orsk will resume in March, officials said.",
    )
    _other_news(tmp_path)
    quote = make_library(tmp_path).answer("what does Arland want from the deal?").quote
    assert quote is None or not ("set out" in quote.text and "silos" in quote.text)


def test_a_set_up_is_read_with_the_words_of_its_own_speaker(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _front(
        tmp_path,
        "a.md",
        "title: Brevia and Arland talks\ndate: 2026-11-23",
        "Talks on the grain deal went on late into the night in Orsk.\n\n"
        "President Moll set out what Arland wants from the deal:\n\n"
        '"We want the Kessel silos emptied before the thaw," said Moll.',
    )
    _other_news(tmp_path)
    assert "silos" in _quoted(make_library(tmp_path), "what does Arland want from the deal?")


@pytest.mark.parametrize(
    "body",
    [
        "After a phone call with Ana Tarvik on Friday, Piet Moll said he will meet Tarvik in Orsk on Monday"
        " to discuss the barge toll.",
        "Piet Moll said he will meet Tarvik again in Orsk on Monday to discuss the barge toll, a month after"
        " their first talks in Velmara.",
    ],
)
def test_what_was_said_after_a_meeting_is_not_told_by_that_meeting_still_to_come(
    tmp_path: Path, make_library: Callable[[Path], Library], body: str
) -> None:
    # The meeting to come is the one asked (Tarvik, in Orsk): "after a phone call" and "again" are of others.
    _front(tmp_path, "a.md", "title: Orsk talks\ndate: 2026-11-23", body + "\n\nThe grain deal has stalled.")
    _other_news(tmp_path)
    assert make_library(tmp_path).answer("what did Moll say after meeting Tarvik in Orsk?").quote is None


def test_what_was_said_after_a_meeting_is_told_by_a_later_meeting_elsewhere(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _front(
        tmp_path,
        "a.md",
        "title: Velmara talks\ndate: 2026-11-23",
        "After the talks with Tarvik in Velmara on Friday, Piet Moll said the two sides will meet again in"
        " Orsk in March to settle the barge toll.",
    )
    _other_news(tmp_path)
    assert "barge toll" in _quoted(
        make_library(tmp_path), "what did Moll say after the talks with Tarvik in Velmara?"
    )


def test_an_opposite_deed_in_a_relative_clause_does_not_rule_out_the_date(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "shut" is told of the years before, in a clause of its own: the date is of the bridge back in use.
    _front(
        tmp_path,
        "a.md",
        "title: Tarsk bridge\ndate: 2026-11-23",
        "The Tarsk bridge, which had been shut since 2022, was back in use from 4 May, the city said.",
    )
    _other_news(tmp_path)
    assert "4 May" in _quoted(make_library(tmp_path), "when did the Tarsk bridge open?")


def test_an_opposite_deed_in_the_main_clause_rules_out_the_date(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    _front(
        tmp_path,
        "a.md",
        "title: Tarsk bridge\ndate: 2026-11-23",
        "The Tarsk bridge, which carries the Orsk road, was shut on 4 May, the city said.",
    )
    _other_news(tmp_path)
    assert make_library(tmp_path).answer("when did the Tarsk bridge open?").quote is None


def test_why_is_answered_by_own_words_judging_by_a_consequence_not_by_a_plan_negated(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "It would ruin..." judges the offer by what it would do; "we will not meet them" only tells a plan.
    _front(
        tmp_path,
        "a.md",
        "title: Grain\ndate: 2026-11-23",
        "Piet Moll rejected the Arland offer on the grain fund on Monday. “It would ruin Brevia's farmers and"
        " hand the silos to Orsk,” he said.\n\n"
        "Tarvik turned down the toll plan. “We will not meet them again before March,” she said.",
    )
    _other_news(tmp_path)
    library = make_library(tmp_path)
    assert "ruin" in _quoted(library, "why did Moll reject the Arland offer on the grain fund?")
    assert library.answer("why did Tarvik turn down the toll plan?").quote is None


def test_a_country_asked_is_held_by_its_people_s_word(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Latvia's reserves" are "the Latvian central bank's": the passage is of the country asked (which the
    # folder names elsewhere, so the question's word is searched as it is).
    held = (
        "Most of the Latvian central bank's frozen reserves are held by a clearing house in Velmara,"
        " officials said."
    )
    _article(
        tmp_path,
        "loan.md",
        "Arland weighs a loan backed by seized funds",
        12,
        "Ministers in Arland met on Monday to discuss a loan for rebuilding the port of Kessel.",
        held,
    )
    _article(
        tmp_path, "fish.md", "A fishing accord", 13, "Latvia and Arland signed a fishing accord on Tuesday."
    )
    assert _quoted(make_library(tmp_path), "Where are Latvia's frozen central bank reserves held?") == held


def test_the_time_anchor_s_words_weigh_less_than_the_setting_s(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Before the Kessel swap, when was the last prisoner exchange?": a sentence holding "Kessel" is more
    # likely of the swap there than of the exchange asked, so the anchor weighs less than a setting does.
    _article(
        tmp_path, "swap.md", "Swap", 22, "Arland and Brevia exchanged 150 prisoners in Kessel on Friday."
    )
    index = make_library(tmp_path).snapshot.index
    question = analyse("Before the Kessel swap, when was the last prisoner exchange?")
    parsed = query.parse(question.text, index, question.framing)
    discounted = query.discounted(parsed, question.setting, question.replaced, question.anchor)
    kessel = next(n for n, c in enumerate(parsed.concepts) if c.word == "kessel")
    assert discounted.concepts[kessel].weight < query.SETTING_SHARE * parsed.concepts[kessel].weight


def test_the_head_of_a_delegation_named_is_who_led_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "The head of ... delegation" is a noun of the one who led it: the name beside it answers, though he
    # speaks in the sentence.
    head = "The head of Brevia's delegation Piet Moll told reporters that the Velmara talks had gone well."
    _article(
        tmp_path, "talks.md", "Velmara talks end", 12, "Arland and Brevia met in Velmara on Monday.", head
    )
    library = make_library(tmp_path)
    assert _quoted(library, "Who led Brevia's delegation at the Velmara talks?") == head


def test_where_they_met_next_after_an_anchor_need_not_hold_the_anchor_s_place(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "After the Oslo round, where did they meet next?": the report of the next meeting names Bergen, not
    # Oslo, and says no "next".
    bergen = "Negotiators from Arland and Brevia met in Bergen on 2 April, officials said."
    _article(tmp_path, "oslo.md", "Talks", 10, "Arland and Brevia held a round of talks in Oslo on 10 March.")
    _article(tmp_path, "bergen.md", "Talks go on", 12, bergen)
    library = make_library(tmp_path)
    assert (
        _quoted(library, "After the Oslo round in March, where did Arland and Brevia negotiators meet next?")
        == bergen
    )


def test_soon_answers_when_something_will_happen(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # All the speaker said of the date is "soon": that is the answer, not "the articles don't say".
    soon = 'Arland\'s envoy Ona Tarvik said: "The next round with Brevia will take place soon."'
    _article(
        tmp_path,
        "talks.md",
        "Velmara talks end",
        12,
        "Arland and Brevia ended two days of talks in Velmara.",
        soon,
    )
    library = make_library(tmp_path)
    assert _quoted(library, "When will the next round take place, according to Tarvik?") == soon


def test_a_sum_asked_in_words_finds_the_report_that_writes_it_short(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "€90bn" is indexed as 90 and billion, as the question writes them.
    (tmp_path / "loans.md").write_text(
        "# Arland's loans to Brevia\n\n"
        "Arland agreed a €90bn loan for Brevia. The first payments are expected in the spring of 2027.\n\n"
        "A smaller Arland loan for Velmara was signed earlier. Its first payments are expected in May.\n",
        encoding="utf-8",
    )
    quoted = _quoted(make_library(tmp_path), "when are the first payments of the 90 billion loan expected?")
    assert "spring of 2027" in quoted
