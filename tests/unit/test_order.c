/* test_order.c - the order of documents (reports/order.c): the comparison
 * of ids, table-driven, with the properties a sort and a merge rely on
 * (a total order, equal only when byte for byte equal, and a folder's
 * prefix not changing the order of what follows it), and the heap of the
 * k-way merge, against sorting everything at once.
 *
 * order.c belongs to the command, not to libtenor, so it is compiled in
 * here with the helpers it uses. */
#define _POSIX_C_SOURCE 200809L /* before any header, as util.c needs */
#include "../../reports/order.c"
#include "../../reports/util.c"

#include "harness.h"

#include <ctype.h>

static int sign(int c) { return (c > 0) - (c < 0); }

/* Pairs in order: a < b, so b > a. */
static void test_pairs(void **state) {
  (void)state;
  static const char *const pairs[][2] = {
      {"", "a"},               /* an end comes first */
      {"a", "a-b"},            /* the shorter id first */
      {"a-b", "a.b"},          /* bytes: '-' < '.' */
      {"a.b", "a/x"},          /* '.' < '/' */
      {"a/x", "a0"},           /* '/' < a digit */
      {"a0", "a1"},            /* numbers by value */
      {"a1", "a9"},            /* ... */
      {"a9", "a10"},           /* ... not by their first digit */
      {"a10", "a:"},           /* a digit < ':' */
      {"a:", "aA"},            /* bytes */
      {"aA", "aa"},            /* upper case first, as in byte order */
      {"news-2", "news-10"},   /* rows of a CSV corpus without ids */
      {"news-9", "news-10"},   /* ... */
      {"news-99", "news-100"}, /* ... */
      {"2015-10-01-x", "2015-10-01-y"},
      {"2015-9-30", "2015-10-01"}, /* a month without its zero, by value */
      {"7", "07"},                 /* equal values: fewer leading zeros first */
      {"07", "007"},               /* ... */
      {"0", "00"},                 /* ... zeros too */
      {"007", "8"},                /* value before leading zeros */
      {"x7z", "x007y"},            /* the number decides, before what follows */
      {"x7z", "x07a"},             /* ... */
      {"1/z", "01/a"},             /* ... also across folders */
      {"12345678901234567890123", "12345678901234567890124"}, /* longer than any integer */
      {"99999999999999999999999", "100000000000000000000000"},
      {"é", "ê"}, /* UTF-8: by bytes */
      {"z", "é"}, /* ASCII before other characters */
      {"b2", "b10c"},
      {"b10", "b10c"},
  };
  for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
    const char *a = pairs[i][0], *b = pairs[i][1];
    print_message("%s < %s\n", a, b);
    assert_int_equal(sign(order_cmp(a, b)), -1);
    assert_int_equal(sign(order_cmp(b, a)), 1);
    assert_int_equal(order_cmp(a, a), 0);
    assert_int_equal(order_cmp(b, b), 0);
  }
}

/* Ids built from a small alphabet of the bytes that matter. */
static void make_id(char *out, unsigned seed, size_t len) {
  static const char alphabet[] = "0012789a-./Z";
  for (size_t i = 0; i < len; i++) {
    seed = seed * 1103515245u + 12345u;
    out[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
  }
  out[len] = 0;
}

/* Over many ids: antisymmetric, transitive, 0 only for equal bytes, and
 * prefixing "dir/" to both changes nothing (so a folder can be sorted by
 * itself). */
static void test_properties(void **state) {
  (void)state;
  enum { N = 300 };
  static char ids[N][8];
  for (unsigned i = 0; i < N; i++)
    make_id(ids[i], i * 7919u + 1, 1 + i % 7);
  for (size_t i = 0; i < N; i++)
    for (size_t j = 0; j < N; j++) {
      int c = sign(order_cmp(ids[i], ids[j]));
      assert_int_equal(c, -sign(order_cmp(ids[j], ids[i])));
      assert_int_equal(c == 0, strcmp(ids[i], ids[j]) == 0);
      char a[32], b[32];
      snprintf(a, sizeof a, "d1r/%.7s", ids[i]);
      snprintf(b, sizeof b, "d1r/%.7s", ids[j]);
      assert_int_equal(sign(order_cmp(a, b)), c);
      for (size_t k = 0; k < N; k += 7)
        if (c < 0 && order_cmp(ids[j], ids[k]) < 0)
          assert_true(order_cmp(ids[i], ids[k]) < 0);
    }
}

/* The rule of order.h written the plain way, part by part, to check the
 * shortcuts of order_cmp against. */
static int ref_cmp(const char *a, const char *b) {
  for (;;) {
    int da = isdigit((unsigned char)*a), db = isdigit((unsigned char)*b);
    if (da && db) {
      size_t na = strspn(a, "0123456789"), nb = strspn(b, "0123456789");
      size_t za = strspn(a, "0"), zb = strspn(b, "0"); /* leading zeros */
      if (na - za != nb - zb)
        return na - za < nb - zb ? -1 : 1;
      int c = strncmp(a + za, b + zb, na - za);
      if (c)
        return c;
      if (na != nb)
        return na < nb ? -1 : 1;
      a += na;
      b += nb;
      continue;
    }
    if (*a != *b)
      return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
    if (!*a)
      return 0;
    a++;
    b++;
  }
}

/* order_cmp agrees with the plain rule on every pair of many ids. */
static void test_against_reference(void **state) {
  (void)state;
  enum { N = 400 };
  static char ids[N][12];
  for (unsigned i = 0; i < N; i++)
    make_id(ids[i], i * 104729u + 7, 1 + i % 11);
  for (size_t i = 0; i < N; i++)
    for (size_t j = 0; j < N; j++)
      if (sign(order_cmp(ids[i], ids[j])) != sign(ref_cmp(ids[i], ids[j])))
        fail_msg("'%s' against '%s': %d, the rule says %d", ids[i], ids[j],
                 order_cmp(ids[i], ids[j]), ref_cmp(ids[i], ids[j]));
}

static int key_sign(uint64_t a, uint64_t b) { return (a > b) - (a < b); }

/* Where two keys differ, they agree with order_cmp: over many ids, and
 * over numbers too long or with too many zeros for a key to hold. */
static void test_keys(void **state) {
  (void)state;
  enum { N = 400, L = 12 };
  static char ids[N + 8][700];
  for (unsigned i = 0; i < N; i++)
    make_id(ids[i], i * 7727u + 3, 1 + i % (L - 1));
  char *x = ids[N];
  memset(x, '7', 300); /* 300 digits */
  strcpy(x + 300, "a");
  strcpy(ids[N + 1], x);
  ids[N + 1][299] = '8';
  memset(ids[N + 2], '0', 300); /* 300 zeros, then 5 */
  strcpy(ids[N + 2] + 300, "5");
  memset(ids[N + 3], '0', 299);
  strcpy(ids[N + 3] + 299, "5");
  strcpy(ids[N + 4], "5");
  strcpy(ids[N + 5], "a0");
  strcpy(ids[N + 6], "a");
  strcpy(ids[N + 7], "a00");
  size_t decided = 0;
  for (size_t i = 0; i < N + 8; i++)
    for (size_t j = 0; j < N + 8; j++) {
      uint64_t a = order_key(ids[i]), b = order_key(ids[j]);
      if (a == b)
        continue;
      decided++;
      if (key_sign(a, b) != sign(order_cmp(ids[i], ids[j])))
        fail_msg("keys of '%.40s' and '%.40s' disagree with order_cmp", ids[i], ids[j]);
    }
  assert_true(decided > (N + 8) * (N + 8) / 2); /* the keys do most of the work */
  assert_true(order_key("news-2") < order_key("news-10"));
  assert_true(order_key("d486904139-1") < order_key("d867977412-2"));
}

static int cmp_ids(const void *a, const void *b) {
  return order_cmp(*(char *const *)a, *(char *const *)b);
}

/* Streams for the heap: sorted lists of ids, each with its next one. */
typedef struct streams {
  char **v[8];
  size_t n[8], next[8];
} streams;

static const char *next_id(void *ctx, size_t k) {
  streams *s = ctx;
  return s->next[k] < s->n[k] ? s->v[k][s->next[k]] : NULL;
}

/* A k-way merge of sorted streams (some empty) gives every id once, in the
 * order of sorting them all at once. */
static void test_heap_merge(void **state) {
  (void)state;
  enum { N = 500, K = 8 };
  static char ids[N][16];
  char *all[N];
  streams s;
  memset(&s, 0, sizeof s);
  for (size_t k = 0; k < K; k++)
    s.v[k] = xmalloc(N * sizeof *s.v[k]);
  for (unsigned i = 0; i < N; i++) {
    snprintf(ids[i], sizeof ids[i], "%c%u-%u", "abc"[i % 3], (i * 37) % 101, i);
    all[i] = ids[i];
    size_t k = (i * 13) % 5; /* streams 5, 6 and 7 stay empty */
    s.v[k][s.n[k]++] = ids[i];
  }
  for (size_t k = 0; k < K; k++)
    if (s.n[k] > 1)
      qsort(s.v[k], s.n[k], sizeof *s.v[k], cmp_ids);
  qsort(all, N, sizeof *all, cmp_ids);
  order_heap h;
  order_heap_init(&h, next_id, &s);
  for (size_t k = K; k-- > 0;) /* pushed in reverse: the order does not matter */
    order_heap_push(&h, k);
  size_t got = 0;
  for (size_t k; (k = order_heap_top(&h)) != (size_t)-1;) {
    assert_true(got < N);
    assert_string_equal(next_id(&s, k), all[got]);
    got++;
    s.next[k]++;
    order_heap_next(&h);
  }
  assert_int_equal(got, N);
  order_heap_free(&h);
  for (size_t k = 0; k < K; k++)
    free(s.v[k]);
}

/* Equal ids in two streams (a duplicate the run refuses before): the lower
 * stream first, so that even then the result does not depend on chance. */
static void test_heap_ties(void **state) {
  (void)state;
  static char *a[] = {"x1", "x3"}, *b[] = {"x1", "x2"};
  streams s;
  memset(&s, 0, sizeof s);
  s.v[0] = b;
  s.n[0] = 2;
  s.v[1] = a;
  s.n[1] = 2;
  order_heap h;
  order_heap_init(&h, next_id, &s);
  order_heap_push(&h, 1);
  order_heap_push(&h, 0);
  const char *want[] = {"x1", "x1", "x2", "x3"};
  size_t from[] = {0, 1, 0, 1};
  for (size_t i = 0; i < 4; i++) {
    size_t k = order_heap_top(&h);
    assert_int_equal(k, from[i]);
    assert_string_equal(next_id(&s, k), want[i]);
    s.next[k]++;
    order_heap_next(&h);
  }
  assert_int_equal(order_heap_top(&h), (size_t)-1);
  order_heap_free(&h);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_pairs),
      cmocka_unit_test(test_properties),
      cmocka_unit_test(test_against_reference),
      cmocka_unit_test(test_keys),
      cmocka_unit_test(test_heap_merge),
      cmocka_unit_test(test_heap_ties),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
