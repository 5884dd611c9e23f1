/* test_sentence.c - the sentence splitter, table-driven (sentence_cases.inc). */
#include "harness.h"

#include "sentence.h"
#include "tenor.h"
#include "token.h"

struct split_case {
  const char *name;        /* short unique name */
  const char *input;       /* the text */
  const char *expect[12];  /* the sentences in order, NULL-terminated */
};

static const struct split_case cases[] = {
#include "sentence_cases.inc"
};

/* The byte span [*a, *b) of sentence i. */
static void span_bytes(const tenorp_tokens *t, const tenorp_spans *s, size_t i, size_t *a,
                       size_t *b) {
  const tenorp_token *last = &t->v[s->v[i].last - 1];
  *a = t->v[s->v[i].first].start;
  *b = last->start + last->len;
}

static int check_case(const struct split_case *c, int verbose) {
  tenorp_tokens t = {0};
  tenorp_spans s = {0};
  size_t len = strlen(c->input);
  tenorp_tokenize(c->input, len, &t);
  tenorp_split(c->input, &t, 0, &s);
  size_t want = 0;
  while (c->expect[want])
    want++;
  int ok = s.n == want;
  for (size_t i = 0; ok && i < want; i++) {
    size_t a, b;
    span_bytes(&t, &s, i, &a, &b);
    ok = strlen(c->expect[i]) == b - a && !memcmp(c->expect[i], c->input + a, b - a);
  }
  if (!ok && verbose) {
    fprintf(stderr, "case %s: want %zu sentence(s), got %zu:\n", c->name, want, s.n);
    for (size_t i = 0; i < s.n; i++) {
      size_t a, b;
      span_bytes(&t, &s, i, &a, &b);
      fprintf(stderr, "  [%.*s]\n", (int)(b - a), c->input + a);
    }
  }
  tenorp_tokens_free(&t);
  tenorp_spans_free(&s);
  return ok;
}

static void test_case(void **state) {
  const struct split_case *c = *state;
  assert_true(check_case(c, 1));
}

static void test_cut_long_sentence(void **state) {
  (void)state;
  const char *text = "alpha beta gamma delta epsilon zeta eta theta";
  tenorp_tokens t = {0};
  tenorp_spans s = {0};
  tenorp_tokenize(text, strlen(text), &t);
  tenorp_split(text, &t, 12, &s);
  assert_true(s.n > 1);
  for (size_t i = 0; i < s.n; i++) {
    size_t a, b;
    span_bytes(&t, &s, i, &a, &b);
    assert_true(b - a <= 12);
    assert_int_equal(s.v[i].flags & TENOR_SENT_CUT, i + 1 < s.n ? TENOR_SENT_CUT : 0);
  }
  tenorp_tokens_free(&t);
  tenorp_spans_free(&s);
}

/* Issue 8, found by fuzz_text: the marks attached to a sentence's end
 * ('!!!', '))') were taken in whatever their number, past max_bytes. */
static void test_cut_terminator_run(void **state) {
  (void)state;
  const char *text = "Good talks!!!!!!!!!!!!!!!!!!!!)))))))))). Next.";
  tenorp_tokens t = {0};
  tenorp_spans s = {0};
  tenorp_tokenize(text, strlen(text), &t);
  tenorp_split(text, &t, 12, &s);
  assert_true(s.n >= 2);
  assert_int_equal(s.v[0].flags & TENOR_SENT_CUT, TENOR_SENT_CUT);
  for (size_t i = 0; i < s.n; i++) {
    size_t a, b;
    span_bytes(&t, &s, i, &a, &b);
    assert_true(b - a <= 12);
  }
  tenorp_tokens_free(&t);
  tenorp_spans_free(&s);
}

static void test_punctuation_only_dropped(void **state) {
  (void)state;
  const char *text = "* * *\n\nReal words here.\n\n---";
  tenorp_tokens t = {0};
  tenorp_spans s = {0};
  tenorp_tokenize(text, strlen(text), &t);
  tenorp_split(text, &t, 0, &s);
  assert_int_equal(s.n, 1);
  tenorp_tokens_free(&t);
  tenorp_spans_free(&s);
}

int main(void) {
  size_t n = sizeof cases / sizeof *cases;
  struct CMUnitTest *tests = calloc(n + 3, sizeof *tests);
  for (size_t i = 0; i < n; i++) {
    tests[i].name = cases[i].name;
    tests[i].test_func = test_case;
    tests[i].initial_state = (void *)&cases[i];
  }
  tests[n].name = "cut_long_sentence";
  tests[n].test_func = test_cut_long_sentence;
  tests[n + 1].name = "punctuation_only_dropped";
  tests[n + 1].test_func = test_punctuation_only_dropped;
  tests[n + 2].name = "cut_terminator_run";
  tests[n + 2].test_func = test_cut_terminator_run;
  int rc = _cmocka_run_group_tests("sentence", tests, n + 3, NULL, NULL);
  free(tests);
  return rc;
}
