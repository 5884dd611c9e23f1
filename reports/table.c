/*
 * table.c - CSV output.
 *
 * Every text field is quoted (RFC 4180: in double quotes, an inner quote
 * doubled) into a row buffer written in 64 KB blocks; numbers are written bare, in the C locale, with a
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

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "util.h"

static const table_format default_format = {',', '.', 0, 0, 0};
static table_format format = {',', '.', 0, 0, 0};
static int stdout_used; /* a table was started on stdout */

void table_set_format(const table_format *f) { format = f ? *f : default_format; }

const table_format *table_get_format(void) { return &format; }

int table_uses_stdout(void) { return stdout_used; }

/* Rows are built in t->out and written in blocks of about this size:
 * one fwrite per block instead of a stdio call per character. */
#define OUT_BLOCK 65536

static void flush_out(table *t) {
  if (!t->f)
    return; /* a table in memory keeps its rows for table_pending */
  if (t->nout)
    fwrite(t->out, 1, t->nout, t->f);
  t->nout = 0;
}

/* Makes t->out hold n more bytes.  Apart from room(), the one place that
 * checks, so that the field writers that inline room() do not pay for the
 * call (saved registers) on every field. */
#if defined(__GNUC__)
__attribute__((noinline, cold))
#endif
static void grow_out(table *t, size_t n) {
  /* a file's table fills a block before writing it; a table in memory
   * (one document's rows, in a worker) starts small */
  size_t cap = t->capout ? t->capout : t->f ? OUT_BLOCK + 256 : 2048;
  while (t->nout + n > cap)
    cap *= 2;
  t->out = xrealloc(t->out, cap);
  t->capout = cap;
}

/* Room for n more bytes in t->out. */
static inline char *room(table *t, size_t n) {
  if (t->nout + n > t->capout)
    grow_out(t, n);
  return t->out + t->nout;
}

static void put(table *t, const char *s, size_t n) {
  if (!n)
    return; /* s may be NULL then (an empty field from an unused scratch buffer) */
  memcpy(room(t, n), s, n);
  t->nout += n;
}

static void putch(table *t, char c) {
  *room(t, 1) = c;
  t->nout++;
}

/* What every table starts with: a byte-order mark if asked for. */
static void start(table *t) {
  t->first = 1;
  if (format.bom)
    put(t, "\xEF\xBB\xBF", 3);
}

int table_open(table *t, const char *dir, const char *name) {
  memset(t, 0, sizeof *t);
  int fd = temp_create(dir, name, &t->tmp);
  t->f = fd >= 0 ? fdopen(fd, "w") : NULL;
  if (!t->f) {
    int e = errno;
    if (fd >= 0) {
      close(fd);
      temp_remove(t->tmp);
    }
    free(t->tmp);
    t->tmp = NULL;
    errno = e;
    return -1;
  }
  /* The rows reach the file in blocks of OUT_BLOCK bytes or more: through
   * stdio's own buffer of 4 KB, each block took two write calls and a copy. */
  setvbuf(t->f, NULL, _IONBF, 0);
  t->path = xasprintf("%s/%s", dir, name);
  start(t);
  return 0;
}

void table_memory(table *t) {
  memset(t, 0, sizeof *t);
  t->first = 1;
}

const char *table_pending(const table *t, size_t *n) {
  *n = t->nout;
  return t->out ? t->out : "";
}

void table_clear(table *t) {
  t->nout = 0;
  t->first = 1;
}

void table_raw(table *t, const char *s, size_t n) {
  if (t->f && t->nout + n > OUT_BLOCK) {
    /* The rows of a long document go straight to the file, not through
     * a buffer grown to their size. */
    flush_out(t);
    if (n >= OUT_BLOCK) {
      fwrite(s, 1, n, t->f);
      return;
    }
  }
  put(t, s, n);
  if (t->nout >= OUT_BLOCK)
    flush_out(t);
}

void table_stdout(table *t) {
  memset(t, 0, sizeof *t);
  t->f = stdout;
  if (stdout_used) {
    t->first = 1; /* a second table on stdout: the byte-order mark is written once */
  } else {
    stdout_used = 1;
    start(t);
  }
}

static void sep(table *t) {
  if (!t->first)
    putch(t, format.sep);
  t->first = 0;
}

/* Starts a field: writes its separator (after a row's first field) and
 * returns where its n bytes at most go, with one check of the room for
 * both (the numbers of a row are most of its fields). */
static inline char *field_room(table *t, size_t n) {
  char *o = room(t, n + 1);
  if (!t->first) {
    *o++ = format.sep;
    t->nout++;
  }
  t->first = 0;
  return o;
}

/* s[0..n) in double quotes at o, an inner quote doubled (RFC 4180);
 * returns the end.  (libcsv's csv_write2 does the same a byte at a
 * time; this copies the runs between quotes.) */
static char *quoted_at(char *o, const char *s, size_t n) {
  *o++ = '"';
  for (const char *q; n && (q = memchr(s, '"', n)) != NULL;) {
    size_t k = (size_t)(q - s) + 1;
    memcpy(o, s, k);
    o += k;
    *o++ = '"';
    s += k;
    n -= k;
  }
  if (n)
    memcpy(o, s, n);
  o += n;
  *o++ = '"';
  return o;
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
    put(t, *cols, strlen(*cols));
  }
  table_end_row(t);
}

char *tr_str(char *o, const char *s, size_t n) {
  if (format.minimal_quotes && !needs_quotes(s, n)) {
    if (n) /* s may be NULL then (an empty field from an unused scratch buffer) */
      memcpy(o, s, n);
    return o + n;
  }
  return quoted_at(o, s, n);
}

char *tr_opt(char *o, const char *s, size_t n) { return n ? tr_str(o, s, n) : o; }

/* The end of what tr_* wrote at the cursor field_room gave: the row's new length. */
static inline void field_end(table *t, const char *o) { t->nout = (size_t)(o - t->out); }

void table_str(table *t, const char *s, size_t n) { field_end(t, tr_str(field_room(t, 2 * n + 2), s, n)); }

/* What table_text does with a byte: copy it (0), take it as white space
 * (1), or double it (2, a double quote). */
static const unsigned char text_byte[256] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1, ['"'] = 2,
};

/* Bytes from lo to hi (at most 0x7F) of x, whose bytes are all below
 * 0x80: the high bit of each such byte set.  Exact: no sum carries into
 * the next byte. */
static inline uint64_t bytes_in(uint64_t x, unsigned lo, unsigned hi) {
  const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  return (x + ones * (0x80 - lo)) & ~(x + ones * (0x7F - hi)) & highs;
}

/* The high bit of each white space byte of w (table_text's: tab to
 * carriage return, and the space). */
static inline uint64_t white_bytes(uint64_t w) {
  const uint64_t highs = 0x8080808080808080ull;
  uint64_t x = w & ~highs;
  return (bytes_in(x, '\t', '\r') | bytes_in(x, ' ', ' ')) & ~w;
}

/* Copies s[0..n) to o as it goes into a quoted text field when its white
 * space needs no flattening: no two white space bytes in a row, none at
 * either end, and no double quote or other control byte; each white
 * space byte is written as a space (wrapped lines are joined).  o has
 * room for n bytes.  Returns whether it did; when not, o holds part of
 * it.  Sixteen bytes at a time with SSE2, then eight, then the last few
 * one by one; every test is exact. */
static int copy_flat_text(char *o, const char *s, size_t n) {
  if (!n)
    return 1;
  if (text_byte[(unsigned char)s[0]] == 1 || text_byte[(unsigned char)s[n - 1]] == 1)
    return 0;
  size_t i = 0;
#ifdef __SSE2__
  const __m128i below_tab = _mm_set1_epi8('\t' - 1), past_cr = _mm_set1_epi8('\r' + 1),
                below_ctl = _mm_set1_epi8(-1), past_ctl = _mm_set1_epi8(' '),
                space = _mm_set1_epi8(' '), quotes = _mm_set1_epi8('"');
  for (; i + 17 <= n; i += 16) {
    __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    __m128i w1 = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
    /* signed bytes: those from 0x80 up are below zero, so no control byte */
    __m128i ctl = _mm_and_si128(_mm_cmpgt_epi8(w, below_ctl), _mm_cmplt_epi8(w, past_ctl));
    __m128i white = _mm_or_si128(_mm_cmpeq_epi8(w, space),
                                 _mm_and_si128(_mm_cmpgt_epi8(w, below_tab),
                                               _mm_cmplt_epi8(w, past_cr)));
    __m128i white1 = _mm_or_si128(_mm_cmpeq_epi8(w1, space),
                                  _mm_and_si128(_mm_cmpgt_epi8(w1, below_tab),
                                                _mm_cmplt_epi8(w1, past_cr)));
    __m128i bad = _mm_or_si128(_mm_andnot_si128(white, ctl), _mm_cmpeq_epi8(w, quotes));
    bad = _mm_or_si128(bad, _mm_and_si128(white, white1));
    if (_mm_movemask_epi8(bad))
      return 0;
    w = _mm_or_si128(_mm_andnot_si128(white, w), _mm_and_si128(white, space));
    _mm_storeu_si128((__m128i *)(void *)(o + i), w);
  }
#endif
  const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  for (; i + 9 <= n; i += 8) {
    uint64_t w, w1;
    memcpy(&w, s + i, 8);
    memcpy(&w1, s + i + 1, 8); /* the next byte of each */
    uint64_t x = w & ~highs, white = white_bytes(w);
    uint64_t ctl = bytes_in(x, 0, 0x1F) & ~w & ~white, quote = bytes_in(x, '"', '"') & ~w;
    if (ctl | quote | (white & white_bytes(w1)))
      return 0;
    uint64_t mask = (white >> 7) * 0xFF; /* the white bytes whole */
    w = (w & ~mask) | (ones * ' ' & mask);
    memcpy(o + i, &w, 8);
  }
  for (; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    unsigned k = text_byte[c];
    if (k == 2 || (k == 0 && c < 0x20) ||
        (k == 1 && i + 1 < n && text_byte[(unsigned char)s[i + 1]] == 1))
      return 0;
    o[i] = k == 1 ? ' ' : (char)c;
  }
  return 1;
}

/* s[0..n) with each run of white space made one space, none at either
 * end, into t->scratch; returns its length. */
static size_t flatten(table *t, const char *s, size_t n) {
  if (n > t->cap) {
    t->cap = n;
    t->scratch = xrealloc(t->scratch, n);
  }
  size_t m = 0;
  int space = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (text_byte[(unsigned char)c] == 1) {
      space = 1;
      continue;
    }
    if (space && m)
      t->scratch[m++] = ' ';
    space = 0;
    t->scratch[m++] = c;
  }
  return m;
}

char *tr_text(table *t, char *o, const char *s, size_t n) {
  /* most sentences: copied whole, in one pass */
  if (!format.minimal_quotes && copy_flat_text(o + 1, s, n)) {
    o[0] = '"';
    o[n + 1] = '"';
    return o + n + 2;
  }
  return tr_str(o, t->scratch, flatten(t, s, n));
}

void table_text(table *t, const char *s, size_t n) {
  field_end(t, tr_text(t, field_room(t, 2 * n + 2), s, n));
}

/* The bytes of the items joined, and one more. */
static size_t joined_len(const char *const *items, size_t n) {
  size_t len = 0;
  for (size_t i = 0; i < n; i++)
    len += strlen(items[i]) + 1;
  return len;
}

char *tr_list(table *t, char *o, const char *const *items, size_t n, char sep) {
  if (!n)
    return o;
  size_t len = joined_len(items, n);
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
  return tr_str(o, t->scratch, m);
}

void table_list(table *t, const char *const *items, size_t n, char sep) {
  field_end(t, tr_list(t, field_room(t, 2 * joined_len(items, n) + 2), items, n, sep));
}

void table_opt(table *t, const char *s) {
  size_t n = strlen(s);
  field_end(t, tr_opt(field_room(t, 2 * n + 2), s, n));
}

/* The decimal digits of v, right-aligned before end; returns the first. */
static char *digits_of(unsigned long long v, char *end) {
  do {
    *--end = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  return end;
}

/* "00" to "99": two digits at a time. */
static const char digit_pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                  "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                  "8081828384858687888990919293949596979899";

char *tr_size(char *o, size_t v) {
  if (v < 100) { /* counts and most sentence numbers */
    if (v < 10) {
      *o = (char)('0' + v);
      return o + 1;
    }
    memcpy(o, digit_pairs + 2 * v, 2);
    return o + 2;
  }
  if (v < 10000) { /* byte offsets in most documents */
    unsigned hi = (unsigned)v / 100, lo = (unsigned)v % 100;
    if (hi < 10) {
      *o++ = (char)('0' + hi);
    } else {
      memcpy(o, digit_pairs + 2 * hi, 2);
      o += 2;
    }
    memcpy(o, digit_pairs + 2 * lo, 2);
    return o + 2;
  }
  /* counted, then written from the last digit straight into the row */
  size_t n = 5;
  for (size_t x = v / 100000; x; x /= 10)
    n++;
  digits_of(v, o + n);
  return o + n;
}

void table_size(table *t, size_t v) { field_end(t, tr_size(field_room(t, TABLE_SIZE_MAX), v)); }

/* v with `decimals` decimals the quick way, as "%.*f" would print it; 0
 * when v is too large or too near a rounding tie to be sure (then
 * snprintf decides). */
static int fixed_fast(double v, int decimals, char *out, size_t cap) {
  static const double scale[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
  static const unsigned long long unit[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
  if (decimals > 6 || fabs(v) >= 1e12)
    return 0;
  double x = fabs(v) * scale[decimals], fl = floor(x), frac = x - fl;
  if (fabs(frac - 0.5) < 1e-6)
    return 0; /* a tie, or nearly: the exact binary value decides */
  unsigned long long u = (unsigned long long)fl + (frac > 0.5);
  int zero = u == 0; /* rounds to zero: no sign */
  /* (four decimals with fewer than three digits before the point, nearly
   * every number, take num4_at's shorter way first) */
  unsigned long long whole = u / unit[decimals], part = u % unit[decimals];
  char buf[48], *end = buf + sizeof buf, *p = end;
  int k = decimals;
  for (; k >= 2; k -= 2) { /* the decimals, two at a time from the last */
    p -= 2;
    memcpy(p, digit_pairs + 2 * (part % 100), 2);
    part /= 100;
  }
  if (k)
    *--p = (char)('0' + part);
  if (decimals)
    *--p = '.';
  p = digits_of(whole, p);
  if (v < 0 && !zero)
    *--p = '-';
  size_t n = (size_t)(end - p);
  if (n >= cap)
    return 0;
  memcpy(out, p, n);
  out[n] = 0;
  return (int)n;
}

/* v with four decimals when fewer than three digits come before the point
 * (nearly every number of every table), written at o: the same digits as
 * fixed_fast, with no call, no table of scales and no floor() (a cast
 * truncates, which is the floor of a number >= 0).  Returns the end, or
 * NULL, writing nothing, for anything else, NaN and the infinities
 * included, and for a value within 1e-6 of a rounding tie. */
static inline char *num4_at(char *o, double v) {
  double x = fabs(v) * 1e4;
  if (!(x < 999999.0))
    return NULL;
  unsigned fl = (unsigned)x;
  double frac = x - fl;
  if (fabs(frac - 0.5) < 1e-6)
    return NULL;
  unsigned u = fl + (frac > 0.5); /* below 10^6 */
  unsigned whole = u / 10000, part = u % 10000;
  if (v < 0 && u) /* a value that rounds to zero has no sign */
    *o++ = '-';
  if (whole >= 10) {
    memcpy(o, digit_pairs + 2 * whole, 2);
    o += 2;
  } else {
    *o++ = (char)('0' + whole);
  }
  *o++ = format.decimal;
  memcpy(o, digit_pairs + 2 * (part / 100), 2);
  memcpy(o + 2, digit_pairs + 2 * (part % 100), 2);
  return o + 4;
}

/* v with `decimals` decimals at o, which has room for TABLE_FIXED_MAX(decimals). */
static char *fixed_at(char *o, double v, int decimals) {
  if (decimals == 4) {
    char *end = num4_at(o, v);
    if (end)
      return end;
  }
  if (!isfinite(v))
    return o; /* a missing value, never nan or inf */
  if (decimals < 0)
    decimals = 0;
  int n = fixed_fast(v, decimals, o, 48);
  if (n) { /* written straight into the row */
    if (decimals && format.decimal != '.')
      o[n - decimals - 1] = format.decimal;
    return o + n;
  }
  /* %f never uses an exponent: DBL_MAX takes 309 digits before the
   * point, and TABLE_FIXED_MAX leaves room for them */
  n = snprintf(o, TABLE_FIXED_MAX(decimals), "%.*f", decimals, v);
  if (n < 0)
    return o;
  /* a value that rounds to zero is written without its sign */
  if (o[0] == '-' && strspn(o + 1, "0.") == (size_t)n - 1) {
    memmove(o, o + 1, (size_t)n);
    n--;
  }
  if (format.decimal != '.') {
    char *point = memchr(o, '.', (size_t)n);
    if (point)
      *point = format.decimal;
  }
  return o + n;
}

void table_fixed(table *t, double v, int decimals) {
  field_end(t, fixed_at(field_room(t, TABLE_FIXED_MAX(decimals)), v, decimals));
}

/* The cursor o of the row being written, with `extra` bytes more room
 * made after the row's (the row may move). */
static char *more_room(table *t, char *o, size_t extra) {
  size_t at = (size_t)(o - t->out), end = t->row_end + extra;
  if (end > t->capout)
    grow_out(t, end - t->nout);
  t->row_end = end;
  return t->out + at;
}

char *tr_num(table *t, char *o, double v) {
  char *end = num4_at(o, v);
  if (end)
    return end;
  /* below 10^12 in magnitude a number takes 18 bytes and a NUL at most,
   * within TABLE_NUM_ROOM; beyond, up to TABLE_FIXED_MAX */
  if (isfinite(v) && !(fabs(v) < 1e12))
    o = more_room(t, o, TABLE_FIXED_MAX(4));
  return fixed_at(o, v, 4);
}

void table_num(table *t, double v) { table_fixed(t, v, 4); }

void table_empty(table *t) { sep(t); }

char *tr_ratio(table *t, char *o, double num, double den) {
  return den == 0 ? o : tr_num(t, o, num / den);
}

void table_ratio(table *t, double num, double den) {
  if (den == 0)
    table_empty(t);
  else
    table_num(t, num / den);
}

/* A row ends here: the line end, and the block goes out when full. */
static void end_row_at(table *t, char *o) {
  if (format.crlf)
    *o++ = '\r';
  *o++ = '\n';
  field_end(t, o);
  t->first = 1;
  if (t->nout >= OUT_BLOCK)
    flush_out(t);
}

void table_end_row(table *t) { end_row_at(t, room(t, 2)); }

char table_separator(void) { return format.sep; }

char *table_row(table *t, size_t most) {
  char *o = room(t, most + 2); /* and the line end */
  t->row_end = t->nout + most + 2;
  return o;
}

void table_row_end(table *t, char *o) { end_row_at(t, o); }

/* Frees what the table owns; the file is already closed or stdout. */
static void release(table *t) {
  free(t->tmp);
  free(t->path);
  free(t->scratch);
  free(t->out);
  t->tmp = t->path = t->scratch = t->out = NULL;
  t->nout = t->capout = 0;
  t->f = NULL;
}

int table_commit(table *t) {
  int rc = 0, e = 0;
  flush_out(t);
  if (fflush(t->f) != 0 || ferror(t->f)) {
    rc = -1;
    e = errno ? errno : EIO;
  }
  if (t->tmp) {
    if (fclose(t->f) != 0 && !rc) {
      rc = -1;
      e = errno;
    }
    if (!rc && temp_commit(t->tmp, t->path) != 0) {
      rc = -1;
      e = errno;
    }
    if (rc)
      temp_remove(t->tmp);
  }
  release(t);
  errno = e;
  return rc;
}

void table_abort(table *t) {
  if (t->tmp) {
    if (t->f)
      fclose(t->f);
    temp_remove(t->tmp);
  }
  release(t);
}
