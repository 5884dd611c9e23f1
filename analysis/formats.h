/* formats.h - reading the lexicon formats researchers already have:
 * tenor's native CSV, VADER, AFINN, LIWC .dic, Lexicoder (LSD) YAML,
 * NRC EmoLex and MPQA .tff.  Each parser turns a file into rows of
 * (term, category, weight) for the lexicon store. */
#ifndef TENOR_FORMATS_H
#define TENOR_FORMATS_H

#include <stddef.h>

#include "tenor.h"

/* Formats (public values are in tenor.h as TENOR_FORMAT_*). */

/* Row flags. */
#define TENORP_ROW_WILDCARD (1u << 0) /* term ends in '*': any word that starts with the rest */
#define TENORP_ROW_STEM (1u << 1)     /* match every inflection (MPQA stemmed1=y) */
#define TENORP_ROW_NO_WEIGHT (1u << 2) /* the format gives no weight: weight is 1 */
#define TENORP_ROW_EXACT (1u << 3)     /* never by stem (native match=exact) */

/* One entry of a lexicon file. */
typedef struct tenorp_row {
  const char *term;     /* as written in the file, wildcard '*' removed; not NUL-terminated */
  size_t term_len;
  const char *category; /* tone, hostility, ..., or a category of the file (liwc, nrc) */
  size_t category_len;
  double weight;        /* in the category's scale (converted: AFINN x 0.8, MPQA strong 2 weak 1) */
  unsigned flags;       /* TENORP_ROW_* */
  size_t line;          /* 1-based line of the entry in the file */
} tenorp_row;

/* Called for each row; a non-zero return stops parsing and is returned. */
typedef int (*tenorp_row_fn)(void *ctx, const tenorp_row *row);

/* Parses data[0..len) in `format` (TENOR_FORMAT_*), calling fn for each
 * entry.  Returns 0, fn's non-zero value, or a TENOR_E* code with diag
 * filled (path = name, line of the bad line, message) for a malformed
 * file.  The native CSV format is not handled here (lexicon.c reads it).
 * fn may be NULL: the file is then only checked.  Rows live only during
 * the call; docs/formats.md gives each format's rows and messages. */
int tenorp_parse_lexicon(int format, const char *name, const char *data, size_t len,
                         tenorp_row_fn fn, void *ctx, tenor_diag *diag);

/* The format of a file from its name (extension) and its first bytes:
 * .dic liwc, .yml/.yaml lsd, .tff mpqa, .csv native; otherwise by content:
 * vader (token TAB number TAB number TAB [list]), afinn (word TAB integer),
 * nrc (word TAB category TAB 0|1).  TENOR_FORMAT_NATIVE when unsure.
 * Also by content: a first line `%` liwc, `type=... word1=...` mpqa,
 * `key:` or `---` lsd (comment lines skipped); the tab-separated formats
 * need the first three lines to agree.  name and data may be NULL. */
int tenorp_detect_format(const char *name, const char *data, size_t len);

/* s[0..n) as a number when it is digits with an optional sign and point,
 * 15 digits at most (a lexicon's weights): 0 and *w, the same double
 * strtod gives; else -1, for strtod to read. */
int tenorp_decimal(const char *s, size_t n, double *w);

#endif
