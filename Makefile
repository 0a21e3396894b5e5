# aggov: the two commands need only Python 3.11+ and make.
#   make run   - virtualenv, embedded PostgreSQL (if DATABASE_URL is unset),
#                migrations, the demo portals of An Giang, then serve on :8000
#   make test  - the same setup, then checks and the whole test suite

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum requirements.txt | cut -d' ' -f1)
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= aggov.settings.dev

# Interface catalogues: the Vietnamese of the public templates is the msgid;
# locale/<lang>/LC_MESSAGES/django.po are committed, the .mo are built here.
# locale/vi completes Wagtail's admin in Vietnamese (django and djangojs).
MO := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/*.po))
MESSAGES_LANGS := en zh_Hans fr km
# Templates of staff and the console are Vietnamese only: not in the catalogues
# (tests/test_interface_languages.py skips the same folders).
MESSAGES_IGNORE := .venv var node_modules templates/wagtailadmin templates/wagtailusers \
	templates/tenants/console templates/qa/admin templates/services/admin templates/qa/emails templates/editorial/emails \
	templates/editorial/inbox.html templates/editorial/queue.html templates/editorial/contribution.html \
	templates/editorial/translations.html templates/province/admin templates/deadlines templates/workdays \
	templates/accounts templates/registration templates/services/admin

.PHONY: help run test bench lint format check setup catalogues messages migrate demo clean

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	@rm -f $(VENV)/.installed-*
	@touch $@

setup: $(STAMP) ## Create the virtualenv and install the pinned requirements

catalogues: $(MO) ## Compile the interface catalogues (locale/*/*.po -> .mo, polib)

# One run compiles every catalogue; make then finds the other .mo up to date.
locale/%.mo: locale/%.po $(STAMP)
	$(PY) manage.py compile_catalogues

messages: setup ## Maintainers: update locale/*/django.po from the templates (needs gettext)
	$(PY) manage.py makemessages $(addprefix -l ,$(MESSAGES_LANGS)) -e html \
		--add-location=file --no-obsolete $(addprefix --ignore=,$(MESSAGES_IGNORE))
	@echo "Translate the new entries (no fuzzy, no empty msgstr), then: make catalogues"

migrate: setup catalogues ## Migrate the public schema, the portal template and every portal
	$(PY) manage.py migrate_platform

demo: migrate ## Provision the demo portals of An Giang (idempotent)
	$(PY) manage.py seed_demo

run: demo ## Serve the demo portals on http://*.angiang.localhost:8000/
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py runserver $(PORT)

test: setup catalogues ## Checks, migration check and the whole test suite (real PostgreSQL)
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=aggov.settings.test $(PY) -m pytest

bench: demo ## Benchmarks: provisioning (clone vs migrate), tenancy overhead
	$(PY) bench/run.py

lint: setup ## Ruff lint
	$(VENV)/bin/ruff check .

format: setup ## Ruff format
	$(VENV)/bin/ruff format .

check: lint ## Lint and Django's system checks
	$(PY) manage.py check

clean: ## Remove the virtualenv and local data (database, media)
	rm -rf $(VENV) var locale/*/LC_MESSAGES/*.mo
