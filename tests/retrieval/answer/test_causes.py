"""A "why" is answered by the sentence that states the cause, not by the one that restates the event."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval import Library
from retrieval.answer.answer_types import STRONG, WEAK, cause

ASKED = frozenset(
    {"why", "did", "the", "truce", "fail", "given", "it", "was", "designed", "to", "be", "easy"}
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Brevia, fearing that it alone would face lawsuits, refused to sign.", STRONG),
        ("The round was moved to Orsk at the request of the Arland side.", STRONG),
        ("Velmara accused Brevia of breaking the truce first.", STRONG),
        (
            "Tarvik announced the change online, writing that Arland needed a sharper focus on security.",
            STRONG,
        ),
        ("Drones hit the grid overnight, forcing the operator to cut power across the north.", STRONG),
        # A reason someone gives.
        ("Arland officials point out that losing Orsk would leave the north exposed.", STRONG),
        # An analyst's reading of a motive.
        ("Sending a general to lead the team signals that Velmara sees these as security talks.", STRONG),
        # "given" after a comma is "in view of"; the verb after a comma ("the aid, given to") is none.
        ("Tarvik said March was a natural time to step down, given the new election law.", STRONG),
        ("Tarvik praised the grain aid, given to Orsk in May.", 0),
        ("Tarvik resigned after auditors questioned her expenses.", WEAK),
        ("Now Arland needs to focus on its border.", WEAK),
        # Who reported it is no cause: "citing sources" names them.
        ("Tarvik resigned, citing poor health.", STRONG),
        ("According to the Velmara Post, citing Arland sources, Tarvik resigned before the vote.", 0),
        # A cause after a noun is that noun's: of what is asked only if the question names it.
        ("The truce failure was caused by mistrust on both sides.", STRONG),
        ("Arland repays it only if Brevia pays for the damage caused by the floods.", WEAK),
        # "so-called", "came into force", "since 2020": words of a cause, used for something else.
        ("The council pushed a so-called grain loan backed by the frozen funds.", 0),
        ("The truce came into force on 1 February.", 0),
        ("Moll has led the delegation since 2020.", 0),
        ("It was the first such meeting since the war began.", 0),
        ("Tarvik met the envoys after the official talks in Orsk.", 0),
        ("The fourth round took place in Kessel after two rounds in Orsk.", 0),
        ("Tarvik resigned after the talks collapsed.", WEAK),
        ("Nurses walked out after talks with the board over night pay broke down.", WEAK),
        ("The truce broke down after four days.", 0),
        # A span before "after" says when: "two weeks after the first", "shortly after".
        ("The second round opens in Orsk, less than two weeks after the first.", 0),
        ("Tarvik left shortly after the vote.", 0),
        # The cause given is only the question's own words: it says nothing the question does not.
        ("The truce failed in part because it was designed to be easy.", 0),
        # A reason given as what the thing would do: why the speaker is against it. "Only" of time is none.
        ("Moll told reporters that a short ceasefire would only prolong the war.", STRONG),
        ("Moll said the talks would only resume in March.", 0),
    ],
)
def test_a_cause_is_stated_firmly_weakly_or_not_at_all(sentence: str, expected: int) -> None:
    assert cause(sentence, ASKED) == expected


def test_a_weak_marker_made_of_the_question_s_own_words_states_no_cause() -> None:
    asked = frozenset({"why", "did", "arland", "and", "brevia", "restore", "their", "hotline"})
    # "to restore" names the event asked about; "to reduce" says what it is for.
    assert cause("Arland and Brevia agreed to restore the hotline.", asked) == 0
    assert cause("The two armies will talk again, to reduce the risk of accidents.", asked) == WEAK


def test_a_cause_of_another_effect_that_is_what_the_question_names_states_no_cause() -> None:
    asked = frozenset({"why", "was", "orsk", "chosen", "for", "the", "grain", "talks"})
    # The talks asked about are the cause of the truce here, not an effect with a cause.
    assert cause("The truce was agreed after the grain talks in Orsk.", asked) == 0
    assert cause("Officials say this is due to the grain talks in Orsk.", asked) == 0
    assert cause("The talks moved to Orsk after Brevia objected to Kessel.", asked) == WEAK
    # "X blamed Y for..." names the effect after it.
    assert cause("Arland blamed Brevia for the grain talks in Orsk.", asked) == STRONG
    # The one who says it is no effect.
    assert cause("Mayor Lund told reporters the town needed a week before Orsk was chosen.", asked) == STRONG


def test_an_effect_told_in_other_words_than_the_question_s_is_still_the_one_asked() -> None:
    asked = frozenset({"why", "did", "arland", "turn", "down", "the", "council", "guarantees"})
    sentence = "Arlandian envoys rejected these offers because the council's pledges leave them exposed."
    # Read by the question's words only, the effect before "because" is another thing and the council after
    # it the cause; "reject" is what "turn down" stands for.
    assert cause(sentence, asked) == 0
    assert cause(sentence, asked, frozenset({"turn", "reject", "refus", "council", "guarante"})) == STRONG


# Invented reporting, written for these tests.
LOAN = """---
title: Arland blocks the grain loan
date: 2026-03-02
---

After a long night in Velmara, council leaders chose joint borrowing for Orsk, shelving the idea of a
grain loan backed by frozen Brevian funds.

For months the council had pushed the grain loan, which would have used the cash balances of the frozen
funds. Most of those funds are held by a depository in Velmara. Arland, fearing that it alone would face
lawsuits and reprisals, refused to sign without guarantees from the other members.
"""

APPOINTMENT = """---
title: Tarvik named head of the council office
date: 2026-01-02
---

Ivo Grad on Friday appointed Ona Tarvik, the head of the Arland border service, as head of the council
office, replacing Piet Moll, who resigned in November after an audit.

Grad announced the appointment in a post online, writing that the council needed a sharper focus on
security and on the talks. Tarvik, 41, has run the border service since 2021.
"""

DECLARATION = """---
title: Allies sign the Velmara declaration
date: 2026-01-07
---

"Every truce signed by Brevia in the past ten years has been broken, in Orsk and in Kessel. Given this
experience, we demand guarantees for the ceasefire," Tarvik explained.

The declaration was signed at the lakeside palace by nine governments. It came into force on 9 January, a
so-called fast track.
"""

MOVED = """---
title: The fourth round opens in Kessel
date: 2026-02-17
---

The fourth round of talks between Arland and Brevia opened in Kessel on Tuesday after a week's delay,
with both delegations describing the agenda as heavy.

The round was moved to Kessel at short notice, officials said, at the request of the Arland side.
"""

TRUCE = """---
title: What the grain truce taught
date: 2026-02-20
---

# What the grain truce taught

The grain truce failed in part because it was designed to be easy. It had no monitors and a narrow
definition of "grain" that left out flour mills, which both sides kept striking.
"""


RESIGNED = """---
title: Moll quits the border office
date: 2026-01-20
---

Piet Moll, the head of the border office, resigned on Friday after the audit of its accounts.

Hours after his resignation, Moll told the Velmara Post: "I have been treated unfairly by the auditors.
Therefore, I do not want to burden the council; I am going back to teaching."
"""

HARBOUR = """---
title: Lund picks a new harbour chief
date: 2026-03-09
---

Mayor Edda Lund on Monday chose Rolf Skarn, a former navy captain, to run the Orsk harbour authority,
after weeks of talks with the dock unions.

In a letter to staff she said that the town needed "a steadier hand" for the busy season. Skarn, 52, who
ran the harbour guard for a decade, starts in April.
"""


@pytest.fixture
def library(tmp_path: Path, make_library: Callable[[Path], Library]) -> Library:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, body in {
        "loan.md": LOAN,
        "appointment.md": APPOINTMENT,
        "declaration.md": DECLARATION,
        "moved.md": MOVED,
        "truce.md": TRUCE,
        "resigned.md": RESIGNED,
        "harbour.md": HARBOUR,
    }.items():
        (folder / name).write_text(body, encoding="utf-8")
    return make_library(folder)


def _quoted(library: Library, question: str) -> str:
    answer = library.answer(question)
    assert answer.quote is not None, (question, answer)
    return answer.quote.text


def test_the_sentence_stating_the_cause_beats_the_one_describing_the_event(library: Library) -> None:
    assert "fearing that it alone" in _quoted(library, "why did Arland block the grain loan?")
    assert "at the request of" in _quoted(library, "why was the fourth round moved to Kessel?")


def test_the_reason_in_the_next_paragraph_beats_the_lead_that_restates_the_question(library: Library) -> None:
    quoted = _quoted(library, "why did Grad appoint Tarvik as head of the council office?")
    assert "needed a sharper focus on security" in quoted


def test_a_reason_in_few_of_the_question_s_words_answers_after_a_lead_that_restates_it(
    library: Library,
) -> None:
    # "she said that the town needed..." names neither Lund nor Skarn: the lead before it does.
    quoted = _quoted(library, "why did Lund choose Skarn to run the harbour authority?")
    assert "a steadier hand" in quoted


def test_a_sentence_pointing_back_to_its_cause_is_quoted_with_it(library: Library) -> None:
    quoted = _quoted(library, "why does Tarvik say the ceasefire needs guarantees?")
    assert quoted.startswith('"Every truce signed by Brevia')
    assert "Given this experience" in quoted


def test_a_cause_the_question_already_names_is_explained_by_the_next_sentence(library: Library) -> None:
    quoted = _quoted(library, "why did the grain truce fail, given it was designed to be easy?")
    assert "It had no monitors" in quoted


def test_a_cause_of_something_else_in_the_paragraph_is_not_the_answer(library: Library) -> None:
    # "Arland, fearing lawsuits, refused" says why Arland refused the loan, not why the council pushed it.
    answer = library.answer("why did the council push the grain loan?")
    assert answer.quote is None or "fearing" not in answer.quote.text


def test_no_stated_cause_is_a_refusal(library: Library) -> None:
    # The passages match, but none says why: "came into force" and "so-called" are not causes.
    assert library.answer("why did the declaration come into force in January?").quote is None


def test_a_sentence_pointing_back_to_its_cause_gives_the_cause_of_what_it_says(library: Library) -> None:
    # "Therefore, I am going back to teaching" is why he goes back to teaching, not why he resigned.
    quoted = _quoted(library, "why did Moll resign?")
    assert "after the audit" in quoted


TERMS = """# Velmara asks for a longer pact

Tarvik told reporters on the train home that she had asked Grad for a border pact lasting "up to 40 \
years". The Arland offer on the table is for 12 years, with an option to extend it, she said. She added \
that a shorter pact would not hold Brevia back for long, because "Brevia has shown it can wait".
"""


def test_the_cause_after_the_sentences_giving_the_figures_asked_answers(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The cause sentence names neither 40 nor 12: the sentences before it in its paragraph do.
    (tmp_path / "terms.md").write_text(TERMS, encoding="utf-8")
    quoted = _quoted(make_library(tmp_path), "Why does Velmara want a pact for 40 years instead of 12?")
    assert "would not hold Brevia back" in quoted


EXPLAINER = """---
title: "Who is talking in Orsk, and what did the first round achieve?"
date: 2026-03-04
source: Clearwater Explainers
---

# Who is talking in Orsk, and what did the first round achieve?

## What happened in Orsk?

Arland and Brevia held their first direct talks on the river dispute in Orsk on 3 March. The talks lasted
two days, and no agreement was signed.

## Why Orsk?

Velmara has good relations with both capitals, and it has hosted several prisoner exchanges since 2022.
Kessel had offered its castle, but the envoys preferred the lake.

## What happens next?

A second round of direct talks is expected in Orsk in April.
"""


def test_an_explainers_why_heading_says_its_paragraph_gives_the_reason(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The reason is in words of its own (no "because"): the heading "Why Orsk?" ties it to the question.
    (tmp_path / "explainer.md").write_text(EXPLAINER, encoding="utf-8")
    (tmp_path / "mill.md").write_text(
        "---\ntitle: Orsk mill\ndate: 2026-03-02\n---\n\nThe Orsk mill reopened on Monday.\n",
        encoding="utf-8",
    )
    quote = make_library(tmp_path).answer("Why was Orsk chosen for the first direct talks?").quote
    assert quote is not None
    assert quote.text.startswith("Velmara has good relations")
