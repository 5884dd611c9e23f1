/*
 * score_cmd.c - `tenor score`: documents in, scored sentences out.
 *
 * Loads the lexicons (the built-in ones, then each --lexicon in order),
 * gathers the documents, and streams one row per sentence to stdout or to
 * DIR/sentences.csv, with one row per document in DIR/documents.csv.
 * Problems with one document are reported and the rest are still scored;
 * the exit status is then 1.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"
#include "defaults.h"
#include "input.h"
#include "table.h"
#include "tenor.h"
#include "util.h"

static const char *const sentence_cols[] = {
    "doc_id", "sentence", "start", "end", "tokens", "hits", "tone", "tone_norm",
    "hostility", "cooperation", "n_pos", "n_neg", "text", NULL};
static const char *const document_cols[] = {
    "doc_id", "sentences", "tokens", "tone_mean", "tone_norm_mean", "hostility_mean",
    "hostility_per_100_tokens", "cooperation_mean", "cooperation_per_100_tokens", NULL};

static void help(void) {
  fputs("Usage: tenor score [OPTION...] [INPUT...]\n"
        "Score every sentence of the input for tone, hostility and cooperation.\n"
        "\n"
        "INPUT is a text file, a folder (every *.txt file below it, in sorted order)\n"
        "or - for stdin, which is also the default.\n"
        "\n"
        "  -o, --output DIR            write DIR/sentences.csv and DIR/documents.csv;\n"
        "                              without it, sentences.csv goes to stdout\n"
        "  -l, --lexicon FILE          add or override lexicon entries from FILE\n"
        "                              (repeatable; later files win)\n"
        "      --no-default-lexicons   do not load the built-in lexicons\n"
        "      --max-sentence-bytes N  cut longer sentences at a token boundary\n"
        "                              (default 65536; 0 for no limit)\n"
        "  -h, --help                  print this help and exit\n"
        "\n"
        "Exit status: 0 success, 1 bad input or a system error (the other\n"
        "documents are still scored), 2 a usage error.\n",
        stdout);
}

typedef struct run {
  tenor_analyzer *an;
  table sents, docs;
  int have_docs;
  size_t max_bytes;
} run;

static int load_lexicon(tenor_lexicon *lex, const char *name, const char *data, size_t len) {
  tenor_diag d;
  int rc = tenor_lexicon_add_csv(lex, name, data, len, &d);
  if (rc)
    msg("%s:%zu: %s", d.path, d.line, d.message);
  return rc;
}

static tenor_lexicon *load_lexicons(int defaults, char **files, size_t nfiles) {
  tenor_lexicon *lex = tenor_lexicon_new();
  if (defaults)
    for (const tenor_default_lexicon *d = tenor_default_lexicons; d->name; d++)
      if (load_lexicon(lex, d->name, d->data, d->len))
        goto fail;
  for (size_t i = 0; i < nfiles; i++) {
    FILE *f = fopen(files[i], "rb");
    size_t len;
    char *data = f ? read_all(f, &len) : NULL;
    if (!data) {
      msg("cannot %s %s: %s", f ? "read" : "open", files[i], strerror(errno));
      if (f)
        fclose(f);
      goto fail;
    }
    fclose(f);
    int rc = load_lexicon(lex, files[i], data, len);
    free(data);
    if (rc)
      goto fail;
  }
  return lex;
fail:
  tenor_lexicon_free(lex);
  return NULL;
}

/* The 1-based line of byte `off` in text. */
static size_t line_of(const char *text, size_t off) {
  size_t line = 1;
  for (size_t i = 0; i < off; i++)
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == off || text[i + 1] != '\n')))
      line++;
  return line;
}

static int score_text(run *r, const input *in, const char *text, size_t len) {
  int status = EXIT_OK;
  tenor_analyzer_run(r->an, text, len);
  size_t n, cuts = 0, first_cut = 0;
  const tenor_sentence *s = tenor_analyzer_sentences(r->an, &n);
  tenor_docstats ds = {0};
  for (size_t i = 0; i < n; i++) {
    table *t = &r->sents;
    table_str(t, in->id, strlen(in->id));
    table_size(t, i + 1);
    table_size(t, s[i].start);
    table_size(t, s[i].end);
    table_size(t, s[i].tokens);
    table_size(t, s[i].hits);
    table_num(t, s[i].tone);
    table_num(t, s[i].tone_norm);
    table_num(t, s[i].hostility);
    table_num(t, s[i].cooperation);
    table_size(t, s[i].n_pos);
    table_size(t, s[i].n_neg);
    table_text(t, text + s[i].start, s[i].end - s[i].start);
    table_end_row(t);
    tenor_docstats_add(&ds, &s[i]);
    if ((s[i].flags & TENOR_SENT_CUT) && !cuts++)
      first_cut = s[i].start;
  }
  if (cuts) {
    msg("%s:%zu: sentence longer than %zu bytes cut at a token boundary (%zu cut%s in this "
        "file; see --max-sentence-bytes)",
        in->name, line_of(text, first_cut), r->max_bytes, cuts, cuts == 1 ? "" : "s");
    status = EXIT_DATA;
  }
  if (!len) {
    msg("%s: empty file, nothing to score", in->name);
    status = EXIT_DATA;
  } else if (!n) {
    msg("%s: no words to score", in->name);
    status = EXIT_DATA;
  }
  if (r->have_docs) {
    table *t = &r->docs;
    double ns = (double)ds.sentences, per100 = (double)ds.tokens / 100;
    table_str(t, in->id, strlen(in->id));
    table_size(t, ds.sentences);
    table_size(t, ds.tokens);
    table_ratio(t, ds.tone_sum, ns);
    table_ratio(t, ds.tone_norm_sum, ns);
    table_ratio(t, ds.hostility_sum, ns);
    table_ratio(t, ds.hostility_sum, per100);
    table_ratio(t, ds.cooperation_sum, ns);
    table_ratio(t, ds.cooperation_sum, per100);
    table_end_row(t);
  }
  return status;
}

/* Reads, repairs and scores one document; returns its exit status. */
static int score_input(run *r, const input *in) {
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
  tenor_text_info info;
  size_t fixed_len = 0;
  int err;
  char *fixed = tenor_text_repair(buf, len, &fixed_len, &info, &err);
  if (err == TENOR_EUTF16) {
    msg("%s:1: the text is UTF-16 or UTF-32, not UTF-8; convert it first "
        "(iconv -t UTF-8)",
        in->name);
    free(buf);
    return EXIT_DATA;
  }
  int status = EXIT_OK;
  if (info.invalid) {
    msg("%s:%zu: invalid UTF-8 replaced with U+FFFD (%zu sequence%s in this file, the first "
        "on this line)",
        in->name, info.invalid_line, info.invalid, info.invalid == 1 ? "" : "s");
    status = EXIT_DATA;
  }
  if (info.nul) {
    msg("%s:%zu: NUL byte replaced with U+FFFD (%zu in this file, the first on this line)",
        in->name, info.nul_line, info.nul);
    status = EXIT_DATA;
  }
  const char *text = fixed ? fixed : buf + info.skip;
  size_t tlen = fixed ? fixed_len : len - info.skip;
  int s = score_text(r, in, text, tlen);
  tenor_free(fixed);
  free(buf);
  return s > status ? s : status;
}

static int make_dir(const char *dir) {
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

int cmd_score(int argc, char **argv) {
  enum { OPT_NO_DEFAULTS = 256, OPT_MAX_SENTENCE };
  static const struct option longopts[] = {
      {"output", required_argument, NULL, 'o'},
      {"lexicon", required_argument, NULL, 'l'},
      {"no-default-lexicons", no_argument, NULL, OPT_NO_DEFAULTS},
      {"max-sentence-bytes", required_argument, NULL, OPT_MAX_SENTENCE},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  const char *outdir = NULL;
  char **lexfiles = xmalloc((size_t)argc * sizeof *lexfiles);
  size_t nlex = 0;
  int defaults = 1;
  tenor_options opt;
  tenor_options_init(&opt);
/* Usage errors exit at once; free what was allocated first. */
#define USAGE(...)                                                                                 \
  do {                                                                                             \
    free(lexfiles);                                                                                \
    usage_error("score", __VA_ARGS__);                                                             \
  } while (0)
  opterr = 0;
  optind = 1;
  int c;
  while ((c = getopt_long(argc, argv, ":o:l:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'o':
      outdir = optarg;
      break;
    case 'l':
      lexfiles[nlex++] = optarg;
      break;
    case OPT_NO_DEFAULTS:
      defaults = 0;
      break;
    case OPT_MAX_SENTENCE:
      if (parse_size(optarg, &opt.max_sentence_bytes) != 0)
        USAGE("--max-sentence-bytes needs a whole number of bytes, not '%s'",
                    optarg);
      break;
    case 'h':
      help();
      free(lexfiles);
      return EXIT_OK;
    case ':':
      USAGE("option %s needs a value", argv[optind - 1]);
    default:
      USAGE("unknown option %s", argv[optind - 1]);
    }
  }
  if (!defaults && !nlex)
    USAGE("--no-default-lexicons leaves nothing to score with; add --lexicon FILE");

#undef USAGE

  tenor_lexicon *lex = load_lexicons(defaults, lexfiles, nlex);
  free(lexfiles);
  if (!lex)
    return EXIT_DATA;

  int status = EXIT_OK;
  input_list inputs = {NULL, 0, 0};
  if (optind == argc)
    input_add(&inputs, "-");
  for (int i = optind; i < argc; i++)
    if (input_add(&inputs, argv[i]) != 0)
      status = EXIT_DATA;
  if (input_check_ids(&inputs) != 0) {
    input_list_free(&inputs);
    tenor_lexicon_free(lex);
    return EXIT_DATA;
  }

  run r;
  memset(&r, 0, sizeof r);
  r.max_bytes = opt.max_sentence_bytes;
  if (outdir) {
    if (make_dir(outdir) != 0) {
      msg("cannot create %s: %s", outdir, strerror(errno));
      input_list_free(&inputs);
      tenor_lexicon_free(lex);
      return EXIT_DATA;
    }
    if (table_open(&r.sents, outdir, "sentences.csv") != 0 ||
        table_open(&r.docs, outdir, "documents.csv") != 0) {
      msg("cannot write in %s: %s", outdir, strerror(errno));
      table_abort(&r.sents);
      input_list_free(&inputs);
      tenor_lexicon_free(lex);
      return EXIT_DATA;
    }
    r.have_docs = 1;
    table_header(&r.docs, document_cols);
  } else {
    table_stdout(&r.sents);
  }
  table_header(&r.sents, sentence_cols);

  r.an = tenor_analyzer_new(lex, &opt);
  for (size_t i = 0; i < inputs.n; i++) {
    int s = score_input(&r, &inputs.v[i]);
    if (s > status)
      status = s;
  }
  tenor_analyzer_free(r.an);
  tenor_lexicon_free(lex);
  input_list_free(&inputs);

  if (outdir) {
    int bad = table_commit(&r.sents) != 0;
    if (bad) {
      msg("cannot write %s/sentences.csv: %s", outdir, strerror(errno));
      table_abort(&r.docs);
    } else if (table_commit(&r.docs) != 0) {
      msg("cannot write %s/documents.csv: %s", outdir, strerror(errno));
      bad = 1;
    }
    if (bad)
      status = EXIT_DATA;
  } else if (table_commit(&r.sents) != 0) {
    msg("writing output failed: %s", strerror(errno));
    status = EXIT_DATA;
  }
  return status;
}
