/*
 * merge_cmd.c - `tenor merge`: partial results in, the tables (and, on
 * request, the statistics) of one run over all of their documents out.
 *
 * The partials must agree on what made them (tenor version, lexicons,
 * actor lists, options, table format).  The documents of each partial are
 * in id order (order.h), as a run writes them, so the partials are merged
 * k-way by document id, in whatever order they are given: shards of one
 * run (--shard K/N, all N of them) and partials of separate pieces of a
 * corpus alike.  The rows are copied as they were written, and the
 * statistics are computed from the values the partials carry at full
 * precision, so the result is byte for byte that of one run.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "compare.h"
#include "order.h"
#include "partial.h"
#include "sbuf.h"
#include "score.h"
#include "util.h"

static void help(void) {
  fputs("Usage: tenor merge [OPTION...] PARTIAL... -o DIR\n"
        "Merge the partial results of tenor score --partial into the tables of one\n"
        "run over all their documents: sentences.csv, documents.csv, actors.csv and\n"
        "pairs.csv in DIR, byte for byte what tenor score -o DIR would write.  With\n"
        "--compare or any option of tenor compare, also the tables of tenor compare\n"
        "-o DIR (compare.csv, groups.csv, and timeline.csv or correlations.csv where\n"
        "asked for).\n"
        "\n"
        "The documents are merged in the order of their ids, as one run writes\n"
        "them, whatever the order of the partials: the shards of one run (tenor\n"
        "score --shard K/N --partial FILE, all N of them) or partials of separate\n"
        "pieces of a corpus, whose ids must then differ.  All must be made by the\n"
        "same tenor with the same lexicons, actor lists and options.\n"
        "\n"
        "  -o, --output DIR            where the tables go (required)\n"
        "      --compare               also the tables of tenor compare\n",
        stdout);
  fputs(compare_help, stdout);
  fputs("  -h, --help                  print this help and exit\n"
        "\n"
        "Exit status: 0 success, 1 a partial that cannot be read or merged, or\n"
        "nothing to compare, 2 a usage error.\n",
        stdout);
}

enum { MG_COMPARE = 700 };

typedef struct merger {
  partial_reader *in;
  int *live;         /* per partial: 1 while it has a current document */
  size_t n;
  int sharded;       /* the shards of one run: their indexes are checked too */
  score_tables st;
  compare c;
  int with_compare;
  compare_tables ct;
} merger;

/* Opens every partial and checks that they belong together. */
static int open_all(merger *m, char **paths, size_t n) {
  m->in = xmalloc(n * sizeof *m->in);
  memset(m->in, 0, n * sizeof *m->in);
  for (size_t i = 0; i < n; i++) {
    m->n = i + 1; /* closed at the end even when it fails to open */
    if (partial_read_open(&m->in[i], paths[i]) != 0)
      return -1;
  }
  if (strcmp(m->in[0].info.tenor, tenor_version_string())) {
    msg("%s was made by tenor %s; this is tenor %s: score the shards with this one", paths[0],
        m->in[0].info.tenor, tenor_version_string());
    return -1;
  }
  for (size_t i = 1; i < n; i++) {
    if (!partial_compatible(&m->in[0], &m->in[i]))
      return -1;
    const partial_info *a = &m->in[0].info, *b = &m->in[i].info;
    int same = a->ncat == b->ncat;
    for (size_t k = 0; same && k < a->ncat; k++)
      same = !strcmp(a->categories[k], b->categories[k]);
    for (int k = 0; same && k < NTABLES; k++)
      same = a->header_len[k] == b->header_len[k] &&
             !memcmp(a->header[k], b->header[k], a->header_len[k]);
    if (!same) {
      msg("%s has other categories or columns than %s: they cannot be merged", paths[i],
          paths[0]);
      return -1;
    }
  }
  unsigned nshards = m->in[0].info.nshards;
  if (nshards > 1) {
    if (n != nshards) {
      msg("%s is shard %u of %u: merge all %u shards of the run together (given %zu)",
          paths[0], m->in[0].info.shard, nshards, nshards, n);
      return -1;
    }
    unsigned char *seen = xmalloc(nshards);
    memset(seen, 0, nshards);
    for (size_t i = 0; i < n; i++) {
      unsigned k = m->in[i].info.shard;
      if (seen[k]) {
        msg("%s and another partial are both shard %u of %u", paths[i], k, nshards);
        free(seen);
        return -1;
      }
      seen[k] = 1;
    }
    free(seen);
    m->sharded = 1;
  }
  return 0;
}

/* Writes one document: its rows, and its values to compare. */
static void merge_doc(merger *m, const partial_reader *r) {
  for (int k = 0; k < NTABLES; k++)
    table_raw(&m->st.t[k], r->rows[k], r->rows_len[k]);
  if (m->with_compare) {
    doc d = {r->id, r->group, r->date, r->path, 0, NULL, r->index, NULL};
    doc_values v;
    partial_values(r, &v);
    compare_collect_values(&m->c, &d, &v);
  }
}

/* The id of partial k's current document, NULL when it has none left. */
static const char *current_id(void *ctx, size_t k) {
  const merger *m = ctx;
  return m->live[k] == 1 ? m->in[k].id : NULL;
}

/* Every document, in id order: a k-way merge of the partials, each in id
 * order (partial_read_doc checks that).  An id in two partials, and, for
 * shards, a document in the wrong shard or indexes that do not follow the
 * ids (shards of different inputs), stop the merge.  0, or -1 after a
 * message. */
static int merge_docs(merger *m) {
  m->live = xmalloc(m->n * sizeof *m->live);
  int rc = 0;
  for (size_t i = 0; i < m->n; i++) {
    m->live[i] = rc ? 0 : partial_read_doc(&m->in[i]);
    if (m->live[i] < 0)
      rc = -1;
  }
  order_heap h;
  order_heap_init(&h, current_id, m);
  for (size_t i = 0; i < m->n && !rc; i++)
    order_heap_push(&h, i);
  sbuf last = {NULL, 0, 0}; /* the id of the document before, and where it came from */
  size_t last_from = 0, last_index = 0;
  for (size_t k; !rc && (k = order_heap_top(&h)) != (size_t)-1;) {
    partial_reader *r = &m->in[k];
    if (last.n && !strcmp(last.s, r->id)) {
      msg("two partials have the document id '%s': %s and %s", r->id, m->in[last_from].path,
          r->path);
      rc = -1;
      break;
    }
    if (m->sharded && r->index % r->info.nshards != r->info.shard) {
      msg("%s: document %zu does not belong to shard %u of %u", r->path, r->index, r->info.shard,
          r->info.nshards);
      rc = -1;
      break;
    }
    if (m->sharded && last.n && r->index <= last_index) {
      msg("%s: document %zu ('%s') comes after document %zu ('%s') of %s in id order: the "
          "shards were not made from the same inputs",
          r->path, r->index, r->id, last_index, last.s, m->in[last_from].path);
      rc = -1;
      break;
    }
    merge_doc(m, r);
    last.n = 0;
    sbuf_put(&last, r->id, strlen(r->id));
    last_from = k;
    last_index = r->index;
    m->live[k] = partial_read_doc(r);
    if (m->live[k] < 0)
      rc = -1;
    order_heap_next(&h);
  }
  sbuf_free(&last);
  order_heap_free(&h);
  return rc;
}

int cmd_merge(int argc, char **argv) {
  static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
                                           {"compare", no_argument, NULL, MG_COMPARE},
                                           {"help", no_argument, NULL, 'h'},
                                           COMPARE_LONGOPTS,
                                           {NULL, 0, NULL, 0}};
  merger m;
  memset(&m, 0, sizeof m);
  compare_init(&m.c);
  const char *dir = NULL;
  int compare_opts = 0;
  opterr = 0;
  optind = 1;
  int ch;
#define USAGE(...)                       \
  do {                                   \
    compare_free(&m.c);                  \
    usage_error("merge", __VA_ARGS__);   \
  } while (0)
  while ((ch = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
    if (compare_option(&m.c, "merge", ch, optarg)) {
      compare_opts = 1;
      continue;
    }
    switch (ch) {
    case 'o':
      dir = optarg;
      break;
    case MG_COMPARE:
      m.with_compare = 1;
      break;
    case 'h':
      help();
      compare_free(&m.c);
      return EXIT_OK;
    case ':':
      USAGE("option %s needs a value", argv[optind - 1]);
    default:
      USAGE("unknown option %s", argv[optind - 1]);
    }
  }
  if (!dir)
    USAGE("tenor merge writes a folder: give -o DIR");
  if (optind == argc)
    USAGE("give the partial results to merge (tenor score --partial FILE makes them)");
  m.with_compare |= compare_opts;
  compare_defaults(&m.c);
  if (m.with_compare && m.c.measures_given && m.c.want[M_STANCE] && !m.c.all_actors &&
      !m.c.actors_wanted.n && !m.c.want[M_TONE] && !m.c.want[M_TONE_NORM] &&
      !m.c.want[M_HOSTILITY] && !m.c.want[M_COOPERATION])
    USAGE("stance is measured toward actors: add --actor ID or --actors all");
#undef USAGE

  int status = EXIT_DATA;
  if (open_all(&m, argv + optind, (size_t)(argc - optind)) == 0) {
    const partial_info *in = &m.in[0].info;
    table_set_format(&in->format);
    int ok = 1;
    if (m.with_compare) {
      const char *const *names = (const char *const *)in->categories;
      ok = compare_resolve_names(&m.c, names, in->ncat) == 0;
      if (!ok)
        status = EXIT_USAGE;
    }
    if (ok && make_dir(dir) != 0) {
      msg("cannot create %s: %s", dir, strerror(errno));
      ok = 0;
    }
    int opened = 0;
    for (int k = 0; ok && k < NTABLES; k++, opened++) {
      if (table_open(&m.st.t[k], dir, score_table_name(k)) != 0) {
        msg("cannot write in %s: %s", dir, strerror(errno));
        ok = 0;
        break;
      }
      table_raw(&m.st.t[k], in->header[k], in->header_len[k]);
    }
    if (ok && m.with_compare &&
        compare_tables_open(&m.ct, dir,
                            CT_COMPARE | CT_GROUPS | (m.c.by == BY_DATE ? CT_TIMELINE : 0) |
                                (m.c.correlate ? CT_CORRELATIONS : 0)) != 0)
      ok = 0;
    if (ok && merge_docs(&m) == 0) {
      status = EXIT_OK;
      for (int k = 0; k < NTABLES; k++)
        if (table_commit(&m.st.t[k]) != 0) {
          msg("cannot write %s/%s: %s", dir, score_table_name(k), strerror(errno));
          status = EXIT_DATA;
        }
      if (m.with_compare) {
        int s = compare_finish(&m.c, &m.ct);
        if (s > status)
          status = s;
      }
    } else {
      for (int k = 0; k < opened; k++)
        table_abort(&m.st.t[k]);
      if (m.with_compare)
        compare_tables_close(&m.ct, 0);
    }
  }
  for (size_t i = 0; i < m.n; i++)
    partial_read_close(&m.in[i]);
  free(m.in);
  free(m.live);
  compare_free(&m.c);
  return status;
}
