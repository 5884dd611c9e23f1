/* score.h - matching lexicon entries in a sentence and applying shifters. */
#ifndef TENOR_SCORE_H
#define TENOR_SCORE_H

#include <stddef.h>

#include "lexicon.h"
#include "map.h"
#include "sentence.h"
#include "token.h"

/* The shifter constants.  Negation, booster, capitals, exclamation and the
 * normalisation alpha follow VADER (Hutto and Gilbert, 2014); the rest are
 * tenor's own (see the README). */
#define TENORP_NEGATE_TONE TENOR_NEGATE_TONE
#define TENORP_NEGATE_OTHER TENOR_NEGATE_OTHER
#define TENORP_SHIFT_WINDOW 3        /* a negator or booster acts on a hit up to this many tokens after it */
#define TENORP_CONTRAST_BEFORE TENOR_CONTRAST_BEFORE
#define TENORP_CONTRAST_AFTER TENOR_CONTRAST_AFTER
#define TENORP_CAPS_INCR TENOR_CAPS_INCR
#define TENORP_BANG_INCR TENOR_BANG_INCR
#define TENORP_BANG_MAX TENOR_BANG_MAX
#define TENORP_NORM_ALPHA 15.0       /* tone_norm = tone / sqrt(tone^2 + alpha) */

/* Rules that changed a hit (tenor.h documents them). */
#define TENORP_RULE_NEGATED TENOR_RULE_NEGATED
#define TENORP_RULE_BOOSTED TENOR_RULE_BOOSTED
#define TENORP_RULE_CAPS TENOR_RULE_CAPS
#define TENORP_RULE_BEFORE TENOR_RULE_BEFORE
#define TENORP_RULE_AFTER TENOR_RULE_AFTER
#define TENORP_RULE_PART TENOR_RULE_PART

/* How a hit matched its entry. */
enum {
  TENORP_MATCH_EXACT = TENOR_MATCH_EXACT,
  TENORP_MATCH_WILDCARD = TENOR_MATCH_WILDCARD,
  TENORP_MATCH_STEM = TENOR_MATCH_STEM
};

typedef struct tenorp_hit {
  size_t first, last;       /* tokens [first, last) */
  const tenorp_entry *e;    /* the lexicon entry */
  unsigned cats;            /* the categories of e it gives (TENORP_CAT_* bits) */
  size_t shadow;            /* for a loose match: how many earlier hits the word has (they
                               take precedence in the categories they give) */
  unsigned rules;           /* TENORP_RULE_* bits */
  unsigned match;           /* TENORP_MATCH_* */
  size_t target;            /* document actor its scores went to, or SIZE_MAX (attrib.c) */
  double w[TENORP_NSCORE];  /* weights after shifters (0 where the entry has none) */
} tenorp_hit;

typedef struct tenorp_scorer {
  tenorp_hit *hits;   /* the matches of the last sentence scored, shifters included */
  size_t n, cap;
  tenorp_buf key;     /* scratch for multi-word keys */
  void *stemmer;      /* for entries matched by stem; made on first need */
  int has_stems;      /* the lexicon has entries matched by stem (this sentence's) */
  double *extra;      /* sums of the last sentence in categories of the user's own */
  size_t nextra;      /* how many (tenor_lexicon_extra_count) */
  size_t *cand;       /* the tokens of the sentence that may match, but actors' names */
  size_t capcand;
} tenorp_scorer;

/* Matches and scores the tokens of one sentence (span, surveyed by
 * tenorp_survey_sentence into sv: only the tokens it lists as maybe are
 * tried) into *out.  `sc->hits` then holds every match (shifter and
 * speech words too) with its final weights.  Tokens with skip[i] set (the
 * names of actors) are counted but never matched; skip may be NULL.
 * Categories of the user's own are summed into sc->extra as they are,
 * without shifters.  A word found to match nothing alone is marked quiet
 * in its record (vocab.h), so that later surveys leave it out. */
void tenorp_score_sentence(tenorp_scorer *sc, const tenor_lexicon *lex, const tenorp_tokens *t,
                           const tenorp_span *span, const tenorp_survey *sv,
                           const unsigned char *skip, tenor_sentence *out);

/* Whether hit h gives its weight in category `cat` (of the user's own):
 * a loose match does not where an earlier hit of the word gives it. */
int tenorp_hit_gives_extra(const tenorp_scorer *sc, const tenor_lexicon *lex, size_t h,
                           uint32_t cat);

void tenorp_scorer_free(tenorp_scorer *sc);

#endif
