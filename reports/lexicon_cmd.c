/*
 * lexicon_cmd.c - `tenor lexicon`: check lexicon files, list and count
 * the entries of the lexicons a run would use, and convert the formats
 * researchers already have into tenor's native CSV.
 *
 *   tenor lexicon check FILE...      problems as FILE:LINE: error|warning: ...
 *   tenor lexicon list [-l FILE]...  every entry, as CSV
 *   tenor lexicon stats [-l FILE]... entries and weights per category, as CSV
 *   tenor lexicon import --from NAME FILE -o OUT.csv
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "corpus.h"
#include "table.h"
#include "util.h"

static void help(void) {
  fputs("Usage: tenor lexicon check [OPTION...] FILE...\n"
        "       tenor lexicon list [OPTION...]\n"
        "       tenor lexicon stats [OPTION...]\n"
        "       tenor lexicon import --from FORMAT FILE -o OUT.csv\n"
        "Check, list, count and convert lexicons.\n"
        "\n"
        "  check    read each FILE as tenor would and report every problem as\n"
        "           FILE:LINE: error: ... or FILE:LINE: warning: ...; errors: a line\n"
        "           that cannot be read, invalid UTF-8, a weight out of range, a\n"
        "           term that can never match; warnings: the same entry twice,\n"
        "           conflicting weights, a category that is not tenor's own\n"
        "  list     every entry of the lexicons a run would use, as CSV:\n"
        "           term,category,weight,match,source,line\n"
        "  stats    entries and weights per category, as CSV\n"
        "  import   convert FILE from FORMAT into tenor's native CSV\n"
        "\n"
        "Formats: native (term,category,weight CSV), vader, afinn, liwc, lsd, nrc,\n"
        "mpqa; see docs/formats.md.\n"
        "\n"
        "Options:\n"
        "      --from FORMAT           import: the format of FILE (or auto)\n"
        "  -o, --output FILE           import: where the CSV goes (- for stdout)\n"
        "      --category C            list: only the entries of category C\n"
        "      --strict                check: warnings count as errors\n",
        stdout);
  fputs(corpus_lexicon_help, stdout);
  fputs("  -h, --help                  print this help and exit\n"
        "\n"
        "list and stats read the built-in lexicons and the --lexicon files, as\n"
        "tenor score does; check reads only the FILEs named (in the format given by\n"
        "--lexicon-format, or detected).\n"
        "\n"
        "Exit status: 0 success (check: no errors), 1 a problem in a file, 2 a\n"
        "usage error.\n",
        stdout);
}

enum { LX_FROM = 500, LX_CATEGORY, LX_STRICT };

typedef struct lexicon_args {
  corpus_opts o;
  const char *from;     /* import: --from */
  const char *output;   /* import: -o */
  const char *category; /* list: --category */
  int strict;           /* check: --strict */
} lexicon_args;

/* ---------------------------------------------------------------- check */

typedef struct check_state {
  size_t warnings;
} check_state;

static void print_warning(void *ctx, const tenor_diag *d) {
  check_state *st = ctx;
  st->warnings++;
  printf("%s:%zu: warning: %s\n", d->path, d->line, d->message);
}

/* Checks one file; 0 when it has no error. */
static int check_file(const lexicon_args *a, const char *path, size_t *warnings) {
  size_t len;
  char *data = slurp_file(path, &len);
  if (!data) {
    printf("%s: error: cannot read the file\n", path);
    return -1;
  }
  int format = a->o.lexformat == TENOR_FORMAT_AUTO ? tenor_format_detect(path, data, len)
                                                   : a->o.lexformat;
  check_state st = {0};
  tenor_diag d;
  memset(&d, 0, sizeof d);
  int rc = tenor_lexicon_check(path, data, len, format, print_warning, &st, &d);
  if (rc) {
    printf("%s:%zu: error: %s\n", d.path, d.line, d.message);
  } else {
    tenor_lexicon *lex = tenor_lexicon_new();
    rc = tenor_lexicon_add(lex, path, data, len, format, 0, &d);
    if (!rc)
      printf("%s: %s: %s, %zu entr%s, %zu warning%s\n", path,
             st.warnings && a->strict ? "failed" : "ok", tenor_format_name(format),
             tenor_lexicon_size(lex), tenor_lexicon_size(lex) == 1 ? "y" : "ies", st.warnings,
             st.warnings == 1 ? "" : "s");
    else
      printf("%s:%zu: error: %s\n", d.path, d.line, d.message);
    tenor_lexicon_free(lex);
  }
  free(data);
  *warnings += st.warnings;
  return rc;
}

static int do_check(const lexicon_args *a, char **files, int n) {
  size_t bad = 0, warnings = 0;
  for (int i = 0; i < n; i++) {
    size_t w = 0;
    if (check_file(a, files[i], &w) != 0 || (a->strict && w))
      bad++;
    warnings += w;
  }
  if (n > 1)
    printf("%d file%s checked: %zu with errors%s, %zu warning%s\n", n, n == 1 ? "" : "s", bad,
           a->strict ? " or warnings" : "", warnings, warnings == 1 ? "" : "s");
  return bad ? EXIT_DATA : EXIT_OK;
}

/* ------------------------------------------------------- list and import */

static const char *match_name(unsigned flags) {
  return (flags & TENOR_ITEM_WILDCARD) ? "wildcard" : (flags & TENOR_ITEM_STEM) ? "stem" : "exact";
}

/* Opens a table at path (- for stdout); 0, or -1 after a message. */
static int open_output(table *t, const char *path) {
  if (!path || !strcmp(path, "-")) {
    table_stdout(t);
    return 0;
  }
  const char *name;
  char *dir = path_split(path, &name);
  int rc = *name ? table_open(t, dir, name) : -1;
  if (rc != 0)
    msg("cannot write %s: %s", path, *name ? strerror(errno) : "not a file name");
  free(dir);
  return rc;
}

static int close_output(table *t, const char *path, int ok) {
  if (!ok) {
    table_abort(t);
    return EXIT_DATA;
  }
  if (table_commit(t) != 0) {
    msg("cannot write %s: %s", path && strcmp(path, "-") ? path : "standard output",
        strerror(errno));
    return EXIT_DATA;
  }
  return EXIT_OK;
}

/* Writes items as CSV: the native columns, and where they came from when
 * `sources` is set. */
static void write_items(table *t, const tenor_lexicon_item *v, size_t n, const char *category,
                        int sources) {
  static const char *const native[] = {"term", "category", "weight", "match", NULL};
  static const char *const listed[] = {"term", "category", "weight", "match", "source", "line",
                                       NULL};
  table_header(t, sources ? listed : native);
  for (size_t i = 0; i < n; i++) {
    if (category && strcmp(v[i].category, category))
      continue;
    table_str(t, v[i].term, strlen(v[i].term));
    table_opt(t, v[i].category);
    table_num(t, v[i].weight);
    if (sources) {
      table_opt(t, match_name(v[i].flags));
      table_opt(t, v[i].source);
      table_size(t, v[i].line);
    } else {
      /* a wildcard keeps its '*' in the term; only stemming needs saying */
      table_opt(t, (v[i].flags & TENOR_ITEM_STEM) ? "stem" : "");
    }
    table_end_row(t);
  }
}

/* Loads the lexicons of a run (built in and --lexicon); NULL after a message. */
static tenor_lexicon *load_run_lexicons(const lexicon_args *a) {
  tenor_lexicon *lex = tenor_lexicon_new();
  if (corpus_load_lexicons(lex, &a->o) != 0) {
    tenor_lexicon_free(lex);
    return NULL;
  }
  return lex;
}

static int do_list(const lexicon_args *a) {
  tenor_lexicon *lex = load_run_lexicons(a);
  if (!lex)
    return EXIT_DATA;
  size_t n;
  tenor_lexicon_item *v = tenor_lexicon_items(lex, &n);
  int known = !a->category;
  for (size_t i = 0; i < n && !known; i++)
    known = !strcmp(v[i].category, a->category);
  int status = EXIT_OK;
  if (!known) {
    msg("no entries in category '%s'", a->category);
    status = EXIT_DATA;
  } else {
    table t;
    table_stdout(&t);
    write_items(&t, v, n, a->category, 1);
    status = close_output(&t, NULL, 1);
  }
  tenor_free(v);
  tenor_lexicon_free(lex);
  return status;
}

static int do_import(const lexicon_args *a, char **files, int format) {
  size_t len;
  char *data = slurp_file(files[0], &len);
  if (!data)
    return EXIT_DATA;
  tenor_lexicon *lex = tenor_lexicon_new();
  tenor_diag d;
  memset(&d, 0, sizeof d);
  int status = EXIT_OK;
  if (tenor_lexicon_add(lex, files[0], data, len, format, 0, &d) != 0) {
    msg("%s:%zu: %s", d.path, d.line, d.message);
    status = EXIT_DATA;
  } else {
    size_t ni;
    tenor_lexicon_item *v = tenor_lexicon_items(lex, &ni);
    table t;
    if (open_output(&t, a->output) != 0) {
      status = EXIT_DATA;
    } else {
      write_items(&t, v, ni, NULL, 0);
      status = close_output(&t, a->output, 1);
    }
    tenor_free(v);
  }
  tenor_lexicon_free(lex);
  free(data);
  return status;
}

/* ---------------------------------------------------------------- stats */

typedef struct cat_stats {
  const char *name;
  double *w;
  size_t n, cap;
  size_t wildcard, stem, multiword;
} cat_stats;

static int do_stats(const lexicon_args *a) {
  tenor_lexicon *lex = load_run_lexicons(a);
  if (!lex)
    return EXIT_DATA;
  size_t n;
  tenor_lexicon_item *v = tenor_lexicon_items(lex, &n);
  cat_stats *cs = NULL;
  size_t ncs = 0;
  for (size_t i = 0; i < n; i++) {
    size_t k = 0;
    while (k < ncs && strcmp(cs[k].name, v[i].category))
      k++;
    if (k == ncs) {
      cs = xrealloc(cs, (ncs + 1) * sizeof *cs);
      memset(&cs[ncs], 0, sizeof *cs);
      cs[ncs++].name = v[i].category;
    }
    cat_stats *c = &cs[k];
    if (c->n == c->cap) {
      c->cap = c->cap ? 2 * c->cap : 64;
      c->w = xrealloc(c->w, c->cap * sizeof *c->w);
    }
    c->w[c->n++] = v[i].weight;
    c->wildcard += (v[i].flags & TENOR_ITEM_WILDCARD) != 0;
    c->stem += (v[i].flags & TENOR_ITEM_STEM) != 0;
    c->multiword += strchr(v[i].term, ' ') != NULL;
  }
  static const char *const cols[] = {"category", "entries", "wildcard", "stem", "multiword",
                                     "positive", "negative", "min", "q1", "median", "q3", "max",
                                     "mean", NULL};
  table t;
  table_stdout(&t);
  table_header(&t, cols);
  for (size_t k = 0; k < ncs; k++) {
    tenor_summary s;
    size_t pos = 0, neg = 0;
    for (size_t i = 0; i < cs[k].n; i++) {
      pos += cs[k].w[i] > 0;
      neg += cs[k].w[i] < 0;
    }
    tenor_summarize(cs[k].w, cs[k].n, &s);
    table_opt(&t, cs[k].name);
    table_size(&t, cs[k].n);
    table_size(&t, cs[k].wildcard);
    table_size(&t, cs[k].stem);
    table_size(&t, cs[k].multiword);
    table_size(&t, pos);
    table_size(&t, neg);
    table_num(&t, s.min);
    table_num(&t, s.q1);
    table_num(&t, s.median);
    table_num(&t, s.q3);
    table_num(&t, s.max);
    table_num(&t, s.mean);
    table_end_row(&t);
    free(cs[k].w);
  }
  free(cs);
  tenor_free(v);
  tenor_lexicon_free(lex);
  return close_output(&t, NULL, 1);
}

/* ----------------------------------------------------------------- main */

int cmd_lexicon(int argc, char **argv) {
  static const struct option longopts[] = {
      {"from", required_argument, NULL, LX_FROM},
      {"output", required_argument, NULL, 'o'},
      {"category", required_argument, NULL, LX_CATEGORY},
      {"strict", no_argument, NULL, LX_STRICT},
      {"help", no_argument, NULL, 'h'},
      LEXICON_LONGOPTS,
      {NULL, 0, NULL, 0}};
  if (argc < 2)
    usage_error("lexicon", "which? check, list, stats or import (tenor lexicon --help)");
  const char *sub = argv[1];
  if (!strcmp(sub, "-h") || !strcmp(sub, "--help")) {
    help();
    return EXIT_OK;
  }
  if (strcmp(sub, "check") && strcmp(sub, "list") && strcmp(sub, "stats") &&
      strcmp(sub, "import"))
    usage_error("lexicon", "unknown subcommand '%s' (check, list, stats or import)", sub);
  lexicon_args a;
  memset(&a, 0, sizeof a);
  corpus_opts_init(&a.o, argc);
  opterr = 0;
  optind = 1;
  int c;
  argc--;
  argv++;
  while ((c = getopt_long(argc, argv, ":o:l:h", longopts, NULL)) != -1) {
    if (corpus_option(&a.o, "lexicon", c, optarg))
      continue;
    switch (c) {
    case LX_FROM:
      a.from = optarg;
      break;
    case 'o':
      a.output = optarg;
      break;
    case LX_CATEGORY:
      a.category = optarg;
      break;
    case LX_STRICT:
      a.strict = 1;
      break;
    case 'h':
      help();
      corpus_opts_free(&a.o);
      return EXIT_OK;
    case ':':
      corpus_opts_free(&a.o);
      usage_error("lexicon", "option %s needs a value", argv[optind - 1]);
    default:
      corpus_opts_free(&a.o);
      usage_error("lexicon", "unknown option %s", argv[optind - 1]);
    }
  }
  char **files = argv + optind;
  int nfiles = argc - optind;
  int is_check = !strcmp(sub, "check"), is_import = !strcmp(sub, "import");
  if (!is_check && !is_import && nfiles > 0) {
    corpus_opts_free(&a.o);
    usage_error("lexicon", "%s takes no FILE; add lexicons with -l FILE", sub);
  }
  if (!is_import && (a.from || a.output)) {
    corpus_opts_free(&a.o);
    usage_error("lexicon", "--from and -o are for import");
  }
  if (a.category && strcmp(sub, "list")) {
    corpus_opts_free(&a.o);
    usage_error("lexicon", "--category is for list");
  }
  if (a.strict && !is_check) {
    corpus_opts_free(&a.o);
    usage_error("lexicon", "--strict is for check");
  }
#define USAGE(...)                    \
  do {                                \
    corpus_opts_free(&a.o);           \
    usage_error("lexicon", __VA_ARGS__); \
  } while (0)
  if ((!strcmp(sub, "list") || !strcmp(sub, "stats")) && !a.o.default_lexicons && !a.o.nlex)
    USAGE("--no-default-lexicons leaves nothing to %s; add --lexicon FILE",
          strcmp(sub, "list") ? "count" : "list");
  if (is_check && nfiles == 0)
    USAGE("check needs at least one FILE");
  int format = TENOR_FORMAT_AUTO;
  if (is_import) {
    if (nfiles != 1)
      USAGE("import converts one FILE (given %d)", nfiles);
    if (!a.output)
      USAGE("import needs -o OUT.csv (or -o - for stdout)");
    if (a.from && strcmp(a.from, "auto") && (format = tenor_format_parse(a.from)) < 0)
      USAGE("--from takes native, vader, afinn, liwc, lsd, nrc, mpqa or auto, not '%s'", a.from);
    if (!a.from)
      format = a.o.lexformat;
  }
#undef USAGE
  int status = is_check    ? do_check(&a, files, nfiles)
               : is_import ? do_import(&a, files, format)
               : !strcmp(sub, "list") ? do_list(&a)
                                      : do_stats(&a);
  corpus_opts_free(&a.o);
  return status;
}
