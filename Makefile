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

.PHONY: help run test bench lint format check setup migrate demo clean

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	@rm -f $(VENV)/.installed-*
	@touch $@

setup: $(STAMP) ## Create the virtualenv and install the pinned requirements

migrate: setup ## Migrate the public schema, the portal template and every portal
	$(PY) manage.py migrate_platform

demo: migrate ## Provision the demo portals of An Giang (idempotent)
	$(PY) manage.py seed_demo

run: demo ## Serve the demo portals on http://*.angiang.localhost:8000/
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py runserver $(PORT)

test: setup ## Checks, migration check and the whole test suite (real PostgreSQL)
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
	rm -rf $(VENV) var
