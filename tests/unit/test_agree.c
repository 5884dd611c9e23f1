/*
 * test_agree.c - the agreement statistics of tenor validate (analysis/agree.c)
 * against values computed by hand, and their edge cases.
 *
 * R and SciPy are not installed where these were written: the reference
 * values come from python3 with each formula written out (mean ranks for
 * Spearman, the normal quantile of statistics.NormalDist for Fisher's z,
 * least squares by its normal equations, Krippendorff's alpha through the
 * coincidence matrix of his 2011 paper, which is another route than the
 * closed form in agree.c): tests/unit/agree_ref.py prints them.
 */
#include "harness.h"

#include <math.h>

#include "tenor.h"

#define assert_close(got, want)                                                                    \
  do {                                                                                             \
    double g_ = (got), w_ = (want);                                                                \
    if (!(fabs(g_ - w_) <= 1e-9 * fabs(w_) + 1e-12))                                               \
      fprintf(stderr, "%s = %.15g, want %.15g\n", #got, g_, w_);                                   \
    assert_true(fabs(g_ - w_) <= 1e-9 * fabs(w_) + 1e-12);                                         \
  } while (0)

/* Ten snippets: tenor's tone_norm and a gold rating from -4 to +4. */
static const double X[] = {0.42, -0.61, 0.05, 0.77, -0.12, 0.0, -0.35, 0.58, -0.81, 0.20};
static const double Y[] = {2.5, -3.0, 0.5, 3.5, 0.0, -0.5, -1.0, 1.5, -3.5, 1.0};
#define N 10

static void test_polarity(void **state) {
  (void)state;
  assert_int_equal(tenor_polarity(0.06, 0.05), TENOR_POSITIVE);
  assert_int_equal(tenor_polarity(0.05, 0.05), TENOR_NEUTRAL); /* the band is closed */
  assert_int_equal(tenor_polarity(-0.05, 0.05), TENOR_NEUTRAL);
  assert_int_equal(tenor_polarity(-0.0501, 0.05), TENOR_NEGATIVE);
  assert_int_equal(tenor_polarity(0.0, 0.0), TENOR_NEUTRAL);
  assert_int_equal(tenor_polarity(1e-9, 0.0), TENOR_POSITIVE);
  assert_string_equal(tenor_polarity_name(TENOR_NEGATIVE), "negative");
  assert_string_equal(tenor_polarity_name(TENOR_NEUTRAL), "neutral");
  assert_string_equal(tenor_polarity_name(TENOR_POSITIVE), "positive");
  assert_string_equal(tenor_polarity_name(7), "");
}

static void test_correlations(void **state) {
  (void)state;
  tenor_test t;
  /* r by its definition; tanh(atanh(r) -+ NormalDist().inv_cdf(0.975) / sqrt(7)) */
  tenor_correlation(X, Y, N, 0, &t);
  assert_close(t.statistic, 0.9714816312064127);
  assert_close(t.ci_low, 0.8803225865936192);
  assert_close(t.ci_high, 0.9934462692539543);
  /* Pearson's r of the mean ranks */
  tenor_correlation(X, Y, N, 1, &t);
  assert_close(t.statistic, 0.9757575757575757);
  assert_close(t.ci_low, 0.8975563691175771);
  assert_close(t.ci_high, 0.9944382035526199);
}

static void test_rescale(void **state) {
  (void)state;
  tenor_rescaled r;
  /* b = Sxy / Sxx, a = mean(y) - b mean(x); mae = mean |y - (a + b x)| */
  tenor_rescale(X, Y, N, &r);
  assert_int_equal(r.na, TENOR_NA_NONE);
  assert_int_equal(r.n, N);
  assert_close(r.intercept, 0.044650697998364804);
  assert_close(r.slope, 4.257638615510402);
  assert_close(r.mae, 0.42043727099294437);

  /* scores that do not vary: the gold mean for all, and its mean deviation */
  const double flat[] = {0.1, 0.1, 0.1, 0.1};
  const double g[] = {1, 2, 3, 6};
  tenor_rescale(flat, g, 4, &r);
  assert_int_equal(r.na, TENOR_NA_NO_VARIANCE);
  assert_close(r.slope, 0);
  assert_close(r.intercept, 3);
  assert_close(r.mae, (2 + 1 + 0 + 3) / 4.0);
  tenor_rescale(flat, g, 1, &r);
  assert_int_equal(r.na, TENOR_NA_TOO_FEW);
  assert_close(r.intercept, 1);
  assert_close(r.mae, 0);
  tenor_rescale(NULL, NULL, 0, &r);
  assert_int_equal(r.na, TENOR_NA_EMPTY);
}

static void test_alpha(void **state) {
  (void)state;
  double rescaled[N], alpha;
  for (int i = 0; i < N; i++)
    rescaled[i] = 0.044650697998364804 + 4.257638615510402 * X[i];
  /* the coincidence matrix of the pairs (rescaled, gold) */
  assert_int_equal(tenor_krippendorff_interval(rescaled, Y, N, &alpha), TENOR_NA_NONE);
  assert_close(alpha, 0.9725213950396743);
  /* unrescaled scores are on another scale: alpha says so */
  assert_int_equal(tenor_krippendorff_interval(X, Y, N, &alpha), TENOR_NA_NONE);
  assert_close(alpha, 0.44923133328506126);
  /* perfect agreement */
  assert_int_equal(tenor_krippendorff_interval(Y, Y, N, &alpha), TENOR_NA_NONE);
  assert_close(alpha, 1);
  /* by hand: a = (1, 2), b = (2, 1): N = 4, mean 1.5, SS = 1, D_e = 2/3,
   * D_o = 2 (1 + 1) / 4 = 1, alpha = 1 - 1.5 = -0.5 */
  const double a2[] = {1, 2}, b2[] = {2, 1};
  assert_int_equal(tenor_krippendorff_interval(a2, b2, 2, &alpha), TENOR_NA_NONE);
  assert_close(alpha, -0.5);
  const double same[] = {3, 3, 3};
  assert_int_equal(tenor_krippendorff_interval(same, same, 3, &alpha), TENOR_NA_NO_VARIANCE);
  assert_true(alpha == 0);
  assert_int_equal(tenor_krippendorff_interval(a2, b2, 1, &alpha), TENOR_NA_TOO_FEW);
  assert_int_equal(tenor_krippendorff_interval(NULL, NULL, 0, &alpha), TENOR_NA_EMPTY);
}

static void test_confusion(void **state) {
  (void)state;
  int gold[N], pred[N];
  for (int i = 0; i < N; i++) {
    gold[i] = tenor_polarity(Y[i], 0.2);
    pred[i] = tenor_polarity(X[i], 0.05);
  }
  tenor_confusion c;
  tenor_confusion_count(gold, pred, N, &c);
  static const size_t want[3][3] = {{3, 1, 0}, {1, 0, 0}, {0, 1, 4}};
  for (int g = 0; g < 3; g++)
    for (int p = 0; p < 3; p++)
      assert_int_equal(c.count[g][p], want[g][p]);
  assert_close(c.accuracy, 0.7);
  assert_close(c.precision[TENOR_NEGATIVE], 0.75);
  assert_close(c.recall[TENOR_NEGATIVE], 0.75);
  assert_close(c.f1[TENOR_NEGATIVE], 0.75);
  assert_close(c.precision[TENOR_NEUTRAL], 0);
  assert_close(c.recall[TENOR_NEUTRAL], 0);
  assert_close(c.f1[TENOR_NEUTRAL], 0);
  assert_close(c.precision[TENOR_POSITIVE], 1);
  assert_close(c.recall[TENOR_POSITIVE], 0.8);
  assert_close(c.f1[TENOR_POSITIVE], 0.888888888888889);
  assert_close(c.macro_f1, 0.5462962962962963);

  /* a class in neither gold nor predictions is left out of the mean:
   * F1 2/3 (negative) and 4/5 (positive) */
  const int g2[] = {0, 0, 2, 2}, p2[] = {0, 2, 2, 2};
  tenor_confusion_count(g2, p2, 4, &c);
  assert_int_equal(c.present[TENOR_NEUTRAL], 0);
  assert_close(c.f1[TENOR_NEGATIVE], 2.0 / 3);
  assert_close(c.f1[TENOR_POSITIVE], 0.8);
  assert_close(c.macro_f1, (2.0 / 3 + 0.8) / 2);
  assert_close(c.accuracy, 0.75);

  tenor_confusion_count(NULL, NULL, 0, &c);
  assert_int_equal(c.na, TENOR_NA_EMPTY);
}

static void test_bootstrap(void **state) {
  (void)state;
  int gold[N];
  for (int i = 0; i < N; i++)
    gold[i] = tenor_polarity(Y[i], 0.2);
  tenor_interval a[TENOR_AGREE_NSTATS], b[TENOR_AGREE_NSTATS];
  tenor_agreement_bootstrap(X, Y, gold, N, 0.05, 2000, 7, a);
  tenor_agreement_bootstrap(X, Y, gold, N, 0.05, 2000, 7, b);
  /* the same seed gives the same intervals */
  assert_memory_equal(a, b, sizeof a);
  /* every interval holds the statistic of the whole sample */
  const double whole[TENOR_AGREE_NSTATS] = {0.9714816312064127, 0.9757575757575757,
                                            0.42043727099294437, 0.9725213950396743, 0.7,
                                            0.5462962962962963};
  for (int k = 0; k < TENOR_AGREE_NSTATS; k++) {
    assert_int_equal(a[k].na, TENOR_NA_NONE);
    assert_true(a[k].low <= whole[k] && whole[k] <= a[k].high);
    assert_true(a[k].reps > 1900 && a[k].reps <= 2000);
  }
  assert_int_equal(a[TENOR_AGREE_MAE].reps, 2000); /* always defined */
  assert_true(a[TENOR_AGREE_PEARSON].high <= 1);
  /* another seed, other resamples */
  tenor_agreement_bootstrap(X, Y, gold, N, 0.05, 2000, 8, b);
  assert_true(a[TENOR_AGREE_PEARSON].low != b[TENOR_AGREE_PEARSON].low);

  /* scores that never vary: no correlation in any resample */
  const double flat[N] = {0};
  tenor_agreement_bootstrap(flat, Y, gold, N, 0.05, 100, 1, a);
  assert_int_equal(a[TENOR_AGREE_PEARSON].na, TENOR_NA_NO_VARIANCE);
  assert_int_equal(a[TENOR_AGREE_PEARSON].reps, 0);
  assert_int_equal(a[TENOR_AGREE_ACCURACY].na, TENOR_NA_NONE);
  tenor_agreement_bootstrap(X, Y, gold, 1, 0.05, 100, 1, a);
  assert_int_equal(a[TENOR_AGREE_MAE].na, TENOR_NA_TOO_FEW);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_polarity),  cmocka_unit_test(test_correlations),
      cmocka_unit_test(test_rescale),   cmocka_unit_test(test_alpha),
      cmocka_unit_test(test_confusion), cmocka_unit_test(test_bootstrap),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
