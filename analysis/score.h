/* score.h - matching lexicon entries in a sentence and applying shifters. */
#ifndef TENOR_SCORE_H
#define TENOR_SCORE_H

#include <stddef.h>

#include "lexicon.h"
#include "sentence.h"
#include "token.h"

/* The shifter constants.  Negation, booster, capitals, exclamation and the
 * normalisation alpha follow VADER (Hutto and Gilbert, 2014); the rest are
 * tenor's own (see the README). */
#define TENORP_NEGATE_TONE (-0.74)   /* tone of a negated hit is multiplied by this */
#define TENORP_NEGATE_OTHER 0.25     /* hostility and cooperation of a negated hit keep this share */
#define TENORP_SHIFT_WINDOW 3        /* a negator or booster acts on a hit up to this many tokens after it */
#define TENORP_CONTRAST_BEFORE 0.5   /* weight of hits before a contrast word */
#define TENORP_CONTRAST_AFTER 1.5    /* weight of hits after it */
#define TENORP_CAPS_INCR 0.733       /* magnitude added to an ALL-CAPS hit in mixed-case text */
#define TENORP_BANG_INCR 0.292       /* magnitude added to a sentence's sums per '!' */
#define TENORP_BANG_MAX 4            /* at most this many '!' count */
#define TENORP_NORM_ALPHA 15.0       /* tone_norm = tone / sqrt(tone^2 + alpha) */

/* Rules that changed a hit (for explanations and tests). */
#define TENORP_RULE_NEGATED (1u << 0)  /* a negator came shortly before */
#define TENORP_RULE_BOOSTED (1u << 1)  /* a booster or dampener came shortly before */
#define TENORP_RULE_CAPS (1u << 2)     /* written in capitals in mixed-case text */
#define TENORP_RULE_BEFORE (1u << 3)   /* before a contrast word */
#define TENORP_RULE_AFTER (1u << 4)    /* after a contrast word */
#define TENORP_RULE_PART (1u << 5)     /* matched as part of a hyphenated word */

typedef struct tenorp_hit {
  size_t first, last;       /* tokens [first, last) */
  const tenorp_entry *e;    /* the lexicon entry */
  unsigned rules;           /* TENORP_RULE_* bits */
  double w[TENORP_NSCORE];  /* weights after shifters (0 where the entry has none) */
} tenorp_hit;

typedef struct tenorp_scorer {
  tenorp_hit *hits;   /* the matches of the last sentence scored, shifters included */
  size_t n, cap;
  tenorp_buf key;     /* scratch for multi-word keys */
} tenorp_scorer;

/* Matches and scores the tokens of one sentence into *out.  `sc->hits`
 * then holds every match (shifter and speech words too) with its final
 * weights.  Tokens with skip[i] set (the names of actors) are counted but
 * never matched; skip may be NULL. */
void tenorp_score_sentence(tenorp_scorer *sc, const tenor_lexicon *lex, const tenorp_tokens *t,
                           const tenorp_span *span, const unsigned char *skip,
                           tenor_sentence *out);

void tenorp_scorer_free(tenorp_scorer *sc);

#endif
