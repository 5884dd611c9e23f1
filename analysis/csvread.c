/*
 * csvread.c - CSV data files, row by row, with named columns.
 *
 * The CSV is parsed by libcsv in strict mode, fed one line at a time so
 * that every error names the line its row starts on; between rows, blank
 * lines and `#` comment lines are skipped.  A line that is a whole row of
 * plain fields (plain_fields) is split here instead, the same way, at a
 * fraction of the cost: libcsv goes byte by byte through a state machine
 * and copies every field, which made reading a CSV corpus of short rows
 * a third of the time before the first row could be scored.  The first
 * row names the columns; the caller asks for columns by name and gets
 * each data row's fields trimmed, checked for UTF-8, with missing ones and
 * a row with more fields than the header reported.
 * tenor_csv_read gives the same to callers of the library, for tables of
 * their own (the gold standards of tenor validate).
 */
#include "csvread.h"

#include <assert.h>
#include <csv.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "text.h"

int tenorp_csv_fail(tenorp_csv *c, size_t line, int code, const char *fmt, ...) {
  if (c->err)
    return c->err;
  c->err = code;
  va_list ap;
  va_start(ap, fmt);
  tenorp_diag_vset(c->diag, code, c->name, line, fmt, ap);
  va_end(ap);
  return code;
}

void tenorp_diag_vset(tenor_diag *d, int code, const char *path, size_t line, const char *fmt,
                      va_list ap) {
  if (!d)
    return;
  d->code = code;
  d->path = path;
  d->line = line;
  d->column = 0;
  vsnprintf(d->message, sizeof d->message, fmt, ap);
}

const char *tenorp_quote(char *buf, const char *s, size_t n) {
  size_t m = n < 60 ? n : 60;
  while (m < n && m > 0 && ((unsigned char)s[m] & 0xC0) == 0x80)
    m--;
  snprintf(buf, 64, "%.*s%s", (int)m, s ? s : "", m < n ? "..." : "");
  return buf;
}

static size_t row_line(const tenorp_csv *c) { return c->row_start ? c->row_start : c->line; }

static void trim(const char **s, size_t *n) {
  while (*n && ((*s)[0] == ' ' || (*s)[0] == '\t')) {
    (*s)++;
    (*n)--;
  }
  while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
    (*n)--;
}

static void on_field(void *data, size_t len, void *ctx) {
  tenorp_csv *c = ctx;
  const char *s = data ? data : "";
  c->fields_after = 1;
  if (c->err)
    return;
  size_t k, col = c->ncol++;
  int raw = 0;
  for (k = 0; c->header_done && c->columns[k]; k++)
    if (c->col[k] == (int)col && (c->raw & (1u << k)))
      raw = 1;
  int valid = raw || tenorp_utf8_valid(s, len);
  if (!valid && (!c->lenient || !c->header_done)) {
    tenorp_csv_fail(c, row_line(c), TENOR_EUTF8, "invalid UTF-8 or a NUL byte");
    return;
  }
  if (!raw)
    trim(&s, &len);
  if (!c->header_done) {
    for (k = 0; c->columns[k]; k++)
      if (c->col[k] < 0 && strlen(c->columns[k]) == len && !memcmp(s, c->columns[k], len))
        c->col[k] = (int)col;
    return;
  }
  for (k = 0; c->columns[k]; k++) {
    if (c->col[k] == (int)col) {
      tenorp_buf_clear(&c->field[k]);
      tenorp_buf_put(&c->field[k], s, len);
      c->have[k] = 1;
      c->bad[k] = !valid;
    }
  }
}

/* The header names every wanted column; the list is for the message. */
static void check_header(tenorp_csv *c) {
  char names[160] = "";
  size_t k, n = 0, required = 0, listed = 0;
  for (k = 0; c->columns[k]; k++) {
    n++;
    required += !(c->optional & (1u << k));
  }
  for (k = 0; k < n; k++) {
    if (c->optional & (1u << k))
      continue;
    size_t used = strlen(names);
    listed++;
    snprintf(names + used, sizeof names - used, "%s%s",
             listed == 1 ? "" : listed == required ? " and " : ", ", c->columns[k]);
  }
  for (k = 0; k < n; k++)
    if (c->col[k] < 0 && !(c->optional & (1u << k)))
      tenorp_csv_fail(c, row_line(c), TENOR_EHEADER,
                      "header row must name the column%s %s (no '%s')", required == 1 ? "" : "s",
                      names, c->columns[k]);
}

static void on_row(int term, void *ctx) {
  (void)term;
  tenorp_csv *c = ctx;
  c->row_done = 1;
  c->fields_after = 0;
  if (!c->err) {
    if (!c->header_done) {
      check_header(c);
      c->header_done = 1;
      c->header_fields = c->ncol;
    } else {
      size_t k;
      /* A comma too many (an unquoted comma, a decimal comma in a weight)
       * shifts the fields after it: read as they stand they would give
       * wrong values without a word.  (Lenient readers see ncol.) */
      if (!c->lenient && c->ncol > c->header_fields)
        tenorp_csv_fail(c, row_line(c), TENOR_EPARSE,
                        "%zu fields where the header has %zu (a field that holds a comma must "
                        "be in double quotes)",
                        c->ncol, c->header_fields);
      for (k = 0; c->columns[k] && !c->err && !c->lenient; k++)
        if (!c->have[k] && c->col[k] >= 0)
          tenorp_csv_fail(c, row_line(c), TENOR_EFIELD, "missing column '%s'", c->columns[k]);
      c->rows++;
      if (!c->err) {
        int rc = c->row(c, row_line(c));
        if (rc && !c->err)
          c->err = rc; /* the caller stopped the reading */
      }
    }
  }
  c->ncol = 0;
  for (size_t k = 0; k < TENORP_CSV_MAXCOLS; k++) {
    c->have[k] = 0;
    c->bad[k] = 0;
    tenorp_buf_clear(&c->field[k]);
  }
}

/* Whether the line s[0..n) is only white space. */
static int blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
      return 0;
  return 1;
}

/* Whether the line s[0..n) is blank or a # comment. */
static int skippable(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && (s[i] == ' ' || s[i] == '\t'))
    i++;
  return i == n || s[i] == '#' || s[i] == '\n' || s[i] == '\r';
}

/* Feeds a line to libcsv; 0, or -1 when it stopped on an error.  libcsv
 * grows the buffer of a field by a fixed block (128 bytes), which copies
 * a field again at every step where realloc cannot grow it in place (as
 * under AddressSanitizer, or with other allocators): quadratic in the
 * field's length, minutes for a 20 MB field.  So the line goes in pieces
 * of at most 64 KB, and before each the block is made as large as the
 * buffer already is: the buffer doubles, and a long field costs linear
 * time. */
static int parse_line(struct csv_parser *p, const char *s, size_t n, tenorp_csv *c) {
  for (size_t done = 0; done < n;) {
    size_t piece = n - done < 65536 ? n - done : 65536, buf = csv_get_buffer_size(p);
    csv_set_blk_size(p, buf > 128 ? buf : 128);
    if (csv_parse(p, s + done, piece, on_field, on_row, c) != piece)
      return -1;
    done += piece;
  }
  return 0;
}

/* The most fields plain_fields splits; a longer row goes to libcsv. */
#define PLAIN_MAX 32

static int blank_char(char ch) { return ch == ' ' || ch == '\t'; }

/* Splits line s[0..n) (with its line end) into its fields as libcsv would,
 * when it is a whole row of plain fields: each either unquoted, with no
 * double quote, or quoted whole, with no quote inside; spaces and tabs
 * around a field are not part of it (libcsv's default), nor, as libcsv
 * has it, is a line end.  Returns how many fields it found (at most
 * PLAIN_MAX), or 0 for a line libcsv must read: a doubled quote, a quoted
 * field that goes on to the next line, anything after a closing quote but
 * a comma, and errors, whose messages are libcsv's. */
static size_t plain_fields(const char *s, size_t n, const char **field, size_t *len) {
  while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
    n--;
  size_t k = 0, i = 0;
  for (;;) {
    if (k == PLAIN_MAX)
      return 0;
    while (i < n && blank_char(s[i]))
      i++;
    if (i < n && s[i] == '"') {
      const char *close = memchr(s + i + 1, '"', n - i - 1);
      if (!close)
        return 0;
      field[k] = s + i + 1;
      len[k] = (size_t)(close - field[k]);
      i = (size_t)(close - s) + 1;
      while (i < n && blank_char(s[i]))
        i++;
      if (i < n && s[i] != ',')
        return 0;
    } else {
      const char *comma = memchr(s + i, ',', n - i);
      size_t end = comma ? (size_t)(comma - s) : n, last = end;
      if (memchr(s + i, '"', end - i))
        return 0;
      while (last > i && blank_char(s[last - 1]))
        last--;
      field[k] = s + i;
      len[k] = last - i;
      i = end;
    }
    k++;
    if (i == n)
      return k;
    i++; /* the comma */
  }
}

/* Where the line at data[pos] ends: its first \n or \r, or len. */
static size_t line_end(const char *data, size_t pos, size_t len) {
  const char *nl = memchr(data + pos, '\n', len - pos);
  size_t end = nl ? (size_t)(nl - data) : len;
  const char *cr = memchr(data + pos, '\r', end - pos);
  return cr ? (size_t)(cr - data) : end;
}

void tenorp_csv_init(tenorp_csv *c, const char *name, const char *what, tenor_diag *diag,
                     const char *const *columns, int (*row)(tenorp_csv *c, size_t line),
                     void *ctx) {
  memset(c, 0, sizeof *c);
  c->name = name;
  c->what = what;
  c->diag = diag;
  c->columns = columns;
  c->row = row;
  c->ctx = ctx;
}

int tenorp_csv_read(tenorp_csv *c, const char *data, size_t len) {
  for (size_t k = 0; k < TENORP_CSV_MAXCOLS; k++)
    c->col[k] = -1;
  struct csv_parser p;
  if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL) != 0)
    return tenorp_csv_fail(c, 0, TENOR_EPARSE, "cannot start the CSV parser");
  size_t pos = 0;
  int boundary = 1; /* between rows, where a comment line may stand */
  while (pos < len && !c->err) {
    size_t end = line_end(data, pos, len);
    if (end < len)
      end += (data[end] == '\r' && end + 1 < len && data[end + 1] == '\n') ? 2 : 1;
    c->line++;
    const char *s = data + pos;
    size_t n = end - pos;
    if (c->line == 1 && n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
      s += 3;
      n -= 3;
    }
    pos = end;
    if (boundary && skippable(s, n) && !(c->no_comments && !blank(s, n)))
      continue;
    if (boundary)
      c->row_start = c->line;
    const char *field[PLAIN_MAX];
    size_t flen[PLAIN_MAX], nf;
    if (boundary && !c->libcsv_only && (nf = plain_fields(s, n, field, flen)) != 0) {
      for (size_t k = 0; k < nf; k++)
        on_field((void *)(uintptr_t)field[k], flen[k], c);
      on_row(0, c); /* and so boundary stays 1 */
      continue;
    }
    c->row_done = 0;
    if (parse_line(&p, s, n, c) != 0 && !c->err) {
      tenorp_csv_fail(c, row_line(c), TENOR_EPARSE, "malformed CSV: %s",
                      csv_strerror(csv_error(&p)));
      break;
    }
    boundary = c->row_done && !c->fields_after;
  }
  if (!c->err && csv_fini(&p, on_field, on_row, c) != 0)
    tenorp_csv_fail(c, row_line(c), TENOR_EPARSE, "malformed CSV: unterminated quoted field");
  if (!c->err && !c->header_done)
    tenorp_csv_fail(c, c->line ? c->line : 1, TENOR_EEMPTY,
                    "empty %s: no header row and no entries", c->what);
  else if (!c->err && !c->rows)
    tenorp_csv_fail(c, c->line, TENOR_EEMPTY, "empty %s: a header but no entries", c->what);
  csv_free(&p);
  return c->err;
}

void tenorp_csv_free(tenorp_csv *c) {
  for (size_t k = 0; k < TENORP_CSV_MAXCOLS; k++)
    tenorp_buf_free(&c->field[k]);
}

/* ------------------------------------------------- any table (public) */

/* The caller of tenor_csv_read and its row. */
typedef struct table_reader {
  tenor_csv_fn fn;
  void *ctx;
  const char *fields[TENORP_CSV_MAXCOLS];
  size_t lens[TENORP_CSV_MAXCOLS];
  unsigned present;
} table_reader;

static int table_row(tenorp_csv *c, size_t line) {
  table_reader *r = c->ctx;
  tenor_diag d;
  memset(&d, 0, sizeof d);
  d.path = c->name;
  d.line = line;
  if (c->ncol != c->header_fields) {
    d.code = TENOR_EPARSE;
    snprintf(d.message, sizeof d.message, "%zu field%s where the header has %zu", c->ncol,
             c->ncol == 1 ? "" : "s", c->header_fields);
    return r->fn(r->ctx, NULL, &d);
  }
  r->present = 0;
  for (size_t k = 0; c->columns[k]; k++) {
    if (c->col[k] >= 0)
      r->present |= 1u << k;
    const tenorp_buf *f = &c->field[k];
    r->fields[k] = f->ptr ? f->ptr : "";
    r->lens[k] = f->ptr ? f->len : 0;
    if (!tenorp_utf8_valid(r->fields[k], r->lens[k])) {
      d.code = TENOR_EUTF8;
      snprintf(d.message, sizeof d.message, "invalid UTF-8 or a NUL byte in column '%s'",
               c->columns[k]);
      return r->fn(r->ctx, NULL, &d);
    }
  }
  tenor_csv_row row = {r->fields, r->lens, r->present, line, c->rows};
  return r->fn(r->ctx, &row, NULL);
}

int tenor_csv_read(const char *name, const char *what, const char *data, size_t len,
                   const char *const *columns, unsigned optional, tenor_csv_fn fn, void *ctx,
                   tenor_diag *diag) {
  size_t n = 0;
  while (columns[n])
    n++;
  assert(n <= TENORP_CSV_MAXCOLS);
  table_reader r;
  memset(&r, 0, sizeof r);
  r.fn = fn;
  r.ctx = ctx;
  tenorp_csv c;
  tenorp_csv_init(&c, name, what, diag, columns, table_row, &r);
  c.optional = optional;
  c.raw = (1u << n) - 1; /* as written: checked in table_row, never trimmed */
  c.lenient = 1;
  c.no_comments = 1;
  int rc = tenorp_csv_read(&c, data, len);
  tenorp_csv_free(&c);
  return rc;
}
