/* test_formats.c - the lexicon format parsers (formats.c): every row of the
 * sample files in tests/lexicons, a bad line of every format, detection,
 * and the edge cases of each format's syntax. */
#include "harness.h"

#include <math.h>

#include "formats.h"
#include "tenor.h"

typedef struct {
  char term[64];
  char cat[40];
  double weight;
  unsigned flags;
  size_t line;
} got_row;

typedef struct {
  got_row v[64];
  size_t n;
  size_t stop_after; /* return 77 after this many rows; 0 never */
} got;

static int collect(void *ctx, const tenorp_row *row) {
  got *g = ctx;
  assert_true(g->n < 64);
  assert_true(row->term_len < sizeof g->v[0].term);
  assert_true(row->category_len < sizeof g->v[0].cat);
  got_row *r = &g->v[g->n++];
  memcpy(r->term, row->term, row->term_len);
  r->term[row->term_len] = 0;
  memcpy(r->cat, row->category, row->category_len);
  r->cat[row->category_len] = 0;
  r->weight = row->weight;
  r->flags = row->flags;
  r->line = row->line;
  return g->stop_after && g->n == g->stop_after ? 77 : 0;
}

/* Reads a test lexicon; the tests run from the top of the source tree. */
static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    fail_msg("cannot open %s (run the test from the top of the source tree)", path);
  char *buf = NULL;
  size_t cap = 0, n = 0, k;
  do {
    cap += 4096;
    buf = realloc(buf, cap);
    assert_non_null(buf);
    k = fread(buf + n, 1, cap - n, f);
    n += k;
  } while (k);
  fclose(f);
  *len = n;
  return buf;
}

static int parse_file(int format, const char *path, got *g, tenor_diag *d) {
  size_t len;
  char *data = slurp(path, &len);
  memset(g, 0, sizeof *g);
  memset(d, 0, sizeof *d);
  int rc = tenorp_parse_lexicon(format, path, data, len, collect, g, d);
  free(data);
  return rc;
}

static int parse_str(int format, const char *s, got *g, tenor_diag *d) {
  memset(g, 0, sizeof *g);
  memset(d, 0, sizeof *d);
  return tenorp_parse_lexicon(format, "mem", s, strlen(s), collect, g, d);
}

static void check_row(const got *g, size_t i, const char *term, const char *cat, double w,
                      unsigned flags, size_t line) {
  assert_true(i < g->n);
  assert_string_equal(g->v[i].term, term);
  assert_string_equal(g->v[i].cat, cat);
  if (g->v[i].weight != w)
    fail_msg("row %zu (%s): weight %.17g, expected %.17g", i, term, g->v[i].weight, w);
  assert_int_equal(g->v[i].flags, flags);
  assert_int_equal(g->v[i].line, line);
}

static void check_error(int rc, const tenor_diag *d, int code, const char *path, size_t line,
                        const char *message) {
  assert_int_equal(rc, code);
  assert_int_equal(d->code, code);
  assert_string_equal(d->path, path);
  assert_int_equal(d->line, line);
  assert_string_equal(d->message, message);
}

#define W TENORP_ROW_WILDCARD
#define S TENORP_ROW_STEM
#define NW TENORP_ROW_NO_WEIGHT

/* ------------------------------------------------------------ names */

static void test_names(void **state) {
  (void)state;
  const char *names[] = {"native", "vader", "afinn", "liwc", "lsd", "nrc", "mpqa"};
  for (int i = 0; i < 7; i++) {
    assert_string_equal(tenor_format_name(i), names[i]);
    assert_int_equal(tenor_format_parse(names[i]), i);
  }
  assert_int_equal(TENOR_FORMAT_VADER, 1);
  assert_int_equal(TENOR_FORMAT_MPQA, 6);
  assert_string_equal(tenor_format_name(TENOR_FORMAT_AUTO), "auto");
  assert_int_equal(tenor_format_parse("auto"), TENOR_FORMAT_AUTO);
  assert_null(tenor_format_name(7));
  assert_null(tenor_format_name(-2));
  assert_int_equal(tenor_format_parse("VADER"), -2);
  assert_int_equal(tenor_format_parse("csv"), -2);
  assert_int_equal(tenor_format_parse(""), -2);
  assert_int_equal(tenor_format_parse(NULL), -2);
}

/* ------------------------------------------------------------ VADER */

static void test_vader_file(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  assert_int_equal(parse_file(TENOR_FORMAT_VADER, "tests/lexicons/sample.vader", &g, &d), 0);
  assert_int_equal(g.n, 8);
  check_row(&g, 0, "peace", "tone", 2.1, 0, 1);
  check_row(&g, 1, "threat", "tone", -2.4, 0, 2);
  check_row(&g, 2, "calm", "tone", 1.3, 0, 3);
  check_row(&g, 3, "war", "tone", -2.9, 0, 4);
  check_row(&g, 4, "fed up", "tone", -1.7, 0, 5);
  check_row(&g, 5, ":)", "tone", 2.0, 0, 6);
  check_row(&g, 6, "hope", "tone", 1.9, 0, 7); /* no ratings list */
  check_row(&g, 7, "blame", "tone", -1.4, 0, 8);
}

static void test_vader_errors(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  int rc = parse_file(TENOR_FORMAT_VADER, "tests/lexicons/bad-vader.txt", &g, &d);
  check_error(rc, &d, TENOR_EWEIGHT, "tests/lexicons/bad-vader.txt", 3,
              "mean 5.2 out of range for tone (-4 to 4)");
  assert_int_equal(g.n, 2); /* rows before the bad line were seen */
  rc = parse_str(TENOR_FORMAT_VADER, "good\t1.9\t0.5\t[]\nbad 1.0\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 2,
              "expected token TAB mean TAB standard deviation TAB [ratings], got 'bad 1.0'");
  rc = parse_str(TENOR_FORMAT_VADER, "x\tnan\t0.5\t[1]\n", &g, &d);
  check_error(rc, &d, TENOR_EWEIGHT, "mem", 1, "mean 'nan' is not a number");
  rc = parse_str(TENOR_FORMAT_VADER, "x\t1\t-0.5\t[1]\n", &g, &d);
  check_error(rc, &d, TENOR_EWEIGHT, "mem", 1,
              "standard deviation '-0.5' is not a number of 0 or more");
  rc = parse_str(TENOR_FORMAT_VADER, "x\t1\t0.5\t1, 2\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 1, "ratings '1, 2' are not a list in [ ]");
  rc = parse_str(TENOR_FORMAT_VADER, " \t1\t0.5\t[1]\n", &g, &d);
  check_error(rc, &d, TENOR_ETERM, "mem", 1, "empty term");
  rc = parse_str(TENOR_FORMAT_VADER, "a\t1\t0.5\t[1]\tmore\n", &g, &d);
  assert_int_equal(rc, TENOR_EPARSE);
  /* The edges of the range are in it. */
  assert_int_equal(parse_str(TENOR_FORMAT_VADER, "a\t-4\t0\nb\t4.0\t1e-1\n", &g, &d), 0);
  check_row(&g, 1, "b", "tone", 4, 0, 2);
}

/* ------------------------------------------------------------ AFINN */

static void test_afinn_file(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  assert_int_equal(parse_file(TENOR_FORMAT_AFINN, "tests/lexicons/sample.afinn", &g, &d), 0);
  assert_int_equal(g.n, 10);
  check_row(&g, 0, "abandon", "tone", -1.6, 0, 1);
  check_row(&g, 1, "agree", "tone", 0.8, 0, 2);
  check_row(&g, 2, "ceasefire", "tone", 1.6, 0, 3);
  check_row(&g, 3, "no fun", "tone", -2.4, 0, 4);
  check_row(&g, 4, "outrage", "tone", -2.4, 0, 5);
  check_row(&g, 5, "praise", "tone", 2.4, 0, 6);
  check_row(&g, 6, "terror", "tone", -4, 0, 7);
  check_row(&g, 7, "triumph", "tone", 3.2, 0, 8);
  check_row(&g, 8, "some kind", "tone", 0, 0, 9);
  check_row(&g, 9, "generous", "tone", 4, 0, 10);
}

static void test_afinn_errors(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  int rc = parse_file(TENOR_FORMAT_AFINN, "tests/lexicons/bad-afinn.txt", &g, &d);
  check_error(rc, &d, TENOR_EWEIGHT, "tests/lexicons/bad-afinn.txt", 3,
              "AFINN score 'two' is not an integer from -5 to 5");
  assert_int_equal(g.n, 2);
  rc = parse_str(TENOR_FORMAT_AFINN, "a\t1\nx\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 2, "expected word TAB integer from -5 to 5, got 'x'");
  rc = parse_str(TENOR_FORMAT_AFINN, "a\t6\n", &g, &d);
  check_error(rc, &d, TENOR_EWEIGHT, "mem", 1, "AFINN score '6' is not an integer from -5 to 5");
  rc = parse_str(TENOR_FORMAT_AFINN, "a\t1.5\n", &g, &d);
  check_error(rc, &d, TENOR_EWEIGHT, "mem", 1, "AFINN score '1.5' is not an integer from -5 to 5");
  rc = parse_str(TENOR_FORMAT_AFINN, "a\t1\t2\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 1,
              "expected word TAB integer from -5 to 5, got 'a\t1\t2'");
  rc = parse_str(TENOR_FORMAT_AFINN, "\t1\n", &g, &d);
  check_error(rc, &d, TENOR_ETERM, "mem", 1, "empty term");
}

/* ------------------------------------------------------------- LIWC */

static void test_liwc_file(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  assert_int_equal(parse_file(TENOR_FORMAT_LIWC, "tests/lexicons/sample.dic", &g, &d), 0);
  assert_int_equal(g.n, 11);
  check_row(&g, 0, "agree", "posemo", 1, W | NW, 6);
  check_row(&g, 1, "friend", "posemo", 1, NW, 7);
  check_row(&g, 2, "friend", "social_processes", 1, NW, 7);
  check_row(&g, 3, "hostil", "negemo", 1, W | NW, 8);
  check_row(&g, 4, "talk", "social_processes", 1, W | NW, 9);
  check_row(&g, 5, "peace talks", "posemo", 1, NW, 10);
  check_row(&g, 6, "peace talks", "social_processes", 1, NW, 10);
  check_row(&g, 7, "hate", "negemo", 1, NW, 11);
  check_row(&g, 8, "ally", "posemo", 1, NW, 12);
  check_row(&g, 9, "ally", "social_processes", 1, NW, 12);
  check_row(&g, 10, "threat", "negemo", 1, NW, 13);
}

static void test_liwc_syntax(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  /* Category names; ids with leading zeros; ids after spaces, no tab. */
  const char *dic = "\n%\n01\t  Work & Money!  \n2\t__2nd Person\tdescription\n"
                    "10 Tentat\n%\n"
                    "maybe 10\nperhaps*\t\t10  01\nyou 2\nkind of 10 1\n";
  int rc = parse_str(TENOR_FORMAT_LIWC, dic, &g, &d);
  check_error(rc, &d, TENOR_ECATEGORY, "mem", 4,
              "category name '__2nd Person' does not make a category name (lower-case "
              "letters, digits and '_', starting with a letter)");
  dic = "%\n01\t  Work & Money!  \n2\tYou (2nd Person)\tdescription\n10 Tentat\n%\n"
        "maybe 10\nperhaps*\t\t10  01\nyou 2\nkind of 10 1\n";
  assert_int_equal(parse_str(TENOR_FORMAT_LIWC, dic, &g, &d), 0);
  assert_int_equal(g.n, 6);
  check_row(&g, 0, "maybe", "tentat", 1, NW, 6);
  check_row(&g, 1, "perhaps", "tentat", 1, W | NW, 7);
  check_row(&g, 2, "perhaps", "work_money", 1, W | NW, 7);
  check_row(&g, 3, "you", "you_2nd_person", 1, NW, 8);
  check_row(&g, 4, "kind of", "tentat", 1, NW, 9);
  check_row(&g, 5, "kind of", "work_money", 1, NW, 9);
  /* A header and nothing else is not an error here (the loader decides). */
  assert_int_equal(parse_str(TENOR_FORMAT_LIWC, "%\n1\tx\n%\n", &g, &d), 0);
  assert_int_equal(g.n, 0);
  assert_int_equal(parse_str(TENOR_FORMAT_LIWC, "", &g, &d), 0);
}

static void test_liwc_errors(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  int rc = parse_file(TENOR_FORMAT_LIWC, "tests/lexicons/bad-liwc.txt", &g, &d);
  check_error(rc, &d, TENOR_ECATEGORY, "tests/lexicons/bad-liwc.txt", 7,
              "category id 7 is not declared in the header");
  assert_int_equal(g.n, 2);
  rc = parse_str(TENOR_FORMAT_LIWC, "1\tposemo\n%\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 1,
              "expected a first line '%' opening the category header, got '1\tposemo'");
  rc = parse_str(TENOR_FORMAT_LIWC, "%\n1\tposemo\ngood\t1\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 3,
              "expected category id TAB category name, got "
              "'good\t1'");
  rc = parse_str(TENOR_FORMAT_LIWC, "\n%\n1\tposemo\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 2, "the category header has no closing '%' line");
  rc = parse_str(TENOR_FORMAT_LIWC, "%\n1\tposemo\n1\tnegemo\n%\n", &g, &d);
  check_error(rc, &d, TENOR_ECATEGORY, "mem", 3, "category id 1 is declared twice");
  rc = parse_str(TENOR_FORMAT_LIWC, "%\n1\t!!!\n%\n", &g, &d);
  assert_int_equal(rc, TENOR_ECATEGORY);
  rc = parse_str(TENOR_FORMAT_LIWC, "%\n1\n%\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 2, "expected category id TAB category name, got '1'");
  const char *head = "%\n1\tposemo\n2\tnegemo\n%\n";
  char buf[256];
  snprintf(buf, sizeof buf, "%sgood\t1\nlike\t(02 134)1/2\t2\n", head);
  rc = parse_str(TENOR_FORMAT_LIWC, buf, &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 6,
              "unsupported conditional category in '(02 134)1/2\t2' (LIWC 2007 syntax)");
  assert_int_equal(g.n, 1);
  snprintf(buf, sizeof buf, "%sgood\t1 x\n", head);
  rc = parse_str(TENOR_FORMAT_LIWC, buf, &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 5, "category id 'x' is not a number");
  assert_int_equal(g.n, 0); /* no row of a bad line */
  snprintf(buf, sizeof buf, "%sgood\n", head);
  rc = parse_str(TENOR_FORMAT_LIWC, buf, &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 5, "entry 'good' has no category ids");
  snprintf(buf, sizeof buf, "%s*\t1\n", head);
  rc = parse_str(TENOR_FORMAT_LIWC, buf, &g, &d);
  check_error(rc, &d, TENOR_ETERM, "mem", 5, "empty term");
  snprintf(buf, sizeof buf, "%sgo*d\t1\n", head);
  rc = parse_str(TENOR_FORMAT_LIWC, buf, &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 5, "a '*' may stand only at the end of a term: 'go*d'");
}

/* -------------------------------------------------------------- LSD */

static void test_lsd_file(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  assert_int_equal(parse_file(TENOR_FORMAT_LSD, "tests/lexicons/sample.yml", &g, &d), 0);
  assert_int_equal(g.n, 8);
  check_row(&g, 0, "abandon", "tone", -1, W, 4);
  check_row(&g, 1, "bad faith", "tone", -1, 0, 5);
  check_row(&g, 2, "threat", "tone", -1, 0, 6);
  check_row(&g, 3, "agree", "tone", 1, W, 8);
  check_row(&g, 4, "peace deal", "tone", 1, 0, 9);
  check_row(&g, 5, "not good", "tone", -1, 0, 10);
  check_row(&g, 6, "not agree", "tone", -1, W, 10);
  check_row(&g, 7, "not bad", "tone", 1, W, 12);
}

static void test_lsd_syntax(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  /* No top-level key; items at the key's indentation or deeper; quotes,
   * escapes, '#' inside quotes, a document marker, an empty flow list. */
  const char *yml = "---\n"
                    "positive:\n"
                    "    - 'it''s fine'   # comment\n"
                    "- \"say \\\"yes\\\" # now\"\n"
                    "- don't stop # a comment, the apostrophe is no quote\n"
                    "negative: []\n"
                    "neg_negative: ['a, b', \"c\" , d*]\n"
                    "# the end\n";
  assert_int_equal(parse_str(TENOR_FORMAT_LSD, yml, &g, &d), 0);
  assert_int_equal(g.n, 6);
  check_row(&g, 0, "it's fine", "tone", 1, 0, 3);
  check_row(&g, 1, "say \"yes\" # now", "tone", 1, 0, 4);
  check_row(&g, 2, "don't stop", "tone", 1, 0, 5);
  check_row(&g, 3, "a, b", "tone", 1, 0, 7);
  check_row(&g, 4, "c", "tone", 1, 0, 7);
  check_row(&g, 5, "d", "tone", 1, W, 7);
  /* CRLF line ends and a byte-order mark. */
  yml = "\xef\xbb\xbf"
        "dictionary:\r\n  positive:\r\n  - good\r\n";
  assert_int_equal(parse_str(TENOR_FORMAT_LSD, yml, &g, &d), 0);
  assert_int_equal(g.n, 1);
  check_row(&g, 0, "good", "tone", 1, 0, 3);
}

static void test_lsd_errors(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  int rc = parse_file(TENOR_FORMAT_LSD, "tests/lexicons/bad-lsd.txt", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "tests/lexicons/bad-lsd.txt", 4,
              "unsupported glob 'thr?at' (only a '*' at the end of a term)");
  assert_int_equal(g.n, 1);
  rc = parse_str(TENOR_FORMAT_LSD, "dictionary:\n  neutral:\n  - x\n", &g, &d);
  check_error(rc, &d, TENOR_ECATEGORY, "mem", 2,
              "unknown key 'neutral' (expected positive, negative, neg_positive or "
              "neg_negative)");
  rc = parse_str(TENOR_FORMAT_LSD, "dictionary:\n- x\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 2,
              "a list item outside a key (positive, negative, neg_positive or neg_negative): "
              "'- x'");
  rc = parse_str(TENOR_FORMAT_LSD, "positive:\n\t- x\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 2,
              "a tab in the indentation (YAML indents with spaces only)");
  rc = parse_str(TENOR_FORMAT_LSD, "positive: good\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 1, "expected a list after 'positive:', got 'good'");
  rc = parse_str(TENOR_FORMAT_LSD, "positive:\n  just words\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 2, "expected 'key:' or '- term', got 'just words'");
  rc = parse_str(TENOR_FORMAT_LSD, "positive: [a, b\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 1, "unterminated flow list '[a, b'");
  rc = parse_str(TENOR_FORMAT_LSD, "positive:\n- \"abc\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 2, "unterminated quoted term '\"abc'");
  rc = parse_str(TENOR_FORMAT_LSD, "positive:\n- 'a'b\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 2, "text after the closing quote of ''a'b'");
  rc = parse_str(TENOR_FORMAT_LSD, "positive:\n- \"a\\nb\"\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 2, "unsupported escape in quoted term '\"a\\nb\"'");
  rc = parse_str(TENOR_FORMAT_LSD, "positive:\n- *abc\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 2,
              "unsupported glob '*abc' (only a '*' at the end of a term)");
  rc = parse_str(TENOR_FORMAT_LSD, "positive:\n- ''\n", &g, &d);
  check_error(rc, &d, TENOR_ETERM, "mem", 2, "empty term");
  rc = parse_str(TENOR_FORMAT_LSD, "positive:\n-\n", &g, &d);
  check_error(rc, &d, TENOR_ETERM, "mem", 2, "empty term");
  /* A second unknown top-level key. */
  rc = parse_str(TENOR_FORMAT_LSD, "dictionary:\n  positive:\n  - a\nother:\n", &g, &d);
  check_error(rc, &d, TENOR_ECATEGORY, "mem", 4,
              "unknown key 'other' (expected positive, negative, neg_positive or "
              "neg_negative)");
}

/* -------------------------------------------------------------- NRC */

static void test_nrc_file(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  assert_int_equal(parse_file(TENOR_FORMAT_NRC, "tests/lexicons/sample.nrc", &g, &d), 0);
  assert_int_equal(g.n, 7);
  check_row(&g, 0, "attack", "anger", 1, NW, 1);
  check_row(&g, 1, "attack", "fear", 1, NW, 2);
  check_row(&g, 2, "ally", "positive", 1, NW, 4);
  check_row(&g, 3, "ally", "trust", 1, NW, 5);
  check_row(&g, 4, "threat", "fear", 1, NW, 7);
  check_row(&g, 5, "threat", "negative", 1, NW, 8);
  check_row(&g, 6, "celebrate", "joy", 1, NW, 9); /* 0 rows (lines 3, 6, 10) skipped */
}

static void test_nrc_errors(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  int rc = parse_file(TENOR_FORMAT_NRC, "tests/lexicons/bad-nrc.txt", &g, &d);
  check_error(rc, &d, TENOR_EWEIGHT, "tests/lexicons/bad-nrc.txt", 3,
              "association '2' is not 0 or 1");
  assert_int_equal(g.n, 2);
  rc = parse_str(TENOR_FORMAT_NRC, "a\tjoy\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 1,
              "expected word TAB category TAB 0 or 1, got "
              "'a\tjoy'");
  rc = parse_str(TENOR_FORMAT_NRC, "a\tJoy\t0\n", &g, &d);
  check_error(rc, &d, TENOR_ECATEGORY, "mem", 1,
              "category 'Joy' is not a name of lower-case letters, digits and '_' starting "
              "with a letter");
  rc = parse_str(TENOR_FORMAT_NRC, "\tjoy\t1\n", &g, &d);
  check_error(rc, &d, TENOR_ETERM, "mem", 1, "empty term");
}

/* ------------------------------------------------------------- MPQA */

static void test_mpqa_file(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  assert_int_equal(parse_file(TENOR_FORMAT_MPQA, "tests/lexicons/sample.tff", &g, &d), 0);
  assert_int_equal(g.n, 6);
  check_row(&g, 0, "abandoned", "tone", -2, 0, 1);
  check_row(&g, 1, "accept", "tone", 1, S, 2);
  check_row(&g, 2, "admire", "tone", 2, S, 3);
  check_row(&g, 3, "attack", "tone", -1, 0, 5); /* neutral (line 4) skipped */
  check_row(&g, 4, "bully", "tone", -2, S, 6);
  check_row(&g, 5, "peaceful", "tone", 2, 0, 8); /* both (line 7) skipped */
}

static void test_mpqa_errors(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  int rc = parse_file(TENOR_FORMAT_MPQA, "tests/lexicons/bad-mpqa.txt", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "tests/lexicons/bad-mpqa.txt", 3,
              "missing key 'priorpolarity' in 'type=weaksubj len=1 word1=attack pos1=noun "
              "stemmed1=n'");
  assert_int_equal(g.n, 2);
  rc = parse_str(TENOR_FORMAT_MPQA, "type=weaksubj len=2 word1=a priorpolarity=positive\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 1, "len=2 is not supported (only single words, len=1)");
  rc = parse_str(TENOR_FORMAT_MPQA, "type=subj word1=a priorpolarity=positive\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 1,
              "unknown type 'subj' (expected strongsubj or weaksubj)");
  rc = parse_str(TENOR_FORMAT_MPQA, "len=1 word1=a priorpolarity=positive\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 1,
              "missing key 'type' in 'len=1 word1=a priorpolarity=positive'");
  rc = parse_str(TENOR_FORMAT_MPQA, "type=weaksubj priorpolarity=positive\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 1,
              "missing key 'word1' in 'type=weaksubj priorpolarity=positive'");
  rc = parse_str(TENOR_FORMAT_MPQA, "type=weaksubj word1=a priorpolarity=good\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 1,
              "unknown priorpolarity 'good' (expected positive, negative, neutral or both)");
  rc = parse_str(TENOR_FORMAT_MPQA, "type=weaksubj word1=a stemmed1=x priorpolarity=positive\n", &g,
                 &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 1, "stemmed1 'x' is not y or n");
  rc = parse_str(TENOR_FORMAT_MPQA, "type=weaksubj word1= priorpolarity=positive\n", &g, &d);
  check_error(rc, &d, TENOR_ETERM, "mem", 1, "empty term");
  /* The quirks of the published file: a stray word, weakneg; no len. */
  rc = parse_str(TENOR_FORMAT_MPQA,
                 "type=strongsubj len=1 word1=grim pos1=adj stemmed1=n m priorpolarity=negative\n"
                 "type=weaksubj len=1 word1=dull pos1=adj stemmed1=n polarity=negative "
                 "priorpolarity=weakneg\n"
                 "type=weaksubj  word1=fine\tpriorpolarity=positive\n",
                 &g, &d);
  assert_int_equal(rc, 0);
  assert_int_equal(g.n, 3);
  check_row(&g, 0, "grim", "tone", -2, 0, 1);
  check_row(&g, 1, "dull", "tone", -1, 0, 2);
  check_row(&g, 2, "fine", "tone", 1, 0, 3);
}

/* ------------------------------------------------- shared line rules */

static void test_lines(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  /* BOM, CRLF, blank lines (also of spaces), no final line end. */
  const char *s = "\xef\xbb\xbf"
                  "a\t1\r\n\r\n  \t \nb c\t-2\r\n\nc\t0";
  assert_int_equal(parse_str(TENOR_FORMAT_AFINN, s, &g, &d), 0);
  assert_int_equal(g.n, 3);
  check_row(&g, 0, "a", "tone", 0.8, 0, 1);
  check_row(&g, 1, "b c", "tone", -1.6, 0, 4);
  check_row(&g, 2, "c", "tone", 0, 0, 6);
  /* Invalid UTF-8, on a blank-looking line too; a NUL byte. */
  s = "a\tjoy\t1\nb\xc3\tjoy\t1\n";
  int rc = parse_str(TENOR_FORMAT_NRC, s, &g, &d);
  check_error(rc, &d, TENOR_EUTF8, "mem", 2, "invalid UTF-8 or a NUL byte");
  assert_int_equal(g.n, 1);
  s = "a\t1\n\xff\n";
  rc = parse_str(TENOR_FORMAT_AFINN, s, &g, &d);
  check_error(rc, &d, TENOR_EUTF8, "mem", 2, "invalid UTF-8 or a NUL byte");
  const char nul[] = "a\t1\nb\t2\nc\0d\t1\n";
  memset(&d, 0, sizeof d);
  rc = tenorp_parse_lexicon(TENOR_FORMAT_AFINN, "nul", nul, sizeof nul - 1, collect, &g, &d);
  check_error(rc, &d, TENOR_EUTF8, "nul", 3, "invalid UTF-8 or a NUL byte");
  /* Surrogates and overlong forms are invalid; real UTF-8 is fine. */
  rc = parse_str(TENOR_FORMAT_AFINN, "\xed\xa0\x80\t1\n", &g, &d);
  assert_int_equal(rc, TENOR_EUTF8);
  rc = parse_str(TENOR_FORMAT_AFINN, "\xc0\xaf\t1\n", &g, &d);
  assert_int_equal(rc, TENOR_EUTF8);
  assert_int_equal(parse_str(TENOR_FORMAT_AFINN, "caf\xc3\xa9\t2\n", &g, &d), 0);
  check_row(&g, 0, "caf\xc3\xa9", "tone", 1.6, 0, 1);
  /* UTF-16 is refused as such. */
  rc = tenorp_parse_lexicon(TENOR_FORMAT_AFINN, "u16",
                            "\xff\xfe"
                            "a\0",
                            4, collect, &g, &d);
  check_error(rc, &d, TENOR_EUTF16, "u16", 1, "UTF-16 text: convert the file to UTF-8");
  /* Empty data gives no rows and no error. */
  for (int f = TENOR_FORMAT_VADER; f <= TENOR_FORMAT_MPQA; f++) {
    assert_int_equal(parse_str(f, "", &g, &d), 0);
    assert_int_equal(g.n, 0);
    assert_int_equal(tenorp_parse_lexicon(f, "null", NULL, 0, collect, &g, &d), 0);
  }
}

static void test_callback_stops(void **state) {
  (void)state;
  const char *files[] = {"tests/lexicons/sample.vader", "tests/lexicons/sample.afinn",
                         "tests/lexicons/sample.dic",   "tests/lexicons/sample.yml",
                         "tests/lexicons/sample.nrc",   "tests/lexicons/sample.tff"};
  for (int f = TENOR_FORMAT_VADER; f <= TENOR_FORMAT_MPQA; f++) {
    size_t len;
    char *data = slurp(files[f - 1], &len);
    got g;
    tenor_diag d;
    memset(&g, 0, sizeof g);
    g.stop_after = 2;
    assert_int_equal(tenorp_parse_lexicon(f, files[f - 1], data, len, collect, &g, &d), 77);
    assert_int_equal(g.n, 2);
    /* Without a callback the file is only checked. */
    assert_int_equal(tenorp_parse_lexicon(f, files[f - 1], data, len, NULL, NULL, NULL), 0);
    free(data);
  }
}

static void test_native_and_unknown(void **state) {
  (void)state;
  got g;
  tenor_diag d;
  int rc = parse_str(TENOR_FORMAT_NATIVE, "term,category,weight\na,tone,1\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 0,
              "the native CSV format is read by tenor_lexicon_add_csv, not here");
  rc = parse_str(42, "a\t1\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 0, "unknown lexicon format 42");
  rc = parse_str(TENOR_FORMAT_AUTO, "a\t1\n", &g, &d);
  check_error(rc, &d, TENOR_EPARSE, "mem", 0, "unknown lexicon format -1");
  assert_int_equal(g.n, 0);
  /* Without a diag, the code alone. */
  assert_int_equal(tenorp_parse_lexicon(TENOR_FORMAT_AFINN, "x", "a\t9\n", 4, collect, &g, NULL),
                   TENOR_EWEIGHT);
}

/* ------------------------------------------------------------ detection */

static int detect_str(const char *name, const char *s) {
  return tenorp_detect_format(name, s, s ? strlen(s) : 0);
}

static int detect_file(const char *path) {
  size_t len;
  char *data = slurp(path, &len);
  int f = tenorp_detect_format(path, data, len);
  free(data);
  return f;
}

static void test_detect(void **state) {
  (void)state;
  /* By extension, whatever the content. */
  assert_int_equal(detect_str("x/words.dic", "a\t1\n"), TENOR_FORMAT_LIWC);
  assert_int_equal(detect_str("LSD2015.YML", ""), TENOR_FORMAT_LSD);
  assert_int_equal(detect_str("lsd.yaml", NULL), TENOR_FORMAT_LSD);
  assert_int_equal(detect_str("subjclues.tff", ""), TENOR_FORMAT_MPQA);
  assert_int_equal(detect_str("tone.csv", "a\t1\n"), TENOR_FORMAT_NATIVE);
  /* The sample files: by extension or, for .vader, .afinn, .nrc, by content. */
  assert_int_equal(detect_file("tests/lexicons/sample.vader"), TENOR_FORMAT_VADER);
  assert_int_equal(detect_file("tests/lexicons/sample.afinn"), TENOR_FORMAT_AFINN);
  assert_int_equal(detect_file("tests/lexicons/sample.dic"), TENOR_FORMAT_LIWC);
  assert_int_equal(detect_file("tests/lexicons/sample.yml"), TENOR_FORMAT_LSD);
  assert_int_equal(detect_file("tests/lexicons/sample.nrc"), TENOR_FORMAT_NRC);
  assert_int_equal(detect_file("tests/lexicons/sample.tff"), TENOR_FORMAT_MPQA);
  assert_int_equal(detect_file("tests/lexicons/bad-vader.txt"), TENOR_FORMAT_VADER);
  assert_int_equal(detect_file("tests/lexicons/bad-mpqa.txt"), TENOR_FORMAT_MPQA);
  assert_int_equal(detect_file("tests/lexicons/bad-liwc.txt"), TENOR_FORMAT_LIWC);
  assert_int_equal(detect_file("tests/lexicons/bad-lsd.txt"), TENOR_FORMAT_LSD);
  /* By content, for other names (a folder with a dot does not count). */
  assert_int_equal(detect_str("vader_lexicon.txt", "$:\t-1.5\t0.80623\t[-1, -1]\n"
                                                   "%)\t-0.4\t1.0198\t[-1, 0]\n"),
                   TENOR_FORMAT_VADER);
  assert_int_equal(detect_str("v.d/lexicon", "a\t1.5\t0.5\n"), TENOR_FORMAT_VADER);
  assert_int_equal(detect_str("AFINN-165.txt", "\xef\xbb\xbf"
                                               "abandon\t-2\r\nno fun\t-3\r\n"),
                   TENOR_FORMAT_AFINN);
  assert_int_equal(detect_str(NULL, "aback\tanger\t0\naback\tfear\t1\n"), TENOR_FORMAT_NRC);
  assert_int_equal(detect_str("x", "\n%\n1\tposemo\n%\n"), TENOR_FORMAT_LIWC);
  assert_int_equal(detect_str("x", "# LSD\n\ndictionary:\n  positive:\n"), TENOR_FORMAT_LSD);
  assert_int_equal(detect_str("x", "---\npositive: [a]\n"), TENOR_FORMAT_LSD);
  assert_int_equal(detect_str("x", "type=weaksubj len=1 word1=a priorpolarity=positive\n"),
                   TENOR_FORMAT_MPQA);
  /* Unsure: native. */
  assert_int_equal(detect_str("x", "term,category,weight\na,tone,1\n"), TENOR_FORMAT_NATIVE);
  assert_int_equal(detect_str("x", "# comment: yes\nterm,category,weight\n"), TENOR_FORMAT_NATIVE);
  assert_int_equal(detect_str("x", ""), TENOR_FORMAT_NATIVE);
  assert_int_equal(detect_str(NULL, NULL), TENOR_FORMAT_NATIVE);
  assert_int_equal(detect_str("x", "a\t1\nb\tjoy\t1\n"), TENOR_FORMAT_NATIVE); /* disagree */
  assert_int_equal(detect_str("x", "a\tb\n"), TENOR_FORMAT_NATIVE);
  assert_int_equal(detect_str("x", "a\t1\t2\t3\n"), TENOR_FORMAT_NATIVE);
  assert_int_equal(detect_str("x", "a\t1\n\xff\n"), TENOR_FORMAT_AFINN); /* first lines agree */
}

/* tenorp_decimal gives the very double strtod gives, or leaves the
 * number to strtod. */
static void test_decimal(void **state) {
  (void)state;
  double w;
  const char *const no[] = {"", "+", "-", ".", "1.2.3", "1e5", "0x10", "1,5", " 1",
                            "1234567890123456", "0.0000000000000001", NULL};
  for (size_t k = 0; no[k]; k++)
    assert_int_equal(tenorp_decimal(no[k], strlen(no[k]), &w), -1);
  assert_int_equal(tenorp_decimal("-0", 2, &w), 0);
  assert_true(w == 0 && signbit(w));
  assert_int_equal(tenorp_decimal("5.", 2, &w), 0);
  assert_true(w == 5);
  assert_int_equal(tenorp_decimal("+.25", 4, &w), 0);
  assert_true(w == 0.25);
  /* numbers of every length and point, compared bit for bit with strtod */
  uint64_t x = 88172645463325252ull;
  char num[24];
  for (int k = 0; k < 200000; k++) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    size_t n = 0, digits = 1 + x % 15, point = (x >> 8) % (digits + 2);
    if ((x >> 16) & 1)
      num[n++] = '-';
    for (size_t d = 0; d < digits; d++) {
      if (d == point)
        num[n++] = '.';
      num[n++] = (char)('0' + (x >> (20 + 2 * d)) % 10);
    }
    if (point == digits)
      num[n++] = '.';
    num[n] = 0;
    assert_int_equal(tenorp_decimal(num, n, &w), 0);
    double expect = strtod(num, NULL);
    if (memcmp(&w, &expect, sizeof w) != 0)
      fail_msg("%s: %.17g, strtod %.17g", num, w, expect);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_names),          cmocka_unit_test(test_vader_file),
      cmocka_unit_test(test_vader_errors),   cmocka_unit_test(test_afinn_file),
      cmocka_unit_test(test_afinn_errors),   cmocka_unit_test(test_liwc_file),
      cmocka_unit_test(test_liwc_syntax),    cmocka_unit_test(test_liwc_errors),
      cmocka_unit_test(test_lsd_file),       cmocka_unit_test(test_lsd_syntax),
      cmocka_unit_test(test_lsd_errors),     cmocka_unit_test(test_nrc_file),
      cmocka_unit_test(test_nrc_errors),     cmocka_unit_test(test_mpqa_file),
      cmocka_unit_test(test_mpqa_errors),    cmocka_unit_test(test_lines),
      cmocka_unit_test(test_callback_stops), cmocka_unit_test(test_native_and_unknown),
      cmocka_unit_test(test_detect),         cmocka_unit_test(test_decimal),
  };
  return cmocka_run_group_tests_name("formats", tests, NULL, NULL);
}
