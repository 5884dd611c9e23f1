/*
 * compare_cmd.c - `tenor compare`: the options and the run; the engine is
 * compare.c (values, tests, tables) and docs/compare.md documents it.
 */
#define _POSIX_C_SOURCE 200809L
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "compare.h"
#include "corpus.h"
#include "util.h"

static void help(void) {
  fputs("Usage: tenor compare [OPTION...] [INPUT...]\n"
        "Compare the tone, hostility, cooperation and stance of groups of documents\n"
        "or of periods, with tests, effect sizes and confidence intervals.\n"
        "\n"
        "INPUT is as for tenor score.  Documents take their group from --csv\n"
        "(--group-col), --group-by-dir or --group, and their date from --csv\n"
        "(--date-col) or --date-from-name.\n"
        "\n"
        "  -o, --output PATH           a folder for compare.csv, groups.csv,\n"
        "                              timeline.csv and correlations.csv, or a\n"
        "                              file name ending in .csv for compare.csv\n"
        "                              (the others beside it); without it,\n"
        "                              compare.csv goes to stdout\n",
        stdout);
  fputs(compare_help, stdout);
  fputs(corpus_help, stdout);
  fputs("  -h, --help                  print this help and exit\n", stdout);
}

int cmd_compare(int argc, char **argv) {
  static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                           {"help", no_argument, NULL, 'h'},
                                           COMPARE_LONGOPTS,
                                           CORPUS_LONGOPTS,
                                           {NULL, 0, NULL, 0}};
  const char *out = NULL;
  compare c;
  compare_init(&c);
  corpus_opts o;
  corpus_opts_init(&o, argc);
#define USAGE(...)                                                                                 \
  do {                                                                                             \
    compare_free(&c);                                                                              \
    corpus_opts_free(&o);                                                                          \
    usage_error("compare", __VA_ARGS__);                                                           \
  } while (0)
  opterr = 0;
  optind = 1;
  int ch;
  while ((ch = getopt_long(argc, argv, ":o:l:j:h", longopts, NULL)) != -1) {
    if (corpus_option(&o, "compare", ch, optarg))
      continue;
    if (compare_option(&c, "compare", ch, optarg))
      continue;
    switch (ch) {
    case 'o':
      out = optarg;
      break;
    case 'h':
      help();
      compare_free(&c);
      corpus_opts_free(&o);
      return EXIT_OK;
    case ':':
      USAGE("option %s needs a value", argv[optind - 1]);
    default:
      USAGE("unknown option %s", argv[optind - 1]);
    }
  }
  compare_defaults(&c);
  if (c.measures_given && c.want[M_STANCE] && !c.all_actors && !c.actors_wanted.n &&
      !c.want[M_TONE] && !c.want[M_TONE_NORM] && !c.want[M_HOSTILITY] && !c.want[M_COOPERATION])
    USAGE("stance is measured toward actors: add --actor ID or --actors all");
  if ((c.by == BY_DATE || c.correlate) && !out)
    USAGE("%s writes more than compare.csv: give -o FOLDER",
          c.by == BY_DATE ? "--by date" : "--correlate");
#undef USAGE
  corpus_opts_check(&o, "compare");

  int status = EXIT_OK;
  corpus cp;
  compare_tables op;
  memset(&op, 0, sizeof op);
  int bad_measure = 0;
  if (corpus_open(&cp, &o, argv + optind, argc - optind, &status) == 0 &&
      (bad_measure = compare_resolve(&c, cp.lex)) == 0 &&
      compare_tables_open(&op, out,
                          CT_COMPARE | CT_GROUPS | (c.by == BY_DATE ? CT_TIMELINE : 0) |
                              (c.correlate ? CT_CORRELATIONS : 0)) == 0) {
    int s = corpus_run_with(&cp, &compare_work, compare_collect_work, &c, &o);
    if (s > status)
      status = s;
    s = compare_finish(&c, &op);
    if (s > status)
      status = s;
  } else {
    compare_tables_close(&op, 0);
    status = bad_measure ? EXIT_USAGE : EXIT_DATA;
  }
  corpus_close(&cp);
  compare_free(&c);
  corpus_opts_free(&o);
  return status;
}
