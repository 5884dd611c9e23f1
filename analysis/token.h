/* token.h - the tokeniser: UTF-8 text to word, number and punctuation tokens. */
#ifndef TENOR_TOKEN_H
#define TENOR_TOKEN_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

enum {
  TENORP_TOK_WORD = 1, /* letters, maybe with digits, hyphens, inner apostrophes */
  TENORP_TOK_NUM,      /* starts with a digit: 26, 3.5, 1,200, 2015-10-08 */
  TENORP_TOK_PUNCT     /* one punctuation mark, or an ellipsis */
};

#define TENOR_TOK__SPACE (1u << 0)    /* white space comes before it */
#define TENOR_TOK__LINE (1u << 1)     /* first token of a line */
#define TENOR_TOK__PARA (1u << 2)     /* a blank line comes before it */
#define TENOR_TOK__UPPER (1u << 3)    /* begins with an upper-case letter */
#define TENOR_TOK__LOWER (1u << 4)    /* begins with a lower-case letter */
#define TENOR_TOK__CAPS (1u << 5)     /* two or more cased letters, all upper case */
#define TENOR_TOK__HASLOWER (1u << 6) /* has a lower-case letter somewhere */
#define TENOR_TOK__HYPHEN (1u << 7)   /* joins parts with hyphens */
#define TENOR_TOK__DOTTED (1u << 8)   /* a dotted abbreviation: U.S., e.g. */
#define TENOR_TOK__CLITIC (1u << 9)   /* split off a word: 's n't 're 'm 've 'll 'd */
#define TENOR_TOK__NOTE (1u << 10)    /* an actor alias starts with it, or it is a role word
                                         (set by tenorp_vocab_tag, for the person finder) */
#define TENOR_TOK__QUOTE (1u << 11)   /* a double quotation mark: its normalised form is " */
#define TENOR_TOK__BANG (1u << 12)    /* an exclamation mark: its normalised form is ! */

#define TENORP_MAX_TOKEN 512 /* longer runs of letters, of dots and of dotted initials are cut
                                into pieces of this many bytes */

struct tenorp_word;  /* vocab.h */
struct tenorp_vocab; /* vocab.h */

typedef struct tenorp_token {
  size_t start;       /* byte offset in the text */
  size_t norm;        /* offset of the normalised form in the norms buffer */
  uint64_t hash;      /* tenorp_hash of the normalised form */
  const struct tenorp_word *w; /* its word in the analyzer's vocabulary (tenorp_vocab_tag), or NULL */
  uint32_t len;       /* bytes in the text (at most TENORP_MAX_TOKEN, a clitic or mark less) */
  uint32_t norm_len;  /* bytes of the normalised form */
  uint16_t kind;      /* TENORP_TOK_* */
  uint16_t flags;     /* TENOR_TOK__* bits */
  uint32_t anode;     /* the trie node after it when an actor alias starts so, else 0 (vocab.h) */
} tenorp_token;       /* 48 bytes: what the hot loops read of a token is in it */

typedef struct tenorp_tokens {
  tenorp_token *v; /* the tokens in text order */
  size_t n;        /* tokens in use */
  size_t cap;      /* tokens allocated */
  tenorp_buf norms;/* normalised forms, each followed by a NUL */
  const struct tenorp_vocab *vocab; /* what tagged them, or NULL */
  /* The tokens where a sentence may end or break, in order: the marks
   * . ! ? (one byte each), dotted abbreviations, and the first token of
   * every line (an index may come twice, and the last may be t->n when
   * the text ends in a line break).  Every other token only continues a
   * sentence, unless it is too long, and the splitter passes over them
   * without a look. */
  size_t *breaks;
  size_t nbreaks, capbreaks;
} tenorp_tokens;

/* A 64-bit hash of s[0..n): one multiply-and-shift step per 8 bytes (token.c). */
uint64_t tenorp_hash(const char *s, size_t n);

/* Replaces the contents of `out` with the tokens of text[0..len).  The
 * text must be valid UTF-8; a stray invalid byte becomes a punctuation
 * token rather than an error. */
void tenorp_tokenize(const char *text, size_t len, tenorp_tokens *out);

/* The same for the part text[from..len) of a text, its tokens' spans
 * counted from the text's start: `pending` is what the tokens' flags
 * begin with (TENOR_TOK__LINE | TENOR_TOK__PARA at the text's start, 0
 * where a part starts after a token: the white space that follows it is
 * in the part).  A part that starts where the whole text had a token
 * boundary gives the same tokens as the whole text there. */
void tenorp_tokenize_part(const char *text, size_t from, size_t len, unsigned pending,
                          tenorp_tokens *out);

/* The normalised form of token i. */
static inline const char *tenorp_norm(const tenorp_tokens *t, size_t i) {
  return t->norms.ptr + t->v[i].norm;
}

void tenorp_tokens_free(tenorp_tokens *t);

#endif
