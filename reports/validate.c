/*
 * validate.c - the engine of tenor validate.
 *
 * Every snippet of a gold standard is scored as a text of its own (its
 * score is the mean of its sentences' values of the measure, as in
 * documents.csv); every target of a sentence is marked as an actor of its
 * own at its span (tenor_analyzer_mark), and its stance is the actors
 * table's stance_as_target.  The agreement statistics are libtenor's
 * (analysis/agree.c, analysis/stats.c, on GSL); this file pairs the
 * values, cuts them into classes, writes validate.csv and, with --errors,
 * validate-errors.csv with explain's reasons (explain.c) for the largest
 * disagreements.  docs/validate.md documents every row and column.
 */
#define _POSIX_C_SOURCE 200809L
#include "validate.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "explain.h"
#include "sbuf.h"
#include "table.h"
#include "util.h"

#define DECIMALS 6       /* of the numbers of validate.csv */
#define ERROR_DECIMALS 4 /* of validate-errors.csv, as sentences.csv */

static const char *const stat_cols[] = {
    "level",  "measure", "statistic", "class",     "tenor_class", "n", "value",
    "ci_low", "ci_high", "boot_low",  "boot_high", "note",        NULL};
static const char *const error_cols[] = {"level", "rank",       "id",    "line",     "target",
                                         "gold",  "gold_class", "score", "rescaled", "tenor_class",
                                         "error", "reasons",    "text",  NULL};

#define NO_TARGET ((size_t)-1)

/* One pair of values: a snippet, or one target of a sentence. */
typedef struct unit {
  size_t item;     /* its item in the gold set */
  size_t target;   /* its target there, or NO_TARGET for a snippet */
  double gold;     /* the gold: a rating, or a label as -1, 0, +1 */
  int gclass;      /* the gold's class (TENOR_NEGATIVE...) */
  double score;    /* tenor's: the measure (snippets), the stance (targets; 0 if not found) */
  unsigned found;  /* targets: 1 if tenor took the mention for a target */
  const char *why; /* targets not found: why, in words */
  int pclass;      /* tenor's class */
  double rescaled; /* snippets: on the gold's scale */
  double error;    /* rescaled (snippets) or score (targets) minus gold */
} unit;

typedef struct run {
  const validate_opts *v;
  const gold_set *g;
  const char *name;
  const tenor_lexicon *lex;
  tenor_analyzer *an;
  unit *u;
  size_t n, cap;
  double gold_neutral; /* the gold's neutral band, with ratings */
  tenor_rescaled fit;  /* snippets: the least-squares line */
  explain_item *items; /* explain.c's, for the reasons */
  size_t capitems;
  size_t max_sentence; /* --max-sentence-bytes, for its message */
} run;

const char *validate_measure_name(const validate_opts *v) {
  return v->measure == VALIDATE_CATEGORY ? v->category : measure_names[v->measure];
}

/* The lexicon category whose hits make the measure. */
static const char *measure_category(const validate_opts *v) {
  switch (v->measure) {
  case M_HOSTILITY:
    return "hostility";
  case M_COOPERATION:
    return "cooperation";
  case VALIDATE_CATEGORY:
    return v->category;
  default:
    return "tone";
  }
}

static unit *new_unit(run *r, size_t item, size_t target) {
  if (r->n == r->cap) {
    r->cap = r->cap ? 2 * r->cap : 64;
    r->u = xrealloc(r->u, r->cap * sizeof *r->u);
  }
  unit *u = &r->u[r->n++];
  memset(u, 0, sizeof *u);
  u->item = item;
  u->target = target;
  return u;
}

/* ------------------------------------------------------------- scoring */

static double sentence_value(const run *r, const tenor_sentence *s, size_t i) {
  switch (r->v->measure) {
  case M_TONE:
    return s[i].tone;
  case M_TONE_NORM:
    return s[i].tone_norm;
  case M_HOSTILITY:
    return s[i].hostility;
  case M_COOPERATION:
    return s[i].cooperation;
  default: {
    const double *x = tenor_analyzer_extra(r->an, i);
    return x ? x[r->v->category_index] : 0;
  }
  }
}

/* Scores every snippet; returns the exit status. */
static int score_snippets(run *r) {
  int status = EXIT_OK;
  for (size_t k = 0; k < r->g->n; k++) {
    const gold_item *it = &r->g->items[k];
    tenor_analyzer_run(r->an, it->text, it->len);
    size_t n;
    const tenor_sentence *s = tenor_analyzer_sentences(r->an, &n);
    if (!n) {
      msg("%s:%zu: no words to score in the text of '%s'; left out", r->name, it->line, it->id);
      status = EXIT_DATA;
      continue;
    }
    double sum = 0;
    size_t cut = 0;
    for (size_t i = 0; i < n; i++) {
      sum += sentence_value(r, s, i);
      cut += (s[i].flags & TENOR_SENT_CUT) != 0;
    }
    if (cut) {
      msg("%s:%zu: sentence longer than %zu bytes cut at a token boundary (%zu cut%s in the "
          "text of '%s'; see --max-sentence-bytes)",
          r->name, it->line, r->max_sentence, cut, cut == 1 ? "" : "s", it->id);
      status = EXIT_DATA;
    }
    unit *u = new_unit(r, k, NO_TARGET);
    u->score = sum / (double)n;
    u->gold = it->value;
    u->gclass = it->label;
  }
  return status;
}

/* The mark of each target of an item: the index of the target whose span
 * it shares (itself, or an earlier one with the same span), or NO_TARGET
 * where it overlaps the span of a target placed before it (the library
 * places the mark that starts first; at equal starts, the first given). */
typedef struct marks {
  size_t *of; /* per target */
  size_t *order;
} marks;

static void place_marks(run *r, const gold_item *it, marks *m, int warn) {
  size_t nt = it->ntargets;
  m->of = xmalloc((nt ? nt : 1) * sizeof *m->of);
  m->order = xmalloc((nt ? nt : 1) * sizeof *m->order);
  for (size_t k = 0; k < nt; k++) { /* by start, then as given (insertion sort: few) */
    size_t j = k;
    while (j > 0 && it->targets[m->order[j - 1]].start > it->targets[k].start) {
      m->order[j] = m->order[j - 1];
      j--;
    }
    m->order[j] = k;
  }
  for (size_t a = 0; a < nt; a++) {
    size_t k = m->order[a];
    const gold_target *t = &it->targets[k];
    m->of[k] = k;
    for (size_t b = 0; b < a; b++) {
      size_t j = m->order[b];
      const gold_target *o = &it->targets[j];
      if (m->of[j] != j)
        continue; /* placed under another, or not at all */
      if (o->start == t->start && o->end == t->end) {
        m->of[k] = j;
        break;
      }
      if (o->start < t->end && t->start < o->end) {
        m->of[k] = NO_TARGET;
        if (warn)
          msg("%s:%zu: targets %zu and %zu overlap; target %zu counts as not found", r->name,
              t->line, j + 1, k + 1, k + 1);
        break;
      }
    }
  }
  for (size_t k = 0; k < nt; k++)
    if (m->of[k] == k) {
      char id[32];
      snprintf(id, sizeof id, "@%zu", k + 1);
      tenor_analyzer_mark(r->an, it->targets[k].start, it->targets[k].end, id, 0);
    }
}

static void marks_free(marks *m) {
  free(m->of);
  free(m->order);
}

/* The index of the actor with this id in the last run, or NO_TARGET. */
static size_t actor_index(const run *r, const char *id) {
  size_t n;
  const tenor_actor *a = tenor_analyzer_actors(r->an, &n);
  for (size_t k = 0; k < n; k++)
    if (!strcmp(a[k].id, id))
      return k;
  return NO_TARGET;
}

/* The stance tenor gives the target whose mark is `mark`, or why none. */
static void target_stance(const run *r, size_t mark, unit *u) {
  char id[32];
  snprintf(id, sizeof id, "@%zu", mark + 1);
  size_t k = actor_index(r, id), n;
  if (k == NO_TARGET) {
    u->why = "not placed: its words are those of another target";
    return;
  }
  const tenor_actor_stats *st = tenor_analyzer_actor_stats(r->an, &n);
  for (size_t j = 0; j < n; j++) {
    if (st[j].actor != k)
      continue;
    if (st[j].as_target) {
      u->found = 1;
      u->score = st[j].stance_sum / (double)st[j].as_target;
    } else {
      u->why = st[j].as_speaker ? "the speaker, not a target"
                                : "named only in a title or as an affiliation";
    }
    return;
  }
  u->why = "not named in any sentence";
}

/* Scores every target of every sentence; returns the exit status. */
static int score_targets(run *r) {
  for (size_t k = 0; k < r->g->n; k++) {
    const gold_item *it = &r->g->items[k];
    marks m;
    place_marks(r, it, &m, 1);
    tenor_analyzer_run(r->an, it->text, it->len);
    for (size_t t = 0; t < it->ntargets; t++) {
      unit *u = new_unit(r, k, t);
      u->gclass = it->targets[t].label;
      u->gold = u->gclass - 1.0;
      if (m.of[t] == NO_TARGET)
        u->why = "overlaps another target";
      else
        target_stance(r, m.of[t], u);
    }
    marks_free(&m);
  }
  return EXIT_OK;
}

/* ------------------------------------------------------- validate.csv */

/* A row of validate.csv. */
typedef struct srow {
  const char *stat;           /* statistic */
  const char *cls, *tcls;     /* class, tenor_class */
  size_t n;                   /* pairs it is computed over */
  int whole;                  /* the value is a count */
  int missing;                /* no value */
  double value;               /* the statistic */
  int ci;                     /* ci_low and ci_high hold a Fisher interval */
  double lo, hi;              /* its ends */
  const tenor_interval *boot; /* a bootstrap interval, or NULL */
  const char *note;           /* why something is missing, or NULL */
} srow;

static void write_row(run *r, table *t, const char *level, const srow *w) {
  table_opt(t, level);
  table_opt(t, r->g->targets ? "stance" : validate_measure_name(r->v));
  table_opt(t, w->stat);
  table_opt(t, w->cls ? w->cls : "");
  table_opt(t, w->tcls ? w->tcls : "");
  table_size(t, w->n);
  if (w->missing)
    table_empty(t);
  else if (w->whole)
    table_size(t, (size_t)w->value);
  else
    table_fixed(t, w->value, DECIMALS);
  if (w->ci && !w->missing) {
    table_fixed(t, w->lo, DECIMALS);
    table_fixed(t, w->hi, DECIMALS);
  } else {
    table_empty(t);
    table_empty(t);
  }
  sbuf note = {0};
  if (w->note && *w->note)
    sbuf_printf(&note, "%s", w->note);
  if (w->boot && !w->boot->na) {
    table_fixed(t, w->boot->low, DECIMALS);
    table_fixed(t, w->boot->high, DECIMALS);
    if (w->boot->reps < r->v->bootstrap)
      sbuf_printf(&note, "%sbootstrap over the %zu of %zu resamples where it is defined",
                  note.n ? "; " : "", w->boot->reps, r->v->bootstrap);
  } else {
    table_empty(t);
    table_empty(t);
    if (w->boot && r->v->bootstrap)
      sbuf_printf(&note, "%sno bootstrap interval: %s", note.n ? "; " : "",
                  tenor_na_reason(w->boot->na));
  }
  table_opt(t, note.n ? note.s : "");
  sbuf_free(&note);
  table_end_row(t);
}

/* The rows of the classes: accuracy, macro-F1, each class, the matrix. */
static void class_rows(run *r, table *t, const char *level, const int *gold, const int *pred,
                       size_t n, const tenor_interval *boot) {
  tenor_confusion c;
  tenor_confusion_count(gold, pred, n, &c);
  srow w = {"accuracy", NULL, NULL, n, 0,    c.na != 0,
            c.accuracy, 0,    0,    0, NULL, c.na ? tenor_na_reason(c.na) : NULL};
  w.boot = boot ? &boot[TENOR_AGREE_ACCURACY] : NULL;
  write_row(r, t, level, &w);
  w.stat = "macro_f1";
  w.value = c.macro_f1;
  w.boot = boot ? &boot[TENOR_AGREE_MACRO_F1] : NULL;
  write_row(r, t, level, &w);
  for (int k = 0; k < 3; k++) {
    size_t as_gold = 0, as_pred = 0;
    for (int j = 0; j < 3; j++) {
      as_gold += c.count[k][j];
      as_pred += c.count[j][k];
    }
    srow p = {"precision",
              tenor_polarity_name(k),
              NULL,
              as_pred,
              0,
              as_pred == 0,
              c.precision[k],
              0,
              0,
              0,
              NULL,
              as_pred ? NULL : "no item in this class by tenor"};
    write_row(r, t, level, &p);
    srow rc = {"recall",    tenor_polarity_name(k),
               NULL,        as_gold,
               0,           as_gold == 0,
               c.recall[k], 0,
               0,           0,
               NULL,        as_gold ? NULL : "no item in this class in the gold"};
    write_row(r, t, level, &rc);
    srow f = {"f1",    tenor_polarity_name(k),
              NULL,    n,
              0,       !c.present[k],
              c.f1[k], 0,
              0,       0,
              NULL,    c.present[k] ? NULL : "the class is in neither: not in macro_f1"};
    write_row(r, t, level, &f);
  }
  for (int g = 0; g < 3; g++)
    for (int p = 0; p < 3; p++) {
      srow m = {"confusion",
                tenor_polarity_name(g),
                tenor_polarity_name(p),
                n,
                1,
                0,
                (double)c.count[g][p],
                0,
                0,
                0,
                NULL,
                NULL};
      write_row(r, t, level, &m);
    }
}

/* The units' values as the columns the statistics take. */
typedef struct columns {
  double *x, *y, *fit; /* tenor's score, the gold, tenor's score rescaled */
  int *gc, *pc;        /* the gold's class, tenor's class */
} columns;

static void columns_of(const run *r, columns *c) {
  size_t n = r->n, m = n ? n : 1;
  c->x = xmalloc(m * sizeof *c->x);
  c->y = xmalloc(m * sizeof *c->y);
  c->fit = xmalloc(m * sizeof *c->fit);
  c->gc = xmalloc(m * sizeof *c->gc);
  c->pc = xmalloc(m * sizeof *c->pc);
  for (size_t k = 0; k < n; k++) {
    c->x[k] = r->u[k].score;
    c->y[k] = r->u[k].gold;
    c->fit[k] = r->u[k].rescaled;
    c->gc[k] = r->u[k].gclass;
    c->pc[k] = r->u[k].pclass;
  }
}

static void columns_free(columns *c) {
  free(c->x);
  free(c->y);
  free(c->fit);
  free(c->gc);
  free(c->pc);
}

static void snippet_rows(run *r, table *t) {
  size_t n = r->n;
  columns cols;
  columns_of(r, &cols);
  double *x = cols.x, *y = cols.y, *fit = cols.fit;
  int *gc = cols.gc, *pc = cols.pc;
  tenor_interval boot[TENOR_AGREE_NSTATS], *b = NULL;
  if (r->v->bootstrap) {
    tenor_agreement_bootstrap(x, y, gc, n, r->v->neutral, r->v->bootstrap, r->v->seed, boot);
    b = boot;
  }
  srow w = {"n", NULL, NULL, n, 1, 0, (double)n, 0, 0, 0, NULL, NULL};
  write_row(r, t, "snippet", &w);
  for (int spearman = 0; spearman < 2; spearman++) {
    tenor_test c;
    tenor_correlation(x, y, n, spearman, &c);
    srow cr = {spearman ? "spearman_rho" : "pearson_r",
               NULL,
               NULL,
               n,
               0,
               c.na != 0,
               c.statistic,
               1,
               c.ci_low,
               c.ci_high,
               b ? &b[spearman ? TENOR_AGREE_SPEARMAN : TENOR_AGREE_PEARSON] : NULL,
               tenor_na_reason(c.na)};
    write_row(r, t, "snippet", &cr);
  }
  const char *fit_note = r->fit.na == TENOR_NA_NO_VARIANCE
                             ? "tenor's scores do not vary: every rescaled score is the gold's mean"
                             : tenor_na_reason(r->fit.na);
  srow a = {"rescale_intercept", NULL, NULL, n, 0,    r->fit.na == TENOR_NA_EMPTY,
            r->fit.intercept,    0,    0,    0, NULL, fit_note};
  write_row(r, t, "snippet", &a);
  srow s = {"rescale_slope", NULL, NULL, n, 0,    r->fit.na == TENOR_NA_EMPTY,
            r->fit.slope,    0,    0,    0, NULL, fit_note};
  write_row(r, t, "snippet", &s);
  srow m = {"mae",
            NULL,
            NULL,
            n,
            0,
            r->fit.na == TENOR_NA_EMPTY,
            r->fit.mae,
            0,
            0,
            0,
            b ? &b[TENOR_AGREE_MAE] : NULL,
            NULL};
  write_row(r, t, "snippet", &m);
  double alpha;
  int na = tenor_krippendorff_interval(fit, y, n, &alpha);
  srow k = {"krippendorff_alpha",
            NULL,
            NULL,
            n,
            0,
            na != 0,
            alpha,
            0,
            0,
            0,
            b ? &b[TENOR_AGREE_ALPHA] : NULL,
            tenor_na_reason(na)};
  write_row(r, t, "snippet", &k);
  srow nb = {"neutral", NULL, NULL, n, 0, 0, r->v->neutral, 0, 0, 0, NULL, NULL};
  write_row(r, t, "snippet", &nb);
  srow gb = {
      "gold_neutral",  NULL, NULL, n, 0,    r->g->kind == GOLD_LABEL,
      r->gold_neutral, 0,    0,    0, NULL, r->g->kind == GOLD_LABEL ? "the gold is labels" : NULL};
  write_row(r, t, "snippet", &gb);
  class_rows(r, t, "snippet", gc, pc, n, b);
  columns_free(&cols);
}

static void target_rows(run *r, table *t) {
  size_t n = r->n, found = 0;
  columns cols;
  columns_of(r, &cols);
  double *x = cols.x, *y = cols.y;
  int *gc = cols.gc, *pc = cols.pc;
  for (size_t k = 0; k < n; k++)
    found += r->u[k].found != 0;
  tenor_interval boot[TENOR_AGREE_NSTATS], *b = NULL;
  if (r->v->bootstrap && n) {
    tenor_agreement_bootstrap(x, y, gc, n, r->v->neutral, r->v->bootstrap, r->v->seed, boot);
    b = boot;
  }
  srow w = {"targets", NULL, NULL, n, 1, 0, (double)n, 0, 0, 0, NULL, NULL};
  write_row(r, t, "target", &w);
  srow f = {
      "found", NULL, NULL,          n,
      1,       0,    (double)found, 0,
      0,       0,    NULL,          found < n ? "a target not found counts as neutral" : NULL};
  write_row(r, t, "target", &f);
  srow nb = {"neutral", NULL, NULL, n, 0, 0, r->v->neutral, 0, 0, 0, NULL, NULL};
  write_row(r, t, "target", &nb);
  class_rows(r, t, "target", gc, pc, n, b);
  columns_free(&cols);
}

/* ------------------------------------------------ validate-errors.csv */

/* Whether the words of a hit are its entry as written (case aside). */
static int plain_match(const explain_item *it) {
  const char *a = it->words, *b = it->h->term;
  if (it->h->match != TENOR_MATCH_EXACT)
    return 0;
  for (; *a && *b; a++, b++) {
    char ca = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
    if (ca != *b)
      return 0;
  }
  return !*a && !*b;
}

/* Appends what hit item `it` gave (after "; " if `sep`). */
static void reason(sbuf *b, const explain_item *it, int show_target, int sep) {
  sbuf_printf(b, "%s%s", sep ? "; " : "", it->words);
  if (!plain_match(it)) {
    sbuf_printf(b, " [%s", it->h->term);
    if (it->h->match != TENOR_MATCH_EXACT)
      sbuf_printf(b, ", %s", explain_match_name(it->h->match));
    sbuf_put(b, "]", 1);
  }
  sbuf_printf(b, " %s %g", it->entry.category, it->entry.weight);
  if (it->scoring < 0)
    return;
  if (*it->rules)
    sbuf_printf(b, " (%s)", it->rules);
  sbuf_printf(b, " = %.4f", it->score == 0 ? 0.0 : it->score);
  if (show_target && *it->target)
    sbuf_printf(b, " -> %s", it->target);
}

/* The reasons of unit u: the hits that made its score, from a new run of
 * its text (with the same marks, for a target). */
static char *reasons(run *r, const unit *u) {
  const gold_item *it = &r->g->items[u->item];
  const char *cat = measure_category(r->v);
  char id[32] = "";
  marks m = {NULL, NULL};
  if (u->target != NO_TARGET) {
    place_marks(r, it, &m, 0);
    if (m.of[u->target] != NO_TARGET)
      snprintf(id, sizeof id, "@%zu", m.of[u->target] + 1);
  }
  tenor_analyzer_run(r->an, it->text, it->len);
  size_t n;
  tenor_analyzer_sentences(r->an, &n);
  sbuf b = {0};
  for (size_t i = 0; i < n; i++) {
    size_t ni = explain_items(r->an, r->lex, it->text, i, &r->items, &r->capitems);
    size_t before = b.n;
    for (size_t k = 0; k < ni; k++) {
      const explain_item *x = &r->items[k];
      if (u->target == NO_TARGET ? strcmp(x->entry.category, cat) != 0
                                 : x->scoring < 0 || strcmp(x->target, id) != 0)
        continue;
      int first = b.n == before;
      if (n > 1 && first)
        sbuf_printf(&b, "%s[%zu] ", b.n ? "; " : "", i + 1);
      reason(&b, x, u->target == NO_TARGET, b.n && !(n > 1 && first));
    }
    explain_items_clear(r->items, ni);
    if (u->target == NO_TARGET && b.n > before && r->v->measure != VALIDATE_CATEGORY) {
      size_t bangs = explain_bangs(r->an, it->text, i);
      if (bangs)
        sbuf_printf(&b, "; %zu '!' add %g each to the sum's magnitude", bangs, TENOR_BANG_INCR);
    }
  }
  if (!b.n) {
    if (u->target == NO_TARGET)
      sbuf_printf(&b, "no %s hit", cat);
    else if (!u->found)
      sbuf_printf(&b, "not found: %s", u->why);
    else if (u->score != 0)
      sbuf_printf(&b, "the words of an actor listed with it (X and Y) went to it as well");
    else
      sbuf_printf(&b, "no scored word went to it");
  } else if (u->target != NO_TARGET && !u->found) {
    sbuf_printf(&b, "; not found: %s", u->why);
  }
  if (u->target != NO_TARGET)
    marks_free(&m);
  return b.s;
}

/* Units by decreasing |error|, in gold order where equal. */
static int by_error(const void *a, const void *b, const unit *u) {
  size_t i = *(const size_t *)a, j = *(const size_t *)b;
  double x = fabs(u[i].error), y = fabs(u[j].error);
  if (x != y)
    return x < y ? 1 : -1;
  return (i > j) - (i < j);
}

static void write_errors(run *r, table *t) {
  size_t n = r->n, *order = xmalloc((n ? n : 1) * sizeof *order);
  for (size_t k = 0; k < n; k++)
    order[k] = k;
  /* a stable merge sort, bottom up, by error (qsort is not stable) */
  size_t *tmp = xmalloc((n ? n : 1) * sizeof *tmp);
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi)
        tmp[k++] = by_error(&order[j], &order[i], r->u) < 0 ? order[j++] : order[i++];
      while (i < mid)
        tmp[k++] = order[i++];
      while (j < hi)
        tmp[k++] = order[j++];
    }
    memcpy(order, tmp, n * sizeof *order);
  }
  free(tmp);
  size_t k_max = r->v->errors < n ? r->v->errors : n;
  for (size_t k = 0; k < k_max; k++) {
    const unit *u = &r->u[order[k]];
    const gold_item *it = &r->g->items[u->item];
    int target = u->target != NO_TARGET;
    table_opt(t, target ? "target" : "snippet");
    table_size(t, k + 1);
    table_opt(t, it->id);
    table_size(t, target ? it->targets[u->target].line : it->line);
    table_opt(t, target ? it->targets[u->target].mention : "");
    table_fixed(t, u->gold, ERROR_DECIMALS);
    table_opt(t, tenor_polarity_name(u->gclass));
    if (target && !u->found)
      table_empty(t);
    else
      table_fixed(t, u->score, ERROR_DECIMALS);
    if (target)
      table_empty(t);
    else
      table_fixed(t, u->rescaled, ERROR_DECIMALS);
    table_opt(t, tenor_polarity_name(u->pclass));
    table_fixed(t, u->error, ERROR_DECIMALS);
    char *why = reasons(r, u);
    table_str(t, why, strlen(why));
    free(why);
    table_text(t, it->text, it->len);
    table_end_row(t);
  }
  free(order);
}

/* ------------------------------------------------------------- tables */

typedef struct outputs {
  table stats, errors;
  char *folder;
} outputs;

/* Opens the tables: validate.csv at -o (a folder, or a path ending in
 * .csv) with validate-errors.csv beside it, or both on stdout. */
static int open_tables(run *r, outputs *o) {
  memset(o, 0, sizeof *o);
  const char *path = r->v->output;
  if (!path) {
    table_stdout(&o->stats);
    table_header(&o->stats, stat_cols);
    return 0;
  }
  size_t n = strlen(path);
  char *name, *errors;
  if (n > 4 && !strcmp(path + n - 4, ".csv")) {
    const char *slash = strrchr(path, '/');
    o->folder = !slash          ? xstrdup(".")
                : slash == path ? xstrdup("/")
                                : xasprintf("%.*s", (int)(slash - path), path);
    const char *base = slash ? slash + 1 : path;
    name = xstrdup(base);
    errors = xasprintf("%.*s-errors.csv", (int)(strlen(base) - 4), base);
  } else {
    o->folder = xstrdup(path);
    name = xstrdup("validate.csv");
    errors = xstrdup("validate-errors.csv");
  }
  int rc = 0;
  if (make_dir(o->folder) != 0) {
    msg("cannot create %s: %s", o->folder, strerror(errno));
    rc = -1;
  } else if (table_open(&o->stats, o->folder, name) != 0) {
    msg("cannot write in %s: %s", o->folder, strerror(errno));
    rc = -1;
  } else if (r->v->errors && table_open(&o->errors, o->folder, errors) != 0) {
    msg("cannot write in %s: %s", o->folder, strerror(errno));
    table_abort(&o->stats);
    rc = -1;
  } else {
    table_header(&o->stats, stat_cols);
    if (r->v->errors)
      table_header(&o->errors, error_cols);
  }
  free(name);
  free(errors);
  return rc;
}

static int commit(table *t, const char *where) {
  if (table_commit(t) == 0)
    return 0;
  msg("cannot write in %s: %s", where ? where : "stdout", strerror(errno));
  return -1;
}

/* --------------------------------------------------------------- run */

/* Classes and rescaled values, once every unit is scored. */
static void classify(run *r) {
  const validate_opts *v = r->v;
  if (!r->g->targets) {
    double *x = xmalloc((r->n ? r->n : 1) * sizeof *x), *y = xmalloc((r->n ? r->n : 1) * sizeof *y);
    double far = 0;
    for (size_t k = 0; k < r->n; k++) {
      x[k] = r->u[k].score;
      y[k] = r->u[k].gold;
      if (fabs(y[k] - v->gold_midpoint) > far)
        far = fabs(y[k] - v->gold_midpoint);
    }
    r->gold_neutral = v->gold_neutral >= 0 ? v->gold_neutral : v->neutral * far;
    tenor_rescale(x, y, r->n, &r->fit);
    free(x);
    free(y);
  }
  for (size_t k = 0; k < r->n; k++) {
    unit *u = &r->u[k];
    if (!r->g->targets && r->g->kind == GOLD_RATING)
      u->gclass = tenor_polarity(u->gold - v->gold_midpoint, r->gold_neutral);
    u->pclass = tenor_polarity(u->score, v->neutral);
    if (r->g->targets) {
      u->error = u->score - u->gold;
    } else {
      u->rescaled = r->fit.intercept + r->fit.slope * u->score;
      u->error = u->rescaled - u->gold;
    }
  }
}

int validate_run(const validate_opts *v, const gold_set *g, const char *gold_name,
                 const tenor_lexicon *lex, const tenor_actors *actors, const tenor_options *opt) {
  run r;
  memset(&r, 0, sizeof r);
  r.v = v;
  r.g = g;
  r.name = gold_name;
  r.lex = lex;
  tenor_options o = *opt;
  o.explain = v->errors > 0;
  if (g->targets)
    o.level = TENOR_LEVEL_PERSON; /* a marked target is itself, never its affiliation */
  r.max_sentence = o.max_sentence_bytes;
  r.an = tenor_analyzer_new(lex, &o);
  if (g->targets || tenor_actors_size(actors))
    tenor_analyzer_set_actors(r.an, actors); /* marks need a list, if an empty one */
  int status = g->targets ? score_targets(&r) : score_snippets(&r);
  outputs out;
  if (!r.n) {
    msg("%s: no %s could be scored", gold_name, g->targets ? "target" : "snippet");
    status = EXIT_DATA;
  } else if (open_tables(&r, &out) != 0) {
    status = EXIT_DATA;
  } else {
    classify(&r);
    if (g->targets)
      target_rows(&r, &out.stats);
    else
      snippet_rows(&r, &out.stats);
    int ok = commit(&out.stats, out.folder) == 0;
    if (v->errors) {
      if (!v->output) {
        /* a second table on stdout, after an empty line */
        fputs(table_get_format()->crlf ? "\r\n" : "\n", stdout);
        table_stdout(&out.errors);
        table_header(&out.errors, error_cols);
      }
      write_errors(&r, &out.errors);
      if (!ok)
        table_abort(&out.errors);
      else if (commit(&out.errors, out.folder) != 0)
        ok = 0;
    }
    if (!ok)
      status = EXIT_DATA;
    free(out.folder);
  }
  free(r.items);
  free(r.u);
  tenor_analyzer_free(r.an);
  return status;
}
