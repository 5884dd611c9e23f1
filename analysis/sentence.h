/* sentence.h - the sentence splitter, over tokens. */
#ifndef TENOR_SENTENCE_H
#define TENOR_SENTENCE_H

#include <stddef.h>

#include "token.h"

typedef struct tenorp_span {
  size_t first;   /* first token */
  size_t last;    /* one past the last token */
  unsigned flags; /* TENOR_SENT_* bits */
} tenorp_span;

typedef struct tenorp_spans {
  tenorp_span *v; /* sentences in text order */
  size_t n;       /* in use */
  size_t cap;     /* allocated */
} tenorp_spans;

/* Splits the tokens of `text` into sentences (rules in sentence.c and the
 * README).  A sentence longer than max_bytes (0: no limit) is cut before
 * the token that would take it over and flagged TENOR_SENT_CUT.  Sentences
 * with no word or number token are dropped. */
void tenorp_split(const char *text, const tenorp_tokens *t, size_t max_bytes,
                  tenorp_spans *out);

void tenorp_spans_free(tenorp_spans *s);

#endif
