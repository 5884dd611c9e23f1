/* version.c - the library's version and its error phrases. */
#include "tenor.h"

const char *tenor_version_string(void) { return TENOR_VERSION_STRING; }

static const char *const errors[] = {
    "success",
    "malformed CSV",
    "bad header row",
    "missing field",
    "bad weight",
    "unknown category",
    "invalid UTF-8",
    "empty term",
    "empty lexicon",
    "UTF-16 text",
    "bad actor",
    "bad pattern",
    "bad date",
};

const char *tenor_strerror(int code) {
  if (code < 0 || (size_t)code >= sizeof errors / sizeof *errors)
    return "unknown error";
  return errors[code];
}
