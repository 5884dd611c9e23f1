/* test_json.c - the strict JSON parser of tenor validate (reports/json.c):
 * every kind of value, escapes and surrogate pairs, and a table of bad
 * input with the message and column each gives.
 *
 * json.c belongs to the command, not to libtenor, so it is compiled in
 * here together with the helpers it uses. */
#include "../../reports/json.c"
#include "../../reports/sbuf.c"
#include "../../reports/util.c"

#include "harness.h"

#define S(lit) lit, sizeof(lit) - 1

static void test_values(void **state) {
  (void)state;
  json v;
  json_error e;
  const char doc[] = " {\"text\": \"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t\","
                     " \"n\": [0, -1.5e2, 12, 1E+2, true, false, null, {}, []],"
                     " \"x\": {\"text\": 1}, \"text\": \"again\"} \r\n";
  assert_int_equal(json_parse(S(doc), &v, &e), 0);
  assert_int_equal(v.type, JSON_OBJECT);
  assert_int_equal(v.n, 4);
  size_t count;
  const json *t = json_member(&v, "text", &count);
  assert_int_equal(count, 2);
  assert_int_equal(t->type, JSON_STRING);
  assert_string_equal(t->s, "caf\xc3\xa9 \xf0\x9f\x98\x80 \"q\" \\ / \b\f\n\r\t");
  assert_int_equal(t->len, strlen(t->s));
  assert_int_equal(t->column, 11);
  const json *n = json_member(&v, "n", NULL);
  assert_int_equal(n->type, JSON_ARRAY);
  assert_int_equal(n->n, 9);
  assert_true(n->item[0].num == 0);
  assert_true(n->item[1].num == -150);
  assert_string_equal(n->item[1].s, "-1.5e2");
  assert_true(n->item[2].num == 12 && n->item[3].num == 100);
  assert_int_equal(n->item[4].type, JSON_TRUE);
  assert_int_equal(n->item[5].type, JSON_FALSE);
  assert_int_equal(n->item[6].type, JSON_NULL);
  assert_int_equal(n->item[7].type, JSON_OBJECT);
  assert_int_equal(n->item[7].n, 0);
  assert_int_equal(n->item[8].type, JSON_ARRAY);
  assert_null(json_member(&v, "missing", &count));
  assert_int_equal(count, 0);
  assert_null(json_member(n, "text", NULL)); /* not an object */
  json_free(&v);
  json_free(&v); /* emptied: a second free does nothing */

  assert_int_equal(json_parse(S("\"\""), &v, &e), 0);
  assert_int_equal(v.len, 0);
  assert_string_equal(v.s, "");
  json_free(&v);
  /* 64 deep is allowed */
  char deep[200];
  memset(deep, '[', 64);
  memset(deep + 64, ']', 64);
  assert_int_equal(json_parse(deep, 128, &v, &e), 0);
  json_free(&v);
}

static void test_errors(void **state) {
  (void)state;
  static const struct {
    const char *in;
    size_t column;
    const char *message;
  } cases[] = {
      {"", 1, "a value is missing at the end"},
      {"   ", 4, "a value is missing at the end"},
      {"{\"a\": 1,}", 9, "expected a key in double quotes, not '}'"},
      {"[1, 2,]", 7, "unexpected ']' where a value should be"},
      {"[1 2]", 4, "expected ',' or ']' after an element of an array, not '2'"},
      {"{\"a\" 1}", 6, "expected ':' after the key \"a\", not '1'"},
      {"{\"a\": 1", 1, "an object without its closing '}'"},
      {"[1", 1, "an array without its closing ']'"},
      {"{'a': 1}", 2, "expected a key in double quotes, not byte 0x27"},
      {"\"open", 1, "a string without its closing quote"},
      {"\"tab\there\"", 5, "a control character (U+0009) in a string; escape it (\\n, \\t, "
                           "\\u0009)"},
      {"\"\\x\"", 2, "unknown escape \\'x' in a string"},
      {"\"\\u12\"", 2, "\\u must be followed by four hexadecimal digits"},
      {"\"\\ud83d\"", 2, "\\uD83D is the first half of a surrogate pair without its second"},
      {"\"\\ud83d\\u0041\"", 2,
       "\\uD83D is the first half of a surrogate pair without its second"},
      {"\"\\ude00\"", 2, "\\uDE00 is the second half of a surrogate pair without its first"},
      {"\"\\u0000\"", 2, "\\u0000 (a NUL character) is not allowed in a string"},
      {"\"caf\xe9\"", 5, "invalid UTF-8 in a string"},
      {"\"\xed\xa0\x80\"", 2, "invalid UTF-8 in a string"},      /* an encoded surrogate */
      {"\"\xc0\xaf\"", 2, "invalid UTF-8 in a string"},          /* overlong */
      {"\xff", 1, "invalid UTF-8"},
      {"01", 1, "a number may not start with 0 followed by digits"},
      {"-", 1, "a number needs a digit after its minus sign"},
      {"1.", 1, "a number needs a digit after its decimal point"},
      {"1e", 1, "a number needs a digit in its exponent"},
      {"+1", 1, "unexpected '+' where a value should be"},
      {"1e999", 1, "the number 1e999 is too large"},
      {"NaN", 1, "unexpected 'N' where a value should be"},
      {"tru", 1, "unexpected 't' where a value should be"},
      {"nulls", 5, "unexpected 's' after the value"},
      {"{} {}", 4, "unexpected '{' after the value"},
      {"// c\n1", 1, "unexpected '/' where a value should be"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    json v;
    json_error e;
    memset(&e, 0, sizeof e);
    int rc = json_parse(cases[i].in, strlen(cases[i].in), &v, &e);
    if (rc == 0 || e.column != cases[i].column || strcmp(e.message, cases[i].message))
      fprintf(stderr, "[%s]: %d, column %zu: %s\n", cases[i].in, rc, e.column, e.message);
    assert_int_equal(rc, -1);
    assert_int_equal(e.column, cases[i].column);
    assert_string_equal(e.message, cases[i].message);
    assert_int_equal(v.type, JSON_NULL);
    assert_null(v.item);
    json_free(&v);
  }
  /* a NUL byte, which strlen would hide */
  json v;
  json_error e;
  assert_int_equal(json_parse(S("\"a\0b\""), &v, &e), -1);
  assert_string_equal(e.message, "a control character (U+0000) in a string; escape it (\\n, \\t, "
                                 "\\u0000)");
  assert_int_equal(json_parse(S("1\0"), &v, &e), -1);
  assert_string_equal(e.message, "unexpected byte 0x00 after the value");
}

static void test_depth(void **state) {
  (void)state;
  static char deep[100001];
  memset(deep, '[', sizeof deep - 1);
  json v;
  json_error e;
  assert_int_equal(json_parse(deep, sizeof deep - 1, &v, &e), -1);
  assert_int_equal(e.column, 65);
  assert_string_equal(e.message, "arrays and objects nested more than 64 deep");
  assert_int_equal(json_parse(S("{\"a\":{\"b\":[{}]}}"), &v, &e), 0);
  json_free(&v);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_values),
      cmocka_unit_test(test_errors),
      cmocka_unit_test(test_depth),
  };
  return cmocka_run_group_tests_name("json", tests, NULL, NULL);
}
