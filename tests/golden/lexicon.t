# Golden tests of `tenor lexicon` (import, check, list, stats) and of
# loading lexicons of the six other formats (docs/formats.md) with
# `tenor score --lexicon FILE`.  Every lexicon here is made up for these
# tests, in the layout of its format; none is copied from a published one.
# Tabs in the format files are real tab characters.

=== import vader: the mean is the tone, a phrase stays a phrase
--- args
lexicon import --from vader words.txt -o -
--- file words.txt
calm	1.5	0.5	[1, 2, 2, 1, 2, 1, 2, 1, 2, 1]
fed up	-1.8	0.6	[-2, -2, -1, -2, -2, -2, -1, -2, -2, -2]
row	-1.2	0.4
--- stdout
term,category,weight,match
"calm","tone",1.5000,
"fed up","tone",-1.8000,
"row","tone",-1.2000,
--- stderr
--- status
0

=== import afinn: the integer times 0.8
--- args
lexicon import --from afinn words.txt -o -
--- file words.txt
scandal	-3
boon	5
win-win	1
so so	-1
meh	0
--- stdout
term,category,weight,match
"scandal","tone",-2.4000,
"boon","tone",4.0000,
"win-win","tone",0.8000,
"so so","tone",-0.8000,
"meh","tone",0.0000,
--- stderr
--- status
0

=== import liwc: categories from the header, a wildcard keeps its *, a phrase, several ids
--- args
lexicon import --from liwc words.txt -o -
--- file words.txt
%
1	Anger
02	Social Talk
%
hostil*	1
round table	2
rant	1 2
--- stdout
term,category,weight,match
"hostil*","anger",1.0000,
"round table","social_talk",1.0000,
"rant","anger",1.0000,
"rant","social_talk",1.0000,
--- stderr
--- status
0

=== import lsd: the four keys give tone +1 or -1, a wildcard keeps its *
--- args
lexicon import --from lsd words.txt -o -
--- file words.txt
# made-up entries in the layout of the Lexicoder dictionary
dictionary:
  negative:
  - gloom*
  - "dead end"
  positive:
  - boon
  neg_positive: [not fine]
  neg_negative:
  - not awful
--- stdout
term,category,weight,match
"gloom*","tone",-1.0000,
"dead end","tone",-1.0000,
"boon","tone",1.0000,
"not fine","tone",-1.0000,
"not awful","tone",1.0000,
--- stderr
--- status
0

=== import nrc: one row per emotion marked 1, none for 0
--- args
lexicon import --from nrc words.txt -o -
--- file words.txt
riot	anger	1
riot	fear	1
riot	joy	0
parade	joy	1
parade	surprise	1
dread	fear	1
--- stdout
term,category,weight,match
"riot","anger",1.0000,
"riot","fear",1.0000,
"parade","joy",1.0000,
"parade","surprise",1.0000,
"dread","fear",1.0000,
--- stderr
--- status
0

=== import mpqa: strength times polarity, stemmed1=y gives match stem, neutral gives no row
--- args
lexicon import --from mpqa words.txt -o -
--- file words.txt
type=strongsubj len=1 word1=thrive pos1=verb stemmed1=y priorpolarity=positive
type=weaksubj len=1 word1=gripe pos1=noun stemmed1=n priorpolarity=negative
type=weaksubj len=1 word1=mull pos1=verb stemmed1=n priorpolarity=neutral
type=strongsubj len=1 word1=rebuke pos1=verb priorpolarity=negative
--- stdout
term,category,weight,match
"thrive","tone",2.0000,"stem"
"gripe","tone",-1.0000,
"rebuke","tone",-2.0000,
--- stderr
--- status
0

=== import -o writes the file and nothing on stdout
--- args
lexicon import --from afinn words.txt -o out.csv
--- file words.txt
scandal	-3
boon	5
win-win	1
so so	-1
meh	0
--- output out.csv
term,category,weight,match
"scandal","tone",-2.4000,
"boon","tone",4.0000,
"win-win","tone",0.8000,
"so so","tone",-0.8000,
"meh","tone",0.0000,
--- stderr
--- status
0

=== import -o of a file with a bad line writes nothing
--- args
lexicon import --from afinn words.txt -o out.csv
--- file words.txt
scandal	-3
boon	5
win-win	six
meh	0
--- absent out.csv
--- absent .out.csv.*
--- stderr
tenor: words.txt:3: AFINN score 'six' is not an integer from -5 to 5
--- status
1

=== import -o into a folder that does not exist
--- args
lexicon import --from afinn words.txt -o no/out.csv
--- file words.txt
scandal	-3
boon	5
win-win	1
so so	-1
meh	0
--- stderr
tenor: cannot write no/out.csv: No such file or directory
--- status
1

=== import without --from: .dic is liwc
--- args
lexicon import emotions.dic -o -
--- file emotions.dic
%
1	Anger
02	Social Talk
%
hostil*	1
round table	2
rant	1 2
--- stdout
term,category,weight,match
"hostil*","anger",1.0000,
"round table","social_talk",1.0000,
"rant","anger",1.0000,
"rant","social_talk",1.0000,
--- stderr
--- status
0

=== import without --from: .yml is lsd
--- args
lexicon import lsd.yml -o -
--- file lsd.yml
# made-up entries in the layout of the Lexicoder dictionary
dictionary:
  negative:
  - gloom*
  - "dead end"
  positive:
  - boon
  neg_positive: [not fine]
  neg_negative:
  - not awful
--- stdout
term,category,weight,match
"gloom*","tone",-1.0000,
"dead end","tone",-1.0000,
"boon","tone",1.0000,
"not fine","tone",-1.0000,
"not awful","tone",1.0000,
--- stderr
--- status
0

=== import without --from: .tff is mpqa
--- args
lexicon import clues.tff -o -
--- file clues.tff
type=strongsubj len=1 word1=thrive pos1=verb stemmed1=y priorpolarity=positive
type=weaksubj len=1 word1=gripe pos1=noun stemmed1=n priorpolarity=negative
type=weaksubj len=1 word1=mull pos1=verb stemmed1=n priorpolarity=neutral
type=strongsubj len=1 word1=rebuke pos1=verb priorpolarity=negative
--- stdout
term,category,weight,match
"thrive","tone",2.0000,"stem"
"gripe","tone",-1.0000,
"rebuke","tone",-2.0000,
--- stderr
--- status
0

=== import without --from: word TAB integer is afinn
--- args
lexicon import afinn.txt -o -
--- file afinn.txt
scandal	-3
boon	5
win-win	1
so so	-1
meh	0
--- stdout
term,category,weight,match
"scandal","tone",-2.4000,
"boon","tone",4.0000,
"win-win","tone",0.8000,
"so so","tone",-0.8000,
"meh","tone",0.0000,
--- stderr
--- status
0

=== import without --from: word TAB name TAB 0 or 1 is nrc
--- args
lexicon import emolex.txt -o -
--- file emolex.txt
riot	anger	1
riot	fear	1
riot	joy	0
parade	joy	1
parade	surprise	1
dread	fear	1
--- stdout
term,category,weight,match
"riot","anger",1.0000,
"riot","fear",1.0000,
"parade","joy",1.0000,
"parade","surprise",1.0000,
"dread","fear",1.0000,
--- stderr
--- status
0

=== import --from auto: token TAB mean TAB sd is vader
--- args
lexicon import --from auto vader.txt -o -
--- file vader.txt
calm	1.5	0.5	[1, 2, 2, 1, 2, 1, 2, 1, 2, 1]
fed up	-1.8	0.6	[-2, -2, -1, -2, -2, -2, -1, -2, -2, -2]
row	-1.2	0.4
--- stdout
term,category,weight,match
"calm","tone",1.5000,
"fed up","tone",-1.8000,
"row","tone",-1.2000,
--- stderr
--- status
0

=== round trip: imported CSV files score like the originals (wildcard, phrase, stem)
--- args
score --no-default-lexicons -l liwc.csv -l mpqa.csv news.txt
--- file liwc.csv
term,category,weight,match
"hostil*","anger",1.0000,
"round table","social_talk",1.0000,
"rant","social_talk",1.0000,
"rant","anger",1.0000,
--- file mpqa.csv
term,category,weight,match
"thrive","tone",2.0000,"stem"
"gripe","tone",-1.0000,
"rebuke","tone",-2.0000,
--- file news.txt
Hostilities thrived at the round table. A rant, a gripe and a rebuke.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text,anger,anger_per_100_tokens,social_talk,social_talk_per_100_tokens
"news",,,1,0,39,6,1,,,2.0000,0.4588,0.0000,0.0000,1,0,"Hostilities thrived at the round table.",1.0000,16.6667,1.0000,16.6667
"news",,,2,40,69,7,2,,,-3.0000,-0.6124,0.0000,0.0000,0,2,"A rant, a gripe and a rebuke.",1.0000,14.2857,1.0000,14.2857
--- stderr
--- status
0

=== round trip: the same text with the original files
--- args
score --no-default-lexicons -l emotions.dic -l clues.tff news.txt
--- file emotions.dic
%
1	Anger
02	Social Talk
%
hostil*	1
round table	2
rant	1 2
--- file clues.tff
type=strongsubj len=1 word1=thrive pos1=verb stemmed1=y priorpolarity=positive
type=weaksubj len=1 word1=gripe pos1=noun stemmed1=n priorpolarity=negative
type=weaksubj len=1 word1=mull pos1=verb stemmed1=n priorpolarity=neutral
type=strongsubj len=1 word1=rebuke pos1=verb priorpolarity=negative
--- file news.txt
Hostilities thrived at the round table. A rant, a gripe and a rebuke.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text,anger,anger_per_100_tokens,social_talk,social_talk_per_100_tokens
"news",,,1,0,39,6,1,,,2.0000,0.4588,0.0000,0.0000,1,0,"Hostilities thrived at the round table.",1.0000,16.6667,1.0000,16.6667
"news",,,2,40,69,7,2,,,-3.0000,-0.6124,0.0000,0.0000,0,2,"A rant, a gripe and a rebuke.",1.0000,14.2857,1.0000,14.2857
--- stderr
--- status
0

=== import vader: a bad line in the middle names file and line, nothing on stdout
--- args
lexicon import --from vader words.txt -o -
--- file words.txt
calm	1.5	0.5
hope	1.9	0.54	[2, 2, 1, 2, 2, 2, 2, 2, 2, 2]
row	-1.2	0.4
boom	5.2	0.4
fed up	-1.8	0.6
--- stderr
tenor: words.txt:4: mean 5.2 out of range for tone (-4 to 4)
--- status
1

=== score -l vader: the same bad line stops the run before anything is scored
--- args
score --no-default-lexicons -l words.txt in.txt
--- file words.txt
calm	1.5	0.5
hope	1.9	0.54	[2, 2, 1, 2, 2, 2, 2, 2, 2, 2]
row	-1.2	0.4
boom	5.2	0.4
fed up	-1.8	0.6
--- file in.txt
A calm day.
--- stderr
tenor: words.txt:4: mean 5.2 out of range for tone (-4 to 4)
--- status
1

=== import afinn: a bad line in the middle names file and line, nothing on stdout
--- args
lexicon import --from afinn words.txt -o -
--- file words.txt
scandal	-3
boon	5
meh	0
calm	two
win-win	1
--- stderr
tenor: words.txt:4: AFINN score 'two' is not an integer from -5 to 5
--- status
1

=== score -l afinn: the same bad line stops the run before anything is scored
--- args
score --no-default-lexicons -l words.txt in.txt
--- file words.txt
scandal	-3
boon	5
meh	0
calm	two
win-win	1
--- file in.txt
A calm day.
--- stderr
tenor: words.txt:4: AFINN score 'two' is not an integer from -5 to 5
--- status
1

=== import liwc: a bad line in the middle names file and line, nothing on stdout
--- args
lexicon import --from liwc words.dic -o -
--- file words.dic
%
1	Anger
2	Social Talk
%
hostil*	1
fume	7
rant	1 2
--- stderr
tenor: words.dic:6: category id 7 is not declared in the header
--- status
1

=== score -l liwc: the same bad line stops the run before anything is scored
--- args
score --no-default-lexicons -l words.dic in.txt
--- file words.dic
%
1	Anger
2	Social Talk
%
hostil*	1
fume	7
rant	1 2
--- file in.txt
A calm day.
--- stderr
tenor: words.dic:6: category id 7 is not declared in the header
--- status
1

=== import lsd: a bad line in the middle names file and line, nothing on stdout
--- args
lexicon import --from lsd words.yml -o -
--- file words.yml
dictionary:
  negative:
  - gloom*
  - thr?at
  positive:
  - boon
--- stderr
tenor: words.yml:4: unsupported glob 'thr?at' (only a '*' at the end of a term)
--- status
1

=== score -l lsd: the same bad line stops the run before anything is scored
--- args
score --no-default-lexicons -l words.yml in.txt
--- file words.yml
dictionary:
  negative:
  - gloom*
  - thr?at
  positive:
  - boon
--- file in.txt
A calm day.
--- stderr
tenor: words.yml:4: unsupported glob 'thr?at' (only a '*' at the end of a term)
--- status
1

=== import nrc: a bad line in the middle names file and line, nothing on stdout
--- args
lexicon import --from nrc words.txt -o -
--- file words.txt
riot	anger	1
riot	fear	1
parade	joy	1
dread	fear	2
calm	trust	1
--- stderr
tenor: words.txt:4: association '2' is not 0 or 1
--- status
1

=== score -l nrc: the same bad line stops the run before anything is scored
--- args
score --no-default-lexicons -l words.txt in.txt
--- file words.txt
riot	anger	1
riot	fear	1
parade	joy	1
dread	fear	2
calm	trust	1
--- file in.txt
A calm day.
--- stderr
tenor: words.txt:4: association '2' is not 0 or 1
--- status
1

=== import mpqa: a bad line in the middle names file and line, nothing on stdout
--- args
lexicon import --from mpqa words.tff -o -
--- file words.tff
type=weaksubj len=1 word1=gripe pos1=noun stemmed1=n priorpolarity=negative
type=weaksubj len=1 word1=calm pos1=adj stemmed1=n priorpolarity=good
type=strongsubj len=1 word1=thrive pos1=verb stemmed1=y priorpolarity=positive
--- stderr
tenor: words.tff:2: unknown priorpolarity 'good' (expected positive, negative, neutral or both)
--- status
1

=== score -l mpqa: the same bad line stops the run before anything is scored
--- args
score --no-default-lexicons -l words.tff in.txt
--- file words.tff
type=weaksubj len=1 word1=gripe pos1=noun stemmed1=n priorpolarity=negative
type=weaksubj len=1 word1=calm pos1=adj stemmed1=n priorpolarity=good
type=strongsubj len=1 word1=thrive pos1=verb stemmed1=y priorpolarity=positive
--- file in.txt
A calm day.
--- stderr
tenor: words.tff:2: unknown priorpolarity 'good' (expected positive, negative, neutral or both)
--- status
1

=== score --lexicon-format vader: the means are the tone
--- args
score --no-default-lexicons -l words --lexicon-format vader news.txt
--- file words
calm	1.5	0.5	[1, 2, 2, 1, 2, 1, 2, 1, 2, 1]
fed up	-1.8	0.6	[-2, -2, -1, -2, -2, -2, -1, -2, -2, -2]
row	-1.2	0.4
--- file news.txt
Calm talks. We are fed up with the row.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"news",,,1,0,11,2,1,,,1.5000,0.3612,0.0000,0.0000,1,0,"Calm talks."
"news",,,2,12,39,7,2,,,-3.0000,-0.6124,0.0000,0.0000,0,2,"We are fed up with the row."
--- stderr
--- status
0

=== score --lexicon-format afinn: tone is the integer times 0.8
--- args
score --no-default-lexicons -l words --lexicon-format afinn news.txt
--- file words
scandal	-3
boon	5
win-win	1
so so	-1
meh	0
--- file news.txt
A scandal, so so. A win-win boon. Meh.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"news",,,1,0,17,4,2,,,-3.2000,-0.6369,0.0000,0.0000,0,2,"A scandal, so so."
"news",,,2,18,33,3,2,,,4.8000,0.7783,0.0000,0.0000,2,0,"A win-win boon."
"news",,,3,34,38,1,1,,,0.0000,0.0000,0.0000,0.0000,0,0,"Meh."
--- stderr
--- status
0

=== score --lexicon-format liwc: each category adds two columns after text
--- args
score --no-default-lexicons -l words --lexicon-format liwc news.txt
--- file words
%
1	Anger
02	Social Talk
%
hostil*	1
round table	2
rant	1 2
--- file news.txt
The hostile rant went on. A round table met.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text,anger,anger_per_100_tokens,social_talk,social_talk_per_100_tokens
"news",,,1,0,25,5,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"The hostile rant went on.",2.0000,40.0000,1.0000,20.0000
"news",,,2,26,44,4,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"A round table met.",0.0000,0.0000,1.0000,25.0000
--- stderr
--- status
0

=== score --lexicon-format lsd: +1 and -1, phrases and a wildcard
--- args
score --no-default-lexicons -l words --lexicon-format lsd news.txt
--- file words
# made-up entries in the layout of the Lexicoder dictionary
dictionary:
  negative:
  - gloom*
  - "dead end"
  positive:
  - boon
  neg_positive: [not fine]
  neg_negative:
  - not awful
--- file news.txt
Gloomy news. A boon, not fine. It was not awful.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"news",,,1,0,12,2,1,,,-1.0000,-0.2500,0.0000,0.0000,0,1,"Gloomy news."
"news",,,2,13,30,4,2,,,0.0000,0.0000,0.0000,0.0000,1,1,"A boon, not fine."
"news",,,3,31,48,4,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"It was not awful."
--- stderr
--- status
0

=== score --lexicon-format nrc: each emotion adds two columns after text
--- args
score --no-default-lexicons -l words --lexicon-format nrc news.txt
--- file words
riot	anger	1
riot	fear	1
riot	joy	0
parade	joy	1
parade	surprise	1
dread	fear	1
--- file news.txt
Riot and parade. Dread.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text,anger,anger_per_100_tokens,fear,fear_per_100_tokens,joy,joy_per_100_tokens,surprise,surprise_per_100_tokens
"news",,,1,0,16,3,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Riot and parade.",1.0000,33.3333,1.0000,33.3333,1.0000,33.3333,1.0000,33.3333
"news",,,2,17,23,1,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Dread.",0.0000,0.0000,1.0000,100.0000,0.0000,0.0000,0.0000,0.0000
--- stderr
--- status
0

=== score --lexicon-format mpqa: a stemmed clue matches its inflections
--- args
score --no-default-lexicons -l words --lexicon-format mpqa news.txt
--- file words
type=strongsubj len=1 word1=thrive pos1=verb stemmed1=y priorpolarity=positive
type=weaksubj len=1 word1=gripe pos1=noun stemmed1=n priorpolarity=negative
type=weaksubj len=1 word1=mull pos1=verb stemmed1=n priorpolarity=neutral
type=strongsubj len=1 word1=rebuke pos1=verb priorpolarity=negative
--- file news.txt
They thrived on it. A gripe. Mulling it over.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"news",,,1,0,19,4,1,,,2.0000,0.4588,0.0000,0.0000,1,0,"They thrived on it."
"news",,,2,20,28,2,1,,,-1.0000,-0.2500,0.0000,0.0000,0,1,"A gripe."
"news",,,3,29,45,3,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Mulling it over."
--- stderr
--- status
0

=== score -l FILE.dic: liwc detected by the extension
--- args
score --no-default-lexicons -l emotions.dic news.txt
--- file emotions.dic
%
1	Anger
02	Social Talk
%
hostil*	1
round table	2
rant	1 2
--- file news.txt
The hostile rant went on. A round table met.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text,anger,anger_per_100_tokens,social_talk,social_talk_per_100_tokens
"news",,,1,0,25,5,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"The hostile rant went on.",2.0000,40.0000,1.0000,20.0000
"news",,,2,26,44,4,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"A round table met.",0.0000,0.0000,1.0000,25.0000
--- stderr
--- status
0

=== score -l FILE.yml: lsd detected by the extension
--- args
score --no-default-lexicons -l lsd.yml news.txt
--- file lsd.yml
# made-up entries in the layout of the Lexicoder dictionary
dictionary:
  negative:
  - gloom*
  - "dead end"
  positive:
  - boon
  neg_positive: [not fine]
  neg_negative:
  - not awful
--- file news.txt
Gloomy news. A boon, not fine. It was not awful.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"news",,,1,0,12,2,1,,,-1.0000,-0.2500,0.0000,0.0000,0,1,"Gloomy news."
"news",,,2,13,30,4,2,,,0.0000,0.0000,0.0000,0.0000,1,1,"A boon, not fine."
"news",,,3,31,48,4,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"It was not awful."
--- stderr
--- status
0

=== score -l FILE.tff: mpqa detected by the extension
--- args
score --no-default-lexicons -l clues.tff news.txt
--- file clues.tff
type=strongsubj len=1 word1=thrive pos1=verb stemmed1=y priorpolarity=positive
type=weaksubj len=1 word1=gripe pos1=noun stemmed1=n priorpolarity=negative
type=weaksubj len=1 word1=mull pos1=verb stemmed1=n priorpolarity=neutral
type=strongsubj len=1 word1=rebuke pos1=verb priorpolarity=negative
--- file news.txt
They thrived on it. A gripe. Mulling it over.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"news",,,1,0,19,4,1,,,2.0000,0.4588,0.0000,0.0000,1,0,"They thrived on it."
"news",,,2,20,28,2,1,,,-1.0000,-0.2500,0.0000,0.0000,0,1,"A gripe."
"news",,,3,29,45,3,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Mulling it over."
--- stderr
--- status
0

=== score -l: vader, afinn and nrc detected by their lines, all three at once
--- args
score --no-default-lexicons -l vader.txt -l afinn.txt -l emolex.txt news.txt
--- file vader.txt
calm	1.5	0.5	[1, 2, 2, 1, 2, 1, 2, 1, 2, 1]
fed up	-1.8	0.6	[-2, -2, -1, -2, -2, -2, -1, -2, -2, -2]
row	-1.2	0.4
--- file afinn.txt
scandal	-3
boon	5
win-win	1
so so	-1
meh	0
--- file emolex.txt
riot	anger	1
riot	fear	1
riot	joy	0
parade	joy	1
parade	surprise	1
dread	fear	1
--- file news.txt
Calm after the riot. A scandal.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text,anger,anger_per_100_tokens,fear,fear_per_100_tokens,joy,joy_per_100_tokens,surprise,surprise_per_100_tokens
"news",,,1,0,20,4,1,,,1.5000,0.3612,0.0000,0.0000,1,0,"Calm after the riot.",1.0000,25.0000,1.0000,25.0000,0.0000,0.0000,0.0000,0.0000
"news",,,2,21,31,2,1,,,-2.4000,-0.5267,0.0000,0.0000,0,1,"A scandal.",0.0000,0.0000,0.0000,0.0000,0.0000,0.0000,0.0000,0.0000
--- stderr
--- status
0

=== score --stem: a native file's plain entries match inflections
--- args
score --no-default-lexicons -l mine.csv --stem news.txt
--- file mine.csv
term,category,weight
gripe,tone,-1
thrive,tone,2
--- file news.txt
They thrived. Gripes.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"news",,,1,0,13,2,1,,,2.0000,0.4588,0.0000,0.0000,1,0,"They thrived."
"news",,,2,14,21,1,1,,,-1.0000,-0.2500,0.0000,0.0000,0,1,"Gripes."
--- stderr
--- status
0

=== score without --stem: the same file matches exact words only
--- args
score --no-default-lexicons -l mine.csv news.txt
--- file mine.csv
term,category,weight
gripe,tone,-1
thrive,tone,2
--- file news.txt
They thrived. Gripes.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"news",,,1,0,13,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"They thrived."
"news",,,2,14,21,1,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Gripes."
--- stderr
--- status
0

=== built-in lexicons: an entry matches by stem only when it is its own stem (resent, not resentment; not willing for will, hospitable for hospital)
--- args
score
--- stdin
They resented it. They will come. The hospital opened. The attache left.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"stdin",,,1,0,17,3,1,,,-1.8000,-0.4215,0.0000,0.0000,0,1,"They resented it."
"stdin",,,2,18,33,3,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"They will come."
"stdin",,,3,34,54,3,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"The hospital opened."
"stdin",,,4,55,72,3,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"The attache left."
--- stderr
--- status
0

=== --exact: the built-in lexicons match exact words only
--- args
score --exact
--- stdin
They resented it.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"stdin",,,1,0,17,3,1,,,-1.8000,-0.4215,0.0000,0.0000,0,1,"They resented it."
--- stderr
--- status
0

=== built-in lexicons: attache does not match attack (its stem is attach)
--- args
score
--- stdin
The attache arrived. The attack failed.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"stdin",,,1,0,20,3,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"The attache arrived."
"stdin",,,2,21,39,3,2,,,-4.3000,-0.7430,2.5000,0.0000,0,2,"The attack failed."
--- stderr
--- status
0

=== check: a clean file gets its ok line
--- args
lexicon check clean.csv
--- file clean.csv
term,category,weight
calm,tone,1.5
truce,cooperation,2
not,negator,
--- stdout
clean.csv: ok: native, 3 entries, 0 warnings
--- stderr
--- status
0

=== check: the same entry twice and conflicting weights are warnings with FILE:LINE, status 0
--- args
lexicon check dup.csv
--- file dup.csv
term,category,weight
calm,tone,1.5
row,tone,-1
Calm,tone,1.5
row,tone,-2
--- stdout
dup.csv:4: warning: duplicate entry 'calm' (tone), as on line 2
dup.csv:5: warning: conflicting weights for 'row' (tone): -2 here, -1 on line 3 (the later wins)
dup.csv: ok: native, 2 entries, 2 warnings
--- stderr
--- status
0

=== check --strict: warnings make the file fail, status 1
--- args
lexicon check --strict dup.csv
--- file dup.csv
term,category,weight
calm,tone,1.5
row,tone,-1
Calm,tone,1.5
row,tone,-2
--- stdout
dup.csv:4: warning: duplicate entry 'calm' (tone), as on line 2
dup.csv:5: warning: conflicting weights for 'row' (tone): -2 here, -1 on line 3 (the later wins)
dup.csv: failed: native, 2 entries, 2 warnings
--- stderr
--- status
1

=== check --strict: a clean file still passes
--- args
lexicon check --strict clean.csv
--- file clean.csv
term,category,weight
calm,tone,1.5
truce,cooperation,2
not,negator,
--- stdout
clean.csv: ok: native, 3 entries, 0 warnings
--- stderr
--- status
0

=== check: a category of the user's own is a warning, once per category
--- args
lexicon check own.csv
--- file own.csv
term,category,weight
calm,tone,1.5
riot,anger,1
parade,joy,1
rant,anger,1
--- stdout
own.csv:3: warning: category 'anger' is not one of tenor's own: it becomes columns of its own (a sum of weights, without shifters)
own.csv:4: warning: category 'joy' is not one of tenor's own: it becomes columns of its own (a sum of weights, without shifters)
own.csv: ok: native, 4 entries, 2 warnings
--- stderr
--- status
0

=== check: a weight out of range is an error, status 1
--- args
lexicon check range.csv
--- file range.csv
term,category,weight
calm,tone,1.5
row,hostility,5
truce,cooperation,2
--- stdout
range.csv:3: error: weight 5 out of range for hostility (0 to 4)
--- stderr
--- status
1

=== check: a term of punctuation only can never match
--- args
lexicon check punct.csv
--- file punct.csv
term,category,weight
calm,tone,1.5
!!,tone,-1
truce,cooperation,2
--- stdout
punct.csv:3: error: term '!!' does not start with a word, so it can never match
--- stderr
--- status
1

=== check: invalid UTF-8 is an error
--- args
lexicon check latin1.csv
--- file latin1.csv
term,category,weight
calm,tone,1.5
café,tone,1
truce,cooperation,2
--- stdout
latin1.csv:3: error: invalid UTF-8 or a NUL byte
--- stderr
--- status
1

=== check: several files, one line each and a summary
--- args
lexicon check clean.csv dup.csv range.csv
--- file clean.csv
term,category,weight
calm,tone,1.5
truce,cooperation,2
not,negator,
--- file dup.csv
term,category,weight
calm,tone,1.5
row,tone,-1
Calm,tone,1.5
row,tone,-2
--- file range.csv
term,category,weight
calm,tone,1.5
row,hostility,5
--- stdout
clean.csv: ok: native, 3 entries, 0 warnings
dup.csv:4: warning: duplicate entry 'calm' (tone), as on line 2
dup.csv:5: warning: conflicting weights for 'row' (tone): -2 here, -1 on line 3 (the later wins)
dup.csv: ok: native, 2 entries, 2 warnings
range.csv:3: error: weight 5 out of range for hostility (0 to 4)
3 files checked: 1 with errors, 2 warnings
--- stderr
--- status
1

=== check: files of other formats are detected and counted
--- args
lexicon check emotions.dic clues.tff
--- file emotions.dic
%
1	Anger
02	Social Talk
%
hostil*	1
round table	2
rant	1 2
--- file clues.tff
type=strongsubj len=1 word1=thrive pos1=verb stemmed1=y priorpolarity=positive
type=weaksubj len=1 word1=gripe pos1=noun stemmed1=n priorpolarity=negative
--- stdout
emotions.dic:5: warning: category 'anger' is not one of tenor's own: it becomes columns of its own (a sum of weights, without shifters)
emotions.dic:6: warning: category 'social_talk' is not one of tenor's own: it becomes columns of its own (a sum of weights, without shifters)
emotions.dic: ok: liwc, 4 entries, 2 warnings
clues.tff: ok: mpqa, 2 entries, 0 warnings
2 files checked: 0 with errors, 2 warnings
--- stderr
--- status
0

=== check --lexicon-format: a bad line of a format named explicitly
--- args
lexicon check --lexicon-format nrc emolex
--- file emolex
riot	anger	1
parade	Joy	1
--- stdout
emolex:2: error: category 'Joy' is not a name of lower-case letters, digits and '_' starting with a letter
--- stderr
--- status
1

=== list: every entry with its match, source and line
--- args
lexicon list --no-default-lexicons -l mine.csv
--- file mine.csv
term,category,weight,match
calm,tone,1.5,
hostil*,hostility,2,
rant,tone,-1,
thrive,tone,2,stem
riot,anger,1,
not,negator,,
very,booster,0.3,
--- stdout
term,category,weight,match,source,line
"calm","tone",1.5000,"exact","mine.csv",2
"hostil*","hostility",2.0000,"wildcard","mine.csv",3
"rant","tone",-1.0000,"exact","mine.csv",4
"thrive","tone",2.0000,"stem","mine.csv",5
"riot","anger",1.0000,"exact","mine.csv",6
"not","negator",1.0000,"exact","mine.csv",7
"very","booster",0.3000,"exact","mine.csv",8
--- stderr
--- status
0

=== list --category: only that category
--- args
lexicon list --no-default-lexicons -l mine.csv --category tone
--- file mine.csv
term,category,weight,match
calm,tone,1.5,
hostil*,hostility,2,
rant,tone,-1,
thrive,tone,2,stem
riot,anger,1,
not,negator,,
very,booster,0.3,
--- stdout
term,category,weight,match,source,line
"calm","tone",1.5000,"exact","mine.csv",2
"rant","tone",-1.0000,"exact","mine.csv",4
"thrive","tone",2.0000,"stem","mine.csv",5
--- stderr
--- status
0

=== list --category: a category of the user's own
--- args
lexicon list --no-default-lexicons -l mine.csv --category anger
--- file mine.csv
term,category,weight,match
calm,tone,1.5,
hostil*,hostility,2,
rant,tone,-1,
thrive,tone,2,stem
riot,anger,1,
not,negator,,
very,booster,0.3,
--- stdout
term,category,weight,match,source,line
"riot","anger",1.0000,"exact","mine.csv",6
--- stderr
--- status
0

=== list --category: a category without entries is an error
--- args
lexicon list --no-default-lexicons -l mine.csv --category joy
--- file mine.csv
term,category,weight,match
calm,tone,1.5,
hostil*,hostility,2,
rant,tone,-1,
thrive,tone,2,stem
riot,anger,1,
not,negator,,
very,booster,0.3,
--- stderr
tenor: no entries in category 'joy'
--- status
1

=== list: a later file overrides an entry and is named as its source
--- args
lexicon list --no-default-lexicons -l mine.csv -l more.csv --category tone
--- file mine.csv
term,category,weight,match
calm,tone,1.5,
hostil*,hostility,2,
rant,tone,-1,
thrive,tone,2,stem
riot,anger,1,
not,negator,,
very,booster,0.3,
--- file more.csv
term,category,weight
calm,tone,2.5
--- stdout
term,category,weight,match,source,line
"calm","tone",2.5000,"exact","more.csv",2
"rant","tone",-1.0000,"exact","mine.csv",4
"thrive","tone",2.0000,"stem","mine.csv",5
--- stderr
--- status
0

=== stats: entries and weights per category
--- args
lexicon stats --no-default-lexicons -l mine.csv
--- file mine.csv
term,category,weight,match
calm,tone,1.5,
hostil*,hostility,2,
rant,tone,-1,
thrive,tone,2,stem
riot,anger,1,
not,negator,,
very,booster,0.3,
--- stdout
category,entries,wildcard,stem,multiword,positive,negative,min,q1,median,q3,max,mean
"tone",3,0,1,0,2,1,-1.0000,0.2500,1.5000,1.7500,2.0000,0.8333
"hostility",1,1,0,0,1,0,2.0000,2.0000,2.0000,2.0000,2.0000,2.0000
"anger",1,0,0,0,1,0,1.0000,1.0000,1.0000,1.0000,1.0000,1.0000
"negator",1,0,0,0,1,0,1.0000,1.0000,1.0000,1.0000,1.0000,1.0000
"booster",1,0,0,0,1,0,0.3000,0.3000,0.3000,0.3000,0.3000,0.3000
--- stderr
--- status
0

=== usage: lexicon alone
--- args
lexicon
--- stderr
tenor: which? check, list, stats or import (tenor lexicon --help)
try 'tenor lexicon --help'
--- status
2

=== usage: an unknown subcommand
--- args
lexicon frobnicate
--- stderr
tenor: unknown subcommand 'frobnicate' (check, list, stats or import)
try 'tenor lexicon --help'
--- status
2

=== usage: check without a FILE
--- args
lexicon check
--- stderr
tenor: check needs at least one FILE
try 'tenor lexicon --help'
--- status
2

=== usage: import without -o
--- args
lexicon import words.txt
--- stderr
tenor: import needs -o OUT.csv (or -o - for stdout)
try 'tenor lexicon --help'
--- status
2

=== usage: import --from an unknown format
--- args
lexicon import --from nosuch words.txt -o -
--- stderr
tenor: --from takes native, vader, afinn, liwc, lsd, nrc, mpqa or auto, not 'nosuch'
try 'tenor lexicon --help'
--- status
2

=== usage: import of two files
--- args
lexicon import a.txt b.txt -o -
--- stderr
tenor: import converts one FILE (given 2)
try 'tenor lexicon --help'
--- status
2

=== usage: list with a FILE argument
--- args
lexicon list mine.csv
--- stderr
tenor: list takes no FILE; add lexicons with -l FILE
try 'tenor lexicon --help'
--- status
2

=== usage: stats with --no-default-lexicons and nothing else
--- args
lexicon stats --no-default-lexicons
--- stderr
tenor: --no-default-lexicons leaves nothing to count; add --lexicon FILE
try 'tenor lexicon --help'
--- status
2

=== usage: --strict outside check
--- args
lexicon list --strict
--- stderr
tenor: --strict is for check
try 'tenor lexicon --help'
--- status
2

=== usage: --category outside list
--- args
lexicon stats --category tone
--- stderr
tenor: --category is for list
try 'tenor lexicon --help'
--- status
2

=== usage: an unknown --lexicon-format
--- args
score --lexicon-format nosuch -l words.txt
--- stderr
tenor: --lexicon-format takes native, vader, afinn, liwc, lsd, nrc, mpqa or auto, not 'nosuch'
try 'tenor score --help'
--- status
2

=== import vader: emoticons and other entries that start with punctuation are left out
--- args
lexicon import --from vader faces.vader -o -
--- file faces.vader
calm	1.5	0.5	[1, 2, 2, 1, 2, 1, 2, 1, 1, 2]
:)	2.0	0.6	[2, 2, 3, 1, 2, 2, 2, 2, 2, 2]
fed up	-1.7	0.9
<3	1.9	0.7
--- stdout
term,category,weight,match
"calm","tone",1.5000,
"fed up","tone",-1.7000,
--- stderr
--- status
0

=== check vader: the entries left out are one warning at the first of them
--- args
lexicon check faces.vader
--- file faces.vader
calm	1.5	0.5	[1, 2, 2, 1, 2, 1, 2, 1, 1, 2]
:)	2.0	0.6	[2, 2, 3, 1, 2, 2, 2, 2, 2, 2]
fed up	-1.7	0.9
<3	1.9	0.7
--- stdout
faces.vader:2: warning: 2 entries left out because they do not start with a word and can never match (this is the first)
faces.vader: ok: vader, 2 entries, 1 warning
--- status
0

=== a vader file of emoticons only has no entry that can match
--- args
score --no-default-lexicons -l faces.vader in.txt
--- file faces.vader
:)	2.0	0.6	[2, 2, 3, 1, 2, 2, 2, 2, 2, 2]
<3	1.9	0.7
--- file in.txt
Calm.
--- stdout
--- stderr
tenor: faces.vader:1: empty lexicon: no entries that can ever match (they do not start with a word)
--- status
1

=== list output loads back: wildcards and stems keep their match
--- args
lexicon check listed.csv
--- file listed.csv
term,category,weight,match,source,line
"hostil*","hostility",2.0000,"wildcard","w.csv",2
"thrive","tone",2.0000,"stem","w.csv",3
"calm","tone",1.5000,"exact","w.csv",4
--- stdout
listed.csv: ok: native, 3 entries, 0 warnings
--- status
0

=== score with list output: the wildcard and the stem match
--- args
score --no-default-lexicons -l listed.csv in.txt
--- file listed.csv
term,category,weight,match,source,line
"hostil","hostility",2.0000,"wildcard","w.csv",2
"thrive","tone",2.0000,"stem","w.csv",3
--- file in.txt
Hostilities grew as rivals thrived.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"in",,,1,0,35,5,2,,,2.0000,0.4588,2.0000,0.0000,1,0,"Hostilities grew as rivals thrived."
--- status
0

=== --lexicon-format auto detects each file
--- args
score --no-default-lexicons --lexicon-format auto -l words.afinn in.txt
--- file words.afinn
calm	2
--- file in.txt
Calm.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"in",,,1,0,5,1,1,,,1.6000,0.3818,0.0000,0.0000,1,0,"Calm."
--- status
0

=== a wildcard ends a phrase: not agree* matches not agreed
--- args
score --no-default-lexicons -l phrases.csv in.txt
--- file phrases.csv
term,category,weight
not agree*,tone,-1.5
--- file in.txt
They did not agree. They did not agreed. They did notagree.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"in",,,1,0,19,4,1,,,-1.5000,-0.3612,0.0000,0.0000,0,1,"They did not agree."
"in",,,2,20,40,4,1,,,-1.5000,-0.3612,0.0000,0.0000,0,1,"They did not agreed."
"in",,,3,41,59,3,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"They did notagree."
--- status
0

=== a match other than exact, stem or wildcard
--- args
score --no-default-lexicons -l bad.csv in.txt
--- file bad.csv
term,category,weight,match
calm,tone,1,fuzzy
--- file in.txt
Calm.
--- stderr
tenor: bad.csv:2: match 'fuzzy' is not exact, stem or wildcard
--- status
1

=== --stem matches inflections of plain entries, except those marked exact
--- args
score --no-default-lexicons --stem -l words.csv in.txt
--- file words.csv
term,category,weight,match
thrive,tone,2,
decline,tone,-1,exact
--- file in.txt
Rivals thrived. Markets declined.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"in",,,1,0,15,2,1,,,2.0000,0.4588,0.0000,0.0000,1,0,"Rivals thrived."
"in",,,2,16,33,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Markets declined."
--- status
0
