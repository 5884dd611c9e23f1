/* gold.h - the gold standards of tenor validate: snippets rated or
 * labelled by people, or sentences whose targets people labelled; read
 * from TSV, CSV or JSON Lines (docs/validate.md gives the formats). */
#ifndef TENOR_GOLD_H
#define TENOR_GOLD_H

#include <stddef.h>

#include "tenor.h"

/* File formats. */
enum { GOLD_AUTO = -1, GOLD_TSV, GOLD_CSV, GOLD_JSONL };

/* What the gold of a snippet is. */
enum { GOLD_RATING = 1, GOLD_LABEL };

/* A target of a sentence, with its label. */
typedef struct gold_target {
  char *mention;     /* as the gold gives it */
  size_t from, to;   /* its characters (code points) in the text, end exclusive, as given */
  size_t start, end; /* the same in bytes */
  int label;         /* TENOR_NEGATIVE, TENOR_NEUTRAL or TENOR_POSITIVE */
  size_t line;       /* its line in the file (a CSV row's own) */
} gold_target;

/* A snippet or a sentence. */
typedef struct gold_item {
  char *id;             /* the id given, or else the line (TSV, JSON Lines) or row (CSV) */
  char *text;           /* valid UTF-8 without NUL, NUL-terminated */
  size_t len;           /* bytes of text */
  size_t line;          /* where it starts in the file */
  double value;         /* snippets: the rating, or a label as -1, 0 or +1 */
  int label;            /* snippets with a label: its class (TENOR_NEGATIVE...); else -1 */
  gold_target *targets; /* sentences of a target-level gold */
  size_t ntargets, captargets;
} gold_item;

typedef struct gold_set {
  int targets; /* 1: a target-level gold (JSON Lines; CSV with a mention column) */
  int kind;    /* a snippet-level gold: GOLD_RATING or GOLD_LABEL */
  gold_item *items;
  size_t n, cap;
  size_t skipped; /* lines or rows left out for a problem */
} gold_set;

/* Column names of a CSV gold; NULL for the defaults. */
typedef struct gold_columns {
  const char *text; /* default "text" */
  const char *gold; /* default "gold": a rating or a label */
  const char *id;   /* default "id"; optional unless named */
} gold_columns;

/* Called with every problem: path, line, column (0 when not known) and
 * message; valid during the call. */
typedef void (*gold_report_fn)(void *ctx, const tenor_diag *d);

/* The format named s ("tsv", "csv", "jsonl"), or -2. */
int gold_format_parse(const char *s);

/* The format of a file: from its name (.jsonl, .ndjson, .json: JSON
 * Lines; .csv: CSV; .tsv, .tab, .txt: TSV), else from its first byte
 * that is not white space ('{': JSON Lines), else TSV. */
int gold_format_detect(const char *name, const char *data, size_t len);

/* Reads a gold standard.  A line or row with a problem is reported and
 * left out (g->skipped counts them); a problem with the whole file (an
 * empty file, malformed CSV, a column missing, UTF-16, no usable item)
 * is reported and returns -1.  Returns 0 otherwise.  Free g with
 * gold_free in either case. */
int gold_read(gold_set *g, const char *name, const char *data, size_t len, int format,
              const gold_columns *cols, gold_report_fn report, void *ctx);

void gold_free(gold_set *g);

#endif
