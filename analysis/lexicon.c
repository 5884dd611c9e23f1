/*
 * lexicon.c - the lexicon store.
 *
 * Files come in tenor's native CSV (read by csvread.c, which names the line
 * of every error) or in a format researchers already have (formats.c);
 * either way they become rows of (term, category, weight) that are checked
 * whole before anything is added, so a bad row leaves the lexicon as it
 * was.  Terms are normalised by the tokeniser itself, so an entry and the
 * text it must match agree on case, apostrophes, hyphens and clitics.  A
 * multi-word term is stored under its words joined by single spaces, and
 * its first word remembers the longest such term so that the scorer knows
 * how far to look ahead.
 *
 * Two maps find entries: exact terms, and wildcard prefixes (`attack*`,
 * the LIWC and Lexicoder convention), tried longest first.  A plain
 * one-word entry loaded with TENOR_LEX_STEM that is its own stem by the
 * Snowball English stemmer (libstemmer) also matches its inflections
 * (attack also matches attacks, attacked, attacking, but not attache,
 * whose stem is attach; willing, whose stem is will, matches only
 * willing): the scorer stems a word and looks its stem up among the exact
 * terms.  Whether an entry is its own stem is checked then, not as the
 * entries load: loading stemmed all 6,871 one-word entries of the
 * built-in lexicons, a quarter of the start of every run.  Categories
 * other than tenor's own are kept as extra weights of the entry, and
 * every weight remembers the file and line that defined it, for `tenor
 * explain`.
 */
#include "lexicon.h"

#include <libstemmer.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "csvread.h"
#include "formats.h"
#include "map.h"
#include "text.h"
#include "token.h"

#define MAX_PREFIX 64 /* longest wildcard prefix, in bytes */

struct tenor_lexicon {
  tenorp_entry *entries;  /* exact, wildcard and all */
  size_t n, cap;
  tenorp_map map;         /* normalised term to entry index */
  tenorp_map wild;        /* wildcard prefix to entry index */
  unsigned char wild_len[MAX_PREFIX + 1]; /* prefix lengths in use */
  size_t nstemmed;        /* entries that may match by their stem */
  tenorp_buf terms;       /* the terms of the entries */
  tenorp_map cats;        /* category name to index */
  tenorp_extra *extra;    /* extra weights */
  size_t nextra, capextra;
  char **files;           /* the names of the files loaded */
  size_t nfiles, capfiles;
  size_t size;            /* distinct (term, category) pairs */
};

static const struct {
  const char *name;
  unsigned bit;
  double lo, hi; /* allowed weight range, inclusive */
} own[TENORP_NOWN] = {
    {"tone", TENORP_CAT_TONE, -4, 4},
    {"hostility", TENORP_CAT_HOSTILITY, 0, 4},
    {"cooperation", TENORP_CAT_COOPERATION, 0, 4},
    {"negator", TENORP_CAT_NEGATOR, 1, 1},
    {"booster", TENORP_CAT_BOOSTER, 0, 1},
    {"dampener", TENORP_CAT_DAMPENER, -1, 0},
    {"contrast", TENORP_CAT_CONTRAST, 1, 1},
    {"speech", TENORP_CAT_SPEECH, 1, 1},
};

/* Names a category of the user's own may not take: the columns of the
 * tables it would become a column of. */
static const char *const reserved[] = {
    "doc_id", "group", "date", "sentence", "start", "end", "tokens", "hits", "speaker",
    "targets", "tone_norm", "n_pos", "n_neg", "text", "sentences", "tone_mean",
    "tone_norm_mean", "hostility_mean", "hostility_per_100_tokens", "cooperation_mean",
    "cooperation_per_100_tokens", "stance", NULL};

tenor_lexicon *tenor_lexicon_new(void) {
  tenor_lexicon *lex = tenorp_xcalloc(1, sizeof(tenor_lexicon));
  for (size_t i = 0; i < TENORP_NOWN; i++)
    tenorp_map_put(&lex->cats, own[i].name, strlen(own[i].name),
                   tenorp_hash(own[i].name, strlen(own[i].name)), i, NULL);
  return lex;
}

void tenor_lexicon_free(tenor_lexicon *lex) {
  if (!lex)
    return;
  free(lex->entries);
  tenorp_map_free(&lex->map);
  tenorp_map_free(&lex->wild);
  tenorp_buf_free(&lex->terms);
  tenorp_map_free(&lex->cats);
  free(lex->extra);
  for (size_t i = 0; i < lex->nfiles; i++)
    free(lex->files[i]);
  free(lex->files);
  free(lex);
}

size_t tenor_lexicon_size(const tenor_lexicon *lex) { return lex->size; }

size_t tenor_lexicon_extra_count(const tenor_lexicon *lex) { return lex->cats.n - TENORP_NOWN; }

const char *tenor_lexicon_extra_name(const tenor_lexicon *lex, size_t k) {
  if (k >= tenor_lexicon_extra_count(lex))
    return NULL;
  return tenorp_map_text(&lex->cats, TENORP_NOWN + k);
}

const char *tenorp_lexicon_category(const tenor_lexicon *lex, size_t cat) {
  return tenorp_map_text(&lex->cats, cat);
}

const char *tenorp_lexicon_file(const tenor_lexicon *lex, uint32_t file) {
  return file < lex->nfiles ? lex->files[file] : "";
}

const char *tenorp_entry_key(const tenor_lexicon *lex, const tenorp_entry *e) {
  return lex->terms.ptr + e->term;
}

const tenorp_extra *tenorp_entry_extra(const tenor_lexicon *lex, uint32_t link) {
  return link ? &lex->extra[link - 1] : NULL;
}

static const tenorp_entry *entry_of(const tenor_lexicon *lex, const tenorp_map *m, size_t k) {
  return k == SIZE_MAX ? NULL : &lex->entries[m->keys[k].value];
}

const tenorp_entry *tenorp_lexicon_find(const tenor_lexicon *lex, const char *key, size_t len,
                                        uint64_t hash) {
  return entry_of(lex, &lex->map, tenorp_map_find(&lex->map, key, len, hash));
}

const tenorp_entry *tenorp_lexicon_find_prefix(const tenor_lexicon *lex, const char *word,
                                               size_t len, size_t min) {
  if (!lex->wild.n)
    return NULL;
  for (size_t n = len < MAX_PREFIX ? len : MAX_PREFIX; n > min; n--) {
    if (!lex->wild_len[n] || (n < len && ((unsigned char)word[n] & 0xC0) == 0x80))
      continue; /* no prefix this long, or not a character boundary */
    const tenorp_entry *e =
        entry_of(lex, &lex->wild, tenorp_map_find(&lex->wild, word, n, tenorp_hash(word, n)));
    if (e)
      return e;
  }
  return NULL;
}

int tenorp_lexicon_has_stems(const tenor_lexicon *lex) { return lex->nstemmed > 0; }

const tenorp_map *tenorp_lexicon_terms(const tenor_lexicon *lex, const tenorp_map **wild) {
  *wild = &lex->wild;
  return &lex->map;
}

const tenorp_entry *tenorp_lexicon_entry_of(const tenor_lexicon *lex, const tenorp_map *m,
                                            size_t k) {
  return entry_of(lex, m, k);
}

/* Whether entry e (one that may match by its stem) is its own stem, and so
 * stands for its inflections. */
static int own_stem(void *stemmer, const tenor_lexicon *lex, const tenorp_entry *e) {
  const char *key = lex->terms.ptr + e->term;
  size_t len = strlen(key), n;
  const char *stem = tenorp_stem(stemmer, key, len, &n);
  return stem && n == len && !memcmp(stem, key, n);
}

const tenorp_entry *tenorp_lexicon_find_stem(const tenor_lexicon *lex, void *stemmer,
                                             const char *stem, size_t len) {
  const tenorp_entry *e =
      entry_of(lex, &lex->map, tenorp_map_find(&lex->map, stem, len, tenorp_hash(stem, len)));
  return e && e->stemmed && own_stem(stemmer, lex, e) ? e : NULL;
}

void *tenorp_stemmer_new(void) { return sb_stemmer_new("english", "UTF_8"); }

const char *tenorp_stem(void *stemmer, const char *word, size_t len, size_t *n) {
  const sb_symbol *s = sb_stemmer_stem(stemmer, (const sb_symbol *)word, (int)len);
  if (!s) {
    *n = len;
    return word;
  }
  *n = (size_t)sb_stemmer_length(stemmer);
  return (const char *)s;
}

void tenorp_stemmer_free(void *stemmer) {
  if (stemmer)
    sb_stemmer_delete(stemmer);
}

/* ------------------------------------------------------------ staging */

typedef struct row {
  size_t key, key_len;   /* the normalised term in the loader's buffer */
  size_t first_len;      /* length of its first word */
  size_t cat, cat_len;   /* the category name in the loader's buffer */
  int own;               /* index of tenor's own category, or -1 */
  unsigned words;        /* tokens in the term */
  unsigned flags;        /* TENORP_ROW_* */
  double weight;
  size_t line;
} row;

typedef struct loader {
  row *rows;             /* validated rows */
  size_t nrows, caprows;
  tenorp_buf text;       /* normalised terms and category names */
  tenorp_tokens toks;    /* scratch for normalising terms */
  const char *name;      /* the file, for messages */
  tenor_diag *diag;
  int foreign;           /* a format other than tenor's CSV */
  size_t unmatchable;    /* its entries skipped because they can never match (emoticons) */
  size_t unmatchable_line; /* the first of them */
} loader;

static int fail(loader *L, size_t line, int code, const char *fmt, const char *arg,
                const char *arg2) {
  if (L->diag) {
    L->diag->code = code;
    L->diag->path = L->name;
    L->diag->line = line;
    L->diag->column = 0;
    snprintf(L->diag->message, sizeof L->diag->message, fmt, arg, arg2 ? arg2 : "");
  }
  return code;
}

static int valid_name(const char *s, size_t n) {
  if (!n || s[0] < 'a' || s[0] > 'z')
    return 0;
  for (size_t i = 1; i < n; i++)
    if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
      return 0;
  return 1;
}

/* The range message for a weight outside its category's range. */
static int range_error(loader *L, size_t line, int cat, const char *w) {
  char msg[160];
  const char *name = own[cat].name;
  unsigned bit = own[cat].bit;
  if (own[cat].lo == 1 && own[cat].hi == 1)
    snprintf(msg, sizeof msg, "weight %s for %s must be 1 or empty", w, name);
  else if (bit == TENORP_CAT_BOOSTER)
    snprintf(msg, sizeof msg, "weight %s for booster out of range (above 0, at most 1)", w);
  else if (bit == TENORP_CAT_DAMPENER)
    snprintf(msg, sizeof msg, "weight %s for dampener out of range (-1 to below 0)", w);
  else
    snprintf(msg, sizeof msg, "weight %s out of range for %s (%g to %g)", w, name, own[cat].lo,
             own[cat].hi);
  return fail(L, line, TENOR_EWEIGHT, "%s%s", msg, NULL);
}

/* Checks one row and stages it.  ws[0..wlen) is the weight as written,
 * for messages (NULL: the weight read, as %g); has_weight says whether
 * the file gave one. */
static int stage(loader *L, const tenorp_row *in, int has_weight, const char *ws, size_t wlen) {
  char q[64];
  size_t line = in->line;
  if (!in->category_len)
    return fail(L, line, TENOR_EFIELD, "empty category%s", "", NULL);
  int cat = -1;
  for (int k = 0; k < TENORP_NOWN; k++)
    if (strlen(own[k].name) == in->category_len &&
        !memcmp(own[k].name, in->category, in->category_len))
      cat = k;
  double w = in->weight;
  if (cat >= 0) {
    int fixed_one = own[cat].lo == 1 && own[cat].hi == 1;
    if (!has_weight && !fixed_one)
      return fail(L, line, TENOR_EFIELD, "empty weight%s", "", NULL);
    if (!has_weight)
      w = 1;
    if (w < own[cat].lo || w > own[cat].hi ||
        (w == 0 && (own[cat].bit & (TENORP_CAT_BOOSTER | TENORP_CAT_DAMPENER)))) {
      char wtext[64]; /* made only for the message: tenorp_quote costs a snprintf a row */
      if (ws)
        tenorp_quote(wtext, ws, wlen);
      else
        snprintf(wtext, sizeof wtext, "%g", in->weight);
      return range_error(L, line, cat, wtext);
    }
  } else {
    if (!valid_name(in->category, in->category_len))
      return fail(L, line, TENOR_ECATEGORY,
                  "bad category name '%s': lower-case letters, digits and _, starting with a "
                  "letter%s",
                  tenorp_quote(q, in->category, in->category_len), NULL);
    for (const char *const *r = reserved; *r; r++)
      if (strlen(*r) == in->category_len && !memcmp(*r, in->category, in->category_len))
        return fail(L, line, TENOR_ECATEGORY,
                    "category name '%s' is taken by a column of the tables%s", *r, NULL);
    static const char suffix[] = "_per_100_tokens";
    size_t sl = sizeof suffix - 1;
    if (in->category_len >= sl && !memcmp(in->category + in->category_len - sl, suffix, sl))
      return fail(L, line, TENOR_ECATEGORY,
                  "category name '%s' is taken by a column of the tables (it ends in %s)",
                  tenorp_quote(q, in->category, in->category_len), suffix);
    if (!has_weight)
      w = 1;
  }
  tenorp_tokenize(in->term, in->term_len, &L->toks);
  if (!L->toks.n)
    return fail(L, line, TENOR_ETERM, "empty term%s", "", NULL);
  if (L->toks.v[0].kind == TENORP_TOK_PUNCT && L->foreign) {
    /* VADER's :) and the like: matching starts at words, so they are left out */
    if (!L->unmatchable++)
      L->unmatchable_line = line;
    return 0;
  }
  if (L->toks.v[0].kind == TENORP_TOK_PUNCT)
    return fail(L, line, TENOR_ETERM, "term '%s' does not start with a word, so it can never match%s",
                tenorp_quote(q, in->term, in->term_len), NULL);
  if ((in->flags & TENORP_ROW_STEM) && L->toks.n != 1)
    return fail(L, line, TENOR_ETERM, "'%s': a stemmed term must be one word%s",
                tenorp_quote(q, in->term, in->term_len), NULL);
  if ((in->flags & TENORP_ROW_WILDCARD) &&
      (L->toks.v[L->toks.n - 1].kind != TENORP_TOK_WORD ||
       in->term[in->term_len - 1] == ' ' || in->term[in->term_len - 1] == '\t'))
    return fail(L, line, TENOR_ETERM, "wildcard '%s*' must end in a letter%s",
                tenorp_quote(q, in->term, in->term_len), NULL);
  if (L->nrows == L->caprows)
    L->rows = tenorp_grow(L->rows, &L->caprows, L->nrows + 1, sizeof *L->rows);
  row *r = &L->rows[L->nrows++];
  r->key = L->text.len;
  r->first_len = L->toks.v[0].norm_len;
  r->words = (unsigned)L->toks.n;
  for (size_t i = 0; i < L->toks.n; i++) {
    if (i)
      tenorp_buf_putc(&L->text, ' ');
    tenorp_buf_put(&L->text, tenorp_norm(&L->toks, i), L->toks.v[i].norm_len);
  }
  r->key_len = L->text.len - r->key;
  if ((in->flags & TENORP_ROW_WILDCARD) && r->key_len > MAX_PREFIX) {
    L->nrows--;
    L->text.len = r->key;
    return fail(L, line, TENOR_ETERM, "wildcard '%s*' is too long (at most 64 bytes)%s",
                tenorp_quote(q, in->term, in->term_len), NULL);
  }
  r->cat = L->text.len;
  r->cat_len = in->category_len;
  tenorp_buf_put(&L->text, in->category, in->category_len);
  r->own = cat;
  r->flags = in->flags;
  r->weight = w;
  r->line = line;
  return 0;
}

/* Parses a weight: a plain decimal number (no hex, nan, inf); 0 or -1. */
static int parse_weight(const char *s, size_t n, double *w) {
  char num[64], *end;
  if (!n || n >= sizeof num || strspn(s, "0123456789.+-eE") < n)
    return -1;
  if (tenorp_decimal(s, n, w) == 0)
    return 0;
  memcpy(num, s, n);
  num[n] = 0;
  *w = strtod(num, &end);
  return end == num + n && isfinite(*w) ? 0 : -1;
}

enum { COL_TERM, COL_CATEGORY, COL_WEIGHT, COL_MATCH };
static const char *const columns[] = {"term", "category", "weight", "match", NULL};

static int csv_row(tenorp_csv *c, size_t line) {
  loader *L = c->ctx;
  char q[64];
  const tenorp_buf *term = &c->field[COL_TERM], *cs = &c->field[COL_CATEGORY],
                   *ws = &c->field[COL_WEIGHT];
  tenorp_row in = {term->ptr ? term->ptr : "", term->len, cs->ptr ? cs->ptr : "", cs->len,
                   1, 0, line};
  if (in.term_len > 1 && in.term[in.term_len - 1] == '*') { /* attack*: a wildcard */
    in.term_len--;
    in.flags |= TENORP_ROW_WILDCARD;
  }
  const tenorp_buf *ms = &c->field[COL_MATCH];
  if (ms->len == 4 && !memcmp(ms->ptr, "stem", 4))
    in.flags |= TENORP_ROW_STEM;
  else if (ms->len == 8 && !memcmp(ms->ptr, "wildcard", 8))
    in.flags |= TENORP_ROW_WILDCARD; /* as tenor lexicon list writes it, with or without '*' */
  else if (ms->len == 5 && !memcmp(ms->ptr, "exact", 5))
    in.flags |= TENORP_ROW_EXACT; /* not stemmed even with TENOR_LEX_STEM */
  else if (ms->len)
    return tenorp_csv_fail(c, line, TENOR_EPARSE, "match '%s' is not exact, stem or wildcard",
                           tenorp_quote(q, ms->ptr, ms->len));
  if (ws->len && parse_weight(ws->ptr, ws->len, &in.weight) != 0)
    return tenorp_csv_fail(c, line, TENOR_EWEIGHT, "weight '%s' is not a number",
                           tenorp_quote(q, ws->ptr, ws->len));
  int rc = stage(L, &in, ws->len > 0, ws->ptr, ws->len);
  if (rc)
    c->err = rc; /* stage filled the diagnostics */
  return rc;
}

static int format_row(void *ctx, const tenorp_row *in) {
  loader *L = ctx;
  return stage(L, in, !(in->flags & TENORP_ROW_NO_WEIGHT), NULL, 0);
}

/* Reads a file into L; 0 or the first error. */
static int read_rows(loader *L, int format, const char *data, size_t len) {
  if (format == TENOR_FORMAT_AUTO)
    format = tenorp_detect_format(L->name, data, len);
  L->foreign = format != TENOR_FORMAT_NATIVE;
  if (L->foreign)
    return tenorp_parse_lexicon(format, L->name, data, len, format_row, L, L->diag);
  tenorp_csv c;
  tenorp_csv_init(&c, L->name, "lexicon", L->diag, columns, csv_row, L);
  c.optional = 1u << COL_MATCH;
  int rc = tenorp_csv_read(&c, data, len);
  tenorp_csv_free(&c);
  return rc;
}

static void loader_free(loader *L) {
  free(L->rows);
  tenorp_buf_free(&L->text);
  tenorp_tokens_free(&L->toks);
}

/* ------------------------------------------------------------- applying */

/* The entry for key in map m, created empty if missing. */
static tenorp_entry *intern(tenor_lexicon *lex, tenorp_map *m, const char *key, size_t len,
                            unsigned words, int wildcard) {
  int added;
  size_t k = tenorp_map_put(m, key, len, tenorp_hash(key, len), lex->n, &added);
  if (!added)
    return &lex->entries[m->keys[k].value];
  if (lex->n == lex->cap)
    lex->entries = tenorp_grow(lex->entries, &lex->cap, lex->n + 1, sizeof *lex->entries);
  tenorp_entry *e = &lex->entries[lex->n++];
  memset(e, 0, sizeof *e);
  e->words = words;
  e->term = lex->terms.len;
  tenorp_buf_put(&lex->terms, key, len);
  if (wildcard)
    tenorp_buf_putc(&lex->terms, '*');
  tenorp_buf_putc(&lex->terms, 0);
  return e;
}

static int alphabetic(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!((s[i] >= 'a' && s[i] <= 'z') || ((unsigned char)s[i] & 0x80)))
      return 0;
  return n > 0;
}

static void set_weight(tenor_lexicon *lex, tenorp_entry *e, const row *r, const char *cat,
                       tenorp_source src) {
  if (r->own >= 0) {
    unsigned bit = own[r->own].bit;
    if (!(e->cats & bit))
      lex->size++;
    e->cats |= bit;
    e->src[r->own] = src;
    if (bit & TENORP_CAT_SCORING) {
      e->w[r->own] = r->weight;
    } else if (bit & (TENORP_CAT_BOOSTER | TENORP_CAT_DAMPENER)) {
      unsigned other = bit == TENORP_CAT_BOOSTER ? TENORP_CAT_DAMPENER : TENORP_CAT_BOOSTER;
      if (e->cats & other)
        lex->size--;
      e->cats &= ~other;
      e->boost = r->weight;
    }
    return;
  }
  size_t c = tenorp_map_put(&lex->cats, cat, r->cat_len, tenorp_hash(cat, r->cat_len),
                            lex->cats.n, NULL);
  for (uint32_t link = e->extra; link; link = lex->extra[link - 1].next) {
    if (lex->extra[link - 1].cat == c) {
      lex->extra[link - 1].w = r->weight;
      lex->extra[link - 1].src = src;
      return;
    }
  }
  if (lex->nextra == lex->capextra)
    lex->extra = tenorp_grow(lex->extra, &lex->capextra, lex->nextra + 1, sizeof *lex->extra);
  tenorp_extra x = {(uint32_t)c, 0, r->weight, src};
  lex->extra[lex->nextra++] = x;
  uint32_t *end = &e->extra; /* appended, so that an entry's categories keep file order */
  while (*end)
    end = &lex->extra[*end - 1].next;
  *end = (uint32_t)lex->nextra;
  e->cats |= TENORP_CAT_EXTRA;
  lex->size++;
}

static void apply(tenor_lexicon *lex, const loader *L, const char *name, unsigned flags) {
  if (lex->nfiles == lex->capfiles)
    lex->files = tenorp_grow(lex->files, &lex->capfiles, lex->nfiles + 1, sizeof *lex->files);
  size_t n = strlen(name);
  lex->files[lex->nfiles] = memcpy(tenorp_xmalloc(n + 1), name, n + 1);
  uint32_t file = (uint32_t)lex->nfiles++;
  for (size_t i = 0; i < L->nrows; i++) {
    const row *r = &L->rows[i];
    const char *key = L->text.ptr + r->key, *cat = L->text.ptr + r->cat;
    int wild = (r->flags & TENORP_ROW_WILDCARD) != 0;
    tenorp_entry *e = intern(lex, wild ? &lex->wild : &lex->map, key, r->key_len, r->words, wild);
    tenorp_source src = {file, (uint32_t)r->line};
    set_weight(lex, e, r, cat, src);
    if (wild)
      lex->wild_len[r->key_len] = 1;
    if (r->words > 1) {
      tenorp_entry *first = intern(lex, &lex->map, key, r->first_len, 1, 0);
      if (first->mwe_max < r->words)
        first->mwe_max = r->words;
      continue;
    }
    if (wild)
      continue;
    if (!e->stemmed && ((r->flags & TENORP_ROW_STEM) ||
                        ((flags & TENOR_LEX_STEM) && !(r->flags & TENORP_ROW_EXACT) &&
                         alphabetic(key, r->key_len)))) {
      /* it matches its inflections if it is its own stem (tenorp_lexicon_find_stem) */
      e->stemmed = 1;
      lex->nstemmed++;
    }
  }
}

int tenor_format_detect(const char *name, const char *data, size_t len) {
  return tenorp_detect_format(name, data, len);
}

/* Reads and checks a whole file into L (to be freed with loader_free). */
static int load(loader *L, const char *name, const char *data, size_t len, int format,
                tenor_diag *diag) {
  memset(L, 0, sizeof *L);
  L->name = name;
  L->diag = diag;
  int rc = read_rows(L, format, data, len);
  if (!rc && !L->nrows)
    rc = fail(L, L->unmatchable ? L->unmatchable_line : 1, TENOR_EEMPTY, "empty lexicon: no entries%s",
              L->unmatchable ? " that can ever match (they do not start with a word)" : "", NULL);
  return rc;
}

int tenor_lexicon_add(tenor_lexicon *lex, const char *name, const char *data, size_t len,
                      int format, unsigned flags, tenor_diag *diag) {
  loader L;
  int rc = load(&L, name, data, len, format, diag);
  if (!rc)
    apply(lex, &L, name, flags);
  loader_free(&L);
  return rc;
}

int tenor_lexicon_add_csv(tenor_lexicon *lex, const char *name, const char *data, size_t len,
                          tenor_diag *diag) {
  return tenor_lexicon_add(lex, name, data, len, TENOR_FORMAT_NATIVE, 0, diag);
}

/* The (category, weight) items of entry e, at most max of them. */
static size_t entry_items(const tenor_lexicon *lex, const tenorp_entry *e, tenor_lexicon_item *out,
                          size_t max, void **stemmer) {
  const char *term = lex->terms.ptr + e->term;
  unsigned flags = term[strlen(term) - 1] == '*' ? TENOR_ITEM_WILDCARD : 0;
  if (e->stemmed && !*stemmer)
    *stemmer = tenorp_stemmer_new();
  if (e->stemmed && *stemmer && own_stem(*stemmer, lex, e))
    flags |= TENOR_ITEM_STEM;
  size_t k = 0;
  for (int c = 0; c < TENORP_NOWN; c++) {
    if (!(e->cats & own[c].bit))
      continue;
    double w = c < TENORP_NSCORE ? e->w[c]
               : (own[c].bit & (TENORP_CAT_BOOSTER | TENORP_CAT_DAMPENER)) ? e->boost
                                                                           : 1;
    if (k < max) {
      tenor_lexicon_item it = {term, own[c].name, w, tenorp_lexicon_file(lex, e->src[c].file),
                               e->src[c].line, flags};
      out[k] = it;
    }
    k++;
  }
  for (uint32_t link = e->extra; link; link = lex->extra[link - 1].next) {
    const tenorp_extra *x = &lex->extra[link - 1];
    if (k < max) {
      tenor_lexicon_item it = {term, tenorp_lexicon_category(lex, x->cat), x->w,
                               tenorp_lexicon_file(lex, x->src.file), x->src.line, flags};
      out[k] = it;
    }
    k++;
  }
  return k;
}

size_t tenor_lexicon_entry_items(const tenor_lexicon *lex, const void *entry,
                                 tenor_lexicon_item *out, size_t max) {
  void *stemmer = NULL;
  size_t k = entry ? entry_items(lex, entry, out, max, &stemmer) : 0;
  tenorp_stemmer_free(stemmer);
  return k;
}

tenor_lexicon_item *tenor_lexicon_items(const tenor_lexicon *lex, size_t *n) {
  tenor_lexicon_item *v = tenorp_xmalloc((lex->size ? lex->size : 1) * sizeof *v);
  size_t k = 0;
  void *stemmer = NULL;
  for (size_t i = 0; i < lex->n && k < lex->size; i++)
    k += entry_items(lex, &lex->entries[i], v + k, lex->size - k, &stemmer);
  tenorp_stemmer_free(stemmer);
  *n = k < lex->size ? k : lex->size;
  return v;
}

/* ------------------------------------------------------------- checking */

static const loader *sort_loader; /* for by_term; tenor_lexicon_check is not reentrant */

static int by_term(const void *a, const void *b) {
  const row *x = a, *y = b;
  const char *t = sort_loader->text.ptr;
  int c = x->key_len != y->key_len ? (x->key_len < y->key_len ? -1 : 1)
                                   : memcmp(t + x->key, t + y->key, x->key_len);
  if (c)
    return c;
  if ((x->flags & TENORP_ROW_WILDCARD) != (y->flags & TENORP_ROW_WILDCARD))
    return (x->flags & TENORP_ROW_WILDCARD) ? 1 : -1;
  c = x->cat_len != y->cat_len ? (x->cat_len < y->cat_len ? -1 : 1)
                               : memcmp(t + x->cat, t + y->cat, x->cat_len);
  return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* Warnings of a check, gathered to be given in line order. */
typedef struct warnings {
  tenor_diag *v;
  size_t n, cap;
} warnings;

static tenor_diag *add_warning(warnings *w, const char *name, size_t line) {
  if (w->n == w->cap)
    w->v = tenorp_grow(w->v, &w->cap, w->n + 1, sizeof *w->v);
  tenor_diag *d = &w->v[w->n++];
  memset(d, 0, sizeof *d);
  d->path = name;
  d->line = line;
  d->column = w->n; /* the order of addition, for by_line; cleared before use */
  return d;
}

static int by_line(const void *a, const void *b) {
  const tenor_diag *x = a, *y = b;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  return (x->column > y->column) - (x->column < y->column);
}

/* Categories of the user's own, once each, at their first line. */
static void warn_categories(const loader *L, warnings *w) {
  tenorp_map seen;
  memset(&seen, 0, sizeof seen);
  for (size_t i = 0; i < L->nrows; i++) {
    const row *r = &L->rows[i];
    int added;
    const char *cat = L->text.ptr + r->cat;
    if (r->own >= 0)
      continue;
    tenorp_map_put(&seen, cat, r->cat_len, tenorp_hash(cat, r->cat_len), i, &added);
    if (added)
      snprintf(add_warning(w, L->name, r->line)->message, sizeof w->v->message,
               "category '%.*s' is not one of tenor's own: it becomes columns of its own "
               "(a sum of weights, without shifters)",
               (int)r->cat_len, cat);
  }
  tenorp_map_free(&seen);
}

/* Entries given twice in the same category (rows sorted by term first). */
static void warn_duplicates(loader *L, warnings *w) {
  sort_loader = L;
  qsort(L->rows, L->nrows, sizeof *L->rows, by_term);
  const char *t = L->text.ptr;
  for (size_t i = 1; i < L->nrows; i++) {
    const row *a = &L->rows[i - 1], *b = &L->rows[i];
    if (a->key_len != b->key_len || a->cat_len != b->cat_len ||
        memcmp(t + a->key, t + b->key, a->key_len) || memcmp(t + a->cat, t + b->cat, a->cat_len) ||
        (a->flags & TENORP_ROW_WILDCARD) != (b->flags & TENORP_ROW_WILDCARD))
      continue;
    tenor_diag *d = add_warning(w, L->name, b->line);
    int klen = (int)(a->key_len > 80 ? 80 : a->key_len);
    if (a->weight == b->weight)
      snprintf(d->message, sizeof d->message, "duplicate entry '%.*s' (%.*s), as on line %zu",
               klen, t + a->key, (int)a->cat_len, t + a->cat, a->line);
    else
      snprintf(d->message, sizeof d->message,
               "conflicting weights for '%.*s' (%.*s): %g here, %g on line %zu (the later wins)",
               klen, t + a->key, (int)a->cat_len, t + a->cat, b->weight, a->weight, a->line);
  }
}

int tenor_lexicon_check(const char *name, const char *data, size_t len, int format,
                        tenor_warn_fn warn, void *ctx, tenor_diag *diag) {
  loader L;
  int rc = load(&L, name, data, len, format, diag);
  if (!rc && warn) {
    warnings w = {NULL, 0, 0};
    if (L.unmatchable)
      snprintf(add_warning(&w, name, L.unmatchable_line)->message, sizeof w.v->message,
               "%zu entr%s left out because %s not start with a word and can never match "
               "(this is the first)",
               L.unmatchable, L.unmatchable == 1 ? "y" : "ies",
               L.unmatchable == 1 ? "it does" : "they do");
    warn_categories(&L, &w);
    warn_duplicates(&L, &w);
    if (w.n)
      qsort(w.v, w.n, sizeof *w.v, by_line);
    for (size_t i = 0; i < w.n; i++) {
      w.v[i].column = 0;
      warn(ctx, &w.v[i]);
    }
    free(w.v);
  }
  loader_free(&L);
  return rc;
}
