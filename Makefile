# SignaalTracker — `make run` starts the app on a demo database, `make test` runs ruff and the whole test suite.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Debian/Ubuntu libraries Qt needs (offscreen and a real window), plus poppler/qpdf for checking PDFs.
APT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 \
	poppler-utils qpdf

.PHONY: run test lint system-deps venv clean bench screenshots

run: system-deps $(STAMP)
	$(BIN)/signaaltracker

test: system-deps $(STAMP)
	$(BIN)/ruff check src tests bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

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

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
