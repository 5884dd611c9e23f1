/*
 * table.c - CSV output.
 *
 * Every text field is quoted by libcsv (csv_fwrite2 doubles embedded
 * quotes, RFC 4180); numbers are written bare, in the C locale, with a
 * fixed number of decimals and never as -0.0000 or in scientific
 * notation.  A table written to a folder goes to a hidden temporary file
 * first and is renamed over its final name only once complete, so a
 * failed run never leaves a half table under the real name.
 *
 * The format is process-wide (table_set_format): the field separator, the
 * decimal mark, a UTF-8 byte-order mark at the top of each table and CR LF
 * row ends, for spreadsheets (--excel, --tsv, --sep, --decimal); with
 * minimal quoting (TSV) a string is quoted only when it holds the
 * separator, a double quote or a line break.
 */
#define _POSIX_C_SOURCE 200809L
#include "table.h"

#include <csv.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static const table_format default_format = {',', '.', 0, 0, 0};
static table_format format = {',', '.', 0, 0, 0};
static int stdout_used; /* a table was started on stdout */

void table_set_format(const table_format *f) { format = f ? *f : default_format; }

const table_format *table_get_format(void) { return &format; }

int table_uses_stdout(void) { return stdout_used; }

/* What every table starts with: a byte-order mark if asked for. */
static void start(table *t) {
  t->first = 1;
  if (format.bom)
    fputs("\xEF\xBB\xBF", t->f);
}

int table_open(table *t, const char *dir, const char *name) {
  memset(t, 0, sizeof *t);
  t->path = xasprintf("%s/%s", dir, name);
  t->tmp = xasprintf("%s/.%s.XXXXXX", dir, name);
  int fd = mkstemp(t->tmp);
  if (fd < 0) {
    int e = errno;
    free(t->path);
    free(t->tmp);
    t->path = t->tmp = NULL;
    errno = e;
    return -1;
  }
  /* mkstemp makes the file private; give it the mode a new file gets. */
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  t->f = fdopen(fd, "w");
  if (!t->f) {
    int e = errno;
    close(fd);
    unlink(t->tmp);
    free(t->path);
    free(t->tmp);
    t->path = t->tmp = NULL;
    errno = e;
    return -1;
  }
  start(t);
  return 0;
}

void table_stdout(table *t) {
  memset(t, 0, sizeof *t);
  t->f = stdout;
  stdout_used = 1;
  start(t);
}

static void sep(table *t) {
  if (!t->first)
    putc(format.sep, t->f);
  t->first = 0;
}

/* Whether a string field must be quoted under minimal quoting. */
static int needs_quotes(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] == format.sep || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
      return 1;
  return 0;
}

void table_header(table *t, const char *const *cols) {
  for (; *cols; cols++) {
    sep(t);
    fputs(*cols, t->f);
  }
  table_end_row(t);
}

void table_str(table *t, const char *s, size_t n) {
  sep(t);
  if (format.minimal_quotes && !needs_quotes(s, n))
    fwrite(s, 1, n, t->f);
  else
    csv_fwrite2(t->f, s, n, '"');
}

void table_text(table *t, const char *s, size_t n) {
  if (n > t->cap) {
    t->cap = n;
    t->scratch = xrealloc(t->scratch, n);
  }
  size_t m = 0;
  int space = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = 1;
      continue;
    }
    if (space && m)
      t->scratch[m++] = ' ';
    space = 0;
    t->scratch[m++] = c;
  }
  table_str(t, t->scratch, m);
}

void table_list(table *t, const char *const *items, size_t n, char sep) {
  if (!n) {
    table_empty(t);
    return;
  }
  size_t len = 0;
  for (size_t i = 0; i < n; i++)
    len += strlen(items[i]) + 1;
  if (len > t->cap) {
    t->cap = len;
    t->scratch = xrealloc(t->scratch, len);
  }
  size_t m = 0;
  for (size_t i = 0; i < n; i++) {
    if (i)
      t->scratch[m++] = sep;
    size_t k = strlen(items[i]);
    memcpy(t->scratch + m, items[i], k);
    m += k;
  }
  table_str(t, t->scratch, m);
}

void table_opt(table *t, const char *s) {
  if (*s)
    table_str(t, s, strlen(s));
  else
    table_empty(t);
}

void table_size(table *t, size_t v) {
  sep(t);
  fprintf(t->f, "%zu", v);
}

void table_fixed(table *t, double v, int decimals) {
  sep(t);
  if (!isfinite(v))
    return; /* a missing value, never nan or inf */
  if (decimals < 0)
    decimals = 0;
  /* %f never uses an exponent, so DBL_MAX takes 309 digits before the
   * point: the buffer grows to whatever snprintf says it needs. */
  char small[400], *buf = small;
  int n = snprintf(small, sizeof small, "%.*f", decimals, v);
  if (n < 0)
    return;
  if ((size_t)n >= sizeof small) {
    buf = xmalloc((size_t)n + 1);
    snprintf(buf, (size_t)n + 1, "%.*f", decimals, v);
  }
  /* a value that rounds to zero is written without its sign */
  char *digits = buf;
  if (buf[0] == '-' && strspn(buf + 1, "0.") == strlen(buf + 1))
    digits = buf + 1;
  if (format.decimal != '.') {
    char *point = strchr(digits, '.');
    if (point)
      *point = format.decimal;
  }
  fputs(digits, t->f);
  if (buf != small)
    free(buf);
}

void table_num(table *t, double v) { table_fixed(t, v, 4); }

void table_empty(table *t) { sep(t); }

void table_ratio(table *t, double num, double den) {
  if (den == 0)
    table_empty(t);
  else
    table_num(t, num / den);
}

void table_end_row(table *t) {
  if (format.crlf)
    putc('\r', t->f);
  putc('\n', t->f);
  t->first = 1;
}

/* Frees what the table owns; the file is already closed or stdout. */
static void release(table *t) {
  free(t->tmp);
  free(t->path);
  free(t->scratch);
  t->tmp = t->path = t->scratch = NULL;
  t->f = NULL;
}

int table_commit(table *t) {
  int rc = 0, e = 0;
  if (fflush(t->f) != 0 || ferror(t->f)) {
    rc = -1;
    e = errno ? errno : EIO;
  }
  if (t->tmp) {
    if (fclose(t->f) != 0 && !rc) {
      rc = -1;
      e = errno;
    }
    if (!rc && rename(t->tmp, t->path) != 0) {
      rc = -1;
      e = errno;
    }
    if (rc)
      unlink(t->tmp);
  }
  release(t);
  errno = e;
  return rc;
}

void table_abort(table *t) {
  if (t->tmp) {
    if (t->f)
      fclose(t->f);
    unlink(t->tmp);
  }
  release(t);
}
