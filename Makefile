# The commands README and .ci/run use. `make run` and `make test` set everything up on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CORPUS ?= ../shared/corpus

.PHONY: setup run test lint eval bench-extract demo-data clean

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "ctwatch needs Python 3.11 or newer: make PYTHON=/path/to/python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

setup: $(VENV)/.installed node_modules/.installed

run: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py loaddata demo
	$(PY) manage.py runserver 127.0.0.1:8000

test: setup
	$(PY) -m pytest

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run

eval: setup
	$(PY) -m ctwatch.extraction.evaluate $(CORPUS)/dev

# Our own evaluation sets, written in our own words, scored by the corpus's scorer: a report, not a gate
# (they were used to find rules, so their figures are optimistic about unseen text).
.PHONY: eval-ours
eval-ours: setup
	@for set in ctwatch/extraction/tests/heldout*; do \
		echo "== $$set"; \
		$(PY) -m ctwatch.extraction.evaluate $$set --scorer $(CORPUS)/score.py --no-bars || exit 1; \
	done

bench-extract: setup
	$(PY) -m ctwatch.extraction.bench $(CORPUS)/dev

clean:
	rm -rf $(VENV) node_modules staticfiles .pytest_cache .ruff_cache

# The web pages at scale: `make generate-data bench-web DATABASE_URL=postgres://postgres@127.0.0.1:5432/ctwatch_bench`
# (createdb first). generate-data refuses a database that has rows: GENERATE_ARGS=--flush replaces them.
.PHONY: generate-data bench-web
GENERATE_SIZE ?= --articles 100000 --claims 1000000 --statements 200000 --speakers 5000
generate-data: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py generate_data $(GENERATE_SIZE) $(GENERATE_ARGS)

bench-web: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py bench_web $(BENCH_ARGS)

# Ingestion through a real worker (2 processes) into PostgreSQL via Redis; prints articles/s.
# A fresh database each run, so the figure does not depend on earlier runs; production-like settings.
.PHONY: bench-ingest
BENCH_INGEST_DB ?= ctwatch_bench_ingest
BENCH_INGEST_ENV = DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(BENCH_INGEST_DB) \
	CELERY_BROKER_URL=redis://127.0.0.1:6379/13 DEBUG=false HTTPS_ONLY=false SECRET_KEY=bench-only-not-secret
bench-ingest: setup
	dropdb -h 127.0.0.1 -U postgres --if-exists $(BENCH_INGEST_DB)
	createdb -h 127.0.0.1 -U postgres $(BENCH_INGEST_DB)
	$(BENCH_INGEST_ENV) $(PY) manage.py migrate --noinput -v0
	$(BENCH_INGEST_ENV) $(PY) manage.py bench_ingest --articles $(or $(ARTICLES),1000)
