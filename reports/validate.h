/* validate.h - the engine of tenor validate: tenor's scores of a gold
 * standard's snippets or targets, their agreement with the gold, and the
 * tables validate.csv and validate-errors.csv (docs/validate.md). */
#ifndef TENOR_VALIDATE_H
#define TENOR_VALIDATE_H

#include <stddef.h>

#include "gold.h"
#include "tenor.h"

/* What is measured, beside compare's M_TONE ... M_COOPERATION. */
#define VALIDATE_CATEGORY 100 /* a category of the user's own lexicons */

typedef struct validate_opts {
  int measure;           /* M_TONE, M_TONE_NORM, M_HOSTILITY, M_COOPERATION or VALIDATE_CATEGORY */
  const char *category;  /* the category's name, with VALIDATE_CATEGORY */
  size_t category_index; /* its index among the lexicon's categories of one's own */
  double neutral;        /* --neutral: tenor's neutral band is [-neutral, neutral] */
  double gold_neutral;   /* --gold-neutral; below 0: neutral times the largest |gold - midpoint| */
  double gold_midpoint;  /* --gold-midpoint: the gold's neutral point */
  size_t bootstrap;      /* --bootstrap N: resamples, 0 for none */
  unsigned long seed;    /* --seed */
  size_t errors;         /* --errors K: the K largest disagreements, 0 for no table */
  const char *output;    /* -o: a folder or a .csv path; NULL for stdout */
} validate_opts;

/* The name of the measure, as the tables give it. */
const char *validate_measure_name(const validate_opts *v);

/* Scores every item of g (read from `gold_name`) with the lexicon and
 * actors, computes the agreement and writes the tables; reports items
 * that cannot be scored (no words) with FILE:LINE.  Returns the exit
 * status: EXIT_DATA when an item was left out or a table could not be
 * written, else EXIT_OK. */
int validate_run(const validate_opts *v, const gold_set *g, const char *gold_name,
                 const tenor_lexicon *lex, const tenor_actors *actors, const tenor_options *opt);

#endif
