# Golden tests of tenor's messages: usage errors (exit 2), bad lexicons and
# bad inputs (exit 1), each with its exact message on stderr.

=== no command
--- args

--- stderr
tenor: no command given
try 'tenor --help'
--- status
2

=== unknown command
--- args
frobnicate
--- stderr
tenor: unknown command 'frobnicate'
try 'tenor --help'
--- status
2

=== unknown option of the command
--- args
--bogus
--- stderr
tenor: unknown option --bogus
try 'tenor --help'
--- status
2

=== unknown option of score
--- args
score --bogus
--- stderr
tenor: unknown option --bogus
try 'tenor score --help'
--- status
2

=== option without its value
--- args
score -o
--- stderr
tenor: option -o needs a value
try 'tenor score --help'
--- status
2

=== a number that is not one
--- args
score --max-sentence-bytes 12x
--- stderr
tenor: --max-sentence-bytes needs a whole number of bytes, not '12x'
try 'tenor score --help'
--- status
2

=== --max-doc-bytes that is not a number
--- args
score --max-doc-bytes -1
--- stderr
tenor: --max-doc-bytes needs a whole number of bytes, not '-1'
try 'tenor score --help'
--- status
2

=== issue 8: a document longer than --max-doc-bytes is cut after its last whole line, the others still scored
--- args
score --no-default-lexicons -l lex.csv --max-doc-bytes 30 long.txt short.txt
--- file lex.csv
term,category,weight
good,tone,1
--- file long.txt
Good one.
Good two.
Good three, left out.
--- file short.txt
Good.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"long",,,1,0,9,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good one."
"long",,,2,10,19,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good two."
"short",,,1,0,5,1,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good."
--- stderr
tenor: long.txt:3: document longer than 30 bytes cut before this line (see --max-doc-bytes)
--- status
1

=== issue 8: a first line longer than --max-doc-bytes is cut within it, not inside a character (the limit falls inside é)
--- args
score --no-default-lexicons -l lex.csv --max-doc-bytes 9 long.txt
--- file lex.csv
term,category,weight
good,tone,1
--- file long.txt
Good café, good.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"long",,,1,0,8,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good caf"
--- stderr
tenor: long.txt:1: document longer than 9 bytes cut within this line (see --max-doc-bytes)
--- status
1

=== no lexicon at all
--- args
score --no-default-lexicons
--- stderr
tenor: --no-default-lexicons leaves nothing to score with; add --lexicon FILE
try 'tenor score --help'
--- status
2

=== a lexicon weight out of range names file and line, and nothing is scored
--- args
score --no-default-lexicons -l bad.csv in.txt
--- file bad.csv
term,category,weight
# fine so far
threat,tone,9
--- file in.txt
A threat.
--- stderr
tenor: bad.csv:3: weight 9 out of range for tone (-4 to 4)
--- status
1

=== a lexicon with a category name that cannot be a column
--- args
score -l bad.csv in.txt
--- file bad.csv
term,category,weight
threat,Anger Level,2
--- file in.txt
A threat.
--- stderr
tenor: bad.csv:2: bad category name 'Anger Level': lower-case letters, digits and _, starting with a letter
--- status
1

=== a lexicon row with a missing column
--- args
score -l bad.csv in.txt
--- file bad.csv
term,category,weight
threat,tone
--- file in.txt
A threat.
--- stderr
tenor: bad.csv:2: missing column 'weight'
--- status
1

=== a lexicon weight that is not a number
--- args
score -l bad.csv in.txt
--- file bad.csv
term,category,weight
threat,tone,very
--- file in.txt
A threat.
--- stderr
tenor: bad.csv:2: weight 'very' is not a number
--- status
1

=== an empty lexicon
--- args
score -l empty.csv in.txt
--- file empty.csv
# nothing but a comment
--- file in.txt
A threat.
--- stderr
tenor: empty.csv:1: empty lexicon: no header row and no entries
--- status
1

=== a lexicon file that does not exist
--- args
score -l nope.csv in.txt
--- file in.txt
A threat.
--- stderr
tenor: cannot open nope.csv: No such file or directory
--- status
1

=== two inputs with one id are an error naming both, before anything is scored
--- args
score --no-default-lexicons -l lex.csv a/x.txt b/x.txt
--- file lex.csv
term,category,weight
good,tone,1
--- file a/x.txt
One.
--- file b/x.txt
Two.
--- stderr
tenor: two inputs have the document id 'x': a/x.txt and b/x.txt
--- status
1

=== a missing input is reported and the others are still scored
--- args
score --no-default-lexicons -l lex.csv a.txt missing.txt b.txt
--- file lex.csv
term,category,weight
good,tone,1
--- file a.txt
Good one.
--- file b.txt
Good two.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"a",,,1,0,9,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good one."
"b",,,1,0,9,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good two."
--- stderr
tenor: cannot open missing.txt: No such file or directory
--- status
1

=== an empty file and a blank file are reported, the others still scored
--- args
score --no-default-lexicons -l lex.csv -o out empty.txt blank.txt ok.txt
--- file lex.csv
term,category,weight
good,tone,1
--- file empty.txt
--- file blank.txt
   
--- file ok.txt
Good.
--- stderr
tenor: blank.txt: no words to score
tenor: empty.txt: empty file, nothing to score
--- status
1
--- output out/documents.csv
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens
"blank",,,0,0,,,,,,
"empty",,,0,0,,,,,,
"ok",,,1,1,1.0000,0.2500,0.0000,0.0000,0.0000,0.0000

=== a folder without .txt files
--- args
score --no-default-lexicons -l lex.csv folder
--- file lex.csv
term,category,weight
good,tone,1
--- file folder/readme.md
Nothing here.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
--- stderr
tenor: folder: no .txt files in this folder
--- status
1

=== an output folder that cannot be created
--- args
score --no-default-lexicons -l lex.csv -o plain.txt/out plain.txt
--- file lex.csv
term,category,weight
good,tone,1
--- file plain.txt
Good.
--- stderr
tenor: cannot create plain.txt/out: Not a directory
--- status
1
