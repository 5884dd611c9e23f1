/* lexicon.h - the lexicon store: terms, their category weights, shifters,
 * categories of the user's own, wildcards and stems. */
#ifndef TENOR_LEXICON_H
#define TENOR_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "map.h"
#include "tenor.h"

/* Categories that carry a score. */
enum { TENORP_TONE, TENORP_HOSTILITY, TENORP_COOPERATION, TENORP_NSCORE };

/* tenor's own categories: their indexes, and their bits in an entry. */
enum {
  TENORP_C_TONE,
  TENORP_C_HOSTILITY,
  TENORP_C_COOPERATION,
  TENORP_C_NEGATOR,
  TENORP_C_BOOSTER,
  TENORP_C_DAMPENER,
  TENORP_C_CONTRAST,
  TENORP_C_SPEECH,
  TENORP_NOWN /* the first category of the user's own */
};
#define TENORP_CAT_TONE (1u << TENORP_TONE)
#define TENORP_CAT_HOSTILITY (1u << TENORP_HOSTILITY)
#define TENORP_CAT_COOPERATION (1u << TENORP_COOPERATION)
#define TENORP_CAT_SCORING ((1u << TENORP_NSCORE) - 1)
#define TENORP_CAT_NEGATOR (1u << 3)
#define TENORP_CAT_BOOSTER (1u << 4)
#define TENORP_CAT_DAMPENER (1u << 5)
#define TENORP_CAT_CONTRAST (1u << 6)
#define TENORP_CAT_SPEECH (1u << 7)  /* a speech verb or phrase: said, told, according to */
#define TENORP_CAT_EXTRA (1u << 8)   /* has weights in categories of the user's own */

/* Where a weight came from. */
typedef struct tenorp_source {
  uint32_t file; /* index of the file's name (tenorp_lexicon_file) */
  uint32_t line; /* 1-based line */
} tenorp_source;

/* A weight in a category of the user's own. */
typedef struct tenorp_extra {
  uint32_t cat;      /* category index (TENORP_NOWN or above) */
  uint32_t next;     /* the entry's next extra weight + 1, 0 for none */
  double w;          /* the weight (1 for a count) */
  tenorp_source src; /* where it was defined */
} tenorp_extra;

typedef struct tenorp_entry {
  double w[TENORP_NSCORE];         /* weight per scoring category (valid where cats says) */
  double boost;                    /* booster (> 0) or dampener (< 0) increment */
  unsigned cats;                   /* TENORP_CAT_* bits present */
  unsigned words;                  /* tokens in the term */
  unsigned mwe_max;                /* most tokens of a longer term starting with this word; 0 if none */
  uint32_t extra;                  /* first extra weight + 1, 0 for none */
  unsigned stemmed;                /* 1 if it may match by its stem: it does if it is its
                                      own stem (tenorp_lexicon_find_stem) */
  size_t term;                     /* offset of its term (as matched, with * for a wildcard) */
  tenorp_source src[TENORP_NOWN];  /* where each of tenor's own categories came from */
} tenorp_entry;

/* The entry for a normalised key, or NULL. */
const tenorp_entry *tenorp_lexicon_find(const tenor_lexicon *lex, const char *key, size_t len,
                                        uint64_t hash);

/* The wildcard entry with the longest prefix of word[0..len) that is
 * longer than min bytes, or NULL.  word is a normalised word, or the words
 * of a multi-word term joined by spaces (min then ends its last space). */
const tenorp_entry *tenorp_lexicon_find_prefix(const tenor_lexicon *lex, const char *word,
                                               size_t len, size_t min);

/* The maps of the exact keys (returned) and of the wildcard prefixes
 * (*wild); a key's value is its entry's index (tenorp_lexicon_entry_of). */
const tenorp_map *tenorp_lexicon_terms(const tenor_lexicon *lex, const tenorp_map **wild);

/* The entry of key k of one of those maps. */
const tenorp_entry *tenorp_lexicon_entry_of(const tenor_lexicon *lex, const tenorp_map *m,
                                            size_t k);

/* Whether the lexicon has entries that may match by their stem. */
int tenorp_lexicon_has_stems(const tenor_lexicon *lex);

/* The entry matched by a stem (a one-word entry loaded for stemming that
 * is its own stem), or NULL.  Uses the stemmer (tenorp_stemmer_new), so
 * that a stem it gave before is no longer valid. */
const tenorp_entry *tenorp_lexicon_find_stem(const tenor_lexicon *lex, void *stemmer,
                                             const char *stem, size_t len);

/* The term of an entry as it matches: its words joined by single spaces,
 * with a trailing * for a wildcard. */
const char *tenorp_entry_key(const tenor_lexicon *lex, const tenorp_entry *e);

/* The extra weights of an entry. */
const tenorp_extra *tenorp_entry_extra(const tenor_lexicon *lex, uint32_t link);

/* A category's name, and a file's name. */
const char *tenorp_lexicon_category(const tenor_lexicon *lex, size_t cat);
const char *tenorp_lexicon_file(const tenor_lexicon *lex, uint32_t file);

/* A stemmer for matching (one per analyzer); NULL if stemming is off. */
void *tenorp_stemmer_new(void);
/* The stem of a lower-case word, valid until the next call; *n its length. */
const char *tenorp_stem(void *stemmer, const char *word, size_t len, size_t *n);
void tenorp_stemmer_free(void *stemmer);

#endif
