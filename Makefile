# OfferDesk — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test translations translations-update lint locks lock typecheck layers pytest bench sysdeps sysdeps-app installer installer-test clean

# Installed from the hashed lock (requirements/dev.txt: runtime + dev + the build backend), every
# file checked; then the project itself, without dependencies and without a build sandbox.
$(STAMP): pyproject.toml requirements/dev.txt
	@# a venv made when pyproject.toml asked for the pyside6 meta-package (Addons, WebEngine) is
	@# made again: uninstalling those wheels would delete files they share with Essentials
	if test -x $(BIN)/python && $(BIN)/python -m pip show --quiet pyside6 >/dev/null 2>&1; then rm -rf $(VENV); fi
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/dev.txt
	# compat editable mode: a plain path entry; the default import hook costs every start ~10 ms
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --config-settings editable_mode=compat -e .
	touch $(STAMP)

## run: create .venv, install, open OfferDesk on the local SQLite database (installs Qt's
## xcb libraries when a fresh desktop lacks them)
run: $(STAMP) sysdeps-app translations
	$(BIN)/offerdesk

## test: create .venv if needed, install, run lint, types, layering and every test
test: $(STAMP) sysdeps lint locks typecheck layers pytest

lint: $(STAMP)
	$(BIN)/ruff check desktop db tests
	$(BIN)/ruff format --check desktop db tests

## locks: the lock files still match pyproject.toml (recompiled by uv from PyPI, compared)
locks: $(STAMP)
	$(BIN)/python requirements/lock.py --check

## lock: regenerate requirements/{runtime,dev,installer}.txt after a change to pyproject.toml
lock: $(STAMP)
	$(BIN)/python requirements/lock.py

typecheck: $(STAMP)
	$(BIN)/mypy

layers: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) sysdeps translations
	$(BIN)/python -m pytest

## bench: the figures the README reports, each next to its baseline in the same run
bench: $(STAMP) translations
	$(BIN)/python -m tests.bench

## translations: compile the interface's .ts (pyside6-lrelease) and the messages' .po into
## resources/translations/*.qm and messages_<lang>.mo, where a source is newer
translations: $(STAMP)
	$(BIN)/python installer/translations.py compile

## translations-update: extract the interface's strings into the .ts files (pyside6-lupdate)
translations-update: $(STAMP)
	$(BIN)/python installer/translations.py update

## sysdeps: Debian packages the tests use (pdftoppm; PostgreSQL server), installed when missing
sysdeps:
	@bash tests/sysdeps.sh

## sysdeps-app: only the Debian packages the application needs on a desktop (no test tools)
sysdeps-app:
	@bash tests/sysdeps.sh app

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info

## installer: build what this platform can build (Linux: onedir bundle + .deb; NSIS script check)
INSTALLER_STAMP := $(VENV)/.installer-stamp
# requirements/installer.txt shares dev.txt's versions: it only adds PyInstaller and its helpers
$(INSTALLER_STAMP): $(STAMP) requirements/installer.txt
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/installer.txt
	touch $(INSTALLER_STAMP)

installer: $(INSTALLER_STAMP) sysdeps translations
	$(BIN)/python installer/build.py

## installer-test: build, then run --smoke on the frozen bundle and the unpacked .deb, check them
installer-test: installer
	OFFERDESK_INSTALLER_TESTS=1 $(BIN)/python -m pytest tests/installer -q
