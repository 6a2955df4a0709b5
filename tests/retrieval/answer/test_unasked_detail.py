"""Questions on a detail the articles leave out: a related sentence is no answer (invented news)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval import Library


def _article(folder: Path, name: str, title: str, body: str) -> None:
    (folder / name).write_text(f"---\ntitle: {title}\ndate: 2026-03-02\n---\n\n{body}\n", encoding="utf-8")


def _arland_news(folder: Path) -> None:
    """Four short articles naming Arland: its name is then common, and weighs little in a question."""
    for n in range(4):
        _article(folder, f"c{n}.md", f"Arland news {n}", f"Arland opened a new school in town {n} on Friday.")


def _answer(
    tmp_path: Path,
    make_library: Callable[[Path], Library],
    body: str,
    question: str,
    title: str = "Arland and Brevia talks",
) -> str | None:
    _article(tmp_path, "a.md", title, body)
    _article(tmp_path, "b.md", "Orsk mill", "The Orsk mill reopened on Monday after a long winter.")
    quote = make_library(tmp_path).answer(question).quote
    return None if quote is None else quote.text


@pytest.mark.parametrize(
    ("body", "question"),
    [
        # Whose troops: Arland's army is not Norway's contingent.
        (
            "Norway and Denmark signed the accord on Monday. Under it, Arland's post-war army will number"
            " 90,000 troops, with its northern partners pledging support.",
            "How many Norwegian troops will be sent to Arland under the accord?",
        ),
        # Whose plan: "own" stresses the owner, and the 30-point plan is Brevia's.
        (
            "Brevia backed a 30-point plan for the Orsk valley in March. Denmark has since drafted a proposal"
            " of its own.",
            "How many points are in Denmark's own plan for the Orsk valley?",
        ),
        # The plan counted in is the Danish one, not the Brevian draft.
        (
            "The document on the table is still the 30-point plan for the Orsk valley, itself a rewrite of"
            " the first Brevian draft. Denmark has promised a counter-proposal.",
            "How many points were in the Danish counter-proposal for the Orsk valley?",
        ),
    ],
)
def test_a_count_of_another_owners_thing_is_no_answer(
    tmp_path: Path, make_library: Callable[[Path], Library], body: str, question: str
) -> None:
    assert _answer(tmp_path, make_library, body, question) is None


def test_a_count_of_the_owner_asked_is_the_answer(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    body = "Under the accord, Norway will send 400 troops to Arland, and Denmark will send 250 troops."
    quote = _answer(tmp_path, make_library, body, "How many Norwegian troops will be sent to Arland?")
    assert quote is not None
    assert "400" in quote


@pytest.mark.parametrize(
    ("body", "question"),
    [
        # The communiqué states it, and the next sentence is the communiqué's too: Moll only attended.
        (
            "Leaders of eleven countries met at the Orsk summit on Tuesday to agree on the monitoring of a"
            " truce.\n\nOna Tarvik and Piet Moll attended the summit, and the final communiqué stated that"
            ' Brevia would lead the monitoring, using drones and satellites. It stopped short of the "air'
            ' cover" that Arland had sought for most of the year.',
            "What did Piet Moll say at the Orsk summit?",
        ),
        # Tarvik is quoted (her verb misspelt), naming Moll as who will lead the channel.
        (
            '"The sides agreed to set up a channel between the two armies, to be led by General Piet Moll.'
            ' This channel is crucial to keeping the peace," Tarvik contnued.',
            "What did General Moll say about the channel between the armies?",
        ),
    ],
)
def test_words_of_another_speaker_are_not_what_the_one_asked_said(
    tmp_path: Path, make_library: Callable[[Path], Library], body: str, question: str
) -> None:
    assert _answer(tmp_path, make_library, body, question, "What the Orsk summit agreed on the truce") is None


def test_the_speakers_own_quoted_word_is_the_answer(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    body = (
        'General Piet Moll spoke at the Orsk summit on Monday. "This channel is crucial to keeping the peace,'
        ' and it will open in May," he said.'
    )
    quote = _answer(
        tmp_path, make_library, body, "What did Piet Moll say at the Orsk summit about the channel?"
    )
    assert quote is not None
    assert "crucial" in quote


def test_a_weak_cause_of_what_the_sentence_before_the_deed_tells_is_no_reason(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "after the truce" dates the bases, not Velmara's refusal, told only in the next sentence.
    body = (
        "Leaders of eleven countries signed the Orsk accord on Tuesday.\n\nThe text provides for Brevian"
        " bases in Arland after the truce, as well as long-term aid packages. Incidentally, Velmara refused"
        " to sign the accord."
    )
    assert _answer(tmp_path, make_library, body, "Why did Velmara refuse to sign the Orsk accord?") is None


@pytest.mark.parametrize("head", ["heads", "leads"])
def test_who_heads_a_team_is_answered_by_its_head_not_by_anyone_named_near_it(
    tmp_path: Path, make_library: Callable[[Path], Library], head: str
) -> None:
    # "Velm" (a river) reads as a name, and "the GMA" is whose team it is: no one is said to head it.
    body = (
        "Across the Velm, the Orsk mill lost power twice in January, according to the GMA, which keeps a team"
        " of inspectors at the site."
    )
    question = f"Who {head} the GMA team at the Orsk mill?"
    assert _answer(tmp_path, make_library, body, question) is None


def test_who_heads_a_team_is_answered_by_the_one_at_its_head(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    body = (
        "The GMA keeps a team of inspectors at the Orsk mill. The team is headed by Ona Tarvik, a chemist"
        " from Velmara."
    )
    quote = _answer(tmp_path, make_library, body, "Who heads the GMA team at the Orsk mill?")
    assert quote is not None
    assert "Tarvik" in quote


@pytest.mark.parametrize(
    ("body", "answered"),
    [
        ("The first round of talks in Orsk ended on 23 January, officials said.", False),
        ("The first round of talks in Orsk ended at 11.30 p.m. on 23 January, officials said.", True),
    ],
)
def test_what_time_asks_the_hour_not_the_day(
    tmp_path: Path, make_library: Callable[[Path], Library], body: str, answered: bool
) -> None:
    quote = _answer(tmp_path, make_library, body, "What time did the first round of talks in Orsk end?")
    assert (quote is not None) == answered


def test_a_figure_of_another_version_of_the_plan_is_no_answer(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The title names the 12-point plan; the sentence's 12% is of the earlier 30-point draft.
    body = (
        "The proposal is a shift from an earlier 30-point Brevian draft, which required Arland to withdraw"
        " from 12% of the Orsk valley and to give up its claim to the buffer zone."
    )
    question = "How big would the buffer zone in the Orsk valley be under the 12-point plan?"
    assert _answer(tmp_path, make_library, body, question, "Arland reveals its 12-point plan") is None


@pytest.mark.parametrize(
    ("body", "answered"),
    [
        (
            "On Monday evening, a member of the Danish parliament posted a 30-point plan for Orsk online.",
            False,
        ),
        (
            "On Monday, Ona Tarvik, a member of the Danish parliament, posted a 30-point plan for Orsk.",
            True,
        ),
    ],
)
def test_the_name_of_a_member_is_a_persons_not_a_countrys(
    tmp_path: Path, make_library: Callable[[Path], Library], body: str, answered: bool
) -> None:
    question = "What was the name of the parliament member who posted the 30-point plan for Orsk?"
    quote = _answer(tmp_path, make_library, body, question)
    assert (quote is not None) == answered


@pytest.mark.parametrize(
    ("body", "question", "answered"),
    [
        # Velmara is named, but only as where the president was the day before.
        (
            "The drone attack on the Orsk mill came a day after the Brevian president met the Velmaran"
            " president in Velmara.",
            "Did Velmara confirm the drone attack on the Orsk mill?",
            False,
        ),
        (
            "Velmara's foreign ministry confirmed the drone attack on the Orsk mill on Tuesday.",
            "Did Velmara confirm the drone attack on the Orsk mill?",
            True,
        ),
        (
            "Brevian officials said on Monday that Arland had launched a drone attack on the Orsk mill."
            ' Arland rejected the claimed attack as "a complete fabrication".',
            "Did Brevia give any evidence of the drone attack on the Orsk mill?",
            False,
        ),
    ],
)
def test_whether_an_event_was_borne_out_is_not_told_by_the_event(
    tmp_path: Path, make_library: Callable[[Path], Library], body: str, question: str, answered: bool
) -> None:
    assert (_answer(tmp_path, make_library, body, question) is not None) == answered


def test_a_yes_or_no_needs_the_question_in_its_own_sentence(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # The election sentence holds only "Arland" of the question (a name many articles hold) and "elections"
    # for "voted"; the vote asked is told nowhere.
    _arland_news(tmp_path)
    body = (
        "Under the 12-point Orsk valley peace plan, Arland's parliament would keep its seat. Arland would"
        " hold elections as soon as possible after the war ends."
    )
    question = "Has Arland's parliament voted on the 12-point Orsk valley peace plan yet?"
    assert _answer(tmp_path, make_library, body, question) is None


def test_a_plain_no_telling_the_deed_asked_stands_with_little_of_the_question(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Brevia was not involved in the process." holds "Brevia" and "involved" only, the plan being told in
    # the paragraph before; it tells the deed asked, in the question's word, and so answers.
    _arland_news(tmp_path)
    body = (
        "Arland's envoys drafted the first Oska dam plan in secret over two weeks in Velmara, officials said."
        "\n\nBrevia was not involved in the process."
    )
    question = "Was Brevia involved in drafting the first Oska dam plan?"
    assert _answer(tmp_path, make_library, body, question) == "Brevia was not involved in the process."


@pytest.mark.parametrize(
    ("body", "question", "answered"),
    [
        # Norway is named, but the army capped is Arland's.
        (
            "The 30-point plan would limit the size of the Arland army to 60,000 soldiers and recognise the"
            " Orsk valley as part of Norway.",
            "Would Norway's own army also be capped under the 30-point plan?",
            False,
        ),
        (
            "The proposal was cut to 20 points after talks with Brevia and Denmark in Orsk.",
            "How many points are in Denmark's own plan for Orsk?",
            False,
        ),
        (
            "Denmark's own plan for Orsk, published on Monday, has 12 points.",
            "How many points are in Denmark's own plan for Orsk?",
            True,
        ),
    ],
)
def test_a_thing_stressed_as_its_owners_own_is_named_with_its_owner(
    tmp_path: Path, make_library: Callable[[Path], Library], body: str, question: str, answered: bool
) -> None:
    assert (_answer(tmp_path, make_library, body, question) is not None) == answered


@pytest.mark.parametrize(
    ("body", "answered"),
    [
        ("Tarvik also announced that Defence Minister Ivo Grad would be moved to another post.", False),
        (
            "Tarvik announced that Defence Minister Ivo Grad would be moved to the post of envoy to Orsk.",
            True,
        ),
    ],
)
def test_what_post_is_not_answered_by_another_one_left_unnamed(
    tmp_path: Path, make_library: Callable[[Path], Library], body: str, answered: bool
) -> None:
    quote = _answer(tmp_path, make_library, body, "What post is Ivo Grad being moved to?")
    assert (quote is not None) == answered


@pytest.mark.parametrize(
    ("body", "answered"),
    [
        (
            "Arland sent a team of ten to Orsk, including mill chief Piet Moll and harbour head Ona Tarvik.",
            False,
        ),
        ("Ona Tarvik will replace Piet Moll as the head of the Orsk mill from May.", True),
    ],
)
def test_the_new_head_after_someone_is_who_succeeds_him(
    tmp_path: Path, make_library: Callable[[Path], Library], body: str, answered: bool
) -> None:
    quote = _answer(tmp_path, make_library, body, "Who is the new head of the Orsk mill after Moll?")
    assert (quote is not None) == answered


@pytest.mark.parametrize(
    ("body", "answered"),
    [
        (
            "Last year was the deadliest for civilians in Orsk. The war killed 2,514 civilians there, 31%"
            " more than in 2024, the monitors said.",
            False,
        ),
        ("In January 2026 alone, 300 civilians were killed in Orsk, the monitors said.", True),
    ],
)
def test_a_count_of_another_year_is_no_answer(
    tmp_path: Path, make_library: Callable[[Path], Library], body: str, answered: bool
) -> None:
    # The title (with the article's date) names the month and year asked; the toll is last year's.
    question = "How many civilians were killed in Orsk in January 2026?"
    quote = _answer(tmp_path, make_library, body, question, "Orsk monitors report, January 2026")
    assert (quote is not None) == answered


@pytest.mark.parametrize(
    ("body", "answered"),
    [
        (
            "Ona Tarvik held a two-hour closed-door meeting with the Brevian side after the official"
            " negotiations in Orsk.",
            False,
        ),
        (
            "At the closed-door meeting in Orsk, Tarvik and the Brevian side talked about the grain quota.",
            True,
        ),
    ],
)
def test_what_was_discussed_is_not_told_by_the_talks_named(
    tmp_path: Path, make_library: Callable[[Path], Library], body: str, answered: bool
) -> None:
    question = "What was discussed at Tarvik's closed-door meeting with the Brevian side in Orsk?"
    assert (_answer(tmp_path, make_library, body, question) is not None) == answered


def test_a_length_of_what_the_sentence_before_the_one_asked_tells_is_no_answer(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Six hours are the talks'; how long Grad has headed the GMA is told nowhere.
    body = (
        "The Orsk round ended on Friday.\n\nAccording to the Brevian delegation, the talks lasted more than"
        " six hours and were held in two formats. Arland's team is again led by Admiral Ivo Grad of the GMA."
    )
    assert _answer(tmp_path, make_library, body, "How long has Ivo Grad been head of the GMA?") is None


def test_a_proposal_that_was_even_to_do_something_is_still_a_supposition(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "was even to cede" is no passive ("even" only ends like "given"): the sentence tells what the
    # proposal supposed, not that Arland ceded Orsk.
    body = "The proposal was even to cede Orsk to Brevia, officials said."
    assert _answer(tmp_path, make_library, body, "Did Arland cede Orsk to Brevia?") is None


def test_a_head_named_in_a_longer_apposition_led(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Moll, the newly appointed head of the delegation": two words between "the" and "head".
    body = (
        "Arland and Brevia met in Velmara on Monday. Andriy Moll, the newly appointed head of the Brevian"
        " delegation, arrived late."
    )
    quote = _answer(tmp_path, make_library, body, "Who led the Brevian delegation?")
    assert quote is not None
    assert quote.startswith("Andriy Moll"), quote


@pytest.mark.parametrize(
    ("body", "question", "told"),
    [
        # "another post, that of ambassador to Brevia" says which post: the comma opens what names it.
        (
            "Arland's energy minister Piet Sorel will leave the government. Sorel would be moved to another"
            " post, that of ambassador to Brevia, officials said.",
            "Which post will Sorel get?",
            "ambassador to Brevia",
        ),
        # "talks lasting nine hours" is the length of the negotiations asked about: the thesaurus names them.
        (
            "Brevian envoy Andriy Moll and Arland's Ona Tarvik met in Velmara on Monday. The Velmara talks"
            " lasting nine hours ended without a deal on the Oska dam.",
            "How long did the Velmara negotiations last?",
            "nine hours",
        ),
        # "called it a historic breakthrough": "it" is the deal the sentence before tells of.
        (
            "Arland and Brevia signed the Oska dam deal in Velmara on Monday. Brevian envoy Andriy Moll"
            " called it a historic breakthrough for the region.",
            "How did Moll describe the deal?",
            "historic breakthrough",
        ),
        # "said no drone had been launched" denies the attack without the word "deny".
        (
            "Brevia said a drone attack had hit its Oska dam on Sunday night. Arland said no drone had been"
            " launched.",
            "Did Arland deny the drone attack?",
            "no drone had been launched",
        ),
        # "in a statement" says how Moll told it; "soon" is still when the ceasefire starts.
        (
            "Brevian envoy Andriy Moll met Arland's Ona Tarvik in Velmara on Monday. Moll said in a statement"
            " that the Oska ceasefire would start soon.",
            "When will the Oska ceasefire start?",
            "would start soon",
        ),
    ],
    ids=["apposition-names-it", "synonym-lasting", "called-it", "said-no", "soon-in-a-statement"],
)
def test_a_sentence_that_tells_the_thing_asked_answers(
    tmp_path: Path, make_library: Callable[[Path], Library], body: str, question: str, told: str
) -> None:
    quote = _answer(tmp_path, make_library, body, question)
    assert quote is not None
    assert told in quote, quote


def test_what_was_said_before_the_talks_is_not_what_was_said_after_them(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # A chat spelling of "after" still sets the question after the talks, and a sentence opening "Before
    # the talks began" was told before them.
    body = (
        "Before the talks began, Moll said Arland had one overriding aim in Orsk.\n\n"
        "The envoys met for six hours at a lakeside hotel in Orsk on Sunday.\n\n"
        'Moll told reporters after the meeting that it had been "useful, but slow".'
    )
    quote = _answer(tmp_path, make_library, body, "wat did moll say aftr the orsk tlaks")
    assert quote is not None
    assert "useful" in quote


def test_what_was_said_in_a_post_is_not_what_was_said_after_leaving_it(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # "Vesk, who heads the office" tells him still in his post: what he said then came before he quit.
    body = (
        "Orlan Vesk, who heads the Arland presidential office, said the talks in Kessel had been"
        ' "very useful".\n\n'
        "Investigators searched the offices of the Arland government on Friday morning.\n\n"
        "The council will meet again in March to choose a new chair."
    )
    quote = _answer(tmp_path, make_library, body, "What did Orlan Vesk say after he quit?")
    assert quote is None or "useful" not in quote


def test_what_was_said_on_another_occasion_is_not_what_was_said_after_the_event_asked(
    tmp_path: Path, make_library: Callable[[Path], Library]
) -> None:
    # Nothing near the sentence names the summit: Moll said it on another occasion.
    for n in range(4):
        _article(tmp_path, f"c{n}.md", f"Summit news {n}", f"Tarvik opened the summit in town {n} on Friday.")
    body = (
        "The talks in Kessel ran late into the night.\n\n"
        'The Arland envoys, Tom Brask and Ida Moll, described their offer as "generous".\n\n'
        "The grain corridor would open in spring."
    )
    quote = _answer(tmp_path, make_library, body, "what did Ida Moll say after the summit?")
    assert quote is None or "generous" not in quote
