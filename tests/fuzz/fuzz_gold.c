/*
 * fuzz_gold.c - fuzz target: the readers of the gold standards of
 * `tenor validate` (reports/gold.c, with the JSON parser reports/json.c,
 * compiled in with what they need), then what validate does with what
 * they give: each target marked at its span as an actor of its own
 * (tenor_analyzer_mark) and its sentence analysed, and the agreement
 * statistics over the snippets' values.
 *
 * The first byte chooses:
 *   bits 0-1  the format: TSV, CSV, JSON Lines, or detected from the
 *             content (the name "gold" has no extension)
 *   bit 2     CSV column names of one's own (body, rating, key)
 *   bit 3     the rest is also parsed by json_parse as one value
 * the rest is the file.  Messages are dropped.
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <string.h>

#include "fuzz.h"
#include "gold.h"
#include "json.h"
#include "small.h"
#include "tenor.h"

static tenor_lexicon *lex;
static tenor_actors *actors;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  lex = tenor_lexicon_new();
  actors = tenor_actors_new();
  FUZZ_CHECK(tenor_lexicon_add_csv(lex, "small.csv", small_lexicon, sizeof small_lexicon - 1,
                                   NULL) == 0);
  FUZZ_CHECK(tenor_actors_add_csv(actors, "small-actors.csv", small_actors,
                                  sizeof small_actors - 1, NULL) == 0);
  return 0;
}

static void drop(void *ctx, const tenor_diag *d) {
  size_t *n = ctx;
  FUZZ_CHECK(d->path && memchr(d->message, 0, sizeof d->message) && d->message[0]);
  (*n)++;
}

/* What a JSON value promises: strings NUL-terminated at their length,
 * numbers finite, members keyed. */
static void check_json(const json *v, int depth) {
  FUZZ_CHECK(depth <= JSON_MAX_DEPTH + 1);
  FUZZ_CHECK(v->column >= 1);
  if (v->type == JSON_STRING || v->type == JSON_NUMBER) {
    FUZZ_CHECK(v->s && strlen(v->s) == v->len);
    FUZZ_CHECK(v->type == JSON_STRING || isfinite(v->num));
    if (v->type == JSON_STRING)
      FUZZ_CHECK(fuzz_clean_utf8((const unsigned char *)v->s, v->len));
  }
  for (size_t k = 0; k < v->n; k++) {
    FUZZ_CHECK(v->type == JSON_ARRAY || v->type == JSON_OBJECT);
    if (v->type == JSON_OBJECT)
      FUZZ_CHECK(v->key[k] != NULL);
    check_json(&v->item[k], depth + 1);
  }
}

/* What validate takes on trust from an item. */
static void check_item(const gold_set *g, const gold_item *it) {
  FUZZ_CHECK(it->id && it->id[0] && it->text && it->line >= 1);
  FUZZ_CHECK(strlen(it->text) == it->len);
  FUZZ_CHECK(fuzz_clean_utf8((const unsigned char *)it->text, it->len));
  if (!g->targets) {
    FUZZ_CHECK(isfinite(it->value));
    FUZZ_CHECK(g->kind == GOLD_RATING ? it->label == -1 : it->label >= 0 && it->label <= 2);
    FUZZ_CHECK(it->ntargets == 0);
    return;
  }
  for (size_t k = 0; k < it->ntargets; k++) {
    const gold_target *t = &it->targets[k];
    FUZZ_CHECK(t->label >= TENOR_NEGATIVE && t->label <= TENOR_POSITIVE);
    FUZZ_CHECK(t->from < t->to && t->start < t->end && t->end <= it->len);
    FUZZ_CHECK(t->end - t->start == strlen(t->mention));
    FUZZ_CHECK(!memcmp(it->text + t->start, t->mention, t->end - t->start));
    FUZZ_CHECK(((unsigned char)it->text[t->start] & 0xC0) != 0x80);
  }
}

/* The sentence with its targets marked, as validate scores it: every mark
 * placed is an actor whose stats the analyzer keeps. */
static void mark_and_run(tenor_analyzer *an, const gold_item *it) {
  for (size_t k = 0; k < it->ntargets && k < 64; k++) {
    char id[32];
    snprintf(id, sizeof id, "@%zu", k + 1);
    FUZZ_CHECK(tenor_analyzer_mark(an, it->targets[k].start, it->targets[k].end, id, 0) == 0);
  }
  tenor_analyzer_run(an, it->text, it->len);
  size_t na, ns, nsent;
  const tenor_actor *act = tenor_analyzer_actors(an, &na);
  const tenor_actor_stats *st = tenor_analyzer_actor_stats(an, &ns);
  tenor_analyzer_sentences(an, &nsent);
  for (size_t k = 0; k < ns; k++) {
    FUZZ_CHECK(st[k].actor < na && st[k].as_target <= nsent);
    FUZZ_CHECK(isfinite(st[k].stance_sum) && fabs(st[k].stance_sum) <= (double)st[k].as_target);
  }
  for (size_t k = 0; k < na; k++)
    if (act[k].id[0] == '@')
      FUZZ_CHECK(act[k].discovered && act[k].type >= TENOR_ACTOR_STATE &&
                 act[k].type <= TENOR_ACTOR_GROUP);
  for (size_t i = 0; i < nsent; i++) {
    size_t nt;
    const tenor_target *t = tenor_analyzer_targets(an, i, &nt);
    for (size_t k = 0; k < nt; k++)
      FUZZ_CHECK(t[k].actor < na && fabs(t[k].stance) < 1);
  }
}

/* The statistics of validate.csv over the snippets' values. */
static void agreement(const gold_set *g) {
  size_t n = g->n;
  double *x = malloc((n ? n : 1) * sizeof *x), *y = malloc((n ? n : 1) * sizeof *y);
  int *c = malloc((n ? n : 1) * sizeof *c);
  FUZZ_CHECK(x && y && c);
  for (size_t k = 0; k < n; k++) {
    y[k] = g->items[k].value;
    x[k] = (double)(g->items[k].len % 7) - 3; /* a score of a kind */
    c[k] = tenor_polarity(y[k], 0.5);
  }
  tenor_rescaled r;
  tenor_rescale(x, y, n, &r);
  FUZZ_CHECK(r.na || (isfinite(r.intercept) && isfinite(r.slope)));
  double alpha;
  tenor_krippendorff_interval(x, y, n, &alpha);
  FUZZ_CHECK(!isnan(alpha));
  tenor_interval b[TENOR_AGREE_NSTATS];
  tenor_agreement_bootstrap(x, y, c, n, 0.05, 20, 1, b);
  for (int k = 0; k < TENOR_AGREE_NSTATS; k++)
    FUZZ_CHECK(b[k].na || b[k].low <= b[k].high);
  free(x);
  free(y);
  free(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  unsigned opt = data[0];
  const char *text = (const char *)data + 1;
  size_t len = size - 1;
  if (opt & 8) {
    json v;
    json_error e;
    if (json_parse(text, len, &v, &e) == 0)
      check_json(&v, 0);
    else
      FUZZ_CHECK(e.column >= 1 && e.column <= len + 1 && e.message[0]);
    json_free(&v);
  }
  static const int formats[] = {GOLD_TSV, GOLD_CSV, GOLD_JSONL, GOLD_AUTO};
  gold_columns own = {"body", "rating", "key"};
  gold_set g;
  size_t reports = 0;
  int rc = gold_read(&g, "gold", text, len, formats[opt & 3], (opt & 4) ? &own : NULL, drop,
                     &reports);
  FUZZ_CHECK(rc == 0 ? g.n > 0 : reports > 0);
  FUZZ_CHECK(g.skipped <= reports);
  if (rc == 0) {
    for (size_t k = 0; k < g.n; k++)
      check_item(&g, &g.items[k]);
    if (g.targets) {
      tenor_analyzer *an = tenor_analyzer_new(lex, NULL);
      tenor_analyzer_set_actors(an, actors);
      for (size_t k = 0; k < g.n && k < 200; k++)
        mark_and_run(an, &g.items[k]);
      tenor_analyzer_free(an);
    } else {
      agreement(&g);
    }
  }
  gold_free(&g);
  return 0;
}
