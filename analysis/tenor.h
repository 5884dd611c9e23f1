/*
 * tenor.h - the public interface of libtenor, the engine of tenor.
 *
 * libtenor turns UTF-8 news text into scored sentences: it repairs the
 * text's encoding, splits it into tokens and sentences, matches lexicon
 * entries, applies shifters (negation, boosters, dampeners, contrast,
 * emphasis) and sums tone, hostility and cooperation per sentence.
 *
 * The library never reads files, never prints and never exits: the caller
 * hands it bytes and gets numbers back.  Text always crosses this interface
 * as (pointer, length) and is never assumed to be NUL-terminated.
 *
 * Ownership, stated once: an object made by tenor_X_new() is freed with
 * tenor_X_free(), and every free function accepts NULL.  A pointer returned
 * by a getter borrows from the object it came from and stays valid until
 * that object is changed or freed.  Memory the caller must free is said so
 * in the function's comment.
 *
 * Errors: functions returning int give 0 on success or a positive
 * TENOR_E* code; tenor_strerror() names the code.  Functions that read
 * user data (lexicons) also fill a caller-supplied tenor_diag with the
 * file name, line and column of the problem.  Running out of memory is
 * not an error code: it aborts the process after one line on stderr.
 */
#ifndef TENOR_H
#define TENOR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define TENOR_EXPORT __attribute__((visibility("default")))
#else
#define TENOR_EXPORT
#endif

#define TENOR_VERSION_MAJOR 0 /* incompatible interface changes */
#define TENOR_VERSION_MINOR 1 /* added features */
#define TENOR_VERSION_PATCH 0 /* fixes */
#define TENOR_VERSION_STRING "0.1.0"

/** The library's version as "MAJOR.MINOR.PATCH"; a static string. */
TENOR_EXPORT const char *tenor_version_string(void);

/* Error codes. */
enum {
  TENOR_OK = 0,       /* success */
  TENOR_EPARSE,       /* malformed CSV (an unterminated quote, say) */
  TENOR_EHEADER,      /* missing or wrong header row */
  TENOR_EFIELD,       /* a row with a missing or empty column */
  TENOR_EWEIGHT,      /* a weight that is not a number or out of range */
  TENOR_ECATEGORY,    /* an unknown category */
  TENOR_EUTF8,        /* invalid UTF-8 or a NUL byte where none may be */
  TENOR_ETERM,        /* a term with no word in it */
  TENOR_EEMPTY,       /* a lexicon with no entries */
  TENOR_EUTF16,       /* text that is UTF-16, not UTF-8 */
  TENOR_EACTOR,       /* a bad row in an actor list: id, type, affiliation or alias */
  TENOR_EPATTERN,     /* a regular expression that does not compile */
  TENOR_EDATE         /* a date that is not ISO 8601 */
};

/** A short lower-case phrase for a TENOR_E* code; a static string. */
TENOR_EXPORT const char *tenor_strerror(int code);

/**
 * Where and why user data was rejected.  The caller owns the struct; the
 * library fills it when a function returns an error.  `path` borrows the
 * name the caller passed in.
 */
typedef struct tenor_diag {
  int code;           /* a TENOR_E* code */
  const char *path;   /* the name of the input, as the caller gave it */
  size_t line;        /* 1-based line, 0 when not known */
  size_t column;      /* 1-based byte column, 0 when not known */
  char message[240];  /* what is wrong, in words, without the location */
} tenor_diag;

/* ---------------------------------------------------------------- text */

/** What tenor_text_repair found in a buffer. */
typedef struct tenor_text_info {
  size_t skip;             /* bytes of UTF-8 byte-order mark skipped (0 or 3) */
  size_t invalid;          /* invalid UTF-8 sequences replaced by U+FFFD */
  size_t invalid_line;     /* 1-based line of the first one, 0 if none */
  size_t nul;              /* NUL bytes replaced by U+FFFD */
  size_t nul_line;         /* 1-based line of the first one, 0 if none */
  size_t lines;            /* lines in the text (LF, CRLF and CR all count) */
} tenor_text_info;

/**
 * Checks that `buf` is clean UTF-8 and repairs it if not.  A leading UTF-8
 * byte-order mark is skipped; each invalid byte sequence (overlong forms,
 * surrogates, code points above U+10FFFF, stray or truncated sequences) and
 * each NUL byte is replaced by U+FFFD and counted in `info`.
 *
 * Returns NULL when the text needs no repair: the clean text is then
 * `buf + info->skip`, `len - info->skip` bytes.  Otherwise returns a new
 * buffer of `*out_len` bytes that the caller frees with tenor_free().
 * Returns NULL with `*err` = TENOR_EUTF16 for text in UTF-16 or UTF-32,
 * which is not repaired but refused: text that starts with a byte-order
 * mark of either, or, without one, has the NUL bytes that their ASCII
 * and Latin-1 characters bring (in its first 256 bytes, the pattern of
 * UTF-16, at least one character in two, or of UTF-32).
 */
TENOR_EXPORT char *tenor_text_repair(const char *buf, size_t len,
                                     size_t *out_len, tenor_text_info *info,
                                     int *err);

/** Frees memory that the library handed to the caller. */
TENOR_EXPORT void tenor_free(void *p);

/* ------------------------------------------------------------- lexicon */

/** A set of lexicon entries and shifters, built from CSV text. */
typedef struct tenor_lexicon tenor_lexicon;

/** A new, empty lexicon; free it with tenor_lexicon_free(). */
TENOR_EXPORT tenor_lexicon *tenor_lexicon_new(void);

/**
 * Adds the entries of one lexicon file in tenor's native CSV format (see
 * lexicons/README.md): a header row `term,category,weight` (extra columns
 * allowed and ignored), `#` comment lines, one entry per row.  An entry
 * for a (term, category) already present replaces the old weight, so a
 * later file overrides an earlier one.  `name` is used in diagnostics only.
 *
 * Returns 0, or a TENOR_E* code with `diag` filled; on error the lexicon is
 * left as it was before the call.
 */
TENOR_EXPORT int tenor_lexicon_add_csv(tenor_lexicon *lex, const char *name,
                                       const char *data, size_t len,
                                       tenor_diag *diag);

/* Lexicon file formats. */
enum {
  TENOR_FORMAT_NATIVE, /* tenor's CSV: term,category,weight */
  TENOR_FORMAT_VADER,  /* token TAB mean TAB sd TAB [ratings]: tone */
  TENOR_FORMAT_AFINN,  /* word TAB integer -5..5: tone, times 0.8 */
  TENOR_FORMAT_LIWC,   /* .dic: % category header %, word TAB ids; prefix* wildcards */
  TENOR_FORMAT_LSD,    /* Lexicoder YAML: positive, negative, neg_positive, neg_negative */
  TENOR_FORMAT_NRC,    /* EmoLex: word TAB category TAB 0|1 */
  TENOR_FORMAT_MPQA,   /* .tff: type=... word1=... priorpolarity=... */
  TENOR_FORMAT_AUTO = -1 /* detect from the name and the content */
};

/** The name of a format ("vader", ...), or NULL; and the format of a name, or -2. */
TENOR_EXPORT const char *tenor_format_name(int format);
TENOR_EXPORT int tenor_format_parse(const char *name);
/** The format of a file, from its name and its first bytes (TENOR_FORMAT_NATIVE when unsure). */
TENOR_EXPORT int tenor_format_detect(const char *name, const char *data, size_t len);

/* Flags of tenor_lexicon_add. */
#define TENOR_LEX_STEM (1u << 0) /* plain one-word entries also match their inflections, by the
                                    Snowball English stemmer (attack: attacks, attacked) */

/**
 * Adds the entries of one lexicon file in `format` (TENOR_FORMAT_*, or
 * TENOR_FORMAT_AUTO to detect it), as tenor_lexicon_add_csv does for the
 * native format.  Categories other than tenor's own (tone, hostility,
 * cooperation, negator, booster, dampener, contrast, speech) become
 * categories of the lexicon, summed per sentence.  Returns 0, or a
 * TENOR_E* code with `diag` filled; on error the lexicon is unchanged.
 */
TENOR_EXPORT int tenor_lexicon_add(tenor_lexicon *lex, const char *name, const char *data,
                                   size_t len, int format, unsigned flags, tenor_diag *diag);

/** How many categories of the user's own the lexicon has, and their names (in load order). */
TENOR_EXPORT size_t tenor_lexicon_extra_count(const tenor_lexicon *lex);
TENOR_EXPORT const char *tenor_lexicon_extra_name(const tenor_lexicon *lex, size_t k);

/** One (term, category) entry of a lexicon. */
typedef struct tenor_lexicon_item {
  const char *term;     /* as it matches: words joined by spaces, a trailing * for a wildcard */
  const char *category; /* its category */
  double weight;        /* its weight (a booster's or dampener's increment) */
  const char *source;   /* the name of the file that defined it last */
  size_t line;          /* and the line there */
  unsigned flags;       /* TENOR_ITEM_* */
} tenor_lexicon_item;

#define TENOR_ITEM_WILDCARD (1u << 0) /* matches every word that starts with the term */
#define TENOR_ITEM_STEM (1u << 1)     /* also matches the inflections of the term */

/**
 * Every entry, entry by entry and category by category; the strings
 * borrow from the lexicon.  Free the array with tenor_free().
 */
TENOR_EXPORT tenor_lexicon_item *tenor_lexicon_items(const tenor_lexicon *lex, size_t *n);

/** Called with a problem that is not an error; the diag lives for the call. */
typedef void (*tenor_warn_fn)(void *ctx, const tenor_diag *d);

/**
 * Checks a lexicon file without loading it.  Returns 0 or the first error
 * (as tenor_lexicon_add would), with `diag` filled; calls `warn` for each
 * entry defined twice in the file (the same weight: "duplicate"; another:
 * "conflicting weights"), with the line of the second.
 */
TENOR_EXPORT int tenor_lexicon_check(const char *name, const char *data, size_t len, int format,
                                     tenor_warn_fn warn, void *ctx, tenor_diag *diag);

/** The number of distinct (term, category) entries in the lexicon. */
TENOR_EXPORT size_t tenor_lexicon_size(const tenor_lexicon *lex);

/** Frees the lexicon; NULL is allowed. */
TENOR_EXPORT void tenor_lexicon_free(tenor_lexicon *lex);

/* -------------------------------------------------------------- actors */

/** A list of actors (states, people, organisations, groups) and their aliases. */
typedef struct tenor_actors tenor_actors;

/* Actor types. */
enum {
  TENOR_ACTOR_STATE = 1,    /* a state: ISO 3166-1 alpha-3 id */
  TENOR_ACTOR_PERSON,       /* a person: lower-case slug id */
  TENOR_ACTOR_ORGANISATION, /* an organisation: upper-case id */
  TENOR_ACTOR_GROUP         /* an armed group, movement or informal group: upper-case id */
};

/** The name of an actor type ("state", "person", ...); a static string. */
TENOR_EXPORT const char *tenor_actor_type_name(int type);

/** A new, empty actor list; free it with tenor_actors_free(). */
TENOR_EXPORT tenor_actors *tenor_actors_new(void);

/**
 * Adds the actors of one file in the format of lexicons/actors.csv: a
 * header naming the columns actor, name, type, affiliation and aliases,
 * then one actor per row.  A row whose id is already present replaces
 * that actor's name, type and affiliation and adds its aliases, so a later
 * file overrides an earlier one.  Returns 0, or a TENOR_E* code with
 * `diag` filled; on error the list is left as it was.
 */
TENOR_EXPORT int tenor_actors_add_csv(tenor_actors *actors, const char *name, const char *data,
                                      size_t len, tenor_diag *diag);

/** The number of actors in the list. */
TENOR_EXPORT size_t tenor_actors_size(const tenor_actors *actors);

/** Frees the list; NULL is allowed. */
TENOR_EXPORT void tenor_actors_free(tenor_actors *actors);

/* ------------------------------------------------------------ corpora */

/** A calendar date, with a time of day where one was given. */
typedef struct tenor_date {
  int year, month, day;     /* the date as written */
  int has_time;             /* 1 if a time was given */
  int hour, minute, second; /* the time as written, 0 if none */
} tenor_date;

/**
 * Parses an ISO 8601 date: `2015-10-08`, or a date and time,
 * `2015-10-08T14:03`, `2015-10-08T14:03:00`, with an optional fraction of
 * a second and zone (`Z`, `+02:00`); a space may stand for the `T`.  The
 * date is kept as written, not converted between zones.  Returns 0, or
 * TENOR_EDATE for anything else, an impossible date (2015-02-30) included.
 */
TENOR_EXPORT int tenor_date_parse(const char *s, size_t n, tenor_date *d);

/* Periods for timelines. */
enum {
  TENOR_PERIOD_DAY,   /* 2015-10-08 */
  TENOR_PERIOD_WEEK,  /* 2015-W41, the ISO 8601 week */
  TENOR_PERIOD_MONTH  /* 2015-10 */
};

/** Writes the period of d (a TENOR_PERIOD_*) into buf, 16 bytes at least. */
TENOR_EXPORT void tenor_date_period(const tenor_date *d, int period, char *buf);

/** Header names of the columns of a CSV corpus; NULL for the defaults. */
typedef struct tenor_corpus_columns {
  const char *text;  /* default "text"; the column must exist */
  const char *id;    /* default "id"; optional unless named */
  const char *group; /* default "group"; optional unless named */
  const char *date;  /* default "date"; optional unless named */
  const char *title; /* default "title"; optional unless named */
} tenor_corpus_columns;

/** One document of a CSV corpus; the strings borrow from the reader. */
typedef struct tenor_corpus_row {
  const char *id, *group, *date, *title; /* NUL-terminated; "" where absent */
  const char *text;   /* the text as stored: not checked for UTF-8 */
  size_t text_len;    /* its length */
  size_t line;        /* the line the row starts on */
  size_t row;         /* the data row's number, from 1 */
} tenor_corpus_row;

/**
 * Called for each row: with `row` set for a usable one, or with `row`
 * NULL and `skipped` describing a row that cannot be used (more or fewer
 * fields than the header, no text, an empty id, a bad date, invalid UTF-8
 * outside the text).  Both are valid
 * only during the call.  A non-zero return stops the reading.
 */
typedef int (*tenor_corpus_fn)(void *ctx, const tenor_corpus_row *row,
                               const tenor_diag *skipped);

/**
 * Reads a CSV corpus (RFC 4180, a header row naming the columns, any
 * order, extra columns ignored, a byte-order mark and CRLF allowed) and
 * calls `fn` for every row.  Returns 0; the callback's non-zero value; or
 * a TENOR_E* code with `diag` filled when the file itself is unusable
 * (malformed CSV, a missing column, no rows).
 */
TENOR_EXPORT int tenor_corpus_read_csv(const char *name, const char *data, size_t len,
                                       const tenor_corpus_columns *cols, tenor_corpus_fn fn,
                                       void *ctx, tenor_diag *diag);

/** One data row of tenor_csv_read; the strings borrow from the reader. */
typedef struct tenor_csv_row {
  const char *const *field; /* field[k]: the field of column k as written (not trimmed),
                               NUL-terminated; "" when empty or absent from the header */
  const size_t *len;        /* len[k]: its length in bytes */
  unsigned present;         /* bit k: the header names column k */
  size_t line;              /* the line the row starts on */
  size_t row;               /* the data row's number, from 1 */
} tenor_csv_row;

/**
 * Called for each data row of tenor_csv_read: with `row` set, or with
 * `row` NULL and `skipped` describing a row that cannot be read (more or
 * fewer fields than the header, invalid UTF-8 or a NUL byte in a field
 * asked for).  Both are valid only during the call.  A non-zero return
 * stops the reading.
 */
typedef int (*tenor_csv_fn)(void *ctx, const tenor_csv_row *row, const tenor_diag *skipped);

/**
 * Reads a CSV table (RFC 4180; a header row naming the columns, in any
 * order, extra columns ignored; a UTF-8 byte-order mark, CRLF and blank
 * lines between rows allowed; `#` is data) and calls `fn` for every data
 * row with the fields of `columns` (NULL-terminated, at most 8).  Columns
 * whose bit is set in `optional` may be missing from the header.  `what`
 * says what the file is in messages ("gold standard").  Returns 0; the
 * callback's non-zero value; or a TENOR_E* code with `diag` filled when
 * the file itself is unusable (malformed CSV, a required column missing,
 * no data rows).
 */
TENOR_EXPORT int tenor_csv_read(const char *name, const char *what, const char *data, size_t len,
                                const char *const *columns, unsigned optional, tenor_csv_fn fn,
                                void *ctx, tenor_diag *diag);

/* --------------------------------------------------------- statistics */

/*
 * Statistics for comparing groups of values (documents or sentences).
 * Every distribution, quantile, moment and random number comes from GSL.
 * Nothing here returns NaN: where a statistic is undefined, its `na`
 * field says why (TENOR_NA_*) and the numbers are 0.
 */

/* Why a statistic is missing. */
enum {
  TENOR_NA_NONE = 0,     /* it is there */
  TENOR_NA_EMPTY,        /* a group has no values */
  TENOR_NA_TOO_FEW,      /* too few values: fewer than 2 in a group, or no degrees of freedom */
  TENOR_NA_NO_VARIANCE,  /* every value within the groups is the same */
  TENOR_NA_ALL_TIED      /* every value is the same, so ranks say nothing */
};

/** A short phrase for a TENOR_NA_* reason ("" for none); a static string. */
TENOR_EXPORT const char *tenor_na_reason(int na);

/** Descriptive statistics of one group. */
typedef struct tenor_summary {
  size_t n;            /* values */
  double mean;         /* arithmetic mean */
  double sd;           /* sample standard deviation (n - 1) */
  double se;           /* standard error of the mean, sd / sqrt(n) */
  double ci_low;       /* 95% confidence interval of the mean (t, n - 1 df) */
  double ci_high;
  double median;       /* quantiles by linear interpolation (R's type 7) */
  double q1, q3;       /* first and third quartiles; IQR = q3 - q1 */
  double min, max;
  int na;              /* TENOR_NA_EMPTY (n = 0: all missing) or TENOR_NA_TOO_FEW (n = 1:
                          sd, se and the interval missing) */
} tenor_summary;

/** Summarises x[0..n); x is not changed. */
TENOR_EXPORT void tenor_summarize(const double *x, size_t n, tenor_summary *s);

/** The result of a test. */
typedef struct tenor_test {
  double statistic;  /* t, U, F, H, r or rho */
  double df, df2;    /* degrees of freedom (df2 for the denominator of F), 0 if none */
  double p;          /* two-sided p value */
  double diff;       /* two groups: mean of a minus mean of b */
  double ci_low;     /* 95% interval: of diff (t test, bootstrap) or of r (correlation) */
  double ci_high;
  double effect;     /* effect size: Hedges' g, Cliff's delta, eta squared, epsilon squared */
  int na;            /* TENOR_NA_* when the test cannot be computed */
} tenor_test;

/**
 * Welch's t test of a against b: t, Welch-Satterthwaite df, two-sided p,
 * the mean difference with its 95% interval, and Hedges' g (pooled sd,
 * small-sample factor 1 - 3 / (4 (na + nb) - 9)).
 */
TENOR_EXPORT void tenor_welch_t(const double *a, size_t na, const double *b, size_t nb,
                                tenor_test *t);

/**
 * The Mann-Whitney U test: U of group a (ties counted half), p from the
 * normal approximation with tie and continuity corrections (as R's
 * wilcox.test(exact = FALSE, correct = TRUE)), and Cliff's delta.
 */
TENOR_EXPORT void tenor_mann_whitney(const double *a, size_t na, const double *b, size_t nb,
                                     tenor_test *t);

/** Sorts v[0..n) in increasing order (no NaN), as stats.c sorts. */
TENOR_EXPORT void tenor_sort(double *v, size_t n);

/**
 * The same for a and b each sorted in increasing order, in time linear in
 * na + nb rather than a sort of both: for one group compared with many.
 * U, p and the effect are those of tenor_mann_whitney(); diff is the
 * difference of the means of the arrays as given (in the last digits it
 * may differ from the means of the same values in another order).
 */
TENOR_EXPORT void tenor_mann_whitney_sorted(const double *a, size_t na, const double *b,
                                            size_t nb, tenor_test *t);

/** One-way ANOVA of k groups: F, df, df2, p and eta squared. */
TENOR_EXPORT void tenor_anova(const double *const *g, const size_t *n, size_t k, tenor_test *t);

/** Welch's ANOVA of k groups (R's oneway.test, var.equal = FALSE): F, df, df2, p. */
TENOR_EXPORT void tenor_welch_anova(const double *const *g, const size_t *n, size_t k,
                                    tenor_test *t);

/**
 * The Kruskal-Wallis test of k groups, with the tie correction: H, df, p
 * (chi-square) and epsilon squared, H (N + 1) / (N^2 - 1).
 */
TENOR_EXPORT void tenor_kruskal_wallis(const double *const *g, const size_t *n, size_t k,
                                       tenor_test *t);

/** Holm's step-down adjustment of m p values into out (may be p). */
TENOR_EXPORT void tenor_p_holm(const double *p, size_t m, double *out);

/** The Benjamini-Hochberg adjustment of m p values into out (may be p). */
TENOR_EXPORT void tenor_p_bh(const double *p, size_t m, double *out);

/**
 * A percentile bootstrap of the difference of means, `reps` resamples of
 * each group with replacement, from GSL's Mersenne Twister seeded with
 * `seed`: diff, ci_low and ci_high (2.5% and 97.5%).
 */
TENOR_EXPORT void tenor_bootstrap_diff(const double *a, size_t na, const double *b, size_t nb,
                                       size_t reps, unsigned long seed, tenor_test *t);

/**
 * A permutation test of the difference of means: `reps` random relabelings
 * (GSL's Mersenne Twister, `seed`); p = (1 + relabelings at least as far
 * from zero as the observed difference) / (1 + reps).
 */
TENOR_EXPORT void tenor_permutation(const double *a, size_t na, const double *b, size_t nb,
                                    size_t reps, unsigned long seed, tenor_test *t);

/**
 * Pearson's r (spearman = 0) or Spearman's rho (spearman = 1, ties
 * averaged) of x and y: the coefficient as statistic, df = n - 2, p from
 * t = r sqrt(df / (1 - r^2)), and a 95% interval by Fisher's z.
 */
TENOR_EXPORT void tenor_correlation(const double *x, const double *y, size_t n, int spearman,
                                    tenor_test *t);

/* --------------------------------------------- agreement with human coding */

/*
 * How well tenor's scores agree with a gold standard coded by people
 * (tenor validate; docs/validate.md gives every formula).  As above, an
 * undefined result sets `na` and leaves zeros, never NaN.
 */

/* Classes of polarity. */
enum {
  TENOR_NEGATIVE = 0, /* below the neutral band */
  TENOR_NEUTRAL,      /* within it */
  TENOR_POSITIVE      /* above it */
};

/** The class of x with the neutral band [-t, t]: TENOR_POSITIVE above t,
 *  TENOR_NEGATIVE below -t, TENOR_NEUTRAL otherwise (t >= 0). */
TENOR_EXPORT int tenor_polarity(double x, double t);

/** "negative", "neutral" or "positive" (TENOR_NEGATIVE...), "" for
 *  anything else; a static string. */
TENOR_EXPORT const char *tenor_polarity_name(int c);

/** A confusion matrix of three classes and the measures it gives. */
typedef struct tenor_confusion {
  size_t n;             /* items */
  size_t count[3][3];   /* count[gold][predicted], indexed by TENOR_NEGATIVE... */
  double accuracy;      /* items on the diagonal / n */
  double precision[3];  /* per class: TP / (TP + FP); 0 where no item was predicted in it */
  double recall[3];     /* TP / (TP + FN); 0 where no gold item is in it */
  double f1[3];         /* 2 TP / (2 TP + FP + FN); 0 where the class is absent */
  int present[3];       /* the class occurs in the gold or in the predictions */
  double macro_f1;      /* the mean of f1 over the classes present */
  int na;               /* TENOR_NA_EMPTY when n is 0 */
} tenor_confusion;

/** Counts n pairs of classes (TENOR_NEGATIVE...; any other value counts
 *  in n but in no cell) and fills c. */
TENOR_EXPORT void tenor_confusion_count(const int *gold, const int *pred, size_t n,
                                        tenor_confusion *c);

/** Scores put on the gold's scale by a least-squares line. */
typedef struct tenor_rescaled {
  size_t n;          /* pairs */
  double intercept;  /* a of gold = a + b score (gsl_fit_linear) */
  double slope;      /* b */
  double mae;        /* mean |gold - (a + b score)| */
  int na;            /* TENOR_NA_EMPTY; TENOR_NA_TOO_FEW (n = 1) or TENOR_NA_NO_VARIANCE
                        (the scores do not vary): then b = 0 and a is the gold's mean,
                        and mae is still given */
} tenor_rescaled;

/** Fits gold = a + b score by least squares over n pairs; see tenor_rescaled. */
TENOR_EXPORT void tenor_rescale(const double *score, const double *gold, size_t n,
                                tenor_rescaled *r);

/**
 * Krippendorff's alpha with the interval metric between two coders who
 * both coded every one of n units (a[i] and b[i]): 1 - D_o / D_e.
 * Returns TENOR_NA_NONE with *alpha set, or TENOR_NA_EMPTY, TENOR_NA_TOO_FEW
 * (n = 1) or TENOR_NA_NO_VARIANCE (all 2n values equal) with *alpha 0.
 */
TENOR_EXPORT int tenor_krippendorff_interval(const double *a, const double *b, size_t n,
                                             double *alpha);

/* The statistics of tenor_agreement_bootstrap, in this order. */
enum {
  TENOR_AGREE_PEARSON,  /* Pearson's r of score and gold */
  TENOR_AGREE_SPEARMAN, /* Spearman's rho */
  TENOR_AGREE_MAE,      /* the mean absolute error after rescaling (tenor_rescale) */
  TENOR_AGREE_ALPHA,    /* Krippendorff's alpha of the rescaled scores and the gold */
  TENOR_AGREE_ACCURACY, /* accuracy of the classes (tenor_confusion_count) */
  TENOR_AGREE_MACRO_F1, /* macro-F1 of the classes */
  TENOR_AGREE_NSTATS
};

/** A percentile interval. */
typedef struct tenor_interval {
  double low, high; /* the 2.5% and 97.5% quantiles of the resampled statistic */
  size_t reps;      /* resamples in which the statistic was defined */
  int na;           /* TENOR_NA_* when there is no interval */
} tenor_interval;

/**
 * Percentile bootstrap intervals of every TENOR_AGREE_* statistic: `reps`
 * resamples of the n items with replacement, from GSL's Mersenne Twister
 * seeded with `seed` (the same resamples for every statistic).  An item
 * is its score, its gold value and its gold class (TENOR_NEGATIVE...);
 * the predicted class is tenor_polarity(score, neutral).  Resamples in
 * which a statistic is undefined (r when the scores do not vary) are left
 * out of its interval, and `reps` says how many counted.
 */
TENOR_EXPORT void tenor_agreement_bootstrap(const double *score, const double *gold,
                                            const int *gold_class, size_t n, double neutral,
                                            size_t reps, unsigned long seed,
                                            tenor_interval out[TENOR_AGREE_NSTATS]);

/* ------------------------------------------------------------ analysis */

/* Levels at which actors are reported. */
enum {
  TENOR_LEVEL_PERSON,     /* people as themselves */
  TENOR_LEVEL_AFFILIATION /* people rolled up into their affiliation: ash_carter as USA */
};

/** Options for an analyzer.  Fill with tenor_options_init() first. */
typedef struct tenor_options {
  size_t max_sentence_bytes; /* a longer sentence is cut at a token boundary; 0 = no limit */
  int level;                 /* TENOR_LEVEL_*: how people are reported */
  int explain;               /* keep the tokens and hits of every sentence (tenor explain) */
} tenor_options;

#define TENOR_DEFAULT_MAX_SENTENCE_BYTES 65536 /* the default for max_sentence_bytes */

/** Sets every option to its default. */
TENOR_EXPORT void tenor_options_init(tenor_options *opt);

/* Sentence flags. */
#define TENOR_SENT_CUT (1u << 0) /* cut at max_sentence_bytes, not at a sentence end */

/**
 * The scores of one sentence.  Callers read it in place; the layout is
 * part of the interface and changes only with a new major version.
 */
#define TENOR_NO_ACTOR ((size_t)-1) /* no speaker */

typedef struct tenor_sentence {
  size_t start;        /* byte offset of the first character in the text */
  size_t end;          /* byte offset just past the last character */
  size_t tokens;       /* word and number tokens (punctuation not counted) */
  size_t hits;         /* lexicon matches that carry a score */
  size_t n_pos;        /* hits whose final tone is above zero */
  size_t n_neg;        /* hits whose final tone is below zero */
  double tone;         /* sum of tone after shifters */
  double tone_norm;    /* tone / sqrt(tone^2 + 15), in -1..+1 */
  double hostility;    /* sum of hostility after shifters */
  double cooperation;  /* sum of cooperation after shifters */
  unsigned flags;      /* TENOR_SENT_* bits */
  size_t speaker;      /* index of the speaker in tenor_analyzer_actors(), or TENOR_NO_ACTOR */
} tenor_sentence;

/**
 * Running totals over the sentences of one document.  Totals, not means,
 * so that partial results add up; tenor_docstats_add() accumulates.
 */
typedef struct tenor_docstats {
  size_t sentences;        /* sentences seen */
  size_t tokens;           /* their word and number tokens */
  double tone_sum;         /* sum of sentence tone */
  double tone_norm_sum;    /* sum of sentence tone_norm */
  double hostility_sum;    /* sum of sentence hostility */
  double cooperation_sum;  /* sum of sentence cooperation */
} tenor_docstats;

/** Adds one sentence to the totals.  Start from a zeroed struct. */
TENOR_EXPORT void tenor_docstats_add(tenor_docstats *d, const tenor_sentence *s);

/**
 * An analyzer: the working memory for scoring one text after another with
 * one lexicon.  It borrows the lexicon, which must outlive it and must not
 * change while it is in use.  One analyzer per thread.
 */
typedef struct tenor_analyzer tenor_analyzer;

/** A new analyzer; `opt` may be NULL for defaults.  Free with tenor_analyzer_free(). */
TENOR_EXPORT tenor_analyzer *tenor_analyzer_new(const tenor_lexicon *lex,
                                                const tenor_options *opt);

/**
 * Splits `text` (clean UTF-8, see tenor_text_repair) into sentences and
 * scores each.  Returns 0; the results replace those of the previous call.
 */
TENOR_EXPORT int tenor_analyzer_run(tenor_analyzer *a, const char *text,
                                    size_t len);

/**
 * The sentences of the last run, in text order; `*n` gets their number.
 * The array borrows from the analyzer and lives until its next run.
 */
TENOR_EXPORT const tenor_sentence *tenor_analyzer_sentences(const tenor_analyzer *a,
                                                            size_t *n);

/**
 * Gives the analyzer an actor list for finding actors, speakers and
 * targets; NULL turns that off.  The list is borrowed like the lexicon.
 */
TENOR_EXPORT void tenor_analyzer_set_actors(tenor_analyzer *a, const tenor_actors *actors);

/**
 * Names an actor for the next tenor_analyzer_run only: the words of its
 * text that overlap bytes [start, end) are a mention of an actor `id`
 * (copied), in place of any actor that the actor list or the finding of
 * people would see in them, so that an actor the list does not know can
 * be followed as a speaker or a target.  After the run it is among
 * tenor_analyzer_actors() like any actor found in the text (discovered
 * 1, named by its words as written), with its targets and totals; the
 * run then forgets the marks.  Marks with the same id are one actor.
 * `type` is a TENOR_ACTOR_*, or 0 for the type of the listed actor named
 * in those words, else a person where they start with a title (Mr,
 * President, General), else a group.  A mark belongs to the sentence of
 * its first word and ends with it; a mark over no word, or over a word of
 * a mark that starts before it (or at the same byte and was given
 * before), is not placed.  Choose ids that no actor of the list or of the
 * text can have (tenor validate uses "@1", "@2", ...).
 *
 * Needs an actor list (tenor_analyzer_set_actors; an empty one will do).
 * Returns 0, or TENOR_EACTOR without an actor list, for an empty id, for
 * start >= end or for a type out of range.
 */
TENOR_EXPORT int tenor_analyzer_mark(tenor_analyzer *a, size_t start, size_t end, const char *id,
                                     int type);

/**
 * Lets `a` use the word index of `from` (built now if `from` has not run
 * yet) instead of building its own: the index of every word of the lexicon
 * and actor list takes about 1 MB, so many analyzers of one corpus need
 * only one.  Both must have the same lexicon and actor list, set before
 * this call and not changed after it; `from` must outlive `a`.  The
 * results do not change.  Not thread-safe for `from`: call it before
 * either analyzer runs in another thread.  With a == from it builds the
 * analyzer's index now rather than at its first run.
 */
TENOR_EXPORT void tenor_analyzer_share(tenor_analyzer *a, tenor_analyzer *from);

/** An actor of the last text: from the actor list, or found in the text. */
typedef struct tenor_actor {
  const char *id;          /* canonical id: RUS, NATO, ash_carter, igor_konashenkov */
  const char *name;        /* display name */
  const char *affiliation; /* the affiliated actor's id, or "" */
  int type;                /* TENOR_ACTOR_* */
  int discovered;          /* 1 if found in the text rather than in the list */
} tenor_actor;

/**
 * The actors of the last run, in order of first appearance; speakers and
 * targets are indexes into this array.  Borrowed until the next run.
 */
TENOR_EXPORT const tenor_actor *tenor_analyzer_actors(const tenor_analyzer *a, size_t *n);

/** What one sentence says about one of its targets. */
typedef struct tenor_target {
  size_t actor;       /* index in tenor_analyzer_actors() */
  double tone;        /* tone of the hits attributed to this target */
  double hostility;   /* hostility of those hits */
  double cooperation; /* cooperation of those hits */
  double stance;      /* x / sqrt(x^2 + 15) with x = tone + cooperation - hostility; -1..+1 */
} tenor_target;

/**
 * The targets of sentence i of the last run (the actors it names, other
 * than its speaker), sorted by actor id.  Borrowed until the next run.
 */
TENOR_EXPORT const tenor_target *tenor_analyzer_targets(const tenor_analyzer *a, size_t i,
                                                        size_t *n);

/**
 * The sums of sentence i of the last run in the lexicon's categories of
 * the user's own (tenor_lexicon_extra_count of them, in that order):
 * each matched entry adds its weight, without shifters.  NULL if the
 * lexicon has none or i is out of range.
 */
TENOR_EXPORT const double *tenor_analyzer_extra(const tenor_analyzer *a, size_t i);

/* ------------------------------------------------------------ explaining */

/* Token kinds. */
enum { TENOR_TOKEN_WORD = 1, TENOR_TOKEN_NUMBER, TENOR_TOKEN_PUNCT };

/** One token of the last run (with opt.explain set). */
typedef struct tenor_token {
  size_t start, len; /* its bytes in the text */
  const char *norm;  /* its normalised form, as matched against the lexicon */
  int kind;          /* TENOR_TOKEN_* */
  int actor;         /* 1 if part of an actor's name (never scored) */
} tenor_token;

/** The tokens of sentence i of the last run; NULL unless opt.explain was set. */
TENOR_EXPORT const tenor_token *tenor_analyzer_tokens(const tenor_analyzer *a, size_t i,
                                                      size_t *n);

/* How a hit matched its lexicon entry. */
enum { TENOR_MATCH_EXACT, TENOR_MATCH_WILDCARD, TENOR_MATCH_STEM };

/* The constants of the rules (README, "How a sentence is scored"). */
#define TENOR_NEGATE_TONE (-0.74)  /* tone of a negated hit is multiplied by this */
#define TENOR_NEGATE_OTHER 0.25    /* hostility and cooperation of a negated hit keep this share */
#define TENOR_CONTRAST_BEFORE 0.5  /* weight of hits before the last contrast word */
#define TENOR_CONTRAST_AFTER 1.5   /* weight of hits after it */
#define TENOR_CAPS_INCR 0.733      /* magnitude added to an ALL-CAPS hit in mixed-case text */
#define TENOR_BANG_INCR 0.292      /* magnitude added to a sentence's sums per '!' */
#define TENOR_BANG_MAX 4           /* at most this many '!' count */

/* Rules that changed a hit's weights (the README gives each constant). */
#define TENOR_RULE_NEGATED (1u << 0) /* a negator came within three tokens before */
#define TENOR_RULE_BOOSTED (1u << 1) /* a booster or dampener came shortly before */
#define TENOR_RULE_CAPS (1u << 2)    /* written in capitals in mixed-case text */
#define TENOR_RULE_BEFORE (1u << 3)  /* before the sentence's last contrast word */
#define TENOR_RULE_AFTER (1u << 4)   /* after it */
#define TENOR_RULE_PART (1u << 5)    /* matched as a part of a hyphenated word */

/**
 * One lexicon match in a sentence (with opt.explain set).  A word can
 * have several: its exact entry first, then a wildcard and a stem entry,
 * each giving only the categories that the word's earlier matches lack.
 */
typedef struct tenor_hit {
  size_t first, last;    /* its tokens [first, last) among the sentence's tokens */
  const char *term;      /* the entry matched, as tenor_lexicon_items names it */
  int match;             /* TENOR_MATCH_* */
  unsigned rules;        /* TENOR_RULE_* bits */
  double score[3];       /* tone, hostility, cooperation after the rules (0 where none) */
  size_t target;         /* the target its scores went to, or TENOR_NO_ACTOR */
  const void *entry;     /* for tenor_lexicon_entry_items */
  unsigned long long given; /* bit k: item k of tenor_lexicon_entry_items applies to this hit
                               (a loose match gives only what the word's earlier hits lack,
                               a stem never a shifter or speech word) */
} tenor_hit;

/** The hits of sentence i of the last run, in text order; NULL unless opt.explain was set. */
TENOR_EXPORT const tenor_hit *tenor_analyzer_hits(const tenor_analyzer *a, size_t i, size_t *n);

/**
 * The categories of a hit's entry, as tenor_lexicon_items gives them
 * (category, weight in the lexicon, file and line), into out[0..max);
 * returns how many there are.
 */
TENOR_EXPORT size_t tenor_lexicon_entry_items(const tenor_lexicon *lex, const void *entry,
                                              tenor_lexicon_item *out, size_t max);

/** Totals for one actor over the sentences of the last text. */
typedef struct tenor_actor_stats {
  size_t actor;                 /* index in tenor_analyzer_actors() */
  size_t mentions;              /* sentences that name the actor, titles included */
  size_t as_target;             /* sentences with the actor as a target */
  double stance_sum;            /* sum of its stance over those sentences */
  double tone_as_target;        /* sums of the scores attributed to it as a target */
  double hostility_as_target;
  double cooperation_as_target;
  size_t as_speaker;            /* sentences the actor speaks */
  double tone_as_speaker;       /* sums of the scores of those sentences */
  double hostility_as_speaker;
  double cooperation_as_speaker;
} tenor_actor_stats;

/** One row per actor of the last run, sorted by actor id. */
TENOR_EXPORT const tenor_actor_stats *tenor_analyzer_actor_stats(const tenor_analyzer *a,
                                                                 size_t *n);

/** Totals for one speaker and one target over the sentences of the last text. */
typedef struct tenor_pair_stats {
  size_t speaker, target; /* indexes in tenor_analyzer_actors() */
  size_t sentences;       /* sentences by the speaker with the target */
  double stance_sum;      /* sum of the target's stance in them */
  double tone;            /* sums of the scores attributed to the target in them */
  double hostility;
  double cooperation;
} tenor_pair_stats;

/** One row per speaker and target of the last run, sorted by their ids. */
TENOR_EXPORT const tenor_pair_stats *tenor_analyzer_pairs(const tenor_analyzer *a, size_t *n);

/** Frees the analyzer; NULL is allowed. */
TENOR_EXPORT void tenor_analyzer_free(tenor_analyzer *a);

#ifdef __cplusplus
}
#endif

#endif /* TENOR_H */
