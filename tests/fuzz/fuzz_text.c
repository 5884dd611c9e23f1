/*
 * fuzz_text.c - fuzz target: any bytes through text repair, then the
 * analyzer (tokeniser, sentence splitter, lexicon matching and shifters,
 * scoring, actors, speakers and targets), the way tenor score takes a file.
 *
 * The first byte chooses the options, the rest is the text:
 *   bit 0     opt.explain (tokens and hits kept and read back)
 *   bit 1     the default lexicons and actor list instead of the small ones below
 *   bit 2     people reported at the level of their affiliation
 *   bits 3-4  max_sentence_bytes: none, 24, 300 or the default
 *   bit 5     no actor list at all
 * Each text is analysed twice by the same analyzer, and the second run
 * must give what the first gave.  Every span, index and score is checked
 * against what tenor.h promises.
 */
#include <math.h>
#include <string.h>

#include "defaults.h"
#include "check.h"
#include "fuzz.h"
#include "small.h"
#include "tenor.h"

/* A lexicon and actor list, and one analyzer per actor choice whose word
 * index the analyzers of each input share (building it is the slow part). */
typedef struct world {
  tenor_lexicon *lex;
  tenor_actors *actors;
  tenor_analyzer *base[2]; /* [0] with the actor list, [1] without */
} world;

static world worlds[2]; /* [0] small, [1] the defaults */

static void load_lexicon(tenor_lexicon *lex, const char *name, const char *data, size_t len,
                         unsigned flags) {
  tenor_diag d;
  if (tenor_lexicon_add(lex, name, data, len, TENOR_FORMAT_NATIVE, flags, &d) != 0) {
    fprintf(stderr, "%s:%zu: %s\n", name, d.line, d.message);
    abort();
  }
}

static void load_actors(tenor_actors *actors, const char *name, const char *data, size_t len) {
  tenor_diag d;
  if (tenor_actors_add_csv(actors, name, data, len, &d) != 0) {
    fprintf(stderr, "%s:%zu: %s\n", name, d.line, d.message);
    abort();
  }
}

static void world_bases(world *w) {
  for (int k = 0; k < 2; k++) {
    w->base[k] = tenor_analyzer_new(w->lex, NULL);
    tenor_analyzer_set_actors(w->base[k], k == 0 ? w->actors : NULL);
    tenor_analyzer_share(w->base[k], w->base[k]);
  }
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  world *w = &worlds[0];
  w->lex = tenor_lexicon_new();
  load_lexicon(w->lex, "small.csv", small_lexicon, sizeof small_lexicon - 1, 0);
  w->actors = tenor_actors_new();
  load_actors(w->actors, "small-actors.csv", small_actors, sizeof small_actors - 1);
  world_bases(w);
  /* the defaults as tenor score loads them: stems on */
  w = &worlds[1];
  w->lex = tenor_lexicon_new();
  for (const tenor_default_lexicon *b = tenor_default_lexicons; b->name; b++)
    load_lexicon(w->lex, b->name, b->data, b->len, TENOR_LEX_STEM);
  w->actors = tenor_actors_new();
  for (const tenor_default_lexicon *b = tenor_default_actors; b->name; b++)
    load_actors(w->actors, b->name, b->data, b->len);
  world_bases(w);
  return 0;
}

/* The sentences of a run, kept to compare with the next one. */
static tenor_sentence *copy_sentences(const tenor_analyzer *a, size_t *n) {
  const tenor_sentence *s = tenor_analyzer_sentences(a, n);
  tenor_sentence *c = malloc((*n ? *n : 1) * sizeof *c);
  FUZZ_CHECK(c != NULL);
  if (*n)
    memcpy(c, s, *n * sizeof *c);
  return c;
}

static int same_sentence(const tenor_sentence *x, const tenor_sentence *y) {
  return x->start == y->start && x->end == y->end && x->tokens == y->tokens &&
         x->hits == y->hits && x->tone == y->tone && x->hostility == y->hostility &&
         x->cooperation == y->cooperation && x->flags == y->flags && x->speaker == y->speaker;
}

static void analyse(const unsigned char *text, size_t len, unsigned char choice) {
  static const size_t max_bytes[4] = {0, 24, 300, TENOR_DEFAULT_MAX_SENTENCE_BYTES};
  world *w = &worlds[(choice >> 1) & 1];
  int no_actors = (choice >> 5) & 1;
  tenor_options o;
  tenor_options_init(&o);
  o.explain = choice & 1;
  o.level = choice & 4 ? TENOR_LEVEL_AFFILIATION : TENOR_LEVEL_PERSON;
  o.max_sentence_bytes = max_bytes[(choice >> 3) & 3];
  tenor_analyzer *a = tenor_analyzer_new(w->lex, &o);
  FUZZ_CHECK(a != NULL);
  tenor_analyzer_set_actors(a, no_actors ? NULL : w->actors);
  tenor_analyzer_share(a, w->base[no_actors]);
  const char *t = (const char *)text;
  FUZZ_CHECK(tenor_analyzer_run(a, t, len) == 0);
  check_run(a, w->lex, &o, len);
  size_t n1, n2;
  tenor_sentence *first = copy_sentences(a, &n1);
  FUZZ_CHECK(tenor_analyzer_run(a, t, len) == 0);
  const tenor_sentence *second = tenor_analyzer_sentences(a, &n2);
  FUZZ_CHECK(n1 == n2);
  for (size_t i = 0; i < n1; i++)
    FUZZ_CHECK(same_sentence(&first[i], &second[i]));
  free(first);
  tenor_analyzer_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1)
    return 0;
  unsigned char choice = data[0];
  const char *buf = (const char *)data + 1;
  size_t len = size - 1, out_len = 0;
  tenor_text_info info;
  int err = 0;
  char *fixed = tenor_text_repair(buf, len, &out_len, &info, &err);
  if (err) {
    FUZZ_CHECK(err == TENOR_EUTF16 && !fixed);
    return 0;
  }
  const unsigned char *text = (const unsigned char *)(fixed ? fixed : buf + info.skip);
  size_t n = fixed ? out_len : len - info.skip;
  FUZZ_CHECK(info.skip == 0 || info.skip == 3);
  FUZZ_CHECK(fuzz_clean_utf8(text, n));
  FUZZ_CHECK(!fixed || info.invalid + info.nul > 0);
  analyse(text, n, choice);
  tenor_free(fixed);
  return 0;
}
