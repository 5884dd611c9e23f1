/* text.h - UTF-8 decoding, classification and case folding. */
#ifndef TENOR_TEXT_H
#define TENOR_TEXT_H

#include <stddef.h>
#include <stdint.h>

#define TENORP_REPLACEMENT 0xFFFDu /* U+FFFD REPLACEMENT CHARACTER */

/* Decodes one code point from s[0..n).  Returns its length in bytes (1..4)
 * when the sequence is valid UTF-8, or minus the length of the maximal
 * invalid subpart (Unicode 3.9, "U+FFFD substitution of maximal subparts")
 * when it is not.  n must be at least 1. */
int tenorp_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Whether s[0..n) is valid UTF-8 without a NUL byte. */
int tenorp_utf8_valid(const char *s, size_t n);

/* Encodes cp into out (at least 4 bytes); returns the length. */
size_t tenorp_utf8_encode(uint32_t cp, char *out);

/* The lower-case form of cp for ASCII, Latin-1, Latin Extended-A, Greek
 * and Cyrillic; other code points are returned unchanged. */
uint32_t tenorp_fold(uint32_t cp);

/* Whether cp is an upper-case or a lower-case letter (same coverage). */
int tenorp_is_upper(uint32_t cp);
int tenorp_is_lower(uint32_t cp);

/* Character classes used by the tokeniser. */
enum {
  TENORP_C_SPACE,  /* white space, including no-break and zero-width spaces */
  TENORP_C_LETTER, /* letters, and any code point not otherwise classed */
  TENORP_C_DIGIT,  /* ASCII digits */
  TENORP_C_PUNCT   /* punctuation and symbols */
};
int tenorp_class(uint32_t cp);

#endif
