/*
 * fuzz_csv.c - fuzz target: the CSV reader under every table tenor reads
 * (tenorp_csv_read in analysis/csvread.c), which splits a line of plain
 * fields itself and gives any other line to libcsv.  The input is read
 * twice, once that way and once with every line through libcsv, and the
 * two readings must agree in everything the caller sees: each row's
 * fields, which it has, which are invalid, its line and field count, the
 * error and its message.
 *
 * The first byte chooses:
 *   bit 0  lenient (rows may lack fields or hold invalid UTF-8)
 *   bit 1  `#` lines are data, not comments
 *   bit 2  every column raw (neither trimmed nor checked)
 *   bit 3  the row callback stops the reading at the third row
 * the rest is the file, whose header should name the columns a, b and c
 * (c may be missing).
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "csvread.h"
#include "fuzz.h"

static const char *const columns[] = {"a", "b", "c", NULL};

typedef struct reading {
  tenorp_buf log; /* what the rows were, one after the other */
  int stop;
} reading;

static void put_num(tenorp_buf *b, size_t v) {
  char s[32];
  int n = snprintf(s, sizeof s, "%zu ", v);
  tenorp_buf_put(b, s, (size_t)n);
}

static int on_row(tenorp_csv *c, size_t line) {
  reading *r = c->ctx;
  put_num(&r->log, line);
  put_num(&r->log, c->ncol);
  put_num(&r->log, c->rows);
  for (size_t k = 0; columns[k]; k++) {
    put_num(&r->log, (size_t)c->have[k]);
    put_num(&r->log, (size_t)c->bad[k]);
    put_num(&r->log, (size_t)(c->field[k].ptr != NULL));
    put_num(&r->log, c->field[k].len);
    if (c->field[k].ptr)
      tenorp_buf_put(&r->log, c->field[k].ptr, c->field[k].len);
    tenorp_buf_putc(&r->log, '|');
  }
  tenorp_buf_putc(&r->log, '\n');
  return r->stop && c->rows == 3 ? TENOR_EPARSE : 0;
}

/* Reads the file one way; the log gets the rows, the result and the message. */
static void read_once(const char *data, size_t len, unsigned opt, int libcsv_only,
                      tenorp_buf *log) {
  reading r = {TENORP_BUF_INIT, (opt & 8) != 0};
  tenor_diag d;
  memset(&d, 0, sizeof d);
  tenorp_csv c;
  tenorp_csv_init(&c, "in.csv", "table", &d, columns, on_row, &r);
  c.optional = 4;
  c.lenient = opt & 1;
  c.no_comments = (opt & 2) != 0;
  c.raw = (opt & 4) ? 7 : 0;
  c.libcsv_only = libcsv_only;
  int rc = tenorp_csv_read(&c, data, len);
  put_num(&r.log, (size_t)rc);
  put_num(&r.log, c.rows);
  if (rc) {
    put_num(&r.log, (size_t)d.code);
    put_num(&r.log, d.line);
    tenorp_buf_put(&r.log, d.message, strlen(d.message));
  }
  tenorp_csv_free(&c);
  *log = r.log;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1)
    return 0;
  unsigned opt = data[0];
  const char *text = (const char *)data + 1;
  size_t len = size - 1;
  tenorp_buf split, whole;
  read_once(text, len, opt, 0, &split);
  read_once(text, len, opt, 1, &whole);
  int same = split.len == whole.len && (!split.len || !memcmp(split.ptr, whole.ptr, split.len));
  if (!same)
    fprintf(stderr, "split here:\n%.*s\nlibcsv:\n%.*s\n", (int)split.len,
            split.ptr ? split.ptr : "", (int)whole.len, whole.ptr ? whole.ptr : "");
  FUZZ_CHECK(same);
  tenorp_buf_free(&split);
  tenorp_buf_free(&whole);
  return 0;
}
