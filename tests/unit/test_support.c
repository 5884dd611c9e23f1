/* test_support.c - the small modules: growable buffer, allocation, version, errors. */
#include "harness.h"

#include "alloc.h"
#include "buf.h"
#include "tenor.h"

static void test_buf(void **state) {
  (void)state;
  tenorp_buf b = TENORP_BUF_INIT;
  tenorp_buf_clear(&b); /* on an empty buffer */
  for (int i = 0; i < 1000; i++)
    tenorp_buf_put(&b, "abc", 3);
  tenorp_buf_putc(&b, '!');
  assert_int_equal(b.len, 3001);
  assert_int_equal(b.ptr[b.len], 0);
  assert_memory_equal(b.ptr + 2997, "abc!", 4);
  tenorp_buf_clear(&b);
  assert_int_equal(b.len, 0);
  assert_string_equal(b.ptr, "");
  tenorp_buf_put(&b, "xy", 2);
  size_t n;
  char *p = tenorp_buf_detach(&b, &n);
  assert_int_equal(n, 2);
  assert_string_equal(p, "xy");
  assert_null(b.ptr);
  free(p);
  p = tenorp_buf_detach(&b, &n); /* detaching nothing gives an empty string */
  assert_int_equal(n, 0);
  assert_string_equal(p, "");
  free(p);
  tenorp_buf_free(&b);
}

static void test_grow(void **state) {
  (void)state;
  size_t cap = 0;
  int *v = tenorp_grow(NULL, &cap, 100, sizeof *v);
  assert_true(cap >= 100);
  v[99] = 7;
  v = tenorp_grow(v, &cap, 1000, sizeof *v);
  assert_true(cap >= 1000);
  assert_int_equal(v[99], 7);
  free(v);
}

static void test_version_and_errors(void **state) {
  (void)state;
  char want[32];
  snprintf(want, sizeof want, "%d.%d.%d", TENOR_VERSION_MAJOR, TENOR_VERSION_MINOR,
           TENOR_VERSION_PATCH);
  assert_string_equal(tenor_version_string(), want);
  assert_string_equal(TENOR_VERSION_STRING, want);
  assert_string_equal(tenor_strerror(TENOR_OK), "success");
  assert_string_equal(tenor_strerror(TENOR_EWEIGHT), "bad weight");
  assert_string_equal(tenor_strerror(TENOR_EUTF16), "UTF-16 text");
  assert_string_equal(tenor_strerror(-1), "unknown error");
  assert_string_equal(tenor_strerror(1000), "unknown error");
  for (int c = TENOR_OK; c <= TENOR_EUTF16; c++)
    assert_string_not_equal(tenor_strerror(c), "unknown error");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_buf),
      cmocka_unit_test(test_grow),
      cmocka_unit_test(test_version_and_errors),
  };
  return cmocka_run_group_tests_name("support", tests, NULL, NULL);
}
