"""A paragraph's stored layout gives back exactly what tokenising and splitting it gives."""

from __future__ import annotations

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
    terms, words, raw = layout.pack(*layout.layout("Velmara voted. Arland abstained."))
    with pytest.raises(ValueError, match="does not match"):
        layout.unpack((terms, words + "\x1fextra", raw))
    with pytest.raises(ValueError, match="does not match"):
        layout.unpack((terms, words, raw[:4]))
