/* map.h - a string-keyed hash map of size_t values (open addressing). */
#ifndef TENOR_MAP_H
#define TENOR_MAP_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

typedef struct tenorp_map_key {
  size_t off;    /* offset of the key in the key store */
  size_t len;    /* its length */
  uint64_t hash; /* tenorp_hash of the key */
  size_t value;  /* the value stored under it */
} tenorp_map_key;

/* A slot of the table: the key's hash beside its index, so that a probe
 * rejects other keys without touching the key array. */
typedef struct tenorp_map_slot {
  uint64_t hash; /* the hash of the key there */
  size_t key;    /* key index + 1; 0 is empty */
} tenorp_map_slot;

typedef struct tenorp_map {
  tenorp_map_key *keys;   /* in order of insertion; key i has index i */
  size_t n, cap;          /* keys in use, allocated */
  tenorp_map_slot *slots; /* the open-addressing table */
  size_t nslots;        /* a power of two, at least twice n; 0 before the first put */
  tenorp_buf store;     /* the key bytes, each followed by a NUL */
} tenorp_map;

#define TENORP_MAP_INIT {NULL, 0, 0, NULL, 0, TENORP_BUF_INIT}

/* The index of key, or SIZE_MAX when it is absent. */
size_t tenorp_map_find(const tenorp_map *m, const char *key, size_t len, uint64_t hash);

/* The index of key, added with value `value` if absent (then *added = 1). */
size_t tenorp_map_put(tenorp_map *m, const char *key, size_t len, uint64_t hash, size_t value,
                      int *added);

/* The bytes of key i (NUL-terminated). */
static inline const char *tenorp_map_text(const tenorp_map *m, size_t i) {
  return m->store.ptr + m->keys[i].off;
}

/* Empties the map, keeping its memory when it is small. */
void tenorp_map_clear(tenorp_map *m);

void tenorp_map_free(tenorp_map *m);

#endif
