/* check.h - the checks of an analyzer's results against the promises of
 * tenor.h (spans inside the text, indexes inside their arrays, finite
 * scores, sorted targets), shared by the text and attribution targets. */
#ifndef TENOR_FUZZ_CHECK_H
#define TENOR_FUZZ_CHECK_H

#include <math.h>
#include <string.h>

#include "fuzz.h"
#include "tenor.h"

/* The tokens and hits of sentence i, with opt.explain. */
static void check_explained(const tenor_analyzer *a, const tenor_lexicon *lex,
                            const tenor_sentence *s, size_t i, size_t len, size_t nact,
                            size_t max) {
  size_t nt, nh;
  const tenor_token *t = tenor_analyzer_tokens(a, i, &nt);
  const tenor_hit *h = tenor_analyzer_hits(a, i, &nh);
  FUZZ_CHECK(nt == 0 || t);
  size_t words = 0;
  for (size_t k = 0; k < nt; k++) {
    FUZZ_CHECK(t[k].start >= s->start && t[k].len > 0 && t[k].start + t[k].len <= s->end);
    FUZZ_CHECK(t[k].start + t[k].len <= len && t[k].norm);
    FUZZ_CHECK(t[k].kind >= TENOR_TOKEN_WORD && t[k].kind <= TENOR_TOKEN_PUNCT);
    FUZZ_CHECK(k == 0 || t[k].start >= t[k - 1].start + t[k - 1].len);
    words += t[k].kind != TENOR_TOKEN_PUNCT;
  }
  FUZZ_CHECK(words == s->tokens);
  /* cut at a token boundary: only a single token can be longer */
  FUZZ_CHECK(!max || nt < 2 || s->end - s->start <= max);
  for (size_t k = 0; k < nh; k++) {
    FUZZ_CHECK(h[k].first < h[k].last && h[k].last <= nt);
    FUZZ_CHECK(h[k].term && h[k].entry);
    FUZZ_CHECK(h[k].target == TENOR_NO_ACTOR || h[k].target < nact);
    for (int c = 0; c < 3; c++)
      FUZZ_CHECK(isfinite(h[k].score[c]));
    tenor_lexicon_item items[64];
    size_t ni = tenor_lexicon_entry_items(lex, h[k].entry, items, 64);
    FUZZ_CHECK(ni > 0);
    for (size_t x = 0; x < ni && x < 64; x++)
      FUZZ_CHECK(items[x].term && items[x].category && items[x].source);
  }
}

/* What one sentence's numbers must be, whatever the text. */
static void check_sentence(const tenor_sentence *s, size_t len, size_t nact) {
  FUZZ_CHECK(s->start < s->end && s->end <= len);
  FUZZ_CHECK(s->n_pos + s->n_neg <= s->hits);
  FUZZ_CHECK(isfinite(s->tone) && isfinite(s->hostility) && isfinite(s->cooperation));
  FUZZ_CHECK(s->tone_norm >= -1 && s->tone_norm <= 1);
  FUZZ_CHECK(s->speaker == TENOR_NO_ACTOR || s->speaker < nact);
}

/* Every result of the last run, against the promises of tenor.h. */
static void check_run(const tenor_analyzer *a, const tenor_lexicon *lex, const tenor_options *o,
                      size_t len) {
  size_t n, nact, nstats, npairs;
  const tenor_sentence *s = tenor_analyzer_sentences(a, &n);
  const tenor_actor *act = tenor_analyzer_actors(a, &nact);
  FUZZ_CHECK(n == 0 || s);
  for (size_t k = 0; k < nact; k++) {
    FUZZ_CHECK(act[k].id && act[k].name && act[k].affiliation && *act[k].id);
    FUZZ_CHECK(act[k].type >= TENOR_ACTOR_STATE && act[k].type <= TENOR_ACTOR_GROUP);
    FUZZ_CHECK(tenor_actor_type_name(act[k].type) != NULL);
  }
  size_t nextra = tenor_lexicon_extra_count(lex);
  for (size_t i = 0; i < n; i++) {
    check_sentence(&s[i], len, nact);
    FUZZ_CHECK(i == 0 || s[i].start >= s[i - 1].end);
    size_t nt;
    const tenor_target *t = tenor_analyzer_targets(a, i, &nt);
    for (size_t k = 0; k < nt; k++) {
      FUZZ_CHECK(t[k].actor < nact && t[k].actor != s[i].speaker);
      FUZZ_CHECK(t[k].stance >= -1 && t[k].stance <= 1);
      FUZZ_CHECK(k == 0 || strcmp(act[t[k - 1].actor].id, act[t[k].actor].id) < 0);
    }
    const double *extra = tenor_analyzer_extra(a, i);
    FUZZ_CHECK(!nextra || extra);
    for (size_t k = 0; extra && k < nextra; k++)
      FUZZ_CHECK(isfinite(extra[k]));
    if (o->explain)
      check_explained(a, lex, &s[i], i, len, nact, o->max_sentence_bytes);
  }
  FUZZ_CHECK(tenor_analyzer_extra(a, n) == NULL);
  const tenor_actor_stats *st = tenor_analyzer_actor_stats(a, &nstats);
  for (size_t k = 0; k < nstats; k++) {
    FUZZ_CHECK(st[k].actor < nact && st[k].mentions <= n);
    FUZZ_CHECK(st[k].as_speaker <= n && st[k].as_target <= n);
  }
  const tenor_pair_stats *p = tenor_analyzer_pairs(a, &npairs);
  for (size_t k = 0; k < npairs; k++)
    FUZZ_CHECK(p[k].speaker < nact && p[k].target < nact && p[k].sentences <= n);
}

#endif
