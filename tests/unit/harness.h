/* harness.h - what every unit test includes: cmocka and its prerequisites. */
#ifndef TENOR_TEST_HARNESS_H
#define TENOR_TEST_HARNESS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#endif
