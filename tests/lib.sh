# tests/lib.sh - helpers for the shell test suites (sourced, not run).
#
# Each check prints one line: PASS: name, FAIL: name (with the reason on
# the lines after it) or SKIP: name.  $TENOR is the command under test;
# TENOR_VALGRIND=1 runs it (in the golden cases) under valgrind.
export LC_ALL=C
: "${TENOR:?TENOR must name the tenor binary}"
TENOR_WRAP=
if [ -n "${TENOR_VALGRIND:-}" ]; then
  # Any memory error, and any leak but memory still reachable at exit,
  # gives status 99 (tenor itself gives 0, 1 or 2).
  TENOR_WRAP="valgrind -q --error-exitcode=99 --leak-check=full"
  TENOR_WRAP+=" --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tenor-test.XXXXXX")
trap 'chmod -R u+rwx "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT

# tenor ARGS...: runs the command (under valgrind if asked).
tenor() {
  # shellcheck disable=SC2086
  ${TENOR_WRAP:-} "$TENOR" "$@"
}

pass() { echo "PASS: $1"; }
skip() { echo "SKIP: $1${2:+ ($2)}"; }
fail() {
  echo "FAIL: $1"
  shift
  for l in "$@"; do echo "    $l"; done
}
