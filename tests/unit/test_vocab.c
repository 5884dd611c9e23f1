/* test_vocab.c - the vocabulary of an analyzer and its trie of terms and aliases. */
#include "harness.h"

#include "actor.h"
#include "tenor.h"
#include "token.h"
#include "vocab.h"

static const char lexicon_csv[] = "term,category,weight\n"
                                  "good,tone,2\n"
                                  "good faith,tone,1.5\n"
                                  "in good faith,tone,2.5\n"
                                  "not agree*,tone,-1\n"
                                  "peace talks,cooperation,2\n";

static const char actors_csv[] = "actor,name,type,affiliation,aliases\n"
                                 "USA,United States,state,,US|the United States\n"
                                 "UN,United Nations,organisation,,UN\n";

static tenor_lexicon *lex;
static tenor_actors *actors;
static tenorp_vocab v;
static tenorp_seen seen; /* the words met, forgotten whenever v is built again */

static int setup(void **state) {
  (void)state;
  lex = tenor_lexicon_new();
  actors = tenor_actors_new();
  if (tenor_lexicon_add_csv(lex, "l.csv", lexicon_csv, sizeof lexicon_csv - 1, NULL) ||
      tenor_actors_add_csv(actors, "a.csv", actors_csv, sizeof actors_csv - 1, NULL))
    return 1;
  tenorp_map words = TENORP_MAP_INIT;
  tenorp_map_put(&words, "general", 7, tenorp_hash("general", 7), 42, NULL);
  tenorp_map_put(&words, "foreign", 7, tenorp_hash("foreign", 7), 0x100, NULL); /* no role */
  tenorp_vocab_build(&v, lex, tenorp_actors_aliases(actors), &words);
  tenorp_map_free(&words);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  tenorp_vocab_free(&v);
  tenorp_seen_free(&seen);
  tenor_actors_free(actors);
  tenor_lexicon_free(lex);
  return 0;
}

/* The word record of the only token of s. */
static const tenorp_word *word(const char *s, tenorp_tokens *t) {
  tenorp_tokenize(s, strlen(s), t);
  tenorp_vocab_tag(&v, &seen, t);
  assert_int_equal(t->n, 1);
  assert_ptr_equal(t->vocab, &v);
  return t->v[0].w;
}

static void test_words(void **state) {
  (void)state;
  tenorp_tokens t = {0};
  const tenorp_word *w = word("Good", &t);
  assert_non_null(w->entry);
  assert_true(w->id > 0);
  assert_int_equal(word("General", &t)->attrib, 42);
  assert_null(word("general", &t)->entry);
  /* a word nobody knows gets a copy of the empty record */
  w = word("zebra", &t);
  assert_null(w->entry);
  assert_int_equal(w->id, 0);
  assert_int_equal(w->node, 0);
  assert_int_equal(w->attrib, 0);
  /* words that only occur inside terms are known too */
  assert_true(word("faith", &t)->id > 0);
  assert_null(word("faith", &t)->entry);
  tenorp_tokens_free(&t);
}

/* A token is notable when an actor alias starts with it or its word has a
 * role (the low bits of its person finder's bits); nothing else is. */
static void test_notable_tokens(void **state) {
  (void)state;
  static const char text[] = "General Good says US foreign good zebra; the UN, 42.";
  static const int want[] = {1, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0};
  tenorp_tokens t = {0};
  tenorp_tokenize(text, sizeof text - 1, &t);
  tenorp_vocab_tag(&v, &seen, &t);
  assert_int_equal(t.n, sizeof want / sizeof *want);
  for (size_t i = 0; i < t.n; i++) {
    if (((t.v[i].flags & TENOR_TOK__NOTE) != 0) != want[i])
      fail_msg("token %zu (%s): notable %d, want %d", i, tenorp_norm(&t, i),
               (t.v[i].flags & TENOR_TOK__NOTE) != 0, want[i]);
  }
  tenorp_tokens_free(&t);
}

/* The node the words of s lead to, word by word from the root. */
static uint32_t path(const char *s) {
  tenorp_tokens t = {0};
  tenorp_tokenize(s, strlen(s), &t);
  tenorp_vocab_tag(&v, &seen, &t);
  uint32_t node = t.v[0].w->node;
  for (size_t i = 1; i < t.n && node; i++)
    node = tenorp_vocab_step(&v, node, t.v[i].w);
  tenorp_tokens_free(&t);
  return node;
}

static void test_trie(void **state) {
  (void)state;
  uint32_t n = path("in good faith");
  assert_true(n > 0);
  assert_non_null(v.nodes[n].term);
  assert_non_null(v.nodes[path("good faith")].term);
  /* a prefix of a term is a node without a term */
  n = path("in good");
  assert_true(n > 0);
  assert_null(v.nodes[n].term);
  /* no term goes on like this */
  assert_int_equal(path("good faith talks"), 0);
  assert_int_equal(path("zebra talks"), 0);
  /* the words before a wildcard word */
  assert_true(v.nodes[path("not")].wild);
  assert_false(v.nodes[path("good")].wild);
  /* aliases, of one word or several; case is the matcher's business */
  assert_true(v.nodes[path("the United States")].alias > 0);
  assert_true(v.nodes[path("us")].alias > 0);
  assert_int_equal(v.nodes[path("the United")].alias, 0);
  /* the actor matcher's start: only words that begin an alias have one */
  tenorp_tokens t = {0};
  assert_true(word("the", &t)->anode > 0);
  assert_int_equal(word("the", &t)->anode, word("the", &t)->node);
  assert_true(word("good", &t)->node > 0);
  assert_int_equal(word("good", &t)->anode, 0);
  assert_int_equal(t.v[0].anode, 0);
  word("us", &t);
  assert_true(t.v[0].anode > 0);
  tenorp_tokens_free(&t);
  assert_null(v.nodes[path("the United States")].term);
}

static void test_rebuild(void **state) {
  (void)state;
  /* building again starts afresh, without the actors this time */
  tenorp_vocab_build(&v, lex, NULL, NULL);
  tenorp_seen_free(&seen); /* copies of the old records */
  assert_int_equal(path("the United States"), 0);
  assert_true(path("in good faith") > 0);
  tenorp_vocab_build(&v, lex, tenorp_actors_aliases(actors), NULL);
  tenorp_seen_free(&seen);
  assert_true(v.nodes[path("the United States")].alias > 0);
}

/* A word met again, in this text or a later one, has the same record
 * (what the scorer noted of it stays); the records are forgotten all at
 * once, between texts, when more than TENORP_SEEN_MAX words were met, and
 * when they come from another vocabulary. */
static void test_seen_words(void **state) {
  (void)state;
  tenorp_seen mine = {0};
  tenorp_tokens t = {0};
  tenorp_tokenize("good zebra good", 15, &t);
  tenorp_vocab_tag(&v, &mine, &t);
  assert_ptr_equal(t.v[0].w, t.v[2].w);
  assert_int_equal(mine.n, 2);
  tenorp_seen_of(&t.v[1])->stem_known = 1; /* as the scorer would */
  tenorp_tokenize("zebra", 5, &t);
  tenorp_vocab_tag(&v, &mine, &t);
  assert_int_equal(tenorp_seen_of(&t.v[0])->stem_known, 1);
  /* more than the most: kept through the text, forgotten before the next */
  char *many = malloc(8 * (TENORP_SEEN_MAX + 10));
  size_t len = 0;
  for (int i = 0; i < TENORP_SEEN_MAX + 10; i++)
    len += (size_t)sprintf(many + len, "w%d ", i);
  tenorp_tokenize(many, len, &t);
  tenorp_vocab_tag(&v, &mine, &t);
  assert_true(mine.n > TENORP_SEEN_MAX);
  assert_ptr_not_equal(t.v[0].w, t.v[1].w);
  tenorp_tokenize("zebra", 5, &t);
  tenorp_vocab_tag(&v, &mine, &t);
  assert_int_equal(mine.n, 1);
  assert_int_equal(tenorp_seen_of(&t.v[0])->stem_known, 0);
  /* another vocabulary: its own records */
  tenorp_vocab other = {0};
  tenorp_vocab_build(&other, lex, NULL, NULL);
  tenorp_tokenize("good", 4, &t);
  tenorp_vocab_tag(&other, &mine, &t);
  assert_int_equal(mine.n, 1);
  assert_ptr_equal(mine.vocab, &other);
  assert_non_null(t.v[0].w->entry);
  tenorp_seen_trim(&mine);
  tenorp_seen_free(&mine);
  tenorp_vocab_free(&other);
  tenorp_tokens_free(&t);
  free(many);
}

/* An analyzer that shares another's word index scores as its own would. */
static void test_shared_index(void **state) {
  (void)state;
  static const char text[] = "The United States said in good faith that it does not agree.";
  tenor_analyzer *own = tenor_analyzer_new(lex, NULL), *from = tenor_analyzer_new(lex, NULL),
                 *shared = tenor_analyzer_new(lex, NULL);
  tenor_analyzer *all[] = {own, from, shared};
  for (int k = 0; k < 3; k++)
    tenor_analyzer_set_actors(all[k], actors);
  tenor_analyzer_share(from, from); /* built now */
  tenor_analyzer_share(shared, from);
  double tone[3];
  size_t targets[3];
  for (int k = 0; k < 3; k++) {
    assert_int_equal(tenor_analyzer_run(all[k], text, sizeof text - 1), TENOR_OK);
    size_t n;
    const tenor_sentence *s = tenor_analyzer_sentences(all[k], &n);
    assert_int_equal(n, 1);
    tone[k] = s[0].tone;
    tenor_analyzer_actors(all[k], &targets[k]);
  }
  assert_true(tone[0] != 0);
  assert_true(tone[1] == tone[0] && tone[2] == tone[0]);
  assert_int_equal(targets[0], 1); /* USA */
  assert_int_equal(targets[1], targets[0]);
  assert_int_equal(targets[2], targets[0]);
  tenor_analyzer_free(shared);
  tenor_analyzer_free(from);
  tenor_analyzer_free(own);
}

/* After a long text an analyzer lets its per-text memory go (analyze.c,
 * trim); what it finds in the next texts is what a fresh analyzer finds. */
static void test_trim_after_long_text(void **state) {
  (void)state;
  static const char one[] = "The United States said in good faith that it does not agree. ";
  size_t n1 = sizeof one - 1, reps = 2000;
  char *long_text = malloc(n1 * reps + 1);
  for (size_t i = 0; i < reps; i++)
    memcpy(long_text + i * n1, one, n1);
  long_text[n1 * reps] = 0;
  tenor_options opt;
  tenor_options_init(&opt);
  opt.explain = 1;
  tenor_analyzer *used = tenor_analyzer_new(lex, &opt), *fresh = tenor_analyzer_new(lex, &opt);
  tenor_analyzer_set_actors(used, actors);
  tenor_analyzer_set_actors(fresh, actors);
  for (int round = 0; round < 2; round++) {
    size_t n;
    tenor_analyzer_run(used, long_text, n1 * reps);
    tenor_analyzer_sentences(used, &n);
    assert_int_equal(n, reps);
    tenor_analyzer_run(used, one, n1); /* trims, then runs */
    tenor_analyzer_run(fresh, one, n1);
    size_t nu, nf, tu, tf, hu, hf;
    const tenor_sentence *su = tenor_analyzer_sentences(used, &nu);
    const tenor_sentence *sf = tenor_analyzer_sentences(fresh, &nf);
    assert_int_equal(nu, 1);
    assert_int_equal(nf, 1);
    assert_true(su[0].tone == sf[0].tone && su[0].tone != 0);
    tenor_analyzer_targets(used, 0, &tu);
    tenor_analyzer_targets(fresh, 0, &tf);
    assert_int_equal(tu, tf);
    assert_non_null(tenor_analyzer_tokens(used, 0, &nu));
    assert_non_null(tenor_analyzer_hits(used, 0, &hu));
    tenor_analyzer_hits(fresh, 0, &hf);
    assert_int_equal(hu, hf);
  }
  tenor_analyzer_free(used);
  tenor_analyzer_free(fresh);
  free(long_text);
}

/* A document of many actors: the per-actor figures come sorted by id
 * (merge sort above 16, insertion sort below), whatever order they were
 * met in, and a person named again by surname alone is the same person. */
static void test_many_actors_sorted(void **state) {
  (void)state;
  char csv[8192] = "actor,name,type,affiliation,aliases\n", text[8192] = "";
  for (int i = 0; i < 60; i++) {
    char row[64];
    snprintf(row, sizeof row, "S%c%c,Land%02d,state,,Landia%02d\n", 'A' + i / 26, 'A' + i % 26, i,
             i);
    strcat(csv, row);
  }
  for (int i = 59; i >= 0; i--) { /* met in reverse order of id */
    char sent[64];
    snprintf(sent, sizeof sent, "Land%02d talked to Landia%02d. ", i, (i * 7) % 60);
    strcat(text, sent);
  }
  strcat(text, "Foreign Minister Maria Lindqvist spoke. Later Lindqvist left.");
  tenor_actors *many = tenor_actors_new();
  tenor_diag d;
  if (tenor_actors_add_csv(many, "m.csv", csv, strlen(csv), &d))
    fail_msg("%s:%zu: %s", d.path, d.line, d.message);
  tenor_analyzer *a = tenor_analyzer_new(lex, NULL);
  tenor_analyzer_set_actors(a, many);
  tenor_analyzer_run(a, text, strlen(text));
  size_t nact, nst;
  const tenor_actor *act = tenor_analyzer_actors(a, &nact);
  const tenor_actor_stats *st = tenor_analyzer_actor_stats(a, &nst);
  assert_int_equal(nst, 61); /* 60 states and one person */
  for (size_t i = 1; i < nst; i++)
    assert_true(strcmp(act[st[i - 1].actor].id, act[st[i].actor].id) < 0);
  size_t lindqvist = SIZE_MAX;
  for (size_t i = 0; i < nst; i++)
    if (!strcmp(act[st[i].actor].id, "maria_lindqvist"))
      lindqvist = i;
  assert_true(lindqvist != SIZE_MAX);
  assert_int_equal(st[lindqvist].mentions, 2);
  tenor_analyzer_free(a);
  tenor_actors_free(many);
}

/* Issue 8, found by fuzz_lexicon: the node of a multi-word wildcard term
 * was marked as v->nodes[path_of(...)].wild, and path_of adds nodes: with
 * the array moved by the call, the mark went to freed memory (ASan's
 * heap-use-after-free with clang, which reads v->nodes first).  Sixty such
 * terms of new words grow the array while they are added. */
static void test_many_wildcard_phrases(void **state) {
  (void)state;
  char csv[8192] = "term,category,weight\n";
  size_t n = strlen(csv);
  for (int i = 0; i < 60; i++)
    n += (size_t)snprintf(csv + n, sizeof csv - n, "w%da w%db w%dc*,tone,1\n", i, i, i);
  tenor_lexicon *l = tenor_lexicon_new();
  assert_int_equal(tenor_lexicon_add_csv(l, "wild.csv", csv, n, NULL), 0);
  tenorp_vocab w = {0};
  tenorp_vocab_build(&w, l, NULL, NULL);
  for (int i = 0; i < 60; i++) {
    char words[2][16];
    snprintf(words[0], sizeof words[0], "w%da", i);
    snprintf(words[1], sizeof words[1], "w%db", i);
    uint32_t node = 0;
    for (int k = 0; k < 2; k++) {
      size_t len = strlen(words[k]);
      size_t at = tenorp_map_find(&w.words, words[k], len, tenorp_hash(words[k], len));
      assert_true(at != SIZE_MAX);
      const tenorp_word *x = &w.w[w.words.keys[at].value];
      node = k ? tenorp_vocab_step(&w, node, x) : x->node;
      assert_true(node != 0);
    }
    assert_true(w.nodes[node].wild); /* the mark is where it belongs */
  }
  tenorp_vocab_free(&w);
  tenor_lexicon_free(l);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_words),
      cmocka_unit_test(test_notable_tokens),
      cmocka_unit_test(test_trie),
      cmocka_unit_test(test_rebuild),
      cmocka_unit_test(test_seen_words),
      cmocka_unit_test(test_shared_index),
      cmocka_unit_test(test_trim_after_long_text),
      cmocka_unit_test(test_many_actors_sorted),
      cmocka_unit_test(test_many_wildcard_phrases),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
