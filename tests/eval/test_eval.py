"""The evaluation set as a regression gate: the engine must stay well ahead of the naive baseline."""

from __future__ import annotations

from pathlib import Path

from retrieval import open_backend
from tests.eval.run import FIXTURES, agreement, baseline_responder, engine_responder, evaluate, load_cases

MIN_ANSWER_ACCURACY = 0.75
MIN_NO_ANSWER_ACCURACY = 0.9


def test_engine_accuracy_and_baseline_gap() -> None:
    cases = load_cases()
    engine = evaluate("engine", engine_responder(FIXTURES), cases)
    baseline = evaluate("baseline", baseline_responder(FIXTURES), cases)
    assert engine.answer_accuracy >= MIN_ANSWER_ACCURACY, engine.misses
    assert engine.no_answer_accuracy >= MIN_NO_ANSWER_ACCURACY, engine.misses
    assert engine.answer_accuracy > baseline.answer_accuracy


def test_both_backends_agree(tmp_path: Path) -> None:
    cases = load_cases()
    bm25 = engine_responder(FIXTURES)
    tantivy = engine_responder(FIXTURES, open_backend("tantivy", tmp_path / "ix"))
    assert agreement(bm25, tantivy, cases) >= 0.95
    first, second = evaluate("bm25", bm25, cases), evaluate("tantivy", tantivy, cases)
    assert abs(first.answered - second.answered) <= 1
    assert abs(first.refused - second.refused) <= 1
