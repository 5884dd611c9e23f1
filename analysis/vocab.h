/*
 * vocab.h - the words an analyzer knows, and a trie of the multi-word
 * terms and actor aliases over their ids.
 *
 * Every token is looked up here once (tenorp_vocab_tag); what the later
 * stages want to know about a word alone (its lexicon entry, its role for
 * the person finder, the trie node its terms and aliases start from) is
 * then a field of its record instead of a lookup per stage, and a term of
 * several words is followed token by token through the trie instead of
 * joining the words into a key for each length.
 */
#ifndef TENOR_VOCAB_H
#define TENOR_VOCAB_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"
#include "map.h"
#include "token.h"

typedef struct tenorp_word {
  const tenorp_entry *entry; /* the lexicon's entry for the word alone, or NULL */
  uint16_t quiet;            /* the scorer knows that the word alone matches nothing (no
                                entry, nor a wildcard or stem entry that gives anything):
                                set in the analyzer's copies once learnt (score.c), and in
                                the vocabulary's own records, which only numbers use, where
                                there is no entry */
  uint16_t cats;             /* entry->cats, or 0: the scorer learns whether the word is a */
  uint32_t mwe_max;          /* hit and how far its terms reach (entry->mwe_max) without
                                reading the entry */
  uint32_t attrib;           /* the person finder's bits for it (attrib.c), 0 if none; the
                                low TENORP_WORD_ROLE bits are its role's index + 1, or 0 */
  uint32_t id;               /* its index in the vocabulary + 1; 0 for a word it lacks */
  uint32_t node;             /* the trie node after this word, 0 if no term or alias starts so */
  uint32_t anode;            /* node, when an actor alias starts so (else 0): the actor
                                matcher passes over every other word without a look */
} tenorp_word;

#define TENORP_WORD_ROLE 0xFFu

/* A trie node: what ends there. */
typedef struct tenorp_node {
  const tenorp_entry *term; /* the lexicon's multi-word term ending here, or NULL */
  size_t alias;             /* the actor alias ending here: its index in the aliases + 1, or 0 */
  unsigned wild;            /* a term continues with one wildcard word: not agree* */
  unsigned alias_below;     /* an actor alias ends here or further on */
} tenorp_node;

typedef struct tenorp_vocab {
  tenorp_map words;     /* normalised word to its index in w */
  tenorp_word *w;
  size_t n, cap;
  tenorp_node *nodes;   /* node 0 is the root, reached by no edge */
  size_t nnodes, capnodes;
  uint64_t *edge_key;   /* (node << 32 | word id), 0 for an empty slot */
  uint32_t *edge_child; /* the node it leads to */
  size_t nedges, nslots;/* slots: a power of two, at least twice the edges */
} tenorp_vocab;

/* The record of a word the vocabulary lacks. */
extern const tenorp_word tenorp_no_word;

/* Builds the vocabulary of a lexicon, the exact keys of an actor alias
 * map (NULL for none) and the person finder's words with their bits. */
void tenorp_vocab_build(tenorp_vocab *v, const tenor_lexicon *lex, const tenorp_map *aliases,
                        const tenorp_map *attrib_words);

/* The words an analyzer has met, each with a copy of its vocabulary
 * record and what the scorer learnt of it (its stem's entry), so that a
 * token costs one lookup in a table that follows the text's own
 * vocabulary, not one in the lexicon-sized vocabulary and another in a
 * memo of stems.  Each analyzer has its own (the vocabulary is shared
 * between threads, this is written to). */
typedef struct tenorp_seen_word {
  tenorp_word w;            /* the vocabulary's record (first: a token's w points here) */
  const tenorp_entry *stem; /* the entry of the word's Snowball stem, once stem_known */
  const tenorp_entry *wild; /* its longest wildcard prefix's entry, once wild_known */
  unsigned char stem_known, wild_known;
  size_t key;               /* its bytes after the first eight, in the key store */
} tenorp_seen_word;

/* A slot of the table of words met: a short word (up to 8 bytes, most
 * words) is told from another by its hash, its length and its first 8
 * bytes alone, with no comparison of strings. */
typedef struct tenorp_seen_slot {
  uint64_t hash;
  uint64_t head; /* the first 8 bytes of the word, zero after its end */
  uint32_t len;
  uint32_t idx;  /* its record's index + 1; 0 is empty */
} tenorp_seen_slot;

/* Words remembered at most (kept while a text runs; forgotten, all at
 * once, before the next text when there are more). */
#define TENORP_SEEN_MAX 65536

typedef struct tenorp_seen {
  tenorp_seen_slot *slots;    /* open addressing, linear probing */
  size_t nslots;              /* a power of two, at least twice n; 0 before the first word */
  tenorp_seen_word *v;        /* the records, in the order the words were met */
  size_t n, cap;
  tenorp_buf keys;            /* the bytes of longer words after their first eight */
  const tenorp_vocab *vocab;  /* the vocabulary the records were copied from */
} tenorp_seen;

/* Points each token's record at its word's, a record in `seen` (for a
 * word the vocabulary lacks, a copy of tenorp_no_word); a number's points
 * at the vocabulary's own record, or at tenorp_no_word.  Sets each token's
 * anode, and TENOR_TOK__NOTE where it has an anode or a role.  The records are
 * copies: forget them (tenorp_seen_free) when the vocabulary is built
 * again in the same place. */
void tenorp_vocab_tag(const tenorp_vocab *v, tenorp_seen *seen, tenorp_tokens *t);

/* The seen-word record a tagged token other than a number points at (for
 * the scorer's memo). */
static inline tenorp_seen_word *tenorp_seen_of(const tenorp_token *k) {
  /* k->w points at the first member of a record of the analyzer's own */
  return (tenorp_seen_word *)(uintptr_t)k->w;
}

/* Lets the words go when there are many, or when a long text made room
 * for many. */
void tenorp_seen_trim(tenorp_seen *seen);
void tenorp_seen_free(tenorp_seen *seen);

/* The first slot to probe for edge key (node << 32 | word id). */
static inline size_t tenorp_vocab_home(const tenorp_vocab *v, uint64_t key) {
  return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & (v->nslots - 1);
}

/* The node after word w from node `from`, or 0. */
static inline uint32_t tenorp_vocab_step(const tenorp_vocab *v, uint32_t from,
                                         const tenorp_word *w) {
  if (!from || !w->id || !v->nslots)
    return 0;
  uint64_t key = (uint64_t)from << 32 | w->id;
  size_t mask = v->nslots - 1, i = tenorp_vocab_home(v, key);
  for (;; i = (i + 1) & mask) {
    if (v->edge_key[i] == key)
      return v->edge_child[i];
    if (!v->edge_key[i])
      return 0;
  }
}

void tenorp_vocab_free(tenorp_vocab *v);

#endif
