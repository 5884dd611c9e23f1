/*
 * fuzz_corpus_csv.c - fuzz target: the CSV corpus reader
 * (tenor_corpus_read_csv) with a callback that checks every row it is
 * given, and the ISO 8601 date parser and periods on the row's fields.
 *
 * The first byte chooses:
 *   bit 0    column names of one's own (body, doc, outlet, published,
 *            headline) instead of the defaults
 *   bit 1    the callback stops the reading at the third row
 *   bit 2    each row's text is repaired, as tenor score does
 * the rest is the file.
 */
#include <string.h>

#include "fuzz.h"
#include "tenor.h"

#define STOP 1000 /* what the callback returns to stop; no TENOR_E* code */

typedef struct seen {
  size_t rows, skipped; /* calls of each kind */
  size_t last_row, last_line;
  int stop, repair;
} seen;

/* A date field: parsed again, and every period of it written. */
static void check_date(const char *s, int must_parse) {
  tenor_date d;
  int rc = tenor_date_parse(s, strlen(s), &d);
  FUZZ_CHECK(rc == TENOR_OK || (rc == TENOR_EDATE && !must_parse));
  if (rc)
    return;
  FUZZ_CHECK(d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= 31);
  for (int p = TENOR_PERIOD_DAY; p <= TENOR_PERIOD_MONTH; p++) {
    char buf[32];
    memset(buf, 'x', sizeof buf);
    tenor_date_period(&d, p, buf);
    FUZZ_CHECK(memchr(buf, 0, 16) != NULL);
  }
}

static int on_row(void *ctx, const tenor_corpus_row *row, const tenor_diag *skipped) {
  seen *s = ctx;
  FUZZ_CHECK(!row != !skipped);
  if (skipped) {
    s->skipped++;
    FUZZ_CHECK(skipped->code > TENOR_OK && skipped->code <= TENOR_EDATE);
    FUZZ_CHECK(memchr(skipped->message, 0, sizeof skipped->message) && skipped->message[0]);
    return 0;
  }
  s->rows++;
  FUZZ_CHECK(row->id && row->group && row->date && row->title && row->text);
  FUZZ_CHECK(row->row > s->last_row && row->line >= s->last_line && row->line > 0);
  s->last_row = row->row;
  s->last_line = row->line;
  /* the strings other than the text are promised NUL-terminated */
  FUZZ_CHECK(strlen(row->id) + strlen(row->group) + strlen(row->title) < ((size_t)1 << 40));
  if (*row->date)
    check_date(row->date, 1);
  check_date(row->id, 0);
  check_date(row->title, 0);
  if (row->text_len && s->repair) {
    size_t n;
    tenor_text_info info;
    int err;
    char *fixed = tenor_text_repair(row->text, row->text_len, &n, &info, &err);
    FUZZ_CHECK(!fixed || fuzz_clean_utf8((const unsigned char *)fixed, n));
    tenor_free(fixed);
  } else if (row->text_len) {
    /* the text is read in full: its last byte is there */
    volatile char last = row->text[row->text_len - 1];
    (void)last;
  }
  return s->stop && s->rows == 3 ? STOP : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1)
    return 0;
  static const tenor_corpus_columns own = {"body", "doc", "outlet", "published", "headline"};
  unsigned choice = data[0];
  seen s;
  memset(&s, 0, sizeof s);
  s.stop = (choice & 2) != 0;
  s.repair = (choice & 4) != 0;
  tenor_diag d;
  const char *name = "corpus.csv";
  int rc = tenor_corpus_read_csv(name, (const char *)data + 1, size - 1,
                                 choice & 1 ? &own : NULL, on_row, &s, &d);
  if (rc == STOP) {
    FUZZ_CHECK(s.stop && s.rows == 3);
  } else if (rc) {
    FUZZ_CHECK(rc > TENOR_OK && rc <= TENOR_EDATE && d.code == rc && d.path == name);
    FUZZ_CHECK(memchr(d.message, 0, sizeof d.message) && d.message[0]);
  }
  return 0;
}
