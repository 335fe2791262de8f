# articled - build, test and run.
#
#   make            build build/articled (installs missing Debian packages as root)
#   make test       unit suites (Check), golden cases, CLI checks, the seed
#                   article, HTTP, fetch and bad-input tests, then all of it
#                   again under ASan + UBSan, valgrind and the fuzz targets;
#                   ends with "N passed, N failed" (FUZZ_SECONDS=60 each)
#   make asan       the same tests built with clang AddressSanitizer + UBSan
#   make fuzz       libFuzzer targets (fuzz/), each for FUZZ_SECONDS (60)
#   make valgrind   memcheck over the parser on a sample of corpus pages
#   make test-load  overload, slowloris, SIGTERM under load, soak (tests/load/)
#   make run        build and serve on port $(PORT)
#   make bench      parsing speed and peak memory on the development corpus
#   make lint       banned functions, warnings under clang -Werror
#   make install    PREFIX=/usr/local DESTDIR=
#
# Every target first runs scripts/deps.sh, which installs the Debian
# packages listed in scripts/packages/*.txt when they are missing (as root)
# or prints the apt-get command to run. The real work happens in a sub-make
# so that pkg-config is asked only after the packages are there.

CC      ?= cc
PREFIX  ?= /usr/local
BUILD   ?= build
SHARED  ?= ../shared
PORT    ?= 8080
PKGS    := libxml-2.0 jansson libutf8proc zlib libmicrohttpd libcurl

OPT     ?= -O2
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes
CFLAGS  ?= $(OPT) -g
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CHECK_CFLAGS = $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   = $(shell pkg-config --libs check 2>/dev/null)
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS) -Iinclude -I$(BUILD)/gen $(PKG_CFLAGS)
LDLIBS  = $(PKG_LIBS) -lpthread -lm

LIB_SRC := $(wildcard parser/*.c)
BIN_SRC := $(wildcard server/*.c)
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
BIN_OBJ := $(BIN_SRC:%.c=$(BUILD)/%.o)
TEST_SRC := $(wildcard tests/check_*.c)
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
DATA    := $(wildcard data/*.tsv)
GEN_HDR := $(DATA:data/%.tsv=$(BUILD)/gen/%.h)
# Every object depends on every header, internal ones (parser/*.h) included:
# coarse, but an edited header can never leave a stale object behind.
HEADERS := $(wildcard include/articled/*.h) $(wildcard server/*.h) $(wildcard parser/*.h)
# ISO 4217 currency codes from Debian's iso-codes (package in build.txt).
ISO4217_JSON ?= /usr/share/iso-codes/json/iso_4217.json
GEN_HDR += $(BUILD)/gen/iso4217.h
# Generated headers are prerequisites of a pattern rule; keep make from
# deleting them as intermediates (which rebuilt every object each time).
# The named-entity gazetteer (iso-codes countries + data lists) and the
# lexicon of common English words (wamerican), both sorted for bsearch.
ISO3166_JSON ?= /usr/share/iso-codes/json/iso_3166-1.json
WORDS   ?= /usr/share/dict/american-english
ENT_LISTS := $(addprefix data/,country_aliases.tsv capitals.tsv place_aliases.tsv orgs.tsv regions.tsv \
             cities.tsv demonyms.tsv given_names.tsv titles.tsv person_cues.tsv \
             speech_verbs.tsv name_heads.tsv nonentities.tsv name_joiners.tsv place_preps.tsv \
             sport_words.tsv place_modifiers.tsv event_heads.tsv)
GEN_HDR += $(BUILD)/gen/ent_gazetteer.h $(BUILD)/gen/ent_lexicon.h $(BUILD)/gen/body_index.h
.SECONDARY: $(GEN_HDR) $(BUILD)/gen/openapi_yaml.h

SUBMAKE := $(MAKE) --no-print-directory

ASAN_CFLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
               -fno-sanitize-recover=all
ASAN_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1 \
            UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            CK_TIMEOUT_MULTIPLIER=4 CLI_TIMEOUT=300

.PHONY: all build deps test test-build asan fuzz fuzz-build fuzz-bins valgrind test-load test-bad-inputs run bench install lint format check-format clean \
        test-unit test-server test-image bench-server lint-openapi score-figures score-pages

all:
	@scripts/deps.sh build
	@$(SUBMAKE) build

build: $(BUILD)/articled $(BUILD)/libarticled.a

deps:
	@scripts/deps.sh build test

$(BUILD)/gen/%.h: data/%.tsv scripts/gen-table.awk
	@mkdir -p $(dir $@)
	awk -v name=$* -f scripts/gen-table.awk $< > $@.tmp && mv $@.tmp $@

# The boilerplate lexicon gets an index by mode and first byte of its own.
$(BUILD)/gen/boilerplate.h: data/boilerplate.tsv scripts/gen-boilerplate.awk
	@mkdir -p $(dir $@)
	LC_ALL=C awk -f scripts/gen-boilerplate.awk $< > $@.tmp && mv $@.tmp $@

# openapi.yaml is compiled into the binary and served at GET /openapi.yaml.
$(BUILD)/gen/openapi_yaml.h: openapi.yaml scripts/embed.awk
	@mkdir -p $(dir $@)
	awk -v name=ad_openapi_yaml -f scripts/embed.awk $< > $@.tmp && mv $@.tmp $@

# ISO 4217 codes: the generator fails when it finds none.
$(BUILD)/gen/iso4217.h: scripts/gen-iso4217.awk
	@mkdir -p $(dir $@)
	awk -f scripts/gen-iso4217.awk $(ISO4217_JSON) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/ent_gazetteer.h: $(ENT_LISTS) scripts/gen-gazetteer.sh scripts/gen-gazetteer.awk \
                             scripts/gen-gazetteer-c.awk scripts/hash-table.awk
	@mkdir -p $(dir $@)
	scripts/gen-gazetteer.sh $@ $(ISO3166_JSON) $(ENT_LISTS)

# The body stage's class and tag tables, sorted and hashed at build time.
$(BUILD)/gen/body_index.h: data/body_classes.tsv data/body_tags.tsv scripts/gen-body-index.awk \
                           scripts/hash-table.awk
	@mkdir -p $(dir $@)
	LC_ALL=C awk -f scripts/hash-table.awk -f scripts/gen-body-index.awk data/body_classes.tsv \
	    data/body_tags.tsv > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/ent_lexicon.h: scripts/gen-lexicon.sh scripts/gen-lexicon.awk scripts/hash-table.awk \
                             data/goods_words.tsv
	@mkdir -p $(dir $@)
	scripts/gen-lexicon.sh $@ $(WORDS) data/goods_words.tsv

$(BUILD)/%.o: %.c $(HEADERS) $(GEN_HDR) $(BUILD)/gen/openapi_yaml.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/libarticled.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/articled: $(BIN_OBJ) $(BUILD)/libarticled.a
	$(CC) $(ALL_CFLAGS) -o $@ $(BIN_OBJ) $(BUILD)/libarticled.a $(LDLIBS)

# The server's socket-free API layer, so that its suite can test it.
API_OBJ := $(BUILD)/server/api.o $(BUILD)/server/metrics.o $(BUILD)/server/guard.o \
           $(BUILD)/server/fetch.o
$(BUILD)/libarticled-api.a: $(API_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/tests/%: tests/%.c tests/testutil.h $(HEADERS) $(GEN_HDR) $(BUILD)/libarticled.a \
                  $(BUILD)/libarticled-api.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests $(CHECK_CFLAGS) -o $@ $< \
	    $(BUILD)/libarticled-api.a $(BUILD)/libarticled.a $(LDLIBS) $(CHECK_LIBS)

test-build: $(BUILD)/articled $(TEST_BIN)

# make test also builds the sanitizer and fuzzing builds: tests/run.sh runs
# the whole list again under ASan + UBSan, valgrind, and every fuzz target.
test:
	@scripts/deps.sh build test asan valgrind
	@$(SUBMAKE) test-build
	@$(SUBMAKE) BUILD=build-asan CC=clang CFLAGS="$(ASAN_CFLAGS)" test-build
	@$(SUBMAKE) BUILD=build-fuzz CC=clang CFLAGS="$(FUZZ_CFLAGS)" fuzz-bins
	@BUILD=$(BUILD) SHARED=$(SHARED) ASAN_BUILD=build-asan FUZZ_BUILD=build-fuzz \
	    FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_JOBS=$(FUZZ_JOBS) tests/run.sh

asan:
	@scripts/deps.sh build test asan
	@$(SUBMAKE) BUILD=build-asan CC=clang CFLAGS="$(ASAN_CFLAGS)" test-build
	@$(ASAN_ENV) BAD_INPUTS_SLOW=4 AD_SANITIZER_PASS=1 BUILD=build-asan SHARED=$(SHARED) tests/run.sh

# libFuzzer targets: the library and the API layer built with the fuzzer's
# coverage instrumentation (no main), each target linked with libFuzzer.
# fuzz/run.sh builds the seed corpora, replays tests/fuzz-regressions/ and
# fuzzes each target for FUZZ_SECONDS, FUZZ_JOBS at a time.
FUZZ_TARGETS := $(patsubst fuzz/%.c,%,$(wildcard fuzz/fuzz_*.c))
FUZZ_CFLAGS := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer \
               -fno-sanitize-recover=all
FUZZ_SECONDS ?= 60
FUZZ_JOBS ?= 2

$(BUILD)/fuzz/%: fuzz/%.c $(HEADERS) $(GEN_HDR) $(BUILD)/libarticled.a $(BUILD)/libarticled-api.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer,address,undefined -Iserver -o $@ $< \
	    $(BUILD)/libarticled-api.a $(BUILD)/libarticled.a $(LDLIBS)

fuzz-bins: $(FUZZ_TARGETS:%=$(BUILD)/fuzz/%)

fuzz-build:
	@scripts/deps.sh build test asan
	@$(SUBMAKE) BUILD=build-fuzz CC=clang CFLAGS="$(FUZZ_CFLAGS)" fuzz-bins

fuzz: fuzz-build
	@BUILD=build-fuzz SHARED=$(SHARED) FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_JOBS=$(FUZZ_JOBS) fuzz/run.sh

# valgrind memcheck of `articled parse` over a sample of corpus pages: zero
# errors and zero definite leaks, or it fails.
valgrind: all
	@scripts/deps.sh valgrind
	@BUILD=$(BUILD) SHARED=$(SHARED) tests/valgrind.sh

# The table of bad inputs through the CLI and HTTP (also part of make test).
test-bad-inputs: all
	@python3 tests/bad-inputs/run.py $(BUILD)/articled

# Load and faults on loopback: overload, slowloris, SIGTERM, soak.
test-load: all
	@scripts/deps.sh bench
	@BUILD=$(BUILD) tests/load/run.sh

run: all
	@if $(BUILD)/articled serve --help >/dev/null 2>&1; then \
	    exec $(BUILD)/articled serve --port $(PORT); \
	else \
	    echo "make run: the HTTP server (articled serve) is not built yet in this version;"; \
	    echo "          use $(BUILD)/articled parse FILE meanwhile."; \
	fi

bench:
	@scripts/deps.sh build test
	@$(SUBMAKE) build
	@BUILD=$(BUILD) SHARED=$(SHARED) scripts/bench.sh

# A score, not a gate: trade figures on the hand-written sentences of
# tests/figures-score/cases.py, slot by slot (see its run.py).
score-figures:
	@$(SUBMAKE) build
	@python3 tests/figures-score/run.py $(BUILD)/articled
	@echo "== the second set (written by another reviewer)"
	@python3 tests/figures-score/second/run.py $(BUILD)/articled
	@echo "== the third set (written by a third reviewer)"
	@python3 tests/figures-score/third/run.py $(BUILD)/articled
	@echo "== the fourth set (written by a fourth reviewer)"
	@python3 tests/figures-score/fourth/run.py $(BUILD)/articled
	@echo "== the fifth set (written by a fifth reviewer)"
	@python3 tests/figures-score/fifth/run.py $(BUILD)/articled
	@echo "== the sixth set (written by a sixth reviewer)"
	@python3 tests/figures-score/sixth/run.py $(BUILD)/articled
	@echo "== the seventh set (written by a seventh reviewer)"
	@python3 tests/figures-score/seventh/run.py $(BUILD)/articled
	@echo "== the eighth set (written by an eighth reviewer)"
	@python3 tests/figures-score/eighth/run.py $(BUILD)/articled
	@echo "== the ninth set (written by a ninth reviewer)"
	@python3 tests/figures-score/ninth/run.py $(BUILD)/articled
	@echo "== the tenth set (written by a tenth reviewer)"
	@python3 tests/figures-score/tenth/run.py $(BUILD)/articled
	@echo "== the eleventh set (written by an eleventh reviewer)"
	@python3 tests/figures-score/eleventh/run.py $(BUILD)/articled
	@echo "== the twelfth set (written by a twelfth reviewer)"
	@python3 tests/figures-score/twelfth/run.py $(BUILD)/articled
	@echo "== the thirteenth set (written by a thirteenth reviewer)"
	@python3 tests/figures-score/thirteenth/run.py $(BUILD)/articled
	@echo "== the fourteenth set (written by a fourteenth reviewer)"
	@python3 tests/figures-score/fourteenth/run.py $(BUILD)/articled
	@echo "== the fifteenth set (written by a fifteenth reviewer)"
	@python3 tests/figures-score/fifteenth/run.py $(BUILD)/articled
	@echo "== the sixteenth set (written by a sixteenth reviewer)"
	@python3 tests/figures-score/sixteenth/run.py $(BUILD)/articled
	@echo "== the seventeenth set (written by a seventeenth reviewer)"
	@python3 tests/figures-score/seventeenth/run.py $(BUILD)/articled
	@echo "== the eighteenth set (written by an eighteenth reviewer)"
	@python3 tests/figures-score/eighteenth/run.py $(BUILD)/articled
	@echo "== the nineteenth set (written by a nineteenth reviewer)"
	@python3 tests/figures-score/nineteenth/run.py $(BUILD)/articled
	@echo "== the twentieth set (written by a twentieth reviewer)"
	@python3 tests/figures-score/twentieth/run.py $(BUILD)/articled
	@echo "== the twenty-first set (written by a twenty-first reviewer; mainstream trade news)"
	@python3 tests/figures-score/twentyfirst/run.py $(BUILD)/articled
	@echo "== the twenty-second set (written by a twenty-second reviewer; whole-story paragraphs)"
	@python3 tests/figures-score/twentysecond/run.py $(BUILD)/articled
	@echo "== the twenty-third set (written by a twenty-third reviewer; whole-story paragraphs, other economies)"
	@python3 tests/figures-score/twentythird/run.py $(BUILD)/articled
	@echo "== the twenty-fourth set (written by a twenty-fourth reviewer; wire-style paragraphs)"
	@python3 tests/figures-score/twentyfourth/run.py $(BUILD)/articled
	@echo "== the twenty-fifth set (written by a twenty-fifth reviewer; year-end copy)"
	@python3 tests/figures-score/twentyfifth/run.py $(BUILD)/articled
	@echo "== the twenty-sixth set (written by a twenty-sixth reviewer; quarters, fiscal halves, local currencies)"
	@python3 tests/figures-score/twentysixth/run.py $(BUILD)/articled
	@echo "== the twenty-seventh set (written by a twenty-seventh reviewer; figures spread over sentences, capitals as partners, revisions)"
	@python3 tests/figures-score/twentyseventh/run.py $(BUILD)/articled
	@echo "== the twenty-eighth set (written by a twenty-eighth reviewer; statistics offices' releases, commodity desks)"
	@python3 tests/figures-score/twentyeighth/run.py $(BUILD)/articled
	@echo "== the twenty-ninth set (written by a twenty-ninth reviewer; the tariff era: US, Canadian, Mexican, European, Chinese and Indian desks)"
	@python3 tests/figures-score/twentyninth/run.py $(BUILD)/articled
	@echo "== the thirtieth set (written by a thirtieth reviewer; the Gulf, Africa, South and Central Asia)"
	@python3 tests/figures-score/thirtieth/run.py $(BUILD)/articled
	@echo "== the thirty-first set (written by a thirty-first reviewer; shipping, commodity and farm desks)"
	@python3 tests/figures-score/thirtyfirst/run.py $(BUILD)/articled

# Field checks on hand-written pages in the markup of real publishing systems
# (tests/pages-score): a score, not a gate.
score-pages:
	@$(SUBMAKE) build
	@for set in first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twentyfirst twentysecond twentythird twentyfourth twentyfifth twentysixth twentyseventh twentyeighth twentyninth thirtieth thirtyfirst thirtysecond thirtythird; do echo "== $$set set"; \
	    python3 tests/pages-score/run.py $(BUILD)/articled $$set || exit 1; done

# The Check suites alone: what needs nothing outside the repository (the
# container build runs it).
test-unit: $(TEST_BIN)
	@for t in $(TEST_BIN); do $$t || exit 1; done

# The HTTP server end to end (also part of `make test`).
test-server: all
	@scripts/deps.sh test
	@python3 tests/server/test_server.py $(BUILD)/articled $(SHARED)

# Builds and runs the container image with podman (no Docker engine needed).
test-image:
	@tests/image/test-image.sh $(SHARED)

bench-server: all
	@scripts/bench-server.sh $(SHARED)

# Lints openapi.yaml with Redocly's CLI, installed from npm into build/.
lint-openapi:
	@scripts/lint-openapi.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include/articled
	install -m 755 $(BUILD)/articled $(DESTDIR)$(PREFIX)/bin/articled
	install -m 644 $(BUILD)/libarticled.a $(DESTDIR)$(PREFIX)/lib/libarticled.a
	install -m 644 include/articled/*.h $(DESTDIR)$(PREFIX)/include/articled/

# Functions that invite overflows or hide errors are not used anywhere; the
# library, the binary and the tests must build warning-free under clang.
lint:
	@! grep -nE '\b(atoi|atol|sprintf|vsprintf|strcpy|strcat|strtok|gets)[[:space:]]*\(' \
	    parser/*.c server/*.c include/articled/*.h tests/*.c tests/*.h \
	    || { echo "lint: banned function (use strtol, snprintf, memcpy; no strtok)"; exit 1; }
	@scripts/deps.sh build test asan
	@$(SUBMAKE) BUILD=build-clang CC=clang test-build
	@$(SUBMAKE) check-format
	@echo "lint: ok"

format:
	clang-format -i parser/*.c server/*.c server/*.h include/articled/*.h tests/*.c tests/*.h

check-format:
	@clang-format --dry-run --Werror parser/*.c server/*.c server/*.h include/articled/*.h \
	    tests/*.c tests/*.h

clean:
	rm -rf $(BUILD) build-asan build-clang build-fuzz
