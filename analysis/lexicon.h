/* lexicon.h - the lexicon store: terms, their category weights, shifters. */
#ifndef TENOR_LEXICON_H
#define TENOR_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "tenor.h"

/* Categories that carry a score. */
enum { TENORP_TONE, TENORP_HOSTILITY, TENORP_COOPERATION, TENORP_NSCORE };

/* Category bits of an entry: one per scoring category, then the shifters. */
#define TENORP_CAT_TONE (1u << TENORP_TONE)
#define TENORP_CAT_HOSTILITY (1u << TENORP_HOSTILITY)
#define TENORP_CAT_COOPERATION (1u << TENORP_COOPERATION)
#define TENORP_CAT_SCORING ((1u << TENORP_NSCORE) - 1)
#define TENORP_CAT_NEGATOR (1u << 3)
#define TENORP_CAT_BOOSTER (1u << 4)
#define TENORP_CAT_DAMPENER (1u << 5)
#define TENORP_CAT_CONTRAST (1u << 6)
#define TENORP_CAT_SPEECH (1u << 7) /* a speech verb or phrase: said, told, according to */

typedef struct tenorp_entry {
  double w[TENORP_NSCORE]; /* weight per scoring category (valid where cats says) */
  double boost;            /* booster (> 0) or dampener (< 0) increment */
  unsigned cats;           /* TENORP_CAT_* bits present */
  unsigned words;          /* tokens in the term */
  unsigned mwe_max;        /* most tokens of a longer term that starts with this word; 0 if none */
} tenorp_entry;

/* The entry for a normalised key, or NULL. */
const tenorp_entry *tenorp_lexicon_find(const tenor_lexicon *lex, const char *key, size_t len,
                                        uint64_t hash);

/* The normalised term of an entry: its words joined by single spaces. */
const char *tenorp_entry_key(const tenor_lexicon *lex, const tenorp_entry *e);

#endif
