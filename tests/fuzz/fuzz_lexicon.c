/*
 * fuzz_lexicon.c - fuzz target: the lexicon loaders, native CSV and every
 * imported format (VADER, AFINN, LIWC, Lexicoder YAML, NRC, MPQA), as
 * tenor_lexicon_check and tenor_lexicon_add see a file, then the loaded
 * entries matched in a text made of their own terms.
 *
 * The first byte chooses:
 *   bits 0-2  the format: TENOR_FORMAT_NATIVE + k for k < 7, 7 detected
 *             (TENOR_FORMAT_AUTO) from the file name and content
 *   bit 3     TENOR_LEX_STEM
 *   bits 4-6  the file name (its extension matters only to detection)
 * the rest is the file.  The file is loaded on top of a small lexicon, so
 * that its entries also override others; an error must leave that
 * lexicon as it was, and check and add must agree.
 */
#include <math.h>
#include <string.h>

#include "fuzz.h"
#include "tenor.h"

static const char base_lexicon[] = "term,category,weight\n"
                                   "good,tone,2\n"
                                   "attack,hostility,2.5\n"
                                   "peace talks,cooperation,3\n"
                                   "not,negator,1\n"
                                   "very,booster,0.3\n"
                                   "said,speech,1\n"
                                   "ally,fear,1\n";

static const char *const names[8] = {"lex.csv", "lex.dic", "lex.yml", "lex.tff",
                                     "lex.txt", "lex",     "a.b/lex", "lex.YAML"};

static void count_warning(void *ctx, const tenor_diag *d) {
  size_t *n = ctx;
  FUZZ_CHECK(d->line > 0 && memchr(d->message, 0, sizeof d->message) && d->message[0]);
  (*n)++;
}

static void check_diag(const tenor_diag *d, int rc, const char *name) {
  FUZZ_CHECK(rc > TENOR_OK && rc <= TENOR_EDATE);
  FUZZ_CHECK(d->code == rc && d->path == name);
  FUZZ_CHECK(memchr(d->message, 0, sizeof d->message) && d->message[0]);
  FUZZ_CHECK(strcmp(tenor_strerror(rc), "") != 0);
}

/* Every entry, then its terms (wildcards without the star) as a text. */
static void check_items(const tenor_lexicon *lex) {
  size_t n;
  tenor_lexicon_item *v = tenor_lexicon_items(lex, &n);
  FUZZ_CHECK(n == tenor_lexicon_size(lex));
  size_t len = 0;
  for (size_t i = 0; i < n; i++) {
    FUZZ_CHECK(v[i].term && v[i].term[0] && v[i].category && v[i].source && v[i].line > 0);
    FUZZ_CHECK(isfinite(v[i].weight));
    len += strlen(v[i].term) + 2;
  }
  for (size_t k = 0; k < tenor_lexicon_extra_count(lex); k++)
    FUZZ_CHECK(tenor_lexicon_extra_name(lex, k) != NULL);
  char *text = malloc(len + 1), *p = text;
  FUZZ_CHECK(text != NULL);
  for (size_t i = 0; i < n; i++) {
    size_t t = strlen(v[i].term);
    if (v[i].flags & TENOR_ITEM_WILDCARD)
      t--;
    memcpy(p, v[i].term, t);
    p += t;
    memcpy(p, i % 3 ? ", " : ". ", 2);
    p += 2;
  }
  tenor_free(v);
  FUZZ_CHECK(fuzz_clean_utf8((const unsigned char *)text, (size_t)(p - text)));
  tenor_analyzer *a = tenor_analyzer_new(lex, NULL);
  FUZZ_CHECK(tenor_analyzer_run(a, text, (size_t)(p - text)) == 0);
  size_t ns;
  const tenor_sentence *s = tenor_analyzer_sentences(a, &ns);
  for (size_t i = 0; i < ns; i++)
    FUZZ_CHECK(s[i].end <= (size_t)(p - text) && isfinite(s[i].tone));
  tenor_analyzer_free(a);
  free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1)
    return 0;
  unsigned choice = data[0];
  int format = (choice & 7) == 7 ? TENOR_FORMAT_AUTO : TENOR_FORMAT_NATIVE + (int)(choice & 7);
  unsigned flags = choice & 8 ? TENOR_LEX_STEM : 0;
  const char *name = names[(choice >> 4) & 7];
  const char *file = (const char *)data + 1;
  size_t len = size - 1;

  int detected = tenor_format_detect(name, file, len);
  FUZZ_CHECK(tenor_format_name(detected) != NULL);
  FUZZ_CHECK(tenor_format_parse(tenor_format_name(detected)) == detected);

  tenor_diag dc, da;
  size_t warnings = 0;
  int checked = tenor_lexicon_check(name, file, len, format, count_warning, &warnings, &dc);

  tenor_lexicon *lex = tenor_lexicon_new();
  FUZZ_CHECK(tenor_lexicon_add_csv(lex, "base.csv", base_lexicon, sizeof base_lexicon - 1,
                                   &da) == 0);
  size_t before = tenor_lexicon_size(lex), extra = tenor_lexicon_extra_count(lex);
  int added = tenor_lexicon_add(lex, name, file, len, format, flags, &da);
  FUZZ_CHECK(checked == added);
  if (added) {
    check_diag(&dc, checked, name);
    check_diag(&da, added, name);
    FUZZ_CHECK(dc.line == da.line && !strcmp(dc.message, da.message));
    FUZZ_CHECK(tenor_lexicon_size(lex) == before && tenor_lexicon_extra_count(lex) == extra);
  } else {
    /* loading the same file again only overrides */
    size_t after = tenor_lexicon_size(lex);
    FUZZ_CHECK(tenor_lexicon_add(lex, name, file, len, format, flags, &da) == 0);
    FUZZ_CHECK(tenor_lexicon_size(lex) == after);
  }
  check_items(lex);
  tenor_lexicon_free(lex);
  return 0;
}
