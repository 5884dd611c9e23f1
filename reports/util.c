/* util.c - small helpers of the front end. */
#define _POSIX_C_SOURCE 200809L
#include "util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

void msg_set_hook(void (*before)(void)) { msg_hook = before; }

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

char *read_all(FILE *f, size_t *len) {
  size_t cap = 1 << 16, n = 0;
  /* A regular file gets a buffer of its size (and the NUL, and one byte to
   * see the end in the same buffer): no 64 KB block for a 3 KB article,
   * which with threads left the heap fragmented. */
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0 &&
      (unsigned long long)st.st_size < (unsigned long long)(SIZE_MAX / 2))
    cap = (size_t)st.st_size + 2;
  char *buf = xmalloc(cap);
  for (;;) {
    if (n + 1 >= cap) {
      cap *= 2;
      buf = xrealloc(buf, cap);
    }
    size_t r = fread(buf + n, 1, cap - n - 1, f);
    n += r;
    if (r == 0) {
      if (ferror(f)) {
        int e = errno ? errno : EIO;
        free(buf);
        errno = e;
        return NULL;
      }
      break;
    }
  }
  buf[n] = 0;
  *len = n;
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

int make_dir(const char *dir) {
  char *p = xstrdup(dir);
  for (char *s = p + 1; *s; s++) {
    if (*s != '/')
      continue;
    *s = 0;
    if (mkdir(p, 0777) != 0 && errno != EEXIST) {
      free(p);
      return -1;
    }
    *s = '/';
  }
  int rc = mkdir(p, 0777) != 0 && errno != EEXIST ? -1 : 0;
  struct stat st;
  if (!rc && (stat(p, &st) != 0 || !S_ISDIR(st.st_mode))) {
    errno = ENOTDIR;
    rc = -1;
  }
  free(p);
  return rc;
}

uint64_t fnv1a(uint64_t h, const void *p, size_t n) {
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) {
    h ^= s[i];
    h *= 1099511628211ull;
  }
  return h;
}

int temp_create(const char *dir, const char *name, char **tmp) {
  *tmp = xasprintf("%s/.%s.XXXXXX", dir, name);
  int fd = mkstemp(*tmp);
  if (fd < 0) {
    int e = errno;
    free(*tmp);
    *tmp = NULL;
    errno = e;
    return -1;
  }
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  return fd;
}

char *path_split(const char *path, const char **name) {
  const char *slash = strrchr(path, '/');
  *name = slash ? slash + 1 : path;
  return slash ? xasprintf("%.*s", (int)(slash - path + (slash == path)), path) : xstrdup(".");
}
