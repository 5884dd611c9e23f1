/*
 * test_stats.c - every statistic against reference values computed
 * independently, to 6 significant digits or better, and the edge cases.
 *
 * References: SciPy 1.10.1 (Debian 12, python3-scipy) and R 4.2.2 (Debian 12,
 * r-base-core); each value is shown with the call that produced it.
 */
#include "harness.h"

#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>

#include "tenor.h"

/* relative agreement to better than 6 significant digits */
#define assert_close(got, want)                                                                    \
  do {                                                                                             \
    double g_ = (got), w_ = (want);                                                                \
    if (!(fabs(g_ - w_) <= 1e-7 * fabs(w_) + 1e-12))                                               \
      fprintf(stderr, "%s = %.15g, want %.15g\n", #got, g_, w_);                                   \
    assert_true(fabs(g_ - w_) <= 1e-7 * fabs(w_) + 1e-12);                                         \
  } while (0)

static const double A[] = {2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8};
static const double B[] = {1.2, 0.8, 2.5, 1.9, 0.4, 1.1};
static const double C[] = {3.0, 3.5, 2.2, 4.1, 3.9};
#define N(x) (sizeof x / sizeof *x)

static void test_summary(void **state) {
  (void)state;
  tenor_summary s;
  tenor_summarize(A, N(A), &s);
  assert_int_equal(s.na, TENOR_NA_NONE);
  assert_int_equal(s.n, 7);
  /* numpy.mean(a); numpy.std(a, ddof=1); mean -+ scipy.stats.t.ppf(0.975, 6) * sd / sqrt(7) */
  assert_close(s.mean, 3.357142857142857);
  assert_close(s.sd, 1.2998168369134973);
  assert_close(s.se, 1.2998168369134973 / sqrt(7));
  assert_close(s.ci_low, 2.155012783087339);
  assert_close(s.ci_high, 4.559272931198375);
  /* numpy.quantile(a, [0.25, 0.5, 0.75]) (linear, R's type 7) */
  assert_close(s.q1, 2.45);
  assert_close(s.median, 3.3);
  assert_close(s.q3, 3.9);
  assert_close(s.min, 1.9);
  assert_close(s.max, 5.6);
}

static void test_summary_edges(void **state) {
  (void)state;
  tenor_summary s;
  double one = 4.5;
  tenor_summarize(&one, 1, &s);
  assert_int_equal(s.na, TENOR_NA_TOO_FEW);
  assert_close(s.mean, 4.5);
  assert_close(s.median, 4.5);
  assert_true(s.sd == 0 && s.ci_low == 0 && s.ci_high == 0);
  tenor_summarize(NULL, 0, &s);
  assert_int_equal(s.na, TENOR_NA_EMPTY);
  double same[] = {2, 2, 2};
  tenor_summarize(same, 3, &s);
  assert_int_equal(s.na, TENOR_NA_NONE);
  assert_close(s.sd, 0);
  assert_close(s.ci_low, 2);
  assert_close(s.ci_high, 2);
}

static void test_welch(void **state) {
  (void)state;
  tenor_test t;
  tenor_welch_t(A, N(A), B, N(B), &t);
  assert_int_equal(t.na, TENOR_NA_NONE);
  /* scipy.stats.ttest_ind(a, b, equal_var=False) */
  assert_close(t.statistic, 3.508143344470808);
  assert_close(t.p, 0.005756958976467142);
  /* Welch-Satterthwaite df, and diff -+ t.ppf(0.975, df) * se, by numpy */
  assert_close(t.df, 9.875940034322499);
  assert_close(t.ci_low, 0.7422916034554163);
  assert_close(t.ci_high, 3.3386607774969645);
  assert_close(t.diff, 3.357142857142857 - 1.3166666666666667);
  /* Hedges' g: (1 - 3 / (4 * 13 - 9)) * diff / pooled sd, by numpy */
  assert_close(t.effect, 1.7429681117614897);
  /* the sign follows the order: R t.test(b, a)$statistic */
  tenor_welch_t(B, N(B), A, N(A), &t);
  assert_close(t.statistic, -3.508143344470808);
}

static void test_welch_edges(void **state) {
  (void)state;
  tenor_test t;
  double x[] = {1, 1, 1}, y[] = {2, 2, 2}, one = 3;
  tenor_welch_t(x, 3, y, 3, &t);
  assert_int_equal(t.na, TENOR_NA_NO_VARIANCE);
  assert_close(t.diff, -1);
  assert_true(t.p == 0 && t.statistic == 0);
  tenor_welch_t(x, 3, &one, 1, &t);
  assert_int_equal(t.na, TENOR_NA_TOO_FEW);
  tenor_welch_t(x, 3, NULL, 0, &t);
  assert_int_equal(t.na, TENOR_NA_EMPTY);
}

static void test_mann_whitney(void **state) {
  (void)state;
  tenor_test t;
  /* scipy.stats.mannwhitneyu(a, b, use_continuity=True, method='asymptotic') */
  tenor_mann_whitney(A, N(A), B, N(B), &t);
  assert_close(t.statistic, 39.5);
  assert_close(t.p, 0.010024934710329487);
  assert_close(t.effect, 2 * 39.5 / 42 - 1); /* Cliff's delta */
  double at[] = {1, 2, 2, 3, 3, 3, 4}, bt[] = {2, 3, 3, 4, 4, 5};
  tenor_mann_whitney(at, 7, bt, 6, &t);
  assert_close(t.statistic, 11.0);
  assert_close(t.p, 0.15778541051796502);
  /* Cliff's delta counted pair by pair: (#a>b - #a<b) / (7 * 6) */
  int gt = 0, lt = 0;
  for (int i = 0; i < 7; i++)
    for (int j = 0; j < 6; j++)
      gt += at[i] > bt[j], lt += at[i] < bt[j];
  assert_close(t.effect, (double)(gt - lt) / 42);
  double same[] = {1, 1, 1};
  tenor_mann_whitney(same, 2, same, 3, &t);
  assert_int_equal(t.na, TENOR_NA_ALL_TIED);
  assert_close(t.statistic, 3);
  assert_close(t.effect, 0);
  tenor_mann_whitney_sorted(same, 2, same, 3, &t);
  assert_int_equal(t.na, TENOR_NA_ALL_TIED);
  tenor_mann_whitney_sorted(at, 7, bt, 6, &t); /* at and bt are sorted */
  assert_close(t.statistic, 11.0);
  assert_close(t.p, 0.15778541051796502);
  tenor_mann_whitney_sorted(at, 0, bt, 6, &t);
  assert_int_equal(t.na, TENOR_NA_EMPTY);
}

static const double *const G3[] = {A, B, C};
static const size_t N3[] = {N(A), N(B), N(C)};

static void test_anova(void **state) {
  (void)state;
  tenor_test t;
  tenor_anova(G3, N3, 3, &t);
  /* scipy.stats.f_oneway(a, b, c) */
  assert_close(t.statistic, 8.066327683965724);
  assert_close(t.p, 0.004183725787299869);
  assert_close(t.df, 2);
  assert_close(t.df2, 15);
  assert_true(t.effect > 0 && t.effect < 1);
}

static void test_welch_anova(void **state) {
  (void)state;
  tenor_test t;
  tenor_welch_anova(G3, N3, 3, &t);
  /* R: oneway.test(v ~ g, var.equal = FALSE) */
  assert_close(t.statistic, 10.97868350253854);
  assert_close(t.df, 2);
  assert_close(t.df2, 9.81906671016336);
  assert_close(t.p, 0.0031330435419337434);
}

static void test_kruskal(void **state) {
  (void)state;
  tenor_test t;
  tenor_kruskal_wallis(G3, N3, 3, &t);
  /* scipy.stats.kruskal(a, b, c) */
  assert_close(t.statistic, 9.380315328610775);
  assert_close(t.p, 0.0091852378579285);
  assert_close(t.df, 2);
  assert_close(t.effect, 9.380315328610775 / 17);
  double at[] = {1, 2, 2, 3, 3, 3, 4}, bt[] = {2, 3, 3, 4, 4, 5}, ct[] = {1, 1, 2, 5};
  const double *g[] = {at, bt, ct};
  size_t n[] = {7, 6, 4};
  tenor_kruskal_wallis(g, n, 3, &t);
  /* scipy.stats.kruskal([1,2,2,3,3,3,4], [2,3,3,4,4,5], [1,1,2,5]) */
  assert_close(t.statistic, 2.99859042716186);
  assert_close(t.p, 0.22328747468504995);
}

static void test_omnibus_edges(void **state) {
  (void)state;
  tenor_test t;
  double x[] = {1, 1}, y[] = {1, 1}, z[] = {1, 1};
  const double *g[] = {x, y, z};
  size_t n[] = {2, 2, 2}, n0[] = {2, 0, 2}, n1[] = {2, 1, 2};
  tenor_anova(g, n, 3, &t);
  assert_int_equal(t.na, TENOR_NA_NO_VARIANCE);
  tenor_welch_anova(g, n, 3, &t);
  assert_int_equal(t.na, TENOR_NA_NO_VARIANCE);
  tenor_kruskal_wallis(g, n, 3, &t);
  assert_int_equal(t.na, TENOR_NA_ALL_TIED);
  tenor_anova(g, n0, 3, &t);
  assert_int_equal(t.na, TENOR_NA_EMPTY);
  tenor_welch_anova(g, n1, 3, &t);
  assert_int_equal(t.na, TENOR_NA_TOO_FEW);
  tenor_kruskal_wallis(g, n, 1, &t);
  assert_int_equal(t.na, TENOR_NA_TOO_FEW);
}

static void test_adjust(void **state) {
  (void)state;
  const double p[] = {0.01, 0.04, 0.03, 0.005, 0.2};
  double out[5];
  /* R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2), "holm") */
  static const double holm[] = {0.04, 0.09, 0.09, 0.025, 0.2};
  tenor_p_holm(p, 5, out);
  for (int i = 0; i < 5; i++)
    assert_close(out[i], holm[i]);
  /* R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2), "BH") */
  static const double bh[] = {0.025, 0.05, 0.05, 0.025, 0.2};
  tenor_p_bh(p, 5, out);
  for (int i = 0; i < 5; i++)
    assert_close(out[i], bh[i]);
  double big[] = {0.6, 0.9};
  tenor_p_holm(big, 2, big); /* in place, capped at 1 */
  assert_close(big[0], 1);
  assert_close(big[1], 1);
}

/* Values for the long arrays below, which stats.c sorts by radix rather
 * than by insertion: many ties, both signs, both zeros, tiny and huge. */
static double value_at(uint64_t *x) {
  *x ^= *x << 13, *x ^= *x >> 7, *x ^= *x << 17;
  static const double odd[] = {0.0, -0.0, 1e-310, -1e-310, 1e300, -1e300, 0.5, -0.5};
  unsigned r = (unsigned)(*x % 16);
  if (r < 8)
    return odd[r];
  if (r < 10) /* numbers apart in the lowest bits of the mantissa only */
    return 1 + (double)((*x >> 8) % 256) * 2.220446049250313e-16;
  if (r < 11) /* every bit of the mantissa counts */
    return (double)(int64_t)(*x >> 11) / 9007199254740992.0 - 0.5;
  return (double)(int)((*x >> 8) % 41 - 20) / 4; /* -5 to 5 in quarters: ties */
}

/* The summary, Mann-Whitney and Kruskal-Wallis of long arrays against
 * GSL's own sorts (gsl_sort, and ranks from gsl_sort_index), and Holm's
 * adjustment of tied p values against its definition. */
static void test_long_arrays(void **state) {
  (void)state;
  uint64_t x = 0x9E3779B97F4A7C15ull;
  for (size_t n = 49; n < 3000; n = n * 3 + 1) {
    double *a = malloc(n * sizeof *a), *b = malloc((n + 7) * sizeof *b);
    for (size_t i = 0; i < n; i++)
      a[i] = value_at(&x);
    for (size_t i = 0; i < n + 7; i++)
      b[i] = value_at(&x) + 0.25;
    double *sorted = malloc(n * sizeof *sorted);
    memcpy(sorted, a, n * sizeof *sorted);
    gsl_sort(sorted, 1, n);
    tenor_summary sm;
    tenor_summarize(a, n, &sm);
    assert_true(sm.min == sorted[0] && sm.max == sorted[n - 1]);
    assert_true(sm.median == gsl_stats_median_from_sorted_data(sorted, 1, n));
    assert_true(sm.q1 == gsl_stats_quantile_from_sorted_data(sorted, 1, n, 0.25));
    assert_true(sm.q3 == gsl_stats_quantile_from_sorted_data(sorted, 1, n, 0.75));
    /* U from ranks of the pooled values, ties averaged, by GSL's sort */
    size_t N = 2 * n + 7, *order = malloc(N * sizeof *order);
    double *pool = malloc(N * sizeof *pool), *r = malloc(N * sizeof *r), r1 = 0;
    memcpy(pool, a, n * sizeof *pool);
    memcpy(pool + n, b, (n + 7) * sizeof *pool);
    gsl_sort_index(order, pool, 1, N);
    for (size_t i = 0; i < N;) {
      size_t j = i + 1;
      while (j < N && pool[order[j]] == pool[order[i]])
        j++;
      for (size_t k = i; k < j; k++)
        r[order[k]] = (double)(i + j + 1) / 2;
      i = j;
    }
    for (size_t i = 0; i < n; i++)
      r1 += r[i];
    tenor_test t;
    tenor_mann_whitney(a, n, b, n + 7, &t);
    assert_true(t.statistic == r1 - (double)n * (double)(n + 1) / 2);
    /* the same from sorted copies, merged: every figure equal */
    double *as = malloc(n * sizeof *as), *bs = malloc((n + 7) * sizeof *bs);
    memcpy(as, a, n * sizeof *as);
    memcpy(bs, b, (n + 7) * sizeof *bs);
    tenor_sort(as, n);
    tenor_sort(bs, n + 7);
    for (size_t i = 0; i < n; i++)
      assert_true(as[i] == sorted[i]);
    tenor_test ts;
    tenor_mann_whitney_sorted(as, n, bs, n + 7, &ts);
    assert_true(ts.statistic == t.statistic && ts.p == t.p && ts.effect == t.effect &&
                ts.na == t.na);
    tenor_mann_whitney_sorted(as, n, as, n, &ts); /* every value tied with its twin */
    tenor_mann_whitney(a, n, a, n, &t);
    assert_true(ts.statistic == t.statistic && ts.p == t.p && ts.na == t.na);
    free(as), free(bs);
    /* Kruskal-Wallis of the two is the square of the U test's z (no
     * continuity correction there): only its agreement with itself on a
     * shuffled copy is checked, which sorts the same values another way */
    tenor_test k1, k2;
    const double *g[2] = {a, b};
    size_t ng[2] = {n, n + 7};
    tenor_kruskal_wallis(g, ng, 2, &k1);
    double *rev = malloc(n * sizeof *rev);
    for (size_t i = 0; i < n; i++)
      rev[i] = a[n - 1 - i];
    g[0] = rev;
    tenor_kruskal_wallis(g, ng, 2, &k2);
    assert_true(k1.statistic == k2.statistic && k1.p == k2.p);
    /* Holm: p values with ties, adjusted as defined */
    double *p = malloc(n * sizeof *p), *out = malloc(n * sizeof *out);
    for (size_t i = 0; i < n; i++)
      p[i] = (double)(x = x * 6364136223846793005ull + 1, (x >> 40) % 50) / 100;
    tenor_p_holm(p, n, out);
    memcpy(sorted, p, n * sizeof *sorted);
    gsl_sort(sorted, 1, n);
    for (size_t i = 0; i < n; i++) { /* the first of p[i]'s ties in sorted order */
      size_t at = 0;
      while (sorted[at] != p[i])
        at++;
      double want = 0;
      for (size_t j = 0; j <= at; j++) {
        double v = (double)(n - j) * sorted[j];
        want = v > want ? v : want;
      }
      assert_true(out[i] == (want < 1 ? want : 1));
    }
    free(a), free(b), free(sorted), free(order), free(pool), free(r), free(rev), free(p),
        free(out);
  }
}

static void test_resampling(void **state) {
  (void)state;
  tenor_test t, u;
  tenor_bootstrap_diff(A, N(A), B, N(B), 2000, 42, &t);
  assert_int_equal(t.na, TENOR_NA_NONE);
  assert_true(t.ci_low < t.diff && t.diff < t.ci_high);
  assert_true(t.ci_low > 0); /* the groups are clearly apart */
  tenor_bootstrap_diff(A, N(A), B, N(B), 2000, 42, &u);
  assert_true(u.ci_low == t.ci_low && u.ci_high == t.ci_high); /* the seed makes it reproducible */
  tenor_bootstrap_diff(A, N(A), B, N(B), 2000, 43, &u);
  assert_true(u.ci_low != t.ci_low || u.ci_high != t.ci_high);
  tenor_permutation(A, N(A), B, N(B), 9999, 7, &t);
  assert_true(t.p < 0.02 && t.p >= 1.0 / 10000);
  tenor_permutation(A, N(A), C, N(C), 9999, 7, &t);
  assert_true(t.p > 0.5); /* A and C do not differ */
  tenor_permutation(A, N(A), NULL, 0, 100, 7, &t);
  assert_int_equal(t.na, TENOR_NA_EMPTY);
}

static void test_correlation(void **state) {
  (void)state;
  const double x[] = {1.0, 2.0, 3.5, 4.0, 5.5, 6.0, 7.5}, y[] = {2.0, 1.5, 4.0, 3.0, 6.5, 5.0, 8.0};
  tenor_test t;
  tenor_correlation(x, y, 7, 0, &t);
  /* scipy.stats.pearsonr(x, y); numpy.tanh(numpy.arctanh(r) -+ norm.ppf(0.975) / sqrt(4)) */
  assert_close(t.statistic, 0.9285484118289404);
  assert_close(t.p, 0.0025214706790799533);
  assert_close(t.ci_low, 0.5835106710337018);
  assert_close(t.ci_high, 0.9896163714536333);
  assert_close(t.df, 5);
  tenor_correlation(x, y, 7, 1, &t);
  /* scipy.stats.spearmanr(x, y) */
  assert_close(t.statistic, 0.8928571428571429);
  assert_close(t.p, 0.006807187408935392);
  const double xt[] = {1, 2, 2, 3, 4}, yt[] = {1, 3, 2, 2, 5};
  tenor_correlation(xt, yt, 5, 1, &t);
  /* scipy.stats.spearmanr([1,2,2,3,4], [1,3,2,2,5]) */
  assert_close(t.statistic, 0.7631578947368421);
  assert_close(t.p, 0.1333391195318063);
  const double flat[] = {1, 1, 1, 1, 1};
  tenor_correlation(flat, yt, 5, 0, &t);
  assert_int_equal(t.na, TENOR_NA_NO_VARIANCE);
  tenor_correlation(x, y, 3, 0, &t);
  assert_int_equal(t.na, TENOR_NA_TOO_FEW);
  assert_string_equal(tenor_na_reason(TENOR_NA_NO_VARIANCE), "no variance");
  assert_string_equal(tenor_na_reason(TENOR_NA_NONE), "");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_summary),     cmocka_unit_test(test_summary_edges),
      cmocka_unit_test(test_welch),       cmocka_unit_test(test_welch_edges),
      cmocka_unit_test(test_mann_whitney), cmocka_unit_test(test_anova),
      cmocka_unit_test(test_welch_anova), cmocka_unit_test(test_kruskal),
      cmocka_unit_test(test_omnibus_edges), cmocka_unit_test(test_adjust),
      cmocka_unit_test(test_long_arrays),
      cmocka_unit_test(test_resampling),  cmocka_unit_test(test_correlation),
  };
  return cmocka_run_group_tests_name("stats", tests, NULL, NULL);
}
