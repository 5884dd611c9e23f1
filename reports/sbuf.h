/* sbuf.h - a growable string for building documents (summary, HTML, gnuplot
 * scripts), and writing a whole file safely. */
#ifndef TENOR_SBUF_H
#define TENOR_SBUF_H

#include <stddef.h>

typedef struct sbuf {
  char *s;       /* the text, NUL-terminated once anything was added */
  size_t n, cap; /* bytes in use, allocated */
} sbuf;

void sbuf_printf(sbuf *b, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void sbuf_put(sbuf *b, const char *s, size_t n);
/* Appends s with the HTML specials (& < > ") escaped. */
void sbuf_html(sbuf *b, const char *s, size_t n);
void sbuf_free(sbuf *b);

/* Writes data to dir/name through a hidden temporary file renamed when
 * complete; 0, or -1 after a message. */
int write_file(const char *dir, const char *name, const char *data, size_t len);

/* Reads dir/name whole; NULL (without a message) if it cannot. */
char *read_file(const char *dir, const char *name, size_t *len);

#endif
