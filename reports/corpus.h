/* corpus.h - what tenor score and tenor compare share: the options that
 * choose inputs, lexicons and actors, and the loop over documents. */
#ifndef TENOR_CORPUS_H
#define TENOR_CORPUS_H

#include <getopt.h>
#include <stddef.h>
#include <stdint.h>

#include "input.h"
#include "tenor.h"

/* Option codes of the shared options (getopt_long values). */
enum {
  CO_NO_LEXICONS = 300,
  CO_ACTOR_LIST,
  CO_NO_ACTORS,
  CO_LEVEL,
  CO_MAX_SENTENCE,
  CO_MAX_DOC,
  CO_CSV,
  CO_TEXT_COL,
  CO_ID_COL,
  CO_GROUP_COL,
  CO_DATE_COL,
  CO_TITLE_COL,
  CO_GROUP,
  CO_GROUP_BY_DIR,
  CO_DATE_FROM_NAME,
  CO_EXCEL,
  CO_TSV,
  CO_SEP,
  CO_DECIMAL,
  CO_QUIET,
  CO_VERBOSE,
  CO_LEXICON_FORMAT,
  CO_EXACT,
  CO_STEM,
  CO_SHARD,
  CO_JOBS = 'j'
};

/* The lexicon options alone (tenor lexicon), and with the actor options
 * (tenor explain). */
#define LEXICON_LONGOPTS                                               \
  {"lexicon", required_argument, NULL, 'l'},                           \
  {"no-default-lexicons", no_argument, NULL, CO_NO_LEXICONS},          \
  {"lexicon-format", required_argument, NULL, CO_LEXICON_FORMAT},      \
  {"exact", no_argument, NULL, CO_EXACT},                              \
  {"stem", no_argument, NULL, CO_STEM}
#define ACTOR_LONGOPTS                                                 \
  {"actor-list", required_argument, NULL, CO_ACTOR_LIST},              \
  {"no-default-actors", no_argument, NULL, CO_NO_ACTORS},              \
  {"level", required_argument, NULL, CO_LEVEL}

/* The shared long options, for a command's option table. */
#define CORPUS_LONGOPTS                                                \
  LEXICON_LONGOPTS,                                                    \
  ACTOR_LONGOPTS,                                                      \
  {"max-sentence-bytes", required_argument, NULL, CO_MAX_SENTENCE},    \
  {"max-doc-bytes", required_argument, NULL, CO_MAX_DOC},              \
  {"csv", required_argument, NULL, CO_CSV},                            \
  {"text-col", required_argument, NULL, CO_TEXT_COL},                  \
  {"id-col", required_argument, NULL, CO_ID_COL},                      \
  {"group-col", required_argument, NULL, CO_GROUP_COL},                \
  {"date-col", required_argument, NULL, CO_DATE_COL},                  \
  {"title-col", required_argument, NULL, CO_TITLE_COL},                \
  {"group", required_argument, NULL, CO_GROUP},                        \
  {"group-by-dir", no_argument, NULL, CO_GROUP_BY_DIR},                \
  {"date-from-name", no_argument, NULL, CO_DATE_FROM_NAME},            \
  {"excel", no_argument, NULL, CO_EXCEL},                              \
  {"tsv", no_argument, NULL, CO_TSV},                                  \
  {"sep", required_argument, NULL, CO_SEP},                            \
  {"decimal", required_argument, NULL, CO_DECIMAL},                    \
  {"quiet", no_argument, NULL, CO_QUIET},                              \
  {"jobs", required_argument, NULL, CO_JOBS},                          \
  {"shard", required_argument, NULL, CO_SHARD},                        \
  {"verbose", no_argument, NULL, CO_VERBOSE}

/* The help lines of the shared options. */
extern const char corpus_help[];

/* The default of --max-doc-bytes: 64 MiB, a thousand times a long news
 * article; a document costs about ten times its size while it is analysed. */
#define DEFAULT_MAX_DOC_BYTES ((size_t)64 << 20)

typedef struct corpus_opts {
  char **lexfiles;   /* --lexicon files, in order */
  size_t nlex;
  int default_lexicons;
  int lexformat;     /* --lexicon-format: TENOR_FORMAT_*, AUTO by default */
  int exact;         /* --exact: the built-in lexicons match exact words only */
  int stem;          /* --stem: --lexicon files match inflections too */
  char **actorfiles; /* --actor-list files, in order */
  size_t nactors;
  int default_actors;
  char **csvfiles;   /* --csv corpora, in order */
  size_t ncsv;
  tenor_corpus_columns cols; /* --text-col and the others */
  input_labels labels;       /* --group, --group-by-dir, --date-from-name */
  tenor_options opt;         /* --level, --max-sentence-bytes */
  size_t max_doc_bytes;      /* --max-doc-bytes: longer documents are cut; 0 for no limit */
  char sep;                  /* --sep: the field separator; 0 when not given */
  char decimal;              /* --decimal: '.' or ','; 0 when not given */
  int excel;                 /* --excel: byte-order mark and CR LF row ends */
  int tsv;                   /* --tsv: tab-separated, quoted only where needed */
  int quiet;                 /* --quiet: no progress display */
  int verbose;               /* --verbose: a line per stage on stderr */
  int jobs;                  /* -j: documents analysed at once; 0 = one per core */
  unsigned shard, nshards;   /* --shard K/N: only the documents whose index is K modulo N */
} corpus_opts;

/* Defaults, with room for the options of argc arguments. */
void corpus_opts_init(corpus_opts *o, int argc);
/* Takes shared option c with its argument: 1 if it was one, 0 if not.  A
 * bad value is a usage error of command cmd (exits 2). */
int corpus_option(corpus_opts *o, const char *cmd, int c, const char *arg);
/* Checks the options together; a conflict is a usage error (exits 2).
 * Then sets the output format of every table (corpus_apply_format). */
void corpus_opts_check(corpus_opts *o, const char *cmd);
/* Sets the process-wide table format (table_set_format) from --excel,
 * --tsv, --sep and --decimal.  Call it after option parsing, before any
 * table is opened; corpus_opts_check() calls it too, and calling it twice
 * does no harm.  Checks nothing: conflicts are corpus_opts_check's. */
void corpus_apply_format(const corpus_opts *o);
void corpus_opts_free(corpus_opts *o);

/* A document, as the loop hands it over. */
typedef struct doc {
  const char *id;    /* the document id */
  const char *group; /* its group, "" for none */
  const char *date;  /* its ISO 8601 date, "" for none */
  const char *name;  /* how messages name its source */
  size_t line0;      /* lines before its first line in that source (CSV rows) */
  tenor_analyzer *an; /* the analyzer that holds its results, for doc_work.run and
                         doc_work.direct; NULL in fn (the analyzer is its thread's) */
  size_t index;       /* its place among all the documents of the input, from 0 */
  void *work;         /* what doc_work.run made of it (corpus_run_with), or NULL */
} doc;

/* The rows of a CSV corpus, read whole and sorted by id (corpus.c). */
typedef struct corpus_rows corpus_rows;

typedef struct corpus {
  tenor_lexicon *lex;    /* the lexicons loaded */
  tenor_actors *actors;  /* the actor list loaded */
  tenor_options opt;     /* the analyzers' options */
  uint64_t lex_hash;     /* fingerprints of the lexicons and actor lists loaded */
  uint64_t actor_hash;
  input_list inputs;     /* files, folders, stdin and CSV corpora, in order */
  size_t max_bytes;      /* for messages about cut sentences */
  size_t max_doc;        /* --max-doc-bytes: a longer document is cut (0: no limit) */
  int verbose;           /* --verbose: a line per stage */
  int surveyed;          /* the inputs were counted before the run: ndocs and bytes hold */
  size_t ndocs;          /* documents to score: files, stdin, usable CSV rows */
  long long bytes;       /* bytes of all inputs, -1 when not known (a pipe) */
  corpus_rows *csv;      /* per input, the rows of a CSV corpus once read (by the
                            survey, or when the run opens it); NULL without one */
} corpus;

/* The help lines of the lexicon options alone (tenor explain, tenor lexicon). */
extern const char corpus_lexicon_help[];

/* Loads the built-in lexicons (unless --no-default-lexicons) and the
 * --lexicon files into lex; prints the first error and returns -1. */
int corpus_load_lexicons(tenor_lexicon *lex, const corpus_opts *o);
/* Likewise the built-in actor list and the --actor-list files. */
int corpus_load_actors(tenor_actors *actors, const corpus_opts *o);
/* The same, with a fingerprint of what was loaded (the files' bytes and
 * how they were read) in *hash, for partial results. */
int corpus_load_lexicons_hash(tenor_lexicon *lex, const corpus_opts *o, uint64_t *hash);
int corpus_load_actors_hash(tenor_actors *actors, const corpus_opts *o, uint64_t *hash);

/* Loads lexicons and actors and gathers the inputs named by args[0..n)
 * (stdin when n is 0) and the --csv corpora, checking that no two
 * documents share an id.  Returns 0; or EXIT_DATA after a message, with
 * *status set: a bad lexicon, a CSV corpus that cannot be read or
 * duplicate ids stop everything, an input that cannot be found only sets
 * the status.  The files of a folder are not listed: the inputs are
 * walked once before the run (a survey that keeps nothing per document
 * but a hash of its id) only when the counts are needed (--verbose, the
 * progress line) or ids could repeat (more than one input, a CSV
 * corpus). */
int corpus_open(corpus *cp, const corpus_opts *o, char **args, int n, int *status);

/* Called with each document after analysis; returns its exit status. */
typedef int (*doc_fn)(void *ctx, const doc *d, const char *text, size_t len);

/* Work on a document that can be done in the workers, before fn sees it
 * in order: each slot of the pipeline has a state of its own (state_new,
 * from the main thread), run fills it for one document (in whichever
 * thread analysed it; it must touch nothing shared), and fn finds it in
 * d->work. */
typedef struct doc_work {
  void *(*state_new)(void *ctx);
  int (*run)(void *state, const doc *d, const char *text, size_t len);
  void (*state_free)(void *state);
  doc_fn direct; /* or NULL: with one job, called (with the ctx of fn) in
                    place of run and fn, to spare the state's copy */
} doc_work;

/* Reads, repairs and analyses every document, does w's work on it and
 * calls fn, in id order; reports bad text, cut sentences and empty
 * documents.  Returns the worst status.  When stderr is a terminal (and
 * not --quiet, and no table streams to a terminal on stdout), shows a
 * progress line on stderr, cleared before every message and at the end. */
int corpus_run_with(corpus *cp, const doc_work *w, doc_fn fn, void *ctx, const corpus_opts *o);

void corpus_close(corpus *cp);

#endif
