"""Word weights that do not move as the folder grows: everyday words from English at large, names by count."""

from __future__ import annotations

from retrieval.answer import salience


def test_everyday_words_weigh_by_their_rarity_in_english() -> None:
    weights = [salience.everyday(w) for w in ("us", "plan", "truce", "reparations", "zzqxv")]
    assert weights == sorted(weights)
    assert salience.everyday("") == salience.everyday("zzqxv")  # a word the articles never use: the most
    assert salience.everyday("crimea's") == salience.everyday("crimea")
    assert salience.everyday("москва") < salience.everyday("зкщшх")  # Russian words by Russian usage


def test_an_everyday_word_ignores_the_folder() -> None:
    assert salience.ranking("plan", 3) == salience.ranking("plan", 300_000) == salience.everyday("plan")
    # Months and weekdays are capitalised, but every story has them.
    assert salience.ranking("december", 50_000) == salience.everyday("december")


def test_a_name_weighs_by_how_many_paragraphs_use_it_not_by_their_share() -> None:
    # The folder's subject ("Ukraine" in every other paragraph) tells two answers apart less than a
    # name it uses once, whatever else the folder holds.
    assert salience.ranking("ukraine", 500) < salience.ranking("ukraine", 5) <= salience.everyday("ukraine")
    assert salience.ranking("kostyukov", 8) < salience.everyday("kostyukov")
    assert salience.ranking("kostyukov", 8) > salience.ranking("kostyukov", 80)


def test_coverage_weight_lies_between_the_everyday_weight_and_the_folder_idf() -> None:
    low, high = sorted((salience.everyday("truce"), 2.0))
    assert low <= salience.coverage("truce", 2.0) <= high
