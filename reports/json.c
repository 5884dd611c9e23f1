/*
 * json.c - a small, strict JSON parser (RFC 8259), one value at a time.
 *
 * tenor validate reads gold standards in JSON Lines, one object a line,
 * and Debian's JSON libraries are more than it needs: this is a recursive
 * descent over the grammar of RFC 8259, section 2 to 7, and nothing else
 * (no comments, no trailing commas, no NaN, no single quotes).  Strings
 * are checked as UTF-8 (RFC 3629: no overlong forms, no surrogates) and
 * their \u escapes decoded, a surrogate pair into one character; a lone
 * surrogate or a \u0000 is an error, since the text goes on as UTF-8 that
 * holds no NUL.  Nesting is limited to JSON_MAX_DEPTH, so that no input
 * can exhaust the stack, and memory grows with the input only.
 */
#define _POSIX_C_SOURCE 200809L
#include "json.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sbuf.h"
#include "util.h"

typedef struct parser {
  const char *s;
  size_t n, i;
  int depth;
  json_error *err;
  int failed;
} parser;

static int fail(parser *p, size_t at, const char *fmt, ...)
#ifdef __GNUC__
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static int fail(parser *p, size_t at, const char *fmt, ...) {
  if (p->failed)
    return -1;
  p->failed = 1;
  p->err->column = at + 1;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(p->err->message, sizeof p->err->message, fmt, ap);
  va_end(ap);
  return -1;
}

const char *json_type_name(json_type t) {
  static const char *const names[] = {"null",     "false",    "true",     "a number",
                                      "a string", "an array", "an object"};
  return (unsigned)t < sizeof names / sizeof *names ? names[t] : "?";
}

static void skip_space(parser *p) {
  while (p->i < p->n &&
         (p->s[p->i] == ' ' || p->s[p->i] == '\t' || p->s[p->i] == '\n' || p->s[p->i] == '\r'))
    p->i++;
}

/* How to name byte c in a message. */
static const char *shown(char c, char buf[16]) {
  unsigned char u = (unsigned char)c;
  if (u >= 0x21 && u < 0x7F && u != '\'')
    snprintf(buf, 16, "'%c'", c);
  else
    snprintf(buf, 16, "byte 0x%02X", u);
  return buf;
}

/* The length of the UTF-8 character at s[0..n), or 0 if it is invalid
 * (Unicode's table 3-7); its code point in *cp. */
static size_t utf8_char(const unsigned char *s, size_t n, unsigned long *cp) {
  unsigned char c = s[0];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
    *cp = c & 0x1Fu;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    lo = c == 0xE0 ? 0xA0 : 0x80;
    hi = c == 0xED ? 0x9F : 0xBF;
    *cp = c & 0x0Fu;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    lo = c == 0xF0 ? 0x90 : 0x80;
    hi = c == 0xF4 ? 0x8F : 0xBF;
    *cp = c & 0x07u;
  } else {
    return 0;
  }
  if (n <= need || s[1] < lo || s[1] > hi)
    return 0;
  for (size_t k = 1; k <= need; k++) {
    if (s[k] < 0x80 || s[k] > 0xBF)
      return 0;
    *cp = (*cp << 6) | (s[k] & 0x3Fu);
  }
  return need + 1;
}

static void put_utf8(sbuf *b, unsigned long cp) {
  char u[4];
  size_t k;
  if (cp < 0x80) {
    u[0] = (char)cp;
    k = 1;
  } else if (cp < 0x800) {
    u[0] = (char)(0xC0 | (cp >> 6));
    u[1] = (char)(0x80 | (cp & 0x3F));
    k = 2;
  } else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | (cp >> 12));
    u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F));
    k = 3;
  } else {
    u[0] = (char)(0xF0 | (cp >> 18));
    u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[3] = (char)(0x80 | (cp & 0x3F));
    k = 4;
  }
  sbuf_put(b, u, k);
}

/* Four hex digits at p->i; -1 if not. */
static long hex4(parser *p) {
  if (p->n - p->i < 4)
    return -1;
  long v = 0;
  for (int k = 0; k < 4; k++) {
    char c = p->s[p->i + (size_t)k];
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    if (d < 0)
      return -1;
    v = v * 16 + d;
  }
  p->i += 4;
  return v;
}

/* A \u escape (after the backslash and the u). */
static int unicode_escape(parser *p, size_t at, sbuf *b) {
  long u = hex4(p);
  if (u < 0)
    return fail(p, at, "\\u must be followed by four hexadecimal digits");
  unsigned long cp = (unsigned long)u;
  if (cp >= 0xDC00 && cp <= 0xDFFF)
    return fail(p, at, "\\u%04lX is the second half of a surrogate pair without its first", cp);
  if (cp >= 0xD800 && cp <= 0xDBFF) {
    if (p->n - p->i < 2 || p->s[p->i] != '\\' || p->s[p->i + 1] != 'u')
      return fail(p, at, "\\u%04lX is the first half of a surrogate pair without its second", cp);
    p->i += 2;
    long lo = hex4(p);
    if (lo < 0xDC00 || lo > 0xDFFF)
      return fail(p, at, "\\u%04lX is the first half of a surrogate pair without its second", cp);
    cp = 0x10000 + ((cp - 0xD800) << 10) + ((unsigned long)lo - 0xDC00);
  }
  if (cp == 0)
    return fail(p, at, "\\u0000 (a NUL character) is not allowed in a string");
  put_utf8(b, cp);
  return 0;
}

/* A string, at its opening quote; its bytes into b. */
static int string_into(parser *p, sbuf *b) {
  size_t open = p->i++;
  b->n = 0;
  sbuf_put(b, "", 0);
  for (;;) {
    if (p->i >= p->n)
      return fail(p, open, "a string without its closing quote");
    unsigned char c = (unsigned char)p->s[p->i];
    if (c == '"') {
      p->i++;
      return 0;
    }
    if (c < 0x20)
      return fail(p, p->i,
                  "a control character (U+%04X) in a string; escape it (\\n, \\t, "
                  "\\u%04X)",
                  c, c);
    if (c == '\\') {
      size_t at = p->i;
      if (++p->i >= p->n)
        return fail(p, open, "a string without its closing quote");
      char e = p->s[p->i++];
      static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
      const char *k = e ? strchr(from, e) : NULL;
      if (k) {
        sbuf_put(b, &to[k - from], 1);
      } else if (e == 'u') {
        if (unicode_escape(p, at, b) != 0)
          return -1;
      } else {
        char buf[16];
        return fail(p, at, "unknown escape \\%s in a string", shown(e, buf));
      }
      continue;
    }
    unsigned long cp;
    size_t k = utf8_char((const unsigned char *)p->s + p->i, p->n - p->i, &cp);
    if (!k)
      return fail(p, p->i, "invalid UTF-8 in a string");
    sbuf_put(b, p->s + p->i, k);
    p->i += k;
  }
}

static int value(parser *p, json *v);

/* The string of b, as small as it can be (sbuf starts at 256 bytes, and a
 * line may hold many short strings); b is emptied. */
static char *detach(sbuf *b, size_t *len) {
  *len = b->s ? b->n : 0;
  char *s = b->s ? xrealloc(b->s, b->n + 1) : xstrdup("");
  b->s = NULL;
  b->n = b->cap = 0;
  return s;
}

static int number(parser *p, json *v) {
  size_t start = p->i;
  const char *s = p->s;
  size_t n = p->n, i = p->i;
  if (i < n && s[i] == '-')
    i++;
  if (i >= n || s[i] < '0' || s[i] > '9')
    return fail(p, start, "a number needs a digit after its minus sign");
  if (s[i] == '0') {
    i++;
    if (i < n && s[i] >= '0' && s[i] <= '9')
      return fail(p, start, "a number may not start with 0 followed by digits");
  } else {
    while (i < n && s[i] >= '0' && s[i] <= '9')
      i++;
  }
  if (i < n && s[i] == '.') {
    i++;
    if (i >= n || s[i] < '0' || s[i] > '9')
      return fail(p, start, "a number needs a digit after its decimal point");
    while (i < n && s[i] >= '0' && s[i] <= '9')
      i++;
  }
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    i++;
    if (i < n && (s[i] == '+' || s[i] == '-'))
      i++;
    if (i >= n || s[i] < '0' || s[i] > '9')
      return fail(p, start, "a number needs a digit in its exponent");
    while (i < n && s[i] >= '0' && s[i] <= '9')
      i++;
  }
  v->type = JSON_NUMBER;
  v->len = i - start;
  v->s = xasprintf("%.*s", (int)v->len, s + start);
  errno = 0;
  v->num = strtod(v->s, NULL); /* the grammar above is a subset of strtod's, in the C locale */
  p->i = i;
  if (errno == ERANGE && (v->num > 1 || v->num < -1))
    return fail(p, start, "the number %s is too large", v->s);
  return 0;
}

static int literal(parser *p, json *v, const char *word, json_type t) {
  size_t k = strlen(word);
  if (p->n - p->i < k || memcmp(p->s + p->i, word, k) != 0) {
    char buf[16];
    return fail(p, p->i, "unexpected %s where a value should be", shown(p->s[p->i], buf));
  }
  p->i += k;
  v->type = t;
  return 0;
}

static void grow(json *v, size_t *cap, int with_keys) {
  if (v->n < *cap)
    return;
  *cap = *cap ? 2 * *cap : 4;
  v->item = xrealloc(v->item, *cap * sizeof *v->item);
  if (with_keys)
    v->key = xrealloc(v->key, *cap * sizeof *v->key);
}

static int array(parser *p, json *v) {
  size_t open = p->i++, cap = 0;
  v->type = JSON_ARRAY;
  skip_space(p);
  if (p->i < p->n && p->s[p->i] == ']') {
    p->i++;
    return 0;
  }
  for (;;) {
    grow(v, &cap, 0);
    memset(&v->item[v->n], 0, sizeof *v->item);
    v->n++;
    if (value(p, &v->item[v->n - 1]) != 0)
      return -1;
    skip_space(p);
    if (p->i >= p->n)
      return fail(p, open, "an array without its closing ']'");
    char c = p->s[p->i];
    if (c == ']') {
      p->i++;
      return 0;
    }
    if (c != ',') {
      char buf[16];
      return fail(p, p->i, "expected ',' or ']' after an element of an array, not %s",
                  shown(c, buf));
    }
    p->i++;
  }
}

static int object(parser *p, json *v) {
  size_t open = p->i++, cap = 0;
  v->type = JSON_OBJECT;
  skip_space(p);
  if (p->i < p->n && p->s[p->i] == '}') {
    p->i++;
    return 0;
  }
  sbuf key = {0};
  for (;;) {
    skip_space(p);
    if (p->i >= p->n || p->s[p->i] != '"') {
      sbuf_free(&key);
      if (p->i >= p->n)
        return fail(p, open, "an object without its closing '}'");
      char buf[16];
      return fail(p, p->i, "expected a key in double quotes, not %s", shown(p->s[p->i], buf));
    }
    if (string_into(p, &key) != 0) {
      sbuf_free(&key);
      return -1;
    }
    grow(v, &cap, 1);
    memset(&v->item[v->n], 0, sizeof *v->item);
    size_t klen;
    v->key[v->n] = detach(&key, &klen);
    v->n++;
    skip_space(p);
    if (p->i >= p->n || p->s[p->i] != ':') {
      if (p->i >= p->n)
        return fail(p, open, "an object without its closing '}'");
      char buf[16];
      return fail(p, p->i, "expected ':' after the key \"%.40s\", not %s", v->key[v->n - 1],
                  shown(p->s[p->i], buf));
    }
    p->i++;
    if (value(p, &v->item[v->n - 1]) != 0)
      return -1;
    skip_space(p);
    if (p->i >= p->n)
      return fail(p, open, "an object without its closing '}'");
    char c = p->s[p->i];
    if (c == '}') {
      p->i++;
      return 0;
    }
    if (c != ',') {
      char buf[16];
      return fail(p, p->i, "expected ',' or '}' after a member of an object, not %s",
                  shown(c, buf));
    }
    p->i++;
  }
}

static int value(parser *p, json *v) {
  skip_space(p);
  if (p->i >= p->n)
    return fail(p, p->i, "a value is missing at the end");
  v->column = p->i + 1;
  char c = p->s[p->i];
  switch (c) {
  case '{':
  case '[': {
    if (p->depth >= JSON_MAX_DEPTH)
      return fail(p, p->i, "arrays and objects nested more than %d deep", JSON_MAX_DEPTH);
    p->depth++;
    int rc = c == '{' ? object(p, v) : array(p, v);
    p->depth--;
    return rc;
  }
  case '"': {
    sbuf b = {0};
    v->type = JSON_STRING;
    int rc = string_into(p, &b);
    v->s = detach(&b, &v->len);
    return rc;
  }
  case 't':
    return literal(p, v, "true", JSON_TRUE);
  case 'f':
    return literal(p, v, "false", JSON_FALSE);
  case 'n':
    return literal(p, v, "null", JSON_NULL);
  default:
    if (c == '-' || (c >= '0' && c <= '9'))
      return number(p, v);
    unsigned long cp;
    if ((unsigned char)c >= 0x80 &&
        !utf8_char((const unsigned char *)p->s + p->i, p->n - p->i, &cp))
      return fail(p, p->i, "invalid UTF-8");
    char buf[16];
    return fail(p, p->i, "unexpected %s where a value should be", shown(c, buf));
  }
}

int json_parse(const char *s, size_t n, json *out, json_error *err) {
  memset(out, 0, sizeof *out);
  parser p = {s, n, 0, 0, err, 0};
  if (value(&p, out) == 0) {
    skip_space(&p);
    if (p.i == p.n)
      return 0;
    char buf[16];
    fail(&p, p.i, "unexpected %s after the value", shown(s[p.i], buf));
  }
  json_free(out);
  return -1;
}

void json_free(json *v) {
  if (!v)
    return;
  for (size_t k = 0; k < v->n; k++) {
    json_free(&v->item[k]);
    if (v->key)
      free(v->key[k]);
  }
  free(v->item);
  free(v->key);
  free(v->s);
  memset(v, 0, sizeof *v);
}

const json *json_member(const json *obj, const char *key, size_t *count) {
  const json *found = NULL;
  size_t c = 0;
  if (obj && obj->type == JSON_OBJECT)
    for (size_t k = 0; k < obj->n; k++)
      if (!strcmp(obj->key[k], key)) {
        if (!c++)
          found = &obj->item[k];
      }
  if (count)
    *count = c;
  return found;
}
