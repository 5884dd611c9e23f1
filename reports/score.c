/*
 * score.c - the tables of tenor score: one row per sentence to stdout or
 * DIR/sentences.csv, and, in DIR, one row per document, per document and
 * actor, and per document, speaker and target.  docs/output.md documents
 * every column.
 */
#define _POSIX_C_SOURCE 200809L
#include "score.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

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

static const char *const table_names[NTABLES] = {"sentences.csv", "documents.csv", "actors.csv",
                                                 "pairs.csv"};
static const char *const *const table_cols[NTABLES] = {sentence_cols, document_cols, actor_cols,
                                                       pair_cols};


/* The first fields of every row: doc_id, group, date. */
static void doc_fields(table *t, const doc *d) {
  table_str(t, d->id, strlen(d->id));
  table_opt(t, d->group);
  table_opt(t, d->date);
}

/* Formats the first fields of the document's rows once (they are the same
 * in each of its rows, and quoting them row by row was a tenth of the
 * time spent on rows). */
static void start_doc_fields(score_tables *r, const doc *d) {
  table_clear(&r->first3);
  doc_fields(&r->first3, d);
}

/* Starts a row of table t with the document's first fields, making room
 * for `most` bytes more: the cursor after them (table_row). */
static char *start_row(score_tables *r, table *t, size_t most) {
  size_t n;
  const char *s = table_pending(&r->first3, &n);
  char *o = table_row(t, n + most);
  memcpy(o, s, n);
  return o + n;
}

/* Each row is written at a cursor, at once (table.h): with a separator
 * before every field after the document's, so that most is bounded by
 * the fields' own bounds plus one a field. */
#define FIELD_SIZE (1 + TABLE_SIZE_MAX)
#define FIELD_NUM (1 + TABLE_NUM_ROOM)
#define FIELD_STR(n) (1 + 2 * (n) + 2)

static void sentence_row(score_tables *r, const char *text, size_t i, const tenor_sentence *s) {
  table *t = &r->t[T_SENTENCES];
  size_t nact, ntar;
  const tenor_actor *act = tenor_analyzer_actors(r->an, &nact);
  const tenor_target *tar = tenor_analyzer_targets(r->an, i, &ntar);
  const char *speaker = s->speaker == TENOR_NO_ACTOR ? "" : act[s->speaker].id;
  size_t nspeaker = strlen(speaker), nids = 0, ntext = s->end - s->start;
  if (ntar > r->capids) {
    r->capids = ntar;
    r->ids = xrealloc(r->ids, ntar * sizeof *r->ids);
  }
  for (size_t k = 0; k < ntar; k++) {
    r->ids[k] = act[tar[k].actor].id;
    nids += strlen(r->ids[k]) + 1;
  }
  char sep = table_separator();
  char *o = start_row(r, t, 7 * FIELD_SIZE + 4 * FIELD_NUM + FIELD_STR(nspeaker) +
                                FIELD_STR(nids) + FIELD_STR(ntext) + 2 * r->nextra * FIELD_NUM);
  *o++ = sep;
  o = tr_size(o, i + 1);
  *o++ = sep;
  o = tr_size(o, s->start);
  *o++ = sep;
  o = tr_size(o, s->end);
  *o++ = sep;
  o = tr_size(o, s->tokens);
  *o++ = sep;
  o = tr_size(o, s->hits);
  *o++ = sep;
  o = tr_opt(o, speaker, nspeaker);
  *o++ = sep;
  o = tr_list(t, o, r->ids, ntar, ';');
  *o++ = sep;
  o = tr_num(t, o, s->tone);
  *o++ = sep;
  o = tr_num(t, o, s->tone_norm);
  *o++ = sep;
  o = tr_num(t, o, s->hostility);
  *o++ = sep;
  o = tr_num(t, o, s->cooperation);
  *o++ = sep;
  o = tr_size(o, s->n_pos);
  *o++ = sep;
  o = tr_size(o, s->n_neg);
  *o++ = sep;
  o = tr_text(t, o, text + s->start, ntext);
  const double *x = tenor_analyzer_extra(r->an, i);
  for (size_t k = 0; k < r->nextra; k++) {
    *o++ = sep;
    o = tr_num(t, o, x[k]);
    *o++ = sep;
    o = tr_ratio(t, o, 100 * x[k], (double)s->tokens);
    r->extra_sum[k] += x[k];
  }
  table_row_end(t, o);
}

static void document_row(score_tables *r, const tenor_docstats *ds) {
  table *t = &r->t[T_DOCUMENTS];
  double ns = (double)ds->sentences, per100 = (double)ds->tokens / 100;
  char sep = table_separator();
  char *o = start_row(r, t, 2 * FIELD_SIZE + 6 * FIELD_NUM + 2 * r->nextra * FIELD_NUM);
  *o++ = sep;
  o = tr_size(o, ds->sentences);
  *o++ = sep;
  o = tr_size(o, ds->tokens);
  *o++ = sep;
  o = tr_ratio(t, o, ds->tone_sum, ns);
  *o++ = sep;
  o = tr_ratio(t, o, ds->tone_norm_sum, ns);
  *o++ = sep;
  o = tr_ratio(t, o, ds->hostility_sum, ns);
  *o++ = sep;
  o = tr_ratio(t, o, ds->hostility_sum, per100);
  *o++ = sep;
  o = tr_ratio(t, o, ds->cooperation_sum, ns);
  *o++ = sep;
  o = tr_ratio(t, o, ds->cooperation_sum, per100);
  for (size_t k = 0; k < r->nextra; k++) {
    *o++ = sep;
    o = tr_num(t, o, r->extra_sum[k]);
    *o++ = sep;
    o = tr_ratio(t, o, r->extra_sum[k], per100);
  }
  table_row_end(t, o);
}

static void actor_rows(score_tables *r) {
  table *t = &r->t[T_ACTORS];
  size_t nact, n;
  const tenor_actor *act = tenor_analyzer_actors(r->an, &nact);
  const tenor_actor_stats *st = tenor_analyzer_actor_stats(r->an, &n);
  char sep = table_separator();
  for (size_t i = 0; i < n; i++) {
    const tenor_actor *a = &act[st[i].actor];
    const char *type = tenor_actor_type_name(a->type);
    size_t nid = strlen(a->id), nname = strlen(a->name), ntype = strlen(type),
           naff = strlen(a->affiliation);
    char *o = start_row(r, t, FIELD_STR(nid) + FIELD_STR(nname) + FIELD_STR(ntype) +
                                  FIELD_STR(naff) + 3 * FIELD_SIZE + 7 * FIELD_NUM);
    *o++ = sep;
    o = tr_str(o, a->id, nid);
    *o++ = sep;
    o = tr_str(o, a->name, nname);
    *o++ = sep;
    o = tr_opt(o, type, ntype);
    *o++ = sep;
    o = tr_opt(o, a->affiliation, naff);
    *o++ = sep;
    o = tr_size(o, st[i].mentions);
    *o++ = sep;
    o = tr_size(o, st[i].as_target);
    *o++ = sep;
    o = tr_ratio(t, o, st[i].stance_sum, (double)st[i].as_target);
    *o++ = sep;
    o = tr_num(t, o, st[i].tone_as_target);
    *o++ = sep;
    o = tr_num(t, o, st[i].hostility_as_target);
    *o++ = sep;
    o = tr_num(t, o, st[i].cooperation_as_target);
    *o++ = sep;
    o = tr_size(o, st[i].as_speaker);
    *o++ = sep;
    o = tr_num(t, o, st[i].tone_as_speaker);
    *o++ = sep;
    o = tr_num(t, o, st[i].hostility_as_speaker);
    *o++ = sep;
    o = tr_num(t, o, st[i].cooperation_as_speaker);
    table_row_end(t, o);
  }
}

static void pair_rows(score_tables *r) {
  table *t = &r->t[T_PAIRS];
  size_t nact, n;
  const tenor_actor *act = tenor_analyzer_actors(r->an, &nact);
  const tenor_pair_stats *p = tenor_analyzer_pairs(r->an, &n);
  char sep = table_separator();
  for (size_t i = 0; i < n; i++) {
    const char *speaker = act[p[i].speaker].id, *target = act[p[i].target].id;
    size_t ns = strlen(speaker), nt = strlen(target);
    char *o = start_row(r, t, FIELD_STR(ns) + FIELD_STR(nt) + FIELD_SIZE + 4 * FIELD_NUM);
    *o++ = sep;
    o = tr_opt(o, speaker, ns);
    *o++ = sep;
    o = tr_opt(o, target, nt);
    *o++ = sep;
    o = tr_size(o, p[i].sentences);
    *o++ = sep;
    o = tr_ratio(t, o, p[i].stance_sum, (double)p[i].sentences);
    *o++ = sep;
    o = tr_num(t, o, p[i].tone);
    *o++ = sep;
    o = tr_num(t, o, p[i].hostility);
    *o++ = sep;
    o = tr_num(t, o, p[i].cooperation);
    table_row_end(t, o);
  }
}

/* Writes the rows of one analysed document. */
int score_write_doc(void *ctx, const doc *d, const char *text, size_t len) {
  (void)len;
  score_tables *r = ctx;
  r->an = d->an;
  size_t n;
  const tenor_sentence *s = tenor_analyzer_sentences(r->an, &n);
  tenor_docstats ds = {0};
  for (size_t k = 0; k < r->nextra; k++)
    r->extra_sum[k] = 0;
  start_doc_fields(r, d);
  for (size_t i = 0; i < n; i++) {
    sentence_row(r, text, i, &s[i]);
    tenor_docstats_add(&ds, &s[i]);
  }
  if (r->dir) {
    document_row(r, &ds);
    actor_rows(r);
    pair_rows(r);
  }
  return EXIT_OK;
}

/* The header of table k: its fixed columns, then two per category of
 * the user's own (sentences and documents). */
static void header(score_tables *r, int k) {
  const char *const *fixed = table_cols[k];
  if (k != T_SENTENCES && k != T_DOCUMENTS) {
    table_header(&r->t[k], fixed);
    return;
  }
  size_t nf = 0;
  while (fixed[nf])
    nf++;
  const char **cols = xmalloc((nf + 2 * r->nextra + 1) * sizeof *cols);
  char **names = xmalloc((r->nextra ? r->nextra : 1) * sizeof *names);
  memcpy(cols, fixed, nf * sizeof *cols);
  for (size_t x = 0; x < r->nextra; x++) {
    const char *name = tenor_lexicon_extra_name(r->lex, x);
    names[x] = xasprintf("%s_per_100_tokens", name);
    cols[nf + 2 * x] = name;
    cols[nf + 2 * x + 1] = names[x];
  }
  cols[nf + 2 * r->nextra] = NULL;
  table_header(&r->t[k], cols);
  for (size_t x = 0; x < r->nextra; x++)
    free(names[x]);
  free(names);
  free(cols);
}

int score_tables_open_memory(score_tables *r, const tenor_lexicon *lex) {
  table_memory(&r->first3);
  r->dir = 1;
  r->lex = lex;
  r->nextra = tenor_lexicon_extra_count(lex);
  for (int k = 0; k < NTABLES; k++) {
    table_memory(&r->t[k]);
    header(r, k);
  }
  r->extra_sum = xmalloc((r->nextra ? r->nextra : 1) * sizeof *r->extra_sum);
  return 0;
}

const char *score_table_name(int k) { return table_names[k]; }

/* ------------------------------------------- rows formatted in the workers */

void *score_state_new(score_tables *r) {
  score_tables *local = xmalloc(sizeof *local);
  memset(local, 0, sizeof *local);
  score_tables_open_memory(local, r->lex);
  local->dir = r->dir; /* sentences only, when they go to stdout */
  for (int k = 0; k < NTABLES; k++)
    table_clear(&local->t[k]); /* the headers are the real tables' */
  return local;
}

static void *state_new(void *ctx) { return score_state_new(ctx); }

static int state_run(void *state, const doc *d, const char *text, size_t len) {
  return score_write_doc(state, d, text, len);
}

void score_state_free(void *state) {
  score_tables_close(state, NULL, 0);
  free(state);
}

const doc_work score_work = {state_new, state_run, score_state_free, score_write_doc};

void score_append_rows(score_tables *r, score_tables *local) {
  for (int k = 0; k < (r->dir ? NTABLES : 1); k++) {
    size_t n;
    const char *rows = table_pending(&local->t[k], &n);
    table_raw(&r->t[k], rows, n);
    table_clear(&local->t[k]);
  }
}

int score_append_doc(void *ctx, const doc *d, const char *text, size_t len) {
  (void)text;
  (void)len;
  score_append_rows(ctx, d->work);
  return EXIT_OK;
}

/* Opens the tables: all four in DIR, or sentences.csv on stdout. */
int score_tables_open(score_tables *r, const char *dir, const tenor_lexicon *lex) {
  table_memory(&r->first3);
  r->dir = dir != NULL;
  r->lex = lex;
  r->nextra = tenor_lexicon_extra_count(lex);
  if (!dir) {
    table_stdout(&r->t[T_SENTENCES]);
    header(r, T_SENTENCES);
    r->extra_sum = xmalloc((r->nextra ? r->nextra : 1) * sizeof *r->extra_sum);
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
    header(r, k);
  }
  r->extra_sum = xmalloc((r->nextra ? r->nextra : 1) * sizeof *r->extra_sum);
  return 0;
}

int score_tables_close(score_tables *r, const char *dir, int ok) {
  int n = NTABLES, rc = 0; /* every table: those in memory and those never opened too */
  for (int k = 0; k < n; k++) {
    if (!r->t[k].f) {
      table_abort(&r->t[k]); /* a table in memory, or never opened */
      continue;
    }
    if (!ok || rc) {
      table_abort(&r->t[k]);
    } else if (table_commit(&r->t[k]) != 0) {
      if (dir)
        msg("cannot write %s/%s: %s", dir, table_names[k], strerror(errno));
      else
        msg("writing output failed: %s", strerror(errno));
      rc = -1;
    }
  }
  free(r->ids);
  free(r->extra_sum);
  table_abort(&r->first3);
  r->ids = NULL;
  r->extra_sum = NULL;
  return rc;
}
