/*
 * partial.c - partial results of tenor score and reading them back.
 *
 * A partial result is text: a header saying what made it (format version,
 * tenor version, fingerprints of the lexicons and actor lists, the options
 * that change scores, the table format, the shard, the categories of one's
 * own and the tables' header rows), then one record per document, in id
 * order (order.h): its id, group and date, the rows it adds to each of the
 * four tables exactly as tenor score would write them, and the values
 * tenor compare needs (each sentence's scores and speaker, its targets,
 * the actors' ids and the sums of the categories of one's own) with every
 * number as a C99 hexadecimal float, so that nothing is rounded on the
 * way.  A final line
 * counts the documents, so a cut file is noticed.  Strings are written as
 * a line with their length and then their bytes, so any byte may be in
 * them.  docs/partial.md describes the format.
 */
#define _POSIX_C_SOURCE 200809L
#include "partial.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "order.h"
#include "sbuf.h"
#include "util.h"

#define MAGIC "tenor-partial"
#define MAX_COUNT 100000000UL /* more of anything in one document is a damaged file */

/* ------------------------------------------------------------ writing */

static void put_str(FILE *f, const char *s, size_t n) { /* for the header */
  fprintf(f, "%zu\n", n);
  fwrite(s, 1, n, f);
  putc('\n', f);
}

static void put_cstr(FILE *f, const char *s) { put_str(f, s, strlen(s)); }

int partial_open(partial_writer *w, const char *path, const corpus *cp, unsigned shard,
                 unsigned nshards) {
  memset(w, 0, sizeof *w);
  w->shard = shard;
  w->nshards = nshards;
  struct stat st;
  int exists = strcmp(path, "-") != 0 && stat(path, &st) == 0;
  if (!strcmp(path, "-")) {
    w->f = stdout;
  } else if (exists && S_ISDIR(st.st_mode)) {
    msg("cannot write %s: it is a folder (--partial takes a file name)", path);
    return -1;
  } else if (exists && !S_ISREG(st.st_mode)) {
    /* a device or a pipe: renaming a file over it would replace it (as
     * root, /dev/null itself) */
    w->f = fopen(path, "w");
    if (!w->f) {
      msg("cannot write %s: %s", path, strerror(errno));
      return -1;
    }
    w->path = xstrdup(path);
  } else {
    const char *name;
    char *dir = path_split(path, &name);
    int fd = *name ? temp_create(dir, name, &w->tmp) : -1;
    free(dir);
    w->path = xstrdup(path);
    w->f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!w->f) {
      msg("cannot write %s: %s", path, *name ? strerror(errno) : "not a file name");
      if (fd >= 0) {
        close(fd);
        temp_remove(w->tmp);
      }
      free(w->path);
      free(w->tmp);
      w->path = w->tmp = NULL;
      return -1;
    }
  }
  score_tables_open_memory(&w->st, cp->lex);
  w->nextra = tenor_lexicon_extra_count(cp->lex);
  const table_format *tf = table_get_format();
  FILE *f = w->f;
  fprintf(f, "%s %d\ntenor %s\n", MAGIC, PARTIAL_VERSION, tenor_version_string());
  fprintf(f, "lexicons %016" PRIx64 "\nactors %016" PRIx64 "\n", cp->lex_hash, cp->actor_hash);
  fprintf(f, "options %d %zu %zu\n", cp->opt.level, cp->opt.max_sentence_bytes, cp->max_doc);
  fprintf(f, "format %d %d %d %d %d\n", tf->sep, tf->decimal, tf->bom, tf->crlf,
          tf->minimal_quotes);
  fprintf(f, "shard %u %u\n", shard, nshards);
  fprintf(f, "categories %zu\n", w->nextra);
  for (size_t k = 0; k < w->nextra; k++)
    put_cstr(f, tenor_lexicon_extra_name(cp->lex, k));
  fprintf(f, "headers %d\n", NTABLES);
  for (int k = 0; k < NTABLES; k++) {
    size_t n;
    const char *h = table_pending(&w->st.t[k], &n);
    put_str(f, h, n);
    table_clear(&w->st.t[k]);
  }
  return 0;
}

/* A string as a line with its length, then its bytes and a newline. */
static void rec_str(sbuf *b, const char *s, size_t n) {
  sbuf_printf(b, "%zu\n", n);
  sbuf_put(b, s, n);
  sbuf_put(b, "\n", 1);
}

/* n numbers as "%a" writes them, each followed by a space but the last,
 * which is followed by `last`. */
static void rec_hex(sbuf *b, const double *x, size_t n, char last) {
  char num[40];
  for (size_t k = 0; k < n; k++) {
    int len = hex_double(num, x[k]);
    num[len++] = k + 1 < n ? ' ' : last;
    sbuf_put(b, num, (size_t)len);
  }
}

/* The record of document d (analysed in d->an, its rows in st, which it
 * clears) in out. */
static void format_doc(sbuf *out, const doc *d, score_tables *st, size_t nextra, size_t **tstart,
                       size_t *captstart) {
  doc_values v;
  doc_values_of(d->an, nextra, &v, tstart, captstart);
  sbuf_printf(out, "doc %zu %zu %zu %zu\n", d->index, v.n, v.nact, nextra);
  rec_str(out, d->id, strlen(d->id));
  rec_str(out, d->group, strlen(d->group));
  rec_str(out, d->date, strlen(d->date));
  for (int k = 0; k < NTABLES; k++) {
    size_t n;
    const char *rows = table_pending(&st->t[k], &n);
    rec_str(out, rows, n);
    table_clear(&st->t[k]);
  }
  for (size_t i = 0; i < v.n; i++) {
    const tenor_sentence *s = &v.s[i];
    double x[4] = {s->tone, s->tone_norm, s->hostility, s->cooperation};
    rec_hex(out, x, 4, ' ');
    sbuf_printf(out, "%lld %zu\n", s->speaker == TENOR_NO_ACTOR ? -1LL : (long long)s->speaker,
                v.tstart[i + 1] - v.tstart[i]);
    for (size_t t = v.tstart[i]; t < v.tstart[i + 1]; t++) {
      const tenor_target *g = &v.targets[t];
      double y[4] = {g->tone, g->hostility, g->cooperation, g->stance};
      sbuf_printf(out, "%zu ", g->actor);
      rec_hex(out, y, 4, '\n');
    }
  }
  for (size_t k = 0; k < v.nact; k++)
    rec_str(out, v.act[k].id, strlen(v.act[k].id));
  for (size_t i = 0; i < v.n && nextra; i++)
    rec_hex(out, v.extra + i * nextra, nextra, '\n');
}

/* Writes a record and counts it. */
static void put_record(partial_writer *w, sbuf *rec) {
  fwrite(rec->s, 1, rec->n, w->f);
  rec->n = 0;
  w->index++;
}

int partial_write_doc(void *ctx, const doc *d, const char *text, size_t len) {
  partial_writer *w = ctx;
  int status = score_write_doc(&w->st, d, text, len);
  format_doc(&w->rec, d, &w->st, w->nextra, &w->tstart, &w->captstart);
  put_record(w, &w->rec);
  return status;
}

/* The record of a document made in a worker: its rows and values are
 * formatted there, in parallel, and the main thread only writes them. */
typedef struct partial_state {
  score_tables *st;
  sbuf rec;
  size_t nextra;
  size_t *tstart, captstart;
} partial_state;

static void *state_new(void *ctx) {
  partial_writer *w = ctx;
  partial_state *ps = xmalloc(sizeof *ps);
  memset(ps, 0, sizeof *ps);
  ps->st = score_state_new(&w->st);
  ps->nextra = w->nextra;
  return ps;
}

static int state_run(void *state, const doc *d, const char *text, size_t len) {
  partial_state *ps = state;
  int status = score_write_doc(ps->st, d, text, len);
  format_doc(&ps->rec, d, ps->st, ps->nextra, &ps->tstart, &ps->captstart);
  return status;
}

static void state_free(void *state) {
  partial_state *ps = state;
  score_state_free(ps->st);
  sbuf_free(&ps->rec);
  free(ps->tstart);
  free(ps);
}

int partial_put_doc(void *ctx, const doc *d, const char *text, size_t len) {
  (void)text;
  (void)len;
  put_record(ctx, &((partial_state *)d->work)->rec);
  return EXIT_OK;
}

const doc_work partial_work = {state_new, state_run, state_free, partial_write_doc};

int partial_close(partial_writer *w, int ok) {
  int rc = 0;
  if (ok) {
    fprintf(w->f, "end %zu\n", w->index);
    if (fflush(w->f) != 0 || ferror(w->f)) {
      msg("cannot write %s: %s", w->path ? w->path : "standard output", strerror(errno));
      rc = -1;
    }
  }
  if (w->f != stdout) {
    if (fclose(w->f) != 0 && ok && !rc) {
      msg("cannot write %s: %s", w->path, strerror(errno));
      rc = -1;
    }
  }
  if (w->tmp) {
    if (ok && !rc && temp_commit(w->tmp, w->path) != 0) {
      msg("cannot write %s: %s", w->path, strerror(errno));
      rc = -1;
    }
    if (!ok || rc)
      temp_remove(w->tmp);
  }
  score_tables_close(&w->st, NULL, 0);
  sbuf_free(&w->rec);
  free(w->path);
  free(w->tmp);
  free(w->tstart);
  memset(w, 0, sizeof *w);
  return rc;
}

/* ------------------------------------------------------------ reading */

static int bad(partial_reader *r, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static int bad(partial_reader *r, const char *fmt, ...) {
  if (r->cut)
    return -1; /* already said */
  va_list ap;
  va_start(ap, fmt);
  char *what = xvasprintf(fmt, ap);
  va_end(ap);
  msg("%s:%zu: not a readable partial result: %s", r->path, r->line, what);
  free(what);
  return -1;
}

/* Reads the next line (without its newline) into r->buf; -1 at the end
 * of the file, or after a message when the last line was cut short. */
static int next_line(partial_reader *r) {
  ssize_t n = getline(&r->buf, &r->cap, r->f);
  if (n < 0)
    return -1;
  r->line++;
  if (r->buf[n - 1] != '\n') {
    r->cut = 1; /* every line of a partial ends in a newline */
    msg("%s:%zu: the partial result is cut short (its last line is incomplete)", r->path,
        r->line);
    return -1;
  }
  r->buf[n - 1] = 0;
  return 0;
}

/* Reads n bytes into a new buffer (NUL-terminated) that grows with the
 * bytes read rather than with the length the file claims, so that a
 * damaged length costs no more memory than the file has; NULL when the
 * file ends first. */
static char *read_bytes(FILE *f, size_t n) {
  size_t cap = n < 65536 ? n + 1 : 65536, have = 0;
  char *s = xmalloc(cap);
  while (have < n) {
    if (have == cap - 1) {
      cap = n - have < cap ? n + 1 : 2 * cap;
      s = xrealloc(s, cap);
    }
    size_t want = cap - 1 - have, got = fread(s + have, 1, want, f);
    have += got;
    if (got < want)
      break;
  }
  if (have < n) {
    free(s);
    return NULL;
  }
  s[n] = 0;
  return s;
}

/* A string: its length on a line, then its bytes and a newline. */
static int get_str(partial_reader *r, char **out, size_t *len) {
  if (next_line(r) != 0)
    return bad(r, "the file ends inside a record");
  char *end;
  errno = 0;
  unsigned long long n = strtoull(r->buf, &end, 10);
  if (end == r->buf || *end || errno || n > (1ULL << 40))
    return bad(r, "expected a length, got '%.40s'", r->buf);
  char *s = read_bytes(r->f, (size_t)n);
  if (!s || getc(r->f) != '\n') {
    free(s);
    return bad(r, "a string of %llu bytes is cut short", n);
  }
  for (size_t i = 0; i < n; i++)
    r->line += s[i] == '\n';
  r->line++;
  *out = s;
  if (len)
    *len = (size_t)n;
  return 0;
}

/* The numbers of the current line after `prefix` (NULL for none); each
 * %z a size_t, each %d an int, each %a a double, each %l a long long. */
static int fields(partial_reader *r, const char *prefix, const char *spec, ...) {
  const char *p = r->buf;
  if (prefix) {
    size_t n = strlen(prefix);
    if (strncmp(p, prefix, n) || (p[n] != ' ' && p[n] != 0))
      return bad(r, "expected '%s', got '%.40s'", prefix, r->buf);
    p += n;
  }
  va_list ap;
  va_start(ap, spec);
  int rc = 0;
  for (; *spec && !rc; spec += 2) {
    char *end;
    errno = 0;
    while (*p == ' ')
      p++;
    switch (spec[1]) {
    case 'z': {
      unsigned long long v = strtoull(p, &end, 10);
      if (end == p || errno || v > MAX_COUNT * 1000ULL || *p == '-')
        rc = -1;
      *va_arg(ap, size_t *) = (size_t)v;
      break;
    }
    case 'd': {
      long v = strtol(p, &end, 10);
      if (end == p || errno || v < -1000000 || v > 1000000)
        rc = -1;
      *va_arg(ap, int *) = (int)v;
      break;
    }
    case 'l': {
      long long v = strtoll(p, &end, 10);
      if (end == p || errno)
        rc = -1;
      *va_arg(ap, long long *) = v;
      break;
    }
    default: {
      double v = strtod(p, &end);
      if (end == p)
        rc = -1;
      *va_arg(ap, double *) = v;
      break;
    }
    }
    p = end;
  }
  va_end(ap);
  while (*p == ' ')
    p++;
  if (rc || *p)
    return bad(r, "malformed line '%.60s'", r->buf);
  return 0;
}

/* Room for n items in p, doubling: the arrays of a document grow as its
 * lines are read, not to the counts its 'doc' line claims, so that a
 * damaged count costs no more memory than the file has. */
static void *grow_to(void *p, size_t *cap, size_t n, size_t size) {
  if (n <= *cap)
    return p;
  size_t c = *cap ? *cap : 16;
  while (c < n)
    c *= 2;
  *cap = c;
  return xrealloc(p, c * size);
}

int partial_read_open(partial_reader *r, const char *path) {
  FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  if (!f) {
    memset(r, 0, sizeof *r);
    r->path = path;
    msg("cannot open %s: %s", path, strerror(errno));
    return -1;
  }
  return partial_read_file(r, f, path);
}

int partial_read_file(partial_reader *r, FILE *f, const char *path) {
  memset(r, 0, sizeof *r);
  r->path = path;
  r->f = f;
  partial_info *in = &r->info;
  if (next_line(r) != 0 || strncmp(r->buf, MAGIC " ", sizeof MAGIC)) {
    if (r->cut)
      return -1;
    msg("%s: not a tenor partial result (make one with tenor score --partial FILE)", path);
    return -1;
  }
  in->version = atoi(r->buf + sizeof MAGIC);
  if (in->version == 1) {
    msg("%s: a partial result of format 1, made by a tenor that wrote documents in input "
        "order; score it again with this tenor (%s), which writes them in id order (format %d)",
        path, tenor_version_string(), PARTIAL_VERSION);
    return -1;
  }
  if (in->version != PARTIAL_VERSION) {
    msg("%s: a partial result of format %d; this tenor (%s) reads format %d", path,
        in->version, tenor_version_string(), PARTIAL_VERSION);
    return -1;
  }
  if (next_line(r) != 0 || strncmp(r->buf, "tenor ", 6))
    return bad(r, "no tenor version");
  in->tenor = xstrdup(r->buf + 6);
  int sep, dec;
  size_t ncat, nh;
  char hex[2][17] = {"", ""};
  if (next_line(r) != 0 || sscanf(r->buf, "lexicons %16[0-9a-f]", hex[0]) != 1)
    return bad(r, "no lexicon fingerprint");
  if (next_line(r) != 0 || sscanf(r->buf, "actors %16[0-9a-f]", hex[1]) != 1)
    return bad(r, "no actor list fingerprint");
  in->lexicons = strtoull(hex[0], NULL, 16);
  in->actors = strtoull(hex[1], NULL, 16);
  if (next_line(r) != 0 ||
      fields(r, "options", "%d%z%z", &in->level, &in->max_bytes, &in->max_doc) != 0)
    return -1;
  int bom, crlf, minimal;
  if (next_line(r) != 0 ||
      fields(r, "format", "%d%d%d%d%d", &sep, &dec, &bom, &crlf, &minimal) != 0)
    return -1;
  in->format.sep = (char)sep;
  in->format.decimal = (char)dec;
  in->format.bom = bom;
  in->format.crlf = crlf;
  in->format.minimal_quotes = minimal;
  size_t shard, nshards;
  if (next_line(r) != 0 || fields(r, "shard", "%z%z", &shard, &nshards) != 0)
    return -1;
  if (nshards < 1 || shard >= nshards || nshards > 100000)
    return bad(r, "shard %zu of %zu", shard, nshards);
  in->shard = (unsigned)shard;
  in->nshards = (unsigned)nshards;
  if (next_line(r) != 0 || fields(r, "categories", "%z", &ncat) != 0)
    return -1;
  if (ncat > 100000)
    return bad(r, "%zu categories", ncat);
  in->categories = xmalloc((ncat ? ncat : 1) * sizeof *in->categories);
  for (size_t k = 0; k < ncat; k++, in->ncat++)
    if (get_str(r, &in->categories[k], NULL) != 0)
      return -1;
  if (next_line(r) != 0 || fields(r, "headers", "%z", &nh) != 0)
    return -1;
  if (nh != NTABLES)
    return bad(r, "%zu tables, not %d", nh, NTABLES);
  for (int k = 0; k < NTABLES; k++)
    if (get_str(r, &in->header[k], &in->header_len[k]) != 0)
      return -1;
  return 0;
}

int partial_read_doc(partial_reader *r) {
  if (next_line(r) != 0)
    return bad(r, "the file ends without its 'end' line (cut short?)");
  if (!strncmp(r->buf, "end ", 4)) {
    size_t count;
    if (fields(r, "end", "%z", &count) != 0)
      return -1;
    if (count != r->ndocs)
      return bad(r, "it ends after %zu documents but says %zu", r->ndocs, count);
    int c = getc(r->f);
    if (c != EOF)
      return bad(r, "more after the 'end' line");
    return 0;
  }
  size_t n, nact, nextra, index;
  if (fields(r, "doc", "%z%z%z%z", &index, &n, &nact, &nextra) != 0)
    return -1;
  if (r->ndocs && index <= r->index)
    return bad(r, "document %zu after document %zu: out of order", index, r->index);
  r->index = index;
  r->ndocs++;
  if (n > MAX_COUNT || nact > MAX_COUNT)
    return bad(r, "%zu sentences and %zu actors in one document", n, nact);
  if (nextra != r->info.ncat)
    return bad(r, "%zu categories in a document, %zu in the header", nextra, r->info.ncat);
  char *prev = r->id; /* the document before, whose id must come first */
  free(r->group);
  free(r->date);
  r->id = r->group = r->date = NULL;
  for (int k = 0; k < NTABLES; k++) {
    free(r->rows[k]);
    r->rows[k] = NULL;
  }
  int rc = get_str(r, &r->id, NULL);
  if (!rc && prev && order_cmp(prev, r->id) >= 0)
    rc = bad(r, "document '%s' after document '%s': not in id order", r->id, prev);
  free(prev);
  if (rc || get_str(r, &r->group, NULL) || get_str(r, &r->date, NULL))
    return -1;
  for (int k = 0; k < NTABLES; k++)
    if (get_str(r, &r->rows[k], &r->rows_len[k]) != 0)
      return -1;
  r->s = grow_to(r->s, &r->caps, 1, sizeof *r->s);
  r->tstart = grow_to(r->tstart, &r->captstart, 1, sizeof *r->tstart);
  r->n = 0;
  r->ntargets = 0;
  r->tstart[0] = 0;
  for (size_t i = 0; i < n; i++) {
    r->s = grow_to(r->s, &r->caps, i + 1, sizeof *r->s);
    r->tstart = grow_to(r->tstart, &r->captstart, i + 2, sizeof *r->tstart);
    tenor_sentence *s = &r->s[i];
    memset(s, 0, sizeof *s);
    long long speaker;
    size_t nt;
    if (next_line(r) != 0)
      return bad(r, "the file ends inside a document");
    if (fields(r, NULL, "%a%a%a%a%l%z", &s->tone, &s->tone_norm, &s->hostility,
               &s->cooperation, &speaker, &nt) != 0)
      return -1;
    if (speaker < -1 || speaker >= (long long)nact || nt > nact)
      return bad(r, "speaker %lld or %zu targets of %zu actors", speaker, nt, nact);
    s->speaker = speaker < 0 ? TENOR_NO_ACTOR : (size_t)speaker;
    r->targets = grow_to(r->targets, &r->captargets, r->ntargets + 1, sizeof *r->targets);
    for (size_t t = 0; t < nt; t++) {
      r->targets = grow_to(r->targets, &r->captargets, r->ntargets + 1, sizeof *r->targets);
      tenor_target *x = &r->targets[r->ntargets++];
      if (next_line(r) != 0)
        return bad(r, "the file ends inside a document");
      if (fields(r, NULL, "%z%a%a%a%a", &x->actor, &x->tone, &x->hostility, &x->cooperation,
                 &x->stance) != 0)
        return -1;
      if (x->actor >= nact)
        return bad(r, "target %zu of %zu actors", x->actor, nact);
    }
    r->tstart[i + 1] = r->ntargets;
    r->n = i + 1;
  }
  for (size_t k = 0; k < r->nact; k++)
    free(r->ids[k]);
  r->nact = 0;
  for (size_t k = 0; k < nact; k++, r->nact++) {
    if (k + 1 > r->capact) { /* ids and act share capact */
      size_t cap = r->capact;
      r->ids = grow_to(r->ids, &cap, k + 1, sizeof *r->ids);
      r->act = xrealloc(r->act, cap * sizeof *r->act);
      r->capact = cap;
    }
    if (get_str(r, &r->ids[k], NULL) != 0)
      return -1;
    memset(&r->act[k], 0, sizeof r->act[k]);
    r->act[k].id = r->ids[k];
    r->act[k].name = r->act[k].affiliation = "";
  }
  r->extra = grow_to(r->extra, &r->capextra, 1, sizeof *r->extra);
  for (size_t i = 0; i < n && nextra; i++) {
    if (next_line(r) != 0)
      return bad(r, "the file ends inside a document");
    r->extra = grow_to(r->extra, &r->capextra, (i + 1) * nextra, sizeof *r->extra);
    char *p = r->buf, *end;
    for (size_t k = 0; k < nextra; k++, p = end) {
      r->extra[i * nextra + k] = strtod(p, &end);
      if (end == p)
        return bad(r, "expected %zu numbers, got '%.40s'", nextra, r->buf);
    }
    if (*p)
      return bad(r, "expected %zu numbers, got '%.40s'", nextra, r->buf);
  }
  return 1;
}

void partial_values(const partial_reader *r, doc_values *v) {
  v->s = r->s;
  v->n = r->n;
  v->act = r->act;
  v->nact = r->nact;
  v->targets = r->targets;
  v->tstart = r->tstart;
  v->extra = r->info.ncat && r->n ? r->extra : NULL;
  v->nextra = r->info.ncat;
}

int partial_compatible(const partial_reader *a, const partial_reader *b) {
  const partial_info *x = &a->info, *y = &b->info;
  const char *what = NULL;
  if (strcmp(x->tenor, y->tenor))
    what = "another tenor version";
  else if (x->lexicons != y->lexicons)
    what = "other lexicons (or lexicon options)";
  else if (x->actors != y->actors)
    what = "another actor list";
  else if (x->level != y->level || x->max_bytes != y->max_bytes || x->max_doc != y->max_doc)
    what = "other --level, --max-sentence-bytes or --max-doc-bytes";
  else if (memcmp(&x->format, &y->format, sizeof x->format))
    what = "another table format (--excel, --tsv, --sep, --decimal)";
  else if (x->nshards != y->nshards)
    what = "another number of shards";
  if (what) {
    msg("%s was made with %s than %s: they cannot be merged", b->path, what, a->path);
    return 0;
  }
  return 1;
}

void partial_read_close(partial_reader *r) {
  if (r->f && r->f != stdin)
    fclose(r->f);
  partial_info *in = &r->info;
  free(in->tenor);
  for (size_t k = 0; k < in->ncat; k++)
    free(in->categories[k]);
  free(in->categories);
  for (int k = 0; k < NTABLES; k++) {
    free(in->header[k]);
    free(r->rows[k]);
  }
  for (size_t k = 0; k < r->nact; k++)
    free(r->ids[k]);
  free(r->ids);
  free(r->act);
  free(r->id);
  free(r->group);
  free(r->date);
  free(r->buf);
  free(r->s);
  free(r->targets);
  free(r->tstart);
  free(r->extra);
  memset(r, 0, sizeof *r);
}
