"""The answer: which sentences to quote, from where, and when to say the articles don't cover it."""

from __future__ import annotations

from dataclasses import dataclass

from retrieval import query as q
from retrieval import selection, text
from retrieval.documents import Meta
from retrieval.index import Hit, Index
from retrieval.sentences import sentence_spans

# A passage answers only if it covers this share of the question's IDF mass: "capital of France"
# over the talks articles finds "capital" somewhere, but never "France", and so is not answered.
MIN_COVERAGE = 0.6
BM25_SHARE = 0.1
CANDIDATES = 15  # paragraphs read sentence by sentence; more changed no eval answer
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
    added: str | None = None  # the day the file was added, for an article without a date


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
    # The message asked nothing ("hi", "thanks", "ok", an emoji alone): "greeting", "thanks", "farewell",
    # "ack" or "emoji". The reply is a short friendly line, never a quote.
    small_talk: str | None = None
    # The answer type the question asks for: "person", "place", "date", "duration", "number", "cause",
    # "yes-no", "definition" or "other".
    asked: str = "other"
    # When passages match the question but none supplies what is asked: the nearest one, shown only as
    # "the closest passage" and never as an answer. `quote` is None then.
    closest: Quote | None = None
    # Older dated reports that answered differently ("earlier (27 Nov 2025): ..."), newest first.
    earlier: tuple[Quote, ...] = ()

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
    sentences = [paragraph.text[a:b] for a, b in spans]
    own = [set(text.terms(sentence)) for sentence in sentences]
    frame = set(text.terms(paragraph.heading)) | set(text.terms(hit.entry.meta.title))
    before = set(text.terms(paragraph.antecedent))
    # News paragraphs run on from each other: the one before is weak context for the whole paragraph.
    whole = set().union(*own) | before
    best: tuple[float, float, int] | None = None
    for i, sentence in enumerate(sentences):
        antecedent = _antecedent(i, sentence, own, before)
        score, coverage = selection.score_sentence(parsed, own[i], antecedent, frame, whole)
        score *= selection.type_bonus(parsed.kind, sentence, set(parsed.words))
        if best is None or score > best[0]:
            best = (score, coverage, i)
    if best is None or best[1] < MIN_COVERAGE:
        return None
    score, coverage, i = best
    quoted = sentences[i]
    # The paragraph's BM25 rank only breaks near-ties between sentences that cover the question alike.
    ranked = score / parsed.total + BM25_SHARE * hit.score / max(top_score, 1e-9)
    return Quote(
        quoted, _source(hit.entry.meta, paragraph.number), ranked, coverage, _highlights(quoted, parsed)
    )


def _antecedent(i: int, sentence: str, own: list[set[str]], before_paragraph: set[str]) -> set[str]:
    if not selection.is_anaphoric(sentence):
        return set()
    return own[i - 1] if i > 0 else before_paragraph


def _source(meta: Meta, paragraph: int) -> Source:
    return Source(meta.title, meta.file, paragraph, meta.date, meta.url, meta.author, meta.source, meta.added)


def _highlights(quoted: str, parsed: q.Query) -> tuple[tuple[int, int], ...]:
    wanted = {alternative for concept in parsed.concepts for alternative in concept.alternatives}
    return tuple((tok.start, tok.end) for tok in text.tokens(quoted) if tok.term in wanted)
