# Two commands a user needs: `make run` and `make test` (see README.md).
VENV ?= .venv
# PYTHON=/path/to/python overrides the choice of interpreter for a new venv.
PYTHON ?=
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench screenshot geodata clean

$(STAMP): pyproject.toml
	@test -x $(PY) || { PYBIN="$(PYTHON)"; [ -n "$$PYBIN" ] || PYBIN=$$(scripts/find-python) || exit 1; \
	  echo "creating $(VENV) with $$PYBIN" && "$$PYBIN" -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/trafficking-explorer

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/trafficking-explorer --screenshot docs/screenshot.png

geodata: $(STAMP)
	$(PY) geodata/build.py

clean:
	rm -rf $(VENV) dist build .pytest_cache .ruff_cache
