# The commands people and CI use. Every target creates and uses the local .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest eval bench bench-1m bench-distractors clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/talksbot

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy bot retrieval config tests bench tools

# Three workers on two cores: end-to-end tests mostly wait on the real bot's timeouts and back-off, and
# worksteal hands a finished worker the queue of a busy one (measured on 2 cores with the suite's 808 tests
# of the time: -n 2 146 s, -n 4 131 s, -n 3 --dist worksteal 82-89 s).
pytest: $(STAMP)
	$(BIN)/pytest -q -n 3 --dist worksteal

eval: $(STAMP)
	$(BIN)/python -m tests.eval.run --set news-dev
	$(BIN)/python -m tests.eval.run --set news-blind --quiet
	$(BIN)/python -m tests.eval.run --set questions --quiet
	$(BIN)/python -m tests.eval.run --set heldout --quiet
	$(BIN)/python -m tests.eval.run --set news-unanswerable --quiet

bench: $(STAMP)
	$(BIN)/python -m bench.run

bench-distractors: $(STAMP)
	$(BIN)/python -m bench.distractors

bench-1m: $(STAMP)
	$(BIN)/python -m bench.run --sizes 1000,10000,100000,1000000

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
