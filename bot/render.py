"""Answers, sources and help as reply blocks: one layout for Telegram, the console and the CLI."""

from __future__ import annotations

from collections.abc import Sequence

from bot.markup import Block, Span
from retrieval import Answer, ArticleInfo, Quote, Source, is_cut

NO_ANSWER = "The articles don't cover this."


def answer_blocks(answer: Answer) -> list[Block]:
    """The reply to a question: the quote and its source, then what other articles reported."""
    if answer.quote is None:
        return no_answer_blocks(answer)
    blocks = [quote_block(answer.quote), source_block(answer.quote.source)]
    if answer.also:
        blocks.append(Block((Span("Also reported", bold=True),)))
        blocks.extend(also_block(quote) for quote in answer.also)
    return blocks


def more_blocks(quotes: Sequence[Quote]) -> list[Block]:
    """Further passages, each quoted with its source."""
    blocks: list[Block] = []
    for quote in quotes:
        blocks.extend([quote_block(quote), source_block(quote.source)])
    return blocks


def no_answer_blocks(answer: Answer) -> list[Block]:
    """A clear "not covered" reply that quotes nothing from the articles."""
    if not answer.searched:
        return [Block((Span("Ask me a question about the news, for example: what happens to Crimea?"),))]
    lines = [
        Span(NO_ANSWER, bold=True),
        Span(" I found nothing that answers it in the articles I have."),
    ]
    if answer.unknown:
        lines.append(Span(f" No article mentions: {', '.join(answer.unknown)}."))
    return [
        Block(tuple(lines)),
        Block((Span("Try other words, or see which articles I know with /sources."),)),
    ]


def quote_block(quote: Quote) -> Block:
    """The quoted sentences, the question's words in bold."""
    spans: list[Span] = []
    position = 0
    for first, last in sorted(quote.highlights):
        start, end = max(first, 0), min(last, len(quote.text))
        if start < position or start >= end:
            continue
        spans.append(Span(quote.text[position:start]))
        spans.append(Span(quote.text[start:end], bold=True))
        position = end
    spans.append(Span(quote.text[position:]))
    # A piece of an overlong sentence (a transcript without punctuation) is marked as cut, not passed off
    # as a whole sentence.
    starts_mid, ends_mid = is_cut(quote.text)
    spans = [Span("…"), *spans] if starts_mid else spans
    spans = [*spans, Span("…")] if ends_mid else spans
    return Block(tuple(span for span in spans if span.text), quote=True)


def source_block(source: Source) -> Block:
    """Title (linked when the article has a url), date, author and where in which file."""
    spans = [Span("— "), Span(source.title, href=source.url)]
    details = [d for d in (source.publisher, source.author, source.date) if d]
    if details:
        spans.append(Span(" · " + " · ".join(details)))
    spans.append(Span(f" · {source.file}, paragraph {source.paragraph}", italic=True))
    return Block(tuple(spans))


def also_block(quote: Quote) -> Block:
    """A one-paragraph "also reported" entry."""
    return Block(
        (
            Span("• "),
            Span(f"“{quote.text}”"),
            Span(" — "),
            Span(quote.source.title, href=quote.source.url),
            Span(f" ({quote.source.file}, paragraph {quote.source.paragraph})", italic=True),
        )
    )


def sources_blocks(articles: Sequence[ArticleInfo]) -> list[Block]:
    """The served articles, newest first."""
    if not articles:
        return [Block((Span("No articles are loaded yet."),))]
    ordered = sorted(articles, key=lambda info: (info.meta.date or "", info.meta.title), reverse=True)
    noun = "article" if len(ordered) == 1 else "articles"
    spans = [Span(f"{len(ordered)} {noun}, newest first", bold=True)]
    for info in ordered:
        spans += [Span("\n• "), Span(info.meta.title, href=info.meta.url)]
        if info.meta.date:
            spans.append(Span(f", {info.meta.date}"))
        spans.append(Span(f" ({info.meta.file}, {info.paragraphs} paragraphs)", italic=True))
    return [Block(tuple(spans))]


def start_blocks(articles: int, examples: Sequence[str]) -> list[Block]:
    """The welcome: what the bot does, how much it knows, and questions to try."""
    noun = "article" if articles == 1 else "articles"
    intro = (
        f"I answer questions about the news in {articles} {noun}, quoting the sentence that answers "
        "you word for word, with its source. I never make anything up: if the articles don't say, I tell you."
    )
    spans = [Span("Try asking:", bold=True)]
    spans += [Span(f"\n• {example}") for example in examples]
    return [Block((Span(intro),)), Block(tuple(spans)), Block((Span("/help explains the rest."),))]


def help_blocks(bot_username: str) -> list[Block]:
    """How to ask in private chats and in groups, and the commands."""
    return [
        Block(
            (Span("In a private chat", bold=True), Span(": just send your question.")),
        ),
        Block(
            (
                Span("In a group", bold=True),
                Span(
                    f": write /ask@{bot_username} followed by your question, or reply to one of my "
                    "messages. Telegram's privacy mode keeps ordinary group messages and @mentions "
                    "from reaching bots, so plain messages there are not seen."
                ),
            )
        ),
        Block(
            (
                Span("Commands", bold=True),
                Span("\n/ask QUESTION: answer a question\n/sources: the articles I know, newest first"),
                Span("\n/start: what I do\n/help: this message"),
                Span("\nUnder an answer, More shows further passages."),
            )
        ),
    ]
