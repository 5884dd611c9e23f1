/*
 * alloc.c - allocation that never returns NULL.
 *
 * Out of memory is the one condition the library does not report through
 * an error code: every caller would have to unwind half-built state for a
 * case it cannot recover from anyway.  Like cmark's xcalloc, we say so on
 * stderr and abort.
 */
#include "alloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

void tenorp_out_of_memory(void) {
  fputs("tenor: out of memory\n", stderr);
  abort();
}

void *tenorp_xmalloc(size_t size) {
  void *p = malloc(size ? size : 1);
  if (!p)
    tenorp_out_of_memory();
  return p;
}

void *tenorp_xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p)
    tenorp_out_of_memory();
  return p;
}

void *tenorp_xrealloc(void *p, size_t size) {
  void *q = realloc(p, size ? size : 1);
  if (!q)
    tenorp_out_of_memory();
  return q;
}

void *tenorp_grow(void *p, size_t *cap, size_t need, size_t elem) {
  size_t c = *cap ? *cap : 16;
  while (c < need) {
    if (c > SIZE_MAX / 2)
      tenorp_out_of_memory();
    c *= 2;
  }
  if (c > SIZE_MAX / elem)
    tenorp_out_of_memory();
  *cap = c;
  return tenorp_xrealloc(p, c * elem);
}
