/*
 * score_cmd.c - `tenor score`: documents in, scored sentences out.  The
 * documents come from corpus.c, the tables are written by score.c;
 * problems with one document are reported and the rest are still scored,
 * the exit status is then 1.
 */
#define _POSIX_C_SOURCE 200809L
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "corpus.h"
#include "partial.h"
#include "score.h"
#include "util.h"

static void help(void) {
  fputs("Usage: tenor score [OPTION...] [INPUT...]\n"
        "Score every sentence of the input for tone, hostility and cooperation,\n"
        "and find its speaker, its targets and the stance toward each.\n"
        "\n"
        "INPUT is a text file, a folder (every *.txt file below it) or - for stdin,\n"
        "which is also the default when there is no --csv.  The documents of all\n"
        "inputs are listed in the order of their ids (numbers by value: news-2\n"
        "before news-10), whatever the order of the inputs.\n"
        "\n"
        "  -o, --output DIR            write sentences.csv, documents.csv, actors.csv\n"
        "                              and pairs.csv in DIR; without it, sentences.csv\n"
        "                              goes to stdout\n"
        "      --partial FILE          write a partial result instead of tables, for\n"
        "                              tenor merge (- for stdout; with --shard K/N, one\n"
        "                              shard of a run split over N processes)\n",
        stdout);
  fputs(corpus_help, stdout);
  fputs("  -h, --help                  print this help and exit\n"
        "\n"
        "Exit status: 0 success, 1 bad input or a system error (the other\n"
        "documents are still scored), 2 a usage error, 128 + N stopped by\n"
        "signal N (130 SIGINT, 143 SIGTERM: the unfinished tables are removed).\n",
        stdout);
}

/* tenor score --partial FILE: a partial result instead of tables. */
static int score_partial(corpus_opts *o, int n, char **args, const char *path) {
  int status = EXIT_OK;
  corpus cp;
  partial_writer w;
  if (corpus_open(&cp, o, args, n, &status) == 0 &&
      partial_open(&w, path, &cp, o->shard, o->nshards) == 0) {
    int s = corpus_run_with(&cp, &partial_work, partial_put_doc, &w, o);
    if (s > status)
      status = s;
    if (partial_close(&w, 1) != 0)
      status = EXIT_DATA;
  } else {
    status = EXIT_DATA;
  }
  corpus_close(&cp);
  corpus_opts_free(o);
  return status;
}

int cmd_score(int argc, char **argv) {
  static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                           {"partial", required_argument, NULL, 'P'},
                                           {"help", no_argument, NULL, 'h'},
                                           CORPUS_LONGOPTS,
                                           {NULL, 0, NULL, 0}};
  const char *outdir = NULL, *partial = NULL;
  corpus_opts o;
  corpus_opts_init(&o, argc);
  opterr = 0;
  optind = 1;
  int c;
  while ((c = getopt_long(argc, argv, ":o:l:j:h", longopts, NULL)) != -1) {
    if (corpus_option(&o, "score", c, optarg))
      continue;
    switch (c) {
    case 'o':
      outdir = optarg;
      break;
    case 'P':
      partial = optarg;
      break;
    case 'h':
      help();
      corpus_opts_free(&o);
      return EXIT_OK;
    case ':':
      corpus_opts_free(&o);
      usage_error("score", "option %s needs a value", argv[optind - 1]);
    default:
      corpus_opts_free(&o);
      usage_error("score", "unknown option %s", argv[optind - 1]);
    }
  }
  if (partial && outdir) {
    corpus_opts_free(&o);
    usage_error("score", "--partial writes a partial result, not tables: drop -o (tenor merge "
                         "makes the tables)");
  }
  if (o.nshards > 1 && !partial) {
    corpus_opts_free(&o);
    usage_error("score", "--shard scores one shard of a run: give --partial FILE too");
  }
  corpus_opts_check(&o, "score");
  if (partial)
    return score_partial(&o, argc - optind, argv + optind, partial);

  int status = EXIT_OK;
  corpus cp;
  score_tables r;
  memset(&r, 0, sizeof r);
  if (corpus_open(&cp, &o, argv + optind, argc - optind, &status) == 0 &&
      score_tables_open(&r, outdir, cp.lex) == 0) {
    int s = corpus_run_with(&cp, &score_work, score_append_doc, &r, &o);
    if (s > status)
      status = s;
    if (score_tables_close(&r, outdir, 1) != 0)
      status = EXIT_DATA;
  } else {
    status = EXIT_DATA;
  }
  corpus_close(&cp);
  corpus_opts_free(&o);
  return status;
}
