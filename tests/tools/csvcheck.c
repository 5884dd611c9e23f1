/*
 * csvcheck - a strict checker of the tables tenor writes, for the tests.
 *
 *   csvcheck [--sep C] [--bom] [--crlf] [--decimal C] [--dump] FILE...
 *
 * Parses each FILE with libcsv in strict mode (CSV_STRICT |
 * CSV_STRICT_FINI: a quote inside an unquoted field, text after a closing
 * quote or an unterminated quoted field is an error) and checks that
 *
 *   - the file is valid UTF-8, with no byte-order mark, or with one when
 *     --bom is given (then allowed, not required);
 *   - it has a header row of distinct, non-empty names, and every row has
 *     exactly as many fields as the header;
 *   - every row ends in LF (CR LF with --crlf, and then no bare LF), the
 *     last one too, and there is no blank line;
 *   - no field is nan, inf or infinity (with or without a sign), no
 *     number is written with an exponent (1e+300, 2.5E-07) or as a
 *     negative zero (-0.0000), and numbers with decimals use the decimal
 *     mark C ('.' unless --decimal , is given).
 *
 * --sep C is the field separator: , ; | or tab (default ,).  Nothing is
 * trimmed: a space is part of its field.  --dump also prints every field
 * as ROW<TAB>COLUMN<TAB>VALUE (rows from 0, the header; backslash, tab,
 * CR and LF escaped as \\ \t \r \n; the decimal mark of numbers written
 * as '.'), so that two formats of one table can be compared.
 *
 * Prints FILE:LINE: PROBLEM for the first problem and exits 1; exits 0
 * when every file is fine, 2 on a usage error.  Links only libcsv.
 */
#define _POSIX_C_SOURCE 200809L
#include <csv.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct check {
  const char *path;
  char decimal;    /* the decimal mark numbers must use */
  int dump;        /* print every field */
  size_t line;     /* the line being parsed */
  size_t row_line; /* the line the current row starts on */
  size_t row;      /* rows so far, the header included */
  size_t field;    /* fields so far in this row */
  size_t columns;  /* fields of the header */
  char **names;    /* the header's names */
  size_t nnames;   /* and their number so far */
  int failed;      /* a problem was reported */
} check;

static void problem(check *c, size_t line, const char *fmt, ...) {
  if (c->failed)
    return;
  va_list ap;
  printf("%s:%zu: ", c->path, line);
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
  putchar('\n');
  c->failed = 1;
}

/* Whether s[0..n) is a number: [+-]? (D+ ([.,] D*)? | [.,] D+) ([eE] [+-]? D+)?
 * Sets the decimal mark used (0 for none), whether it has an exponent and
 * whether it is zero with a minus sign. */
static int number(const char *s, size_t n, char *mark, int *exp, int *neg_zero) {
  size_t i = 0, digits = 0, frac = 0;
  int neg = 0, nonzero = 0;
  *mark = 0;
  *exp = 0;
  if (i < n && (s[i] == '+' || s[i] == '-'))
    neg = s[i++] == '-';
  for (; i < n && s[i] >= '0' && s[i] <= '9'; i++, digits++)
    nonzero |= s[i] != '0';
  if (i < n && (s[i] == '.' || s[i] == ',')) {
    *mark = s[i++];
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++, frac++)
      nonzero |= s[i] != '0';
  }
  if (!digits && !frac)
    return 0;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    size_t e = 0;
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-'))
      i++;
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
      e++;
    if (!e)
      return 0;
    *exp = 1;
  }
  *neg_zero = neg && !nonzero;
  return i == n;
}

/* nan, inf or infinity in any case, with or without a sign. */
static int non_finite(const char *s, size_t n) {
  if (n && (*s == '+' || *s == '-'))
    s++, n--;
  static const char *const words[] = {"nan", "inf", "infinity"};
  for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
    size_t k = strlen(words[w]), i;
    if (k != n)
      continue;
    for (i = 0; i < n; i++)
      if ((s[i] | 0x20) != words[w][i])
        break;
    if (i == n)
      return 1;
  }
  return 0;
}

static void dump_field(const check *c, const char *s, size_t n, char mark) {
  printf("%zu\t%zu\t", c->row, c->field);
  for (size_t i = 0; i < n; i++) {
    char ch = s[i];
    if (mark && ch == mark)
      ch = '.';
    switch (ch) {
    case '\\':
      fputs("\\\\", stdout);
      break;
    case '\t':
      fputs("\\t", stdout);
      break;
    case '\r':
      fputs("\\r", stdout);
      break;
    case '\n':
      fputs("\\n", stdout);
      break;
    default:
      putchar(ch);
    }
  }
  putchar('\n');
}

static void on_field(void *data, size_t n, void *ctx) {
  check *c = ctx;
  const char *s = data ? data : "";
  if (c->failed)
    return;
  char mark = 0;
  if (c->row == 0) {
    if (!n)
      problem(c, c->line, "empty column name in the header (column %zu)", c->field + 1);
    for (size_t i = 0; i < c->field && !c->failed; i++)
      if (strlen(c->names[i]) == n && !memcmp(c->names[i], s, n))
        problem(c, c->line, "column '%.*s' named twice in the header", (int)n, s);
    c->names = realloc(c->names, (c->nnames + 1) * sizeof *c->names);
    char *name = malloc(n + 1);
    if (!c->names || !name) {
      perror("csvcheck");
      exit(2);
    }
    memcpy(name, s, n);
    name[n] = 0;
    c->names[c->nnames++] = name;
  } else {
    int exp, neg_zero;
    const char *col = c->field < c->nnames ? c->names[c->field] : "(beyond the header)";
    if (non_finite(s, n))
      problem(c, c->line, "'%.*s' in column %s: not a number", (int)n, s, col);
    else if (number(s, n, &mark, &exp, &neg_zero)) {
      if (exp)
        problem(c, c->line, "'%.*s' in column %s: a number in exponent notation", (int)n, s, col);
      else if (neg_zero)
        problem(c, c->line, "'%.*s' in column %s: a negative zero", (int)n, s, col);
      else if (mark && mark != c->decimal)
        problem(c, c->line, "'%.*s' in column %s: decimal mark '%c', expected '%c'", (int)n, s, col,
                mark, c->decimal);
    } else {
      mark = 0;
    }
  }
  if (c->dump && !c->failed)
    dump_field(c, s, n, mark);
  c->field++;
}

static void on_row(int term, void *ctx) {
  check *c = ctx;
  (void)term;
  if (c->failed)
    return;
  if (c->row == 0)
    c->columns = c->field;
  else if (c->field != c->columns)
    problem(c, c->row_line, "%zu field%s, but the header has %zu", c->field,
            c->field == 1 ? "" : "s", c->columns);
  c->row++;
  c->field = 0;
  c->row_line = c->line + 1;
}

static int no_space(unsigned char ch) {
  (void)ch;
  return 0; /* nothing is trimmed */
}

/* The length of the valid UTF-8 sequence at s, or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n) {
  unsigned char b = s[0];
  if (b < 0x80)
    return 1;
  size_t k;
  unsigned cp, min;
  if (b >= 0xC2 && b <= 0xDF)
    k = 2, cp = b & 0x1Fu, min = 0x80;
  else if (b >= 0xE0 && b <= 0xEF)
    k = 3, cp = b & 0x0Fu, min = 0x800;
  else if (b >= 0xF0 && b <= 0xF4)
    k = 4, cp = b & 0x07u, min = 0x10000;
  else
    return 0;
  if (k > n)
    return 0;
  for (size_t i = 1; i < k; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    cp = cp << 6 | (s[i] & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return k;
}

/* Checks the bytes: UTF-8, row ends, blank lines, the final line end. */
static void check_bytes(check *c, const char *data, size_t len, int crlf) {
  const unsigned char *u = (const unsigned char *)data;
  size_t line = 1;
  int quoted = 0, line_empty = 1;
  for (size_t i = 0; i < len && !c->failed;) {
    size_t k = utf8_seq(u + i, len - i);
    if (!k) {
      problem(c, line, "invalid UTF-8 (byte 0x%02X)", u[i]);
      break;
    }
    if (k > 1 || (data[i] != '\n' && data[i] != '\r'))
      line_empty = 0;
    if (data[i] == '"')
      quoted = !quoted;
    else if (data[i] == '\r' && !quoted && (i + 1 == len || data[i + 1] != '\n'))
      problem(c, line, "a carriage return that does not end a row");
    else if (data[i] == '\n') {
      if (!quoted) {
        int cr = i > 0 && data[i - 1] == '\r';
        if (line_empty)
          problem(c, line, "a blank line");
        else if (crlf && !cr)
          problem(c, line, "the row ends in LF, not CR LF");
        else if (!crlf && cr)
          problem(c, line, "the row ends in CR LF, not LF");
      }
      line++;
      line_empty = 1;
    }
    i += k;
  }
  if (!c->failed && len && data[len - 1] != '\n')
    problem(c, line, "the last row does not end with a line break");
}

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  for (size_t r; buf && (r = fread(buf + n, 1, cap - n, f)) > 0;) {
    n += r;
    if (n == cap) {
      char *b = realloc(buf, cap *= 2);
      if (!b)
        free(buf);
      buf = b;
    }
  }
  int bad = ferror(f);
  fclose(f);
  if (!buf || bad) {
    free(buf);
    return NULL;
  }
  *len = n;
  return buf;
}

/* Checks one file; 0 if it is fine. */
static int check_file(const char *path, unsigned char sep, int bom, int crlf, char decimal,
                      int dump) {
  check c = {path, decimal, dump, 1, 1, 0, 0, 0, NULL, 0, 0};
  size_t len;
  char *data = slurp(path, &len);
  if (!data) {
    printf("%s:0: cannot read: %s\n", path, strerror(errno));
    return 1;
  }
  const char *p = data;
  if (len >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) {
    if (!bom)
      problem(&c, 1, "a UTF-8 byte-order mark (give --bom to allow it)");
    p += 3;
    len -= 3;
  }
  if (!c.failed && !len)
    problem(&c, 1, "empty file: no header row");
  if (!c.failed)
    check_bytes(&c, p, len, crlf);

  struct csv_parser parser;
  if (!c.failed) {
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
      fputs("csvcheck: cannot start the parser\n", stderr);
      exit(2);
    }
    csv_set_delim(&parser, sep);
    csv_set_space_func(&parser, no_space);
    /* one line at a time, so that problems know their line */
    size_t off = 0;
    while (off < len && !c.failed) {
      const char *nl = memchr(p + off, '\n', len - off);
      size_t n = nl ? (size_t)(nl - (p + off)) + 1 : len - off;
      if (csv_parse(&parser, p + off, n, on_field, on_row, &c) != n)
        problem(&c, c.line, "malformed CSV: %s", csv_strerror(csv_error(&parser)));
      off += n;
      if (nl)
        c.line++;
    }
    if (!c.failed && csv_fini(&parser, on_field, on_row, &c) != 0)
      problem(&c, c.row_line, "malformed CSV: a quoted field is not closed");
    csv_free(&parser);
  }
  if (!c.failed && c.row == 0)
    problem(&c, 1, "no header row");
  for (size_t i = 0; i < c.nnames; i++)
    free(c.names[i]);
  free(c.names);
  free(data);
  return c.failed;
}

static void usage(void) {
  fputs("usage: csvcheck [--sep , | ; | tab | '|'] [--bom] [--crlf] [--decimal . | ,] [--dump] "
        "FILE...\n",
        stderr);
  exit(2);
}

int main(int argc, char **argv) {
  unsigned char sep = ',';
  char decimal = '.';
  int bom = 0, crlf = 0, dump = 0, i;
  for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--")) {
      i++;
      break;
    } else if (!strcmp(a, "--bom")) {
      bom = 1;
    } else if (!strcmp(a, "--crlf")) {
      crlf = 1;
    } else if (!strcmp(a, "--dump")) {
      dump = 1;
    } else if (!strcmp(a, "--sep") && i + 1 < argc) {
      const char *v = argv[++i];
      if (!strcmp(v, "tab") || !strcmp(v, "\t"))
        sep = '\t';
      else if (!strcmp(v, ",") || !strcmp(v, ";") || !strcmp(v, "|"))
        sep = (unsigned char)v[0];
      else
        usage();
    } else if (!strcmp(a, "--decimal") && i + 1 < argc) {
      const char *v = argv[++i];
      if (strcmp(v, ".") && strcmp(v, ","))
        usage();
      decimal = v[0];
    } else {
      usage();
    }
  }
  if (i == argc)
    usage();
  if (decimal == ',' && sep == ',') {
    fputs("csvcheck: --decimal , needs another --sep\n", stderr);
    exit(2);
  }
  for (; i < argc; i++)
    if (check_file(argv[i], sep, bom, crlf, decimal, dump) != 0)
      return 1;
  return 0;
}
