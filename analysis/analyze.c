/*
 * analyze.c - the analyzer: text to tokens to sentences to scores.
 *
 * It owns the working memory of one pipeline (token, sentence and hit
 * arrays) and reuses it from one text to the next, so scoring a corpus
 * allocates only while the largest document so far grows.
 */
#include "tenor.h"

#include <stdlib.h>

#include "alloc.h"
#include "score.h"
#include "sentence.h"
#include "token.h"

struct tenor_analyzer {
  const tenor_lexicon *lex; /* borrowed */
  tenor_options opt;        /* a copy of the options */
  tenorp_tokens toks;       /* tokens of the current text */
  tenorp_spans spans;       /* its sentences as token ranges */
  tenorp_scorer scorer;     /* matching scratch */
  tenor_sentence *sents;    /* scores of the current text */
  size_t nsents, capsents;
};

void tenor_options_init(tenor_options *opt) {
  opt->max_sentence_bytes = TENOR_DEFAULT_MAX_SENTENCE_BYTES;
}

tenor_analyzer *tenor_analyzer_new(const tenor_lexicon *lex, const tenor_options *opt) {
  tenor_analyzer *a = tenorp_xcalloc(1, sizeof *a);
  a->lex = lex;
  if (opt)
    a->opt = *opt;
  else
    tenor_options_init(&a->opt);
  return a;
}

int tenor_analyzer_run(tenor_analyzer *a, const char *text, size_t len) {
  tenorp_tokenize(text, len, &a->toks);
  tenorp_split(text, &a->toks, a->opt.max_sentence_bytes, &a->spans);
  if (a->spans.n > a->capsents)
    a->sents = tenorp_grow(a->sents, &a->capsents, a->spans.n, sizeof *a->sents);
  for (size_t i = 0; i < a->spans.n; i++)
    tenorp_score_sentence(&a->scorer, a->lex, &a->toks, &a->spans.v[i], &a->sents[i]);
  a->nsents = a->spans.n;
  return TENOR_OK;
}

const tenor_sentence *tenor_analyzer_sentences(const tenor_analyzer *a, size_t *n) {
  *n = a->nsents;
  return a->sents;
}

void tenor_analyzer_free(tenor_analyzer *a) {
  if (!a)
    return;
  tenorp_tokens_free(&a->toks);
  tenorp_spans_free(&a->spans);
  tenorp_scorer_free(&a->scorer);
  free(a->sents);
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
