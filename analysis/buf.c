/* buf.c - a growable byte buffer (in the manner of cmark's strbuf). */
#include "buf.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

static void reserve(tenorp_buf *b, size_t extra) {
  if (b->len + extra + 1 > b->cap)
    b->ptr = tenorp_grow(b->ptr, &b->cap, b->len + extra + 1, 1);
}

char *tenorp_buf_grow_room(tenorp_buf *b, size_t n) {
  reserve(b, n);
  return b->ptr + b->len;
}

void tenorp_buf_put(tenorp_buf *b, const char *s, size_t n) {
  reserve(b, n);
  if (n)
    memcpy(b->ptr + b->len, s, n);
  b->len += n;
  b->ptr[b->len] = 0;
}

void tenorp_buf_putc(tenorp_buf *b, char c) {
  reserve(b, 1);
  b->ptr[b->len++] = c;
  b->ptr[b->len] = 0;
}

void tenorp_buf_clear(tenorp_buf *b) {
  b->len = 0;
  if (b->ptr)
    b->ptr[0] = 0;
}

char *tenorp_buf_detach(tenorp_buf *b, size_t *len) {
  char *p = b->ptr;
  if (!p)
    p = tenorp_xcalloc(1, 1);
  if (len)
    *len = b->len;
  b->ptr = NULL;
  b->len = b->cap = 0;
  return p;
}

void tenorp_buf_free(tenorp_buf *b) {
  free(b->ptr);
  b->ptr = NULL;
  b->len = b->cap = 0;
}
