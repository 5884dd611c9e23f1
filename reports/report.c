/*
 * report.c - the corpus-wide figures of tenor report: documents, actors
 * as targets and speakers, speaker-target pairs and the sentence-by-
 * sentence arcs of the first documents, gathered while the documents are
 * analysed, for summary.c and plots.c.  Memory grows with documents and
 * actors, not with the text.
 */
#define _POSIX_C_SOURCE 200809L
#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static size_t actor_index(report_data *r, const tenor_actor *a) {
  size_t k = strmap_put(&r->actors, a->id);
  if (k >= r->capactor) {
    size_t old = r->capactor;
    r->capactor = (k + 1) * 2;
    r->actor = xrealloc(r->actor, r->capactor * sizeof *r->actor);
    memset(r->actor + old, 0, (r->capactor - old) * sizeof *r->actor);
  }
  if (!r->actor[k].name) {
    r->actor[k].name = xstrdup(a->name);
    r->actor[k].type = xstrdup(tenor_actor_type_name(a->type));
  }
  return k;
}

static rpair *pair(report_data *r, size_t s, size_t t) {
  char key[64];
  snprintf(key, sizeof key, "%zu %zu", s, t);
  size_t k = strmap_put(&r->pair_index, key);
  if (k == r->npairs) {
    if (r->npairs == r->cappairs) {
      r->cappairs = r->cappairs ? r->cappairs * 2 : 64;
      r->pairs = xrealloc(r->pairs, r->cappairs * sizeof *r->pairs);
    }
    rpair p = {s, t, 0, 0, 0, 0};
    r->pairs[r->npairs++] = p;
  }
  return &r->pairs[k];
}

void report_values_of(tenor_analyzer *an, report_values *v) {
  v->s = tenor_analyzer_sentences(an, &v->n);
  v->act = tenor_analyzer_actors(an, &v->nact);
  v->st = tenor_analyzer_actor_stats(an, &v->nst);
  v->p = tenor_analyzer_pairs(an, &v->np);
}

void report_add(report_data *r, const doc *d, const report_values *v) {
  size_t n = v->n, ns = v->nst, np = v->np;
  const tenor_sentence *s = v->s;
  if (r->ndocs == r->capdocs) {
    r->capdocs = r->capdocs ? r->capdocs * 2 : 64;
    r->docs = xrealloc(r->docs, r->capdocs * sizeof *r->docs);
  }
  rdoc *x = &r->docs[r->ndocs];
  memset(x, 0, sizeof *x);
  x->id = xstrdup(d->id);
  x->group = xstrdup(d->group);
  x->date = xstrdup(d->date);
  x->sentences = n;
  for (size_t i = 0; i < n; i++) {
    x->tokens += s[i].tokens;
    x->tone_norm += s[i].tone_norm;
    x->hostility += s[i].hostility;
    x->cooperation += s[i].cooperation;
  }
  if (n) {
    x->tone_norm /= (double)n;
    x->hostility /= (double)n;
    x->cooperation /= (double)n;
  }
  r->sentences += n;
  r->tokens += x->tokens;
  if (*d->group)
    strmap_put(&r->groups, d->group);
  if (*d->date) {
    if (!*r->first_date || strcmp(d->date, r->first_date) < 0)
      snprintf(r->first_date, sizeof r->first_date, "%.10s", d->date);
    if (strcmp(d->date, r->last_date) > 0)
      snprintf(r->last_date, sizeof r->last_date, "%.10s", d->date);
  }
  if (n && r->narcs < REPORT_ARCS) {
    rarc *a = &r->arcs[r->narcs++];
    a->doc = r->ndocs;
    a->n = n;
    a->tone = xmalloc(n * sizeof *a->tone);
    a->hostility = xmalloc(n * sizeof *a->hostility);
    for (size_t i = 0; i < n; i++) {
      a->tone[i] = s[i].tone;
      a->hostility[i] = s[i].hostility;
    }
  }
  r->ndocs++;

  const tenor_actor *act = v->act;
  const tenor_actor_stats *st = v->st;
  for (size_t i = 0; i < ns; i++) {
    size_t k = actor_index(r, &act[st[i].actor]); /* may move r->actor */
    ractor *a = &r->actor[k];
    a->mentions += st[i].mentions;
    a->as_target += st[i].as_target;
    a->as_speaker += st[i].as_speaker;
    a->hostility_as_target += st[i].hostility_as_target;
    a->tone_as_target += st[i].tone_as_target;
    a->hostility_as_speaker += st[i].hostility_as_speaker;
    a->tone_as_speaker += st[i].tone_as_speaker;
  }
  const tenor_pair_stats *p = v->p;
  for (size_t i = 0; i < np; i++) {
    size_t sp = actor_index(r, &act[p[i].speaker]), tg = actor_index(r, &act[p[i].target]);
    rpair *q = pair(r, sp, tg);
    q->sentences += p[i].sentences;
    q->hostility += p[i].hostility;
    q->tone += p[i].tone;
    q->stance_sum += p[i].stance_sum;
  }
}

typedef struct ranked {
  size_t i;
  double key;
} ranked;

static int by_key_desc(const void *a, const void *b) {
  const ranked *x = a, *y = b;
  if (x->key != y->key)
    return x->key < y->key ? 1 : -1;
  return (x->i > y->i) - (x->i < y->i);
}

size_t report_top_actors(const report_data *r, int speaker, size_t *out, size_t most) {
  size_t n = 0;
  ranked *v = xmalloc((r->actors.n ? r->actors.n : 1) * sizeof *v);
  for (size_t i = 0; i < r->actors.n; i++) {
    size_t count = speaker ? r->actor[i].as_speaker : r->actor[i].as_target;
    if (count) {
      v[n].i = i;
      v[n++].key = (double)count;
    }
  }
  if (n > 1)
    qsort(v, n, sizeof *v, by_key_desc);
  if (n > most)
    n = most;
  for (size_t i = 0; i < n; i++)
    out[i] = v[i].i;
  free(v);
  return n;
}

void report_data_free(report_data *r) {
  for (size_t i = 0; i < r->ndocs; i++) {
    free(r->docs[i].id);
    free(r->docs[i].group);
    free(r->docs[i].date);
  }
  free(r->docs);
  for (size_t i = 0; i < r->actors.n; i++) {
    free(r->actor[i].name);
    free(r->actor[i].type);
  }
  free(r->actor);
  strmap_free(&r->actors);
  strmap_free(&r->pair_index);
  free(r->pairs);
  for (size_t i = 0; i < r->narcs; i++) {
    free(r->arcs[i].tone);
    free(r->arcs[i].hostility);
  }
  strmap_free(&r->groups);
}
