/*
 * input.c - INPUT arguments to documents.
 *
 * A file is one document, its id the file name without the extension.  A
 * directory contributes every *.txt file below it (hidden files and folders
 * skipped, links to folders not followed), in byte order of the path below the directory, which is also
 * the id, without ".txt".  "-" is stdin, id "stdin".
 */
#define _POSIX_C_SOURCE 200809L
#include "input.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "tenor.h"
#include "util.h"

static void push(input_list *l, char *path, char *name, char *id, char *group, char *date,
                 int csv) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 16;
    l->v = xrealloc(l->v, l->cap * sizeof *l->v);
  }
  input in = {path, name, id, group, date, csv, NULL, 0};
  l->v[l->n++] = in;
}

/* The date at the start of a file name (2015-10-01-title.txt), or "". */
static char *date_of(const char *path, const input_labels *lab) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  tenor_date d;
  if (lab->date_from_name && strlen(base) >= 10 && tenor_date_parse(base, 10, &d) == TENOR_OK &&
      (base[10] == 0 || strchr("-_. ", base[10])))
    return xasprintf("%.10s", base);
  return xstrdup("");
}

/* The group of a file `rel` found below an input folder. */
static char *group_of(const char *rel, const input_labels *lab) {
  const char *slash = strchr(rel, '/');
  if (lab->group_by_dir && slash)
    return xasprintf("%.*s", (int)(slash - rel), rel);
  return xstrdup(lab->group ? lab->group : "");
}


/* s without its last extension (".txt"), as a new string. */
static char *strip_ext(const char *s) {
  const char *slash = strrchr(s, '/'), *dot = strrchr(s, '.');
  size_t n = strlen(s);
  if (dot && dot > (slash ? slash + 1 : s))
    n = (size_t)(dot - s);
  char *r = xmalloc(n + 1);
  memcpy(r, s, n);
  r[n] = 0;
  return r;
}

void input_add_csv(input_list *l, const char *path) {
  if (!strcmp(path, "-")) { /* --csv -: a corpus on stdin */
    push(l, xstrdup("-"), xstrdup("<stdin>"), xstrdup("stdin"), xstrdup(""), xstrdup(""), 1);
    return;
  }
  const char *base = strrchr(path, '/');
  push(l, xstrdup(path), xstrdup(path), strip_ext(base ? base + 1 : path), xstrdup(""),
       xstrdup(""), 1);
}

static int ends_with_txt(const char *s) {
  size_t n = strlen(s);
  return n > 4 && !strcmp(s + n - 4, ".txt");
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct names {
  char **v;
  size_t n, cap;
} names;

/* Collects the *.txt paths below root/rel into out; -1 on error. */
static int walk(const char *root, const char *rel, names *out) {
  char *dir = *rel ? xasprintf("%s/%s", root, rel) : xstrdup(root);
  DIR *d = opendir(dir);
  if (!d) {
    msg("cannot open %s: %s", dir, strerror(errno));
    free(dir);
    return -1;
  }
  int rc = 0;
  struct dirent *de;
  while ((de = readdir(d))) {
    if (de->d_name[0] == '.')
      continue;
    char *sub = *rel ? xasprintf("%s/%s", rel, de->d_name) : xstrdup(de->d_name);
    char *full = xasprintf("%s/%s", root, sub);
    struct stat st, lst;
    if (stat(full, &st) != 0) {
      msg("cannot open %s: %s", full, strerror(errno));
      rc = -1;
    } else if (S_ISDIR(st.st_mode)) {
      /* Links to folders are not followed: they can loop. */
      if (lstat(full, &lst) == 0 && S_ISLNK(lst.st_mode)) {
        free(sub);
        free(full);
        continue;
      }
      if (walk(root, sub, out) != 0)
        rc = -1;
    } else if (S_ISREG(st.st_mode) && ends_with_txt(sub)) {
      if (out->n == out->cap) {
        out->cap = out->cap ? out->cap * 2 : 64;
        out->v = xrealloc(out->v, out->cap * sizeof *out->v);
      }
      out->v[out->n++] = sub;
      sub = NULL;
    }
    free(sub);
    free(full);
  }
  closedir(d);
  free(dir);
  return rc;
}

int input_add(input_list *l, const char *arg, const input_labels *lab) {
  const char *label = lab->group ? lab->group : "";
  if (!strcmp(arg, "-")) {
    push(l, NULL, xstrdup("<stdin>"), xstrdup("stdin"), xstrdup(label), xstrdup(""), 0);
    return 0;
  }
  struct stat st;
  if (stat(arg, &st) != 0) {
    msg("cannot open %s: %s", arg, strerror(errno));
    return -1;
  }
  if (!S_ISDIR(st.st_mode)) {
    const char *base = strrchr(arg, '/');
    base = base ? base + 1 : arg;
    push(l, xstrdup(arg), xstrdup(arg), strip_ext(base), xstrdup(label), date_of(arg, lab), 0);
    return 0;
  }
  size_t len = strlen(arg);
  while (len > 1 && arg[len - 1] == '/')
    len--;
  char *root = xmalloc(len + 1);
  memcpy(root, arg, len);
  root[len] = 0;
  names found = {NULL, 0, 0};
  int rc = walk(root, "", &found);
  if (found.n)
    qsort(found.v, found.n, sizeof *found.v, cmp_str);
  for (size_t i = 0; i < found.n; i++) {
    char *path = xasprintf("%s/%s", root, found.v[i]);
    push(l, path, xstrdup(path), strip_ext(found.v[i]), group_of(found.v[i], lab),
         date_of(found.v[i], lab), 0);
    free(found.v[i]);
  }
  if (!found.n && !rc) {
    msg("%s: no .txt files in this folder", root);
    rc = -1;
  }
  free(found.v);
  free(root);
  return rc;
}

void id_list_add(id_list *l, const char *id, const char *name) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    l->v = xrealloc(l->v, l->cap * sizeof *l->v);
  }
  l->v[l->n].id = xstrdup(id);
  l->v[l->n].name = xstrdup(name);
  l->v[l->n].order = l->n;
  l->n++;
}

static int cmp_entry(const void *a, const void *b) {
  const struct id_entry *x = a, *y = b;
  int c = strcmp(x->id, y->id);
  return c ? c : (x->order > y->order) - (x->order < y->order);
}

int id_list_check(id_list *l) {
  /* sort a copy of the entries so that messages follow input order */
  struct id_entry *v = xmalloc((l->n ? l->n : 1) * sizeof *v);
  if (l->n)
    memcpy(v, l->v, l->n * sizeof *v);
  if (l->n > 1)
    qsort(v, l->n, sizeof *v, cmp_entry);
  int rc = 0;
  for (size_t i = 1; i < l->n; i++) {
    if (!strcmp(v[i].id, v[i - 1].id)) {
      msg("two inputs have the document id '%s': %s and %s", v[i].id, v[i - 1].name, v[i].name);
      rc = -1;
    }
  }
  free(v);
  return rc;
}

void id_list_free(id_list *l) {
  for (size_t i = 0; i < l->n; i++) {
    free(l->v[i].id);
    free(l->v[i].name);
  }
  free(l->v);
  l->v = NULL;
  l->n = l->cap = 0;
}

void input_list_free(input_list *l) {
  for (size_t i = 0; i < l->n; i++) {
    free(l->v[i].path);
    free(l->v[i].name);
    free(l->v[i].id);
    free(l->v[i].group);
    free(l->v[i].date);
    free(l->v[i].data);
  }
  free(l->v);
  l->v = NULL;
  l->n = l->cap = 0;
}
