/* test_gold.c - the readers of gold standards (reports/gold.c): TSV, CSV
 * of snippets and of targets, JSON Lines; what each gives, and a table
 * of bad input with the message and line each gives.
 *
 * gold.c belongs to the command, not to libtenor, so it is compiled in
 * here together with the modules it uses. */
#include "../../reports/gold.c"
#include "../../reports/json.c"
#include "../../reports/sbuf.c"
#include "../../reports/strmap.c"
#include "../../reports/util.c"

#include "harness.h"

/* Every report as "LINE[:COL]: message\n". */
static void logged(void *ctx, const tenor_diag *d) {
  char *log = ctx;
  size_t n = strlen(log);
  if (d->column)
    snprintf(log + n, 4096 - n, "%zu:%zu: %s\n", d->line, d->column, d->message);
  else
    snprintf(log + n, 4096 - n, "%zu: %s\n", d->line, d->message);
}

/* The items as "id=value|label|text" or "id:text[mention@from-to/bytes:label,...]". */
static void items(const gold_set *g, char *out, size_t cap) {
  out[0] = 0;
  for (size_t i = 0; i < g->n; i++) {
    const gold_item *it = &g->items[i];
    size_t n = strlen(out);
    if (!g->targets) {
      snprintf(out + n, cap - n, "%s=%g|%d|%s\n", it->id, it->value, it->label, it->text);
      continue;
    }
    n += (size_t)snprintf(out + n, cap - n, "%s@%zu:", it->id, it->line);
    for (size_t k = 0; k < it->ntargets; k++) {
      const gold_target *t = &it->targets[k];
      n += (size_t)snprintf(out + n, cap - n, "%s[%s %zu-%zu/%zu-%zu %d]", k ? "," : "",
                            t->mention, t->from, t->to, t->start, t->end, t->label);
    }
    snprintf(out + n, cap - n, "\n");
  }
}

typedef struct gcase {
  const char *name; /* the file name, which sets the format */
  const char *data;
  int rc;
  const char *items;
  const char *log;
} gcase;

static void run(const gcase *c, size_t len) {
  gold_set g;
  char log[4096] = "", got[4096];
  int rc = gold_read(&g, c->name, c->data, len, GOLD_AUTO, NULL, logged, log);
  items(&g, got, sizeof got);
  if (rc != c->rc || strcmp(got, c->items) || strcmp(log, c->log))
    fprintf(stderr, "[%s] rc %d\nitems:\n%slog:\n%s", c->data, rc, got, log);
  assert_int_equal(rc, c->rc);
  assert_string_equal(got, c->items);
  assert_string_equal(log, c->log);
  gold_free(&g);
}

static void test_tsv(void **state) {
  (void)state;
  static const gcase cases[] = {
      {"g.tsv", "id\tmean_rating\ttext\n1\t2.5\tTalks went well.\n2\t-1\tA\ttab inside.\r\n", 0,
       "1=2.5|-1|Talks went well.\n2=-1|-1|A\ttab inside.\n", ""},
      /* no header; labels, any case; blank lines */
      {"g.tsv", "a\tPositive\tGood.\n\n \nb\tneutral\tSo.\nc\tnegative\tBad.\n", 0,
       "a=1|2|Good.\nb=0|1|So.\nc=-1|0|Bad.\n", ""},
      /* a header only on the first line; bad lines skipped */
      {"g.tsv", "\xEF\xBB\xBF" "1\t1\tOne.\n2\tgood\tTwo.\n3\t1\n4\t0x10\tHex.\n 1 \t2\tAgain.\n"
                "\t1\tNo id.\n6\t1\t  \n7\tneutral\tKind.\n8\tinf\tInf.\n9\t1e400\tBig.\n",
       0, "1=1|-1|One.\n",
       "2: the gold 'good' is neither a number nor a label (negative, neutral, positive); line "
       "skipped\n"
       "3: expected id<TAB>rating<TAB>text, found one tab; line skipped\n"
       "4: the gold '0x10' is neither a number nor a label (negative, neutral, positive); line "
       "skipped\n"
       "5: the id '1' is already on line 1; line skipped\n"
       "6: empty id; line skipped\n"
       "7: no text; line skipped\n"
       "8: a label where the snippets before have ratings (the first on line 1); line "
       "skipped\n"
       "9: the gold 'inf' is neither a number nor a label (negative, neutral, positive); line "
       "skipped\n"
       "10: the gold '1e400' is neither a number nor a label (negative, neutral, positive); "
       "line skipped\n"},
      {"g.tsv", "1\t1\tBad \xff byte.\n2\t1\tOk.\n", 0, "2=1|-1|Ok.\n",
       "1: invalid UTF-8; line skipped\n"},
      {"g.tsv", "id\trating\ttext\n", -1, "", "0: no usable snippet in the gold standard\n"},
      {"g.tsv", " \n\n", -1, "", "1: empty gold standard: nothing to read\n"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
    run(&cases[i], strlen(cases[i].data));
  gcase nul = {"g.tsv", "1\t1\tA\0B.\n2\t1\tOk.\n", 0, "2=1|-1|Ok.\n",
               "1: a NUL byte; line skipped\n"};
  run(&nul, 17);
  gcase empty = {"g.tsv", "", -1, "", "1: empty gold standard: nothing to read\n"};
  run(&empty, 0);
}

static void test_csv(void **state) {
  (void)state;
  static const gcase cases[] = {
      {"g.csv", "id,gold,text\nx,1.5,\"Quoted, with comma.\"\ny,positive,Fine.\n", 0,
       "x=1.5|-1|Quoted, with comma.\n", "3: a label where the snippets before have ratings "
                                         "(the first on line 2); row skipped\n"},
      /* no id column: the row number */
      {"g.csv", "text,gold,other\nOne.,-2,x\nTwo.,3,y,z\nThree.,0,w\n", 0,
       "1=-2|-1|One.\n3=0|-1|Three.\n", "3: 4 fields where the header has 3; row skipped\n"},
      {"g.csv", "text,rating\nOne.,1\n", -1, "",
       "1: header row must name the column 'gold' with the gold rating or label (or, for "
       "targets, the columns mention, from, to and label)\n"},
      {"g.csv", "gold,id\n1,2\n", -1, "", "1: header row must name the column text (no 'text')\n"},
      {"g.csv", "text,gold\n", -1, "", "1: empty gold standard: a header but no entries\n"},
      /* targets, the rows of a sentence together, offsets in characters */
      {"g.csv",
       "id,text,mention,from,to,label\n"
       "s1,\"Caf\xc3\xa9 owners blamed Mr. Smith and Ms. Jones.\",Mr. Smith,19,28,negative\n"
       "s1,\"Caf\xc3\xa9 owners blamed Mr. Smith and Ms. Jones.\",Ms. Jones,33,42,neutral\n"
       "s2,Nobody blamed them.,Nobody,0,6,Positive\n"
       "s1,Again.,Again,0,5,neutral\n"
       "s3,Other text.,Other,0,5,bad\n"
       "s3,Other text.,Other,0,x,neutral\n"
       "s3,Other text.,Other,1,6,neutral\n"
       "s3,Another text.,Other,0,5,neutral\n",
       0,
       "s1@2:[Mr. Smith 19-28/20-29 0],[Ms. Jones 33-42/34-43 1]\ns2@4:[Nobody 0-6/0-6 2]\n"
       "s3@8:\n",
       "5: the id 's1' is already on line 2: the rows of a sentence must come one after "
       "another; row skipped\n"
       "6: the label 'bad' is not negative, neutral or positive; row skipped\n"
       "7: to 'x' is not a whole number of characters; row skipped\n"
       "8: target 1: the text from 1 to 6 is \"ther \", not the mention \"Other\" (which is at "
       "0 to 5); row skipped\n"
       "9: the text differs from that of the rows before with the id 's3' (line 8); row "
       "skipped\n"},
      {"g.csv", "text,mention,from\nA.,A,0\n", -1, "",
       "1: a CSV of targets (it has a column 'mention') must also name the columns from, to "
       "and label (no 'to')\n"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
    run(&cases[i], strlen(cases[i].data));
}

static void test_jsonl(void **state) {
  (void)state;
  static const gcase cases[] = {
      {"g.jsonl",
       "{\"text\": \"\\u00c9lys\\u00e9e praised \\ud83d\\ude00 Mr. Trump.\", \"targets\": "
       "[{\"mention\": \"Mr. Trump\", \"from\": 17, \"to\": 26, \"label\": \"positive\", "
       "\"coder\": 3}], \"id\": 7, \"extra\": [null]}\n"
       "\n"
       "{\"id\": \"b\", \"targets\": [], \"text\": \"Nothing.\"}\r\n",
       0, "7@1:[Mr. Trump 17-26/22-31 2]\nb@3:\n", ""},
      {"g.jsonl",
       "{\"text\": \"A B.\", \"targets\": [{\"mention\": \"B\", \"from\": 2, \"to\": 3, "
       "\"label\": \"negative\"}]}\n"
       "{\"text\": \"A B.\", \"targets\": [{\"mention\": \"B\", \"from\": 2, \"to\": 9, "
       "\"label\": \"negative\"}]}\n"
       "{\"text\": \"A B.\", \"targets\": [{\"mention\": \"B\", \"from\": 2, \"to\": 2, "
       "\"label\": \"negative\"}]}\n"
       "{\"text\": \"A B.\", \"targets\": [{\"mention\": \"C\", \"from\": 0, \"to\": 1, "
       "\"label\": \"negative\"}]}\n"
       "{\"text\": \"A B.\", \"targets\": [{\"mention\": \"B\", \"from\": 2.5, \"to\": 3, "
       "\"label\": \"negative\"}]}\n"
       "{\"text\": \"A B.\", \"targets\": [{\"mention\": \"B\", \"from\": 2, \"to\": 3, "
       "\"label\": \"mixed\"}]}\n"
       "{\"text\": \"A B.\", \"targets\": [{\"mention\": \"B\", \"from\": 2, \"to\": 3}]}\n"
       "{\"text\": \"A B.\", \"text\": \"C\", \"targets\": []}\n"
       "{\"text\": 5, \"targets\": []}\n"
       "{\"targets\": []}\n"
       "[1]\n"
       "{\"text\": \"A B.\", \"targets\": [1]}\n"
       "{\"text\": \"A B.\", \"targets\": [], \"id\": \"1\"}\n"
       "{\"text\": \"A B.\", \"targets\": []\n"
       "{\"text\": \"  \", \"targets\": []}\n"
       "{\"text\": \"A\\u0000B\", \"targets\": []}\n"
       "{\"text\": \"A B.\", \"targets\": [], \"id\": true}\n",
       0, "1@1:[B 2-3/2-3 0]\n",
       "2:30: target 1: to 9 is beyond the end of the text (4 characters); line skipped\n"
       "3:30: target 1: from 2 is not before to 2; line skipped\n"
       "4:30: target 1: the text from 0 to 1 is \"A\", not the mention \"C\" (which is not in the "
       "text); line skipped\n"
       "5:55: target 1: \"from\" must be a whole number of characters, not 2.5; line skipped\n"
       "6:76: target 1: the label \"mixed\" is not negative, neutral or positive; line "
       "skipped\n"
       "7:30: target 1: no \"label\"; line skipped\n"
       "8:1: the key \"text\" appears 2 times; line skipped\n"
       "9:10: \"text\" must be a string, not a number; line skipped\n"
       "10:1: no \"text\"; line skipped\n"
       "11:1: a line must hold an object {\"text\": ..., \"targets\": [...]}, not an array; line "
       "skipped\n"
       "12:30: target 1: a target must be an object, not a number; line skipped\n"
       "13:39: the id '1' is already on line 1; line skipped\n"
       "14:1: an object without its closing '}'; line skipped\n"
       "15:10: no text; line skipped\n"
       "16:12: \\u0000 (a NUL character) is not allowed in a string; line skipped\n"
       "17:39: \"id\" must be a string or a number, not true; line skipped\n"},
      {"g.jsonl", "{\"text\": \"caf\xe9\", \"targets\": []}\n", -1, "",
       "1:14: invalid UTF-8 in a string; line skipped\n"
       "0: no usable sentence in the gold standard\n"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
    run(&cases[i], strlen(cases[i].data));
  /* UTF-16 is refused as a whole */
  gcase u16 = {"g.jsonl", "\xff\xfe{\0\"\0t\0", -1, "",
               "1: the gold standard is UTF-16 or UTF-32, not UTF-8; convert it first (iconv -t "
               "UTF-8)\n"};
  run(&u16, 10);
}

static void test_formats(void **state) {
  (void)state;
  assert_int_equal(gold_format_detect("a.JSONL", "", 0), GOLD_JSONL);
  assert_int_equal(gold_format_detect("a.ndjson", "", 0), GOLD_JSONL);
  assert_int_equal(gold_format_detect("a.csv", "{", 1), GOLD_CSV);
  assert_int_equal(gold_format_detect("a.txt", "{", 1), GOLD_TSV);
  assert_int_equal(gold_format_detect("-", "\xEF\xBB\xBF \n{", 6), GOLD_JSONL);
  assert_int_equal(gold_format_detect("-", "1\t2\tx", 5), GOLD_TSV);
  assert_int_equal(gold_format_parse("jsonl"), GOLD_JSONL);
  assert_int_equal(gold_format_parse("json"), -2);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_tsv),
      cmocka_unit_test(test_csv),
      cmocka_unit_test(test_jsonl),
      cmocka_unit_test(test_formats),
  };
  return cmocka_run_group_tests_name("gold", tests, NULL, NULL);
}
