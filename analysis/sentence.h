/* sentence.h - the sentence splitter, over tokens, and the survey of a sentence's tokens. */
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

/* What the passes over a sentence want to know of its tokens, from one
 * pass over them without a branch per token (most tokens are marks and
 * words that neither name anyone nor match anything, and each later pass
 * visits only the tokens listed for it). */
typedef struct tenorp_survey {
  size_t *names;  /* the tokens a name may start at (attrib.c, actor.c): words and
                     numbers with TENOR_TOK__NOTE, TENOR_TOK__UPPER or TENOR_TOK__HYPHEN */
  size_t nnames;
  size_t *maybe;  /* the tokens that may match a lexicon entry (score.c): words and
                     numbers whose record is not quiet (vocab.h), or hyphenated */
  size_t nmaybe;
  size_t cap;     /* room in each list */
  size_t words;   /* tokens that are not marks */
  size_t bangs;   /* TENOR_TOK__BANG tokens */
  unsigned flags; /* the TENOR_TOK__ flags of every token, or-ed */
} tenorp_survey;

/* Surveys the tokens of span s, which must be tagged (vocab.h). */
void tenorp_survey_sentence(const tenorp_tokens *t, const tenorp_span *s, tenorp_survey *out);
void tenorp_survey_free(tenorp_survey *s);

#endif
