# The README's two commands: `make demo` and `make test`. Both set up .venv on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test install install-test evaluate bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/dyadscope demo

test: install-test
	$(BIN)/python -m pytest -q

evaluate: install
	$(BIN)/dyadscope evaluate ../shared/data/plover_gsr/records.json ../shared/data/ngec_synthetic/test.jsonl tests/data/context_dev.jsonl tests/data/own_dev.jsonl tests/data/own_idioms_dev.jsonl tests/data/own_wire_dev.jsonl tests/data/own_none_dev.jsonl tests/data/own_plover_dev.jsonl tests/data/own_longform_dev.jsonl --baseline tests/baseline.json

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
