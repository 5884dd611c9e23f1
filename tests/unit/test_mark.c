/* test_mark.c - actors named by the caller at a span (tenor_analyzer_mark),
 * which tenor validate uses for the targets of a gold standard. */
#include "harness.h"

#include "tenor.h"

static const char actors_csv[] = "actor,name,type,affiliation,aliases\n"
                                 "RUS,Russia,state,,Russian|Moscow\n"
                                 "TUR,Turkey,state,,Turkish|Ankara\n"
                                 "john_kerry,John Kerry,person,,Kerry\n";

static const char lexicon_csv[] = "term,category,weight\n"
                                  "said,speech,\n"
                                  "threat,tone,-2\n"
                                  "threat,hostility,3\n"
                                  "good,tone,2\n";

static tenor_actors *actors;
static tenor_lexicon *lex;
static tenor_analyzer *an;

static int setup(void **state) {
  (void)state;
  actors = tenor_actors_new();
  lex = tenor_lexicon_new();
  if (tenor_actors_add_csv(actors, "a.csv", actors_csv, sizeof actors_csv - 1, NULL) ||
      tenor_lexicon_add_csv(lex, "l.csv", lexicon_csv, sizeof lexicon_csv - 1, NULL))
    return 1;
  an = tenor_analyzer_new(lex, NULL);
  tenor_analyzer_set_actors(an, actors);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  tenor_analyzer_free(an);
  tenor_actors_free(actors);
  tenor_lexicon_free(lex);
  return 0;
}

/* The byte span of the first `what` in text. */
static size_t at(const char *text, const char *what) { return (size_t)(strstr(text, what) - text); }

static void mark(const char *text, const char *what, const char *id, int type) {
  size_t s = at(text, what);
  assert_int_equal(tenor_analyzer_mark(an, s, s + strlen(what), id, type), 0);
}

/* The actor with this id in the last run, or NULL; its index in *k. */
static const tenor_actor *actor(const char *id, size_t *k) {
  size_t n;
  const tenor_actor *a = tenor_analyzer_actors(an, &n);
  for (size_t i = 0; i < n; i++)
    if (!strcmp(a[i].id, id)) {
      if (k)
        *k = i;
      return &a[i];
    }
  return NULL;
}

/* The stance toward actor k in sentence i, or 9 if it is no target. */
static double stance(size_t i, size_t k) {
  size_t n;
  const tenor_target *t = tenor_analyzer_targets(an, i, &n);
  for (size_t j = 0; j < n; j++)
    if (t[j].actor == k)
      return t[j].stance;
  return 9;
}

static void run(const char *text) { tenor_analyzer_run(an, text, strlen(text)); }

static void test_unknown_actor(void **state) {
  (void)state;
  const char *text = "Kerry said the Zorblat party was a threat.";
  mark(text, "the Zorblat party", "@1", 0);
  run(text);
  size_t k = SIZE_MAX;
  const tenor_actor *a = actor("@1", &k);
  assert_non_null(a);
  assert_string_equal(a->name, "the Zorblat party");
  assert_int_equal(a->type, TENOR_ACTOR_GROUP);
  assert_int_equal(a->discovered, 1);
  assert_true(stance(0, k) < 0); /* the threat went to it */
  size_t n;
  const tenor_sentence *s = tenor_analyzer_sentences(an, &n);
  assert_string_equal(tenor_analyzer_actors(an, &n)[s[0].speaker].id, "john_kerry");
  /* the mark was for that run only */
  run(text);
  assert_null(actor("@1", NULL));
}

static void test_replaces_listed_actor(void **state) {
  (void)state;
  const char *text = "Kerry said Russia was a threat.";
  mark(text, "Russia", "@1", 0);
  run(text);
  size_t k = SIZE_MAX;
  const tenor_actor *a = actor("@1", &k);
  assert_non_null(a);
  assert_int_equal(a->type, TENOR_ACTOR_STATE); /* the type of the actor in its words */
  assert_null(actor("RUS", NULL));
  assert_true(stance(0, k) < 0);
  /* a type given wins */
  mark(text, "Russia", "@1", TENOR_ACTOR_ORGANISATION);
  run(text);
  assert_int_equal(actor("@1", NULL)->type, TENOR_ACTOR_ORGANISATION);
}

static void test_person_by_title(void **state) {
  (void)state;
  const char *text = "Mr Hollis said Turkey was good.";
  mark(text, "Mr Hollis", "@1", 0);
  run(text);
  size_t k = SIZE_MAX, n;
  const tenor_actor *a = actor("@1", &k);
  assert_non_null(a);
  assert_int_equal(a->type, TENOR_ACTOR_PERSON);
  const tenor_sentence *s = tenor_analyzer_sentences(an, &n);
  assert_int_equal(s[0].speaker, k); /* it speaks, so it is no target */
  assert_true(stance(0, k) == 9);
  assert_null(actor("hollis", NULL)); /* the finding of people did not see him again */
}

static void test_overlaps_and_ids(void **state) {
  (void)state;
  const char *text = "The Zorblat party met Turkey. The Zorblat party was good.";
  size_t second = at(text + 5, "The Zorblat") + 5;
  /* the second mark overlaps the first, which starts before it: dropped */
  assert_int_equal(tenor_analyzer_mark(an, 0, 17, "@1", 0), 0);
  assert_int_equal(tenor_analyzer_mark(an, 4, 28, "@2", 0), 0);
  /* the same id again: the same actor */
  assert_int_equal(tenor_analyzer_mark(an, second, second + 17, "@1", 0), 0);
  /* only white space: never placed */
  assert_int_equal(tenor_analyzer_mark(an, 29, 30, "@3", 0), 0);
  run(text);
  size_t k = SIZE_MAX, n;
  assert_non_null(actor("@1", &k));
  assert_null(actor("@2", NULL));
  assert_null(actor("@3", NULL));
  assert_non_null(actor("TUR", NULL));
  const tenor_actor_stats *st = tenor_analyzer_actor_stats(an, &n);
  size_t j = 0;
  while (j < n && st[j].actor != k)
    j++;
  assert_true(j < n);
  assert_int_equal(st[j].mentions, 2);
  assert_int_equal(st[j].as_target, 2); /* no speaker: every actor named is a target */
  assert_true(stance(0, k) == 0 && stance(1, k) > 0);
}

static void test_a_span_beyond_the_text(void **state) {
  (void)state;
  const char *text = "Turkey was good.";
  assert_int_equal(tenor_analyzer_mark(an, 100, 120, "@1", 0), 0);
  run(text);
  assert_null(actor("@1", NULL));
  assert_non_null(actor("TUR", NULL));
}

static void test_refused(void **state) {
  (void)state;
  assert_int_equal(tenor_analyzer_mark(an, 0, 5, "", 0), TENOR_EACTOR);
  assert_int_equal(tenor_analyzer_mark(an, 5, 5, "@1", 0), TENOR_EACTOR);
  assert_int_equal(tenor_analyzer_mark(an, 0, 5, "@1", 99), TENOR_EACTOR);
  tenor_analyzer *plain = tenor_analyzer_new(lex, NULL); /* no actor list */
  assert_int_equal(tenor_analyzer_mark(plain, 0, 5, "@1", 0), TENOR_EACTOR);
  tenor_analyzer_free(plain);
  /* an empty list will do */
  tenor_actors *none = tenor_actors_new();
  plain = tenor_analyzer_new(lex, NULL);
  tenor_analyzer_set_actors(plain, none);
  const char *text = "Then Kerry was a threat.";
  assert_int_equal(tenor_analyzer_mark(plain, 5, 10, "@1", 0), 0);
  tenor_analyzer_run(plain, text, strlen(text));
  size_t n, nt;
  const tenor_actor *a = tenor_analyzer_actors(plain, &n);
  assert_int_equal(n, 1);
  assert_string_equal(a[0].id, "@1");
  const tenor_target *t = tenor_analyzer_targets(plain, 0, &nt);
  assert_int_equal(nt, 1);
  assert_true(t[0].stance < 0);
  tenor_analyzer_free(plain);
  tenor_actors_free(none);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_unknown_actor),     cmocka_unit_test(test_replaces_listed_actor),
      cmocka_unit_test(test_person_by_title),   cmocka_unit_test(test_overlaps_and_ids),
      cmocka_unit_test(test_a_span_beyond_the_text), cmocka_unit_test(test_refused),
  };
  return cmocka_run_group_tests_name("mark", tests, setup, teardown);
}
