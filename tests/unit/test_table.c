/* test_table.c - the table writer of the command (reports/table.c): numbers
 * never in exponent notation, never nan or inf, and the spreadsheet
 * formats (separator, decimal mark, byte-order mark, CR LF, TSV quoting);
 * the registry of temporary files and read_upto (reports/util.c).
 *
 * table.c belongs to the command, not to libtenor, so it is compiled in
 * here together with the helpers it uses. */
#include "../../reports/table.c"
#include "../../reports/util.c"

#include "harness.h"

#include <errno.h>

#include <float.h>
#include <math.h>

static char dir[64];

static int setup(void **state) {
  (void)state;
  strcpy(dir, "/tmp/tenor-table.XXXXXX");
  return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  table_set_format(NULL);
  char *p = xasprintf("%s/t.csv", dir);
  unlink(p);
  free(p);
  return rmdir(dir);
}

/* Commits t and returns the file's bytes (free them). */
static char *written(table *t, size_t *len) {
  assert_int_equal(table_commit(t), 0);
  char *p = xasprintf("%s/t.csv", dir);
  FILE *f = fopen(p, "rb");
  assert_non_null(f);
  char *data = read_all(f, len);
  fclose(f);
  free(p);
  return data;
}

/* One row of one number with `decimals` places, as written. */
static char *one_number(double v, int decimals) {
  table t;
  assert_int_equal(table_open(&t, dir, "t.csv"), 0);
  table_fixed(&t, v, decimals);
  table_end_row(&t);
  size_t len;
  return written(&t, &len);
}

static void test_huge_numbers(void **state) {
  (void)state;
  char want[2048];
  const double values[] = {1e300, -1e300, DBL_MAX, -DBL_MAX, 123456789012345678.0};
  const int places[] = {4, 6, 10, 200};
  for (size_t i = 0; i < sizeof values / sizeof *values; i++)
    for (size_t j = 0; j < sizeof places / sizeof *places; j++) {
      char *got = one_number(values[i], places[j]);
      snprintf(want, sizeof want, "%.*f\n", places[j], values[i]);
      assert_string_equal(got, want); /* whole, not cut at a buffer's end */
      assert_null(strchr(got, 'e'));
      free(got);
    }
  char *got = one_number(DBL_MAX, 4);
  assert_int_equal(strlen(got), 309 + 1 + 4 + 1);
  free(got);
}

static void test_non_finite_is_missing(void **state) {
  (void)state;
  table t;
  assert_int_equal(table_open(&t, dir, "t.csv"), 0);
  table_num(&t, NAN);
  table_num(&t, INFINITY);
  table_fixed(&t, -INFINITY, 6);
  table_ratio(&t, 1.0, 0.0);
  table_ratio(&t, INFINITY, 2.0);
  table_num(&t, 1.5);
  table_end_row(&t);
  size_t len;
  char *got = written(&t, &len);
  assert_string_equal(got, ",,,,,1.5000\n");
  free(got);
}

static void test_zero_and_rounding(void **state) {
  (void)state;
  table t;
  assert_int_equal(table_open(&t, dir, "t.csv"), 0);
  table_num(&t, -0.0);
  table_num(&t, -0.00004);
  table_num(&t, -1.62404);
  table_fixed(&t, 2.0, 0);
  table_fixed(&t, 0.5, -3); /* no negative number of places */
  table_end_row(&t);
  size_t len;
  char *got = written(&t, &len);
  assert_string_equal(got, "0.0000,0.0000,-1.6240,2,0\n");
  free(got);
}

static const char *const cols[] = {"doc_id", "text", "tone", NULL};

/* A header and one row with a plain string, a string with a tab, a quote
 * and a line feed, a number and a missing value, in format f. */
static char *sample(const table_format *f) {
  table_set_format(f);
  table t;
  assert_int_equal(table_open(&t, dir, "t.csv"), 0);
  table_header(&t, cols);
  table_str(&t, "a1", 2);
  table_str(&t, "x\ty \"q\"\nz", 9);
  table_num(&t, -1.25);
  table_empty(&t);
  table_end_row(&t);
  table_opt(&t, "");
  table_str(&t, "", 0);
  table_num(&t, 0.5);
  table_end_row(&t);
  size_t len;
  char *got = written(&t, &len);
  table_set_format(NULL);
  return got;
}

static void test_formats(void **state) {
  (void)state;
  char *got = sample(NULL);
  assert_string_equal(got, "doc_id,text,tone\n"
                           "\"a1\",\"x\ty \"\"q\"\"\nz\",-1.2500,\n"
                           ",\"\",0.5000\n");
  free(got);

  table_format excel = {';', ',', 1, 1, 0};
  got = sample(&excel);
  assert_string_equal(got, "\xEF\xBB\xBF"
                           "doc_id;text;tone\r\n"
                           "\"a1\";\"x\ty \"\"q\"\"\nz\";-1,2500;\r\n"
                           ";\"\";0,5000\r\n");
  free(got);

  table_format tsv = {'\t', '.', 0, 0, 1};
  got = sample(&tsv);
  assert_string_equal(got, "doc_id\ttext\ttone\n"
                           "a1\t\"x\ty \"\"q\"\"\nz\"\t-1.2500\t\n"
                           "\t\t0.5000\n");
  free(got);

  table_format pipe = {'|', '.', 0, 0, 1}; /* minimal quoting quotes the separator */
  table_set_format(&pipe);
  table t;
  assert_int_equal(table_open(&t, dir, "t.csv"), 0);
  table_str(&t, "a|b", 3);
  table_str(&t, "a,b", 3);
  table_end_row(&t);
  size_t len;
  got = written(&t, &len);
  assert_string_equal(got, "\"a|b\"|a,b\n");
  free(got);
  table_set_format(NULL);
  assert_int_equal(table_get_format()->sep, ',');
}

/* The quick number formatting gives exactly what "%.*f" gives (with the
 * sign of a zero dropped), for random values of every magnitude the
 * tables see, for ties (0.00005, 2.5, 0.125) and for values next to them. */
static void test_fast_numbers_match_printf(void **state) {
  (void)state;
  size_t quick = 0;
  unsigned long long x = 88172645463325252ULL;
  static const double special[] = {0.00005, -0.00005, 2.5, 0.125, 1.00005, -1.23455, 0.1,
                                   1e-5, 999999.99995, 123456789.00005, 0.0, -0.0,
                                   99.99995, 99.9999, 99.99984, -99.99996, 9.99995};
  for (int i = 0; i < 200000; i++) {
    double v;
    if (i < (int)(sizeof special / sizeof *special)) {
      v = special[i];
    } else {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      int e = (int)(x % 16) - 6; /* 1e-6 to 1e9 */
      v = ((double)(x >> 11) / 9007199254740992.0 - 0.5) * pow(10, e);
      if (i % 7 == 0)
        v = nextafter(round(v * 1e4) / 1e4 + 0.00005, (i & 1) ? 1e300 : -1e300);
    }
    for (int d = 0; d <= 6; d++) {
      char want[400], got[400];
      snprintf(want, sizeof want, "%.*f", d, v);
      const char *w = want;
      if (want[0] == '-' && strspn(want + 1, "0.") == strlen(want + 1))
        w = want + 1;
      int n = fixed_fast(v, d, got, sizeof got);
      if (n && strcmp(got, w))
        fail_msg("%.17g with %d decimals: %s, printf says %s", v, d, got, w);
      char row[64], *end = d == 4 ? num4_at(row, v) : NULL;
      if (end) { /* table_num's own quick way */
        size_t len = (size_t)(end - row);
        if (len != strlen(w) || memcmp(row, w, len))
          fail_msg("%.17g in a row: %.*s, printf says %s", v, (int)len, row, w);
        quick++;
      }
    }
  }
  /* the quick way took every value below 100 in magnitude that is not
   * next to a tie: most of the random ones (8 of the 16 magnitudes) */
  assert_true(quick > 80000);
}

/* A row written at a cursor (table_row, tr_*) is the row the table_*
 * functions write, field for field, in every format, and stays within
 * the room the bounds of table.h promise: random rows of strings, texts,
 * lists, sizes and numbers, among them numbers of up to 309 digits, which
 * make room for themselves (a row holds 24 bytes a number). */
typedef struct {
  int kind; /* 0 string, 1 text, 2 list of two, 3 size, 4 number */
  const char *s, *items[2];
  size_t size;
  double v;
} cell;

static void test_row_at_a_cursor(void **state) {
  (void)state;
  static const table_format formats[] = {{',', '.', 0, 0, 0}, {';', ',', 1, 1, 0},
                                         {'\t', '.', 0, 0, 1}, {'|', '.', 0, 0, 1}};
  static const char *const strs[] = {"", "a", "say \"no\"", "x|y", "a,b;c", "tab\there",
                                     "line\nbreak", "  Russia  warned\n\nNATO ", "\t\r\n"};
  static const double nums[] = {0, -0.0, 1.5, -2.25, 0.00005, 99.99995, 1e11, -1e12, 3e15,
                                -1.7976931348623157e308, 1e300, NAN, INFINITY};
  const size_t nstrs = sizeof strs / sizeof *strs, nnums = sizeof nums / sizeof *nums;
  unsigned long long x = 88172645463325252ULL;
  for (size_t f = 0; f < sizeof formats / sizeof *formats; f++) {
    table_set_format(&formats[f]);
    table a, b;
    table_memory(&a);
    table_memory(&b);
    char sep = table_separator();
    for (int row = 0; row < 3000; row++) {
      cell c[12];
      size_t nf = 1 + (size_t)(x % 12), most = 0, extra = 0;
      for (size_t k = 0; k < nf; k++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        c[k].kind = (int)(x % 5);
        c[k].s = strs[(x >> 8) % nstrs];
        c[k].items[0] = strs[(x >> 12) % nstrs];
        c[k].items[1] = strs[(x >> 16) % nstrs];
        c[k].size = (size_t)(x >> (x % 64));
        c[k].v = (x >> 20) % 3 ? nums[(x >> 24) % nnums] : (double)(x >> 28) / 1e6 - 500;
        size_t n = strlen(c[k].s), items = strlen(c[k].items[0]) + strlen(c[k].items[1]) + 2;
        most += 1 + (c[k].kind <= 1   ? 2 * n + 2
                     : c[k].kind == 2 ? 2 * items + 2
                     : c[k].kind == 3 ? TABLE_SIZE_MAX
                                      : TABLE_NUM_ROOM);
        if (c[k].kind == 4 && isfinite(c[k].v) && !(fabs(c[k].v) < 1e12))
          extra += TABLE_FIXED_MAX(4);
        switch (c[k].kind) {
        case 0: table_str(&b, c[k].s, n); break;
        case 1: table_text(&b, c[k].s, n); break;
        case 2: table_list(&b, c[k].items, 2, ';'); break;
        case 3: table_size(&b, c[k].size); break;
        default: table_num(&b, c[k].v); break;
        }
      }
      table_end_row(&b);
      size_t at = a.nout;
      char *o = table_row(&a, most);
      for (size_t k = 0; k < nf; k++) {
        if (k)
          *o++ = sep;
        switch (c[k].kind) {
        case 0: o = tr_str(o, c[k].s, strlen(c[k].s)); break;
        case 1: o = tr_text(&a, o, c[k].s, strlen(c[k].s)); break;
        case 2: o = tr_list(&a, o, c[k].items, 2, ';'); break;
        case 3: o = tr_size(o, c[k].size); break;
        default: o = tr_num(&a, o, c[k].v); break;
        }
      }
      assert_true((size_t)(o - a.out) - at <= most + extra);
      table_row_end(&a, o);
    }
    size_t na, nb;
    const char *ra = table_pending(&a, &na), *rb = table_pending(&b, &nb);
    assert_int_equal(na, nb);
    assert_memory_equal(ra, rb, na);
    table_abort(&a);
    table_abort(&b);
  }
  table_set_format(NULL);
}

/* table_size writes what "%zu" does, for numbers of every length. */
static void test_sizes_match_printf(void **state) {
  (void)state;
  table mem;
  table_memory(&mem);
  unsigned long long x = 88172645463325252ULL;
  for (int i = 0; i < 200000; i++) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    size_t v = i < 100000 ? (size_t)i : (size_t)(x >> (x % 64));
    if (i % 5 == 0)
      v = SIZE_MAX - (size_t)i;
    char want[32];
    snprintf(want, sizeof want, "%zu", v);
    table_size(&mem, v);
    size_t len;
    const char *row = table_pending(&mem, &len);
    if (len != strlen(want) || memcmp(row, want, len))
      fail_msg("%zu written as %.*s", v, (int)len, row);
    table_clear(&mem);
  }
  table_abort(&mem);
}

/* A text column as written in a format: white space runs flattened to
 * one space (none at the ends), quotes doubled; the single pass of the
 * default format and the two passes of minimal quoting agree. */
static void test_text_column(void **state) {
  (void)state;
  static const struct {
    const char *in, *csv, *tsv;
  } cases[] = {
      {"plain words", "\"plain words\"", "plain words"},
      {"  \t lead and trail \r\n ", "\"lead and trail\"", "lead and trail"},
      {"a\n\nb\f\vc  d", "\"a b c d\"", "a b c d"},
      {"he said \"no\" twice", "\"he said \"\"no\"\" twice\"", "\"he said \"\"no\"\" twice\""},
      {"\"", "\"\"\"\"", "\"\"\"\""},
      {" \" \" ", "\"\"\" \"\"\"", "\"\"\" \"\"\""},
      {"", "\"\"", ""},
      {" \n\t ", "\"\"", ""},
      {"caf\xC3\xA9\xC2\xA0ok", "\"caf\xC3\xA9\xC2\xA0ok\"", "caf\xC3\xA9\xC2\xA0ok"},
  };
  table_format tsv = {'\t', '.', 0, 0, 1};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    for (int f = 0; f < 2; f++) {
      table_set_format(f ? &tsv : NULL);
      table t;
      table_memory(&t);
      table_text(&t, cases[i].in, strlen(cases[i].in));
      size_t n;
      const char *got = table_pending(&t, &n);
      const char *want = f ? cases[i].tsv : cases[i].csv;
      if (n != strlen(want) || memcmp(got, want, n))
        fail_msg("case %zu (%s): got [%.*s], want [%s]", i, f ? "tsv" : "csv", (int)n, got, want);
      free(t.out);
      free(t.scratch);
    }
  }
  table_set_format(NULL);
  /* a double space, a tab, a line break or a quote at every place of a
   * longer text (the plain-text test looks at eight bytes at a time) */
  static const char *const odd[] = {"  ", "\t", "\n", "\"", " \r\n "};
  for (size_t k = 0; k < sizeof odd / sizeof *odd; k++) {
    for (size_t at = 1; at < 30; at++) {
      char in[64], want[160];
      memset(in, 'x', 31);
      in[31] = 0;
      for (size_t j = 3; j < 31; j += 4)
        in[j] = ' ';
      memmove(in + at + strlen(odd[k]), in + at, 32 - at);
      memcpy(in + at, odd[k], strlen(odd[k]));
      /* what it must become: white space runs to one space, quotes doubled */
      size_t m = 0;
      want[m++] = '"';
      int space = 0;
      for (const char *c = in; *c; c++) {
        if (strchr(" \t\n\r", *c)) {
          space = 1;
          continue;
        }
        if (space && m > 1)
          want[m++] = ' ';
        space = 0;
        want[m++] = *c;
        if (*c == '"')
          want[m++] = '"';
      }
      want[m++] = '"';
      table t;
      table_memory(&t);
      table_text(&t, in, strlen(in));
      size_t n;
      const char *got = table_pending(&t, &n);
      if (n != m || memcmp(got, want, n))
        fail_msg("odd %zu at %zu: got [%.*s], want [%.*s]", k, at, (int)n, got, (int)m, want);
      free(t.out);
      free(t.scratch);
    }
  }
}

/* The text column as the rule says: white space runs (tab to carriage
 * return, space) one space, none at the ends, quotes doubled, in quotes. */
static size_t text_reference(const char *s, size_t n, char *out) {
  size_t m = 0;
  out[m++] = '"';
  int space = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      space = 1;
      continue;
    }
    if (space && m > 1)
      out[m++] = ' ';
    space = 0;
    out[m++] = c;
    if (c == '"')
      out[m++] = '"';
  }
  out[m++] = '"';
  return m;
}

/* Random texts of bytes that each path of table_text treats differently
 * (white space of every kind alone and in runs, quotes, other control
 * bytes, bytes of UTF-8 sequences) at every offset of the sixteen- and
 * eight-byte steps of its quick copy: the same as the rule, byte for
 * byte.  The test suite runs this file also built without SSE2. */
static void test_text_column_random(void **state) {
  (void)state;
  static const char alphabet[] = "abcXYZ .,\n\t\r\v\f\"\x01\x1f\x7f\xc3\xa9\xe2\x80\x9c";
  uint64_t seed = 0x9E3779B97F4A7C15ull;
  char in[96], want[2 * sizeof in + 2];
  for (int round = 0; round < 200000; round++) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    size_t n = (size_t)(seed >> 33) % sizeof in;
    /* mostly letters, so that the quick path is taken as often as not */
    int odd_every = 4 + (int)((seed >> 20) % 60);
    for (size_t i = 0; i < n; i++) {
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      unsigned r = (unsigned)(seed >> 33);
      in[i] = (int)(r % (unsigned)odd_every) == 0
                  ? alphabet[(r >> 8) % (sizeof alphabet - 1)]
                  : (r >> 8) % 5 == 0 ? ' ' : (char)('a' + (r >> 12) % 26);
    }
    size_t m = text_reference(in, n, want);
    table t;
    table_memory(&t);
    table_text(&t, in, n);
    size_t got_n;
    const char *got = table_pending(&t, &got_n);
    if (got_n != m || memcmp(got, want, m))
      fail_msg("round %d (%zu bytes): got [%.*s], want [%.*s]", round, n, (int)got_n, got, (int)m,
               want);
    free(t.out);
    free(t.scratch);
  }
}

/* The temporary files registered for the signal handler (util.c). */
static size_t registered(void) {
  size_t n = 0;
  for (size_t i = 0; i < MAX_TEMPS; i++)
    n += atomic_load(&temps[i]) != NULL;
  return n;
}

/* Issue 8: every temporary table is registered while it is being written,
 * so that a signal can remove it, and forgotten once committed or
 * aborted; an aborted table leaves no file. */
static void test_temp_registry(void **state) {
  (void)state;
  table a, b;
  assert_int_equal(registered(), 0);
  assert_int_equal(table_open(&a, dir, "t.csv"), 0);
  assert_int_equal(table_open(&b, dir, "u.csv"), 0);
  assert_int_equal(registered(), 2);
  char *tmp = xstrdup(b.tmp);
  table_abort(&b);
  assert_int_equal(registered(), 1);
  assert_int_equal(access(tmp, F_OK), -1);
  free(tmp);
  size_t len;
  free(written(&a, &len));
  assert_int_equal(registered(), 0);
}

/* read_upto reads at most limit + 1 bytes, from a file or a pipe; 0 is
 * no limit. */
static void test_read_upto(void **state) {
  (void)state;
  char *path = xasprintf("%s/r.txt", dir), data[1000];
  for (size_t i = 0; i < sizeof data; i++)
    data[i] = (char)('a' + i % 26);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(data, 1, sizeof data, f), sizeof data);
  fclose(f);
  static const size_t limits[] = {0, 1, 10, 999, 1000, 1001, 5000};
  size_t len;
  for (size_t k = 0; k < sizeof limits / sizeof *limits; k++) {
    size_t lim = limits[k], want = lim && lim < sizeof data ? lim + 1 : sizeof data;
    for (int piped = 0; piped < 2; piped++) {
      int fds[2] = {-1, -1};
      if (piped) {
        assert_int_equal(pipe(fds), 0);
        assert_int_equal(write(fds[1], data, sizeof data), (ssize_t)sizeof data);
        close(fds[1]);
      }
      f = piped ? fdopen(fds[0], "rb") : fopen(path, "rb");
      assert_non_null(f);
      char *got = read_upto(f, lim, &len);
      fclose(f);
      assert_non_null(got);
      if (len != want || memcmp(got, data, len) || got[len])
        fail_msg("limit %zu (%s): %zu bytes, want %zu", lim, piped ? "pipe" : "file", len, want);
      free(got);
    }
    /* and the same by path, without stdio; the size is the whole file's */
    long long size;
    int opened;
    char *got = read_path_upto(path, NULL, lim, &len, &size, &opened);
    assert_non_null(got);
    assert_int_equal(size, sizeof data);
    if (len != want || memcmp(got, data, len) || got[len])
      fail_msg("limit %zu (by path): %zu bytes, want %zu", lim, len, want);
    free(got);
  }
  /* a missing file is not opened; a folder is opened and not read */
  long long size;
  int opened;
  char *missing = xasprintf("%s/missing.txt", dir);
  assert_null(read_path_upto(missing, NULL, 0, &len, &size, &opened));
  assert_int_equal(opened, 0);
  assert_int_equal(errno, ENOENT);
  assert_null(read_path_upto(dir, NULL, 0, &len, &size, &opened));
  assert_int_equal(opened, 1);
  assert_int_equal(errno, EISDIR);
  free(missing);
  /* an empty file */
  f = fopen(path, "wb");
  fclose(f);
  char *got = read_path_upto(path, NULL, 0, &len, &size, &opened);
  assert_non_null(got);
  assert_int_equal(len, 0);
  assert_int_equal(got[0], 0);
  free(got);
  unlink(path);
  free(path);
}

/* Files read through a folder cache, from two folders in turn, read as
 * they do by path: each its own bytes; a missing file is not opened; a
 * folder replaced under the same name, with the cache holding the old
 * one, is read by path and then kept anew; and a file in the current
 * folder (no folder part) goes by its path. */
static void test_read_in_folders(void **state) {
  (void)state;
  char *a = xasprintf("%s/fa", dir), *b = xasprintf("%s/fb", dir);
  assert_int_equal(mkdir(a, 0777), 0);
  assert_int_equal(mkdir(b, 0777), 0);
  char *paths[6];
  for (int k = 0; k < 6; k++) {
    paths[k] = xasprintf("%s/%d.txt", k % 2 ? b : a, k);
    FILE *f = fopen(paths[k], "wb");
    assert_non_null(f);
    fprintf(f, "file %d", k);
    fclose(f);
  }
  dir_cache dc = DIR_CACHE_INIT;
  size_t len;
  long long size;
  int opened;
  for (int round = 0; round < 2; round++) {
    for (int k = 0; k < 6; k++) { /* a, b, a, b, ...; then all of a, all of b */
      int which = round ? (k < 3 ? 2 * k : 2 * (k - 3) + 1) : k;
      char *got = read_path_upto(paths[which], &dc, 0, &len, &size, &opened);
      char want[16];
      snprintf(want, sizeof want, "file %d", which);
      assert_non_null(got);
      assert_string_equal(got, want);
      assert_int_equal(size, (long long)strlen(want));
      free(got);
    }
  }
  char *missing = xasprintf("%s/none.txt", b);
  assert_null(read_path_upto(missing, &dc, 0, &len, &size, &opened));
  assert_int_equal(opened, 0);
  assert_int_equal(errno, ENOENT);
  /* folder a replaced by another of the same name while the cache holds it */
  char *held = read_path_upto(paths[2], &dc, 0, &len, &size, &opened);
  assert_non_null(held);
  free(held);
  for (int k = 0; k < 6; k += 2)
    assert_int_equal(unlink(paths[k]), 0);
  assert_int_equal(rmdir(a), 0);
  assert_int_equal(mkdir(a, 0777), 0);
  FILE *f = fopen(paths[0], "wb");
  assert_non_null(f);
  fputs("new", f);
  fclose(f);
  for (int again = 0; again < 2; again++) { /* by path, then in the new folder */
    char *got = read_path_upto(paths[0], &dc, 0, &len, &size, &opened);
    assert_non_null(got);
    assert_string_equal(got, "new");
    free(got);
  }
  char *got;
  /* no folder part: by path, relative to the current folder */
  char *cwd = getcwd(NULL, 0);
  assert_non_null(cwd);
  assert_int_equal(chdir(b), 0);
  got = read_path_upto("1.txt", &dc, 0, &len, &size, &opened);
  assert_int_equal(chdir(cwd), 0);
  assert_non_null(got);
  assert_string_equal(got, "file 1");
  free(got);
  free(cwd);
  dir_cache_free(&dc);
  assert_int_equal(dc.fd, -1);
  assert_int_equal(unlink(paths[0]), 0);
  for (int k = 1; k < 6; k += 2)
    assert_int_equal(unlink(paths[k]), 0);
  assert_int_equal(rmdir(a), 0);
  assert_int_equal(rmdir(b), 0);
  for (int k = 0; k < 6; k++)
    free(paths[k]);
  free(missing);
  free(a);
  free(b);
}

/* hex_double (util.c) writes what printf's %a writes, bit for bit, for
 * zeros, subnormals, normal numbers of every exponent and random bits. */
static void test_hex_double(void **state) {
  (void)state;
  const double fixed[] = {0.0, -0.0, 1.0, -2.25, 0.1, 1e-310, 4.9e-324, DBL_MIN, DBL_MAX,
                          -DBL_MAX, 3.0, 0.5, 1e300, -1e-300, INFINITY, -INFINITY, NAN};
  char got[32], want[64];
  for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) {
    int n = hex_double(got, fixed[i]);
    snprintf(want, sizeof want, "%a", fixed[i]);
    assert_string_equal(got, want);
    assert_int_equal(n, (int)strlen(want));
  }
  uint64_t x = 0x2545F4914F6CDD1Dull;
  for (int k = 0; k < 300000; k++) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    uint64_t b = x;
    if (k % 3 == 0)
      b &= ~((1ull << (4 * (k % 13))) - 1); /* trailing zero digits */
    if (k % 5 == 0)
      b &= 0x800FFFFFFFFFFFFFull; /* subnormal */
    double v;
    memcpy(&v, &b, sizeof v);
    if (isnan(v))
      continue;
    hex_double(got, v);
    snprintf(want, sizeof want, "%a", v);
    if (strcmp(got, want) != 0)
      fail_msg("%016llx: %s, printf %s", (unsigned long long)b, got, want);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_temp_registry),
      cmocka_unit_test(test_read_upto),
      cmocka_unit_test(test_read_in_folders),
      cmocka_unit_test(test_text_column),
      cmocka_unit_test(test_text_column_random),
      cmocka_unit_test(test_huge_numbers),
      cmocka_unit_test(test_non_finite_is_missing),
      cmocka_unit_test(test_zero_and_rounding),
      cmocka_unit_test(test_formats),
      cmocka_unit_test(test_fast_numbers_match_printf),
      cmocka_unit_test(test_sizes_match_printf),
      cmocka_unit_test(test_row_at_a_cursor),
      cmocka_unit_test(test_hex_double),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
