/*
 * fuzz_attrib.c - fuzz target: the actor-list loader (tenor_actors_add_csv)
 * and attribution with the list it loads: aliases matched in a text,
 * people found in it, speakers, targets and stance.
 *
 * The input is an option byte, an actor list, a NUL byte, then the text
 * (repaired first, as tenor score does).  Without a NUL the whole rest is
 * the list and the text is a fixed one naming the small list's actors.
 * The option byte:
 *   bit 0  opt.explain
 *   bit 1  people reported at the level of their affiliation
 *   bit 2  the list is loaded on top of the small list (small.h), whose
 *          actors it may override, rather than alone
 * A list that fails to load must leave the list as it was.  Without
 * opt.explain the text is analysed once more with it (whole, where the
 * first run may have gone in parts) and the results must agree.
 */
#include <string.h>

#include "check.h"
#include "fuzz.h"
#include "small.h"
#include "tenor.h"

static const char fixed_text[] =
    "Russian warplanes struck targets in Syria, the Kremlin said on Wednesday. "
    "\"We will not attack the alliance,\" President Putin told reporters in Moscow. "
    "US Defence Secretary Ash Carter said the Pentagon had no doubt about the threat; "
    "however, Carter agreed that peace talks were good. According to NATO chief Jens "
    "Stoltenberg, Islamic State (IS) fighters fled Damascus. He said Washington and "
    "Moscow lack a ceasefire.";

static tenor_lexicon *lex;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  tenor_diag d;
  lex = tenor_lexicon_new();
  FUZZ_CHECK(tenor_lexicon_add_csv(lex, "small.csv", small_lexicon, sizeof small_lexicon - 1,
                                   &d) == 0);
  return 0;
}

/* Whether two analyzers that ran on one text found the same: a text
 * longer than a part goes in parts without opt.explain and whole with it
 * (analyze.c; `make fuzz` builds with parts of 256 bytes, so that the
 * fuzzer reaches their edges). */
static void check_same(const tenor_analyzer *a, const tenor_analyzer *b) {
  size_t n, m;
  const tenor_sentence *x = tenor_analyzer_sentences(a, &n), *y = tenor_analyzer_sentences(b, &m);
  FUZZ_CHECK(n == m);
  for (size_t i = 0; i < n; i++) {
    FUZZ_CHECK(x[i].start == y[i].start && x[i].end == y[i].end && x[i].tokens == y[i].tokens);
    FUZZ_CHECK(x[i].hits == y[i].hits && x[i].flags == y[i].flags && x[i].speaker == y[i].speaker);
    FUZZ_CHECK(x[i].tone == y[i].tone && x[i].hostility == y[i].hostility &&
               x[i].cooperation == y[i].cooperation);
    size_t tn, tm;
    const tenor_target *s = tenor_analyzer_targets(a, i, &tn),
                       *t = tenor_analyzer_targets(b, i, &tm);
    FUZZ_CHECK(tn == tm);
    for (size_t k = 0; k < tn; k++)
      FUZZ_CHECK(s[k].actor == t[k].actor && s[k].tone == t[k].tone && s[k].stance == t[k].stance);
  }
  const tenor_actor *u = tenor_analyzer_actors(a, &n), *v = tenor_analyzer_actors(b, &m);
  FUZZ_CHECK(n == m);
  for (size_t i = 0; i < n; i++)
    FUZZ_CHECK(!strcmp(u[i].id, v[i].id) && u[i].type == v[i].type);
  const tenor_pair_stats *p = tenor_analyzer_pairs(a, &n), *q = tenor_analyzer_pairs(b, &m);
  FUZZ_CHECK(n == m);
  for (size_t i = 0; i < n; i++)
    FUZZ_CHECK(p[i].speaker == q[i].speaker && p[i].target == q[i].target &&
               p[i].sentences == q[i].sentences);
}

static void analyse(const tenor_actors *actors, const char *text, size_t len, unsigned choice) {
  tenor_options o;
  tenor_options_init(&o);
  o.explain = choice & 1;
  o.level = choice & 2 ? TENOR_LEVEL_AFFILIATION : TENOR_LEVEL_PERSON;
  tenor_analyzer *a = tenor_analyzer_new(lex, &o);
  tenor_analyzer_set_actors(a, actors);
  FUZZ_CHECK(tenor_analyzer_run(a, text, len) == 0);
  check_run(a, lex, &o, len);
  if (!o.explain) { /* the same text whole */
    tenor_options w = o;
    w.explain = 1;
    tenor_analyzer *b = tenor_analyzer_new(lex, &w);
    tenor_analyzer_set_actors(b, actors);
    FUZZ_CHECK(tenor_analyzer_run(b, text, len) == 0);
    check_same(a, b);
    tenor_analyzer_free(b);
  }
  tenor_analyzer_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1)
    return 0;
  unsigned choice = data[0];
  const char *list = (const char *)data + 1;
  const char *nul = memchr(list, 0, size - 1);
  size_t list_len = nul ? (size_t)(nul - list) : size - 1;

  tenor_diag d;
  tenor_actors *actors = tenor_actors_new();
  if (choice & 4)
    FUZZ_CHECK(tenor_actors_add_csv(actors, "small-actors.csv", small_actors,
                                    sizeof small_actors - 1, &d) == 0);
  size_t before = tenor_actors_size(actors);
  int rc = tenor_actors_add_csv(actors, "actors.csv", list, list_len, &d);
  if (rc) {
    FUZZ_CHECK(rc > TENOR_OK && rc <= TENOR_EDATE && d.code == rc);
    FUZZ_CHECK(memchr(d.message, 0, sizeof d.message) && d.message[0]);
    FUZZ_CHECK(tenor_actors_size(actors) == before);
    if (!before) {
      tenor_actors_free(actors);
      return 0;
    }
  }

  const char *text = fixed_text;
  size_t len = sizeof fixed_text - 1;
  char *fixed = NULL;
  if (nul) {
    tenor_text_info info;
    int err;
    size_t n = 0;
    const char *raw = nul + 1;
    size_t raw_len = size - 1 - list_len - 1;
    fixed = tenor_text_repair(raw, raw_len, &n, &info, &err);
    text = fixed ? fixed : raw + info.skip;
    len = fixed ? n : raw_len - info.skip;
    if (err)
      len = 0;
  }
  if (len)
    analyse(actors, text, len, choice);
  tenor_free(fixed);
  tenor_actors_free(actors);
  return 0;
}
