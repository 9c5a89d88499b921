PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: install crawl test lint format bench clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(INSTALLED)

## Crawl the bundled offline sample sites into out/articles.jsonl (no network needed).
crawl: $(INSTALLED)
	mkdir -p out
	$(BIN)/scrapy crawl republished -a site=all -s MIRROR_DIR=samples -O out/articles.jsonl

## Lint, then run the whole test suite.
test: $(INSTALLED) lint
	$(BIN)/pytest

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(INSTALLED)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Quality and speed against plain trafilatura (needs ../shared/bench/aeb, not bundled).
bench: $(INSTALLED)
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/multilingual.py
	$(BIN)/python bench/metadata.py
	$(BIN)/python bench/outlets.py
	$(BIN)/python bench/suspicion.py
	$(BIN)/python bench/speed.py
	$(BIN)/python bench/corruption.py
	$(BIN)/python bench/names_traps.py
	$(BIN)/python bench/fuzz.py
	$(BIN)/python bench/report_screenshot.py

clean:
	rm -rf out state .pytest_cache
