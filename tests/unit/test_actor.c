/* test_actor.c - the actor list, actor matching, discovery, speakers and targets. */
#include "harness.h"

#include <math.h>

#include "actor.h"
#include "tenor.h"
#include "token.h"
#include "vocab.h"

#define S(lit) lit, sizeof(lit) - 1 /* a literal and its length */

static const char actors_csv[] =
    "# test actors\n"
    "actor,name,type,affiliation,aliases\n"
    "RUS,Russia,state,,Russian|Russians|Moscow|the Kremlin\n"
    "USA,United States,state,,US|U.S.|the United States|American|Washington\n"
    "TUR,Turkey,state,,Turkish|Ankara\n"
    "PSE,Palestine,state,,the West Bank|West Bank\n"
    "SYR,Syria,state,,Syrian\n"
    "WEST,the West,group,,Western\n"
    "NATO,NATO,organisation,,Nato\n"
    "ISIL,Islamic State,group,,IS|ISIS|re:Daesh\\w*\n"
    "john_kerry,John Kerry,person,USA,Kerry\n";

static const char lexicon_csv[] = "term,category,weight\n"
                                  "said,speech,\n"
                                  "told,speech,\n"
                                  "added,speech,\n"
                                  "according to,speech,\n"
                                  "threat,tone,-2\n"
                                  "threat,hostility,3\n"
                                  "welcome,tone,2\n"
                                  "good,tone,2\n";

static tenor_actors *actors;
static tenor_lexicon *lex;

static int setup(void **state) {
  (void)state;
  tenor_diag d;
  actors = tenor_actors_new();
  lex = tenor_lexicon_new();
  if (tenor_actors_add_csv(actors, "a.csv", actors_csv, sizeof actors_csv - 1, &d)) {
    fprintf(stderr, "%s:%zu: %s\n", d.path, d.line, d.message);
    return 1;
  }
  return tenor_lexicon_add_csv(lex, "l.csv", lexicon_csv, sizeof lexicon_csv - 1, NULL);
}

static int teardown(void **state) {
  (void)state;
  tenor_actors_free(actors);
  tenor_lexicon_free(lex);
  return 0;
}

/* The ids of the actors named in text, in order, joined by spaces. */
static void matched(const char *text, char *out, size_t cap) {
  tenorp_tokens t = {0};
  tenorp_mentions m = {0};
  tenorp_vocab v = {0};
  tenorp_seen seen = {0};
  tenorp_vocab_build(&v, lex, tenorp_actors_aliases(actors), NULL);
  tenorp_tokenize(text, strlen(text), &t);
  tenorp_vocab_tag(&v, &seen, &t);
  int mixed = 0;
  size_t *all = malloc((t.n + 1) * sizeof *all), *notable = malloc((t.n + 1) * sizeof *notable);
  size_t nn = 0;
  for (size_t i = 0; i < t.n; i++) {
    mixed |= (t.v[i].flags & TENOR_TOK__HASLOWER) != 0;
    all[i] = i;
    if (t.v[i].kind != TENORP_TOK_PUNCT && (t.v[i].flags & (TENOR_TOK__NOTE | TENOR_TOK__HYPHEN)))
      notable[nn++] = i;
  }
  tenorp_actors_match(actors, text, &t, all, t.n, t.n, mixed, &m);
  /* trying only the tokens the sentence's list keeps finds the same */
  tenorp_mentions m2 = {0};
  tenorp_actors_match(actors, text, &t, notable, nn, t.n, mixed, &m2);
  int same = m.n == m2.n;
  for (size_t i = 0; same && i < m.n; i++)
    same = m.v[i].first == m2.v[i].first && m.v[i].last == m2.v[i].last &&
           m.v[i].actor == m2.v[i].actor && m.v[i].flags == m2.v[i].flags;
  free(all);
  free(notable);
  free(m2.v);
  out[0] = 0;
  if (!same) {
    snprintf(out, cap, "(the notable tokens find other mentions)");
    free(m.v);
    tenorp_vocab_free(&v);
    tenorp_seen_free(&seen);
    tenorp_tokens_free(&t);
    return;
  }
  for (size_t i = 0; i < m.n; i++) {
    const char *id = tenorp_actors_str(actors, tenorp_actors_get(actors, m.v[i].actor)->id);
    snprintf(out + strlen(out), cap - strlen(out), "%s%s", i ? " " : "", id);
  }
  free(m.v);
  tenorp_vocab_free(&v);
  tenorp_seen_free(&seen);
  tenorp_tokens_free(&t);
}

static void test_matching(void **state) {
  (void)state;
  static const struct {
    const char *text, *want;
  } cases[] = {
      {"Russia and the United States met.", "RUS USA"},
      {"Russian jets over Moscow; the Kremlin denied it.", "RUS RUS RUS"},
      {"Russia's motives", "RUS"},
      {"Let us talk to the US and the U.S. envoy.", "USA USA"}, /* us the pronoun is no one */
      {"TELL US NOW", ""},                                      /* capitals alias, all-caps text */
      {"RUSSIA WARNS TURKEY", "RUS TUR"},                       /* capitalised aliases still match */
      {"a turkey for dinner in ankara", ""},                    /* lower case is not the state */
      {"Russianness and Iranians", ""},                         /* whole words only */
      {"on the West Bank and in the West", "PSE WEST"},         /* longest alias first */
      {"US-led strikes and Russian-backed forces", "USA RUS"},  /* parts of hyphenated words */
      {"is it IS or ISIS?", "ISIL ISIL"},
      {"NATO and Nato", "NATO NATO"},
      {"Islamic State fighters", "ISIL"},
      {"Mr Kerry and John Kerry", "john_kerry john_kerry"},
  };
  char got[256];
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    matched(cases[i].text, got, sizeof got);
    if (strcmp(got, cases[i].want))
      fprintf(stderr, "[%s]: got [%s] want [%s]\n", cases[i].text, got, cases[i].want);
    assert_string_equal(got, cases[i].want);
  }
}

static void test_patterns(void **state) {
  (void)state;
  const char *text = "Daesh and Daeshists attacked; DAESH too.";
  tenorp_mentions m = {0};
  void *scratch = NULL;
  assert_true(tenorp_actors_have_patterns(actors));
  tenorp_actors_match_patterns(actors, text, strlen(text), &scratch, &m);
  assert_int_equal(m.n, 2); /* case-sensitive as written */
  assert_int_equal(m.v[0].first, 0);
  assert_int_equal(m.v[0].last, 5);
  assert_int_equal(m.v[1].first, 10);
  assert_int_equal(m.v[1].last, 19);
  free(m.v);
  tenorp_actors_scratch_free(scratch);
}

static void test_list(void **state) {
  (void)state;
  assert_int_equal(tenor_actors_size(actors), 9);
  size_t i = tenorp_actors_find(actors, "john_kerry", 10);
  assert_int_not_equal(i, TENORP_NONE);
  const tenorp_actor *a = tenorp_actors_get(actors, i);
  assert_int_equal(a->type, TENOR_ACTOR_PERSON);
  assert_string_equal(tenorp_actors_str(actors, a->name), "John Kerry");
  assert_string_equal(tenorp_actors_str(actors, a->surname), "Kerry");
  assert_string_equal(tenorp_actors_str(actors, tenorp_actors_get(actors, a->affiliation)->id),
                      "USA");
  assert_int_equal(tenorp_actors_find(actors, "XYZ", 3), TENORP_NONE);
  assert_string_equal(tenor_actor_type_name(TENOR_ACTOR_GROUP), "group");
  assert_string_equal(tenor_actor_type_name(99), "unknown");
}

static void test_override(void **state) {
  (void)state;
  tenor_actors *a = tenor_actors_new();
  assert_int_equal(tenor_actors_add_csv(a, "a", actors_csv, sizeof actors_csv - 1, NULL), 0);
  const char more[] = "actor,aliases,name,type,affiliation\n"
                      "RUS,Russki,Russian Federation,state,\n"
                      "sergei_lavrov,Lavrov,Sergei Lavrov,person,RUS\n";
  assert_int_equal(tenor_actors_add_csv(a, "b", more, sizeof more - 1, NULL), 0);
  assert_int_equal(tenor_actors_size(a), 10);
  const tenorp_actor *rus = tenorp_actors_get(a, tenorp_actors_find(a, "RUS", 3));
  assert_string_equal(tenorp_actors_str(a, rus->name), "Russian Federation");
  tenor_actors_free(a);
}

/* Each bad actor list: its text, the error, the line and a piece of the message. */
static const struct {
  const char *name, *csv;
  size_t len;
  int code;
  size_t line;
  const char *message;
} bad[] = {
    {"empty", S(""), TENOR_EEMPTY, 1, "empty actor list"},
    {"header only", S("actor,name,type,affiliation,aliases\n"), TENOR_EEMPTY, 1, "no entries"},
    {"no header", S("RUS,Russia,state,,\n"), TENOR_EHEADER, 1, "(no 'actor')"},
    {"missing column", S("actor,name,type,affiliation,aliases\nRUS,Russia,state\n"), TENOR_EFIELD,
     2, "missing column 'affiliation'"},
    {"unknown type", S("actor,name,type,affiliation,aliases\nRUS,Russia,country,,\n"),
     TENOR_EACTOR, 2, "unknown type 'country'"},
    {"state id", S("actor,name,type,affiliation,aliases\nRUSS,Russia,state,,\n"), TENOR_EACTOR, 2,
     "does not suit type state"},
    {"person id", S("actor,name,type,affiliation,aliases\nJohn_Kerry,John Kerry,person,,\n"),
     TENOR_EACTOR, 2, "does not suit type person"},
    {"organisation id", S("actor,name,type,affiliation,aliases\nnato,NATO,organisation,,\n"),
     TENOR_EACTOR, 2, "does not suit type organisation"},
    {"empty id", S("actor,name,type,affiliation,aliases\n,Russia,state,,\n"), TENOR_EACTOR, 2,
     "empty actor id"},
    {"empty name", S("actor,name,type,affiliation,aliases\nRUS,,state,,\n"), TENOR_EACTOR, 2,
     "empty name"},
    {"twice", S("actor,name,type,affiliation,aliases\nRUS,Russia,state,,\nRUS,Rus,state,,\n"),
     TENOR_EACTOR, 3, "defined twice"},
    {"unknown affiliation", S("actor,name,type,affiliation,aliases\njo,Jo,person,XYZ,\n"),
     TENOR_EACTOR, 2, "affiliation 'XYZ' is not a known actor"},
    {"self affiliation", S("actor,name,type,affiliation,aliases\nNATO,NATO,organisation,NATO,\n"),
     TENOR_EACTOR, 2, "affiliated with itself"},
    {"shared alias",
     S("actor,name,type,affiliation,aliases\nCOD,DR Congo,state,,Congo\nCOG,Congo,state,,\n"),
     TENOR_EACTOR, 3, "alias 'Congo' already names COD (line 2)"},
    {"empty alias", S("actor,name,type,affiliation,aliases\nRUS,Russia,state,,Moscow||Kremlin\n"),
     TENOR_EACTOR, 2, "empty alias"},
    {"bad pattern", S("actor,name,type,affiliation,aliases\nRUS,Russia,state,,re:Mosc(ow\n"),
     TENOR_EPATTERN, 2, "bad pattern 're:Mosc(ow'"},
    {"punctuation name", S("actor,name,type,affiliation,aliases\nRUS,!!,state,,\n"), TENOR_EACTOR,
     2, "name '!!' does not start with a word"},
    {"invalid utf8", S("actor,name,type,affiliation,aliases\nRUS,Rus\xffsia,state,,\n"),
     TENOR_EUTF8, 2, "invalid UTF-8"},
    {"unterminated", S("actor,name,type,affiliation,aliases\nRUS,\"Russia,state,,\n"),
     TENOR_EPARSE, 2, "unterminated"},
};

static void test_bad_rows(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    print_message("case: %s\n", bad[i].name);
    tenor_actors *a = tenor_actors_new();
    tenor_diag d;
    memset(&d, 0, sizeof d);
    int rc = tenor_actors_add_csv(a, "bad.csv", bad[i].csv, bad[i].len, &d);
    if (rc != bad[i].code || d.line != bad[i].line || !strstr(d.message, bad[i].message))
      fprintf(stderr, "%s: code %d line %zu message [%s]\n", bad[i].name, rc, d.line, d.message);
    assert_int_equal(rc, bad[i].code);
    assert_int_equal(d.line, bad[i].line);
    assert_string_equal(d.path, "bad.csv");
    assert_non_null(strstr(d.message, bad[i].message));
    assert_int_equal(tenor_actors_size(a), 0);
    tenor_actors_free(a);
  }
}

/* Runs the analyzer; returns "speaker|targets" of each sentence, one per line. */
static void attribute(const char *text, int level, char *out, size_t cap) {
  tenor_options opt;
  tenor_options_init(&opt);
  opt.level = level;
  tenor_analyzer *an = tenor_analyzer_new(lex, &opt);
  tenor_analyzer_set_actors(an, actors);
  tenor_analyzer_run(an, text, strlen(text));
  size_t n, na;
  const tenor_sentence *s = tenor_analyzer_sentences(an, &n);
  const tenor_actor *act = tenor_analyzer_actors(an, &na);
  out[0] = 0;
  for (size_t i = 0; i < n; i++) {
    size_t nt;
    const tenor_target *tg = tenor_analyzer_targets(an, i, &nt);
    snprintf(out + strlen(out), cap - strlen(out), "%s|",
             s[i].speaker == TENOR_NO_ACTOR ? "-" : act[s[i].speaker].id);
    for (size_t k = 0; k < nt; k++)
      snprintf(out + strlen(out), cap - strlen(out), "%s%s", k ? ";" : "", act[tg[k].actor].id);
    snprintf(out + strlen(out), cap - strlen(out), "\n");
  }
  tenor_analyzer_free(an);
}

static void test_speakers_and_targets(void **state) {
  (void)state;
  static const struct {
    const char *text, *want;
  } cases[] = {
      /* direct quotes, attribution after, before and inverted */
      {"\"Syria is a threat,\" Kerry said.", "john_kerry|SYR\n"},
      {"Kerry said: \"Russia is welcome.\"", "john_kerry|RUS\n"},
      {"\"We are ready,\" said John Kerry.", "john_kerry|\n"},
      {"“Talks are good,” the Kremlin said.", "RUS|\n"},
      /* indirect speech, according to, none */
      {"Russia told Turkey that Nato was a threat.", "RUS|NATO;TUR\n"},
      {"The attack was planned, according to NATO.", "NATO|\n"},
      {"Russia and Turkey met in Ankara.", "-|RUS;TUR\n"},
      /* discovered people, surnames, titles alone, affiliations absorbed */
      {"Major General Igor Konashenkov said Nato was wrong. Konashenkov added more.",
       "igor_konashenkov|NATO\nigor_konashenkov|\n"},
      {"US Secretary of State John Kerry met Syrian officials. The Secretary said little.",
       "-|SYR;john_kerry\njohn_kerry|\n"},
      {"A Russian defence spokesman said the report was false.", "RUS|\n"},
      {"Turkey's top general told reporters the West was a threat.", "TUR|WEST\n"},
      {"The former head of the Turkish Army, Lord Smithers, said Russia erred.",
       "lord_smithers|RUS\n"},
      {"Mr Hollis said the US was right.", "hollis|USA\n"},
      {"Turkey's military chief of staff, General Ayla Demir, said Syria erred.",
       "ayla_demir|SYR\n"},
      {"Syria's ambassador, Faisal al-Rashed, said Turkey erred. Mr al-Rashed added more.",
       "faisal_al_rashed|TUR\nfaisal_al_rashed|\n"},
      {"\"No,\" John Kerry, the US secretary of state, said.", "john_kerry|\n"},
      {"Dr Jo Smart, of the Ankara Institute, said Russia erred.", "jo_smart|RUS\n"},
      /* pronouns */
      {"Kerry arrived. He said Syria was a threat.", "-|john_kerry\njohn_kerry|SYR\n"},
      {"Russia moved first. It said Turkey had erred.", "-|RUS\nRUS|TUR\n"},
      /* quotations that run on */
      {"\"We will act. Nobody should doubt it,\" Kerry said.\n\n\"Russia knows it.\"",
       "john_kerry|\njohn_kerry|\njohn_kerry|RUS\n"},
      {"Kerry said: \"We will act.\n\n\"Turkey agrees.\"", "john_kerry|\njohn_kerry|TUR\n"},
      /* a scare quote is nobody's speech */
      {"Turkey fears \"Russian aggression\" in Syria.", "-|RUS;SYR;TUR\n"},
  };
  char got[512];
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    attribute(cases[i].text, TENOR_LEVEL_PERSON, got, sizeof got);
    if (strcmp(got, cases[i].want))
      fprintf(stderr, "[%s]:\ngot\n%swant\n%s", cases[i].text, got, cases[i].want);
    assert_string_equal(got, cases[i].want);
  }
}

static void test_level_affiliation(void **state) {
  (void)state;
  char got[256];
  attribute("Kerry said the United States was ready.", TENOR_LEVEL_AFFILIATION, got, sizeof got);
  assert_string_equal(got, "USA|\n"); /* the speaker's own state is no target */
  attribute("Kerry said Russia was a threat.", TENOR_LEVEL_AFFILIATION, got, sizeof got);
  assert_string_equal(got, "USA|RUS\n");
}

/* Issue 8, found by fuzz_text: with no target (or no hit, with explain) in
 * the whole text the arrays are never allocated, and the getters added an
 * offset to NULL (undefined behaviour, clang's UBSan).  They give NULL, 0. */
static void test_no_targets_no_hits(void **state) {
  (void)state;
  const char *text = "Hello there. Nothing here.";
  tenor_options o;
  tenor_options_init(&o);
  o.explain = 1;
  tenor_analyzer *an = tenor_analyzer_new(lex, &o);
  tenor_analyzer_set_actors(an, actors);
  tenor_analyzer_run(an, text, strlen(text));
  size_t n = 1;
  assert_null(tenor_analyzer_targets(an, 1, &n));
  assert_int_equal(n, 0);
  n = 1;
  assert_null(tenor_analyzer_hits(an, 1, &n));
  assert_int_equal(n, 0);
  tenor_analyzer_free(an);
}

static void test_stance_and_stats(void **state) {
  (void)state;
  const char *text = "Kerry said Russia was a threat, but Turkey was good.";
  tenor_analyzer *an = tenor_analyzer_new(lex, NULL);
  tenor_analyzer_set_actors(an, actors);
  tenor_analyzer_run(an, text, strlen(text));
  size_t na, nt, ns, np;
  const tenor_actor *act = tenor_analyzer_actors(an, &na);
  const tenor_target *tg = tenor_analyzer_targets(an, 0, &nt);
  assert_int_equal(nt, 2);
  assert_string_equal(act[tg[0].actor].id, "RUS");
  assert_true(tg[0].tone < 0 && tg[0].hostility > 0 && tg[0].stance < 0);
  assert_string_equal(act[tg[1].actor].id, "TUR");
  assert_true(tg[1].tone > 0 && tg[1].hostility == 0 && tg[1].stance > 0);
  double x = tg[1].tone;
  assert_true(fabs(tg[1].stance - x / sqrt(x * x + 15)) < 1e-12);
  const tenor_actor_stats *st = tenor_analyzer_actor_stats(an, &ns);
  assert_int_equal(ns, 3); /* RUS, TUR, john_kerry, sorted by id */
  assert_string_equal(act[st[2].actor].id, "john_kerry");
  assert_int_equal(st[2].as_speaker, 1);
  assert_int_equal(st[2].mentions, 1);
  assert_int_equal(st[0].as_target, 1);
  const tenor_pair_stats *p = tenor_analyzer_pairs(an, &np);
  assert_int_equal(np, 2);
  assert_string_equal(act[p[0].speaker].id, "john_kerry");
  assert_string_equal(act[p[0].target].id, "RUS");
  assert_int_equal(p[0].sentences, 1);
  tenor_analyzer_free(an);
}

/* A long text is analysed a part at a time (analyze.c); the results must
 * be those of the whole text at once, which is how it goes with
 * opt.explain.  The text has paragraphs, quotations that run over several
 * sentences and paragraphs with the attribution at their end, pronouns,
 * people found by their names and named again by surname, a pattern
 * alias, bullets, sentences wrapped over lines (a part ends at a line
 * break), CR LF line ends and one long line: over 300 KB, so some ten
 * parts. */
static void test_parts_give_the_whole(void **state) {
  (void)state;
  static const char *const pieces[] = {
      "\"We will not accept this threat,\" Kerry said. \"It is a good day.\"",
      "“The talks were welcome. Nobody doubts it.",
      "It was a threat to Turkey,” Kerry told reporters.",
      "He said the talks were good.",
      "• Russia made a threat to NATO",
      "Defence Secretary Ash Carter said Moscow was a threat. Carter added it was good.",
      "Daesh fighters made a threat, the Syrian army said.",
      "They said it was welcome.",
      "The U.S. and Turkey said the West was good, according to Ankara.",
      "Islamic State said nothing. Mr. Smith told Washington it was a threat.",
      "The talks with\nAnkara were welcome,\nKerry said",
      "Moscow said it\nwas a\nthreat to\nTurkey",
  };
  static const char *const gaps[] = {" ", "\n", "\r\n", "\n\n", "  ", "\n\n\n"};
  size_t cap = 400000, len = 0;
  char *text = malloc(cap);
  assert_non_null(text);
  unsigned x = 1;
  while (len + 400 < cap) {
    x = x * 1103515245u + 12345u;
    const char *p = pieces[(x >> 16) % (sizeof pieces / sizeof *pieces)];
    const char *g = gaps[(x >> 8) % (sizeof gaps / sizeof *gaps)];
    if (len > 200000 && len < 230000)
      g = " "; /* a stretch of one long line */
    len += (size_t)snprintf(text + len, cap - len, "%s%s", p, g);
  }
  tenor_options whole_opt, part_opt;
  tenor_options_init(&whole_opt);
  tenor_options_init(&part_opt);
  whole_opt.explain = 1;
  tenor_analyzer *whole = tenor_analyzer_new(lex, &whole_opt),
                 *parts = tenor_analyzer_new(lex, &part_opt);
  tenor_analyzer_set_actors(whole, actors);
  tenor_analyzer_set_actors(parts, actors);
  assert_int_equal(tenor_analyzer_run(whole, text, len), TENOR_OK);
  assert_int_equal(tenor_analyzer_run(parts, text, len), TENOR_OK);
  size_t n, m;
  const tenor_sentence *a = tenor_analyzer_sentences(whole, &n),
                       *b = tenor_analyzer_sentences(parts, &m);
  assert_int_equal(n, m);
  assert_true(n > 5000);
  size_t speakers = 0, targets = 0;
  for (size_t i = 0; i < n; i++) {
    assert_int_equal(a[i].start, b[i].start);
    assert_int_equal(a[i].end, b[i].end);
    assert_int_equal(a[i].tokens, b[i].tokens);
    assert_int_equal(a[i].hits, b[i].hits);
    assert_int_equal(a[i].flags, b[i].flags);
    assert_int_equal(a[i].speaker, b[i].speaker);
    assert_true(a[i].tone == b[i].tone && a[i].hostility == b[i].hostility &&
                a[i].cooperation == b[i].cooperation);
    speakers += a[i].speaker != TENOR_NO_ACTOR;
    size_t ta, tb;
    const tenor_target *x1 = tenor_analyzer_targets(whole, i, &ta),
                       *x2 = tenor_analyzer_targets(parts, i, &tb);
    assert_int_equal(ta, tb);
    for (size_t k = 0; k < ta; k++) {
      assert_int_equal(x1[k].actor, x2[k].actor);
      assert_true(x1[k].tone == x2[k].tone && x1[k].stance == x2[k].stance);
    }
    targets += ta;
  }
  assert_true(speakers > 1000 && targets > 1000); /* the attribution has work to do */
  const tenor_actor *da = tenor_analyzer_actors(whole, &n), *db = tenor_analyzer_actors(parts, &m);
  assert_int_equal(n, m);
  for (size_t i = 0; i < n; i++) {
    assert_string_equal(da[i].id, db[i].id);
    assert_string_equal(da[i].name, db[i].name);
  }
  const tenor_actor_stats *sa = tenor_analyzer_actor_stats(whole, &n),
                          *sb = tenor_analyzer_actor_stats(parts, &m);
  assert_int_equal(n, m);
  for (size_t i = 0; i < n; i++) {
    assert_int_equal(sa[i].actor, sb[i].actor);
    assert_int_equal(sa[i].mentions, sb[i].mentions);
    assert_int_equal(sa[i].as_target, sb[i].as_target);
  }
  const tenor_pair_stats *pa = tenor_analyzer_pairs(whole, &n),
                         *pb = tenor_analyzer_pairs(parts, &m);
  assert_int_equal(n, m);
  for (size_t i = 0; i < n; i++) {
    assert_int_equal(pa[i].speaker, pb[i].speaker);
    assert_int_equal(pa[i].target, pb[i].target);
    assert_int_equal(pa[i].sentences, pb[i].sentences);
    assert_true(pa[i].stance_sum == pb[i].stance_sum);
  }
  tenor_analyzer_free(whole);
  tenor_analyzer_free(parts);
  free(text);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_matching),
      cmocka_unit_test(test_patterns),
      cmocka_unit_test(test_list),
      cmocka_unit_test(test_override),
      cmocka_unit_test(test_bad_rows),
      cmocka_unit_test(test_speakers_and_targets),
      cmocka_unit_test(test_level_affiliation),
      cmocka_unit_test(test_no_targets_no_hits),
      cmocka_unit_test(test_stance_and_stats),
      cmocka_unit_test(test_parts_give_the_whole),
  };
  return cmocka_run_group_tests_name("actor", tests, setup, teardown);
}
