/* test_csv_read.c - tenor_csv_read, the reader of CSV tables of one's own
 * (the gold standards of tenor validate): columns by name, fields as
 * written, rows that cannot be read handed over with their line. */
#include "harness.h"

#include "tenor.h"

#define S(lit) lit, sizeof(lit) - 1

typedef struct seen {
  char log[1024]; /* one line per call: "LINE: f0|f1|f2 (present)" or "LINE! message" */
  int stop_at;    /* a row number at which to stop, 0 for none */
} seen;

static int on_row(void *ctx, const tenor_csv_row *row, const tenor_diag *skipped) {
  seen *s = ctx;
  size_t n = strlen(s->log);
  if (!row) {
    snprintf(s->log + n, sizeof s->log - n, "%zu! %s\n", skipped->line, skipped->message);
    return 0;
  }
  snprintf(s->log + n, sizeof s->log - n, "%zu: %s|%s|%s (%u)\n", row->line, row->field[0],
           row->field[1], row->field[2], row->present);
  assert_int_equal(row->len[0], strlen(row->field[0]));
  return s->stop_at && (int)row->row == s->stop_at ? 42 : 0;
}

static const char *const cols[] = {"text", "gold", "id", NULL};

static void test_rows(void **state) {
  (void)state;
  seen s = {"", 0};
  tenor_diag d;
  /* columns in another order, an extra one, a BOM, CRLF, a quoted line
   * break, spaces kept, a # that is data, a blank line between rows */
  const char csv[] = "\xEF\xBB\xBFid,extra,gold,text\r\n"
                     "a1,x,1.5,\"  Two\nlines \"\r\n"
                     "\r\n"
                     "#2,y,-2,# not a comment\r\n";
  assert_int_equal(tenor_csv_read("g.csv", "gold standard", S(csv), cols, 0, on_row, &s, &d), 0);
  assert_string_equal(s.log, "2:   Two\nlines |1.5|a1 (7)\n"
                             "5: # not a comment|-2|#2 (7)\n");
}

static void test_optional_and_skipped(void **state) {
  (void)state;
  seen s = {"", 0};
  tenor_diag d;
  const char csv[] = "text,gold\n"
                     "one,1\n"
                     "two,2,extra\n"
                     "three\n"
                     "fo\xffur,4\n"
                     "five,5\n";
  assert_int_equal(
      tenor_csv_read("g.csv", "gold standard", S(csv), cols, 1u << 2, on_row, &s, &d), 0);
  assert_string_equal(s.log, "2: one|1| (3)\n"
                             "3! 3 fields where the header has 2\n"
                             "4! 1 field where the header has 2\n"
                             "5! invalid UTF-8 or a NUL byte in column 'text'\n"
                             "6: five|5| (3)\n");
  s.log[0] = 0;
  s.stop_at = 5; /* rows count from 1, skipped ones too: "five" is the fifth */
  assert_int_equal(
      tenor_csv_read("g.csv", "gold standard", S(csv), cols, 1u << 2, on_row, &s, &d), 42);
}

/* Lines of plain fields are split by tenor, others by libcsv: the same
 * fields either way (tests/fuzz/fuzz_csv.c compares the two at length). */
static void test_plain_and_quoted_lines(void **state) {
  (void)state;
  seen s = {"", 0};
  tenor_diag d;
  char csv[512] = "text,gold,id\n"
                  "  a b ,\t\"1, 2\" ,x \n"  /* plain: spaces around fields go */
                  "\"say \"\"no\"\"\",2,y\n" /* a doubled quote: libcsv */
                  "\"two\nlines\",3,z\n"       /* a quoted line end: libcsv */
                  ",,\r\n"
                  "c,4,";
  for (int k = 0; k < 37; k++) /* more fields than tenor splits itself */
    strcat(csv, ",f");
  strcat(csv, "\n\"\",\"5\",\"w\"");
  assert_int_equal(
      tenor_csv_read("g.csv", "gold standard", csv, strlen(csv), cols, 0, on_row, &s, &d), 0);
  assert_string_equal(s.log, "2: a b|1, 2|x (7)\n"
                             "3: say \"no\"|2|y (7)\n"
                             "4: two\nlines|3|z (7)\n"
                             "6: || (7)\n"
                             "7! 40 fields where the header has 3\n"
                             "8: |5|w (7)\n");
  s.log[0] = 0;
  assert_int_equal(tenor_csv_read("g.csv", "gold standard", S("text,gold\n\"a\" b,1\n"), cols, 4,
                                  on_row, &s, &d),
                   TENOR_EPARSE);
  assert_int_equal(d.line, 2);
}

static void test_unusable(void **state) {
  (void)state;
  seen s = {"", 0};
  tenor_diag d;
  assert_int_equal(tenor_csv_read("g.csv", "gold standard", S("text,id\nx,1\n"), cols, 1u << 2,
                                  on_row, &s, &d),
                   TENOR_EHEADER);
  assert_string_equal(d.path, "g.csv");
  assert_int_equal(d.line, 1);
  assert_string_equal(d.message, "header row must name the columns text and gold (no 'gold')");
  assert_int_equal(
      tenor_csv_read("g.csv", "gold standard", S("text,gold\n"), cols, 4, on_row, &s, &d),
      TENOR_EEMPTY);
  assert_string_equal(d.message, "empty gold standard: a header but no entries");
  assert_int_equal(
      tenor_csv_read("g.csv", "gold standard", S(""), cols, 4, on_row, &s, &d), TENOR_EEMPTY);
  assert_int_equal(tenor_csv_read("g.csv", "gold standard", S("text,gold\n\"open,1\n"), cols, 4,
                                  on_row, &s, &d),
                   TENOR_EPARSE);
  assert_int_equal(d.line, 2);
  assert_string_equal(s.log, "");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rows),
      cmocka_unit_test(test_optional_and_skipped),
      cmocka_unit_test(test_plain_and_quoted_lines),
      cmocka_unit_test(test_unusable),
  };
  return cmocka_run_group_tests_name("csv_read", tests, NULL, NULL);
}
