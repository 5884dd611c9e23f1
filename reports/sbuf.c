/* sbuf.c - growable strings and whole-file writes. */
#define _POSIX_C_SOURCE 200809L
#include "sbuf.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static void reserve(sbuf *b, size_t extra) {
  if (b->n + extra + 1 <= b->cap)
    return;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->n + extra + 1)
    cap *= 2;
  b->s = xrealloc(b->s, cap);
  b->cap = cap;
}

void sbuf_put(sbuf *b, const char *s, size_t n) {
  reserve(b, n);
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = 0;
}

void sbuf_printf(sbuf *b, const char *fmt, ...) {
  /* printed once into the room there is, most of the time (a partial
   * result prints a line per sentence this way); again when it was short */
  reserve(b, 128);
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(b->s + b->n, b->cap - b->n, fmt, ap);
  va_end(ap);
  if (n <= 0) {
    b->s[b->n] = 0;
    return;
  }
  if ((size_t)n >= b->cap - b->n) {
    reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->s + b->n, (size_t)n + 1, fmt, ap);
    va_end(ap);
  }
  b->n += (size_t)n;
}

void sbuf_html(sbuf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    switch (s[i]) {
    case '&':
      sbuf_put(b, "&amp;", 5);
      break;
    case '<':
      sbuf_put(b, "&lt;", 4);
      break;
    case '>':
      sbuf_put(b, "&gt;", 4);
      break;
    case '"':
      sbuf_put(b, "&quot;", 6);
      break;
    default:
      sbuf_put(b, s + i, 1);
    }
  }
}

void sbuf_free(sbuf *b) {
  free(b->s);
  b->s = NULL;
  b->n = b->cap = 0;
}

int write_file(const char *dir, const char *name, const char *data, size_t len) {
  char *tmp, *path = xasprintf("%s/%s", dir, name);
  int fd = temp_create(dir, name, &tmp), rc = -1;
  if (fd >= 0) {
    size_t done = 0;
    while (done < len) {
      ssize_t w = write(fd, data + done, len - done);
      if (w <= 0)
        break;
      done += (size_t)w;
    }
    int e = errno;
    if (close(fd) == 0 && done == len && temp_commit(tmp, path) == 0)
      rc = 0;
    else
      errno = done == len ? errno : (e ? e : EIO);
  }
  if (rc) {
    msg("cannot write %s: %s", path, strerror(errno));
    if (tmp)
      temp_remove(tmp);
  }
  free(tmp);
  free(path);
  return rc;
}

char *read_file(const char *dir, const char *name, size_t *len) {
  char *path = xasprintf("%s/%s", dir, name);
  FILE *f = fopen(path, "rb");
  free(path);
  if (!f)
    return NULL;
  char *data = read_all(f, len);
  fclose(f);
  return data;
}
