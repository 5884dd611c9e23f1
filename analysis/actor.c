/*
 * actor.c - the actor list and actor matching.
 *
 * An actor has an id, a display name, a type and maybe an affiliation;
 * its name and aliases are normalised by the tokeniser and stored in a
 * hash map, so matching costs one lookup per word (plus one per extra
 * word of the longest alias that starts with it).  Case matters where the
 * alias says so: a capitalised alias word matches only capitalised text,
 * an alias word in capitals (US, IS) only text in capitals, and only in
 * sentences that are not themselves all capitals; lower-case alias words
 * match any case.  That keeps "US" the country apart from "us" the
 * pronoun.  Aliases written `re:PATTERN` are PCRE2 patterns, compiled
 * once with JIT and run over a document's text, not per token.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "actor.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "csvread.h"
#include "text.h"
#include "vocab.h"

#define MAX_ALIAS_WORDS 16 /* words in one alias; the case masks have a bit per word */

typedef struct alias {
  size_t actor;   /* the actor it names */
  unsigned words; /* tokens in the alias */
  unsigned upper; /* bit i: word i must start with a capital */
  unsigned caps;  /* bit i: word i must be written in capitals */
} alias;

typedef struct pattern {
  pcre2_code *code; /* compiled, with JIT where available */
  size_t actor;     /* the actor it names */
} pattern;

struct tenor_actors {
  tenorp_actor *v;      /* the actors, in order of first definition */
  size_t n, cap;
  tenorp_buf strings;   /* ids, names and surnames, each NUL-terminated */
  tenorp_map ids;       /* id to actor index */
  tenorp_map aliases;   /* normalised alias to index in al */
  alias *al;            /* alias i belongs to key i of the aliases map */
  size_t capal;
  pattern *re;          /* the re: aliases */
  size_t nre, capre;
};

static const char *const type_names[] = {NULL, "state", "person", "organisation", "group"};

const char *tenor_actor_type_name(int type) {
  return type >= TENOR_ACTOR_STATE && type <= TENOR_ACTOR_GROUP ? type_names[type] : "unknown";
}

tenor_actors *tenor_actors_new(void) { return tenorp_xcalloc(1, sizeof(tenor_actors)); }

void tenor_actors_free(tenor_actors *a) {
  if (!a)
    return;
  for (size_t i = 0; i < a->nre; i++)
    pcre2_code_free(a->re[i].code);
  free(a->re);
  free(a->v);
  free(a->al);
  tenorp_buf_free(&a->strings);
  tenorp_map_free(&a->ids);
  tenorp_map_free(&a->aliases);
  free(a);
}

size_t tenor_actors_size(const tenor_actors *a) { return a->n; }
const tenorp_map *tenorp_actors_aliases(const tenor_actors *a) { return &a->aliases; }
size_t tenorp_actors_count(const tenor_actors *a) { return a->n; }
const tenorp_actor *tenorp_actors_get(const tenor_actors *a, size_t i) { return &a->v[i]; }
const char *tenorp_actors_str(const tenor_actors *a, size_t off) { return a->strings.ptr + off; }
int tenorp_actors_have_patterns(const tenor_actors *a) { return a->nre > 0; }

size_t tenorp_actors_find(const tenor_actors *a, const char *id, size_t len) {
  size_t i = tenorp_map_find(&a->ids, id, len, tenorp_hash(id, len));
  return i == SIZE_MAX ? TENORP_NONE : a->ids.keys[i].value;
}

void tenorp_mentions_push(tenorp_mentions *m, size_t first, size_t last, size_t actor,
                          unsigned flags) {
  if (m->n == m->cap)
    m->v = tenorp_grow(m->v, &m->cap, m->n + 1, sizeof *m->v);
  tenorp_mention x = {first, last, actor, flags};
  m->v[m->n++] = x;
}

/* ------------------------------------------------------------ loading */

/* One alias of a row, normalised. */
typedef struct staged_alias {
  size_t key, len;      /* in the loader's key buffer */
  alias a;              /* actor is the row index while staged */
  pcre2_code *code;     /* for re: aliases; NULL otherwise */
} staged_alias;

typedef struct row {
  size_t id, name, affiliation; /* offsets in the loader's text buffer */
  int type;
  size_t line;
  size_t surname;               /* offset of the last word of a person's name, or TENORP_NONE */
} row;

typedef struct loader {
  tenor_actors *list;   /* for affiliations defined by earlier files */
  row *rows;
  size_t nrows, caprows;
  staged_alias *al;
  size_t nal, capal;
  tenorp_buf text;      /* ids, names, affiliations */
  tenorp_buf keys;      /* normalised aliases */
  tenorp_map seen_ids;  /* id to row index, this file */
  tenorp_map seen_al;   /* alias key to staged alias index, this file */
  tenorp_tokens toks;   /* scratch */
} loader;

enum { COL_ACTOR, COL_NAME, COL_TYPE, COL_AFFILIATION, COL_ALIASES };
static const char *const columns[] = {"actor", "name", "type", "affiliation", "aliases", NULL};

static size_t keep(tenorp_buf *b, const char *s, size_t n) {
  size_t off = b->len;
  tenorp_buf_put(b, s ? s : "", n);
  tenorp_buf_putc(b, 0);
  return off;
}

/* Whether id suits the type: states ISO alpha-3 capitals, people a
 * lower-case slug, organisations and groups an upper-case id. */
static int valid_id(const char *s, size_t n, int type) {
  if (!n)
    return 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    int upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
    if (type == TENOR_ACTOR_STATE && !upper)
      return 0;
    if (type == TENOR_ACTOR_PERSON && !(lower || (i && (digit || c == '_'))))
      return 0;
    if ((type == TENOR_ACTOR_ORGANISATION || type == TENOR_ACTOR_GROUP) &&
        !(upper || (i && (digit || c == '_'))))
      return 0;
  }
  return type != TENOR_ACTOR_STATE || n == 3;
}

static int stage_pattern(tenorp_csv *c, size_t line, loader *L, const char *s, size_t n) {
  int code;
  PCRE2_SIZE at;
  pcre2_code *re =
      pcre2_compile((PCRE2_SPTR)s, n, PCRE2_UTF | PCRE2_UCP, &code, &at, NULL);
  if (!re) {
    char msg[120], q[64];
    pcre2_get_error_message(code, (PCRE2_UCHAR *)msg, sizeof msg);
    return tenorp_csv_fail(c, line, TENOR_EPATTERN, "bad pattern 're:%s': %s at offset %zu",
                           tenorp_quote(q, s, n), msg, (size_t)at);
  }
  pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* without JIT it still works, only slower */
  if (L->nal == L->capal)
    L->al = tenorp_grow(L->al, &L->capal, L->nal + 1, sizeof *L->al);
  staged_alias *sa = &L->al[L->nal++];
  memset(sa, 0, sizeof *sa);
  sa->a.actor = L->nrows - 1;
  sa->code = re;
  return 0;
}

/* Loosens a's case rules so that b's spelling matches too: a word must
 * be in capitals only if both say so, capitalised only if both ask at
 * least that. */
static void merge_case(alias *a, const alias *b) {
  unsigned caps = a->caps & b->caps;
  a->upper = (a->upper | a->caps) & (b->upper | b->caps) & ~caps;
  a->caps = caps;
}

/* Normalises one alias of the last row and stages it. */
static int stage_alias(tenorp_csv *c, size_t line, loader *L, const char *s, size_t n,
                       int is_name) {
  char q[64];
  if (n > 3 && !memcmp(s, "re:", 3))
    return stage_pattern(c, line, L, s + 3, n - 3);
  tenorp_tokenize(s, n, &L->toks);
  if (!L->toks.n || L->toks.v[0].kind == TENORP_TOK_PUNCT)
    return tenorp_csv_fail(c, line, TENOR_EACTOR, "%s '%s' does not start with a word",
                           is_name ? "name" : "alias", tenorp_quote(q, s, n));
  if (L->toks.n > MAX_ALIAS_WORDS)
    return tenorp_csv_fail(c, line, TENOR_EACTOR, "alias '%s' has more than %d words",
                           tenorp_quote(q, s, n), MAX_ALIAS_WORDS);
  size_t key = L->keys.len;
  alias a = {L->nrows - 1, (unsigned)L->toks.n, 0, 0};
  for (size_t i = 0; i < L->toks.n; i++) {
    unsigned f = L->toks.v[i].flags;
    if (i)
      tenorp_buf_putc(&L->keys, ' ');
    tenorp_buf_put(&L->keys, tenorp_norm(&L->toks, i), L->toks.v[i].norm_len);
    if (f & TENOR_TOK__CAPS)
      a.caps |= 1u << i;
    else if (f & TENOR_TOK__UPPER)
      a.upper |= 1u << i;
  }
  size_t len = L->keys.len - key;
  int added;
  size_t at = tenorp_map_put(&L->seen_al, L->keys.ptr + key, len,
                             tenorp_hash(L->keys.ptr + key, len), L->nal, &added);
  if (!added) {
    staged_alias *other = &L->al[L->seen_al.keys[at].value];
    if (other->a.actor == a.actor) {
      /* the same words in another case (NATO, Nato): either may match */
      merge_case(&other->a, &a);
      L->keys.len = key;
      return 0;
    }
    const row *r = &L->rows[other->a.actor];
    return tenorp_csv_fail(c, line, TENOR_EACTOR, "alias '%s' already names %s (line %zu)",
                           tenorp_quote(q, s, n), L->text.ptr + r->id, r->line);
  }
  if (L->nal == L->capal)
    L->al = tenorp_grow(L->al, &L->capal, L->nal + 1, sizeof *L->al);
  staged_alias *sa = &L->al[L->nal++];
  sa->key = key;
  sa->len = len;
  sa->a = a;
  sa->code = NULL;
  return 0;
}

static int add_row(tenorp_csv *c, size_t line) {
  loader *L = c->ctx;
  char q[64];
  const tenorp_buf *id = &c->field[COL_ACTOR], *name = &c->field[COL_NAME],
                   *type = &c->field[COL_TYPE], *aff = &c->field[COL_AFFILIATION],
                   *aliases = &c->field[COL_ALIASES];
  int t = 0;
  for (int k = TENOR_ACTOR_STATE; k <= TENOR_ACTOR_GROUP; k++)
    if (type->len == strlen(type_names[k]) && !memcmp(type->ptr, type_names[k], type->len))
      t = k;
  if (!t)
    return tenorp_csv_fail(c, line, TENOR_EACTOR,
                           "unknown type '%s' (expected state, person, organisation or group)",
                           tenorp_quote(q, type->ptr, type->len));
  if (!id->len)
    return tenorp_csv_fail(c, line, TENOR_EACTOR, "empty actor id");
  if (!valid_id(id->ptr, id->len, t))
    return tenorp_csv_fail(
        c, line, TENOR_EACTOR, "actor id '%s' does not suit type %s (%s)",
        tenorp_quote(q, id->ptr, id->len), type_names[t],
        t == TENOR_ACTOR_STATE    ? "three capital letters, ISO 3166-1 alpha-3"
        : t == TENOR_ACTOR_PERSON ? "a lower-case slug: letters, digits, _"
                                  : "capital letters, digits and _, starting with a letter");
  if (!name->len)
    return tenorp_csv_fail(c, line, TENOR_EACTOR, "empty name");
  int added;
  tenorp_map_put(&L->seen_ids, id->ptr, id->len, tenorp_hash(id->ptr, id->len), L->nrows, &added);
  if (!added)
    return tenorp_csv_fail(c, line, TENOR_EACTOR, "actor '%s' is defined twice in this file",
                           tenorp_quote(q, id->ptr, id->len));
  if (L->nrows == L->caprows)
    L->rows = tenorp_grow(L->rows, &L->caprows, L->nrows + 1, sizeof *L->rows);
  row *r = &L->rows[L->nrows++];
  r->id = keep(&L->text, id->ptr, id->len);
  r->name = keep(&L->text, name->ptr, name->len);
  r->affiliation = keep(&L->text, aff->ptr, aff->len);
  r->type = t;
  r->line = line;
  r->surname = TENORP_NONE;
  if (t == TENOR_ACTOR_PERSON) {
    size_t sp = name->len;
    while (sp > 0 && name->ptr[sp - 1] != ' ')
      sp--;
    if (sp > 0)
      r->surname = keep(&L->text, name->ptr + sp, name->len - sp);
  }
  if (stage_alias(c, line, L, name->ptr, name->len, 1))
    return c->err;
  const char *s = aliases->ptr ? aliases->ptr : "", *end = s + aliases->len;
  while (s < end) {
    const char *bar = memchr(s, '|', (size_t)(end - s));
    if (!bar)
      bar = end;
    const char *a = s, *b = bar;
    while (a < b && (*a == ' ' || *a == '\t'))
      a++;
    while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
      b--;
    if (a == b)
      return tenorp_csv_fail(c, line, TENOR_EACTOR, "empty alias in '%s'",
                             tenorp_quote(q, aliases->ptr, aliases->len));
    if (stage_alias(c, line, L, a, (size_t)(b - a), 0))
      return c->err;
    s = bar + 1;
  }
  return 0;
}

/* Every affiliation names an actor of this file or of the list. */
static int check_affiliations(tenorp_csv *c, loader *L) {
  char q[64];
  for (size_t i = 0; i < L->nrows; i++) {
    const row *r = &L->rows[i];
    const char *aff = L->text.ptr + r->affiliation;
    size_t n = strlen(aff);
    if (!n)
      continue;
    if (tenorp_map_find(&L->seen_ids, aff, n, tenorp_hash(aff, n)) == SIZE_MAX &&
        tenorp_actors_find(L->list, aff, n) == TENORP_NONE)
      return tenorp_csv_fail(c, r->line, TENOR_EACTOR, "affiliation '%s' is not a known actor",
                             tenorp_quote(q, aff, n));
    if (!strcmp(aff, L->text.ptr + r->id))
      return tenorp_csv_fail(c, r->line, TENOR_EACTOR, "actor '%s' is affiliated with itself",
                             tenorp_quote(q, aff, n));
  }
  return 0;
}

static size_t define(tenor_actors *list, const loader *L, const row *r) {
  const char *id = L->text.ptr + r->id;
  size_t n = strlen(id);
  int added;
  size_t k = tenorp_map_put(&list->ids, id, n, tenorp_hash(id, n), list->n, &added);
  if (added) {
    if (list->n == list->cap)
      list->v = tenorp_grow(list->v, &list->cap, list->n + 1, sizeof *list->v);
    list->v[list->n].id = keep(&list->strings, id, n);
    list->n++;
  }
  tenorp_actor *a = &list->v[list->ids.keys[k].value];
  a->name = keep(&list->strings, L->text.ptr + r->name, strlen(L->text.ptr + r->name));
  a->type = r->type;
  a->affiliation = TENORP_NONE;
  a->surname = r->surname == TENORP_NONE
                   ? TENORP_NONE
                   : keep(&list->strings, L->text.ptr + r->surname, strlen(L->text.ptr + r->surname));
  return list->ids.keys[k].value;
}

static void apply(tenor_actors *list, loader *L) {
  size_t *index = tenorp_xmalloc((L->nrows ? L->nrows : 1) * sizeof *index);
  for (size_t i = 0; i < L->nrows; i++)
    index[i] = define(list, L, &L->rows[i]);
  for (size_t i = 0; i < L->nrows; i++) {
    const char *aff = L->text.ptr + L->rows[i].affiliation;
    if (*aff)
      list->v[index[i]].affiliation = tenorp_actors_find(list, aff, strlen(aff));
  }
  for (size_t i = 0; i < L->nal; i++) {
    staged_alias *sa = &L->al[i];
    size_t actor = index[sa->a.actor];
    if (sa->code) {
      if (list->nre == list->capre)
        list->re = tenorp_grow(list->re, &list->capre, list->nre + 1, sizeof *list->re);
      pattern p = {sa->code, actor};
      list->re[list->nre++] = p;
      sa->code = NULL; /* now the list's */
      continue;
    }
    const char *key = L->keys.ptr + sa->key;
    int fresh;
    size_t k = tenorp_map_put(&list->aliases, key, sa->len, tenorp_hash(key, sa->len), 0, &fresh);
    if (k >= list->capal)
      list->al = tenorp_grow(list->al, &list->capal, k + 1, sizeof *list->al);
    alias a = sa->a;
    a.actor = actor;
    if (!fresh && list->al[k].actor == actor)
      merge_case(&list->al[k], &a); /* the same actor spelt another way */
    else
      list->al[k] = a; /* new, or taken over from an earlier file's actor */
  }
  free(index);
}

int tenor_actors_add_csv(tenor_actors *list, const char *name, const char *data, size_t len,
                         tenor_diag *diag) {
  loader L;
  memset(&L, 0, sizeof L);
  L.list = list;
  tenorp_csv c;
  tenorp_csv_init(&c, name, "actor list", diag, columns, add_row, &L);
  int rc = tenorp_csv_read(&c, data, len);
  if (!rc)
    rc = check_affiliations(&c, &L);
  if (!rc)
    apply(list, &L);
  for (size_t i = 0; i < L.nal; i++)
    pcre2_code_free(L.al[i].code);
  tenorp_csv_free(&c);
  free(L.rows);
  free(L.al);
  tenorp_buf_free(&L.text);
  tenorp_buf_free(&L.keys);
  tenorp_map_free(&L.seen_ids);
  tenorp_map_free(&L.seen_al);
  tenorp_tokens_free(&L.toks);
  return rc;
}

/* ----------------------------------------------------------- matching */

/* Whether token flags f satisfy word i of alias a. */
static int case_ok(const alias *a, unsigned i, unsigned f, int mixed) {
  if (a->caps & (1u << i))
    return mixed && (f & TENOR_TOK__CAPS);
  if (a->upper & (1u << i))
    return (f & TENOR_TOK__UPPER) != 0;
  return 1;
}

/* The alias of `words` words for key, if its case rules hold for the
 * tokens whose flags are given. */
static const alias *lookup(const tenor_actors *actors, const char *key, size_t len,
                           const unsigned *flags, size_t words, int mixed) {
  size_t k = tenorp_map_find(&actors->aliases, key, len, tenorp_hash(key, len));
  if (k == SIZE_MAX)
    return NULL;
  const alias *a = &actors->al[k];
  if (a->words != words)
    return NULL;
  for (unsigned w = 0; w < a->words; w++)
    if (!case_ok(a, w, flags[w], mixed))
      return NULL;
  return a;
}

/* Case flags of a part of a hyphenated word, as the tokeniser would set them. */
static unsigned part_flags(const char *s, size_t n) {
  unsigned f = 0;
  size_t upper = 0, lower = 0, i = 0;
  while (i < n) {
    uint32_t cp;
    int r = tenorp_utf8_decode((const unsigned char *)s + i, n - i, &cp);
    if (r <= 0)
      break;
    if (tenorp_is_upper(cp)) {
      if (!i)
        f |= TENOR_TOK__UPPER;
      upper++;
    } else if (tenorp_is_lower(cp)) {
      lower++;
    }
    i += (size_t)r;
  }
  if (upper >= 2 && !lower)
    f |= TENOR_TOK__CAPS;
  return f;
}

/* Mentions in the parts of hyphenated token i (US-led, pro-Russian). */
static void match_parts(const tenor_actors *actors, const char *text, const tenorp_tokens *t,
                        size_t i, int mixed, tenorp_mentions *out) {
  const char *norm = tenorp_norm(t, i), *nend = norm + t->v[i].norm_len;
  const char *raw = text + t->v[i].start, *rend = raw + t->v[i].len;
  while (norm < nend && raw < rend) {
    const char *nd = memchr(norm, '-', (size_t)(nend - norm));
    if (!nd)
      nd = nend;
    const char *rd = raw; /* the raw part ends at the next hyphen of any kind */
    while (rd < rend) {
      uint32_t cp;
      int r = tenorp_utf8_decode((const unsigned char *)rd, (size_t)(rend - rd), &cp);
      if (r <= 0 || cp == '-' || cp == 0x2010 || cp == 0x2011)
        break;
      rd += r;
    }
    unsigned f = part_flags(raw, (size_t)(rd - raw));
    const alias *a = lookup(actors, norm, (size_t)(nd - norm), &f, 1, mixed);
    if (a) {
      tenorp_mentions_push(out, i, i + 1, a->actor, TENORP_MENTION_PART);
      return; /* one actor per word */
    }
    norm = nd + 1;
    raw = rd;
    if (raw < rend) {
      uint32_t cp;
      int r = tenorp_utf8_decode((const unsigned char *)raw, (size_t)(rend - raw), &cp);
      raw += r > 0 ? r : 1;
    }
  }
}

/* Whether alias k (its index in the aliases + 1) of n words holds for
 * tokens i..i+n, case rules included. */
static int alias_holds(const tenor_actors *actors, size_t k, const tenorp_tokens *t, size_t i,
                       size_t n, int mixed) {
  const alias *al = &actors->al[k - 1];
  if (al->words != n)
    return 0;
  for (unsigned w = 0; w < al->words; w++)
    if (!case_ok(al, w, t->v[i + w].flags, mixed))
      return 0;
  return 1;
}

void tenorp_actors_match(const tenor_actors *actors, const char *text, const tenorp_tokens *t,
                         const size_t *at, size_t nat, size_t b, int mixed, tenorp_mentions *out) {
  if (!actors || !actors->n)
    return;
  const tenorp_vocab *v = t->vocab;
  size_t next = 0; /* the first token not inside a name found */
  for (size_t c = 0; c < nat; c++) {
    size_t i = at[c];
    const tenorp_token *k = &t->v[i];
    if (i < next || k->kind == TENORP_TOK_PUNCT || (k->flags & TENOR_TOK__CLITIC))
      continue;
    /* the longest alias that starts here whose case rules hold, followed
     * word by word through the vocabulary's trie */
    size_t n = 0, found = 0;
    uint32_t node = k->anode; /* 0 for most words: no alias starts with them */
    for (size_t d = 1; node; d++) {
      size_t al = v->nodes[node].alias;
      if (al && alias_holds(actors, al, t, i, d, mixed)) {
        n = d;
        found = al;
      }
      if (i + d >= b)
        break;
      node = tenorp_vocab_step(v, node, t->v[i + d].w);
      if (node && !v->nodes[node].alias_below)
        break; /* only lexicon terms go on from here */
    }
    if (n) {
      tenorp_mentions_push(out, i, i + n, actors->al[found - 1].actor, 0);
      next = i + n;
      continue;
    }
    if (k->flags & TENOR_TOK__HYPHEN)
      match_parts(actors, text, t, i, mixed, out);
  }
}

void tenorp_actors_match_patterns(const tenor_actors *actors, const char *text, size_t len,
                                  void **scratch, tenorp_mentions *out) {
  if (!actors || !actors->nre)
    return;
  if (!*scratch)
    *scratch = pcre2_match_data_create(1, NULL);
  pcre2_match_data *md = *scratch;
  for (size_t r = 0; r < actors->nre; r++) {
    PCRE2_SIZE at = 0;
    while (at <= len) {
      int rc = pcre2_match(actors->re[r].code, (PCRE2_SPTR)text, len, at, PCRE2_NO_UTF_CHECK, md,
                           NULL);
      if (rc < 0)
        break;
      PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
      if (ov[1] > ov[0])
        tenorp_mentions_push(out, ov[0], ov[1], actors->re[r].actor, TENORP_MENTION_PATTERN);
      at = ov[1] > at ? ov[1] : at + 1;
      while (at < len && ((unsigned char)text[at] & 0xC0) == 0x80)
        at++; /* never restart inside a character */
    }
  }
}

void tenorp_actors_scratch_free(void *scratch) {
  pcre2_match_data_free(scratch);
}
