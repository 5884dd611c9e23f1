/* json.h - a small, strict JSON parser (RFC 8259) for one value at a
 * time: the lines of the JSON Lines gold standards of tenor validate. */
#ifndef TENOR_JSON_H
#define TENOR_JSON_H

#include <stddef.h>

typedef enum json_type {
  JSON_NULL,
  JSON_FALSE,
  JSON_TRUE,
  JSON_NUMBER,
  JSON_STRING,
  JSON_ARRAY,
  JSON_OBJECT
} json_type;

#define JSON_MAX_DEPTH 64 /* arrays and objects nested deeper are an error */

typedef struct json json;
struct json {
  json_type type;
  size_t column; /* 1-based byte column where the value starts */
  char *s;       /* a string: its UTF-8, unescaped and NUL-terminated (no NUL inside);
                    a number: its text as written; else NULL */
  size_t len;    /* bytes of s */
  double num;    /* a number: its value */
  json *item;    /* an array: its elements; an object: its members' values */
  char **key;    /* an object: its members' keys, unescaped and NUL-terminated */
  size_t n;      /* elements or members */
};

/* What is wrong, and where. */
typedef struct json_error {
  size_t column;     /* 1-based byte column */
  char message[160]; /* without the location */
} json_error;

/* Parses s[0..n) as exactly one JSON value with optional white space
 * around it.  Strings must be valid UTF-8 without control characters;
 * \u escapes may not make a lone surrogate or a NUL.  Returns 0 with
 * *out filled (free it with json_free), or -1 with *err filled and *out
 * empty (json_free accepts it). */
int json_parse(const char *s, size_t n, json *out, json_error *err);

void json_free(json *v);

/* The value of the member `key` of an object (the first, if several),
 * or NULL; *count gets the number of members with that key. */
const json *json_member(const json *obj, const char *key, size_t *count);

/* "null", "false", "true", "a number", "a string", "an array", "an object". */
const char *json_type_name(json_type t);

#endif
