/*
 * attrib.c - who says what about whom.
 *
 * For each sentence of a document, in order:
 *
 * 1. Mentions.  Actors are found by their aliases (actor.c) and by the
 *    way news names people: a title or role word and a capitalised name
 *    ("Major General Igor Konashenkov", "US defence secretary, Ash
 *    Carter", "Lord Dannatt").  A state or organisation just before the
 *    title gives the person's affiliation and is absorbed into the title
 *    (it is not a target).  A span the caller marks as an actor
 *    (tenor_analyzer_mark) replaces whatever was found in its words.  People met earlier in the document are found
 *    again by surname ("Carter") or by title ("the Secretary").  A role
 *    with no name ("a Russian defence spokesman") stands for its
 *    affiliation.
 * 2. Speaker.  The first speech word outside quotation marks (a lexicon
 *    entry of category speech: said, told, according to) takes the
 *    nearest actor or pronoun before it, or else, when it opens its
 *    clause ("...," said Kerry), after it; "he" and "she"
 *    are the latest person to speak (or be named), "it" and "they" the
 *    latest state, organisation or group named.  A sentence that starts
 *    inside a quotation and has no attribution continues the latest
 *    quotation's speaker.
 * 3. Targets.  Every actor named other than the speaker.  Each scored hit
 *    goes to the nearest target in its clause, or else the nearest in the
 *    sentence; a target's stance is x / sqrt(x^2 + 15) for x = tone +
 *    cooperation - hostility of its hits.
 *
 * The README ("Actors, speakers and stance") documents each rule.
 */
#include "attrib.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "lexicon.h"
#include "text.h"
#include "vocab.h"

/* ------------------------------------------------------------ words */

/* Words that introduce a person.  Honorifics take a surname alone ("Mr
 * Putin"); any role word written with a capital does too ("General Ayoub",
 * "President Assad"); a lower-case role word needs a full name
 * ("spokesman John Kirby").  The index of a word is its bit in a person's
 * titles (at most 64 words). */
static const struct {
  const char *word; /* normalised */
  int honorific;    /* takes a surname alone, whatever its case */
} roles[] = {
    {"mr", 1}, {"mrs", 1}, {"ms", 1}, {"dr", 1}, {"prof", 1}, {"professor", 1}, {"sir", 1},
    {"dame", 1}, {"lord", 1}, {"lady", 1}, {"baroness", 1}, {"king", 1}, {"queen", 1},
    {"prince", 1}, {"princess", 1}, {"sheikh", 1}, {"ayatollah", 1}, {"pope", 1}, {"imam", 1},
    {"general", 0}, {"gen", 0}, {"major", 0}, {"maj", 0}, {"lieutenant", 0}, {"lt", 0},
    {"colonel", 0}, {"col", 0}, {"captain", 0}, {"capt", 0}, {"sergeant", 0}, {"sgt", 0},
    {"admiral", 0}, {"adm", 0}, {"commander", 0}, {"brigadier", 0}, {"marshal", 0},
    {"president", 0}, {"vice-president", 0}, {"chancellor", 0}, {"premier", 0}, {"governor", 0},
    {"mayor", 0}, {"senator", 0}, {"minister", 0}, {"secretary", 0}, {"secretary-general", 0},
    {"ambassador", 0}, {"envoy", 0}, {"spokesman", 0}, {"spokeswoman", 0}, {"spokesperson", 0},
    {"leader", 0}, {"chief", 0}, {"head", 0}, {"official", 0}, {"diplomat", 0}, {"adviser", 0},
    {"analyst", 0}, {"negotiator", 0}, {"counterpart", 0}, {"source", 0}, {"judge", 0},
    {"prosecutor", 0}, {"chairman", 0},
};
#define NROLES (sizeof roles / sizeof *roles)

/* Words that may continue a title after "of": Secretary of State. */
static const char *const complements[] = {"state",   "defence", "defense",  "foreign", "affairs",
                                          "justice", "interior", "finance", "staff",   "homeland",
                                          "security", "the",    "general",  "armed",   "forces",
                                          NULL};

/* Words that may stand between an affiliation and a title:
 * "Russian defence spokesman", "Syria's top general". */
static const char *const modifiers[] = {
    "defence", "defense", "foreign", "interior", "home", "prime", "vice", "deputy", "top",
    "senior", "former", "military", "army", "navy", "naval", "air", "force", "state",
    "department", "ministry", "government", "unnamed", "anonymous", "security", "intelligence",
    "national", "regional", "local", "veteran", "retired", "acting", "assistant", "press",
    "high-ranking", "leading", "new", "then", "attorney", "opposition", "police", "cabinet",
    "presidential", "royal", "supreme", "trade", "finance", "health", "energy", "nuclear",
    "defence-ministry", "foreign-ministry", "the", "a", "an", "his", "her", "its", "their", "our",
    "of", "'s", "chief", "general", "mission", "delegation", "team", "office", "agency",
    "bureau", "council", "committee", "party", "campaign", "movement", "embassy", NULL};

/* Name particles that may stand inside a name before a capitalised word. */
static const char *const particles[] = {"al", "bin", "ibn", "de", "da", "di", "del", "van",
                                        "von", "der", "den", "le", "la", "du", "el", "abu", NULL};

/* What a word is to the person finder: a role (index + 1 in the low
 * byte) and any of these bits.  Kept in a hash map so that a token costs
 * one lookup with the hash the tokeniser already computed. */
#define W_ROLE TENORP_WORD_ROLE
#define W_COMPLEMENT (1u << 8)
#define W_MODIFIER (1u << 9)
#define W_PARTICLE (1u << 10)

static void add_words(tenorp_map *m, const char *const *list, size_t bits) {
  for (; *list; list++) {
    size_t k = tenorp_map_put(m, *list, strlen(*list), tenorp_hash(*list, strlen(*list)), 0, NULL);
    m->keys[k].value |= bits;
  }
}

static void build_words(tenorp_map *m) {
  for (size_t r = 0; r < NROLES; r++) {
    const char *w = roles[r].word;
    size_t k = tenorp_map_put(m, w, strlen(w), tenorp_hash(w, strlen(w)), 0, NULL);
    m->keys[k].value |= r + 1;
  }
  add_words(m, complements, W_COMPLEMENT);
  add_words(m, modifiers, W_MODIFIER);
  add_words(m, particles, W_PARTICLE);
}

const tenorp_map *tenorp_attrib_words(tenorp_attrib *at) {
  if (!at->words.n)
    build_words(&at->words);
  return &at->words;
}

/* The W_* bits of token i, from its word in the vocabulary. */
static size_t word_bits(const tenorp_attrib *at, const tenorp_tokens *t, size_t i) {
  (void)at;
  return t->v[i].w->attrib;
}

static int is_word(const tenorp_attrib *at, const tenorp_tokens *t, size_t i, size_t bit) {
  return (word_bits(at, t, i) & bit) != 0;
}

static int role_of_at(const tenorp_attrib *at, const tenorp_tokens *t, size_t i) {
  if (t->v[i].kind != TENORP_TOK_WORD)
    return -1;
  return (int)(word_bits(at, t, i) & W_ROLE) - 1;
}

/* Whether token i's normalised form is w (a literal: its length is known
 * to the compiler, so most tokens are turned away by their length). */
static inline int is_norm(const tenorp_tokens *t, size_t i, const char *w) {
  size_t n = strlen(w);
  return t->v[i].norm_len == n && !memcmp(tenorp_norm(t, i), w, n);
}

static int capitalised(const tenorp_tokens *t, size_t i) {
  const tenorp_token *k = &t->v[i];
  return k->kind == TENORP_TOK_WORD && (k->flags & TENOR_TOK__UPPER) &&
         !(k->flags & (TENOR_TOK__CLITIC | TENOR_TOK__DOTTED));
}

/* ------------------------------------------------- document actors */

static const char *da_id(const tenorp_attrib *at, size_t d) {
  const tenorp_docactor *x = &at->da[d];
  return x->listed == TENORP_NONE
             ? at->strings.ptr + x->id
             : tenorp_actors_str(at->actors, tenorp_actors_get(at->actors, x->listed)->id);
}

static size_t keep(tenorp_buf *b, const char *s, size_t n) {
  size_t off = b->len;
  tenorp_buf_put(b, s, n);
  tenorp_buf_putc(b, 0);
  return off;
}

static size_t new_docactor(tenorp_attrib *at, size_t listed, int type) {
  if (at->nda == at->capda)
    at->da = tenorp_grow(at->da, &at->capda, at->nda + 1, sizeof *at->da);
  tenorp_docactor *x = &at->da[at->nda];
  memset(x, 0, sizeof *x);
  x->listed = listed;
  x->type = type;
  x->affiliation = x->surname = x->id = x->name = TENORP_NONE;
  return at->nda++;
}

/* Sets the surname of document actor d (s[0..n), as written). */
static void set_surname(tenorp_attrib *at, size_t d, const char *s, size_t n) {
  at->da[d].surname = keep(&at->strings, s, n);
  size_t k = tenorp_map_put(&at->surname_of, s, n, tenorp_hash(s, n), d, NULL);
  at->surname_of.keys[k].value = d; /* the latest */
}

/* The latest document actor with surname s[0..n), or TENORP_NONE. */
static size_t with_surname(const tenorp_attrib *at, const char *s, size_t n) {
  size_t k = tenorp_map_find(&at->surname_of, s, n, tenorp_hash(s, n));
  return k == SIZE_MAX ? TENORP_NONE : at->surname_of.keys[k].value;
}

/* The document index of listed actor i, added on first use. */
static size_t doc_listed(tenorp_attrib *at, size_t i) {
  if (at->stamp[i] == at->run)
    return at->listed_to_doc[i];
  const tenorp_actor *a = tenorp_actors_get(at->actors, i);
  size_t d = new_docactor(at, i, a->type);
  at->stamp[i] = at->run;
  at->listed_to_doc[i] = d;
  if (a->surname != TENORP_NONE) {
    const char *s = tenorp_actors_str(at->actors, a->surname);
    set_surname(at, d, s, strlen(s));
  }
  if (a->affiliation != TENORP_NONE) {
    size_t aff = doc_listed(at, a->affiliation); /* may grow at->da */
    at->da[d].affiliation = aff;
  }
  return d;
}

/* Appends the slug of text[a..b) to out: lower case ASCII letters and
 * digits, accents of Latin-1 letters dropped, anything else one '_'. */
static void slug(tenorp_buf *out, const char *s, size_t n) {
  static const char latin1[] = "aaaaaaaceeeeiiiidnooooo_ouuuuyts"; /* U+00C0..U+00DF folded */
  int sep = 0;
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    int r = tenorp_utf8_decode((const unsigned char *)s + i, n - i, &cp);
    i += r > 0 ? (size_t)r : 1;
    char c = 0;
    cp = tenorp_fold(cp);
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
      c = (char)cp;
    else if (cp >= 0xE0 && cp <= 0xFF && latin1[cp - 0xE0] != '_')
      c = latin1[cp - 0xE0];
    if (!c) {
      sep = 1;
      continue;
    }
    if (sep && out->len && out->ptr[out->len - 1] != '_' && out->len)
      tenorp_buf_putc(out, '_');
    sep = 0;
    tenorp_buf_putc(out, c);
  }
}

/* The person named by tokens [k, k + n), with `honorific` the word before
 * it when the name is a surname alone.  Found again by id or surname, or
 * added as a discovered person. */
static size_t person(tenorp_attrib *at, const char *text, const tenorp_tokens *t, size_t k,
                     size_t n, int honorific) {
  const char *raw = text + t->v[k].start;
  size_t len = t->v[k + n - 1].start + t->v[k + n - 1].len - t->v[k].start;
  if (n == 1) {
    /* a surname alone: the latest person of the document with it */
    size_t d = with_surname(at, raw, len);
    if (d != TENORP_NONE)
      return d;
  }
  tenorp_buf_clear(&at->key);
  if (n == 1 && honorific >= 0 && strcmp(roles[honorific].word, "mr") &&
      strcmp(roles[honorific].word, "mrs") && strcmp(roles[honorific].word, "ms") &&
      strcmp(roles[honorific].word, "dr") && strcmp(roles[honorific].word, "prof")) {
    tenorp_buf_put(&at->key, roles[honorific].word, strlen(roles[honorific].word));
    tenorp_buf_putc(&at->key, '_'); /* lord_dannatt: the title is part of how he is known */
  }
  slug(&at->key, raw, len);
  if (!at->key.len)
    return TENORP_NONE;
  size_t listed = tenorp_actors_find(at->actors, at->key.ptr, at->key.len);
  if (listed != TENORP_NONE)
    return doc_listed(at, listed);
  uint64_t idh = tenorp_hash(at->key.ptr, at->key.len);
  size_t known = tenorp_map_find(&at->person_ids, at->key.ptr, at->key.len, idh);
  if (known != SIZE_MAX)
    return at->person_ids.keys[known].value;
  size_t d = new_docactor(at, TENORP_NONE, TENOR_ACTOR_PERSON);
  at->da[d].id = keep(&at->strings, at->key.ptr, at->key.len);
  tenorp_map_put(&at->person_ids, at->key.ptr, at->key.len, idh, d, NULL);
  if (n == 1 && honorific >= 0) { /* "Lord Dannatt": keep the title in the name */
    const char *h = text + t->v[k - 1].start;
    size_t hl = t->v[k - 1].len;
    at->da[d].name = at->strings.len;
    tenorp_buf_put(&at->strings, h, hl);
    tenorp_buf_putc(&at->strings, ' ');
    keep(&at->strings, raw, len);
  } else {
    at->da[d].name = keep(&at->strings, raw, len);
  }
  const tenorp_token *last = &t->v[k + n - 1];
  set_surname(at, d, text + last->start, last->len);
  return d;
}

/* The actor reported for document actor d at the chosen level. */
static size_t reported(const tenorp_attrib *at, size_t d) {
  if (d != TENORP_NONE && at->level == TENOR_LEVEL_AFFILIATION &&
      at->da[d].type == TENOR_ACTOR_PERSON && at->da[d].affiliation != TENORP_NONE)
    return at->da[d].affiliation;
  return d;
}

/* ----------------------------------------------------- mentions */

static int by_first(const void *a, const void *b) {
  const tenorp_mention *x = a, *y = b;
  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return (x->last > y->last) - (x->last < y->last);
}

/* Sorts mentions by by_first: a few a sentence, in place and stable, as
 * glibc's qsort (a merge sort) leaves them, without its call per
 * comparison; qsort for many. */
static void sort_mentions(tenorp_mention *v, size_t n) {
  if (n > 16) {
    qsort(v, n, sizeof *v, by_first);
    return;
  }
  for (size_t i = 1; i < n; i++) {
    tenorp_mention m = v[i];
    size_t j = i;
    for (; j > 0 && by_first(&v[j - 1], &m) > 0; j--)
      v[j] = v[j - 1];
    v[j] = m;
  }
}

/* The mention that covers token i, or NULL. */
static tenorp_mention *mention_at(tenorp_attrib *at, size_t i) {
  for (size_t m = 0; m < at->all.n; m++)
    if (at->all.v[m].first <= i && i < at->all.v[m].last)
      return &at->all.v[m];
  return NULL;
}

static int is_person_mention(const tenorp_attrib *at, const tenorp_mention *m) {
  return at->da[m->actor].type == TENOR_ACTOR_PERSON;
}

/* Length of the capitalised name at k (particles inside allowed), at most 4 words. */
/* A name word written with a particle and a hyphen: al-Rashed, el-Sisi. */
static int particle_name(const tenorp_attrib *at, const char *text, const tenorp_tokens *t,
                         size_t i) {
  const tenorp_token *k = &t->v[i];
  if (k->kind != TENORP_TOK_WORD || !(k->flags & TENOR_TOK__HYPHEN))
    return 0;
  const char *norm = tenorp_norm(t, i), *dash = strchr(norm, '-');
  size_t n = (size_t)(dash - norm);
  size_t w = tenorp_map_find(&at->words, norm, n, tenorp_hash(norm, n));
  if (w == SIZE_MAX || !(at->words.keys[w].value & W_PARTICLE))
    return 0;
  const char *raw = text + k->start + n; /* the particle is ASCII: same length raw */
  return raw[0] == '-' && raw[1] >= 'A' && raw[1] <= 'Z';
}

static int name_word_slow(const tenorp_attrib *at, const char *text, const tenorp_tokens *t,
                          size_t i) {
  return (capitalised(t, i) && role_of_at(at, t, i) < 0) || particle_name(at, text, t, i);
}

/* Whether token i can be part of a person's name: a capitalised word that
 * is no role, or a particle name.  Most tokens are neither a word with a
 * capital nor hyphenated, and are told so here, without a call. */
static inline int name_word(const tenorp_attrib *at, const char *text, const tenorp_tokens *t,
                            size_t i) {
  const tenorp_token *k = &t->v[i];
  if (k->kind != TENORP_TOK_WORD || !(k->flags & (TENOR_TOK__UPPER | TENOR_TOK__HYPHEN)))
    return 0;
  return name_word_slow(at, text, t, i);
}

static size_t name_length(tenorp_attrib *at, const char *text, const tenorp_tokens *t, size_t k,
                          size_t b) {
  size_t n = 0;
  while (k + n < b && n < 4) {
    size_t i = k + n;
    const tenorp_mention *m = mention_at(at, i);
    if (m && !is_person_mention(at, m))
      break;
    if (name_word(at, text, t, i)) {
      n++;
    } else if (n && is_norm(t, i, ".") && !(t->v[i].flags & TENOR_TOK__SPACE) &&
               t->v[i - 1].len == 1 && capitalised(t, i - 1) && i + 1 < b &&
               name_word(at, text, t, i + 1)) {
      n++; /* the full stop of an initial: Anna K. Lindqvist */
    } else if (n && is_word(at, t, i, W_PARTICLE) && i + 1 < b && capitalised(t, i + 1)) {
      n++;
    } else {
      break;
    }
  }
  return n;
}

/* The non-person mention that ends just before title word i (over
 * modifiers, determiners and 's), or NULL: the affiliation in "Russian
 * defence spokesman", "NATO's Secretary-General", "head of the British Army". */
static tenorp_mention *affiliation_before(tenorp_attrib *at, const tenorp_tokens *t, size_t a,
                                          size_t i) {
  size_t steps = 0;
  if (i > a + 1 && is_norm(t, i - 1, ",")) {
    /* A role phrase, then a comma, then the title: "Iran's military chief
     * of staff, Major General ...", "the former head of the British Army,
     * Lord Dannatt".  The affiliation is the nearest actor in the phrase,
     * which must hold a role word. */
    size_t p = i - 1;
    int role = 0;
    tenorp_mention *m = NULL;
    while (p > a && steps++ < 10) {
      m = mention_at(at, p - 1);
      if (m)
        break;
      size_t bits = word_bits(at, t, p - 1);
      if ((bits & W_ROLE) && t->v[p - 1].kind == TENORP_TOK_WORD)
        role = 1;
      else if (!(bits & (W_MODIFIER | W_COMPLEMENT)) && !capitalised(t, p - 1))
        break;
      p--;
    }
    if (!m || is_person_mention(at, m))
      return NULL;
    size_t q = m->first;
    while (q > a && (is_norm(t, q - 1, "the") || is_norm(t, q - 1, "'s")))
      q--;
    if (!role && q > a + 1 && is_norm(t, q - 1, "of") && role_of_at(at, t, q - 2) >= 0)
      role = 1; /* "head of the British Army" */
    return role ? m : NULL;
  }
  while (i > a && steps++ < 8) {
    size_t p = i - 1;
    tenorp_mention *m = mention_at(at, p);
    if (m) {
      if (is_person_mention(at, m))
        return NULL;
      return m;
    }
    if (!(is_word(at, t, p, W_MODIFIER) || role_of_at(at, t, p) >= 0 || capitalised(t, p)))
      return NULL;
    i = p;
  }
  return NULL;
}

/* The person named just before a title phrase that starts at token p
 * (over a determiner) and a comma: "Maria Zakharova, the Russian ...
 * spokeswoman"; or TENORP_NONE. */
static size_t appositive_of(tenorp_attrib *at, const tenorp_tokens *t, size_t a, size_t p) {
  while (p > a && (is_norm(t, p - 1, "the") || is_norm(t, p - 1, "a")))
    p--;
  if (p < a + 2 || !is_norm(t, p - 1, ","))
    return TENORP_NONE;
  tenorp_mention *m = mention_at(at, p - 2);
  return m && is_person_mention(at, m) ? m->actor : TENORP_NONE;
}

/* The latest person of the document with title r, or TENORP_NONE. */
static size_t titled(const tenorp_attrib *at, int r) {
  unsigned long long bit = 1ull << (r % 64);
  for (size_t d = at->nda; d-- > 0;)
    if (at->da[d].type == TENOR_ACTOR_PERSON && (at->da[d].titles & bit))
      return d;
  return TENORP_NONE;
}

/* People named by title and name, unnamed officials, and titles alone. */
static void discover(tenorp_attrib *at, const char *text, const tenorp_tokens *t, size_t a,
                     size_t b, const size_t *names, size_t nn) {
  for (size_t c = 0, next = a; c < nn; c++) {
    size_t i = names[c];
    if (i < next)
      continue; /* inside a title or name found */
    int r = role_of_at(at, t, i);
    if (r < 0 || mention_at(at, i))
      continue;
    int honor = roles[r].honorific || capitalised(t, i);
    size_t j = i + 1;
    unsigned long long titles = 1ull << (r % 64);
    while (j < b) {
      int r2 = role_of_at(at, t, j);
      if (r2 >= 0 && !(capitalised(t, j) && !capitalised(t, i))) {
        titles |= 1ull << (r2 % 64);
        honor = honor || capitalised(t, j);
        j++;
      } else if (is_norm(t, j, "of") && j + 1 < b && is_word(at, t, j + 1, W_COMPLEMENT)) {
        j += 2;
        while (j < b && is_word(at, t, j, W_COMPLEMENT))
          j++;
      } else {
        break;
      }
    }
    size_t k = j;
    int comma = k < b && is_norm(t, k, ",");
    if (comma)
      k++;
    tenorp_mention *listed = k < b ? mention_at(at, k) : NULL;
    size_t n;
    if (listed && is_person_mention(at, listed) && listed->first == k)
      n = listed->last - k;
    else
      n = name_length(at, text, t, k, b);
    if (n && (n >= 2 || honor || (listed && listed->first == k))) {
      size_t d;
      if (listed && is_person_mention(at, listed) && listed->first == k) {
        d = listed->actor;
        listed->flags |= TENORP_MENTION_PERSON;
      } else {
        d = person(at, text, t, k, n, roles[r].honorific && k == i + 1 ? r : -1);
        if (d == TENORP_NONE)
          continue;
        tenorp_mentions_push(&at->all, k, k + n, d, TENORP_MENTION_PERSON);
      }
      at->da[d].titles |= titles;
      tenorp_mention *aff = affiliation_before(at, t, a, i);
      if (aff) {
        aff->flags |= TENORP_MENTION_ABSORBED;
        if (at->da[d].listed == TENORP_NONE && at->da[d].affiliation == TENORP_NONE)
          at->da[d].affiliation = aff->actor;
      }
      next = k + n;
      continue;
    }
    /* no name: a title alone ("the Secretary") or an unnamed official */
    tenorp_mention *aff = affiliation_before(at, t, a, i);
    size_t who = aff ? appositive_of(at, t, a, aff->first) : TENORP_NONE;
    if (who != TENORP_NONE) {
      /* "Maria Zakharova, the Russian foreign ministry spokeswoman," */
      aff->flags |= TENORP_MENTION_ABSORBED;
      at->da[who].titles |= titles;
      if (at->da[who].listed == TENORP_NONE && at->da[who].affiliation == TENORP_NONE)
        at->da[who].affiliation = aff->actor;
    } else if (aff) {
      aff->flags |= TENORP_MENTION_ROLE;
    } else if (i > a && is_norm(t, i - 1, "the") && !roles[r].honorific) {
      size_t d = titled(at, r);
      if (d != TENORP_NONE)
        tenorp_mentions_push(&at->all, i, j, d, TENORP_MENTION_PERSON);
    }
    next = j;
  }
}

/* Capitalised words that are the surname of a person met earlier. */
static void surnames(tenorp_attrib *at, const char *text, const tenorp_tokens *t,
                     const size_t *names, size_t nn) {
  for (size_t c = 0; c < nn; c++) {
    size_t i = names[c];
    if (!name_word(at, text, t, i) || mention_at(at, i))
      continue;
    const char *raw = text + t->v[i].start;
    size_t len = t->v[i].len;
    size_t latest = with_surname(at, raw, len);
    if (latest == TENORP_NONE)
      continue;
    if (at->da[latest].type == TENOR_ACTOR_PERSON) {
      tenorp_mentions_push(&at->all, i, i + 1, latest, TENORP_MENTION_PERSON);
      continue;
    }
    /* the latest with it is no person: the latest person with it, if any */
    for (size_t d = at->nda; d-- > 0;) {
      if (at->da[d].type != TENOR_ACTOR_PERSON || at->da[d].surname == TENORP_NONE)
        continue;
      const char *s = at->strings.ptr + at->da[d].surname;
      if (strlen(s) == len && !memcmp(s, raw, len)) {
        tenorp_mentions_push(&at->all, i, i + 1, d, TENORP_MENTION_PERSON);
        break;
      }
    }
  }
}

/* Marks: spans the caller names as actors of the next document. */

static int marks_by_start(const void *a, const void *b) {
  const tenorp_mark *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return (x->order > y->order) - (x->order < y->order); /* at equal starts, the first given */
}

void tenorp_attrib_mark(tenorp_attrib *at, size_t start, size_t end, const char *id, int type) {
  if (at->nmarks == at->capmarks)
    at->marks = tenorp_grow(at->marks, &at->capmarks, at->nmarks + 1, sizeof *at->marks);
  tenorp_mark *m = &at->marks[at->nmarks];
  m->start = start;
  m->end = end;
  m->id = keep(&at->mark_ids, id, strlen(id));
  m->type = type;
  m->order = at->nmarks++;
  m->doc = TENORP_NONE;
}

void tenorp_attrib_marks_clear(tenorp_attrib *at) {
  at->nmarks = 0;
  at->mark_ids.len = 0;
}

static int by_start(const void *a, const void *b) {
  const tenorp_mention *x = a, *y = b;
  return (x->first > y->first) - (x->first < y->first);
}

void tenorp_attrib_begin(tenorp_attrib *at, const char *text, size_t len) {
  at->run++;
  at->nda = 0;
  at->strings.len = 0;
  at->ntargets = 0;
  at->npairs = 0;
  tenorp_map_clear(&at->pair_index); /* keeps its room, unless it grew large */
  tenorp_map_clear(&at->person_ids);
  tenorp_map_clear(&at->surname_of);
  at->in_quote = 0;
  at->quote_speaker = at->last_person_speaker = TENORP_NONE;
  at->last_person = at->last_group = TENORP_NONE;
  at->last_person_speaker_at = 0;
  at->run_start = TENORP_NONE;
  at->patterns.n = 0;
  at->next_pattern = 0;
  at->next_mark = 0;
  for (size_t k = 0; k < at->nmarks; k++)
    at->marks[k].doc = TENORP_NONE;
  if (at->nmarks > 1)
    qsort(at->marks, at->nmarks, sizeof *at->marks, marks_by_start);
  if (!at->words.n)
    build_words(&at->words);
  if (!at->actors)
    return;
  size_t n = tenorp_actors_count(at->actors);
  if (n > at->nlisted) {
    at->listed_to_doc = tenorp_xrealloc(at->listed_to_doc, n * sizeof *at->listed_to_doc);
    at->stamp = tenorp_xrealloc(at->stamp, n * sizeof *at->stamp);
    memset(at->stamp + at->nlisted, 0, (n - at->nlisted) * sizeof *at->stamp);
    at->nlisted = n;
  }
  if (tenorp_actors_have_patterns(at->actors)) {
    tenorp_actors_match_patterns(at->actors, text, len, &at->re_scratch, &at->patterns);
    if (at->patterns.n > 1)
      qsort(at->patterns.v, at->patterns.n, sizeof *at->patterns.v, by_start);
  }
}

/* Places the pattern matches that start in sentence [a, b) on its tokens. */
/* The tokens [*first, *last) of [a, b) that overlap bytes [from, to) of
 * the text; 0 when none does. */
static int tokens_within(const tenorp_tokens *t, size_t a, size_t b, size_t from, size_t to,
                         size_t *first, size_t *last) {
  *first = b;
  *last = a;
  for (size_t i = a; i < b; i++) {
    if (t->v[i].start + t->v[i].len <= from || t->v[i].start >= to)
      continue;
    if (*first == b)
      *first = i;
    *last = i + 1;
  }
  return *first != b;
}

static void place_patterns(tenorp_attrib *at, const tenorp_tokens *t, size_t a, size_t b) {
  size_t end = t->v[b - 1].start + t->v[b - 1].len;
  while (at->next_pattern < at->patterns.n && at->patterns.v[at->next_pattern].first < end) {
    const tenorp_mention *p = &at->patterns.v[at->next_pattern++];
    if (p->first < t->v[a].start)
      continue;
    size_t first, last;
    if (!tokens_within(t, a, b, p->first, p->last, &first, &last))
      continue;
    int clash = 0;
    for (size_t m = 0; m < at->all.n && !clash; m++)
      clash = at->all.v[m].first < last && first < at->all.v[m].last;
    if (!clash)
      tenorp_mentions_push(&at->all, first, last, p->actor, TENORP_MENTION_PATTERN);
  }
}

/* The document actor of mark m, made on its first placement (marks with
 * the same id are one actor); `type` as resolved for its words. */
static size_t mark_actor(tenorp_attrib *at, const char *text, const tenorp_tokens *t,
                         tenorp_mark *m, size_t first, size_t last, int type) {
  const char *id = at->mark_ids.ptr + m->id;
  for (size_t k = 0; k < at->nmarks; k++)
    if (at->marks[k].doc != TENORP_NONE && !strcmp(at->mark_ids.ptr + at->marks[k].id, id))
      return at->marks[k].doc;
  size_t d = new_docactor(at, TENORP_NONE, type);
  at->da[d].id = keep(&at->strings, id, strlen(id));
  size_t from = t->v[first].start, to = t->v[last - 1].start + t->v[last - 1].len;
  at->da[d].name = keep(&at->strings, text + from, to - from);
  return d;
}

/* Places the marks that start before the end of sentence [a, b) on its
 * tokens, in place of the actors found in their words (whose mentions
 * still hold actor list indexes).  A mark that overlaps no token, or the
 * tokens of a mark placed before it, is dropped. */
static void place_marks(tenorp_attrib *at, const char *text, const tenorp_tokens *t, size_t a,
                        size_t b) {
  size_t end = t->v[b - 1].start + t->v[b - 1].len;
  while (at->next_mark < at->nmarks && at->marks[at->next_mark].start < end) {
    tenorp_mark *m = &at->marks[at->next_mark++];
    size_t first, last;
    if (!tokens_within(t, a, b, m->start, m->end, &first, &last))
      continue;
    int clash = 0, type = m->type;
    for (size_t k = 0; k < at->all.n && !clash; k++) {
      tenorp_mention *x = &at->all.v[k];
      if (x->first >= last || first >= x->last)
        continue;
      if (x->flags & TENORP_MENTION_MARK)
        clash = 1;
      else if (!type)
        type = tenorp_actors_get(at->actors, x->actor)->type; /* a list index still */
    }
    if (clash)
      continue;
    if (!type)
      type = role_of_at(at, t, first) >= 0 ? TENOR_ACTOR_PERSON : TENOR_ACTOR_GROUP;
    size_t w = 0; /* the mark replaces what was found in its words */
    for (size_t k = 0; k < at->all.n; k++) {
      tenorp_mention *x = &at->all.v[k];
      if ((x->flags & TENORP_MENTION_MARK) || x->first >= last || first >= x->last)
        at->all.v[w++] = *x;
    }
    at->all.n = w;
    m->doc = mark_actor(at, text, t, m, first, last, type);
    tenorp_mentions_push(&at->all, first, last, m->doc, TENORP_MENTION_MARK);
  }
}

const unsigned char *tenorp_attrib_mentions(tenorp_attrib *at, const char *text,
                                            const tenorp_tokens *t, const tenorp_span *s,
                                            const tenorp_survey *sv, size_t index) {
  (void)index;
  at->all.n = 0;
  if (!at->actors)
    return NULL;
  size_t a = s->first, b = s->last;
  if (b > at->capskip) /* indexed like the tokens of the text, or of its part (analyze.c) */
    at->skip = tenorp_grow(at->skip, &at->capskip, b, 1);
  /* The actor matcher, the title finder and the surname finder visit only
   * the tokens a name may start at (sv->names). */
  int mixed = (sv->flags & TENOR_TOK__HASLOWER) != 0;
  tenorp_actors_match(at->actors, text, t, sv->names, sv->nnames, b, mixed, &at->all);
  place_patterns(at, t, a, b);
  if (at->next_mark < at->nmarks)
    place_marks(at, text, t, a, b);
  for (size_t m = 0; m < at->all.n; m++) /* list indexes to document indexes */
    if (!(at->all.v[m].flags & TENORP_MENTION_MARK))
      at->all.v[m].actor = doc_listed(at, at->all.v[m].actor);
  sort_mentions(at->all.v, at->all.n);
  discover(at, text, t, a, b, sv->names, sv->nnames);
  surnames(at, text, t, sv->names, sv->nnames);
  sort_mentions(at->all.v, at->all.n);
  memset(at->skip + a, 0, b - a);
  for (size_t m = 0; m < at->all.n; m++)
    memset(at->skip + at->all.v[m].first, 1, at->all.v[m].last - at->all.v[m].first);
  return at->skip;
}

/* ------------------------------------------------------ speakers */

/* Marks in q[0..b-a) the tokens inside double quotes or that are quote
 * marks; returns whether the sentence starts inside a quotation.  `flags`
 * are its tokens' flags, or-ed (its survey's). */
static int mark_quotes(tenorp_attrib *at, const char *text, const tenorp_tokens *t, size_t a,
                       size_t b, unsigned flags, unsigned char *q) {
  if (t->v[a].flags & TENOR_TOK__PARA)
    at->in_quote = 0; /* a paragraph starts outside quotes, or opens one */
  int starts = at->in_quote;
  if (!(flags & TENOR_TOK__QUOTE)) { /* most sentences have no quotation mark */
    memset(q, at->in_quote, b - a);
    return starts;
  }
  for (size_t i = a; i < b; i++) {
    const tenorp_token *k = &t->v[i];
    if (k->flags & TENOR_TOK__QUOTE) {
      const unsigned char *c = (const unsigned char *)text + k->start;
      int open;
      if (k->len == 3 && c[0] == 0xE2 && c[1] == 0x80)
        open = c[2] == 0x9C || c[2] == 0x9E; /* “ „ open, ” closes */
      else if (k->len == 2 && c[0] == 0xC2)
        open = c[1] == 0xAB; /* « opens, » closes */
      else
        open = !at->in_quote;
      if (i == a && open)
        starts = 1;
      at->in_quote = open;
      q[i - a] = 1;
      continue;
    }
    q[i - a] = (unsigned char)at->in_quote;
  }
  return starts;
}

/* The speaker a mention or pronoun at token p stands for, or TENORP_NONE. */
static size_t candidate(tenorp_attrib *at, const tenorp_tokens *t, size_t p, size_t sentence) {
  tenorp_mention *m = mention_at(at, p);
  if (m && !(m->flags & TENORP_MENTION_ABSORBED))
    return m->actor;
  if (t->v[p].kind != TENORP_TOK_WORD)
    return TENORP_NONE;
  if (is_norm(t, p, "he") || is_norm(t, p, "she")) {
    if (at->last_person_speaker != TENORP_NONE && sentence - at->last_person_speaker_at <= 4)
      return at->last_person_speaker;
    return at->last_person;
  }
  if (is_norm(t, p, "it") || is_norm(t, p, "they"))
    return at->last_group;
  return TENORP_NONE;
}

/* A speaker candidate c found at token p, before the speech word at v:
 * if c is a state or organisation inside an appositive that follows a
 * person ("Dr Elena Varga, of the Lisbon Institute, said"), the person
 * speaks, and the appositive describes them (it is no target). */
static size_t appositive_speaker(tenorp_attrib *at, const tenorp_tokens *t, size_t a, size_t p,
                                 size_t v, size_t c) {
  if (at->da[c].type == TENOR_ACTOR_PERSON)
    return c;
  tenorp_mention *m = mention_at(at, p);
  if (!m || (m->flags & TENORP_MENTION_ROLE))
    return c;
  size_t close = p, open = m->first;
  while (close < v && !is_norm(t, close, ","))
    close++;
  while (open > a && !is_norm(t, open - 1, ","))
    open--;
  if (close == v || open <= a + 1)
    return c;
  tenorp_mention *who = mention_at(at, open - 2);
  if (!who || !is_person_mention(at, who))
    return c;
  for (size_t i = 0; i < at->all.n; i++) /* the appositive's actors describe the person */
    if (at->all.v[i].first >= open - 1 && at->all.v[i].last <= close)
      at->all.v[i].flags |= TENORP_MENTION_ABSORBED;
  return who->actor;
}

#define BACK_REACH 15   /* tokens searched before a speech word for its subject */
#define FORWARD_REACH 12 /* tokens searched after it */

/* Whether a comma or a quotation mark stands within `reach` tokens
 * before token p (and after a). */
static int clause_before(const tenorp_tokens *t, size_t a, size_t p, size_t reach) {
  for (size_t i = p; i > a && p - i < reach; i--)
    if (is_norm(t, i - 1, ",") || is_norm(t, i - 1, "\""))
      return 1;
  return 0;
}

/* The first token of the speaker candidate at p: its mention's, or p. */
static size_t candidate_start(tenorp_attrib *at, size_t p) {
  tenorp_mention *m = mention_at(at, p);
  return m ? m->first : p;
}

/* A closing attribution: the sentence ends (before its last punctuation)
 * with ", X said" or ", said X" outside quotation marks.  It names the
 * speaker of the whole sentence even when an earlier speech word does
 * not ("Russia did not condemn the strikes, Kerry said."). */
static size_t closing_speaker(tenorp_attrib *at, const tenorp_tokens *t, size_t a, size_t b,
                              const unsigned char *q, const tenorp_scorer *sc, size_t sentence) {
  size_t e = b;
  while (e > a && t->v[e - 1].kind == TENORP_TOK_PUNCT)
    e--;
  if (e <= a + 2 || q[e - 1 - a])
    return TENORP_NONE;
  for (size_t h = 0; h < sc->n; h++) {
    const tenorp_hit *hit = &sc->hits[h];
    if (!(hit->cats & TENORP_CAT_SPEECH) || q[hit->first - a] || hit->first <= a)
      continue;
    if (hit->last == e) { /* , X said; , a Russian defence spokesman said */
      for (size_t p = hit->first; p > a && hit->first - p < 4;) {
        p--;
        if (is_norm(t, p, ",") || q[p - a])
          break;
        size_t c = candidate(at, t, p, sentence);
        if (c == TENORP_NONE)
          continue;
        if (clause_before(t, a, candidate_start(at, p), 3))
          return appositive_speaker(at, t, a, p, hit->first, c);
        break;
      }
    } else if (hit->last < e && e - hit->last <= 4 && clause_before(t, a, hit->first, 1)) {
      size_t c = candidate(at, t, e - 1, sentence); /* , said X */
      if (c != TENORP_NONE && candidate_start(at, e - 1) >= hit->last &&
          candidate_start(at, e - 1) - hit->last <= 1)
        return c;
    }
  }
  return TENORP_NONE;
}

static size_t find_speaker(tenorp_attrib *at, const tenor_lexicon *lex, const tenorp_tokens *t,
                           size_t a, size_t b, const unsigned char *q, const tenorp_scorer *sc,
                           size_t sentence) {
  size_t closing = closing_speaker(at, t, a, b, q, sc, sentence);
  if (closing != TENORP_NONE)
    return closing;
  for (size_t h = 0; h < sc->n; h++) {
    const tenorp_hit *hit = &sc->hits[h];
    if (!(hit->cats & TENORP_CAT_SPEECH) || q[hit->first - a])
      continue;
    const char *key = tenorp_entry_key(lex, hit->e);
    int forward_first = key[0] == 'a' && !strncmp(key, "according", 9);
    /* The speaker follows the speech word only in an inversion, where the
     * word opens its clause ("...," said Mr Lavrov); after a noun
     * ("Officials said Russia...", "Aid groups praised Jordan") the actor
     * after it is what is said or whom it is said about. */
    int inverted =
        forward_first || hit->first == a || t->v[hit->first - 1].kind == TENORP_TOK_PUNCT;
    for (int pass = 0; pass < 1 + inverted; pass++) {
      int forward = pass != forward_first;
      if (!forward) {
        for (size_t p = hit->first, steps = 0; p > a && steps < BACK_REACH; steps++) {
          p--;
          if (q[p - a])
            break;
          size_t c = candidate(at, t, p, sentence);
          if (c != TENORP_NONE)
            return appositive_speaker(at, t, a, p, hit->first, c);
        }
      } else {
        for (size_t p = hit->last, steps = 0; p < b && steps < FORWARD_REACH; p++, steps++) {
          if (q[p - a])
            break;
          size_t c = candidate(at, t, p, sentence);
          if (c != TENORP_NONE)
            return c;
        }
      }
    }
    return TENORP_NONE; /* the first speech word outside quotes decides */
  }
  return TENORP_NONE;
}

/* ------------------------------------------------------- targets */

static int clause_mark(const tenorp_tokens *t, size_t i) {
  if (t->v[i].kind != TENORP_TOK_PUNCT)
    return 0;
  const char *n = tenorp_norm(t, i);
  return n[1] == 0 && strchr(",;:()[]-", n[0]) != NULL;
}

/* How the tokens [lo, hi) between two mentions join them: 2 when they
 * are a conjunction ("and", "or", "nor", with commas, "the" and "both"
 * around it: "Japan and South Korea", "the EU and the United Kingdom"),
 * 1 when only commas and "the" ("Spain, Ireland and Norway": a list goes
 * on), 0 otherwise. */
static int conjunct_gap(const tenorp_tokens *t, size_t lo, size_t hi) {
  int join = 0, comma = 0;
  if (hi <= lo || hi - lo > 3)
    return 0;
  for (size_t i = lo; i < hi; i++) {
    if (is_norm(t, i, ","))
      comma = 1;
    else if (is_norm(t, i, "and") || is_norm(t, i, "or") || is_norm(t, i, "nor"))
      join = 1;
    else if (!is_norm(t, i, "the") && !is_norm(t, i, "both"))
      return 0;
  }
  return join ? 2 : comma;
}

/* The run of mentions m0..m1 (indexes into at->all) joined as the
 * conjuncts of one list around mention m, when it has a conjunction;
 * else m alone. */
static void conjuncts(const tenorp_attrib *at, const tenorp_tokens *t, size_t m, size_t *m0,
                      size_t *m1) {
  const tenorp_mention *v = at->all.v;
  int join = 0, g;
  size_t lo = m, hi = m;
  while (lo > 0 && v[lo - 1].last <= v[lo].first &&
         (g = conjunct_gap(t, v[lo - 1].last, v[lo].first)))
    join |= g == 2, lo--;
  while (hi + 1 < at->all.n && v[hi].last <= v[hi + 1].first &&
         (g = conjunct_gap(t, v[hi].last, v[hi + 1].first)))
    join |= g == 2, hi++;
  *m0 = join ? lo : m;
  *m1 = join ? hi : m;
}

/* Room for `n` sentences in the per-sentence arrays, which grow together. */
static void reserve_sentences(tenorp_attrib *at, size_t n) {
  if (n <= at->captstart)
    return;
  size_t cap = at->captstart;
  at->target_start = tenorp_grow(at->target_start, &at->captstart, n, sizeof *at->target_start);
  at->speaker_of = tenorp_grow(at->speaker_of, &cap, n, sizeof *at->speaker_of);
  at->explicit_of = tenorp_xrealloc(at->explicit_of, at->captstart);
}

static tenor_target *target_of(tenorp_attrib *at, size_t first, size_t actor) {
  for (size_t i = first; i < at->ntargets; i++)
    if (at->targets[i].actor == actor)
      return &at->targets[i];
  if (at->ntargets == at->captargets)
    at->targets = tenorp_grow(at->targets, &at->captargets, at->ntargets + 1, sizeof *at->targets);
  tenor_target *x = &at->targets[at->ntargets++];
  memset(x, 0, sizeof *x);
  x->actor = actor;
  return x;
}

/* A stable sort with a context (qsort has none, and a static one would
 * not be thread-safe): insertion sort for the usual few elements (targets
 * of a sentence, actors and pairs of an article), merge sort above that,
 * so that a document of thousands of actors does not take quadratic time.
 * Both keep equal elements in order, so the result is the same. */
typedef int (*cmp_fn)(const tenorp_attrib *at, const void *a, const void *b);

_Static_assert(sizeof(tenor_target) <= sizeof(tenor_actor_stats) &&
                   sizeof(tenor_pair_stats) <= sizeof(tenor_actor_stats),
               "sort_with's buffer holds the largest element it sorts");

#define SORT_SMALL 16

static void insertion_sort(const tenorp_attrib *at, char *v, size_t n, size_t size,
                           cmp_fn cmp) {
  char tmp[sizeof(tenor_actor_stats)];
  for (size_t i = 1; i < n; i++) {
    size_t j = i;
    memcpy(tmp, v + i * size, size);
    while (j > 0 && cmp(at, v + (j - 1) * size, tmp) > 0) {
      memcpy(v + j * size, v + (j - 1) * size, size);
      j--;
    }
    memcpy(v + j * size, tmp, size);
  }
}

static void merge_sort(const tenorp_attrib *at, char *v, char *tmp, size_t n, size_t size,
                       cmp_fn cmp) {
  if (n <= SORT_SMALL) {
    insertion_sort(at, v, n, size, cmp);
    return;
  }
  size_t h = n / 2, i = 0, j = h, k = 0;
  merge_sort(at, v, tmp, h, size, cmp);
  merge_sort(at, v + h * size, tmp, n - h, size, cmp);
  while (i < h && j < n) /* the left one first when equal: stable */
    memcpy(tmp + k++ * size, cmp(at, v + j * size, v + i * size) < 0 ? v + j++ * size
                                                                     : v + i++ * size,
           size);
  memcpy(tmp + k * size, v + i * size, (h - i) * size);
  k += h - i;
  memcpy(tmp + k * size, v + j * size, (n - j) * size);
  memcpy(v, tmp, n * size);
}

static void sort_with(const tenorp_attrib *at, void *base, size_t n, size_t size, cmp_fn cmp) {
  if (n <= SORT_SMALL) {
    insertion_sort(at, base, n, size, cmp);
    return;
  }
  char *tmp = tenorp_xmalloc(n * size);
  merge_sort(at, base, tmp, n, size, cmp);
  free(tmp);
}

static int targets_by_id(const tenorp_attrib *at, const void *a, const void *b) {
  return strcmp(da_id(at, ((const tenor_target *)a)->actor),
                da_id(at, ((const tenor_target *)b)->actor));
}

static tenor_pair_stats *pair_of(tenorp_attrib *at, size_t speaker, size_t target) {
  size_t key[2] = {speaker, target};
  int added;
  size_t k = tenorp_map_put(&at->pair_index, (const char *)key, sizeof key,
                            tenorp_hash((const char *)key, sizeof key), at->npairs, &added);
  if (!added)
    return &at->pairs[at->pair_index.keys[k].value];
  if (at->npairs == at->cappairs)
    at->pairs = tenorp_grow(at->pairs, &at->cappairs, at->npairs + 1, sizeof *at->pairs);
  tenor_pair_stats *p = &at->pairs[at->npairs++];
  memset(p, 0, sizeof *p);
  p->speaker = speaker;
  p->target = target;
  return p;
}

static double stance(const tenor_target *x) {
  double v = x->tone + x->cooperation - x->hostility;
  return v / sqrt(v * v + TENORP_NORM_ALPHA);
}

/* Counts actor d (reported) once for this sentence. */
static void count_mention(tenorp_attrib *at, size_t d, size_t sentence) {
  if (at->da[d].counted == sentence + 1)
    return;
  at->da[d].counted = sentence + 1;
  at->da[d].st.mentions++;
}

void tenorp_attrib_sentence(tenorp_attrib *at, const tenor_lexicon *lex, const char *text,
                            const tenorp_tokens *t, const tenorp_span *s,
                            const tenorp_survey *sv, size_t index, tenorp_scorer *sc,
                            tenor_sentence *out) {
  reserve_sentences(at, index + 2);
  at->target_start[index] = at->target_start[index + 1] = at->ntargets;
  at->speaker_of[index] = TENORP_NONE;
  at->explicit_of[index] = 0;
  out->speaker = TENOR_NO_ACTOR;
  if (!at->actors)
    return;
  size_t a = s->first, b = s->last, first_target = at->ntargets;
  unsigned char qbuf[256], *q = b - a <= sizeof qbuf ? qbuf : tenorp_xmalloc(b - a);
  int starts_quoted = mark_quotes(at, text, t, a, b, sv->flags, q);
  /* a quotation mark, or a quotation open at either end */
  int has_quote = starts_quoted || at->in_quote || (sv->flags & TENOR_TOK__QUOTE);

  size_t speaker = find_speaker(at, lex, t, a, b, q, sc, index);
  int explicit = speaker != TENORP_NONE;
  if (explicit && starts_quoted && at->run_start != TENORP_NONE) {
    /* "We will act. Nobody doubts it," Kerry said: the attribution at the
     * end of a quotation covers its earlier sentences too */
    for (size_t k = at->run_start; k < index; k++)
      if (!at->explicit_of[k])
        at->speaker_of[k] = speaker;
  }
  if (!explicit && starts_quoted)
    speaker = at->quote_speaker;
  if (at->in_quote && !explicit) {
    if (at->run_start == TENORP_NONE)
      at->run_start = index;
  } else {
    at->run_start = TENORP_NONE;
  }
  if (speaker != TENORP_NONE && has_quote)
    at->quote_speaker = speaker;
  if (speaker != TENORP_NONE && at->da[speaker].type == TENOR_ACTOR_PERSON) {
    at->last_person_speaker = speaker;
    at->last_person_speaker_at = index;
  }
  at->speaker_of[index] = speaker;
  at->explicit_of[index] = (unsigned char)explicit;
  size_t rs = reported(at, speaker);

  /* targets, and every hit to the nearest target in its clause */
  for (size_t m = 0; m < at->all.n; m++) {
    const tenorp_mention *x = &at->all.v[m];
    size_t r = reported(at, x->actor);
    count_mention(at, r, index);
    if (!(x->flags & TENORP_MENTION_ABSORBED) && r != rs)
      target_of(at, first_target, r);
  }
  if (sc->n && at->ntargets > first_target) {
    /* clause[i - a]: the clause marks among tokens [a, i), so that whether
     * two tokens are in one clause is one subtraction (scanning the tokens
     * between each hit and each mention made a long sentence full of
     * names and hits take minutes) */
    if (b - a + 1 > at->capclause)
      at->clause = tenorp_grow(at->clause, &at->capclause, b - a + 1, sizeof *at->clause);
    at->clause[0] = 0;
    for (size_t i = a; i < b; i++)
      at->clause[i - a + 1] = at->clause[i - a] + (size_t)clause_mark(t, i);
  }
  for (size_t h = 0; h < sc->n && at->ntargets > first_target; h++) {
    tenorp_hit *hit = &sc->hits[h];
    if (!(hit->cats & TENORP_CAT_SCORING))
      continue;
    size_t best = TENORP_NONE, best_dist = SIZE_MAX;
    int best_same = 0;
    for (size_t m = 0; m < at->all.n; m++) {
      const tenorp_mention *x = &at->all.v[m];
      if ((x->flags & TENORP_MENTION_ABSORBED) || reported(at, x->actor) == rs)
        continue;
      size_t lo = x->first < hit->first ? x->last : hit->last;
      size_t hi = x->first < hit->first ? hit->first : x->first;
      int same = hi <= lo || at->clause[hi - a] == at->clause[lo - a];
      size_t dist = hi > lo ? hi - lo : 0;
      if ((same && !best_same) || (same == best_same && dist < best_dist)) {
        best = m;
        best_dist = dist;
        best_same = same;
      }
    }
    if (best == TENORP_NONE)
      continue;
    hit->target = reported(at, at->all.v[best].actor);
    /* what is said of one conjunct is said of all: "Japan and South
     * Korea agreed", "Russia and Ukraine traded fire" */
    size_t m0, m1;
    conjuncts(at, t, best, &m0, &m1);
    for (size_t m = m0; m <= m1; m++) {
      const tenorp_mention *x = &at->all.v[m];
      size_t r = reported(at, x->actor);
      if ((x->flags & TENORP_MENTION_ABSORBED) || r == rs)
        continue;
      size_t seen = m0;
      while (seen < m && reported(at, at->all.v[seen].actor) != r)
        seen++;
      if (seen < m && !(at->all.v[seen].flags & TENORP_MENTION_ABSORBED))
        continue; /* one actor named twice in the list counts once */
      tenor_target *tg = target_of(at, first_target, r);
      tg->tone += hit->w[TENORP_TONE];
      tg->hostility += hit->w[TENORP_HOSTILITY];
      tg->cooperation += hit->w[TENORP_COOPERATION];
    }
  }
  if (at->ntargets > first_target) /* else at->targets may be NULL, and NULL + 0 is undefined */
    sort_with(at, at->targets + first_target, at->ntargets - first_target, sizeof *at->targets,
              targets_by_id);
  for (size_t i = first_target; i < at->ntargets; i++)
    at->targets[i].stance = stance(&at->targets[i]);
  at->target_start[index + 1] = at->ntargets;

  for (size_t m = 0; m < at->all.n; m++) { /* for pronouns in later sentences */
    size_t d = at->all.v[m].actor;
    if (at->da[d].type == TENOR_ACTOR_PERSON)
      at->last_person = d;
    else if (!(at->all.v[m].flags & TENORP_MENTION_ABSORBED))
      at->last_group = d;
  }
  if (q != qbuf)
    free(q);
}

/* ------------------------------------------------------- finishing */

static int stats_by_id(const tenorp_attrib *at, const void *a, const void *b) {
  return strcmp(da_id(at, ((const tenor_actor_stats *)a)->actor),
                da_id(at, ((const tenor_actor_stats *)b)->actor));
}

static int pairs_by_id(const tenorp_attrib *at, const void *a, const void *b) {
  const tenor_pair_stats *x = a, *y = b;
  int c = strcmp(da_id(at, x->speaker), da_id(at, y->speaker));
  return c ? c : strcmp(da_id(at, x->target), da_id(at, y->target));
}

/* Adds sentence i (speaker rs, reported) to the actor and pair totals,
 * dropping the speaker from its targets if an attribution found later
 * made it the speaker. */
static void tally(tenorp_attrib *at, tenor_sentence *s, size_t i, size_t rs, size_t *w) {
  size_t from = at->target_start[i], to = at->target_start[i + 1];
  at->target_start[i] = *w;
  for (size_t k = from; k < to; k++) {
    tenor_target x = at->targets[k];
    if (x.actor == rs)
      continue;
    at->targets[(*w)++] = x;
    tenor_actor_stats *st = &at->da[x.actor].st;
    st->as_target++;
    st->stance_sum += x.stance;
    st->tone_as_target += x.tone;
    st->hostility_as_target += x.hostility;
    st->cooperation_as_target += x.cooperation;
    if (rs != TENORP_NONE) {
      tenor_pair_stats *p = pair_of(at, rs, x.actor);
      p->sentences++;
      p->stance_sum += x.stance;
      p->tone += x.tone;
      p->hostility += x.hostility;
      p->cooperation += x.cooperation;
    }
  }
  if (rs != TENORP_NONE) {
    tenor_actor_stats *st = &at->da[rs].st;
    st->as_speaker++;
    st->tone_as_speaker += s->tone;
    st->hostility_as_speaker += s->hostility;
    st->cooperation_as_speaker += s->cooperation;
  }
  s->speaker = rs;
}

void tenorp_attrib_finish(tenorp_attrib *at, tenor_sentence *sents, size_t n) {
  reserve_sentences(at, n + 1);
  if (n == 0)
    at->target_start[0] = 0;
  if (at->actors) {
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
      tally(at, &sents[i], i, reported(at, at->speaker_of[i]), &w);
    at->target_start[n] = w;
    at->ntargets = w;
  }
  if (at->nda > at->cappub)
    at->pub = tenorp_grow(at->pub, &at->cappub, at->nda, sizeof *at->pub);
  at->nstats = 0;
  for (size_t d = 0; d < at->nda; d++) {
    const tenorp_docactor *x = &at->da[d];
    tenor_actor *p = &at->pub[d];
    p->id = da_id(at, d);
    p->type = x->type;
    p->discovered = x->listed == TENORP_NONE;
    p->name = x->listed == TENORP_NONE
                  ? at->strings.ptr + x->name
                  : tenorp_actors_str(at->actors, tenorp_actors_get(at->actors, x->listed)->name);
    p->affiliation = x->affiliation == TENORP_NONE ? "" : da_id(at, x->affiliation);
    if (x->st.mentions || x->st.as_target || x->st.as_speaker) {
      if (at->nstats == at->capstats)
        at->stats = tenorp_grow(at->stats, &at->capstats, at->nstats + 1, sizeof *at->stats);
      at->stats[at->nstats] = x->st;
      at->stats[at->nstats++].actor = d;
    }
  }
  sort_with(at, at->stats, at->nstats, sizeof *at->stats, stats_by_id);
  sort_with(at, at->pairs, at->npairs, sizeof *at->pairs, pairs_by_id);
}

void tenorp_attrib_trim(tenorp_attrib *at) {
  free(at->skip);
  at->skip = NULL;
  at->capskip = 0;
  free(at->clause);
  at->clause = NULL;
  at->capclause = 0;
  free(at->targets);
  at->targets = NULL;
  at->ntargets = at->captargets = 0;
  free(at->target_start);
  free(at->speaker_of);
  free(at->explicit_of);
  at->target_start = at->speaker_of = NULL;
  at->explicit_of = NULL;
  at->captstart = 0;
}

void tenorp_attrib_free(tenorp_attrib *at) {
  tenorp_attrib_trim(at);
  free(at->da);
  tenorp_buf_free(&at->strings);
  free(at->listed_to_doc);
  free(at->stamp);
  free(at->all.v);
  free(at->patterns.v);
  free(at->marks);
  tenorp_buf_free(&at->mark_ids);
  if (at->re_scratch)
    tenorp_actors_scratch_free(at->re_scratch);
  tenorp_buf_free(&at->key);
  free(at->pub);
  free(at->stats);
  free(at->pairs);
  tenorp_map_free(&at->pair_index);
  tenorp_map_free(&at->words);
  tenorp_map_free(&at->person_ids);
  tenorp_map_free(&at->surname_of);
}
