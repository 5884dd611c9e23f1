/*
 * explain_cmd.c - `tenor explain`: why a sentence scored what it did.
 *
 * The text is analysed with the same lexicons, actors and rules as
 * tenor score, with the analyzer keeping every token and hit.  For each
 * sentence we print its tokens (actor names in brackets, since they are
 * never scored), its speaker and targets, then one line per category of
 * every lexicon hit: the words, the entry and how it matched, its weight
 * and the file and line that defined it, the rules that changed it, its
 * final score and the target it went to; and last the sentence's scores
 * and what each target got.  --csv gives one row per hit and category.
 */
#define _POSIX_C_SOURCE 200809L
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "corpus.h"
#include "explain.h"
#include "table.h"
#include "util.h"

static void help(void) {
  fputs("Usage: tenor explain [OPTION...] TEXT\n"
        "       tenor explain [OPTION...] -      (the text from stdin)\n"
        "Show why each sentence of TEXT scored what it did: its tokens, every\n"
        "lexicon entry they hit (term, category, weight, source file and line), the\n"
        "shifters that changed each hit, the speaker and targets and which target\n"
        "each hit went to, and the final scores.\n"
        "\n"
        "      --csv                   one CSV row per hit and category instead\n"
        "                              (sentences without hits get one row)\n",
        stdout);
  fputs(corpus_lexicon_help, stdout);
  fputs("      --actor-list FILE       add or override actors from FILE (repeatable)\n"
        "      --no-default-actors     do not load the built-in actor list\n"
        "      --level LEVEL           person (the default) or affiliation\n"
        "  -h, --help                  print this help and exit\n"
        "\n"
        "Exit status: 0 success, 1 bad input (invalid UTF-8 is replaced and\n"
        "reported), 2 a usage error.\n",
        stdout);
}

enum { EX_CSV = 600 };

/* ------------------------------------------------------------- helpers */

/* Display width of UTF-8 s[0..n): one per character. */
static size_t width(const char *s) {
  size_t w = 0;
  for (; *s; s++)
    w += ((unsigned char)*s & 0xC0) != 0x80;
  return w;
}

/* One line of the hit table. */
typedef struct line {
  size_t hit;       /* 1-based hit number, 0 for a continuation */
  char *cell[8];    /* words, entry, match, category, weight, rules, score, target */
  char *source;     /* file:line */
} line;

enum { C_WORDS, C_ENTRY, C_MATCH, C_CAT, C_WEIGHT, C_RULES, C_SCORE, C_TARGET, NCELLS };

typedef struct explainer {
  tenor_analyzer *an;
  const tenor_lexicon *lex;
  const char *text;
  int csv;
  table t;
  line *lines;
  size_t nlines, cap;
  explain_item *items; /* the hits of the sentence at hand (explain.c) */
  size_t capitems;
} explainer;

static char *num(double v) { return xasprintf("%.4f", v == 0 ? 0.0 : v); }

/* ------------------------------------------------------------ the text */

static void print_sentence(explainer *x, size_t i, const tenor_sentence *s) {
  if (i)
    putchar('\n'); /* a blank line between sentences */
  size_t nt, na, ntar;
  const tenor_token *tok = tenor_analyzer_tokens(x->an, i, &nt);
  const tenor_actor *act = tenor_analyzer_actors(x->an, &na);
  const tenor_target *tar = tenor_analyzer_targets(x->an, i, &ntar);

  printf("Sentence %zu (bytes %zu-%zu): ", i + 1, s->start, s->end);
  for (size_t k = s->start; k < s->end; k++)
    putchar(x->text[k] == '\n' || x->text[k] == '\r' || x->text[k] == '\t' ? ' ' : x->text[k]);
  printf("\n  tokens:   ");
  for (size_t k = 0; k < nt; k++) {
    const tenor_token *t = &tok[k];
    printf("%s%s%.*s%s", k ? " " : "", t->actor ? "[" : "", (int)t->len, x->text + t->start,
           t->actor ? "]" : "");
  }
  putchar('\n');
  if (s->speaker != TENOR_NO_ACTOR)
    printf("  speaker:  %s (%s)\n", act[s->speaker].id, act[s->speaker].name);
  else
    printf("  speaker:  none\n");
  printf("  targets:  ");
  for (size_t k = 0; k < ntar; k++)
    printf("%s%s", k ? ", " : "", act[tar[k].actor].id);
  printf("%s\n", ntar ? "" : "none");

  /* the hit table */
  x->nlines = 0;
  double hit_sum[3] = {0, 0, 0};
  size_t ni = explain_items(x->an, x->lex, x->text, i, &x->items, &x->capitems);
  for (size_t k = 0; k < ni; k++) {
    const explain_item *it = &x->items[k];
    if (x->nlines == x->cap) {
      x->cap = x->cap ? 2 * x->cap : 16;
      x->lines = xrealloc(x->lines, x->cap * sizeof *x->lines);
    }
    line *l = &x->lines[x->nlines++];
    memset(l, 0, sizeof *l);
    l->hit = it->first ? it->hit : 0;
    int c = it->scoring;
    l->cell[C_WORDS] = xstrdup(it->first ? it->words : "");
    l->cell[C_ENTRY] = xstrdup(it->first ? it->h->term : "");
    l->cell[C_MATCH] = xstrdup(it->first ? explain_match_name(it->h->match) : "");
    l->cell[C_CAT] = xstrdup(it->entry.category);
    l->cell[C_WEIGHT] = xasprintf("%g", it->entry.weight);
    l->cell[C_RULES] = xstrdup(c >= 0 ? it->rules
                               : (it->h->rules & TENOR_RULE_PART) ? "part of a hyphenated word"
                                                                   : "");
    l->cell[C_SCORE] = c >= 0 ? num(it->score) : xstrdup("");
    l->cell[C_TARGET] = xstrdup(it->target);
    l->source = xasprintf("%s:%zu", it->entry.source, it->entry.line);
    if (c >= 0)
      hit_sum[c] += it->score;
  }
  explain_items_clear(x->items, ni);
  if (!x->nlines) {
    printf("  matches:  none\n");
  } else {
    static const char *const heads[NCELLS] = {"words", "entry",  "match", "category",
                                              "weight", "rules", "score", "target"};
    size_t w[NCELLS];
    for (int c = 0; c < NCELLS; c++) {
      w[c] = width(heads[c]);
      for (size_t k = 0; k < x->nlines; k++)
        if (width(x->lines[k].cell[c]) > w[c])
          w[c] = width(x->lines[k].cell[c]);
    }
    printf("  matches:\n    %-3s", "#");
    for (int c = 0; c < NCELLS; c++)
      printf("  %s%*s", heads[c], (int)(w[c] - width(heads[c])), "");
    printf("  source\n");
    for (size_t k = 0; k < x->nlines; k++) {
      line *l = &x->lines[k];
      if (l->hit)
        printf("    %-3zu", l->hit);
      else
        printf("    %-3s", "");
      for (int c = 0; c < NCELLS; c++) {
        printf("  %s%*s", l->cell[c], (int)(w[c] - width(l->cell[c])), "");
        free(l->cell[c]);
      }
      printf("  %s\n", l->source);
      free(l->source);
    }
  }
  printf("  scores:   tone %.4f, tone_norm %.4f, hostility %.4f, cooperation %.4f "
         "(%zu scoring hit%s: %zu positive, %zu negative)\n",
         s->tone, s->tone_norm, s->hostility, s->cooperation, s->hits, s->hits == 1 ? "" : "s",
         s->n_pos, s->n_neg);
  size_t bangs = explain_bangs(x->an, x->text, i);
  if (bangs && (s->tone != hit_sum[0] || s->hostility != hit_sum[1] ||
                s->cooperation != hit_sum[2]))
    printf("            (with %zu '!': every non-zero sum grows in magnitude by %g each; the "
           "hits sum to tone %.4f, hostility %.4f, cooperation %.4f)\n",
           bangs, TENOR_BANG_INCR, hit_sum[0], hit_sum[1], hit_sum[2]);
  const double *extra = tenor_analyzer_extra(x->an, i);
  for (size_t k = 0; extra && k < tenor_lexicon_extra_count(x->lex); k++)
    printf("%s%s %.4f", k ? ", " : "            ", tenor_lexicon_extra_name(x->lex, k), extra[k]);
  if (extra)
    putchar('\n');
  for (size_t k = 0; k < ntar; k++)
    printf("  toward %s: tone %.4f, hostility %.4f, cooperation %.4f, stance %.4f\n",
           act[tar[k].actor].id, tar[k].tone, tar[k].hostility, tar[k].cooperation,
           tar[k].stance);
}

/* ------------------------------------------------------------- the CSV */

static const char *const csv_cols[] = {
    "sentence", "start",  "end",    "speaker", "targets", "hit",       "words",
    "entry",    "match",  "category", "weight", "rules",  "score",     "target",
    "source",   "line",   "tone",   "tone_norm", "hostility", "cooperation", "text", NULL};

/* The fields of a CSV row before the hit's. */
static void csv_sentence(explainer *x, size_t i, const tenor_sentence *s) {
  size_t na, ntar;
  const tenor_actor *act = tenor_analyzer_actors(x->an, &na);
  const tenor_target *tar = tenor_analyzer_targets(x->an, i, &ntar);
  const char **ids = xmalloc((ntar ? ntar : 1) * sizeof *ids);
  for (size_t k = 0; k < ntar; k++)
    ids[k] = act[tar[k].actor].id;
  table_size(&x->t, i + 1);
  table_size(&x->t, s->start);
  table_size(&x->t, s->end);
  table_opt(&x->t, s->speaker == TENOR_NO_ACTOR ? "" : act[s->speaker].id);
  table_list(&x->t, ids, ntar, ';');
  free(ids);
}

static void csv_end(explainer *x, const tenor_sentence *s) {
  table_num(&x->t, s->tone);
  table_num(&x->t, s->tone_norm);
  table_num(&x->t, s->hostility);
  table_num(&x->t, s->cooperation);
  table_text(&x->t, x->text + s->start, s->end - s->start);
  table_end_row(&x->t);
}

static void csv_rows(explainer *x, size_t i, const tenor_sentence *s) {
  size_t ni = explain_items(x->an, x->lex, x->text, i, &x->items, &x->capitems);
  for (size_t k = 0; k < ni; k++) {
    const explain_item *it = &x->items[k];
    csv_sentence(x, i, s);
    table_size(&x->t, it->hit);
    table_str(&x->t, it->words, strlen(it->words));
    table_str(&x->t, it->h->term, strlen(it->h->term));
    table_opt(&x->t, explain_match_name(it->h->match));
    table_opt(&x->t, it->entry.category);
    table_num(&x->t, it->entry.weight);
    table_opt(&x->t, it->rules);
    if (it->scoring >= 0)
      table_num(&x->t, it->score);
    else
      table_empty(&x->t);
    table_opt(&x->t, it->target);
    table_opt(&x->t, it->entry.source);
    table_size(&x->t, it->entry.line);
    csv_end(x, s);
  }
  explain_items_clear(x->items, ni);
  if (!ni) {
    csv_sentence(x, i, s);
    for (int k = 0; k < 11; k++)
      table_empty(&x->t);
    csv_end(x, s);
  }
}

/* ---------------------------------------------------------------- main */

/* name: how messages call the text (<stdin> or <argument>). */
static int explain_text(explainer *x, const char *name, const char *buf, size_t len) {
  tenor_text_info info;
  size_t fixed_len = 0;
  int err, status = EXIT_OK;
  char *fixed = tenor_text_repair(buf, len, &fixed_len, &info, &err);
  if (err == TENOR_EUTF16) {
    msg("%s:1: the text is UTF-16 or UTF-32, not UTF-8; convert it first (iconv -t UTF-8)",
        name);
    return EXIT_DATA;
  }
  if (info.invalid) {
    msg("%s:%zu: invalid UTF-8 replaced with U+FFFD (%zu sequence%s, the first on this line)",
        name, info.invalid_line, info.invalid, info.invalid == 1 ? "" : "s");
    status = EXIT_DATA;
  }
  if (info.nul) {
    msg("%s:%zu: NUL byte replaced with U+FFFD (%zu, the first on this line)", name,
        info.nul_line, info.nul);
    status = EXIT_DATA;
  }
  x->text = fixed ? fixed : buf + info.skip;
  size_t tlen = fixed ? fixed_len : len - info.skip;
  tenor_analyzer_run(x->an, x->text, tlen);
  size_t n;
  const tenor_sentence *s = tenor_analyzer_sentences(x->an, &n);
  if (!n) {
    msg("%s: no words to explain", name);
    tenor_free(fixed);
    return EXIT_DATA;
  }
  if (x->csv) {
    table_stdout(&x->t);
    table_header(&x->t, csv_cols);
  }
  for (size_t i = 0; i < n; i++) {
    if (x->csv)
      csv_rows(x, i, &s[i]);
    else
      print_sentence(x, i, &s[i]);
  }
  if (x->csv && table_commit(&x->t) != 0)
    status = EXIT_DATA;
  tenor_free(fixed);
  return status;
}

int cmd_explain(int argc, char **argv) {
  static const struct option longopts[] = {
      {"csv", no_argument, NULL, EX_CSV},
      {"help", no_argument, NULL, 'h'},
      LEXICON_LONGOPTS,
      ACTOR_LONGOPTS,
      {NULL, 0, NULL, 0}};
  explainer x;
  memset(&x, 0, sizeof x);
  corpus_opts o;
  corpus_opts_init(&o, argc);
  opterr = 0;
  optind = 1;
  int c;
  while ((c = getopt_long(argc, argv, ":l:h", longopts, NULL)) != -1) {
    if (corpus_option(&o, "explain", c, optarg))
      continue;
    switch (c) {
    case EX_CSV:
      x.csv = 1;
      break;
    case 'h':
      help();
      corpus_opts_free(&o);
      return EXIT_OK;
    case ':':
      corpus_opts_free(&o);
      usage_error("explain", "option %s needs a value", argv[optind - 1]);
    default:
      corpus_opts_free(&o);
      usage_error("explain", "unknown option %s", argv[optind - 1]);
    }
  }
  if (argc - optind != 1) {
    corpus_opts_free(&o);
    usage_error("explain", argc == optind ? "give the TEXT to explain, or - for stdin"
                                          : "give the TEXT as one argument (quote it)");
  }
  if (!o.default_lexicons && !o.nlex) {
    corpus_opts_free(&o);
    usage_error("explain", "--no-default-lexicons leaves nothing to score with; add --lexicon "
                           "FILE");
  }
  const char *arg = argv[optind];
  int status = EXIT_DATA;
  tenor_lexicon *lex = tenor_lexicon_new();
  tenor_actors *actors = tenor_actors_new();
  if (corpus_load_lexicons(lex, &o) == 0 && corpus_load_actors(actors, &o) == 0) {
    size_t len;
    int from_stdin = !strcmp(arg, "-");
    char *data = from_stdin ? slurp_file("-", &len) : NULL;
    if (!from_stdin || data) {
      o.opt.explain = 1;
      x.lex = lex;
      x.an = tenor_analyzer_new(lex, &o.opt);
      if (tenor_actors_size(actors))
        tenor_analyzer_set_actors(x.an, actors);
      status = explain_text(&x, from_stdin ? "<stdin>" : "<argument>", from_stdin ? data : arg,
                            from_stdin ? len : strlen(arg));
      tenor_analyzer_free(x.an);
    }
    free(data);
  }
  free(x.lines);
  free(x.items);
  tenor_actors_free(actors);
  tenor_lexicon_free(lex);
  corpus_opts_free(&o);
  return status;
}
