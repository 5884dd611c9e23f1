/*
 * corpus.c - the documents of a run, for tenor score and tenor compare.
 *
 * Both commands take the same inputs (files, folders, stdin, CSV corpora),
 * lexicons and actor lists; this file parses those options, loads the
 * data, checks that every document id is unique before anything is
 * scored, and then reads, repairs and analyses one document after
 * another, reporting bad text with FILE:LINE and going on.
 */
#define _POSIX_C_SOURCE 200809L
#include "corpus.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "defaults.h"
#include "util.h"

const char corpus_help[] =
    "  -l, --lexicon FILE          add or override lexicon entries from FILE\n"
    "                              (repeatable; later files win)\n"
    "      --no-default-lexicons   do not load the built-in lexicons\n"
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
    "                              (default 65536; 0 for no limit)\n";

void corpus_opts_init(corpus_opts *o, int argc) {
  memset(o, 0, sizeof *o);
  size_t n = (size_t)(argc > 0 ? argc : 1);
  o->lexfiles = xmalloc(n * sizeof *o->lexfiles);
  o->actorfiles = xmalloc(n * sizeof *o->actorfiles);
  o->csvfiles = xmalloc(n * sizeof *o->csvfiles);
  o->default_lexicons = o->default_actors = 1;
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
  default:
    return 0;
  }
}

void corpus_opts_check(corpus_opts *o, const char *cmd) {
  if (!o->default_lexicons && !o->nlex) {
    corpus_opts_free(o);
    usage_error(cmd, "--no-default-lexicons leaves nothing to score with; add --lexicon FILE");
  }
}

/* ----------------------------------------------------------- loading */

typedef int (*add_fn)(void *obj, const char *name, const char *data, size_t len, tenor_diag *d);

static int add_lexicon(void *obj, const char *name, const char *data, size_t len, tenor_diag *d) {
  return tenor_lexicon_add_csv(obj, name, data, len, d);
}

static int add_actors(void *obj, const char *name, const char *data, size_t len, tenor_diag *d) {
  return tenor_actors_add_csv(obj, name, data, len, d);
}

/* Reads a whole file; prints the reason and returns NULL on failure. */
static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    msg("cannot open %s: %s", path, strerror(errno));
    return NULL;
  }
  char *data = read_all(f, len);
  if (!data)
    msg("cannot read %s: %s", path, strerror(errno));
  fclose(f);
  return data;
}

/* Loads the built-in files (unless `defaults` is 0), then each named file;
 * prints the first error and returns -1. */
static int load_files(void *obj, add_fn add, const tenor_default_lexicon *builtin, int defaults,
                      char **files, size_t nfiles) {
  tenor_diag d;
  for (const tenor_default_lexicon *b = builtin; defaults && b->name; b++) {
    if (add(obj, b->name, b->data, b->len, &d)) {
      msg("%s:%zu: %s", d.path, d.line, d.message);
      return -1;
    }
  }
  for (size_t i = 0; i < nfiles; i++) {
    size_t len;
    char *data = slurp(files[i], &len);
    if (!data)
      return -1;
    int rc = add(obj, files[i], data, len, &d);
    free(data);
    if (rc) {
      msg("%s:%zu: %s", d.path, d.line, d.message);
      return -1;
    }
  }
  return 0;
}

/* ------------------------------------------------------- CSV corpora */

/* The id of a CSV row: its id column, or the corpus name and row number. */
static char *row_id(const input *in, const tenor_corpus_row *row) {
  return *row->id ? xstrdup(row->id) : xasprintf("%s-%zu", in->id, row->row);
}

typedef struct id_pass {
  id_list *ids;
  const input *in;
} id_pass;

static int collect_id(void *ctx, const tenor_corpus_row *row, const tenor_diag *skipped) {
  id_pass *p = ctx;
  if (!row)
    return 0; /* reported when the rows are scored */
  char *id = row_id(p->in, row), *where = xasprintf("%s:%zu", p->in->name, row->line);
  id_list_add(p->ids, id, where);
  free(id);
  free(where);
  (void)skipped;
  return 0;
}

/* Reads a CSV corpus and runs `fn` over its rows; 0 or EXIT_DATA. */
static int read_corpus(const corpus_opts *o, const input *in, tenor_corpus_fn fn, void *ctx) {
  size_t len;
  char *data = slurp(in->path, &len);
  if (!data)
    return EXIT_DATA;
  tenor_diag d;
  int rc = tenor_corpus_read_csv(in->name, data, len, &o->cols, fn, ctx, &d);
  free(data);
  if (rc) { /* the file itself is unusable: bad CSV, a missing column, no rows */
    msg("%s:%zu: %s", d.path, d.line, d.message);
    return EXIT_DATA;
  }
  return 0;
}

int corpus_open(corpus *cp, const corpus_opts *o, char **args, int n, int *status) {
  memset(cp, 0, sizeof *cp);
  cp->lex = tenor_lexicon_new();
  cp->actors = tenor_actors_new();
  cp->max_bytes = o->opt.max_sentence_bytes;
  if (load_files(cp->lex, add_lexicon, tenor_default_lexicons, o->default_lexicons, o->lexfiles,
                 o->nlex) != 0 ||
      load_files(cp->actors, add_actors, tenor_default_actors, o->default_actors, o->actorfiles,
                 o->nactors) != 0) {
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

  id_list ids = {NULL, 0, 0};
  int rc = 0;
  for (size_t i = 0; i < cp->inputs.n && !rc; i++) {
    const input *in = &cp->inputs.v[i];
    if (!in->csv) {
      id_list_add(&ids, in->id, in->name);
      continue;
    }
    id_pass p = {&ids, in};
    rc = read_corpus(o, in, collect_id, &p);
  }
  if (!rc && id_list_check(&ids) != 0)
    rc = EXIT_DATA;
  id_list_free(&ids);
  if (rc) {
    *status = EXIT_DATA;
    return EXIT_DATA;
  }
  cp->an = tenor_analyzer_new(cp->lex, &o->opt);
  if (tenor_actors_size(cp->actors))
    tenor_analyzer_set_actors(cp->an, cp->actors);
  return 0;
}

void corpus_close(corpus *cp) {
  tenor_analyzer_free(cp->an);
  tenor_actors_free(cp->actors);
  tenor_lexicon_free(cp->lex);
  input_list_free(&cp->inputs);
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

/* Repairs, analyses and hands over one document; returns its status. */
static int process(corpus *cp, const doc *d, const char *buf, size_t len, doc_fn fn, void *ctx) {
  tenor_text_info info;
  size_t fixed_len = 0;
  int err;
  char *fixed = tenor_text_repair(buf, len, &fixed_len, &info, &err);
  if (err == TENOR_EUTF16) {
    msg("%s:%zu: the text is UTF-16 or UTF-32, not UTF-8; convert it first "
        "(iconv -t UTF-8)",
        d->name, d->line0 + 1);
    return EXIT_DATA;
  }
  int status = EXIT_OK;
  if (info.invalid) {
    msg("%s:%zu: invalid UTF-8 replaced with U+FFFD (%zu sequence%s in this %s, the first "
        "on this line)",
        d->name, d->line0 + info.invalid_line, info.invalid, info.invalid == 1 ? "" : "s",
        d->line0 ? "row" : "file");
    status = EXIT_DATA;
  }
  if (info.nul) {
    msg("%s:%zu: NUL byte replaced with U+FFFD (%zu in this %s, the first on this line)",
        d->name, d->line0 + info.nul_line, info.nul, d->line0 ? "row" : "file");
    status = EXIT_DATA;
  }
  const char *text = fixed ? fixed : buf + info.skip;
  size_t tlen = fixed ? fixed_len : len - info.skip;
  tenor_analyzer_run(cp->an, text, tlen);
  size_t n, cuts = 0, first_cut = 0;
  const tenor_sentence *s = tenor_analyzer_sentences(cp->an, &n);
  for (size_t i = 0; i < n; i++)
    if ((s[i].flags & TENOR_SENT_CUT) && !cuts++)
      first_cut = s[i].start;
  if (cuts) {
    msg("%s:%zu: sentence longer than %zu bytes cut at a token boundary (%zu cut%s in this "
        "%s; see --max-sentence-bytes)",
        d->name, d->line0 + line_of(text, first_cut), cp->max_bytes, cuts, cuts == 1 ? "" : "s",
        d->line0 ? "row" : "file");
    status = EXIT_DATA;
  }
  if (!tlen) {
    msg("%s: empty file, nothing to score", d->name);
    status = EXIT_DATA;
  } else if (!n) {
    if (d->line0)
      msg("%s:%zu: no words to score in document %s", d->name, d->line0 + 1, d->id);
    else
      msg("%s: no words to score", d->name);
    status = EXIT_DATA;
  }
  int s2 = fn(ctx, d, text, tlen);
  tenor_free(fixed);
  return s2 > status ? s2 : status;
}

typedef struct row_pass {
  corpus *cp;
  const input *in;
  doc_fn fn;
  void *ctx;
  int status;
  size_t skipped;
} row_pass;

static int score_row(void *ctx, const tenor_corpus_row *row, const tenor_diag *skipped) {
  row_pass *p = ctx;
  if (!row) {
    msg("%s:%zu: %s", skipped->path, skipped->line, skipped->message);
    p->skipped++;
    p->status = EXIT_DATA;
    return 0;
  }
  char *id = row_id(p->in, row);
  doc d = {id, row->group, row->date, p->in->name, row->line - 1};
  int s = process(p->cp, &d, row->text, row->text_len, p->fn, p->ctx);
  if (s > p->status)
    p->status = s;
  free(id);
  return 0;
}

static int run_file(corpus *cp, const input *in, doc_fn fn, void *ctx) {
  FILE *f = in->path ? fopen(in->path, "rb") : stdin;
  if (!f) {
    msg("cannot open %s: %s", in->name, strerror(errno));
    return EXIT_DATA;
  }
  size_t len;
  char *buf = read_all(f, &len);
  int e = errno;
  if (f != stdin)
    fclose(f);
  if (!buf) {
    msg("cannot read %s: %s", in->name, strerror(e));
    return EXIT_DATA;
  }
  doc d = {in->id, in->group, in->date, in->name, 0};
  int status = process(cp, &d, buf, len, fn, ctx);
  free(buf);
  return status;
}

int corpus_run(corpus *cp, doc_fn fn, void *ctx, const corpus_opts *o) {
  int status = EXIT_OK;
  for (size_t i = 0; i < cp->inputs.n; i++) {
    const input *in = &cp->inputs.v[i];
    int s;
    if (in->csv) {
      row_pass p = {cp, in, fn, ctx, EXIT_OK, 0};
      s = read_corpus(o, in, score_row, &p);
      if (p.skipped)
        msg("%s: %zu row%s skipped", in->name, p.skipped, p.skipped == 1 ? "" : "s");
      if (p.status > s)
        s = p.status;
    } else {
      s = run_file(cp, in, fn, ctx);
    }
    if (s > status)
      status = s;
  }
  return status;
}
