"""Corrections: the cheap test before the correction pattern skips only paragraphs it cannot match."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from retrieval.answer import corrections
from tests.fuzz.strategies import fuzz

NOTE = "Correction: an earlier version of this story said Moll led the Arland delegation."


def test_a_paragraph_without_a_correction_is_not_searched_for_one() -> None:
    assert not corrections._may_correct("The Arland delegation was led by Moll on Monday.")


def test_a_correction_in_any_case_is_searched_for() -> None:
    for note in (NOTE, NOTE.upper(), NOTE.replace("version", "verſion"), NOTE.upper().replace("I", "İ")):
        assert corrections._CORRECTED.search(note)
        assert corrections._may_correct(note)


@fuzz(300)
@given(st.text(alphabet="an earlivsothyrpdEAVSIONTHſıİK .", max_size=80))
@example("AN EARLIER VERSıON OF THIS ITEM SAID Y")
def test_whatever_the_pattern_matches_passes_the_cheap_test(noise: str) -> None:
    for text in (noise, f"{noise} {NOTE}", NOTE.replace("Moll", noise)):
        assert corrections._may_correct(text) or not corrections._CORRECTED.search(text)
