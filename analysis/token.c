/*
 * token.c - the tokeniser.
 *
 * One pass over UTF-8 text.  Every token keeps its byte span in the text
 * and gets a normalised form for lookups: case-folded, curly quotes and
 * apostrophes made straight, hyphen variants made '-', an ellipsis made
 * "...".  English clitics are split off so that lexicons see the words
 * they stand for: "don't" is "do" + "n't" (normalised "not"), "we're" is
 * "we" + "'re" ("are"), "Russia's" is "russia" + "'s".  Hyphenated words
 * stay whole (the scorer also tries their parts), numbers keep their
 * decimal points and thousands separators, and dotted abbreviations
 * (U.S., e.g.) are one token so the sentence splitter can judge them.
 */
#include "token.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "text.h"

/* The hash of the 8-byte chunks of a key: each chunk (little-endian, the
 * last padded with zero bytes) is mixed in with a multiply and a shift,
 * and the end is mixed once more so that the low bits, which pick a
 * hash map's slot, depend on every byte.  A word of up to eight bytes,
 * most words, costs one step instead of one multiply per byte. */
#define HASH_SEED 0x9E3779B97F4A7C15ull
#define HASH_MUL 0xBF58476D1CE4E5B9ull

static inline uint64_t hash_step(uint64_t h, uint64_t chunk) {
  h = (h ^ chunk) * HASH_MUL;
  return h ^ (h >> 31);
}

static inline uint64_t hash_end(uint64_t h, size_t n) {
  h ^= n;
  h = (h ^ (h >> 32)) * 0x94D049BB133111EBull;
  return h ^ (h >> 29);
}

/* A chunk from little-endian bytes, whatever the machine's order. */
static inline uint64_t chunk_of(const unsigned char *s, size_t n) {
  uint64_t c = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (n == 8) { /* one load */
    memcpy(&c, s, 8);
    return c;
  }
#endif
  for (size_t i = 0; i < n; i++)
    c |= (uint64_t)s[i] << (8 * i);
  return c;
}

uint64_t tenorp_hash(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  uint64_t h = HASH_SEED;
  size_t i = 0;
  for (; i + 8 <= n; i += 8)
    h = hash_step(h, chunk_of(u + i, 8));
  if (i < n)
    h = hash_step(h, chunk_of(u + i, n - i));
  return hash_end(h, n);
}

typedef struct {
  const char *text;
  size_t len;
  tenorp_tokens *out;
  unsigned pending; /* flags for the next token: SPACE, LINE, PARA */
} lexer;

/* Decodes at p; invalid bytes come back as U+FFFD of length 1.  ASCII,
 * most of any English text, takes the short way. */
static inline size_t cp_at(const lexer *lx, size_t p, uint32_t *cp) {
  unsigned char b = (unsigned char)lx->text[p];
  if (b < 0x80) {
    *cp = b;
    return 1;
  }
  int r = tenorp_utf8_decode((const unsigned char *)lx->text + p, lx->len - p, cp);
  if (r > 0)
    return (size_t)r;
  *cp = TENORP_REPLACEMENT;
  return 1;
}

/* tenorp_class, with ASCII from a table. */
static const unsigned char ascii_class[128] = {
#define P TENORP_C_PUNCT
#define S TENORP_C_SPACE
#define D TENORP_C_DIGIT
#define L TENORP_C_LETTER
    P, P, P, P, P, P, P, P, P, S, S, S, S, S, P, P, /* 0x00 */
    P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, /* 0x10 */
    S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, /* space ! " ... / */
    D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P, /* 0-9 : ; < = > ? */
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, /* @ A-O */
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, P, /* P-Z [ \ ] ^ _ */
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, /* ` a-o */
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, P, /* p-z { | } ~ DEL */
#undef P
#undef S
#undef D
#undef L
};

/* What a byte is inside a word: 1 an ASCII digit, 2 an ASCII letter, 0
 * anything else (including every byte of a non-ASCII character). */
static const unsigned char word_byte[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1, ['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2,
    ['G'] = 2, ['H'] = 2, ['I'] = 2, ['J'] = 2, ['K'] = 2, ['L'] = 2, ['M'] = 2, ['N'] = 2,
    ['O'] = 2, ['P'] = 2, ['Q'] = 2, ['R'] = 2, ['S'] = 2, ['T'] = 2, ['U'] = 2, ['V'] = 2,
    ['W'] = 2, ['X'] = 2, ['Y'] = 2, ['Z'] = 2, ['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2,
    ['e'] = 2, ['f'] = 2, ['g'] = 2, ['h'] = 2, ['i'] = 2, ['j'] = 2, ['k'] = 2, ['l'] = 2,
    ['m'] = 2, ['n'] = 2, ['o'] = 2, ['p'] = 2, ['q'] = 2, ['r'] = 2, ['s'] = 2, ['t'] = 2,
    ['u'] = 2, ['v'] = 2, ['w'] = 2, ['x'] = 2, ['y'] = 2, ['z'] = 2,
};

/* Whether a byte after a run of ASCII letters and digits may continue the
 * word: another letter or digit, a hyphen, a decimal point or thousands
 * separator, an apostrophe, or any byte of a non-ASCII character. */
static const unsigned char may_join[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x10 */
    0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 0, /* 0x20 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, /* 0x30 */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x40 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* 0x50 */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x60 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* 0x70 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x80 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x90 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xA0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xB0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xC0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xD0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xE0 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0xF0 */
};

/* The case of an ASCII byte: 1 upper-case letter, 2 lower-case, 0 neither. */
static const unsigned char ascii_case[128] = {
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
    ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1, ['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2, ['e'] = 2, ['f'] = 2,
    ['g'] = 2, ['h'] = 2, ['i'] = 2, ['j'] = 2, ['k'] = 2, ['l'] = 2, ['m'] = 2, ['n'] = 2,
    ['o'] = 2, ['p'] = 2, ['q'] = 2, ['r'] = 2, ['s'] = 2, ['t'] = 2, ['u'] = 2, ['v'] = 2,
    ['w'] = 2, ['x'] = 2, ['y'] = 2, ['z'] = 2,
};

static inline int class_of(uint32_t cp) { return cp < 128 ? ascii_class[cp] : tenorp_class(cp); }

static int is_apostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019; }
static int is_hyphen(uint32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
static int is_wordch(uint32_t cp) {
  int c = class_of(cp);
  return c == TENORP_C_LETTER || c == TENORP_C_DIGIT;
}

static tenorp_token *push(lexer *lx, size_t start, size_t len, unsigned kind) {
  tenorp_tokens *t = lx->out;
  if (t->n == t->cap)
    t->v = tenorp_grow(t->v, &t->cap, t->n + 1, sizeof *t->v);
  tenorp_token *k = &t->v[t->n++];
  k->start = start;
  k->len = (uint32_t)len;
  k->kind = (uint16_t)kind;
  k->flags = (uint16_t)lx->pending;
  k->norm = t->norms.len;
  k->norm_len = 0;
  k->hash = 0;
  k->w = NULL;
  k->anode = 0;
  lx->pending = 0;
  return k;
}

/* Notes token i as one where a sentence may end or break (token.h). */
static void note_break(tenorp_tokens *t, size_t i) {
  if (t->nbreaks == t->capbreaks)
    t->breaks = tenorp_grow(t->breaks, &t->capbreaks, t->nbreaks + 1, sizeof *t->breaks);
  t->breaks[t->nbreaks++] = i;
}

static void finish_norm(lexer *lx, tenorp_token *k) {
  tenorp_buf *nb = &lx->out->norms;
  k->norm_len = (uint32_t)(nb->len - k->norm);
  k->hash = tenorp_hash(nb->ptr + k->norm, k->norm_len);
  tenorp_buf_putc(nb, 0);
}

static void put_norm(lexer *lx, const char *s) {
  tenorp_buf_put(&lx->out->norms, s, strlen(s));
}

/* Eight bytes at once (SWAR): every byte of a chunk below 0x80 has its
 * high bit clear, and adding a constant below 0x40 to such a byte never
 * carries into the next, so the high bit of each sum says whether the
 * byte reached a bound. */
#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* The high bit of each byte of w (all below 0x80) that is in lo..hi. */
static inline uint64_t bytes_between(uint64_t w, unsigned lo, unsigned hi) {
  return (w + ONES * (0x80 - lo)) & ~(w + ONES * (0x7F - hi)) & HIGHS;
}

static inline void store_chunk(char *o, uint64_t c) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  memcpy(o, &c, 8);
#else
  for (int i = 0; i < 8; i++)
    o[i] = (char)(c >> (8 * i));
#endif
}

/* One chunk of ASCII w, its upper-case (up) and lower-case (lo) letters
 * marked: returns it folded to lower case, sets the first letter's flag
 * while *first, counts upper-case letters (enough to tell two from one)
 * and notes lower-case ones. */
static inline uint64_t fold_chunk(uint64_t w, uint64_t up, uint64_t lo, uint16_t *flags,
                                  int *first, size_t *upper, uint64_t *lower) {
  if (*first && (up | lo)) { /* the first letter sets the flags */
    uint64_t letters = up | lo, lowest = letters & (~letters + 1);
    *flags |= (up & lowest) ? TENOR_TOK__UPPER : TENOR_TOK__LOWER;
    *first = 0;
  }
  *upper += (size_t)(up != 0) + (size_t)((up & (up - 1)) != 0);
  *lower |= lo;
  return w | (up >> 2); /* 0x80 >> 2 is 0x20: A-Z to a-z */
}

/* The case flags that follow from the counts of a whole word. */
static inline unsigned case_flags(size_t upper, uint64_t lower) {
  return (upper >= 2 && !lower ? TENOR_TOK__CAPS : 0u) | (lower ? TENOR_TOK__HASLOWER : 0u);
}

/* Appends the folded form of text[a..b) to the norms, sets the case flags
 * and returns tenorp_hash of what it appended.  Runs of ASCII, most of
 * any English text, are folded, counted and hashed eight bytes at a time;
 * anything else a character at a time, and then hashed afterwards. */
static uint64_t fold_span(lexer *lx, tenorp_token *k, size_t a, size_t b) {
  const unsigned char *u = (const unsigned char *)lx->text;
  tenorp_buf *nb = &lx->out->norms;
  /* + 8 for a whole chunk stored at the last one, + the NUL that ends it (emit_word) */
  char *o = tenorp_buf_room(nb, b - a + 9), *norm = o;
  size_t upper = 0, p = a;
  uint64_t lower = 0, h = HASH_SEED;
  int first = 1, chunked = 1; /* every byte went through a whole chunk */
  while (p < b) {
    size_t n = b - p < 8 ? b - p : 8;
    if (p + 8 <= lx->len) {
      uint64_t w = chunk_of(u + p, 8);
      if (n < 8)
        w &= (1ull << (8 * n)) - 1; /* zero bytes after the word, as tenorp_hash pads */
      if (!(w & HIGHS)) {
        uint64_t up = bytes_between(w, 'A', 'Z'), lo = bytes_between(w, 'a', 'z');
        uint64_t f = fold_chunk(w, up, lo, &k->flags, &first, &upper, &lower);
        store_chunk(o, f);
        h = hash_step(h, f);
        o += n;
        p += n;
        continue;
      }
    }
    chunked = 0;
    unsigned c = u[p];
    if (c < 0x80) {
      unsigned cs = ascii_case[c];
      if (cs && first) {
        k->flags |= cs == 1 ? TENOR_TOK__UPPER : TENOR_TOK__LOWER;
        first = 0;
      }
      upper += cs & 1u;
      lower |= cs & 2u;
      *o++ = (char)(c | (cs & 1u) << 5);
      p++;
      continue;
    }
    uint32_t cp;
    size_t l = cp_at(lx, p, &cp);
    p += l;
    if (tenorp_is_upper(cp)) {
      upper++;
      if (first)
        k->flags |= TENOR_TOK__UPPER;
    } else if (tenorp_is_lower(cp)) {
      lower = 1;
      if (first)
        k->flags |= TENOR_TOK__LOWER;
    }
    if (class_of(cp) == TENORP_C_LETTER)
      first = 0;
    char enc[4];
    if (is_apostrophe(cp))
      cp = '\'';
    else if (is_hyphen(cp))
      cp = '-';
    size_t m = tenorp_utf8_encode(tenorp_fold(cp), enc);
    /* a folded character can be longer than the original: make room */
    size_t at = (size_t)(norm - nb->ptr);
    nb->len = (size_t)(o - nb->ptr);
    tenorp_buf_put(nb, enc, m);
    norm = nb->ptr + at;
    o = tenorp_buf_room(nb, b - p + 9);
  }
  nb->len = (size_t)(o - nb->ptr);
  nb->ptr[nb->len] = 0;
  k->flags = (uint16_t)(k->flags | case_flags(upper, lower));
  size_t len = (size_t)(o - norm);
  return chunked ? hash_end(h, len) : tenorp_hash(norm, len);
}

static void emit_word(lexer *lx, size_t a, size_t b, unsigned kind, unsigned extra) {
  tenorp_token *k = push(lx, a, b - a, kind);
  k->flags = (uint16_t)(k->flags | extra);
  uint64_t h = fold_span(lx, k, a, b);
  tenorp_buf *nb = &lx->out->norms;
  k->norm_len = (uint32_t)(nb->len - k->norm);
  k->hash = h;
  nb->ptr[nb->len++] = 0; /* fold_span left room for it and the buffer's own NUL */
  nb->ptr[nb->len] = 0;
}

/* The words that change form before n't: can't, won't, shan't, ain't. */
static void fix_negated_stem(lexer *lx) {
  tenorp_tokens *t = lx->out;
  tenorp_token *k = &t->v[t->n - 1];
  static const char *const from[] = {"ca", "wo", "sha", "ai"};
  static const char *const to[] = {"can", "will", "shall", "is"};
  for (size_t i = 0; i < sizeof from / sizeof *from; i++) {
    if (k->norm_len == strlen(from[i]) && !memcmp(t->norms.ptr + k->norm, from[i], k->norm_len)) {
      t->norms.len = k->norm;
      put_norm(lx, to[i]);
      finish_norm(lx, k);
      return;
    }
  }
}

/* The clitic after an apostrophe at q, or NULL.  `*end` gets its end and
 * `*n_t` is set when it is the "t" of n't. */
static const char *clitic(const lexer *lx, size_t q, size_t alen, size_t *end, int *n_t) {
  size_t r = q + alen;
  char suf[3];
  size_t n = 0;
  while (r < lx->len && n < 3) {
    unsigned char c = (unsigned char)lx->text[r];
    if ((c | 32) < 'a' || (c | 32) > 'z')
      break;
    suf[n++] = (char)(c | 32);
    r++;
  }
  *end = r;
  if (r < lx->len) {
    uint32_t cp;
    cp_at(lx, r, &cp);
    if (is_wordch(cp))
      return NULL; /* O'Brien, d'Estaing: the apostrophe is part of a name */
  }
  *n_t = 0;
  static const char *const forms[] = {"s", "re", "m", "ve", "ll", "d", "t"};
  static const char *const norms[] = {"'s", "are", "am", "have", "will", "would", "not"};
  for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
    if (strlen(forms[i]) == n && !memcmp(suf, forms[i], n)) {
      *n_t = forms[i][0] == 't';
      return norms[i];
    }
  }
  return NULL;
}

/* Scans a dotted abbreviation (U.S., U.S.A., e.g.) at p; returns its end
 * or p when there is none.  Each part is one ASCII letter. */
static size_t dotted(const lexer *lx, size_t p) {
  const char *s = lx->text;
  size_t q = p, parts = 0;
  while (q + 1 < lx->len && q - p < TENORP_MAX_TOKEN && ((s[q] | 32) >= 'a' && (s[q] | 32) <= 'z') &&
         s[q + 1] == '.') {
    if (q + 2 < lx->len) {
      uint32_t cp;
      cp_at(lx, q + 2, &cp);
      if (is_wordch(cp) && !(((s[q + 2] | 32) >= 'a' && (s[q + 2] | 32) <= 'z') &&
                             q + 3 < lx->len && s[q + 3] == '.'))
        break; /* "A.Smith": not an abbreviation part */
    }
    q += 2;
    parts++;
  }
  return parts >= 2 ? q : p;
}

/* Whether s[0..n) is `lower` in any mix of case (ASCII only). */
static int same_ascii(const char *s, const char *lower, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((s[i] | 32) != lower[i])
      return 0;
  return 1;
}

/* The index of the lowest byte whose high bit is set in m (m != 0). */
static inline unsigned first_marked(uint64_t m) {
#if defined(__GNUC__)
  return (unsigned)__builtin_ctzll(m) >> 3;
#else
  unsigned i = 0;
  for (; !(m & 0x80); m >>= 8)
    i++;
  return i;
#endif
}

/* "cannot" as a chunk: split in two by the general path. */
#define CANNOT_CHUNK 0x746F6E6E6163ull

/* The letters (up, lo) and word bytes of chunk w of ASCII text: the high
 * bit of each byte that is an upper-case letter, a lower-case one, and of
 * each byte that is neither a letter nor a digit (stop). */
static inline void classify(uint64_t w, uint64_t *up, uint64_t *lo, uint64_t *stop) {
  uint64_t ascii = ~w & HIGHS, x = w & ~HIGHS;
  *up = bytes_between(x, 'A', 'Z') & ascii;
  *lo = bytes_between(x, 'a', 'z') & ascii;
  *stop = ~(*up | *lo | (bytes_between(x, '0', '9') & ascii)) & HIGHS;
}

/* The common case in one step: an ASCII word or number of fewer than
 * sixteen bytes, classified, folded and hashed from one or two loads of
 * eight bytes (text[p..p+8) must exist, and text[p..p+16) for two).  It
 * ends at a byte that joins nothing (a space, most punctuation), or, when
 * it has a letter, at a comma or a full stop (after two bytes or more: a
 * letter and a stop may start an abbreviation), where the general path
 * would end it too.  Within eight bytes of the end of the text (the last
 * word of every sentence of a CSV corpus of sentences) the chunk is what
 * is left, zero-filled: a zero byte ends a word like any other stop.
 * Returns its end, or 0 when it needs the general path (longer,
 * non-ASCII, a hyphen, an apostrophe, a number's point or comma,
 * "cannot"). */
static inline size_t short_word(lexer *lx, size_t p, int digit) {
  const unsigned char *u = (const unsigned char *)lx->text + p;
  size_t left = lx->len - p;
  uint64_t w[2] = {chunk_of(u, left < 8 ? left : 8), 0}, up[2] = {0, 0}, lo[2] = {0, 0}, stop;
  classify(w[0], &up[0], &lo[0], &stop);
  int chunks = 1;
  unsigned n = 0;
  if (!stop) { /* eight bytes or more */
    if (left < 16)
      return 0;
    w[1] = chunk_of(u + 8, 8);
    classify(w[1], &up[1], &lo[1], &stop);
    if (!stop)
      return 0; /* sixteen bytes or more */
    chunks = 2;
    n = 8;
  }
  unsigned last = first_marked(stop);
  n += last;
  if (!n)
    return 0;
  uint64_t keep = ((stop & (~stop + 1)) >> 7) - 1; /* the bytes before the first stop */
  w[chunks - 1] &= keep;
  up[chunks - 1] &= keep;
  lo[chunks - 1] &= keep;
  unsigned char end = n < left ? u[n] : 0; /* 0: the end of the text */
  if (may_join[end] &&
      !((end == ',' || (end == '.' && n >= 2)) && (up[0] | lo[0] | up[1] | lo[1])))
    return 0;
  if (n == 6 && !digit && (w[0] | (up[0] >> 2)) == CANNOT_CHUNK)
    return 0;
  tenorp_token *k = push(lx, p, n, digit ? TENORP_TOK_NUM : TENORP_TOK_WORD);
  int first = 1;
  size_t upper = 0;
  uint64_t lower = 0, h = HASH_SEED;
  tenorp_buf *nb = &lx->out->norms;
  char *o = tenorp_buf_room(nb, 16 + 1);
  for (int c = 0; c < chunks; c++) {
    uint64_t f = fold_chunk(w[c], up[c], lo[c], &k->flags, &first, &upper, &lower);
    store_chunk(o + 8 * c, f); /* the bytes after the word are zero: the NUL that ends it */
    if (c == 0 || last) /* a word of exactly eight bytes hashes one chunk */
      h = hash_step(h, f);
  }
  k->flags = (uint16_t)(k->flags | case_flags(upper, lower));
  k->norm_len = n;
  k->hash = hash_end(h, n);
  nb->len += n + 1;
  nb->ptr[nb->len] = 0;
  return p + n;
}

/* Scans a word or number starting at p and emits its token(s). */
static size_t scan_word(lexer *lx, size_t p, int digit) {
  size_t quick = short_word(lx, p, digit);
  if (quick)
    return quick;
  /* a dotted abbreviation starts with a letter and a full stop */
  size_t d = p + 1 < lx->len && lx->text[p + 1] == '.' ? dotted(lx, p) : p;
  if (d > p) {
    emit_word(lx, p, d, TENORP_TOK_WORD, TENOR_TOK__DOTTED);
    note_break(lx->out, lx->out->n - 1);
    return d;
  }
  unsigned kind = digit ? TENORP_TOK_NUM : TENORP_TOK_WORD, extra = 0;
  size_t q = p;
  int only_digits = digit;
  while (q < lx->len && q - p < TENORP_MAX_TOKEN) {
    /* the common case first: a run of ASCII letters and digits */
    size_t limit = p + TENORP_MAX_TOKEN < lx->len ? p + TENORP_MAX_TOKEN : lx->len, q0 = q;
    unsigned seen = 0;
    for (unsigned wb; q < limit && (wb = word_byte[(unsigned char)lx->text[q]]) != 0; q++)
      seen |= wb;
    if (seen & 2u)
      only_digits = 0;
    if (q == lx->len || !may_join[(unsigned char)lx->text[q]])
      break; /* most words end at a space or a mark that joins nothing */
    if (q > q0)
      continue;
    uint32_t cp;
    size_t l = cp_at(lx, q, &cp);
    int c = class_of(cp);
    if (c == TENORP_C_LETTER || c == TENORP_C_DIGIT) {
      if (c == TENORP_C_LETTER)
        only_digits = 0;
      q += l;
      continue;
    }
    uint32_t next = 0;
    if (q + l < lx->len)
      cp_at(lx, q + l, &next);
    if (is_hyphen(cp) && is_wordch(next)) {
      extra |= TENOR_TOK__HYPHEN;
      only_digits = 0;
      q += l;
      continue;
    }
    if ((cp == '.' || cp == ',') && only_digits && next >= '0' && next <= '9') {
      q += l;
      continue;
    }
    if (is_apostrophe(cp) && !digit && class_of(next) == TENORP_C_LETTER) {
      size_t end;
      int n_t;
      const char *norm = clitic(lx, q, l, &end, &n_t);
      if (!norm) { /* an apostrophe inside a name: O'Brien, d'Estaing */
        q += l;
        continue;
      }
      size_t split = q;
      if (n_t) {
        if (q - p < 2 || (lx->text[q - 1] | 32) != 'n')
          break;
        split = q - 1; /* "do|n't" */
      }
      emit_word(lx, p, split, kind, extra);
      if (n_t)
        fix_negated_stem(lx);
      tenorp_token *k = push(lx, split, end - split, TENORP_TOK_WORD);
      k->flags |= TENOR_TOK__CLITIC;
      for (size_t j = split; j < end; j++) {
        char ch = lx->text[j];
        if (ch >= 'a' && ch <= 'z')
          k->flags |= TENOR_TOK__HASLOWER | (j == split ? TENOR_TOK__LOWER : 0);
        else if (ch >= 'A' && ch <= 'Z' && j == split)
          k->flags |= TENOR_TOK__UPPER;
      }
      put_norm(lx, norm);
      finish_norm(lx, k);
      return end;
    }
    break;
  }
  if (q - p == 6 && kind == TENORP_TOK_WORD && !extra && same_ascii(lx->text + p, "cannot", 6)) {
    emit_word(lx, p, p + 3, kind, 0);
    emit_word(lx, p + 3, q, kind, 0);
    return q;
  }
  emit_word(lx, p, q, kind, extra);
  return q;
}

/* The flags of a mark whose normalised form is the one byte c. */
static uint16_t mark_flags(uint32_t c) {
  return c == '"' ? TENOR_TOK__QUOTE : c == '!' ? TENOR_TOK__BANG : 0;
}

static size_t scan_punct(lexer *lx, size_t p, uint32_t cp, size_t l) {
  size_t q = p + l;
  const char *norm = NULL;
  if (cp < 0x80 && !(cp == '.' && q < lx->len && lx->text[q] == '.')) {
    /* an ASCII mark, most marks: its own normalised form */
    tenorp_token *k = push(lx, p, 1, TENORP_TOK_PUNCT);
    tenorp_buf *nb = &lx->out->norms;
    char *o = tenorp_buf_room(nb, 2);
    o[0] = (char)cp;
    o[1] = 0;
    o[2] = 0;
    nb->len += 2;
    k->norm_len = 1;
    k->hash = hash_end(hash_step(HASH_SEED, cp), 1);
    if (cp == '.' || cp == '!' || cp == '?')
      note_break(lx->out, lx->out->n - 1);
    k->flags |= mark_flags(cp);
    return q;
  }
  if (cp == '.' && q < lx->len && lx->text[q] == '.') {
    while (q < lx->len && lx->text[q] == '.' && q - p < TENORP_MAX_TOKEN)
      q++; /* a longer run of dots goes on in another token */
    norm = "...";
  } else if (cp == 0x2026) {
    norm = "...";
  } else if (cp == '"' || (cp >= 0x201C && cp <= 0x201F) || cp == 0xAB || cp == 0xBB ||
             cp == 0x2033) {
    norm = "\"";
  } else if (cp == '\'' || (cp >= 0x2018 && cp <= 0x201B) || cp == 0x2032) {
    norm = "'";
  } else if (is_hyphen(cp) || (cp >= 0x2012 && cp <= 0x2015) || cp == 0x2212) {
    norm = "-";
  } else if (cp == 0x2022 || cp == 0x2023 || cp == 0x2043 || cp == 0x25AA || cp == 0x25CF) {
    norm = "*";
  }
  tenorp_token *k = push(lx, p, q - p, TENORP_TOK_PUNCT);
  if (norm) {
    put_norm(lx, norm);
  } else {
    char enc[4];
    tenorp_buf_put(&lx->out->norms, enc, tenorp_utf8_encode(tenorp_fold(cp), enc));
  }
  finish_norm(lx, k);
  if (k->norm_len == 1)
    k->flags |= mark_flags((unsigned char)lx->out->norms.ptr[k->norm]);
  return q;
}

void tenorp_tokenize(const char *text, size_t len, tenorp_tokens *out) {
  tenorp_tokenize_part(text, 0, len, TENOR_TOK__LINE | TENOR_TOK__PARA, out);
}

void tenorp_tokenize_part(const char *text, size_t from, size_t len, unsigned pending,
                          tenorp_tokens *out) {
  lexer lx = {text, len, out, pending};
  out->n = 0;
  out->nbreaks = 0;
  out->vocab = NULL;
  tenorp_buf_clear(&out->norms);
  size_t p = from, breaks = 0;
  if (pending & TENOR_TOK__LINE)
    note_break(out, 0);
  while (p < len) {
    if (text[p] == ' ') { /* the most common byte of all */
      lx.pending |= TENOR_TOK__SPACE;
      p++;
      continue;
    }
    uint32_t cp;
    size_t l = cp_at(&lx, p, &cp);
    int c = class_of(cp);
    if (c == TENORP_C_SPACE) {
      if (cp == '\n' || cp == 0x85 || cp == 0x2028) {
        breaks++;
      } else if (cp == '\r') {
        breaks++;
        if (p + 1 < len && text[p + 1] == '\n')
          l++;
      } else if (cp == 0x2029) {
        breaks += 2;
      }
      lx.pending |= TENOR_TOK__SPACE;
      if (breaks && !(lx.pending & TENOR_TOK__LINE)) {
        lx.pending |= TENOR_TOK__LINE;
        note_break(out, out->n); /* the next token starts a line */
      }
      if (breaks >= 2)
        lx.pending |= TENOR_TOK__PARA;
      p += l;
      continue;
    }
    breaks = 0;
    if (c == TENORP_C_PUNCT)
      p = scan_punct(&lx, p, cp, l);
    else
      p = scan_word(&lx, p, c == TENORP_C_DIGIT);
  }
  tenorp_buf_room(&out->norms, 8); /* eight bytes may be read at any form (vocab.c) */
}

void tenorp_tokens_free(tenorp_tokens *t) {
  free(t->v);
  free(t->breaks);
  tenorp_buf_free(&t->norms);
  t->v = NULL;
  t->breaks = NULL;
  t->n = t->cap = t->nbreaks = t->capbreaks = 0;
}
