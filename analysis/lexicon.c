/*
 * lexicon.c - loading tenor's native CSV lexicons into a hash table.
 *
 * The CSV is parsed with libcsv, fed one line at a time so that every
 * error can name its line; `#` comment lines are skipped between rows.
 * Terms are normalised by the tokeniser itself, so a lexicon entry and the
 * text it must match agree on case, apostrophes, hyphens and clitics.  A
 * multi-word term is stored under its words joined by single spaces, and
 * its first word remembers the longest such term so the scorer knows how
 * far to look ahead.  Lookup is by hash (map.c).  A file is validated whole before anything is added, so
 * a bad row leaves the lexicon as it was.
 */
#include "lexicon.h"

#include <csv.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "map.h"
#include "text.h"
#include "token.h"

struct tenor_lexicon {
  tenorp_entry *entries; /* entry i belongs to key i of the map */
  size_t cap;            /* entries allocated */
  tenorp_map map;        /* normalised term to entry */
  size_t size;           /* distinct (term, category) pairs */
};

static const struct {
  const char *name;
  unsigned bit;
  double lo, hi; /* allowed weight range, inclusive */
} categories[] = {
    {"tone", TENORP_CAT_TONE, -4, 4},
    {"hostility", TENORP_CAT_HOSTILITY, 0, 4},
    {"cooperation", TENORP_CAT_COOPERATION, 0, 4},
    {"negator", TENORP_CAT_NEGATOR, 1, 1},
    {"booster", TENORP_CAT_BOOSTER, 0, 1},
    {"dampener", TENORP_CAT_DAMPENER, -1, 0},
    {"contrast", TENORP_CAT_CONTRAST, 1, 1},
};
#define NCATEGORIES (sizeof categories / sizeof *categories)

tenor_lexicon *tenor_lexicon_new(void) { return tenorp_xcalloc(1, sizeof(tenor_lexicon)); }

void tenor_lexicon_free(tenor_lexicon *lex) {
  if (!lex)
    return;
  free(lex->entries);
  tenorp_map_free(&lex->map);
  free(lex);
}

size_t tenor_lexicon_size(const tenor_lexicon *lex) { return lex->size; }

const char *tenorp_entry_key(const tenor_lexicon *lex, const tenorp_entry *e) {
  return tenorp_map_text(&lex->map, (size_t)(e - lex->entries));
}

const tenorp_entry *tenorp_lexicon_find(const tenor_lexicon *lex, const char *key, size_t len,
                                        uint64_t hash) {
  size_t i = tenorp_map_find(&lex->map, key, len, hash);
  return i == SIZE_MAX ? NULL : &lex->entries[i];
}

/* The entry for key, created empty if missing. */
static tenorp_entry *intern(tenor_lexicon *lex, const char *key, size_t len, unsigned words) {
  int added;
  size_t i = tenorp_map_put(&lex->map, key, len, tenorp_hash(key, len), 0, &added);
  if (added) {
    if (i >= lex->cap)
      lex->entries = tenorp_grow(lex->entries, &lex->cap, i + 1, sizeof *lex->entries);
    memset(&lex->entries[i], 0, sizeof lex->entries[i]);
    lex->entries[i].words = words;
  }
  return &lex->entries[i];
}

/* ------------------------------------------------------------ parsing */

typedef struct row {
  size_t key, key_len; /* the normalised term in the loader's key buffer */
  size_t first_len;    /* length of its first word */
  unsigned words;      /* tokens in the term */
  unsigned cat;        /* index into categories */
  double weight;       /* the weight (1 for negators and contrast words) */
} row;

typedef struct loader {
  const char *name;
  tenor_diag *diag;
  int err;               /* first error, TENOR_OK if none */
  size_t line;           /* the line being fed */
  size_t row_start;      /* the line where the current row began */
  int row_done;          /* a row ended in the current line */
  int fields_after;      /* a field ended after the last row end */
  tenorp_buf field[3];   /* term, category, weight of the current row */
  int have[3];           /* which of them the row had */
  size_t ncol;           /* fields seen in the current row */
  int col[3];            /* column index of term, category, weight; -1 if not found */
  int header_done;       /* the header row was read */
  row *rows;             /* validated rows */
  size_t nrows, caprows;
  tenorp_buf keys;       /* normalised terms of the rows */
  tenorp_tokens toks;    /* scratch for normalising terms */
} loader;

static int fail(loader *L, size_t line, int code, const char *fmt, const char *arg) {
  if (L->err)
    return L->err;
  L->err = code;
  tenor_diag *d = L->diag;
  if (d) {
    d->code = code;
    d->path = L->name;
    d->line = line;
    d->column = 0;
    snprintf(d->message, sizeof d->message, fmt, arg ? arg : "");
  }
  return code;
}

static size_t row_line(const loader *L) { return L->row_start ? L->row_start : L->line; }

/* Copies at most 60 bytes of s for a message into buf (at least 64
 * bytes), cut at a character boundary and marked "..." when cut. */
static const char *quote(char *buf, const char *s, size_t n) {
  size_t m = n < 60 ? n : 60;
  while (m < n && m > 0 && ((unsigned char)s[m] & 0xC0) == 0x80)
    m--;
  snprintf(buf, 64, "%.*s%s", (int)m, s, m < n ? "..." : "");
  return buf;
}

static int valid_utf8(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    if (!s[i])
      return 0;
    int r = tenorp_utf8_decode((const unsigned char *)s + i, n - i, &cp);
    if (r < 0)
      return 0;
    i += (size_t)r;
  }
  return 1;
}

static void trim(const char **s, size_t *n) {
  while (*n && ((*s)[0] == ' ' || (*s)[0] == '\t')) {
    (*s)++;
    (*n)--;
  }
  while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
    (*n)--;
}

static void on_field(void *data, size_t len, void *ctx) {
  loader *L = ctx;
  const char *s = data ? data : "";
  L->fields_after = 1;
  if (L->err)
    return;
  if (!valid_utf8(s, len)) {
    fail(L, row_line(L), TENOR_EUTF8, "invalid UTF-8 or a NUL byte%s", "");
    return;
  }
  size_t c = L->ncol++;
  if (!L->header_done) {
    trim(&s, &len);
    if (c == 0 && len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
      s += 3;
      len -= 3;
    }
    static const char *const names[3] = {"term", "category", "weight"};
    for (int k = 0; k < 3; k++)
      if (L->col[k] < 0 && strlen(names[k]) == len && !memcmp(s, names[k], len))
        L->col[k] = (int)c;
    return;
  }
  for (int k = 0; k < 3; k++) {
    if (L->col[k] == (int)c) {
      tenorp_buf_clear(&L->field[k]);
      tenorp_buf_put(&L->field[k], s, len);
      L->have[k] = 1;
    }
  }
}

static void add_row(loader *L) {
  static const char *const names[3] = {"term", "category", "weight"};
  char q[80];
  size_t line = row_line(L);
  for (int k = 0; k < 3; k++)
    if (!L->have[k])
      fail(L, line, TENOR_EFIELD, "missing column '%s'", names[k]);
  if (L->err)
    return;
  const char *cs = L->field[1].ptr, *ws = L->field[2].ptr;
  size_t cn = L->field[1].len, wn = L->field[2].len;
  trim(&cs, &cn);
  trim(&ws, &wn);
  if (!cn) {
    fail(L, line, TENOR_EFIELD, "empty category%s", "");
    return;
  }
  size_t cat;
  for (cat = 0; cat < NCATEGORIES; cat++)
    if (strlen(categories[cat].name) == cn && !memcmp(categories[cat].name, cs, cn))
      break;
  if (cat == NCATEGORIES) {
    fail(L, line, TENOR_ECATEGORY,
         "unknown category '%s' (expected tone, hostility, cooperation, negator, booster, "
         "dampener or contrast)",
         quote(q, cs, cn));
    return;
  }
  double w;
  int fixed_one = categories[cat].lo == 1 && categories[cat].hi == 1;
  if (!wn && fixed_one) {
    w = 1;
  } else {
    char num[64], *end;
    if (!wn) {
      fail(L, line, TENOR_EFIELD, "empty weight%s", "");
      return;
    }
    if (wn >= sizeof num) {
      fail(L, line, TENOR_EWEIGHT, "weight '%s' is not a number", quote(q, ws, wn));
      return;
    }
    memcpy(num, ws, wn);
    num[wn] = 0;
    w = strtod(num, &end);
    if (end != num + wn || !isfinite(w) || strspn(num, "0123456789.+-eE") != wn) {
      fail(L, line, TENOR_EWEIGHT, "weight '%s' is not a number", quote(q, ws, wn));
      return;
    }
    const char *name = categories[cat].name;
    unsigned bit = categories[cat].bit;
    int ok = w >= categories[cat].lo && w <= categories[cat].hi;
    if (bit == TENORP_CAT_BOOSTER || bit == TENORP_CAT_DAMPENER)
      ok = ok && w != 0;
    if (!ok) {
      char msg[160];
      if (fixed_one)
        snprintf(msg, sizeof msg, "weight %s for %s must be 1 or empty", num, name);
      else if (bit == TENORP_CAT_BOOSTER)
        snprintf(msg, sizeof msg, "weight %s for booster out of range (above 0, at most 1)", num);
      else if (bit == TENORP_CAT_DAMPENER)
        snprintf(msg, sizeof msg, "weight %s for dampener out of range (-1 to below 0)", num);
      else
        snprintf(msg, sizeof msg, "weight %s out of range for %s (%g to %g)", num, name,
                 categories[cat].lo, categories[cat].hi);
      fail(L, line, TENOR_EWEIGHT, "%s", msg);
      return;
    }
  }
  tenorp_tokenize(L->field[0].ptr, L->field[0].len, &L->toks);
  if (!L->toks.n) {
    fail(L, line, TENOR_ETERM, "empty term%s", "");
    return;
  }
  size_t words = 0;
  for (size_t i = 0; i < L->toks.n; i++)
    words += L->toks.v[i].kind != TENORP_TOK_PUNCT;
  if (!words || L->toks.v[0].kind == TENORP_TOK_PUNCT) {
    fail(L, line, TENOR_ETERM, "term '%s' does not start with a word, so it can never match",
         quote(q, L->field[0].ptr, L->field[0].len));
    return;
  }
  if (L->nrows == L->caprows)
    L->rows = tenorp_grow(L->rows, &L->caprows, L->nrows + 1, sizeof *L->rows);
  row *r = &L->rows[L->nrows++];
  r->key = L->keys.len;
  r->first_len = L->toks.v[0].norm_len;
  r->words = (unsigned)L->toks.n;
  r->cat = (unsigned)cat;
  r->weight = w;
  for (size_t i = 0; i < L->toks.n; i++) {
    if (i)
      tenorp_buf_putc(&L->keys, ' ');
    tenorp_buf_put(&L->keys, tenorp_norm(&L->toks, i), L->toks.v[i].norm_len);
  }
  r->key_len = L->keys.len - r->key;
}

static void on_row(int term, void *ctx) {
  (void)term;
  loader *L = ctx;
  L->row_done = 1;
  L->fields_after = 0;
  if (!L->err) {
    if (!L->header_done) {
      static const char *const names[3] = {"term", "category", "weight"};
      for (int k = 0; k < 3; k++)
        if (L->col[k] < 0)
          fail(L, row_line(L), TENOR_EHEADER,
               "header row must name the columns term, category and weight (no '%s')",
               names[k]);
      L->header_done = 1;
    } else {
      add_row(L);
    }
  }
  L->ncol = 0;
  for (int k = 0; k < 3; k++)
    L->have[k] = 0;
}

/* Whether the line s[0..n) is blank or a # comment. */
static int skippable(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && (s[i] == ' ' || s[i] == '\t'))
    i++;
  return i == n || s[i] == '#' || s[i] == '\n' || s[i] == '\r';
}

static void apply(tenor_lexicon *lex, const loader *L) {
  for (size_t i = 0; i < L->nrows; i++) {
    const row *r = &L->rows[i];
    const char *key = L->keys.ptr + r->key;
    tenorp_entry *e = intern(lex, key, r->key_len, r->words);
    unsigned bit = categories[r->cat].bit;
    if (!(e->cats & bit))
      lex->size++;
    e->cats |= bit;
    if (bit & TENORP_CAT_SCORING) {
      e->w[r->cat] = r->weight;
    } else if (bit & (TENORP_CAT_BOOSTER | TENORP_CAT_DAMPENER)) {
      unsigned other = bit == TENORP_CAT_BOOSTER ? TENORP_CAT_DAMPENER : TENORP_CAT_BOOSTER;
      if (e->cats & other)
        lex->size--;
      e->cats &= ~other;
      e->boost = r->weight;
    }
    if (r->words > 1) {
      tenorp_entry *first = intern(lex, key, r->first_len, 1);
      if (first->mwe_max < r->words)
        first->mwe_max = r->words;
    }
  }
}

int tenor_lexicon_add_csv(tenor_lexicon *lex, const char *name, const char *data, size_t len,
                          tenor_diag *diag) {
  loader L;
  memset(&L, 0, sizeof L);
  L.name = name;
  L.diag = diag;
  L.col[0] = L.col[1] = L.col[2] = -1;
  struct csv_parser p;
  if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL) != 0)
    return fail(&L, 0, TENOR_EPARSE, "cannot start the CSV parser%s", "");
  size_t pos = 0;
  int boundary = 1; /* between rows, where a comment line may stand */
  while (pos < len && !L.err) {
    size_t end = pos;
    while (end < len && data[end] != '\n' && data[end] != '\r')
      end++;
    if (end < len)
      end += (data[end] == '\r' && end + 1 < len && data[end + 1] == '\n') ? 2 : 1;
    L.line++;
    const char *s = data + pos;
    size_t n = end - pos;
    if (L.line == 1 && n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
      s += 3;
      n -= 3;
    }
    pos = end;
    if (boundary && skippable(s, n))
      continue;
    if (boundary)
      L.row_start = L.line;
    L.row_done = 0;
    if (csv_parse(&p, s, n, on_field, on_row, &L) != n && !L.err) {
      fail(&L, row_line(&L), TENOR_EPARSE, "malformed CSV: %s", csv_strerror(csv_error(&p)));
      break;
    }
    boundary = L.row_done && !L.fields_after;
  }
  if (!L.err && csv_fini(&p, on_field, on_row, &L) != 0)
    fail(&L, row_line(&L), TENOR_EPARSE, "malformed CSV: %s", "unterminated quoted field");
  if (!L.err && !L.header_done)
    fail(&L, L.line ? L.line : 1, TENOR_EEMPTY, "empty lexicon: no header row and no entries%s",
         "");
  else if (!L.err && !L.nrows)
    fail(&L, L.line, TENOR_EEMPTY, "empty lexicon: a header but no entries%s", "");
  csv_free(&p);
  if (!L.err)
    apply(lex, &L);
  for (int k = 0; k < 3; k++)
    tenorp_buf_free(&L.field[k]);
  free(L.rows);
  tenorp_buf_free(&L.keys);
  tenorp_tokens_free(&L.toks);
  return L.err;
}
