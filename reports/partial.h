/* partial.h - partial results: what `tenor score --partial FILE` writes for
 * one shard of a corpus, and what `tenor merge` reads back to make the
 * tables and statistics of one run over every shard.  The format is
 * described in docs/partial.md. */
#ifndef TENOR_PARTIAL_H
#define TENOR_PARTIAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "compare.h"
#include "corpus.h"
#include "sbuf.h"
#include "score.h"
#include "table.h"
#include "tenor.h"

#define PARTIAL_VERSION 3 /* of the format; a reader refuses any other (1: documents in
                             input order, 2: in id order, 3: --max-doc-bytes recorded) */

/* What a partial result was made with; two partials merge only when all
 * of it but the shard agrees. */
typedef struct partial_info {
  int version;
  char *tenor;          /* the tenor version that wrote it */
  uint64_t lexicons;    /* fingerprints of the lexicons and actor lists */
  uint64_t actors;
  int level;            /* the analyzer options */
  size_t max_bytes;
  size_t max_doc;       /* --max-doc-bytes (0: no limit) */
  table_format format;  /* how the rows are written */
  unsigned shard, nshards; /* shard K of N (0 of 1: the whole input) */
  char **categories;    /* the lexicons' categories of one's own */
  size_t ncat;
  char *header[NTABLES]; /* the header rows of the four tables */
  size_t header_len[NTABLES];
} partial_info;

/* ------------------------------------------------------------ writing */

typedef struct partial_writer {
  FILE *f;
  char *path, *tmp;     /* written to tmp, renamed to path when complete; tmp is
                           NULL for stdout and for a device or FIFO, written as it is */
  score_tables st;      /* the rows of the current document, in memory */
  sbuf rec;             /* its record (one job) */
  size_t nextra;
  size_t *tstart;       /* scratch */
  size_t captstart;
  size_t index;         /* documents written */
  unsigned shard, nshards;
} partial_writer;

/* Starts a partial result at path (- for stdout) for the documents of
 * shard K of N; 0, or -1 after a message.  A regular file is written
 * whole or not at all (a temporary file renamed); a path that is a
 * device, a FIFO or a socket (/dev/stdout, /dev/null, a named pipe) is
 * written to as it is, never replaced. */
int partial_open(partial_writer *w, const char *path, const corpus *cp, unsigned shard,
                 unsigned nshards);
/* The doc_fn that formats and writes one document (with one job). */
int partial_write_doc(void *ctx, const doc *d, const char *text, size_t len);
/* The work that formats a document's record in a worker (its direct
 * function, with one job, is partial_write_doc), and the doc_fn that then
 * writes it: corpus_run_with(cp, &partial_work, partial_put_doc, w, o). */
extern const doc_work partial_work;
int partial_put_doc(void *ctx, const doc *d, const char *text, size_t len);
/* Finishes the file (drops it when ok is 0); 0, or -1 after a message. */
int partial_close(partial_writer *w, int ok);

/* ------------------------------------------------------------ reading */

typedef struct partial_reader {
  FILE *f;
  const char *path;
  size_t line;          /* for messages */
  int cut;              /* the file ends inside a line (said) */
  size_t ndocs;         /* documents read */
  char *buf;            /* the current line */
  size_t cap;
  partial_info info;
  /* the current document */
  size_t index;
  char *id, *group, *date;
  char *rows[NTABLES];
  size_t rows_len[NTABLES];
  tenor_sentence *s;
  size_t n, caps;
  tenor_actor *act;
  char **ids;
  size_t nact, capact;
  tenor_target *targets;
  size_t ntargets, captargets;
  size_t *tstart;
  size_t captstart;
  double *extra;
  size_t capextra;
} partial_reader;

/* Opens a partial result and reads what it was made with; 0, or -1 after
 * a message naming the file (and line). */
int partial_read_open(partial_reader *r, const char *path);
/* The same from a stream already open, which partial_read_close closes
 * (unless it is stdin); the fuzz target reads from memory this way. */
int partial_read_file(partial_reader *r, FILE *f, const char *path);
/* Reads the next document: 1, 0 at the end, -1 after a message. */
int partial_read_doc(partial_reader *r);
/* The current document's values, for compare. */
void partial_values(const partial_reader *r, doc_values *v);
void partial_read_close(partial_reader *r);

/* Whether two partials can be merged; if not, a message naming b and
 * what differs, and 0. */
int partial_compatible(const partial_reader *a, const partial_reader *b);

#endif
