/* input.h - turning INPUT arguments into a list of documents. */
#ifndef TENOR_INPUT_H
#define TENOR_INPUT_H

#include <stddef.h>

typedef struct input {
  char *path;  /* what to open; NULL for stdin */
  char *name;  /* how messages name it */
  char *id;    /* the document id; for a CSV corpus, the prefix of generated ids */
  char *group; /* the document's group, "" for none */
  char *date;  /* its ISO 8601 date, "" for none */
  int csv;     /* a CSV corpus: one document per row */
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
  input *v;   /* documents in order */
  size_t n;   /* in use */
  size_t cap; /* allocated */
} input_list;

/* Adds the documents an argument names: a file, every *.txt below a
 * directory (sorted), or stdin for "-".  Prints a message and returns -1
 * when the argument cannot be read; the list is then unchanged. */
int input_add(input_list *l, const char *arg, const input_labels *labels);

/* Adds a CSV corpus. */
void input_add_csv(input_list *l, const char *path);

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
