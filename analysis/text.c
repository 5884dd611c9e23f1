/*
 * text.c - UTF-8 checking and repair, character classes, case folding.
 *
 * Validation follows the Unicode Standard, table 3-7 (well-formed UTF-8
 * byte sequences); an ill-formed sequence is replaced by one U+FFFD per
 * maximal subpart, the practice section 3.9 recommends and WHATWG's
 * decoder follows.  Case folding is deliberately small: the scripts of the
 * news we score (Latin, Greek, Cyrillic) by table-free rules; anything
 * else is compared as written.
 */
#include "tenor.h"
#include "text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

int tenorp_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  unsigned char c = s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t need;
  uint32_t v;
  unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
    v = c & 0x1Fu;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    v = c & 0x0Fu;
    if (c == 0xE0)
      lo = 0xA0; /* overlong */
    else if (c == 0xED)
      hi = 0x9F; /* surrogates */
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    v = c & 0x07u;
    if (c == 0xF0)
      lo = 0x90; /* overlong */
    else if (c == 0xF4)
      hi = 0x8F; /* above U+10FFFF */
  } else {
    return -1;
  }
  size_t i;
  for (i = 1; i <= need; i++) {
    if (i >= n)
      return -(int)i;
    unsigned char b = s[i];
    unsigned char l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
    if (b < l || b > h)
      return -(int)i;
    v = (v << 6) | (b & 0x3Fu);
  }
  *cp = v;
  return (int)need + 1;
}

size_t tenorp_utf8_encode(uint32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0x80) {
    o[0] = (unsigned char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Latin Extended-A pairs upper and lower case by parity, with the parity
 * flipping in two runs: 1 upper, 0 lower, -1 neither. */
static int ext_a_case(uint32_t cp) {
  if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
    return cp == 0x17F ? 0 : -1;
  if (cp == 0x178)
    return 1;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
    return (int)(cp & 1);
  return !(cp & 1);
}

int tenorp_is_upper(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z')
    return 1;
  if (cp < 0xC0)
    return 0;
  if (cp <= 0xDE)
    return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F)
    return ext_a_case(cp) == 1;
  if (cp >= 0x391 && cp <= 0x3AB)
    return cp != 0x3A2;
  if (cp == 0x386 || (cp >= 0x388 && cp <= 0x38A) || cp == 0x38C || cp == 0x38E || cp == 0x38F)
    return 1;
  if (cp >= 0x400 && cp <= 0x42F)
    return 1;
  return 0;
}

int tenorp_is_lower(uint32_t cp) {
  if (cp >= 'a' && cp <= 'z')
    return 1;
  if (cp < 0xDF)
    return 0;
  if (cp <= 0xFF)
    return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F)
    return ext_a_case(cp) == 0;
  if (cp >= 0x3AC && cp <= 0x3CE)
    return 1;
  if (cp >= 0x430 && cp <= 0x45F)
    return 1;
  return 0;
}

uint32_t tenorp_fold(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z')
    return cp + 32;
  if (cp < 0xC0)
    return cp;
  if (cp <= 0xDE)
    return cp == 0xD7 ? cp : cp + 32;
  if (cp == 0x130)
    return 'i'; /* I with dot above: its lower case is plain i */
  if (cp == 0x386)
    return 0x3AC;
  if (cp >= 0x388 && cp <= 0x38A)
    return cp + 37;
  if (cp == 0x38C)
    return 0x3CC;
  if (cp == 0x38E || cp == 0x38F)
    return cp + 63;
  if (cp == 0x3C2)
    return 0x3C3; /* final sigma folds to sigma */
  if (cp >= 0x100 && cp <= 0x17F && ext_a_case(cp) == 1)
    return cp == 0x178 ? 0xFF : cp + 1;
  if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)
    return cp + 32;
  if (cp >= 0x410 && cp <= 0x42F)
    return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F)
    return cp + 80;
  return cp;
}

int tenorp_class(uint32_t cp) {
  if (cp < 0x80) {
    if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D))
      return TENORP_C_SPACE;
    if (cp >= '0' && cp <= '9')
      return TENORP_C_DIGIT;
    if ((cp | 32) >= 'a' && (cp | 32) <= 'z')
      return TENORP_C_LETTER;
    return TENORP_C_PUNCT; /* includes other control characters */
  }
  if (cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200D) ||
      cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
      cp == 0x2060 || cp == 0x3000 || cp == 0xFEFF)
    return TENORP_C_SPACE;
  if (cp < 0xA0)
    return TENORP_C_PUNCT; /* C1 controls */
  if (cp <= 0xBF)
    return (cp == 0xAA || cp == 0xB5 || cp == 0xBA) ? TENORP_C_LETTER : TENORP_C_PUNCT;
  if (cp == 0xD7 || cp == 0xF7)
    return TENORP_C_PUNCT;
  if ((cp >= 0x2010 && cp <= 0x2BFF) || (cp >= 0x3001 && cp <= 0x303F) ||
      (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
      cp == TENORP_REPLACEMENT || (cp >= 0x1F000 && cp <= 0x1FAFF))
    return TENORP_C_PUNCT;
  return TENORP_C_LETTER;
}

static inline int popcount64(uint64_t x) {
#if defined(__GNUC__)
  return __builtin_popcountll(x);
#else
  int n = 0;
  for (; x; x &= x - 1)
    n++;
  return n;
#endif
}

/* Counts a line break at s[i] and returns 1 if there is one. */
static int line_break(const unsigned char *s, size_t n, size_t i) {
  return s[i] == '\n' || (s[i] == '\r' && (i + 1 >= n || s[i + 1] != '\n'));
}

/* Whether s looks like UTF-16 or UTF-32 without a byte-order mark.  UTF-8
 * text has no NUL bytes, but the ASCII and Latin-1 letters of UTF-16 and
 * UTF-32 bring them in fixed places: in the first 256 bytes, UTF-16 has
 * them all at odd offsets (little-endian) or all at even ones (big-endian),
 * at least one character in two and at least twice; UTF-32 in the two
 * high bytes of every four.  Text without a NUL there costs one memchr. */
static int wide_unmarked(const unsigned char *s, size_t len) {
  size_t n = len < 256 ? len : 256, even = 0, odd = 0, lo32 = 1, hi32 = 1, i;
  if (len < 4 || !memchr(s, 0, n))
    return 0;
  for (i = 0; i + 1 < n; i += 2) {
    even += !s[i];
    odd += !s[i + 1];
  }
  size_t need = n / 4 > 2 ? n / 4 : 2;
  if ((!even && odd >= need) || (!odd && even >= need))
    return 1;
  for (i = 0; i + 3 < n; i += 4) {
    lo32 &= !s[i + 2] && !s[i + 3] && s[i]; /* little-endian, below U+10000, not NUL */
    hi32 &= !s[i] && !s[i + 1] && s[i + 3];
  }
  return lo32 || hi32;
}

char *tenor_text_repair(const char *buf, size_t len, size_t *out_len,
                        tenor_text_info *info, int *err) {
  const unsigned char *s = (const unsigned char *)buf;
  tenor_text_info z = {0};
  *info = z;
  if (err)
    *err = TENOR_OK;
  if ((len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) ||
      (len >= 4 && !s[0] && !s[1] && s[2] == 0xFE && s[3] == 0xFF) || wide_unmarked(s, len)) {
    if (err)
      *err = TENOR_EUTF16;
    return NULL;
  }
  size_t i = 0;
  if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
    i = info->skip = 3;

  tenorp_buf out = TENORP_BUF_INIT;
  int repairing = 0;
  size_t line = 1, copied = i; /* s[copied..i) is clean and not yet in out */
  static const char fffd[] = "\xEF\xBF\xBD";
  while (i < len) {
    /* Eight bytes at a time while they are all printable ASCII or line
     * feeds (hard-wrapped text has one every line), counting the line
     * feeds.  Once no byte has its top bit, adding 0x80 - n to each byte
     * carries into no other, and sets its top bit exactly when the byte
     * is n or more: so the bytes below 0x20, and (after an xor with
     * '\n' in every byte) the line feeds, are marked one by one. */
    while (i + 8 <= len) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
      if (w & highs)
        break;
      uint64_t control = ~(w + ones * (0x80 - 0x20)) & highs;
      uint64_t feeds = ~((w ^ ones * '\n') + ones * 0x7F) & highs;
      if (control & ~feeds)
        break;
      line += (size_t)popcount64(feeds);
      i += 8;
    }
    if (i >= len)
      break;
    unsigned char c = s[i];
    if (c >= 0x20 && c < 0x80) {
      i++;
      continue;
    }
    if (c < 0x80 && c != 0) {
      line += (size_t)line_break(s, len, i);
      i++;
      continue;
    }
    uint32_t cp;
    int r = c ? tenorp_utf8_decode(s + i, len - i, &cp) : -1;
    if (r > 0) {
      i += (size_t)r;
      continue;
    }
    if (c == 0) {
      if (!info->nul++)
        info->nul_line = line;
    } else if (!info->invalid++) {
      info->invalid_line = line;
    }
    if (!repairing) {
      repairing = 1;
      out.len = 0;
    }
    tenorp_buf_put(&out, buf + copied, i - copied);
    tenorp_buf_put(&out, fffd, 3);
    i += (size_t)-r;
    copied = i;
  }
  if (len > info->skip)
    info->lines = line - (line_break(s, len, len - 1) ? 1 : 0);
  if (!repairing)
    return NULL;
  tenorp_buf_put(&out, buf + copied, len - copied);
  return tenorp_buf_detach(&out, out_len);
}

void tenor_free(void *p) { free(p); }

int tenorp_utf8_valid(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    if (!s[i])
      return 0;
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    int k = tenorp_utf8_decode((const unsigned char *)s + i, n - i, &cp);
    if (k < 0)
      return 0;
    i += (size_t)k;
  }
  return 1;
}
