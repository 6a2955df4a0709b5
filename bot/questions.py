"""What a message asks: the question in a long message, in an edited /ask, and which answer replied to it."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from bot.protocols import Answerer
from retrieval import Answer, is_common_word, split_sentences

MAX_QUESTION = 500
MAX_REMEMBERED = 5000
_ASK = re.compile(r"^/ask(?:@(?P<bot>[A-Za-z0-9_]{3,32}))?(?:\s+|$)", re.I)


@dataclass(frozen=True)
class Question:
    """The question to answer, and the length of the message when it was too long to answer whole."""

    text: str
    long_message: int | None = None


def question_in(message: str) -> Question:
    """The message, or for one over MAX_QUESTION characters its last question (else its last sentence)."""
    if len(message) <= MAX_QUESTION:
        return Question(message)
    sentences = [s for s in split_sentences(message) if s.strip()] or [message]
    asked = [s for s in sentences if s.rstrip().endswith("?")]
    last = (asked or sentences)[-1].strip()
    if len(last) > MAX_QUESTION:
        # One endless sentence: its end is where a question mark would be.
        last = last[-MAX_QUESTION:].split(" ", 1)[-1]
    return Question(last, long_message=len(message))


def without_cut_word(
    asked: Question, unknown: Sequence[str], vocabulary: Callable[[], Iterable[str]]
) -> str | None:
    """The question of an over-long message that stops mid-word (a paste cut short, or Telegram's
    4,096-character split) without its last word, when that word is the only one no article mentions
    ("...and what could happ"); else None. Only a fragment is dropped: a word in lower case, no common
    English word, and the start of a longer word the articles use (`vocabulary`, their indexed terms:
    "happ" of "happened"). A real word no article mentions ("...about Japan") stays, and is named."""
    if asked.long_message is None or not asked.text[-1:].isalnum():
        return None
    head, _, last = asked.text.rpartition(" ")
    if not head.strip() or [word.casefold() for word in unknown] != [last.casefold()]:
        return None
    if last != last.lower() or is_common_word(last, threshold=_COMMON):
        return None
    if not any(term.startswith(last) and len(term) > len(last) for term in vocabulary()):
        return None
    return head.rstrip()


# A word at least this frequent in English (Zipf) is a whole word, not a fragment: "japan" 4.9, "say" 5.9;
# "ru" 3.5, "happ" 2.5.
_COMMON = 4.0


def answer_message(library: Answerer, message: str) -> tuple[Question, Answer]:
    """The question a message asks (its last one, if over-long) and its answer; a fragment cut off the
    end of an over-long message is dropped when it alone sinks the question (`without_cut_word`)."""
    asked = question_in(message)
    answer = library.answer(asked.text)
    index = library.snapshot.index
    shorter = without_cut_word(asked, answer.unknown, index.vocabulary) if answer.quote is None else None
    if shorter is None:
        return asked, answer
    asked = replace(asked, text=shorter)
    return asked, library.answer(asked.text)


def ask_argument(text: str, bot_username: str) -> str | None:
    """The question after "/ask" or "/ask@this_bot" (None if `text` is no /ask for this bot)."""
    match = _ASK.match(text)
    if match is None or (match["bot"] and match["bot"].lower() != bot_username.lower()):
        return None
    return text[match.end() :].strip()


class Answered:
    """Which bot message answered which question, so an edited question edits its answer (bounded)."""

    def __init__(self, max_remembered: int = MAX_REMEMBERED) -> None:
        self._answers: OrderedDict[tuple[int, int], int] = OrderedDict()
        self._max = max_remembered

    def remember(self, chat_id: int, question_id: int, answer_id: int) -> None:
        """Record that message `answer_id` answers message `question_id` in `chat_id`."""
        self._answers[(chat_id, question_id)] = answer_id
        self._answers.move_to_end((chat_id, question_id))
        while len(self._answers) > self._max:
            self._answers.popitem(last=False)

    def answer_to(self, chat_id: int, question_id: int) -> int | None:
        """The message that answered `question_id`, if it is still remembered."""
        return self._answers.get((chat_id, question_id))
