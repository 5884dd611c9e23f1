/* strmap.h - a string to index map for the front end (open addressing). */
#ifndef TENOR_STRMAP_H
#define TENOR_STRMAP_H

#include <stddef.h>

typedef struct strmap {
  char **keys;   /* key i, in order of insertion */
  size_t n, cap; /* keys in use, allocated */
  size_t *slots; /* key index + 1; 0 is empty */
  size_t nslots; /* a power of two, at least twice n */
} strmap;

/* The index of key, added if absent. */
size_t strmap_put(strmap *m, const char *key);
/* The index of key, or (size_t)-1. */
size_t strmap_find(const strmap *m, const char *key);
void strmap_free(strmap *m);

#endif
