/* actor.h - the actor list: ids, names, types, affiliations and aliases,
 * and finding actors in tokens and text. */
#ifndef TENOR_ACTOR_H
#define TENOR_ACTOR_H

#include <stddef.h>

#include "buf.h"
#include "map.h"
#include "tenor.h"
#include "token.h"

#define TENORP_NONE ((size_t)-1) /* no actor */

typedef struct tenorp_actor {
  size_t id;          /* offset of the id in the string store */
  size_t name;        /* offset of the display name */
  size_t affiliation; /* the affiliated actor's index, or TENORP_NONE */
  int type;           /* TENOR_ACTOR_* */
  size_t surname;     /* offset of a person's last name word (for "Mr X"), or TENORP_NONE */
} tenorp_actor;

/* A place where an actor is named. */
typedef struct tenorp_mention {
  size_t first, last; /* tokens [first, last) */
  size_t actor;       /* index in the actor list, or in the document's table (attrib.c) */
  unsigned flags;     /* TENORP_MENTION_* bits */
} tenorp_mention;

#define TENORP_MENTION_PART (1u << 0)     /* a part of a hyphenated word: US-led */
#define TENORP_MENTION_PATTERN (1u << 1)  /* found by a re: pattern */
#define TENORP_MENTION_ABSORBED (1u << 2) /* the affiliation in a person's title, not a target */
#define TENORP_MENTION_ROLE (1u << 3)     /* an unnamed official of the actor: a Russian spokesman */
#define TENORP_MENTION_PERSON (1u << 4)   /* a person found by title, surname or name */
#define TENORP_MENTION_MARK (1u << 5)     /* a span the caller named (tenor_analyzer_mark) */

typedef struct tenorp_mentions {
  tenorp_mention *v;
  size_t n, cap;
} tenorp_mentions;

void tenorp_mentions_push(tenorp_mentions *m, size_t first, size_t last, size_t actor,
                          unsigned flags);

/* The actor list's internals, for attrib.c. */
size_t tenorp_actors_count(const tenor_actors *a);
const tenorp_actor *tenorp_actors_get(const tenor_actors *a, size_t i);
const char *tenorp_actors_str(const tenor_actors *a, size_t off);
/* The index of the actor with this id, or TENORP_NONE. */
size_t tenorp_actors_find(const tenor_actors *a, const char *id, size_t len);

/* The map of the exact aliases (key k is alias k), for the vocabulary. */
const tenorp_map *tenorp_actors_aliases(const tenor_actors *a);

/* Appends the actors named in a sentence that ends before token b,
 * longest alias first, left to right, trying only the tokens at[0..n)
 * (ascending) as the start of a name: they must include every token that
 * is not a mark and has an anode or a hyphen (TENOR_TOK__NOTE or
 * TENOR_TOK__HYPHEN; listing more tokens changes nothing).  `mixed` says
 * whether the sentence has lower-case letters: aliases in capitals (US,
 * IS) match only in mixed-case text.  The tokens must be tagged by a
 * vocabulary built with these actors. */
void tenorp_actors_match(const tenor_actors *actors, const char *text, const tenorp_tokens *t,
                         const size_t *at, size_t n, size_t b, int mixed, tenorp_mentions *out);

/* Byte spans of the matches of the re: aliases in text: appended to
 * `out` as mentions whose first/last are byte offsets.  `scratch` holds
 * match data between calls; free it with tenorp_actors_scratch_free. */
void tenorp_actors_match_patterns(const tenor_actors *actors, const char *text, size_t len,
                                  void **scratch, tenorp_mentions *out);
int tenorp_actors_have_patterns(const tenor_actors *actors);
void tenorp_actors_scratch_free(void *scratch);

#endif
