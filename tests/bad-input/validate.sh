# tests/bad-input/validate.sh - bad gold standards for tenor validate
# (issue 9), sourced by tests/bad-input/run inside its work folder: every
# kind of bad line of every format gives its message with FILE:LINE (and
# the column in JSON), exit status 1 and never a crash or a hang; the good
# lines around it are still measured, and a gold with nothing usable
# writes no table.

printf 'term,category,weight\ngood,tone,2\nbad,tone,-2\nfine,tone,1\n' > vlex.csv
# Four good snippets, whatever else a file holds.
good_tsv=$'g1\t2\tGood.\ng2\t-2\tBad.\ng3\t1\tFine.\ng4\t0\tA day.\n'
good_csv=$'g1,2,Good.\ng2,-2,Bad.\ng3,1,Fine.\ng4,0,A day.\n'
good_jsonl='{"text": "Good for Zed.", "targets": [{"mention": "Zed", "from": 9, "to": 12, "label": "positive"}]}'

# vcheck NAME STATUS STDERR-REGEX N FILE [ARGS...]: validates FILE and
# checks the status, the message (an empty regex: no message at all) and,
# when N is not empty, that N snippets or targets were measured, else that
# no table was written.
vcheck() {
  local name=$1 want=$2 pattern=$3 n=$4 file=$5
  shift 5
  rm -rf vout
  timeout "$LIMIT" "$TENOR" validate --no-default-lexicons -l vlex.csv --no-default-actors \
    -o vout "$@" "$file" > /dev/null 2> err.txt
  local status=$? why=()
  [ "$status" = "$want" ] || why+=("exit status $status, expected $want")
  if [ -z "$pattern" ]; then
    [ ! -s err.txt ] || why+=("unexpected stderr:" "$(head -c 600 err.txt)")
  else
    grep -qE "$pattern" err.txt || why+=("stderr does not match /$pattern/:" "$(head -c 600 err.txt)")
  fi
  if [ -n "$n" ]; then
    grep -qE "^\"(snippet|target)\",\"[a-z_]+\",\"(n|targets)\",,,$n,$n," vout/validate.csv 2> /dev/null ||
      why+=("not $n measured:" "$(head -3 vout/validate.csv 2>&1)")
  elif [ -e vout/validate.csv ] || [ -n "$(ls -A vout 2> /dev/null)" ]; then
    why+=("a table was written: $(ls -A vout)")
  fi
  if [ ${#why[@]} -eq 0 ]; then pass "validate: $name"; else fail "validate: $name" "${why[@]}"; fi
}

# ---------------------------------------------------------------- TSV
{ printf 'id\trating\ttext\n%s' "$good_tsv"; printf 'b1\t1 Good, no second tab.\n'; } > v-tabs.tsv
vcheck "TSV: a row without its second tab" 1 \
  '^tenor: v-tabs\.tsv:6: expected id<TAB>rating<TAB>text, found one tab; line skipped$' 4 v-tabs.tsv
{ printf '%s' "$good_tsv"; printf 'b1\tvery good\tGood.\nb2\t1,5\tGood.\nb3\tNaN\tGood.\n'; } > v-rating.tsv
vcheck "TSV: a rating that is not a number" 1 \
  "^tenor: v-rating\\.tsv:5: the gold 'very good' is neither a number nor a label \\(negative, neutral, positive\\); line skipped$" \
  4 v-rating.tsv
grep -q "^tenor: v-rating\.tsv:6: the gold '1,5' is neither" err.txt &&
  grep -q "^tenor: v-rating\.tsv:7: the gold 'NaN' is neither" err.txt &&
  pass "validate: TSV: a decimal comma and NaN are no ratings" ||
  fail "validate: TSV: a decimal comma and NaN are no ratings" "$(cat err.txt)"
{ printf '%s' "$good_tsv"; printf 'b1\tpositive\tGood.\n'; } > v-mixed.tsv
vcheck "TSV: a label among ratings" 1 \
  '^tenor: v-mixed\.tsv:5: a label where the snippets before have ratings \(the first on line 1\); line skipped$' \
  4 v-mixed.tsv
{ printf '%s' "$good_tsv"; printf 'b1\t1\tGood \xff\xfe byte.\n'; } > v-utf8.tsv
vcheck "TSV: invalid UTF-8" 1 '^tenor: v-utf8\.tsv:5: invalid UTF-8; line skipped$' 4 v-utf8.tsv
{ printf '%s' "$good_tsv"; printf 'b1\t1\tGood\0 byte.\n'; } > v-nul.tsv
vcheck "TSV: a NUL byte" 1 '^tenor: v-nul\.tsv:5: a NUL byte; line skipped$' 4 v-nul.tsv
: > v-empty.tsv
vcheck "TSV: an empty file" 1 '^tenor: v-empty\.tsv:1: empty gold standard: nothing to read$' '' v-empty.tsv
printf 'id\trating\ttext\n\n\n' > v-header.tsv
vcheck "TSV: a header alone" 1 '^tenor: v-header\.tsv: no usable snippet in the gold standard$' '' v-header.tsv
printf '\xff\xfei\x00d\x00\t\x001\x00\n\x00' > v-utf16.tsv
vcheck "TSV: UTF-16" 1 '^tenor: v-utf16\.tsv:1: the gold standard is UTF-16 or UTF-32, not UTF-8; convert it first' \
  '' v-utf16.tsv
{ printf '%s' "$good_tsv"; printf 'big\t1\t'; head -c 20000000 /dev/zero | tr '\0' 'a'; printf '\n'; } > v-huge.tsv
vcheck "TSV: a 20 MB snippet without a full stop" 1 \
  "^tenor: v-huge\\.tsv:5: sentence longer than 65536 bytes cut at a token boundary \\([0-9]+ cuts in the text of 'big'; see --max-sentence-bytes\\)$" 5 v-huge.tsv

# ---------------------------------------------------------------- CSV
{ printf 'id,gold,text\n%s' "$good_csv"; printf 'b1,1,"Good, and an open quote\n'; } > v-open.csv
vcheck "CSV: an unterminated quoted field" 1 '^tenor: v-open\.csv:6: malformed CSV: unterminated quoted field$' '' \
  v-open.csv
{ printf 'id,gold,text\n%s' "$good_csv"; printf 'b1,1,Good,extra\nb2,Good.\n'; } > v-fields.csv
vcheck "CSV: rows with too many or too few fields" 1 \
  '^tenor: v-fields\.csv:6: 4 fields where the header has 3; row skipped$' 4 v-fields.csv
grep -q '^tenor: v-fields\.csv:7: 2 fields where the header has 3; row skipped$' err.txt &&
  pass "validate: CSV: too few fields" || fail "validate: CSV: too few fields" "$(cat err.txt)"
{ printf 'id,gold,text\n%s' "$good_csv"; printf 'b1,1,Go\xc3od.\n'; } > v-utf8.csv
vcheck "CSV: invalid UTF-8 in a field" 1 \
  "^tenor: v-utf8\\.csv:6: invalid UTF-8 or a NUL byte in column 'text'; row skipped$" 4 v-utf8.csv
{ printf 'id,gold,text\n%s' "$good_csv"; printf 'b1,1,Go\0od.\n'; } > v-nul.csv
vcheck "CSV: a NUL byte in a field" 1 \
  "^tenor: v-nul\\.csv:6: invalid UTF-8 or a NUL byte in column 'text'; row skipped$" 4 v-nul.csv
printf 'id,score,text\nb1,1,Good.\n' > v-nogold.csv
vcheck "CSV: no gold column" 1 "^tenor: v-nogold\\.csv:1: header row must name the column 'gold'" '' v-nogold.csv
: > v-empty.csv
vcheck "CSV: an empty file" 1 '^tenor: v-empty\.csv:1: empty gold standard: no header row and no entries$' '' v-empty.csv
{ printf 'text,mention,from,to,label\n'
  printf 'Good for Zed.,Zed,9,12,positive\nGood for Zed.,Zed,9,12,glad\nBad for Ann.,Ann,8,99,negative\n'
  printf 'Bad for Ann.,Ann,7,10,negative\n'; } > v-targets.csv
vcheck "CSV of targets: an unknown label" 1 \
  "^tenor: v-targets\\.csv:3: the label 'glad' is not negative, neutral or positive; row skipped$" 1 v-targets.csv
grep -q '^tenor: v-targets\.csv:4: target 1: to 99 is beyond the end of the text (12 characters); row skipped$' err.txt &&
  grep -q '^tenor: v-targets\.csv:5: target 1: the text from 7 to 10 is " An", not the mention "Ann" (which is at 8 to 11); row skipped$' err.txt &&
  pass "validate: CSV of targets: offsets beyond the text or beside the mention" ||
  fail "validate: CSV of targets: offsets beyond the text or beside the mention" "$(cat err.txt)"

# ---------------------------------------------------------- JSON Lines
{ echo "$good_jsonl"
  echo '{"text": "Bad for Ann.", "targets": [{"mention": "Ann", "from": 8, "to": 11, "label": "negative"},]}'
  echo '{"text": "Bad for Ann.", "targets": [{"mention": "Ann", "from": 8, "to": 11, "label": "negative"}]'
  echo "{'text': 'Bad for Ann.'}"
  echo '{"text": "Bad for Ann.", "targets": [{"mention": "Ann", "from": 8, "to": 11, "label": "negative"}]} x'
} > v-syntax.jsonl
vcheck "JSON: a trailing comma" 1 \
  "^tenor: v-syntax\\.jsonl:2:99: unexpected ']' where a value should be; line skipped$" 1 v-syntax.jsonl
grep -q "^tenor: v-syntax\.jsonl:3:1: an object without its closing '}'; line skipped$" err.txt &&
  grep -q "^tenor: v-syntax\.jsonl:4:2: expected a key in double quotes, not byte 0x27; line skipped$" err.txt &&
  grep -q "^tenor: v-syntax\.jsonl:5:101: unexpected 'x' after the value; line skipped$" err.txt &&
  pass "validate: JSON: unclosed, single quotes, data after the value" ||
  fail "validate: JSON: unclosed, single quotes, data after the value" "$(cat err.txt)"
{ echo "$good_jsonl"
  echo '{"text": "Bad for Ann.", "targets": [{"mention": "Ann", "from": 8, "to": 13, "label": "negative"}]}'
  echo '{"text": "Bad for Ann.", "targets": [{"mention": "Ann", "from": 4, "to": 7, "label": "negative"}]}'
  echo '{"text": "Bad for Ann.", "targets": [{"mention": "Ann", "from": -1, "to": 3, "label": "negative"}]}'
  echo '{"text": "Bad for Ann.", "targets": [{"mention": "Ann", "from": 8, "to": 11, "label": "bad"}]}'
} > v-targets.jsonl
vcheck "JSON: offsets beyond the text" 1 \
  '^tenor: v-targets\.jsonl:2:38: target 1: to 13 is beyond the end of the text \(12 characters\); line skipped$' \
  1 v-targets.jsonl
grep -q '^tenor: v-targets\.jsonl:3:38: target 1: the text from 4 to 7 is "for", not the mention "Ann" (which is at 8 to 11); line skipped$' err.txt &&
  grep -q '^tenor: v-targets\.jsonl:4:65: target 1: "from" must be a whole number of characters, not -1; line skipped$' err.txt &&
  grep -q '^tenor: v-targets\.jsonl:5:87: target 1: the label "bad" is not negative, neutral or positive; line skipped$' err.txt &&
  pass "validate: JSON: offsets beside the mention, negative, an unknown label" ||
  fail "validate: JSON: offsets beside the mention, negative, an unknown label" "$(cat err.txt)"
# characters, not bytes: "é" is one character, two bytes
printf '%s\n' '{"text": "Caf\u00e9 Zed was good.", "targets": [{"mention": "Zed", "from": 5, "to": 8, "label": "positive"}]}' \
  '{"text": "Café Zed was good.", "targets": [{"mention": "Zed", "from": 5, "to": 8, "label": "positive"}]}' > v-chars.jsonl
vcheck "JSON: offsets count characters, escaped or not" 0 '' 2 v-chars.jsonl
{ echo "$good_jsonl"; printf '{"text": "Bad \xe9 for Ann.", "targets": []}\n'; } > v-utf8.jsonl
vcheck "JSON: invalid UTF-8 in a string" 1 '^tenor: v-utf8\.jsonl:2:15: invalid UTF-8 in a string; line skipped$' \
  1 v-utf8.jsonl
{ echo "$good_jsonl"; printf '{"text": "Bad\0 for Ann.", "targets": []}\n'; echo '{"text": "A\u0000B", "targets": []}'
  echo '{"text": "A\ud800B", "targets": []}'; } > v-nul.jsonl
vcheck "JSON: a NUL byte, \\u0000 and a lone surrogate" 1 \
  '^tenor: v-nul\.jsonl:2:14: a control character \(U\+0000\) in a string' 1 v-nul.jsonl
grep -q '^tenor: v-nul\.jsonl:3:12: \\u0000 (a NUL character) is not allowed in a string; line skipped$' err.txt &&
  grep -q '^tenor: v-nul\.jsonl:4:12: \\uD800 is the first half of a surrogate pair without its second; line skipped$' err.txt &&
  pass "validate: JSON: \\u0000 and a lone surrogate" || fail "validate: JSON: \\u0000 and a lone surrogate" "$(cat err.txt)"
: > v-empty.jsonl
vcheck "JSON: an empty file" 1 '^tenor: v-empty\.jsonl:1: empty gold standard: nothing to read$' '' v-empty.jsonl
{ echo "$good_jsonl"; head -c 1000000 /dev/zero | tr '\0' '['; echo; } > v-deep.jsonl
vcheck "JSON: a million nested arrays" 1 \
  '^tenor: v-deep\.jsonl:2:65: arrays and objects nested more than 64 deep; line skipped$' 1 v-deep.jsonl
{ echo "$good_jsonl"; printf '{"text": "'; head -c 20000000 /dev/zero | tr '\0' 'a'; printf '", "targets": [1]}\n'; } > v-long.jsonl
vcheck "JSON: a 20 MB string" 1 '^tenor: v-long\.jsonl:2:[0-9]+: target 1: a target must be an object, not a number; line skipped$' \
  1 v-long.jsonl

# ------------------------------------------------------ random bytes
for f in tsv csv jsonl; do
  head -c 5000 /dev/urandom > "v-random.$f"
  timeout "$LIMIT" "$TENOR" validate --no-default-lexicons -l vlex.csv -o vout "v-random.$f" > /dev/null 2> err.txt
  status=$?
  [ $status -eq 1 ] && grep -qE "^tenor: v-random\\.$f(:[0-9]+)+: |^tenor: v-random\\.$f: " err.txt &&
    pass "validate: random bytes as $f" || fail "validate: random bytes as $f" "status $status" "$(head -c 400 err.txt)"
done

"$TENOR" validate --help > out.txt 2> err.txt && head -1 out.txt | grep -q '^Usage: tenor validate ' && [ ! -s err.txt ] &&
  pass "validate --help prints usage on stdout" || fail "validate --help prints usage on stdout" "$(head -3 out.txt err.txt)"
