# The developer loop. Every target bootstraps what it needs: .venv from pyproject.toml and
# constraints.txt (scripts/bootstrap-venv), node_modules from package-lock.json (npm ci).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
VENV_STAMP := $(VENV)/.bootstrapped
BENCH_STAMP := $(VENV)/.bench-extra
NODE_STAMP := node_modules/.bootstrapped
SDK := generated/python/src/evolink
LINT_PATHS := generator tests bench templates/python $(SDK)
# The revision `make diff` and `make changelog` compare spec/ with: the last tag, else HEAD~1.
OLD ?= $(shell git describe --tags --abbrev=0 2>/dev/null || echo HEAD~1)
FORMAT ?= text
# Where `make dist` writes the SDK's sdist and wheel.
DIST ?= dist
.DEFAULT_GOAL := help

.PHONY: generate check validate diff changelog sync test lint docs bench fmt clean
.PHONY: help dist lint-workflows

help:  ## list the targets (this is the default)
	@awk 'BEGIN {FS = ":[^#]*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

generate: $(VENV_STAMP)  ## render spec/ into generated/ (writes only what changed)
	$(PY) -m generator generate

check: $(VENV_STAMP)  ## fail with a diff if generated/ is not what spec/ renders to
	$(PY) -m generator check

validate: $(VENV_STAMP)  ## print every problem in spec/
	$(PY) -m generator validate

diff: $(VENV_STAMP)  ## what changed in spec/ since OLD=<rev> and whether it breaks callers (FORMAT=text|markdown|json, FAIL_ON=breaking|warning|any)
	$(PY) -m generator diff $(OLD) spec --format $(FORMAT) $(if $(FAIL_ON),--fail-on $(FAIL_ON))

changelog: $(VENV_STAMP)  ## record spec/'s changes since OLD: bump the revision, write spec/changelog.yaml and CHANGELOG.md, regenerate
	$(PY) -m generator changelog --since $(OLD)

sync: $(VENV_STAMP)  ## diff the vendor's doc pages against spec/ (PAGES=files or URLs, default: every model's source URLs; INDEX=an llms.txt index; FORMAT, FAIL_ON; WRITE=1 updates spec/)
	$(PY) -m generator sync $(PAGES) $(if $(INDEX),--index $(INDEX)) --format $(FORMAT) $(if $(FAIL_ON),--fail-on $(FAIL_ON)) $(if $(WRITE),--write)

test: lint docs $(BENCH_STAMP) $(NODE_STAMP)  ## everything: lint, type checks, docs build, generator and SDK tests (with the bench peers installed, so the bench smoke test measures them too)
	$(PY) -m pytest

docs: $(VENV_STAMP)  ## build the static docs site from generated/docs into site/ (broken links fail)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

lint: $(VENV_STAMP)  ## ruff, black --check and mypy --strict on the generator, the generated SDK, the tests and bench; actionlint on the workflows
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/black --check --quiet $(LINT_PATHS)
	$(BIN)/mypy --strict generator
	cd generated/python/src && ../../../$(BIN)/mypy --strict -p evolink
	MYPYPATH=generated/python/src $(BIN)/mypy --strict tests --exclude 'tests/typing/(native/)?fail_[a-z_]+\.py$$'  # the fail cases must fail
	MYPYPATH=generated/python/src:. $(BIN)/mypy --strict bench/*.py  # scripts beside each other, not a package
	$(MAKE) --no-print-directory lint-workflows

lint-workflows: $(VENV_STAMP)  ## actionlint on .github/workflows (part of lint)
	$(BIN)/actionlint -shellcheck= -pyflakes= .github/workflows/*.yml

dist: $(VENV_STAMP)  ## build the SDK's sdist and wheel into DIST=dist (version: the spec's revision), twine check --strict
	PYTHON=$(PY) scripts/build-dist $(DIST)

bench: $(BENCH_STAMP)  ## the SDK and the generator against raw httpx, openai and openapi-python-client, interleaved in one run (WRITE=1 records BENCHMARKS.md)
	$(PY) bench/run.py $(if $(WRITE),--write BENCHMARKS.md)

fmt: $(VENV_STAMP)  ## fix what ruff and black can fix (hand-written code only)
	$(BIN)/ruff check --fix generator tests bench templates/python
	$(BIN)/black generator tests bench templates/python

clean:  ## remove the virtualenv, node_modules and caches
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
	rm -rf $(DIST)

$(VENV_STAMP): pyproject.toml constraints.txt scripts/bootstrap-venv
	PYTHON=$(PYTHON) scripts/bootstrap-venv
	touch $@

# The bench extra (openai, openapi-python-client) on top of dev, from the same wheelhouse; the tests and CI do
# without it. Recreating .venv removes this stamp with it.
$(BENCH_STAMP): $(VENV_STAMP)
	PYTHON=$(PYTHON) EXTRAS=dev,bench KEEP_VENV=1 scripts/bootstrap-venv
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --prefer-offline --no-audit --no-fund --loglevel=error
	touch $@
