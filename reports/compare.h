/* compare.h - the engine of tenor compare, shared with tenor report:
 * values per document (or sentence) under a group or period, the tests
 * that compare them, and the tables that hold the results. */
#ifndef TENOR_COMPARE_H
#define TENOR_COMPARE_H

#include <getopt.h>
#include <stddef.h>

#include "corpus.h"
#include "strmap.h"
#include "table.h"
#include "tenor.h"

enum { M_TONE, M_TONE_NORM, M_HOSTILITY, M_COOPERATION, M_STANCE, NMEASURES };
extern const char *const measure_names[NMEASURES];
/* Measures from NMEASURES on are categories of the user's own lexicons,
 * named with --measure; at most this many. */
#define COMPARE_MAX_EXTRA 32
#define MAX_MEASURES (NMEASURES + COMPARE_MAX_EXTRA)
enum { R_ALL, R_TARGET, R_SPEAKER, NROLES };
extern const char *const role_names[NROLES];
/* Which measures each role has: documents and speakers have tone_norm,
 * targets have stance. */
extern const int has_measure[NROLES][NMEASURES];
/* Whether a role has measure m (any measure, the user's categories too:
 * documents and speakers have them, targets do not). */
int compare_has_measure(int role, int m);

/* How documents are put in levels. */
enum { BY_GROUP, BY_DATE, BY_ALL };

/* The values of one series at one level. */
typedef struct cell {
  double *v;
  size_t n, cap;
} cell;

/* A series: what is measured. */
typedef struct series {
  int measure, role;
  char *actor;     /* "" for the documents themselves */
  size_t at_level; /* the level its last value went to (documents come by group), */
  size_t at_cell;  /* and that value's cell: the next value at that level needs no lookup */
  size_t tl_level, tl_group, tl_cell; /* the same for the timeline's cells */
} series;

typedef struct compare {
  tenor_analyzer *an;   /* the analyzer the documents went through */
  int by, period, unit_sentence, correlate, all_actors;
  int want[MAX_MEASURES];
  int measures_given;   /* --measure was used */
  int nmeasures;        /* measures in use: NMEASURES and the user's categories */
  const char *extra_names[COMPARE_MAX_EXTRA]; /* --measure names of the user's categories */
  size_t extra_index[COMPARE_MAX_EXTRA];      /* their index among the lexicon's */
  size_t nextra;
  size_t nextra_lex;    /* the lexicon's categories of one's own (compare_resolve) */
  strmap actors_wanted; /* --actor ids */
  size_t bootstrap, permutations;
  unsigned long seed;

  strmap series_keys;   /* "measure|role|actor" to series index */
  series *series;
  size_t nseries, capseries;
  strmap levels;        /* groups or periods */
  strmap cells_index;   /* "series level" to cell index */
  cell *cells;
  size_t ncells, capcells;
  strmap tl_index;      /* "series period group" to timeline cell */
  cell *tl;
  size_t ntl, captl;
  strmap tl_periods, tl_groups;
  cell corr[MAX_MEASURES]; /* per document, for --correlate */
  cell corr_group;      /* the group of each of those documents (as an index) */
  strmap groups;        /* groups seen, for correlations by group */
  size_t undated;       /* documents left out for want of a date */
  size_t ungrouped;     /* documents left out for want of a group */

  char *key;            /* scratch: the key of a series or a cell */
  size_t capkey;
  size_t last_level;    /* the level of the last value added, or (size_t)-1 */
  size_t *tstart;       /* scratch of doc_values_of */
  size_t captstart;
  strmap doc_actors;    /* per document: actor ids and the sums below */
  double (*sums)[NROLES][MAX_MEASURES + 1]; /* the last: sentences concerned */
  size_t capsums;
} compare;

/* One test of compare.csv. */
typedef struct compare_row {
  const series *s;
  const char *a, *b;        /* the groups; NULL for an omnibus test */
  size_t ia, ib;            /* their places in the levels sorted by name */
  const cell *ca, *cb;
  size_t n_all;             /* an omnibus test: all values */
  const char *test, *effect;
  tenor_test r;
  int has_ci, has_stat, has_effect;
  double p_holm, p_bh;
  int adjusted;
} compare_row;

/* The options of compare that tenor report shares. */
enum {
  CMP_BY = 400,
  CMP_PERIOD,
  CMP_MEASURE,
  CMP_UNIT,
  CMP_ACTOR,
  CMP_ACTORS,
  CMP_BOOT,
  CMP_PERM,
  CMP_SEED,
  CMP_CORRELATE
};

#define COMPARE_LONGOPTS                                      \
  {"by", required_argument, NULL, CMP_BY},                    \
  {"period", required_argument, NULL, CMP_PERIOD},            \
  {"measure", required_argument, NULL, CMP_MEASURE},          \
  {"unit", required_argument, NULL, CMP_UNIT},                \
  {"actor", required_argument, NULL, CMP_ACTOR},              \
  {"actors", required_argument, NULL, CMP_ACTORS},            \
  {"bootstrap", required_argument, NULL, CMP_BOOT},           \
  {"permutations", required_argument, NULL, CMP_PERM},        \
  {"seed", required_argument, NULL, CMP_SEED},                \
  {"correlate", no_argument, NULL, CMP_CORRELATE}

/* The help lines of those options. */
extern const char compare_help[];

void compare_init(compare *c);
/* Takes compare option ch: 1 if it was one, 0 if not; a bad value is a
 * usage error of command cmd (frees c and exits 2). */
int compare_option(compare *c, const char *cmd, int ch, const char *arg);
/* The defaults of options not given (measures). */
void compare_defaults(compare *c);
/* Finds the --measure names that are not tenor's own among the
 * categories of lex; 0, or -1 after a message naming the unknown one. */
int compare_resolve(compare *c, const tenor_lexicon *lex);
/* The same with the names of the categories (in lexicon order). */
int compare_resolve_names(compare *c, const char *const *names, size_t n);
/* The name of measure m. */
const char *compare_measure_name(const compare *c, int m);

/* What compare needs of an analysed document: from the analyzer, or
 * read back from a partial result (tenor merge). */
typedef struct doc_values {
  const tenor_sentence *s; /* its sentences (tone, tone_norm, hostility, cooperation, speaker) */
  size_t n;
  const tenor_actor *act;  /* its actors (their ids) */
  size_t nact;
  const tenor_target *targets; /* the targets of sentence i: targets[tstart[i] .. tstart[i+1]) */
  const size_t *tstart;
  const double *extra;     /* n rows of the lexicon's categories of one's own, or NULL */
  size_t nextra;
} doc_values;

/* The values of the document in analyzer an; tstart is kept in *scratch
 * (free it once done with the values). */
void doc_values_of(tenor_analyzer *an, size_t nextra, doc_values *v, size_t **scratch,
                   size_t *cap);

/* Collects a document's values. */
void compare_collect_values(compare *c, const doc *d, const doc_values *v);

/* The doc_fn that collects a document's values from d->an. */
int compare_collect(void *ctx, const doc *d, const char *text, size_t len);
/* A document's values copied out of its analyzer (in a worker, so that
 * the analyzer can go on to the next document): v points into the copies,
 * which the next take reuses.  Zero it before the first take. */
typedef struct doc_capture {
  doc_values v;
  tenor_sentence *s;
  tenor_actor *act;   /* their id, name and affiliation in strs */
  tenor_target *targets;
  size_t *tstart;
  double *extra;
  char *strs;
  size_t caps, capact, captargets, captstart, capextra, capstrs;
} doc_capture;

void doc_capture_take(doc_capture *cv, tenor_analyzer *an, size_t nextra);
void doc_capture_free(doc_capture *cv);

/* The work that copies a document's values out of the analyzer in a
 * worker (each thread then has its own analyzer), and the doc_fn that
 * collects them: corpus_run_with(cp, &compare_work, compare_collect_work,
 * c, o).  With one job, compare_collect is called instead. */
extern const doc_work compare_work;
int compare_collect_work(void *ctx, const doc *d, const char *text, size_t len);

/* After the last document: the notes on documents left out, every table
 * written and closed, and "nothing to compare" with fewer than two levels;
 * returns the exit status. */
struct compare_tables;
int compare_finish(compare *c, struct compare_tables *op);
/* A message for each --actor id that no document gave a value (a typo, or
 * an actor the corpus never names as a target or speaker). */
void compare_note_unseen_actors(const compare *c);

/* The series in output order: the documents' first, then actors by id,
 * target before speaker, measures in their order.  Free with free(). */
size_t *compare_series_order(const compare *c);
/* The levels in byte order of their names; indexes in c->levels. */
size_t *compare_sorted_levels(const strmap *levels);
/* The cell of series s at level l, or NULL. */
const cell *compare_cell(const compare *c, size_t s, size_t l);
/* The tests of series s (none with fewer than two levels), in output
 * order, their p values adjusted within the series; lev is
 * compare_sorted_levels(&c->levels).  Free the array with free(). */
compare_row *compare_series_rows(const compare *c, size_t s, const size_t *lev, size_t *n);

/* The four tables (headers included): compare_tables_open opens the
 * tables named by `which` (CT_* bits) in a folder, or at a path ending in
 * .csv for compare.csv and beside it for the others; with path NULL,
 * compare.csv on stdout.  0, or -1 after a message. */
#define CT_COMPARE (1u << 0)
#define CT_GROUPS (1u << 1)
#define CT_TIMELINE (1u << 2)
#define CT_CORRELATIONS (1u << 3)
typedef struct compare_tables {
  table compare, groups, timeline, correlations;
  int dir;        /* all tables in a folder */
  char *folder;   /* where they go */
  char *name;     /* compare.csv's file name */
} compare_tables;

int compare_tables_open(compare_tables *o, const char *path, unsigned which);
void compare_tables_write(compare *c, compare_tables *o);
int compare_tables_close(compare_tables *o, int ok);

void compare_free(compare *c);

#endif
