/*
 * map.c - a string-keyed hash map: open addressing with linear probing
 * over 64-bit hashes (tenorp_hash; token.c computes them once per token, so a
 * lookup from the text costs no hashing).  Keys are copied into one
 * store; values are whatever index the caller keeps beside them.
 */
#include "map.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

static tenorp_map_slot *probe(const tenorp_map *m, const char *key, size_t len, uint64_t hash) {
  size_t mask = m->nslots - 1, i = (size_t)hash & mask;
  for (;; i = (i + 1) & mask) {
    tenorp_map_slot *s = &m->slots[i];
    if (!s->key)
      return s;
    if (s->hash != hash)
      continue;
    const tenorp_map_key *k = &m->keys[s->key - 1];
    if (k->len == len && !memcmp(m->store.ptr + k->off, key, len))
      return s;
  }
}

size_t tenorp_map_find(const tenorp_map *m, const char *key, size_t len, uint64_t hash) {
  if (!m->nslots)
    return SIZE_MAX;
  size_t s = probe(m, key, len, hash)->key;
  return s ? s - 1 : SIZE_MAX;
}

static void rehash(tenorp_map *m) {
  free(m->slots);
  m->nslots = m->nslots ? m->nslots * 2 : 64;
  m->slots = tenorp_xcalloc(m->nslots, sizeof *m->slots);
  for (size_t i = 0; i < m->n; i++) {
    const tenorp_map_key *k = &m->keys[i];
    tenorp_map_slot *s = probe(m, m->store.ptr + k->off, k->len, k->hash);
    s->hash = k->hash;
    s->key = i + 1;
  }
}

size_t tenorp_map_put(tenorp_map *m, const char *key, size_t len, uint64_t hash, size_t value,
                      int *added) {
  if (!m->nslots)
    rehash(m);
  tenorp_map_slot *slot = probe(m, key, len, hash);
  if (added)
    *added = !slot->key;
  if (slot->key)
    return slot->key - 1;
  if (m->n == m->cap)
    m->keys = tenorp_grow(m->keys, &m->cap, m->n + 1, sizeof *m->keys);
  tenorp_map_key *k = &m->keys[m->n];
  k->off = m->store.len;
  k->len = len;
  k->hash = hash;
  k->value = value;
  tenorp_buf_put(&m->store, key, len);
  tenorp_buf_putc(&m->store, 0);
  slot->hash = hash;
  slot->key = ++m->n;
  if (m->n * 2 > m->nslots)
    rehash(m);
  return m->n - 1;
}

void tenorp_map_clear(tenorp_map *m) {
  if (!m->n) { /* no slot was taken: nothing to clear (most documents name no pair) */
    m->store.len = 0;
    return;
  }
  if (m->nslots > 4096) { /* a large table is not worth clearing slot by slot */
    tenorp_map_free(m);
    return;
  }
  if (m->nslots)
    memset(m->slots, 0, m->nslots * sizeof *m->slots);
  m->n = 0;
  m->store.len = 0;
}

void tenorp_map_free(tenorp_map *m) {
  free(m->keys);
  free(m->slots);
  tenorp_buf_free(&m->store);
  m->keys = NULL;
  m->slots = NULL;
  m->n = m->cap = m->nslots = 0;
}
