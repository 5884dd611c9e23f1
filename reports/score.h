/* score.h - the tables of tenor score, shared with tenor report:
 * sentences.csv (stdout or a folder), documents.csv, actors.csv and
 * pairs.csv (a folder). */
#ifndef TENOR_SCORE_H
#define TENOR_SCORE_H

#include <stddef.h>

#include "corpus.h"
#include "table.h"
#include "tenor.h"

enum { T_SENTENCES, T_DOCUMENTS, T_ACTORS, T_PAIRS, NTABLES };

typedef struct score_tables {
  tenor_analyzer *an; /* the analyzer the documents went through */
  table t[NTABLES];
  int dir;            /* writing to a folder: all four tables; else sentences on stdout */
  const char **ids;   /* scratch for the targets column */
  size_t capids;
  const tenor_lexicon *lex; /* for the names of its categories of the user's own */
  size_t nextra;      /* how many: two columns each in sentences and documents */
  double *extra_sum;  /* their sums over the current document */
  table first3;       /* the current document's doc_id, group and date, formatted once */
} score_tables;

/* Opens the tables: all four in dir, or sentences.csv on stdout (dir
 * NULL), with columns for the categories of lex; 0, or -1 after a message. */
int score_tables_open(score_tables *r, const char *dir, const tenor_lexicon *lex);
/* All four tables in memory, for a partial result: each document's rows
 * stay in the tables until taken (table_pending, table_clear). */
int score_tables_open_memory(score_tables *r, const tenor_lexicon *lex);
/* The file name of table k (T_*). */
const char *score_table_name(int k);

/* Rows formatted in the workers (corpus_run_with): score_work makes a
 * state per slot (tables in memory) and formats a document's rows into it;
 * score_append_doc, the doc_fn, copies them in order into the tables of
 * ctx.  score_state_new and score_state_free serve other doc_works. */
extern const doc_work score_work;
void *score_state_new(score_tables *r);
void score_state_free(void *state);
int score_append_doc(void *ctx, const doc *d, const char *text, size_t len);
/* What score_append_doc does, for a state (of score_state_new) held
 * elsewhere: its rows copied into r's tables, and cleared. */
void score_append_rows(score_tables *r, score_tables *local);

/* The doc_fn that writes the rows of one analysed document. */
int score_write_doc(void *ctx, const doc *d, const char *text, size_t len);
/* Commits the tables (drops them all if ok is 0); 0, or -1 after a message. */
int score_tables_close(score_tables *r, const char *dir, int ok);

#endif
