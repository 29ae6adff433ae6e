# Keukentafel — developer commands. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck pytest bench i18n clean check-system

$(STAMP): pyproject.toml
	@$(PYTHON) packaging/check_system.py --python
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

check-system: $(STAMP)
	@$(PY) packaging/check_system.py

demo: check-system
	$(PY) -m ui.cli demo

lint: $(STAMP)
	$(VENV)/bin/ruff check app ui tests benchmarks packaging
	$(VENV)/bin/ruff format --check app ui tests benchmarks packaging

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: check-system
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

test: lint typecheck pytest

bench: check-system
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run

i18n: $(STAMP)
	$(PY) packaging/i18n.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
