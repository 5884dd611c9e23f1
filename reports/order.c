/*
 * order.c - the order of documents: ids compared with runs of digits by
 * value ("natural" order, with a rule of our own for leading zeros), and
 * the heap of a k-way merge.
 *
 * The comparison decides at the first part that differs and never looks
 * further, so it is a lexicographic order over parts: this is what makes
 * the order of whole paths follow from the order of each folder's names
 * (the folder walk, reports/input.c), and keeps the order total and
 * transitive.  It is also why equal numbers written with different
 * leading zeros are told apart right there, not by a second pass over the
 * whole ids.
 */
#include "order.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

int order_cmp(const char *a, const char *b) {
  const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
  /* The common prefix decides nothing, and most ids of a corpus share a
   * long one (a folder, a date, news-1234): skip it byte by byte; when a
   * digit is where they differ, the numbers it is in decide. */
  size_t i = 0;
  while (p[i] == q[i] && p[i])
    i++;
  if (p[i] == q[i])
    return 0;
  if (!is_digit(p[i]) && !is_digit(q[i])) /* runs before i, if any, are equal */
    return p[i] < q[i] ? -1 : 1;
  size_t j = i; /* where the run of digits that i is in or ends starts */
  int significant = 0;
  while (j > 0 && is_digit(p[j - 1]))
    significant |= p[--j] != '0';
  if (significant) {
    /* The two numbers have the same leading zeros and the same first
     * significant digits: the one with more digits is the greater, and
     * of two as long, the digit at i decides (news-12344, news-12345). */
    size_t k = i;
    while (is_digit(p[k]) && is_digit(q[k]))
      k++;
    if (is_digit(p[k]) != is_digit(q[k]))
      return is_digit(p[k]) ? 1 : -1;
    return p[i] < q[i] ? -1 : 1;
  }
  p += j;
  q += j;
  for (;;) {
    if (is_digit(*p) && is_digit(*q)) {
      const unsigned char *p0 = p, *q0 = q;
      while (*p == '0')
        p++;
      while (*q == '0')
        q++;
      /* the significant digits side by side: more of them is a greater
       * value; as many, the first that differs decides */
      int first = 0;
      for (;; p++, q++) {
        int dp = is_digit(*p), dq = is_digit(*q);
        if (!dp || !dq) {
          if (dp != dq)
            return dp ? 1 : -1;
          break;
        }
        if (!first && *p != *q)
          first = *p < *q ? -1 : 1;
      }
      if (first)
        return first;
      size_t pn = (size_t)(p - p0), qn = (size_t)(q - q0); /* equal values: fewer zeros first */
      if (pn != qn)
        return pn < qn ? -1 : 1;
      continue;
    }
    /* two bytes, or a number (its first digit) and a byte, or an end (0) */
    if (*p != *q)
      return *p < *q ? -1 : 1;
    if (!*p)
      return 0;
    p++;
    q++;
  }
}

uint64_t order_key(const char *id) {
  unsigned char k[8] = {0}; /* after the end of the encoding, 0: an end sorts first */
  size_t n = 0;
  const unsigned char *p = (const unsigned char *)id;
  while (*p && n < sizeof k) {
    if (!is_digit(*p)) {
      k[n++] = *p++;
      continue;
    }
    const unsigned char *zeros = p;
    while (*p == '0')
      p++;
    const unsigned char *digits = p;
    while (is_digit(*p))
      p++;
    size_t nd = (size_t)(p - digits), nz = (size_t)(digits - zeros);
    /* '0' sorts against any other byte as a number's first digit does */
    k[n++] = '0';
    if (n == sizeof k)
      break;
    k[n++] = (unsigned char)(nd < 255 ? nd : 255);
    if (nd >= 255) /* too long to tell apart here: order_cmp will */
      break;
    for (size_t i = 0; i < nd && n < sizeof k; i++)
      k[n++] = digits[i];
    if (n == sizeof k)
      break;
    k[n++] = (unsigned char)(nz < 255 ? nz : 255);
    if (nz >= 255)
      break;
  }
  uint64_t v = 0;
  for (size_t i = 0; i < sizeof k; i++)
    v = v << 8 | k[i];
  return v;
}

/* ------------------------------------------------------------ the heap */

void order_heap_init(order_heap *h, const char *(*id)(void *ctx, size_t stream), void *ctx) {
  memset(h, 0, sizeof *h);
  h->id = id;
  h->ctx = ctx;
}

/* Whether stream a's next document comes before stream b's. */
static int comes_before(const order_heap *h, size_t a, size_t b) {
  int c = order_cmp(h->id(h->ctx, a), h->id(h->ctx, b));
  return c < 0 || (c == 0 && a < b);
}

static void heap_up(order_heap *h, size_t i) {
  while (i > 0 && comes_before(h, h->v[i], h->v[(i - 1) / 2])) {
    size_t t = h->v[i];
    h->v[i] = h->v[(i - 1) / 2];
    h->v[(i - 1) / 2] = t;
    i = (i - 1) / 2;
  }
}

static void heap_down(order_heap *h, size_t i) {
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= h->n)
      return;
    if (c + 1 < h->n && comes_before(h, h->v[c + 1], h->v[c]))
      c++;
    if (!comes_before(h, h->v[c], h->v[i]))
      return;
    size_t t = h->v[i];
    h->v[i] = h->v[c];
    h->v[c] = t;
    i = c;
  }
}

void order_heap_push(order_heap *h, size_t stream) {
  if (!h->id(h->ctx, stream))
    return;
  if (h->n == h->cap) {
    h->cap = h->cap ? 2 * h->cap : 16;
    h->v = xrealloc(h->v, h->cap * sizeof *h->v);
  }
  h->v[h->n] = stream;
  heap_up(h, h->n++);
}

size_t order_heap_top(const order_heap *h) { return h->n ? h->v[0] : (size_t)-1; }

void order_heap_next(order_heap *h) {
  if (!h->n)
    return;
  if (!h->id(h->ctx, h->v[0])) {
    h->v[0] = h->v[--h->n];
    if (!h->n)
      return;
  }
  heap_down(h, 0);
}

void order_heap_free(order_heap *h) {
  free(h->v);
  h->v = NULL;
  h->n = h->cap = 0;
}
