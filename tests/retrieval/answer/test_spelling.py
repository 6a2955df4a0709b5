"""Unknown question words: typos are corrected, misspelt function words dropped, compounds found."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import OSA

from retrieval import Library
from retrieval.answer.query import parse
from retrieval.answer.spelling import DROP, _ByLength, resolve, romanisation_key, same_name
from retrieval.language.text import terms
from tests.fuzz.strategies import fuzz

TEXT = (
    "Plant\n\nAll six reactors at the Zaporizhzhia plant are in cold shutdown.\n\n"
    "The electricity it produces would be split equally.\n\nCrimea would be ceded under the plan.\n"
)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    folder: Path = tmp_path_factory.mktemp("docs")
    (folder / "plant.txt").write_text(TEXT, encoding="utf-8")
    built = Library(folder)
    built.refresh()
    return built


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("crimia", "crimea"),
        ("zaporizhia", "zaporizhzhia"),
        ("electricty", "electricity"),
        ("shut", "shutdown"),
        # A function word typed onto the word beside it.
        ("theplant", "plant"),
        ("plantin", "plant"),
    ],
)
def test_unknown_words_find_their_indexed_term(library: Library, word: str, expected: str) -> None:
    resolved = resolve(word, terms(word)[0], library.snapshot.index)
    assert resolved is not None
    assert resolved.term == terms(expected)[0]
    assert 0 < resolved.weight < 1


@pytest.mark.parametrize("word", ["agianst", "wil", "teh", "underthe"])
def test_misspelt_function_words_are_dropped(library: Library, word: str) -> None:
    assert resolve(word, word, library.snapshot.index) is DROP


# "ando" and "adana" are names, not "an do" and "a dana".
@pytest.mark.parametrize("word", ["france", "cost", "weather", "ando", "adana"])
def test_real_words_the_articles_never_use_stay_missing(library: Library, word: str) -> None:
    assert resolve(word, terms(word)[0], library.snapshot.index) is None


def test_a_figure_with_its_unit_run_on_stands_for_the_figure_not_another(tmp_path: Path) -> None:
    # "the €90bn loan" over articles that say "90 billion" and "a 92bn fund": the figure, never another.
    (tmp_path / "loan.txt").write_text(
        "Loan\n\nThe loan of 90 billion euros beat a 92bn fund.\n", encoding="utf-8"
    )
    built = Library(tmp_path)
    built.refresh()
    resolved = resolve("90bn", "90bn", built.snapshot.index)
    assert resolved is not None
    assert resolved.term == "90"
    assert resolve("70bn", "70bn", built.snapshot.index) is None


def test_a_chat_spelled_question_is_answered(library: Library) -> None:
    answer = library.answer("how many reactors r shut down at zaporizhia")
    assert answer.quote is not None
    assert "cold shutdown" in answer.quote.text


def test_a_name_is_searched_in_every_romanisation_the_articles_use(tmp_path: Path) -> None:
    # Two outlets spell one envoy's name two ways; the question uses the first outlet's spelling.
    (tmp_path / "wire.txt").write_text("Envoy\n\nHrytsenko led the delegation on Monday.\n", encoding="utf-8")
    (tmp_path / "daily.txt").write_text(
        "Talks\n\nHritsenko said the grain corridor would reopen in March.\n", encoding="utf-8"
    )
    library = Library(tmp_path)
    library.refresh()
    answer = library.answer("what did Hrytsenko say about the grain corridor?")
    assert answer.quote is not None
    assert "Hritsenko said" in answer.quote.text


def test_a_name_is_searched_in_the_romanisations_that_differ_only_in_vowels(tmp_path: Path) -> None:
    # Russian and Ukrainian romanise one town with other vowels ("Velmorovsk", "Velmarivsk"); a name with
    # a consonant changed ("Velmorovets", a surname) is another name.
    (tmp_path / "a.txt").write_text(
        "Town\n\nThe Velmarivsk dam was repaired in May.\n\nVelmorovets spoke on Friday.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("Visit\n\nThe mayor of Velmorovsk came.\n", encoding="utf-8")
    built = Library(tmp_path)
    built.refresh()
    (concept,) = parse("velmorovsk", built.snapshot.index).concepts
    assert terms("velmarivsk")[0] in concept.alternatives
    assert terms("velmorovets")[0] not in concept.alternatives


def test_two_romanisations_of_one_name_are_the_same_name() -> None:
    assert same_name("zaporozhy", "zaporizhzhia")
    assert same_name("dmitriev", "dmitriyev")
    assert not same_name("kellogg", "kostyukov")
    assert not same_name("umerov", "medinsky")


def test_a_typo_is_compared_only_with_words_near_it_and_finds_the_same_matches() -> None:
    """Equal distances come back in the list's order whether the whole list or the words near are searched."""
    words = ["crimea", "crime", "crimean", "criminal", "cream", "crimes", "rimea", "crimeas", "ceasefire"]
    words += ["україна", "mariupol", "zzzzzz", "aecimr", "limerick"]
    by_length = _ByLength(words)
    for typo in ("crimia", "crme", "crimeaa", "criminl", "ceasfire", "xx", "украина", "mariupl"):
        for limit in (1, 2):
            near = by_length.near(typo, limit)
            window = [w for w in words if abs(len(w) - len(typo)) <= limit]
            assert near == [w for w in window if w in near]  # a part of the window, in its order
            every = process.extract(typo, words, scorer=OSA.distance, score_cutoff=limit, limit=20)
            found = process.extract(typo, near, scorer=OSA.distance, score_cutoff=limit, limit=20)
            assert [m[:2] for m in found] == [m[:2] for m in every]


@pytest.mark.parametrize(
    ("russian", "ukrainian"), [("andrey", "andriy"), ("sergey", "serhiy"), ("andrei", "andrii")]
)
def test_the_russian_ey_and_the_ukrainian_iy_of_one_name_are_one_romanisation(
    russian: str, ukrainian: str
) -> None:
    assert romanisation_key(russian) == romanisation_key(ukrainian)


@fuzz(300)
@given(st.lists(st.text("abcdeкий", min_size=1, max_size=9), max_size=30), st.text("abcdeкий", max_size=9))
def test_no_word_within_reach_is_left_out(words: list[str], typo: str) -> None:
    by_length = _ByLength(words)
    for limit in (1, 2):
        within = [w for w in words if OSA.distance(typo, w) <= limit]
        assert [w for w in by_length.near(typo, limit) if OSA.distance(typo, w) <= limit] == within


def test_words_of_other_letters_are_not_compared() -> None:
    # The same length, but five letters to change: never within two edits.
    assert _ByLength(["crimea", "zzzzzz", "crimes", "ukrain"]).near("crimia", 2) == ["crimea", "crimes"]


def test_a_phrasal_verb_s_particle_is_no_thing_asked_about(library: Library) -> None:
    # "fell apart" is "broke down": "apart" alone is no word of the question ("apartment", "flat").
    parsed = parse("when did the truce fall apart?", library.snapshot.index)
    assert [c.word for c in parsed.concepts] == ["truce", "fall"]


def test_a_phrasal_verb_s_particle_may_end_its_object(library: Library) -> None:
    # "give the plant its power back" is "repay", "return": "back" is no word asked about ("support").
    parsed = parse("will they give the plant its power back?", library.snapshot.index)
    assert [c.word for c in parsed.concepts] == ["give", "plant", "power"]
    # A particle in another clause is no part of the verb: "back then" is a time.
    parsed = parse("did they give power, back then?", library.snapshot.index)
    assert "back" in [c.word for c in parsed.concepts]


def test_a_possessive_is_its_word_not_a_typo(tmp_path: Path) -> None:
    # "bloc's" is rare as typed: read as a typo it became "block", a word of the articles.
    (tmp_path / "a.txt").write_text(
        "Arland will block the loan.\n\nThe coalition met in Orsk.\n", encoding="utf-8"
    )
    built = Library(tmp_path)
    built.refresh()
    parsed = parse("what is the bloc's loan?", built.snapshot.index)
    assert "block" not in parsed.concepts[0].alternatives


def test_actual_stresses_a_question_and_names_nothing_in_it(library: Library) -> None:
    # "what is his actual job?" asks what his job is: "actual" is in few of the sentences that answer.
    parsed = parse("what is the truce's actual aim?", library.snapshot.index)
    assert [c.word for c in parsed.concepts] == ["truce's", "aim"]


def test_a_typo_of_an_everyday_word_is_corrected_by_the_word_not_its_stem(tmp_path: Path) -> None:
    # "replce" stems to "replc", one letter from the stems of both "reply" and "replaced"; the typed word is
    # one letter from "replace" only. "talsk" is one letter from "talk" (a question's framing word), "task"
    # and "talks": the articles' own word wins.
    paragraphs = [
        "Brevia sent a reply on Monday.",
        "A second reply came from Arland.",
        "The reply was short.",
        "Velmara replaced its envoy before the talks.",
        "The talks in Dorne lasted a day.",
        "The talks resume in March.",
        "The task force met once.",
    ]
    (tmp_path / "brevia.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    library = Library(tmp_path)
    library.refresh()
    index = library.snapshot.index
    for word, expected in (("replce", "replaced"), ("talsk", "talks")):
        resolved = resolve(word, terms(word)[0], index)
        assert resolved is not None
        assert resolved.term == terms(expected)[0]


def test_facilities_are_searched_as_news_names_them_hubs_or_bases(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Arland will open military hubs across Brevia.\n", encoding="utf-8")
    built = Library(tmp_path)
    built.refresh()
    parsed = parse("what facilities will Arland open in Brevia?", built.snapshot.index)
    facilities = next(c for c in parsed.concepts if c.word == "facilities")
    assert {"militari hub", "hub", "base"} <= set(facilities.alternatives)


def test_a_light_verb_with_its_particle_is_the_phrase_not_the_bare_verb(library: Library) -> None:
    # "put forward" is "offer"; "put" alone ("put to a vote") counts half.
    parsed = parse("what did they put forward?", library.snapshot.index)
    put = parsed.concept("put")
    assert put is not None
    assert put.alternatives[:2] == ("put", "put forward")
    assert put.weights[:2] == (0.5, 1.0)
    assert "offer" in put.alternatives
