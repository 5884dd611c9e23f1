/* test_corpus.c - ISO 8601 dates, periods, and reading CSV corpora. */
#include "harness.h"

#include "tenor.h"

static void test_dates(void **state) {
  (void)state;
  static const struct {
    const char *s;
    int ok, y, m, d, time;
  } cases[] = {
      {"2015-10-08", 1, 2015, 10, 8, 0},
      {"2015-10-08T14:03", 1, 2015, 10, 8, 1},
      {"2015-10-08T14:03:00Z", 1, 2015, 10, 8, 1},
      {"2015-10-08 14:03:00.250+02:00", 1, 2015, 10, 8, 1},
      {"2015-10-08T14:03:00-0500", 1, 2015, 10, 8, 1},
      {"2016-02-29", 1, 2016, 2, 29, 0},
      {"2000-02-29", 1, 2000, 2, 29, 0},
      {"1900-02-29", 0, 0, 0, 0, 0},
      {"2015-02-29", 0, 0, 0, 0, 0},
      {"2015-13-01", 0, 0, 0, 0, 0},
      {"2015-00-10", 0, 0, 0, 0, 0},
      {"2015-04-31", 0, 0, 0, 0, 0},
      {"2015-10-8", 0, 0, 0, 0, 0},
      {"15-10-08", 0, 0, 0, 0, 0},
      {"2015/10/08", 0, 0, 0, 0, 0},
      {"2015-10-08T25:00", 0, 0, 0, 0, 0},
      {"2015-10-08T14:60", 0, 0, 0, 0, 0},
      {"2015-10-08T14:03:00Zjunk", 0, 0, 0, 0, 0},
      {"Oct 8, 2015", 0, 0, 0, 0, 0},
      {"", 0, 0, 0, 0, 0},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    tenor_date d;
    int rc = tenor_date_parse(cases[i].s, strlen(cases[i].s), &d);
    print_message("date: %s\n", cases[i].s);
    assert_int_equal(rc, cases[i].ok ? TENOR_OK : TENOR_EDATE);
    if (cases[i].ok) {
      assert_int_equal(d.year, cases[i].y);
      assert_int_equal(d.month, cases[i].m);
      assert_int_equal(d.day, cases[i].d);
      assert_int_equal(d.has_time, cases[i].time);
    }
  }
}

static void test_periods(void **state) {
  (void)state;
  static const struct {
    const char *date, *day, *week, *month;
  } cases[] = {
      /* ISO weeks: the week of the Thursday (checked against GNU date +%G-W%V) */
      {"2015-10-08", "2015-10-08", "2015-W41", "2015-10"},
      {"2015-01-01", "2015-01-01", "2015-W01", "2015-01"},
      {"2016-01-01", "2016-01-01", "2015-W53", "2016-01"},
      {"2018-12-31", "2018-12-31", "2019-W01", "2018-12"},
      {"2021-01-03", "2021-01-03", "2020-W53", "2021-01"},
      {"2024-12-30", "2024-12-30", "2025-W01", "2024-12"},
      {"2000-02-29", "2000-02-29", "2000-W09", "2000-02"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    tenor_date d;
    char buf[16];
    assert_int_equal(tenor_date_parse(cases[i].date, 10, &d), TENOR_OK);
    tenor_date_period(&d, TENOR_PERIOD_DAY, buf);
    assert_string_equal(buf, cases[i].day);
    tenor_date_period(&d, TENOR_PERIOD_WEEK, buf);
    assert_string_equal(buf, cases[i].week);
    tenor_date_period(&d, TENOR_PERIOD_MONTH, buf);
    assert_string_equal(buf, cases[i].month);
  }
}

typedef struct seen {
  char log[1024];
} seen;

static int on_row(void *ctx, const tenor_corpus_row *row, const tenor_diag *skipped) {
  seen *s = ctx;
  size_t n = strlen(s->log);
  if (row)
    snprintf(s->log + n, sizeof s->log - n, "row %zu line %zu id=%s group=%s date=%s text=%.*s\n",
             row->row, row->line, row->id, row->group, row->date, (int)row->text_len, row->text);
  else
    snprintf(s->log + n, sizeof s->log - n, "skip line %zu: %s\n", skipped->line,
             skipped->message);
  return 0;
}

static void test_read_csv(void **state) {
  (void)state;
  const char csv[] = "\xef\xbb\xbftitle,text,id,group,date,extra\r\n"
                     "T1,\"Hello, \"\"world\"\".\nNext line.\",a,g1,2015-10-08,x\r\n"
                     "# not a comment,Text two.,b,g2,,y\r\n"
                     "T3,,c,g1,2015-10-08,z\r\n"
                     "T4,Four.,d,g1,2015-10-32,z\r\n"
                     "T5,Five.,,g1,,z\r\n"
                     "T6,Bad \xff byte is fine in the text.,f,g\xff,,z\r\n";
  seen s = {""};
  tenor_diag d;
  assert_int_equal(tenor_corpus_read_csv("c.csv", csv, sizeof csv - 1, NULL, on_row, &s, &d), 0);
  assert_string_equal(s.log,
                      "row 1 line 2 id=a group=g1 date=2015-10-08 text=Hello, \"world\".\n"
                      "Next line.\n"
                      "row 2 line 4 id=b group=g2 date= text=Text two.\n"
                      "skip line 5: no text in column 'text'; row skipped\n"
                      "skip line 6: bad date '2015-10-32' (expected ISO 8601: 2015-10-08 or "
                      "2015-10-08T14:03:00Z); row skipped\n"
                      "skip line 7: empty id in column 'id'; row skipped\n"
                      "skip line 8: invalid UTF-8 or a NUL byte in column 'group'; row skipped\n");
}

static void test_read_csv_errors(void **state) {
  (void)state;
  seen s = {""};
  tenor_diag d;
  const char no_text[] = "id,body\n1,x\n";
  assert_int_equal(
      tenor_corpus_read_csv("c.csv", no_text, sizeof no_text - 1, NULL, on_row, &s, &d),
      TENOR_EHEADER);
  assert_int_equal(d.line, 1);
  const char empty[] = "id,text\n";
  assert_int_equal(tenor_corpus_read_csv("c.csv", empty, sizeof empty - 1, NULL, on_row, &s, &d),
                   TENOR_EEMPTY);
  const char open[] = "id,text\n1,\"never closed\n";
  assert_int_equal(tenor_corpus_read_csv("c.csv", open, sizeof open - 1, NULL, on_row, &s, &d),
                   TENOR_EPARSE);
  assert_int_equal(d.line, 2);
  tenor_corpus_columns cols = {"body", "key", NULL, "when", NULL};
  const char named[] = "key,when,body\nk1,2015-01-01,Text.\n";
  s.log[0] = 0;
  assert_int_equal(
      tenor_corpus_read_csv("c.csv", named, sizeof named - 1, &cols, on_row, &s, &d), 0);
  assert_string_equal(s.log, "row 1 line 2 id=k1 group= date=2015-01-01 text=Text.\n");
  tenor_corpus_columns missing = {NULL, NULL, "outlet", NULL, NULL};
  assert_int_equal(
      tenor_corpus_read_csv("c.csv", named, sizeof named - 1, &missing, on_row, &s, &d),
      TENOR_EHEADER);
  assert_non_null(strstr(d.message, "(no 'text')"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dates),
      cmocka_unit_test(test_periods),
      cmocka_unit_test(test_read_csv),
      cmocka_unit_test(test_read_csv_errors),
  };
  return cmocka_run_group_tests_name("corpus", tests, NULL, NULL);
}
