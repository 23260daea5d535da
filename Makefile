# Two commands a user needs: `make run` and `make test` (see README.md).
VENV ?= .venv
# PYTHON=/path/to/python overrides the choice of interpreter for a new venv.
PYTHON ?=
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench bench-peers screenshot geodata translations clean bundle bundle-test

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

# The peers `make bench` compares with, when present: QGIS (PyQGIS, Debian's
# packages, run by the system python3) and QtWebEngine for folium (PySide6-Addons,
# and from 6.12 on PySide6-WebEngine, of the venv's PySide6 version, into the venv:
# benchmark tools only, not app dependencies).
bench-peers: $(STAMP)
	@SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends qgis python3-qgis
	@V=$$($(PY) -c 'import PySide6; print(PySide6.__version__)'); set -x; \
	  $(PY) -m pip install --quiet "PySide6-Addons==$$V" && \
	  { $(PY) -c "import PySide6.QtWebEngineWidgets" 2>/dev/null || \
	    $(PY) -m pip install --quiet "PySide6-WebEngine==$$V.*"; }
	/usr/bin/python3 -c "import qgis.core; print('QGIS', qgis.core.Qgis.QGIS_VERSION)"
	$(PY) -c "import PySide6.QtWebEngineWidgets; print('QtWebEngine for PySide6', __import__('PySide6').__version__)"

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/trafficking-explorer --screenshot docs/screenshot.png

# Refresh the translation sources (.ts) from every text in the code, then compile
# them (.qm, what the app loads); see resources/translations/README.md.
TS_FILES := $(wildcard resources/translations/explorer_*.ts)
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find explorer -name '*.py' | sort) -locations relative \
	  -ts $(TS_FILES)
	$(VENV)/bin/pyside6-lrelease $(TS_FILES)

# The standalone app (no Python needed on the user's machine): a separate build
# environment (PyInstaller, Pillow for the icons) under build/, the app in
# dist/trafficking-explorer/ and the archive beside it; see packaging/.
BUNDLE_VENV := build/venv
BUNDLE_STAMP := $(BUNDLE_VENV)/.installed-stamp
$(BUNDLE_STAMP): pyproject.toml $(STAMP)
	@test -x $(BUNDLE_VENV)/bin/python || $(PY) -c 'import sys, venv; venv.create("$(BUNDLE_VENV)", with_pip=True)'
	$(BUNDLE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BUNDLE_VENV)/bin/python -m pip install --quiet "pyinstaller==6.22.3" "pyinstaller-hooks-contrib>=2026.10" "Pillow>=10" -e .
	@touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(BUNDLE_VENV)/bin/python packaging/build_bundle.py

# Runs the built app as on a user's machine (empty environment, no Python on PATH).
bundle-test: $(STAMP)
	$(PY) packaging/bundle_test.py

geodata: $(STAMP)
	$(PY) geodata/build.py

clean:
	rm -rf $(VENV) dist build .pytest_cache .ruff_cache
