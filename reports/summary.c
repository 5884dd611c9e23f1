/*
 * summary.c - summary.md and index.html of tenor report.
 *
 * The summary states the findings with their numbers, each taken from the
 * same figures as the tables, so that a reader can find every number again
 * in a table: corpus size, the most and least hostile documents, the actors
 * most often targeted (with 95% intervals over documents), who is quoted
 * most, the strongest speaker-to-target hostility, the group differences
 * with test, p and effect size, and a note on method.  index.html renders
 * the same Markdown (a small subset: headings, paragraphs, lists, tables,
 * `code`) around the plots, inlined as SVG, and links every table; it
 * needs no server and no network.
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "sbuf.h"
#include "util.h"

#define TOP 10 /* rows of the ranked lists */

/* --------------------------------------------------------- sorting */

typedef struct ranked {
  size_t i;
  double key;
} ranked;

static int by_key_desc(const void *a, const void *b) {
  const ranked *x = a, *y = b;
  if (x->key != y->key)
    return x->key < y->key ? 1 : -1;
  return (x->i > y->i) - (x->i < y->i);
}

/* ---------------------------------------------------- descriptives */

/* The mean and 95% interval over documents of an actor's series in the
 * overall comparison; 0 if the series has no value. */
static int overall(const compare *c, int measure, int role, const char *actor,
                   tenor_summary *s) {
  char key[256];
  snprintf(key, sizeof key, "%d|%d|%s", measure, role, actor);
  size_t k = strmap_find(&c->series_keys, key), l = strmap_find(&c->levels, "all");
  const cell *ce = k == (size_t)-1 || l == (size_t)-1 ? NULL : compare_cell(c, k, l);
  tenor_summarize(ce ? ce->v : NULL, ce ? ce->n : 0, s);
  return s->n > 0;
}

static void mean_ci(sbuf *b, const tenor_summary *s) {
  if (!s->n)
    sbuf_printf(b, "–");
  else if (s->na)
    sbuf_printf(b, "%.4f (one document)", s->mean);
  else
    sbuf_printf(b, "%.4f (%.4f to %.4f)", s->mean, s->ci_low, s->ci_high);
}

/* ---------------------------------------------------------- sections */

static void corpus_section(sbuf *b, const report_data *r) {
  sbuf_printf(b, "## Corpus\n\n");
  sbuf_printf(b, "- Documents: %zu; sentences: %zu; tokens: %zu.\n", r->ndocs, r->sentences,
              r->tokens);
  if (r->groups.n) {
    sbuf_printf(b, "- Groups:");
    size_t *order = compare_sorted_levels(&r->groups);
    for (size_t i = 0; i < r->groups.n; i++) {
      const char *g = r->groups.keys[order[i]];
      size_t n = 0;
      for (size_t d = 0; d < r->ndocs; d++)
        n += !strcmp(r->docs[d].group, g);
      sbuf_printf(b, "%s `%s` (%zu document%s)", i ? "," : "", g, n, n == 1 ? "" : "s");
    }
    free(order);
    sbuf_printf(b, ".\n");
  }
  if (*r->first_date)
    sbuf_printf(b, "- Dates: from %s to %s.\n", r->first_date, r->last_date);
  sbuf_printf(b, "\n");
}

static void documents_section(sbuf *b, const report_data *r) {
  ranked *v = xmalloc((r->ndocs ? r->ndocs : 1) * sizeof *v);
  size_t n = 0;
  for (size_t i = 0; i < r->ndocs; i++)
    if (r->docs[i].sentences) {
      v[n].i = i;
      v[n++].key = r->docs[i].hostility;
    }
  sbuf_printf(b, "## Documents\n\n");
  if (!n) {
    sbuf_printf(b, "No document had a sentence to score.\n\n");
    free(v);
    return;
  }
  qsort(v, n, sizeof *v, by_key_desc);
  size_t k = n < 3 ? n : 3;
  sbuf_printf(b, "The most and the least hostile documents, by mean hostility per sentence "
                 "(`hostility_mean` in documents.csv):\n\n");
  sbuf_printf(b, "| rank | document | group | hostility | tone_norm |\n|---|---|---|---|---|\n");
  for (size_t j = 0; j < k; j++) {
    const rdoc *d = &r->docs[v[j].i];
    sbuf_printf(b, "| most %zu | `%s` | %s | %.4f | %.4f |\n", j + 1, d->id, d->group,
                d->hostility, d->tone_norm);
  }
  for (size_t j = 0; j < k && n > k; j++) {
    const rdoc *d = &r->docs[v[n - 1 - j].i];
    sbuf_printf(b, "| least %zu | `%s` | %s | %.4f | %.4f |\n", j + 1, d->id, d->group,
                d->hostility, d->tone_norm);
  }
  sbuf_printf(b, "\n");
  free(v);
}

static void targets_section(sbuf *b, const report_data *r) {
  size_t top[TOP], n = report_top_actors(r, 0, top, TOP);
  sbuf_printf(b, "## Actors as targets\n\n");
  if (!n) {
    sbuf_printf(b, "No actor was a target.\n\n");
    return;
  }
  sbuf_printf(b,
              "The actors most often spoken about, by sentences that target them (`as_target` "
              "in actors.csv, summed over documents). Stance (−1 to +1), hostility and tone are "
              "means over the documents that target the actor of each document's mean per "
              "such sentence, with 95%% confidence intervals (t):\n\n");
  sbuf_printf(b, "| actor | name | sentences | stance | hostility | tone |\n"
                 "|---|---|---|---|---|---|\n");
  for (size_t j = 0; j < n; j++) {
    const char *id = r->actors.keys[top[j]];
    tenor_summary st, ho, to;
    overall(r->overall, M_STANCE, R_TARGET, id, &st);
    overall(r->overall, M_HOSTILITY, R_TARGET, id, &ho);
    overall(r->overall, M_TONE, R_TARGET, id, &to);
    sbuf_printf(b, "| `%s` | %s | %zu | ", id, r->actor[top[j]].name, r->actor[top[j]].as_target);
    mean_ci(b, &st);
    sbuf_printf(b, " | ");
    mean_ci(b, &ho);
    sbuf_printf(b, " | ");
    mean_ci(b, &to);
    sbuf_printf(b, " |\n");
  }
  sbuf_printf(b, "\n");
}

static void speakers_section(sbuf *b, const report_data *r) {
  size_t top[TOP], n = report_top_actors(r, 1, top, TOP);
  sbuf_printf(b, "## Who is quoted\n\n");
  if (!n) {
    sbuf_printf(b, "No sentence had a speaker.\n\n");
    return;
  }
  sbuf_printf(b, "The actors who speak most, by sentences they speak (`as_speaker` in "
                 "actors.csv), with the hostility and tone of their words per sentence:\n\n");
  sbuf_printf(b, "| speaker | name | sentences | hostility per sentence | tone per sentence |\n"
                 "|---|---|---|---|---|\n");
  for (size_t j = 0; j < n; j++) {
    const ractor *a = &r->actor[top[j]];
    double s = (double)a->as_speaker;
    sbuf_printf(b, "| `%s` | %s | %zu | %.4f | %.4f |\n", r->actors.keys[top[j]], a->name,
                a->as_speaker, a->hostility_as_speaker / s, a->tone_as_speaker / s);
  }
  sbuf_printf(b, "\n");
}

static void pairs_section(sbuf *b, const report_data *r) {
  size_t n = 0;
  ranked *v = xmalloc((r->npairs ? r->npairs : 1) * sizeof *v);
  for (size_t i = 0; i < r->npairs; i++)
    if (r->pairs[i].hostility > 0) {
      v[n].i = i;
      v[n++].key = r->pairs[i].hostility;
    }
  sbuf_printf(b, "## Who is hostile toward whom\n\n");
  if (!n) {
    sbuf_printf(b, "No speaker's words were hostile toward a target.\n\n");
    free(v);
    return;
  }
  qsort(v, n, sizeof *v, by_key_desc);
  sbuf_printf(b, "The strongest speaker → target hostility: the hostility of a speaker's words "
                 "attributed to a target, summed over the corpus (pairs.csv):\n\n");
  sbuf_printf(b, "| speaker | target | sentences | hostility | per sentence | mean stance |\n"
                 "|---|---|---|---|---|---|\n");
  for (size_t j = 0; j < n && j < TOP; j++) {
    const rpair *p = &r->pairs[v[j].i];
    double s = (double)p->sentences;
    sbuf_printf(b, "| `%s` | `%s` | %zu | %.4f | %.4f | %.4f |\n", r->actors.keys[p->speaker],
                r->actors.keys[p->target], p->sentences, p->hostility, p->hostility / s,
                p->stance_sum / s);
  }
  sbuf_printf(b, "\n");
  free(v);
}

static void test_phrase(sbuf *b, const compare_row *w) {
  if (w->r.na) {
    sbuf_printf(b, "%s: not computed (%s)", w->test, tenor_na_reason(w->r.na));
    return;
  }
  if (!strcmp(w->test, "welch_t"))
    sbuf_printf(b, "Welch's t = %.4f (df %.2f), p = %.4f; Hedges' g = %.4f", w->r.statistic,
                w->r.df, w->r.p, w->r.effect);
  else if (!strcmp(w->test, "mann_whitney"))
    sbuf_printf(b, "Mann–Whitney U = %.1f, p = %.4f; Cliff's delta = %.4f", w->r.statistic,
                w->r.p, w->r.effect);
  else if (!strcmp(w->test, "welch_anova"))
    sbuf_printf(b, "Welch's ANOVA F = %.4f (df %.0f and %.2f), p = %.4f", w->r.statistic, w->r.df,
                w->r.df2, w->r.p);
  else if (!strcmp(w->test, "kruskal_wallis"))
    sbuf_printf(b, "Kruskal–Wallis H = %.4f (df %.0f), p = %.4f; epsilon squared = %.4f",
                w->r.statistic, w->r.df, w->r.p, w->r.effect);
}

static void groups_section(sbuf *b, const report_data *r) {
  const compare *c = r->by_group;
  const char *what = r->by_date_only ? "periods" : "groups";
  sbuf_printf(b, "## %s compared\n\n", r->by_date_only ? "Periods" : "Groups");
  if (!c || c->levels.n < 2) {
    sbuf_printf(b, "The documents do not fall in two %s or more, so there is nothing to "
                   "compare.\n\n",
                what);
    return;
  }
  size_t *lev = compare_sorted_levels(&c->levels);
  sbuf_printf(b, "Each document counts once, with its mean per sentence; all tests are in "
                 "compare.csv, the descriptives in groups.csv.\n\n");
  for (int m = 0; m < NMEASURES; m++) {
    char key[64];
    snprintf(key, sizeof key, "%d|%d|", m, R_ALL);
    size_t s = strmap_find(&c->series_keys, key);
    if (s == (size_t)-1)
      continue;
    sbuf_printf(b, "- **%s**:", measure_names[m]);
    for (size_t i = 0; i < c->levels.n; i++) {
      const cell *ce = compare_cell(c, s, lev[i]);
      tenor_summary sm;
      tenor_summarize(ce ? ce->v : NULL, ce ? ce->n : 0, &sm);
      sbuf_printf(b, "%s %s %.4f (n = %zu)", i ? "," : "", c->levels.keys[lev[i]], sm.mean,
                  sm.n);
    }
    sbuf_printf(b, ".");
    size_t n;
    compare_row *rows = compare_series_rows(c, s, lev, &n);
    for (size_t k = 0; k < n; k++) {
      const compare_row *w = &rows[k];
      int two = c->levels.n == 2 && (!strcmp(w->test, "welch_t") || !strcmp(w->test, "mann_whitney"));
      int many = c->levels.n > 2 &&
                 (!strcmp(w->test, "welch_anova") || !strcmp(w->test, "kruskal_wallis"));
      if (!two && !many)
        continue;
      sbuf_printf(b, " ");
      test_phrase(b, w);
      sbuf_printf(b, ".");
    }
    free(rows);
    sbuf_printf(b, "\n");
  }
  sbuf_printf(b, "\n");
  free(lev);
}

static void method_section(sbuf *b, const report_data *r) {
  sbuf_printf(b, "## Method\n\n");
  sbuf_printf(b,
              "- Lexicons: %zu entries (tone −4 to +4, hostility and cooperation 0 to 4 per "
              "word, shifters and speech words); actors: %zu in the actor list, and people "
              "found in the text by title and name.\n",
              r->lexicon_entries, r->actor_entries);
  sbuf_printf(b, "- Scores per sentence: the sum of the lexicon weights of its words after "
                 "negation, boosters, dampeners, contrast and emphasis; tone_norm = tone / "
                 "sqrt(tone² + 15).\n");
  sbuf_printf(b, "- Each scored word is attributed to the nearest actor in its clause; the "
                 "stance toward an actor is x / sqrt(x² + 15) with x = tone + cooperation − "
                 "hostility of the words attributed to it.\n");
  sbuf_printf(b, "- Unit of analysis: the document (its mean per sentence), since sentences of "
                 "one document are not independent. Intervals are 95%% t intervals; the tests "
                 "are Welch's t and Mann–Whitney U for two groups, Welch's ANOVA and "
                 "Kruskal–Wallis for more, computed with GSL.\n");
  sbuf_printf(b, "- Every rule and column is documented in tenor's README, docs/output.md, "
                 "docs/attribution.md and docs/compare.md.\n");
}

/* ------------------------------------------------------------- HTML */

/* Inline Markdown: `code` and **bold**. */
static void inline_md(sbuf *h, const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    if (s[i] == '`') {
      const char *end = memchr(s + i + 1, '`', n - i - 1);
      if (end) {
        sbuf_printf(h, "<code>");
        sbuf_html(h, s + i + 1, (size_t)(end - s) - i - 1);
        sbuf_printf(h, "</code>");
        i = (size_t)(end - s) + 1;
        continue;
      }
    }
    if (i + 1 < n && s[i] == '*' && s[i + 1] == '*') {
      const char *end = strstr(s + i + 2, "**");
      if (end && (size_t)(end - s) < n) {
        sbuf_printf(h, "<strong>");
        inline_md(h, s + i + 2, (size_t)(end - s) - i - 2);
        sbuf_printf(h, "</strong>");
        i = (size_t)(end - s) + 2;
        continue;
      }
    }
    sbuf_html(h, s + i, 1);
    i++;
  }
}

/* The subset of Markdown that summary.md uses, as HTML. */
static void md_to_html(sbuf *h, const char *md) {
  enum { NONE, PARA, LIST, TABLE } open = NONE;
  int header_row = 0;
  const char *line = md;
  while (*line) {
    const char *nl = strchr(line, '\n');
    size_t n = nl ? (size_t)(nl - line) : strlen(line);
    int kind = n == 0 ? NONE : line[0] == '|' ? TABLE : (n > 1 && line[0] == '-' && line[1] == ' ') ? LIST
               : line[0] == '#'             ? -1
                                            : PARA;
    if (kind != (int)open || kind == -1) {
      if (open == PARA)
        sbuf_printf(h, "</p>\n");
      else if (open == LIST)
        sbuf_printf(h, "</ul>\n");
      else if (open == TABLE)
        sbuf_printf(h, "</tbody></table>\n");
      open = NONE;
    }
    if (kind == -1) {
      int level = 0;
      while ((size_t)level < n && line[level] == '#')
        level++;
      sbuf_printf(h, "<h%d>", level);
      inline_md(h, line + level + 1, n - (size_t)level - 1);
      sbuf_printf(h, "</h%d>\n", level);
    } else if (kind == PARA) {
      sbuf_printf(h, open == PARA ? " " : "<p>");
      open = PARA;
      inline_md(h, line, n);
    } else if (kind == LIST) {
      if (open != LIST)
        sbuf_printf(h, "<ul>\n");
      open = LIST;
      sbuf_printf(h, "<li>");
      inline_md(h, line + 2, n - 2);
      sbuf_printf(h, "</li>\n");
    } else if (kind == TABLE) {
      if (open != TABLE) {
        sbuf_printf(h, "<table><thead>");
        header_row = 1;
      }
      open = TABLE;
      if (n > 1 && line[1] == '-') { /* the |---| row */
        sbuf_printf(h, "</thead><tbody>\n");
        header_row = 0;
      } else {
        sbuf_printf(h, "<tr>");
        const char *c = line + 1, *end = line + n;
        while (c < end) {
          const char *bar = memchr(c, '|', (size_t)(end - c));
          if (!bar)
            break;
          const char *a = c, *z = bar;
          while (a < z && *a == ' ')
            a++;
          while (z > a && z[-1] == ' ')
            z--;
          sbuf_printf(h, header_row ? "<th>" : "<td>");
          inline_md(h, a, (size_t)(z - a));
          sbuf_printf(h, header_row ? "</th>" : "</td>");
          c = bar + 1;
        }
        sbuf_printf(h, "</tr>\n");
      }
    }
    line = nl ? nl + 1 : line + n;
  }
  if (open == PARA)
    sbuf_printf(h, "</p>\n");
  else if (open == LIST)
    sbuf_printf(h, "</ul>\n");
  else if (open == TABLE)
    sbuf_printf(h, "</tbody></table>\n");
}

static const char *plot_title(const char *name) {
  static const char *const names[][2] = {
      {"arcs", "Tone and hostility, sentence by sentence"},
      {"actors", "Actors as targets: hostility and stance, means with 95% intervals"},
      {"heatmap", "Speaker → target hostility per sentence"},
      {"groups", "Groups compared: means with 95% intervals"},
      {"timeline", "Over time: hostility and tone, means with 95% bands"}};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (!strcmp(names[i][0], name))
      return names[i][1];
  return name;
}

static void html_page(sbuf *h, const char *summary, const char *dir, const char *const *plots,
                      size_t nplots, const char *const *tables, size_t ntables,
                      const char *plots_note) {
  sbuf_printf(h, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<title>tenor report</title>\n<style>\n"
                 "body{font-family:system-ui,sans-serif;max-width:70em;margin:2em auto;"
                 "padding:0 1em;color:#222;line-height:1.45}\n"
                 "table{border-collapse:collapse;margin:.5em 0 1.5em}\n"
                 "th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}\n"
                 "th{background:#f3f3f3}\ncode{font-size:.92em}\n"
                 "figure{margin:1.5em 0}\nfigure svg{max-width:100%%;height:auto}\n"
                 "figcaption{color:#555}\nnav a{margin-right:1em}\n"
                 "</style>\n</head>\n<body>\n<h1>tenor report</h1>\n<nav><strong>Tables:</strong> ");
  for (size_t i = 0; i < ntables; i++) {
    sbuf_printf(h, "<a href=\"");
    sbuf_html(h, tables[i], strlen(tables[i]));
    sbuf_printf(h, "\">");
    sbuf_html(h, tables[i], strlen(tables[i]));
    sbuf_printf(h, "</a>");
  }
  sbuf_printf(h, "<a href=\"summary.md\">summary.md</a></nav>\n");
  const char *body = strstr(summary, "\n## ");
  md_to_html(h, body ? body + 1 : summary);
  sbuf_printf(h, "<h2>Plots</h2>\n");
  if (plots_note) {
    sbuf_printf(h, "<p>");
    sbuf_html(h, plots_note, strlen(plots_note));
    sbuf_printf(h, "</p>\n");
  }
  for (size_t i = 0; i < nplots; i++) {
    char *svgname = xasprintf("plots/%s.svg", plots[i]);
    size_t len;
    char *svg = read_file(dir, svgname, &len);
    sbuf_printf(h, "<figure id=\"%s\">\n", plots[i]);
    const char *start = svg ? strstr(svg, "<svg") : NULL;
    if (start)
      sbuf_put(h, start, len - (size_t)(start - svg));
    sbuf_printf(h, "\n<figcaption>");
    sbuf_html(h, plot_title(plots[i]), strlen(plot_title(plots[i])));
    sbuf_printf(h, " — <a href=\"plots/%s.png\">PNG</a> <a href=\"plots/%s.svg\">SVG</a> "
                   "<a href=\"plots/%s.gp\">gnuplot script</a> <a href=\"plots/%s.csv\">data</a>"
                   "</figcaption>\n</figure>\n",
                plots[i], plots[i], plots[i], plots[i]);
    free(svg);
    free(svgname);
  }
  sbuf_printf(h, "</body>\n</html>\n");
}

int report_write_summary(const report_data *r, const char *dir, const char *const *plots,
                         size_t nplots, const char *const *tables, size_t ntables,
                         const char *plots_note) {
  sbuf md = {NULL, 0, 0}, html = {NULL, 0, 0};
  sbuf_printf(&md, "# tenor report\n\n");
  corpus_section(&md, r);
  documents_section(&md, r);
  targets_section(&md, r);
  speakers_section(&md, r);
  pairs_section(&md, r);
  groups_section(&md, r);
  method_section(&md, r);
  html_page(&html, md.s, dir, plots, nplots, tables, ntables, plots_note);
  int rc = write_file(dir, "summary.md", md.s, md.n);
  if (!rc)
    rc = write_file(dir, "index.html", html.s, html.n);
  sbuf_free(&md);
  sbuf_free(&html);
  return rc;
}
