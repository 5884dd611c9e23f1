/*
 * validate_cmd.c - `tenor validate`: the options and the run; the gold
 * standards are read by gold.c, scored and compared by validate.c, and
 * docs/validate.md documents every option, table and formula.
 */
#define _POSIX_C_SOURCE 200809L
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "compare.h"
#include "corpus.h"
#include "gold.h"
#include "sbuf.h"
#include "util.h"
#include "validate.h"

static void help(void) {
  fputs("Usage: tenor validate [OPTION...] GOLD\n"
        "Measure how well tenor's scores agree with human coding: correlations,\n"
        "error, classes and Krippendorff's alpha over the snippets of a gold\n"
        "standard, or accuracy over the targets of its sentences.\n"
        "\n"
        "GOLD (- for stdin) is one of (docs/validate.md):\n"
        "  TSV          id<TAB>rating<TAB>text, a snippet a line; the rating a number\n"
        "               or a label (negative, neutral, positive)\n"
        "  CSV          a header and a snippet a row (columns text and gold, and\n"
        "               id), or a target a row (text, mention, from, to, label, id)\n"
        "  JSON Lines   {\"text\": ..., \"targets\": [{\"mention\": ..., \"from\": ...,\n"
        "               \"to\": ..., \"label\": ...}]} a line; from and to count\n"
        "               characters, end exclusive\n"
        "\n"
        "  -o, --output PATH           a folder for validate.csv (and with --errors\n"
        "                              validate-errors.csv), or a file name ending\n"
        "                              in .csv for validate.csv (NAME-errors.csv\n"
        "                              beside it); without it, both go to stdout,\n"
        "                              an empty line between them\n"
        "      --gold-format FORMAT    tsv, csv or jsonl (default: from the name's\n"
        "                              extension, else from the content)\n"
        "      --text-col NAME         the CSV's text column (default text); likewise\n"
        "      --gold-col, --id-col NAME  (defaults gold, id)\n"
        "      --measure NAME          what tenor's score of a snippet is: tone_norm\n"
        "                              (the default), tone, hostility, cooperation or\n"
        "                              a category of the lexicons; targets: stance\n"
        "      --neutral T             tenor's neutral band is -T..T (default 0.05)\n"
        "      --gold-neutral G        the gold's neutral band is -G..G around the\n"
        "                              midpoint (default: T times the largest\n"
        "                              distance of a rating from it)\n"
        "      --gold-midpoint M       the neutral point of the ratings (default 0)\n"
        "      --bootstrap N           percentile bootstrap intervals, N resamples\n"
        "      --seed S                the seed of the bootstrap (default 1)\n"
        "      --errors K              a second table: the K snippets or targets\n"
        "                              where tenor and the gold disagree most, with\n"
        "                              the hits that made tenor's score\n",
        stdout);
  fputs(corpus_lexicon_help, stdout);
  fputs("      --actor-list FILE       add or override actors from FILE (repeatable)\n"
        "      --no-default-actors     do not load the built-in actor list\n"
        "      --level LEVEL           person (the default) or affiliation\n"
        "      --max-sentence-bytes N  cut longer sentences at a token boundary\n"
        "                              (default 65536; 0 for no limit)\n"
        "      --excel, --tsv, --sep C, --decimal C\n"
        "                              the format of the tables, as for tenor score\n"
        "  -h, --help                  print this help and exit\n"
        "\n"
        "Exit status: 0 success, 1 bad input (lines of the gold left out, texts\n"
        "without words) or a table that cannot be written, 2 a usage error.\n",
        stdout);
}

/* The second line of a usage error found after the options were read
 * (as usage_error gives it), when there is memory to free before exit. */
#define TRY_HELP "try 'tenor validate --help'\n"

enum {
  VA_GOLD_COL = 700,
  VA_FORMAT,
  VA_MEASURE,
  VA_NEUTRAL,
  VA_GOLD_NEUTRAL,
  VA_MIDPOINT,
  VA_BOOT,
  VA_SEED,
  VA_ERRORS
};

/* A gold's problems, as messages. */
static void report(void *ctx, const tenor_diag *d) {
  (void)ctx;
  if (d->line && d->column)
    msg("%s:%zu:%zu: %s", d->path, d->line, d->column, d->message);
  else if (d->line)
    msg("%s:%zu: %s", d->path, d->line, d->message);
  else
    msg("%s: %s", d->path, d->message);
}

/* A finite number of at least 0 (may be negative if `any`); 0, or -1. */
static int parse_double(const char *s, int any, double *out) {
  char *end;
  double v = strtod(s, &end);
  if (end == s || *end || !isfinite(v) || (!any && v < 0))
    return -1;
  *out = v;
  return 0;
}

/* The index of category name among the lexicon's own, or -1 after a
 * message that lists them. */
static long find_category(const tenor_lexicon *lex, const char *name) {
  size_t n = tenor_lexicon_extra_count(lex);
  for (size_t k = 0; k < n; k++)
    if (!strcmp(tenor_lexicon_extra_name(lex, k), name))
      return (long)k;
  sbuf m = {0};
  sbuf_printf(&m,
              "--measure '%s' is neither tone, tone_norm, hostility nor cooperation, nor a "
              "category of the lexicons loaded",
              name);
  for (size_t k = 0; k < n; k++)
    sbuf_printf(&m, "%s%s", k ? ", " : " (", tenor_lexicon_extra_name(lex, k));
  msg("%s%s", m.s, n ? ")" : "");
  fputs(TRY_HELP, stderr);
  sbuf_free(&m);
  return -1;
}

int cmd_validate(int argc, char **argv) {
  static const struct option longopts[] = {
      {"output", required_argument, NULL, 'o'},
      {"help", no_argument, NULL, 'h'},
      {"gold-col", required_argument, NULL, VA_GOLD_COL},
      {"gold-format", required_argument, NULL, VA_FORMAT},
      {"measure", required_argument, NULL, VA_MEASURE},
      {"neutral", required_argument, NULL, VA_NEUTRAL},
      {"gold-neutral", required_argument, NULL, VA_GOLD_NEUTRAL},
      {"gold-midpoint", required_argument, NULL, VA_MIDPOINT},
      {"bootstrap", required_argument, NULL, VA_BOOT},
      {"seed", required_argument, NULL, VA_SEED},
      {"errors", required_argument, NULL, VA_ERRORS},
      LEXICON_LONGOPTS,
      ACTOR_LONGOPTS,
      {"max-sentence-bytes", required_argument, NULL, CO_MAX_SENTENCE},
      {"text-col", required_argument, NULL, CO_TEXT_COL},
      {"id-col", required_argument, NULL, CO_ID_COL},
      {"excel", no_argument, NULL, CO_EXCEL},
      {"tsv", no_argument, NULL, CO_TSV},
      {"sep", required_argument, NULL, CO_SEP},
      {"decimal", required_argument, NULL, CO_DECIMAL},
      {NULL, 0, NULL, 0}};
  validate_opts v;
  memset(&v, 0, sizeof v);
  v.measure = M_TONE_NORM;
  v.neutral = 0.05;
  v.gold_neutral = -1;
  v.seed = 1;
  const char *gold_col = NULL, *measure = NULL;
  int format = GOLD_AUTO;
  corpus_opts o;
  corpus_opts_init(&o, argc);
#define USAGE(...)                                                                                 \
  do {                                                                                             \
    corpus_opts_free(&o);                                                                          \
    usage_error("validate", __VA_ARGS__);                                                          \
  } while (0)
  opterr = 0;
  optind = 1;
  int ch;
  while ((ch = getopt_long(argc, argv, ":o:l:h", longopts, NULL)) != -1) {
    if (corpus_option(&o, "validate", ch, optarg))
      continue;
    size_t num;
    switch (ch) {
    case 'o':
      v.output = optarg;
      break;
    case VA_GOLD_COL:
      gold_col = optarg;
      break;
    case VA_FORMAT:
      format = gold_format_parse(optarg);
      if (format < GOLD_TSV)
        USAGE("--gold-format takes tsv, csv or jsonl, not '%s'", optarg);
      break;
    case VA_MEASURE:
      measure = optarg;
      break;
    case VA_NEUTRAL:
      if (parse_double(optarg, 0, &v.neutral) != 0)
        USAGE("--neutral needs a number of at least 0, not '%s'", optarg);
      break;
    case VA_GOLD_NEUTRAL:
      if (parse_double(optarg, 0, &v.gold_neutral) != 0)
        USAGE("--gold-neutral needs a number of at least 0, not '%s'", optarg);
      break;
    case VA_MIDPOINT:
      if (parse_double(optarg, 1, &v.gold_midpoint) != 0)
        USAGE("--gold-midpoint needs a number, not '%s'", optarg);
      break;
    case VA_BOOT:
      if (parse_size(optarg, &num) != 0 || num == 0 || num > 10000000)
        USAGE("--bootstrap needs a number of resamples from 1 to 10000000, not '%s'", optarg);
      v.bootstrap = num;
      break;
    case VA_SEED:
      if (parse_size(optarg, &num) != 0)
        USAGE("--seed needs a whole number, not '%s'", optarg);
      v.seed = (unsigned long)num;
      break;
    case VA_ERRORS:
      if (parse_size(optarg, &num) != 0)
        USAGE("--errors needs a whole number of rows, not '%s'", optarg);
      v.errors = num;
      break;
    case 'h':
      help();
      corpus_opts_free(&o);
      return EXIT_OK;
    case ':':
      USAGE("option %s needs a value", argv[optind - 1]);
    default:
      USAGE("unknown option %s", argv[optind - 1]);
    }
  }
  if (argc - optind != 1)
    USAGE(argc == optind ? "give the GOLD standard to validate against (- for stdin)"
                         : "give one GOLD standard, not %d files",
          argc - optind);
  int stance = 0;
  if (measure) {
    int m = 0;
    while (m < NMEASURES && strcmp(measure, measure_names[m]))
      m++;
    stance = m == M_STANCE;
    v.measure = m < NMEASURES ? m : VALIDATE_CATEGORY;
    v.category = measure;
  }
#undef USAGE
  corpus_opts_check(&o, "validate");

  const char *path = argv[optind];
  int status = EXIT_DATA;
  size_t len;
  char *data = slurp_file(path, &len);
  if (!data) {
    corpus_opts_free(&o);
    return EXIT_DATA;
  }
  const char *name = strcmp(path, "-") ? path : "<stdin>";
  gold_columns cols = {o.cols.text, gold_col, o.cols.id};
  gold_set g;
  int read = gold_read(&g, name, data, len,
                       format == GOLD_AUTO ? gold_format_detect(path, data, len) : format, &cols,
                       report, NULL);
  free(data);
  tenor_lexicon *lex = tenor_lexicon_new();
  tenor_actors *actors = tenor_actors_new();
  if (read != 0) {
    status = EXIT_DATA;
  } else if (stance && !g.targets) {
    msg("--measure stance needs a gold standard of targets (JSON Lines, or a CSV with a "
        "mention column)");
    fputs(TRY_HELP, stderr);
    status = EXIT_USAGE;
  } else if (measure && !stance && g.targets) {
    msg("a gold standard of targets is measured by stance; --measure %s is for snippets", measure);
    fputs(TRY_HELP, stderr);
    status = EXIT_USAGE;
  } else if (corpus_load_lexicons(lex, &o) == 0 && corpus_load_actors(actors, &o) == 0) {
    long k = v.measure == VALIDATE_CATEGORY ? find_category(lex, measure) : 0;
    if (k < 0) {
      status = EXIT_USAGE;
    } else {
      v.category_index = (size_t)k;
      status = validate_run(&v, &g, name, lex, actors, &o.opt);
      if (g.skipped && status == EXIT_OK)
        status = EXIT_DATA;
    }
  }
  gold_free(&g);
  tenor_actors_free(actors);
  tenor_lexicon_free(lex);
  corpus_opts_free(&o);
  return status;
}
