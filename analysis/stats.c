/*
 * stats.c - the statistics of tenor compare, on GSL.
 *
 * Moments, quantiles, distributions and random numbers are GSL's
 * (gsl_statistics, gsl_cdf, gsl_rng, gsl_randist); what is written here is
 * only the bookkeeping of each test as the literature defines it:
 *
 * - Welch's t with the Welch-Satterthwaite degrees of freedom; Hedges' g
 *   with the small-sample factor J = 1 - 3 / (4 N - 9) (Hedges and Olkin,
 *   1985).
 * - Mann-Whitney U with the normal approximation corrected for ties and
 *   continuity, as R's wilcox.test(exact = FALSE); Cliff's delta, which
 *   equals 2 U / (na nb) - 1 when ties count half.
 * - One-way ANOVA with eta squared; Welch's ANOVA (Welch, 1951), as R's
 *   oneway.test; Kruskal-Wallis H with the tie correction, and epsilon
 *   squared H / (N - 1) (Tomczak and Tomczak, 2014).
 * - Holm (1979) and Benjamini-Hochberg (1995) adjustments, as R's
 *   p.adjust.
 * - Percentile bootstrap and permutation tests with GSL's MT19937.
 * - Pearson and Spearman correlations, p from Student's t with n - 2 df,
 *   95% interval from Fisher's z.
 *
 * Nothing returns NaN: undefined results set `na` and leave zeros.
 */
#include "tenor.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

const char *tenor_na_reason(int na) {
  switch (na) {
  case TENOR_NA_EMPTY:
    return "a group has no values";
  case TENOR_NA_TOO_FEW:
    return "too few values";
  case TENOR_NA_NO_VARIANCE:
    return "no variance";
  case TENOR_NA_ALL_TIED:
    return "all values tied";
  default:
    return "";
  }
}

/*
 * Sorting.  GSL's gsl_sort and gsl_sort_index are heapsorts; a comparison
 * by date pairs every period with every other, and its rank tests sorted
 * the values of each pair again, so sorting was most of the time of
 * compare.  Here values are sorted by the bits of their IEEE 754 form,
 * turned so that their order as unsigned integers is the numbers' order:
 * a stable radix sort, a byte a pass, skipping the bytes all values
 * share.  Equal numbers have equal bits but for -0 and +0, which stand
 * side by side; ranks, quantiles and adjusted p values depend only on the
 * values, so the results are those of GSL's sorts.  Short arrays are
 * sorted by insertion.
 */

/* The sort key of x: unsigned order is numeric order (there is no NaN). */
static uint64_t key_of(double x) {
  uint64_t b;
  memcpy(&b, &x, sizeof b);
  return b >> 63 ? ~b : b | (1ull << 63);
}

static double value_of(uint64_t k) {
  uint64_t b = k >> 63 ? k & ~(1ull << 63) : ~k;
  double x;
  memcpy(&x, &b, sizeof x);
  return x;
}

#define INSERTION_MAX 48 /* arrays this short are sorted by insertion */

/* Sorts keys k[0..n) and, when idx is not NULL, their items along; tk and
 * ti are room for n more.  Returns 1 when the sorted keys (and items) are
 * in tk (and ti), 0 when in k (and idx). */
static int radix_sort(uint64_t *k, size_t *idx, size_t n, uint64_t *tk, size_t *ti) {
  int moved = 0;
  for (unsigned shift = 0; shift < 64; shift += 8) {
    size_t count[256] = {0};
    for (size_t i = 0; i < n; i++)
      count[(k[i] >> shift) & 0xFF]++;
    if (count[(k[0] >> shift) & 0xFF] == n)
      continue; /* every key has this byte */
    size_t at = 0;
    for (int b = 0; b < 256; b++) {
      size_t c = count[b];
      count[b] = at;
      at += c;
    }
    for (size_t i = 0; i < n; i++) {
      size_t to = count[(k[i] >> shift) & 0xFF]++;
      tk[to] = k[i];
      if (idx)
        ti[to] = idx[i];
    }
    uint64_t *sk = k;
    k = tk;
    tk = sk;
    size_t *si = idx;
    idx = ti;
    ti = si;
    moved = !moved;
  }
  return moved;
}

/* Sorts v[0..n) in increasing order. */
static void sort_values(double *v, size_t n) {
  if (n <= INSERTION_MAX) {
    for (size_t i = 1; i < n; i++) {
      double x = v[i];
      size_t j = i;
      for (; j > 0 && v[j - 1] > x; j--)
        v[j] = v[j - 1];
      v[j] = x;
    }
    return;
  }
  uint64_t *k = tenorp_xmalloc(2 * n * sizeof *k);
  for (size_t i = 0; i < n; i++)
    k[i] = key_of(v[i]);
  const uint64_t *sorted = radix_sort(k, NULL, n, k + n, NULL) ? k + n : k;
  for (size_t i = 0; i < n; i++)
    v[i] = value_of(sorted[i]);
  free(k);
}

void tenor_sort(double *v, size_t n) { sort_values(v, n); }

/* order[0..n): the indexes of v[0..n) in increasing order of their values. */
static void sort_index(size_t *order, const double *v, size_t n) {
  if (n <= INSERTION_MAX) {
    for (size_t i = 0; i < n; i++) {
      size_t j = i;
      for (; j > 0 && v[order[j - 1]] > v[i]; j--)
        order[j] = order[j - 1];
      order[j] = i;
    }
    return;
  }
  uint64_t *k = tenorp_xmalloc(2 * n * sizeof *k);
  size_t *idx = tenorp_xmalloc(n * sizeof *idx);
  for (size_t i = 0; i < n; i++) {
    k[i] = key_of(v[i]);
    idx[i] = i;
  }
  const size_t *sorted = radix_sort(k, idx, n, k + n, order) ? order : idx;
  if (sorted != order)
    memcpy(order, sorted, n * sizeof *order);
  free(k);
  free(idx);
}

static double *copy(const double *x, size_t n) {
  double *v = tenorp_xmalloc((n ? n : 1) * sizeof *v);
  if (n)
    memcpy(v, x, n * sizeof *v);
  return v;
}

void tenor_summarize(const double *x, size_t n, tenor_summary *s) {
  memset(s, 0, sizeof *s);
  s->n = n;
  if (!n) {
    s->na = TENOR_NA_EMPTY;
    return;
  }
  double *v = copy(x, n);
  sort_values(v, n);
  s->mean = gsl_stats_mean(v, 1, n);
  s->min = v[0];
  s->max = v[n - 1];
  s->median = gsl_stats_median_from_sorted_data(v, 1, n);
  s->q1 = gsl_stats_quantile_from_sorted_data(v, 1, n, 0.25);
  s->q3 = gsl_stats_quantile_from_sorted_data(v, 1, n, 0.75);
  if (n < 2) {
    s->na = TENOR_NA_TOO_FEW;
  } else {
    s->sd = gsl_stats_sd_m(v, 1, n, s->mean);
    s->se = s->sd / sqrt((double)n);
    double q = gsl_cdf_tdist_Pinv(0.975, (double)(n - 1));
    s->ci_low = s->mean - q * s->se;
    s->ci_high = s->mean + q * s->se;
  }
  free(v);
}

static void clear(tenor_test *t) { memset(t, 0, sizeof *t); }

void tenor_welch_t(const double *a, size_t na, const double *b, size_t nb, tenor_test *t) {
  clear(t);
  if (!na || !nb) {
    t->na = TENOR_NA_EMPTY;
    return;
  }
  double ma = gsl_stats_mean(a, 1, na), mb = gsl_stats_mean(b, 1, nb);
  t->diff = ma - mb;
  if (na < 2 || nb < 2) {
    t->na = TENOR_NA_TOO_FEW;
    return;
  }
  double va = gsl_stats_variance_m(a, 1, na, ma), vb = gsl_stats_variance_m(b, 1, nb, mb);
  double sa = va / (double)na, sb = vb / (double)nb, se2 = sa + sb;
  if (se2 <= 0) {
    t->na = TENOR_NA_NO_VARIANCE;
    return;
  }
  double se = sqrt(se2);
  t->statistic = t->diff / se;
  t->df = se2 * se2 / (sa * sa / (double)(na - 1) + sb * sb / (double)(nb - 1));
  t->p = 2 * gsl_cdf_tdist_Q(fabs(t->statistic), t->df);
  double q = gsl_cdf_tdist_Pinv(0.975, t->df);
  t->ci_low = t->diff - q * se;
  t->ci_high = t->diff + q * se;
  double n = (double)(na + nb);
  double sp2 = ((double)(na - 1) * va + (double)(nb - 1) * vb) / (n - 2);
  if (sp2 > 0)
    t->effect = (1 - 3 / (4 * n - 9)) * t->diff / sqrt(sp2);
}

/* Ranks (1-based, ties averaged) of the n values, and the tie term
 * sum(t^3 - t) over groups of t tied values. */
static double *rank(const double *v, size_t n, double *ties) {
  size_t *order = tenorp_xmalloc((n ? n : 1) * sizeof *order);
  double *r = tenorp_xmalloc((n ? n : 1) * sizeof *r);
  sort_index(order, v, n);
  *ties = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i + 1;
    while (j < n && v[order[j]] == v[order[i]])
      j++;
    double avg = (double)(i + j + 1) / 2; /* ranks i+1 .. j */
    for (size_t k = i; k < j; k++)
      r[order[k]] = avg;
    double tcount = (double)(j - i);
    *ties += tcount * tcount * tcount - tcount;
    i = j;
  }
  free(order);
  return r;
}

/* The k groups one after another, for ranking. */
static double *pool(const double *const *g, const size_t *n, size_t k, size_t *total) {
  size_t N = 0;
  for (size_t i = 0; i < k; i++)
    N += n[i];
  double *v = tenorp_xmalloc((N ? N : 1) * sizeof *v);
  size_t at = 0;
  for (size_t i = 0; i < k; i++) {
    if (n[i])
      memcpy(v + at, g[i], n[i] * sizeof *v);
    at += n[i];
  }
  *total = N;
  return v;
}

/* U, its p and Cliff's delta from the rank sum r1 of group a and the tie
 * term; t->diff is set by the caller. */
static void mw_finish(tenor_test *t, double r1, double ties, size_t na, size_t nb) {
  double fa = (double)na, fb = (double)nb, fN = (double)(na + nb);
  t->statistic = r1 - fa * (fa + 1) / 2;
  t->effect = 2 * t->statistic / (fa * fb) - 1;
  double var = fa * fb / 12 * ((fN + 1) - ties / (fN * (fN - 1)));
  if (na + nb < 2 || var <= 0) {
    t->na = TENOR_NA_ALL_TIED;
    return;
  }
  double d = t->statistic - fa * fb / 2;
  double corr = d > 0 ? 0.5 : d < 0 ? -0.5 : 0;
  t->p = 2 * gsl_cdf_ugaussian_Q(fabs((d - corr) / sqrt(var)));
  if (t->p > 1)
    t->p = 1;
}

void tenor_mann_whitney(const double *a, size_t na, const double *b, size_t nb, tenor_test *t) {
  clear(t);
  if (!na || !nb) {
    t->na = TENOR_NA_EMPTY;
    return;
  }
  const double *g[2] = {a, b};
  size_t n[2] = {na, nb}, N;
  double *v = pool(g, n, 2, &N), ties;
  double *r = rank(v, N, &ties);
  double r1 = 0;
  for (size_t i = 0; i < na; i++)
    r1 += r[i];
  free(v);
  free(r);
  t->diff = gsl_stats_mean(a, 1, na) - gsl_stats_mean(b, 1, nb);
  mw_finish(t, r1, ties, na, nb);
}

void tenor_mann_whitney_sorted(const double *a, size_t na, const double *b, size_t nb,
                               tenor_test *t) {
  clear(t);
  if (!na || !nb) {
    t->na = TENOR_NA_EMPTY;
    return;
  }
  /* The two sorted arrays merged, a run of equal values at a time: the
   * run takes ranks pos + 1 .. pos + ta + tb, each its mean.  Ranks are
   * halves of integers, so r1 is exact and the same as from the pooled
   * ranks; the tie term is summed in the same order of values. */
  double r1 = 0, ties = 0;
  size_t i = 0, j = 0, pos = 0;
  while (i < na || j < nb) {
    double x = j == nb || (i < na && a[i] <= b[j]) ? a[i] : b[j];
    size_t ta = 0, tb = 0;
    while (i < na && a[i] == x)
      i++, ta++;
    while (j < nb && b[j] == x)
      j++, tb++;
    double avg = (double)(2 * pos + ta + tb + 1) / 2, tc = (double)(ta + tb);
    r1 += (double)ta * avg;
    ties += tc * tc * tc - tc;
    pos += ta + tb;
  }
  t->diff = gsl_stats_mean(a, 1, na) - gsl_stats_mean(b, 1, nb);
  mw_finish(t, r1, ties, na, nb);
}

/* Checks k groups for the omnibus tests; returns a TENOR_NA_* reason. */
static int groups_ok(const size_t *n, size_t k, size_t min_each) {
  if (k < 2)
    return TENOR_NA_TOO_FEW;
  for (size_t i = 0; i < k; i++) {
    if (!n[i])
      return TENOR_NA_EMPTY;
    if (n[i] < min_each)
      return TENOR_NA_TOO_FEW;
  }
  return TENOR_NA_NONE;
}

void tenor_anova(const double *const *g, const size_t *n, size_t k, tenor_test *t) {
  clear(t);
  if ((t->na = groups_ok(n, k, 1)))
    return;
  size_t N = 0;
  double grand = 0;
  for (size_t i = 0; i < k; i++) {
    N += n[i];
    grand += gsl_stats_mean(g[i], 1, n[i]) * (double)n[i];
  }
  if (N <= k) {
    t->na = TENOR_NA_TOO_FEW;
    return;
  }
  grand /= (double)N;
  double ssb = 0, ssw = 0;
  for (size_t i = 0; i < k; i++) {
    double m = gsl_stats_mean(g[i], 1, n[i]);
    ssb += (double)n[i] * (m - grand) * (m - grand);
    ssw += gsl_stats_tss_m(g[i], 1, n[i], m);
  }
  t->df = (double)(k - 1);
  t->df2 = (double)(N - k);
  if (ssw <= 0) {
    t->na = TENOR_NA_NO_VARIANCE;
    return;
  }
  t->statistic = (ssb / t->df) / (ssw / t->df2);
  t->p = gsl_cdf_fdist_Q(t->statistic, t->df, t->df2);
  t->effect = ssb / (ssb + ssw);
}

void tenor_welch_anova(const double *const *g, const size_t *n, size_t k, tenor_test *t) {
  clear(t);
  if ((t->na = groups_ok(n, k, 2)))
    return;
  double *w = tenorp_xmalloc(k * sizeof *w), *m = tenorp_xmalloc(k * sizeof *m), sw = 0, mw = 0;
  for (size_t i = 0; i < k; i++) {
    m[i] = gsl_stats_mean(g[i], 1, n[i]);
    double v = gsl_stats_variance_m(g[i], 1, n[i], m[i]);
    if (v <= 0) {
      t->na = TENOR_NA_NO_VARIANCE;
      free(w);
      free(m);
      return;
    }
    w[i] = (double)n[i] / v;
    sw += w[i];
    mw += w[i] * m[i];
  }
  mw /= sw;
  double a = 0, tmp = 0, fk = (double)k;
  for (size_t i = 0; i < k; i++) {
    a += w[i] * (m[i] - mw) * (m[i] - mw);
    tmp += (1 - w[i] / sw) * (1 - w[i] / sw) / (double)(n[i] - 1);
  }
  free(w);
  free(m);
  t->df = fk - 1;
  if (tmp <= 0) {
    t->na = TENOR_NA_NO_VARIANCE;
    return;
  }
  t->df2 = (fk * fk - 1) / (3 * tmp);
  t->statistic = a / ((fk - 1) * (1 + 2 * (fk - 2) * tmp / (fk * fk - 1)));
  t->p = gsl_cdf_fdist_Q(t->statistic, t->df, t->df2);
}

void tenor_kruskal_wallis(const double *const *g, const size_t *n, size_t k, tenor_test *t) {
  clear(t);
  if ((t->na = groups_ok(n, k, 1)))
    return;
  size_t N;
  double *v = pool(g, n, k, &N), ties;
  double *r = rank(v, N, &ties);
  double fN = (double)N, h = 0;
  size_t at = 0;
  for (size_t i = 0; i < k; i++) {
    double sum = 0;
    for (size_t j = 0; j < n[i]; j++)
      sum += r[at + j];
    at += n[i];
    h += sum * sum / (double)n[i];
  }
  free(v);
  free(r);
  double c = 1 - ties / (fN * fN * fN - fN);
  t->df = (double)(k - 1);
  if (c <= 0) {
    t->na = TENOR_NA_ALL_TIED;
    return;
  }
  t->statistic = (12 / (fN * (fN + 1)) * h - 3 * (fN + 1)) / c;
  t->p = gsl_cdf_chisq_Q(t->statistic, t->df);
  t->effect = t->statistic / (fN - 1);
}

void tenor_p_holm(const double *p, size_t m, double *out) {
  if (!m)
    return;
  size_t *order = tenorp_xmalloc(m * sizeof *order);
  double *adj = tenorp_xmalloc(m * sizeof *adj), run = 0;
  sort_index(order, p, m);
  for (size_t j = 0; j < m; j++) {
    double v = (double)(m - j) * p[order[j]];
    if (v > 1)
      v = 1;
    if (v > run)
      run = v;
    adj[order[j]] = run;
  }
  memcpy(out, adj, m * sizeof *out);
  free(order);
  free(adj);
}

void tenor_p_bh(const double *p, size_t m, double *out) {
  if (!m)
    return;
  size_t *order = tenorp_xmalloc(m * sizeof *order);
  double *adj = tenorp_xmalloc(m * sizeof *adj), run = 1;
  sort_index(order, p, m);
  for (size_t j = m; j-- > 0;) {
    double v = (double)m / (double)(j + 1) * p[order[j]];
    if (v < run)
      run = v;
    adj[order[j]] = run;
  }
  memcpy(out, adj, m * sizeof *out);
  free(order);
  free(adj);
}

static gsl_rng *rng(unsigned long seed) {
  gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
  if (!r)
    tenorp_out_of_memory();
  gsl_rng_set(r, seed);
  return r;
}

void tenor_bootstrap_diff(const double *a, size_t na, const double *b, size_t nb, size_t reps,
                          unsigned long seed, tenor_test *t) {
  clear(t);
  if (!na || !nb) {
    t->na = TENOR_NA_EMPTY;
    return;
  }
  t->diff = gsl_stats_mean(a, 1, na) - gsl_stats_mean(b, 1, nb);
  if (!reps) {
    t->na = TENOR_NA_TOO_FEW;
    return;
  }
  gsl_rng *r = rng(seed);
  double *d = tenorp_xmalloc(reps * sizeof *d);
  for (size_t i = 0; i < reps; i++) {
    double sa = 0, sb = 0;
    for (size_t j = 0; j < na; j++)
      sa += a[gsl_rng_uniform_int(r, na)];
    for (size_t j = 0; j < nb; j++)
      sb += b[gsl_rng_uniform_int(r, nb)];
    d[i] = sa / (double)na - sb / (double)nb;
  }
  sort_values(d, reps);
  t->ci_low = gsl_stats_quantile_from_sorted_data(d, 1, reps, 0.025);
  t->ci_high = gsl_stats_quantile_from_sorted_data(d, 1, reps, 0.975);
  free(d);
  gsl_rng_free(r);
}

void tenor_permutation(const double *a, size_t na, const double *b, size_t nb, size_t reps,
                       unsigned long seed, tenor_test *t) {
  clear(t);
  if (!na || !nb) {
    t->na = TENOR_NA_EMPTY;
    return;
  }
  const double *g[2] = {a, b};
  size_t n[2] = {na, nb}, N;
  double *v = pool(g, n, 2, &N);
  t->diff = gsl_stats_mean(a, 1, na) - gsl_stats_mean(b, 1, nb);
  double observed = fabs(t->diff), eps = 1e-12 * (observed > 1 ? observed : 1);
  gsl_rng *r = rng(seed);
  size_t extreme = 0;
  for (size_t i = 0; i < reps; i++) {
    gsl_ran_shuffle(r, v, N, sizeof *v);
    double d = gsl_stats_mean(v, 1, na) - gsl_stats_mean(v + na, 1, nb);
    extreme += fabs(d) >= observed - eps;
  }
  t->statistic = t->diff;
  t->p = (double)(extreme + 1) / (double)(reps + 1);
  free(v);
  gsl_rng_free(r);
}

void tenor_correlation(const double *x, const double *y, size_t n, int spearman, tenor_test *t) {
  clear(t);
  if (n < 4) {
    t->na = n ? TENOR_NA_TOO_FEW : TENOR_NA_EMPTY;
    return;
  }
  if (gsl_stats_variance(x, 1, n) <= 0 || gsl_stats_variance(y, 1, n) <= 0) {
    t->na = TENOR_NA_NO_VARIANCE;
    return;
  }
  double r;
  if (spearman) {
    double *work = tenorp_xmalloc(2 * n * sizeof *work);
    r = gsl_stats_spearman(x, 1, y, 1, n, work);
    free(work);
  } else {
    r = gsl_stats_correlation(x, 1, y, 1, n);
  }
  if (r > 1)
    r = 1;
  if (r < -1)
    r = -1;
  t->statistic = r;
  t->df = (double)(n - 2);
  if (fabs(r) >= 1) {
    t->p = 0;
    t->ci_low = t->ci_high = r;
    return;
  }
  double tt = r * sqrt(t->df / (1 - r * r));
  t->p = 2 * gsl_cdf_tdist_Q(fabs(tt), t->df);
  double z = atanh(r), half = gsl_cdf_ugaussian_Pinv(0.975) / sqrt((double)(n - 3));
  t->ci_low = tanh(z - half);
  t->ci_high = tanh(z + half);
}
