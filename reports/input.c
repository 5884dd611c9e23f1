/*
 * input.c - INPUT arguments to documents.
 *
 * A file is one document, its id the file name without the extension.  A
 * directory contributes every *.txt file below it (hidden files and folders
 * skipped, links to folders not followed), in the order of their ids
 * (order_cmp), the path below the directory without ".txt".  "-" is
 * stdin, id "stdin".
 *
 * A folder is walked when its files are needed, one file at a time (the
 * walker is pulled, so that the run can merge several walks by id), and
 * the walk keeps no list of them, so that memory does not grow with the
 * number of files.  Sorting each folder by itself gives the order of the
 * whole ids when a file sorts as its name without ".txt" and a sub-folder
 * as its name followed by "/", the prefix all its ids share (order.h says
 * why that is enough).  A folder is read in passes, each keeping only the
 * next keys after the last one handed over, at most a budget of them, in
 * a max-heap; the budget grows to a 64th of the folder's entries, so that
 * a folder of a million files takes 64 passes, not 250.
 *
 * A folder with more entries than a pass keeps is sorted once instead,
 * as sort(1) sorts a big file: its first pass writes the entries in
 * sorted runs of at most a budget each to a scratch file (temp_scratch:
 * $TMPDIR, else /tmp), and the walk then merges the runs, reading a
 * little of each at a time.  A pass over a big folder compared every name
 * with the greatest of the pass before and the heap's, and read the
 * folder again, which costs the kernel about ten times as much as
 * reading the same names from a file (it hashes and sorts every entry
 * again): 300,000 files took 6.9 s, and 1.3 s with the passes reading a
 * list in place of the folder; merged runs take about 0.4 s.  When no
 * scratch file can be written or read back whole, the walk goes on in
 * passes over the folder, after the last key it handed over.
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
#include <unistd.h>

#include "order.h"
#include "sbuf.h"
#include "tenor.h"
#include "util.h"

/* Tunables, variables rather than constants so that the unit tests
 * (which compile this file in) can make them small. */
static size_t walk_budget = 4096;          /* names a pass over a folder keeps, at least */
#define WALK_SHARE 64                      /* ... or this share of the folder's entries */
static int walk_trust_dtype = 1;           /* take d_type's word (0: stat every entry) */
static uint64_t id_hash_mask = UINT64_MAX; /* the bits of an id's hash that count */
static int walk_list = 1;                  /* sort a big folder in a scratch file */
static size_t run_block = 4096;            /* bytes of a run read at once, at most */

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
  char *key; /* the sort key: a file's name without ".txt", a folder's name and "/" */
  int kind;  /* K_FILE, K_DIR or K_ERROR */
  int txt;   /* the name is the key and ".txt" (else the key without its "/") */
  int err;   /* K_ERROR: the errno of stat */
} entry;

/* A folder being walked: the keys of its current pass, the smallest after
 * those of the passes before, at most cap of them; a max-heap while the
 * pass reads the folder, then sorted (qsort) and handed over one by one. */
typedef struct level {
  entry *v;
  size_t n, alloc; /* keys in v, room in v */
  size_t cap;      /* the most keys a pass keeps */
  size_t next;     /* the next key to hand over */
  size_t passes;   /* passes read so far */
  char *last;      /* the greatest key of the passes before, or NULL */
  int more;        /* the pass was full: the next one may find more */
  size_t mark;     /* the length of the folder's path in the walker's path */
  /* A big folder (see the top): the first pass writes its entries in
   * sorted runs to a scratch file, which the walk then merges. */
  char *list;        /* the scratch file, or NULL */
  int list_fd;       /* while the first pass writes it, else -1 */
  int list_failed;   /* it could not be written or read back: read the folder */
  sbuf list_buf;     /* records not yet written */
  off_t written;     /* bytes written to it */
  struct run *runs;  /* its runs */
  size_t nruns, caprun;
  order_heap heap;   /* while merging: the runs with records left */
  int sorting;       /* the first pass began to write runs */
  int merging;       /* the walk hands over the runs' records, not v's */
  int moved;         /* the record on top was handed over: move on first */
  entry top;         /* the record handed over */
  sbuf handed;       /* its key, kept for passes over the folder after a failure */
} level;

struct input_walker {
  const input_labels *lab;
  size_t budget; /* names a pass over a folder keeps, at least */
  void (*problem)(void *ctx, const char *message); /* or NULL */
  void *ctx;
  sbuf path;       /* the folder being read, then the entry handed over */
  size_t root_len; /* the input folder's part of path */
  level *lv;       /* the folders being walked, the input folder first */
  size_t depth, cap;
  size_t found;   /* files handed over */
  int failed;     /* a part could not be read */
  int ended;      /* the walk said all it had to say */
  sbuf key;       /* scratch: the key of an entry */
  sbuf id, group; /* of the file handed over */
  char date[11];
  input file; /* the file handed over */
};

static int is_txt(const char *name) {
  size_t n = strlen(name);
  return n > 4 && !strcmp(name + n - 4, ".txt");
}

static void sbuf_set(sbuf *b, const char *s, size_t n) {
  b->n = 0;
  sbuf_put(b, s, n);
}

/* The sort key of entry `name`, in w->key: without ".txt" when `txt`,
 * else followed by "/".  A file's key is the last part of its id, and a
 * folder's the prefix of the ids below it, so that the order of each
 * folder's keys (order_cmp) is the order of the whole ids. */
static const char *key_of(input_walker *w, const char *name, int txt) {
  size_t n = strlen(name);
  sbuf_set(&w->key, name, txt ? n - 4 : n);
  if (!txt)
    sbuf_put(&w->key, "/", 1);
  return w->key.s;
}

static void sift_down(entry *v, size_t n, size_t i) {
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= n)
      return;
    if (c + 1 < n && order_cmp(v[c + 1].key, v[c].key) > 0)
      c++;
    if (order_cmp(v[c].key, v[i].key) <= 0)
      return;
    entry t = v[i];
    v[i] = v[c];
    v[c] = t;
    i = c;
  }
}

static void sift_up(entry *v, size_t i) {
  while (i > 0 && order_cmp(v[(i - 1) / 2].key, v[i].key) < 0) {
    entry t = v[i];
    v[i] = v[(i - 1) / 2];
    v[(i - 1) / 2] = t;
    i = (i - 1) / 2;
  }
}

static int cmp_entries(const void *a, const void *b) {
  return order_cmp(((const entry *)a)->key, ((const entry *)b)->key);
}

/* Whether key belongs among the next keys: after the last one handed
 * over, and before the heap's greatest if it is full. */
static int wanted(const level *l, const char *key) {
  if (l->last && order_cmp(key, l->last) <= 0)
    return 0;
  return l->n < l->cap || order_cmp(key, l->v[0].key) < 0;
}

/* Adds an entry at the end of v (which has fewer than cap). */
static void append(level *l, const char *key, int kind, int txt, int err) {
  if (l->n == l->alloc) { /* room as the folder needs it, not the whole budget at once */
    l->alloc = l->alloc ? 2 * l->alloc : 16;
    if (l->alloc > l->cap)
      l->alloc = l->cap;
    l->v = xrealloc(l->v, l->alloc * sizeof *l->v);
  }
  entry e = {xstrdup(key), kind, txt, err};
  l->v[l->n++] = e;
}

/* Puts a wanted key in, dropping the greatest when the heap is full. */
static void heap_put(level *l, const char *key, int kind, int txt, int err) {
  if (l->n < l->cap) {
    append(l, key, kind, txt, err);
    sift_up(l->v, l->n - 1);
    return;
  }
  free(l->v[0].key);
  entry e = {xstrdup(key), kind, txt, err};
  l->v[0] = e;
  sift_down(l->v, l->n, 0);
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

/* ----------------------------------------------- the runs of a big folder */

/* A record of a run: this header, then the key and its NUL. */
typedef struct list_head {
  unsigned char kind, txt;
  uint16_t len; /* of the key: a name has at most 255 bytes, a key one more */
  int32_t err;
} list_head;

#define LIST_BLOCK 65536                     /* bytes written at once */
#define LIST_RECORD (sizeof(list_head) + 257) /* the longest record */

/* A sorted run in the scratch file, and what of it is read. */
typedef struct run {
  off_t at, end;  /* the next byte not yet read, the run's end */
  size_t records; /* records not yet handed over (the next one among them) */
  char *buf;      /* bytes read: the next record is at buf + pos */
  size_t pos, have, size;
} run;

/* Gives up the scratch file: the passes read the folder. */
static void list_drop(level *l) {
  if (l->list_fd >= 0)
    close(l->list_fd);
  l->list_fd = -1;
  if (l->list)
    temp_remove(l->list);
  free(l->list);
  l->list = NULL;
  l->list_failed = 1;
  sbuf_free(&l->list_buf);
  for (size_t i = 0; i < l->nruns; i++)
    free(l->runs[i].buf);
  free(l->runs);
  l->runs = NULL;
  l->nruns = l->caprun = 0;
  order_heap_free(&l->heap);
  l->merging = 0;
}

/* Writes the records buffered; 0, or -1 after giving the file up. */
static int list_flush(level *l) {
  const char *p = l->list_buf.s;
  size_t n = l->list_buf.n;
  while (n) {
    ssize_t k = write(l->list_fd, p, n);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0) {
      list_drop(l);
      return -1;
    }
    p += k;
    n -= (size_t)k;
    l->written += k;
  }
  l->list_buf.n = 0;
  return 0;
}

/* Frees the keys in v and empties it. */
static void keys_free(level *l) {
  for (size_t i = 0; i < l->n; i++)
    free(l->v[i].key);
  l->n = 0;
}

/* Sorts the entries in v and writes them as a run (the first run makes
 * the scratch file); v is then empty.  0, or -1: when no file could be
 * made, v is kept (the heap of a pass), else the file is given up and v
 * is empty. */
static int run_write(level *l) {
  if (!l->list) {
    if (l->list_failed || !walk_list ||
        (l->list_fd = temp_scratch("tenor-walk", &l->list)) < 0) {
      l->list_failed = 1;
      return -1;
    }
    l->sorting = 1;
  }
  if (l->n > 1)
    qsort(l->v, l->n, sizeof *l->v, cmp_entries);
  off_t start = l->written + (off_t)l->list_buf.n;
  for (size_t i = 0; i < l->n; i++) {
    const entry *e = &l->v[i];
    list_head h = {(unsigned char)e->kind, (unsigned char)e->txt, (uint16_t)strlen(e->key),
                   e->err};
    sbuf_put(&l->list_buf, (const char *)&h, sizeof h);
    sbuf_put(&l->list_buf, e->key, (size_t)h.len + 1);
    if (l->list_buf.n >= LIST_BLOCK && list_flush(l) != 0)
      break;
  }
  if (!l->list) { /* given up while writing */
    keys_free(l);
    return -1;
  }
  if (l->nruns == l->caprun) {
    l->caprun = l->caprun ? 2 * l->caprun : 16;
    l->runs = xrealloc(l->runs, l->caprun * sizeof *l->runs);
  }
  run r = {start, l->written + (off_t)l->list_buf.n, l->n, NULL, 0, 0, 0};
  l->runs[l->nruns++] = r;
  keys_free(l);
  return 0;
}

/* Reads on in run r (whose unread part begins with a record) until its
 * next record is whole in its buffer, and checks it; 0, or -1 when the
 * file cannot be read or is not what was written. */
static int run_fill(level *l, run *r, int *fd) {
  list_head h;
  size_t left = r->have - r->pos;
  if (left >= sizeof h)
    memcpy(&h, r->buf + r->pos, sizeof h);
  if (left < sizeof h || left < sizeof h + h.len + 1) {
    memmove(r->buf, r->buf + r->pos, left);
    r->have = left;
    r->pos = 0;
    size_t want = r->size - r->have;
    if ((off_t)want > r->end - r->at)
      want = (size_t)(r->end - r->at);
    if (*fd < 0 && (*fd = open(l->list, O_RDONLY | O_CLOEXEC)) < 0)
      return -1;
    while (want) {
      ssize_t k = pread(*fd, r->buf + r->have, want, r->at);
      if (k < 0 && errno == EINTR)
        continue;
      if (k <= 0)
        return -1;
      r->have += (size_t)k;
      r->at += k;
      want -= (size_t)k;
    }
    left = r->have;
    if (left < sizeof h)
      return -1;
    memcpy(&h, r->buf, sizeof h);
  }
  if (h.len > LIST_RECORD - sizeof h - 1 || left < sizeof h + h.len + 1 ||
      r->buf[r->pos + sizeof h + h.len] != 0 ||
      (h.kind != K_FILE && h.kind != K_DIR && h.kind != K_ERROR))
    return -1;
  return 0;
}

/* The key of run r's next record (whole in its buffer). */
static const char *run_key(const run *r) { return r->buf + r->pos + sizeof(list_head); }

/* The next key of run k of the runs at ctx, or NULL when it has none
 * left (order_heap). */
static const char *run_id(void *ctx, size_t k) {
  const run *r = (const run *)ctx + k;
  return r->records ? run_key(r) : NULL;
}

/* Starts merging the runs, after the first pass: a buffer each (their
 * bytes together about 64 a name the pass keeps, each at most run_block
 * and at least the longest record), filled.  0, or -1 after giving the
 * file up. */
static int merge_start(level *l) {
  if (l->n && run_write(l) != 0)
    return -1;
  if (list_flush(l) != 0)
    return -1;
  int rc = close(l->list_fd), fd = -1;
  l->list_fd = -1;
  sbuf_free(&l->list_buf);
  if (rc != 0) {
    list_drop(l);
    return -1;
  }
  size_t size = 64 * l->cap / l->nruns;
  if (size > run_block)
    size = run_block;
  if (size < LIST_RECORD)
    size = LIST_RECORD;
  order_heap_init(&l->heap, run_id, l->runs); /* l->runs stays where it is now */
  for (size_t i = 0; i < l->nruns; i++) {
    run *r = &l->runs[i];
    r->size = size;
    r->buf = xmalloc(size);
    if (r->records && run_fill(l, r, &fd) != 0) {
      if (fd >= 0)
        close(fd);
      list_drop(l);
      return -1;
    }
    order_heap_push(&l->heap, i);
  }
  if (fd >= 0)
    close(fd);
  l->merging = 1;
  l->moved = 0;
  return 0;
}

/* The next entry of the merge, or NULL at the end; the file is opened
 * only to read on, so that no descriptor is held between two entries.
 * On a failure, the merge is given up and l->last is the key handed
 * over last (NULL when none was): the passes go on from there. */
static const entry *merge_next(level *l) {
  if (l->moved) {
    run *r = &l->runs[order_heap_top(&l->heap)];
    list_head h;
    memcpy(&h, r->buf + r->pos, sizeof h);
    r->pos += sizeof h + h.len + 1;
    int fd = -1;
    if (--r->records && run_fill(l, r, &fd) != 0) {
      if (fd >= 0)
        close(fd);
      free(l->last);
      l->last = xstrdup(l->handed.s);
      list_drop(l);
      return NULL;
    }
    if (fd >= 0)
      close(fd);
    order_heap_next(&l->heap);
    l->moved = 0;
  }
  size_t k = order_heap_top(&l->heap);
  if (k == (size_t)-1)
    return NULL;
  const run *r = &l->runs[k];
  list_head h;
  memcpy(&h, r->buf + r->pos, sizeof h);
  l->top.key = r->buf + r->pos + sizeof h;
  l->top.kind = h.kind;
  l->top.txt = h.txt;
  l->top.err = h.err;
  sbuf_set(&l->handed, l->top.key, h.len);
  l->moved = 1;
  return &l->top;
}

/* Takes an entry into the heap if it is wanted; in the first pass, when
 * the heap is full, the folder is sorted in runs instead (see the top),
 * and every entry goes into the next run.  An entry that d_type does not
 * describe is stat'ed only if it could be wanted as a file or as a folder
 * (or goes into a run), so that later passes do not stat the whole folder
 * again.  An entry that cannot be stat'ed sorts as a file if its name
 * ends in .txt, else as a folder, so that no two keys of a folder are
 * equal. */
static void consider(input_walker *w, level *l, int dfd, const struct dirent *de) {
  const char *name = de->d_name;
  int kind = cheap_kind(de), err = 0;
  if (kind == K_SKIP)
    return;
  if (l->n == l->cap && !l->passes && !l->list_failed)
    run_write(l); /* a pass will not do: sort the folder in runs */
  int runs = l->list != NULL;
  if (kind == K_UNKNOWN) {
    /* a run has every entry, whose kind it must say */
    if (!runs && !(is_txt(name) && wanted(l, key_of(w, name, 1))) &&
        !wanted(l, key_of(w, name, 0)))
      return;
    kind = stat_kind(dfd, name, &err);
    if (kind == K_SKIP)
      return;
  }
  int txt = kind == K_FILE || (kind == K_ERROR && is_txt(name));
  const char *key = key_of(w, name, txt);
  if (runs) /* sorted when the run is written */
    append(l, key, kind, txt, err);
  else if (wanted(l, key))
    heap_put(l, key, kind, txt, err);
}

static void problem(input_walker *w, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void problem(input_walker *w, const char *fmt, ...) {
  w->failed = 1;
  if (!w->problem)
    return;
  va_list ap;
  va_start(ap, fmt);
  char *m = xvasprintf(fmt, ap);
  va_end(ap);
  w->problem(w->ctx, m);
  free(m);
}

/* Puts the folder's wanted entries into the heap, and counts them all in
 * *entries; 0, or -1 when it cannot be opened (after its message).  The
 * folder is opened anew for each pass, so that a walk holds no descriptor
 * between documents, however many walks are under way. */
static int read_folder(input_walker *w, level *l, size_t *entries) {
  DIR *d = opendir(w->path.s);
  if (!d) {
    problem(w, "cannot open %s: %s", w->path.s, strerror(errno));
    return -1;
  }
  struct dirent *de;
  while ((de = readdir(d))) {
    if (de->d_name[0] == '.')
      continue;
    ++*entries;
    consider(w, l, dirfd(d), de);
  }
  closedir(d);
  return 0;
}

/* One pass over the folder of level l (at w->path): its keys become the
 * smallest after those of the passes before, sorted; or, when the first
 * pass sorted the folder in runs, the start of their merge.  0, or -1
 * when the folder cannot be opened (after its message). */
static int read_pass(input_walker *w, level *l) {
  if (l->n) { /* the pass before was full: go on after its greatest key */
    free(l->last);
    l->last = l->v[l->n - 1].key;
    for (size_t i = 0; i + 1 < l->n; i++)
      free(l->v[i].key);
  }
  l->n = l->next = 0;
  size_t entries = 0;
  if (read_folder(w, l, &entries) != 0)
    return -1;
  if (l->list && merge_start(l) == 0)
    return 0;
  if (l->sorting && !l->passes && !l->last) {
    /* runs were lost before anything was handed over: a pass after all */
    l->sorting = 0;
    keys_free(l);
    entries = 0;
    if (read_folder(w, l, &entries) != 0)
      return -1;
  }
  l->more = l->n == l->cap;
  if (l->n > 1) /* a merge sort compares about half as often as a heapsort would */
    qsort(l->v, l->n, sizeof *l->v, cmp_entries);
  if (!l->passes++ && entries / WALK_SHARE > l->cap) /* fewer passes over a big folder */
    l->cap = entries / WALK_SHARE;
  return 0;
}

/* Starts walking the folder at w->path, with its first pass. */
static void enter(input_walker *w) {
  if (w->depth == w->cap) {
    w->cap = w->cap ? 2 * w->cap : 8;
    w->lv = xrealloc(w->lv, w->cap * sizeof *w->lv);
  }
  level *l = &w->lv[w->depth++];
  memset(l, 0, sizeof *l);
  assert(w->budget > 0);
  l->cap = w->budget;
  l->mark = w->path.n;
  l->list_fd = -1;
  if (read_pass(w, l) != 0)
    l->more = 0;
}

/* The next entry of level l to hand over, or NULL when it has no more
 * (or its folder could not be read again, after a message). */
static const entry *next_entry(input_walker *w, level *l) {
  if (l->merging) {
    const entry *e = merge_next(l);
    if (e || !l->list_failed)
      return e;
    l->more = 1; /* the merge failed: passes over the folder, after l->last */
  }
  if (l->next == l->n && (!l->more || read_pass(w, l) != 0 || !l->n))
    return NULL;
  return &l->v[l->next++];
}

/* Done with the innermost folder. */
static void leave(input_walker *w) {
  level *l = &w->lv[--w->depth];
  keys_free(l);
  free(l->v);
  free(l->last);
  list_drop(l);
  sbuf_free(&l->handed);
}

/* The file at w->path, as an input. */
static const input *hand_file(input_walker *w) {
  const char *rel = w->path.s + w->root_len + 1, *slash = strchr(rel, '/');
  sbuf_set(&w->id, rel, strlen(rel) - 4); /* without ".txt" */
  if (w->lab->group_by_dir && slash)
    sbuf_set(&w->group, rel, (size_t)(slash - rel));
  else
    sbuf_set(&w->group, w->lab->group ? w->lab->group : "",
             w->lab->group ? strlen(w->lab->group) : 0);
  memset(&w->file, 0, sizeof w->file);
  w->file.path = w->file.name = w->path.s;
  w->file.id = w->id.s;
  w->file.group = w->group.s;
  w->file.date = date_of(rel, w->lab, w->date);
  w->found++;
  return &w->file;
}

input_walker *input_walk_start(const input *dir, const input_labels *lab, size_t budget,
                               void (*problem_fn)(void *ctx, const char *message), void *ctx) {
  input_walker *w = xmalloc(sizeof *w);
  memset(w, 0, sizeof *w);
  w->lab = lab;
  w->budget = budget && budget < walk_budget ? budget : walk_budget;
  w->problem = problem_fn;
  w->ctx = ctx;
  sbuf_put(&w->path, dir->path, strlen(dir->path));
  w->root_len = w->path.n;
  enter(w);
  return w;
}

const input *input_walk_next(input_walker *w) {
  while (w->depth) {
    level *l = &w->lv[w->depth - 1];
    w->path.n = l->mark;
    w->path.s[l->mark] = 0;
    const entry *e = next_entry(w, l);
    if (!e) {
      leave(w);
      continue;
    }
    size_t klen = strlen(e->key);
    sbuf_put(&w->path, "/", 1);
    if (e->txt) {
      sbuf_put(&w->path, e->key, klen);
      sbuf_put(&w->path, ".txt", 4);
    } else {
      sbuf_put(&w->path, e->key, klen - 1);
    }
    if (e->kind == K_FILE)
      return hand_file(w);
    if (e->kind == K_DIR)
      enter(w);
    else
      problem(w, "cannot open %s: %s", w->path.s, strerror(e->err));
  }
  if (!w->ended) {
    w->ended = 1;
    w->path.n = w->root_len;
    w->path.s[w->root_len] = 0;
    if (!w->found && !w->failed)
      problem(w, "%s: no .txt files in this folder", w->path.s);
  }
  return NULL;
}

size_t input_walk_end(input_walker *w) {
  if (!w)
    return 0;
  size_t found = w->found;
  while (w->depth)
    leave(w);
  free(w->lv);
  sbuf_free(&w->path);
  sbuf_free(&w->key);
  sbuf_free(&w->id);
  sbuf_free(&w->group);
  free(w);
  return found;
}

size_t input_walk(const input *dir, const input_labels *lab, const input_visitor *v) {
  input_walker *w = input_walk_start(dir, lab, 0, v->problem, v->ctx);
  const input *file;
  while ((file = input_walk_next(w)))
    v->found(v->ctx, file);
  return input_walk_end(w);
}

/* ------------------------------------------------------ duplicate ids */

void id_hashes_add(id_hashes *h, const char *id) {
  if (h->n == h->cap) {
    h->cap = h->cap ? h->cap * 2 : 1024;
    h->v = xrealloc(h->v, h->cap * sizeof *h->v);
  }
  h->v[h->n++] = fnv1a(FNV1A_INIT, id, strlen(id)) & id_hash_mask;
}

int id_hashes_repeat(id_hashes *h) {
  /* A set of the hashes, open addressing: they are random bits already,
   * so their low bits place them.  Linear time; sorting 50,000 of them
   * with qsort was most of what a CSV corpus's survey cost after reading. */
  size_t nslots = 16;
  while (nslots < 2 * h->n)
    nslots *= 2;
  uint64_t *set = xmalloc(nslots * sizeof *set);
  memset(set, 0, nslots * sizeof *set); /* 0: empty */
  int zero = 0, repeat = 0;             /* a hash of 0 is kept here */
  for (size_t i = 0; i < h->n && !repeat; i++) {
    uint64_t v = h->v[i];
    if (!v) {
      repeat = zero;
      zero = 1;
      continue;
    }
    size_t k = (size_t)(v ^ (v >> 29)) & (nslots - 1);
    while (set[k] && set[k] != v)
      k = (k + 1) & (nslots - 1);
    repeat = set[k] == v;
    set[k] = v;
  }
  free(set);
  return repeat;
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
