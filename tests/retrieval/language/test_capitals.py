"""The capitals list (retrieval/data/capitals.txt): every line a country's words and its capital."""

from __future__ import annotations

import pytest

from retrieval.language import lexicon


def test_the_capitals_file_parses_into_countries_and_their_capitals() -> None:
    assert lexicon.CAPITALS["german"] == "Berlin"
    assert lexicon.CAPITALS["ukraine"] == "Kyiv"
    assert lexicon.CAPITALS["georgian"] == "Tbilisi"  # the country, not the US state (see the file's header)
    assert all(country and city and city == city.strip() for country, city in lexicon.CAPITALS.items())


def test_the_generated_file_holds_the_countries_news_names_by_their_short_names() -> None:
    # tools/build_capitals.py writes the file from countryinfo, with news's own names added.
    assert {
        word: lexicon.CAPITALS[word] for word in ("us", "america", "uk", "britain", "saudi", "czechia")
    } == {
        "us": "Washington",
        "america": "Washington",
        "uk": "London",
        "britain": "London",
        "saudi": "Riyadh",
        "czechia": "Prague",
    }
    assert lexicon.CAPITALS["moldova"] == "Chisinau"  # accents dropped as English news drops them
    assert lexicon.CAPITALS["kazakhstan"] == "Astana"  # not countryinfo's "Nur-Sultan"
    assert lexicon.CAPITALS["french"] == "Paris"  # a people-word of several entries goes to the largest
    assert len(set(lexicon.CAPITALS.values())) > 150


def test_a_capital_named_like_a_person_or_a_word_is_a_place_but_no_government() -> None:
    assert {"washington", "moscow", "kyiv", "berlin", "london"} <= lexicon.GOVERNMENTS
    assert lexicon.CAPITALS["bulgarian"] == "Sofia"
    assert lexicon.CAPITALS["maldives"] == "Male"
    assert not {"sofia", "male", "victoria", "kingston"} & lexicon.GOVERNMENTS


def test_a_place_only_capital_is_read_but_is_no_government() -> None:
    lines = ["arland arlandish: Kessel", "brevia brevian: Mara | place only"]
    assert lexicon.capital_pairs(lines) == {
        "arland": "Kessel",
        "arlandish": "Kessel",
        "brevia": "Mara",
        "brevian": "Mara",
    }
    assert lexicon.governing_capitals(lines) == frozenset({"kessel"})


@pytest.mark.parametrize(
    "line", ["velmara velmaran Orsk", "velmara velmaran:", ": Orsk", "velmara:   ", "velmara: Orsk | capital"]
)
def test_a_capitals_line_without_its_colon_or_city_is_an_error(line: str) -> None:
    with pytest.raises(ValueError, match=r"capitals\.txt"):
        lexicon.capital_pairs(["arland arlandish: Kessel", line])
