/*
 * vocab.c - the words an analyzer knows, and the trie of multi-word terms
 * and aliases over their ids (see vocab.h).
 *
 * Built once per analyzer from the lexicon, the actor list and the person
 * finder's word list, so its size follows those lists, never the text.
 */
#include "vocab.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

const tenorp_word tenorp_no_word = {NULL, 1, 0, 0, 0, 0, 0, 0};

/* The record of word s[0..n), added if new. */
static tenorp_word *word_of(tenorp_vocab *v, const tenor_lexicon *lex, const char *s, size_t n) {
  uint64_t h = tenorp_hash(s, n);
  int added;
  size_t k = tenorp_map_put(&v->words, s, n, h, v->n, &added);
  if (!added)
    return &v->w[v->words.keys[k].value];
  if (v->n == v->cap)
    v->w = tenorp_grow(v->w, &v->cap, v->n + 1, sizeof *v->w);
  tenorp_word *w = &v->w[v->n++];
  w->entry = tenorp_lexicon_find(lex, s, n, h);
  w->quiet = w->entry == NULL; /* for a number: a word's copy learns it (seen_word) */
  w->cats = (uint16_t)(w->entry ? w->entry->cats : 0);
  w->mwe_max = w->entry ? w->entry->mwe_max : 0;
  w->attrib = 0;
  w->id = (uint32_t)v->n;
  w->node = 0;
  w->anode = 0;
  return w;
}

static uint32_t new_node(tenorp_vocab *v) {
  if (v->nnodes == v->capnodes)
    v->nodes = tenorp_grow(v->nodes, &v->capnodes, v->nnodes + 1, sizeof *v->nodes);
  memset(&v->nodes[v->nnodes], 0, sizeof *v->nodes);
  return (uint32_t)v->nnodes++;
}

static size_t edge_slot(const tenorp_vocab *v, uint64_t key) {
  size_t mask = v->nslots - 1, i = tenorp_vocab_home(v, key);
  while (v->edge_key[i] && v->edge_key[i] != key)
    i = (i + 1) & mask;
  return i;
}

static void grow_edges(tenorp_vocab *v) {
  size_t old = v->nslots;
  uint64_t *keys = v->edge_key;
  uint32_t *child = v->edge_child;
  v->nslots = old ? old * 2 : 256;
  v->edge_key = tenorp_xcalloc(v->nslots, sizeof *v->edge_key);
  v->edge_child = tenorp_xcalloc(v->nslots, sizeof *v->edge_child);
  for (size_t i = 0; i < old; i++) {
    if (!keys[i])
      continue;
    size_t j = edge_slot(v, keys[i]);
    v->edge_key[j] = keys[i];
    v->edge_child[j] = child[i];
  }
  free(keys);
  free(child);
}

/* The node after word w from node `from` (the root: 0), added if new. */
static uint32_t step_add(tenorp_vocab *v, uint32_t from, tenorp_word *w) {
  if (!from) {
    if (!w->node)
      w->node = new_node(v);
    return w->node;
  }
  if ((v->nedges + 1) * 2 > v->nslots)
    grow_edges(v);
  uint64_t key = (uint64_t)from << 32 | w->id;
  size_t i = edge_slot(v, key);
  if (!v->edge_key[i]) {
    uint32_t child = new_node(v);
    v->edge_key[i] = key;
    v->edge_child[i] = child;
    v->nedges++;
  }
  return v->edge_child[i];
}

/* The node of the words of key[0..len) (joined by single spaces), adding
 * what is missing; with `but_last`, of all its words but the last; with
 * `alias`, every node on the way is marked as leading to an alias. */
static uint32_t path_of(tenorp_vocab *v, const tenor_lexicon *lex, const char *key, size_t len,
                        int but_last, int alias) {
  uint32_t node = 0;
  const char *end = key + len;
  while (key < end) {
    const char *sp = memchr(key, ' ', (size_t)(end - key));
    if (!sp) {
      if (but_last)
        break;
      sp = end;
    }
    node = step_add(v, node, word_of(v, lex, key, (size_t)(sp - key)));
    if (alias)
      v->nodes[node].alias_below = 1;
    key = sp + 1;
  }
  return node;
}

void tenorp_vocab_build(tenorp_vocab *v, const tenor_lexicon *lex, const tenorp_map *aliases,
                        const tenorp_map *attrib_words) {
  tenorp_vocab_free(v);
  new_node(v); /* the root */
  const tenorp_map *wild;
  const tenorp_map *terms = tenorp_lexicon_terms(lex, &wild);
  for (size_t k = 0; k < terms->n; k++) {
    const char *key = tenorp_map_text(terms, k);
    size_t len = terms->keys[k].len;
    if (!memchr(key, ' ', len)) {
      word_of(v, lex, key, len);
      continue;
    }
    uint32_t node = path_of(v, lex, key, len, 0, 0);
    v->nodes[node].term = tenorp_lexicon_entry_of(lex, terms, k);
  }
  for (size_t k = 0; k < wild->n; k++) {
    const char *key = tenorp_map_text(wild, k);
    size_t len = wild->keys[k].len;
    if (memchr(key, ' ', len)) {
      /* a statement of its own: path_of may move v->nodes */
      uint32_t node = path_of(v, lex, key, len, 1, 0);
      v->nodes[node].wild = 1;
    }
  }
  for (size_t k = 0; aliases && k < aliases->n; k++) {
    uint32_t node = path_of(v, lex, tenorp_map_text(aliases, k), aliases->keys[k].len, 0, 1);
    v->nodes[node].alias = k + 1;
  }
  for (size_t k = 0; attrib_words && k < attrib_words->n; k++)
    word_of(v, lex, tenorp_map_text(attrib_words, k), attrib_words->keys[k].len)->attrib =
        (uint32_t)attrib_words->keys[k].value;
  for (size_t i = 0; i < v->n; i++)
    v->w[i].anode = v->nodes[v->w[i].node].alias_below ? v->w[i].node : 0; /* node 0: none */
}

/* The first min(n, 8) bytes at s, zero after them; s[0..8) must be
 * readable (the tokeniser leaves 8 bytes of room after the last form). */
static inline uint64_t head_of(const char *s, size_t n) {
  uint64_t h;
  memcpy(&h, s, 8);
  if (n >= 8)
    return h;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  return h & ~(~0ull >> (8 * n));
#else
  return h & ((1ull << (8 * n)) - 1);
#endif
}

static void seen_clear(tenorp_seen *seen) {
  if (seen->nslots > 4096) { /* a large table is not worth clearing slot by slot */
    free(seen->slots);
    seen->slots = NULL;
    seen->nslots = 0;
  } else if (seen->nslots) {
    memset(seen->slots, 0, seen->nslots * sizeof *seen->slots);
  }
  seen->n = 0;
  seen->keys.len = 0;
}

static void seen_grow(tenorp_seen *seen) {
  tenorp_seen_slot *old = seen->slots;
  size_t nold = seen->nslots;
  seen->nslots = nold ? nold * 2 : 1024;
  seen->slots = tenorp_xcalloc(seen->nslots, sizeof *seen->slots);
  size_t mask = seen->nslots - 1;
  for (size_t i = 0; i < nold; i++) {
    if (!old[i].idx)
      continue;
    size_t j = (size_t)old[i].hash & mask;
    while (seen->slots[j].idx)
      j = (j + 1) & mask;
    seen->slots[j] = old[i];
  }
  free(old);
}

/* The index of the record of word s[0..n) (hash h), added if new. */
static size_t seen_word(const tenorp_vocab *v, tenorp_seen *seen, const char *s, size_t n,
                        uint64_t h) {
  if ((seen->n + 1) * 2 > seen->nslots)
    seen_grow(seen);
  uint64_t head = head_of(s, n);
  size_t mask = seen->nslots - 1, i = (size_t)h & mask;
  for (;; i = (i + 1) & mask) {
    tenorp_seen_slot *sl = &seen->slots[i];
    if (!sl->idx)
      break;
    if (sl->hash == h && sl->head == head && sl->len == n &&
        (n <= 8 || !memcmp(seen->keys.ptr + seen->v[sl->idx - 1].key, s + 8, n - 8)))
      return sl->idx - 1;
  }
  tenorp_seen_word *sw = &seen->v[seen->n]; /* there is room (tenorp_vocab_tag) */
  size_t w = tenorp_map_find(&v->words, s, n, h);
  sw->w = w == SIZE_MAX ? tenorp_no_word : v->w[v->words.keys[w].value];
  sw->w.quiet = 0; /* a word may still have a wildcard or stem entry */
  sw->stem = sw->wild = NULL;
  sw->stem_known = sw->wild_known = 0;
  sw->key = seen->keys.len;
  if (n > 8)
    tenorp_buf_put(&seen->keys, s + 8, n - 8);
  tenorp_seen_slot *sl = &seen->slots[i];
  sl->hash = h;
  sl->head = head;
  sl->len = (uint32_t)n;
  sl->idx = (uint32_t)++seen->n;
  return seen->n - 1;
}

void tenorp_vocab_tag(const tenorp_vocab *v, tenorp_seen *seen, tenorp_tokens *t) {
  t->vocab = v;
  if (seen->vocab != v || seen->n > TENORP_SEEN_MAX) {
    seen_clear(seen); /* records of another vocabulary, or too many */
    seen->vocab = v;
  }
  /* Room for a new record per token, so that no record moves while the
   * tokens are tagged and each token gets its record's address at once.
   * (The room a long text asks for is address space: the pages no record
   * is written to are never allocated.) */
  if (seen->n + t->n > seen->cap)
    seen->v = tenorp_grow(seen->v, &seen->cap, seen->n + t->n, sizeof *seen->v);
  for (size_t i = 0; i < t->n; i++) {
    tenorp_token *k = &t->v[i];
    const tenorp_word *w;
    if (k->kind == TENORP_TOK_NUM) {
      /* Numbers are not kept (a corpus has as many as it has figures and
       * dates, and the scorer notes nothing of them): theirs is the
       * vocabulary's own record. */
      size_t j = tenorp_map_find(&v->words, tenorp_norm(t, i), k->norm_len, k->hash);
      w = j == SIZE_MAX ? &tenorp_no_word : &v->w[v->words.keys[j].value];
    } else {
      w = &seen->v[seen_word(v, seen, tenorp_norm(t, i), k->norm_len, k->hash)].w;
    }
    k->w = w;
    k->anode = w->anode;
    unsigned note = (w->anode | (w->attrib & TENORP_WORD_ROLE)) != 0;
    k->flags = (uint16_t)(k->flags | note * TENOR_TOK__NOTE);
  }
}

void tenorp_seen_trim(tenorp_seen *seen) {
  /* many words, or the room a long text asked for (see tenorp_vocab_tag) */
  if (seen->n > TENORP_SEEN_MAX || seen->cap > 4 * (size_t)TENORP_SEEN_MAX) {
    const tenorp_vocab *v = seen->vocab;
    tenorp_seen_free(seen);
    seen->vocab = v;
  }
}

void tenorp_seen_free(tenorp_seen *seen) {
  free(seen->slots);
  free(seen->v);
  tenorp_buf_free(&seen->keys);
  memset(seen, 0, sizeof *seen);
}

void tenorp_vocab_free(tenorp_vocab *v) {
  tenorp_map_free(&v->words);
  free(v->w);
  free(v->nodes);
  free(v->edge_key);
  free(v->edge_child);
  memset(v, 0, sizeof *v);
}
