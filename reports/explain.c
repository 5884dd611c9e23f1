/*
 * explain.c - why a sentence scored what it did, hit by hit.
 *
 * An analyzer made with opt.explain keeps every token and hit; for each
 * hit this lists the categories it gives with their lexicon weight, file
 * and line, the rules that changed the weight (with their constants, as
 * README's "How a sentence is scored" gives them), the final score and
 * the target it went to.  tenor explain prints them as a table or CSV;
 * tenor validate sums them up as the reasons of its largest errors.
 */
#define _POSIX_C_SOURCE 200809L
#include "explain.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Appends ", " (after the first) and rule (a printf format taking at
 * most the number v) to buf[0..cap). */
static void add_rule(char *buf, size_t cap, const char *rule, double v) {
  size_t k = strlen(buf);
  if (k + 2 >= cap)
    return;
  if (k)
    k += (size_t)snprintf(buf + k, cap - k, ", ");
  if (strchr(rule, '%'))
    snprintf(buf + k, cap - k, rule, v);
  else
    snprintf(buf + k, cap - k, "%s", rule);
}

/* The rules that changed a hit, with their constants (tone negates
 * differently from hostility and cooperation). */
static void rule_text(unsigned rules, int tone, char *buf, size_t cap) {
  buf[0] = 0;
  if (rules & TENOR_RULE_NEGATED)
    add_rule(buf, cap, "negated x%g", tone ? TENOR_NEGATE_TONE : TENOR_NEGATE_OTHER);
  if (rules & TENOR_RULE_BOOSTED)
    add_rule(buf, cap, "boosted", 0); /* by the weight of the booster, listed above */
  if (rules & TENOR_RULE_CAPS)
    add_rule(buf, cap, "capitals +%g", TENOR_CAPS_INCR);
  if (rules & TENOR_RULE_BEFORE)
    add_rule(buf, cap, "before contrast x%g", TENOR_CONTRAST_BEFORE);
  if (rules & TENOR_RULE_AFTER)
    add_rule(buf, cap, "after contrast x%g", TENOR_CONTRAST_AFTER);
  if (rules & TENOR_RULE_PART)
    add_rule(buf, cap, "part of a hyphenated word", 0);
}

const char *explain_match_name(int match) {
  return match == TENOR_MATCH_WILDCARD ? "wildcard" : match == TENOR_MATCH_STEM ? "stem" : "exact";
}

/* Which of tone, hostility, cooperation a category is, or -1. */
static int scoring_index(const char *cat) {
  static const char *const names[] = {"tone", "hostility", "cooperation"};
  for (int c = 0; c < 3; c++)
    if (!strcmp(cat, names[c]))
      return c;
  return -1;
}

/* The words of hit h: its tokens' text, line breaks and tabs as spaces. */
static char *hit_words(const char *text, const tenor_token *tok, const tenor_hit *h) {
  size_t a = tok[h->first].start, b = tok[h->last - 1].start + tok[h->last - 1].len;
  char *s = xasprintf("%.*s", (int)(b - a), text + a);
  for (char *p = s; *p; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  return s;
}

/* Whether item k of hit h's entry applies to the hit. */
static int gives(const tenor_hit *h, size_t k) { return k < 64 && ((h->given >> k) & 1u); }

size_t explain_items(const tenor_analyzer *an, const tenor_lexicon *lex, const char *text, size_t i,
                     explain_item **items, size_t *cap) {
  size_t nt, nh, na, n = 0;
  const tenor_token *tok = tenor_analyzer_tokens(an, i, &nt);
  const tenor_hit *hits = tenor_analyzer_hits(an, i, &nh);
  const tenor_actor *act = tenor_analyzer_actors(an, &na);
  tenor_lexicon_item entry[64];
  for (size_t h = 0; h < nh; h++) {
    size_t m = tenor_lexicon_entry_items(lex, hits[h].entry, entry, 64);
    int first = 1;
    for (size_t k = 0; k < m && k < 64; k++) {
      if (!gives(&hits[h], k))
        continue;
      if (n == *cap) {
        *cap = *cap ? 2 * *cap : 16;
        *items = xrealloc(*items, *cap * sizeof **items);
      }
      explain_item *x = &(*items)[n++];
      memset(x, 0, sizeof *x);
      x->hit = h + 1;
      x->first = first;
      x->h = &hits[h];
      x->entry = entry[k];
      x->scoring = scoring_index(entry[k].category);
      if (x->scoring >= 0) {
        x->score = hits[h].score[x->scoring];
        rule_text(hits[h].rules, x->scoring == 0, x->rules, sizeof x->rules);
      }
      x->target = x->scoring >= 0 && hits[h].target != TENOR_NO_ACTOR ? act[hits[h].target].id : "";
      x->words = hit_words(text, tok, &hits[h]);
      first = 0;
    }
  }
  return n;
}

void explain_items_clear(explain_item *items, size_t n) {
  for (size_t k = 0; k < n; k++) {
    free(items[k].words);
    items[k].words = NULL;
  }
}

size_t explain_bangs(const tenor_analyzer *an, const char *text, size_t i) {
  size_t nt, bangs = 0;
  const tenor_token *tok = tenor_analyzer_tokens(an, i, &nt);
  for (size_t k = 0; k < nt; k++)
    bangs += tok[k].kind == TENOR_TOKEN_PUNCT && tok[k].len == 1 && text[tok[k].start] == '!';
  return bangs > TENOR_BANG_MAX ? (size_t)TENOR_BANG_MAX : bangs;
}
