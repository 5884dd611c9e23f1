/*
 * score.c - lexicon matching, shifters and sentence scores.
 *
 * Matching: at each word, the longest multi-word term that starts there
 * wins (the first word's entry knows how long its longest term is), then
 * the single word: its exact entry, then for the categories that one
 * lacks the longest wildcard prefix (attack*), then its Snowball stem if
 * the lexicon has stemmed entries (attacked -> attack).  A stem gives only
 * scoring categories and the user's own: shifters and speech words are
 * lists of forms (`comment` must not be a speech verb because `commented`
 * is).  A hyphenated word that matched nothing is tried part by part.
 *
 * Scoring follows the rule-based approach of VADER
 * (Hutto and Gilbert, 2014, "VADER: A Parsimonious Rule-based Model for
 * Sentiment Analysis of Social Media Text"), adapted to news and to three
 * categories: negation within three tokens flips tone and cancels most
 * hostility and cooperation; boosters and dampeners change the magnitude
 * of the next hit; the last contrast word halves what comes before it and
 * weights what follows by 1.5; capitals and '!' add emphasis.  The README
 * documents each rule and constant.
 */
#include "score.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "vocab.h"

static tenorp_hit *push(tenorp_scorer *sc, size_t first, size_t last, const tenorp_entry *e,
                        unsigned rules, unsigned match) {
  if (sc->n == sc->cap)
    sc->hits = tenorp_grow(sc->hits, &sc->cap, sc->n + 1, sizeof *sc->hits);
  tenorp_hit *h = &sc->hits[sc->n++];
  memset(h, 0, sizeof *h);
  h->first = first;
  h->last = last;
  h->e = e;
  h->cats = e->cats;
  h->rules = rules;
  h->match = match;
  h->target = SIZE_MAX;
  return h;
}

/* Whether rest (n bytes) is an inflectional ending: -s, -es, -ed, -ing. */
static int inflection_end(const char *rest, size_t n) {
  return (n == 1 && rest[0] == 's') ||
         (n == 2 && (!memcmp(rest, "es", 2) || !memcmp(rest, "ed", 2))) ||
         (n == 3 && !memcmp(rest, "ing", 3));
}

/* Whether word w is an inflection of s, an entry that is its own stem:
 * s with -s, -es, -ed or -ing, after a final e dropped (hope: hoping,
 * hoped) or a final consonant doubled (stop: stopped).  The Snowball stem
 * also strips derivational endings, which make other words (sever:
 * several, candid: candidate, wit: witness, prison: prisoners), so a stem
 * match counts only when the word is one of these forms. */
static int inflection_of(const char *w, size_t wn, const char *s, size_t sn) {
  if (sn == 0 || wn < sn - 1)
    return 0;
  if (wn >= sn && !memcmp(w, s, sn)) {
    const char *rest = w + sn;
    size_t rn = wn - sn;
    if (rn == 0 || inflection_end(rest, rn))
      return 1;
    if (rn == 1 && rest[0] == 'd' && s[sn - 1] == 'e') /* agree: agreed */
      return 1;
    return rn > 1 && rest[0] == s[sn - 1] && !strchr("aeiouwxy", rest[0]) &&
           inflection_end(rest + 1, rn - 1); /* stop: stopped */
  }
  /* hope: hoping */
  return sn >= 2 && s[sn - 1] == 'e' && wn == sn + 2 && !memcmp(w, s, sn - 1) &&
         !memcmp(w + sn - 1, "ing", 3);
}

/* The entry of the word's Snowball stem, or NULL; remembered in the
 * word's seen-word record (vocab.h), so each word is stemmed once.  Only
 * an inflection of the entry counts (inflection_of). */
static const tenorp_entry *stem_entry(tenorp_scorer *sc, const tenor_lexicon *lex,
                                      const tenorp_tokens *t, size_t i) {
  tenorp_seen_word *sw = tenorp_seen_of(&t->v[i]);
  if (sw->stem_known)
    return sw->stem;
  if (!sc->stemmer && !(sc->stemmer = tenorp_stemmer_new()))
    return NULL;
  size_t n;
  const char *w = tenorp_norm(t, i);
  const char *stem = tenorp_stem(sc->stemmer, w, t->v[i].norm_len, &n);
  sw->stem = stem && inflection_of(w, t->v[i].norm_len, stem, n)
                 ? tenorp_lexicon_find_stem(lex, sc->stemmer, stem, n)
                 : NULL;
  sw->stem_known = 1;
  return sw->stem;
}

/* The entry of the word's longest wildcard prefix (attack* for
 * attacking), or NULL; remembered like the stem's, as most words are met
 * many times and the lookup hashes every prefix length the lexicon has. */
static const tenorp_entry *wild_entry(const tenor_lexicon *lex, const tenorp_tokens *t, size_t i) {
  tenorp_seen_word *sw = tenorp_seen_of(&t->v[i]);
  if (!sw->wild_known) {
    sw->wild = tenorp_lexicon_find_prefix(lex, tenorp_norm(t, i), t->v[i].norm_len, 0);
    sw->wild_known = 1;
  }
  return sw->wild;
}

/* Whether a weight of category `cat` (of the user's own) is given by one
 * of the hits h0..h1-1 (earlier matches of the same word). */
static int extra_covered_by(const tenorp_scorer *sc, const tenor_lexicon *lex, size_t h0,
                            size_t h1, uint32_t cat) {
  for (size_t h = h0; h < h1; h++)
    for (uint32_t link = sc->hits[h].e->extra; link;) {
      const tenorp_extra *x = tenorp_entry_extra(lex, link);
      if (x->cat == cat)
        return 1;
      link = x->next;
    }
  return 0;
}

/* Adds loose match e (a wildcard or stem entry) of word i for the
 * categories that the earlier matches h0.. of the word do not give. */
static void push_loose(tenorp_scorer *sc, const tenor_lexicon *lex, size_t i, size_t h0,
                       const tenorp_entry *e, unsigned match) {
  unsigned covered = 0;
  for (size_t h = h0; h < sc->n; h++) {
    if (sc->hits[h].e == e)
      return;
    covered |= sc->hits[h].e->cats;
  }
  unsigned cats = e->cats & ~covered & ~TENORP_CAT_EXTRA;
  if (match == TENORP_MATCH_STEM) /* shifters and speech words are listed form by form */
    cats &= TENORP_CAT_SCORING;
  int extra = 0;
  for (uint32_t link = e->extra; link && !extra;) {
    const tenorp_extra *x = tenorp_entry_extra(lex, link);
    extra = !extra_covered_by(sc, lex, h0, sc->n, x->cat);
    link = x->next;
  }
  if (!cats && !extra)
    return;
  size_t h = sc->n;
  tenorp_hit *hit = push(sc, i, i + 1, e, 0, match);
  hit->cats = cats | (extra ? TENORP_CAT_EXTRA : 0);
  hit->shadow = h - h0; /* the earlier matches of the word come first */
}

/* The entry of the n-word term at token i whose last word is a wildcard
 * prefix of token i + n - 1 (not agree*), or NULL. */
static const tenorp_entry *wild_term(tenorp_scorer *sc, const tenor_lexicon *lex,
                                     const tenorp_tokens *t, size_t i, size_t n) {
  tenorp_buf_clear(&sc->key);
  for (size_t j = i; j < i + n; j++) {
    if (j > i)
      tenorp_buf_putc(&sc->key, ' ');
    tenorp_buf_put(&sc->key, tenorp_norm(t, j), t->v[j].norm_len);
  }
  const tenorp_entry *m = tenorp_lexicon_find_prefix(lex, sc->key.ptr, sc->key.len,
                                                     sc->key.len - t->v[i + n - 1].norm_len);
  return m && m->cats ? m : NULL;
}

/* The longest entry with a category that starts at token i and ends
 * before `end`: a multi-word term (exact, or with a wildcard last word;
 * exact first for terms of the same length), else the exact entry of the
 * word; *len gets its number of tokens, *word the entry of token i alone
 * (NULL if none) and *match how it matched.  Longer terms are followed
 * word by word through the vocabulary's trie. */
static const tenorp_entry *match_at(tenorp_scorer *sc, const tenor_lexicon *lex,
                                    const tenorp_tokens *t, size_t i, size_t end, size_t *len,
                                    const tenorp_entry **word, unsigned *match) {
  const tenorp_token *k = &t->v[i];
  const tenorp_entry *e = k->w->entry;
  *word = e;
  *len = 1;
  *match = TENORP_MATCH_EXACT;
  if (!e)
    return NULL;
  /* the word's record knows these: the entry itself is read only for a hit */
  const tenorp_entry *best = k->w->cats ? e : NULL;
  size_t most = k->w->mwe_max;
  if (most > end - i)
    most = end - i;
  const tenorp_vocab *v = t->vocab;
  uint32_t node = k->w->node; /* after the first n words */
  for (size_t n = 1; node && n < most; n++) {
    const tenorp_entry *m = NULL;
    unsigned how = TENORP_MATCH_EXACT;
    uint32_t next = tenorp_vocab_step(v, node, t->v[i + n].w);
    if (next && v->nodes[next].term && v->nodes[next].term->cats)
      m = v->nodes[next].term;
    else if (v->nodes[node].wild && (m = wild_term(sc, lex, t, i, n + 1)) != NULL)
      how = TENORP_MATCH_WILDCARD;
    if (m) {
      best = m;
      *len = n + 1;
      *match = how;
    }
    node = next;
  }
  return best;
}

/* Matches token i (not part of a longer term): its exact entry, then for
 * the categories that one lacks its longest wildcard prefix, then its
 * stem.  Returns whether anything matched. */
static int match_word(tenorp_scorer *sc, const tenor_lexicon *lex, const tenorp_tokens *t,
                      size_t i, const tenorp_entry *e) {
  size_t h0 = sc->n;
  if (e)
    push(sc, i, i + 1, e, 0, TENORP_MATCH_EXACT);
  if (t->v[i].kind != TENORP_TOK_WORD)
    return e != NULL;
  const tenorp_entry *w = wild_entry(lex, t, i);
  if (w)
    push_loose(sc, lex, i, h0, w, TENORP_MATCH_WILDCARD);
  if (sc->has_stems) {
    const tenorp_entry *st = stem_entry(sc, lex, t, i);
    if (st)
      push_loose(sc, lex, i, h0, st, TENORP_MATCH_STEM);
  }
  return sc->n > h0;
}

/* Adds a hit for each part of hyphenated token i found in the lexicon. */
static void match_parts(tenorp_scorer *sc, const tenor_lexicon *lex, const tenorp_tokens *t,
                        size_t i) {
  const char *s = tenorp_norm(t, i), *end = s + t->v[i].norm_len;
  while (s < end) {
    const char *dash = memchr(s, '-', (size_t)(end - s));
    if (!dash)
      dash = end;
    size_t n = (size_t)(dash - s);
    const tenorp_entry *e = n ? tenorp_lexicon_find(lex, s, n, tenorp_hash(s, n)) : NULL;
    if (e && (e->cats & (TENORP_CAT_SCORING | TENORP_CAT_EXTRA)))
      push(sc, i, i + 1, e, TENORP_RULE_PART, TENORP_MATCH_EXACT)->cats &=
          TENORP_CAT_SCORING | TENORP_CAT_EXTRA;
    s = dash + 1;
  }
}

/* Whether a clause break (, ; : brackets, dashes) lies in tokens [a, b). */
static int clause_break(const tenorp_tokens *t, size_t a, size_t b) {
  for (size_t j = a; j < b; j++) {
    if (t->v[j].kind != TENORP_TOK_PUNCT)
      continue;
    const char *n = tenorp_norm(t, j);
    if (strchr(",;:()[]-", n[0]) && n[1] == 0)
      return 1;
  }
  return 0;
}

static double sign(double x) { return x > 0 ? 1 : x < 0 ? -1 : 0; }

/* Adds `inc` to the magnitude of w, never past zero. */
static double grow(double w, double inc) {
  double m = fabs(w) + inc;
  return m > 0 ? sign(w) * m : 0;
}

static int all_caps(const tenorp_tokens *t, size_t a, size_t b) {
  for (size_t j = a; j < b; j++)
    if (!(t->v[j].flags & TENOR_TOK__CAPS))
      return 0;
  return 1;
}

void tenorp_score_sentence(tenorp_scorer *sc, const tenor_lexicon *lex, const tenorp_tokens *t,
                           const tenorp_span *span, const tenorp_survey *sv,
                           const unsigned char *skip, tenor_sentence *out) {
  sc->n = 0;
  sc->has_stems = tenorp_lexicon_has_stems(lex);
  size_t a = span->first, b = span->last, bangs = sv->bangs;
  int mixed = (sv->flags & TENOR_TOK__HASLOWER) != 0;
  memset(out, 0, sizeof *out);
  out->speaker = TENOR_NO_ACTOR;
  out->start = t->v[a].start;
  out->end = t->v[b - 1].start + t->v[b - 1].len;
  out->flags = span->flags;
  out->tokens = sv->words;

  /* The tokens that may match (sv->maybe), but the actors' names. */
  const size_t *cand = sv->maybe;
  size_t ncand = sv->nmaybe;
  if (skip) {
    if (ncand > sc->capcand)
      sc->cand = tenorp_grow(sc->cand, &sc->capcand, ncand, sizeof *sc->cand);
    size_t n = 0;
    for (size_t c = 0; c < ncand; c++) {
      sc->cand[n] = cand[c];
      n += !skip[cand[c]];
    }
    cand = sc->cand;
    ncand = n;
  }

  size_t stop = a; /* the next actor's token after i, or b: found only for a word that
                       starts a longer term, as match_at reads it for no other */
  for (size_t c = 0, next = a; c < ncand; c++) {
    size_t i = cand[c];
    if (i < next)
      continue; /* inside a longer term */
    const tenorp_token *k = &t->v[i];
    if (stop <= i && k->w->mwe_max > 1) { /* a term never runs into an actor's name */
      stop = i + 1;
      while (stop < b && !(skip && skip[stop]))
        stop++;
    }
    size_t len;
    unsigned match;
    const tenorp_entry *word, *e = match_at(sc, lex, t, i, stop, &len, &word, &match);
    if (e && len > 1) {
      /* A multi-word shifter ("refused to", "failed to") keeps the score
       * of its first word; the word comes first so that the shifter acts
       * only on what follows. */
      if (!(e->cats & TENORP_CAT_SCORING) && word && (word->cats & TENORP_CAT_SCORING))
        push(sc, i, i + 1, word, 0, TENORP_MATCH_EXACT);
      push(sc, i, i + len, e, 0, match);
      for (size_t j = i + 1; j < i + len; j++) /* a mark inside a term adds no emphasis */
        bangs -= (t->v[j].flags & TENOR_TOK__BANG) != 0;
      next = i + len;
      continue;
    }
    if (match_word(sc, lex, t, i, e))
      continue;
    if (k->flags & TENOR_TOK__HYPHEN)
      match_parts(sc, lex, t, i);
    else if (!word && k->kind == TENORP_TOK_WORD) { /* (a word that only starts terms has one) */
      tenorp_seen_word *sw = tenorp_seen_of(k);
      if (sw->wild_known && (sw->stem_known || !sc->has_stems))
        sw->w.quiet = 1; /* nothing to learn of it any more */
    }
  }

  for (size_t x = 0; x < sc->nextra; x++)
    sc->extra[x] = 0;
  size_t contrast = SIZE_MAX;
  for (size_t h = 0; h < sc->n; h++)
    if (sc->hits[h].cats & TENORP_CAT_CONTRAST)
      contrast = sc->hits[h].first;

  /* boost: the pending booster increment; a word's matches (an exact
   * entry and loose ones for other categories) share one boost */
  size_t neg_end = SIZE_MAX, boost_end = SIZE_MAX, boosted_word = SIZE_MAX, counted = SIZE_MAX;
  double boost = 0, word_boost = 0, sum[TENORP_NSCORE] = {0};
  for (size_t h = 0; h < sc->n; h++) {
    tenorp_hit *hit = &sc->hits[h];
    const tenorp_entry *e = hit->e;
    unsigned cats = hit->cats;
    if (cats & TENORP_CAT_CONTRAST)
      neg_end = SIZE_MAX;
    for (uint32_t link = (cats & TENORP_CAT_EXTRA) ? e->extra : 0; link;) {
      const tenorp_extra *x = tenorp_entry_extra(lex, link);
      if (x->cat - TENORP_NOWN < sc->nextra && tenorp_hit_gives_extra(sc, lex, h, x->cat))
        sc->extra[x->cat - TENORP_NOWN] += x->w;
      link = x->next;
    }
    if (cats & TENORP_CAT_SCORING) {
      unsigned rules = hit->rules;
      if (neg_end != SIZE_MAX && hit->first - neg_end < TENORP_SHIFT_WINDOW &&
          !clause_break(t, neg_end, hit->first))
        rules |= TENORP_RULE_NEGATED;
      if (hit->first != boosted_word) {
        word_boost = boost != 0 && hit->first - boost_end < TENORP_SHIFT_WINDOW ? boost : 0;
        boosted_word = hit->first;
        boost = 0;
      }
      if (word_boost != 0)
        rules |= TENORP_RULE_BOOSTED;
      if (mixed && all_caps(t, hit->first, hit->last))
        rules |= TENORP_RULE_CAPS;
      if (contrast != SIZE_MAX && hit->first != contrast)
        rules |= hit->first < contrast ? TENORP_RULE_BEFORE : TENORP_RULE_AFTER;
      for (int c = 0; c < TENORP_NSCORE; c++) {
        if (!(cats & (1u << c)))
          continue;
        double w = e->w[c];
        if (rules & TENORP_RULE_BOOSTED)
          w = grow(w, word_boost);
        if (rules & TENORP_RULE_CAPS)
          w = grow(w, TENORP_CAPS_INCR);
        if (rules & TENORP_RULE_NEGATED)
          w *= c == TENORP_TONE ? TENORP_NEGATE_TONE : TENORP_NEGATE_OTHER;
        if (rules & TENORP_RULE_BEFORE)
          w *= TENORP_CONTRAST_BEFORE;
        if (rules & TENORP_RULE_AFTER)
          w *= TENORP_CONTRAST_AFTER;
        hit->w[c] = w;
        sum[c] += w;
      }
      hit->rules = rules;
      if (hit->first != counted || !hit->shadow) {
        out->hits++; /* a word with loose matches for other categories is one hit */
        counted = hit->first;
      }
      out->n_pos += hit->w[TENORP_TONE] > 0;
      out->n_neg += hit->w[TENORP_TONE] < 0;
    }
    /* A shifter word acts on what follows it, so it is noted after any
     * score of its own was taken. */
    if (cats & TENORP_CAT_NEGATOR)
      neg_end = hit->last;
    if (cats & (TENORP_CAT_BOOSTER | TENORP_CAT_DAMPENER)) {
      if (boost != 0 && hit->first - boost_end >= TENORP_SHIFT_WINDOW)
        boost = 0; /* an earlier booster that reached no hit */
      boost += e->boost;
      boost_end = hit->last;
    }
  }
  if (bangs > TENORP_BANG_MAX)
    bangs = TENORP_BANG_MAX;
  for (int c = 0; c < TENORP_NSCORE; c++)
    if (bangs && sum[c] != 0)
      sum[c] = grow(sum[c], TENORP_BANG_INCR * (double)bangs);
  out->tone = sum[TENORP_TONE];
  out->hostility = sum[TENORP_HOSTILITY];
  out->cooperation = sum[TENORP_COOPERATION];
  out->tone_norm = out->tone / sqrt(out->tone * out->tone + TENORP_NORM_ALPHA);
}

int tenorp_hit_gives_extra(const tenorp_scorer *sc, const tenor_lexicon *lex, size_t h,
                           uint32_t cat) {
  const tenorp_hit *hit = &sc->hits[h];
  return (hit->cats & TENORP_CAT_EXTRA) &&
         !(hit->shadow && extra_covered_by(sc, lex, h - hit->shadow, h, cat));
}

void tenorp_scorer_free(tenorp_scorer *sc) {
  free(sc->hits);
  free(sc->cand);
  sc->cand = NULL;
  sc->capcand = 0;
  free(sc->extra);
  tenorp_stemmer_free(sc->stemmer);
  sc->extra = NULL;
  sc->stemmer = NULL;
  sc->nextra = 0;
  tenorp_buf_free(&sc->key);
  sc->hits = NULL;
  sc->n = sc->cap = 0;
}
