"""Answer-type checks and non-sentences: what a quoted sentence must hold, and what is never quoted."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from retrieval.answer import answer_types
from retrieval.answer.answer_types import (
    STRONG,
    WEAK,
    counts,
    date_precision,
    each_untold,
    inner_place,
    measures,
    names_near,
    of_another_side,
    side_asked,
    sited,
    speakers,
    strength,
    subjects,
    supplies,
)
from retrieval.answer.candidates import _quotable
from retrieval.answer.question import NUMBER
from retrieval.answer.selection import another_compound, another_ordinal, another_time, part_of_another
from retrieval.language import text
from retrieval.language.prose import dateline_end, is_prose, quotable, repeats_title

ASKED = frozenset({"the", "talks", "held", "in", "florida", "who", "met", "putin"})


@pytest.mark.parametrize(
    ("asked", "sentence", "expected"),
    [
        ("date", "The envoys will return on 14 March.", True),
        ("date", "The envoys will return within 10 days of signing.", True),
        # A stretch of time up to now is no date: "when was the last exchange?"
        ("date", "This is the first exchange in the last five months.", False),
        ("date", "The envoys met in the last week of March.", True),
        ("date", "The envoys will return to the capital.", False),
        ("duration", "The meeting went on for nearly five hours.", True),
        ("duration", "The meeting was described as frank.", False),
        # A time relative to another event says when, not how long; unless "for" makes it a length.
        ("duration", "The strike came a day after Tarvik met Moll in Orvane.", False),
        ("duration", "They talked for two hours before leaving.", True),
        # How often, not how long: "how long did the talks last?"
        ("duration", "Orvane has had power cuts of many hours a day since the talks.", False),
        # The length of another thing than the talks asked about.
        ("duration", "Brevia wants guarantees lasting up to 40 years from the talks.", False),
        ("duration", "Brevia wants talks lasting up to three days.", True),
        ("number", "Some 314 prisoners were exchanged.", True),
        ("number", "Prisoners were exchanged at the border.", False),
        # A date's digits say when, not how much: "how much compensation is Arland demanding?"
        ("number", "In December 2025 Arland sued the bank, demanding compensation.", False),
        ("number", "On 14 March 2026 Arland lent Brevia 90 billion crowns.", True),
        ("person", "The delegation was led by Marta Kovalenko.", True),
        ("person", "Putin met them late at night.", False),
        # The one who also said it is not who did it ("who is the new minister?").
        ("person", "Moll also announced that the minister would be moved.", False),
        ("place", "The talks were held at a lakeside hotel in Montreux.", True),
        ("place", "The talks were held in Florida on Sunday.", False),
        ("place", "The troops would be based at hubs away from the front line.", True),
        ("cause", "She resigned after investigators searched her home.", True),
        ("cause", "She resigned on Friday.", False),
        ("statement", 'The envoy said the talks had been "useful".', True),
        ("statement", "The envoy arrived on Tuesday.", False),
        ("yes-no", "Anything at all.", True),
    ],
)
def test_a_sentence_supplies_the_type_asked_only_with_something_new(
    asked: str, sentence: str, expected: bool
) -> None:
    assert supplies(asked, sentence, ASKED) is expected


def test_a_number_must_count_the_thing_asked_about() -> None:
    assert counts("The sides agreed to swap 314 prisoners, 157 for 157.", "prisoners")
    assert counts("It is a 19-point plan.", "points")
    assert not counts("More than 30 countries joined the coalition of troops.", "troops")
    assert not counts("Many have spent three years in Russian prisons.", "prisoners")
    # People counted in general words: a count of any kind of them.
    assert counts("Brevia sent a larger team of ten representatives.", "people")
    # ...but a date counts no one, a range of days included.
    assert not counts("Tarvik resigned before a meeting with Arland's envoys on November 29-30.", "people")
    assert not counts("The envoys met in Velmara on 4 March 2025.", "people")
    assert not counts("The third round took place in Velmara on 17 and 18 February.", "members")
    assert not counts("It was their first meeting since the first two rounds in Orsk.", "members")
    assert counts("The delegation of 12 flew in from Orsk.", "members")


def test_a_number_is_new_only_when_the_whole_number_is() -> None:
    # "2" and "8" are digits of the question's own "28", no new figure.
    asked = frozenset({"28", "point", "plan", "army"})
    assert not supplies(NUMBER, "The 28-point plan would have Arland cut its army.", asked)
    assert supplies(NUMBER, "The 28-point plan would cap Arland's army at 600,000.", asked)


def test_a_rate_is_a_proportion_or_a_decimal_not_a_sum() -> None:
    assert measures("The loan carries interest of 2.5% a year.", "rate")
    assert measures("The loan carries interest of 5pc a year.", "rate")
    assert measures("Arland holds a 40pc stake in the mine.", "share")
    assert counts("Some 600k people left Kessel.", "people")
    assert measures("The crown traded at 1.08 to the dollar.", "rate")
    assert not measures("Arland agreed to lend Brevia 90 billion crowns over two years.", "rate")
    assert not measures("The bank will cut 27,353 jobs to save 23.8 million crowns.", "rate")


@pytest.mark.parametrize(
    ("measure", "sentence", "expected"),
    [
        ("age", "Tarvik, 52, is a former defence minister.", True),
        ("age", "The 71-year-old envoy flew in on Monday.", True),
        ("age", "Tarvik led three rounds of talks in two years.", False),
        ("share", "Arland holds about a fifth of the valley.", True),
        ("share", "The output would be split equally between the two.", True),
        ("share", "Brevia controls 18% of the coast.", True),
        ("share", "The fund would receive $100 billion from the frozen assets.", False),
        ("money", "Arland agreed to lend Brevia 90 billion crowns.", True),
        ("money", "The fund would receive $100 billion from the frozen assets.", True),
        ("money", "The club paid £38m for the striker.", True),
        ("money", "Leaders chose to borrow to keep Brevia afloat for the next two years.", False),
        ("money", "Arland backed a 28-point plan for the valley.", False),
    ],
)
def test_an_age_or_a_share_is_a_number_of_its_own_kind(measure: str, sentence: str, expected: bool) -> None:
    assert measures(sentence, measure) is expected


def test_a_name_must_stand_beside_the_thing_named() -> None:
    asked = frozenset({"name", "of", "the", "club", "in", "hallandale", "beach"})
    assert names_near("They met at the Shorecrest club, a marina resort.", "club", asked)
    assert not names_near("They met at a private club in Hallandale Beach, north of Miami.", "club", asked)
    # The noun itself, not a word of its stem: "negotiations in Velmara" names no negotiator.
    asked = frozenset({"name", "of", "the", "negotiator", "who", "met", "moll"})
    assert names_near("Brevia's negotiators, led by Ona Tarvik, arrived.", "negotiator", asked)
    assert not names_near("Moll met them after the official negotiations in Velmara.", "negotiator", asked)
    # ...and a fuller form of the name the question gives is no new name.
    assert not names_near("The other negotiator, Piet Moll, arrived late.", "negotiator", asked)


@pytest.mark.parametrize(
    "furniture",
    [
        "ADVERTISEMENT",
        "Advertisement",
        "Read more: Why the talks stalled",
        "Subscribe to our newsletter for daily updates",
        "(From left) Anna Lind, Piet Moll and Ivo Grad at the palace on Tuesday.",
        "[Caption: The delegations arrive at the palace.]",
        "Delegates arrive for the talks. Photo: Pool via Northwire",
        "VELMARA, January 23.",
        "By Anna Lind and Piet Moll",
        "NATO, Crimea, and pressure from the U.S.",
        "Envoys Agree To Meet Again In Geneva Next Month",
        "What is in the twenty-point plan",
        "Correction: An earlier version of this article said that Tarvik had been charged.",
        "Correction, 10:40 GMT: an earlier version of this entry said that Moll was in Kessel.",
        "An earlier version of this story misstated the number of prisoners.",
        "Editor's note: this report has been updated.",
    ],
)
def test_furniture_is_never_quoted(furniture: str) -> None:
    assert not quotable(furniture)


@pytest.mark.parametrize(
    "credit",
    [
        "CREDIT: Jane Doe",
        # re's ignore-case takes dotted and dotless i for "i": the shortcut past the caption search must too.
        "credİt: Jane Doe",
        "credıt: Jane Doe",
        "(left) and Monday",
        "Pool photo / Jane Doe",
    ],
)
def test_a_caption_or_credit_anywhere_in_a_sentence_is_furniture(credit: str) -> None:
    assert quotable("The envoys met in Geneva on Sunday, officials said.")
    assert not quotable(f"The envoys met in Geneva on Sunday, {credit}.")


def test_a_headline_repeated_in_the_body_is_not_quoted_but_a_dek_is() -> None:
    title = "Envoys agree to meet again in Geneva next month"
    assert not quotable(title, title)
    dek = "The envoys agreed on Friday to meet again in Geneva next month, officials said."
    assert quotable(dek, dek)


def test_a_sentence_recurring_in_two_articles_is_a_headline_only_in_the_one_it_heads() -> None:
    """The verdict on the sentence alone is remembered; the headline test is made for each article."""
    line = "The envoys agreed on Friday to meet again in Geneva next month, officials said:"
    assert _quotable(line, "Ceasefire talks resume")
    assert not _quotable(line, line)
    assert _quotable(line, "Ceasefire talks resume")
    assert quotable(line, "Ceasefire talks resume")
    assert not quotable(line, line)
    assert repeats_title(line, line)
    assert is_prose(line)


def test_prose_is_quoted_and_a_dateline_is_cut_off() -> None:
    sentence = "VELMARA, Jan 23 (Northwire) - The delegations agreed to meet again next month."
    assert quotable(sentence)
    assert sentence[dateline_end(sentence) :] == "The delegations agreed to meet again next month."
    assert dateline_end("The delegations met.") == 0


def test_words_that_begin_like_a_month_are_no_date() -> None:
    for sentence in ("The council decided to act.", "Marco Rubio spoke to the mayor.", "A novel plan."):
        assert not supplies("date", sentence, frozenset())
    assert supplies("date", "The talks resume on Dec 3.", frozenset())


def test_the_verb_may_is_no_month() -> None:
    # "Arland may be willing to sign" says nothing of when; the month is written with its capital.
    assert not supplies("date", "Arland may be willing to sign a Senate-approved pact.", frozenset())
    assert supplies("date", "Arland will sign the pact in May.", frozenset())


def test_until_when_is_answered_by_the_date_a_span_ends() -> None:
    # "until when...?" asks where a span ends; the day something was said answers it only weakly.
    asked = frozenset({"until", "when", "did", "arland", "pause", "strikes"})
    assert strength("date", "Arland paused strikes for a week, until March 3, it said.", asked) == STRONG
    assert strength("date", "On Friday Arland confirmed the pause in strikes.", asked) == WEAK
    assert strength("date", "On Friday Arland confirmed the pause in strikes.", asked - {"until"}) == STRONG


def test_a_capitalised_sentence_opener_is_no_name() -> None:
    assert not supplies("person", "Several of them met for hours.", frozenset({"who", "met"}))
    assert supplies("person", "Umerov met them for hours.", frozenset({"who", "met"}))


def test_a_place_gone_to_and_a_speaker_before_an_auxiliary_are_not_who_is_asked() -> None:
    asked = frozenset({"who", "leads", "brevia's", "team"})
    # "returned to Port Selka": a place, however it is spelt.
    assert not supplies("person", "Despite the delay, both teams returned to Port Selka on Friday.", asked)
    assert supplies("person", "Despite the delay, both teams returned with Ona Tarvik on Friday.", asked)
    # "Tarvik has said that...": the speaker, as in "Tarvik said that...".
    assert not supplies("person", "Tarvik has said that she wants the office to focus on defence.", asked)
    assert supplies("person", "Tarvik has picked the office to focus on defence.", asked)


def test_a_place_within_a_city_is_no_other_city_of_the_lists() -> None:
    asked = frozenset({"where", "in", "vienna", "did", "the", "donors", "meet"})
    assert inner_place("The donors met at the Korsa Hall on Tuesday.", asked)
    assert not inner_place("The donors first met in Oslo last year.", asked)
    assert supplies("place", "The donors first met in Oslo last year.", asked)


def test_where_is_not_answered_even_weakly_by_a_time_or_by_where_the_question_s_own_place_is() -> None:
    asked = frozenset({"where", "did", "moll", "stop", "on", "the", "way", "to", "korsa"})
    for sentence in (
        "Tarvik said on Sunday that Arland and Brevia were close to a deal.",
        "Tarvik hosted Moll at the Korsa estate in Lowmere on Sunday.",
    ):
        assert strength("place", sentence, asked) == 0
    assert strength("place", "Tarvik, a lawyer from Lowmere, said a deal was close.", asked) == WEAK
    assert strength("place", "On the way to Korsa, Moll stopped in Lowmere.", asked) == STRONG


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # A place things go to, or one "in" gives of another deed, does not tell where the event is.
        ("where are brevia's frozen funds held", "The funds stay frozen to keep pressure on Velmara.", False),
        ("where are brevia's frozen funds held", "Brevia must pay war reparations to Arland first.", False),
        (
            "where will the exchange take place",
            "The returning soldiers were captured in Kessel in May.",
            False,
        ),
        # "In" a few words after the event, names of those who meet between, and words of position do.
        (
            "where did tarvik meet grad and moll",
            "Tarvik is meeting Brevian envoys Ivo Grad and Ona Moll in Velmara on Monday.",
            True,
        ),
        (
            "where are brevia's frozen funds held",
            "Most of the funds sit with a clearing house near Orvane.",
            True,
        ),
        ("where will the exchange take place", "Tarvik spoke from Kessel after the exchange.", True),
        # Words of position with "of", and a place named as one that hosts the event.
        (
            "where will the exchange take place",
            "The exchange will take place on the outskirts of Kessel.",
            True,
        ),
        (
            "where did tarvik and moll meet",
            "Tarvik and Moll met for an hour on the sidelines of the Orsk forum.",
            True,
        ),
        (
            "where will the ceremony take place",
            "The ceremony is set for Saturday; Brevia's capital Orvane will host it.",
            True,
        ),
        ("where will the summit be held", "Turkey will host the summit.", True),
        # A person who hosts is no place; "in recent weeks" is a time; "across" a country places no event.
        ("where will the summit be held", "Tarvik will host Moll next week.", False),
        (
            "where will the summit be held",
            "The summit was put off, and in recent weeks Velmara has offered to mediate.",
            False,
        ),
        (
            "where will the summit be held",
            "Strikes continued across Arland as the summit was put off.",
            False,
        ),
    ],
)
def test_a_place_sits_the_event_when_it_is_where_something_is(
    question: str, sentence: str, expected: bool
) -> None:
    assert sited(sentence, _words(question)) is expected


def test_a_title_the_question_words_does_not_make_the_name_after_it_the_question_s() -> None:
    asked = frozenset({"who", "is", "the", "army", "secretary", "they", "sent", "to", "arland"})
    assert supplies("person", "By then Army Secretary Ivo Grad was being sent to Arland.", asked)
    # The question's own name, with its title, is still no new name.
    assert not supplies("person", "Army Secretary Tarvik was being sent to Arland.", asked | {"tarvik"})


def test_a_place_named_by_a_common_word_is_a_place_after_in() -> None:
    # "Alaska" is a common enough word to be taken for a sentence's capitalised opener; after "in" it is not.
    asked = frozenset({"where", "did", "grad", "and", "tarvik", "meet"})
    assert supplies("place", "They recalled the summit between Grad and Tarvik in Alaska.", asked)


def _words(question: str) -> frozenset[str]:
    return frozenset(question.split())


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # The place of the event asked, or a place described: plainly.
        ("where were the talks held", "The talks took place at a lakeside club in Orvane Bay.", STRONG),
        (
            "where would troops be based",
            'Troops would operate from "military hubs" across the valley.',
            STRONG,
        ),
        # A place of another event in the sentence, or a name after "in" that is no place: weakly.
        (
            "where were the talks held",
            "Tarvik, who held talks with Brevian officials in Velmara, joined.",
            WEAK,
        ),
        ("where were the talks held", "The fund would invest in a Brevia-led reconstruction company.", WEAK),
        # The question's subject before a place is no event of it: where else he went or spoke.
        ("where did tarvik meet the brevians", "Tarvik was sent to Velmara.", WEAK),
        ("where did tarvik meet the brevians", "Tarvik confirmed to Orvane media that he met them.", WEAK),
        # A people the question names in another form is no new place, of the event or any other; a date
        # between the event and its place does not part them.
        ("where did tarvik meet the brevians", "Tarvik asked to meet the Brevian envoy.", 0),
        (
            "where did tarvik meet the brevians",
            "Tarvik and Brevian envoys met on Monday and Tuesday in Orvane.",
            STRONG,
        ),
        # Where the question's own place is ("at Kessel Hall in Orvane") is no other place, not even
        # weakly (it outscored "stopped in Canada" for "where did he stop on the way to Mar-a-Lago?");
        # a titled person after "hosted by" and a possessor ("on President Grad's house") are no places
        # of the event.
        (
            "where did tarvik stop on the way to kessel hall",
            "Grad hosted Tarvik at Kessel Hall in Orvane.",
            0,
        ),
        ("where did the envoys meet", "The envoys met at a summit hosted by President Ivo Grad.", WEAK),
        ("where is the house the drones hit", "Drones were launched on President Ivo Grad's house.", WEAK),
        # The country of a people the question names is no new place: "Ukrainian teams" met "in Ukraine"
        # says nothing of where.
        ("where did the russian and ukrainian teams meet next", "Vell met the Russian team in Ukraine.", 0),
        ("where did the ukrainian team meet vell", "Vell went on to Ukraine.", 0),
        # Only the country's own name is no new place: its capital is (found by review).
        (
            "where did the russian and us negotiators meet",
            "Russian and US negotiators met in Moscow.",
            STRONG,
        ),
        ("where did the ukrainian team meet vell", "The Ukrainian team met Vell in Kyiv.", STRONG),
        ("where did the american envoys meet vell", "The American envoys met Vell in Washington.", STRONG),
    ],
)
def test_a_place_is_plain_when_it_is_where_the_event_was(question: str, sentence: str, expected: int) -> None:
    assert strength("place", sentence, _words(question)) == expected


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("who led the delegation", "The delegation was led by Marta Kovalenko.", STRONG),
        # A thing that went or came to someone was got by them; one travels to a place.
        ("who got the peace prize", "The peace prize went to Ona Tarvik.", STRONG),
        ("who got the peace prize", "The peace prize came to Ona Tarvik at last.", STRONG),
        ("who led the delegation", "The delegation returned to Velmara.", 0),
        ("who gets an amnesty", "Everyone involved would receive an amnesty.", STRONG),
        # The speaker is who is asked only when the question asks who said something.
        ("who said the mood was calm", "Ivo Grad said the mood was calm.", STRONG),
        ("who led the delegation", "The talks were calm, Arland spokesman Ivo Grad said.", 0),
        # A country or a people is who acted only when no one is named.
        ("who controls the plant", "The plant has been under Norwegian control since 2022.", WEAK),
        # An institution by its initials or a state by its full name is no person: who acted, weakly.
        ("who searched the office", "The office was searched by NABU detectives on Friday.", WEAK),
        ("who mediated the swap", "The swap was mediated by the United Arab Emirates.", WEAK),
        ("who drafted the plan", "It would keep the country out of NATO.", WEAK),  # at a sentence's end too
        # The question's own person by another part of the name, a possessor, a name qualifying a noun,
        # a place after "for", a role noun alone: no one.
        (
            "who is the new envoy replacing darrow",
            "Keith Darrow, the envoy for Norway, leaves this month.",
            0,
        ),
        ("who drafted the plan", "It was Merrow's plan all along.", 0),
        ("who drafted the plan", "It was drafted by the Merrow administration, officials said.", 0),
    ],
)
def test_a_person_is_plain_when_someone_is_named(question: str, sentence: str, expected: int) -> None:
    assert strength("person", sentence, _words(question)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Brevian experts said the departure of Moll left Tarvik alone.", ["Brevian experts "]),
        ("The border would reopen in March, Tarvik said, while Brevia wants May.", [" Tarvik "]),
        (
            "According to people at the talks, Brevia's delegation under Piet Moll repeated it would stay.",
            [" Brevia's delegation under Piet Moll "],
        ),
        ("The United States has proposed a joint board.", ["The United States has "]),
        # A pronoun or a group names no one: it may be the one asked about.
        ("She accused Brevian officials of stalling.", []),
        ("The sides agreed to swap prisoners.", []),
        ("The talks ended on Tuesday.", []),
    ],
)
def test_who_says_what_a_sentence_reports(sentence: str, expected: list[str]) -> None:
    assert speakers(sentence) == expected


def test_the_subject_of_a_verb_of_saying_need_not_name_anyone() -> None:
    assert subjects("The council's conclusions say the loan may be repaid later.") == [
        ("The council's conclusions ", False)
    ]
    assert subjects("Brevian experts said so.") == [("Brevian experts ", True)]


def test_the_side_asked_is_the_one_named_before_a_role() -> None:
    assert side_asked("who leads the russian delegation at the talks?") == side_asked(
        "who is moscow's envoy?"
    )
    assert side_asked("who heads ukraine's negotiating team") != side_asked("who is the new us envoy")
    assert side_asked("who met the russian president in velmara") is None  # no role of a side: any side
    assert side_asked("who represented the US at the velmara talks") == side_asked("who is the new us envoy")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kyiv's delegation was again led by Marta Kovalenko.", False),
        ("The delegation was led by Marta Kovalenko.", False),  # no side named: the paragraph may say
        ("Russia will send the same team as before, led by Oleg Varin.", True),
        # Both sides named, but only the other's role: "...who has questioned Ukrainian sovereignty".
        ("Russia's team will be led by Oleg Varin, a critic of Ukrainian sovereignty.", True),
        # Kyiv named only as a place: the sentence names Russia's people, no one of Ukraine's.
        ("Oleg Varin took part in the Velmara talks with Moscow and is well known in Kyiv.", True),
        # A people's word after "to" is no place: "according to Ukrainian officials" names the side.
        ("Marta Kovalenko led the team in Velmara, according to Ukrainian officials and Moscow.", False),
    ],
)
def test_a_sentence_of_another_side_names_no_one_of_the_side_asked(sentence: str, expected: bool) -> None:
    side = side_asked("who leads ukraine's delegation?")
    assert side is not None
    assert of_another_side(sentence, frozenset(text.terms(sentence)), side) == expected


def test_another_ordinal_is_another_round() -> None:
    assert another_ordinal("where were the first talks held?", "The third round took place in Lowmere.")
    assert not another_ordinal("where were the first talks held?", "The third round came after the first.")
    assert not another_ordinal("where were the talks held?", "The third round took place in Lowmere.")


def test_an_ordinal_standing_alone_is_of_a_thing_named_before() -> None:
    # "Brevia set out two options. Under the first, ...": the first option, not the first Arland draft.
    question = "what did the first Arland draft say about the harbour?"
    assert another_ordinal(question, "Under the first, which Brevia prefers, the harbour would stay shut.")
    assert another_ordinal(question, "Under the first: the harbour stays shut. Under the second, it opens.")
    assert not another_ordinal(question, "The first Arland draft kept the harbour shut.")
    assert not another_ordinal(question, "The harbour stays shut under the first.")
    # "First, ..." counting off points names no draft at all: neither the question's nor another.
    assert not another_ordinal(question, "Second, Arland agreed to reopen the harbour.")


def test_another_time_is_another_event_or_state() -> None:
    last = "when was the last exchange before the March swap?"
    assert another_time(last, "Arland and Brevia agreed to swap 40 prisoners in March.")
    assert not another_time(last, "The previous exchange was held in October.")
    assert another_time(
        "what was the output of the Orsk mills before the war?", "Orsk would get half the output."
    )
    assert not another_time(
        "what was the output of the Orsk mills before the war?", "Before 2022 they milled 9 tons."
    )
    # "last" as a verb or of a time ("last year") sets no event in time.
    assert not another_time("how long did the talks last in May?", "The talks lasted six hours.")
    assert not another_time("how many drones were launched last night?", "Brevia launched 40 drones.")
    # Nor does a span of time after "next" or "last" (found by review).
    assert not another_time(
        "how much will Arland spend over the next five years?", "Arland will spend 9 billion."
    )
    assert not another_time("what did Brevia do in the last few days?", "Brevia closed the border.")
    assert not another_time("what changed in the last 24 hours?", "Brevia closed the border.")
    assert another_time("where will the next round be held?", "This round is held in Lowmere.")


def test_another_compound_is_another_thing() -> None:
    asked = "which city is hosting the reconstruction conference?"
    press = "The premier told a press conference that the mills would reopen."
    assert another_compound(asked, press, frozenset(text.terms(press)))
    both = "At a press conference on the reconstruction conference, the premier spoke."
    assert not another_compound(asked, both, frozenset(text.terms(both)))
    # A capitalised word before the head is a name or a people: "the American guarantees" may be those asked.
    american = "The American conference opened on Monday."
    assert not another_compound(asked, american, frozenset(text.terms(american)))


def test_a_number_for_each_is_told_for_each() -> None:
    question = "how many prisoners did each side release?"
    assert each_untold(question, "The sides agreed to swap 240 prisoners.")
    assert not each_untold(question, "Arland and Brevia will each release 120 prisoners.")
    assert not each_untold(question, "Arland returned 120 soldiers in return for 120 of its own.")
    assert not each_untold(question, "The sides swapped prisoners, 60 for 60.")
    assert not each_untold("how many prisoners were released?", "The sides agreed to swap 240 prisoners.")
    # "200" inside "1,200" is no number of its own: "1,200 prisoners for 200 soldiers" gives no number each.
    assert each_untold(question, "Brevia freed 1,200 prisoners for 200 Arland soldiers.")
    # Each side's number, each after its own doer, tells each; two numbers of no one do not.
    each = "Brevia released 300 prisoners and Arland released 280 prisoners."
    assert not each_untold(question, each, "prisoner")
    assert not each_untold(question, each, "prisoners")
    assert each_untold(question, "The sides have released 300 prisoners and later 280 prisoners.", "prisoner")
    assert each_untold(
        question, "Brevia released 300 prisoners and 280 prisoners were freed later.", "prisoner"
    )


def test_a_long_run_of_numbers_is_read_in_linear_time() -> None:
    # A table-like line once took minutes (a back-reference after ".*": cubic backtracking).
    run = "Velmara listed " + "1," * 2000 + "1 prisoners."
    assert each_untold("how many prisoners did each side release?", run)


def test_a_number_counts_only_the_noun_it_stands_before() -> None:
    assert not counts('"I never read point 14 or point 17," said Ivo, 29.', "points")
    assert not counts("Grad, 52, said the plan had many points.", "points")
    assert counts("All six of its reactors are shut down.", "reactors")
    assert counts("Arland will close six more reactors.", "reactors")


def test_date_precision_is_the_day_of_a_month_the_question_lacks() -> None:
    assert date_precision("The talks took place on 23 and 24 January.", frozenset()) == 1
    assert date_precision("The swap was held on Oct. 2, 2025.", frozenset()) == 1
    assert date_precision("The talks took place in January, on a Saturday.", frozenset()) == 0
    # "Since when...?": the date that starts the span, not another one of the sentence.
    since = frozenset({"since", "when"})
    assert date_precision("Moll has led it since March 2020 and was questioned on 4 May.", since) == 0
    assert date_precision("Moll has led it since 3 March 2020.", since) == 1


def test_part_of_another_compound_is_another_thing() -> None:
    asked = "what is the exchange rate of the lira?"
    stock = "The stock exchange in Lowmere closed lower."
    assert part_of_another(asked, stock, frozenset(text.terms(stock)))
    both = "The stock exchange said the exchange rate held."
    assert not part_of_another(asked, both, frozenset(text.terms(both)))
    plain = "The exchange in Lowmere closed lower."
    assert not part_of_another(asked, plain, frozenset(text.terms(plain)))

    # The day must date the deed asked, not another one the sentence tells of.
    sign = frozenset({"when", "did", "brevia", "and", "arland", "sign", "the", "tolm", "treaty"})
    assert (
        date_precision(
            "The Tolm treaty, signed by Brevia and Arland last year, takes effect on 1 February.", sign
        )
        == 0
    )
    assert date_precision("Brevia and Arland signed the Tolm treaty on 3 March.", sign) == 1
    assert date_precision("The Tolm treaty was signed in Velmara, on 3 March.", sign) == 1


def test_a_second_before_a_noun_is_the_ordinal_not_a_length_of_time() -> None:
    asked = frozenset({"how", "long", "was", "the", "round"})
    assert not supplies("duration", "Envoys meet for a second round in Kessel.", asked)
    assert not supplies("date", "Envoys meet for a second round in Kessel.", asked)
    assert supplies("duration", "The lights went out for a second.", asked)


class _CountedPattern:
    """A compiled pattern that counts its `sub` calls: how often a check reads a sentence for dates."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.subs = pattern, 0

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str) -> str:
        self.subs += 1
        return self.pattern.sub(repl, string)


def test_a_sentence_is_read_for_dates_once_however_many_places_it_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Per place, the dates of all the text before it were sought again: quadratic in a long sentence.
    counted = _CountedPattern(answer_types._DATE_SPAN)
    monkeypatch.setattr(answer_types, "_DATE_SPAN", counted)
    sentence = " ".join(f"Prices rose in Orsk on {d} May and fell at Kessel." for d in range(1, 9))
    asked = frozenset({"where", "will", "the", "summit", "be", "held"})
    assert not sited(sentence, asked)
    assert counted.subs == 1
    supplies("place", sentence, asked)
    assert counted.subs == 2


def test_a_speaker_labelled_by_the_question_s_words_is_a_person_named() -> None:
    # "Who led Brevia's delegation?": the one quoted is named as its head, so he is the one asked about;
    # a speaker named otherwise is only the one quoted.
    asked = frozenset({"led", "brevia's", "delegation"})
    labelled = "The head of Brevia's delegation Piet Moll told reporters that the talks had gone well."
    assert answer_types.strength("person", labelled, asked) == answer_types.STRONG
    quoted = "The talks had gone well, Piet Moll told reporters."
    assert answer_types.strength("person", quoted, asked) != answer_types.STRONG
