/* order.h - the order of the documents in every table: by document id,
 * compared "naturally" (a run of digits by its value), whatever the order
 * of the inputs.  The folder walk, the rows of a CSV corpus, the merge of
 * the inputs of one run and the merge of partial results all use this one
 * comparison; docs/output.md states it. */
#ifndef TENOR_ORDER_H
#define TENOR_ORDER_H

#include <stddef.h>
#include <stdint.h>

/*
 * Compares two document ids (NUL-terminated): below 0 when a comes first,
 * 0 only when they are equal byte for byte, above 0 when b comes first.
 * An id is read as a sequence of parts: each maximal run of the ASCII
 * digits 0-9 is one part, a number, and every other byte is a part of
 * its own.  The first pair of parts that differs decides:
 *   - two bytes: by their value (unsigned), as in byte order;
 *   - a number and a byte: as its first digit against the byte (so a
 *     number comes after '/' and before ':', 'A' and 'a');
 *   - two numbers: the smaller value first (leading zeros do not count,
 *     and a run may be of any length); of equal values, the shorter run
 *     (fewer leading zeros) first: 7 < 07 < 007;
 *   - an id that ends while the other goes on comes first.
 * So news-2 < news-10, a < a-b < a/x < a0 < a1 < a10 < aa.  Because '/' is
 * no digit, ids that share a folder prefix "dir/" compare as what follows
 * it does, which lets the folder walk sort each folder by itself.
 */
int order_cmp(const char *a, const char *b);

/*
 * A 64-bit summary of an id, to sort many ids fast: when the keys of two
 * ids differ, they are in the order of the ids (order_cmp); when they are
 * equal, order_cmp decides.  The key is the first 8 bytes of an encoding
 * of the id whose byte order is the order of the ids: a byte as itself, a
 * number as '0', the count of its significant digits, the digits and the
 * count of its leading zeros (a count of 255 or more as 255, and the
 * encoding stops there).
 */
uint64_t order_key(const char *id);

/*
 * A min-heap for a k-way merge: the streams (numbered 0..k-1) that still
 * have a document, the one whose next id comes first on top (of equal
 * ids, the lower stream number).  `id` gives the id of a stream's next
 * document, or NULL when it has none left; the heap calls it whenever it
 * compares, so a stream's id must stay valid while it is in the heap.
 */
typedef struct order_heap {
  size_t *v;                                   /* stream numbers, heap-ordered */
  size_t n, cap;                               /* in use, allocated */
  const char *(*id)(void *ctx, size_t stream); /* a stream's next id, NULL: none */
  void *ctx;                                   /* for id */
} order_heap;

void order_heap_init(order_heap *h, const char *(*id)(void *ctx, size_t stream), void *ctx);
/* Adds a stream, unless it has no document (its id is NULL). */
void order_heap_push(order_heap *h, size_t stream);
/* The stream whose next document comes first, or (size_t)-1 when none
 * has one left.  It stays on top until order_heap_next. */
size_t order_heap_top(const order_heap *h);
/* After the stream on top moved on to its next document: puts it back in
 * its place, or drops it when it has none left. */
void order_heap_next(order_heap *h);
void order_heap_free(order_heap *h);

#endif
