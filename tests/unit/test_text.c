/* test_text.c - UTF-8 checking and repair, character classes, folding. */
#include "harness.h"

#include "tenor.h"
#include "text.h"

/* Each case: input bytes, the expected repaired text (NULL: no repair
 * needed), and the counts the repair must report. */
static const struct {
  const char *name;
  const char *in;
  size_t len;
  const char *out;
  size_t invalid, nul, skip;
} cases[] = {
    {"ascii", "plain text", 10, NULL, 0, 0, 0},
    {"utf8", "caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d \xf0\x9f\x98\x80", 18, NULL, 0, 0, 0},
    {"bom", "\xef\xbb\xbfhi", 5, NULL, 0, 0, 3},
    {"stray continuation", "a\x80" "b", 3, "a\xef\xbf\xbd" "b", 1, 0, 0},
    {"invalid lead", "a\xff" "b", 3, "a\xef\xbf\xbd" "b", 1, 0, 0},
    {"overlong 2-byte", "\xc0\xaf", 2, "\xef\xbf\xbd\xef\xbf\xbd", 2, 0, 0},
    {"overlong 3-byte", "\xe0\x80\xaf", 3, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3, 0, 0},
    {"surrogate", "\xed\xa0\x80", 3, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3, 0, 0},
    {"above max", "\xf4\x90\x80\x80", 4,
     "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 4, 0, 0},
    {"truncated at end", "ab\xe2\x80", 4, "ab\xef\xbf\xbd", 1, 0, 0},
    {"truncated before ascii", "\xe2\x80" "a", 3, "\xef\xbf\xbd" "a", 1, 0, 0},
    {"nul", "a\0b", 3, "a\xef\xbf\xbd" "b", 0, 1, 0},
    {"nul and invalid", "\0\xff", 2, "\xef\xbf\xbd\xef\xbf\xbd", 1, 1, 0},
    {"bom then invalid", "\xef\xbb\xbf\xff", 4, "\xef\xbf\xbd", 1, 0, 3},
    {"empty", "", 0, NULL, 0, 0, 0},
};

static void test_repair(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    tenor_text_info info;
    size_t n = 0;
    int err;
    char *out = tenor_text_repair(cases[i].in, cases[i].len, &n, &info, &err);
    print_message("case: %s\n", cases[i].name);
    assert_int_equal(err, TENOR_OK);
    assert_int_equal(info.invalid, cases[i].invalid);
    assert_int_equal(info.nul, cases[i].nul);
    assert_int_equal(info.skip, cases[i].skip);
    if (!cases[i].out) {
      assert_null(out);
    } else {
      assert_non_null(out);
      assert_int_equal(n, strlen(cases[i].out));
      assert_memory_equal(out, cases[i].out, n);
    }
    tenor_free(out);
  }
}

static void test_first_lines(void **state) {
  (void)state;
  const char s[] = "one\ntwo\r\nthree \xff\rfour\0\nfive\xff";
  tenor_text_info info;
  size_t n;
  int err;
  char *out = tenor_text_repair(s, sizeof s - 1, &n, &info, &err);
  assert_non_null(out);
  assert_int_equal(info.invalid, 2);
  assert_int_equal(info.invalid_line, 3);
  assert_int_equal(info.nul, 1);
  assert_int_equal(info.nul_line, 4);
  assert_int_equal(info.lines, 5);
  tenor_free(out);
}

/* A bad byte, a NUL, a control character and a line break are found at
 * every offset, whatever runs of clean ASCII come before them (the clean
 * runs are skipped eight bytes at a time). */
static void test_repair_at_every_offset(void **state) {
  (void)state;
  static const char bad[] = {'\xff', '\0', '\x01', '\n', '\xc3'};
  for (size_t b = 0; b < sizeof bad; b++) {
    for (size_t off = 0; off < 24; off++) {
      char in[64];
      memset(in, 'a', sizeof in);
      in[off] = bad[b];
      size_t len = off + 1 + (off % 9), n = 0;
      tenor_text_info info;
      int err;
      char *out = tenor_text_repair(in, len, &n, &info, &err);
      assert_int_equal(err, TENOR_OK);
      int invalid = bad[b] == '\xff' || bad[b] == '\xc3'; /* 0xc3 is cut short by an 'a' or the end */
      assert_int_equal(info.invalid, invalid);
      assert_int_equal(info.nul, bad[b] == 0);
      assert_int_equal(info.lines, bad[b] == '\n' && off + 1 < len ? 2 : 1);
      if (invalid || bad[b] == 0) {
        assert_non_null(out);
        assert_int_equal(n, len + 2); /* the byte became U+FFFD, three bytes */
        assert_memory_equal(out + off, "\xEF\xBF\xBD", 3);
        tenor_free(out);
      } else {
        assert_null(out);
      }
    }
  }
}

/* Random texts of line feeds, carriage returns, control characters,
 * NULs, bad bytes and letters: the lines and the first lines of a NUL
 * and of a bad byte are those counted byte by byte. */
static void test_lines_counted_like_bytes(void **state) {
  (void)state;
  static const char *const pieces[] = {"a", "abcdefgh", " ", "\n", "\r", "\r\n", "\x01",
                                       "\x7f", "\0", "\xff", "\xc3\xa9"};
  const size_t npieces = sizeof pieces / sizeof *pieces;
  uint64_t seed = 0x9E3779B97F4A7C15ull;
  int checked_wide = 0;
  for (int round = 0; round < 4000; round++) {
    char in[512];
    size_t len = 0, line = 1, nul_line = 0, bad_line = 0;
    size_t want = (size_t)(round % 60);
    for (size_t k = 0; k < want; k++) {
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      /* mostly letters and line feeds, as in hard-wrapped text */
      size_t r = (size_t)(seed >> 33) % (npieces + 6);
      const char *p = r < npieces ? pieces[r] : r % 2 ? "\n" : "abcdefgh";
      size_t n = strlen(p) ? strlen(p) : 1; /* "\0" is one NUL byte */
      memcpy(in + len, p, n);
      len += n;
    }
    for (size_t i = 0; i < len; i++) {
      unsigned char c = (unsigned char)in[i];
      if (c == 0 && !nul_line)
        nul_line = line;
      if (c == 0xff && !bad_line)
        bad_line = line;
      if (c == '\n' || (c == '\r' && (i + 1 == len || in[i + 1] != '\n')))
        line++;
    }
    if (len && (in[len - 1] == '\n' || in[len - 1] == '\r'))
      line--;
    tenor_text_info info;
    size_t n;
    int err;
    char *out = tenor_text_repair(in, len, &n, &info, &err);
    if (err == TENOR_EUTF16) { /* NULs at even or odd offsets look like UTF-16 */
      checked_wide++;
      continue;
    }
    assert_int_equal(err, TENOR_OK);
    if (len)
      assert_int_equal(info.lines, line);
    assert_int_equal(info.nul_line, nul_line);
    assert_int_equal(info.invalid_line, bad_line);
    tenor_free(out);
  }
  assert_true(checked_wide < 400); /* most texts were checked */
}

static void test_utf16_refused(void **state) {
  (void)state;
  tenor_text_info info;
  size_t n;
  int err;
  assert_null(tenor_text_repair("\xff\xfeh\0i\0", 6, &n, &info, &err));
  assert_int_equal(err, TENOR_EUTF16);
  assert_null(tenor_text_repair("\xfe\xff\0h\0i", 6, &n, &info, &err));
  assert_int_equal(err, TENOR_EUTF16);
  assert_string_equal(tenor_strerror(TENOR_EUTF16), "UTF-16 text");
}

/* Issue 8: UTF-16 and UTF-32 are refused with or without a byte-order
 * mark, as long as their NUL bytes say so; UTF-8 with a few NUL bytes is
 * repaired as before. */
static void test_wide_text_without_bom(void **state) {
  (void)state;
  static const struct {
    const char *name, *in;
    size_t len;
    int refused;
  } wide[] = {
      {"UTF-16LE", "H\0i\0.\0", 6, 1},
      {"UTF-16BE", "\0H\0i\0.", 6, 1},
      {"UTF-16LE, two characters", "H\0i\0", 4, 1},
      {"UTF-16LE, Cyrillic and Latin", "\x1f\x04\x40\x04H\0i\0!\0 \0", 12, 1},
      {"UTF-32LE", "H\0\0\0i\0\0\0", 8, 1},
      {"UTF-32BE", "\0\0\0H\0\0\0i", 8, 1},
      {"UTF-32BE with its mark", "\0\0\xfe\xff\0\0\0H", 8, 1},
      {"UTF-32LE with its mark", "\xff\xfe\0\0H\0\0\0", 8, 1},
      {"one NUL", "A\0BC", 4, 0},
      {"a NUL then text", "\0Good news.", 11, 0},
      {"NULs in both places", "a\0\0bc\0\0d", 8, 0},
      {"the pattern of UTF-32BE is UTF-32BE", "\0\0ab\0\0cd", 8, 1},
      {"a NUL after four bytes", "Good\0\0\0\0", 8, 0},
      {"too short", "H\0i", 3, 0},
  };
  for (size_t i = 0; i < sizeof wide / sizeof *wide; i++) {
    tenor_text_info info;
    size_t n;
    int err;
    char *out = tenor_text_repair(wide[i].in, wide[i].len, &n, &info, &err);
    if ((err == TENOR_EUTF16) != wide[i].refused)
      fail_msg("%s: %s", wide[i].name, wide[i].refused ? "not refused" : "refused");
    if (wide[i].refused)
      assert_null(out);
    tenor_free(out);
  }
}

static void test_fold_and_case(void **state) {
  (void)state;
  assert_int_equal(tenorp_fold('A'), 'a');
  assert_int_equal(tenorp_fold(0xC9), 0xE9);   /* É é */
  assert_int_equal(tenorp_fold(0xD7), 0xD7);   /* × stays */
  assert_int_equal(tenorp_fold(0x141), 0x142); /* Ł ł */
  assert_int_equal(tenorp_fold(0x100), 0x101); /* Ā ā */
  assert_int_equal(tenorp_fold(0x178), 0xFF);  /* Ÿ ÿ */
  assert_int_equal(tenorp_fold(0x391), 0x3B1); /* Α α */
  assert_int_equal(tenorp_fold(0x41C), 0x43C); /* М м */
  assert_int_equal(tenorp_fold(0x401), 0x451); /* Ё ё */
  assert_int_equal(tenorp_fold(0x130), 'i');   /* İ i */
  assert_int_equal(tenorp_fold(0x386), 0x3AC); /* Ά ά */
  assert_int_equal(tenorp_fold(0x38F), 0x3CE); /* Ώ ώ */
  assert_int_equal(tenorp_fold(0x3C2), 0x3C3); /* ς σ */
  assert_true(tenorp_is_upper(0x141) && !tenorp_is_lower(0x141));
  assert_true(tenorp_is_lower(0x142) && !tenorp_is_upper(0x142));
  assert_true(tenorp_is_lower(0xDF)); /* ß */
  assert_int_equal(tenorp_class(0xA0), TENORP_C_SPACE);
  assert_int_equal(tenorp_class(0x201C), TENORP_C_PUNCT);
  assert_int_equal(tenorp_class(0x4E2D), TENORP_C_LETTER);
  assert_int_equal(tenorp_class('7'), TENORP_C_DIGIT);
}

static void test_encode_roundtrip(void **state) {
  (void)state;
  static const uint32_t cps[] = {0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFD, 0x10000, 0x10FFFF};
  for (size_t i = 0; i < sizeof cps / sizeof *cps; i++) {
    char buf[4];
    size_t n = tenorp_utf8_encode(cps[i], buf);
    uint32_t cp;
    assert_int_equal(tenorp_utf8_decode((const unsigned char *)buf, n, &cp), (int)n);
    assert_int_equal(cp, cps[i]);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_repair),
      cmocka_unit_test(test_first_lines),
      cmocka_unit_test(test_lines_counted_like_bytes),
      cmocka_unit_test(test_repair_at_every_offset),
      cmocka_unit_test(test_utf16_refused),
      cmocka_unit_test(test_wide_text_without_bom),
      cmocka_unit_test(test_fold_and_case),
      cmocka_unit_test(test_encode_roundtrip),
  };
  return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
