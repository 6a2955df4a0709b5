"""The answer: which sentences to quote, from where, and when to say the articles don't cover it."""

from __future__ import annotations

from dataclasses import dataclass

from retrieval import query as q
from retrieval import text
from retrieval.documents import Meta
from retrieval.index import Hit, Index
from retrieval.sentences import sentence_spans

# A passage answers only if it covers this share of the question's IDF mass: "capital of France"
# over the talks articles finds "capital" somewhere, but never "France", and so is not answered.
MIN_COVERAGE = 0.6
CONTEXT_WEIGHT = 0.5  # a word found only in the heading, title or previous sentence counts half
ANTECEDENT_WEIGHT = 0.8  # ...but a pronoun's antecedent is almost part of the sentence
CANDIDATES = 40
ALSO_REPORTED = 2
MORE = 6


@dataclass(frozen=True)
class Source:
    """Where a quote comes from."""

    title: str
    file: str
    paragraph: int
    date: str | None = None
    url: str | None = None
    author: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Quote:
    """Sentences quoted verbatim, with the spans of the question's words inside them."""

    text: str
    source: Source
    score: float
    coverage: float
    highlights: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Answer:
    """The reply to one question: the best quote, what else was reported, and what more there is."""

    question: str
    quote: Quote | None
    also: tuple[Quote, ...] = ()
    more: tuple[Quote, ...] = ()
    searched: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        """True if the articles answer the question."""
        return self.quote is not None


def answer(question: str, index: Index) -> Answer:
    """Answer `question` from `index` by quoting the best sentences of the best paragraphs."""
    parsed = q.parse(question, index)
    words = tuple(c.word for c in parsed.concepts)
    unknown = tuple(c.word for c in parsed.concepts if all(index.doc_freq(a) == 0 for a in c.alternatives))
    if not parsed.concepts:
        return Answer(question, None, searched=words, unknown=unknown)
    hits = index.search(parsed.weights(), CANDIDATES)
    quotes = [quote for hit in hits if (quote := _best_quote(hit, parsed, hits[0].score))]
    quotes.sort(key=lambda item: -item.score)
    if not quotes:
        return Answer(question, None, searched=words, unknown=unknown)
    best, rest = quotes[0], quotes[1:]
    also = _from_other_articles(rest, best.source.file)
    more = tuple(x for x in rest if x not in also)[:MORE]
    return Answer(question, best, also, more, searched=words, unknown=unknown)


def _from_other_articles(quotes: list[Quote], first_file: str) -> tuple[Quote, ...]:
    seen = {first_file}
    chosen: list[Quote] = []
    for item in quotes:
        if item.source.file not in seen and len(chosen) < ALSO_REPORTED:
            chosen.append(item)
            seen.add(item.source.file)
    return tuple(chosen)


def _best_quote(hit: Hit, parsed: q.Query, top_score: float) -> Quote | None:
    paragraph = hit.entry.paragraph
    spans = sentence_spans(paragraph.text) or [(0, len(paragraph.text))]
    sentence_terms = [set(text.terms(paragraph.text[a:b])) for a, b in spans]
    context = _context_terms(hit)
    best: tuple[float, float, int] | None = None
    for i in range(len(spans)):
        nearby = set(sentence_terms[i - 1]) if i > 0 else set(text.terms(paragraph.antecedent))
        score, coverage = _score_sentence(parsed, sentence_terms[i], nearby, context, sentence_terms)
        if best is None or score > best[0]:
            best = (score, coverage, i)
    if best is None or best[1] < MIN_COVERAGE:
        return None
    score, coverage, i = best
    start, end = spans[i]
    quoted = paragraph.text[start:end]
    # The paragraph's BM25 rank breaks ties between sentences that cover the question equally.
    ranked = score / parsed.total + 0.25 * hit.score / max(top_score, 1e-9)
    return Quote(
        quoted,
        _source(hit.entry.meta, paragraph.number),
        ranked,
        coverage,
        _highlights(quoted, parsed),
    )


def _context_terms(hit: Hit) -> set[str]:
    paragraph = hit.entry.paragraph
    return set(text.terms(paragraph.heading)) | set(text.terms(hit.entry.meta.title))


def _score_sentence(
    parsed: q.Query, own: set[str], nearby: set[str], context: set[str], paragraph: list[set[str]]
) -> tuple[float, float]:
    """IDF mass of the concepts the sentence covers itself, and through its context."""
    score = 0.0
    covered = 0.0
    whole = set().union(*paragraph)
    for concept in parsed.concepts:
        weight = _match_weight(concept, own)
        if weight:
            score += concept.idf * weight
            covered += concept.idf
            continue
        near = ANTECEDENT_WEIGHT * _match_weight(concept, nearby)
        far = CONTEXT_WEIGHT * _match_weight(concept, context | whole)
        if near or far:
            score += concept.idf * max(near, far)
            covered += concept.idf
    return score, covered / parsed.total


def _match_weight(concept: q.Concept, terms: set[str]) -> float:
    return max(
        (w for a, w in zip(concept.alternatives, concept.weights, strict=True) if a in terms),
        default=0.0,
    )


def _source(meta: Meta, paragraph: int) -> Source:
    return Source(meta.title, meta.file, paragraph, meta.date, meta.url, meta.author, meta.source)


def _highlights(quoted: str, parsed: q.Query) -> tuple[tuple[int, int], ...]:
    wanted = {alternative for concept in parsed.concepts for alternative in concept.alternatives}
    return tuple((tok.start, tok.end) for tok in text.tokens(quoted) if tok.term in wanted)
