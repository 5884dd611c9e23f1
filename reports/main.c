/*
 * main.c - the tenor command: subcommand dispatch, --help, --version, the
 * signal handler, and at the end the removal of output folders left empty
 * and the check that stdout was really written.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "tenor.h"
#include "util.h"
#include "version.h"

static void help(void) {
  fputs("Usage: tenor COMMAND [OPTION...] [INPUT...]\n"
        "Measure the tone, hostility and cooperation of news text, sentence by sentence.\n"
        "\n"
        "Commands:\n"
        "  score      score every sentence, its speaker and its targets; write\n"
        "             sentences.csv (and documents.csv, actors.csv, pairs.csv)\n"
        "  compare    compare groups or periods of documents: tests, effect sizes,\n"
        "             confidence intervals; write compare.csv (and groups.csv,\n"
        "             timeline.csv, correlations.csv)\n"
        "  report     every table, plots, summary.md and index.html in one folder\n"
        "  explain    show why each sentence of a text scored what it did: tokens,\n"
        "             lexicon entries and their sources, shifters, speaker, targets\n"
        "  lexicon    check, list, count and import lexicons (VADER, AFINN, LIWC,\n"
        "             Lexicoder, NRC EmoLex, MPQA)\n"
        "  merge      merge partial results (tenor score --partial, one per shard or\n"
        "             machine) into the tables and statistics of one run\n"
        "  validate   measure agreement with human coding (a gold standard):\n"
        "             correlations, error, accuracy, macro-F1, Krippendorff's alpha;\n"
        "             write validate.csv (and validate-errors.csv)\n"
        "\n"
        "Options:\n"
        "  -h, --help     print this help and exit\n"
        "  -V, --version  print the version and exit\n"
        "\n"
        "'tenor COMMAND --help' describes a command.  See also tenor(1).\n",
        stdout);
}

static int finish(int status) {
  /* A folder tenor made for its output and left empty (the run failed
   * before a table was whole) is removed; one with anything in it stays. */
  dirs_remove_empty();
  if (fflush(stdout) != 0 || ferror(stdout)) {
    msg("writing output failed: %s", strerror(errno ? errno : EIO));
    return EXIT_DATA;
  }
  if (fclose(stdout) != 0) {
    msg("writing output failed: %s", strerror(errno));
    return EXIT_DATA;
  }
  return status;
}

int main(int argc, char **argv) {
  /* SIGINT, SIGTERM and SIGHUP remove the unfinished tables and end tenor
   * with status 128 + the signal's number (util.h). */
  signals_init();
  if (argc < 2)
    usage_error(NULL, "no command given");
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
    help();
    return finish(EXIT_OK);
  }
  if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) {
    printf("tenor %s (libtenor %s)\n", TENOR_BUILD_VERSION, tenor_version_string());
    return finish(EXIT_OK);
  }
  if (!strcmp(cmd, "score"))
    return finish(cmd_score(argc - 1, argv + 1));
  if (!strcmp(cmd, "compare"))
    return finish(cmd_compare(argc - 1, argv + 1));
  if (!strcmp(cmd, "report"))
    return finish(cmd_report(argc - 1, argv + 1));
  if (!strcmp(cmd, "lexicon"))
    return finish(cmd_lexicon(argc - 1, argv + 1));
  if (!strcmp(cmd, "explain"))
    return finish(cmd_explain(argc - 1, argv + 1));
  if (!strcmp(cmd, "merge"))
    return finish(cmd_merge(argc - 1, argv + 1));
  if (!strcmp(cmd, "validate"))
    return finish(cmd_validate(argc - 1, argv + 1));
  if (cmd[0] == '-')
    usage_error(NULL, "unknown option %s", cmd);
  usage_error(NULL, "unknown command '%s'", cmd);
}
