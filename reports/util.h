/* util.h - small helpers of the front end: allocation, messages, files. */
#ifndef TENOR_UTIL_H
#define TENOR_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* FNV-1a, 64 bits, over n bytes, continuing from h (start with FNV1A_INIT). */
#define FNV1A_INIT 14695981039346656037ull
uint64_t fnv1a(uint64_t h, const void *p, size_t n);

/* Exit statuses, defined once. */
enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* Prints `tenor: ` and the message and a newline on stderr. */
/* Like xasprintf, with a va_list. */
char *xvasprintf(const char *fmt, va_list ap);

void msg(const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* Sets a function that msg() calls before it prints, such as one that
 * clears a progress line from the terminal; NULL for none. */
void msg_set_hook(void (*before)(void));

/* Prints a usage error, then "try 'tenor CMD --help'", and exits 2. */
void usage_error(const char *cmd, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 2, 3), noreturn))
#endif
    ;

/* Reads all of `f` into a new buffer (NUL-terminated for convenience);
 * returns NULL with errno set on a read error. */
char *read_all(FILE *f, size_t *len);

/* Reads a whole file (- for stdin) like read_all; prints the reason and
 * returns NULL on failure. */
char *slurp_file(const char *path, size_t *len);

/* Creates DIR/.NAME.XXXXXX for writing a file whole before renaming it
 * to DIR/NAME, with the mode a new file gets under the umask (mkstemp
 * makes it private); returns its descriptor and sets *tmp (free it), or
 * -1 with errno set and *tmp NULL. */
int temp_create(const char *dir, const char *name, char **tmp);

/* The folder of a path (a new string; "." for a bare name), and in *name
 * the file name after it (inside path). */
char *path_split(const char *path, const char **name);

/* Creates a folder and its parents (mkdir -p); 0, or -1 with errno set. */
int make_dir(const char *dir);

/* Parses a non-negative whole number; returns 0 and sets *out, or -1. */
int parse_size(const char *s, size_t *out);

#endif
