"""Answers, sources and help as reply blocks: one layout for Telegram, the console and the CLI."""

from __future__ import annotations

from collections.abc import Sequence

from bot.citation import day, headline, source_spans
from bot.markup import Block, Span, utf16_len
from bot.plural import counted
from bot.questions import Question
from retrieval import Answer, ArticleInfo, Meta, Quote, is_cut

NO_ANSWER = "The articles don't cover this."
NO_ARTICLES = "I have no articles yet, so I can't answer questions."
# A phone screen: the answer message (quote and source) stays under this unless the quote alone is longer.
ANSWER_MAX = 600
ALSO_MAX = 2
CLOSEST_LABEL = "Closest passage (not an answer):"
_SMALL_TALK = {
    "thanks": "You're welcome! Ask me anything else about the news.",
    "farewell": "Bye! Ask me again any time.",
    "ack": "OK! Ask me anything else about the news.",
}
_NOT_SAID = {
    "person": "who",
    "place": "where",
    "date": "when",
    "duration": "how long",
    "number": "how many or how much",
    "cause": "why",
    "yes-no": "whether it is so",
}


def answer_blocks(answer: Answer, examples: Sequence[str] = ()) -> list[Block]:
    """The reply to a question: the quote and its source, earlier reports, what other articles reported."""
    if answer.small_talk:
        return small_talk_blocks(answer.small_talk, examples)
    if answer.quote is None:
        return closest_blocks(answer) if answer.closest else no_answer_blocks(answer)
    blocks = [quote_block(answer.quote), source_block(answer.quote.meta)]
    budget = max(ANSWER_MAX, utf16_len(answer.quote.text)) - size(blocks)
    for quote in answer.earlier:
        line = earlier_block(quote)
        if size([line]) + 2 <= budget:
            blocks.append(line)
            budget -= size([line]) + 2
    also = also_block(answer.also[:ALSO_MAX], budget - 2)
    return [*blocks, also] if also else blocks


def size(blocks: Sequence[Block]) -> int:
    """The length of `blocks` as one message, in Telegram's units (UTF-16), separators included."""
    return sum(utf16_len(block.plain) for block in blocks) + 2 * max(len(blocks) - 1, 0)


def small_talk_blocks(kind: str, examples: Sequence[str] = ()) -> list[Block]:
    """A short friendly reply to a greeting, thanks or an emoji: never a quote from the articles."""
    if kind in _SMALL_TALK:
        return [Block((Span(_SMALL_TALK[kind]),))]
    example = f", for example “{examples[0]}”" if examples else ""
    return [Block((Span(f"Hi! Ask me about the news in the articles{example}."),))]


def closest_blocks(answer: Answer) -> list[Block]:
    """The articles match the question but don't say what it asks; the nearest passage, labelled so."""
    what = _NOT_SAID.get(answer.asked)
    said = f"The articles don't say {what}." if what else "The articles don't answer what you asked."
    blocks = [Block((Span(said, bold=True),))]
    if answer.closest is not None:
        blocks.append(Block((Span(CLOSEST_LABEL, italic=True),)))
        blocks += [quote_block(answer.closest), source_block(answer.closest.meta)]
    return blocks


def message_blocks(asked: Question, answer: Answer, examples: Sequence[str] = ()) -> list[Block]:
    """The answer to a message; for an over-long one, first a line saying which question was answered."""
    blocks = answer_blocks(answer, examples)
    if asked.long_message is not None:
        blocks.insert(0, long_message_block(asked.long_message, asked.text))
    return blocks


def long_message_block(length: int, question: str) -> Block:
    """Says a message was too long to answer whole, and which question in it is answered."""
    said = f"Your message was long ({length:,} characters), so I answered its last question: “{question}”"
    return Block((Span(said, italic=True),))


def hint_line(command: str | None, kind: str, examples: Sequence[str] = ()) -> str:
    """One line for a message that asks nothing: an unknown command, a sticker, a voice note."""
    example = f", for example “{examples[0]}”" if examples else ""
    if command is not None:
        return f"I don't know {command.split('@')[0]}. Just send me your question{example}, or see /help."
    if kind == "voice":
        return "I can't listen to voice notes: please type your question."
    return f"I answer questions typed as text: send me one{example}."


def more_blocks(quotes: Sequence[Quote], question: str = "") -> list[Block]:
    """Further passages, each quoted with its source, headed with the question they answer."""
    blocks = [Block((Span(f"More on “{headline(question, 200)}”", bold=True),))] if question else []
    for quote in quotes:
        blocks.extend([quote_block(quote), source_block(quote.meta)])
    return blocks


def no_answer_blocks(answer: Answer) -> list[Block]:
    """A clear "not covered" reply that quotes nothing from the articles."""
    if not answer.searched:
        return [Block((Span("Ask me a question about the news, for example: what happens to Crimea?"),))]
    if answer.no_articles:
        return [Block((Span(NO_ARTICLES, bold=True), Span(" I answer as soon as articles are added.")))]
    lines = [
        Span(NO_ANSWER, bold=True),
        Span(" I found nothing that answers it in the articles I have."),
    ]
    if answer.unknown:
        lines.append(Span(f" No article mentions: {', '.join(answer.unknown)}."))
    if answer.foreign:
        lines.append(Span(" The articles are in English: please ask in English."))
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


def source_block(meta: Meta) -> Block:
    """ "— Headline · Outlet · 27 Nov 2025", the headline linked to the article when its url is known."""
    return Block((Span("— "), *source_spans(meta)))


def earlier_block(quote: Quote) -> Block:
    """An older dated report that said something else: "Earlier (27 Nov 2025): “…” — Headline"."""
    when = f" ({day(quote.meta.date)})" if quote.meta.date else ""
    return Block(
        (
            Span(f"Earlier{when}: ", bold=True),
            Span(f"“{quote.text}” — "),
            Span(headline(quote.meta.title), href=quote.meta.url),
        )
    )


def also_block(quotes: Sequence[Quote], room: int) -> Block | None:
    """What other articles reported, collapsed (an expandable blockquote): the entries that fit `room`."""
    spans: list[Span] = [Span("Also reported", bold=True)]
    for quote in quotes:
        entry = [Span(f"\n• “{quote.text}” — "), *source_spans(quote.meta)]
        if sum(utf16_len(span.text) for span in [*spans, *entry]) <= room:
            spans += entry
    return Block(tuple(spans), quote=True, expandable=True) if len(spans) > 1 else None


def sources_blocks(articles: Sequence[ArticleInfo]) -> list[Block]:
    """The served articles, newest first."""
    if not articles:
        return [Block((Span("No articles are loaded yet."),))]
    ordered = sorted(articles, key=lambda info: (info.meta.date or "", info.meta.title), reverse=True)
    spans = [Span(f"{counted(len(ordered), 'article')}, newest first", bold=True)]
    for info in ordered:
        spans += [Span("\n• "), Span(info.meta.title, href=info.meta.url)]
        if info.meta.date:
            spans.append(Span(f", {day(info.meta.date)}"))
        spans.append(Span(f" ({info.meta.file}, {counted(info.paragraphs, 'paragraph')})", italic=True))
    return [Block(tuple(spans))]


def start_blocks(articles: int, examples: Sequence[str]) -> list[Block]:
    """The welcome: what the bot does, how much it knows, and (as buttons under it) questions to try."""
    knows = counted(articles, "article")
    intro = (
        f"I answer questions about the news in {knows}, quoting the sentence that answers you word for "
        "word, with its source. I never make anything up: if the articles don't say, I tell you."
    )
    invitation = "Tap a question below to try it, or type your own." if examples else "Type a question."
    return [Block((Span(intro),)), Block((Span(invitation),)), Block((Span("/help explains the rest."),))]


def asked_block(question: str) -> Block:
    """The question heading an answer the user did not type (an example button's)."""
    return Block((Span(question, bold=True),))


def refusal_block(chat_id: int) -> Block:
    """What a chat that may not use the bot is told: its id, and whom to give it to."""
    return Block(
        (
            Span("This bot answers only in approved chats. "),
            Span(f"Your chat id is {chat_id}: send it to whoever runs the bot."),
        )
    )


def stranger_blocks(command: str, chat_id: int, bot_username: str) -> list[Block]:
    """/start or /help in a chat not approved: what the bot does and the refusal, no article content."""
    if command == "help":
        return [*help_blocks(bot_username), refusal_block(chat_id)]
    intro = (
        "I answer questions about the news from a set of articles, quoting the sentence that answers "
        "you word for word, with its source."
    )
    return [Block((Span(intro),)), refusal_block(chat_id)]


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
