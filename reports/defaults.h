/* defaults.h - the default lexicons, compiled into the binary. */
#ifndef TENOR_DEFAULTS_H
#define TENOR_DEFAULTS_H

#include <stddef.h>

typedef struct tenor_default_lexicon {
  const char *name; /* its path in the source tree, for messages */
  const char *data; /* the file's bytes */
  size_t len;       /* their number */
} tenor_default_lexicon;

/* Each terminated by an entry whose name is NULL.  Generated at build time
 * by scripts/embed.c from the CSV files in lexicons/. */
extern const tenor_default_lexicon tenor_default_lexicons[];
extern const tenor_default_lexicon tenor_default_actors[];

#endif
