"""What a message asks: long messages, /ask with or without the bot's name, and the answer to an edit."""

from __future__ import annotations

from bot.questions import MAX_QUESTION, Answered, ask_argument, question_in, without_cut_word


def test_a_short_message_is_the_question() -> None:
    assert question_in("how often will the ferry run?").text == "how often will the ferry run?"
    assert question_in("x" * MAX_QUESTION).long_message is None


def test_a_long_message_is_answered_from_its_last_question() -> None:
    message = (
        "Who chairs the harbour board? " + "I read the minutes twice. " * 40 + "How often will the ferry run?"
    )
    asked = question_in(message)
    assert asked.text == "How often will the ferry run?"
    assert asked.long_message == len(message)


def test_a_long_message_without_a_question_mark_uses_its_last_sentence_and_one_endless_one_its_end() -> None:
    assert question_in("The ferry is late. " * 40 + "Tell me about the timetable.").text == (
        "Tell me about the timetable."
    )
    endless = question_in("ferry " * 200)
    assert len(endless.text) <= MAX_QUESTION
    assert endless.text.startswith("ferry")


def test_ask_arguments_for_this_bot_only() -> None:
    assert ask_argument("/ask how often?", "TalksBot") == "how often?"
    assert ask_argument("/ask@talksbot how often?", "TalksBot") == "how often?"
    assert ask_argument("/ask", "TalksBot") == ""
    assert ask_argument("/ask@OtherBot how often?", "TalksBot") is None
    assert ask_argument("/asking", "TalksBot") is None
    assert ask_argument("how often?", "TalksBot") is None


def test_answered_remembers_a_bounded_number_of_answers() -> None:
    answered = Answered(max_remembered=2)
    answered.remember(1, 10, 11)
    answered.remember(1, 20, 21)
    answered.remember(2, 10, 31)
    assert answered.answer_to(1, 10) is None
    assert (answered.answer_to(1, 20), answered.answer_to(2, 10)) == (21, 31)


def _vocabulary() -> list[str]:
    return ["ferry", "run", "happened", "japanese"]


def test_only_a_cut_off_last_word_no_article_mentions_is_dropped() -> None:
    cut = question_in("The ferry is late. " * 40 + "So when will the ferry ru")
    assert without_cut_word(cut, ["ru"], _vocabulary) == "So when will the ferry"
    assert without_cut_word(cut, ["ferry", "ru"], _vocabulary) is None  # more than the fragment is missing
    assert without_cut_word(cut, [], _vocabulary) is None  # the articles know the last word: not a fragment
    assert (
        without_cut_word(question_in("when will the ferry ru"), ["ru"], _vocabulary) is None
    )  # not over-long
    ended = question_in("The ferry is late. " * 40 + "So when will the ferry run?")
    assert without_cut_word(ended, ["run"], _vocabulary) is None  # a question mark: the message was not cut


def test_a_real_word_at_the_end_of_a_long_message_is_no_fragment() -> None:
    # Review finding 4: "...what did Moll say about Japan" was asked again as "...say about".
    padding = "I have been following this story for weeks and I still do not understand much of it. " * 6
    assert (
        without_cut_word(question_in(padding + "And what did Moll say about Japan"), ["Japan"], _vocabulary)
        is None
    )
    assert (
        without_cut_word(question_in(padding + "And what did Moll say about japan"), ["japan"], _vocabulary)
        is None
    )
    # Lower case and rare, but the start of no word the articles use: kept.
    assert (
        without_cut_word(question_in(padding + "And what did Moll say about zorb"), ["zorb"], _vocabulary)
        is None
    )
    assert (
        without_cut_word(question_in(padding + "So what could happ"), ["happ"], _vocabulary)
        == "So what could"
    )
