"""Fluency: prose reads as language, words drawn at random do not."""

from __future__ import annotations

from retrieval.fluency import classes, fluency


def test_prose_scores_above_drawn_words() -> None:
    prose = [
        "The envoys agreed on Friday to meet again in Velmara next month, officials said.",
        "A second round is planned for the spring, when the exchange of prisoners will be discussed.",
        "The plant has produced no electricity since the summer, when its four turbines were shut down.",
    ]
    salad = [
        "Velmara a ceasefire Tarvik covered among grid for launched plans in is is.",
        "Of in for and new binding for ambassador envoy the of harbour.",
        "And and London of bonds approach to the of freighters at.",
    ]
    assert min(fluency(s) for s in prose) > 0
    assert max(fluency(s) for s in salad) < 0


def test_words_become_classes() -> None:
    assert classes("Kyiv said 28 points, mostly agreed.") == [
        "<s>",
        "<cap>",
        "<word>",
        "<num>",
        "<-s>",
        ",",
        "<-ly>",
        "<-ed>",
        ".",
        "</s>",
    ]
