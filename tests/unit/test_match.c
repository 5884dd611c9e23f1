/* test_match.c - lexicon matching through the public API (tenor.h) only:
 * wildcards, stems, the precedence of a word's matches per category,
 * multi-word terms, categories of the user's own, the explain API
 * (tokens, hits, entry items, targets) and the errors of the match rules.
 *
 * Tests marked BUG show a defect of the library; they assert only what is
 * right today and describe the expected behaviour in a comment (see the
 * report that came with this file). */
#include "harness.h"

#include <math.h>

#include "tenor.h"

#define S(lit) lit, sizeof(lit) - 1 /* a literal and its length */

/* Characters the tokeniser normalises (or not), spelt as UTF-8 bytes so
 * that no hex escape runs into the letters after it. */
#define RSQUO "\xe2\x80\x99"    /* U+2019 right single quotation mark */
#define HYPHEN "\xe2\x80\x90"   /* U+2010 hyphen */
#define NBHYPHEN "\xe2\x80\x91" /* U+2011 non-breaking hyphen */
#define ENDASH "\xe2\x80\x93"   /* U+2013 en dash */
#define EMDASH "\xe2\x80\x94"   /* U+2014 em dash */
#define E_ACUTE "\xc3\xa9"      /* U+00E9 e with acute */

#define assert_near(x, want)                                                                       \
  do {                                                                                             \
    double got_ = (x), want_ = (want);                                                             \
    if (!(fabs(got_ - want_) <= 1e-9))                                                             \
      print_error("%s is %.17g, expected %.17g\n", #x, got_, want_);                               \
    assert_true(fabs(got_ - want_) <= 1e-9);                                                       \
  } while (0)

/* ------------------------------------------------------------ helpers */

/* A lexicon of one native CSV file, which must load. */
static tenor_lexicon *load(const char *csv, unsigned flags) {
  tenor_lexicon *lex = tenor_lexicon_new();
  tenor_diag d;
  memset(&d, 0, sizeof d);
  int rc = tenor_lexicon_add(lex, "m.csv", csv, strlen(csv), TENOR_FORMAT_NATIVE, flags, &d);
  if (rc)
    print_error("m.csv:%zu: %s\n", d.line, d.message);
  assert_int_equal(rc, TENOR_OK);
  return lex;
}

/* Adds a second file, which must load. */
static void add(tenor_lexicon *lex, const char *name, const char *csv, unsigned flags) {
  tenor_diag d;
  memset(&d, 0, sizeof d);
  int rc = tenor_lexicon_add(lex, name, csv, strlen(csv), TENOR_FORMAT_NATIVE, flags, &d);
  if (rc)
    print_error("%s:%zu: %s\n", name, d.line, d.message);
  assert_int_equal(rc, TENOR_OK);
}

/* An analyzer with every option at its default but `explain`. */
static tenor_analyzer *analyzer(const tenor_lexicon *lex, int explain) {
  tenor_options opt;
  tenor_options_init(&opt);
  opt.explain = explain;
  tenor_analyzer *a = tenor_analyzer_new(lex, &opt);
  assert_non_null(a);
  return a;
}

/* Runs text that must be exactly one sentence and returns its scores. */
static const tenor_sentence *run1(tenor_analyzer *a, const char *text) {
  print_message("text: %s\n", text);
  assert_int_equal(tenor_analyzer_run(a, text, strlen(text)), TENOR_OK);
  size_t n;
  const tenor_sentence *s = tenor_analyzer_sentences(a, &n);
  assert_int_equal(n, 1);
  return s;
}

static const char *match_name(int m) {
  return m == TENOR_MATCH_EXACT      ? "E"
         : m == TENOR_MATCH_WILDCARD ? "W"
         : m == TENOR_MATCH_STEM     ? "S"
                                     : "?";
}

/* The hits of sentence i as "first-last term match" joined by " | ",
 * e.g. "0-1 attack* W | 1-2 attack S". */
static const char *hits_of(const tenor_analyzer *a, size_t i) {
  static char buf[2048];
  size_t n;
  const tenor_hit *h = tenor_analyzer_hits(a, i, &n);
  buf[0] = 0;
  for (size_t k = 0; k < n; k++)
    snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%zu-%zu %s %s", k ? " | " : "",
             h[k].first, h[k].last, h[k].term, match_name(h[k].match));
  return buf;
}

/* Runs one sentence and checks its hits and sums. */
static void check(tenor_analyzer *a, const char *text, const char *want_hits, double tone,
                  double hostility, double cooperation, size_t hits) {
  const tenor_sentence *s = run1(a, text);
  const char *got = hits_of(a, 0);
  if (strcmp(got, want_hits))
    print_error("[%s]: hits [%s], expected [%s]\n", text, got, want_hits);
  assert_string_equal(got, want_hits);
  assert_near(s->tone, tone);
  assert_near(s->hostility, hostility);
  assert_near(s->cooperation, cooperation);
  assert_int_equal(s->hits, hits);
}

/* The sum of sentence i in the user's category `name`. */
static double extra_of(const tenor_analyzer *a, const tenor_lexicon *lex, size_t i,
                       const char *name) {
  const double *x = tenor_analyzer_extra(a, i);
  assert_non_null(x);
  for (size_t k = 0; k < tenor_lexicon_extra_count(lex); k++)
    if (!strcmp(tenor_lexicon_extra_name(lex, k), name))
      return x[k];
  print_error("no category %s\n", name);
  fail();
  return 0;
}

/* The item of `category` among the n items of it[], or NULL. */
static const tenor_lexicon_item *item_of(const tenor_lexicon_item *it, size_t n,
                                         const char *category) {
  for (size_t k = 0; k < n; k++)
    if (!strcmp(it[k].category, category))
      return &it[k];
  return NULL;
}

/* ------------------------------------------------------------ wildcards */

static void test_wildcard_matches_words_starting_with_prefix(void **state) {
  (void)state;
  tenor_lexicon *lex = load("term,category,weight\nattack*,tone,-2\n", 0);
  tenor_analyzer *a = analyzer(lex, 1);
  check(a, "attack attacks attacked attacking",
        "0-1 attack* W | 1-2 attack* W | 2-3 attack* W | 3-4 attack* W", -8, 0, 0, 4);
  check(a, "Attacks continued", "0-1 attack* W", -2, 0, 0, 1); /* on the folded form */
  /* the prefix must start the word, and the whole prefix must be there */
  check(a, "a counterattack", "", 0, 0, 0, 0);
  check(a, "atta attac", "", 0, 0, 0, 0);
  /* the item keeps its star and says it is a wildcard */
  size_t n;
  tenor_lexicon_item *it = tenor_lexicon_items(lex, &n);
  assert_int_equal(n, 1);
  assert_string_equal(it[0].term, "attack*");
  assert_int_equal(it[0].flags, TENOR_ITEM_WILDCARD);
  tenor_free(it);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

static void test_wildcard_longest_prefix_wins(void **state) {
  (void)state;
  /* the same entries in both orders: the longest prefix wins either way */
  static const char *const csv[] = {
      "term,category,weight\natt*,tone,-1\nattack*,tone,-2\nattackers*,tone,-3\n",
      "term,category,weight\nattackers*,tone,-3\nattack*,tone,-2\natt*,tone,-1\n",
  };
  for (size_t i = 0; i < 2; i++) {
    tenor_lexicon *lex = load(csv[i], 0);
    tenor_analyzer *a = analyzer(lex, 1);
    check(a, "attic attacks attackers atta at",
          "0-1 att* W | 1-2 attack* W | 2-3 attackers* W | 3-4 att* W", -7, 0, 0, 4);
    size_t n;
    const tenor_hit *h = tenor_analyzer_hits(a, 0, &n);
    assert_int_equal(n, 4);
    assert_near(h[0].score[0], -1);
    assert_near(h[1].score[0], -2);
    assert_near(h[2].score[0], -3);
    tenor_analyzer_free(a);
    tenor_lexicon_free(lex);
  }
}

static void test_wildcard_match_column(void **state) {
  (void)state;
  /* match=wildcard makes a wildcard of a term written with or without
   * its star, as tenor lexicon list writes it */
  tenor_lexicon *lex = load("term,category,weight,match\n"
                            "attack,tone,-2,wildcard\n"
                            "hostil*,hostility,2,wildcard\n"
                            "threat,tone,-1,exact\n",
                            0);
  tenor_analyzer *a = analyzer(lex, 1);
  check(a, "attacks hostility threats threat", "0-1 attack* W | 1-2 hostil* W | 3-4 threat E", -3,
        2, 0, 3);
  size_t n;
  tenor_lexicon_item *it = tenor_lexicon_items(lex, &n);
  assert_int_equal(n, 3);
  assert_string_equal(it[0].term, "attack*");
  assert_int_equal(it[0].flags, TENOR_ITEM_WILDCARD);
  assert_string_equal(it[1].term, "hostil*");
  assert_int_equal(it[1].flags, TENOR_ITEM_WILDCARD);
  assert_string_equal(it[2].term, "threat");
  assert_int_equal(it[2].flags, 0);
  tenor_free(it);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

static void test_wildcard_multiword(void **state) {
  (void)state;
  /* the star belongs to the last word; more words first, and at the same
   * length an exact term before a wildcard */
  tenor_lexicon *lex = load("term,category,weight\n"
                            "not agree*,tone,-1\n"
                            "not agreed,tone,2\n"
                            "not,negator,\n"
                            "new york*,tone,0.5\n"
                            "new york times,tone,3\n"
                            "don't accept*,hostility,1\n",
                            0);
  tenor_analyzer *a = analyzer(lex, 1);
  check(a, "We do not agree.", "2-4 not agree* W", -1, 0, 0, 1);
  check(a, "Not agreeing, they left.", "0-2 not agree* W", -1, 0, 0, 1);
  check(a, "They have not agreed.", "2-4 not agreed E", 2, 0, 0, 1);
  check(a, "We do not disagree.", "2-3 not E", 0, 0, 0, 0); /* falls back to "not" */
  check(a, "New Yorkers read the New York Times.", "0-2 new york* W | 4-7 new york times E", 3.5, 0,
        0, 2);
  check(a, "New York.", "0-2 new york* W", 0.5, 0, 0, 1);
  check(a, "I don't accept.", "1-4 do not accept* W", 0, 1, 0, 1);
  check(a, "They don" RSQUO "t accept it.", "1-4 do not accept* W", 0, 1, 0, 1);
  check(a, "They do not acceptably.", "1-4 do not accept* W", 0, 1, 0, 1);
  size_t n;
  tenor_lexicon_item *it = tenor_lexicon_items(lex, &n);
  assert_int_equal(n, 6);
  for (size_t k = 0; k < n; k++)
    if (!strcmp(it[k].category, "hostility")) {
      assert_string_equal(it[k].term, "do not accept*");
      assert_int_equal(it[k].flags, TENOR_ITEM_WILDCARD);
      assert_int_equal(it[k].line, 7);
    }
  tenor_free(it);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

static void test_wildcard_utf8(void **state) {
  (void)state;
  tenor_lexicon *lex =
      load("term,category,weight\n"
           "caf" E_ACUTE "*,tone,2\n"
           "\xe6\x97\xa5\xe6\x9c\xac*,tone,1\n"                         /* 日本* */
           "\xce\xb5\xce\xb9\xcf\x81\xce\xae\xce\xbd*,cooperation,2\n", /* ειρήν* */
           0);
  tenor_analyzer *a = analyzer(lex, 1);
  /* café* matches café and cafés (also capitalised, folded), not cafe or caf */
  check(a, "caf" E_ACUTE " caf" E_ACUTE "s Caf" E_ACUTE "s cafe cafes caf",
        "0-1 caf" E_ACUTE "* W | 1-2 caf" E_ACUTE "* W | 2-3 caf" E_ACUTE "* W", 6, 0, 0, 3);
  /* three-byte characters: 日本* matches 日本語, not 日 */
  check(a, "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \xe6\x97\xa5", "0-1 \xe6\x97\xa5\xe6\x9c\xac* W",
        1, 0, 0, 1);
  /* Greek, folded from a capital: Ειρήνη is ειρήνη */
  check(a, "\xce\x95\xce\xb9\xcf\x81\xce\xae\xce\xbd\xce\xb7 ok", /* Ειρήνη ok */
        "0-1 \xce\xb5\xce\xb9\xcf\x81\xce\xae\xce\xbd* W", 0, 0, 2, 1);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);

  /* A prefix ending just before a multi-byte character matches: caf* in
   * café; a prefix is compared by whole characters, so cafe* (e) does
   * not match café (é). */
  lex = load("term,category,weight\ncaf*,tone,1\ncafe*,hostility,1\n", 0);
  a = analyzer(lex, 1);
  check(a, "caf" E_ACUTE " cafeteria", "0-1 caf* W | 1-2 cafe* W", 1, 1, 0, 2);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);

  /* At the 64-byte limit of a prefix: 63 a's match a word whose 64th byte
   * is the middle of é (the prefix is not cut inside it). */
  char csv[200], text[200], a63[64];
  memset(a63, 'a', 63);
  a63[63] = 0;
  snprintf(csv, sizeof csv, "term,category,weight\n%s*,tone,3\n", a63);
  snprintf(text, sizeof text, "%s" E_ACUTE E_ACUTE " x", a63);
  lex = load(csv, 0);
  a = analyzer(lex, 1);
  const tenor_sentence *s = run1(a, text);
  assert_int_equal(s->hits, 1);
  assert_near(s->tone, 3);
  size_t n;
  const tenor_hit *h = tenor_analyzer_hits(a, 0, &n);
  assert_int_equal(n, 1);
  assert_int_equal(h[0].match, TENOR_MATCH_WILDCARD);
  assert_int_equal(h[0].first, 0);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);

  /* A prefix can never end inside a character: a term cut in the middle
   * of é is invalid UTF-8 and refused, and a prefix longer than 64 bytes
   * is refused too; the lexicon is left as it was. */
  lex = load("term,category,weight\nkeep,tone,1\n", 0);
  tenor_diag d;
  memset(&d, 0, sizeof d);
  assert_int_equal(tenor_lexicon_add(lex, "cut.csv", S("term,category,weight\ncaf\xc3*,tone,1\n"),
                                     TENOR_FORMAT_NATIVE, 0, &d),
                   TENOR_EUTF8);
  assert_int_equal(d.line, 2);
  char a65[66], long_csv[200];
  memset(a65, 'a', 65);
  a65[65] = 0;
  snprintf(long_csv, sizeof long_csv, "term,category,weight\n%s*,tone,1\n", a65);
  memset(&d, 0, sizeof d);
  assert_int_equal(
      tenor_lexicon_add(lex, "long.csv", long_csv, strlen(long_csv), TENOR_FORMAT_NATIVE, 0, &d),
      TENOR_ETERM);
  assert_int_equal(d.line, 2);
  assert_non_null(strstr(d.message, "too long"));
  assert_int_equal(tenor_lexicon_size(lex), 1);
  tenor_lexicon_free(lex);
}

/* -------------------------------------------------------------- stems */

static void test_stem_flag(void **state) {
  (void)state;
  const char *csv = "term,category,weight\nattack,tone,-2\n";
  const char *text = "attack attacks attacked attacking attache attaches";
  /* with TENOR_LEX_STEM: the inflections, not attache (stem attach) */
  tenor_lexicon *lex = load(csv, TENOR_LEX_STEM);
  tenor_analyzer *a = analyzer(lex, 1);
  check(a, text, "0-1 attack E | 1-2 attack S | 2-3 attack S | 3-4 attack S", -8, 0, 0, 4);
  size_t n;
  tenor_lexicon_item *it = tenor_lexicon_items(lex, &n);
  assert_int_equal(n, 1);
  assert_int_equal(it[0].flags, TENOR_ITEM_STEM);
  tenor_free(it);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);

  /* without it: the word only */
  lex = load(csv, 0);
  a = analyzer(lex, 1);
  check(a, text, "0-1 attack E", -2, 0, 0, 1);
  it = tenor_lexicon_items(lex, &n);
  assert_int_equal(n, 1);
  assert_int_equal(it[0].flags, 0);
  tenor_free(it);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);

  /* a match=stem row needs no flag; match=exact and an empty match are exact */
  lex = load("term,category,weight,match\n"
             "attack,tone,-2,stem\n"
             "threat,tone,-1,exact\n"
             "talk,cooperation,1,\n",
             0);
  a = analyzer(lex, 1);
  check(a, text, "0-1 attack E | 1-2 attack S | 2-3 attack S | 3-4 attack S", -8, 0, 0, 4);
  check(a, "threats talks threat talk", "2-3 threat E | 3-4 talk E", -1, 0, 1, 2);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

/* Only an entry that is its own stem stands for its inflections: an
 * inflected or derived entry (willing, hospitable, lasting) would claim
 * unrelated words that share its stem (will, hospital, last). */
static void test_stem_only_entries_that_are_their_stem(void **state) {
  (void)state;
  tenor_lexicon *lex = load("term,category,weight\n"
                            "willing,tone,1\n"
                            "hospitable,tone,1.5\n"
                            "lasting,tone,1\n"
                            "resent,tone,-2\n",
                            TENOR_LEX_STEM);
  tenor_analyzer *a = analyzer(lex, 1);
  check(a, "will hospital last", "", 0, 0, 0, 0);
  check(a, "willing hospitable lasting", "0-1 willing E | 1-2 hospitable E | 2-3 lasting E", 3.5,
        0, 0, 3);
  check(a, "resented resents", "0-1 resent S | 1-2 resent S", -4, 0, 0, 2);
  size_t n;
  tenor_lexicon_item *it = tenor_lexicon_items(lex, &n);
  assert_int_equal(n, 4);
  for (size_t i = 0; i < n; i++)
    assert_int_equal(it[i].flags, !strcmp(it[i].term, "resent") ? TENOR_ITEM_STEM : 0);
  tenor_free(it);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

/* A word matches by stem only when it is an inflection of the entry
 * (-s, -es, -ed, -ing, a final e dropped, a consonant doubled): the
 * Snowball stem also strips derivational endings, which would give
 * several the tone of sever, candidate of candid, witness of wit and
 * prisoners of prison (issue 9). */
static void test_stem_only_inflections(void **state) {
  (void)state;
  tenor_lexicon *lex = load("term,category,weight\n"
                            "sever,tone,-2\n"
                            "candid,tone,1\n"
                            "wit,tone,1\n"
                            "prison,tone,-1\n"
                            "hope,tone,1\n"
                            "stop,tone,-1\n",
                            TENOR_LEX_STEM);
  tenor_analyzer *a = analyzer(lex, 1);
  check(a, "several candidates witnessed prisoners", "", 0, 0, 0, 0);
  check(a, "severed severs severing", "0-1 sever S | 1-2 sever S | 2-3 sever S", -6, 0, 0, 3);
  check(a, "hoping hoped hopes stopped stopping",
        "0-1 hope S | 1-2 hope S | 2-3 hope S | 3-4 stop S | 4-5 stop S", 1, 0, 0, 5);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

static void test_stem_only_plain_one_word_terms(void **state) {
  (void)state;
  /* TENOR_LEX_STEM stems plain alphabetic one-word terms only */
  tenor_lexicon *lex = load("term,category,weight\n"
                            "anti-war,tone,1\n"
                            "g20,cooperation,1\n"
                            "peace talk,cooperation,2\n"
                            "attack,tone,-2\n",
                            TENOR_LEX_STEM);
  size_t n;
  tenor_lexicon_item *it = tenor_lexicon_items(lex, &n);
  assert_int_equal(n, 4);
  for (size_t k = 0; k < n; k++)
    assert_int_equal(it[k].flags, strcmp(it[k].term, "attack") ? 0u : TENOR_ITEM_STEM);
  tenor_free(it);
  tenor_analyzer *a = analyzer(lex, 1);
  check(a, "anti-wars g20s peace talks attacks", "4-5 attack S", -2, 0, 0, 1);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);

  /* ... but a match=stem row stems a hyphenated term too */
  lex = load("term,category,weight,match\nanti-war,tone,1,stem\n", 0);
  a = analyzer(lex, 1);
  check(a, "anti-wars anti-war", "0-1 anti-war S | 1-2 anti-war E", 2, 0, 0, 2);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

/* --------------------------------------------------------- precedence */

static void test_precedence_exact_tone_loose_own_category(void **state) {
  (void)state;
  /* exact tone, wildcard conflict: both count, one hit */
  tenor_lexicon *lex = load("term,category,weight\nattack,tone,-2\nattack*,conflict,3\n", 0);
  tenor_analyzer *a = analyzer(lex, 1);
  check(a, "attack", "0-1 attack E | 0-1 attack* W", -2, 0, 0, 1);
  assert_near(extra_of(a, lex, 0, "conflict"), 3);
  assert_int_equal(run1(a, "attack")->n_neg, 1);
  check(a, "attacks", "0-1 attack* W", 0, 0, 0, 0); /* conflict only: not a hit */
  assert_near(extra_of(a, lex, 0, "conflict"), 3);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);

  /* exact tone, stemmed conflict (match=stem): both count */
  lex = load("term,category,weight,match\nattacks,tone,-1,\nattack,conflict,2,stem\n", 0);
  a = analyzer(lex, 1);
  check(a, "attacks", "0-1 attacks E | 0-1 attack S", -1, 0, 0, 1);
  assert_near(extra_of(a, lex, 0, "conflict"), 2);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

static void test_precedence_same_category_not_counted_twice(void **state) {
  (void)state;
  /* exact and wildcard both give tone: the exact tone only */
  tenor_lexicon *lex = load("term,category,weight\nattack,tone,-2\nattack*,tone,-1\n", 0);
  tenor_analyzer *a = analyzer(lex, 1);
  check(a, "attack", "0-1 attack E", -2, 0, 0, 1);
  check(a, "attacks", "0-1 attack* W", -1, 0, 0, 1);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);

  /* the wildcard also has hostility: it gives that alone; still one hit */
  lex = load("term,category,weight\nattack,tone,-2\nattack*,tone,-1\nattack*,hostility,2\n", 0);
  a = analyzer(lex, 1);
  const tenor_sentence *s = run1(a, "attack");
  assert_string_equal(hits_of(a, 0), "0-1 attack E | 0-1 attack* W");
  assert_near(s->tone, -2);
  assert_near(s->hostility, 2);
  assert_int_equal(s->hits, 1);
  assert_int_equal(s->n_neg, 1);
  assert_int_equal(s->n_pos, 0);
  size_t n;
  const tenor_hit *h = tenor_analyzer_hits(a, 0, &n);
  assert_int_equal(n, 2);
  assert_near(h[0].score[0], -2);
  assert_near(h[0].score[1], 0);
  assert_near(h[1].score[0], 0); /* its tone is the exact entry's */
  assert_near(h[1].score[1], 2);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);

  /* exact, stem (TENOR_LEX_STEM) both give tone and hostility */
  lex = load("term,category,weight\nattacks,tone,-1\nattacks,hostility,1\n", 0);
  add(lex, "stem.csv", "term,category,weight\nattack,tone,-3\nattack,hostility,3\n",
      TENOR_LEX_STEM);
  a = analyzer(lex, 1);
  check(a, "attacks attacked", "0-1 attacks E | 1-2 attack S", -4, 4, 0, 2);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);

  /* a wildcard comes before the stem: tone from attack*, hostility from
   * the stem, which the wildcard lacks; the exact word needs neither */
  lex = load("term,category,weight,match\n"
             "attack*,tone,-1,\n"
             "attack,tone,-2,stem\n"
             "attack,hostility,2,stem\n",
             0);
  a = analyzer(lex, 1);
  check(a, "attacks", "0-1 attack* W | 0-1 attack S", -1, 2, 0, 1);
  check(a, "attack", "0-1 attack E", -2, 2, 0, 1);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);

  /* the exact entry is a shifter only: the wildcard's tone is a hit */
  lex = load("term,category,weight\nno,negator,\nno*,tone,-1\ngood,tone,2\n", 0);
  a = analyzer(lex, 1);
  check(a, "nobody", "0-1 no* W", -1, 0, 0, 1);
  /* "no" scores -1 (wildcard) and negates "good" (exact negator) */
  check(a, "no good", "0-1 no E | 0-1 no* W | 1-2 good E", -1 - 1.48, 0, 0, 2);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

static void test_precedence_own_categories(void **state) {
  (void)state;
  /* per category of the user's own, too: conflict from the exact entry,
   * other from the wildcard, which the exact entry lacks */
  tenor_lexicon *lex = load("term,category,weight\n"
                            "attack,tone,-2\n"
                            "attack,conflict,1\n"
                            "attack*,conflict,5\n"
                            "attack*,other,2\n",
                            0);
  tenor_analyzer *a = analyzer(lex, 1);
  check(a, "attack", "0-1 attack E | 0-1 attack* W", -2, 0, 0, 1);
  assert_near(extra_of(a, lex, 0, "conflict"), 1);
  assert_near(extra_of(a, lex, 0, "other"), 2);
  check(a, "attacks", "0-1 attack* W", 0, 0, 0, 0);
  assert_near(extra_of(a, lex, 0, "conflict"), 5);
  assert_near(extra_of(a, lex, 0, "other"), 2);
  check(a, "attack attacks", "0-1 attack E | 0-1 attack* W | 1-2 attack* W", -2, 0, 0, 1);
  assert_near(extra_of(a, lex, 0, "conflict"), 6);
  assert_near(extra_of(a, lex, 0, "other"), 4);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);

  /* a wildcard whose every category is covered adds no hit at all */
  lex = load("term,category,weight\nattack,tone,-2\nattack,conflict,1\nattack*,conflict,5\n", 0);
  a = analyzer(lex, 1);
  check(a, "attack", "0-1 attack E", -2, 0, 0, 1);
  assert_near(extra_of(a, lex, 0, "conflict"), 1);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

/* ----------------------------------------------------- multi-word terms */

static void test_mwe_longest_first(void **state) {
  (void)state;
  tenor_lexicon *lex = load("term,category,weight\n"
                            "peace,tone,1\n"
                            "talks,cooperation,0.5\n"
                            "peace talks,cooperation,2\n"
                            "peace talks collapsed,tone,-3\n"
                            "peace talks collapsed completely,tone,-4\n",
                            0);
  tenor_analyzer *a = analyzer(lex, 1);
  check(a, "peace talks collapsed completely", "0-4 peace talks collapsed completely E", -4, 0, 0,
        1);
  assert_int_equal(run1(a, "peace talks collapsed completely")->tokens, 4);
  check(a, "peace talks collapsed again", "0-3 peace talks collapsed E", -3, 0, 0, 1);
  check(a, "peace talks resumed", "0-2 peace talks E", 0, 0, 2, 1);
  check(a, "peace prize", "0-1 peace E", 1, 0, 0, 1);
  check(a, "talks", "0-1 talks E", 0, 0, 0.5, 1);
  /* punctuation is a token: no term across a comma */
  check(a, "peace, talks collapsed", "0-1 peace E | 2-3 talks E", 1, 0, 0.5, 2);
  /* the words of the longest term are not matched again */
  check(a, "peace talks peace talks", "0-2 peace talks E | 2-4 peace talks E", 0, 0, 4, 2);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

static void test_mwe_falls_back_to_single_word(void **state) {
  (void)state;
  /* no two-word term: a failed three-word term leaves the single words */
  tenor_lexicon *lex = load("term,category,weight\n"
                            "peace,tone,1\n"
                            "talks,cooperation,0.5\n"
                            "peace talks collapsed,tone,-3\n"
                            "cold war era deal,tone,-2\n",
                            0);
  tenor_analyzer *a = analyzer(lex, 1);
  check(a, "peace talks resumed", "0-1 peace E | 1-2 talks E", 1, 0, 0.5, 2);
  check(a, "peace talks collapsed", "0-3 peace talks collapsed E", -3, 0, 0, 1);
  /* "cold" is only the start of a term: nothing when the term fails at
   * its last word */
  check(a, "cold war era deal", "0-4 cold war era deal E", -2, 0, 0, 1);
  check(a, "cold war era talks", "3-4 talks E", 0, 0, 0.5, 1);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);

  /* ... where its first word's wildcard and stem entries still apply */
  lex = load("term,category,weight,match\n"
             "cold war era deal,tone,-2,\n"
             "cold*,hostility,1,\n"
             "war,tone,-3,stem\n",
             0);
  a = analyzer(lex, 1);
  check(a, "cold war era talks", "0-1 cold* W | 1-2 war E", -3, 1, 0, 2);
  check(a, "cold wars", "0-1 cold* W | 1-2 war S", -3, 1, 0, 2);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

static void test_mwe_apostrophes(void **state) {
  (void)state;
  /* the term, written with either apostrophe, is stored as "do not back
   * down", and so is the text, with either apostrophe or none */
  static const char *const csv[] = {
      "term,category,weight\ndon't back down,hostility,2\ndo,tone,0.5\ncannot accept,tone,-2\n",
      "term,category,weight\ndon" RSQUO "t back down,hostility,2\ndo,tone,0.5\n"
      "can" RSQUO "t accept,tone,-2\n",
  };
  for (size_t i = 0; i < 2; i++) {
    tenor_lexicon *lex = load(csv[i], 0);
    tenor_analyzer *a = analyzer(lex, 1);
    check(a, "They don't back down.", "1-5 do not back down E", 0, 2, 0, 1);
    check(a, "They don" RSQUO "t back down.", "1-5 do not back down E", 0, 2, 0, 1);
    check(a, "They do not back down.", "1-5 do not back down E", 0, 2, 0, 1);
    /* the four-word term fails at its last word: "do" alone */
    check(a, "They don" RSQUO "t back off.", "1-2 do E", 0.5, 0, 0, 1);
    check(a, "We cannot accept it.", "1-4 can not accept E", -2, 0, 0, 1);
    check(a, "We can't accept it.", "1-4 can not accept E", -2, 0, 0, 1);
    check(a, "We can" RSQUO "t accept it.", "1-4 can not accept E", -2, 0, 0, 1);
    check(a, "We can not accept it.", "1-4 can not accept E", -2, 0, 0, 1);
    size_t n;
    const tenor_token *t = tenor_analyzer_tokens(a, 0, &n);
    assert_int_equal(n, 6);
    assert_string_equal(t[2].norm, "not");
    tenor_analyzer_free(a);
    tenor_lexicon_free(lex);
  }
}

static void test_mwe_hyphens(void **state) {
  (void)state;
  /* U+2010 and U+2011 inside a word are '-'; dashes are not hyphens */
  static const char *const csv[] = {
      "term,category,weight\nanti-war,tone,1.5\nwar,tone,-3\ncease-fire deal,cooperation,3\n",
      "term,category,weight\nanti" NBHYPHEN "war,tone,1.5\nwar,tone,-3\n"
      "cease" HYPHEN "fire deal,cooperation,3\n",
  };
  for (size_t i = 0; i < 2; i++) {
    tenor_lexicon *lex = load(csv[i], 0);
    tenor_analyzer *a = analyzer(lex, 1);
    check(a, "an anti-war rally", "1-2 anti-war E", 1.5, 0, 0, 1);
    check(a, "an anti" HYPHEN "war rally", "1-2 anti-war E", 1.5, 0, 0, 1);
    check(a, "an anti" NBHYPHEN "war rally", "1-2 anti-war E", 1.5, 0, 0, 1);
    size_t n;
    const tenor_token *t = tenor_analyzer_tokens(a, 0, &n);
    assert_int_equal(n, 3);
    assert_string_equal(t[1].norm, "anti-war");
    assert_int_equal(t[1].len, strlen("anti" NBHYPHEN "war"));
    /* an en or em dash splits the word: "war" alone */
    check(a, "an anti" ENDASH "war rally", "3-4 war E", -3, 0, 0, 1);
    t = tenor_analyzer_tokens(a, 0, &n);
    assert_int_equal(n, 5);
    assert_string_equal(t[2].norm, "-");
    assert_int_equal(t[2].kind, TENOR_TOKEN_PUNCT);
    check(a, "an anti" EMDASH "war rally", "3-4 war E", -3, 0, 0, 1);
    /* a two-word term with a hyphenated word */
    check(a, "a cease" NBHYPHEN "fire deal", "1-3 cease-fire deal E", 0, 0, 3, 1);
    check(a, "a cease" HYPHEN "fire deal", "1-3 cease-fire deal E", 0, 0, 3, 1);
    check(a, "a cease fire deal", "", 0, 0, 0, 0);
    tenor_analyzer_free(a);
    tenor_lexicon_free(lex);
  }
}

/* ------------------------------------------------ categories of one's own */

static void test_own_categories(void **state) {
  (void)state;
  tenor_lexicon *lex = load("term,category,weight\n"
                            "attack,conflict,2.5\n"
                            "attack,tone,-2\n"
                            "talks,diplomacy,\n" /* no weight: 1 */
                            "truce,diplomacy,1.5\n"
                            "truce,conflict,-0.5\n"
                            "peace talks,diplomacy,3\n"
                            "not,negator,\n"
                            "very,booster,0.3\n"
                            "but,contrast,\n",
                            0);
  assert_int_equal(tenor_lexicon_extra_count(lex), 2);
  assert_string_equal(tenor_lexicon_extra_name(lex, 0), "conflict");
  assert_string_equal(tenor_lexicon_extra_name(lex, 1), "diplomacy");
  /* a later file: a new category goes last, a known one keeps its place */
  add(lex, "more.csv", "term,category,weight\nsanctions,economy,2\ntalks,conflict,0.25\n", 0);
  assert_int_equal(tenor_lexicon_extra_count(lex), 3);
  assert_string_equal(tenor_lexicon_extra_name(lex, 0), "conflict");
  assert_string_equal(tenor_lexicon_extra_name(lex, 1), "diplomacy");
  assert_string_equal(tenor_lexicon_extra_name(lex, 2), "economy");
  assert_null(tenor_lexicon_extra_name(lex, 3)); /* past the count */
  assert_null(tenor_lexicon_extra_name(lex, 100));
  assert_int_equal(tenor_lexicon_size(lex), 11);

  tenor_analyzer *a = analyzer(lex, 0);
  const char *text = "They did not very ATTACK. "
                     "Talks and sanctions, but a truce! "
                     "The peace talks went on. "
                     "Nothing here.";
  assert_int_equal(tenor_analyzer_run(a, text, strlen(text)), TENOR_OK);
  size_t n;
  const tenor_sentence *s = tenor_analyzer_sentences(a, &n);
  assert_int_equal(n, 4);
  /* 0: negation, booster and capitals change tone, not conflict */
  const double *x = tenor_analyzer_extra(a, 0);
  assert_non_null(x);
  assert_near(x[0], 2.5);
  assert_near(x[1], 0);
  assert_near(x[2], 0);
  assert_near(s[0].tone, (2 + 0.3 + 0.733) * 0.74);
  assert_int_equal(s[0].hits, 1);
  /* 1: contrast and '!' change nothing either; no scored word, no hit */
  x = tenor_analyzer_extra(a, 1);
  assert_near(x[0], 0.25 - 0.5);
  assert_near(x[1], 1 + 1.5);
  assert_near(x[2], 2);
  assert_near(s[1].tone, 0);
  assert_int_equal(s[1].hits, 0);
  /* 2: the longest term's weight, not its words' */
  x = tenor_analyzer_extra(a, 2);
  assert_near(x[0], 0);
  assert_near(x[1], 3);
  assert_near(x[2], 0);
  /* 3: nothing */
  x = tenor_analyzer_extra(a, 3);
  assert_near(x[0], 0);
  assert_near(x[1], 0);
  assert_near(x[2], 0);
  assert_null(tenor_analyzer_extra(a, 4));
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

static void test_own_categories_none(void **state) {
  (void)state;
  tenor_lexicon *lex = load("term,category,weight\ngood,tone,2\nnot,negator,\n", 0);
  assert_int_equal(tenor_lexicon_extra_count(lex), 0);
  tenor_analyzer *a = analyzer(lex, 0);
  const tenor_sentence *s = run1(a, "good");
  assert_near(s->tone, 2);
  assert_null(tenor_analyzer_extra(a, 0));
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

static void test_own_categories_in_hyphen_parts_and_loose_matches(void **state) {
  (void)state;
  tenor_lexicon *lex = load("term,category,weight\n"
                            "war,conflict,2\n"
                            "hostil*,conflict,1.5\n"
                            "not,negator,\n",
                            0);
  add(lex, "stem.csv", "term,category,weight\nfight,conflict,1\n", TENOR_LEX_STEM);
  tenor_analyzer *a = analyzer(lex, 1);
  /* a hyphenated word's part, a wildcard and a stem; negation changes none */
  const tenor_sentence *s = run1(a, "Not anti-war, not hostile, not fighting.");
  assert_string_equal(hits_of(a, 0), "0-1 not E | 1-2 war E | 3-4 not E | 4-5 hostil* W | "
                                     "6-7 not E | 7-8 fight S");
  assert_near(extra_of(a, lex, 0, "conflict"), 2 + 1.5 + 1);
  assert_int_equal(s->hits, 0);
  size_t n;
  const tenor_hit *h = tenor_analyzer_hits(a, 0, &n);
  assert_int_equal(h[1].rules, TENOR_RULE_PART);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

/* ------------------------------------------------------------ explain */

static const char actors_csv[] = "actor,name,type,affiliation,aliases\n"
                                 "RUS,Russia,state,,Russian|Moscow\n"
                                 "NATO,NATO,organisation,,Nato\n"
                                 "TUR,Turkey,state,,Ankara\n";

static const char explain_csv[] = "term,category,weight\n"
                                  "condemned,tone,-2\n"     /* line 2 */
                                  "condemned,hostility,2\n" /* line 3 */
                                  "said,speech,\n"
                                  "not,negator,\n"
                                  "very,booster,0.3\n"
                                  "but,contrast,\n"
                                  "good,tone,2\n"
                                  "war,tone,-3\n"
                                  "condemned,blame,1.5\n"; /* line 10 */

static void test_explain_tokens(void **state) {
  (void)state;
  tenor_lexicon *lex = load(explain_csv, 0);
  tenor_actors *act = tenor_actors_new();
  tenor_diag d;
  assert_int_equal(tenor_actors_add_csv(act, "a.csv", S(actors_csv), &d), TENOR_OK);
  tenor_analyzer *a = analyzer(lex, 1);
  tenor_analyzer_set_actors(a, act);
  const char *text = "Russia condemned NATO. Turkey's CONDEMNED war!";
  assert_int_equal(tenor_analyzer_run(a, text, strlen(text)), TENOR_OK);
  size_t ns, n;
  tenor_analyzer_sentences(a, &ns);
  assert_int_equal(ns, 2);

  const tenor_token *t = tenor_analyzer_tokens(a, 0, &n);
  assert_non_null(t);
  assert_int_equal(n, 4);
  static const struct {
    const char *norm;
    size_t start, len;
    int kind, actor;
  } want0[] = {{"russia", 0, 6, TENOR_TOKEN_WORD, 1},
               {"condemned", 7, 9, TENOR_TOKEN_WORD, 0},
               {"nato", 17, 4, TENOR_TOKEN_WORD, 1},
               {".", 21, 1, TENOR_TOKEN_PUNCT, 0}},
    want1[] = {{"turkey", 23, 6, TENOR_TOKEN_WORD, 1},
               {"'s", 29, 2, TENOR_TOKEN_WORD, 0},
               {"condemned", 32, 9, TENOR_TOKEN_WORD, 0},
               {"war", 42, 3, TENOR_TOKEN_WORD, 0},
               {"!", 45, 1, TENOR_TOKEN_PUNCT, 0}};
  for (size_t k = 0; k < n; k++) {
    assert_string_equal(t[k].norm, want0[k].norm);
    assert_int_equal(t[k].start, want0[k].start);
    assert_int_equal(t[k].len, want0[k].len);
    assert_int_equal(t[k].kind, want0[k].kind);
    assert_int_equal(t[k].actor, want0[k].actor);
  }
  t = tenor_analyzer_tokens(a, 1, &n);
  assert_int_equal(n, 5);
  for (size_t k = 0; k < n; k++) {
    assert_string_equal(t[k].norm, want1[k].norm);
    assert_int_equal(t[k].start, want1[k].start);
    assert_int_equal(t[k].len, want1[k].len);
    assert_int_equal(t[k].kind, want1[k].kind);
    assert_int_equal(t[k].actor, want1[k].actor);
  }
  /* hit indexes are relative to the sentence */
  assert_string_equal(hits_of(a, 1), "2-3 condemned E | 3-4 war E");
  size_t nh;
  const tenor_hit *h = tenor_analyzer_hits(a, 1, &nh);
  assert_int_equal(h[0].rules, TENOR_RULE_CAPS);
  assert_near(h[0].score[0], -2.733);
  assert_near(h[0].score[1], 2.733);
  assert_near(h[0].score[2], 0);
  assert_int_equal(h[1].rules, 0);
  assert_near(h[1].score[0], -3); /* the '!' goes to the sums, not the hits */
  assert_null(tenor_analyzer_tokens(a, 2, &n));
  assert_int_equal(n, 0);
  assert_null(tenor_analyzer_hits(a, 2, &n));
  assert_int_equal(n, 0);
  tenor_analyzer_free(a);
  tenor_actors_free(act);
  tenor_lexicon_free(lex);
}

static void test_explain_hits_rules_and_targets(void **state) {
  (void)state;
  tenor_lexicon *lex = load(explain_csv, 0);
  tenor_actors *act = tenor_actors_new();
  tenor_diag d;
  assert_int_equal(tenor_actors_add_csv(act, "a.csv", S(actors_csv), &d), TENOR_OK);
  tenor_analyzer *a = analyzer(lex, 1);
  tenor_analyzer_set_actors(a, act);
  const char *text = "Russia condemned NATO. "
                     "Turkey, Russia said, condemned NATO. "
                     "Russia is not very good, but NATO condemned Ankara. "
                     "Ankara backed an anti-war plan, a GOOD plan.";
  assert_int_equal(tenor_analyzer_run(a, text, strlen(text)), TENOR_OK);
  size_t ns, na, n;
  const tenor_sentence *s = tenor_analyzer_sentences(a, &ns);
  assert_int_equal(ns, 4);
  const tenor_actor *ac = tenor_analyzer_actors(a, &na);
  assert_int_equal(na, 3); /* in order of first appearance */
  assert_string_equal(ac[0].id, "RUS");
  assert_string_equal(ac[1].id, "NATO");
  assert_string_equal(ac[2].id, "TUR");

  /* 0: no speaker; both actors are as near to the hit (no token between):
   * the earlier mention, the subject, takes it */
  assert_string_equal(hits_of(a, 0), "1-2 condemned E");
  const tenor_hit *h = tenor_analyzer_hits(a, 0, &n);
  assert_int_equal(s[0].speaker, TENOR_NO_ACTOR);
  assert_int_equal(h[0].target, 0);
  assert_int_equal(h[0].rules, 0);
  assert_near(h[0].score[0], -2);
  assert_near(h[0].score[1], 2);

  /* 1: Russia speaks; the hit goes to NATO in its clause, not to Turkey;
   * the speech word has no score and no target */
  assert_string_equal(hits_of(a, 1), "3-4 said E | 5-6 condemned E");
  h = tenor_analyzer_hits(a, 1, &n);
  assert_int_equal(s[1].speaker, 0);
  assert_int_equal(h[0].target, TENOR_NO_ACTOR);
  assert_near(h[0].score[0], 0);
  assert_int_equal(h[1].target, 1);

  /* 2: negated, boosted, before the contrast word; after it */
  assert_string_equal(hits_of(a, 2), "2-3 not E | 3-4 very E | 4-5 good E | 6-7 but E | "
                                     "8-9 condemned E");
  h = tenor_analyzer_hits(a, 2, &n);
  assert_int_equal(h[2].rules, TENOR_RULE_NEGATED | TENOR_RULE_BOOSTED | TENOR_RULE_BEFORE);
  assert_near(h[2].score[0], (2 + 0.3) * -0.74 * 0.5);
  assert_int_equal(h[2].target, 0);
  assert_int_equal(h[4].rules, TENOR_RULE_AFTER);
  assert_near(h[4].score[0], -3);
  assert_near(h[4].score[1], 3);
  assert_int_equal(h[4].target, 1);
  assert_near(s[2].tone, -0.851 - 3);
  assert_near(s[2].hostility, 3);

  /* 3: a hyphenated word's part and capitals; the only target takes both */
  assert_string_equal(hits_of(a, 3), "3-4 war E | 7-8 good E");
  h = tenor_analyzer_hits(a, 3, &n);
  assert_int_equal(h[0].rules, TENOR_RULE_PART);
  assert_near(h[0].score[0], -3);
  assert_int_equal(h[0].target, 2);
  assert_int_equal(h[1].rules, TENOR_RULE_CAPS);
  assert_near(h[1].score[0], 2.733);
  assert_int_equal(h[1].target, 2);
  assert_int_equal(s[3].hits, 2);

  /* without an actor list nothing has a target */
  tenor_analyzer_set_actors(a, NULL);
  run1(a, "Russia condemned NATO.");
  h = tenor_analyzer_hits(a, 0, &n);
  assert_int_equal(n, 1);
  assert_int_equal(h[0].target, TENOR_NO_ACTOR);
  size_t nt;
  const tenor_token *t = tenor_analyzer_tokens(a, 0, &nt);
  assert_int_equal(nt, 4);
  for (size_t k = 0; k < nt; k++)
    assert_int_equal(t[k].actor, 0);
  tenor_analyzer_free(a);
  tenor_actors_free(act);
  tenor_lexicon_free(lex);
}

static void test_explain_entry_items(void **state) {
  (void)state;
  tenor_lexicon *lex = load(explain_csv, 0);
  add(lex, "loose.csv",
      "term,category,weight,match\n"
      "# wildcard and stem\n"
      "hostil*,hostility,2.5,\n" /* line 3 */
      "attack,tone,-1.5,stem\n"  /* line 4 */
      "attack,blame,,stem\n",    /* line 5 */
      0);
  tenor_analyzer *a = analyzer(lex, 1);
  run1(a, "They condemned hostilities and attacks.");
  assert_string_equal(hits_of(a, 0), "1-2 condemned E | 2-3 hostil* W | 4-5 attack S");
  size_t n;
  const tenor_hit *h = tenor_analyzer_hits(a, 0, &n);
  tenor_lexicon_item it[8];

  /* condemned: tone, hostility and blame, each with its file and line */
  assert_int_equal(tenor_lexicon_entry_items(lex, h[0].entry, it, 8), 3);
  const tenor_lexicon_item *x = item_of(it, 3, "tone");
  assert_non_null(x);
  assert_string_equal(x->term, "condemned");
  assert_near(x->weight, -2);
  assert_string_equal(x->source, "m.csv");
  assert_int_equal(x->line, 2);
  assert_int_equal(x->flags, 0);
  x = item_of(it, 3, "hostility");
  assert_non_null(x);
  assert_near(x->weight, 2);
  assert_int_equal(x->line, 3);
  x = item_of(it, 3, "blame");
  assert_non_null(x);
  assert_near(x->weight, 1.5);
  assert_int_equal(x->line, 10);
  /* own categories first, in tenor's order */
  assert_string_equal(it[0].category, "tone");
  assert_string_equal(it[1].category, "hostility");
  assert_string_equal(it[2].category, "blame");
  /* fewer slots than items: the count all the same, the first ones filled */
  memset(it, 0, sizeof it);
  assert_int_equal(tenor_lexicon_entry_items(lex, h[0].entry, it, 1), 3);
  assert_string_equal(it[0].category, "tone");
  assert_null(it[1].category);

  /* the wildcard */
  assert_int_equal(tenor_lexicon_entry_items(lex, h[1].entry, it, 8), 1);
  assert_string_equal(it[0].term, "hostil*");
  assert_string_equal(it[0].category, "hostility");
  assert_near(it[0].weight, 2.5);
  assert_string_equal(it[0].source, "loose.csv");
  assert_int_equal(it[0].line, 3);
  assert_int_equal(it[0].flags, TENOR_ITEM_WILDCARD);
  assert_near(h[1].score[1], 2.5);

  /* the stem */
  assert_int_equal(tenor_lexicon_entry_items(lex, h[2].entry, it, 8), 2);
  x = item_of(it, 2, "tone");
  assert_non_null(x);
  assert_string_equal(x->term, "attack");
  assert_near(x->weight, -1.5);
  assert_string_equal(x->source, "loose.csv");
  assert_int_equal(x->line, 4);
  assert_int_equal(x->flags, TENOR_ITEM_STEM);
  x = item_of(it, 2, "blame");
  assert_non_null(x);
  assert_near(x->weight, 1);
  assert_int_equal(x->line, 5);
  assert_int_equal(x->flags, TENOR_ITEM_STEM);

  assert_int_equal(tenor_lexicon_entry_items(lex, NULL, it, 8), 0);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

static void test_explain_off(void **state) {
  (void)state;
  tenor_lexicon *lex = load(explain_csv, 0);
  tenor_analyzer *a = analyzer(lex, 0);
  const tenor_sentence *s = run1(a, "They condemned the war.");
  assert_int_equal(s->hits, 2);
  size_t n = 77;
  assert_null(tenor_analyzer_tokens(a, 0, &n));
  assert_int_equal(n, 0);
  n = 77;
  assert_null(tenor_analyzer_hits(a, 0, &n));
  assert_int_equal(n, 0);
  tenor_analyzer_free(a);

  /* and with explain on, a new run replaces the last one's hits */
  a = analyzer(lex, 1);
  run1(a, "They condemned the war.");
  assert_string_equal(hits_of(a, 0), "1-2 condemned E | 3-4 war E");
  run1(a, "Good.");
  assert_string_equal(hits_of(a, 0), "0-1 good E");
  tenor_analyzer_run(a, "", 0);
  assert_null(tenor_analyzer_hits(a, 0, &n));
  assert_int_equal(n, 0);
  tenor_analyzer_free(a);
  tenor_lexicon_free(lex);
}

/* ------------------------------------------------------------- errors */

static const struct {
  const char *name;
  const char *csv;
  int code;
  size_t line;
  const char *message;
} bad[] = {
    {"bad category name", "term,category,weight\nx,tone,1\ny,Anger-Level,1\n", TENOR_ECATEGORY, 3,
     "bad category name 'Anger-Level'"},
    {"category starting with a digit", "term,category,weight\nx,tone,1\ny,9lives,1\n",
     TENOR_ECATEGORY, 3, "bad category name '9lives'"},
    {"x_per_100_tokens", "term,category,weight\nx,tone,1\n\ny,x_per_100_tokens,1\n",
     TENOR_ECATEGORY, 4, "it ends in _per_100_tokens"},
    {"reserved tone_norm", "term,category,weight\nx,tone,1\ny,tone_norm,1\n", TENOR_ECATEGORY, 3,
     "category name 'tone_norm' is taken by a column"},
    {"reserved hits", "term,category,weight\nx,tone,1\ny,hits,1\n", TENOR_ECATEGORY, 3,
     "'hits' is taken by a column"},
    {"match fuzzy", "term,category,weight,match\nx,tone,1,\ny,tone,1,fuzzy\n", TENOR_EPARSE, 3,
     "match 'fuzzy'"},
    {"match in capitals", "term,category,weight,match\nx,tone,1,stem\ny,tone,1,STEM\n",
     TENOR_EPARSE, 3, "match 'STEM'"},
    {"a space before the wildcard", "term,category,weight\nx,tone,1\nnew *,tone,1\n", TENOR_ETERM,
     3, "must end in a letter"},
    {"wildcard ending in a hyphen", "term,category,weight\nx,tone,1\nanti-*,tone,1\n", TENOR_ETERM,
     3, "wildcard 'anti-*'"},
    {"wildcard of a number", "term,category,weight\nx,tone,1\n2*,tone,1\n", TENOR_ETERM, 3,
     "wildcard '2*'"},
    {"two-word stem", "term,category,weight,match\nx,tone,1,\ncold war,tone,-1,stem\n", TENOR_ETERM,
     3, "'cold war'"},
    {"a star alone", "term,category,weight\nx,tone,1\n*,tone,1\n", TENOR_ETERM, 3,
     "does not start with a word"},
    {"custom weight not a number", "term,category,weight\nx,tone,1\ny,mood,high\n", TENOR_EWEIGHT,
     3, "weight 'high' is not a number"},
};

static void test_errors_leave_lexicon_unchanged(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    print_message("case: %s\n", bad[i].name);
    tenor_lexicon *lex = load("term,category,weight\nold,tone,1\nold,mine,2\n", 0);
    assert_int_equal(tenor_lexicon_size(lex), 2);
    tenor_diag d;
    memset(&d, 0, sizeof d);
    int rc = tenor_lexicon_add(lex, "bad.csv", bad[i].csv, strlen(bad[i].csv), TENOR_FORMAT_NATIVE,
                               0, &d);
    if (rc != bad[i].code || d.line != bad[i].line || !strstr(d.message, bad[i].message))
      print_error("%s: code %d line %zu [%s]\n", bad[i].name, rc, d.line, d.message);
    assert_int_equal(rc, bad[i].code);
    assert_int_equal(d.code, bad[i].code);
    assert_string_equal(d.path, "bad.csv");
    assert_int_equal(d.line, bad[i].line);
    assert_non_null(strstr(d.message, bad[i].message));
    /* nothing of the file was added, not even its good first row */
    assert_int_equal(tenor_lexicon_size(lex), 2);
    assert_int_equal(tenor_lexicon_extra_count(lex), 1);
    assert_string_equal(tenor_lexicon_extra_name(lex, 0), "mine");
    tenor_analyzer *a = analyzer(lex, 1);
    check(a, "x y old", "2-3 old E", 1, 0, 0, 1);
    assert_near(extra_of(a, lex, 0, "mine"), 2);
    tenor_analyzer_free(a);
    tenor_lexicon_free(lex);
  }
}

static void test_own_category_names_allowed(void **state) {
  (void)state;
  /* names that only look like reserved ones are fine */
  tenor_lexicon *lex = load("term,category,weight\n"
                            "a,per_100_tokens,1\n"
                            "b,tone_norm2,1\n"
                            "c,x_per_100_token,1\n"
                            "d,z9_,1\n",
                            0);
  assert_int_equal(tenor_lexicon_extra_count(lex), 4);
  assert_string_equal(tenor_lexicon_extra_name(lex, 0), "per_100_tokens");
  assert_string_equal(tenor_lexicon_extra_name(lex, 3), "z9_");
  tenor_lexicon_free(lex);
}

/* ---------------------------------------------------------------- bugs */

/* tenor_options_init sets every option, explain included. */
static void test_options_init_sets_everything(void **state) {
  (void)state;
  tenor_options opt;
  memset(&opt, 0xA5, sizeof opt);
  tenor_options_init(&opt);
  assert_int_equal(opt.max_sentence_bytes, TENOR_DEFAULT_MAX_SENTENCE_BYTES);
  assert_int_equal(opt.level, TENOR_LEVEL_PERSON);
  assert_int_equal(opt.explain, 0);
}

/* A token of an actor's name is never scored: a term neither starts at
 * one nor runs into one ("threat to nato" stops before NATO, so the word
 * "threat" matches alone). */
static void test_mwe_stops_at_actor_name(void **state) {
  (void)state;
  tenor_lexicon *lex = load("term,category,weight\n"
                            "nato,tone,1\n"
                            "nato threat,hostility,2\n"
                            "threat,tone,-1\n"
                            "threat to nato,hostility,3\n",
                            0);
  tenor_actors *act = tenor_actors_new();
  tenor_diag d;
  assert_int_equal(tenor_actors_add_csv(act, "a.csv", S(actors_csv), &d), TENOR_OK);
  tenor_analyzer *a = analyzer(lex, 1);
  tenor_analyzer_set_actors(a, act);
  /* at the actor's token: neither the word nor the term starting there */
  check(a, "NATO threat.", "1-2 threat E", -1, 0, 0, 1);
  /* without actors the three-word term matches, as it should */
  tenor_analyzer_set_actors(a, NULL);
  check(a, "A threat to NATO.", "1-4 threat to nato E", 0, 3, 0, 1);
  /* with actors, NATO's token is an actor's ... */
  tenor_analyzer_set_actors(a, act);
  run1(a, "A threat to NATO.");
  size_t n;
  const tenor_token *t = tenor_analyzer_tokens(a, 0, &n);
  assert_int_equal(n, 5);
  assert_int_equal(t[3].actor, 1);
  /* ... so the hit is the word alone */
  const tenor_hit *h = tenor_analyzer_hits(a, 0, &n);
  assert_int_equal(n, 1);
  assert_int_equal(h[0].first, 1);
  assert_int_equal(h[0].last, 2);
  assert_string_equal(h[0].term, "threat");
  tenor_analyzer_free(a);
  tenor_actors_free(act);
  tenor_lexicon_free(lex);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_wildcard_matches_words_starting_with_prefix),
      cmocka_unit_test(test_wildcard_longest_prefix_wins),
      cmocka_unit_test(test_wildcard_match_column),
      cmocka_unit_test(test_wildcard_multiword),
      cmocka_unit_test(test_wildcard_utf8),
      cmocka_unit_test(test_stem_flag),
      cmocka_unit_test(test_stem_only_entries_that_are_their_stem),
      cmocka_unit_test(test_stem_only_inflections),
      cmocka_unit_test(test_stem_only_plain_one_word_terms),
      cmocka_unit_test(test_precedence_exact_tone_loose_own_category),
      cmocka_unit_test(test_precedence_same_category_not_counted_twice),
      cmocka_unit_test(test_precedence_own_categories),
      cmocka_unit_test(test_mwe_longest_first),
      cmocka_unit_test(test_mwe_falls_back_to_single_word),
      cmocka_unit_test(test_mwe_apostrophes),
      cmocka_unit_test(test_mwe_hyphens),
      cmocka_unit_test(test_own_categories),
      cmocka_unit_test(test_own_categories_none),
      cmocka_unit_test(test_own_categories_in_hyphen_parts_and_loose_matches),
      cmocka_unit_test(test_explain_tokens),
      cmocka_unit_test(test_explain_hits_rules_and_targets),
      cmocka_unit_test(test_explain_entry_items),
      cmocka_unit_test(test_explain_off),
      cmocka_unit_test(test_errors_leave_lexicon_unchanged),
      cmocka_unit_test(test_own_category_names_allowed),
      cmocka_unit_test(test_options_init_sets_everything),
      cmocka_unit_test(test_mwe_stops_at_actor_name),
  };
  return cmocka_run_group_tests_name("match", tests, NULL, NULL);
}
