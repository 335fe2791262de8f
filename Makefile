# articled - build, test and run.
#
#   make            build build/articled (installs missing Debian packages as root)
#   make test       unit suites (Check), golden cases and end-to-end checks
#   make asan       the same tests built with AddressSanitizer + UBSan
#   make run        build and serve on port 8080
#   make bench      parsing speed on the development corpus
#   make lint       banned functions, compiler warnings under clang
#   make install    PREFIX=/usr/local DESTDIR=

CC      ?= cc
PREFIX  ?= /usr/local
BUILD   ?= build
SHARED  ?= ../shared
PKGS    := libxml-2.0 jansson libutf8proc zlib

OPT     ?= -O2
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes
CFLAGS  ?= $(OPT) -g
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS) -Iinclude -I$(BUILD)/gen \
             $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS  = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lpthread -lm

LIB_SRC := $(wildcard parser/*.c)
BIN_SRC := $(wildcard server/*.c)
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
BIN_OBJ := $(BIN_SRC:%.c=$(BUILD)/%.o)
TEST_SRC := $(wildcard tests/check_*.c)
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
DATA    := $(wildcard data/*.tsv)
GEN_HDR := $(DATA:data/%.tsv=$(BUILD)/gen/%.h)
# ISO 4217 currency codes from Debian's iso-codes (package in build.txt).
ISO4217_JSON ?= /usr/share/iso-codes/json/iso_4217.json
GEN_HDR += $(BUILD)/gen/iso4217.h
# Generated headers are prerequisites of a pattern rule; keep make from
# deleting them as intermediates (which rebuilt every object each time).
.SECONDARY: $(GEN_HDR)

.PHONY: all deps test asan run bench install lint format clean check-format

all: deps $(BUILD)/articled

deps:
	@scripts/deps.sh build

$(BUILD)/gen/%.h: data/%.tsv scripts/gen-table.awk
	@mkdir -p $(dir $@)
	awk -v name=$* -f scripts/gen-table.awk $< > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/iso4217.h: scripts/gen-iso4217.awk
	@mkdir -p $(dir $@)
	awk -f scripts/gen-iso4217.awk $(ISO4217_JSON) > $@.tmp && mv $@.tmp $@

$(BUILD)/%.o: %.c $(wildcard include/articled/*.h) $(wildcard server/*.h) $(GEN_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/libarticled.a: $(LIB_OBJ)
	ar rcs $@ $^

$(BUILD)/articled: $(BIN_OBJ) $(BUILD)/libarticled.a
	$(CC) $(ALL_CFLAGS) -o $@ $(BIN_OBJ) $(BUILD)/libarticled.a $(LDLIBS)

$(BUILD)/tests/%: tests/%.c $(BUILD)/libarticled.a tests/testutil.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests $(shell pkg-config --cflags check) -o $@ $< \
	    $(BUILD)/libarticled.a $(LDLIBS) $(shell pkg-config --libs check)

test: deps
	@scripts/deps.sh test
	@$(MAKE) --no-print-directory $(BUILD)/articled $(TEST_BIN)
	@BUILD=$(BUILD) SHARED=$(SHARED) tests/run.sh

asan:
	@scripts/deps.sh build test fuzz
	@$(MAKE) --no-print-directory BUILD=build-asan CC=clang \
	    CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    test

run: all
	$(BUILD)/articled serve --port 8080

bench: all
	$(BUILD)/articled bench --rounds 3 $(SHARED)/corpus/wcxb-dev-articles/html/*.html.gz

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include/articled
	install -m 755 $(BUILD)/articled $(DESTDIR)$(PREFIX)/bin/articled
	install -m 644 $(BUILD)/libarticled.a $(DESTDIR)$(PREFIX)/lib/libarticled.a
	install -m 644 include/articled/*.h $(DESTDIR)$(PREFIX)/include/articled/

# Functions that invite overflows or hide errors are not used anywhere.
lint:
	@! grep -nE '\b(atoi|atol|sprintf|vsprintf|strcpy|strcat|strtok|gets)[[:space:]]*\(' \
	    parser/*.c server/*.c include/articled/*.h tests/*.c \
	    || { echo "lint: banned function (use strtol, snprintf, memcpy, strtok_r-free code)"; exit 1; }
	@scripts/deps.sh fuzz
	@$(MAKE) --no-print-directory BUILD=build-clang CC=clang all
	@echo "lint: ok"

format:
	clang-format -i parser/*.c server/*.c server/*.h include/articled/*.h tests/*.c

check-format:
	clang-format --dry-run --Werror parser/*.c server/*.c server/*.h include/articled/*.h

clean:
	rm -rf $(BUILD) build-asan build-clang
