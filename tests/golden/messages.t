# Golden tests of the messages on standard error: --verbose reports each
# stage (lexicons and actor lists loaded, with their entry counts; the
# documents found; every document scored, with its sentences), and a clean
# run prints nothing at all when standard error is not a terminal, with or
# without --quiet (the progress line is drawn only on a terminal: see
# tests/progress/run).

=== --verbose: every lexicon and actor list, the inputs, every document
--- args
score --verbose --no-default-lexicons -l lex.csv -l more.csv --no-default-actors --actor-list actors.csv -o out a.txt --csv news.csv
--- file lex.csv
term,category,weight
good,tone,2
threat,hostility,3
said,speech,
--- file more.csv
term,category,weight
good,tone,1
talks,cooperation,1.5
--- file actors.csv
actor,name,type,affiliation,aliases
RUS,Russia,state,,Russian|Moscow
TUR,Turkey,state,,Turkish|Ankara
--- file a.txt
Russia said talks were good.
--- file news.csv
id,group,text
n1,herald,"A threat. Good talks."
n2,post,Fine.
--- stdout
--- stderr
tenor: loaded lexicon lex.csv: 3 new entries, 3 in all
tenor: loaded lexicon more.csv: 1 new entry, 4 in all
tenor: loaded actor list actors.csv: 2 new actors, 2 in all
tenor: found 3 documents to score: 1 file, 2 rows of 1 CSV corpus
tenor: a.txt: 1 sentence scored
tenor: news.csv:2: document n1: 2 sentences scored
tenor: news.csv:3: document n2: 1 sentence scored
tenor: scored 3 documents, 4 sentences
--- status
0

=== --verbose with standard input and no actor list
--- args
score --verbose --no-default-lexicons -l lex.csv --no-default-actors
--- file lex.csv
term,category,weight
good,tone,2
--- stdin
A good day. Another one.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"stdin",,,1,0,11,3,1,,,2.0000,0.4588,0.0000,0.0000,1,0,"A good day."
"stdin",,,2,12,24,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Another one."
--- stderr
tenor: loaded lexicon lex.csv: 1 new entry, 1 in all
tenor: no actors loaded
tenor: found 1 document to score: standard input
tenor: <stdin>: 2 sentences scored
tenor: scored 1 document, 2 sentences
--- status
0

=== --verbose keeps the warnings in order among its own lines
--- args
score --verbose --no-default-lexicons -l lex.csv --no-default-actors -o out a.txt empty.txt b.txt
--- file lex.csv
term,category,weight
good,tone,2
--- file a.txt
Good.
--- file empty.txt
--- file b.txt
One. Two. Three.
--- stdout
--- stderr
tenor: loaded lexicon lex.csv: 1 new entry, 1 in all
tenor: no actors loaded
tenor: found 3 documents to score: 3 files
tenor: a.txt: 1 sentence scored
tenor: b.txt: 3 sentences scored
tenor: empty.txt: empty file, nothing to score
tenor: empty.txt: 0 sentences scored
tenor: scored 3 documents, 4 sentences
--- status
1

=== --verbose for tenor compare, with a folder
--- args
compare --verbose --no-default-lexicons -l lex.csv --no-default-actors --group-by-dir -o out corpus
--- file lex.csv
term,category,weight
good,tone,2
bad,tone,-2
--- file corpus/a/1.txt
Good.
--- file corpus/a/2.txt
Good and good.
--- file corpus/b/1.txt
Bad.
--- file corpus/b/2.txt
Bad news. Bad.
--- stdout
--- stderr
tenor: loaded lexicon lex.csv: 2 new entries, 2 in all
tenor: no actors loaded
tenor: found 4 documents to score: 4 files
tenor: corpus/a/1.txt: 1 sentence scored
tenor: corpus/a/2.txt: 1 sentence scored
tenor: corpus/b/1.txt: 1 sentence scored
tenor: corpus/b/2.txt: 2 sentences scored
tenor: scored 4 documents, 5 sentences
--- status
0

=== a clean run says nothing on a standard error that is not a terminal
--- args
score --no-default-lexicons -l lex.csv -o out a.txt b.txt
--- file lex.csv
term,category,weight
good,tone,2
--- file a.txt
Good.
--- file b.txt
Also good.
--- stdout
--- stderr
--- status
0

=== --quiet: a clean run says nothing
--- args
compare --quiet --no-default-lexicons -l lex.csv --group-by-dir -o out corpus
--- file lex.csv
term,category,weight
good,tone,2
--- file corpus/a/1.txt
Good.
--- file corpus/b/1.txt
Not much.
--- stdout
--- stderr
--- status
0

=== --quiet drops only the progress line: warnings stay
--- args
score --quiet --no-default-lexicons -l lex.csv -o out a.txt empty.txt
--- file lex.csv
term,category,weight
good,tone,2
--- file a.txt
Good.
--- file empty.txt
--- stdout
--- stderr
tenor: empty.txt: empty file, nothing to score
--- status
1
