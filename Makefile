# drift: make setup | build | test | demo | bench | eval | clean
# `make demo` and `make test` each run setup and the build first, so either works alone on a
# fresh machine.

SWIFT      ?= swift
DRIFT      := .build/release/drift
PYTHON     ?= python3
SHARED     ?= ../shared
# Debian packages drift needs to build and run.
PACKAGES   := pkg-config libicu-dev libstemmer-dev
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup build test demo bench eval clean

setup:
	@missing=""; \
	for package in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make setup: installing$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

build: setup
	$(SWIFT) build -c release --product drift

test: setup build
	$(SWIFT) test

demo: build
	@echo "Sentences per seed file (drift segment):"
	@for file in seeds/*.txt; do \
	  printf '  %-32s %3d sentences\n' "$$(basename $$file)" "$$($(DRIFT) segment --format jsonl $$file | wc -l)"; \
	done
	@echo "First sentences of the reference (seeds/002_afb0eaf99028a645.txt):"
	@$(DRIFT) segment seeds/002_afb0eaf99028a645.txt | head -n 3

# The reference tools (pysbd and sacreBLEU, from PyPI) live in a virtual environment in .build-venv.
VENV       := .build-venv
$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q pysbd==0.3.4 sacrebleu==2.6.0

bench: build $(VENV)/bin/python
	cd Benchmarks && $(SWIFT) build -c release --product SegmentationBenchmark
	@{ echo "# Benchmarks"; echo; \
	   echo "Written by \`make bench\` ($$(nproc) cores, $$(uname -m), $$(date -u +%Y-%m-%d))."; echo; \
	   echo "## Segmentation"; echo; \
	   Benchmarks/.build/release/SegmentationBenchmark Fixtures seeds 16 $(CURDIR)/$(VENV)/bin/python; \
	   echo; echo "## drift score against the sacrebleu CLI"; echo; \
	   $(VENV)/bin/python Benchmarks/score_benchmark.py $(DRIFT) $(VENV)/bin/sacrebleu Fixtures/mqm/ted_ende.tsv 10; \
	} | tee docs/benchmarks.md

eval: build
	@echo "make eval: nothing to evaluate yet; drift align and drift pairs add their evaluations"
	@echo "on the development data in $(SHARED)/data/dev."

clean:
	rm -rf .build Benchmarks/.build
