/* alloc.h - the one place where libtenor allocates memory. */
#ifndef TENOR_ALLOC_H
#define TENOR_ALLOC_H

#include <stddef.h>

/* Each aborts the process after `tenor: out of memory` on stderr when the
 * allocation fails, so callers never check for NULL. */
void *tenorp_xmalloc(size_t size);
void *tenorp_xcalloc(size_t count, size_t size);
void *tenorp_xrealloc(void *p, size_t size);

/* Says `tenor: out of memory` on stderr and aborts. */
void tenorp_out_of_memory(void);

/* Grows `*cap` (doubling, at least to `need`) and reallocates `p` for
 * `*cap` elements of `elem` bytes.  Returns the new pointer. */
void *tenorp_grow(void *p, size_t *cap, size_t need, size_t elem);

#endif
