/* input.h - turning INPUT arguments into a list of documents. */
#ifndef TENOR_INPUT_H
#define TENOR_INPUT_H

#include <stddef.h>

typedef struct input {
  char *path; /* what to open; NULL for stdin */
  char *name; /* how messages name it */
  char *id;   /* the document id */
} input;

typedef struct input_list {
  input *v;   /* documents in order */
  size_t n;   /* in use */
  size_t cap; /* allocated */
} input_list;

/* Adds the documents an argument names: a file, every *.txt below a
 * directory (sorted), or stdin for "-".  Prints a message and returns -1
 * when the argument cannot be read; the list is then unchanged. */
int input_add(input_list *l, const char *arg);

/* Finds two documents with one id; prints a message naming both and
 * returns -1 if there are any, else 0. */
int input_check_ids(const input_list *l);

void input_list_free(input_list *l);

#endif
