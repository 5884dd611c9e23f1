/*
 * lexicon.c - loading tenor's native CSV lexicons into a hash table.
 *
 * The CSV is read by csvread.c, which names the line of every error.
 * Terms are normalised by the tokeniser itself, so a lexicon entry and the
 * text it must match agree on case, apostrophes, hyphens and clitics.  A
 * multi-word term is stored under its words joined by single spaces, and
 * its first word remembers the longest such term so the scorer knows how
 * far to look ahead.  Lookup is by hash (map.c).  A file is validated
 * whole before anything is added, so a bad row leaves the lexicon as it
 * was.
 */
#include "lexicon.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "csvread.h"
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
    {"speech", TENORP_CAT_SPEECH, 1, 1},
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
  row *rows;          /* validated rows */
  size_t nrows, caprows;
  tenorp_buf keys;    /* normalised terms of the rows */
  tenorp_tokens toks; /* scratch for normalising terms */
} loader;

enum { COL_TERM, COL_CATEGORY, COL_WEIGHT };
static const char *const columns[] = {"term", "category", "weight", NULL};

/* Parses a weight; 0 if it is a plain decimal number (no hex, nan, inf). */
static int parse_weight(const char *s, size_t n, double *w) {
  char num[64], *end;
  if (!n || n >= sizeof num || strspn(s, "0123456789.+-eE") < n)
    return -1;
  memcpy(num, s, n);
  num[n] = 0;
  *w = strtod(num, &end);
  return end == num + n && isfinite(*w) ? 0 : -1;
}

/* The range message for a weight outside its category's range. */
static void range_error(tenorp_csv *c, size_t line, size_t cat, const char *w) {
  const char *name = categories[cat].name;
  unsigned bit = categories[cat].bit;
  if (categories[cat].lo == 1 && categories[cat].hi == 1)
    tenorp_csv_fail(c, line, TENOR_EWEIGHT, "weight %s for %s must be 1 or empty", w, name);
  else if (bit == TENORP_CAT_BOOSTER)
    tenorp_csv_fail(c, line, TENOR_EWEIGHT,
                    "weight %s for booster out of range (above 0, at most 1)", w);
  else if (bit == TENORP_CAT_DAMPENER)
    tenorp_csv_fail(c, line, TENOR_EWEIGHT, "weight %s for dampener out of range (-1 to below 0)",
                    w);
  else
    tenorp_csv_fail(c, line, TENOR_EWEIGHT, "weight %s out of range for %s (%g to %g)", w, name,
                    categories[cat].lo, categories[cat].hi);
}

static int add_row(tenorp_csv *c, size_t line) {
  loader *L = c->ctx;
  char q[64];
  const tenorp_buf *term = &c->field[COL_TERM], *cs = &c->field[COL_CATEGORY],
                   *ws = &c->field[COL_WEIGHT];
  if (!cs->len)
    return tenorp_csv_fail(c, line, TENOR_EFIELD, "empty category");
  size_t cat;
  for (cat = 0; cat < NCATEGORIES; cat++)
    if (strlen(categories[cat].name) == cs->len && !memcmp(categories[cat].name, cs->ptr, cs->len))
      break;
  if (cat == NCATEGORIES)
    return tenorp_csv_fail(c, line, TENOR_ECATEGORY,
                           "unknown category '%s' (expected tone, hostility, cooperation, negator, "
                           "booster, dampener, contrast or speech)",
                           tenorp_quote(q, cs->ptr, cs->len));
  int fixed_one = categories[cat].lo == 1 && categories[cat].hi == 1;
  double w = 1;
  if (!ws->len && !fixed_one)
    return tenorp_csv_fail(c, line, TENOR_EFIELD, "empty weight");
  if (ws->len && parse_weight(ws->ptr, ws->len, &w) != 0)
    return tenorp_csv_fail(c, line, TENOR_EWEIGHT, "weight '%s' is not a number",
                           tenorp_quote(q, ws->ptr, ws->len));
  unsigned bit = categories[cat].bit;
  if (w < categories[cat].lo || w > categories[cat].hi ||
      (w == 0 && (bit & (TENORP_CAT_BOOSTER | TENORP_CAT_DAMPENER)))) {
    range_error(c, line, cat, tenorp_quote(q, ws->ptr, ws->len));
    return c->err;
  }
  tenorp_tokenize(term->ptr ? term->ptr : "", term->len, &L->toks);
  if (!L->toks.n)
    return tenorp_csv_fail(c, line, TENOR_ETERM, "empty term");
  if (L->toks.v[0].kind == TENORP_TOK_PUNCT)
    return tenorp_csv_fail(c, line, TENOR_ETERM,
                           "term '%s' does not start with a word, so it can never match",
                           tenorp_quote(q, term->ptr, term->len));
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
  return 0;
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
  tenorp_csv c;
  tenorp_csv_init(&c, name, "lexicon", diag, columns, add_row, &L);
  int rc = tenorp_csv_read(&c, data, len);
  if (!rc)
    apply(lex, &L);
  tenorp_csv_free(&c);
  free(L.rows);
  tenorp_buf_free(&L.keys);
  tenorp_tokens_free(&L.toks);
  return rc;
}
