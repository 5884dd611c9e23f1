/*
 * corpus.c - CSV corpora and ISO 8601 dates.
 *
 * A corpus is read by csvread.c in its lenient mode: a row that has more
 * or fewer fields than the header, lacks its text, has an empty id, a bad date or invalid UTF-8 outside the text is
 * handed to the caller as skipped, with its line, and reading goes on; the
 * text itself is passed as stored, to be repaired like any text file.
 * Dates follow ISO 8601's calendar forms (YYYY-MM-DD, with an optional
 * time and zone); weeks are ISO weeks, counted with the days-from-civil
 * arithmetic of the proleptic Gregorian calendar.
 */
#include "tenor.h"

#include <stdio.h>
#include <string.h>

#include "csvread.h"

/* ---------------------------------------------------------------- dates */

static int digits(const char *s, size_t n, size_t at, size_t count, int *out) {
  if (at + count > n)
    return -1;
  int v = 0;
  for (size_t i = at; i < at + count; i++) {
    if (s[i] < '0' || s[i] > '9')
      return -1;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return 0;
}

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int month_days(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : days[m - 1];
}

int tenor_date_parse(const char *s, size_t n, tenor_date *d) {
  memset(d, 0, sizeof *d);
  if (digits(s, n, 0, 4, &d->year) || n < 10 || s[4] != '-' || digits(s, n, 5, 2, &d->month) ||
      s[7] != '-' || digits(s, n, 8, 2, &d->day))
    return TENOR_EDATE;
  if (d->month < 1 || d->month > 12 || d->day < 1 || d->day > month_days(d->year, d->month))
    return TENOR_EDATE;
  if (n == 10)
    return TENOR_OK;
  size_t i = 10;
  if (s[i] != 'T' && s[i] != ' ')
    return TENOR_EDATE;
  i++;
  if (digits(s, n, i, 2, &d->hour) || i + 2 >= n || s[i + 2] != ':' ||
      digits(s, n, i + 3, 2, &d->minute))
    return TENOR_EDATE;
  i += 5;
  if (i < n && s[i] == ':') {
    if (digits(s, n, i + 1, 2, &d->second))
      return TENOR_EDATE;
    i += 3;
    if (i < n && (s[i] == '.' || s[i] == ',')) {
      size_t j = i + 1;
      while (j < n && s[j] >= '0' && s[j] <= '9')
        j++;
      if (j == i + 1)
        return TENOR_EDATE;
      i = j;
    }
  }
  if (d->hour > 24 || d->minute > 59 || d->second > 60 ||
      (d->hour == 24 && (d->minute || d->second)))
    return TENOR_EDATE;
  if (i < n && s[i] == 'Z') {
    i++;
  } else if (i < n && (s[i] == '+' || s[i] == '-')) {
    int zh, zm = 0;
    if (digits(s, n, i + 1, 2, &zh))
      return TENOR_EDATE;
    i += 3;
    if (i < n && s[i] == ':')
      i++;
    if (i < n && digits(s, n, i, 2, &zm) == 0)
      i += 2;
    if (zh > 14 || zm > 59)
      return TENOR_EDATE;
  }
  d->has_time = 1;
  return i == n ? TENOR_OK : TENOR_EDATE;
}

/* Days since 1970-01-01 of a proleptic Gregorian date. */
static long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/* ISO weekday, 1 (Monday) to 7 (Sunday). */
static int weekday(long days) {
  long w = (days + 3) % 7; /* 1970-01-01 was a Thursday */
  if (w < 0)
    w += 7;
  return (int)w + 1;
}

void tenor_date_period(const tenor_date *d, int period, char *buf) {
  if (period == TENOR_PERIOD_MONTH) {
    snprintf(buf, 16, "%04d-%02d", d->year % 100000, d->month % 100);
  } else if (period == TENOR_PERIOD_WEEK) {
    /* The ISO week holds the week's Thursday; its year is the Thursday's. */
    long days = days_from_civil(d->year, d->month, d->day);
    long thursday = days - weekday(days) + 4;
    int year = d->year + 1;
    while (days_from_civil(year, 1, 1) > thursday)
      year--;
    long week = (thursday - days_from_civil(year, 1, 1)) / 7 + 1;
    snprintf(buf, 16, "%04d-W%02d", year % 100000, (int)(week % 100));
  } else {
    snprintf(buf, 16, "%04d-%02d-%02d", d->year % 100000, d->month % 100, d->day % 100);
  }
}

/* -------------------------------------------------------------- corpora */

enum { COL_TEXT, COL_ID, COL_GROUP, COL_DATE, COL_TITLE, NCOLS };

typedef struct reader {
  tenor_corpus_fn fn;
  void *ctx;
  const char *names[NCOLS]; /* the header names, for messages */
} reader;

static const char *field(tenorp_csv *c, int k) {
  return c->have[k] && c->field[k].ptr ? c->field[k].ptr : "";
}

static int on_row(tenorp_csv *c, size_t line) {
  reader *r = c->ctx;
  tenor_diag d;
  memset(&d, 0, sizeof d);
  d.path = c->name;
  d.line = line;
  d.code = TENOR_EFIELD;
  char q[64];
  if (c->ncol != c->header_fields) {
    /* a comma too many or too few shifts the columns: none can be trusted */
    d.code = TENOR_EPARSE;
    snprintf(d.message, sizeof d.message, "%zu field%s where the header has %zu; row skipped",
             c->ncol, c->ncol == 1 ? "" : "s", c->header_fields);
    return r->fn(r->ctx, NULL, &d);
  }
  const tenorp_buf *text = &c->field[COL_TEXT];
  size_t i = 0;
  while (i < text->len && strchr(" \t\r\n", text->ptr[i]))
    i++;
  if (!c->have[COL_TEXT] || i == text->len) {
    snprintf(d.message, sizeof d.message, "no text in column '%s'; row skipped",
             r->names[COL_TEXT]);
    return r->fn(r->ctx, NULL, &d);
  }
  for (int k = COL_ID; k < NCOLS; k++) {
    if (c->bad[k]) {
      d.code = TENOR_EUTF8;
      snprintf(d.message, sizeof d.message,
               "invalid UTF-8 or a NUL byte in column '%s'; row skipped", r->names[k]);
      return r->fn(r->ctx, NULL, &d);
    }
  }
  if (c->col[COL_ID] >= 0 && !*field(c, COL_ID)) {
    snprintf(d.message, sizeof d.message, "empty id in column '%s'; row skipped",
             r->names[COL_ID]);
    return r->fn(r->ctx, NULL, &d);
  }
  const char *date = field(c, COL_DATE);
  tenor_date dt;
  if (*date && tenor_date_parse(date, strlen(date), &dt) != TENOR_OK) {
    d.code = TENOR_EDATE;
    snprintf(d.message, sizeof d.message,
             "bad date '%s' (expected ISO 8601: 2015-10-08 or 2015-10-08T14:03:00Z); row skipped",
             tenorp_quote(q, date, strlen(date)));
    return r->fn(r->ctx, NULL, &d);
  }
  tenor_corpus_row row = {field(c, COL_ID), field(c, COL_GROUP), date, field(c, COL_TITLE),
                          text->ptr, text->len, line, c->rows};
  return r->fn(r->ctx, &row, NULL);
}

int tenor_corpus_read_csv(const char *name, const char *data, size_t len,
                          const tenor_corpus_columns *cols, tenor_corpus_fn fn, void *ctx,
                          tenor_diag *diag) {
  static const char *const defaults[NCOLS] = {"text", "id", "group", "date", "title"};
  tenor_corpus_columns none = {NULL, NULL, NULL, NULL, NULL};
  if (!cols)
    cols = &none;
  const char *given[NCOLS] = {cols->text, cols->id, cols->group, cols->date, cols->title};
  reader r;
  r.fn = fn;
  r.ctx = ctx;
  const char *columns[NCOLS + 1] = {NULL};
  tenorp_csv c;
  tenorp_csv_init(&c, name, "corpus", diag, columns, on_row, &r);
  for (int k = 0; k < NCOLS; k++) {
    columns[k] = r.names[k] = given[k] ? given[k] : defaults[k];
    if (k != COL_TEXT && !given[k])
      c.optional |= 1u << k;
  }
  columns[NCOLS] = NULL;
  c.raw = 1u << COL_TEXT;
  c.lenient = 1;
  c.no_comments = 1;
  int rc = tenorp_csv_read(&c, data, len);
  tenorp_csv_free(&c);
  return rc;
}
