/* test_token.c - the tokeniser: spans, normalised forms, flags. */
#include "harness.h"

#include "token.h"

/* Each case: the input and its tokens' normalised forms joined by '|'. */
static const struct {
  const char *input;
  const char *norms;
} cases[] = {
    {"Russia rejected the claims.", "russia|rejected|the|claims|."},
    {"Don't stop", "do|not|stop"},
    {"don’t", "do|not"},
    {"We're here, I'm sure.", "we|are|here|,|i|am|sure|."},
    {"They've gone; he'll stay; she'd go", "they|have|gone|;|he|will|stay|;|she|would|go"},
    {"can't won't shan't ain't", "can|not|will|not|shall|not|is|not"},
    {"Cannot and cannot", "can|not|and|can|not"},
    {"Russia's motives", "russia|'s|motives"},
    {"Russia’s motives", "russia|'s|motives"},
    {"the Russians' jets", "the|russians|'|jets"},
    {"O'Brien and d’Estaing", "o'brien|and|d'estaing"},
    {"anti-war protest", "anti-war|protest"},
    {"Secretary‐General", "secretary-general"},
    {"a well—known", "a|well|-|known"},
    {"3.5 per cent of 1,200 troops", "3.5|per|cent|of|1,200|troops"},
    {"in 2015. Then", "in|2015|.|then"},
    {"on 2015-10-08", "on|2015-10-08"},
    {"the U.S. and the U.K.", "the|u.s.|and|the|u.k."},
    {"e.g. this, i.e. that", "e.g.|this|,|i.e.|that"},
    {"wait... what… now", "wait|...|what|...|now"},
    {"“Quote” and ‘single’", "\"|quote|\"|and|'|single|'"},
    {"Hello!?", "hello|!|?"},
    {"ÉCOLE Ünïcode ΑΘΗΝΑ Москва", "école|ünïcode|αθηνα|москва"},
    {"  \n\n  ", ""},
    {"", ""},
    {"• bullet", "*|bullet"},
    {"(Islamic State)-related", "(|islamic|state|)|-|related"},
};

static void test_norms(void **state) {
  (void)state;
  tenorp_tokens t = {0};
  char got[512];
  for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
    tenorp_tokenize(cases[c].input, strlen(cases[c].input), &t);
    got[0] = 0;
    for (size_t i = 0; i < t.n; i++) {
      if (i)
        strcat(got, "|");
      strcat(got, tenorp_norm(&t, i));
      assert_int_equal(strlen(tenorp_norm(&t, i)), t.v[i].norm_len);
      assert_true(t.v[i].start + t.v[i].len <= strlen(cases[c].input));
    }
    if (strcmp(got, cases[c].norms))
      fprintf(stderr, "input [%s]: want [%s] got [%s]\n", cases[c].input, cases[c].norms, got);
    assert_string_equal(got, cases[c].norms);
  }
  tenorp_tokens_free(&t);
}

static void test_spans_are_byte_offsets(void **state) {
  (void)state;
  const char *s = "“Don’t,” he said.";
  tenorp_tokens t = {0};
  tenorp_tokenize(s, strlen(s), &t);
  /* “ Do n’t , ” he said . */
  assert_int_equal(t.n, 8);
  assert_int_equal(t.v[0].start, 0);
  assert_int_equal(t.v[0].len, 3);
  assert_memory_equal(s + t.v[1].start, "Do", 2);
  assert_memory_equal(s + t.v[2].start, "n’t", t.v[2].len);
  assert_int_equal(t.v[2].len, 5);
  assert_true(t.v[2].flags & TENOR_TOK__CLITIC);
  assert_memory_equal(s + t.v[5].start, "he", 2);
  tenorp_tokens_free(&t);
}

static void test_flags(void **state) {
  (void)state;
  const char *s = "NATO said\nthe EVIL plan\n\nNew para";
  tenorp_tokens t = {0};
  tenorp_tokenize(s, strlen(s), &t);
  assert_int_equal(t.n, 7);
  assert_true(t.v[0].flags & TENOR_TOK__CAPS);
  assert_true(t.v[0].flags & TENOR_TOK__UPPER);
  assert_false(t.v[0].flags & TENOR_TOK__HASLOWER);
  assert_true(t.v[1].flags & TENOR_TOK__LOWER);
  assert_true(t.v[1].flags & TENOR_TOK__SPACE);
  assert_false(t.v[1].flags & TENOR_TOK__LINE);
  assert_true(t.v[2].flags & TENOR_TOK__LINE);
  assert_false(t.v[2].flags & TENOR_TOK__PARA);
  assert_true(t.v[3].flags & TENOR_TOK__CAPS);
  assert_true(t.v[5].flags & TENOR_TOK__PARA);
  assert_false(t.v[5].flags & TENOR_TOK__CAPS); /* "New": one capital is not caps */
  tenorp_tokens_free(&t);
}

/* Every double quotation mark, straight or curly, is flagged, and every
 * exclamation mark, and only those: the attribution finds quotations by
 * the flag, and the scorer counts emphasis by it. */
static void test_quote_flag(void **state) {
  (void)state;
  const char *s = "\"A\" \xE2\x80\x9C" "b\xE2\x80\x9D \xC2\xAB" "c\xC2\xBB 'd' \xE2\x80\x98" "e "
                  "\xE2\x80\x99 \xE2\x80\xB3 - ... wow! !! \xEF\xBC\x81 ?!";
  tenorp_tokens t = {0};
  tenorp_tokenize(s, strlen(s), &t);
  size_t bangs = 0;
  for (size_t i = 0; i < t.n; i++) {
    int quote = strcmp(tenorp_norm(&t, i), "\"") == 0, bang = strcmp(tenorp_norm(&t, i), "!") == 0;
    if (((t.v[i].flags & TENOR_TOK__QUOTE) != 0) != quote)
      fail_msg("token %zu (%s): quote flag %d", i, tenorp_norm(&t, i),
               (t.v[i].flags & TENOR_TOK__QUOTE) != 0);
    if (((t.v[i].flags & TENOR_TOK__BANG) != 0) != bang)
      fail_msg("token %zu (%s): bang flag %d", i, tenorp_norm(&t, i),
               (t.v[i].flags & TENOR_TOK__BANG) != 0);
    bangs += bang;
  }
  assert_int_equal(bangs, 4); /* wow! !! ?! */
  size_t quotes = 0;
  for (size_t i = 0; i < t.n; i++)
    quotes += (t.v[i].flags & TENOR_TOK__QUOTE) != 0;
  assert_int_equal(quotes, 7); /* " " “ ” « » ″ */
  tenorp_tokens_free(&t);
}

static void test_clitic_case(void **state) {
  (void)state;
  tenorp_tokens t = {0};
  tenorp_tokenize("DON'T Don't", 11, &t);
  assert_int_equal(t.n, 4);
  assert_false(t.v[1].flags & TENOR_TOK__HASLOWER); /* N'T in capitals */
  assert_true(t.v[3].flags & TENOR_TOK__HASLOWER);
  assert_true(t.v[3].flags & TENOR_TOK__LOWER);
  tenorp_tokens_free(&t);
}

static void test_line_ends(void **state) {
  (void)state;
  const char *crlf = "one\r\n\r\ntwo", *cr = "one\r\rtwo", *single = "one\r\ntwo";
  tenorp_tokens t = {0};
  tenorp_tokenize(crlf, strlen(crlf), &t);
  assert_true(t.v[1].flags & TENOR_TOK__PARA);
  tenorp_tokenize(cr, strlen(cr), &t);
  assert_true(t.v[1].flags & TENOR_TOK__PARA);
  tenorp_tokenize(single, strlen(single), &t);
  assert_true(t.v[1].flags & TENOR_TOK__LINE);
  assert_false(t.v[1].flags & TENOR_TOK__PARA);
  tenorp_tokens_free(&t);
}

/* Long runs of letters, of dots and of dotted initials are cut into
 * tokens of at most TENORP_MAX_TOKEN bytes that cover the run. */
static void test_huge_token_is_cut(void **state) {
  (void)state;
  size_t n = 5000;
  char *s = malloc(n);
  for (int kind = 0; kind < 3; kind++) {
    for (size_t i = 0; i < n; i++)
      s[i] = kind == 0 ? 'a' : kind == 1 ? '.' : (i % 2 ? '.' : 'A');
    tenorp_tokens t = {0};
    tenorp_tokenize(s, n, &t);
    assert_true(t.n >= n / TENORP_MAX_TOKEN);
    size_t total = 0;
    for (size_t i = 0; i < t.n; i++) {
      assert_true(t.v[i].len <= TENORP_MAX_TOKEN);
      total += t.v[i].len;
    }
    assert_int_equal(total, n);
    tenorp_tokens_free(&t);
  }
  free(s);
}

static void test_invalid_bytes_do_not_crash(void **state) {
  (void)state;
  const char s[] = "ab\xff\xfe cd \xc3";
  tenorp_tokens t = {0};
  tenorp_tokenize(s, sizeof s - 1, &t);
  assert_true(t.n >= 3);
  tenorp_tokens_free(&t);
}

static void test_hash_matches_norm(void **state) {
  (void)state;
  tenorp_tokens t = {0};
  tenorp_tokenize("Threat THREAT threat", 20, &t);
  assert_int_equal(t.n, 3);
  assert_true(t.v[0].hash == t.v[1].hash && t.v[1].hash == t.v[2].hash);
  assert_true(t.v[0].hash == tenorp_hash("threat", 6));
  tenorp_tokens_free(&t);
}

/* Every token's hash is tenorp_hash of its normalised form, and its case
 * flags are the same, whether the word was folded eight bytes at a time
 * or a character at a time (near the end of the text, or with non-ASCII
 * letters): words of 1 to 17 bytes, at the end of the text and not. */
static void test_hash_and_case_any_length(void **state) {
  (void)state;
  static const char *const words[] = {
      "a",         "NATO",          "iPhone",       "McDonald",     "UNSC2254",   "Ministers",
      "deputy-PM", "Ceasefire",     "ABCDEFGHIJKLMNOPQ", "peacekeepers", "x9",   "ÉLYSÉE",
      "Élysée",    "Straße",        "naïveté",      "Kyiv's",       "3D",         "ÖSTERREICHISCHE"};
  for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
    char text[64];
    unsigned flags[2][4];
    uint64_t hashes[2][4];
    size_t n[2];
    for (int end = 0; end < 2; end++) {
      /* the word alone (the end of the text is near) and followed by more */
      int len = snprintf(text, sizeof text, end ? "%s" : "%s and more words here", words[w]);
      tenorp_tokens t = {0};
      tenorp_tokenize(text, (size_t)len, &t);
      for (size_t i = 0; i < t.n; i++)
        assert_true(t.v[i].hash == tenorp_hash(tenorp_norm(&t, i), t.v[i].norm_len));
      n[end] = t.n < 4 ? t.n : 4;
      for (size_t i = 0; i < n[end]; i++) {
        flags[end][i] = t.v[i].flags;
        hashes[end][i] = t.v[i].hash;
      }
      tenorp_tokens_free(&t);
    }
    /* the tokens of the word itself (before " and") agree */
    size_t same = n[1];
    for (size_t i = 0; i < same; i++) {
      assert_int_equal(flags[0][i] & ~(unsigned)TENOR_TOK__SPACE,
                       flags[1][i] & ~(unsigned)TENOR_TOK__SPACE);
      assert_true(hashes[0][i] == hashes[1][i]);
    }
  }
  tenorp_tokens t = {0};
  tenorp_tokenize("NATO iPhone ÉLYSÉE Élysée", strlen("NATO iPhone ÉLYSÉE Élysée"), &t);
  assert_int_equal(t.n, 4);
  assert_true(t.v[0].flags & TENOR_TOK__CAPS);
  assert_true(t.v[0].flags & TENOR_TOK__UPPER);
  assert_false(t.v[0].flags & TENOR_TOK__HASLOWER);
  assert_true(t.v[1].flags & TENOR_TOK__LOWER);
  assert_true(t.v[1].flags & TENOR_TOK__HASLOWER);
  assert_false(t.v[1].flags & TENOR_TOK__CAPS);
  assert_true(t.v[2].flags & TENOR_TOK__CAPS);
  assert_true(t.v[3].flags & TENOR_TOK__UPPER);
  assert_string_equal(tenorp_norm(&t, 2), "élysée");
  assert_true(t.v[2].hash == t.v[3].hash);
  tenorp_tokens_free(&t);
}

/* A word followed by a comma, a full stop or other marks is split the same
 * way and gets the same tokens (norms, kinds, flags, hashes) whether it is
 * read in one step from one or two 8-byte loads (text follows) or by the
 * general path (the end of the text is near): words of 1 to 17 bytes,
 * numbers whose point or comma joins them, and a letter before a stop,
 * which may start an abbreviation. */
static void test_word_ends(void **state) {
  (void)state;
  static const char *const words[] = {
      "a",  "U",   "Mr",  "NATO",     "Ukraine", "McDonald", "Ministers", "ABCDEFGHIJKLMNO",
      "abcdefghijklmnop", "peacekeeper17", "1990", "3rd", "12345678", "A1", "x9y"};
  static const char *const ends[] = {".", ",", "...", ". ", ", ", ".5", ",000", ".S.", "!", ""};
  for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
    for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
      char near[64], far[128];
      int n1 = snprintf(near, sizeof near, "%s%s", words[w], ends[e]);
      int n2 = snprintf(far, sizeof far, "%s%s and more words after it", words[w], ends[e]);
      tenorp_tokens a = {0}, b = {0};
      tenorp_tokenize(near, (size_t)n1, &a);
      tenorp_tokenize(far, (size_t)n2, &b);
      assert_true(a.n <= b.n);
      for (size_t i = 0; i < a.n; i++) {
        assert_int_equal(a.v[i].start, b.v[i].start);
        assert_int_equal(a.v[i].len, b.v[i].len);
        assert_int_equal(a.v[i].kind, b.v[i].kind);
        assert_int_equal(a.v[i].flags, b.v[i].flags);
        assert_string_equal(tenorp_norm(&a, i), tenorp_norm(&b, i));
        assert_true(a.v[i].hash == b.v[i].hash);
        assert_true(b.v[i].hash == tenorp_hash(tenorp_norm(&b, i), b.v[i].norm_len));
      }
      tenorp_tokens_free(&a);
      tenorp_tokens_free(&b);
    }
  }
  /* and what they are */
  static const struct {
    const char *input, *norms;
  } named[] = {
      {"Ukraine, Russia. Peacekeepers, ministers. more",
       "ukraine|,|russia|.|peacekeepers|,|ministers|.|more"},
      {"In 1990, 3.5 and 1,000. ABCDEFGHIJKLMNO. more",
       "in|1990|,|3.5|and|1,000|.|abcdefghijklmno|.|more"},
      {"The U.S. and Mr. Smith. A. Smith. more", "the|u.s.|and|mr|.|smith|.|a|.|smith|.|more"},
  };
  for (size_t c = 0; c < sizeof named / sizeof *named; c++) {
    tenorp_tokens t = {0};
    char got[256] = "";
    tenorp_tokenize(named[c].input, strlen(named[c].input), &t);
    for (size_t i = 0; i < t.n; i++) {
      if (i)
        strcat(got, "|");
      strcat(got, tenorp_norm(&t, i));
    }
    assert_string_equal(got, named[c].norms);
    tenorp_tokens_free(&t);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_norms),
      cmocka_unit_test(test_spans_are_byte_offsets),
      cmocka_unit_test(test_flags),
      cmocka_unit_test(test_line_ends),
      cmocka_unit_test(test_clitic_case),
      cmocka_unit_test(test_quote_flag),
      cmocka_unit_test(test_huge_token_is_cut),
      cmocka_unit_test(test_invalid_bytes_do_not_crash),
      cmocka_unit_test(test_hash_matches_norm),
      cmocka_unit_test(test_hash_and_case_any_length),
      cmocka_unit_test(test_word_ends),
  };
  return cmocka_run_group_tests_name("token", tests, NULL, NULL);
}
