/*
 * compare.c - the engine of tenor compare (and of the comparisons in
 * tenor report): values per document, or per sentence with --unit
 * sentence, for each measure and for each actor as target and as speaker,
 * kept under the document's group or period; then the tests of libtenor
 * (GSL) over them, and the tables compare.csv, groups.csv, timeline.csv
 * and correlations.csv.  docs/compare.md documents every test and column.
 */
#define _POSIX_C_SOURCE 200809L
#include "compare.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sbuf.h"
#include "util.h"

const char *const measure_names[NMEASURES] = {"tone", "tone_norm", "hostility", "cooperation",
                                              "stance"};
const char *const role_names[NROLES] = {"", "target", "speaker"};
const int has_measure[NROLES][NMEASURES] = {{1, 1, 1, 1, 0}, {1, 0, 1, 1, 1}, {1, 1, 1, 1, 0}};

static const char *const compare_cols[] = {
    "measure", "actor", "role", "group_a", "group_b", "n_a", "n_b", "mean_a", "mean_b", "diff",
    "ci_low", "ci_high", "test", "statistic", "df", "p", "p_holm", "p_bh", "effect",
    "effect_size", "df2", "note", NULL};
static const char *const group_cols[] = {"measure", "actor", "role", "group", "n", "mean", "sd",
                                         "se", "ci_low", "ci_high", "median", "q1", "q3", "iqr",
                                         "min", "max", "note", NULL};
static const char *const timeline_cols[] = {"measure", "actor", "role", "period", "group", "n",
                                            "mean", "ci_low", "ci_high", "note", NULL};
static const char *const correlation_cols[] = {"group", "measure_a", "measure_b", "n", "method",
                                               "r", "ci_low", "ci_high", "p", "note", NULL};

const char compare_help[] =
    "      --by group|date         compare groups (the default) or periods\n"
    "      --period day|week|month the period of --by date (default month)\n"
    "      --measure NAME          tone, tone_norm, hostility, cooperation or\n"
    "                              stance (repeatable; default tone_norm,\n"
    "                              hostility, cooperation and stance)\n"
    "      --unit document|sentence  what one value is (default document:\n"
    "                              sentences of one document are not independent)\n"
    "      --actor ID              also compare how this actor is treated as a\n"
    "                              target and how it speaks (repeatable)\n"
    "      --actors all            do so for every actor\n"
    "      --bootstrap N           a percentile bootstrap interval of each\n"
    "                              difference, N resamples\n"
    "      --permutations N        a permutation test of each difference\n"
    "      --seed S                the seed of both (default 1)\n"
    "      --correlate             Pearson and Spearman correlations between\n"
    "                              the measures across documents\n";


static void cell_add(cell *c, double x) {
  if (c->n == c->cap) {
    c->cap = c->cap ? c->cap * 2 : 16;
    c->v = xrealloc(c->v, c->cap * sizeof *c->v);
  }
  c->v[c->n++] = x;
}



/* c->key made room for n bytes. */
static char *key_room(compare *c, size_t n) {
  if (n > c->capkey) {
    c->capkey = n * 2;
    c->key = xrealloc(c->key, c->capkey);
  }
  return c->key;
}

/* The key of a cell: "s l", or "s l g" for a cell of the timeline. */
static const char *cell_key(compare *c, size_t s, size_t l, size_t g, int timeline) {
  char *o = key_room(c, 80);
  o = put_decimal(o, s);
  *o++ = ' ';
  o = put_decimal(o, l);
  if (timeline) {
    *o++ = ' ';
    o = put_decimal(o, g);
  }
  *o = 0;
  return c->key;
}

/* The series of a measure, role and actor, made when new.  The key
 * "measure|role|actor" is written by hand: with --actors all, printf made
 * it for each value of each actor of each document, and took a third of
 * the time the main thread spent collecting them. */
static size_t series_of(compare *c, int measure, int role, const char *actor) {
  size_t n = strlen(actor);
  char *o = key_room(c, n + 56);
  o = put_decimal(o, (size_t)measure);
  *o++ = '|';
  o = put_decimal(o, (size_t)role);
  *o++ = '|';
  memcpy(o, actor, n + 1);
  size_t k = strmap_put(&c->series_keys, c->key);
  if (k == c->nseries) {
    if (c->nseries == c->capseries) {
      c->capseries = c->capseries ? c->capseries * 2 : 16;
      c->series = xrealloc(c->series, c->capseries * sizeof *c->series);
    }
    series s = {measure, role, xstrdup(actor), SIZE_MAX, 0, SIZE_MAX, 0, 0};
    c->series[c->nseries++] = s;
  }
  return k;
}

/* The index of the cell of key in cells, made when new. */
static size_t cell_at(strmap *index, cell **cells, size_t *n, size_t *cap, const char *key) {
  size_t k = strmap_put(index, key);
  if (k == *n) {
    if (*n == *cap) {
      *cap = *cap ? *cap * 2 : 16;
      *cells = xrealloc(*cells, *cap * sizeof **cells);
    }
    memset(&(*cells)[*n], 0, sizeof **cells);
    (*n)++;
  }
  return k;
}

/* The index of a level: the last one's again, most of the time. */
static size_t level_of(compare *c, const char *level) {
  if (c->last_level < c->levels.n && !strcmp(c->levels.keys[c->last_level], level))
    return c->last_level;
  return c->last_level = strmap_put(&c->levels, level);
}

/* Adds one value of a series at the document's level (and period). */
static void add(compare *c, int measure, int role, const char *actor, const char *level,
                const char *group, double x) {
  size_t s = series_of(c, measure, role, actor), l = level_of(c, level);
  series *se = &c->series[s];
  if (se->at_level != l) {
    se->at_cell =
        cell_at(&c->cells_index, &c->cells, &c->ncells, &c->capcells, cell_key(c, s, l, 0, 0));
    se->at_level = l;
  }
  cell_add(&c->cells[se->at_cell], x);
  if (c->by == BY_DATE) {
    size_t g = strmap_put(&c->tl_groups, group);
    strmap_put(&c->tl_periods, level);
    if (se->tl_level != l || se->tl_group != g) {
      se->tl_cell = cell_at(&c->tl_index, &c->tl, &c->ntl, &c->captl, cell_key(c, s, l, g, 1));
      se->tl_level = l;
      se->tl_group = g;
    }
    cell_add(&c->tl[se->tl_cell], x);
  }
}

int compare_has_measure(int role, int m) {
  return m < NMEASURES ? has_measure[role][m] : role != R_TARGET;
}

const char *compare_measure_name(const compare *c, int m) {
  return m < NMEASURES ? measure_names[m] : c->extra_names[m - NMEASURES];
}

/* The value of measure m in sentence i of a document. */
static double sentence_value(const compare *c, const doc_values *v, size_t i, int m) {
  if (m >= NMEASURES)
    return v->extra[i * v->nextra + c->extra_index[m - NMEASURES]];
  const tenor_sentence *s = v->s + i;
  switch (m) {
  case M_TONE:
    return s->tone;
  case M_TONE_NORM:
    return s->tone_norm;
  case M_HOSTILITY:
    return s->hostility;
  default:
    return s->cooperation;
  }
}

static double target_value(const tenor_target *t, int m) {
  switch (m) {
  case M_TONE:
    return t->tone;
  case M_HOSTILITY:
    return t->hostility;
  case M_COOPERATION:
    return t->cooperation;
  default:
    return t->stance;
  }
}

static int wanted_actor(const compare *c, const char *id) {
  return c->all_actors || strmap_find(&c->actors_wanted, id) != (size_t)-1;
}

/* The document's running sums of actor id in a role: one per measure,
 * then the number of sentences concerned. */
static double *actor_sums(compare *c, const char *id, int role) {
  size_t k = strmap_put(&c->doc_actors, id);
  if (k >= c->capsums) {
    size_t old = c->capsums;
    c->capsums = (k + 1) * 2;
    c->sums = xrealloc(c->sums, c->capsums * sizeof *c->sums);
    memset(c->sums + old, 0, (c->capsums - old) * sizeof *c->sums);
  }
  return c->sums[k][role];
}

/* Adds an actor's value: at once per sentence, or summed for the document. */
static void actor_value(compare *c, const char *id, int role, int m, double x, const char *level,
                        const char *group) {
  if (c->unit_sentence)
    add(c, m, role, id, level, group, x);
  else
    actor_sums(c, id, role)[m] += x;
}

static void actor_count(compare *c, const char *id, int role) {
  if (!c->unit_sentence)
    actor_sums(c, id, role)[MAX_MEASURES] += 1; /* sentences concerned */
}

void doc_values_of(tenor_analyzer *an, size_t nextra, doc_values *v, size_t **scratch,
                   size_t *cap) {
  v->s = tenor_analyzer_sentences(an, &v->n);
  v->act = tenor_analyzer_actors(an, &v->nact);
  v->nextra = nextra;
  v->extra = v->n && nextra ? tenor_analyzer_extra(an, 0) : NULL;
  if (v->n + 1 > *cap) {
    *cap = v->n + 1;
    *scratch = xrealloc(*scratch, *cap * sizeof **scratch);
  }
  size_t nt;
  v->targets = v->n ? tenor_analyzer_targets(an, 0, &nt) : NULL;
  (*scratch)[0] = 0;
  for (size_t i = 0; i < v->n; i++) {
    tenor_analyzer_targets(an, i, &nt);
    (*scratch)[i + 1] = (*scratch)[i] + nt;
  }
  v->tstart = *scratch;
}

void doc_capture_take(doc_capture *cv, tenor_analyzer *an, size_t nextra) {
  doc_values v;
  doc_values_of(an, nextra, &v, &cv->tstart, &cv->captstart); /* tstart: kept here */
  size_t nt = v.tstart[v.n], nx = v.extra ? v.n * v.nextra : 0, strs = 0;
  cv->s = xgrow(cv->s, &cv->caps, v.n, sizeof *cv->s);
  cv->targets = xgrow(cv->targets, &cv->captargets, nt, sizeof *cv->targets);
  cv->extra = xgrow(cv->extra, &cv->capextra, nx, sizeof *cv->extra);
  cv->act = xgrow(cv->act, &cv->capact, v.nact, sizeof *cv->act);
  if (v.n)
    memcpy(cv->s, v.s, v.n * sizeof *cv->s);
  if (nt)
    memcpy(cv->targets, v.targets, nt * sizeof *cv->targets);
  if (nx)
    memcpy(cv->extra, v.extra, nx * sizeof *cv->extra);
  for (size_t k = 0; k < v.nact; k++)
    strs += strlen(v.act[k].id) + strlen(v.act[k].name) + strlen(v.act[k].affiliation) + 3;
  cv->strs = xgrow(cv->strs, &cv->capstrs, strs, 1);
  char *at = cv->strs;
  for (size_t k = 0; k < v.nact; k++) {
    const char *from[3] = {v.act[k].id, v.act[k].name, v.act[k].affiliation};
    const char *to[3];
    for (int f = 0; f < 3; f++) {
      size_t n = strlen(from[f]) + 1;
      memcpy(at, from[f], n);
      to[f] = at;
      at += n;
    }
    cv->act[k] = v.act[k];
    cv->act[k].id = to[0];
    cv->act[k].name = to[1];
    cv->act[k].affiliation = to[2];
  }
  cv->v = v;
  cv->v.s = cv->s;
  cv->v.act = cv->act;
  cv->v.targets = cv->targets;
  cv->v.tstart = cv->tstart;
  cv->v.extra = nx ? cv->extra : NULL;
}

void doc_capture_free(doc_capture *cv) {
  free(cv->s);
  free(cv->act);
  free(cv->targets);
  free(cv->tstart);
  free(cv->extra);
  free(cv->strs);
  memset(cv, 0, sizeof *cv);
}

/* compare_work's state: a document's values and how many categories. */
typedef struct capture_state {
  doc_capture cv;
  size_t nextra;
} capture_state;

static void *capture_new(void *ctx) {
  capture_state *cs = xmalloc(sizeof *cs);
  memset(cs, 0, sizeof *cs);
  cs->nextra = ((compare *)ctx)->nextra_lex;
  return cs;
}

static int capture_run(void *state, const doc *d, const char *text, size_t len) {
  (void)text;
  (void)len;
  capture_state *cs = state;
  doc_capture_take(&cs->cv, d->an, cs->nextra);
  return EXIT_OK;
}

static void capture_free(void *state) {
  doc_capture_free(&((capture_state *)state)->cv);
  free(state);
}

int compare_collect_work(void *ctx, const doc *d, const char *text, size_t len) {
  (void)text;
  (void)len;
  compare_collect_values(ctx, d, &((capture_state *)d->work)->cv.v);
  return EXIT_OK;
}

const doc_work compare_work = {capture_new, capture_run, capture_free, compare_collect};

int compare_collect(void *ctx, const doc *d, const char *text, size_t len) {
  (void)text;
  (void)len;
  compare *c = ctx;
  c->an = d->an;
  doc_values v;
  doc_values_of(d->an, c->nextra_lex, &v, &c->tstart, &c->captstart);
  compare_collect_values(c, d, &v);
  return EXIT_OK;
}

void compare_collect_values(compare *c, const doc *d, const doc_values *v) {
  char level[32];
  const char *lv = d->group;
  if (c->by == BY_ALL) {
    lv = "all";
  } else if (c->by == BY_GROUP && !*lv) {
    c->ungrouped++;
    return;
  }
  if (c->by == BY_DATE) {
    tenor_date dt;
    if (!*d->date || tenor_date_parse(d->date, strlen(d->date), &dt) != TENOR_OK) {
      c->undated++;
      return;
    }
    tenor_date_period(&dt, c->period, level);
    lv = level;
  }
  size_t n = v->n;
  const tenor_sentence *s = v->s;
  if (!n)
    return;
  level_of(c, lv); /* a level even where a series has no value */
  for (int m = 0; m < c->nmeasures; m++) {
    if (!c->want[m] || !compare_has_measure(R_ALL, m))
      continue;
    double sum = 0;
    for (size_t i = 0; i < n; i++) {
      double x = sentence_value(c, v, i, m);
      if (c->unit_sentence)
        add(c, m, R_ALL, "", lv, d->group, x);
      sum += x;
    }
    if (!c->unit_sentence)
      add(c, m, R_ALL, "", lv, d->group, sum / (double)n);
    if (c->correlate)
      cell_add(&c->corr[m], sum / (double)n);
  }
  if (c->correlate)
    cell_add(&c->corr_group, (double)strmap_put(&c->groups, d->group));
  if (!c->all_actors && !c->actors_wanted.n)
    return;

  const tenor_actor *act = v->act;
  strmap_free(&c->doc_actors);
  if (c->sums)
    memset(c->sums, 0, c->capsums * sizeof *c->sums);
  for (size_t i = 0; i < n; i++) {
    size_t nt = v->tstart[i + 1] - v->tstart[i];
    const tenor_target *t = nt ? v->targets + v->tstart[i] : NULL; /* targets may be NULL */
    for (size_t k = 0; k < nt; k++) {
      const char *id = act[t[k].actor].id;
      if (!wanted_actor(c, id))
        continue;
      actor_count(c, id, R_TARGET);
      for (int m = 0; m < NMEASURES; m++)
        if (c->want[m] && has_measure[R_TARGET][m])
          actor_value(c, id, R_TARGET, m, target_value(&t[k], m), lv, d->group);
    }
    if (s[i].speaker != TENOR_NO_ACTOR && wanted_actor(c, act[s[i].speaker].id)) {
      const char *id = act[s[i].speaker].id;
      actor_count(c, id, R_SPEAKER);
      for (int m = 0; m < c->nmeasures; m++)
        if (c->want[m] && compare_has_measure(R_SPEAKER, m))
          actor_value(c, id, R_SPEAKER, m, sentence_value(c, v, i, m), lv, d->group);
    }
  }
  for (size_t k = 0; c->sums && k < c->doc_actors.n && !c->unit_sentence; k++)
    for (int role = R_TARGET; role < NROLES; role++) {
      double count = c->sums[k][role][MAX_MEASURES];
      for (int m = 0; m < c->nmeasures && count > 0; m++)
        if (c->want[m] && compare_has_measure(role, m))
          add(c, m, role, c->doc_actors.keys[k], lv, d->group, c->sums[k][role][m] / count);
    }
}

/* ---------------------------------------------------------- output */


static void series_fields(const compare *c, table *t, const series *s) {
  table_opt(t, compare_measure_name(c, s->measure));
  table_opt(t, s->actor);
  table_opt(t, role_names[s->role]);
}

#define DECIMALS 6    /* of every number in the tables of compare */
#define P_DECIMALS 10 /* of p values, so that small ones keep their digits */

/* A statistic that may be missing. */
static void num_or_na(table *t, double v, int na) {
  if (na)
    table_empty(t);
  else
    table_fixed(t, v, DECIMALS);
}

static void p_or_na(table *t, double v, int na) {
  if (na)
    table_empty(t);
  else
    table_fixed(t, v, P_DECIMALS);
}


/* A row of compare.csv; sm holds the summaries of the series' cells, in
 * the order of the levels' names. */
static void write_row(const compare *c, table *t, const compare_row *w, const tenor_summary *sm) {
  series_fields(c, t, w->s);
  table_opt(t, w->a ? w->a : "");
  table_opt(t, w->b ? w->b : "");
  if (w->a) {
    table_size(t, w->ca ? w->ca->n : 0);
    table_size(t, w->cb ? w->cb->n : 0);
    const tenor_summary sa = sm[w->ia], sb = sm[w->ib];
    num_or_na(t, sa.mean, sa.n == 0);
    num_or_na(t, sb.mean, sb.n == 0);
    num_or_na(t, w->r.diff, sa.n == 0 || sb.n == 0);
  } else {
    table_size(t, w->n_all);
    table_empty(t);
    table_empty(t);
    table_empty(t);
    table_empty(t);
  }
  num_or_na(t, w->r.ci_low, w->r.na || !w->has_ci);
  num_or_na(t, w->r.ci_high, w->r.na || !w->has_ci);
  table_opt(t, w->test);
  num_or_na(t, w->r.statistic, w->r.na || !w->has_stat);
  num_or_na(t, w->r.df, w->r.na || w->r.df == 0);
  p_or_na(t, w->r.p, w->r.na || !strcmp(w->test, "bootstrap"));
  p_or_na(t, w->p_holm, w->r.na || !w->adjusted);
  p_or_na(t, w->p_bh, w->r.na || !w->adjusted);
  table_opt(t, w->effect && !w->r.na ? w->effect : "");
  num_or_na(t, w->r.effect, w->r.na || !w->effect || !w->has_effect);
  num_or_na(t, w->r.df2, w->r.na || w->r.df2 == 0);
  table_opt(t, tenor_na_reason(w->r.na));
  table_end_row(t);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The cell of series s at level l, or NULL. */
const cell *compare_cell(const compare *c, size_t s, size_t l) {
  char key[64], *o = put_decimal(key, s); /* as cell_key writes it */
  *o++ = ' ';
  *put_decimal(o, l) = 0;
  size_t k = strmap_find(&c->cells_index, key);
  return k == (size_t)-1 ? NULL : &c->cells[k];
}

/* Adjusts the p values of the rows [from, to) that ran `test`. */
static void adjust(compare_row *rows, size_t from, size_t to, const char *test) {
  size_t m = 0;
  for (size_t i = from; i < to; i++)
    m += !strcmp(rows[i].test, test) && !rows[i].r.na;
  if (!m)
    return;
  double *p = xmalloc(m * sizeof *p), *holm = xmalloc(m * sizeof *p), *bh = xmalloc(m * sizeof *p);
  size_t j = 0;
  for (size_t i = from; i < to; i++)
    if (!strcmp(rows[i].test, test) && !rows[i].r.na)
      p[j++] = rows[i].r.p;
  tenor_p_holm(p, m, holm);
  tenor_p_bh(p, m, bh);
  j = 0;
  for (size_t i = from; i < to; i++) {
    if (strcmp(rows[i].test, test) || rows[i].r.na)
      continue;
    rows[i].p_holm = holm[j];
    rows[i].p_bh = bh[j++];
    rows[i].adjusted = 1;
  }
  free(p);
  free(holm);
  free(bh);
}

static int by_series(const void *a, const void *b, const series *v) {
  const series *x = &v[*(const size_t *)a], *y = &v[*(const size_t *)b];
  int c = strcmp(x->actor, y->actor);
  if (c)
    return c;
  if (x->role != y->role)
    return x->role - y->role;
  return x->measure - y->measure;
}

/* Series in output order: the documents' first, then actors by id, target
 * before speaker, measures in their order.  (Insertion sort: few series.) */
size_t *compare_series_order(const compare *c) {
  size_t *o = xmalloc((c->nseries ? c->nseries : 1) * sizeof *o);
  for (size_t i = 0; i < c->nseries; i++) {
    size_t j = i;
    o[i] = i;
    while (j > 0 && by_series(&o[j - 1], &o[j], c->series) > 0) {
      size_t tmp = o[j - 1];
      o[j - 1] = o[j];
      o[j] = tmp;
      j--;
    }
  }
  return o;
}

/* The levels, sorted; returns their indexes in c->levels. */
size_t *compare_sorted_levels(const strmap *levels) {
  char **names = xmalloc((levels->n ? levels->n : 1) * sizeof *names);
  size_t *idx = xmalloc((levels->n ? levels->n : 1) * sizeof *idx);
  if (levels->n)
    memcpy(names, levels->keys, levels->n * sizeof *names);
  if (levels->n > 1)
    qsort(names, levels->n, sizeof *names, cmp_str);
  for (size_t i = 0; i < levels->n; i++)
    idx[i] = strmap_find(levels, names[i]);
  free(names);
  return idx;
}

/* The rows of groups.csv of series s, whose cells' summaries sm holds. */
static void write_groups(const compare *c, compare_tables *o, size_t s, const size_t *lev,
                         const tenor_summary *summaries) {
  for (size_t li = 0; li < c->levels.n; li++) {
    const tenor_summary sm = summaries[li];
    table *t = &o->groups;
    series_fields(c, t, &c->series[s]);
    table_opt(t, c->levels.keys[lev[li]]);
    table_size(t, sm.n);
    num_or_na(t, sm.mean, sm.n == 0);
    num_or_na(t, sm.sd, sm.na != 0);
    num_or_na(t, sm.se, sm.na != 0);
    num_or_na(t, sm.ci_low, sm.na != 0);
    num_or_na(t, sm.ci_high, sm.na != 0);
    num_or_na(t, sm.median, sm.n == 0);
    num_or_na(t, sm.q1, sm.n == 0);
    num_or_na(t, sm.q3, sm.n == 0);
    num_or_na(t, sm.q3 - sm.q1, sm.n == 0);
    num_or_na(t, sm.min, sm.n == 0);
    num_or_na(t, sm.max, sm.n == 0);
    table_opt(t, sm.n == 1 ? "one value: no spread" : tenor_na_reason(sm.na));
    table_end_row(t);
  }
}

typedef struct rows {
  compare_row *v;
  size_t n, cap;
} rows;

static compare_row *push_row(rows *r, const compare_row *base, const char *test,
                             const char *effect) {
  if (r->n == r->cap) {
    r->cap = r->cap ? r->cap * 2 : 64;
    r->v = xrealloc(r->v, r->cap * sizeof *r->v);
  }
  compare_row *w = &r->v[r->n++];
  *w = *base;
  w->test = test;
  w->effect = effect;
  return w;
}

/* The pairwise tests of series s, adjusted within the series. */
static void pair_rows(const compare *c, size_t s, const size_t *lev, rows *r) {
  size_t L = c->levels.n, first = r->n;
  /* each cell looked up once, not per pair, and sorted once for the
   * Mann-Whitney tests (a comparison of many periods has many pairs) */
  const cell **cells = xmalloc(L * sizeof *cells);
  double **sorted = xmalloc(L * sizeof *sorted);
  for (size_t i = 0; i < L; i++) {
    cells[i] = compare_cell(c, s, lev[i]);
    sorted[i] = NULL;
    if (cells[i] && cells[i]->n) {
      sorted[i] = xmalloc(cells[i]->n * sizeof **sorted);
      memcpy(sorted[i], cells[i]->v, cells[i]->n * sizeof **sorted);
      tenor_sort(sorted[i], cells[i]->n);
    }
  }
  for (size_t i = 0; i < L; i++)
    for (size_t j = i + 1; j < L; j++) {
      const cell *ca = cells[i], *cb = cells[j];
      const double *va = ca ? ca->v : NULL, *vb = cb ? cb->v : NULL;
      size_t na = ca ? ca->n : 0, nb = cb ? cb->n : 0;
      compare_row base;
      memset(&base, 0, sizeof base);
      base.s = &c->series[s];
      base.a = c->levels.keys[lev[i]];
      base.b = c->levels.keys[lev[j]];
      base.ia = i;
      base.ib = j;
      base.ca = ca;
      base.cb = cb;
      base.has_stat = base.has_effect = 1;
      compare_row *w = push_row(r, &base, "welch_t", "hedges_g");
      w->has_ci = 1;
      tenor_welch_t(va, na, vb, nb, &w->r);
      double diff = w->r.diff; /* of the means of the values as they came */
      w = push_row(r, &base, "mann_whitney", "cliffs_delta");
      tenor_mann_whitney_sorted(sorted[i], na, sorted[j], nb, &w->r);
      w->r.diff = diff;
      if (w->r.na == TENOR_NA_ALL_TIED)
        w->has_stat = 0; /* U is defined but says nothing */
      if (c->bootstrap) {
        w = push_row(r, &base, "bootstrap", NULL);
        w->has_ci = 1;
        w->has_stat = 0;
        tenor_bootstrap_diff(va, na, vb, nb, c->bootstrap, c->seed, &w->r);
      }
      if (c->permutations) {
        w = push_row(r, &base, "permutation", NULL);
        w->has_stat = 0;
        tenor_permutation(va, na, vb, nb, c->permutations, c->seed, &w->r);
      }
    }
  for (size_t i = 0; i < L; i++)
    free(sorted[i]);
  free(sorted);
  free(cells);
  static const char *const pair_tests[] = {"welch_t", "mann_whitney", "permutation"};
  for (size_t k = 0; k < 3; k++)
    adjust(r->v, first, r->n, pair_tests[k]);
}

/* The tests of all groups at once, for three groups or more. */
static void omnibus_rows(const compare *c, size_t s, const size_t *lev, rows *r) {
  size_t L = c->levels.n, all = 0;
  const double **g = xmalloc(L * sizeof *g);
  size_t *n = xmalloc(L * sizeof *n);
  for (size_t i = 0; i < L; i++) {
    const cell *ce = compare_cell(c, s, lev[i]);
    g[i] = ce ? ce->v : NULL;
    n[i] = ce ? ce->n : 0;
    all += n[i];
  }
  compare_row base;
  memset(&base, 0, sizeof base);
  base.s = &c->series[s];
  base.n_all = all;
  base.has_stat = base.has_effect = 1;
  tenor_anova(g, n, L, &push_row(r, &base, "anova", "eta_squared")->r);
  tenor_welch_anova(g, n, L, &push_row(r, &base, "welch_anova", NULL)->r);
  tenor_kruskal_wallis(g, n, L, &push_row(r, &base, "kruskal_wallis", "epsilon_squared")->r);
  free(g);
  free(n);
}

compare_row *compare_series_rows(const compare *c, size_t s, const size_t *lev, size_t *n) {
  rows r = {NULL, 0, 0};
  if (c->levels.n >= 2)
    pair_rows(c, s, lev, &r);
  if (c->levels.n >= 3)
    omnibus_rows(c, s, lev, &r);
  *n = r.n;
  return r.v;
}

static void write_timeline(const compare *c, compare_tables *o) {
  size_t *order = compare_series_order(c), *per = compare_sorted_levels(&c->tl_periods),
         *grp = compare_sorted_levels(&c->tl_groups);
  for (size_t si = 0; si < c->nseries; si++) {
    size_t s = order[si];
    for (size_t pi = 0; pi < c->tl_periods.n; pi++)
      for (size_t gi = 0; gi < c->tl_groups.n; gi++) {
        char key[96];
        size_t l = strmap_find(&c->levels, c->tl_periods.keys[per[pi]]);
        snprintf(key, sizeof key, "%zu %zu %zu", s, l, grp[gi]);
        size_t k = strmap_find(&c->tl_index, key);
        if (k == (size_t)-1)
          continue;
        tenor_summary sm;
        tenor_summarize(c->tl[k].v, c->tl[k].n, &sm);
        table *t = &o->timeline;
        series_fields(c, t, &c->series[s]);
        table_opt(t, c->tl_periods.keys[per[pi]]);
        table_opt(t, c->tl_groups.keys[grp[gi]]);
        table_size(t, sm.n);
        num_or_na(t, sm.mean, 0);
        num_or_na(t, sm.ci_low, sm.na != 0);
        num_or_na(t, sm.ci_high, sm.na != 0);
        table_opt(t, sm.n == 1 ? "one value: no interval" : "");
        table_end_row(t);
      }
  }
  free(order);
  free(per);
  free(grp);
}

static void write_correlations(const compare *c, compare_tables *o) {
  size_t ng = c->groups.n, *sorted = compare_sorted_levels(&c->groups);
  for (size_t gi = 0; gi <= (ng > 1 ? ng : 0); gi++) { /* first all documents, then each group */
    int all = gi == 0;
    size_t g = all ? 0 : sorted[gi - 1];
    if (!all && !*c->groups.keys[g])
      continue; /* documents without a group count only among all documents */
    const char *gname = all ? "" : c->groups.keys[g];
    for (int a = 0; a < c->nmeasures; a++)
      for (int b = a + 1; b < c->nmeasures; b++) {
        if (!c->want[a] || !c->want[b] || !compare_has_measure(R_ALL, a) ||
            !compare_has_measure(R_ALL, b))
          continue;
        size_t n = 0, total = c->corr[a].n;
        double *x = xmalloc((total ? total : 1) * sizeof *x), *y = xmalloc((total ? total : 1) * sizeof *y);
        for (size_t i = 0; i < total; i++)
          if (all || (size_t)c->corr_group.v[i] == g) {
            x[n] = c->corr[a].v[i];
            y[n++] = c->corr[b].v[i];
          }
        for (int spearman = 0; spearman < 2; spearman++) {
          tenor_test r;
          tenor_correlation(x, y, n, spearman, &r);
          table *t = &o->correlations;
          table_opt(t, gname);
          table_opt(t, compare_measure_name(c, a));
          table_opt(t, compare_measure_name(c, b));
          table_size(t, n);
          table_opt(t, spearman ? "spearman" : "pearson");
          num_or_na(t, r.statistic, r.na);
          num_or_na(t, r.ci_low, r.na);
          num_or_na(t, r.ci_high, r.na);
          p_or_na(t, r.p, r.na);
          table_opt(t, tenor_na_reason(r.na));
          table_end_row(t);
        }
        free(x);
        free(y);
      }
  }
  free(sorted);
}

/* Where the tables go: a folder, or compare.csv's own path. */
int compare_tables_open(compare_tables *o, const char *path, unsigned which) {
  memset(o, 0, sizeof *o);
  if (!path) {
    table_stdout(&o->compare);
    table_header(&o->compare, compare_cols);
    return 0;
  }
  size_t n = strlen(path);
  if (n > 4 && !strcmp(path + n - 4, ".csv")) {
    const char *slash = strrchr(path, '/');
    o->folder = !slash ? xstrdup(".") : slash == path ? xstrdup("/")
                                      : xasprintf("%.*s", (int)(slash - path), path);
    o->name = xstrdup(slash ? slash + 1 : path);
  } else {
    o->folder = xstrdup(path);
    o->name = xstrdup("compare.csv");
  }
  o->dir = 1;
  if (make_dir(o->folder) != 0) {
    msg("cannot create %s: %s", o->folder, strerror(errno));
    return -1;
  }
  struct {
    table *t;
    const char *name;
    const char *const *cols;
    int on;
  } all[] = {{&o->compare, o->name, compare_cols, (which & CT_COMPARE) != 0},
             {&o->groups, "groups.csv", group_cols, (which & CT_GROUPS) != 0},
             {&o->timeline, "timeline.csv", timeline_cols, (which & CT_TIMELINE) != 0},
             {&o->correlations, "correlations.csv", correlation_cols,
              (which & CT_CORRELATIONS) != 0}};
  for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
    if (!all[i].on)
      continue;
    if (table_open(all[i].t, o->folder, all[i].name) != 0) {
      msg("cannot write in %s: %s", o->folder, strerror(errno));
      while (i-- > 0)
        if (all[i].on)
          table_abort(all[i].t);
      return -1;
    }
    table_header(all[i].t, all[i].cols);
  }
  return 0;
}

int compare_tables_close(compare_tables *o, int ok) {
  table *all[] = {&o->compare, &o->groups, &o->timeline, &o->correlations};
  int rc = 0;
  for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
    if (!all[i]->f)
      continue;
    if (!ok || rc) {
      table_abort(all[i]);
    } else if (table_commit(all[i]) != 0) {
      msg("cannot write in %s: %s", o->folder ? o->folder : "stdout", strerror(errno));
      rc = -1;
    }
  }
  free(o->folder);
  free(o->name);
  return rc;
}

void compare_free(compare *c) {
  strmap_free(&c->actors_wanted);
  strmap_free(&c->series_keys);
  for (size_t i = 0; i < c->nseries; i++)
    free(c->series[i].actor);
  free(c->series);
  strmap_free(&c->levels);
  strmap_free(&c->cells_index);
  for (size_t i = 0; i < c->ncells; i++)
    free(c->cells[i].v);
  free(c->cells);
  strmap_free(&c->tl_index);
  for (size_t i = 0; i < c->ntl; i++)
    free(c->tl[i].v);
  free(c->tl);
  strmap_free(&c->tl_periods);
  strmap_free(&c->tl_groups);
  for (int m = 0; m < MAX_MEASURES; m++)
    free(c->corr[m].v);
  free(c->corr_group.v);
  strmap_free(&c->groups);
  strmap_free(&c->doc_actors);
  free(c->sums);
  free(c->tstart);
  free(c->key);
}


void compare_tables_write(compare *c, compare_tables *o) {
  /* Series by series: each cell summarized once (a summary sorts a copy
   * of the values, and a cell is in every pair of its series), and the
   * tests of one series in memory at a time (a comparison by week of every
   * actor has millions of them). */
  size_t *order = compare_series_order(c), *lev = compare_sorted_levels(&c->levels);
  tenor_summary *sm = xmalloc((c->levels.n ? c->levels.n : 1) * sizeof *sm);
  for (size_t si = 0; si < c->nseries && (o->groups.f || o->compare.f); si++) {
    size_t s = order[si], n;
    for (size_t li = 0; li < c->levels.n; li++) {
      const cell *ce = compare_cell(c, s, lev[li]);
      tenor_summarize(ce ? ce->v : NULL, ce ? ce->n : 0, &sm[li]);
    }
    if (o->groups.f)
      write_groups(c, o, s, lev, sm);
    if (!o->compare.f)
      continue;
    compare_row *r = compare_series_rows(c, s, lev, &n);
    for (size_t i = 0; i < n; i++)
      write_row(c, &o->compare, &r[i], sm);
    free(r);
  }
  free(sm);
  free(order);
  free(lev);
  if (o->timeline.f)
    write_timeline(c, o);
  if (o->correlations.f)
    write_correlations(c, o);
}

void compare_note_unseen_actors(const compare *c) {
  for (size_t k = 0; k < c->actors_wanted.n; k++) {
    const char *id = c->actors_wanted.keys[k];
    size_t s = 0;
    while (s < c->nseries && strcmp(c->series[s].actor, id) != 0)
      s++;
    if (s == c->nseries)
      msg("--actor %s: no document names this actor as a target or a speaker, so it has no "
          "rows (actor ids are those of the actor column of actors.csv, such as RUS)",
          id);
  }
}

int compare_finish(compare *c, compare_tables *op) {
  int status = EXIT_OK;
  compare_note_unseen_actors(c);
  if (c->undated)
    msg("%zu document%s without a date left out of the comparison by date", c->undated,
        c->undated == 1 ? "" : "s");
  if (c->ungrouped && c->levels.n)
    msg("%zu document%s without a group left out of the comparison by group", c->ungrouped,
        c->ungrouped == 1 ? "" : "s");
  compare_tables_write(c, op);
  if (c->levels.n < 2) {
    msg("nothing to compare: %s (give groups with --csv --group-col, --group-by-dir or "
        "--group, or dates for --by date)",
        c->levels.n          ? (c->by == BY_DATE ? "the documents fall in one period"
                                                 : "the documents fall in one group")
        : c->by == BY_DATE   ? "no document has a date"
                             : "no document has a group");
    status = EXIT_DATA;
  }
  if (compare_tables_close(op, 1) != 0)
    status = EXIT_DATA;
  return status;
}

void compare_init(compare *c) {
  memset(c, 0, sizeof *c);
  c->seed = 1;
  c->last_level = (size_t)-1;
  c->period = TENOR_PERIOD_MONTH;
  c->by = BY_GROUP;
  c->nmeasures = NMEASURES;
}

void compare_defaults(compare *c) {
  if (!c->measures_given)
    c->want[M_TONE_NORM] = c->want[M_HOSTILITY] = c->want[M_COOPERATION] = c->want[M_STANCE] = 1;
}

int compare_resolve_names(compare *c, const char *const *names, size_t n) {
  c->nextra_lex = n;
  for (size_t k = 0; k < c->nextra; k++) {
    size_t j = 0;
    while (j < n && strcmp(names[j], c->extra_names[k]))
      j++;
    if (j == n) {
      sbuf m = {0};
      sbuf_printf(&m, "--measure '%s' is neither tone, tone_norm, hostility, cooperation nor "
                      "stance, nor a category of the lexicons loaded", c->extra_names[k]);
      for (j = 0; j < n; j++)
        sbuf_printf(&m, "%s%s", j ? ", " : " (", names[j]);
      msg("%s%s", m.s, n ? ")" : "");
      sbuf_free(&m);
      return -1;
    }
    c->extra_index[k] = j;
    c->want[NMEASURES + (int)k] = 1;
  }
  c->nmeasures = NMEASURES + (int)c->nextra;
  return 0;
}

int compare_resolve(compare *c, const tenor_lexicon *lex) {
  size_t n = tenor_lexicon_extra_count(lex);
  const char **names = xmalloc((n ? n : 1) * sizeof *names);
  for (size_t j = 0; j < n; j++)
    names[j] = tenor_lexicon_extra_name(lex, j);
  int rc = compare_resolve_names(c, names, n);
  free(names);
  return rc;
}

int compare_option(compare *c, const char *cmd, int ch, const char *arg) {
  size_t num;
  switch (ch) {
  case CMP_BY:
    if (strcmp(arg, "group") && strcmp(arg, "date"))
      goto bad;
    c->by = strcmp(arg, "date") ? BY_GROUP : BY_DATE;
    return 1;
  case CMP_PERIOD:
    if (!strcmp(arg, "day"))
      c->period = TENOR_PERIOD_DAY;
    else if (!strcmp(arg, "week"))
      c->period = TENOR_PERIOD_WEEK;
    else if (!strcmp(arg, "month"))
      c->period = TENOR_PERIOD_MONTH;
    else
      goto bad;
    return 1;
  case CMP_MEASURE:
    c->measures_given = 1;
    for (int m = 0; m < NMEASURES; m++) {
      if (!strcmp(arg, measure_names[m])) {
        c->want[m] = 1;
        return 1;
      }
    }
    for (size_t k = 0; k < c->nextra; k++)
      if (!strcmp(arg, c->extra_names[k]))
        return 1;
    if (c->nextra == COMPARE_MAX_EXTRA)
      goto bad;
    c->extra_names[c->nextra++] = arg; /* a category of the lexicons: compare_resolve */
    return 1;
  case CMP_UNIT:
    if (strcmp(arg, "document") && strcmp(arg, "sentence"))
      goto bad;
    c->unit_sentence = !strcmp(arg, "sentence");
    return 1;
  case CMP_ACTOR:
    strmap_put(&c->actors_wanted, arg);
    return 1;
  case CMP_ACTORS:
    if (strcmp(arg, "all"))
      goto bad;
    c->all_actors = 1;
    return 1;
  case CMP_BOOT:
  case CMP_PERM:
    if (parse_size(arg, &num) != 0 || num == 0 || num > 10000000)
      goto bad;
    if (ch == CMP_BOOT)
      c->bootstrap = num;
    else
      c->permutations = num;
    return 1;
  case CMP_SEED:
    if (parse_size(arg, &num) != 0)
      goto bad;
    c->seed = (unsigned long)num;
    return 1;
  case CMP_CORRELATE:
    c->correlate = 1;
    return 1;
  default:
    return 0;
  }
bad:
  compare_free(c);
  switch (ch) {
  case CMP_BY:
    usage_error(cmd, "--by takes group or date, not '%s'", arg);
  case CMP_PERIOD:
    usage_error(cmd, "--period takes day, week or month, not '%s'", arg);
  case CMP_MEASURE:
    usage_error(cmd, "--measure names at most %d categories of the lexicons; '%s' is one more",
                COMPARE_MAX_EXTRA, arg);
  case CMP_UNIT:
    usage_error(cmd, "--unit takes document or sentence, not '%s'", arg);
  case CMP_ACTORS:
    usage_error(cmd, "--actors takes all, not '%s' (one actor: --actor ID)", arg);
  case CMP_SEED:
    usage_error(cmd, "--seed needs a whole number, not '%s'", arg);
  default:
    usage_error(cmd, "%s needs a number of resamples from 1 to 10000000, not '%s'",
                ch == CMP_BOOT ? "--bootstrap" : "--permutations", arg);
  }
}
