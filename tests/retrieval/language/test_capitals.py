"""The capitals list (retrieval/data/capitals.txt): every line a country's words and its capital."""

from __future__ import annotations

import pytest

from retrieval.language import lexicon


def test_the_capitals_file_parses_into_countries_and_their_capitals() -> None:
    assert lexicon.CAPITALS["german"] == "Berlin"
    assert lexicon.CAPITALS["ukraine"] == "Kyiv"
    assert lexicon.CAPITALS["georgian"] == "Tbilisi"  # the country, not the US state (see the file's header)
    assert all(country and city and city == city.strip() for country, city in lexicon.CAPITALS.items())


@pytest.mark.parametrize("line", ["velmara velmaran Orsk", "velmara velmaran:", ": Orsk", "velmara:   "])
def test_a_capitals_line_without_its_colon_or_city_is_an_error(line: str) -> None:
    with pytest.raises(ValueError, match=r"capitals\.txt"):
        lexicon.capital_pairs(["arland arlandish: Kessel", line])
