/*
 * formats.c - reading the lexicon formats researchers already have: VADER,
 * AFINN, LIWC .dic, Lexicoder (LSD) YAML, NRC EmoLex and MPQA .tff.
 *
 * Each format is read as its authors publish it:
 *   - VADER (Hutto & Gilbert 2014, vader_lexicon.txt): token TAB mean TAB
 *     standard deviation TAB [ten ratings]; the mean, on -4..4, is the tone.
 *   - AFINN (Nielsen 2011): word TAB integer -5..5, rescaled linearly onto
 *     tenor's -4..4 (times 0.8).
 *   - LIWC .dic (Pennebaker et al.): `%`, `id TAB name` lines, `%`, then
 *     `entry TAB id...`; a final `*` matches any ending.
 *   - Lexicoder Sentiment Dictionary (Young & Soroka 2012) in the YAML form
 *     quanteda writes: positive, negative, neg_positive and neg_negative
 *     lists, mapped to tone +1, -1, -1 and +1.
 *   - NRC Emotion Lexicon (Mohammad & Turney 2013), word-level file: word
 *     TAB category TAB 0|1.
 *   - MPQA subjectivity clues (Wilson, Wiebe & Hoffmann 2005), .tff:
 *     key=value pairs; strong clues weigh 2, weak ones 1.
 * The data is read line by line (LF or CRLF, a UTF-8 byte-order mark
 * skipped, blank lines skipped); every line is checked for UTF-8 and NUL
 * bytes before it is parsed, and the first bad line stops the reading with
 * its line number and a message.  Rows point into the data (or, for
 * unescaped YAML strings, into a scratch buffer) and live only for the
 * callback.  docs/formats.md describes the formats and every message.
 */
#include "formats.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "csvread.h"
#include "text.h"

static const char *const format_names[] = {"native", "vader", "afinn", "liwc",
                                           "lsd",    "nrc",   "mpqa"};
#define NFORMATS (sizeof format_names / sizeof format_names[0])

const char *tenor_format_name(int format) {
  if (format == TENOR_FORMAT_AUTO)
    return "auto";
  return format >= 0 && (size_t)format < NFORMATS ? format_names[format] : NULL;
}

int tenor_format_parse(const char *name) {
  if (!name)
    return -2;
  if (!strcmp(name, "auto"))
    return TENOR_FORMAT_AUTO;
  for (size_t i = 0; i < NFORMATS; i++)
    if (!strcmp(name, format_names[i]))
      return (int)i;
  return -2;
}

/* ------------------------------------------------------------ reading */

typedef struct {
  const char *p;
  size_t n;
} span;

typedef struct {
  const char *data;
  size_t len, pos;
  size_t line;      /* the line last returned, 1-based */
  const char *name; /* for diagnostics */
  tenor_diag *diag; /* may be NULL */
  tenorp_row_fn fn;
  void *ctx;
} reader;

static int tenorp_fmt_fail(reader *r, size_t line, int code, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static int tenorp_fmt_fail(reader *r, size_t line, int code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  tenorp_diag_vset(r->diag, code, r->name, line, fmt, ap);
  va_end(ap);
  return code;
}

static int is_blank(char c) { return c == ' ' || c == '\t'; }

static span trim(const char *s, size_t n) {
  while (n && is_blank(*s))
    s++, n--;
  while (n && is_blank(s[n - 1]))
    n--;
  span t = {s, n};
  return t;
}

static int eq(span s, const char *lit) {
  size_t n = strlen(lit);
  return s.n == n && !memcmp(s.p, lit, n);
}

static void reader_init(reader *r, const char *name, const char *data, size_t len, tenor_diag *diag,
                        tenorp_row_fn fn, void *ctx) {
  memset(r, 0, sizeof *r);
  r->data = data ? data : "";
  r->len = data ? len : 0;
  r->name = name;
  r->diag = diag;
  r->fn = fn;
  r->ctx = ctx;
  if (r->len >= 3 && !memcmp(r->data, "\xef\xbb\xbf", 3))
    r->pos = 3;
}

/* The next line that is not blank, without its line end and not trimmed:
 * 0; -1 at the end of the data; or TENOR_EUTF8 for a line with invalid
 * UTF-8 or a NUL byte. */
static int next_line(reader *r, span *out) {
  out->p = r->data;
  out->n = 0;
  while (r->pos < r->len) {
    const char *p = r->data + r->pos;
    const char *nl = memchr(p, '\n', r->len - r->pos);
    size_t n = nl ? (size_t)(nl - p) : r->len - r->pos;
    r->pos += n + (nl != NULL);
    r->line++;
    if (n && p[n - 1] == '\r')
      n--;
    if (!tenorp_utf8_valid(p, n))
      return tenorp_fmt_fail(r, r->line, TENOR_EUTF8, "invalid UTF-8 or a NUL byte");
    if (!trim(p, n).n)
      continue;
    out->p = p;
    out->n = n;
    return 0;
  }
  return -1;
}

/* Splits s at every `sep`; fills at most max fields and returns how many
 * there are. */
static size_t split(span s, char sep, span *f, size_t max) {
  size_t k = 0, start = 0;
  for (size_t i = 0; i <= s.n; i++) {
    if (i < s.n && s.p[i] != sep)
      continue;
    if (k < max) {
      f[k].p = s.p + start;
      f[k].n = i - start;
    }
    k++;
    start = i + 1;
  }
  return k;
}

int tenorp_decimal(const char *s, size_t n, double *w) {
  /* A mantissa below 2^53 and a power of ten up to 1e15 are exact
   * doubles, so their quotient, rounded once, is the nearest double to
   * the number, which is what strtod returns (Clinger, 1990, "How to read
   * floating point numbers accurately"); it costs a tenth of strtod's
   * time, and a lexicon has thousands of weights. */
  static const double pow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  size_t i = 0;
  int neg = 0, point = 0, digits = 0, decimals = 0;
  uint64_t m = 0;
  if (i < n && (s[i] == '-' || s[i] == '+'))
    neg = s[i++] == '-';
  for (; i < n; i++) {
    if (s[i] >= '0' && s[i] <= '9') {
      m = m * 10 + (uint64_t)(s[i] - '0');
      digits++;
      decimals += point;
    } else if (s[i] == '.' && !point) {
      point = 1;
    } else {
      return -1;
    }
    if (digits > 15)
      return -1;
  }
  if (!digits)
    return -1;
  double v = (double)m / pow10[decimals];
  *w = neg ? -v : v;
  return 0;
}

/* A plain decimal number (no hex, nan or inf): 0, or -1. */
static int parse_number(span s, double *w) {
  char num[64], *end;
  size_t i = 0, digits = 0;
  if (i < s.n && (s.p[i] == '-' || s.p[i] == '+'))
    i++;
  for (; i < s.n && s.p[i] >= '0' && s.p[i] <= '9'; i++)
    digits++;
  if (i < s.n && s.p[i] == '.')
    for (i++; i < s.n && s.p[i] >= '0' && s.p[i] <= '9'; i++)
      digits++;
  if (!digits || s.n >= sizeof num)
    return -1;
  if (i < s.n && (s.p[i] == 'e' || s.p[i] == 'E')) {
    i++;
    if (i < s.n && (s.p[i] == '-' || s.p[i] == '+'))
      i++;
    if (i == s.n || s.p[i] < '0' || s.p[i] > '9')
      return -1;
    while (i < s.n && s.p[i] >= '0' && s.p[i] <= '9')
      i++;
  }
  if (i != s.n)
    return -1;
  if (tenorp_decimal(s.p, s.n, w) == 0)
    return 0;
  memcpy(num, s.p, s.n);
  num[s.n] = 0;
  *w = strtod(num, &end);
  return end == num + s.n && isfinite(*w) ? 0 : -1;
}

/* An integer of at most 9 digits with an optional sign: 0, or -1. */
static int parse_int(span s, long *v) {
  size_t i = 0;
  int neg = 0;
  if (s.n && (s.p[0] == '-' || s.p[0] == '+'))
    neg = s.p[i++] == '-';
  if (i == s.n || s.n - i > 9)
    return -1;
  long x = 0;
  for (; i < s.n; i++) {
    if (s.p[i] < '0' || s.p[i] > '9')
      return -1;
    x = x * 10 + (s.p[i] - '0');
  }
  *v = neg ? -x : x;
  return 0;
}

/* Whether s matches ^[a-z][a-z0-9_]*$. */
static int is_category(span s) {
  if (!s.n || s.p[0] < 'a' || s.p[0] > 'z')
    return 0;
  for (size_t i = 1; i < s.n; i++)
    if (!((s.p[i] >= 'a' && s.p[i] <= 'z') || (s.p[i] >= '0' && s.p[i] <= '9') || s.p[i] == '_'))
      return 0;
  return 1;
}

static int emit(reader *r, span term, const char *cat, size_t cat_len, double w, unsigned flags) {
  if (!r->fn)
    return 0;
  tenorp_row row;
  row.term = term.p;
  row.term_len = term.n;
  row.category = cat;
  row.category_len = cat_len;
  row.weight = w;
  row.flags = flags;
  row.line = r->line;
  return r->fn(r->ctx, &row);
}

static int emit_tone(reader *r, span term, double w, unsigned flags) {
  return emit(r, term, "tone", 4, w, flags);
}

/* Takes a final '*' off a term (setting TENORP_ROW_WILDCARD) and trims it:
 * 0, or an error for a '*' elsewhere (or a '?', a quanteda glob, when
 * `glob`) or an empty term. */
static int wildcard(reader *r, span *t, unsigned *flags, int glob) {
  char q[64];
  span orig = *t;
  *flags = 0;
  if (t->n && t->p[t->n - 1] == '*') {
    t->n--;
    *flags = TENORP_ROW_WILDCARD;
  }
  for (size_t i = 0; i < t->n; i++)
    if (t->p[i] == '*' || (glob && t->p[i] == '?'))
      return tenorp_fmt_fail(r, r->line, TENOR_EPARSE,
                             glob ? "unsupported glob '%s' (only a '*' at the end of a term)"
                                  : "a '*' may stand only at the end of a term: '%s'",
                             tenorp_quote(q, orig.p, orig.n));
  *t = trim(t->p, t->n);
  if (!t->n)
    return tenorp_fmt_fail(r, r->line, TENOR_ETERM, "empty term");
  return 0;
}

/* -------------------------------------------------------------- VADER */

static int parse_vader(reader *r) {
  span line, f[4];
  int rc;
  char q[64];
  while ((rc = next_line(r, &line)) == 0) {
    size_t k = split(line, '\t', f, 4);
    if (k < 3 || k > 4)
      return tenorp_fmt_fail(r, r->line, TENOR_EPARSE,
                             "expected token TAB mean TAB standard deviation TAB [ratings], "
                             "got '%s'",
                             tenorp_quote(q, line.p, line.n));
    span term = trim(f[0].p, f[0].n), mean = trim(f[1].p, f[1].n), sd = trim(f[2].p, f[2].n);
    double w, dev;
    if (!term.n)
      return tenorp_fmt_fail(r, r->line, TENOR_ETERM, "empty term");
    if (parse_number(mean, &w) != 0)
      return tenorp_fmt_fail(r, r->line, TENOR_EWEIGHT, "mean '%s' is not a number",
                             tenorp_quote(q, mean.p, mean.n));
    if (w < -4 || w > 4)
      return tenorp_fmt_fail(r, r->line, TENOR_EWEIGHT, "mean %s out of range for tone (-4 to 4)",
                             tenorp_quote(q, mean.p, mean.n));
    if (parse_number(sd, &dev) != 0 || dev < 0)
      return tenorp_fmt_fail(r, r->line, TENOR_EWEIGHT,
                             "standard deviation '%s' is not a number of 0 or more",
                             tenorp_quote(q, sd.p, sd.n));
    if (k == 4) {
      span list = trim(f[3].p, f[3].n);
      if (list.n && (list.p[0] != '[' || list.p[list.n - 1] != ']'))
        return tenorp_fmt_fail(r, r->line, TENOR_EPARSE, "ratings '%s' are not a list in [ ]",
                               tenorp_quote(q, list.p, list.n));
    }
    if ((rc = emit_tone(r, term, w, 0)) != 0)
      return rc;
  }
  return rc > 0 ? rc : 0;
}

/* -------------------------------------------------------------- AFINN */

static int parse_afinn(reader *r) {
  span line, f[2];
  int rc;
  char q[64];
  while ((rc = next_line(r, &line)) == 0) {
    if (split(line, '\t', f, 2) != 2)
      return tenorp_fmt_fail(r, r->line, TENOR_EPARSE,
                             "expected word TAB integer from -5 to 5, got '%s'",
                             tenorp_quote(q, line.p, line.n));
    span term = trim(f[0].p, f[0].n), score = trim(f[1].p, f[1].n);
    long v;
    if (!term.n)
      return tenorp_fmt_fail(r, r->line, TENOR_ETERM, "empty term");
    if (parse_int(score, &v) != 0 || v < -5 || v > 5)
      return tenorp_fmt_fail(r, r->line, TENOR_EWEIGHT,
                             "AFINN score '%s' is not an integer from -5 to 5",
                             tenorp_quote(q, score.p, score.n));
    /* -5..5 onto -4..4: v * 4 / 5, one rounding, so 3 gives exactly 2.4. */
    if ((rc = emit_tone(r, term, (double)(v * 4) / 5.0, 0)) != 0)
      return rc;
  }
  return rc > 0 ? rc : 0;
}

/* --------------------------------------------------------------- LIWC */

typedef struct {
  long id;
  char *name;
  size_t len;
} liwc_cat;

typedef struct {
  liwc_cat *v;
  size_t n, cap;
} liwc_cats;

static const liwc_cat *liwc_find(const liwc_cats *c, long id) {
  for (size_t i = 0; i < c->n; i++)
    if (c->v[i].id == id)
      return &c->v[i];
  return NULL;
}

/* `id TAB name`: the category, its name lower-cased with every run of
 * other characters than [a-z0-9] made one '_', trimmed of '_'. */
static int liwc_header(reader *r, span line, liwc_cats *cats) {
  char q[64];
  span s = trim(line.p, line.n);
  size_t i = 0;
  while (i < s.n && s.p[i] >= '0' && s.p[i] <= '9')
    i++;
  span idtext = {s.p, i};
  long id;
  if (!i || i == s.n || !is_blank(s.p[i]) || parse_int(idtext, &id) != 0)
    return tenorp_fmt_fail(r, r->line, TENOR_EPARSE,
                           "expected category id TAB category name, got '%s'",
                           tenorp_quote(q, s.p, s.n));
  span rest = trim(s.p + i, s.n - i), name = rest;
  split(rest, '\t', &name, 1); /* a description after a second tab is ignored */
  name = trim(name.p, name.n);
  char *out = tenorp_xmalloc(name.n + 1);
  size_t n = 0;
  for (size_t j = 0; j < name.n; j++) {
    char c = name.p[j];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      out[n++] = c;
    else if (n && out[n - 1] != '_')
      out[n++] = '_';
  }
  while (n && out[n - 1] == '_')
    n--;
  out[n] = 0;
  span norm = {out, n};
  if (!is_category(norm)) {
    free(out);
    return tenorp_fmt_fail(r, r->line, TENOR_ECATEGORY,
                           "category name '%s' does not make a category name (lower-case "
                           "letters, digits and '_', starting with a letter)",
                           tenorp_quote(q, name.p, name.n));
  }
  if (liwc_find(cats, id)) {
    free(out);
    return tenorp_fmt_fail(r, r->line, TENOR_ECATEGORY, "category id %ld is declared twice", id);
  }
  if (cats->n == cats->cap)
    cats->v = tenorp_grow(cats->v, &cats->cap, cats->n + 1, sizeof *cats->v);
  cats->v[cats->n].id = id;
  cats->v[cats->n].name = out;
  cats->v[cats->n].len = n;
  cats->n++;
  return 0;
}

/* The next category id of `ids` from *pos: 1 with *cat set, 0 at the end,
 * or an error code (as a negative number). */
static int liwc_next_id(reader *r, span ids, size_t *pos, const liwc_cats *cats,
                        const liwc_cat **cat) {
  char q[64];
  size_t i = *pos;
  while (i < ids.n && is_blank(ids.p[i]))
    i++;
  if (i == ids.n)
    return 0;
  size_t start = i;
  while (i < ids.n && !is_blank(ids.p[i]))
    i++;
  *pos = i;
  span tok = {ids.p + start, i - start};
  long id;
  if (parse_int(tok, &id) != 0 || tok.p[0] == '-' || tok.p[0] == '+')
    return -tenorp_fmt_fail(r, r->line, TENOR_EPARSE, "category id '%s' is not a number",
                            tenorp_quote(q, tok.p, tok.n));
  if (!(*cat = liwc_find(cats, id)))
    return -tenorp_fmt_fail(r, r->line, TENOR_ECATEGORY,
                            "category id %ld is not declared in the header", id);
  return 1;
}

/* `entry TAB id TAB id ...`: ids after the first tab, separated by tabs or
 * spaces; without a tab, the trailing numbers of the line are the ids. */
static int liwc_entry(reader *r, span line, const liwc_cats *cats) {
  char q[64];
  span s = trim(line.p, line.n), term, ids;
  const char *tab = memchr(s.p, '\t', s.n);
  if (tab) {
    term.p = s.p;
    term.n = (size_t)(tab - s.p);
    ids.p = tab + 1;
    ids.n = s.n - term.n - 1;
  } else {
    size_t end = s.n;
    for (;;) {
      size_t e = end;
      while (e && is_blank(s.p[e - 1]))
        e--;
      size_t b = e;
      while (b && s.p[b - 1] >= '0' && s.p[b - 1] <= '9')
        b--;
      if (b == e || !b || !is_blank(s.p[b - 1]))
        break; /* not a number, or the first word: the term */
      end = b;
    }
    term.p = s.p;
    term.n = end;
    ids.p = s.p + end;
    ids.n = s.n - end;
  }
  unsigned flags;
  int rc;
  span orig = trim(term.p, term.n);
  term = orig;
  if ((rc = wildcard(r, &term, &flags, 0)) != 0)
    return rc;
  span idtext = trim(ids.p, ids.n);
  if (memchr(idtext.p, '(', idtext.n) || memchr(idtext.p, '/', idtext.n))
    return tenorp_fmt_fail(r, r->line, TENOR_EPARSE,
                           "unsupported conditional category in '%s' (LIWC 2007 syntax)",
                           tenorp_quote(q, idtext.p, idtext.n));
  /* Check every id before the first row. */
  size_t pos = 0, count = 0;
  const liwc_cat *cat;
  while ((rc = liwc_next_id(r, ids, &pos, cats, &cat)) == 1)
    count++;
  if (rc < 0)
    return -rc;
  if (!count)
    return tenorp_fmt_fail(r, r->line, TENOR_EPARSE, "entry '%s' has no category ids",
                           tenorp_quote(q, orig.p, orig.n));
  pos = 0;
  while (liwc_next_id(r, ids, &pos, cats, &cat) == 1)
    if ((rc = emit(r, term, cat->name, cat->len, 1, flags | TENORP_ROW_NO_WEIGHT)) != 0)
      return rc;
  return 0;
}

static int parse_liwc(reader *r) {
  liwc_cats cats = {NULL, 0, 0};
  span line;
  int rc = 0, got, state = 0; /* state: 0 before the header, 1 in it, 2 after it */
  size_t open = 0;            /* the line of the first '%' */
  char q[64];
  while ((got = next_line(r, &line)) == 0) {
    int pct = eq(trim(line.p, line.n), "%");
    if (state == 0) {
      if (!pct) {
        rc = tenorp_fmt_fail(r, r->line, TENOR_EPARSE,
                             "expected a first line '%%' opening the category header, got '%s'",
                             tenorp_quote(q, line.p, line.n));
        break;
      }
      state = 1;
      open = r->line;
    } else if (state == 1) {
      if (pct)
        state = 2;
      else if ((rc = liwc_header(r, line, &cats)) != 0)
        break;
    } else if ((rc = liwc_entry(r, line, &cats)) != 0) {
      break;
    }
  }
  if (!rc && got > 0)
    rc = got;
  else if (!rc && state == 1)
    rc = tenorp_fmt_fail(r, open, TENOR_EPARSE, "the category header has no closing '%%' line");
  for (size_t i = 0; i < cats.n; i++)
    free(cats.v[i].name);
  free(cats.v);
  return rc;
}

/* ---------------------------------------------------------------- LSD */

static const struct {
  const char *key;
  double weight;
} lsd_keys[] = {{"positive", 1}, {"negative", -1}, {"neg_positive", -1}, {"neg_negative", 1}};
#define NLSD_KEYS (sizeof lsd_keys / sizeof lsd_keys[0])

typedef struct {
  char *p;
  size_t cap;
} scratch;

/* Cuts a `#` comment (at the start or after a space, outside a quoted
 * scalar) off s. */
static span lsd_uncomment(span s) {
  char quote = 0, prev = 0; /* prev: the last character that is not blank */
  for (size_t i = 0; i < s.n; i++) {
    char c = s.p[i];
    if (quote) {
      if (quote == '"' && c == '\\')
        i++;
      else if (c == quote && quote == '\'' && i + 1 < s.n && s.p[i + 1] == '\'')
        i++;
      else if (c == quote)
        quote = 0;
    } else if ((c == '\'' || c == '"') && (!prev || strchr("-:[,", prev))) {
      quote = c;
    } else if (c == '#' && (i == 0 || is_blank(s.p[i - 1]))) {
      s.n = i;
      break;
    }
    if (!is_blank(c))
      prev = c;
  }
  return trim(s.p, s.n);
}

/* One list item (plain or quoted) into a row of key k. */
static int lsd_item(reader *r, span item, size_t k, scratch *buf) {
  char q[64];
  span t = trim(item.p, item.n), orig = t;
  if (t.n && (t.p[0] == '\'' || t.p[0] == '"')) {
    char quote = t.p[0];
    if (buf->cap < t.n)
      buf->p = tenorp_grow(buf->p, &buf->cap, t.n, 1);
    size_t n = 0, i = 1;
    for (; i < t.n; i++) {
      char c = t.p[i];
      if (c == quote && quote == '\'' && i + 1 < t.n && t.p[i + 1] == '\'') {
        i++; /* '' stands for ' */
      } else if (c == quote) {
        break;
      } else if (quote == '"' && c == '\\') {
        char e = i + 1 < t.n ? t.p[i + 1] : 0;
        if (e != '"' && e != '\\' && e != '/')
          return tenorp_fmt_fail(r, r->line, TENOR_EPARSE, "unsupported escape in quoted term '%s'",
                                 tenorp_quote(q, orig.p, orig.n));
        c = e;
        i++;
      }
      buf->p[n++] = c;
    }
    if (i != t.n - 1)
      return tenorp_fmt_fail(r, r->line, TENOR_EPARSE,
                             i == t.n ? "unterminated quoted term '%s'"
                                      : "text after the closing quote of '%s'",
                             tenorp_quote(q, orig.p, orig.n));
    t.p = buf->p;
    t.n = n;
  }
  unsigned flags;
  int rc = wildcard(r, &t, &flags, 1);
  return rc ? rc : emit_tone(r, t, lsd_keys[k].weight, flags);
}

/* The items of a flow list `[a, "b c", d*]` (the brackets included). */
static int lsd_flow(reader *r, span v, size_t k, scratch *buf) {
  char q[64];
  if (v.n < 2 || v.p[v.n - 1] != ']')
    return tenorp_fmt_fail(r, r->line, TENOR_EPARSE, "unterminated flow list '%s'",
                           tenorp_quote(q, v.p, v.n));
  size_t i = 1, end = v.n - 1;
  while (i < end) {
    size_t start = i;
    char quote = 0;
    for (; i < end && (quote || v.p[i] != ','); i++) {
      if (quote == '"' && v.p[i] == '\\')
        i++;
      else if (quote && v.p[i] == quote)
        quote = 0;
      else if (!quote && (v.p[i] == '"' || v.p[i] == '\'') && !trim(v.p + start, i - start).n)
        quote = v.p[i];
    }
    span item = trim(v.p + start, (i < end ? i : end) - start);
    if (item.n) {
      int rc = lsd_item(r, item, k, buf);
      if (rc)
        return rc;
    }
    i++;
  }
  return 0;
}

static int lsd_line(reader *r, span line, int *cur, int *seen_key, scratch *buf) {
  char q[64];
  size_t i = 0;
  for (; i < line.n && is_blank(line.p[i]); i++)
    if (line.p[i] == '\t')
      return tenorp_fmt_fail(r, r->line, TENOR_EPARSE,
                             "a tab in the indentation (YAML indents with spaces only)");
  span s = lsd_uncomment((span){line.p + i, line.n - i});
  if (!s.n || eq(s, "---") || eq(s, "..."))
    return 0;
  if (s.p[0] == '-' && (s.n == 1 || is_blank(s.p[1]))) {
    if (*cur < 0)
      return tenorp_fmt_fail(r, r->line, TENOR_EPARSE,
                             "a list item outside a key (positive, negative, neg_positive or "
                             "neg_negative): '%s'",
                             tenorp_quote(q, s.p, s.n));
    return lsd_item(r, (span){s.p + 1, s.n - 1}, (size_t)*cur, buf);
  }
  size_t c = 0;
  while (c < s.n && s.p[c] != ':')
    c++;
  span key = trim(s.p, c);
  if (c == s.n || (c + 1 < s.n && !is_blank(s.p[c + 1])) || !key.n)
    return tenorp_fmt_fail(r, r->line, TENOR_EPARSE, "expected 'key:' or '- term', got '%s'",
                           tenorp_quote(q, s.p, s.n));
  span value = trim(s.p + c + 1, s.n - c - 1);
  size_t k = 0;
  while (k < NLSD_KEYS && !eq(key, lsd_keys[k].key))
    k++;
  if (k == NLSD_KEYS) {
    if (!*seen_key && !value.n) { /* the top-level key: dictionary:, say */
      *seen_key = 1;
      return 0;
    }
    return tenorp_fmt_fail(r, r->line, TENOR_ECATEGORY,
                           "unknown key '%s' (expected positive, negative, neg_positive or "
                           "neg_negative)",
                           tenorp_quote(q, key.p, key.n));
  }
  *seen_key = 1;
  *cur = -1;
  if (!value.n) {
    *cur = (int)k;
    return 0;
  }
  if (value.p[0] == '[')
    return lsd_flow(r, value, k, buf);
  return tenorp_fmt_fail(r, r->line, TENOR_EPARSE, "expected a list after '%s:', got '%s'",
                         lsd_keys[k].key, tenorp_quote(q, value.p, value.n));
}

static int parse_lsd(reader *r) {
  scratch buf = {NULL, 0};
  span line;
  int rc = 0, got, cur = -1, seen_key = 0;
  while ((got = next_line(r, &line)) == 0)
    if ((rc = lsd_line(r, line, &cur, &seen_key, &buf)) != 0)
      break;
  free(buf.p);
  return rc ? rc : got > 0 ? got : 0;
}

/* ---------------------------------------------------------------- NRC */

static int parse_nrc(reader *r) {
  span line, f[3];
  int rc;
  char q[64];
  while ((rc = next_line(r, &line)) == 0) {
    if (split(line, '\t', f, 3) != 3)
      return tenorp_fmt_fail(r, r->line, TENOR_EPARSE,
                             "expected word TAB category TAB 0 or 1, got '%s'",
                             tenorp_quote(q, line.p, line.n));
    span term = trim(f[0].p, f[0].n), cat = trim(f[1].p, f[1].n), flag = trim(f[2].p, f[2].n);
    if (!term.n)
      return tenorp_fmt_fail(r, r->line, TENOR_ETERM, "empty term");
    if (!is_category(cat))
      return tenorp_fmt_fail(r, r->line, TENOR_ECATEGORY,
                             "category '%s' is not a name of lower-case letters, digits and "
                             "'_' starting with a letter",
                             tenorp_quote(q, cat.p, cat.n));
    if (eq(flag, "0"))
      continue;
    if (!eq(flag, "1"))
      return tenorp_fmt_fail(r, r->line, TENOR_EWEIGHT, "association '%s' is not 0 or 1",
                             tenorp_quote(q, flag.p, flag.n));
    if ((rc = emit(r, term, cat.p, cat.n, 1, TENORP_ROW_NO_WEIGHT)) != 0)
      return rc;
  }
  return rc > 0 ? rc : 0;
}

/* --------------------------------------------------------------- MPQA */

enum { MPQA_TYPE, MPQA_LEN, MPQA_WORD, MPQA_STEMMED, MPQA_POLARITY, MPQA_NKEYS };
static const char *const mpqa_keys[] = {"type", "len", "word1", "stemmed1", "priorpolarity"};

static int parse_mpqa(reader *r) {
  span line;
  int rc;
  char q[64];
  while ((rc = next_line(r, &line)) == 0) {
    span v[MPQA_NKEYS] = {{NULL, 0}}; /* set for each key seen (have[]) */
    int have[MPQA_NKEYS] = {0};
    size_t i = 0;
    while (i < line.n) {
      while (i < line.n && is_blank(line.p[i]))
        i++;
      size_t start = i;
      while (i < line.n && !is_blank(line.p[i]))
        i++;
      span tok = {line.p + start, i - start};
      const char *e = tok.n ? memchr(tok.p, '=', tok.n) : NULL;
      if (!e) /* a stray word (the MPQA file has one): ignored */
        continue;
      span key = {tok.p, (size_t)(e - tok.p)};
      for (size_t k = 0; k < MPQA_NKEYS; k++)
        if (eq(key, mpqa_keys[k])) {
          v[k].p = e + 1;
          v[k].n = tok.n - key.n - 1;
          have[k] = 1;
        }
    }
    static const int required[] = {MPQA_TYPE, MPQA_WORD, MPQA_POLARITY};
    for (size_t k = 0; k < 3; k++)
      if (!have[required[k]])
        return tenorp_fmt_fail(r, r->line, TENOR_EPARSE, "missing key '%s' in '%s'",
                               mpqa_keys[required[k]], tenorp_quote(q, line.p, line.n));
    double w;
    if (eq(v[MPQA_TYPE], "strongsubj"))
      w = 2;
    else if (eq(v[MPQA_TYPE], "weaksubj"))
      w = 1;
    else
      return tenorp_fmt_fail(r, r->line, TENOR_EPARSE,
                             "unknown type '%s' (expected strongsubj or weaksubj)",
                             tenorp_quote(q, v[MPQA_TYPE].p, v[MPQA_TYPE].n));
    if (have[MPQA_LEN] && !eq(v[MPQA_LEN], "1"))
      return tenorp_fmt_fail(r, r->line, TENOR_EPARSE,
                             "len=%s is not supported (only single words, len=1)",
                             tenorp_quote(q, v[MPQA_LEN].p, v[MPQA_LEN].n));
    if (!v[MPQA_WORD].n)
      return tenorp_fmt_fail(r, r->line, TENOR_ETERM, "empty term");
    unsigned flags = 0;
    if (have[MPQA_STEMMED]) {
      if (eq(v[MPQA_STEMMED], "y"))
        flags = TENORP_ROW_STEM;
      else if (!eq(v[MPQA_STEMMED], "n"))
        return tenorp_fmt_fail(r, r->line, TENOR_EPARSE, "stemmed1 '%s' is not y or n",
                               tenorp_quote(q, v[MPQA_STEMMED].p, v[MPQA_STEMMED].n));
    }
    span pol = v[MPQA_POLARITY];
    if (eq(pol, "positive") || eq(pol, "weakpos") || eq(pol, "strongpos"))
      w = +w;
    else if (eq(pol, "negative") || eq(pol, "weakneg") || eq(pol, "strongneg"))
      w = -w;
    else if (eq(pol, "neutral") || eq(pol, "both"))
      continue;
    else
      return tenorp_fmt_fail(r, r->line, TENOR_EPARSE,
                             "unknown priorpolarity '%s' (expected positive, negative, neutral "
                             "or both)",
                             tenorp_quote(q, pol.p, pol.n));
    if ((rc = emit_tone(r, v[MPQA_WORD], w, flags)) != 0)
      return rc;
  }
  return rc > 0 ? rc : 0;
}

/* ------------------------------------------------------------ dispatch */

int tenorp_parse_lexicon(int format, const char *name, const char *data, size_t len,
                         tenorp_row_fn fn, void *ctx, tenor_diag *diag) {
  reader r;
  reader_init(&r, name, data, len, diag, fn, ctx);
  if (r.len >= 2 && ((unsigned char)r.data[0] == 0xFF || (unsigned char)r.data[0] == 0xFE) &&
      ((unsigned char)r.data[1] ^ (unsigned char)r.data[0]) == 0x01)
    return tenorp_fmt_fail(&r, 1, TENOR_EUTF16, "UTF-16 text: convert the file to UTF-8");
  switch (format) {
  case TENOR_FORMAT_VADER:
    return parse_vader(&r);
  case TENOR_FORMAT_AFINN:
    return parse_afinn(&r);
  case TENOR_FORMAT_LIWC:
    return parse_liwc(&r);
  case TENOR_FORMAT_LSD:
    return parse_lsd(&r);
  case TENOR_FORMAT_NRC:
    return parse_nrc(&r);
  case TENOR_FORMAT_MPQA:
    return parse_mpqa(&r);
  case TENOR_FORMAT_NATIVE:
    return tenorp_fmt_fail(&r, 0, TENOR_EPARSE,
                           "the native CSV format is read by tenor_lexicon_add_csv, not here");
  default:
    return tenorp_fmt_fail(&r, 0, TENOR_EPARSE, "unknown lexicon format %d", format);
  }
}

/* ----------------------------------------------------------- detection */

static int ext_is(const char *ext, const char *lit) {
  size_t i = 0;
  for (; ext[i] && lit[i]; i++) {
    char c = ext[i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    if (c != lit[i])
      return 0;
  }
  return !ext[i] && !lit[i];
}

/* The format one line suggests, or TENOR_FORMAT_NATIVE. */
static int detect_line(span line) {
  span s = trim(line.p, line.n), f[4];
  if (eq(s, "%"))
    return TENOR_FORMAT_LIWC;
  size_t k = split(s, '\t', f, 4);
  double x;
  long v;
  if (k == 1) {
    int type = 0, word = 0;
    for (size_t i = 0; i + 5 <= s.n; i++) {
      if ((i == 0 || is_blank(s.p[i - 1])) && !memcmp(s.p + i, "type=", 5))
        type = 1;
      if (i + 6 <= s.n && (i == 0 || is_blank(s.p[i - 1])) && !memcmp(s.p + i, "word1=", 6))
        word = 1;
    }
    if (type && word)
      return TENOR_FORMAT_MPQA;
    span body = lsd_uncomment(s);
    if (eq(body, "---") ||
        (body.n > 1 && body.p[body.n - 1] == ':' && !memchr(body.p, ',', body.n)))
      return TENOR_FORMAT_LSD;
    return TENOR_FORMAT_NATIVE;
  }
  for (size_t i = 1; i < k && i < 4; i++)
    f[i] = trim(f[i].p, f[i].n);
  if (k == 2 && parse_int(f[1], &v) == 0)
    return TENOR_FORMAT_AFINN;
  if (k == 3 && (eq(f[2], "0") || eq(f[2], "1")) && is_category(f[1]))
    return TENOR_FORMAT_NRC;
  if ((k == 3 || (k == 4 && f[3].n && f[3].p[0] == '[')) && parse_number(f[1], &x) == 0 &&
      parse_number(f[2], &x) == 0)
    return TENOR_FORMAT_VADER;
  return TENOR_FORMAT_NATIVE;
}

int tenorp_detect_format(const char *name, const char *data, size_t len) {
  if (name) {
    const char *base = strrchr(name, '/');
    const char *dot = strrchr(base ? base + 1 : name, '.');
    if (dot) {
      if (ext_is(dot + 1, "dic"))
        return TENOR_FORMAT_LIWC;
      if (ext_is(dot + 1, "yml") || ext_is(dot + 1, "yaml"))
        return TENOR_FORMAT_LSD;
      if (ext_is(dot + 1, "tff"))
        return TENOR_FORMAT_MPQA;
      if (ext_is(dot + 1, "csv"))
        return TENOR_FORMAT_NATIVE;
    }
  }
  /* By content: the first line decides LIWC, MPQA and LSD; a tab-separated
   * format must be what the first three lines (or all, if fewer) agree on. */
  reader r;
  reader_init(&r, name, data, len, NULL, NULL, NULL);
  span line;
  int format = -1, seen = 0;
  for (int i = 0; i < 20 && seen < 3 && next_line(&r, &line) == 0; i++) {
    if (!lsd_uncomment(trim(line.p, line.n)).n)
      continue; /* a `#` comment line (YAML, native CSV) */
    seen++;
    int f = detect_line(line);
    if (format < 0)
      format = f;
    if (f != format || f == TENOR_FORMAT_NATIVE)
      return TENOR_FORMAT_NATIVE;
    if (f == TENOR_FORMAT_LIWC || f == TENOR_FORMAT_MPQA || f == TENOR_FORMAT_LSD)
      return f;
  }
  return format < 0 ? TENOR_FORMAT_NATIVE : format;
}
