/* util.c - small helpers of the front end: allocation, messages, files,
 * and the signal handler that removes unfinished files. */
#define _POSIX_C_SOURCE 200809L
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void oom(void) {
  fputs("tenor: out of memory\n", stderr);
  abort();
}

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    oom();
  return p;
}

void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q)
    oom();
  return q;
}

char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}

char *xvasprintf(const char *fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  int n = vsnprintf(NULL, 0, fmt, copy);
  va_end(copy);
  if (n < 0)
    oom();
  char *s = xmalloc((size_t)n + 1);
  vsnprintf(s, (size_t)n + 1, fmt, ap);
  return s;
}

char *xasprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *s = xvasprintf(fmt, ap);
  va_end(ap);
  return s;
}

static void (*msg_hook)(void); /* called before every message */
static volatile sig_atomic_t msg_hooked; /* a hook is set: a progress line may be drawn */

void msg_set_hook(void (*before)(void)) {
  msg_hook = before;
  msg_hooked = before != NULL;
}

void msg(const char *fmt, ...) {
  va_list ap;
  if (msg_hook)
    msg_hook();
  fputs("tenor: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

void usage_error(const char *cmd, const char *fmt, ...) {
  va_list ap;
  if (msg_hook)
    msg_hook();
  fputs("tenor: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  if (cmd)
    fprintf(stderr, "\ntry 'tenor %s --help'\n", cmd);
  else
    fputs("\ntry 'tenor --help'\n", stderr);
  exit(EXIT_USAGE);
}

char *read_all(FILE *f, size_t *len) { return read_upto(f, 0, len); }

/* A source of bytes for read_source: a stdio stream, or a descriptor. */
typedef struct source {
  FILE *f; /* or NULL: fd */
  int fd;
} source;

/* Reads up to want bytes; 0 at the end; -1 with errno set on an error. */
static long long source_read(const source *s, char *buf, size_t want) {
  if (s->f) {
    size_t r = fread(buf, 1, want, s->f);
    if (r < want && ferror(s->f)) {
      if (!errno)
        errno = EIO;
      return -1;
    }
    return (long long)r;
  }
  for (;;) {
    ssize_t r = read(s->fd, buf, want);
    if (r >= 0 || errno != EINTR)
      return r;
  }
}

/* Reads what fd (s's descriptor) holds, at most limit + 1 bytes when limit
 * is not 0.  *size gets the size of a regular file, else -1: it gets a
 * buffer of its size (and the NUL, and one byte to see the end in the
 * same buffer), no 64 KB block for a 3 KB article, which with threads
 * left the heap fragmented; and a short read of it is its end. */
static char *read_source(const source *s, int fd, size_t limit, size_t *len, long long *size) {
  size_t cap = 1 << 16, n = 0;
  size_t most = limit && limit < SIZE_MAX - 2 ? limit + 1 : SIZE_MAX - 2; /* bytes to read */
  struct stat st;
  *size = -1;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0 &&
      (unsigned long long)st.st_size < (unsigned long long)(SIZE_MAX / 2)) {
    *size = (long long)st.st_size;
    cap = (size_t)st.st_size + 2;
  }
  if (cap > most + 1)
    cap = most + 1;
  char *buf = xmalloc(cap);
  while (n < most) {
    if (n + 1 >= cap) {
      cap = cap > most / 2 ? most + 1 : cap * 2;
      buf = xrealloc(buf, cap);
    }
    size_t want = cap - n - 1;
    if (want > most - n)
      want = most - n;
    long long r = source_read(s, buf + n, want);
    if (r < 0) {
      int e = errno;
      free(buf);
      errno = e;
      return NULL;
    }
    n += (size_t)r;
    if (r == 0 || (*size >= 0 && (size_t)r < want))
      break;
  }
  buf[n] = 0;
  *len = n;
  return buf;
}

char *read_upto(FILE *f, size_t limit, size_t *len) {
  source s = {f, -1};
  long long size;
  return read_source(&s, fileno(f), limit, len, &size);
}

void dir_cache_free(dir_cache *dc) {
  if (dc->fd >= 0)
    close(dc->fd);
  free(dc->dir);
  *dc = (dir_cache)DIR_CACHE_INIT;
}

/* Opens the file at path for reading, by its name in dc's folder when it
 * has a folder part (dc then keeps that folder open for the next file). */
static int open_in(dir_cache *dc, const char *path) {
  const char *slash = dc ? strrchr(path, '/') : NULL;
  if (!slash || slash == path || !slash[1])
    return open(path, O_RDONLY | O_CLOEXEC);
  size_t n = (size_t)(slash - path);
  if (dc->fd == -1 || dc->len != n || memcmp(dc->dir, path, n) != 0) {
    if (dc->fd >= 0)
      close(dc->fd);
    if (n + 1 > dc->cap) {
      dc->cap = n + 1;
      dc->dir = xrealloc(dc->dir, dc->cap);
    }
    memcpy(dc->dir, path, n);
    dc->dir[n] = 0;
    dc->len = n;
    dc->fd = open(dc->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dc->fd < 0) /* a folder one may pass through but not list: its files by path */
      dc->fd = -2;
  }
  int fd = dc->fd >= 0 ? openat(dc->fd, slash + 1, O_RDONLY | O_CLOEXEC) : -1;
  if (fd < 0) { /* by path: the folder may have gone and come back under its name */
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd >= 0 && dc->fd >= 0) { /* it did: open it anew for the next file */
      close(dc->fd);
      dc->fd = -1;
      dc->len = 0;
    }
  }
  return fd;
}

char *read_path_upto(const char *path, dir_cache *dc, size_t limit, size_t *len,
                     long long *size, int *opened) {
  *size = -1;
  *opened = 0;
  int fd = open_in(dc, path);
  if (fd < 0)
    return NULL;
  *opened = 1;
  source s = {NULL, fd};
  char *buf = read_source(&s, fd, limit, len, size);
  int e = errno;
  close(fd);
  errno = e;
  return buf;
}

char *slurp_file(const char *path, size_t *len) {
  int in = !strcmp(path, "-");
  FILE *f = in ? stdin : fopen(path, "rb");
  if (!f) {
    msg("cannot open %s: %s", path, strerror(errno));
    return NULL;
  }
  char *data = read_all(f, len);
  if (!data)
    msg("cannot read %s: %s", in ? "standard input" : path, strerror(errno));
  if (!in)
    fclose(f);
  return data;
}

int parse_size(const char *s, size_t *out) {
  if (!*s || *s == '-' || *s == '+')
    return -1;
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (*end || errno)
    return -1;
  *out = (size_t)v;
  return 0;
}

static void dir_register(const char *path);

/* mkdir, and if it made the folder, registers it (with the signals
 * blocked in between, so that a signal finds it registered). */
static int mkdir_registered(const char *path) {
  signals_block();
  int rc = mkdir(path, 0777), e = errno;
  if (rc == 0)
    dir_register(path);
  signals_unblock();
  errno = e;
  return rc;
}

int make_dir(const char *dir) {
  char *p = xstrdup(dir);
  for (char *s = p + 1; *s; s++) {
    if (*s != '/')
      continue;
    *s = 0;
    if (mkdir_registered(p) != 0 && errno != EEXIST) {
      free(p);
      return -1;
    }
    *s = '/';
  }
  int rc = mkdir_registered(p) != 0 && errno != EEXIST ? -1 : 0;
  struct stat st;
  if (!rc && (stat(p, &st) != 0 || !S_ISDIR(st.st_mode))) {
    errno = ENOTDIR;
    rc = -1;
  }
  free(p);
  return rc;
}

char *put_decimal(char *o, size_t v) {
  char d[24];
  size_t k = sizeof d;
  do
    d[--k] = (char)('0' + v % 10);
  while (v /= 10);
  memcpy(o, d + k, sizeof d - k);
  return o + (sizeof d - k);
}

void *xgrow(void *p, size_t *cap, size_t n, size_t size) {
  if (n <= *cap)
    return p;
  *cap = n * 2;
  return xrealloc(p, *cap * size);
}

int hex_double(char *out, double v) {
  static const char hex[] = "0123456789abcdef";
  uint64_t b;
  memcpy(&b, &v, sizeof b);
  unsigned e = (unsigned)(b >> 52) & 0x7FF;
  uint64_t m = b & ((1ull << 52) - 1);
  if (e == 0x7FF) /* inf and nan: as printf has them */
    return snprintf(out, 32, "%a", v);
  char *o = out;
  if (b >> 63)
    *o++ = '-';
  *o++ = '0';
  *o++ = 'x';
  *o++ = e ? '1' : '0';
  int exp = e ? (int)e - 1023 : m ? -1022 : 0;
  if (m) {
    int digits = 13;
    for (; !(m & 0xF); m >>= 4)
      digits--; /* trailing zeros are not written */
    *o++ = '.';
    for (int i = digits - 1; i >= 0; i--, m >>= 4)
      o[i] = hex[m & 0xF];
    o += digits;
  }
  *o++ = 'p';
  *o++ = exp < 0 ? '-' : '+';
  o = put_decimal(o, (size_t)(exp < 0 ? -exp : exp));
  *o = 0;
  return (int)(o - out);
}

uint64_t fnv1a(uint64_t h, const void *p, size_t n) {
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) {
    h ^= s[i];
    h *= 1099511628211ull;
  }
  return h;
}

/* ------------------------------------------- signals and temporary files */

/*
 * A table is written to a hidden temporary file and renamed when complete
 * (table.c), so that no half table ever has the final name; the registry
 * below lets a signal remove the temporary files too.  It is a fixed
 * array of lock-free atomic pointers to the names, which is what a C11
 * signal handler may read; the names themselves are not changed or freed
 * while registered.  It is changed only by the main thread, with the
 * signals blocked, and the workers are created with them blocked, so the
 * handler runs in the main thread, between two changes.  (GNU sort
 * cleans up its temporary files the same way.)
 */
#define MAX_TEMPS 64 /* temporary files open at once; tenor needs at most about ten for its
                        output, and scratch files take at most half */
#define MAX_DIRS 32  /* folders make_dir created (-o out, its parents, plots/) */

static char *_Atomic temps[MAX_TEMPS]; /* the registered names; NULL: a free place */
static char *_Atomic dirs[MAX_DIRS];   /* the folders tenor created, in order; NULL: none */
static atomic_long child;              /* a child to stop as well (gnuplot), or 0 */
static const int handled[] = {SIGINT, SIGTERM, SIGHUP};
#define NHANDLED (sizeof handled / sizeof *handled)
static struct sigaction initial[NHANDLED]; /* the dispositions tenor started with */
static int installed[NHANDLED];            /* the handler was installed for handled[k] */
static sigset_t unblocked_mask;            /* the mask before the outermost signals_block */
static int block_depth;                    /* nested signals_block calls */

static void handled_set(sigset_t *set) {
  sigemptyset(set);
  for (size_t k = 0; k < NHANDLED; k++)
    sigaddset(set, handled[k]);
}

void signals_block(void) {
  if (block_depth++ == 0) {
    sigset_t set;
    handled_set(&set);
    pthread_sigmask(SIG_BLOCK, &set, &unblocked_mask);
  }
}

void signals_unblock(void) {
  if (block_depth > 0 && --block_depth == 0)
    pthread_sigmask(SIG_SETMASK, &unblocked_mask, NULL);
}

void signals_child(long pid) { atomic_store(&child, pid); }

/* Writes a string literal on stderr from the handler. */
#define SAY(s)                                                                                     \
  do {                                                                                             \
    ssize_t r_ = write(2, s, sizeof s - 1);                                                        \
    (void)r_;                                                                                      \
  } while (0)

static void on_signal(int sig) {
  for (size_t i = 0; i < MAX_TEMPS; i++) {
    char *name = atomic_load(&temps[i]);
    if (name)
      unlink(name);
  }
  for (size_t i = MAX_DIRS; i-- > 0;) { /* the innermost first; rmdir fails unless empty */
    char *name = atomic_load(&dirs[i]);
    if (name)
      rmdir(name);
  }
  long pid = atomic_load(&child);
  if (pid > 0)
    kill((pid_t)pid, SIGTERM);
  if (msg_hooked)
    SAY("\n"); /* after the progress line */
  if (sig == SIGINT)
    SAY("tenor: stopped by SIGINT\n");
  else if (sig == SIGTERM)
    SAY("tenor: stopped by SIGTERM\n");
  else
    SAY("tenor: stopped by SIGHUP\n");
  /* End by the same signal, with its default action: it stays pending
   * until it is unblocked here. */
  struct sigaction dfl;
  memset(&dfl, 0, sizeof dfl);
  dfl.sa_handler = SIG_DFL;
  sigaction(sig, &dfl, NULL);
  raise(sig);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  pthread_sigmask(SIG_UNBLOCK, &set, NULL);
  _exit(128 + sig); /* not reached */
}

void signals_init(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  handled_set(&sa.sa_mask); /* one cleanup at a time */
  for (size_t k = 0; k < NHANDLED; k++) {
    if (sigaction(handled[k], NULL, &initial[k]) != 0 || initial[k].sa_handler == SIG_IGN)
      continue; /* ignored, as in a background job of a script, or nohup: so be it */
    installed[k] = sigaction(handled[k], &sa, NULL) == 0;
  }
}

void signals_reset(void) {
  for (size_t k = 0; k < NHANDLED; k++)
    if (installed[k])
      sigaction(handled[k], &initial[k], NULL);
  if (block_depth > 0)
    pthread_sigmask(SIG_SETMASK, &unblocked_mask, NULL);
}

/* Remembers a folder tenor created, for dirs_remove_empty and the signal
 * handler; when the registry is full, the folder just stays. */
static void dir_register(const char *path) {
  for (size_t i = 0; i < MAX_DIRS; i++) {
    if (!atomic_load(&dirs[i])) {
      atomic_store(&dirs[i], xstrdup(path));
      return;
    }
  }
}

void dirs_remove_empty(void) {
  signals_block();
  for (size_t i = MAX_DIRS; i-- > 0;) {
    char *name = atomic_load(&dirs[i]);
    if (!name)
      continue;
    int e = errno;
    rmdir(name); /* fails, as it should, when anything is in it */
    errno = e;
    atomic_store(&dirs[i], NULL);
    free(name);
  }
  signals_unblock();
}

/* 0, or -1 when `most` files or more are registered: the file is then
 * still removed by temp_remove, only not by a signal. */
static int temp_register(char *name, size_t most) {
  size_t used = 0, free_at = MAX_TEMPS;
  for (size_t i = 0; i < MAX_TEMPS; i++) {
    if (atomic_load(&temps[i]))
      used++;
    else if (free_at == MAX_TEMPS)
      free_at = i;
  }
  if (used >= most || free_at == MAX_TEMPS)
    return -1;
  atomic_store(&temps[free_at], name);
  return 0;
}

static void temp_forget(const char *name) {
  for (size_t i = 0; i < MAX_TEMPS; i++) {
    char *p = atomic_load(&temps[i]);
    if (p && (p == name || !strcmp(p, name))) {
      atomic_store(&temps[i], NULL);
      return;
    }
  }
}

/* Creates and registers the file of mkstemp pattern *tmp (freed and set
 * to NULL on failure); its descriptor, or -1 with errno set.  A file that
 * is `optional` (a scratch file) is not made (EMFILE) when half of the
 * registry is taken, which keeps the other half for the output. */
static int temp_make(char **tmp, int optional) {
  signals_block(); /* no signal between the file's creation and its registration */
  int fd = mkstemp(*tmp);
  if (fd >= 0 && temp_register(*tmp, optional ? MAX_TEMPS / 2 : MAX_TEMPS) != 0 && optional) {
    unlink(*tmp);
    close(fd);
    fd = -1;
    errno = EMFILE;
  }
  signals_unblock();
  if (fd < 0) {
    int e = errno;
    free(*tmp);
    *tmp = NULL;
    errno = e;
  }
  return fd;
}

int temp_create(const char *dir, const char *name, char **tmp) {
  *tmp = xasprintf("%s/.%s.XXXXXX", dir, name);
  int fd = temp_make(tmp, 0);
  if (fd < 0)
    return -1;
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  return fd;
}

int temp_scratch(const char *name, char **tmp) {
  const char *dir = getenv("TMPDIR");
  *tmp = xasprintf("%s/%s.XXXXXX", dir && *dir ? dir : "/tmp", name);
  return temp_make(tmp, 1);
}

int temp_commit(const char *tmp, const char *path) {
  signals_block();
  int rc = rename(tmp, path), e = errno;
  if (rc == 0)
    temp_forget(tmp);
  signals_unblock();
  errno = e;
  return rc;
}

void temp_remove(const char *tmp) {
  int e = errno;
  signals_block();
  unlink(tmp);
  temp_forget(tmp);
  signals_unblock();
  errno = e;
}

char *path_split(const char *path, const char **name) {
  const char *slash = strrchr(path, '/');
  *name = slash ? slash + 1 : path;
  return slash ? xasprintf("%.*s", (int)(slash - path + (slash == path)), path) : xstrdup(".");
}
