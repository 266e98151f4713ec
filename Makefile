# SignaalTracker — `make run` starts the app on a demo database, `make test` runs ruff, the architecture contracts
# (import-linter, .importlinter), mypy (config in pyproject.toml) and the whole test suite.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Debian/Ubuntu libraries Qt needs (offscreen and a real window), plus poppler/qpdf for checking PDFs.
APT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 \
	poppler-utils qpdf

.PHONY: run test lint system-deps venv clean bench screenshots package lock icons translations guide

run: system-deps $(STAMP)
	mkdir -p build && test -f build/voorbeeldgegevens.db || $(BIN)/signaaltracker demo --db build/voorbeeldgegevens.db
	$(BIN)/signaaltracker --db build/voorbeeldgegevens.db

test: system-deps $(STAMP)
	$(BIN)/ruff check src tests bench packaging
	$(BIN)/ruff format --check src tests bench packaging
	PYTHONPATH=src $(BIN)/lint-imports --no-cache
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench packaging
	$(BIN)/ruff format --check src tests bench packaging

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

# Installs the system libraries when they are missing: as root on Debian/Ubuntu it runs apt-get,
# otherwise it prints the exact command and stops.
system-deps:
	@if command -v dpkg-query >/dev/null 2>&1; then \
	  missing=""; \
	  for p in $(APT_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	  done; \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = "0" ]; then \
	      echo "Installing system libraries:$$missing"; \
	      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	    else \
	      echo "Missing system libraries. Run this, then try again:"; \
	      echo "  sudo apt-get install --no-install-recommends$$missing"; \
	      exit 1; \
	    fi; \
	  fi; \
	fi

bench: $(STAMP)
	$(BIN)/python bench/run.py --quick

# --- translations: Dutch is the source language; English is resources/translations/signaaltracker_en.ts -------
# `make translations` collects tr()/translate() strings from the UI code into the .ts (keeping what is translated
# already) and compiles the .qm the app loads. Translate new entries in the .ts (pyside6-linguist or an editor).
UI_SOURCES := $(shell find src/signaaltracker/ui -name '*.py' | sort)
TS_EN := resources/translations/signaaltracker_en.ts
QM_EN := resources/translations/signaaltracker_en.qm

TS_NL := resources/translations/signaaltracker_nl.ts
QM_NL := resources/translations/signaaltracker_nl.qm

# Dutch is the source, but plural forms (tr(text, None, n) with %Ln) need Dutch singular/plural too: the nl
# catalogue holds those only (-pluralonly).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -source-language nl_NL -target-language en_GB -locations none \
	  -no-obsolete -ts $(TS_EN)
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -pluralonly -source-language nl_NL -target-language nl_NL \
	  -locations none -no-obsolete -ts $(TS_NL)
	$(BIN)/pyside6-lrelease $(TS_EN) -qm $(QM_EN)
	$(BIN)/pyside6-lrelease $(TS_NL) -qm $(QM_NL)

$(QM_EN): $(TS_EN)
	$(BIN)/pyside6-lrelease $(TS_EN) -qm $(QM_EN)

# --- user guide: docs/handleiding/*.md → resources/guide/*.html (what Help → Handleiding opens; committed) ---------
guide: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/build_guide.py

# --- packaging (see packaging/README.md) ----------------------------------------------------------------------
# One-folder PyInstaller bundle in dist/signaaltracker/, then the smoke test runs the built programs.
DIST := dist
BUNDLE := $(DIST)/signaaltracker

# The bundle is built from the exact versions in packaging/constraints.txt (`make lock` rewrites it from a tested
# venv; packaging/lock.py).
package: system-deps $(STAMP) $(QM_EN)
	$(BIN)/python -m pip install --quiet -c packaging/constraints.txt -e . pyinstaller
	$(BIN)/python packaging/lock.py --check
	@start=$$(date +%s); \
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath $(DIST) --workpath build/pyinstaller \
	  packaging/signaaltracker.spec && \
	echo "Bundle built in $$(( $$(date +%s) - start )) s: $$(du -sh $(BUNDLE) | cut -f1) in $(BUNDLE)"
	$(BIN)/python packaging/smoke_test.py $(BUNDLE)

lock: $(STAMP)
	$(BIN)/python packaging/lock.py

# Re-render the PNG sizes and .ico files after editing an SVG in resources/icons/ (results are committed).
icons: $(STAMP)
	$(BIN)/python packaging/render_icons.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
