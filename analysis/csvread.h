/* csvread.h - reading CSV data files (lexicons, actor lists) row by row,
 * with named columns, comment lines and FILE:LINE diagnostics. */
#ifndef TENOR_CSVREAD_H
#define TENOR_CSVREAD_H

#include <stdarg.h>
#include <stddef.h>

#include "buf.h"
#include "tenor.h"

#define TENORP_CSV_MAXCOLS 8 /* named columns a reader can ask for */

typedef struct tenorp_csv tenorp_csv;
struct tenorp_csv {
  /* Set by the caller before tenorp_csv_read. */
  const char *name;              /* the file's name, for messages */
  const char *what;              /* what the file is, for messages: "lexicon" */
  tenor_diag *diag;              /* filled on error; may be NULL */
  const char *const *columns;    /* the columns wanted, NULL-terminated; all required */
  int (*row)(tenorp_csv *c, size_t line); /* called for each data row; non-zero stops the
                                             reading and becomes tenorp_csv_read's result */
  void *ctx;                     /* for the row callback */
  /* Set after tenorp_csv_init for other kinds of file (corpora): */
  unsigned optional;             /* bit k: column k may be missing from the header */
  unsigned raw;                  /* bit k: column k is neither trimmed nor checked for UTF-8 */
  int lenient;                   /* rows may lack fields or hold invalid UTF-8: the
                                    callback sees have[] and bad[] instead of an error */
  int no_comments;               /* `#` lines are data, not comments */
  int libcsv_only;               /* every line through libcsv, none split here (for the
                                    test that compares the two) */

  /* For the row callback: the wanted fields of the current row, trimmed of
   * spaces and tabs (field[k].ptr may be NULL when empty), which of them
   * the row has, and (lenient) which hold invalid UTF-8 or NUL. */
  tenorp_buf field[TENORP_CSV_MAXCOLS];
  int have[TENORP_CSV_MAXCOLS];
  int bad[TENORP_CSV_MAXCOLS];

  /* Internal state. */
  int col[TENORP_CSV_MAXCOLS];   /* index of each wanted column; -1 until the header names it */
  size_t ncol;                   /* fields seen in the current row */
  size_t header_fields;          /* fields of the header row */
  size_t line, row_start;        /* the line being read; where the current row began */
  int row_done, fields_after;    /* a row ended in this line; a field ended after it */
  int header_done;               /* the header row was read */
  size_t rows;                   /* data rows read */
  int err;                       /* the first error, TENOR_OK if none */
};

/* Prepares a reader: the file's name and what it is (for messages), the
 * diagnostics to fill, the wanted columns and the row callback. */
void tenorp_csv_init(tenorp_csv *c, const char *name, const char *what, tenor_diag *diag,
                     const char *const *columns, int (*row)(tenorp_csv *c, size_t line),
                     void *ctx);

/* Reads data[0..len): a header row naming the columns (any order, extra
 * columns ignored), then data rows; `#` lines and blank lines may stand
 * between rows; a UTF-8 byte-order mark is skipped; every field must be
 * UTF-8 without NUL.  Returns 0 or the first error's code. */
int tenorp_csv_read(tenorp_csv *c, const char *data, size_t len);

/* Records an error at `line` (the first one wins) and returns its code.
 * fmt takes printf arguments. */
int tenorp_csv_fail(tenorp_csv *c, size_t line, int code, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Fills *d (when not NULL) with an error: code, path, line (column 0)
 * and the message from fmt and ap. */
void tenorp_diag_vset(tenor_diag *d, int code, const char *path, size_t line, const char *fmt,
                      va_list ap);

/* At most 60 bytes of s, cut at a character boundary and marked "..."
 * when cut, in buf (64 bytes); for quoting user data in messages. */
const char *tenorp_quote(char *buf, const char *s, size_t n);

/* Frees the field buffers. */
void tenorp_csv_free(tenorp_csv *c);

#endif
