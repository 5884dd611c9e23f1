/* report.h - what tenor report gathers about a corpus for its summary and
 * plots, beside the tables of score and compare. */
#ifndef TENOR_REPORT_H
#define TENOR_REPORT_H

#include <stddef.h>

#include "compare.h"
#include "strmap.h"

#define REPORT_ARCS 12 /* documents drawn sentence by sentence */

/* One document. */
typedef struct rdoc {
  char *id, *group, *date;
  size_t sentences, tokens;
  double tone_norm;  /* mean over its sentences */
  double hostility;  /* mean over its sentences */
  double cooperation;
} rdoc;

/* One actor over the whole corpus. */
typedef struct ractor {
  char *name, *type;
  size_t mentions, as_target, as_speaker;  /* sentences */
  double hostility_as_target, tone_as_target;
  double hostility_as_speaker, tone_as_speaker;
} ractor;

/* One speaker and target over the whole corpus. */
typedef struct rpair {
  size_t speaker, target; /* indexes in the actors map */
  size_t sentences;
  double hostility, tone, stance_sum;
} rpair;

/* The arc of one document: values per sentence. */
typedef struct rarc {
  size_t doc;          /* index in docs */
  double *tone, *hostility;
  size_t n;
} rarc;

typedef struct report_data {
  rdoc *docs;
  size_t ndocs, capdocs;
  size_t sentences, tokens;
  strmap actors;       /* actor id to index in actor */
  ractor *actor;
  size_t capactor;
  strmap pair_index;   /* "speaker target" to index in pairs */
  rpair *pairs;
  size_t npairs, cappairs;
  rarc arcs[REPORT_ARCS];
  size_t narcs;
  strmap groups;       /* groups seen */
  char first_date[32], last_date[32];
  size_t lexicon_entries, actor_entries;
  compare *by_group;   /* the comparison of groups (or periods with --by date) */
  compare *by_date;    /* periods, for the timeline (may be NULL) */
  compare *overall;    /* every document in one level: descriptives */
  int by_date_only;    /* --by date: by_group compares periods */
} report_data;

/* The indexes of the `most` actors with the most sentences as speakers
 * (speaker 1) or targets (speaker 0), most first; returns how many. */
size_t report_top_actors(const report_data *r, int speaker, size_t *out, size_t most);

/* What report_add reads of an analysed document. */
typedef struct report_values {
  const tenor_sentence *s;
  size_t n;
  const tenor_actor *act;
  size_t nact;
  const tenor_actor_stats *st;
  size_t nst;
  const tenor_pair_stats *p;
  size_t np;
} report_values;

/* The values of the document analyser an has just run on (borrowed from it). */
void report_values_of(tenor_analyzer *an, report_values *v);

/* Adds a document's figures. */
void report_add(report_data *r, const doc *d, const report_values *v);
void report_data_free(report_data *r);

/* summary.md and index.html; plots lists the plot names drawn (NULL if
 * none were: gnuplot missing).  0, or -1 after a message. */
int report_write_summary(const report_data *r, const char *dir, const char *const *plots,
                         size_t nplots, const char *const *tables, size_t ntables,
                         const char *plots_note);

/* Writes the data and gnuplot scripts of every plot into dir/plots and
 * runs gnuplot on them, each drawing into a hidden temporary file renamed
 * when whole.  Returns the names drawn in *names (NULL-free array of
 * static strings) and their count; *note gets a message when gnuplot is
 * missing or failed, or a drawing could not be written (static);
 * *unwritten is 1 when a drawing could not be written whole (a full
 * disk), after a message naming it, else 0. */
size_t report_plots(const report_data *r, const char *dir, const char **names, const char **note,
                    int *unwritten);

#endif
