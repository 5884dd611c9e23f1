/*
 * corpus.c - the documents of a run, for tenor score and tenor compare.
 *
 * Both commands take the same inputs (files, folders, stdin, CSV corpora),
 * lexicons and actor lists; this file parses those options, loads the
 * data, checks that every document id is unique before anything is
 * scored, and then reads, repairs and analyses one document after
 * another, in the order of their ids (order.h) whatever the order of the
 * inputs, reporting bad text with FILE:LINE and going on.  No list of
 * the documents is kept: a folder is walked as it is scored, so that
 * memory does not grow with the corpus.  It also sets
 * the output format of the tables (--excel, --tsv, --sep, --decimal),
 * reports each stage with --verbose, and draws a progress line on a
 * terminal.
 */
#define _POSIX_C_SOURCE 200809L
#include "corpus.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>

#include "defaults.h"
#include "order.h"
#include "sbuf.h"
#include "table.h"
#include "util.h"

#define LEXICON_HELP                                                                    \
  "  -l, --lexicon FILE          add or override lexicon entries from FILE\n"            \
  "                              (repeatable; later files win); its format is\n"         \
  "                              detected: native CSV, vader, afinn, liwc, lsd,\n"       \
  "                              nrc or mpqa (see docs/formats.md)\n"                    \
  "      --lexicon-format NAME   read every --lexicon file in format NAME\n"             \
  "      --no-default-lexicons   do not load the built-in lexicons\n"                    \
  "      --exact                 the built-in lexicons match exact words only\n"         \
  "                              (by default attack also matches attacked)\n"            \
  "      --stem                  --lexicon files match inflections too\n"

const char corpus_lexicon_help[] = LEXICON_HELP;

const char corpus_help[] =
    LEXICON_HELP
    "      --actor-list FILE       add or override actors from FILE (repeatable)\n"
    "      --no-default-actors     do not load the built-in actor list\n"
    "      --level LEVEL           report people as themselves (person, the\n"
    "                              default) or as their affiliation (affiliation)\n"
    "      --csv FILE              read documents from the rows of a CSV corpus\n"
    "                              (repeatable)\n"
    "      --text-col NAME         its text column (default text); likewise\n"
    "      --id-col, --group-col, --date-col, --title-col NAME\n"
    "                              (defaults id, group, date, title)\n"
    "      --group NAME            the group of the files and stdin\n"
    "      --group-by-dir          a file's group is its first folder below the\n"
    "                              input folder\n"
    "      --date-from-name        a file's date is the YYYY-MM-DD its name starts with\n"
    "      --max-sentence-bytes N  cut longer sentences at a token boundary\n"
    "                              (default 65536; 0 for no limit)\n"
    "      --max-doc-bytes N       cut longer documents at the end of a line\n"
    "                              (default 67108864, 64 MiB; 0 for no limit)\n"
    "      --excel                 for spreadsheets: a UTF-8 byte-order mark and\n"
    "                              CRLF line ends in every table\n"
    "      --tsv                   tab-separated tables, quoted only where needed\n"
    "      --sep C                 the field separator: , ; tab or | (default ,)\n"
    "      --decimal C             the decimal mark of numbers: . (the default) or ,\n"
    "                              (then with another separator: --sep ';')\n"
    "  -j, --jobs N                analyse N documents at once (default: one per\n"
    "                              core; never more than the files given, when\n"
    "                              there is no folder or CSV corpus); the output\n"
    "                              is the same for every N\n"
    "      --shard K/N             only every Nth document, from the Kth (from 0):\n"
    "                              one shard of a run split over N processes\n"
    "      --quiet                 no progress line on a terminal\n"
    "      --verbose               report each stage on stderr: lexicons, actors,\n"
    "                              inputs, every document scored\n";

void corpus_opts_init(corpus_opts *o, int argc) {
  memset(o, 0, sizeof *o);
  size_t n = (size_t)(argc > 0 ? argc : 1);
  o->lexfiles = xmalloc(n * sizeof *o->lexfiles);
  o->actorfiles = xmalloc(n * sizeof *o->actorfiles);
  o->csvfiles = xmalloc(n * sizeof *o->csvfiles);
  o->default_lexicons = o->default_actors = 1;
  o->lexformat = TENOR_FORMAT_AUTO;
  o->nshards = 1;
  o->max_doc_bytes = DEFAULT_MAX_DOC_BYTES;
  tenor_options_init(&o->opt);
}

void corpus_opts_free(corpus_opts *o) {
  free(o->lexfiles);
  free(o->actorfiles);
  free(o->csvfiles);
}

int corpus_option(corpus_opts *o, const char *cmd, int c, const char *arg) {
  switch (c) {
  case 'l':
    o->lexfiles[o->nlex++] = (char *)arg;
    return 1;
  case CO_NO_LEXICONS:
    o->default_lexicons = 0;
    return 1;
  case CO_LEXICON_FORMAT:
    o->lexformat = tenor_format_parse(arg); /* auto gives TENOR_FORMAT_AUTO */
    if (o->lexformat < TENOR_FORMAT_AUTO) {
      corpus_opts_free(o);
      usage_error(cmd, "--lexicon-format takes native, vader, afinn, liwc, lsd, nrc, mpqa or "
                       "auto, not '%s'", arg);
    }
    return 1;
  case CO_EXACT:
    o->exact = 1;
    return 1;
  case CO_STEM:
    o->stem = 1;
    return 1;
  case CO_ACTOR_LIST:
    o->actorfiles[o->nactors++] = (char *)arg;
    return 1;
  case CO_NO_ACTORS:
    o->default_actors = 0;
    return 1;
  case CO_LEVEL:
    if (!strcmp(arg, "person"))
      o->opt.level = TENOR_LEVEL_PERSON;
    else if (!strcmp(arg, "affiliation"))
      o->opt.level = TENOR_LEVEL_AFFILIATION;
    else {
      corpus_opts_free(o);
      usage_error(cmd, "--level takes person or affiliation, not '%s'", arg);
    }
    return 1;
  case CO_MAX_SENTENCE:
    if (parse_size(arg, &o->opt.max_sentence_bytes) != 0) {
      corpus_opts_free(o);
      usage_error(cmd, "--max-sentence-bytes needs a whole number of bytes, not '%s'", arg);
    }
    return 1;
  case CO_MAX_DOC:
    if (parse_size(arg, &o->max_doc_bytes) != 0) {
      corpus_opts_free(o);
      usage_error(cmd, "--max-doc-bytes needs a whole number of bytes, not '%s'", arg);
    }
    return 1;
  case CO_CSV:
    o->csvfiles[o->ncsv++] = (char *)arg;
    return 1;
  case CO_TEXT_COL:
    o->cols.text = arg;
    return 1;
  case CO_ID_COL:
    o->cols.id = arg;
    return 1;
  case CO_GROUP_COL:
    o->cols.group = arg;
    return 1;
  case CO_DATE_COL:
    o->cols.date = arg;
    return 1;
  case CO_TITLE_COL:
    o->cols.title = arg;
    return 1;
  case CO_GROUP:
    o->labels.group = arg;
    return 1;
  case CO_GROUP_BY_DIR:
    o->labels.group_by_dir = 1;
    return 1;
  case CO_DATE_FROM_NAME:
    o->labels.date_from_name = 1;
    return 1;
  case CO_EXCEL:
    o->excel = 1;
    return 1;
  case CO_TSV:
    o->tsv = 1;
    return 1;
  case CO_SEP:
    if (!strcmp(arg, ",") || !strcmp(arg, ";") || !strcmp(arg, "|"))
      o->sep = arg[0];
    else if (!strcmp(arg, "tab") || !strcmp(arg, "\t"))
      o->sep = '\t';
    else {
      corpus_opts_free(o);
      usage_error(cmd, "--sep takes ',', ';', 'tab' or '|', not '%s'", arg);
    }
    return 1;
  case CO_DECIMAL:
    if (strcmp(arg, ".") && strcmp(arg, ",")) {
      corpus_opts_free(o);
      usage_error(cmd, "--decimal takes '.' or ',', not '%s'", arg);
    }
    o->decimal = arg[0];
    return 1;
  case CO_QUIET:
    o->quiet = 1;
    return 1;
  case CO_SHARD: {
    unsigned k, n;
    char tail;
    if (sscanf(arg, "%u/%u%c", &k, &n, &tail) != 2 || n < 1 || n > 100000 || k >= n) {
      corpus_opts_free(o);
      usage_error(cmd, "--shard takes K/N with 0 <= K < N (0/3, 1/3, 2/3), not '%s'", arg);
    }
    o->shard = k;
    o->nshards = n;
    return 1;
  }
  case CO_JOBS: {
    size_t j;
    if (parse_size(arg, &j) != 0 || j < 1 || j > 1024) {
      corpus_opts_free(o);
      usage_error(cmd, "-j takes a number of jobs from 1 to 1024, not '%s'", arg);
    }
    o->jobs = (int)j;
    return 1;
  }
  case CO_VERBOSE:
    o->verbose = 1;
    return 1;
  default:
    return 0;
  }
}

/* The field separator the options ask for. */
static char separator(const corpus_opts *o) { return o->sep ? o->sep : o->tsv ? '\t' : ','; }

void corpus_opts_check(corpus_opts *o, const char *cmd) {
  if (o->nshards > 1 && strcmp(cmd, "score")) {
    corpus_opts_free(o);
    usage_error(cmd, "--shard is for tenor score --partial; merge the shards with tenor merge");
  }
  if (!o->default_lexicons && !o->nlex) {
    corpus_opts_free(o);
    usage_error(cmd, "--no-default-lexicons leaves nothing to score with; add --lexicon FILE");
  }
  if (o->tsv && o->sep && o->sep != '\t') {
    char c = o->sep;
    corpus_opts_free(o);
    usage_error(cmd, "--tsv separates fields with tabs; it cannot be combined with --sep '%c'", c);
  }
  if (o->decimal == ',' && separator(o) == ',') {
    corpus_opts_free(o);
    usage_error(cmd, "--decimal , needs another field separator than the comma: add --sep ';' "
                     "(or --sep tab, --sep '|', --tsv)");
  }
  corpus_apply_format(o);
}

void corpus_apply_format(const corpus_opts *o) {
  table_format f = {separator(o), o->decimal ? o->decimal : '.', o->excel, o->excel, o->tsv};
  table_set_format(&f);
}

/* ----------------------------------------------------------- loading */

/* Adds one file (a built-in one when `builtin`) to obj. */
typedef int (*add_fn)(void *obj, const char *name, const char *data, size_t len, int builtin,
                      tenor_diag *d);

/* What load_files loads: how to add a file, count the entries, and name
 * both in --verbose messages. */
typedef struct loader {
  add_fn add;
  size_t (*size)(const void *obj);
  const char *what;    /* "lexicon" */
  const char *entry;   /* "entry" */
  const char *entries; /* "entries" */
} loader;

/* A lexicon with the options its files are read with. */
typedef struct lexicon_target {
  tenor_lexicon *lex;
  const corpus_opts *o;
} lexicon_target;

static int add_lexicon(void *obj, const char *name, const char *data, size_t len, int builtin,
                       tenor_diag *d) {
  const lexicon_target *t = obj;
  if (builtin)
    return tenor_lexicon_add(t->lex, name, data, len, TENOR_FORMAT_NATIVE,
                             t->o->exact ? 0 : TENOR_LEX_STEM, d);
  return tenor_lexicon_add(t->lex, name, data, len, t->o->lexformat,
                           t->o->stem ? TENOR_LEX_STEM : 0, d);
}

static size_t lexicon_size(const void *obj) {
  return tenor_lexicon_size(((const lexicon_target *)obj)->lex);
}

static int add_actors(void *obj, const char *name, const char *data, size_t len, int builtin,
                      tenor_diag *d) {
  (void)builtin;
  return tenor_actors_add_csv(obj, name, data, len, d);
}

static size_t actors_size(const void *obj) { return tenor_actors_size(obj); }

static const loader lexicon_loader = {add_lexicon, lexicon_size, "lexicon", "entry", "entries"};
static const loader actor_loader = {add_actors, actors_size, "actor list", "actor", "actors"};

/* --verbose: what one file added. */
static void report_load(const loader *l, const void *obj, const char *name, int builtin,
                        size_t before) {
  size_t after = l->size(obj), added = after - before;
  msg("loaded %s %s%s: %zu new %s, %zu in all", l->what, name, builtin ? " (built in)" : "",
      added, added == 1 ? l->entry : l->entries, after);
}

/* Loads the built-in files (unless `defaults` is 0), then each named file;
 * prints the first error and returns -1.  With `verbose`, reports every
 * file loaded. */
static int load_files(void *obj, const loader *l, const tenor_default_lexicon *builtin,
                      int defaults, char **files, size_t nfiles, int verbose, uint64_t *hash) {
  tenor_diag d;
  for (const tenor_default_lexicon *b = builtin; defaults && b->name; b++) {
    size_t before = l->size(obj);
    if (hash)
      *hash = fnv1a(*hash, b->data, b->len);
    if (l->add(obj, b->name, b->data, b->len, 1, &d)) {
      msg("%s:%zu: %s", d.path, d.line, d.message);
      return -1;
    }
    if (verbose)
      report_load(l, obj, b->name, 1, before);
  }
  for (size_t i = 0; i < nfiles; i++) {
    size_t len;
    char *data = slurp_file(files[i], &len);
    if (!data)
      return -1;
    size_t before = l->size(obj);
    if (hash)
      *hash = fnv1a(*hash, data, len);
    int rc = l->add(obj, files[i], data, len, 0, &d);
    free(data);
    if (rc) {
      msg("%s:%zu: %s", d.path, d.line, d.message);
      return -1;
    }
    if (verbose)
      report_load(l, obj, files[i], 0, before);
  }
  if (verbose && !l->size(obj))
    msg("no %s loaded", l->entries);
  return 0;
}

/* ------------------------------------------------------- CSV corpora */

/* The id of a CSV row: its id column, or the corpus name and row number. */
static char *row_id(const input *in, const tenor_corpus_row *row) {
  return *row->id ? xstrdup(row->id) : xasprintf("%s-%zu", in->id, row->row);
}

/* Reads a CSV corpus and runs `fn` over its rows; 0 or EXIT_DATA. */
static int read_corpus(const corpus_opts *o, input *in, tenor_corpus_fn fn, void *ctx) {
  size_t len;
  int from_stdin = !strcmp(in->path, "-");
  char *data = from_stdin && in->data ? in->data : slurp_file(in->path, &len);
  if (!data)
    return EXIT_DATA;
  if (from_stdin && !in->data) { /* stdin can be read only once: keep it for the second pass */
    in->data = data;
    in->len = len;
  }
  if (from_stdin)
    len = in->len;
  tenor_diag d;
  int rc = tenor_corpus_read_csv(in->name, data, len, &o->cols, fn, ctx, &d);
  if (!from_stdin)
    free(data);
  if (rc) { /* the file itself is unusable: bad CSV, a missing column, no rows */
    msg("%s:%zu: %s", d.path, d.line, d.message);
    return EXIT_DATA;
  }
  return 0;
}

/* The size of an input in bytes, or -1 when it is not a regular file (a
 * pipe, a terminal); 0 when it cannot be found (it fails later). */
static long long input_size(const input *in) {
  struct stat st;
  int std = !in->path || !strcmp(in->path, "-");
  if (std ? fstat(0, &st) != 0 : stat(in->path, &st) != 0)
    return std ? -1 : 0;
  return S_ISREG(st.st_mode) ? (long long)st.st_size : -1;
}

/*
 * The usable rows of a CSV corpus, kept to be handed over in id order:
 * the file is read whole anyway, and a corpus is read once if it can be,
 * by the survey that checks the ids before the run (it is surveyed
 * whenever there is one), or else when the run opens it.  The rows are
 * sorted by id once read; the messages of the rows skipped are kept for
 * the run, which says them before it scores any row of the corpus.
 */

/* A usable row: its strings in the arena of its corpus. */
typedef struct csv_row {
  size_t at;       /* where its id starts in the arena; group, date and text follow, each after a NUL */
  size_t text_at;  /* where its text starts there */
  const char *id;  /* set once the arena is complete */
  size_t len;      /* the text's bytes kept: at most --max-doc-bytes + 1 */
  size_t text_len; /* its whole length, for the progress line */
  size_t line;     /* the line the row starts on */
} csv_row;

struct corpus_rows {
  int ready;        /* read (and sorted); the rest holds */
  int status;       /* EXIT_DATA when the corpus could not be read */
  sbuf arena;       /* the strings of the rows */
  csv_row *v;       /* the usable rows, in id order once ready */
  size_t n, cap;
  sbuf skipped;     /* the messages of the rows skipped, one a line */
  size_t nskipped;
  size_t generated; /* rows whose id is CORPUS-ROW */
  long long bytes;  /* of the rows' texts */
};

static void corpus_rows_free(corpus_rows *c) {
  sbuf_free(&c->arena);
  sbuf_free(&c->skipped);
  free(c->v);
  memset(c, 0, sizeof *c);
}

/* Keeps a row of corpus `in` (its text cut to max + 1 bytes when max is
 * not 0), or the message of a row skipped; returns the row's id. */
static const char *keep_row(corpus_rows *c, const input *in, size_t max,
                            const tenor_corpus_row *row, const tenor_diag *skipped) {
  if (!row) {
    sbuf_printf(&c->skipped, "%s:%zu: %s\n", skipped->path, skipped->line, skipped->message);
    c->nskipped++;
    return NULL;
  }
  if (c->n == c->cap) {
    c->cap = c->cap ? 2 * c->cap : 256;
    c->v = xrealloc(c->v, c->cap * sizeof *c->v);
  }
  size_t n = row->text_len; /* a longer text is cut in the worker */
  if (max && n > max)
    n = max + 1;
  csv_row *r = &c->v[c->n++];
  r->at = c->arena.n;
  r->id = NULL;
  r->len = n;
  r->text_len = row->text_len;
  r->line = row->line;
  if (*row->id) {
    sbuf_put(&c->arena, row->id, strlen(row->id) + 1);
  } else { /* CORPUS-ROW, without printf: a corpus may have millions of rows */
    c->generated++;
    char num[24], *end = put_decimal(num, row->row);
    *end++ = 0;
    sbuf_put(&c->arena, in->id, strlen(in->id));
    sbuf_put(&c->arena, "-", 1);
    sbuf_put(&c->arena, num, (size_t)(end - num));
  }
  sbuf_put(&c->arena, row->group, strlen(row->group) + 1);
  sbuf_put(&c->arena, row->date, strlen(row->date) + 1);
  r->text_at = c->arena.n;
  sbuf_put(&c->arena, row->text, n);
  sbuf_put(&c->arena, "", 1);
  c->bytes += (long long)row->text_len;
  return c->arena.s + r->at;
}

/* A row to sort: the key of its id (order_key) first, small enough for
 * qsort to move itself rather than sort pointers to it. */
typedef struct sort_item {
  uint64_t key;
  const char *id;
  size_t row;
} sort_item;

static int cmp_items(const void *a, const void *b) {
  const sort_item *x = a, *y = b;
  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return order_cmp(x->id, y->id);
}

/* Once every row is kept: their ids, and their order. */
static void corpus_rows_sort(corpus_rows *c) {
  /* Rows without an id column are in order as they come (CORPUS-1,
   * CORPUS-2, ...); most others are too, exported in id order. */
  int sorted = 1, check = c->generated < c->n;
  for (size_t i = 0; i < c->n; i++) {
    c->v[i].id = c->arena.s + c->v[i].at;
    if (check && sorted && i && order_cmp(c->v[i - 1].id, c->v[i].id) > 0)
      sorted = 0;
  }
  if (!sorted) {
    sort_item *v = xmalloc(c->n * sizeof *v);
    for (size_t i = 0; i < c->n; i++) {
      v[i].key = order_key(c->v[i].id);
      v[i].id = c->v[i].id;
      v[i].row = i;
    }
    qsort(v, c->n, sizeof *v, cmp_items);
    csv_row *rows = xmalloc(c->n * sizeof *rows);
    for (size_t i = 0; i < c->n; i++)
      rows[i] = c->v[v[i].row];
    free(c->v);
    free(v);
    c->v = rows;
    c->cap = c->n;
  }
  c->ready = 1;
}

typedef struct row_pass {
  corpus_rows *c;
  const input *in;
  size_t max;
} row_pass;

static int keep_row_fn(void *ctx, const tenor_corpus_row *row, const tenor_diag *skipped) {
  row_pass *p = ctx;
  keep_row(p->c, p->in, p->max, row, skipped);
  return 0;
}

/* Reads CSV corpus `in` into c, sorted, unless c is ready. */
static void corpus_rows_read(corpus_rows *c, input *in, const corpus *cp, const corpus_opts *o) {
  if (c->ready)
    return;
  row_pass p = {c, in, cp->max_doc};
  c->status = read_corpus(o, in, keep_row_fn, &p);
  corpus_rows_sort(c);
}

/* ------------------------------------------------------- the survey */

/*
 * A walk over the inputs before the run that scores nothing and keeps
 * nothing per document but, when ids could repeat, a 64-bit hash of its
 * id: the counts for --verbose and the progress line, and the check that
 * no two documents share an id before anything is scored.  Only if two
 * hashes are equal does a second walk keep every id and name (id_list),
 * to name both places of each duplicate, or find none: a collision.  The
 * rows of a CSV corpus, read whole here, are kept for the run
 * (corpus_rows), which need not read the corpus again.
 */
typedef struct survey {
  const input *in;   /* the input being surveyed */
  int sizes;         /* stat every file for the total of bytes */
  id_hashes *hashes; /* the ids' hashes, or NULL */
  id_list *ids;      /* every id and where it is, or NULL */
  size_t docs;       /* documents: files, stdin and usable CSV rows */
  size_t files;      /* files, given or found in folders */
  size_t rows;       /* usable CSV rows */
  size_t csvs;       /* CSV corpora */
  int std;           /* stdin is an input */
  long long bytes;   /* of all inputs, -1 when one is not known (a pipe) */
  corpus_rows *keep; /* the rows of the CSV corpus being surveyed go here, or NULL */
  size_t max_doc;    /* --max-doc-bytes, for the texts kept */
} survey;

static void survey_size(survey *s, const input *in) {
  if (!s->sizes || s->bytes < 0)
    return;
  long long size = input_size(in);
  s->bytes = size < 0 ? -1 : s->bytes + size;
}

/* A document with its id and where it is (name: made only for id_list). */
static void survey_doc(survey *s, const char *id, const char *name) {
  s->docs++;
  if (s->hashes)
    id_hashes_add(s->hashes, id);
  if (s->ids)
    id_list_add(s->ids, id, name);
}

static void survey_file(void *ctx, const input *in) {
  survey *s = ctx;
  s->files++;
  survey_size(s, in);
  survey_doc(s, in->id, in->name);
}

static int survey_row(void *ctx, const tenor_corpus_row *row, const tenor_diag *skipped) {
  survey *s = ctx;
  if (s->keep) { /* the run takes the rows from here, without reading the corpus again */
    const char *id = keep_row(s->keep, s->in, s->max_doc, row, skipped);
    if (id) {
      s->rows++;
      char *where = s->ids ? xasprintf("%s:%zu", s->in->name, row->line) : NULL;
      survey_doc(s, id, where);
      free(where);
    }
    return 0;
  }
  if (!row)
    return 0; /* reported when the rows are scored */
  s->rows++;
  char *id = row_id(s->in, row);
  char *where = s->ids ? xasprintf("%s:%zu", s->in->name, row->line) : NULL;
  survey_doc(s, id, where);
  free(id);
  free(where);
  return 0;
}

/* Surveys every input in order; 0, or EXIT_DATA when a CSV corpus cannot
 * be read (after its message).  A folder's problems are reported when it
 * is scored, in their place, not here. */
static int survey_inputs(corpus *cp, const corpus_opts *o, survey *s) {
  input_visitor files = {survey_file, NULL, s};
  for (size_t i = 0; i < cp->inputs.n; i++) {
    input *in = &cp->inputs.v[i];
    s->in = in;
    if (in->csv) {
      s->csvs++;
      survey_size(s, in);
      /* the first survey keeps the rows for the run */
      s->keep = cp->csv && !cp->csv[i].ready ? &cp->csv[i] : NULL;
      int rc = read_corpus(o, in, survey_row, s);
      if (s->keep) {
        s->keep->status = rc;
        corpus_rows_sort(s->keep);
      }
      s->keep = NULL;
      if (rc != 0)
        return EXIT_DATA;
    } else if (in->dir) {
      input_walk(in, &o->labels, &files);
    } else if (!in->path) {
      s->std = 1;
      survey_size(s, in);
      survey_doc(s, in->id, in->name);
    } else {
      survey_file(s, in);
    }
  }
  return 0;
}

/* After two hashes were equal: every id and name, and a message for each
 * id found twice (EXIT_DATA); 0 when there is none (the hashes collided). */
static int check_ids_exactly(corpus *cp, const corpus_opts *o) {
  id_list ids = {NULL, 0, 0};
  survey s;
  memset(&s, 0, sizeof s);
  s.ids = &ids;
  int rc = survey_inputs(cp, o, &s);
  if (!rc && id_list_check(&ids) != 0)
    rc = EXIT_DATA;
  id_list_free(&ids);
  return rc;
}

/* --verbose: how many documents were found, and where. */
static void report_inputs(const survey *s) {
  char parts[256] = "";
  size_t k = 0;
  if (s->files)
    k += (size_t)snprintf(parts + k, sizeof parts - k, "%zu file%s", s->files,
                          s->files == 1 ? "" : "s");
  if (s->std)
    k += (size_t)snprintf(parts + k, sizeof parts - k, "%sstandard input", k ? ", " : "");
  if (s->csvs)
    snprintf(parts + k, sizeof parts - k, "%s%zu row%s of %zu CSV corp%s", k ? ", " : "", s->rows,
             s->rows == 1 ? "" : "s", s->csvs, s->csvs == 1 ? "us" : "ora");
  msg("found %zu document%s to score%s%s", s->docs, s->docs == 1 ? "" : "s", *parts ? ": " : "",
      parts);
}

/* Whether the progress line can be drawn (progress_start decides, once the
 * tables are open). */
static int progress_possible(const corpus_opts *o) { return !o->quiet && isatty(2); }

/* Surveys the inputs if anything needs it: the counts (--verbose, the
 * progress line) or the check of ids.  The files of one folder have
 * distinct paths, so distinct ids: one input needs no check, unless it is
 * a CSV corpus.  0, or EXIT_DATA after the messages. */
static int survey_if_needed(corpus *cp, const corpus_opts *o) {
  int check = cp->inputs.n > 1 || o->ncsv;
  if (!check && !o->verbose && !progress_possible(o))
    return 0;
  id_hashes hashes = {NULL, 0, 0};
  survey s;
  memset(&s, 0, sizeof s);
  s.sizes = progress_possible(o);
  s.hashes = check ? &hashes : NULL;
  s.max_doc = cp->max_doc;
  int rc = survey_inputs(cp, o, &s);
  if (!rc && check && id_hashes_repeat(&hashes))
    rc = check_ids_exactly(cp, o);
  id_hashes_free(&hashes);
  if (rc)
    return rc;
  cp->surveyed = 1;
  cp->ndocs = s.docs;
  cp->bytes = s.sizes ? s.bytes : -1;
  if (o->verbose)
    report_inputs(&s);
  return 0;
}

int corpus_load_lexicons(tenor_lexicon *lex, const corpus_opts *o) {
  uint64_t h;
  return corpus_load_lexicons_hash(lex, o, &h);
}

int corpus_load_lexicons_hash(tenor_lexicon *lex, const corpus_opts *o, uint64_t *hash) {
  lexicon_target t = {lex, o};
  /* what the files are and how they are read */
  char how[64];
  int n = snprintf(how, sizeof how, "lexicons %d %d %d", o->lexformat, o->exact, o->stem);
  *hash = fnv1a(FNV1A_INIT, how, (size_t)n);
  return load_files(&t, &lexicon_loader, tenor_default_lexicons, o->default_lexicons, o->lexfiles,
                    o->nlex, o->verbose, hash);
}

int corpus_load_actors(tenor_actors *actors, const corpus_opts *o) {
  uint64_t h = FNV1A_INIT;
  return corpus_load_actors_hash(actors, o, &h);
}

int corpus_load_actors_hash(tenor_actors *actors, const corpus_opts *o, uint64_t *hash) {
  *hash = fnv1a(FNV1A_INIT, "actors", 6);
  return load_files(actors, &actor_loader, tenor_default_actors, o->default_actors,
                    o->actorfiles, o->nactors, o->verbose, hash);
}

int corpus_open(corpus *cp, const corpus_opts *o, char **args, int n, int *status) {
  memset(cp, 0, sizeof *cp);
  cp->lex = tenor_lexicon_new();
  cp->actors = tenor_actors_new();
  cp->max_bytes = o->opt.max_sentence_bytes;
  cp->max_doc = o->max_doc_bytes;
  cp->verbose = o->verbose;
  if (corpus_load_lexicons_hash(cp->lex, o, &cp->lex_hash) != 0 ||
      corpus_load_actors_hash(cp->actors, o, &cp->actor_hash) != 0) {
    *status = EXIT_DATA;
    return EXIT_DATA;
  }
  if (n == 0 && o->ncsv == 0)
    input_add(&cp->inputs, "-", &o->labels);
  for (int i = 0; i < n; i++)
    if (input_add(&cp->inputs, args[i], &o->labels) != 0)
      *status = EXIT_DATA;
  for (size_t i = 0; i < o->ncsv; i++)
    input_add_csv(&cp->inputs, o->csvfiles[i]);
  if (o->ncsv) {
    cp->csv = xmalloc(cp->inputs.n * sizeof *cp->csv);
    memset(cp->csv, 0, cp->inputs.n * sizeof *cp->csv);
  }
  if (survey_if_needed(cp, o) != 0) {
    *status = EXIT_DATA;
    return EXIT_DATA;
  }
  cp->opt = o->opt;
  return 0;
}

void corpus_close(corpus *cp) {
  for (size_t i = 0; cp->csv && i < cp->inputs.n; i++)
    corpus_rows_free(&cp->csv[i]);
  free(cp->csv);
  cp->csv = NULL;
  tenor_actors_free(cp->actors);
  tenor_lexicon_free(cp->lex);
  input_list_free(&cp->inputs);
}

/* ------------------------------------------------------ the progress */

/* One line on stderr, redrawn in place with \r at most four times a
 * second while documents are scored, and cleared before every message
 * (msg_set_hook) and at the end, so that it never mixes with them. */
static struct progress {
  int on;                  /* drawing at all */
  int drawn;               /* a line is on the terminal now */
  size_t width;            /* its width, to clear it */
  size_t docs, total_docs; /* documents done, and to do */
  long long bytes, total;  /* bytes done, and of all inputs (-1: not known) */
  double start, last;      /* when the run started, and the line was drawn */
} prog;

/* For --verbose: what the run scored. */
static struct totals {
  size_t docs, sentences;
} totals;

#define PROGRESS_INTERVAL 0.25 /* seconds between two redraws */

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress_clear(void) {
  if (!prog.drawn)
    return;
  fprintf(stderr, "\r%*s\r", (int)prog.width, "");
  prog.drawn = 0;
  prog.width = 0;
}

/* H:MM:SS, or M:SS under an hour. */
static void format_eta(char *buf, size_t size, double secs) {
  long long t = (long long)(secs + 0.5);
  if (t >= 3600)
    snprintf(buf, size, "%lld:%02lld:%02lld", t / 3600, t / 60 % 60, t % 60);
  else
    snprintf(buf, size, "%lld:%02lld", t / 60, t % 60);
}

/* A line of text built piece by piece, cut at its end if need be. */
typedef struct textline {
  char s[160];
  size_t n;
} textline;

#ifdef __GNUC__
__attribute__((format(printf, 2, 3)))
#endif
static void add(textline *l, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(l->s + l->n, sizeof l->s - l->n, fmt, ap);
  va_end(ap);
  if (r > 0)
    l->n = l->n + (size_t)r < sizeof l->s ? l->n + (size_t)r : sizeof l->s - 1;
}

/* Redraws the line, unless it was drawn less than PROGRESS_INTERVAL ago
 * and `force` is 0. */
static void progress_draw(int force) {
  if (!prog.on)
    return;
  double t = now();
  if (!force && t - prog.last < PROGRESS_INTERVAL)
    return;
  prog.last = t;
  double mb = (double)prog.bytes / 1e6, elapsed = t - prog.start;
  textline l = {"", 0};
  add(&l, "tenor: %zu/%zu document%s, %.1f", prog.docs, prog.total_docs,
      prog.total_docs == 1 ? "" : "s", mb);
  if (prog.total >= 0)
    add(&l, " of %.1f", (double)prog.total / 1e6);
  add(&l, " MB");
  if (elapsed >= PROGRESS_INTERVAL && prog.bytes > 0) {
    double rate = mb / elapsed;
    add(&l, ", %.1f MB/s", rate);
    if (prog.total >= prog.bytes) {
      char eta[32];
      format_eta(eta, sizeof eta, (double)(prog.total - prog.bytes) / 1e6 / rate);
      add(&l, ", ETA %s", eta);
    }
  }
  /* never wider than the terminal, or \r could not take it back */
  struct winsize ws;
  if (ioctl(2, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 1 && l.n >= ws.ws_col)
    l.n = (size_t)ws.ws_col - 1;
  l.s[l.n] = 0;
  size_t pad = prog.width > l.n ? prog.width - l.n : 0;
  fprintf(stderr, "\r%s%*s", l.s, (int)pad, "");
  prog.width = l.n + pad;
  prog.drawn = 1;
}

/* Starts the progress line, if stderr is a terminal, --quiet is not given
 * and no table goes to a terminal on stdout (its rows would mix with it).
 * Its totals come from the survey, which corpus_open makes whenever the
 * line can be drawn. */
static void progress_start(const corpus *cp, const corpus_opts *o) {
  memset(&prog, 0, sizeof prog);
  if (o->quiet || !isatty(2) || (table_uses_stdout() && isatty(1)) || !cp->surveyed)
    return;
  prog.on = 1;
  prog.total_docs = cp->ndocs;
  prog.total = cp->bytes;
  prog.start = prog.last = now();
  msg_set_hook(progress_clear);
  progress_draw(1);
}

static void progress_end(void) {
  if (!prog.on)
    return;
  progress_clear();
  msg_set_hook(NULL);
  prog.on = 0;
}

/* ---------------------------------------------------------- the loop */

/* The 1-based line of byte `off` in text. */
static size_t line_of(const char *text, size_t off) {
  size_t line = 1;
  for (size_t i = 0; i < off; i++)
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == off || text[i + 1] != '\n')))
      line++;
  return line;
}

/* One more document done, of `bytes` bytes. */
static void progress_doc(long long bytes) {
  prog.docs++;
  prog.bytes += bytes;
  progress_draw(0);
}

/*
 * The documents go through a ring of slots.  The main thread meets them
 * in order and fills the slots: a file with its path, stdin and a CSV row
 * with their text; the workers (-j N: N - 1 of them, and the main thread
 * when it would wait) read the files, repair and analyse the texts, do
 * the doc_work and keep their messages (each thread has an analyzer of its
 * own, whose words met stay warm in its core's cache); the main thread
 * then empties the slots in the same order: it prints the messages and
 * hands each document to fn.  So the tables, the messages and the
 * statistics are the same, byte for byte, whatever the number of jobs.
 * With one job, everything is done in the main thread, one slot at a
 * time, with the slot's analyzer, and doc_work.direct takes the place of
 * the doc_work and fn.  A file that cannot be read keeps its slot with only its
 * message, and a skipped CSV row or a part of a folder that cannot be read
 * takes a slot of its own, so that their messages keep their place too.
 */

typedef struct slot {
  int state;           /* S_FREE, S_QUEUED, S_DONE */
  doc d;               /* the document; its strings are the slot's */
  char *strings;       /* the document's id, group, date, name and path, one block */
  const char *path;    /* a file the worker reads into buf first, or NULL */
  char *buf;           /* the text as read */
  int borrowed;        /* buf is a CSV stream's, which frees it, not the slot */
  size_t len;
  long long bytes;     /* for the progress line: the bytes the document stands for */
  long long adjust;    /* added to the progress line's bytes (a CSV corpus: its file's size
                          less its rows' texts) */
  int analyse;         /* 0: a message-only slot */
  tenor_analyzer *an;
  void *work;          /* the doc_work state of the slot */
  int work_status;     /* what doc_work.run returned */
  char *fixed;         /* the repaired text, or NULL when buf was clean */
  const char *text;
  size_t tlen, nsent;
  int status;
  int big;             /* counted in pipeline.big */
  sbuf msgs;           /* the messages, one per line */
} slot;

enum { S_FREE, S_QUEUED, S_DONE };

/* The longest text (bytes) whose working memory a slot keeps for the next
 * document: most news articles are shorter. */
#define SLOT_KEEP 8192

/* A text (bytes) small enough to wait for others before a worker is woken
 * (submit). */
#define SMALL_DOC 1024

typedef struct pipeline {
  corpus *cp;
  doc_fn fn;
  void *ctx;
  const doc_work *dw;  /* work done in the workers, or NULL (one job: fn is its direct) */
  tenor_analyzer *words_from; /* the first analyzer, whose word index all share */
  tenor_analyzer **own; /* per_thread: the main thread's analyzer (0), the workers' */
  dir_cache *dirs;     /* per thread (the main thread's first): the folder last read from */
  int per_thread;      /* an analyzer per thread (there are workers), not per slot */
  size_t big, big_max; /* documents in flight that are not small (see next_slot), and
                          how many may be */
  void **pool;         /* doc_work states of no slot, for the next ones */
  size_t npool, cappool;
  int started;         /* workers that have taken their analyzer */
  slot *slots;
  size_t nslots;
  size_t filled;       /* documents put into slots so far (the main thread's) */
  size_t submitted;    /* those of them the workers may take (see publish) */
  size_t analysed;     /* the next document a worker takes */
  size_t drained;      /* documents handed to fn so far */
  size_t docs;         /* documents met so far, in and out of the shard */
  unsigned shard, nshards;
  int status;
  int threads;         /* workers running (0: everything in the main thread) */
  int done;            /* no more documents */
  int idle;            /* workers waiting for a document */
  int waiting;         /* the main thread waits for the oldest slot */
  size_t ndone;        /* slots analysed and not yet handed over */
  pthread_t *tid;
  pthread_mutex_t lock;
  pthread_cond_t work, ready;
} pipeline;

/* Adds a message line to a slot. */
static void slot_msg(slot *sl, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void slot_msg(slot *sl, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *line = xvasprintf(fmt, ap);
  va_end(ap);
  sbuf_printf(&sl->msgs, "%s\n", line);
  free(line);
}

/* --max-doc-bytes: a longer document (buf holds at least max + 1 bytes of
 * it) is cut after the last line end within the limit, or, when its first
 * line is longer, within that line at a character boundary; the rest is
 * not scored.  Linear in the limit, like the reading. */
static void cut_doc(const corpus *cp, slot *sl) {
  size_t max = cp->max_doc, cut = max;
  if (!max || sl->len <= max)
    return;
  const char *b = sl->buf;
  while (cut > 0 && b[cut - 1] != '\n' && b[cut - 1] != '\r')
    cut--;
  int within = cut == 0;
  if (within) /* not inside a UTF-8 sequence (of at most three continuation bytes) */
    for (cut = max; cut > 0 && max - cut < 3 && ((unsigned char)b[cut] & 0xC0) == 0x80;)
      cut--;
  slot_msg(sl, "%s:%zu: document longer than %zu bytes cut %s this line (see --max-doc-bytes)",
           sl->d.name, sl->d.line0 + line_of(b, cut), max, within ? "within" : "before");
  sl->status = EXIT_DATA;
  sl->len = cut;
  sl->buf[cut] = 0;
}

/* Repairs and analyses the document of a slot, and words its problems;
 * runs in a worker. */
static void analyse(const corpus *cp, slot *sl) {
  const doc *d = &sl->d;
  tenor_text_info info;
  size_t fixed_len = 0;
  int err;
  cut_doc(cp, sl);
  sl->fixed = tenor_text_repair(sl->buf, sl->len, &fixed_len, &info, &err);
  if (err == TENOR_EUTF16) {
    slot_msg(sl, "%s:%zu: the text is UTF-16 or UTF-32, not UTF-8; convert it first "
                 "(iconv -t UTF-8)",
             d->name, d->line0 + 1);
    sl->status = EXIT_DATA;
    sl->text = NULL;
    return;
  }
  if (info.invalid) {
    slot_msg(sl, "%s:%zu: invalid UTF-8 replaced with U+FFFD (%zu sequence%s in this %s, the "
                 "first on this line)",
             d->name, d->line0 + info.invalid_line, info.invalid, info.invalid == 1 ? "" : "s",
             d->line0 ? "row" : "file");
    sl->status = EXIT_DATA;
  }
  if (info.nul) {
    slot_msg(sl, "%s:%zu: NUL byte replaced with U+FFFD (%zu in this %s, the first on this line)",
             d->name, d->line0 + info.nul_line, info.nul, d->line0 ? "row" : "file");
    sl->status = EXIT_DATA;
  }
  sl->text = sl->fixed ? sl->fixed : sl->buf + info.skip;
  sl->tlen = sl->fixed ? fixed_len : sl->len - info.skip;
  tenor_analyzer_run(sl->an, sl->text, sl->tlen);
  size_t n, cuts = 0, first_cut = 0;
  const tenor_sentence *s = tenor_analyzer_sentences(sl->an, &n);
  sl->nsent = n;
  for (size_t i = 0; i < n; i++)
    if ((s[i].flags & TENOR_SENT_CUT) && !cuts++)
      first_cut = s[i].start;
  if (cuts) {
    slot_msg(sl, "%s:%zu: sentence longer than %zu bytes cut at a token boundary (%zu cut%s in "
                 "this %s; see --max-sentence-bytes)",
             d->name, d->line0 + line_of(sl->text, first_cut), cp->max_bytes, cuts,
             cuts == 1 ? "" : "s", d->line0 ? "row" : "file");
    sl->status = EXIT_DATA;
  }
  if (!sl->tlen) {
    slot_msg(sl, "%s: empty file, nothing to score", d->name);
    sl->status = EXIT_DATA;
  } else if (!n) {
    if (d->line0)
      slot_msg(sl, "%s:%zu: no words to score in document %s", d->name, d->line0 + 1, d->id);
    else
      slot_msg(sl, "%s: no words to score", d->name);
    sl->status = EXIT_DATA;
  }
}

/* A file that could not be read: its slot keeps only the message (and
 * counts as a document of 0 bytes on the progress line, as before). */
static void read_failed(slot *sl, const char *what, int err) {
  char why[256];
  if (strerror_r(err, why, sizeof why) != 0) /* strerror is not safe in threads */
    snprintf(why, sizeof why, "error %d", err);
  slot_msg(sl, "%s %s: %s", what, sl->d.name, why);
  sl->status = EXIT_DATA;
  sl->analyse = 0;
  sl->bytes = 0;
}

/* Reads the slot's file into buf (in a worker, so that the main thread
 * does not read every file itself); 0, or -1 after its message. */
static int read_text(slot *sl, size_t max, dir_cache *dc) {
  long long size;
  int opened;
  /* no more than --max-doc-bytes in memory */
  sl->buf = read_path_upto(sl->path, dc, max, &sl->len, &size, &opened);
  if (!sl->buf) {
    read_failed(sl, opened ? "cannot read" : "cannot open", errno);
    return -1;
  }
  /* what the progress line counts: the whole file, also when it was cut */
  sl->bytes = max && sl->len > max && size >= 0 ? size : (long long)sl->len;
  return 0;
}

/* Reads (a file), analyses, then does the doc_work of the slot's document
 * (in a worker). */
static void analyse_and_work(pipeline *pl, slot *sl, int thread) {
  if (sl->path && read_text(sl, pl->cp->max_doc, &pl->dirs[thread]) != 0)
    return;
  if (pl->per_thread)
    sl->an = sl->d.an = pl->own[thread];
  analyse(pl->cp, sl);
  if (pl->dw && sl->text) {
    sl->work_status = pl->dw->run(sl->work, &sl->d, sl->text, sl->tlen);
  }
  if (pl->per_thread) /* the thread's analyzer goes on to its next document */
    sl->an = sl->d.an = NULL;
}

/* Whether the main thread, waiting for the oldest slot, should go on: it
 * is done, and so are half of the documents in flight, or no work is left
 * queued (the main thread waits only when the oldest slot is not done;
 * once woken it hands over every slot done in order without waiting).
 * Waking it for every document, each wake-up a futex call and a switch
 * on both sides, cost the workers about a fifth more time with two
 * threads than the same work on one; waking it for half the slots at
 * once, it hands them over and refills them in one go while the workers
 * go on with the other half.  Called with the lock held. */
static int main_may_go(const pipeline *pl) {
  return pl->slots[pl->drained % pl->nslots].state == S_DONE &&
         (2 * pl->ndone >= pl->submitted - pl->drained || pl->analysed == pl->submitted);
}

/* Whether a slot holds a small document (or only a message): see publish. */
static int small(const slot *sl) { return !sl->path && sl->len <= SMALL_DOC; }

/* How many queued slots a worker (or the main thread) takes at once (at
 * least one): a run of small documents, as many as one thread's share of
 * half the slots.  Called with the lock held; moves pl->analysed past
 * them. */
static size_t take(pipeline *pl) {
  size_t most = pl->nslots / (2 * ((size_t)pl->threads + 1)), n = 0;
  do
    n++;
  while (n < most && pl->analysed + n < pl->submitted &&
         small(&pl->slots[(pl->analysed + n - 1) % pl->nslots]) &&
         small(&pl->slots[(pl->analysed + n) % pl->nslots]));
  pl->analysed += n;
  return n;
}

static void *worker(void *arg) {
  pipeline *pl = arg;
  pthread_mutex_lock(&pl->lock);
  int me = ++pl->started; /* its analyzer, when each thread has one */
  for (;;) {
    while (pl->analysed == pl->submitted && !pl->done) {
      pl->idle++;
      pthread_cond_wait(&pl->work, &pl->lock);
      pl->idle--;
    }
    if (pl->analysed == pl->submitted)
      break;
    /* a document, or a run of small ones: one lock for all */
    size_t first = pl->analysed, n = take(pl);
    pthread_mutex_unlock(&pl->lock);
    for (size_t k = 0; k < n; k++) {
      slot *sl = &pl->slots[(first + k) % pl->nslots];
      if (sl->analyse)
        analyse_and_work(pl, sl, me);
    }
    pthread_mutex_lock(&pl->lock);
    for (size_t k = 0; k < n; k++)
      pl->slots[(first + k) % pl->nslots].state = S_DONE;
    pl->ndone += n;
    if (pl->waiting && main_may_go(pl))
      pthread_cond_signal(&pl->ready);
  }
  pthread_mutex_unlock(&pl->lock);
  return NULL;
}

/* Lets the workers take every slot filled so far, waking those that wait
 * when there is something for them.  Called with the lock held. */
static void publish_locked(pipeline *pl) {
  size_t fresh = pl->filled - pl->submitted;
  pl->submitted = pl->filled;
  if (fresh && pl->idle) {
    if (fresh > 1)
      pthread_cond_broadcast(&pl->work);
    else
      pthread_cond_signal(&pl->work);
  }
}

/* Hands the oldest document over (waiting for its analysis) and frees its slot. */
static void drain_one(pipeline *pl) {
  slot *sl = &pl->slots[pl->drained % pl->nslots];
  if (pl->threads) {
    pthread_mutex_lock(&pl->lock);
    if (sl->state != S_DONE) {
      publish_locked(pl); /* small documents may wait in their slots (submit) */
      while (!main_may_go(pl)) {
        /* Awake, the main thread hands the oldest over as soon as it is
         * done: waiting for half the documents in flight is only to spare
         * wake-ups, and a run of long documents would keep all their rows
         * (a 20 MB document has 40 MB of sentence rows) until then. */
        if (sl->state == S_DONE)
          break;
        if (pl->analysed < pl->submitted) {
          /* rather than wait, the main thread analyses the next documents
           * queued itself, as a worker would, with an analyzer of its own */
          size_t first = pl->analysed, n = take(pl);
          pthread_mutex_unlock(&pl->lock);
          for (size_t k = 0; k < n; k++) {
            slot *o = &pl->slots[(first + k) % pl->nslots];
            if (o->analyse)
              analyse_and_work(pl, o, 0);
          }
          pthread_mutex_lock(&pl->lock);
          for (size_t k = 0; k < n; k++)
            pl->slots[(first + k) % pl->nslots].state = S_DONE;
          pl->ndone += n;
          continue;
        }
        pl->waiting = 1;
        pthread_cond_wait(&pl->ready, &pl->lock);
        pl->waiting = 0;
      }
    }
    pl->ndone--;
    pthread_mutex_unlock(&pl->lock);
  } else if (sl->analyse) {
    analyse_and_work(pl, sl, 0);
  }
  for (char *line = sl->msgs.s, *nl; line && *line; line = nl + 1) {
    nl = strchr(line, '\n');
    *nl = 0;
    msg("%s", line);
  }
  int status = sl->status;
  if (sl->work_status > status)
    status = sl->work_status;
  if (sl->analyse && sl->text) {
    int s2 = pl->fn(pl->ctx, &sl->d, sl->text, sl->tlen);
    if (s2 > status)
      status = s2;
    totals.docs++;
    totals.sentences += sl->nsent;
    if (pl->cp->verbose) {
      if (sl->d.line0)
        msg("%s:%zu: document %s: %zu sentence%s scored", sl->d.name, sl->d.line0 + 1,
            sl->d.id, sl->nsent, sl->nsent == 1 ? "" : "s");
      else
        msg("%s: %zu sentence%s scored", sl->d.name, sl->nsent, sl->nsent == 1 ? "" : "s");
    }
  }
  if (status > pl->status)
    pl->status = status;
  prog.bytes += sl->adjust;
  if (sl->bytes >= 0)
    progress_doc(sl->bytes);
  free(sl->strings);
  if (!sl->borrowed)
    free(sl->buf);
  tenor_free(sl->fixed);
  sbuf_free(&sl->msgs);
  tenor_analyzer *an = sl->an;
  if (sl->work && pl->dw) {
    /* After a long document its rows' memory goes, so that memory follows
     * the documents in flight, not the longest ones ever met; else the
     * state waits in the pool for the next document. */
    if (sl->tlen > SLOT_KEEP) {
      pl->dw->state_free(sl->work);
    } else {
      if (pl->npool == pl->cappool) {
        pl->cappool = pl->cappool ? 2 * pl->cappool : 64;
        pl->pool = xrealloc(pl->pool, pl->cappool * sizeof *pl->pool);
      }
      pl->pool[pl->npool++] = sl->work;
    }
  }
  pl->big -= sl->big != 0;
  memset(sl, 0, sizeof *sl);
  sl->an = an;
  sl->state = S_FREE;
  pl->drained++;
}

/* The next free slot, in order (emptying the oldest first when all are
 * taken, or when as many documents that are not small as may be are in
 * flight: a slot holds a text and its rows, and the ring is long for the
 * sake of small documents). */
static slot *next_slot(pipeline *pl) {
  while (pl->filled - pl->drained == pl->nslots || (pl->big_max && pl->big >= pl->big_max))
    drain_one(pl);
  slot *sl = &pl->slots[pl->filled % pl->nslots];
  sl->bytes = -1;
  return sl;
}

/* Queues a filled slot for analysis. */
static void submit(pipeline *pl, slot *sl) {
  sl->state = S_QUEUED;
  pl->filled++;
  sl->big = !small(sl);
  pl->big += (size_t)sl->big;
  if (!pl->threads) {
    pl->submitted++;
    drain_one(pl);
    return;
  }
  /* Small documents (CSV rows of a sentence or two) are handed over
   * together, when half the slots wait or when the main thread waits for
   * the oldest (drain_one): one lock and at most one wake-up for several
   * documents, where one each cost more than their analysis. */
  if (!small(sl) || 2 * (pl->filled - pl->submitted) >= pl->nslots) {
    pthread_mutex_lock(&pl->lock);
    publish_locked(pl);
    pthread_mutex_unlock(&pl->lock);
  }
}

/* A slot with only a message (and a status), kept in order. */
static void submit_message(pipeline *pl, int status, long long bytes, long long adjust,
                           const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 5, 6)))
#endif
    ;
static void submit_message(pipeline *pl, int status, long long bytes, long long adjust,
                           const char *fmt, ...) {
  slot *sl = next_slot(pl);
  va_list ap;
  va_start(ap, fmt);
  char *line = fmt ? xvasprintf(fmt, ap) : NULL;
  va_end(ap);
  if (line)
    sbuf_printf(&sl->msgs, "%s\n", line);
  free(line);
  sl->status = status;
  sl->bytes = bytes;
  sl->adjust = adjust;
  submit(pl, sl);
}

/* Whether the next document is this process's (--shard); counts it. */
static int mine(pipeline *pl) { return pl->docs++ % pl->nshards == pl->shard; }

/* An analyzer for a slot or a thread, made in the main thread: the first
 * builds the word index that all share, before a worker uses it. */
static tenor_analyzer *new_analyzer(pipeline *pl) {
  tenor_analyzer *an = tenor_analyzer_new(pl->cp->lex, &pl->cp->opt);
  if (tenor_actors_size(pl->cp->actors))
    tenor_analyzer_set_actors(an, pl->cp->actors);
  if (!pl->words_from)
    pl->words_from = an;
  tenor_analyzer_share(an, pl->words_from);
  return an;
}

/* Copies s (n bytes and a NUL) to *at, and moves *at past it. */
static const char *copy_to(char **at, const char *s, size_t n) {
  char *o = *at;
  memcpy(o, s, n + 1);
  *at += n + 1;
  return o;
}

/* The next slot, filled with document d (whose strings it copies into one
 * block, with the file's `path` if there is one, unless they are
 * `lasting`: kept until every slot is emptied) and ready for its analysis;
 * the caller gives it a text, or the path is read. */
static slot *fill_doc(pipeline *pl, const doc *d, const char *path, int lasting) {
  slot *sl = next_slot(pl);
  sl->d = *d;
  if (!lasting) { /* a folder's files are gone when the slot is emptied */
    size_t nid = strlen(d->id), ngroup = strlen(d->group), ndate = strlen(d->date),
           nname = strlen(d->name), npath = path && path != d->name ? strlen(path) : 0;
    char *at = sl->strings = xmalloc(nid + ngroup + ndate + nname + npath + 5);
    sl->d.id = copy_to(&at, d->id, nid);
    sl->d.group = copy_to(&at, d->group, ngroup);
    sl->d.date = copy_to(&at, d->date, ndate);
    sl->d.name = copy_to(&at, d->name, nname);
    if (path) /* a folder's file is named by its path */
      sl->path = path == d->name ? sl->d.name : copy_to(&at, path, npath);
  }
  sl->analyse = 1;
  if (pl->per_thread && !pl->own[0]) {
    for (int k = 0; k <= pl->threads; k++)
      pl->own[k] = new_analyzer(pl);
  } else if (!pl->per_thread && !sl->an) {
    sl->an = new_analyzer(pl);
  }
  if (pl->dw && !sl->work)
    sl->work = pl->npool ? pl->pool[--pl->npool] : pl->dw->state_new(pl->ctx);
  sl->d.an = sl->an; /* where fn and the doc_work find the results */
  sl->d.work = sl->work;
  return sl;
}

/* A document whose text is buf[0..len) (taken over by the slot). */
static void submit_doc(pipeline *pl, const doc *d, char *buf, size_t len, long long bytes) {
  slot *sl = fill_doc(pl, d, NULL, 0);
  sl->buf = buf;
  sl->len = len;
  sl->bytes = bytes;
  submit(pl, sl);
}

/* A file, read by the worker that analyses it; stdin, read here. */
static void run_file(pipeline *pl, const input *in) {
  size_t index = pl->docs;
  if (!mine(pl))
    return;
  doc d = {in->id, in->group, in->date, in->name, 0, NULL, index, NULL};
  if (in->path) {
    slot *sl = fill_doc(pl, &d, in->path, 0);
    sl->bytes = 0; /* until it is read */
    submit(pl, sl);
    return;
  }
  size_t len;
  char *buf = read_upto(stdin, pl->cp->max_doc, &len);
  if (!buf) {
    submit_message(pl, EXIT_DATA, 0, 0, "cannot read %s: %s", in->name, strerror(errno));
    return;
  }
  submit_doc(pl, &d, buf, len, (long long)len);
}

/* A part of a folder that cannot be read, in its place among the
 * documents' messages. */
static void run_problem(void *ctx, const char *message) {
  submit_message(ctx, EXIT_DATA, -1, 0, "%s", message);
}

/* ------------------------------------------------------- the streams */

/*
 * Every input is a stream of documents in id order (order_cmp): a file
 * or stdin is one document, a folder is walked in id order, one file at a
 * time, and the usable rows of a CSV corpus are read (whole, as they
 * always were; usually by the survey) and sorted.  The run merges the streams by id with a heap, so
 * the documents reach the tables in id order whatever the order of the
 * inputs, and memory still does not grow with a folder.
 */

typedef struct stream {
  const input *in;
  const char *id;      /* the id of its next document; NULL when it has none left */
  input_walker *walk;  /* a folder: its walk, */
  const input *file;   /* and the next file the walk found */
  corpus_rows *csv;    /* a CSV corpus: its rows in id order, */
  size_t next;         /* and the next to hand over */
} stream;

/* Opens the stream of CSV corpus i: its rows, read now unless the survey
 * read them, and the messages of its skipped rows, said before any of its
 * rows is scored. */
static void open_csv(pipeline *pl, stream *s, size_t i, const corpus_opts *o) {
  corpus *cp = pl->cp;
  input *in = &cp->inputs.v[i];
  s->csv = &cp->csv[i];
  corpus_rows_read(s->csv, in, cp, o);
  if (in->data) { /* a corpus on stdin: no later pass needs it */
    free(in->data);
    in->data = NULL;
  }
  s->id = s->csv->n ? s->csv->v[0].id : NULL;
  for (char *line = s->csv->skipped.s, *nl; line && *line; line = nl + 1) {
    nl = strchr(line, '\n');
    *nl = 0;
    submit_message(pl, EXIT_DATA, -1, 0, "%s", line);
  }
  /* the rows count their texts; the corpus counts as its whole file */
  long long size = prog.on ? input_size(in) : -1;
  long long adjust = size > 0 ? size - s->csv->bytes : 0;
  size_t skipped = s->csv->nskipped;
  if (skipped)
    submit_message(pl, s->csv->status, -1, adjust, "%s: %zu row%s skipped", in->name, skipped,
                   skipped == 1 ? "" : "s");
  else
    submit_message(pl, s->csv->status, -1, adjust, NULL);
}

/* The folders of a run are walked side by side, each keeping a pass of
 * names; with many folders (a shell pattern that names every outlet's
 * folder), each keeps fewer, so that all of them keep about WALK_NAMES
 * (a big folder still keeps a 64th of its entries a pass, so that it
 * takes at most 64 passes). */
#define WALK_NAMES 65536
#define WALK_FEWEST 64

static void stream_open(pipeline *pl, stream *s, size_t i, size_t budget,
                        const corpus_opts *o) {
  const input *in = &pl->cp->inputs.v[i];
  memset(s, 0, sizeof *s);
  s->in = in;
  if (in->dir) {
    s->walk = input_walk_start(in, &o->labels, budget, run_problem, pl);
    s->file = input_walk_next(s->walk);
    s->id = s->file ? s->file->id : NULL;
  } else if (in->csv) {
    open_csv(pl, s, i, o);
  } else {
    s->id = in->id;
  }
}

/* The next row of a CSV stream, to be analysed: its text stays in the
 * corpus's arena (a cut at --max-doc-bytes writes a NUL there), which
 * lives until every slot is handed over. */
static void submit_row(pipeline *pl, stream *s) {
  const csv_row *r = &s->csv->v[s->next];
  size_t index = pl->docs;
  if (!mine(pl))
    return;
  const char *group = r->id + strlen(r->id) + 1, *date = group + strlen(group) + 1;
  doc d = {r->id, group, date, s->in->name, r->line - 1, NULL, index, NULL};
  slot *sl = fill_doc(pl, &d, NULL, 1); /* the rows and the input outlast the slots (run_inputs) */
  sl->buf = s->csv->arena.s + r->text_at;
  sl->borrowed = 1;
  sl->len = r->len;
  sl->bytes = (long long)r->text_len;
  submit(pl, sl);
}

/* Submits the stream's next document and moves on to the one after. */
static void stream_advance(pipeline *pl, stream *s) {
  if (s->walk) {
    run_file(pl, s->file);
    s->file = input_walk_next(s->walk);
    s->id = s->file ? s->file->id : NULL;
  } else if (s->in->csv) {
    submit_row(pl, s);
    s->next++;
    s->id = s->next < s->csv->n ? s->csv->v[s->next].id : NULL;
  } else {
    run_file(pl, s->in);
    s->id = NULL;
  }
}

static void stream_close(stream *s) {
  input_walk_end(s->walk);
  if (s->csv) /* the texts are needed no more once every slot is handed over */
    corpus_rows_free(s->csv);
}

static const char *stream_id(void *ctx, size_t k) { return ((stream *)ctx)[k].id; }

/* Every document of every input, in id order. */
static void run_inputs(pipeline *pl, const corpus_opts *o) {
  input_list *l = &pl->cp->inputs;
  stream *s = xmalloc((l->n ? l->n : 1) * sizeof *s);
  size_t folders = 0, budget;
  for (size_t i = 0; i < l->n; i++)
    if (l->v[i].dir)
      folders++;
  budget = folders ? WALK_NAMES / folders : 0;
  if (budget < WALK_FEWEST)
    budget = WALK_FEWEST;
  order_heap h;
  order_heap_init(&h, stream_id, s);
  for (size_t i = 0; i < l->n; i++) {
    stream_open(pl, &s[i], i, budget, o);
    order_heap_push(&h, i);
  }
  for (size_t k; (k = order_heap_top(&h)) != (size_t)-1;) {
    stream_advance(pl, &s[k]);
    order_heap_next(&h);
  }
  order_heap_free(&h);
  while (pl->drained < pl->filled) /* the slots may hold texts of the CSV corpora */
    drain_one(pl);
  for (size_t i = 0; i < l->n; i++)
    stream_close(&s[i]);
  free(s);
}

int corpus_run_with(corpus *cp, const doc_work *w, doc_fn fn, void *ctx, const corpus_opts *o) {
  pipeline pl;
  memset(&pl, 0, sizeof pl);
  pl.cp = cp;
  pl.fn = fn;
  pl.ctx = ctx;
  pl.dw = w;
  pl.shard = o->shard;
  pl.nshards = o->nshards ? o->nshards : 1;
  int jobs = o->jobs;
  if (jobs <= 0) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    jobs = n > 0 ? (int)(n > 64 ? 64 : n) : 1;
  }
  /* No more jobs than documents when that is known (files and stdin, no
   * folder or CSV corpus): one document is analysed faster by the main
   * thread alone than by a worker whose rows it then copies. */
  size_t known = 0;
  for (size_t i = 0; i < cp->inputs.n && known != SIZE_MAX; i++)
    known = cp->inputs.v[i].dir || cp->inputs.v[i].csv ? SIZE_MAX : known + 1;
  if (known < (size_t)jobs)
    jobs = known ? (int)known : 1;
  if (jobs == 1 && w->direct) { /* one thread: no state to hand over */
    pl.dw = NULL;
    pl.fn = w->direct;
  }
  /* Documents in flight: a slot keeps a text and its rows (each thread
   * has an analyzer of its own): 32 per job (1,024 at most), and up to 256
   * per job (8,192 at most) when they are small, so that the small
   * documents of a CSV corpus of sentences go to the workers in long runs
   * (submit, take) and the threads wake each other seldom: with eight
   * slots in all they woke each other so often that two cores took 3.5
   * times as long as one, and 256 instead of 32 took 10% off.  (When each
   * slot kept an analyzer, four per job was what memory allowed.) */
  pl.nslots = 1;
  if (jobs > 1) {
    pl.big_max = 32 * (size_t)jobs;
    if (pl.big_max > 1024)
      pl.big_max = 1024;
    pl.nslots = 8 * pl.big_max;
  }
  pl.slots = xmalloc(pl.nslots * sizeof *pl.slots);
  memset(pl.slots, 0, pl.nslots * sizeof *pl.slots);
  memset(&totals, 0, sizeof totals);
  int ndirs = jobs > 1 ? jobs : 1; /* one a thread, at most */
  pl.dirs = xmalloc((size_t)ndirs * sizeof *pl.dirs);
  for (int k = 0; k < ndirs; k++)
    pl.dirs[k] = (dir_cache)DIR_CACHE_INIT;
  progress_start(cp, o);
  if (jobs > 1) {
    pthread_mutex_init(&pl.lock, NULL);
    pthread_cond_init(&pl.work, NULL);
    pthread_cond_init(&pl.ready, NULL);
    pl.tid = xmalloc((size_t)jobs * sizeof *pl.tid);
    signals_block(); /* the workers never run the signal handler: the main thread does */
    /* N jobs are N - 1 workers and the main thread, which analyses queued
     * documents whenever it would wait (drain_one): N threads for N cores.
     * With N workers as well, the main thread's wake-ups took the workers'
     * cores from them (10,000 context switches for the 200 MB corpus on
     * two cores; about 300 now) and two cores took 8% more CPU time than
     * one. */
    for (int k = 0; k < jobs - 1; k++)
      if (pthread_create(&pl.tid[k], NULL, worker, &pl) == 0)
        pl.threads++;
    signals_unblock();
  }
  if (jobs > 1 && !pl.threads) { /* no thread could start: one job after all */
    pl.nslots = 1;
    pl.big_max = 0;
  }
  if (pl.threads) {
    pl.per_thread = 1;
    pl.own = xmalloc(((size_t)pl.threads + 1) * sizeof *pl.own);
    memset(pl.own, 0, ((size_t)pl.threads + 1) * sizeof *pl.own);
  }
  run_inputs(&pl, o);
  if (pl.threads) {
    pthread_mutex_lock(&pl.lock);
    publish_locked(&pl);
    pl.done = 1;
    pthread_cond_broadcast(&pl.work);
    pthread_mutex_unlock(&pl.lock);
  }
  while (pl.drained < pl.filled)
    drain_one(&pl);
  for (int k = 0; k < pl.threads; k++)
    pthread_join(pl.tid[k], NULL);
  if (jobs > 1) {
    pthread_mutex_destroy(&pl.lock);
    pthread_cond_destroy(&pl.work);
    pthread_cond_destroy(&pl.ready);
  }
  free(pl.tid);
  for (size_t k = 0; k < pl.nslots; k++) {
    tenor_analyzer_free(pl.slots[k].an);
    if (pl.dw && pl.slots[k].work)
      pl.dw->state_free(pl.slots[k].work);
  }
  for (size_t k = 0; pl.dw && k < pl.npool; k++) /* states exist only with a doc_work */
    pl.dw->state_free(pl.pool[k]);
  free(pl.pool);
  free(pl.slots);
  for (int k = 0; pl.own && k <= pl.threads; k++)
    tenor_analyzer_free(pl.own[k]);
  free(pl.own);
  for (int k = 0; k < ndirs; k++)
    dir_cache_free(&pl.dirs[k]);
  free(pl.dirs);
  progress_end();
  if (cp->verbose)
    msg("scored %zu document%s, %zu sentence%s", totals.docs, totals.docs == 1 ? "" : "s",
        totals.sentences, totals.sentences == 1 ? "" : "s");
  return pl.status;
}
