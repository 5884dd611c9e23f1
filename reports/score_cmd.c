/*
 * score_cmd.c - `tenor score`: documents in, scored sentences out.
 *
 * corpus.c gathers and analyses the documents; this file streams one row
 * per sentence to stdout or to DIR/sentences.csv, and, in DIR, one row
 * per document, per document and actor, and per document, speaker and
 * target.  Problems with one document are reported and the rest are still
 * scored; the exit status is then 1.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "corpus.h"
#include "table.h"
#include "tenor.h"
#include "util.h"

static const char *const sentence_cols[] = {
    "doc_id", "group", "date", "sentence", "start", "end", "tokens", "hits", "speaker",
    "targets", "tone", "tone_norm", "hostility", "cooperation", "n_pos", "n_neg", "text", NULL};
static const char *const document_cols[] = {
    "doc_id", "group", "date", "sentences", "tokens", "tone_mean", "tone_norm_mean",
    "hostility_mean", "hostility_per_100_tokens", "cooperation_mean",
    "cooperation_per_100_tokens", NULL};
static const char *const actor_cols[] = {
    "doc_id", "group", "date", "actor", "name", "type", "affiliation", "mentions", "as_target",
    "stance_as_target", "tone_as_target", "hostility_as_target", "cooperation_as_target",
    "as_speaker", "tone_as_speaker", "hostility_as_speaker", "cooperation_as_speaker", NULL};
static const char *const pair_cols[] = {"doc_id", "group", "date", "speaker", "target",
                                        "sentences", "stance", "tone", "hostility",
                                        "cooperation", NULL};

static void help(void) {
  fputs("Usage: tenor score [OPTION...] [INPUT...]\n"
        "Score every sentence of the input for tone, hostility and cooperation,\n"
        "and find its speaker, its targets and the stance toward each.\n"
        "\n"
        "INPUT is a text file, a folder (every *.txt file below it, in sorted order)\n"
        "or - for stdin, which is also the default when there is no --csv.\n"
        "\n"
        "  -o, --output DIR            write sentences.csv, documents.csv, actors.csv\n"
        "                              and pairs.csv in DIR; without it, sentences.csv\n"
        "                              goes to stdout\n",
        stdout);
  fputs(corpus_help, stdout);
  fputs("  -h, --help                  print this help and exit\n"
        "\n"
        "Exit status: 0 success, 1 bad input or a system error (the other\n"
        "documents are still scored), 2 a usage error.\n",
        stdout);
}

enum { T_SENTENCES, T_DOCUMENTS, T_ACTORS, T_PAIRS, NTABLES };
static const char *const table_names[NTABLES] = {"sentences.csv", "documents.csv", "actors.csv",
                                                 "pairs.csv"};
static const char *const *const table_cols[NTABLES] = {sentence_cols, document_cols, actor_cols,
                                                       pair_cols};

typedef struct run {
  tenor_analyzer *an;
  table t[NTABLES];
  int dir;          /* writing to a folder: all four tables; else sentences on stdout */
  const char **ids; /* scratch for the targets column */
  size_t capids;
} run;

/* The first fields of every row: doc_id, group, date. */
static void doc_fields(table *t, const doc *d) {
  table_str(t, d->id, strlen(d->id));
  table_opt(t, d->group);
  table_opt(t, d->date);
}

static void sentence_row(run *r, const doc *d, const char *text, size_t i,
                         const tenor_sentence *s) {
  table *t = &r->t[T_SENTENCES];
  size_t nact, ntar;
  const tenor_actor *act = tenor_analyzer_actors(r->an, &nact);
  const tenor_target *tar = tenor_analyzer_targets(r->an, i, &ntar);
  doc_fields(t, d);
  table_size(t, i + 1);
  table_size(t, s->start);
  table_size(t, s->end);
  table_size(t, s->tokens);
  table_size(t, s->hits);
  table_opt(t, s->speaker == TENOR_NO_ACTOR ? "" : act[s->speaker].id);
  if (ntar > r->capids) {
    r->capids = ntar;
    r->ids = xrealloc(r->ids, ntar * sizeof *r->ids);
  }
  for (size_t k = 0; k < ntar; k++)
    r->ids[k] = act[tar[k].actor].id;
  table_list(t, r->ids, ntar, ';');
  table_num(t, s->tone);
  table_num(t, s->tone_norm);
  table_num(t, s->hostility);
  table_num(t, s->cooperation);
  table_size(t, s->n_pos);
  table_size(t, s->n_neg);
  table_text(t, text + s->start, s->end - s->start);
  table_end_row(t);
}

static void document_row(run *r, const doc *d, const tenor_docstats *ds) {
  table *t = &r->t[T_DOCUMENTS];
  double ns = (double)ds->sentences, per100 = (double)ds->tokens / 100;
  doc_fields(t, d);
  table_size(t, ds->sentences);
  table_size(t, ds->tokens);
  table_ratio(t, ds->tone_sum, ns);
  table_ratio(t, ds->tone_norm_sum, ns);
  table_ratio(t, ds->hostility_sum, ns);
  table_ratio(t, ds->hostility_sum, per100);
  table_ratio(t, ds->cooperation_sum, ns);
  table_ratio(t, ds->cooperation_sum, per100);
  table_end_row(t);
}

static void actor_rows(run *r, const doc *d) {
  table *t = &r->t[T_ACTORS];
  size_t nact, n;
  const tenor_actor *act = tenor_analyzer_actors(r->an, &nact);
  const tenor_actor_stats *st = tenor_analyzer_actor_stats(r->an, &n);
  for (size_t i = 0; i < n; i++) {
    const tenor_actor *a = &act[st[i].actor];
    doc_fields(t, d);
    table_str(t, a->id, strlen(a->id));
    table_str(t, a->name, strlen(a->name));
    table_opt(t, tenor_actor_type_name(a->type));
    table_opt(t, a->affiliation);
    table_size(t, st[i].mentions);
    table_size(t, st[i].as_target);
    table_ratio(t, st[i].stance_sum, (double)st[i].as_target);
    table_num(t, st[i].tone_as_target);
    table_num(t, st[i].hostility_as_target);
    table_num(t, st[i].cooperation_as_target);
    table_size(t, st[i].as_speaker);
    table_num(t, st[i].tone_as_speaker);
    table_num(t, st[i].hostility_as_speaker);
    table_num(t, st[i].cooperation_as_speaker);
    table_end_row(t);
  }
}

static void pair_rows(run *r, const doc *d) {
  table *t = &r->t[T_PAIRS];
  size_t nact, n;
  const tenor_actor *act = tenor_analyzer_actors(r->an, &nact);
  const tenor_pair_stats *p = tenor_analyzer_pairs(r->an, &n);
  for (size_t i = 0; i < n; i++) {
    doc_fields(t, d);
    table_opt(t, act[p[i].speaker].id);
    table_opt(t, act[p[i].target].id);
    table_size(t, p[i].sentences);
    table_ratio(t, p[i].stance_sum, (double)p[i].sentences);
    table_num(t, p[i].tone);
    table_num(t, p[i].hostility);
    table_num(t, p[i].cooperation);
    table_end_row(t);
  }
}

/* Writes the rows of one analysed document. */
static int write_doc(void *ctx, const doc *d, const char *text, size_t len) {
  (void)len;
  run *r = ctx;
  size_t n;
  const tenor_sentence *s = tenor_analyzer_sentences(r->an, &n);
  tenor_docstats ds = {0};
  for (size_t i = 0; i < n; i++) {
    sentence_row(r, d, text, i, &s[i]);
    tenor_docstats_add(&ds, &s[i]);
  }
  if (r->dir) {
    document_row(r, d, &ds);
    actor_rows(r, d);
    pair_rows(r, d);
  }
  return EXIT_OK;
}

/* Opens the tables: all four in DIR, or sentences.csv on stdout. */
static int open_tables(run *r, const char *dir) {
  r->dir = dir != NULL;
  if (!dir) {
    table_stdout(&r->t[T_SENTENCES]);
    table_header(&r->t[T_SENTENCES], sentence_cols);
    return 0;
  }
  if (make_dir(dir) != 0) {
    msg("cannot create %s: %s", dir, strerror(errno));
    return -1;
  }
  for (int k = 0; k < NTABLES; k++) {
    if (table_open(&r->t[k], dir, table_names[k]) != 0) {
      msg("cannot write in %s: %s", dir, strerror(errno));
      while (k-- > 0)
        table_abort(&r->t[k]);
      return -1;
    }
    table_header(&r->t[k], table_cols[k]);
  }
  return 0;
}

/* Commits the tables; after a failure the rest are dropped. */
static int commit_tables(run *r, const char *dir) {
  int n = r->dir ? NTABLES : 1;
  for (int k = 0; k < n; k++) {
    if (table_commit(&r->t[k]) != 0) {
      if (dir)
        msg("cannot write %s/%s: %s", dir, table_names[k], strerror(errno));
      else
        msg("writing output failed: %s", strerror(errno));
      while (++k < n)
        table_abort(&r->t[k]);
      return -1;
    }
  }
  return 0;
}

int cmd_score(int argc, char **argv) {
  static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                           {"help", no_argument, NULL, 'h'},
                                           CORPUS_LONGOPTS,
                                           {NULL, 0, NULL, 0}};
  const char *outdir = NULL;
  corpus_opts o;
  corpus_opts_init(&o, argc);
  opterr = 0;
  optind = 1;
  int c;
  while ((c = getopt_long(argc, argv, ":o:l:h", longopts, NULL)) != -1) {
    if (corpus_option(&o, "score", c, optarg))
      continue;
    switch (c) {
    case 'o':
      outdir = optarg;
      break;
    case 'h':
      help();
      corpus_opts_free(&o);
      return EXIT_OK;
    case ':':
      corpus_opts_free(&o);
      usage_error("score", "option %s needs a value", argv[optind - 1]);
    default:
      corpus_opts_free(&o);
      usage_error("score", "unknown option %s", argv[optind - 1]);
    }
  }
  corpus_opts_check(&o, "score");

  int status = EXIT_OK;
  corpus cp;
  run r;
  memset(&r, 0, sizeof r);
  if (corpus_open(&cp, &o, argv + optind, argc - optind, &status) == 0 &&
      open_tables(&r, outdir) == 0) {
    r.an = cp.an;
    int s = corpus_run(&cp, write_doc, &r, &o);
    if (s > status)
      status = s;
    if (commit_tables(&r, outdir) != 0)
      status = EXIT_DATA;
  } else {
    status = EXIT_DATA;
  }
  corpus_close(&cp);
  free(r.ids);
  corpus_opts_free(&o);
  return status;
}
