"""The evaluation set as a regression gate: the engine must stay well ahead of the naive baseline."""

from __future__ import annotations

from tests.eval.run import FIXTURES, baseline_responder, engine_responder, evaluate, load_cases

MIN_ANSWER_ACCURACY = 0.75
MIN_NO_ANSWER_ACCURACY = 0.9


def test_engine_accuracy_and_baseline_gap() -> None:
    cases = load_cases()
    engine = evaluate("engine", engine_responder(FIXTURES), cases)
    baseline = evaluate("baseline", baseline_responder(FIXTURES), cases)
    assert engine.answer_accuracy >= MIN_ANSWER_ACCURACY, engine.misses
    assert engine.no_answer_accuracy >= MIN_NO_ANSWER_ACCURACY, engine.misses
    assert engine.answer_accuracy > baseline.answer_accuracy
