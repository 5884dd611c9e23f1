/* strmap.c - a string to index map for the front end: FNV-1a hashes,
 * open addressing with linear probing. */
#include "strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static uint64_t hash(const char *s) {
  uint64_t h = 14695981039346656037ull;
  for (; *s; s++) {
    h ^= (unsigned char)*s;
    h *= 1099511628211ull;
  }
  return h;
}

static size_t *probe(const strmap *m, const char *key) {
  size_t mask = m->nslots - 1, i = (size_t)hash(key) & mask;
  for (;; i = (i + 1) & mask)
    if (!m->slots[i] || !strcmp(m->keys[m->slots[i] - 1], key))
      return &m->slots[i];
}

size_t strmap_find(const strmap *m, const char *key) {
  if (!m->nslots)
    return (size_t)-1;
  size_t s = *probe(m, key);
  return s ? s - 1 : (size_t)-1;
}

size_t strmap_put(strmap *m, const char *key) {
  if ((m->n + 1) * 2 > m->nslots) {
    size_t old = m->nslots;
    m->nslots = old ? old * 2 : 64;
    free(m->slots);
    m->slots = xmalloc(m->nslots * sizeof *m->slots);
    memset(m->slots, 0, m->nslots * sizeof *m->slots);
    for (size_t i = 0; i < m->n; i++)
      *probe(m, m->keys[i]) = i + 1;
  }
  size_t *slot = probe(m, key);
  if (*slot)
    return *slot - 1;
  if (m->n == m->cap) {
    m->cap = m->cap ? m->cap * 2 : 64;
    m->keys = xrealloc(m->keys, m->cap * sizeof *m->keys);
  }
  m->keys[m->n] = xstrdup(key);
  *slot = ++m->n;
  return m->n - 1;
}

void strmap_free(strmap *m) {
  for (size_t i = 0; i < m->n; i++)
    free(m->keys[i]);
  free(m->keys);
  free(m->slots);
  memset(m, 0, sizeof *m);
}
