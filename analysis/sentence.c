/*
 * sentence.c - the sentence splitter for news prose.
 *
 * It works on tokens, so that decimals (3.5), thousands (1,200) and dotted
 * abbreviations (U.S., e.g.) arrive already whole.  A sentence ends at a
 * blank line, before a bullet line, or after . ! ? (with any closing
 * quotes and brackets attached to them) when white space and a
 * sentence-like start follow: an upper-case letter, a digit or an opening
 * quote or bracket.  A lower-case word after the mark keeps the sentence
 * going, which is what makes `"Why now?" he asked.` one sentence.  Titles
 * and initials never end one; month names and No. do not before a number;
 * dotted acronyms and etc. end one only before a word that usually opens a
 * sentence.  An ellipsis never ends a sentence by itself.
 *
 * The survey of a sentence (at the end) lists, for the passes over it,
 * the few tokens each acts on.
 */
#include "sentence.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "tenor.h"
#include "vocab.h"

/* What a full stop after a word means. */
enum { STOP_PLAIN, STOP_NEVER, STOP_BEFORE_NUMBER, STOP_BEFORE_OPENER };

/* A word list, each word with its length, so that a word is compared
 * only with those of its own length (the splitter asks at every full
 * stop, and strlen over the lists was a tenth of its time). */
typedef struct {
  const char *s;
  size_t n;
} word;
#define W(lit) {lit, sizeof lit - 1}

static const word titles[] = {
    W("Mr"),   W("Mrs"),  W("Ms"),   W("Dr"),   W("Prof"), W("Gen"),  W("Maj"),
    W("Lt"),   W("Col"),  W("Capt"), W("Sgt"),  W("Cpl"),  W("Adm"),  W("Gov"),
    W("Sen"),  W("Rep"),  W("Rev"),  W("St"),   W("Hon"),  W("Pres"), W("Brig"),
    W("Cmdr"), W("Insp"), W("Supt"), W("Gens"), W("cf"),   W("vs"),   {NULL, 0}};
static const word before_number[] = {W("Jan"), W("Feb"),  W("Mar"), W("Apr"), W("Jun"),
                                     W("Jul"), W("Aug"),  W("Sep"), W("Sept"), W("Oct"),
                                     W("Nov"), W("Dec"),  W("No"),  {NULL, 0}};
static const word before_opener[] = {W("etc"), W("Jr"),   W("Sr"),  W("Inc"), W("Ltd"),
                                     W("Co"),  W("Corp"), {NULL, 0}};
static const word never_dotted[] = {W("e.g."), W("i.e."), W("E.g."), W("I.e."), {NULL, 0}};
static const word openers[] = {
    W("The"), W("A"),   W("An"),   W("It"),      W("He"),    W("She"),   W("They"),
    W("We"),  W("I"),   W("This"), W("That"),    W("These"), W("Those"), W("There"),
    W("But"), W("And"), W("Yet"),  W("However"), W("In"),    W("On"),    W("At"),
    W("His"), W("Her"), W("Its"),  W("Their"),   W("Our"),   W("My"),    {NULL, 0}};
#undef W

/* The longest word of any list: a longer word is in none. */
#define LONGEST_LISTED 7

static int in_list(const word *list, const char *s, size_t n) {
  if (n > LONGEST_LISTED || !n)
    return 0;
  for (; list->s; list++) /* the first byte first: most words differ there */
    if (list->n == n && list->s[0] == s[0] && !memcmp(list->s, s, n))
      return 1;
  return 0;
}

/* Whether token i is the punctuation mark c (every mark the splitter asks
 * about is one byte when normalised). */
static int mark_is(const tenorp_tokens *t, size_t i, char c) {
  const tenorp_token *k = &t->v[i];
  return k->kind == TENORP_TOK_PUNCT && k->norm_len == 1 && t->norms.ptr[k->norm] == c;
}

static int attached(const tenorp_tokens *t, size_t i) {
  return !(t->v[i].flags & TENOR_TOK__SPACE);
}

/* A single capital letter: an initial (ASCII, or one two-byte letter). */
static int is_initial(const tenorp_token *k) {
  return k->kind == TENORP_TOK_WORD && (k->flags & TENOR_TOK__UPPER) && k->len <= 2 &&
         !(k->flags & (TENOR_TOK__HASLOWER | TENOR_TOK__CAPS | TENOR_TOK__DOTTED));
}

/* How a terminator at token i should be judged, from the word before it
 * (or, for a dotted abbreviation, the token itself). */
static int stop_kind(const char *text, const tenorp_tokens *t, size_t i) {
  const tenorp_token *k = &t->v[i];
  if (k->flags & TENOR_TOK__DOTTED)
    return in_list(never_dotted, text + k->start, k->len) ? STOP_NEVER : STOP_BEFORE_OPENER;
  if (!mark_is(t, i, '.') || i == 0 || !attached(t, i))
    return STOP_PLAIN;
  const tenorp_token *w = &t->v[i - 1];
  if (w->kind != TENORP_TOK_WORD)
    return STOP_PLAIN;
  const char *s = text + w->start;
  if (in_list(titles, s, w->len) || is_initial(w))
    return STOP_NEVER;
  if (in_list(before_number, s, w->len))
    return STOP_BEFORE_NUMBER;
  if (in_list(before_opener, s, w->len))
    return STOP_BEFORE_OPENER;
  return STOP_PLAIN;
}

static int is_terminator(const tenorp_tokens *t, size_t i) {
  return mark_is(t, i, '.') || mark_is(t, i, '!') || mark_is(t, i, '?');
}

static int is_closer(const tenorp_tokens *t, size_t i) {
  return mark_is(t, i, '"') || mark_is(t, i, '\'') || mark_is(t, i, ')') || mark_is(t, i, ']');
}

static int is_bullet(const tenorp_tokens *t, size_t i) {
  return (t->v[i].flags & TENOR_TOK__LINE) && i + 1 < t->n && !attached(t, i + 1) &&
         (mark_is(t, i, '-') || mark_is(t, i, '*'));
}

/* Whether token j can begin a sentence after a terminator. */
static int starts_sentence(const tenorp_tokens *t, size_t j) {
  const tenorp_token *k = &t->v[j];
  if (k->flags & TENOR_TOK__UPPER)
    return 1;
  if (k->kind == TENORP_TOK_NUM)
    return 1;
  if (k->kind == TENORP_TOK_WORD && !(k->flags & TENOR_TOK__LOWER))
    return 1; /* a script without case: nothing tells a new sentence from an old one */
  return mark_is(t, j, '"') || mark_is(t, j, '\'') || mark_is(t, j, '(') || mark_is(t, j, '[') ||
         is_bullet(t, j);
}

static void add(tenorp_spans *out, const tenorp_tokens *t, size_t first, size_t last,
                unsigned flags) {
  size_t i;
  for (i = first; i < last; i++)
    if (t->v[i].kind != TENORP_TOK_PUNCT)
      break;
  if (i == last)
    return; /* punctuation only: a rule, a row of stars */
  if (out->n == out->cap)
    out->v = tenorp_grow(out->v, &out->cap, out->n + 1, sizeof *out->v);
  tenorp_span s = {first, last, flags};
  out->v[out->n++] = s;
}

/* Where the sentence from token b would pass max_bytes: a token that ends
 * after this byte offset would take it over. */
static size_t byte_limit(const tenorp_tokens *t, size_t b, size_t max_bytes) {
  size_t start = b < t->n ? t->v[b].start : 0;
  return max_bytes && max_bytes <= SIZE_MAX - start ? start + max_bytes : SIZE_MAX;
}

/* Cuts the sentence that started at *b before each token of [from, to)
 * that would take it past max_bytes (limit: byte_limit of *b).  None of
 * those tokens can end or break a sentence otherwise. */
static void cut_long(const tenorp_tokens *t, size_t max_bytes, size_t from, size_t to, size_t *b,
                     size_t *limit, tenorp_spans *out) {
  if (from >= to || t->v[to - 1].start + t->v[to - 1].len <= *limit)
    return; /* the last ends within the limit, and so do those before it */
  for (size_t x = from; x < to; x++) {
    if (x > *b && t->v[x].start + t->v[x].len > *limit) {
      add(out, t, *b, x, TENOR_SENT_CUT);
      *b = x;
      *limit = byte_limit(t, x, max_bytes);
    }
  }
}

/* Goes from one of t->breaks to the next (token.h): the tokens between
 * them only continue a sentence, or cut one that grows too long. */
void tenorp_split(const char *text, const tenorp_tokens *t, size_t max_bytes, tenorp_spans *out) {
  out->n = 0;
  size_t b = 0, i = 0, limit = byte_limit(t, 0, max_bytes);
  for (size_t c = 0;; c++) {
    size_t next = c < t->nbreaks && t->breaks[c] < t->n ? t->breaks[c] : t->n;
    if (next < i)
      continue; /* taken with the mark before it, or met twice */
    cut_long(t, max_bytes, i, next, &b, &limit, out);
    if (next == t->n)
      break;
    i = next;
    const tenorp_token *k = &t->v[i];
    if (i > b) {
      if ((k->flags & TENOR_TOK__PARA) || is_bullet(t, i)) {
        add(out, t, b, i, 0);
        b = i;
        limit = byte_limit(t, b, max_bytes);
      } else if (k->start + k->len > limit) { /* too long with it */
        add(out, t, b, i, TENOR_SENT_CUT);
        b = i;
        limit = byte_limit(t, b, max_bytes);
      }
    }
    if (!is_terminator(t, i) && !(k->flags & TENOR_TOK__DOTTED)) {
      i++; /* the first token of a line that is neither */
      continue;
    }
    int kind = stop_kind(text, t, i);
    /* the marks attached to the end go with it, but no further than the
     * limit: a run of a million '!' is cut like any long sentence */
    size_t j = i + 1;
    while (j < t->n && attached(t, j) && (is_terminator(t, j) || is_closer(t, j)) &&
           t->v[j].start + t->v[j].len <= limit)
      j++;
    int brk;
    if (j == t->n)
      brk = 1;
    else if (attached(t, j) || kind == STOP_NEVER)
      brk = 0;
    else if (kind == STOP_BEFORE_NUMBER)
      brk = t->v[j].kind != TENORP_TOK_NUM && starts_sentence(t, j);
    else if (kind == STOP_BEFORE_OPENER)
      brk = t->v[j].kind == TENORP_TOK_WORD && in_list(openers, text + t->v[j].start, t->v[j].len);
    else
      brk = starts_sentence(t, j);
    if (brk) {
      add(out, t, b, j, 0);
      b = j;
      limit = byte_limit(t, b, max_bytes);
    }
    i = j;
  }
  if (b < t->n)
    add(out, t, b, t->n, 0);
}

void tenorp_spans_free(tenorp_spans *s) {
  free(s->v);
  s->v = NULL;
  s->n = s->cap = 0;
}

void tenorp_survey_sentence(const tenorp_tokens *t, const tenorp_span *s, tenorp_survey *out) {
  size_t a = s->first, b = s->last;
  if (b - a > out->cap) {
    size_t cap = out->cap;
    out->names = tenorp_grow(out->names, &cap, b - a, sizeof *out->names);
    out->maybe = tenorp_grow(out->maybe, &out->cap, b - a, sizeof *out->maybe);
  }
  size_t nnames = 0, nmaybe = 0, words = 0, bangs = 0;
  unsigned any = 0;
  for (size_t i = a; i < b; i++) {
    const tenorp_token *k = &t->v[i];
    unsigned f = k->flags, wordlike = k->kind != TENORP_TOK_PUNCT; /* a word or a number */
    any |= f;
    words += wordlike;
    bangs += (f & TENOR_TOK__BANG) != 0;
    out->names[nnames] = i;
    nnames += wordlike & ((f & (TENOR_TOK__NOTE | TENOR_TOK__UPPER | TENOR_TOK__HYPHEN)) != 0);
    out->maybe[nmaybe] = i;
    nmaybe += wordlike & (!k->w->quiet | ((f & TENOR_TOK__HYPHEN) != 0));
  }
  out->nnames = nnames;
  out->nmaybe = nmaybe;
  out->words = words;
  out->bangs = bangs;
  out->flags = any;
}

void tenorp_survey_free(tenorp_survey *s) {
  free(s->names);
  free(s->maybe);
  memset(s, 0, sizeof *s);
}
