/* table.h - CSV tables written safely: quoted by libcsv, committed by rename. */
#ifndef TENOR_TABLE_H
#define TENOR_TABLE_H

#include <stddef.h>
#include <stdio.h>

typedef struct table {
  FILE *f;        /* where rows go */
  char *tmp;      /* the temporary file's path; NULL for stdout */
  char *path;     /* the final path; NULL for stdout */
  int first;      /* no field written yet in this row */
  char *scratch;  /* for flattening text fields */
  size_t cap;     /* bytes allocated in scratch */
  char *out;      /* rows not yet written to f */
  size_t nout, capout;
  size_t row_end; /* the end of the room made for the row being written (table_row) */
} table;

/* How every table of the process is written (set once, before any table is
 * opened; see table_set_format). */
typedef struct table_format {
  char sep;           /* field separator: ',' (the default), ';', '\t' or '|' */
  char decimal;       /* decimal mark of numbers: '.' (the default) or ',' */
  int bom;            /* a UTF-8 byte-order mark at the top of every table */
  int crlf;           /* rows end in CR LF instead of LF */
  int minimal_quotes; /* quote a string only when it needs it (TSV), not always */
} table_format;

/* Sets the format of every table written from now on; NULL restores the
 * default (RFC 4180 CSV: ',', '.', no byte-order mark, LF, strings always
 * quoted).  Process-wide. */
void table_set_format(const table_format *f);

/* The format in use. */
const table_format *table_get_format(void);

/* Whether a table has been started on stdout in this process (so that
 * nothing else should draw on stdout's terminal while rows stream). */
int table_uses_stdout(void);

/* Starts DIR/NAME as a hidden temporary file in DIR.  Returns 0, or -1
 * with errno set. */
int table_open(table *t, const char *dir, const char *name);

/* A table on stdout.  Like table_open, writes the byte-order mark if the
 * format asks for one, but only for the first table the process writes
 * there (tenor validate writes two, one after the other). */
void table_stdout(table *t);

/* A table in memory (for partial results): rows collect until taken with
 * table_pending and table_clear; no byte-order mark; free with
 * table_abort. */
void table_memory(table *t);
const char *table_pending(const table *t, size_t *n);
void table_clear(table *t); /* drops the rows, and an unfinished one */
/* Appends bytes that are already rows (tenor merge). */
void table_raw(table *t, const char *s, size_t n);

/* Writes a header row from a NULL-terminated list of column names. */
void table_header(table *t, const char *const *cols);

/* Fields of the current row. */
void table_str(table *t, const char *s, size_t n);
void table_text(table *t, const char *s, size_t n); /* white space runs become one space */
void table_list(table *t, const char *const *items, size_t n, char sep); /* one field; empty if n is 0 */
void table_opt(table *t, const char *s);             /* a string, or a missing value if "" */
void table_size(table *t, size_t v);
void table_num(table *t, double v);                  /* fixed, 4 decimals; missing if not finite */
void table_fixed(table *t, double v, int decimals);  /* fixed, never -0, never exponent; missing
                                                        if v is NaN or infinite */
void table_empty(table *t);                          /* a missing value */
void table_ratio(table *t, double num, double den);  /* num / den, or missing when den is 0 */
void table_end_row(table *t);

/*
 * A row written at once, for the long tables: table_row makes room for
 * `most` bytes of fields (and the line end) and returns a cursor; the
 * tr_* functions below each write one field at the cursor and return it
 * moved past what they wrote; the writer puts table_separator() between
 * fields itself, and table_row_end ends the row.  Nothing checks the room
 * between the two: `most` must hold every field at its largest (the
 * bounds are given with each), and the separators.  A number takes
 * TABLE_NUM_ROOM; the rare one that needs more (a magnitude of 10^12 or
 * more: "%.4f" never uses an exponent) makes more room itself, which may
 * move the row (tr_num returns the cursor in its new place).  The fields
 * are written exactly as the table_* functions above write them.
 */
#define TABLE_SIZE_MAX 20                                        /* digits of SIZE_MAX */
#define TABLE_FIXED_MAX(d) (313 + ((d) > 0 ? (size_t)(d) : 0)) /* sign, 309 digits, point, NUL */
#define TABLE_NUM_ROOM 24 /* sign, 12 digits, point, 4 decimals, NUL, and to spare */
char *table_row(table *t, size_t most);
void table_row_end(table *t, char *o);
char table_separator(void);
char *tr_str(char *o, const char *s, size_t n);                  /* at most 2 n + 2 bytes */
char *tr_opt(char *o, const char *s, size_t n);                  /* nothing when n is 0 */
char *tr_text(table *t, char *o, const char *s, size_t n);       /* at most 2 n + 2 bytes */
char *tr_list(table *t, char *o, const char *const *items, size_t n,
              char sep);                                          /* 2 (sum of lengths + n) + 2 */
char *tr_size(char *o, size_t v);                                /* TABLE_SIZE_MAX */
char *tr_num(table *t, char *o, double v);                       /* TABLE_NUM_ROOM */
char *tr_ratio(table *t, char *o, double num, double den);       /* TABLE_NUM_ROOM */

/* Finishes the table: flushes, closes and renames the temporary file to
 * its final name.  Returns 0, or -1 with errno set (the temporary file is
 * then removed). */
int table_commit(table *t);

/* Drops an unfinished table: closes and removes the temporary file. */
void table_abort(table *t);

#endif
