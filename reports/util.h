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

/* v in decimal at o, without a NUL; returns the end (at most 20 bytes). */
char *put_decimal(char *o, size_t v);

/* p (of *cap items of `size` bytes) with room for n items: grown to twice
 * n when short, as the growable arrays of the front end are. */
void *xgrow(void *p, size_t *cap, size_t n, size_t size);

/* v as printf's "%a" writes it with the GNU C library (0x1.8p+1, -0x0p+0,
 * 0x0.0000000000001p-1022 for the least subnormal), NUL-terminated in
 * out (32 bytes); returns its length.  A tenth of printf's time: a
 * partial result holds millions of such numbers. */
int hex_double(char *out, double v);

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

/* Like read_all, but when limit is not 0 reads at most limit + 1 bytes,
 * so that *len > limit says that there was more (and memory stays
 * bounded by the limit). */
char *read_upto(FILE *f, size_t limit, size_t *len);

/* The folder of the last file one thread read, kept open, so that the
 * next file of the same folder is opened by its name alone: the kernel
 * then looks up one part of the path, not every part (2.7% of a run over
 * a folder of 75,000 files went to those lookups).  One per thread, so
 * that a run holds one descriptor per thread, however many folders it
 * walks. */
typedef struct dir_cache {
  char *dir;     /* the folder's path, or NULL */
  size_t len, cap;
  int fd;        /* its descriptor; -1 none, -2 it could not be opened (files by path) */
} dir_cache;
#define DIR_CACHE_INIT {NULL, 0, 0, -1}
void dir_cache_free(dir_cache *dc);

/* Reads the file at path like read_upto, without stdio (open, fstat, read,
 * close: four system calls for a small file, where fopen and fread made
 * six), opening it in dc's folder when it is there (dc may be NULL).
 * *size gets its size when it is a regular file, else -1.  NULL with
 * errno set on failure; *opened then says whether it was opened. */
char *read_path_upto(const char *path, dir_cache *dc, size_t limit, size_t *len,
                     long long *size, int *opened);

/* Reads a whole file (- for stdin) like read_all; prints the reason and
 * returns NULL on failure. */
char *slurp_file(const char *path, size_t *len);

/* Creates DIR/.NAME.XXXXXX for writing a file whole before renaming it
 * to DIR/NAME, with the mode a new file gets under the umask (mkstemp
 * makes it private); returns its descriptor and sets *tmp (free it), or
 * -1 with errno set and *tmp NULL.  The file is registered for the
 * signal handler (signals_init) until temp_commit or temp_remove; free
 * *tmp only after that. */
int temp_create(const char *dir, const char *name, char **tmp);

/* Creates a scratch file $TMPDIR/NAME.XXXXXX (/tmp when TMPDIR is unset
 * or empty), private to the user (mode 0600), to be removed with
 * temp_remove; registered like those of temp_create, and not made when
 * 32 are registered, so that a signal leaves none behind.  Its
 * descriptor and *tmp (free it after temp_remove), or -1 with errno set
 * and *tmp NULL. */
int temp_scratch(const char *name, char **tmp);

/* Renames a temporary file of temp_create over its final name; 0, or -1
 * with errno set (the file is then still there, and registered). */
int temp_commit(const char *tmp, const char *path);

/* Removes a temporary file of temp_create; errno is kept. */
void temp_remove(const char *tmp);

/* Installs the handler of SIGINT, SIGTERM and SIGHUP (unless the signal
 * was ignored when tenor started, as in a background job of a script):
 * it removes the temporary files not yet committed or removed, stops the
 * child of signals_child, says "tenor: stopped by SIGINT" and ends the
 * process by the same signal, so that a shell sees status 128 + its
 * number (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP) and a script
 * that runs tenor stops too.  The handler makes only async-signal-safe
 * calls; the registry of temporary files is changed with the signals
 * blocked, and threads other than the main one are created with them
 * blocked (signals_block), so it never sees the registry half changed. */
void signals_init(void);

/* Blocks those signals in the calling thread, and so in the threads it
 * creates, until signals_unblock; nested calls count.  For the main
 * thread only. */
void signals_block(void);
void signals_unblock(void);

/* The child process (gnuplot) that a signal should stop too; 0 for none. */
void signals_child(long pid);

/* In a child process, before exec: the dispositions and the mask of the
 * signals that tenor started with. */
void signals_reset(void);

/* The folder of a path (a new string; "." for a bare name), and in *name
 * the file name after it (inside path). */
char *path_split(const char *path, const char **name);

/* Creates a folder and its parents (mkdir -p); 0, or -1 with errno set.
 * The folders it creates are remembered: dirs_remove_empty and a signal
 * (signals_init) remove those still empty, so that a run that fails
 * leaves no empty -o folder of its own making behind. */
int make_dir(const char *dir);

/* Removes every folder make_dir created that is empty now (the innermost
 * first), and forgets them all; for the end of the process.  errno is kept. */
void dirs_remove_empty(void);

/* Parses a non-negative whole number; returns 0 and sets *out, or -1. */
int parse_size(const char *s, size_t *out);

#endif
