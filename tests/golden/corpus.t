# Golden tests of corpus input: CSV corpora, groups and dates.
# The "issue 7" cases: a folder is walked as it is scored, sorted folder by
# folder without a list of its files; the order must stay that of the whole
# paths below it ('-' < '.' < '/' < '0'), and duplicate ids are still found
# before anything is scored.

=== a CSV corpus: quoted fields with commas, quotes and line breaks, CRLF, a BOM
--- args
score --no-default-lexicons -l lex.csv --no-default-actors --csv corpus.csv
--- file lex.csv
term,category,weight
good,tone,1
--- file corpus.csv
﻿id,group,date,title,text
a1,herald,2015-10-08,First,"Good day, really. ""Quoted"" text.
Second line."
a2,post,2015-10-09T14:03:00Z,Second,A good day.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"a1","herald","2015-10-08",1,0,17,3,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good day, really."
"a1","herald","2015-10-08",2,18,32,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"""Quoted"" text."
"a1","herald","2015-10-08",3,33,45,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Second line."
"a2","post","2015-10-09T14:03:00Z",1,0,11,3,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"A good day."
--- stderr

=== rows with no text, an empty id or a bad date are reported and skipped
--- args
score --no-default-lexicons -l lex.csv --no-default-actors --csv corpus.csv
--- file lex.csv
term,category,weight
good,tone,1
--- file corpus.csv
id,date,text
ok,2015-10-08,Fine.
bad,2015-02-30,Impossible date.
also,Oct 8,Not ISO.
empty,2015-10-08,
,2015-10-08,No id.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"ok",,"2015-10-08",1,0,5,1,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Fine."
--- stderr
tenor: corpus.csv:3: bad date '2015-02-30' (expected ISO 8601: 2015-10-08 or 2015-10-08T14:03:00Z); row skipped
tenor: corpus.csv:4: bad date 'Oct 8' (expected ISO 8601: 2015-10-08 or 2015-10-08T14:03:00Z); row skipped
tenor: corpus.csv:5: no text in column 'text'; row skipped
tenor: corpus.csv:6: empty id in column 'id'; row skipped
tenor: corpus.csv: 4 rows skipped
--- status
1

=== issue 8: rows with more or fewer fields than the header are reported and skipped
--- args
score --no-default-lexicons -l lex.csv --no-default-actors --csv corpus.csv
--- file lex.csv
term,category,weight
good,tone,1
--- file corpus.csv
id,group,text
a,north,Good.
b,south,Good, and an unquoted comma.
c,Good but no group.
d,north,"Good, quoted."
e,south,Good.,
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"a","north",,1,0,5,1,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good."
"d","north",,1,0,13,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good, quoted."
--- stderr
tenor: corpus.csv:3: 4 fields where the header has 3; row skipped
tenor: corpus.csv:4: 2 fields where the header has 3; row skipped
tenor: corpus.csv:6: 4 fields where the header has 3; row skipped
tenor: corpus.csv: 3 rows skipped
--- status
1

=== columns chosen by name; without an id column, ids are the corpus name and row
--- args
score --no-default-lexicons -l lex.csv --no-default-actors --csv news.csv --text-col body --group-col outlet
--- file lex.csv
term,category,weight
good,tone,1
--- file news.csv
outlet,body,extra
north,Good.,x
south,Fine.,y
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"news-1","north",,1,0,5,1,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good."
"news-2","south",,1,0,5,1,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Fine."

=== a missing text column stops the run with the header's line
--- args
score --no-default-lexicons -l lex.csv --csv news.csv
--- file lex.csv
term,category,weight
good,tone,1
--- file news.csv
id,body
1,Good.
--- stderr
tenor: news.csv:1: header row must name the column text (no 'text')
--- status
1

=== a named column that is missing is an error too
--- args
score --no-default-lexicons -l lex.csv --csv news.csv --date-col published
--- file lex.csv
term,category,weight
good,tone,1
--- file news.csv
id,text
1,Good.
--- stderr
tenor: news.csv:1: header row must name the columns text and published (no 'published')
--- status
1

=== an unterminated quoted field in a corpus
--- args
score --no-default-lexicons -l lex.csv --csv news.csv
--- file lex.csv
term,category,weight
good,tone,1
--- file news.csv
id,text
1,"Good.
2,Fine.
--- stderr
tenor: news.csv:2: malformed CSV: unterminated quoted field
--- status
1

=== one id in two CSV rows, or in a row and a file, stops everything
--- args
score --no-default-lexicons -l lex.csv --csv news.csv x.txt
--- file lex.csv
term,category,weight
good,tone,1
--- file news.csv
id,text
x,Good.
y,Fine.
y,Again.
--- file x.txt
Good.
--- stderr
tenor: two inputs have the document id 'x': x.txt and news.csv:2
tenor: two inputs have the document id 'y': news.csv:3 and news.csv:4
--- status
1

=== --group-by-dir and --date-from-name
--- args
score --no-default-lexicons -l lex.csv --no-default-actors --group-by-dir --date-from-name corpus
--- file lex.csv
term,category,weight
good,tone,1
--- file corpus/herald/2015-10-08-strikes.txt
Good.
--- file corpus/post/2015-10-09_talks.txt
Fine.
--- file corpus/loose.txt
Loose.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"herald/2015-10-08-strikes","herald","2015-10-08",1,0,5,1,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good."
"loose",,,1,0,6,1,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Loose."
"post/2015-10-09_talks","post","2015-10-09",1,0,5,1,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Fine."

=== --group labels files and stdin
--- args
score --no-default-lexicons -l lex.csv --no-default-actors --group wire a.txt -
--- file lex.csv
term,category,weight
good,tone,1
--- file a.txt
Good.
--- stdin
Fine.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"a","wire",,1,0,5,1,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good."
"stdin","wire",,1,0,5,1,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Fine."

=== issue 8: a folder's files in the order of their ids, not folder by folder nor by file name
--- args
score --no-default-lexicons -l lex.csv --no-default-actors --group-by-dir tree
--- file lex.csv
term,category,weight
good,tone,1
--- file tree/a/b.txt
In a.
--- file tree/a/z/deep.txt
Deep in a.
--- file tree/a-c.txt
Dash.
--- file tree/a.txt
Dot.
--- file tree/a0.txt
Zero.
--- file tree/x.txt/inner.txt
Inside a folder named x.txt.
--- file tree/.git/hidden.txt
Hidden folder.
--- file tree/a/.hidden.txt
Hidden file.
--- file tree/a/notes.md
Not text.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"a",,,1,0,4,1,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Dot."
"a-c",,,1,0,5,1,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Dash."
"a/b","a",,1,0,5,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"In a."
"a/z/deep","a",,1,0,10,3,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Deep in a."
"a0",,,1,0,5,1,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Zero."
"x.txt/inner","x.txt",,1,0,28,6,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Inside a folder named x.txt."
--- stderr

=== issue 7: one id in two folders stops everything, with the messages in id order
--- args
score --no-default-lexicons -l lex.csv --no-default-actors one two/
--- file lex.csv
term,category,weight
good,tone,1
--- file one/x.txt
One.
--- file one/sub/y.txt
One.
--- file one/only.txt
One.
--- file two/x.txt
Two.
--- file two/sub/y.txt
Two.
--- stderr
tenor: two inputs have the document id 'sub/y': one/sub/y.txt and two/sub/y.txt
tenor: two inputs have the document id 'x': one/x.txt and two/x.txt
--- status
1

=== issue 7: a folder given twice: every id twice
--- args
score --no-default-lexicons -l lex.csv --no-default-actors --verbose dir dir
--- file lex.csv
term,category,weight
good,tone,1
--- file dir/b.txt
B.
--- file dir/a.txt
A.
--- stderr
tenor: loaded lexicon lex.csv: 1 new entry, 1 in all
tenor: no actors loaded
tenor: two inputs have the document id 'a': dir/a.txt and dir/a.txt
tenor: two inputs have the document id 'b': dir/b.txt and dir/b.txt
--- status
1

=== issue 7: one id in two rows of the only input, a CSV corpus
--- args
score --no-default-lexicons -l lex.csv --no-default-actors --csv news.csv
--- file lex.csv
term,category,weight
good,tone,1
--- file news.csv
id,text
x,Good.
y,Fine.
x,Again.
--- stderr
tenor: two inputs have the document id 'x': news.csv:2 and news.csv:4
--- status
1

=== issue 7: a folder, a file and a CSV corpus with distinct ids are counted and scored
--- args
score --no-default-lexicons -l lex.csv --no-default-actors --verbose -o out tree b.txt --csv news.csv
--- file lex.csv
term,category,weight
good,tone,1
--- file tree/a.txt
Good.
--- file tree/sub/a.txt
Good.
--- file b.txt
Good.
--- file news.csv
id,text
r1,Good.
r2,Fine.
--- stderr
tenor: loaded lexicon lex.csv: 1 new entry, 1 in all
tenor: no actors loaded
tenor: found 5 documents to score: 3 files, 2 rows of 1 CSV corpus
tenor: tree/a.txt: 1 sentence scored
tenor: b.txt: 1 sentence scored
tenor: news.csv:2: document r1: 1 sentence scored
tenor: news.csv:3: document r2: 1 sentence scored
tenor: tree/sub/a.txt: 1 sentence scored
tenor: scored 5 documents, 5 sentences
