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
    "doc_id", "sentence", "start", "end", "tokens", "hits", "speaker", "targets", "tone",
    "tone_norm", "hostility", "cooperation", "n_pos", "n_neg", "text", NULL};
static const char *const document_cols[] = {
    "doc_id", "sentences", "tokens", "tone_mean", "tone_norm_mean", "hostility_mean",
    "hostility_per_100_tokens", "cooperation_mean", "cooperation_per_100_tokens", NULL};
static const char *const actor_cols[] = {
    "doc_id", "actor", "name", "type", "affiliation", "mentions", "as_target", "stance_as_target",
    "tone_as_target", "hostility_as_target", "cooperation_as_target", "as_speaker",
    "tone_as_speaker", "hostility_as_speaker", "cooperation_as_speaker", NULL};
static const char *const pair_cols[] = {"doc_id", "speaker", "target", "sentences", "stance",
                                        "tone", "hostility", "cooperation", NULL};

static void help(void) {
  fputs("Usage: tenor score [OPTION...] [INPUT...]\n"
        "Score every sentence of the input for tone, hostility and cooperation,\n"
        "and find its speaker, its targets and the stance toward each.\n"
        "\n"
        "INPUT is a text file, a folder (every *.txt file below it, in sorted order)\n"
        "or - for stdin, which is also the default.\n"
        "\n"
        "  -o, --output DIR            write sentences.csv, documents.csv, actors.csv\n"
        "                              and pairs.csv in DIR; without it, sentences.csv\n"
        "                              goes to stdout\n"
        "  -l, --lexicon FILE          add or override lexicon entries from FILE\n"
        "                              (repeatable; later files win)\n"
        "      --no-default-lexicons   do not load the built-in lexicons\n"
        "      --actor-list FILE       add or override actors from FILE (repeatable)\n"
        "      --no-default-actors     do not load the built-in actor list\n"
        "      --level LEVEL           report people as themselves (person, the\n"
        "                              default) or as their affiliation (affiliation)\n"
        "      --max-sentence-bytes N  cut longer sentences at a token boundary\n"
        "                              (default 65536; 0 for no limit)\n"
        "  -h, --help                  print this help and exit\n"
        "\n"
        "Exit status: 0 success, 1 bad input or a system error (the other\n"
        "documents are still scored), 2 a usage error.\n",
        stdout);
}

enum { T_SENTENCES, T_DOCUMENTS, T_ACTORS, T_PAIRS, NTABLES };
static const char *const table_names[NTABLES] = {"sentences.csv", "documents.csv", "actors.csv",
                                                 "pairs.csv"};
static const char *const *const table_cols[NTABLES] = {sentence_cols, document_cols, actor_cols,
                                                       pair_cols};

typedef struct run {
  tenor_analyzer *an;
  table t[NTABLES];
  int dir;          /* writing to a folder: all four tables; else sentences on stdout */
  size_t max_bytes;
  const char **ids;  /* scratch for the targets column */
  size_t capids;
} run;

/* Adds one data file to a lexicon or an actor list. */
typedef int (*add_fn)(void *obj, const char *name, const char *data, size_t len, tenor_diag *d);

static int add_lexicon(void *obj, const char *name, const char *data, size_t len, tenor_diag *d) {
  return tenor_lexicon_add_csv(obj, name, data, len, d);
}

static int add_actors(void *obj, const char *name, const char *data, size_t len, tenor_diag *d) {
  return tenor_actors_add_csv(obj, name, data, len, d);
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
    FILE *f = fopen(files[i], "rb");
    size_t len;
    char *data = f ? read_all(f, &len) : NULL;
    if (!data) {
      msg("cannot %s %s: %s", f ? "read" : "open", files[i], strerror(errno));
      if (f)
        fclose(f);
      return -1;
    }
    fclose(f);
    int rc = add(obj, files[i], data, len, &d);
    free(data);
    if (rc) {
      msg("%s:%zu: %s", d.path, d.line, d.message);
      return -1;
    }
  }
  return 0;
}

/* The 1-based line of byte `off` in text. */
static size_t line_of(const char *text, size_t off) {
  size_t line = 1;
  for (size_t i = 0; i < off; i++)
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == off || text[i + 1] != '\n')))
      line++;
  return line;
}

static void sentence_row(run *r, const input *in, const char *text, size_t i,
                         const tenor_sentence *s) {
  table *t = &r->t[T_SENTENCES];
  size_t nact, ntar;
  const tenor_actor *act = tenor_analyzer_actors(r->an, &nact);
  const tenor_target *tar = tenor_analyzer_targets(r->an, i, &ntar);
  table_str(t, in->id, strlen(in->id));
  table_size(t, i + 1);
  table_size(t, s->start);
  table_size(t, s->end);
  table_size(t, s->tokens);
  table_size(t, s->hits);
  if (s->speaker == TENOR_NO_ACTOR)
    table_empty(t);
  else
    table_str(t, act[s->speaker].id, strlen(act[s->speaker].id));
  if (ntar > r->capids) {
    r->capids = ntar;
    r->ids = xrealloc(r->ids, ntar * sizeof *r->ids);
  }
  for (size_t k = 0; k < ntar; k++)
    r->ids[k] = act[tar[k].actor].id;
  table_list(t, r->ids, ntar, ';');
  table_num(t, s->tone);
  table_num(t, s->tone_norm);
  table_num(t, s->hostility);
  table_num(t, s->cooperation);
  table_size(t, s->n_pos);
  table_size(t, s->n_neg);
  table_text(t, text + s->start, s->end - s->start);
  table_end_row(t);
}

static void document_row(run *r, const input *in, const tenor_docstats *ds) {
  table *t = &r->t[T_DOCUMENTS];
  double ns = (double)ds->sentences, per100 = (double)ds->tokens / 100;
  table_str(t, in->id, strlen(in->id));
  table_size(t, ds->sentences);
  table_size(t, ds->tokens);
  table_ratio(t, ds->tone_sum, ns);
  table_ratio(t, ds->tone_norm_sum, ns);
  table_ratio(t, ds->hostility_sum, ns);
  table_ratio(t, ds->hostility_sum, per100);
  table_ratio(t, ds->cooperation_sum, ns);
  table_ratio(t, ds->cooperation_sum, per100);
  table_end_row(t);
}

static void actor_rows(run *r, const input *in) {
  table *t = &r->t[T_ACTORS];
  size_t nact, n;
  const tenor_actor *act = tenor_analyzer_actors(r->an, &nact);
  const tenor_actor_stats *st = tenor_analyzer_actor_stats(r->an, &n);
  for (size_t i = 0; i < n; i++) {
    const tenor_actor *a = &act[st[i].actor];
    const char *type = tenor_actor_type_name(a->type);
    table_str(t, in->id, strlen(in->id));
    table_str(t, a->id, strlen(a->id));
    table_str(t, a->name, strlen(a->name));
    table_str(t, type, strlen(type));
    if (*a->affiliation)
      table_str(t, a->affiliation, strlen(a->affiliation));
    else
      table_empty(t);
    table_size(t, st[i].mentions);
    table_size(t, st[i].as_target);
    table_ratio(t, st[i].stance_sum, (double)st[i].as_target);
    table_num(t, st[i].tone_as_target);
    table_num(t, st[i].hostility_as_target);
    table_num(t, st[i].cooperation_as_target);
    table_size(t, st[i].as_speaker);
    table_num(t, st[i].tone_as_speaker);
    table_num(t, st[i].hostility_as_speaker);
    table_num(t, st[i].cooperation_as_speaker);
    table_end_row(t);
  }
}

static void pair_rows(run *r, const input *in) {
  table *t = &r->t[T_PAIRS];
  size_t nact, n;
  const tenor_actor *act = tenor_analyzer_actors(r->an, &nact);
  const tenor_pair_stats *p = tenor_analyzer_pairs(r->an, &n);
  for (size_t i = 0; i < n; i++) {
    const char *sp = act[p[i].speaker].id, *tg = act[p[i].target].id;
    table_str(t, in->id, strlen(in->id));
    table_str(t, sp, strlen(sp));
    table_str(t, tg, strlen(tg));
    table_size(t, p[i].sentences);
    table_ratio(t, p[i].stance_sum, (double)p[i].sentences);
    table_num(t, p[i].tone);
    table_num(t, p[i].hostility);
    table_num(t, p[i].cooperation);
    table_end_row(t);
  }
}

static int score_text(run *r, const input *in, const char *text, size_t len) {
  int status = EXIT_OK;
  tenor_analyzer_run(r->an, text, len);
  size_t n, cuts = 0, first_cut = 0;
  const tenor_sentence *s = tenor_analyzer_sentences(r->an, &n);
  tenor_docstats ds = {0};
  for (size_t i = 0; i < n; i++) {
    sentence_row(r, in, text, i, &s[i]);
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
  if (r->dir) {
    document_row(r, in, &ds);
    actor_rows(r, in);
    pair_rows(r, in);
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

/* Opens the tables: all four in DIR, or sentences.csv on stdout. */
static int open_tables(run *r, const char *dir) {
  r->dir = dir != NULL;
  if (!dir) {
    table_stdout(&r->t[T_SENTENCES]);
    table_header(&r->t[T_SENTENCES], sentence_cols);
    return 0;
  }
  if (make_dir(dir) != 0) {
    msg("cannot create %s: %s", dir, strerror(errno));
    return -1;
  }
  for (int k = 0; k < NTABLES; k++) {
    if (table_open(&r->t[k], dir, table_names[k]) != 0) {
      msg("cannot write in %s: %s", dir, strerror(errno));
      while (k-- > 0)
        table_abort(&r->t[k]);
      return -1;
    }
    table_header(&r->t[k], table_cols[k]);
  }
  return 0;
}

/* Commits the tables; after a failure the rest are dropped. */
static int commit_tables(run *r, const char *dir) {
  int n = r->dir ? NTABLES : 1;
  for (int k = 0; k < n; k++) {
    if (table_commit(&r->t[k]) != 0) {
      if (dir)
        msg("cannot write %s/%s: %s", dir, table_names[k], strerror(errno));
      else
        msg("writing output failed: %s", strerror(errno));
      while (++k < n)
        table_abort(&r->t[k]);
      return -1;
    }
  }
  return 0;
}

int cmd_score(int argc, char **argv) {
  enum { OPT_NO_DEFAULTS = 256, OPT_ACTOR_LIST, OPT_NO_ACTORS, OPT_MAX_SENTENCE, OPT_LEVEL };
  static const struct option longopts[] = {
      {"output", required_argument, NULL, 'o'},
      {"lexicon", required_argument, NULL, 'l'},
      {"no-default-lexicons", no_argument, NULL, OPT_NO_DEFAULTS},
      {"actor-list", required_argument, NULL, OPT_ACTOR_LIST},
      {"no-default-actors", no_argument, NULL, OPT_NO_ACTORS},
      {"level", required_argument, NULL, OPT_LEVEL},
      {"max-sentence-bytes", required_argument, NULL, OPT_MAX_SENTENCE},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  const char *outdir = NULL;
  char **lexfiles = xmalloc((size_t)argc * sizeof *lexfiles);
  char **actorfiles = xmalloc((size_t)argc * sizeof *actorfiles);
  size_t nlex = 0, nactors = 0;
  int defaults = 1, default_actors = 1;
  tenor_options opt;
  tenor_options_init(&opt);
/* Usage errors exit at once; free what was allocated first. */
#define USAGE(...)                                                                                 \
  do {                                                                                             \
    free(lexfiles);                                                                                \
    free(actorfiles);                                                                              \
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
    case OPT_ACTOR_LIST:
      actorfiles[nactors++] = optarg;
      break;
    case OPT_NO_DEFAULTS:
      defaults = 0;
      break;
    case OPT_NO_ACTORS:
      default_actors = 0;
      break;
    case OPT_LEVEL:
      if (!strcmp(optarg, "person"))
        opt.level = TENOR_LEVEL_PERSON;
      else if (!strcmp(optarg, "affiliation"))
        opt.level = TENOR_LEVEL_AFFILIATION;
      else
        USAGE("--level takes person or affiliation, not '%s'", optarg);
      break;
    case OPT_MAX_SENTENCE:
      if (parse_size(optarg, &opt.max_sentence_bytes) != 0)
        USAGE("--max-sentence-bytes needs a whole number of bytes, not '%s'", optarg);
      break;
    case 'h':
      help();
      free(lexfiles);
      free(actorfiles);
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

  int status = EXIT_OK;
  tenor_lexicon *lex = tenor_lexicon_new();
  tenor_actors *actors = tenor_actors_new();
  input_list inputs = {NULL, 0, 0};
  run r;
  memset(&r, 0, sizeof r);
  r.max_bytes = opt.max_sentence_bytes;
  if (load_files(lex, add_lexicon, tenor_default_lexicons, defaults, lexfiles, nlex) != 0 ||
      load_files(actors, add_actors, tenor_default_actors, default_actors, actorfiles,
                 nactors) != 0) {
    status = EXIT_DATA;
    goto done;
  }
  if (optind == argc)
    input_add(&inputs, "-");
  for (int i = optind; i < argc; i++)
    if (input_add(&inputs, argv[i]) != 0)
      status = EXIT_DATA;
  if (input_check_ids(&inputs) != 0 || open_tables(&r, outdir) != 0) {
    status = EXIT_DATA;
    goto done;
  }
  r.an = tenor_analyzer_new(lex, &opt);
  if (tenor_actors_size(actors))
    tenor_analyzer_set_actors(r.an, actors);
  for (size_t i = 0; i < inputs.n; i++) {
    int s = score_input(&r, &inputs.v[i]);
    if (s > status)
      status = s;
  }
  if (commit_tables(&r, outdir) != 0)
    status = EXIT_DATA;
done:
  tenor_analyzer_free(r.an);
  tenor_actors_free(actors);
  tenor_lexicon_free(lex);
  input_list_free(&inputs);
  free(r.ids);
  free(lexfiles);
  free(actorfiles);
  return status;
}
