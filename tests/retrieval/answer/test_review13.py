"""Answer rules a review found too loose or too strict (review13), on invented news."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from retrieval import Library
from retrieval.answer.candidates import _denied_verb, _has_lower_case_word, _polarity
from tests.retrieval.answer.articles import write_article


def _quoted(library: Library, question: str) -> str:
    answer = library.answer(question)
    return answer.quote.text if answer.quote else ""


def test_the_head_of_a_delegation_met_by_someone_is_not_that_someone(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Finding 5: only a name in apposition to "head of X" is its head.
    write_article(
        tmp_path,
        "talks.md",
        "Pelno talks",
        12,
        "Talks on the Pelno dam opened in Kessa.",
        "Ilse Moran met the head of the Varnese delegation on Friday.",
        "The talks will resume in March.",
    )
    library = make_library(tmp_path)
    assert "Ilse Moran" not in _quoted(library, "Who led the Varnese delegation?")
    write_article(
        tmp_path,
        "more.md",
        "Pelno talks go on",
        13,
        "Tam Roe, the head of the Corvian delegation, said the talks went well.",
    )
    assert "Tam Roe" in _quoted(make_library(tmp_path), "Who led the Corvian delegation?")


def test_given_to_someone_a_few_words_on_is_the_verb_not_a_cause(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Finding 6: ", given last year to a Varnese firm" is no "in view of".
    write_article(
        tmp_path,
        "dam.md",
        "Corvia ends dam deal",
        14,
        "Corvia ended the Pelno dam contract on Friday.",
        "The contract, given last year to a Varnese firm, was cancelled on Friday.",
    )
    assert _quoted(make_library(tmp_path), "Why did Corvia cancel the Pelno dam contract?") == ""


def test_what_a_proposed_deal_says_according_to_it_is_not_done(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Finding 7: "according to the proposed deal" tells what the deal supposes, as "under" does.
    write_article(
        tmp_path,
        "grain.md",
        "Varnia and Corvia haggle over salt",
        15,
        "Varnia and Corvia haggled over salt for months.",
        "According to the proposed deal, Varnia cuts duties on Corvian salt by 12 percent.",
        "The deal has not been signed.",
    )
    assert _quoted(make_library(tmp_path), "By how much did Varnia cut duties on Corvian salt?") == ""


def test_where_someone_is_going_next_asks_what_is_to_come(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Finding 8: "next" ending a question in the present tense keeps its future sense: where she went is no
    # answer.
    write_article(
        tmp_path,
        "talks.md",
        "Pelno talks collapse",
        16,
        "The Pelno talks collapsed on Friday after Corvia walked out, and Moran left Kessa.",
        "Moran will travel to Orsk on Monday to restart the Pelno talks.",
    )
    assert "left Kessa" not in _quoted(make_library(tmp_path), "Where is Moran going next?")


def test_a_refusal_or_a_condition_denies_the_verb_and_a_longer_word_is_not_it() -> None:
    # Finding 10: "refuses to sign" and "unless Corvia pays" were told as done; "sign" matched "significant".
    sign = _denied_verb("What will Corvia do if Varnia doesn't sign?")
    pay = _denied_verb("What will Varnia do if Corvia doesn't pay?")
    assert sign is not None
    assert pay is not None
    assert _polarity("Varnia refuses to sign the Pelno deal.", sign) == -1
    assert _polarity("Unless Corvia pays, Varnia will walk out.", pay) == -1
    assert _polarity("A significant step was taken in Kessa.", sign) == 0
    assert _polarity("Varnia signed the Pelno deal.", sign) == 1


def test_a_set_up_line_in_another_script_has_words_in_lower_case() -> None:
    # Finding 11: an ASCII-only check took a Cyrillic line for a credit or a name alone.
    assert _has_lower_case_word("Президентка Варнії Ільза Моран заявила")
    assert not _has_lower_case_word("(Northwire)")
    assert not _has_lower_case_word("Ilse Moran")


def test_soon_of_a_decision_is_no_date_of_what_is_decided(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Finding 4: "a decision on the truce would come soon" tells when the decision comes, not the truce.
    write_article(
        tmp_path,
        "truce.md",
        "Pelno truce",
        17,
        "Fighting went on along the Pelno river.",
        "Moran said a decision on the Pelno truce would come soon.",
        "The shelling went on.",
    )
    assert _quoted(make_library(tmp_path), "When will the Pelno truce start?") == ""
