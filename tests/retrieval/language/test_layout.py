"""A paragraph's stored layout gives back exactly what tokenising and splitting it gives."""

from __future__ import annotations

from typing import cast

import pytest
from hypothesis import example, given

from retrieval.language import layout
from retrieval.language.sentences import sentence_spans
from retrieval.language.text import columns
from tests.fuzz.strategies import fuzz, text_inputs


@fuzz(300)
@given(text_inputs)
@example("")
@example("The United States and Ukraine met. Mr. Umerov said the plan was cut to 19 points.")
@example("Київ і Женева: переговори тривають. The talks go on.")
def test_a_packed_layout_unpacks_to_the_tokens_and_sentences(paragraph: str) -> None:
    worked_out = layout.layout(paragraph)
    assert worked_out == (columns(paragraph), tuple(sentence_spans(paragraph)))
    assert layout.unpack(layout.pack(*worked_out)) == worked_out


def test_a_layout_that_does_not_fit_together_is_refused() -> None:
    terms, words, raw, *_ = layout.pack(*layout.layout("Velmara voted. Arland abstained."))
    with pytest.raises(ValueError, match="does not match"):
        layout.unpack((terms, words + "\x1fextra", raw, None, None))
    with pytest.raises(ValueError, match="does not match"):
        layout.unpack((terms, words, raw[:4], None, None))


def test_a_layout_stored_in_the_older_form_is_refused() -> None:
    # Three parts, without the terms around the paragraph: worked out again, never read half.
    terms, words, raw, *_ = layout.pack(*layout.layout("Velmara voted. Arland abstained."))
    with pytest.raises(ValueError, match="does not match"):
        layout.unpack(cast(layout.Packed, (terms, words, raw)))
    assert layout.around(cast(layout.Packed, (terms, words, raw))) is None


@pytest.mark.parametrize("before", [(), ("arland", "abstain")])
def test_the_terms_around_a_paragraph_unpack_as_packed(before: tuple[str, ...]) -> None:
    packed = layout.pack(*layout.layout("Velmara voted."), (before, ["vote", "brevia", "2025"]))
    assert layout.around(packed) == (before, ("vote", "brevia", "2025"))
    assert layout.around(layout.pack(*layout.layout("Velmara voted."))) is None  # not worked out
