/*
 * agree.c - agreement of tenor's scores with human coding (tenor validate).
 *
 * Moments, correlations, the least-squares line, quantiles and random
 * numbers are GSL's (gsl_statistics, gsl_fit, gsl_rng); what is written
 * here is the bookkeeping each measure's references define:
 *
 * - three classes of polarity from a neutral band [-t, t];
 * - the confusion matrix, accuracy, per-class precision, recall and
 *   F1 = 2 TP / (2 TP + FP + FN), and their macro average over the
 *   classes that occur (Sokolova and Lapalme, 2009);
 * - the least-squares line gold = a + b score (gsl_fit_linear) and the
 *   mean absolute error of the scores so rescaled;
 * - Krippendorff's alpha with the interval metric for two coders and no
 *   missing values (Krippendorff, 2011, "Computing Krippendorff's alpha-
 *   reliability"): 1 - D_o / D_e from the coincidences of the values;
 * - percentile bootstrap intervals of all of them over resampled items,
 *   from GSL's MT19937 (Efron and Tibshirani, 1993).
 *
 * docs/validate.md gives every formula.  Nothing returns NaN: an
 * undefined result sets `na` (TENOR_NA_*) and leaves zeros.
 */
#include "tenor.h"

#include <gsl/gsl_fit.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

int tenor_polarity(double x, double t) {
  return x > t ? TENOR_POSITIVE : x < -t ? TENOR_NEGATIVE : TENOR_NEUTRAL;
}

const char *tenor_polarity_name(int c) {
  switch (c) {
  case TENOR_NEGATIVE:
    return "negative";
  case TENOR_NEUTRAL:
    return "neutral";
  case TENOR_POSITIVE:
    return "positive";
  default:
    return "";
  }
}

void tenor_confusion_count(const int *gold, const int *pred, size_t n, tenor_confusion *c) {
  memset(c, 0, sizeof *c);
  c->n = n;
  if (!n) {
    c->na = TENOR_NA_EMPTY;
    return;
  }
  size_t right = 0;
  for (size_t i = 0; i < n; i++) {
    int g = gold[i], p = pred[i];
    if (g < 0 || g > 2 || p < 0 || p > 2)
      continue; /* not a class: counted in n only, never right */
    c->count[g][p]++;
    right += g == p;
  }
  c->accuracy = (double)right / (double)n;
  double sum = 0;
  int classes = 0;
  for (int k = 0; k < 3; k++) {
    size_t tp = c->count[k][k], as_gold = 0, as_pred = 0;
    for (int j = 0; j < 3; j++) {
      as_gold += c->count[k][j];
      as_pred += c->count[j][k];
    }
    c->present[k] = as_gold + as_pred > 0;
    if (as_pred)
      c->precision[k] = (double)tp / (double)as_pred;
    if (as_gold)
      c->recall[k] = (double)tp / (double)as_gold;
    if (!c->present[k])
      continue;
    /* 2 TP / (2 TP + FP + FN): the harmonic mean of precision and recall
     * where both are defined, 0 where either is 0 or undefined */
    c->f1[k] = 2.0 * (double)tp / (double)(as_gold + as_pred);
    sum += c->f1[k];
    classes++;
  }
  c->macro_f1 = classes ? sum / classes : 0;
}

/* The least-squares line and the error of the rescaled scores; x may be
 * constant (then slope 0 and intercept the mean of y). */
void tenor_rescale(const double *score, const double *gold, size_t n, tenor_rescaled *r) {
  memset(r, 0, sizeof *r);
  r->n = n;
  if (!n) {
    r->na = TENOR_NA_EMPTY;
    return;
  }
  double my = gsl_stats_mean(gold, 1, n);
  if (n < 2 || gsl_stats_variance(score, 1, n) <= 0) {
    r->na = n < 2 ? TENOR_NA_TOO_FEW : TENOR_NA_NO_VARIANCE;
    r->intercept = my; /* the best constant: every score says the same */
  } else {
    double cov00, cov01, cov11, sumsq;
    gsl_fit_linear(score, 1, gold, 1, n, &r->intercept, &r->slope, &cov00, &cov01, &cov11, &sumsq);
  }
  double abs_sum = 0;
  for (size_t i = 0; i < n; i++)
    abs_sum += fabs(gold[i] - (r->intercept + r->slope * score[i]));
  r->mae = abs_sum / (double)n;
}

int tenor_krippendorff_interval(const double *a, const double *b, size_t n, double *alpha) {
  *alpha = 0;
  if (!n)
    return TENOR_NA_EMPTY;
  if (n < 2)
    return TENOR_NA_TOO_FEW;
  /* Two values per unit, all pairable: N = 2n values.  The observed
   * disagreement is the mean over the coincidences within units,
   * D_o = (1/N) sum_u 2 (a_u - b_u)^2 / (m_u - 1) with m_u = 2; the
   * expected one is over all pairs of the N values,
   * D_e = sum_{i != j} (v_i - v_j)^2 / (N (N - 1)) = 2 SS / (N - 1),
   * with SS the sum of squares about the mean of all N values. */
  double N = 2.0 * (double)n, mean = 0, within = 0, ss = 0;
  for (size_t i = 0; i < n; i++)
    mean += a[i] + b[i];
  mean /= N;
  for (size_t i = 0; i < n; i++) {
    double d = a[i] - b[i];
    within += d * d;
    ss += (a[i] - mean) * (a[i] - mean) + (b[i] - mean) * (b[i] - mean);
  }
  double d_o = 2.0 * within / N, d_e = 2.0 * ss / (N - 1);
  if (!(d_e > 0))
    return TENOR_NA_NO_VARIANCE;
  *alpha = 1 - d_o / d_e;
  return TENOR_NA_NONE;
}

/* ------------------------------------------------------------ bootstrap */

/* A correlation that rounding took past +-1 (two points, say), put back. */
static double clamp1(double r) { return r > 1 ? 1 : r < -1 ? -1 : r; }

/* The statistics of one sample: which are defined, into v[]. */
static void sample_stats(const double *score, const double *gold, const int *gclass,
                         const int *pclass, size_t n, double *work, double *rescaled, double *v,
                         int *defined) {
  int varies = gsl_stats_variance(score, 1, n) > 0 && gsl_stats_variance(gold, 1, n) > 0;
  defined[TENOR_AGREE_PEARSON] = defined[TENOR_AGREE_SPEARMAN] = varies;
  if (varies) {
    v[TENOR_AGREE_PEARSON] = clamp1(gsl_stats_correlation(score, 1, gold, 1, n));
    v[TENOR_AGREE_SPEARMAN] = clamp1(gsl_stats_spearman(score, 1, gold, 1, n, work));
  }
  tenor_rescaled r;
  tenor_rescale(score, gold, n, &r);
  v[TENOR_AGREE_MAE] = r.mae;
  defined[TENOR_AGREE_MAE] = 1;
  for (size_t i = 0; i < n; i++)
    rescaled[i] = r.intercept + r.slope * score[i];
  defined[TENOR_AGREE_ALPHA] =
      tenor_krippendorff_interval(rescaled, gold, n, &v[TENOR_AGREE_ALPHA]) == TENOR_NA_NONE;
  tenor_confusion c;
  tenor_confusion_count(gclass, pclass, n, &c);
  v[TENOR_AGREE_ACCURACY] = c.accuracy;
  v[TENOR_AGREE_MACRO_F1] = c.macro_f1;
  defined[TENOR_AGREE_ACCURACY] = defined[TENOR_AGREE_MACRO_F1] = 1;
}

void tenor_agreement_bootstrap(const double *score, const double *gold, const int *gold_class,
                               size_t n, double neutral, size_t reps, unsigned long seed,
                               tenor_interval out[TENOR_AGREE_NSTATS]) {
  memset(out, 0, TENOR_AGREE_NSTATS * sizeof *out);
  if (n < 2 || !reps) {
    for (int k = 0; k < TENOR_AGREE_NSTATS; k++)
      out[k].na = n ? TENOR_NA_TOO_FEW : TENOR_NA_EMPTY;
    return;
  }
  gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
  if (!rng)
    tenorp_out_of_memory();
  gsl_rng_set(rng, seed);
  double *xs = tenorp_xmalloc(n * sizeof *xs), *ys = tenorp_xmalloc(n * sizeof *ys);
  double *work = tenorp_xmalloc(2 * n * sizeof *work),
         *rescaled = tenorp_xmalloc(n * sizeof *rescaled);
  int *gc = tenorp_xmalloc(n * sizeof *gc), *pc = tenorp_xmalloc(n * sizeof *pc);
  double *draws[TENOR_AGREE_NSTATS];
  for (int k = 0; k < TENOR_AGREE_NSTATS; k++)
    draws[k] = tenorp_xmalloc(reps * sizeof **draws);
  for (size_t r = 0; r < reps; r++) {
    for (size_t i = 0; i < n; i++) {
      size_t j = (size_t)gsl_rng_uniform_int(rng, n);
      xs[i] = score[j];
      ys[i] = gold[j];
      gc[i] = gold_class[j];
      pc[i] = tenor_polarity(score[j], neutral);
    }
    double v[TENOR_AGREE_NSTATS];
    int defined[TENOR_AGREE_NSTATS];
    sample_stats(xs, ys, gc, pc, n, work, rescaled, v, defined);
    for (int k = 0; k < TENOR_AGREE_NSTATS; k++)
      if (defined[k])
        draws[k][out[k].reps++] = v[k];
  }
  for (int k = 0; k < TENOR_AGREE_NSTATS; k++) {
    size_t m = out[k].reps;
    if (!m) {
      out[k].na = TENOR_NA_NO_VARIANCE;
    } else {
      gsl_sort(draws[k], 1, m);
      out[k].low = gsl_stats_quantile_from_sorted_data(draws[k], 1, m, 0.025);
      out[k].high = gsl_stats_quantile_from_sorted_data(draws[k], 1, m, 0.975);
    }
    free(draws[k]);
  }
  free(xs);
  free(ys);
  free(work);
  free(rescaled);
  free(gc);
  free(pc);
  gsl_rng_free(rng);
}
