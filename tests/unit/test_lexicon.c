/* test_lexicon.c - loading native CSV lexicons, lookups, and every error. */
#include "harness.h"

#include "lexicon.h"
#include "tenor.h"
#include "token.h"

static const tenorp_entry *find(const tenor_lexicon *lex, const char *key) {
  return tenorp_lexicon_find(lex, key, strlen(key), tenorp_hash(key, strlen(key)));
}

static void test_load_basic(void **state) {
  (void)state;
  const char *csv = "# a comment\n"
                    "term,category,weight,note\n"
                    "threat,tone,-2.5,x\n"
                    "\n"
                    "# between rows\n"
                    "threat,hostility,3\n"
                    "\"contact group\",cooperation,2.5\n"
                    "Work Together,cooperation,3\n"
                    "not,negator,\n"
                    "very,booster,0.3\n"
                    "slightly,dampener,-0.3\n"
                    "but,contrast,1\n"
                    "don’t back down,tone,-1\n";
  tenor_lexicon *lex = tenor_lexicon_new();
  tenor_diag d;
  assert_int_equal(tenor_lexicon_add_csv(lex, "t.csv", csv, strlen(csv), &d), 0);
  assert_int_equal(tenor_lexicon_size(lex), 9);
  const tenorp_entry *e = find(lex, "threat");
  assert_non_null(e);
  assert_true(e->cats & TENORP_CAT_TONE);
  assert_true(e->cats & TENORP_CAT_HOSTILITY);
  assert_true(e->w[TENORP_TONE] == -2.5);
  assert_true(e->w[TENORP_HOSTILITY] == 3);
  e = find(lex, "contact group");
  assert_non_null(e);
  assert_int_equal(e->words, 2);
  assert_int_equal(find(lex, "contact")->mwe_max, 2);
  assert_int_equal(find(lex, "contact")->cats, 0); /* a prefix only */
  assert_non_null(find(lex, "work together"));     /* folded to lower case */
  assert_non_null(find(lex, "do not back down"));  /* normalised like text */
  assert_int_equal(find(lex, "do")->mwe_max, 4);
  assert_true(find(lex, "not")->cats & TENORP_CAT_NEGATOR);
  assert_true(find(lex, "very")->boost == 0.3);
  assert_true(find(lex, "slightly")->boost == -0.3);
  assert_true(find(lex, "but")->cats & TENORP_CAT_CONTRAST);
  assert_null(find(lex, "threats"));
  tenor_lexicon_free(lex);
}

static void test_override(void **state) {
  (void)state;
  const char *a = "term,category,weight\nattack,tone,-2\nattack,hostility,3\n";
  const char *b = "weight,term,category\r\n1.5,attack,hostility\r\n";
  tenor_lexicon *lex = tenor_lexicon_new();
  assert_int_equal(tenor_lexicon_add_csv(lex, "a", a, strlen(a), NULL), 0);
  assert_int_equal(tenor_lexicon_add_csv(lex, "b", b, strlen(b), NULL), 0);
  assert_int_equal(tenor_lexicon_size(lex), 2);
  assert_true(find(lex, "attack")->w[TENORP_HOSTILITY] == 1.5);
  assert_true(find(lex, "attack")->w[TENORP_TONE] == -2);
  tenor_lexicon_free(lex);
}

static void test_bom_and_no_final_newline(void **state) {
  (void)state;
  const char *csv = "\xef\xbb\xbfterm,category,weight\npeace,tone,2";
  tenor_lexicon *lex = tenor_lexicon_new();
  assert_int_equal(tenor_lexicon_add_csv(lex, "x", csv, strlen(csv), NULL), 0);
  assert_non_null(find(lex, "peace"));
  tenor_lexicon_free(lex);
}

static void test_quoted_newline_keeps_lines(void **state) {
  (void)state;
  /* A quoted field that spans lines; the error on the next row must still
   * name its own line. */
  const char *csv = "term,category,weight\n\"two\nlines\",tone,1\nbad,tone,9\n";
  tenor_lexicon *lex = tenor_lexicon_new();
  tenor_diag d;
  assert_int_equal(tenor_lexicon_add_csv(lex, "q.csv", csv, strlen(csv), &d), TENOR_EWEIGHT);
  assert_int_equal(d.line, 4);
  tenor_lexicon_free(lex);
}

#define S(lit) lit, sizeof(lit) - 1 /* a literal and its length, NUL bytes included */

/* Each bad lexicon: its text, the error code, the line, and a piece of the message. */
static const struct {
  const char *name;
  const char *csv;
  size_t len;
  int code;
  size_t line;
  const char *message;
} bad[] = {
    {"empty file", S(""), TENOR_EEMPTY, 1, "empty lexicon"},
    {"only comments", S("# nothing\n\n"), TENOR_EEMPTY, 2, "no header"},
    {"header only", S("term,category,weight\n"), TENOR_EEMPTY, 1, "no entries"},
    {"no header", S("attack,hostility,2\n"), TENOR_EHEADER, 1, "header row"},
    {"header missing weight", S("term,category\nx,tone\n"), TENOR_EHEADER, 1, "'weight'"},
    {"missing column", S("term,category,weight\nok,tone,1\nattack,tone\n"), TENOR_EFIELD, 3,
     "missing column 'weight'"},
    {"empty weight", S("term,category,weight\nattack,tone,\n"), TENOR_EFIELD, 2, "empty weight"},
    {"empty category", S("term,category,weight\nattack,,1\n"), TENOR_EFIELD, 2, "empty category"},
    {"not a number", S("term,category,weight\n\n# c\nattack,tone,high\n"), TENOR_EWEIGHT, 4,
     "'high' is not a number"},
    {"trailing junk", S("term,category,weight\nattack,tone,1.5x\n"), TENOR_EWEIGHT, 2,
     "not a number"},
    {"nan", S("term,category,weight\nattack,tone,nan\n"), TENOR_EWEIGHT, 2, "not a number"},
    {"tone out of range", S("term,category,weight\nattack,tone,-4.5\n"), TENOR_EWEIGHT, 2,
     "out of range for tone (-4 to 4)"},
    {"hostility negative", S("term,category,weight\nattack,hostility,-1\n"), TENOR_EWEIGHT, 2,
     "out of range for hostility (0 to 4)"},
    {"cooperation too big", S("term,category,weight\nally,cooperation,5\n"), TENOR_EWEIGHT, 2,
     "cooperation"},
    {"booster zero", S("term,category,weight\nvery,booster,0\n"), TENOR_EWEIGHT, 2, "booster"},
    {"dampener positive", S("term,category,weight\nbit,dampener,0.3\n"), TENOR_EWEIGHT, 2,
     "dampener"},
    {"negator weight", S("term,category,weight\nnot,negator,2\n"), TENOR_EWEIGHT, 2,
     "must be 1 or empty"},
    {"bad category name", S("term,category,weight\nattack,Anger!,2\n"), TENOR_ECATEGORY, 2,
     "bad category name 'Anger!'"},
    {"category taken by a column", S("term,category,weight\nattack,tone_norm,2\n"),
     TENOR_ECATEGORY, 2, "taken by a column"},
    {"category column clash", S("term,category,weight\nattack,anger_per_100_tokens,2\n"),
     TENOR_ECATEGORY, 2, "taken by a column"},
    {"empty term", S("term,category,weight\n,tone,1\n"), TENOR_ETERM, 2, "empty term"},
    {"punctuation term", S("term,category,weight\n!!,tone,1\n"), TENOR_ETERM, 2,
     "does not start with a word"},
    {"hex weight", S("term,category,weight\nattack,tone,0x1\n"), TENOR_EWEIGHT, 2, "not a number"},
    {"blank term", S("term,category,weight\n\"  \",tone,1\n"), TENOR_ETERM, 2, "empty term"},
    {"invalid utf8", S("term,category,weight\nat\xfftack,tone,1\n"), TENOR_EUTF8, 2,
     "invalid UTF-8"},
    {"nul byte", S("term,category,weight\nat\0tack,tone,1\n"), TENOR_EUTF8, 2, "NUL"},
    {"unterminated quote", S("term,category,weight\nok,tone,1\n\"attack,tone,1\n"), TENOR_EPARSE,
     3, "unterminated"},
    {"stray quote", S("term,category,weight\nat\"tack,tone,1\n"), TENOR_EPARSE, 2,
     "malformed CSV"},
};

static void test_bad_rows(void **state) {
  (void)state;
  const char *good = "term,category,weight\nkeep,tone,1\n";
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    print_message("case: %s\n", bad[i].name);
    tenor_lexicon *lex = tenor_lexicon_new();
    assert_int_equal(tenor_lexicon_add_csv(lex, "good.csv", good, strlen(good), NULL), 0);
    tenor_diag d;
    memset(&d, 0, sizeof d);
    int rc = tenor_lexicon_add_csv(lex, "bad.csv", bad[i].csv, bad[i].len, &d);
    if (rc != bad[i].code || d.line != bad[i].line || !strstr(d.message, bad[i].message))
      fprintf(stderr, "%s: code %d line %zu message [%s]\n", bad[i].name, rc, d.line, d.message);
    assert_int_equal(rc, bad[i].code);
    assert_int_equal(d.code, bad[i].code);
    assert_string_equal(d.path, "bad.csv");
    assert_int_equal(d.line, bad[i].line);
    assert_non_null(strstr(d.message, bad[i].message));
    /* A failed file adds nothing. */
    assert_int_equal(tenor_lexicon_size(lex), 1);
    tenor_lexicon_free(lex);
  }
}

static void test_many_entries(void **state) {
  (void)state;
  size_t n = 20000, cap = 40 * n, len = 0;
  char *csv = malloc(cap);
  len += (size_t)sprintf(csv, "term,category,weight\n");
  for (size_t i = 0; i < n; i++)
    len += (size_t)sprintf(csv + len, "word%zu,tone,%d\n", i, (int)(i % 9) - 4);
  tenor_lexicon *lex = tenor_lexicon_new();
  assert_int_equal(tenor_lexicon_add_csv(lex, "big", csv, len, NULL), 0);
  assert_int_equal(tenor_lexicon_size(lex), n);
  for (size_t i = 0; i < n; i += 997) {
    char key[32];
    sprintf(key, "word%zu", i);
    const tenorp_entry *e = find(lex, key);
    assert_non_null(e);
    assert_true(e->w[TENORP_TONE] == (double)((int)(i % 9) - 4));
  }
  tenor_lexicon_free(lex);
  free(csv);
}

static void test_free_null(void **state) {
  (void)state;
  tenor_lexicon_free(NULL);
  tenor_analyzer_free(NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_load_basic),
      cmocka_unit_test(test_override),
      cmocka_unit_test(test_bom_and_no_final_newline),
      cmocka_unit_test(test_quoted_newline_keeps_lines),
      cmocka_unit_test(test_bad_rows),
      cmocka_unit_test(test_many_entries),
      cmocka_unit_test(test_free_null),
  };
  return cmocka_run_group_tests_name("lexicon", tests, NULL, NULL);
}
