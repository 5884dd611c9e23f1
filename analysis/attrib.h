/* attrib.h - actors, speakers and targets of the sentences of one document. */
#ifndef TENOR_ATTRIB_H
#define TENOR_ATTRIB_H

#include <stddef.h>

#include "actor.h"
#include "buf.h"
#include "score.h"
#include "sentence.h"
#include "tenor.h"
#include "token.h"

/* An actor of the current document. */
typedef struct tenorp_docactor {
  size_t listed;      /* index in the actor list, or TENORP_NONE if discovered */
  size_t id, name;    /* offsets in the document's string store (discovered actors) */
  int type;           /* TENOR_ACTOR_* */
  size_t affiliation; /* document actor index, or TENORP_NONE */
  size_t surname;     /* offset in the string store of the last name word, or TENORP_NONE */
  unsigned long long titles; /* bit per role word seen with the person (see attrib.c) */
  tenor_actor_stats st;      /* its totals as a reported actor */
  size_t counted;            /* 1 + the last sentence counted in st.mentions */
} tenorp_docactor;

/* A span that the caller names as an actor of the next run (tenor_analyzer_mark). */
typedef struct tenorp_mark {
  size_t start, end; /* its bytes in the text */
  size_t id;         /* offset of its id in tenorp_attrib.mark_ids */
  int type;          /* TENOR_ACTOR_*, or 0: as found in its words */
  size_t order;      /* the order it was given in */
  size_t doc;        /* its document actor once placed, else TENORP_NONE */
} tenorp_mark;

typedef struct tenorp_attrib {
  const tenor_actors *actors; /* borrowed; NULL: no attribution */
  int level;                  /* TENOR_LEVEL_* */

  tenorp_docactor *da;        /* the document's actors, in order of first appearance */
  size_t nda, capda;
  tenorp_buf strings;         /* ids, names, surnames of discovered actors */
  size_t *listed_to_doc;      /* actor list index to document index (valid where stamp matches) */
  unsigned *stamp;            /* run number per listed actor */
  size_t nlisted;             /* entries in the two arrays above */
  unsigned run;               /* this run's number */

  tenorp_mentions all;        /* the mentions of the current sentence */
  tenorp_mentions patterns;   /* matches of re: aliases in the document (byte spans) */
  size_t next_pattern;        /* the first pattern match not yet placed in a sentence */
  tenorp_mark *marks;         /* the caller's spans for this run, sorted by start at its begin */
  size_t nmarks, capmarks;
  size_t next_mark;           /* the first mark not yet placed in a sentence */
  tenorp_buf mark_ids;        /* their ids */
  void *re_scratch;           /* PCRE2 match data */
  unsigned char *skip;        /* per token: part of an actor's name (not scored) */
  size_t capskip;
  size_t *clause;             /* per token of a sentence: the clause marks before it */
  size_t capclause;
  tenorp_buf key;             /* scratch */

  int in_quote;               /* a double quote is open at the current sentence's start */
  size_t quote_speaker;       /* speaker of the latest quotation, or TENORP_NONE */
  size_t last_person_speaker; /* latest person who spoke, and in which sentence */
  size_t last_person_speaker_at;
  size_t last_person;         /* latest person named */
  size_t last_group;          /* latest state, organisation or group named */

  tenor_target *targets;      /* targets of all sentences, sentence by sentence */
  size_t ntargets, captargets;
  size_t *target_start;       /* per sentence: its first target; one extra at the end */
  size_t captstart;           /* entries allocated in target_start, speaker_of, explicit_of */
  size_t *speaker_of;         /* per sentence: its speaker (document index) or TENORP_NONE */
  unsigned char *explicit_of; /* per sentence: the speaker came from an attribution */
  size_t run_start;           /* first unattributed sentence of an open quotation, or TENORP_NONE */

  tenor_actor *pub;           /* the document's actors for the caller */
  size_t cappub;
  tenor_actor_stats *stats;   /* per actor */
  size_t nstats, capstats;
  tenor_pair_stats *pairs;    /* per speaker and target */
  size_t npairs, cappairs;
  tenorp_map pair_index;      /* (speaker, target) bytes to index in pairs */
  tenorp_map words;           /* role words, modifiers, particles (attrib.c) */
  tenorp_map person_ids;      /* id of a person found in the text to its document index */
  tenorp_map surname_of;      /* surname (as written) to the latest document actor with it */
} tenorp_attrib;

/* Lets go of the memory kept per token and per sentence of the last
 * text (it grows again as needed). */
void tenorp_attrib_trim(tenorp_attrib *at);

/* The person finder's words (roles, particles, ...) with their bits, for
 * the vocabulary. */
const tenorp_map *tenorp_attrib_words(tenorp_attrib *at);

/* Adds a mark for the next document (see tenor_analyzer_mark); the id is copied. */
void tenorp_attrib_mark(tenorp_attrib *at, size_t start, size_t end, const char *id, int type);

/* Forgets the marks (after a document). */
void tenorp_attrib_marks_clear(tenorp_attrib *at);

/* Starts a document: forgets the previous one's actors. */
void tenorp_attrib_begin(tenorp_attrib *at, const char *text, size_t len);

/* Finds the actors of sentence `index` (surveyed: sv) before it is
 * scored; returns the per-token mask of actor names for the scorer (NULL
 * if none). */
const unsigned char *tenorp_attrib_mentions(tenorp_attrib *at, const char *text,
                                            const tenorp_tokens *t, const tenorp_span *s,
                                            const tenorp_survey *sv, size_t index);

/* After scoring: the sentence's speaker and targets, from its mentions
 * and the scorer's hits (each scoring hit learns its target). */
void tenorp_attrib_sentence(tenorp_attrib *at, const tenor_lexicon *lex, const char *text,
                            const tenorp_tokens *t, const tenorp_span *s,
                            const tenorp_survey *sv, size_t index, tenorp_scorer *sc,
                            tenor_sentence *out);

/* Ends a document: the actor table and the per-actor and per-pair totals. */
void tenorp_attrib_finish(tenorp_attrib *at, tenor_sentence *sents, size_t n);

void tenorp_attrib_free(tenorp_attrib *at);

#endif
