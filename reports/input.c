/*
 * input.c - INPUT arguments to documents.
 *
 * A file is one document, its id the file name without the extension.  A
 * directory contributes every *.txt file below it (hidden files and folders
 * skipped, links to folders not followed), in byte order of the path below
 * the directory, which is also the id, without ".txt".  "-" is stdin, id
 * "stdin".
 *
 * A folder is walked when its files are needed, and the walk keeps no list
 * of them, so that memory does not grow with the number of files.  Sorting
 * each folder by itself gives the byte order of the whole paths when a
 * sub-folder sorts as its name followed by "/", the prefix all its paths
 * share.  A folder is read in passes (rewinddir), each keeping only the
 * next names after the last one handed over, at most a budget of them, in
 * a max-heap; the budget grows to a 64th of the folder's entries, so that
 * a folder of a million files takes 64 passes, not 250.
 */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE /* d_type and DT_* in struct dirent (glibc) */
#include "input.h"

#include <assert.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "sbuf.h"
#include "tenor.h"
#include "util.h"

/* Tunables, variables rather than constants so that the unit tests
 * (which compile this file in) can make them small. */
static size_t walk_budget = 4096;          /* names a pass over a folder keeps, at least */
#define WALK_SHARE 64                      /* ... or this share of the folder's entries */
static int walk_trust_dtype = 1;           /* take d_type's word (0: stat every entry) */
static uint64_t id_hash_mask = UINT64_MAX; /* the bits of an id's hash that count */

static void push(input_list *l, char *path, char *name, char *id, char *group, char *date,
                 int csv) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 16;
    l->v = xrealloc(l->v, l->cap * sizeof *l->v);
  }
  input in = {path, name, id, group, date, csv, 0, NULL, 0};
  l->v[l->n++] = in;
}

/* The date at the start of a file name (2015-10-01-title.txt) in out, or "". */
static char *date_of(const char *path, const input_labels *lab, char out[11]) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  tenor_date d;
  out[0] = 0;
  if (lab->date_from_name && strlen(base) >= 10 && tenor_date_parse(base, 10, &d) == TENOR_OK &&
      (base[10] == 0 || strchr("-_. ", base[10]))) {
    memcpy(out, base, 10);
    out[10] = 0;
  }
  return out;
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
    char date[11];
    base = base ? base + 1 : arg;
    push(l, xstrdup(arg), xstrdup(arg), strip_ext(base), xstrdup(label),
         xstrdup(date_of(arg, lab, date)), 0);
    return 0;
  }
  size_t len = strlen(arg);
  while (len > 1 && arg[len - 1] == '/')
    len--;
  char *root = xmalloc(len + 1);
  memcpy(root, arg, len);
  root[len] = 0;
  push(l, root, xstrdup(root), xstrdup(""), xstrdup(label), xstrdup(""), 0);
  l->v[l->n - 1].dir = 1;
  return 0;
}

/* ------------------------------------------------------ the folder walk */

/* What an entry of a folder is. */
enum {
  K_SKIP,   /* not a document: hidden, not *.txt, a link to a folder, a device */
  K_FILE,   /* a *.txt regular file, or a link to one */
  K_DIR,    /* a folder (not a link) to walk */
  K_ERROR,  /* stat failed: reported in its place */
  K_UNKNOWN /* d_type does not say: stat tells */
};

typedef struct entry {
  char *key; /* the name, followed by "/" for a folder: the sort key */
  int kind;  /* K_FILE, K_DIR or K_ERROR */
  int err;   /* K_ERROR: the errno of stat */
} entry;

/* The smallest keys a pass has met, at most cap, the greatest on top. */
typedef struct heap {
  entry *v;
  size_t n, cap;
} heap;

typedef struct walker {
  const input_labels *lab;
  const input_visitor *v;
  sbuf path;       /* the folder being read, then the entry handed over */
  size_t root_len; /* the input folder's part of path */
  size_t found;    /* files handed over */
  int failed;      /* a part could not be read */
  sbuf id, group;  /* of the file handed over */
  char date[11];
} walker;

static int is_txt(const char *name) {
  size_t n = strlen(name);
  return n > 4 && !strcmp(name + n - 4, ".txt");
}

/* strcmp of the sort key of entry `name` (a folder's when dir) with key,
 * without building it. */
static int key_cmp(const char *name, int dir, const char *key) {
  size_t i = 0;
  while (name[i] && name[i] == key[i])
    i++;
  if (name[i])
    return (unsigned char)name[i] - (unsigned char)key[i];
  return strcmp(dir ? "/" : "", key + i);
}

static void sift_down(entry *v, size_t n, size_t i) {
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= n)
      return;
    if (c + 1 < n && strcmp(v[c + 1].key, v[c].key) > 0)
      c++;
    if (strcmp(v[c].key, v[i].key) <= 0)
      return;
    entry t = v[i];
    v[i] = v[c];
    v[c] = t;
    i = c;
  }
}

static void sift_up(entry *v, size_t i) {
  while (i > 0 && strcmp(v[(i - 1) / 2].key, v[i].key) < 0) {
    entry t = v[i];
    v[i] = v[(i - 1) / 2];
    v[(i - 1) / 2] = t;
    i = (i - 1) / 2;
  }
}

/* Whether entry `name` (a folder when dir) belongs among the next keys:
 * after the last one handed over, and before the heap's greatest if full. */
static int wanted(const heap *h, const char *last, const char *name, int dir) {
  if (last && key_cmp(name, dir, last) <= 0)
    return 0;
  return h->n < h->cap || key_cmp(name, dir, h->v[0].key) < 0;
}

/* Puts a wanted entry in, dropping the greatest when the heap is full. */
static void heap_put(heap *h, const char *name, int kind, int err) {
  size_t n = strlen(name);
  entry e = {xmalloc(n + 2), kind, err};
  memcpy(e.key, name, n);
  e.key[n] = '/';
  e.key[n + (kind == K_DIR)] = 0;
  if (h->n < h->cap) {
    h->v[h->n] = e;
    sift_up(h->v, h->n++);
    return;
  }
  free(h->v[0].key);
  h->v[0] = e;
  sift_down(h->v, h->n, 0);
}

/* What d_type says an entry is, when it says enough. */
static int cheap_kind(const struct dirent *de) {
#ifdef DT_UNKNOWN
  if (walk_trust_dtype) {
    switch (de->d_type) {
    case DT_DIR:
      return K_DIR;
    case DT_REG:
      return is_txt(de->d_name) ? K_FILE : K_SKIP;
    case DT_LNK: /* to a file or a folder: stat tells */
    case DT_UNKNOWN:
      return K_UNKNOWN;
    default: /* a fifo, a socket, a device */
      return K_SKIP;
    }
  }
#endif
  (void)de;
  return K_UNKNOWN;
}

/* What entry `name` of the folder open as dfd is, by stat.  Links to
 * files are followed, links to folders are not: they can loop. */
static int stat_kind(int dfd, const char *name, int *err) {
  struct stat st, lst;
  if (fstatat(dfd, name, &st, 0) != 0) {
    *err = errno;
    return K_ERROR;
  }
  if (S_ISDIR(st.st_mode)) {
    int link = fstatat(dfd, name, &lst, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(lst.st_mode);
    return link ? K_SKIP : K_DIR;
  }
  return S_ISREG(st.st_mode) && is_txt(name) ? K_FILE : K_SKIP;
}

/* Takes an entry into the heap if it is wanted.  An entry that d_type does
 * not describe is stat'ed only if it could be wanted as a file or as a
 * folder, so that later passes do not stat the whole folder again. */
static void consider(heap *h, const char *last, int dfd, const struct dirent *de) {
  const char *name = de->d_name;
  int kind = cheap_kind(de), err = 0;
  if (kind == K_SKIP)
    return;
  if (kind == K_UNKNOWN) {
    if (!wanted(h, last, name, 0) && !wanted(h, last, name, 1))
      return;
    kind = stat_kind(dfd, name, &err);
    if (kind == K_SKIP)
      return;
  }
  if (wanted(h, last, name, kind == K_DIR))
    heap_put(h, name, kind, err);
}

/* One pass over a folder: the heap gets the smallest keys after `last`;
 * returns the number of entries that are not hidden. */
static size_t read_pass(DIR *d, heap *h, const char *last) {
  size_t count = 0;
  struct dirent *de;
  h->n = 0;
  while ((de = readdir(d))) {
    if (de->d_name[0] == '.')
      continue;
    count++;
    consider(h, last, dirfd(d), de);
  }
  return count;
}

static void problem(walker *w, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void problem(walker *w, const char *fmt, ...) {
  w->failed = 1;
  if (!w->v->problem)
    return;
  va_list ap;
  va_start(ap, fmt);
  char *m = xvasprintf(fmt, ap);
  va_end(ap);
  w->v->problem(w->v->ctx, m);
  free(m);
}

static void sbuf_set(sbuf *b, const char *s, size_t n) {
  b->n = 0;
  sbuf_put(b, s, n);
}

/* Hands the file at w->path over. */
static void hand_file(walker *w) {
  const char *rel = w->path.s + w->root_len + 1, *slash = strchr(rel, '/');
  sbuf_set(&w->id, rel, strlen(rel) - 4); /* without ".txt" */
  if (w->lab->group_by_dir && slash)
    sbuf_set(&w->group, rel, (size_t)(slash - rel));
  else
    sbuf_set(&w->group, w->lab->group ? w->lab->group : "",
             w->lab->group ? strlen(w->lab->group) : 0);
  input file;
  memset(&file, 0, sizeof file);
  file.path = file.name = w->path.s;
  file.id = w->id.s;
  file.group = w->group.s;
  file.date = date_of(rel, w->lab, w->date);
  w->found++;
  w->v->found(w->v->ctx, &file);
}

static void walk_dir(walker *w);

/* Hands an entry of the folder at w->path over: a file, a folder's
 * files, or the message of an entry that could not be read. */
static void visit(walker *w, const entry *e) {
  size_t mark = w->path.n;
  sbuf_put(&w->path, "/", 1);
  sbuf_put(&w->path, e->key, strlen(e->key) - (e->kind == K_DIR));
  if (e->kind == K_DIR)
    walk_dir(w);
  else if (e->kind == K_FILE)
    hand_file(w);
  else
    problem(w, "cannot open %s: %s", w->path.s, strerror(e->err));
  w->path.n = mark;
  w->path.s[mark] = 0;
}

/* Sorts the heap's entries and hands them over in order; returns the
 * greatest key (the caller frees it), or NULL when the heap is empty. */
static char *hand_over(walker *w, heap *h) {
  for (size_t end = h->n; end > 1; end--) { /* heapsort: the greatest goes last */
    entry t = h->v[0];
    h->v[0] = h->v[end - 1];
    h->v[end - 1] = t;
    sift_down(h->v, end - 1, 0);
  }
  for (size_t i = 0; i < h->n; i++) {
    visit(w, &h->v[i]);
    if (i + 1 < h->n)
      free(h->v[i].key);
  }
  return h->n ? h->v[h->n - 1].key : NULL;
}

/* Walks the folder at w->path, pass by pass, until a pass finds fewer
 * keys than it could keep: then it has met them all. */
static void walk_dir(walker *w) {
  DIR *d = opendir(w->path.s);
  if (!d) {
    problem(w, "cannot open %s: %s", w->path.s, strerror(errno));
    return;
  }
  assert(walk_budget > 0);
  heap h = {xmalloc(walk_budget * sizeof *h.v), 0, walk_budget};
  char *last = NULL;
  for (int first = 1;; first = 0) {
    if (!first)
      rewinddir(d);
    size_t entries = read_pass(d, &h, last);
    int more = h.n == h.cap;
    char *greatest = hand_over(w, &h);
    if (greatest) {
      free(last);
      last = greatest;
    }
    if (!more)
      break;
    if (first && entries / WALK_SHARE > h.cap) { /* fewer passes over a big folder */
      h.cap = entries / WALK_SHARE;
      h.v = xrealloc(h.v, h.cap * sizeof *h.v);
    }
  }
  free(last);
  free(h.v);
  closedir(d);
}

size_t input_walk(const input *dir, const input_labels *lab, const input_visitor *v) {
  walker w;
  memset(&w, 0, sizeof w);
  w.lab = lab;
  w.v = v;
  sbuf_put(&w.path, dir->path, strlen(dir->path));
  w.root_len = w.path.n;
  walk_dir(&w);
  if (!w.found && !w.failed)
    problem(&w, "%s: no .txt files in this folder", dir->path);
  sbuf_free(&w.path);
  sbuf_free(&w.id);
  sbuf_free(&w.group);
  return w.found;
}

/* ------------------------------------------------------ duplicate ids */

void id_hashes_add(id_hashes *h, const char *id) {
  if (h->n == h->cap) {
    h->cap = h->cap ? h->cap * 2 : 1024;
    h->v = xrealloc(h->v, h->cap * sizeof *h->v);
  }
  h->v[h->n++] = fnv1a(FNV1A_INIT, id, strlen(id)) & id_hash_mask;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

int id_hashes_repeat(id_hashes *h) {
  if (h->n > 1)
    qsort(h->v, h->n, sizeof *h->v, cmp_u64);
  for (size_t i = 1; i < h->n; i++)
    if (h->v[i] == h->v[i - 1])
      return 1;
  return 0;
}

void id_hashes_free(id_hashes *h) {
  free(h->v);
  h->v = NULL;
  h->n = h->cap = 0;
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
