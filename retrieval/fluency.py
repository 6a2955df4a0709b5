"""Does a sentence read as language? Word-class bigrams of real prose against a sentence's own.

Each word becomes a class: a function word stays itself, other words become a shape (capitalised, a
number, -ing, -ed, -ly, -s, other). A sentence scores the mean log ratio of how likely each class is
after the one before it in prose (retrieval/data/fluency.tsv) to how likely it is anywhere. Prose
scores around +0.5; words drawn at random around 0 or below.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from functools import cache, lru_cache
from importlib import resources

from retrieval import lexicon

SMOOTHING = 0.1
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[.,;:!?]")


def classes(sentence: str) -> list[str]:
    """The sentence as word classes between "<s>" and "</s>"."""
    return ["<s>", *(_class(token) for token in _TOKEN.findall(sentence)), "</s>"]


def _class(token: str) -> str:
    lower = token.lower().replace("’", "'")
    if not token[0].isalnum() or lower in lexicon.STOP_WORDS:
        return lower
    if token[0].isdigit():
        return "<num>"
    if token[0].isupper():
        return "<cap>"
    for ending in ("ing", "ed", "ly", "s"):
        if lower.endswith(ending):
            return f"<-{ending}>"
    return "<word>"


@lru_cache(maxsize=65_536)
def fluency(sentence: str) -> float:
    """Mean log(P(class | previous class) / P(class)) over the sentence: > 0 reads as prose."""
    pairs, following, totals, vocabulary = _model()
    tokens = classes(sentence)
    total = sum(totals.values())
    score = 0.0
    for first, second in itertools.pairwise(tokens):
        bigram = (pairs[first, second] + SMOOTHING) / (following[first] + SMOOTHING * vocabulary)
        unigram = (totals[second] + SMOOTHING) / (total + SMOOTHING * vocabulary)
        score += math.log(bigram / unigram)
    return score / max(len(tokens) - 1, 1)


@cache
def _model() -> tuple[Counter[tuple[str, str]], Counter[str], Counter[str], int]:
    pairs: Counter[tuple[str, str]] = Counter()
    text = resources.files("retrieval.data").joinpath("fluency.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            first, second, number = line.split("\t")
            pairs[first, second] = int(number)
    following: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for (first, second), count in pairs.items():
        following[first] += count
        totals[second] += count
    return pairs, following, totals, len(totals)
