# The two quick-start commands of the README live here: `make chat` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

.PHONY: deps test-deps chat test bench lint
deps test-deps: $(VENV)/.installed

chat: deps
	$(BIN)/python -m bot chat

test: deps
	$(BIN)/python -m pytest -q

lint: deps
	$(BIN)/ruff check bot tests bench

bench: deps
	$(BIN)/python bench/answer_speed.py
