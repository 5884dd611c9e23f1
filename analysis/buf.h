/* buf.h - a growable byte buffer, always NUL-terminated for convenience. */
#ifndef TENOR_BUF_H
#define TENOR_BUF_H

#include <stddef.h>

typedef struct tenorp_buf {
  char *ptr;  /* the bytes; ptr[len] is 0 once anything was added */
  size_t len; /* bytes in use */
  size_t cap; /* bytes allocated */
} tenorp_buf;

#define TENORP_BUF_INIT {NULL, 0, 0}

void tenorp_buf_put(tenorp_buf *b, const char *s, size_t n);
void tenorp_buf_putc(tenorp_buf *b, char c);
void tenorp_buf_clear(tenorp_buf *b);
/* Room for n more bytes (and the NUL) at ptr + len; len does not change.
 * Inline: the tokeniser asks for room once a word. */
char *tenorp_buf_grow_room(tenorp_buf *b, size_t n);
static inline char *tenorp_buf_room(tenorp_buf *b, size_t n) {
  if (b->len + n + 1 > b->cap)
    return tenorp_buf_grow_room(b, n);
  return b->ptr + b->len;
}
/* Hands the bytes to the caller (free with free()) and empties the buffer. */
char *tenorp_buf_detach(tenorp_buf *b, size_t *len);
void tenorp_buf_free(tenorp_buf *b);

#endif
