# tenor - build, test, demo and install.
#
#   make            the library (build/libtenor.a) and the command (build/tenor)
#   make test       every test suite; ends with "N passed, N failed, N skipped"
#   make demo       score the bundled example corpus
#   make asan       the whole test suite under AddressSanitizer + UBSan
#   make leakcheck  the golden tests under valgrind (installs valgrind if missing)
#   make fuzz       each libFuzzer target for FUZZ_SECONDS (60) seconds, built by clang
#   make install    PREFIX=/usr/local DESTDIR= (binary, header, library, lexicons, man page, .pc)
#
# `make test` and `make demo` first install any missing Debian package
# (scripts/install-deps), so each works on a fresh machine by itself.

BUILDDIR ?= build
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DATADIR ?= $(PREFIX)/share/tenor
MANDIR ?= $(PREFIX)/share/man
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig

CC ?= cc
AR ?= ar
CFLAGS ?= -O3 -g
WARNINGS = -std=c11 -Wall -Wextra -pedantic -Wstrict-prototypes -Wshadow -Wconversion
PKGS = gsl libpcre2-8
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CSV_LIBS = -lcsv
STEM_LIBS = -lstemmer
LIBS = $(CSV_LIBS) $(STEM_LIBS) $(PKG_LIBS) -lm
ALL_CFLAGS = $(WARNINGS) $(CFLAGS) $(PKG_CFLAGS) -Ianalysis -I$(BUILDDIR) -fvisibility=hidden

LIB_SRC = $(wildcard analysis/*.c)
CLI_SRC = $(wildcard reports/*.c)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
LIB_OBJ = $(LIB_SRC:%.c=$(BUILDDIR)/%.o)
CLI_OBJ = $(CLI_SRC:%.c=$(BUILDDIR)/%.o) $(BUILDDIR)/default_lexicons.o \
  $(BUILDDIR)/default_actors.o
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILDDIR)/tests/%) $(BUILDDIR)/tests/test_table_portable
# Helpers of the shell suites: csvcheck, the strict checker of the tables,
# and nothreads.so, a preload in which no thread can start.
TEST_TOOLS = $(BUILDDIR)/tests/csvcheck $(BUILDDIR)/tests/nothreads.so
LEXICONS = lexicons/tone.csv lexicons/hostility.csv lexicons/cooperation.csv lexicons/shifters.csv \
  lexicons/speech.csv
ACTORS = lexicons/actors.csv

.PHONY: all lib cli test unit asan ubsan fuzz fuzz-build leakcheck demo bench install uninstall clean deps lint format FORCE

all: lib cli

lib: $(BUILDDIR)/libtenor.a
cli: $(BUILDDIR)/tenor

deps:
	@scripts/install-deps --if-missing

# The front end runs documents in threads (-j).
$(BUILDDIR)/reports/%.o: ALL_CFLAGS += -pthread

$(BUILDDIR)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILDDIR)/libtenor.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

# The version the command prints: the library's version, plus the commit
# (and "-dirty" for uncommitted changes) in a git checkout.  Rewritten only
# when it changes, so that an unchanged tree does not relink.
$(BUILDDIR)/version.h: FORCE
	@mkdir -p $(BUILDDIR)
	@v=$$(sed -n 's/^#define TENOR_VERSION_STRING "\(.*\)"/\1/p' analysis/tenor.h); \
	h=$$(git rev-parse --short HEAD 2>/dev/null || true); \
	if [ -n "$$h" ]; then \
	  v="$$v+g$$h"; git diff --quiet HEAD 2>/dev/null || v="$$v-dirty"; \
	fi; \
	echo "#define TENOR_BUILD_VERSION \"$$v\"" > $@.tmp; \
	cmp -s $@.tmp $@ && rm -f $@.tmp || mv $@.tmp $@

$(BUILDDIR)/reports/main.o: $(BUILDDIR)/version.h

# The default lexicons are compiled into the command (scripts/embed.c), so
# it needs no data files at run time; the C file is generated, not committed.
$(BUILDDIR)/embed: scripts/embed.c
	@mkdir -p $(dir $@)
	$(CC) -O1 -o $@ $<

$(BUILDDIR)/default_lexicons.c: $(BUILDDIR)/embed $(LEXICONS)
	$(BUILDDIR)/embed $@ tenor_default_lexicons $(LEXICONS)

$(BUILDDIR)/default_actors.c: $(BUILDDIR)/embed $(ACTORS)
	$(BUILDDIR)/embed $@ tenor_default_actors $(ACTORS)

$(BUILDDIR)/default_%.o: $(BUILDDIR)/default_%.c
	$(CC) $(ALL_CFLAGS) -Ireports -c -o $@ $<

$(BUILDDIR)/tenor: $(CLI_OBJ) $(BUILDDIR)/libtenor.a
	$(CC) $(CFLAGS) -pthread $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILDDIR)/libtenor.a $(LIBS)

$(BUILDDIR)/tests/%: tests/unit/%.c $(BUILDDIR)/libtenor.a tests/unit/*.h tests/unit/*.inc
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Wno-conversion $(LDFLAGS) -o $@ $< $(BUILDDIR)/libtenor.a $(LIBS) -lcmocka

# The unit tests of the table writer compile reports/table.c and util.c in;
# test_table_portable is the same built as for a machine without SSE2 (the
# quick copy of a text's bytes has a path for each).
$(BUILDDIR)/tests/test_table: reports/table.c reports/table.h reports/util.c reports/util.h
$(BUILDDIR)/tests/test_table_portable: tests/unit/test_table.c reports/table.c reports/table.h \
  reports/util.c reports/util.h $(BUILDDIR)/libtenor.a tests/unit/*.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -U__SSE2__ -Wno-conversion $(LDFLAGS) -o $@ $< $(BUILDDIR)/libtenor.a \
	  $(LIBS) -lcmocka
# Those of the JSON parser compile reports/json.c, sbuf.c and util.c in.
$(BUILDDIR)/tests/test_json: reports/json.c reports/json.h reports/sbuf.c reports/sbuf.h \
  reports/util.c reports/util.h
# Those of the gold standards compile reports/gold.c, json.c, sbuf.c, strmap.c and util.c in.
$(BUILDDIR)/tests/test_gold: reports/gold.c reports/gold.h reports/json.c reports/json.h \
  reports/sbuf.c reports/sbuf.h reports/strmap.c reports/strmap.h reports/util.c reports/util.h
# Those of the folder walk compile reports/input.c, order.c, sbuf.c and util.c in.
$(BUILDDIR)/tests/test_walk: reports/input.c reports/input.h reports/order.c reports/order.h \
  reports/sbuf.c reports/sbuf.h reports/util.c reports/util.h
# Those of the order of documents compile reports/order.c and util.c in.
$(BUILDDIR)/tests/test_order: reports/order.c reports/order.h reports/util.c reports/util.h

# The fuzz targets (tests/fuzz/fuzz_*.c, see tests/fuzz/README.md).  In
# every build they are linked with tests/fuzz/replay.c, a main() that runs
# them once on the files given, so that tests/run replays their seeds and
# regressions (with the sanitizers under `make asan`) without clang; `make
# fuzz` links them with libFuzzer's main instead, in build-fuzz/.
FUZZ_TARGETS ?= $(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN = $(FUZZ_TARGETS:%=$(BUILDDIR)/fuzz/%)
FUZZ_MAIN = tests/fuzz/replay.c
FUZZ_FLAGS =
$(BUILDDIR)/fuzz/%: tests/fuzz/%.c $(FUZZ_MAIN) tests/fuzz/*.h $(BUILDDIR)/libtenor.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Ireports $(FUZZ_FLAGS) $(LDFLAGS) -o $@ $< $(FUZZ_MAIN) \
	  $(filter %.o,$^) $(BUILDDIR)/libtenor.a $(LIBS) -pthread
# The text target scores with the default lexicons too; the partial
# target compiles in the command's reader of partial results and what it needs.
$(BUILDDIR)/fuzz/fuzz_text: $(BUILDDIR)/default_lexicons.o $(BUILDDIR)/default_actors.o
$(BUILDDIR)/fuzz/fuzz_partial: $(addprefix $(BUILDDIR)/reports/,partial.o score.o compare.o \
  table.o util.o sbuf.o strmap.o order.o)
# The gold standard target compiles in the readers of tenor validate.
$(BUILDDIR)/fuzz/fuzz_gold: $(addprefix $(BUILDDIR)/reports/,gold.o json.o sbuf.o strmap.o util.o)

# It links only libcsv, so that it checks tenor's tables independently of them.
$(BUILDDIR)/tests/csvcheck: tests/tools/csvcheck.c
	@mkdir -p $(dir $@)
	$(CC) $(WARNINGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(CSV_LIBS)

# Built without the sanitizers' flags: it is preloaded into the plain build only.
$(BUILDDIR)/tests/nothreads.so: tests/tools/nothreads.c
	@mkdir -p $(dir $@)
	$(CC) $(WARNINGS) -O2 -shared -fPIC -o $@ $<

unit: $(UNIT_BIN) $(TEST_TOOLS) $(FUZZ_BIN)

test: deps
	@$(MAKE) --no-print-directory all unit
	@BUILDDIR=$(BUILDDIR) tests/run

# Sanitizer builds live in their own folders and run the whole suite.
SAN_FLAGS = -O1 -g -fno-omit-frame-pointer -fno-sanitize-recover=all
asan: deps
	@$(MAKE) --no-print-directory BUILDDIR=build-asan \
	  CFLAGS="$(SAN_FLAGS) -fsanitize=address,undefined" \
	  LDFLAGS="-fsanitize=address,undefined" all unit
	@BUILDDIR=build-asan ASAN_OPTIONS=detect_leaks=1 tests/run

ubsan: deps
	@$(MAKE) --no-print-directory BUILDDIR=build-ubsan \
	  CFLAGS="$(SAN_FLAGS) -fsanitize=undefined" LDFLAGS="-fsanitize=undefined" all unit
	@BUILDDIR=build-ubsan tests/run

# Fuzzing with libFuzzer: clang builds the library and the targets with the
# fuzzer's instrumentation, ASan and UBSan in build-fuzz/; scripts/fuzz
# runs each target for FUZZ_SECONDS from its seeds, with its dictionary,
# and fails if any finds a crash, leak, timeout or excess memory (the
# inputs go to build-fuzz/crashes/).  `make fuzz FUZZ_TARGETS=fuzz_text`
# runs one.  Not part of `make test`, which only replays the seeds.
FUZZ_SECONDS ?= 60
FUZZ_CC ?= clang
# PART_BYTES=256: a text is analysed in parts of about 256 bytes instead of
# 64 KB (analysis/analyze.c), so that fuzz_attrib, which checks that the
# parts give what the whole text gives, reaches their edges.
FUZZ_CFLAGS = $(SAN_FLAGS) -fsanitize=fuzzer-no-link,address,undefined -DPART_BYTES=256
fuzz:
	@scripts/install-deps --if-missing --fuzz
	@$(MAKE) --no-print-directory BUILDDIR=build-fuzz CC=$(FUZZ_CC) CFLAGS="$(FUZZ_CFLAGS)" \
	  LDFLAGS="-fsanitize=address,undefined" FUZZ_MAIN= FUZZ_FLAGS=-fsanitize=fuzzer \
	  FUZZ_TARGETS="$(FUZZ_TARGETS)" fuzz-build
	@BUILDDIR=build-fuzz FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz $(FUZZ_TARGETS)

fuzz-build: $(FUZZ_BIN)

# The golden tests with the command under valgrind: any memory error or
# leak changes the exit status to 99 (not 1, which tenor gives for bad
# input) and fails the case.  valgrind is installed only for this target.
leakcheck:
	@scripts/install-deps --if-missing --leakcheck
	@$(MAKE) --no-print-directory all
	@out=$$(TENOR="$(CURDIR)/$(BUILDDIR)/tenor" TENOR_VALGRIND=1 bash tests/golden/run); \
	echo "$$out" | grep -v '^PASS:'; \
	p=$$(echo "$$out" | grep -c '^PASS:'); f=$$(echo "$$out" | grep -c '^FAIL:'); \
	echo "leakcheck: $$p passed, $$f failed"; [ "$$f" -eq 0 ]

DEMO_OUT = demo-output
demo: deps
	@$(MAKE) --no-print-directory all
	$(BUILDDIR)/tenor report examples/corpus --group-by-dir --date-from-name -o $(DEMO_OUT)
	@echo
	@echo "Reported on the example corpus (examples/corpus: two outlets, 14 articles)."
	@echo "  open $(DEMO_OUT)/index.html in a browser: the summary, the plots and links"
	@echo "  to every table ($(DEMO_OUT)/*.csv); the summary alone is $(DEMO_OUT)/summary.md"

# Speed and memory of tenor score on a generated 200 MB corpus (in
# bench-corpus/, or $BENCH_DIR), with its own release build in build-bench/.
# Benchmarks are never tests: `make test` does not run this.
bench: deps
	@scripts/bench

lint:
	clang-tidy --quiet -checks='-*,clang-analyzer-*,-clang-analyzer-security.insecureAPI.DeprecatedOrUnsafeBufferHandling,-clang-analyzer-valist.Uninitialized' -warnings-as-errors='*' \
	  $(LIB_SRC) $(CLI_SRC) -- $(WARNINGS) $(PKG_CFLAGS) -Ianalysis -I$(BUILDDIR)

format:
	clang-format -i analysis/*.[ch] reports/*.[ch] tests/unit/*.c scripts/*.c

$(BUILDDIR)/tenor.pc: FORCE
	@mkdir -p $(BUILDDIR)
	@v=$$(sed -n 's/^#define TENOR_VERSION_STRING "\(.*\)"/\1/p' analysis/tenor.h); \
	printf '%s\n' "prefix=$(PREFIX)" "libdir=$(LIBDIR)" "includedir=$(INCLUDEDIR)" "" \
	  "Name: tenor" "Description: tone, hostility and cooperation of news text" \
	  "Version: $$v" "Requires: $(PKGS)" "Cflags: -I\$${includedir}" \
	  "Libs: -L\$${libdir} -ltenor $(CSV_LIBS) $(STEM_LIBS) -lm" > $@

install: all $(BUILDDIR)/tenor.pc
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) \
	  $(DESTDIR)$(DATADIR)/lexicons $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(PKGCONFIGDIR)
	install -m 755 $(BUILDDIR)/tenor $(DESTDIR)$(BINDIR)/tenor
	install -m 644 $(BUILDDIR)/libtenor.a $(DESTDIR)$(LIBDIR)/libtenor.a
	install -m 644 analysis/tenor.h $(DESTDIR)$(INCLUDEDIR)/tenor.h
	install -m 644 $(LEXICONS) $(ACTORS) lexicons/README.md $(DESTDIR)$(DATADIR)/lexicons/
	install -m 644 tenor.1 $(DESTDIR)$(MANDIR)/man1/tenor.1
	install -m 644 $(BUILDDIR)/tenor.pc $(DESTDIR)$(PKGCONFIGDIR)/tenor.pc

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/tenor $(DESTDIR)$(LIBDIR)/libtenor.a \
	  $(DESTDIR)$(INCLUDEDIR)/tenor.h $(DESTDIR)$(MANDIR)/man1/tenor.1 \
	  $(DESTDIR)$(PKGCONFIGDIR)/tenor.pc
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf $(BUILDDIR) build-asan build-ubsan build-fuzz build-bench $(DEMO_OUT)

FORCE:

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)
