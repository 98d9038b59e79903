# The developer loop. Every target bootstraps what it needs: .venv from pyproject.toml and
# constraints.txt (scripts/bootstrap-venv), node_modules from package-lock.json (npm ci).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
VENV_STAMP := $(VENV)/.bootstrapped
NODE_STAMP := node_modules/.bootstrapped
SDK := generated/python/src/evolink
LINT_PATHS := generator tests templates/python $(SDK)

.PHONY: generate check validate test lint fmt clean

generate: $(VENV_STAMP)  ## render spec/ into generated/ (writes only what changed)
	$(PY) -m generator generate

check: $(VENV_STAMP)  ## fail with a diff if generated/ is not what spec/ renders to
	$(PY) -m generator check

validate: $(VENV_STAMP)  ## print every problem in spec/
	$(PY) -m generator validate

test: lint $(VENV_STAMP) $(NODE_STAMP)  ## everything: lint, type checks, generator and SDK tests
	$(PY) -m pytest

lint: $(VENV_STAMP)  ## ruff, black --check and mypy --strict on the generator and the generated SDK
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/black --check --quiet $(LINT_PATHS)
	$(BIN)/mypy --strict generator
	cd generated/python/src && ../../../$(BIN)/mypy --strict -p evolink

fmt: $(VENV_STAMP)  ## fix what ruff and black can fix (hand-written code only)
	$(BIN)/ruff check --fix generator tests templates/python
	$(BIN)/black generator tests templates/python

clean:  ## remove the virtualenv, node_modules and caches
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache

$(VENV_STAMP): pyproject.toml constraints.txt scripts/bootstrap-venv
	PYTHON=$(PYTHON) scripts/bootstrap-venv
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --prefer-offline --no-audit --no-fund --loglevel=error
	touch $@
