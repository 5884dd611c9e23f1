/* test_score.c - matching and every shifter rule, on a small lexicon. */
#include "harness.h"

#include <math.h>

#include "score.h"
#include "tenor.h"
#include "vocab.h"

static const char lexicon[] = "term,category,weight\n"
                              "good,tone,2\n"
                              "bad,tone,-2\n"
                              "threat,tone,-2\n"
                              "threat,hostility,3\n"
                              "cooperate,cooperation,2\n"
                              "contact,tone,0.5\n"
                              "contact group,cooperation,2.5\n"
                              "war,tone,-3\n"
                              "cold war era,tone,-1\n"
                              "not,negator,\n"
                              "never,negator,1\n"
                              "very,booster,0.3\n"
                              "slightly,dampener,-0.3\n"
                              "but,contrast,\n"
                              "refused,tone,-1.5\n"
                              "refused to,negator,\n"
                              "however,contrast,1\n"
                              "wow!,tone,1\n";

static tenor_lexicon *lex;

static int setup(void **state) {
  (void)state;
  lex = tenor_lexicon_new();
  return tenor_lexicon_add_csv(lex, "test", lexicon, sizeof lexicon - 1, NULL);
}

static int teardown(void **state) {
  (void)state;
  tenor_lexicon_free(lex);
  return 0;
}

/* One sentence each: the text, then its expected scores. */
static const struct {
  const char *text;
  double tone, hostility, cooperation;
  size_t hits, n_pos, n_neg;
} cases[] = {
    /* plain hits */
    {"It is good.", 2, 0, 0, 1, 1, 0},
    {"It is a threat.", -2, 3, 0, 1, 0, 1},
    {"Nothing here scores.", 0, 0, 0, 0, 0, 0},
    /* negation: tone x -0.74, hostility and cooperation x 0.25 */
    {"It is not good.", -1.48, 0, 0, 1, 0, 1},
    {"It is not a threat.", 1.48, 0.75, 0, 1, 1, 0},
    {"They never cooperate.", 0, 0, 0.5, 1, 0, 0},
    {"It isn't good.", -1.48, 0, 0, 1, 0, 1},
    {"They don't cooperate.", 0, 0, 0.5, 1, 0, 0},
    {"not one two good", -1.48, 0, 0, 1, 0, 1},     /* three tokens before: in */
    {"not one two three good", 2, 0, 0, 1, 1, 0},   /* four tokens before: out */
    {"Not, in fact, good.", 2, 0, 0, 1, 1, 0},      /* a comma stops negation */
    {"not (really) good", 2, 0, 0, 1, 1, 0},        /* so does a bracket */
    {"not but good", 3, 0, 0, 1, 1, 0},             /* so does a contrast word */
    /* boosters and dampeners: the magnitude of the next hit */
    {"very good", 2.3, 0, 0, 1, 1, 0},
    {"very bad", -2.3, 0, 0, 1, 0, 1},
    {"slightly good", 1.7, 0, 0, 1, 1, 0},
    {"a very direct threat", -2.3, 3.3, 0, 1, 0, 1},
    {"very good and good", 4.3, 0, 0, 2, 2, 0},     /* only the next hit */
    {"very one two three good", 2, 0, 0, 1, 1, 0},  /* out of the window */
    {"very x y z very good", 2.3, 0, 0, 1, 1, 0},   /* an unused booster expires */
    {"slightly slightly slightly slightly slightly slightly slightly good", 0, 0, 0, 1, 0, 0},
    {"not very good", -1.702, 0, 0, 1, 0, 1},       /* boost, then negate */
    /* contrast: before x 0.5, after x 1.5; the last contrast word counts */
    {"It was good but the war was bad", -6.5, 0, 0, 3, 1, 2},
    {"But it is good.", 3, 0, 0, 1, 1, 0},
    {"good but bad however good", 3, 0, 0, 3, 2, 1},
    {"a threat but good", 2, 1.5, 0, 2, 1, 1},
    /* capitals in mixed-case text add 0.733 */
    {"It is GOOD.", 2.733, 0, 0, 1, 1, 0},
    {"IT IS GOOD.", 2, 0, 0, 1, 1, 0},
    {"It is a THREAT.", -2.733, 3.733, 0, 1, 0, 1},
    /* each '!' adds 0.292 to every non-zero sum, at most four */
    {"It is good!", 2.292, 0, 0, 1, 1, 0},
    {"A threat!!", -2.584, 3.584, 0, 1, 0, 1},
    {"good!!!!!!", 3.168, 0, 0, 1, 1, 0},
    {"Nothing!", 0, 0, 0, 0, 0, 0},
    {"wow! good", 3, 0, 0, 2, 2, 0},          /* a '!' inside a term is no emphasis */
    {"wow! good!", 3.292, 0, 0, 2, 2, 0},
    /* multi-word terms win over their words, longest first */
    {"The contact group met.", 0, 0, 2.5, 1, 0, 0},
    {"a cold war era deal", -1, 0, 0, 1, 0, 1},
    {"a cold war", -3, 0, 0, 1, 0, 1},
    {"contact", 0.5, 0, 0, 1, 1, 0},
    /* a multi-word shifter keeps its first word's score and acts after it */
    {"They refused to cooperate.", -1.5, 0, 0.5, 2, 0, 1},
    {"THEY DON'T SEEM GOOD.", -1.48, 0, 0, 1, 0, 1}, /* all capitals: no emphasis */
    /* hyphenated words: the parts when the whole is unknown */
    {"an anti-war rally", -3, 0, 0, 1, 0, 1},
    {"a good-bad mix", 0, 0, 0, 2, 1, 1},
    /* matching is on the normalised form */
    {"GOOD Good good", 6.733, 0, 0, 3, 3, 0}, /* and the capitals rule */
};

static void test_cases(void **state) {
  (void)state;
  tenor_analyzer *a = tenor_analyzer_new(lex, NULL);
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    print_message("case: %s\n", cases[i].text);
    assert_int_equal(tenor_analyzer_run(a, cases[i].text, strlen(cases[i].text)), 0);
    size_t n;
    const tenor_sentence *s = tenor_analyzer_sentences(a, &n);
    assert_int_equal(n, 1);
    if (fabs(s->tone - cases[i].tone) > 1e-9 || fabs(s->hostility - cases[i].hostility) > 1e-9 ||
        fabs(s->cooperation - cases[i].cooperation) > 1e-9)
      fprintf(stderr, "[%s]: tone %g hostility %g cooperation %g\n", cases[i].text, s->tone,
              s->hostility, s->cooperation);
    assert_true(fabs(s->tone - cases[i].tone) < 1e-9);
    assert_true(fabs(s->hostility - cases[i].hostility) < 1e-9);
    assert_true(fabs(s->cooperation - cases[i].cooperation) < 1e-9);
    assert_int_equal(s->hits, cases[i].hits);
    assert_int_equal(s->n_pos, cases[i].n_pos);
    assert_int_equal(s->n_neg, cases[i].n_neg);
    assert_true(fabs(s->tone_norm - s->tone / sqrt(s->tone * s->tone + 15)) < 1e-12);
    assert_true(s->tone_norm >= -1 && s->tone_norm <= 1);
  }
  tenor_analyzer_free(a);
}

/* What an analyzer learns of the words it meets (vocab.h: the words
 * that match nothing alone are passed over) changes no score: the cases
 * scored one after the other, backwards, by one analyzer, score as they
 * do each alone, by an analyzer of its own. */
static void test_scores_do_not_depend_on_words_met(void **state) {
  (void)state;
  tenor_analyzer *shared = tenor_analyzer_new(lex, NULL);
  const size_t n = sizeof cases / sizeof *cases;
  for (size_t c = n; c-- > 0;) {
    const char *text = cases[c].text;
    tenor_analyzer *own = tenor_analyzer_new(lex, NULL);
    assert_int_equal(tenor_analyzer_run(own, text, strlen(text)), 0);
    assert_int_equal(tenor_analyzer_run(shared, text, strlen(text)), 0);
    size_t n1, n2;
    const tenor_sentence *x = tenor_analyzer_sentences(own, &n1);
    const tenor_sentence *y = tenor_analyzer_sentences(shared, &n2);
    assert_int_equal(n1, n2);
    for (size_t i = 0; i < n1; i++) {
      if (x[i].tone != y[i].tone || x[i].hits != y[i].hits)
        fail_msg("[%s]: tone %g with %zu hits alone, %g with %zu after the others", text,
                 x[i].tone, x[i].hits, y[i].tone, y[i].hits);
      assert_true(x[i].hostility == y[i].hostility && x[i].cooperation == y[i].cooperation);
      assert_int_equal(x[i].tokens, y[i].tokens);
    }
    tenor_analyzer_free(own);
  }
  /* a word that starts a term is no word that matches nothing */
  static const char *const texts[] = {"a cold day", "a cold war era deal", "contact",
                                      "The contact group met."};
  double want[] = {0, -1, 0.5, 0};
  for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
    assert_int_equal(tenor_analyzer_run(shared, texts[k], strlen(texts[k])), 0);
    size_t m;
    assert_true(fabs(tenor_analyzer_sentences(shared, &m)->tone - want[k]) < 1e-9);
  }
  tenor_analyzer_free(shared);
}

static void test_offsets_and_tokens(void **state) {
  (void)state;
  const char *text = "  It isn't good.\n\nA threat!  ";
  tenor_analyzer *a = tenor_analyzer_new(lex, NULL);
  tenor_analyzer_run(a, text, strlen(text));
  size_t n;
  const tenor_sentence *s = tenor_analyzer_sentences(a, &n);
  assert_int_equal(n, 2);
  assert_int_equal(s[0].start, 2);
  assert_int_equal(s[0].end, 16);
  assert_int_equal(s[0].tokens, 4); /* It is n't good */
  assert_int_equal(s[1].start, 18);
  assert_int_equal(s[1].end, 27);
  assert_int_equal(s[1].tokens, 2);
  tenor_docstats d = {0};
  tenor_docstats_add(&d, &s[0]);
  tenor_docstats_add(&d, &s[1]);
  assert_int_equal(d.sentences, 2);
  assert_int_equal(d.tokens, 6);
  assert_true(fabs(d.tone_sum - (-1.48 - 2.292)) < 1e-9);
  assert_true(fabs(d.hostility_sum - 3.292) < 1e-9);
  tenor_analyzer_free(a);
}

static void test_rules_recorded(void **state) {
  (void)state;
  const char *text = "not VERY bad but good";
  tenorp_tokens t = {0};
  tenorp_spans sp = {0};
  tenorp_scorer sc = {0};
  tenor_sentence s;
  tenorp_vocab v = {0};
  tenorp_seen seen = {0};
  tenorp_vocab_build(&v, lex, NULL, NULL);
  tenorp_tokenize(text, strlen(text), &t);
  tenorp_vocab_tag(&v, &seen, &t);
  tenorp_split(text, &t, 0, &sp);
  tenorp_survey sv = {0};
  tenorp_survey_sentence(&t, &sp.v[0], &sv);
  tenorp_score_sentence(&sc, lex, &t, &sp.v[0], &sv, NULL, &s);
  tenorp_survey_free(&sv);
  assert_int_equal(sc.n, 5); /* not, VERY, bad, but, good */
  assert_int_equal(sc.hits[2].rules, TENORP_RULE_NEGATED | TENORP_RULE_BOOSTED | TENORP_RULE_BEFORE);
  assert_int_equal(sc.hits[4].rules, TENORP_RULE_AFTER);
  assert_true(fabs(sc.hits[2].w[TENORP_TONE] - (-2.3 * -0.74 * 0.5)) < 1e-9);
  tenorp_scorer_free(&sc);
  tenorp_spans_free(&sp);
  tenorp_tokens_free(&t);
  tenorp_vocab_free(&v);
  tenorp_seen_free(&seen);
}

static void test_max_sentence_bytes(void **state) {
  (void)state;
  tenor_options opt;
  tenor_options_init(&opt);
  assert_int_equal(opt.max_sentence_bytes, TENOR_DEFAULT_MAX_SENTENCE_BYTES);
  opt.max_sentence_bytes = 10;
  const char *text = "good good good good good";
  tenor_analyzer *a = tenor_analyzer_new(lex, &opt);
  tenor_analyzer_run(a, text, strlen(text));
  size_t n;
  const tenor_sentence *s = tenor_analyzer_sentences(a, &n);
  assert_int_equal(n, 3);
  assert_true(s[0].flags & TENOR_SENT_CUT);
  assert_false(s[2].flags & TENOR_SENT_CUT);
  assert_true(fabs(s[0].tone + s[1].tone + s[2].tone - 10) < 1e-9);
  tenor_analyzer_free(a);
}

static void test_empty_text(void **state) {
  (void)state;
  tenor_analyzer *a = tenor_analyzer_new(lex, NULL);
  size_t n = 99;
  tenor_analyzer_run(a, "", 0);
  tenor_analyzer_sentences(a, &n);
  assert_int_equal(n, 0);
  tenor_analyzer_run(a, " \n\t ", 4);
  tenor_analyzer_sentences(a, &n);
  assert_int_equal(n, 0);
  tenor_analyzer_free(a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cases),
      cmocka_unit_test(test_scores_do_not_depend_on_words_met),
      cmocka_unit_test(test_offsets_and_tokens),
      cmocka_unit_test(test_rules_recorded),
      cmocka_unit_test(test_max_sentence_bytes),
      cmocka_unit_test(test_empty_text),
  };
  return cmocka_run_group_tests_name("score", tests, setup, teardown);
}
