/*
 * analyze.c - the analyzer: text to tokens to sentences to scores.
 *
 * It owns the working memory of one pipeline (token, sentence and hit
 * arrays) and reuses it from one text to the next, so scoring a corpus
 * allocates only while the largest document so far grows.
 */
#include "tenor.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "attrib.h"
#include "score.h"
#include "sentence.h"
#include "token.h"
#include "vocab.h"

struct tenor_analyzer {
  const tenor_lexicon *lex; /* borrowed */
  tenor_options opt;        /* a copy of the options */
  tenorp_tokens toks;       /* tokens of the current text */
  tenorp_spans spans;       /* its sentences as token ranges */
  tenorp_survey survey;     /* what the passes over the current sentence want to know */
  tenorp_scorer scorer;     /* matching scratch */
  tenorp_attrib attrib;     /* actors, speakers, targets */
  tenorp_vocab vocab;       /* the words of the lexicon and actors, built at the first run */
  const tenorp_vocab *words;/* &vocab once built, another analyzer's (shared), or NULL */
  tenorp_seen seen;         /* the words met, with copies of their records (vocab.h) */
  tenor_sentence *sents;    /* scores of the current text */
  size_t nsents, capsents;
  size_t nextra;            /* categories of the user's own */
  double *extra;            /* their sums, nextra per sentence */
  size_t capextra;
  /* with opt.explain: */
  tenor_token *tokens;      /* every token of the text */
  size_t captokens;
  tenor_hit *hits;          /* every hit, sentence by sentence */
  size_t nhits, caphits;
  size_t *hit_start;        /* per sentence: its first hit; one extra at the end */
  size_t caphstart;
};

void tenor_options_init(tenor_options *opt) {
  memset(opt, 0, sizeof *opt);
  opt->max_sentence_bytes = TENOR_DEFAULT_MAX_SENTENCE_BYTES;
  opt->level = TENOR_LEVEL_PERSON;
}

tenor_analyzer *tenor_analyzer_new(const tenor_lexicon *lex, const tenor_options *opt) {
  tenor_analyzer *a = tenorp_xcalloc(1, sizeof *a);
  a->lex = lex;
  if (opt)
    a->opt = *opt;
  else
    tenor_options_init(&a->opt);
  a->attrib.level = a->opt.level;
  a->nextra = tenor_lexicon_extra_count(lex);
  if (a->nextra) {
    a->scorer.extra = tenorp_xcalloc(a->nextra, sizeof *a->scorer.extra);
    a->scorer.nextra = a->nextra;
  }
  return a;
}

void tenor_analyzer_set_actors(tenor_analyzer *a, const tenor_actors *actors) {
  a->attrib.actors = actors;
  a->words = NULL; /* built again, for these actors */
  tenorp_seen_free(&a->seen); /* its records are copies of the old words' */
}

/* Builds the analyzer's own vocabulary. */
static const tenorp_vocab *own_words(tenor_analyzer *a) {
  tenorp_seen_free(&a->seen);
  tenorp_vocab_build(&a->vocab, a->lex,
                     a->attrib.actors ? tenorp_actors_aliases(a->attrib.actors) : NULL,
                     tenorp_attrib_words(&a->attrib));
  return a->words = &a->vocab;
}

int tenor_analyzer_mark(tenor_analyzer *a, size_t start, size_t end, const char *id, int type) {
  if (!a->attrib.actors || !id || !*id || start >= end || type < 0 || type > TENOR_ACTOR_GROUP)
    return TENOR_EACTOR;
  tenorp_attrib_mark(&a->attrib, start, end, id, type);
  return TENOR_OK;
}

void tenor_analyzer_share(tenor_analyzer *a, tenor_analyzer *from) {
  const tenorp_vocab *w = from->words ? from->words : own_words(from);
  if (a == from)
    return; /* built now, before it runs */
  tenorp_vocab_free(&a->vocab);
  tenorp_seen_free(&a->seen);
  a->words = w;
}

/* Keeps the tokens and hits of sentence i for tenor explain. */
static void keep_explained(tenor_analyzer *a, size_t i, const unsigned char *skip) {
  const tenorp_span *s = &a->spans.v[i];
  const tenorp_tokens *t = &a->toks;
  for (size_t k = s->first; k < s->last; k++) {
    tenor_token *o = &a->tokens[k];
    o->start = t->v[k].start;
    o->len = t->v[k].len;
    o->norm = tenorp_norm(t, k);
    o->kind = (int)t->v[k].kind;
    o->actor = skip && skip[k];
  }
  const tenorp_scorer *sc = &a->scorer;
  if (a->nhits + sc->n > a->caphits)
    a->hits = tenorp_grow(a->hits, &a->caphits, a->nhits + sc->n, sizeof *a->hits);
  for (size_t h = 0; h < sc->n; h++) {
    const tenorp_hit *x = &sc->hits[h];
    tenor_hit *o = &a->hits[a->nhits++];
    o->first = x->first - s->first;
    o->last = x->last - s->first;
    o->term = tenorp_entry_key(a->lex, x->e);
    o->match = (int)x->match;
    o->rules = x->rules;
    for (int c = 0; c < 3; c++)
      o->score[c] = x->w[c];
    o->target = x->target == SIZE_MAX ? TENOR_NO_ACTOR : x->target;
    o->entry = x->e;
    /* the items it gives, in the order of tenor_lexicon_entry_items */
    unsigned k = 0;
    o->given = 0;
    for (unsigned c = 0; c < TENORP_NOWN; c++) {
      if (!(x->e->cats & (1u << c)))
        continue;
      if (x->cats & (1u << c))
        o->given |= 1ull << k;
      k++;
    }
    for (uint32_t link = x->e->extra; link; k++) {
      const tenorp_extra *xt = tenorp_entry_extra(a->lex, link);
      if (k < 64 && tenorp_hit_gives_extra(sc, a->lex, h, xt->cat))
        o->given |= 1ull << k;
      link = xt->next;
    }
  }
  a->hit_start[i + 1] = a->nhits;
}

/* A text longer than this is analysed a part at a time (see
 * tenor_analyzer_run). */
#ifndef PART_BYTES
#define PART_BYTES ((size_t)64 * 1024)
#endif

/* Frees what the analyzer keeps per token and per sentence of a text. */
static void free_text_memory(tenor_analyzer *a) {
  tenorp_tokens_free(&a->toks);
  tenorp_spans_free(&a->spans);
  tenorp_survey_free(&a->survey);
  tenorp_attrib_trim(&a->attrib);
  tenorp_seen_trim(&a->seen);
  free(a->sents);
  free(a->extra);
  free(a->tokens);
  free(a->hits);
  free(a->hit_start);
  a->sents = NULL;
  a->extra = NULL;
  a->tokens = NULL;
  a->hits = NULL;
  a->hit_start = NULL;
  a->nsents = a->capsents = a->capextra = a->captokens = 0;
  a->nhits = a->caphits = a->caphstart = 0;
}

/* Lets go of the per-text memory when the last long text left far more
 * than this text needs, so that an analyzer's memory follows the text it
 * runs on, not the longest it ever ran on.  Tokens are held for a part
 * of a text (about one a 4 bytes), sentences for all of it (a sentence
 * is seldom under 32 bytes); below 4,096 tokens and 1,024 sentences it is
 * not worth the trouble. */
static void trim(tenor_analyzer *a, size_t len) {
  size_t part = len < PART_BYTES ? len : PART_BYTES;
  if ((a->toks.cap > 4096 && a->toks.cap > 4 * (part / 4 + 64)) ||
      (a->capsents > 1024 && a->capsents > 4 * (len / 32 + 64)))
    free_text_memory(a);
}

/* Where a part that should end near `at` ends: before the first line
 * break at or after it, else before the first space, else at the end of
 * the text (a part never ends inside a token). */
static size_t part_end(const char *text, size_t len, size_t at) {
  const char *nl = memchr(text + at, '\n', len - at);
  if (nl && (size_t)(nl - text) - at < PART_BYTES)
    return (size_t)(nl - text);
  const char *sp = memchr(text + at, ' ', len - at);
  return sp ? (size_t)(sp - text) : len;
}

/* Scores sentences first..first+n-1 of the text, the spans 0..n-1 of the
 * tokens in hand. */
static void analyse_spans(tenor_analyzer *a, const char *text, size_t first, size_t n) {
  if (first + n > a->capsents)
    a->sents = tenorp_grow(a->sents, &a->capsents, first + n, sizeof *a->sents);
  if (a->nextra && (first + n) * a->nextra > a->capextra)
    a->extra = tenorp_grow(a->extra, &a->capextra, (first + n) * a->nextra, sizeof *a->extra);
  for (size_t k = 0; k < n; k++) {
    size_t i = first + k;
    const tenorp_span *s = &a->spans.v[k];
    tenorp_survey_sentence(&a->toks, s, &a->survey);
    const unsigned char *skip = tenorp_attrib_mentions(&a->attrib, text, &a->toks, s, &a->survey, i);
    tenorp_score_sentence(&a->scorer, a->lex, &a->toks, s, &a->survey, skip, &a->sents[i]);
    tenorp_attrib_sentence(&a->attrib, a->lex, text, &a->toks, s, &a->survey, i, &a->scorer,
                           &a->sents[i]);
    for (size_t x = 0; x < a->nextra; x++)
      a->extra[i * a->nextra + x] = a->scorer.extra[x];
    if (a->opt.explain)
      keep_explained(a, i, skip);
  }
}

/*
 * A long text is analysed a part of about PART_BYTES at a time, so that
 * its tokens (48 bytes each, some 12 a sentence) stay in the cache through
 * the passes over them, and memory follows the part, not the text: a
 * part's tokens are split into sentences, and all but its last two
 * sentences are scored (the last may go on in the next part, and the
 * split of the one before may have looked at it); the next part starts
 * right after the last token scored.  Nothing of a sentence depends on
 * another's tokens (the attribution keeps what it carries from sentence to
 * sentence by sentence number and byte offset), and a part starts where
 * the whole text had a token boundary, so the results are those of the
 * whole text at once, byte for byte.  With opt.explain, which keeps every
 * token, the text goes at once.
 */
int tenor_analyzer_run(tenor_analyzer *a, const char *text, size_t len) {
  const tenorp_vocab *words = a->words ? a->words : own_words(a);
  trim(a, len);
  tenorp_attrib_begin(&a->attrib, text, len);
  size_t pos = 0, done = 0, part = PART_BYTES;
  unsigned pending = TENOR_TOK__LINE | TENOR_TOK__PARA; /* the flags of the text's start */
  for (;;) {
    size_t end = a->opt.explain || len - pos <= part ? len : part_end(text, len, pos + part);
    tenorp_tokenize_part(text, pos, end, pending, &a->toks);
    tenorp_vocab_tag(words, &a->seen, &a->toks);
    tenorp_split(text, &a->toks, a->opt.max_sentence_bytes, &a->spans);
    size_t n = a->spans.n;
    if (end < len) {
      if (n < 3) { /* too few sentences to leave two: a longer part */
        part *= 2;
        continue;
      }
      n -= 2;
    }
    if (a->opt.explain) {
      if (a->toks.n > a->captokens)
        a->tokens = tenorp_grow(a->tokens, &a->captokens, a->toks.n, sizeof *a->tokens);
      if (n + 1 > a->caphstart)
        a->hit_start = tenorp_grow(a->hit_start, &a->caphstart, n + 1, sizeof *a->hit_start);
      a->nhits = 0;
      a->hit_start[0] = 0;
    }
    analyse_spans(a, text, done, n);
    done += n;
    if (end == len)
      break;
    const tenorp_token *last = &a->toks.v[a->spans.v[n - 1].last - 1];
    pos = last->start + last->len; /* the white space after it starts the next part */
    pending = 0;
    part = PART_BYTES;
  }
  a->nsents = done;
  tenorp_attrib_finish(&a->attrib, a->sents, a->nsents);
  tenorp_attrib_marks_clear(&a->attrib); /* for this run only */
  return TENOR_OK;
}

const tenor_sentence *tenor_analyzer_sentences(const tenor_analyzer *a, size_t *n) {
  *n = a->nsents;
  return a->sents;
}

const tenor_actor *tenor_analyzer_actors(const tenor_analyzer *a, size_t *n) {
  *n = a->attrib.nda;
  return a->attrib.pub;
}

const tenor_target *tenor_analyzer_targets(const tenor_analyzer *a, size_t i, size_t *n) {
  if (i >= a->nsents) {
    *n = 0;
    return NULL;
  }
  *n = a->attrib.target_start[i + 1] - a->attrib.target_start[i];
  /* NULL when no sentence has a target: NULL + 0 is undefined behaviour */
  return a->attrib.targets ? a->attrib.targets + a->attrib.target_start[i] : NULL;
}

const double *tenor_analyzer_extra(const tenor_analyzer *a, size_t i) {
  return a->nextra && i < a->nsents ? a->extra + i * a->nextra : NULL;
}

const tenor_token *tenor_analyzer_tokens(const tenor_analyzer *a, size_t i, size_t *n) {
  *n = 0;
  if (!a->opt.explain || i >= a->nsents)
    return NULL;
  *n = a->spans.v[i].last - a->spans.v[i].first;
  return a->tokens + a->spans.v[i].first;
}

const tenor_hit *tenor_analyzer_hits(const tenor_analyzer *a, size_t i, size_t *n) {
  *n = 0;
  if (!a->opt.explain || i >= a->nsents)
    return NULL;
  *n = a->hit_start[i + 1] - a->hit_start[i];
  return a->hits ? a->hits + a->hit_start[i] : NULL; /* NULL when no sentence has a hit */
}

const tenor_actor_stats *tenor_analyzer_actor_stats(const tenor_analyzer *a, size_t *n) {
  *n = a->attrib.nstats;
  return a->attrib.stats;
}

const tenor_pair_stats *tenor_analyzer_pairs(const tenor_analyzer *a, size_t *n) {
  *n = a->attrib.npairs;
  return a->attrib.pairs;
}

void tenor_analyzer_free(tenor_analyzer *a) {
  if (!a)
    return;
  free_text_memory(a);
  tenorp_scorer_free(&a->scorer);
  tenorp_attrib_free(&a->attrib);
  tenorp_vocab_free(&a->vocab);
  tenorp_seen_free(&a->seen);
  free(a);
}

void tenor_docstats_add(tenor_docstats *d, const tenor_sentence *s) {
  d->sentences++;
  d->tokens += s->tokens;
  d->tone_sum += s->tone;
  d->tone_norm_sum += s->tone_norm;
  d->hostility_sum += s->hostility;
  d->cooperation_sum += s->cooperation;
}
