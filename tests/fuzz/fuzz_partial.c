/*
 * fuzz_partial.c - fuzz target: the reader of partial results that
 * `tenor merge` uses (reports/partial.c, part of the command, compiled in
 * with the modules it needs), reading from memory, and the values it
 * gives handed on as merge hands them to compare, by group with every
 * actor and by date, and the statistics of compare.csv computed from them.
 *
 * The input is the whole partial result; its messages go to stderr, as
 * they would in the command (fuzz_partial.options closes stderr for long
 * runs; crash reports still get through).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "fuzz.h"
#include "partial.h"

/* What merge and compare take on trust from a document read. */
static void check_doc(const partial_reader *r, const doc_values *v) {
  FUZZ_CHECK(r->id && r->group && r->date);
  for (int k = 0; k < NTABLES; k++)
    FUZZ_CHECK(r->rows[k] != NULL);
  FUZZ_CHECK(v->tstart[0] == 0);
  for (size_t i = 0; i < v->n; i++) {
    FUZZ_CHECK(v->s[i].speaker == TENOR_NO_ACTOR || v->s[i].speaker < v->nact);
    FUZZ_CHECK(v->tstart[i] <= v->tstart[i + 1]);
    for (size_t t = v->tstart[i]; t < v->tstart[i + 1]; t++)
      FUZZ_CHECK(v->targets[t].actor < v->nact);
  }
  for (size_t k = 0; k < v->nact; k++)
    FUZZ_CHECK(v->act[k].id && v->act[k].name && v->act[k].affiliation);
  FUZZ_CHECK(!v->extra || v->nextra == r->info.ncat);
}

/* Runs every test of compare.csv, series by series. */
static void every_test(const compare *c) {
  size_t *lev = compare_sorted_levels(&c->levels), n;
  for (size_t s = 0; s < c->nseries; s++)
    free(compare_series_rows(c, s, lev, &n));
  free(lev);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0; /* fmemopen refuses an empty buffer */
  FILE *f = fmemopen((void *)data, size, "rb");
  FUZZ_CHECK(f != NULL);
  partial_reader r;
  if (partial_read_file(&r, f, "fuzz.partial") == 0) {
    FUZZ_CHECK(r.info.tenor && r.info.shard < r.info.nshards);
    FUZZ_CHECK(partial_compatible(&r, &r));
    compare by_group, by_date;
    compare_init(&by_group);
    compare_init(&by_date);
    by_group.all_actors = 1;
    by_date.by = BY_DATE;
    compare_defaults(&by_group);
    compare_defaults(&by_date);
    compare_resolve_names(&by_group, (const char *const *)r.info.categories, r.info.ncat);
    compare_resolve_names(&by_date, (const char *const *)r.info.categories, r.info.ncat);
    while (partial_read_doc(&r) == 1) {
      doc d = {r.id, r.group, r.date, r.path, 0, NULL, r.index, NULL};
      doc_values v;
      partial_values(&r, &v);
      check_doc(&r, &v);
      compare_collect_values(&by_group, &d, &v);
      compare_collect_values(&by_date, &d, &v);
    }
    /* the statistics of compare.csv, over whatever values were read */
    every_test(&by_group);
    every_test(&by_date);
    compare_free(&by_group);
    compare_free(&by_date);
  }
  partial_read_close(&r);
  return 0;
}
