"""A paragraph with no punctuation (a transcript on one line) is quoted in one message, cut with "…"."""

from __future__ import annotations

from pathlib import Path

from bot import render
from bot.markup import to_html_parts, to_plain
from retrieval import Library
from retrieval.language.sentences import MAX_SPAN


def test_a_47_kb_transcript_answers_in_one_bounded_message(tmp_path: Path) -> None:
    vocabulary = [
        "the",
        "both",
        "while",
        "prisoners",
        "would",
        "continue",
        "discussed",
        "border",
        "in",
        "mediators",
        "energy",
        "said",
    ]
    spoken = [vocabulary[(i * 5) % len(vocabulary)] for i in range(7000)]
    match = "the vellmar ceasefire will start on monday along the dnipro river the mediators announced"
    transcript = " ".join([*spoken[:3500], match, *spoken[3500:]])
    assert len(transcript) > 40_000
    (tmp_path / "transcript.txt").write_text(transcript + "\n", encoding="utf-8")
    library = Library(tmp_path)
    library.refresh()
    answer = library.answer("when will the vellmar ceasefire start?")
    assert answer.quote is not None
    assert match in answer.quote.text
    assert len(answer.quote.text) <= MAX_SPAN
    blocks = render.answer_blocks(answer)
    assert len(to_html_parts(blocks)) == 1
    shown = to_plain(blocks)
    assert f"…{answer.quote.text}…" in shown
