/* explain.h - why a sentence scored what it did, hit by hit: the lines of
 * tenor explain, and the reasons of tenor validate's errors table. */
#ifndef TENOR_EXPLAIN_H
#define TENOR_EXPLAIN_H

#include <stddef.h>

#include "tenor.h"

/* One category of one lexicon hit (a line of explain's hit table). */
typedef struct explain_item {
  size_t hit;               /* the hit's number in its sentence, from 1 */
  int first;                /* the first item of its hit */
  const tenor_hit *h;       /* the hit (borrowed from the analyzer) */
  tenor_lexicon_item entry; /* the category, its weight in the lexicon, source and line */
  int scoring;              /* 0 tone, 1 hostility, 2 cooperation, -1 any other category */
  double score;             /* the weight after the rules (where scoring >= 0) */
  const char *target;       /* the id of the target the score went to, or "" */
  char rules[160];          /* the rules that changed it, in words (where scoring >= 0) */
  char *words;              /* the words of the text it matched, white space made spaces */
} explain_item;

/* The items of sentence i of the last run of an analyzer made with
 * opt.explain over `text`, in the order of its hits and of each entry's
 * categories (only those the hit gives).  They go into *items, grown as
 * needed (*cap allocated); returns how many.  Free the words with
 * explain_items_clear before the next call, and *items with free(). */
size_t explain_items(const tenor_analyzer *an, const tenor_lexicon *lex, const char *text, size_t i,
                     explain_item **items, size_t *cap);
void explain_items_clear(explain_item *items, size_t n);

/* "exact", "wildcard" or "stem" (TENOR_MATCH_*). */
const char *explain_match_name(int match);

/* The '!' of sentence i that count (at most TENOR_BANG_MAX). */
size_t explain_bangs(const tenor_analyzer *an, const char *text, size_t i);

#endif
