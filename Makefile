# Two commands do all the set-up:  `make demo` (the main job) and `make test` (the tests).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench eval-claims clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## demo: create the environment, install amity, write amity-report-CHN-RUS.html from the embedded dossier
demo: $(STAMP)
	$(BIN)/amity report CHN RUS --out amity-report-CHN-RUS.html

## test: create the environment, install amity, run ruff and the test suite
test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest -q

## bench: run the benchmarks (speed goals live here, not in unit tests)
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

## eval-claims: prefill precision and recall of claim extraction on the evaluation set (tests/claims/eval)
eval-claims: $(STAMP)
	$(BIN)/python tools/eval_claims.py

## fuzz: the fuzzing suite at full size (thousands of damaged inputs, fresh random choices) with its tally
fuzz: $(STAMP)
	AMITY_FUZZ_EXAMPLES=$${AMITY_FUZZ_EXAMPLES:-300} AMITY_FUZZ_RANDOM=1 $(BIN)/python -m pytest tests/fuzz -q -s -p no:cacheprovider

clean:
	rm -rf $(VENV) build *.egg-info
