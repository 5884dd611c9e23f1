/*
 * gold.c - reading the gold standards of tenor validate.
 *
 * Three forms, as researchers keep them (docs/validate.md):
 *
 * - TSV, one snippet a line: id TAB rating TAB text (the text is the rest
 *   of the line, tabs and all), the rating a number or a label; a first
 *   line whose rating is neither is a header.
 * - CSV with a header: a snippet a row (columns text, gold and an
 *   optional id), or, when the header names a column `mention`, a target
 *   a row (text, mention, from, to, label and an optional id), the rows
 *   of one sentence one after another.
 * - JSON Lines, one sentence a line: {"text": ..., "targets": [{"mention":
 *   ..., "from": ..., "to": ..., "label": ...}], "id": ...}.
 *
 * Offsets count characters (Unicode code points) of the text, end
 * exclusive, and must frame the mention exactly.  A line or row with a
 * problem is reported with its FILE:LINE (and column in JSON) and left
 * out; the file as a whole fails only when nothing in it can be used.
 */
#define _POSIX_C_SOURCE 200809L
#include "gold.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "json.h"
#include "strmap.h"
#include "util.h"

typedef struct reader {
  gold_set *g;
  const char *name;
  gold_report_fn report;
  void *ctx;
  const char *unit; /* "line" or "row", for "; line skipped" */
  strmap ids;       /* ids of the items so far */
  size_t *id_line;  /* the line of each */
  size_t capid;
  size_t kind_line; /* the line of the first snippet, which set the kind */
  /* CSV */
  const gold_columns *cols;
  int level_known; /* the header was looked at */
  int fatal;       /* the header lacks a column: stop */
  int has_id;      /* the header names the id column */
  size_t open;     /* the item that the last target row went to, or (size_t)-1 */
} reader;

static void report(reader *r, size_t line, size_t column, int skip, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Reports a problem at line:column (0: none); `skip` says that the line
 * or row is left out, and counts it. */
static void report(reader *r, size_t line, size_t column, int skip, const char *fmt, ...) {
  tenor_diag d;
  memset(&d, 0, sizeof d);
  d.code = TENOR_EFIELD;
  d.path = r->name;
  d.line = line;
  d.column = column;
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(d.message, sizeof d.message, fmt, ap);
  va_end(ap);
  if (skip) {
    size_t used = n < 0 ? 0 : (size_t)n < sizeof d.message ? (size_t)n : sizeof d.message - 1;
    snprintf(d.message + used, sizeof d.message - used, "; %s skipped", r->unit);
    r->g->skipped++;
  }
  r->report(r->ctx, &d);
}

/* At most 60 bytes of s for a message, cut at a character and marked. */
static const char *quote(char buf[72], const char *s, size_t n) {
  size_t m = n < 60 ? n : 60;
  while (m < n && m > 0 && ((unsigned char)s[m] & 0xC0) == 0x80)
    m--;
  size_t k = 0;
  for (size_t i = 0; i < m; i++) /* line breaks and tabs would break the message's line */
    buf[k++] = s[i] == '\n' || s[i] == '\r' || s[i] == '\t' ? ' ' : s[i];
  snprintf(buf + k, 72 - k, "%s", m < n ? "..." : "");
  return buf;
}

/* Why s[0..n) cannot be a text: "invalid UTF-8", "a NUL byte", or NULL
 * when it is clean UTF-8; *line gets the 1-based line of the problem
 * within s. */
static const char *unclean(const char *s, size_t n, size_t *line) {
  tenor_text_info info;
  size_t fixed_len;
  int err = 0;
  char *fixed = tenor_text_repair(s, n, &fixed_len, &info, &err);
  tenor_free(fixed);
  *line = 1;
  if (err == TENOR_EUTF16 || info.nul) {
    *line = info.nul_line ? info.nul_line : 1;
    return "a NUL byte";
  }
  if (info.invalid) {
    *line = info.invalid_line;
    return "invalid UTF-8";
  }
  return NULL;
}

/* Whether s[0..n) is only white space (a NUL byte is not). */
static int blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!s[i] || !strchr(" \t\r\n\f\v", s[i]))
      return 0;
  return 1;
}

static void trim(const char **s, size_t *n) {
  while (*n && ((*s)[0] == ' ' || (*s)[0] == '\t'))
    (*s)++, (*n)--;
  while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r'))
    (*n)--;
}

/* The class of a label, case aside; -1 if s[0..n) is none. */
static int label_of(const char *s, size_t n) {
  static const char *const names[] = {"negative", "neutral", "positive"};
  for (int k = 0; k < 3; k++)
    if (n == strlen(names[k]) && !strncasecmp(s, names[k], n))
      return k;
  return -1;
}

/* Whether s[0..n) is a decimal number: [+-] digits [. digits] [e [+-]
 * digits], or with digits only after the point (.5). */
static int decimal(const char *s, size_t n) {
  size_t i = 0, digits = 0;
  if (i < n && (s[i] == '+' || s[i] == '-'))
    i++;
  for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
    digits++;
  if (i < n && s[i] == '.')
    for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
      digits++;
  if (!digits)
    return 0;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-'))
      i++;
    size_t e = i;
    while (i < n && s[i] >= '0' && s[i] <= '9')
      i++;
    if (i == e)
      return 0;
  }
  return i == n;
}

/* A finite decimal number written as all of s[0..n); 0, or -1. */
static int number_of(const char *s, size_t n, double *out) {
  if (!n || n > 63 || !decimal(s, n))
    return -1;
  char buf[64], *end;
  memcpy(buf, s, n);
  buf[n] = 0;
  double v = strtod(buf, &end);
  if (*end || !isfinite(v))
    return -1;
  *out = v;
  return 0;
}

/* A whole number of at most 15 digits written as all of s[0..n). */
static int whole_of(const char *s, size_t n, size_t *out) {
  if (!n || n > 15)
    return -1;
  size_t v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return -1;
    v = v * 10 + (size_t)(s[i] - '0');
  }
  *out = v;
  return 0;
}

/* Characters (code points) of UTF-8 s[0..n). */
static size_t chars(const char *s, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; i++)
    c += ((unsigned char)s[i] & 0xC0) != 0x80;
  return c;
}

/* The byte where character k of s[0..n) starts (n for k = chars). */
static size_t byte_at(const char *s, size_t n, size_t k) {
  size_t i = 0;
  for (; i < n; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80 && k-- == 0)
      return i;
  return n;
}

/* ------------------------------------------------------------- items */

static gold_item *new_item(reader *r, const char *id, size_t line, const char *text, size_t len) {
  gold_set *g = r->g;
  if (g->n == g->cap) {
    g->cap = g->cap ? 2 * g->cap : 64;
    g->items = xrealloc(g->items, g->cap * sizeof *g->items);
  }
  gold_item *it = &g->items[g->n++];
  memset(it, 0, sizeof *it);
  it->id = xstrdup(id);
  it->text = xmalloc(len + 1);
  memcpy(it->text, text, len);
  it->text[len] = 0;
  it->len = len;
  it->line = line;
  it->label = -1;
  size_t k = strmap_put(&r->ids, id);
  if (k >= r->capid) {
    r->capid = 2 * k + 16;
    r->id_line = xrealloc(r->id_line, r->capid * sizeof *r->id_line);
  }
  r->id_line[k] = line;
  return it;
}

/* The line of the item with this id, or 0 if there is none. */
static size_t id_line_of(const reader *r, const char *id) {
  size_t k = strmap_find(&r->ids, id);
  return k == (size_t)-1 || !r->id_line ? 0 : r->id_line[k]; /* they grow together */
}

/* Whether id is taken; reports it. */
static int id_taken(reader *r, const char *id, size_t line, size_t column) {
  size_t first = id_line_of(r, id);
  if (!first)
    return 0;
  char q[72];
  report(r, line, column, 1, "the id '%s' is already on line %zu", quote(q, id, strlen(id)), first);
  return 1;
}

/* Checks that the gold's kind (rating or label) is the file's; reports a
 * snippet of the other kind. */
static int same_kind(reader *r, int kind, size_t line) {
  if (!r->g->kind) {
    r->g->kind = kind;
    r->kind_line = line;
    return 1;
  }
  if (r->g->kind == kind)
    return 1;
  report(r, line, 0, 1, "a %s where the snippets before have %ss (the first on line %zu)",
         kind == GOLD_LABEL ? "label" : "rating", kind == GOLD_LABEL ? "rating" : "label",
         r->kind_line);
  return 0;
}

/* Adds a snippet whose gold is s[0..n): a number or a label. */
static void add_snippet(reader *r, const char *id, size_t line, const char *gold, size_t glen,
                        const char *text, size_t tlen) {
  char q[72];
  double v;
  int label = label_of(gold, glen);
  if (label < 0 && number_of(gold, glen, &v) != 0) {
    report(r, line, 0, 1,
           "the gold '%s' is neither a number nor a label (negative, neutral, "
           "positive)",
           quote(q, gold, glen));
    return;
  }
  if (blank(text, tlen)) {
    report(r, line, 0, 1, "no text");
    return;
  }
  if (!same_kind(r, label >= 0 ? GOLD_LABEL : GOLD_RATING, line) || id_taken(r, id, line, 0))
    return;
  gold_item *it = new_item(r, id, line, text, tlen);
  it->label = label;
  it->value = label >= 0 ? label - 1.0 : v;
}

/* Checks target t of text[0..len) (from, to, mention set) and fills its
 * bytes; 0, or -1 after reporting (at `column` of `line`, 0 if none). */
static int place_target(reader *r, const char *text, size_t len, gold_target *t, size_t line,
                        size_t column, size_t number) {
  char q1[72], q2[72];
  size_t nchars = chars(text, len), mlen = strlen(t->mention);
  if (!mlen) {
    report(r, line, column, 1, "target %zu: the mention is empty", number);
    return -1;
  }
  if (t->from >= t->to) {
    report(r, line, column, 1, "target %zu: from %zu is not before to %zu", number, t->from, t->to);
    return -1;
  }
  if (t->to > nchars) {
    report(r, line, column, 1, "target %zu: to %zu is beyond the end of the text (%zu characters)",
           number, t->to, nchars);
    return -1;
  }
  t->start = byte_at(text, len, t->from);
  t->end = byte_at(text, len, t->to);
  if (t->end - t->start != mlen || memcmp(text + t->start, t->mention, mlen) != 0) {
    const char *at = strstr(text, t->mention);
    if (at) {
      size_t f = chars(text, (size_t)(at - text));
      report(r, line, column, 1,
             "target %zu: the text from %zu to %zu is \"%s\", not the mention \"%s\" (which is "
             "at %zu to %zu)",
             number, t->from, t->to, quote(q1, text + t->start, t->end - t->start),
             quote(q2, t->mention, mlen), f, f + chars(t->mention, mlen));
    } else {
      report(r, line, column, 1,
             "target %zu: the text from %zu to %zu is \"%s\", not the mention \"%s\" (which is "
             "not in the text)",
             number, t->from, t->to, quote(q1, text + t->start, t->end - t->start),
             quote(q2, t->mention, mlen));
    }
    return -1;
  }
  return 0;
}

static void add_target(gold_item *it, const gold_target *t) {
  if (it->ntargets == it->captargets) {
    it->captargets = it->captargets ? 2 * it->captargets : 4;
    it->targets = xrealloc(it->targets, it->captargets * sizeof *it->targets);
  }
  it->targets[it->ntargets++] = *t;
}

/* ---------------------------------------------------------------- TSV */

/* The first byte after a byte-order mark at the top of data, if any. */
static size_t after_bom(const char *data, size_t len) {
  return len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3) ? 3 : 0;
}

/* The line of data that starts at *pos (without its LF): its bytes in
 * *s[0..n); *pos moves past it. */
static size_t next_line(const char *data, size_t len, size_t *pos, const char **s) {
  size_t end = *pos;
  while (end < len && data[end] != '\n')
    end++;
  *s = data + *pos;
  size_t n = end - *pos;
  *pos = end + (end < len);
  return n;
}

static void read_tsv(reader *r, const char *data, size_t len) {
  size_t pos = after_bom(data, len), line = 0;
  int first = 1;
  while (pos < len) {
    const char *s;
    size_t n = next_line(data, len, &pos, &s);
    line++;
    if (n && s[n - 1] == '\r')
      n--;
    if (blank(s, n))
      continue;
    size_t bad_line;
    const char *why = unclean(s, n, &bad_line);
    if (why) {
      report(r, line, 0, 1, "%s", why);
      first = 0;
      continue;
    }
    const char *tab1 = memchr(s, '\t', n);
    const char *tab2 = tab1 ? memchr(tab1 + 1, '\t', n - (size_t)(tab1 + 1 - s)) : NULL;
    if (!tab2) {
      report(r, line, 0, 1, "expected id<TAB>rating<TAB>text, found %s",
             tab1 ? "one tab" : "no tab");
      first = 0;
      continue;
    }
    const char *id = s, *gold = tab1 + 1, *text = tab2 + 1;
    size_t idn = (size_t)(tab1 - s), gn = (size_t)(tab2 - gold), tn = n - (size_t)(text - s);
    trim(&id, &idn);
    trim(&gold, &gn);
    double v;
    if (first && label_of(gold, gn) < 0 && number_of(gold, gn, &v) != 0) {
      first = 0; /* a header: id<TAB>mean_rating<TAB>text */
      continue;
    }
    first = 0;
    if (!idn) {
      report(r, line, 0, 1, "empty id");
      continue;
    }
    char *idz = xasprintf("%.*s", (int)idn, id);
    add_snippet(r, idz, line, gold, gn, text, tn);
    free(idz);
  }
}

/* ---------------------------------------------------------------- CSV */

enum { C_TEXT, C_GOLD, C_ID, C_MENTION, C_FROM, C_TO, C_LABEL, NCOLS };

/* Looks at the header (through the first row's present bits) once:
 * which level, and whether the columns that level needs are there. */
static int csv_level(reader *r, const tenor_csv_row *row, const char *const *names) {
  if (r->level_known)
    return r->fatal ? -1 : 0;
  r->level_known = 1;
  r->has_id = (row->present >> C_ID) & 1u;
  if (r->cols->id && !r->has_id) {
    report(r, 1, 0, 0, "header row must name the id column '%s' given by --id-col", names[C_ID]);
    r->fatal = 1;
    return -1;
  }
  r->g->targets = (row->present >> C_MENTION) & 1u;
  if (r->g->targets) {
    for (int k = C_FROM; k <= C_LABEL; k++)
      if (!((row->present >> k) & 1u)) {
        report(r, 1, 0, 0,
               "a CSV of targets (it has a column 'mention') must also name the "
               "columns from, to and label (no '%s')",
               names[k]);
        r->fatal = 1;
        return -1;
      }
  } else if (!((row->present >> C_GOLD) & 1u)) {
    report(r, 1, 0, 0,
           "header row must name the column '%s' with the gold rating or label "
           "(or, for targets, the columns mention, from, to and label)",
           names[C_GOLD]);
    r->fatal = 1;
    return -1;
  }
  return 0;
}

typedef struct csv_ctx {
  reader *r;
  const char *const *names;
} csv_ctx;

static void csv_target_row(reader *r, const tenor_csv_row *row) {
  const char *const *f = row->field;
  const size_t *n = row->len;
  char q[72];
  gold_target t;
  memset(&t, 0, sizeof t);
  t.line = row->line;
  const char *from = f[C_FROM], *to = f[C_TO], *label = f[C_LABEL];
  size_t nf = n[C_FROM], nt = n[C_TO], nl = n[C_LABEL];
  trim(&from, &nf);
  trim(&to, &nt);
  trim(&label, &nl);
  if (whole_of(from, nf, &t.from) != 0) {
    report(r, row->line, 0, 1, "from '%s' is not a whole number of characters", quote(q, from, nf));
    return;
  }
  if (whole_of(to, nt, &t.to) != 0) {
    report(r, row->line, 0, 1, "to '%s' is not a whole number of characters", quote(q, to, nt));
    return;
  }
  t.label = label_of(label, nl);
  if (t.label < 0) {
    report(r, row->line, 0, 1, "the label '%s' is not negative, neutral or positive",
           quote(q, label, nl));
    return;
  }
  if (blank(f[C_TEXT], n[C_TEXT])) {
    report(r, row->line, 0, 1, "no text");
    return;
  }
  /* the sentence: the open one if this row continues it, else a new one */
  char *rowid = r->has_id ? xasprintf("%.*s", (int)n[C_ID], f[C_ID]) : NULL;
  gold_item *it = NULL;
  if (r->open != (size_t)-1) {
    gold_item *o = &r->g->items[r->open];
    int same = rowid ? !strcmp(o->id, rowid)
                     : o->len == n[C_TEXT] && !memcmp(o->text, f[C_TEXT], n[C_TEXT]);
    if (same && rowid && (o->len != n[C_TEXT] || memcmp(o->text, f[C_TEXT], n[C_TEXT]))) {
      report(r, row->line, 0, 1,
             "the text differs from that of the rows before with the id "
             "'%s' (line %zu)",
             quote(q, rowid, strlen(rowid)), o->line);
      free(rowid);
      return;
    }
    if (same)
      it = o;
  }
  if (!it) {
    char *id = rowid ? xstrdup(rowid) : xasprintf("%zu", row->row);
    size_t seen = id_line_of(r, id);
    if (rowid && !*rowid) {
      report(r, row->line, 0, 1, "empty id");
    } else if (seen) {
      report(r, row->line, 0, 1,
             "the id '%s' is already on line %zu: the rows of a sentence "
             "must come one after another",
             quote(q, id, strlen(id)), seen);
    } else {
      it = new_item(r, id, row->line, f[C_TEXT], n[C_TEXT]);
      r->open = (size_t)(it - r->g->items);
    }
    free(id);
  }
  free(rowid);
  if (!it)
    return;
  t.mention = xasprintf("%.*s", (int)n[C_MENTION], f[C_MENTION]);
  if (place_target(r, it->text, it->len, &t, row->line, 0, it->ntargets + 1) != 0) {
    free(t.mention);
    return;
  }
  add_target(it, &t);
}

static int csv_row(void *ctx, const tenor_csv_row *row, const tenor_diag *skipped) {
  csv_ctx *c = ctx;
  reader *r = c->r;
  if (!row) {
    report(r, skipped->line, 0, 1, "%s", skipped->message);
    return 0;
  }
  if (csv_level(r, row, c->names) != 0)
    return 1;
  if (r->g->targets) {
    csv_target_row(r, row);
    return 0;
  }
  const char *gold = row->field[C_GOLD];
  size_t gn = row->len[C_GOLD];
  trim(&gold, &gn);
  char *id = r->has_id ? xasprintf("%.*s", (int)row->len[C_ID], row->field[C_ID])
                       : xasprintf("%zu", row->row);
  if (!*id)
    report(r, row->line, 0, 1, "empty id");
  else
    add_snippet(r, id, row->line, gold, gn, row->field[C_TEXT], row->len[C_TEXT]);
  free(id);
  return 0;
}

static int read_csv(reader *r, const char *data, size_t len) {
  const gold_columns *g = r->cols;
  const char *names[NCOLS + 1] = {g->text ? g->text : "text",
                                  g->gold ? g->gold : "gold",
                                  g->id ? g->id : "id",
                                  "mention",
                                  "from",
                                  "to",
                                  "label",
                                  NULL};
  csv_ctx c = {r, names};
  tenor_diag d;
  int rc = tenor_csv_read(r->name, "gold standard", data, len, names, ~1u & ((1u << NCOLS) - 1),
                          csv_row, &c, &d);
  if (rc && !r->fatal) {
    r->report(r->ctx, &d);
    return -1;
  }
  return r->fatal ? -1 : 0;
}

/* --------------------------------------------------------- JSON Lines */

/* The member `key` of object o, if it is there once and of type t (or
 * a number or a string for the id); reports otherwise.  *missing is set
 * when it is absent. */
static const json *member(reader *r, size_t line, const json *o, const char *key, json_type t,
                          const char *where, int *missing) {
  size_t count;
  const json *v = json_member(o, key, &count);
  *missing = count == 0;
  if (count > 1) {
    report(r, line, o->column, 1, "%sthe key \"%s\" appears %zu times", where, key, count);
    return NULL;
  }
  if (!count)
    return NULL;
  int ok = v->type == t || (t == JSON_NULL && (v->type == JSON_STRING || v->type == JSON_NUMBER));
  if (!ok) {
    report(r, line, v->column, 1, "%s\"%s\" must be %s, not %s", where, key,
           t == JSON_NULL ? "a string or a number" : json_type_name(t), json_type_name(v->type));
    return NULL;
  }
  return v;
}

/* A target object; 0, or -1 after a report. */
static int json_target(reader *r, size_t line, const json *o, const char *text, size_t len,
                       size_t number, gold_target *t) {
  char where[48];
  snprintf(where, sizeof where, "target %zu: ", number);
  if (o->type != JSON_OBJECT) {
    report(r, line, o->column, 1, "%sa target must be an object, not %s", where,
           json_type_name(o->type));
    return -1;
  }
  static const char *const keys[] = {"mention", "from", "to", "label"};
  static const json_type types[] = {JSON_STRING, JSON_NUMBER, JSON_NUMBER, JSON_STRING};
  const json *v[4];
  for (int k = 0; k < 4; k++) {
    int missing;
    v[k] = member(r, line, o, keys[k], types[k], where, &missing);
    if (missing)
      report(r, line, o->column, 1, "%sno \"%s\"", where, keys[k]);
    if (!v[k])
      return -1;
  }
  for (int k = 1; k <= 2; k++)
    if (v[k]->num < 0 || v[k]->num > 1e15 || v[k]->num != floor(v[k]->num)) {
      report(r, line, v[k]->column, 1, "%s\"%s\" must be a whole number of characters, not %s",
             where, keys[k], v[k]->s);
      return -1;
    }
  memset(t, 0, sizeof *t);
  t->from = (size_t)v[1]->num;
  t->to = (size_t)v[2]->num;
  t->label = label_of(v[3]->s, v[3]->len);
  t->line = line;
  if (t->label < 0) {
    char q[72];
    report(r, line, v[3]->column, 1, "%sthe label \"%s\" is not negative, neutral or positive",
           where, quote(q, v[3]->s, v[3]->len));
    return -1;
  }
  t->mention = v[0]->s; /* borrowed until the line is kept */
  if (place_target(r, text, len, t, line, o->column, number) != 0)
    return -1;
  return 0;
}

static void json_line(reader *r, size_t line, const char *s, size_t n) {
  json o;
  json_error e;
  if (json_parse(s, n, &o, &e) != 0) {
    report(r, line, e.column, 1, "%s", e.message);
    return;
  }
  int missing;
  const json *text = NULL, *targets = NULL, *id = NULL;
  if (o.type != JSON_OBJECT) {
    report(r, line, o.column, 1,
           "a line must hold an object {\"text\": ..., \"targets\": "
           "[...]}, not %s",
           json_type_name(o.type));
    goto done;
  }
  text = member(r, line, &o, "text", JSON_STRING, "", &missing);
  if (missing)
    report(r, line, o.column, 1, "no \"text\"");
  if (!text)
    goto done;
  if (blank(text->s, text->len)) {
    report(r, line, text->column, 1, "no text");
    goto done;
  }
  targets = member(r, line, &o, "targets", JSON_ARRAY, "", &missing);
  if (missing)
    report(r, line, o.column, 1, "no \"targets\"");
  if (!targets)
    goto done;
  id = member(r, line, &o, "id", JSON_NULL, "", &missing);
  if (!id && !missing)
    goto done;
  gold_target *ts = xmalloc((targets->n ? targets->n : 1) * sizeof *ts);
  size_t k = 0;
  for (; k < targets->n; k++)
    if (json_target(r, line, &targets->item[k], text->s, text->len, k + 1, &ts[k]) != 0)
      break;
  if (k == targets->n) {
    char *idz = id ? xstrdup(id->s) : xasprintf("%zu", line);
    if (id && !*idz)
      report(r, line, id->column, 1, "empty id");
    else if (!id_taken(r, idz, line, id ? id->column : 0)) {
      gold_item *it = new_item(r, idz, line, text->s, text->len);
      for (size_t j = 0; j < targets->n; j++) {
        ts[j].mention = xstrdup(ts[j].mention);
        add_target(it, &ts[j]);
      }
    }
    free(idz);
  }
  free(ts);
done:
  json_free(&o);
}

static void read_jsonl(reader *r, const char *data, size_t len) {
  size_t pos = after_bom(data, len), line = 0;
  while (pos < len) {
    const char *s;
    size_t n = next_line(data, len, &pos, &s);
    line++;
    if (!blank(s, n))
      json_line(r, line, s, n);
  }
}

/* ------------------------------------------------------------- the API */

int gold_format_parse(const char *s) {
  return !strcmp(s, "tsv")     ? GOLD_TSV
         : !strcmp(s, "csv")   ? GOLD_CSV
         : !strcmp(s, "jsonl") ? GOLD_JSONL
                               : -2;
}

static int ends_with(const char *s, const char *tail) {
  size_t n = strlen(s), k = strlen(tail);
  return n > k && !strcasecmp(s + n - k, tail);
}

int gold_format_detect(const char *name, const char *data, size_t len) {
  if (ends_with(name, ".jsonl") || ends_with(name, ".ndjson") || ends_with(name, ".json"))
    return GOLD_JSONL;
  if (ends_with(name, ".csv"))
    return GOLD_CSV;
  if (ends_with(name, ".tsv") || ends_with(name, ".tab") || ends_with(name, ".txt"))
    return GOLD_TSV;
  size_t i = after_bom(data, len);
  while (i < len && data[i] && strchr(" \t\r\n", data[i]))
    i++;
  return i < len && data[i] == '{' ? GOLD_JSONL : GOLD_TSV;
}

int gold_read(gold_set *g, const char *name, const char *data, size_t len, int format,
              const gold_columns *cols, gold_report_fn fn, void *ctx) {
  memset(g, 0, sizeof *g);
  gold_columns none = {NULL, NULL, NULL};
  reader r;
  memset(&r, 0, sizeof r);
  r.g = g;
  r.name = name;
  r.report = fn;
  r.ctx = ctx;
  r.cols = cols ? cols : &none;
  r.open = (size_t)-1;
  if (format == GOLD_AUTO)
    format = gold_format_detect(name, data, len);
  r.unit = format == GOLD_CSV ? "row" : "line";
  g->targets = format == GOLD_JSONL;
  int rc = 0;
  tenor_text_info info;
  size_t fixed_len;
  int err = 0;
  tenor_free(tenor_text_repair(data, len, &fixed_len, &info, &err));
  if (err == TENOR_EUTF16) {
    report(&r, 1, 0, 0,
           "the gold standard is UTF-16 or UTF-32, not UTF-8; convert it first "
           "(iconv -t UTF-8)");
    rc = -1;
  } else if (format != GOLD_CSV && blank(data + info.skip, len - info.skip)) {
    report(&r, 1, 0, 0, "empty gold standard: nothing to read");
    rc = -1;
  } else if (format == GOLD_CSV) {
    rc = read_csv(&r, data, len);
  } else if (format == GOLD_JSONL) {
    read_jsonl(&r, data, len);
  } else {
    read_tsv(&r, data, len);
  }
  if (rc == 0 && !g->n) {
    report(&r, 0, 0, 0, "no usable %s in the gold standard", g->targets ? "sentence" : "snippet");
    rc = -1;
  }
  strmap_free(&r.ids);
  free(r.id_line);
  return rc;
}

void gold_free(gold_set *g) {
  for (size_t i = 0; i < g->n; i++) {
    gold_item *it = &g->items[i];
    free(it->id);
    free(it->text);
    for (size_t k = 0; k < it->ntargets; k++)
      free(it->targets[k].mention);
    free(it->targets);
  }
  free(g->items);
  memset(g, 0, sizeof *g);
}
