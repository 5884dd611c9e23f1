# Golden tests of `tenor score`: exact stdout, stderr, status and files.
# Small lexicons are given in each case so that the scores are easy to
# check by hand; the shipped lexicons are tested in defaults.t.

=== one sentence per line of output, with a custom lexicon
--- args
score --no-default-lexicons -l lex.csv news.txt
--- file lex.csv
term,category,weight
threat,tone,-2
threat,hostility,3
talks,cooperation,1.5
not,negator,
--- file news.txt
Officials said the missiles were not a threat. Talks resume on Monday.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"news",,,1,0,46,8,1,,,1.4800,0.3570,0.7500,0.0000,1,0,"Officials said the missiles were not a threat."
"news",,,2,47,70,4,1,,,0.0000,0.0000,0.0000,1.5000,0,0,"Talks resume on Monday."
--- stderr
--- status
0

=== stdin is the default input and its id is stdin
--- args
score --no-default-lexicons --lexicon lex.csv
--- file lex.csv
term,category,weight
good,tone,2
--- stdin
A good day.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"stdin",,,1,0,11,3,1,,,2.0000,0.4588,0.0000,0.0000,1,0,"A good day."

=== - reads stdin among other inputs, in the order of its id stdin
--- args
score --no-default-lexicons -l lex.csv a.txt - b.md
--- file lex.csv
term,category,weight
good,tone,2
--- file a.txt
First good.
--- file b.md
Third.
--- stdin
Second.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"a",,,1,0,11,2,1,,,2.0000,0.4588,0.0000,0.0000,1,0,"First good."
"b",,,1,0,6,1,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Third."
"stdin",,,1,0,7,1,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Second."

=== a folder: every .txt below it in id order (numbers by value), ids are paths without .txt
--- args
score --no-default-lexicons -l lex.csv corpus
--- file lex.csv
term,category,weight
good,tone,2
--- file corpus/outlet-b/2.txt
B two.
--- file corpus/outlet-a/10.txt
A ten.
--- file corpus/outlet-a/9.txt
A nine.
--- file corpus/notes.md
Not a text file.
--- file corpus/.hidden.txt
Hidden.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"outlet-a/9",,,1,0,7,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"A nine."
"outlet-a/10",,,1,0,6,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"A ten."
"outlet-b/2",,,1,0,6,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"B two."

=== text fields are quoted with doubled quotes and flattened white space
--- args
score --no-default-lexicons -l lex.csv q.txt
--- file lex.csv
term,category,weight
despicable,tone,-3
despicable,hostility,3.5
--- file q.txt
"It is despicable,"   he said,
	"and wrong."
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"q",,,1,0,44,7,1,,,-3.0000,-0.6124,3.5000,0.0000,0,1,"""It is despicable,"" he said, ""and wrong."""

=== -o writes sentences.csv and documents.csv and creates the folder
--- args
score --no-default-lexicons -l lex.csv -o out/deep one.txt two.txt
--- file lex.csv
term,category,weight
attack,tone,-2
attack,hostility,3
cooperate,cooperation,2
--- file one.txt
They attack. They cooperate.

The attack failed!
--- file two.txt
Nothing to see.
--- stdout
--- stderr
--- output out/deep/sentences.csv
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"one",,,1,0,12,2,1,,,-2.0000,-0.4588,3.0000,0.0000,0,1,"They attack."
"one",,,2,13,28,2,1,,,0.0000,0.0000,0.0000,2.0000,0,0,"They cooperate."
"one",,,3,30,48,3,1,,,-2.2920,-0.5093,3.2920,0.0000,0,1,"The attack failed!"
"two",,,1,0,15,3,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Nothing to see."
--- output out/deep/documents.csv
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens
"one",,,3,7,-1.4307,-0.3227,2.0973,89.8857,0.6667,28.5714
"two",,,1,3,0.0000,0.0000,0.0000,0.0000,0.0000,0.0000
--- absent out/deep/.*

=== later lexicons override earlier entries
--- args
score --no-default-lexicons -l a.csv -l b.csv s.txt
--- file a.csv
term,category,weight
crisis,tone,-2
--- file b.csv
# b overrides a
term,category,weight
crisis,tone,-1
--- file s.txt
A crisis.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"s",,,1,0,9,2,1,,,-1.0000,-0.2500,0.0000,0.0000,0,1,"A crisis."

=== --max-sentence-bytes cuts long sentences and says so
--- args
score --no-default-lexicons -l lex.csv --max-sentence-bytes 20 long.txt
--- file lex.csv
term,category,weight
good,tone,1
--- file long.txt
Short one.
One two three four five six seven eight nine ten
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"long",,,1,0,10,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Short one."
"long",,,2,11,29,4,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"One two three four"
"long",,,3,30,50,4,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"five six seven eight"
"long",,,4,51,59,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"nine ten"
--- stderr
tenor: long.txt:2: sentence longer than 20 bytes cut at a token boundary (2 cuts in this file; see --max-sentence-bytes)
--- status
1
