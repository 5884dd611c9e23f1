/* commands.h - the subcommands of tenor. */
#ifndef TENOR_COMMANDS_H
#define TENOR_COMMANDS_H

/* Each takes the arguments after the subcommand's name (argv[0] is the
 * subcommand) and returns the exit status. */
int cmd_score(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_lexicon(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_validate(int argc, char **argv);

#endif
