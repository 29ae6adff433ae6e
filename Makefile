# Keukentafel — developer commands. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck pytest bench soak i18n clean check-system package

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

soak: check-system
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.soak

i18n: $(STAMP)
	$(PY) packaging/i18n.py

# The one-folder build in dist/keukentafel/ (not part of `make test`); fails when either
# program's self-test fails. Windows: packaging/windows/README.md.
package: check-system
	$(PY) -m pip install --quiet -e ".[package]"
	$(VENV)/bin/pyinstaller --noconfirm --clean packaging/keukentafel.spec
	QT_QPA_PLATFORM=offscreen dist/keukentafel/keukentafel --self-test
	dist/keukentafel/keukentafel-cli selftest
	@du -sh dist/keukentafel

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info build dist
