/*
 * report_cmd.c - `tenor report`: one command from a corpus to a folder of
 * tables, plots and a readable summary.
 *
 * One pass over the documents feeds the tables of tenor score (score.c),
 * three comparisons (compare.c: by group or the --by the user chose, by
 * date for the timeline, and all documents together for the actors'
 * intervals) and the corpus-wide figures of the summary (report.c).  Then
 * compare.csv, groups.csv and timeline.csv where there are groups or
 * dates, the plots (plots.c, with gnuplot) and summary.md and index.html
 * (summary.c).
 */
#define _POSIX_C_SOURCE 200809L
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "compare.h"
#include "corpus.h"
#include "report.h"
#include "score.h"
#include "util.h"

static void help(void) {
  fputs("Usage: tenor report [OPTION...] [INPUT...] -o DIR\n"
        "Score a corpus and write, in DIR, every table, plots (PNG and SVG, with the\n"
        "gnuplot scripts that drew them), summary.md and a self-contained index.html.\n"
        "\n"
        "INPUT is as for tenor score.  Tables: sentences.csv, documents.csv,\n"
        "actors.csv, pairs.csv; compare.csv and groups.csv where there are two groups\n"
        "or more (or periods, with --by date); timeline.csv where there are dates.\n"
        "\n"
        "  -o, --output DIR            the folder to write (required)\n",
        stdout);
  fputs(compare_help, stdout);
  fputs(corpus_help, stdout);
  fputs("  -h, --help                  print this help and exit\n", stdout);
}

typedef struct report_run {
  score_tables st;
  compare by_group, by_date, overall;
  int dated;           /* the by_date comparison is fed */
  report_data data;
  size_t *tstart, captstart; /* scratch of doc_values_of, with one job */
} report_run;

/* A document's figures, from its analyzer or as a worker took them. */
static int add_figures(report_run *r, const doc *d, const doc_values *dv, const report_values *rv) {
  compare_collect_values(&r->by_group, d, dv);
  if (r->dated)
    compare_collect_values(&r->by_date, d, dv);
  compare_collect_values(&r->overall, d, dv);
  report_add(&r->data, d, rv);
  return EXIT_OK;
}

/* With one job: the rows straight into the tables, the figures from the
 * analyzer. */
static int report_direct(void *ctx, const doc *d, const char *text, size_t len) {
  report_run *r = ctx;
  int status = score_write_doc(&r->st, d, text, len);
  doc_values dv;
  doc_values_of(d->an, r->by_group.nextra_lex, &dv, &r->tstart, &r->captstart);
  report_values rv;
  report_values_of(d->an, &rv);
  add_figures(r, d, &dv, &rv);
  return status;
}

/* In a worker: the rows formatted and the figures copied out of the
 * analyzer, which goes on to the next document. */
typedef struct report_state {
  score_tables *rows;
  doc_capture cv;
  tenor_actor_stats *st;
  tenor_pair_stats *p;
  size_t capst, capp;
  report_values rv;
  size_t nextra;
} report_state;

static void *report_state_new(void *ctx) {
  report_run *r = ctx;
  report_state *rs = xmalloc(sizeof *rs);
  memset(rs, 0, sizeof *rs);
  rs->rows = score_state_new(&r->st);
  rs->nextra = r->by_group.nextra_lex;
  return rs;
}

static int report_state_run(void *state, const doc *d, const char *text, size_t len) {
  report_state *rs = state;
  int status = score_write_doc(rs->rows, d, text, len);
  doc_capture_take(&rs->cv, d->an, rs->nextra);
  report_values rv;
  report_values_of(d->an, &rv);
  rs->st = xgrow(rs->st, &rs->capst, rv.nst, sizeof *rs->st);
  rs->p = xgrow(rs->p, &rs->capp, rv.np, sizeof *rs->p);
  if (rv.nst)
    memcpy(rs->st, rv.st, rv.nst * sizeof *rs->st);
  if (rv.np)
    memcpy(rs->p, rv.p, rv.np * sizeof *rs->p);
  rs->rv = rv;
  rs->rv.s = rs->cv.v.s;
  rs->rv.act = rs->cv.v.act;
  rs->rv.st = rs->st;
  rs->rv.p = rs->p;
  return status;
}

static void report_state_free(void *state) {
  report_state *rs = state;
  score_state_free(rs->rows);
  doc_capture_free(&rs->cv);
  free(rs->st);
  free(rs->p);
  free(rs);
}

static int report_doc(void *ctx, const doc *d, const char *text, size_t len) {
  report_run *r = ctx;
  report_state *rs = d->work;
  (void)text;
  (void)len;
  score_append_rows(&r->st, rs->rows); /* formatted in the worker */
  return add_figures(r, d, &rs->cv.v, &rs->rv);
}

static const doc_work report_work = {report_state_new, report_state_run, report_state_free,
                                     report_direct};

/* compare.csv and groups.csv (two groups or more), timeline.csv (dates). */
static int write_comparisons(report_run *r, const char *dir) {
  compare_tables a, b;
  memset(&a, 0, sizeof a);
  memset(&b, 0, sizeof b);
  const compare *tl = r->by_group.by == BY_DATE ? &r->by_group : r->dated ? &r->by_date : NULL;
  unsigned which = r->by_group.levels.n >= 2 ? CT_COMPARE | CT_GROUPS : 0;
  if (r->by_group.correlate)
    which |= CT_CORRELATIONS;
  if (tl == &r->by_group && tl->tl_periods.n)
    which |= CT_TIMELINE;
  compare_note_unseen_actors(&r->by_group);
  int rc = 0;
  if (which) {
    if (compare_tables_open(&a, dir, which) != 0)
      return -1;
    compare_tables_write(&r->by_group, &a);
    rc |= compare_tables_close(&a, 1);
  }
  if (tl == &r->by_date && tl->tl_periods.n) {
    if (compare_tables_open(&b, dir, CT_TIMELINE) != 0)
      return -1;
    compare_tables_write(&r->by_date, &b);
    rc |= compare_tables_close(&b, 1);
  }
  return rc;
}

int cmd_report(int argc, char **argv) {
  static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                           {"help", no_argument, NULL, 'h'},
                                           COMPARE_LONGOPTS,
                                           CORPUS_LONGOPTS,
                                           {NULL, 0, NULL, 0}};
  const char *dir = NULL;
  report_run r;
  memset(&r, 0, sizeof r);
  compare_init(&r.by_group);
  compare_init(&r.by_date);
  compare_init(&r.overall);
  corpus_opts o;
  corpus_opts_init(&o, argc);
  opterr = 0;
  optind = 1;
  int ch;
  while ((ch = getopt_long(argc, argv, ":o:l:j:h", longopts, NULL)) != -1) {
    if (corpus_option(&o, "report", ch, optarg))
      continue;
    if (compare_option(&r.by_group, "report", ch, optarg))
      continue;
    switch (ch) {
    case 'o':
      dir = optarg;
      break;
    case 'h':
      help();
      compare_free(&r.by_group);
      corpus_opts_free(&o);
      return EXIT_OK;
    case ':':
      compare_free(&r.by_group);
      corpus_opts_free(&o);
      usage_error("report", "option %s needs a value", argv[optind - 1]);
    default:
      compare_free(&r.by_group);
      corpus_opts_free(&o);
      usage_error("report", "unknown option %s", argv[optind - 1]);
    }
  }
  if (!dir) {
    compare_free(&r.by_group);
    corpus_opts_free(&o);
    usage_error("report", "tenor report writes a folder: give -o DIR");
  }
  corpus_opts_check(&o, "report");
  compare_defaults(&r.by_group);
  /* the timeline follows the same measures and actors, by month unless
   * --period says otherwise */
  r.by_date.by = BY_DATE;
  r.by_date.period = r.by_group.period;
  r.by_date.unit_sentence = r.by_group.unit_sentence;
  r.by_date.all_actors = r.by_group.all_actors;
  for (size_t i = 0; i < r.by_group.actors_wanted.n; i++)
    strmap_put(&r.by_date.actors_wanted, r.by_group.actors_wanted.keys[i]);
  memcpy(r.by_date.want, r.by_group.want, sizeof r.by_date.want);
  memcpy(r.by_date.extra_names, r.by_group.extra_names, sizeof r.by_date.extra_names);
  r.by_date.nextra = r.by_group.nextra;
  r.dated = r.by_group.by != BY_DATE;
  /* every actor's intervals over all documents, for the summary and plots */
  r.overall.by = BY_ALL;
  r.overall.all_actors = 1;
  for (int m = 0; m < NMEASURES; m++)
    r.overall.want[m] = 1;

  int status = EXIT_OK;
  corpus cp;
  int bad_measure = 0;
  if (corpus_open(&cp, &o, argv + optind, argc - optind, &status) == 0 &&
      (bad_measure = compare_resolve(&r.by_group, cp.lex) ||
                     compare_resolve(&r.by_date, cp.lex)) == 0 &&
      score_tables_open(&r.st, dir, cp.lex) == 0) {
    r.data.lexicon_entries = tenor_lexicon_size(cp.lex);
    r.data.actor_entries = tenor_actors_size(cp.actors);
    r.data.by_group = &r.by_group;
    r.data.by_date = r.dated ? &r.by_date : &r.by_group;
    r.data.overall = &r.overall;
    r.data.by_date_only = r.by_group.by == BY_DATE;
    int s = corpus_run_with(&cp, &report_work, report_doc, &r, &o);
    if (s > status)
      status = s;
    if (score_tables_close(&r.st, dir, 1) != 0 || write_comparisons(&r, dir) != 0)
      status = EXIT_DATA;
    const char *plots[8], *note;
    int unwritten;
    size_t nplots = report_plots(&r.data, dir, plots, &note, &unwritten);
    if (unwritten)
      status = EXIT_DATA;
    const char *tables[8];
    size_t nt = 0;
    tables[nt++] = "sentences.csv";
    tables[nt++] = "documents.csv";
    tables[nt++] = "actors.csv";
    tables[nt++] = "pairs.csv";
    if (r.by_group.levels.n >= 2) {
      tables[nt++] = "compare.csv";
      tables[nt++] = "groups.csv";
    }
    if (r.data.by_date && r.data.by_date->tl_periods.n)
      tables[nt++] = "timeline.csv";
    if (r.by_group.correlate)
      tables[nt++] = "correlations.csv";
    if (report_write_summary(&r.data, dir, plots, nplots, tables, nt, note) != 0)
      status = EXIT_DATA;
  } else {
    score_tables_close(&r.st, dir, 0);
    status = bad_measure ? EXIT_USAGE : EXIT_DATA;
  }
  corpus_close(&cp);
  report_data_free(&r.data);
  free(r.tstart);
  compare_free(&r.by_group);
  compare_free(&r.by_date);
  compare_free(&r.overall);
  corpus_opts_free(&o);
  return status;
}
