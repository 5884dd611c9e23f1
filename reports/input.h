/* input.h - turning INPUT arguments into documents. */
#ifndef TENOR_INPUT_H
#define TENOR_INPUT_H

#include <stddef.h>
#include <stdint.h>

typedef struct input {
  char *path;  /* what to open; NULL for stdin */
  char *name;  /* how messages name it */
  char *id;    /* the document id; for a CSV corpus, the prefix of generated ids */
  char *group; /* the document's group, "" for none */
  char *date;  /* its ISO 8601 date, "" for none */
  int csv;     /* a CSV corpus: one document per row */
  int dir;     /* a folder: its files are found by input_walk, when needed */
  char *data;  /* a CSV corpus on stdin, kept after the first reading (it is read twice) */
  size_t len;
} input;

/* How documents get their group and date. */
typedef struct input_labels {
  const char *group;  /* --group: the group of files and stdin, or NULL */
  int group_by_dir;   /* --group-by-dir: the first folder below the input */
  int date_from_name; /* --date-from-name: a file name that starts YYYY-MM-DD */
} input_labels;

typedef struct input_list {
  input *v;   /* inputs in order */
  size_t n;   /* in use */
  size_t cap; /* allocated */
} input_list;

/* Adds what an argument names: a file, a folder (whose files are found
 * later, by input_walk), or stdin for "-".  Prints a message and returns
 * -1 when the argument cannot be found; the list is then unchanged. */
int input_add(input_list *l, const char *arg, const input_labels *labels);

/* Adds a CSV corpus. */
void input_add_csv(input_list *l, const char *path);

/* What input_walk calls, with ctx: `found` with each file, `problem`
 * (NULL: say nothing) with a message for each part of the folder that
 * cannot be read and for a folder without files.  The input and the
 * message are valid only during the call. */
typedef struct input_visitor {
  void (*found)(void *ctx, const input *file);
  void (*problem)(void *ctx, const char *message);
  void *ctx;
} input_visitor;

/* Finds every *.txt file below folder input `dir` (hidden files and
 * folders skipped, links to files followed, links to folders not), in the
 * order of their ids (order_cmp: the path below the folder without
 * ".txt"), without keeping a list of them: memory stays bounded however
 * many files a folder holds.  Returns the number of files found. */
size_t input_walk(const input *dir, const input_labels *labels, const input_visitor *v);

/* The same walk, one file at a time, so that the caller can merge several
 * walks: input_walk_start starts it (it may report problems already),
 * input_walk_next gives the next file, valid until the next call, or NULL
 * at the end, and input_walk_end frees the walker (NULL is fine) and
 * returns the number of files found.  `problem` (NULL: say nothing) gets
 * a message for each part of the folder that cannot be read, in its
 * place, and for a folder without files, at the end.  A walker keeps no
 * descriptor open between two calls.  `budget` is the number of names a
 * pass over a folder keeps at least (0: the default, 4096, also the most;
 * a big folder's pass keeps a 64th of its entries whatever the budget),
 * so that many walks under way at once can share a bounded memory. */
typedef struct input_walker input_walker;
input_walker *input_walk_start(const input *dir, const input_labels *labels, size_t budget,
                               void (*problem)(void *ctx, const char *message), void *ctx);
const input *input_walk_next(input_walker *w);
size_t input_walk_end(input_walker *w);

/* 64-bit hashes of document ids: a cheap first look for a repeated id,
 * 8 bytes a document instead of every id and name. */
typedef struct id_hashes {
  uint64_t *v;
  size_t n, cap;
} id_hashes;

void id_hashes_add(id_hashes *h, const char *id);
/* 1 if two of the ids have the same hash: one id is maybe in two places
 * (or two ids collide; id_list tells), else 0. */
int id_hashes_repeat(id_hashes *h);
void id_hashes_free(id_hashes *h);

/* A list of document ids and where they come from, to find duplicates. */
typedef struct id_list {
  struct id_entry {
    char *id;   /* the document id */
    char *name; /* where it comes from: a file, or FILE:LINE of a CSV row */
    size_t order; /* its place in the list */
  } *v;
  size_t n, cap;
} id_list;

void id_list_add(id_list *l, const char *id, const char *name);
/* Prints a message naming both places for each id found twice and
 * returns -1 if there is any, else 0. */
int id_list_check(id_list *l);
void id_list_free(id_list *l);

void input_list_free(input_list *l);

#endif
