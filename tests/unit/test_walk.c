/* test_walk.c - the folder walk of the command (reports/input.c): files in
 * the order of their ids (reports/order.c), however small the
 * budget of names a pass keeps (so with many passes over one folder), with
 * and without d_type, with and without a big folder sorted in runs in a
 * scratch file (kept nowhere after the walk; the walk goes on in passes
 * over the folder when the runs are lost); hidden entries skipped, links to files followed and
 * links to folders not, problems reported in their place; and the hashes
 * that look for a repeated document id (issue 7).
 *
 * input.c belongs to the command, not to libtenor, so it is compiled in
 * here together with the helpers it uses; the test sets its tunables
 * (walk_budget, walk_trust_dtype, walk_list, run_block, id_hash_mask),
 * which are static.  TMPDIR is a folder of the test's, so that it can see the
 * lists. */
#include "../../reports/input.c"
#include "../../reports/order.c"
#include "../../reports/sbuf.c"
#include "../../reports/util.c"

#include "harness.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

static char root[64];
static char scratch[96]; /* TMPDIR: where the lists go */

/* What a walk handed over, one line per file or problem. */
typedef struct events {
  char **v;
  size_t n, cap;
} events;

static void add_event(events *e, char *line) {
  if (e->n == e->cap) {
    e->cap = e->cap ? 2 * e->cap : 64;
    e->v = xrealloc(e->v, e->cap * sizeof *e->v);
  }
  e->v[e->n++] = line;
}

static void on_found(void *ctx, const input *f) {
  add_event(ctx, xasprintf("%s|%s|%s|%s", f->path, f->id, f->group, f->date));
}

static void on_problem(void *ctx, const char *m) { add_event(ctx, xasprintf("! %s", m)); }

static void events_free(events *e) {
  for (size_t i = 0; i < e->n; i++)
    free(e->v[i]);
  free(e->v);
  memset(e, 0, sizeof *e);
}

/* The path of the file handed over in event line s (up to the first |). */
static char *path_of(const char *s) {
  const char *bar = strchr(s, '|');
  size_t n = bar ? (size_t)(bar - s) : strlen(s);
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

/* Walks folder `rel` below root with labels lab. */
static size_t walk(const char *rel, const input_labels *lab, events *e) {
  char *path = xasprintf("%s/%s", root, rel);
  input in = {path, path, "", "", "", 0, 1, NULL, 0};
  input_visitor v = {on_found, on_problem, e};
  size_t n = input_walk(&in, lab, &v);
  free(path);
  return n;
}

/* Creates root/rel (and its folders) holding one line. */
static void put(const char *rel) {
  char *path = xasprintf("%s/%s", root, rel);
  char *slash = strrchr(path, '/');
  *slash = 0;
  assert_int_equal(make_dir(path), 0);
  *slash = '/';
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs("Text.\n", f);
  fclose(f);
  free(path);
}

static void link_to(const char *target, const char *rel) {
  char *path = xasprintf("%s/%s", root, rel);
  assert_int_equal(symlink(target, path), 0);
  free(path);
}

/* Problem line w with its "ROOT" replaced by root. */
static char *with_root(const char *w) {
  const char *r = strstr(w, "ROOT");
  assert_non_null(r);
  return xasprintf("%.*s%s%s", (int)(r - w), w, root, r + 4);
}

/* The entries of the scratch folder (the lists not removed). */
static size_t lists_left(void) {
  DIR *d = opendir(scratch);
  assert_non_null(d);
  size_t n = 0;
  struct dirent *de;
  while ((de = readdir(d)))
    n += de->d_name[0] != '.';
  closedir(d);
  return n;
}

/* Checks that walking `rel` hands over exactly want[0..n) (paths below
 * root, "! message" for problems, where ROOT stands for root), for every
 * budget, with or without d_type, and with or without lists (also with a
 * TMPDIR where none can be made), and that no list is left. */
static void expect_walk(const char *rel, const char *const *want, size_t n) {
  static const size_t budgets[] = {1, 2, 3, 4, 4096};
  static const input_labels none = {NULL, 0, 0};
  for (int list = 0; list < 3; list++)
    for (int trust = 0; trust < 2; trust++)
      for (size_t b = 0; b < sizeof budgets / sizeof *budgets; b++) {
        walk_budget = budgets[b];
        walk_trust_dtype = trust;
        walk_list = list != 0;
        if (list == 2)
          setenv("TMPDIR", "/nonexistent/tenor-test", 1);
        events e = {NULL, 0, 0};
        walk(rel, &none, &e);
        setenv("TMPDIR", scratch, 1);
        print_message("%s, budget %zu, d_type %s, list %d\n", rel, walk_budget,
                      trust ? "on" : "off", list);
        assert_int_equal(e.n, n);
        for (size_t i = 0; i < n; i++) {
          char *w = want[i][0] == '!' ? with_root(want[i]) : xasprintf("%s/%s", root, want[i]);
          char *got = want[i][0] == '!' ? xstrdup(e.v[i]) : path_of(e.v[i]);
          assert_string_equal(got, w);
          free(got);
          free(w);
        }
        events_free(&e);
        assert_int_equal(lists_left(), 0);
      }
  walk_budget = 4096;
  walk_trust_dtype = 1;
  walk_list = 1;
}

static int setup(void **state) {
  (void)state;
  strcpy(root, "/tmp/tenor-walk-test.XXXXXX");
  if (!mkdtemp(root))
    return -1;
  snprintf(scratch, sizeof scratch, "%s/.scratch", root); /* hidden: no walk sees it */
  return mkdir(scratch, 0700) == 0 ? setenv("TMPDIR", scratch, 1) : -1;
}

static int teardown(void **state) {
  (void)state;
  char *cmd = xasprintf("rm -rf '%s'", root);
  int rc = system(cmd);
  free(cmd);
  return rc;
}

/* Files in the order of their ids (order_cmp), the path below the folder
 * without ".txt": '-' < '.' < '/' < digits, and digits by value.  Sorting
 * each folder by its names alone would put a.txt after a-c.txt and a.b.txt
 * (".txt" sorts after "-"), the folder a before them, and f10 before f2. */
static void test_order_of_ids(void **state) {
  (void)state;
  const char *files[] = {"order/a/b.txt",      "order/a-c.txt",         "order/a.txt",
                         "order/a/z/deep.txt", "order/a0.txt",          "order/b.md",
                         "order/a/b.txt.bak",  "order/x.txt/inner.txt", "order/a.b.txt",
                         "order/f10.txt",      "order/f2.txt",          "order/f02.txt",
                         "order/f2/in.txt",    "order/f2-x.txt"};
  for (size_t i = 0; i < sizeof files / sizeof *files; i++)
    put(files[i]);
  const char *want[] = {"order/a.txt",   "order/a-c.txt",      "order/a.b.txt",
                        "order/a/b.txt", "order/a/z/deep.txt", "order/a0.txt",
                        "order/f2.txt",  "order/f2-x.txt",     "order/f2/in.txt",
                        "order/f02.txt", "order/f10.txt",      "order/x.txt/inner.txt"};
  expect_walk("order", want, sizeof want / sizeof *want);
}

/* Paths below root compared as the ids of their files (".txt" dropped). */
static int cmp_ids(const void *a, const void *b) {
  char *x = xstrdup(*(char *const *)a), *y = xstrdup(*(char *const *)b);
  x[strlen(x) - 4] = 0;
  y[strlen(y) - 4] = 0;
  int c = order_cmp(x, y);
  free(x);
  free(y);
  return c;
}

/* Many more files in one folder than a pass keeps: many passes, and (with
 * 300 entries and a budget of 2) a budget grown to a 64th of the folder;
 * the order is that of sorting every id at once. */
static void test_many_passes(void **state) {
  (void)state;
  const size_t counts[] = {50, 300};
  for (size_t c = 0; c < 2; c++) {
    char *want[400];
    size_t n = 0;
    for (size_t i = 0; i < counts[c]; i++) {
      /* names that interleave with the folders f7 and f7-x below */
      want[n] = xasprintf("many%zu/f%zu%s.txt", c, (i * 37) % counts[c], i % 3 ? "" : "-y");
      put(want[n++]);
    }
    want[n] = xasprintf("many%zu/f7/in.txt", c);
    put(want[n++]);
    want[n] = xasprintf("many%zu/f7-x/in.txt", c);
    put(want[n++]);
    qsort(want, n, sizeof *want, cmp_ids);
    char rel[16];
    snprintf(rel, sizeof rel, "many%zu", c);
    expect_walk(rel, (const char *const *)want, n);
    for (size_t i = 0; i < n; i++)
      free(want[i]);
  }
}

/* Folders of random names (digits, dots, hyphens; a sub-folder or two),
 * walked with random budgets and run buffers: the order is that of
 * sorting every id at once. */
static void test_random_folders(void **state) {
  (void)state;
  static const char alphabet[] = "ab-._0123456789";
  static const input_labels none = {NULL, 0, 0};
  unsigned seed = 12345;
  for (int round = 0; round < 6; round++) {
    char rel[32];
    snprintf(rel, sizeof rel, "random%d", round);
    size_t files = 1 + (seed = seed * 1103515245u + 12345u) % 400, n = 0;
    char **want = xmalloc((files + 2) * sizeof *want);
    for (size_t i = 0; i < files; i++) {
      char name[16];
      size_t len = 1 + (seed = seed * 1103515245u + 12345u) % 12;
      for (size_t j = 0; j < len; j++)
        name[j] = alphabet[((seed = seed * 1103515245u + 12345u) >> 16) % (sizeof alphabet - 1)];
      name[len] = 0;
      if (name[0] == '.')
        name[0] = 'x'; /* hidden names are skipped */
      char *path = xasprintf("%s/%s/%s.txt", root, rel, name);
      struct stat st;
      if (stat(path, &st) != 0) { /* a name drawn twice is one file */
        char *r = xasprintf("%s/%s.txt", rel, name);
        put(r);
        want[n++] = r;
      }
      free(path);
    }
    for (int d = 0; d < 2; d++) {
      want[n] = xasprintf("%s/%c%d/in.txt", rel, alphabet[(seed >> 8) % 15 % 2], d);
      put(want[n++]);
    }
    qsort(want, n, sizeof *want, cmp_ids);
    static const size_t budgets[] = {1, 2, 3, 7, 50, 4096}, blocks[] = {1, 300, 4096};
    for (size_t b = 0; b < 6; b++)
      for (size_t k = 0; k < 3; k++) {
        walk_budget = budgets[b];
        run_block = blocks[k];
        events e = {NULL, 0, 0};
        walk(rel, &none, &e);
        print_message("%s: %zu files, budget %zu, block %zu\n", rel, n, walk_budget, run_block);
        assert_int_equal(e.n, n);
        for (size_t i = 0; i < n; i++) {
          char *w = xasprintf("%s/%s", root, want[i]), *got = path_of(e.v[i]);
          assert_string_equal(got, w);
          free(got);
          free(w);
        }
        events_free(&e);
        assert_int_equal(lists_left(), 0);
      }
    for (size_t i = 0; i < n; i++)
      free(want[i]);
    free(want);
  }
  walk_budget = 4096;
  run_block = 4096;
}

/* Open descriptors of the process. */
static size_t open_fds(void) {
  size_t n = 0;
  for (int fd = 0; fd < 1024; fd++)
    n += fcntl(fd, F_GETFD) != -1;
  return n;
}

/* Two walks pulled in turn (as the run merges its inputs by id) give each
 * the files it gives alone, with many passes, and hold no descriptor
 * between two files. */
static void test_walkers_interleaved(void **state) {
  (void)state;
  for (int i = 0; i < 40; i++) {
    char rel[32];
    snprintf(rel, sizeof rel, "pull%d/d%d/f%d.txt", i % 2, i % 3, i);
    put(rel);
  }
  static const input_labels none = {NULL, 0, 0};
  walk_budget = 2;
  events alone[2] = {{NULL, 0, 0}, {NULL, 0, 0}};
  walk("pull0", &none, &alone[0]);
  walk("pull1", &none, &alone[1]);
  char *path[2] = {xasprintf("%s/pull0", root), xasprintf("%s/pull1", root)};
  input in[2] = {{path[0], path[0], "", "", "", 0, 1, NULL, 0},
                 {path[1], path[1], "", "", "", 0, 1, NULL, 0}};
  events both[2] = {{NULL, 0, 0}, {NULL, 0, 0}};
  size_t fds = open_fds();
  input_walker *w[2] = {input_walk_start(&in[0], &none, 0, on_problem, &both[0]),
                        input_walk_start(&in[1], &none, 3, on_problem, &both[1])};
  for (int live = 2; live;) {
    live = 0;
    for (int k = 0; k < 2; k++) {
      const input *f = w[k] ? input_walk_next(w[k]) : NULL;
      assert_int_equal(open_fds(), fds);
      if (f) {
        on_found(&both[k], f);
        live++;
      } else if (w[k]) {
        assert_int_equal(input_walk_end(w[k]), both[k].n);
        w[k] = NULL;
      }
    }
  }
  for (int k = 0; k < 2; k++) {
    assert_int_equal(both[k].n, 20);
    assert_int_equal(both[k].n, alone[k].n);
    for (size_t i = 0; i < both[k].n; i++)
      assert_string_equal(both[k].v[i], alone[k].v[i]);
    events_free(&alone[k]);
    events_free(&both[k]);
    free(path[k]);
  }
  walk_budget = 4096;
}

/* The path of the one list in the scratch folder. */
static char *the_list(void) {
  DIR *d = opendir(scratch);
  assert_non_null(d);
  char *path = NULL;
  struct dirent *de;
  while ((de = readdir(d)))
    if (de->d_name[0] != '.') {
      assert_null(path);
      path = xasprintf("%s/%s", scratch, de->d_name);
    }
  closedir(d);
  assert_non_null(path);
  return path;
}

/* Offsets of the records of a scratch file. */
static size_t record_offsets(const char *list, size_t *at, size_t most, size_t *size) {
  char *data = read_file(scratch, strrchr(list, '/') + 1, size);
  assert_non_null(data);
  size_t n = 0;
  for (size_t p = 0; p < *size && n < most;) {
    list_head h;
    memcpy(&h, data + p, sizeof h);
    at[n++] = p;
    p += sizeof h + h.len + 1;
  }
  free(data);
  return n;
}

/* Runs that are cut short, changed or removed while they are merged
 * (each run is read a record or two at a time) are given up, and the
 * walk goes on in passes over the folder, after the last file handed
 * over: the files are the same, each once. */
static void test_list_lost(void **state) {
  (void)state;
  enum { FILES = 100 };
  for (int i = 0; i < FILES; i++) {
    char rel[64];
    snprintf(rel, sizeof rel, "lost/a-name-long-enough-to-fill-a-buffer-%03d.txt", (i * 37) % FILES);
    put(rel);
  }
  put("lost/a-name-long-enough-to-fill-a-buffer-050/in.txt");
  static const input_labels none = {NULL, 0, 0};
  walk_budget = 30;
  run_block = 1; /* buffers of one record at least */
  events alone = {NULL, 0, 0};
  walk("lost", &none, &alone);
  assert_int_equal(alone.n, FILES + 1);
  char *path = xasprintf("%s/lost", root);
  input in = {path, path, "", "", "", 0, 1, NULL, 0};
  for (int how = 0; how < 5; how++) {
    events e = {NULL, 0, 0};
    input_walker *w = input_walk_start(&in, &none, 0, on_problem, &e);
    const input *f = input_walk_next(w);
    assert_non_null(f);
    on_found(&e, f);
    char *list = the_list(); /* the first pass wrote it */
    struct stat st;
    assert_int_equal(stat(list, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    size_t at[FILES + 1], size, n = record_offsets(list, at, FILES + 1, &size);
    assert_int_equal(n, FILES + 1);
    assert_int_equal(size, (size_t)st.st_size);
    if (how == 0) { /* cut within the last record */
      assert_int_equal(truncate(list, st.st_size - 3), 0);
    } else if (how == 1) { /* cut between two: the last records missing */
      assert_int_equal(truncate(list, (off_t)at[n - 5]), 0);
    } else if (how == 2 || how == 3) { /* a kind, or a key's end, that no record has */
      int fd = open(list, O_WRONLY);
      assert_true(fd >= 0);
      unsigned char bad = 77;
      off_t where = how == 2 ? (off_t)at[n - 2] : (off_t)at[n - 1] - 1;
      assert_int_equal(pwrite(fd, &bad, 1, where), 1);
      close(fd);
    } else {
      assert_int_equal(unlink(list), 0);
    }
    while ((f = input_walk_next(w)))
      on_found(&e, f);
    assert_int_equal(input_walk_end(w), FILES + 1);
    assert_int_equal(lists_left(), 0);
    assert_int_equal(e.n, alone.n);
    for (size_t i = 0; i < e.n; i++)
      assert_string_equal(e.v[i], alone.v[i]);
    events_free(&e);
    free(list);
  }
  events_free(&alone);
  free(path);
  walk_budget = 4096;
  run_block = 4096;
}

/* A list that cannot be written whole (the file size limit stands for a
 * full disk) is given up in the first pass, and the passes read the
 * folder. */
static void test_list_unwritable(void **state) {
  (void)state;
  for (int i = 0; i < 30; i++) {
    char rel[48];
    snprintf(rel, sizeof rel, "unwritable/a-rather-long-name-%d.txt", i);
    put(rel);
  }
  static const input_labels none = {NULL, 0, 0};
  walk_budget = 3;
  events alone = {NULL, 0, 0}, cut = {NULL, 0, 0};
  walk("unwritable", &none, &alone);
  assert_int_equal(alone.n, 30);
  struct rlimit old, small = {100, 100};
  assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
  small.rlim_max = old.rlim_max;
  void (*was)(int) = signal(SIGXFSZ, SIG_IGN);
  assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
  char *path = xasprintf("%s/unwritable", root);
  input in = {path, path, "", "", "", 0, 1, NULL, 0};
  input_walker *w = input_walk_start(&in, &none, 0, on_problem, &cut);
  const input *f = input_walk_next(w);
  assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
  signal(SIGXFSZ, was);
  assert_int_equal(lists_left(), 0); /* given up at once */
  for (; f; f = input_walk_next(w))
    on_found(&cut, f);
  assert_int_equal(input_walk_end(w), 30);
  free(path);
  assert_int_equal(cut.n, alone.n);
  for (size_t i = 0; i < cut.n; i++)
    assert_string_equal(cut.v[i], alone.v[i]);
  assert_int_equal(lists_left(), 0);
  events_free(&alone);
  events_free(&cut);
  walk_budget = 4096;
}

/* Forty walks under way, each with a list: 32 lists at most (half of
 * the registry of temporary files, so that a signal removes them all),
 * and the walks without one read their folders; all give their files. */
static void test_lists_at_once(void **state) {
  (void)state;
  enum { WALKS = 40, FILES = 6 };
  static const input_labels none = {NULL, 0, 0};
  input in[WALKS];
  char *path[WALKS];
  input_walker *w[WALKS];
  events e[WALKS];
  for (int k = 0; k < WALKS; k++) {
    for (int i = 0; i < FILES; i++) {
      char rel[32];
      snprintf(rel, sizeof rel, "at-once/d%d/f%d.txt", k, (i * 5) % FILES);
      put(rel);
    }
    path[k] = xasprintf("%s/at-once/d%d", root, k);
    input one = {path[k], path[k], "", "", "", 0, 1, NULL, 0};
    in[k] = one;
    memset(&e[k], 0, sizeof e[k]);
  }
  for (int k = 0; k < WALKS; k++) {
    w[k] = input_walk_start(&in[k], &none, 2, on_problem, &e[k]);
    const input *f = input_walk_next(w[k]);
    assert_non_null(f);
    on_found(&e[k], f);
  }
  assert_int_equal(lists_left(), 32);
  for (int k = 0; k < WALKS; k++) {
    const input *f;
    while ((f = input_walk_next(w[k])))
      on_found(&e[k], f);
    assert_int_equal(input_walk_end(w[k]), FILES);
    for (int i = 0; i < FILES; i++) {
      char *want = xasprintf("%s/f%d.txt", path[k], i);
      char *got = path_of(e[k].v[i]);
      assert_string_equal(got, want);
      free(got);
      free(want);
    }
    events_free(&e[k]);
    free(path[k]);
  }
  assert_int_equal(lists_left(), 0);
}

/* Hidden files and folders are skipped; a link to a file is followed (and
 * named by the link), a link to a folder is not (it could loop), a link
 * to nothing is a problem in its place, a fifo is not a document. */
static void test_hidden_and_links(void **state) {
  (void)state;
  put("links/a.txt");
  put("links/.hidden.txt");
  put("links/.git/x.txt");
  put("links/z.txt");
  put("outside/o.txt");
  link_to("../outside/o.txt", "links/link-file.txt");
  link_to("../outside", "links/link-dir");
  link_to(".", "links/loop");
  link_to("nowhere", "links/dangling.txt");
  link_to("nowhere", "links/dangling2");
  char *fifo = xasprintf("%s/links/pipe.txt", root);
  assert_int_equal(mkfifo(fifo, 0600), 0);
  free(fifo);
  const char *want[] = {"links/a.txt",
                        "! cannot open ROOT/links/dangling.txt: No such file or directory",
                        "! cannot open ROOT/links/dangling2: No such file or directory",
                        "links/link-file.txt", "links/z.txt"};
  expect_walk("links", want, sizeof want / sizeof *want);
}

/* A folder without files, and one that does not exist. */
static void test_empty_and_missing(void **state) {
  (void)state;
  put("empty/notes.md");
  put("empty/.hidden.txt");
  const char *none[] = {"! ROOT/empty: no .txt files in this folder"};
  expect_walk("empty", none, 1);
  const char *missing[] = {"! cannot open ROOT/missing: No such file or directory"};
  expect_walk("missing", missing, 1);
}

/* Ids, groups and dates of the files found. */
static void test_labels(void **state) {
  (void)state;
  put("labels/outlet/2015-10-01-x.txt");
  put("labels/outlet/deeper/2015-10-02_y.txt");
  put("labels/2015-13-01-bad.txt");
  put("labels/2015-10-03.txt");
  events e = {NULL, 0, 0};
  input_labels lab = {"G", 1, 1};
  assert_int_equal(walk("labels", &lab, &e), 4);
  const char *want[] = {"labels/2015-10-03.txt|2015-10-03|G|2015-10-03",
                        "labels/2015-13-01-bad.txt|2015-13-01-bad|G|",
                        "labels/outlet/2015-10-01-x.txt|outlet/2015-10-01-x|outlet|2015-10-01",
                        "labels/outlet/deeper/2015-10-02_y.txt|outlet/deeper/2015-10-02_y|"
                        "outlet|2015-10-02"};
  for (size_t i = 0; i < 4; i++) {
    char *w = xasprintf("%s/%s", root, want[i]);
    assert_string_equal(e.v[i], w);
    free(w);
  }
  events_free(&e);
  input_labels plain = {NULL, 0, 0};
  assert_int_equal(walk("labels", &plain, &e), 4);
  char *w = xasprintf("%s/labels/outlet/2015-10-01-x.txt|outlet/2015-10-01-x||", root);
  assert_string_equal(e.v[2], w);
  free(w);
  events_free(&e);
}

/* A folder argument is kept as a folder, without its trailing slashes. */
static void test_folder_argument(void **state) {
  (void)state;
  put("arg/a.txt");
  input_list l = {NULL, 0, 0};
  input_labels lab = {NULL, 0, 0};
  char *arg = xasprintf("%s/arg///", root), *want = xasprintf("%s/arg", root);
  assert_int_equal(input_add(&l, arg, &lab), 0);
  assert_int_equal(l.n, 1);
  assert_true(l.v[0].dir);
  assert_string_equal(l.v[0].path, want);
  input_list_free(&l);
  free(arg);
  free(want);
}

/* The hashes find a repeated id, and (with too few bits) collide too. */
static void test_id_hashes(void **state) {
  (void)state;
  id_hashes h = {NULL, 0, 0};
  char id[16];
  for (int i = 0; i < 3000; i++) {
    snprintf(id, sizeof id, "doc/%d", i);
    id_hashes_add(&h, id);
  }
  assert_int_equal(id_hashes_repeat(&h), 0);
  id_hashes_add(&h, "doc/1234");
  assert_int_equal(id_hashes_repeat(&h), 1);
  id_hashes_free(&h);
  id_hash_mask = 0; /* every id has one hash: a collision, which id_list clears */
  id_hashes_add(&h, "a");
  id_hashes_add(&h, "b");
  assert_int_equal(id_hashes_repeat(&h), 1);
  id_hashes_free(&h);
  id_hash_mask = UINT64_MAX;
  id_list l = {NULL, 0, 0};
  id_list_add(&l, "a", "a.txt");
  id_list_add(&l, "b", "b.txt");
  assert_int_equal(id_list_check(&l), 0);
  id_list_free(&l);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_order_of_ids),
      cmocka_unit_test(test_many_passes),
      cmocka_unit_test(test_random_folders),
      cmocka_unit_test(test_walkers_interleaved),
      cmocka_unit_test(test_list_lost),
      cmocka_unit_test(test_list_unwritable),
      cmocka_unit_test(test_lists_at_once),
      cmocka_unit_test(test_hidden_and_links),
      cmocka_unit_test(test_empty_and_missing),
      cmocka_unit_test(test_labels),
      cmocka_unit_test(test_folder_argument),
      cmocka_unit_test(test_id_hashes),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
