# Golden tests of `tenor validate` (issue 9).  The gold standards are
# sentences written for these tests, and the lexicons small ones, so that
# every score can be worked out by hand: with --measure tone the scores of
# the first case are 3, -2, 1, -6, 1.48, 3, 0, -1.48, 0.5 (the mean of 3
# and -2) and 0.  Its statistics agree with tests/golden/validate_ref.py
# (python3, every formula written out) to the six decimals shown.  The
# bootstrap intervals have no other program to agree with: they are fixed
# here so that a change to them, or to the stream of random numbers for a
# seed, shows.

=== ratings in TSV, --measure tone: every statistic, bootstrap and the three largest errors
--- args
validate --no-default-lexicons -l small.csv --no-default-actors --measure tone --bootstrap 500 --seed 3 --errors 3 -o out gold.tsv
--- file small.csv
term,category,weight
good,tone,2
great,tone,3
bad,tone,-2
terrible,tone,-3
fine,tone,1
not,negator,
threat,hostility,2
--- file gold.tsv
id	rating	text
a1	3.0	The talks were great.
a2	-2.5	The plan was bad.
a3	0.5	The room was fine.
a4	-3.5	A terrible, terrible day.
a5	1.0	Not bad at all.
a6	2.0	Good food and fine wine.
a7	0	The meeting is on Monday.
a8	-1.0	Not good.
a9	2.5	Great news. Bad weather.
a10	-0.5	The threat was real.
--- stdout
--- stderr
--- status
0
--- output out/validate.csv
level,measure,statistic,class,tenor_class,n,value,ci_low,ci_high,boot_low,boot_high,note
"snippet","tone","n",,,10,10,,,,,
"snippet","tone","pearson_r",,,10,0.907422,0.648050,0.978179,0.706723,0.989981,
"snippet","tone","spearman_rho",,,10,0.914651,0.672052,0.979941,0.535592,1.000000,
"snippet","tone","rescale_intercept",,,10,0.185991,,,,,
"snippet","tone","rescale_slope",,,10,0.719824,,,,,
"snippet","tone","mae",,,10,0.648317,,,0.146966,0.953411,
"snippet","tone","krippendorff_alpha",,,10,0.907999,,,0.682874,0.990434,
"snippet","tone","neutral",,,10,0.050000,,,,,
"snippet","tone","gold_neutral",,,10,0.175000,,,,,
"snippet","tone","accuracy",,,10,0.900000,,,0.700000,1.000000,
"snippet","tone","macro_f1",,,10,0.841270,,,0.511310,1.000000,
"snippet","tone","precision","negative",,3,1.000000,,,,,
"snippet","tone","recall","negative",,4,0.750000,,,,,
"snippet","tone","f1","negative",,10,0.857143,,,,,
"snippet","tone","precision","neutral",,2,0.500000,,,,,
"snippet","tone","recall","neutral",,1,1.000000,,,,,
"snippet","tone","f1","neutral",,10,0.666667,,,,,
"snippet","tone","precision","positive",,5,1.000000,,,,,
"snippet","tone","recall","positive",,5,1.000000,,,,,
"snippet","tone","f1","positive",,10,1.000000,,,,,
"snippet","tone","confusion","negative","negative",10,3,,,,,
"snippet","tone","confusion","negative","neutral",10,1,,,,,
"snippet","tone","confusion","negative","positive",10,0,,,,,
"snippet","tone","confusion","neutral","negative",10,0,,,,,
"snippet","tone","confusion","neutral","neutral",10,1,,,,,
"snippet","tone","confusion","neutral","positive",10,0,,,,,
"snippet","tone","confusion","positive","negative",10,0,,,,,
"snippet","tone","confusion","positive","neutral",10,0,,,,,
"snippet","tone","confusion","positive","positive",10,5,,,,,
--- output out/validate-errors.csv
level,rank,id,line,target,gold,gold_class,score,rescaled,tenor_class,error,reasons,text
"snippet",1,"a9",10,,2.5000,"positive",0.5000,0.5459,"positive",-1.9541,"[1] Great tone 3 = 3.0000; [2] Bad tone -2 = -2.0000","Great news. Bad weather."
"snippet",2,"a2",3,,-2.5000,"negative",-2.0000,-1.2537,"negative",1.2463,"bad tone -2 = -2.0000","The plan was bad."
"snippet",3,"a10",11,,-0.5000,"negative",0.0000,0.1860,"neutral",0.6860,"no tone hit","The threat was real."

=== without -o both tables go to stdout, an empty line between them; tone_norm by default
--- args
validate --no-default-lexicons -l small.csv --no-default-actors --errors 2 gold.tsv
--- file small.csv
term,category,weight
good,tone,2
great,tone,3
bad,tone,-2
terrible,tone,-3
fine,tone,1
not,negator,
threat,hostility,2
--- file gold.tsv
id	rating	text
a1	3.0	The talks were great.
a2	-2.5	The plan was bad.
a3	0.5	The room was fine.
a4	-3.5	A terrible, terrible day.
a5	1.0	Not bad at all.
a6	2.0	Good food and fine wine.
a7	0	The meeting is on Monday.
a8	-1.0	Not good.
a9	2.5	Great news. Bad weather.
a10	-0.5	The threat was real.
--- stdout
level,measure,statistic,class,tenor_class,n,value,ci_low,ci_high,boot_low,boot_high,note
"snippet","tone_norm","n",,,10,10,,,,,
"snippet","tone_norm","pearson_r",,,10,0.913906,0.669553,0.979760,,,
"snippet","tone_norm","spearman_rho",,,10,0.914651,0.672052,0.979941,,,
"snippet","tone_norm","rescale_intercept",,,10,0.046327,,,,,
"snippet","tone_norm","rescale_slope",,,10,4.105600,,,,,
"snippet","tone_norm","mae",,,10,0.599441,,,,,
"snippet","tone_norm","krippendorff_alpha",,,10,0.914704,,,,,
"snippet","tone_norm","neutral",,,10,0.050000,,,,,
"snippet","tone_norm","gold_neutral",,,10,0.175000,,,,,
"snippet","tone_norm","accuracy",,,10,0.900000,,,,,
"snippet","tone_norm","macro_f1",,,10,0.841270,,,,,
"snippet","tone_norm","precision","negative",,3,1.000000,,,,,
"snippet","tone_norm","recall","negative",,4,0.750000,,,,,
"snippet","tone_norm","f1","negative",,10,0.857143,,,,,
"snippet","tone_norm","precision","neutral",,2,0.500000,,,,,
"snippet","tone_norm","recall","neutral",,1,1.000000,,,,,
"snippet","tone_norm","f1","neutral",,10,0.666667,,,,,
"snippet","tone_norm","precision","positive",,5,1.000000,,,,,
"snippet","tone_norm","recall","positive",,5,1.000000,,,,,
"snippet","tone_norm","f1","positive",,10,1.000000,,,,,
"snippet","tone_norm","confusion","negative","negative",10,3,,,,,
"snippet","tone_norm","confusion","negative","neutral",10,1,,,,,
"snippet","tone_norm","confusion","negative","positive",10,0,,,,,
"snippet","tone_norm","confusion","neutral","negative",10,0,,,,,
"snippet","tone_norm","confusion","neutral","neutral",10,1,,,,,
"snippet","tone_norm","confusion","neutral","positive",10,0,,,,,
"snippet","tone_norm","confusion","positive","negative",10,0,,,,,
"snippet","tone_norm","confusion","positive","neutral",10,0,,,,,
"snippet","tone_norm","confusion","positive","positive",10,5,,,,,

level,rank,id,line,target,gold,gold_class,score,rescaled,tenor_class,error,reasons,text
"snippet",1,"a9",10,,2.5000,"positive",0.0768,0.3615,"positive",-2.1385,"[1] Great tone 3 = 3.0000; [2] Bad tone -2 = -2.0000","Great news. Bad weather."
"snippet",2,"a2",3,,-2.5000,"negative",-0.4588,-1.8375,"negative",0.6625,"bad tone -2 = -2.0000","The plan was bad."
--- stderr
--- status
0

=== -o NAME.csv writes NAME.csv and NAME-errors.csv beside it, in a new folder
--- args
validate --no-default-lexicons -l small.csv --no-default-actors --measure tone --errors 1 -o runs/small.csv gold.tsv
--- file small.csv
term,category,weight
good,tone,2
great,tone,3
bad,tone,-2
terrible,tone,-3
fine,tone,1
not,negator,
threat,hostility,2
--- file gold.tsv
id	rating	text
a1	3.0	The talks were great.
a2	-2.5	The plan was bad.
a3	0.5	The room was fine.
a4	-3.5	A terrible, terrible day.
a5	1.0	Not bad at all.
a6	2.0	Good food and fine wine.
a7	0	The meeting is on Monday.
a8	-1.0	Not good.
a9	2.5	Great news. Bad weather.
a10	-0.5	The threat was real.
--- stdout
--- stderr
--- status
0
--- output runs/small.csv
level,measure,statistic,class,tenor_class,n,value,ci_low,ci_high,boot_low,boot_high,note
"snippet","tone","n",,,10,10,,,,,
"snippet","tone","pearson_r",,,10,0.907422,0.648050,0.978179,,,
"snippet","tone","spearman_rho",,,10,0.914651,0.672052,0.979941,,,
"snippet","tone","rescale_intercept",,,10,0.185991,,,,,
"snippet","tone","rescale_slope",,,10,0.719824,,,,,
"snippet","tone","mae",,,10,0.648317,,,,,
"snippet","tone","krippendorff_alpha",,,10,0.907999,,,,,
"snippet","tone","neutral",,,10,0.050000,,,,,
"snippet","tone","gold_neutral",,,10,0.175000,,,,,
"snippet","tone","accuracy",,,10,0.900000,,,,,
"snippet","tone","macro_f1",,,10,0.841270,,,,,
"snippet","tone","precision","negative",,3,1.000000,,,,,
"snippet","tone","recall","negative",,4,0.750000,,,,,
"snippet","tone","f1","negative",,10,0.857143,,,,,
"snippet","tone","precision","neutral",,2,0.500000,,,,,
"snippet","tone","recall","neutral",,1,1.000000,,,,,
"snippet","tone","f1","neutral",,10,0.666667,,,,,
"snippet","tone","precision","positive",,5,1.000000,,,,,
"snippet","tone","recall","positive",,5,1.000000,,,,,
"snippet","tone","f1","positive",,10,1.000000,,,,,
"snippet","tone","confusion","negative","negative",10,3,,,,,
"snippet","tone","confusion","negative","neutral",10,1,,,,,
"snippet","tone","confusion","negative","positive",10,0,,,,,
"snippet","tone","confusion","neutral","negative",10,0,,,,,
"snippet","tone","confusion","neutral","neutral",10,1,,,,,
"snippet","tone","confusion","neutral","positive",10,0,,,,,
"snippet","tone","confusion","positive","negative",10,0,,,,,
"snippet","tone","confusion","positive","neutral",10,0,,,,,
"snippet","tone","confusion","positive","positive",10,5,,,,,
--- output runs/small-errors.csv
level,rank,id,line,target,gold,gold_class,score,rescaled,tenor_class,error,reasons,text
"snippet",1,"a9",10,,2.5000,"positive",0.5000,0.5459,"positive",-1.9541,"[1] Great tone 3 = 3.0000; [2] Bad tone -2 = -2.0000","Great news. Bad weather."
--- absent runs/validate.csv

=== labels in CSV with --text-col, --gold-col and --id-col: no gold_neutral, labels coded -1, 0, +1
--- args
validate --no-default-lexicons -l small.csv --no-default-actors --text-col sentence --gold-col verdict --id-col snippet --errors 2 labels.csv
--- file small.csv
term,category,weight
good,tone,2
great,tone,3
bad,tone,-2
terrible,tone,-3
fine,tone,1
not,negator,
threat,hostility,2
--- file labels.csv
snippet,verdict,sentence
x1,positive,The talks were great.
x2,Negative,The plan was bad.
x3,neutral,The room was fine.
x4,negative,"Not good, not good at all."
x5,neutral,The meeting is on Monday.
x6,positive,Good news.
--- stdout
level,measure,statistic,class,tenor_class,n,value,ci_low,ci_high,boot_low,boot_high,note
"snippet","tone_norm","n",,,6,6,,,,,
"snippet","tone_norm","pearson_r",,,6,0.968913,0.736429,0.996721,,,
"snippet","tone_norm","spearman_rho",,,6,0.956183,0.645635,0.995351,,,
"snippet","tone_norm","rescale_intercept",,,6,-0.074714,,,,,
"snippet","tone_norm","rescale_slope",,,6,1.756995,,,,,
"snippet","tone_norm","mae",,,6,0.161626,,,,,
"snippet","tone_norm","krippendorff_alpha",,,6,0.971061,,,,,
"snippet","tone_norm","neutral",,,6,0.050000,,,,,
"snippet","tone_norm","gold_neutral",,,6,,,,,,"the gold is labels"
"snippet","tone_norm","accuracy",,,6,0.833333,,,,,
"snippet","tone_norm","macro_f1",,,6,0.822222,,,,,
"snippet","tone_norm","precision","negative",,2,1.000000,,,,,
"snippet","tone_norm","recall","negative",,2,1.000000,,,,,
"snippet","tone_norm","f1","negative",,6,1.000000,,,,,
"snippet","tone_norm","precision","neutral",,1,1.000000,,,,,
"snippet","tone_norm","recall","neutral",,2,0.500000,,,,,
"snippet","tone_norm","f1","neutral",,6,0.666667,,,,,
"snippet","tone_norm","precision","positive",,3,0.666667,,,,,
"snippet","tone_norm","recall","positive",,2,1.000000,,,,,
"snippet","tone_norm","f1","positive",,6,0.800000,,,,,
"snippet","tone_norm","confusion","negative","negative",6,2,,,,,
"snippet","tone_norm","confusion","negative","neutral",6,0,,,,,
"snippet","tone_norm","confusion","negative","positive",6,0,,,,,
"snippet","tone_norm","confusion","neutral","negative",6,0,,,,,
"snippet","tone_norm","confusion","neutral","neutral",6,1,,,,,
"snippet","tone_norm","confusion","neutral","positive",6,1,,,,,
"snippet","tone_norm","confusion","positive","negative",6,0,,,,,
"snippet","tone_norm","confusion","positive","neutral",6,0,,,,,
"snippet","tone_norm","confusion","positive","positive",6,2,,,,,

level,rank,id,line,target,gold,gold_class,score,rescaled,tenor_class,error,reasons,text
"snippet",1,"x3",4,,0.0000,"neutral",0.2500,0.3645,"positive",0.3645,"fine tone 1 = 1.0000","The room was fine."
"snippet",2,"x6",7,,1.0000,"positive",0.4588,0.7315,"positive",-0.2685,"Good tone 2 = 2.0000","Good news."
--- stderr
--- status
0

=== a 1 to 7 scale: --gold-midpoint 4 --gold-neutral 0.5 make its classes
--- args
validate --no-default-lexicons -l small.csv --no-default-actors --measure tone --gold-midpoint 4 --gold-neutral 0.5 seven.tsv
--- file small.csv
term,category,weight
good,tone,2
great,tone,3
bad,tone,-2
terrible,tone,-3
fine,tone,1
not,negator,
threat,hostility,2
--- file seven.tsv
1	6.5	The talks were great.
2	1.5	The plan was bad.
3	4	The meeting is on Monday.
4	5	The room was fine.
5	2	Not good.
--- stdout
level,measure,statistic,class,tenor_class,n,value,ci_low,ci_high,boot_low,boot_high,note
"snippet","tone","n",,,5,5,,,,,
"snippet","tone","pearson_r",,,5,0.991379,0.870542,0.999459,,,
"snippet","tone","spearman_rho",,,5,1.000000,1.000000,1.000000,,,
"snippet","tone","rescale_intercept",,,5,3.693244,,,,,
"snippet","tone","rescale_slope",,,5,1.026504,,,,,
"snippet","tone","mae",,,5,0.234803,,,,,
"snippet","tone","krippendorff_alpha",,,5,0.992208,,,,,
"snippet","tone","neutral",,,5,0.050000,,,,,
"snippet","tone","gold_neutral",,,5,0.500000,,,,,
"snippet","tone","accuracy",,,5,1.000000,,,,,
"snippet","tone","macro_f1",,,5,1.000000,,,,,
"snippet","tone","precision","negative",,2,1.000000,,,,,
"snippet","tone","recall","negative",,2,1.000000,,,,,
"snippet","tone","f1","negative",,5,1.000000,,,,,
"snippet","tone","precision","neutral",,1,1.000000,,,,,
"snippet","tone","recall","neutral",,1,1.000000,,,,,
"snippet","tone","f1","neutral",,5,1.000000,,,,,
"snippet","tone","precision","positive",,2,1.000000,,,,,
"snippet","tone","recall","positive",,2,1.000000,,,,,
"snippet","tone","f1","positive",,5,1.000000,,,,,
"snippet","tone","confusion","negative","negative",5,2,,,,,
"snippet","tone","confusion","negative","neutral",5,0,,,,,
"snippet","tone","confusion","negative","positive",5,0,,,,,
"snippet","tone","confusion","neutral","negative",5,0,,,,,
"snippet","tone","confusion","neutral","neutral",5,1,,,,,
"snippet","tone","confusion","neutral","positive",5,0,,,,,
"snippet","tone","confusion","positive","negative",5,0,,,,,
"snippet","tone","confusion","positive","neutral",5,0,,,,,
"snippet","tone","confusion","positive","positive",5,2,,,,,
--- stderr
--- status
0

=== targets in JSON Lines: marked as actors of their own, the speaker not found, an overlap reported
--- args
validate --no-default-lexicons -l small.csv --no-default-actors --actor-list actors.csv --errors 6 targets.jsonl
--- file small.csv
term,category,weight
good,tone,2
great,tone,3
bad,tone,-2
terrible,tone,-3
fine,tone,1
not,negator,
threat,hostility,2
said,speech,
--- file actors.csv
actor,name,type,affiliation,aliases
QRL,Quarrel League,group,,the Quarrel League
kim_vale,Kim Vale,person,,Vale
--- file targets.jsonl
{"id": "j1", "text": "Vale said the Quarrel League was great.", "targets": [{"mention": "the Quarrel League", "from": 10, "to": 28, "label": "positive"}, {"mention": "Vale", "from": 0, "to": 4, "label": "neutral"}]}
{"id": "j2", "text": "The Mossfield council was bad, and Dr. Pell was fine.", "targets": [{"mention": "The Mossfield council", "from": 0, "to": 21, "label": "negative"}, {"mention": "Dr. Pell", "from": 35, "to": 43, "label": "positive"}, {"mention": "Mossfield", "from": 4, "to": 13, "label": "neutral"}]}
{"text": "Nothing was said about the Ferry Board.", "targets": [{"mention": "the Ferry Board", "from": 23, "to": 38, "label": "neutral"}]}
{"id": "j4", "text": "It was not good for the Ferry Board.", "targets": [{"mention": "the Ferry Board", "from": 20, "to": 35, "label": "negative"}]}
--- stdout
level,measure,statistic,class,tenor_class,n,value,ci_low,ci_high,boot_low,boot_high,note
"target","stance","targets",,,7,7,,,,,
"target","stance","found",,,7,5,,,,,"a target not found counts as neutral"
"target","stance","neutral",,,7,0.050000,,,,,
"target","stance","accuracy",,,7,1.000000,,,,,
"target","stance","macro_f1",,,7,1.000000,,,,,
"target","stance","precision","negative",,2,1.000000,,,,,
"target","stance","recall","negative",,2,1.000000,,,,,
"target","stance","f1","negative",,7,1.000000,,,,,
"target","stance","precision","neutral",,3,1.000000,,,,,
"target","stance","recall","neutral",,3,1.000000,,,,,
"target","stance","f1","neutral",,7,1.000000,,,,,
"target","stance","precision","positive",,2,1.000000,,,,,
"target","stance","recall","positive",,2,1.000000,,,,,
"target","stance","f1","positive",,7,1.000000,,,,,
"target","stance","confusion","negative","negative",7,2,,,,,
"target","stance","confusion","negative","neutral",7,0,,,,,
"target","stance","confusion","negative","positive",7,0,,,,,
"target","stance","confusion","neutral","negative",7,0,,,,,
"target","stance","confusion","neutral","neutral",7,3,,,,,
"target","stance","confusion","neutral","positive",7,0,,,,,
"target","stance","confusion","positive","negative",7,0,,,,,
"target","stance","confusion","positive","neutral",7,0,,,,,
"target","stance","confusion","positive","positive",7,2,,,,,

level,rank,id,line,target,gold,gold_class,score,rescaled,tenor_class,error,reasons,text
"target",1,"j2",2,"Dr. Pell",1.0000,"positive",0.2500,,"positive",-0.7500,"fine tone 1 = 1.0000","The Mossfield council was bad, and Dr. Pell was fine."
"target",2,"j4",4,"the Ferry Board",-1.0000,"negative",-0.3570,,"negative",0.6430,"good tone 2 (negated x-0.74) = -1.4800","It was not good for the Ferry Board."
"target",3,"j2",2,"The Mossfield council",-1.0000,"negative",-0.4588,,"negative",0.5412,"bad tone -2 = -2.0000","The Mossfield council was bad, and Dr. Pell was fine."
"target",4,"j1",1,"the Quarrel League",1.0000,"positive",0.6124,,"positive",-0.3876,"great tone 3 = 3.0000","Vale said the Quarrel League was great."
"target",5,"j1",1,"Vale",0.0000,"neutral",,,"neutral",0.0000,"not found: the speaker, not a target","Vale said the Quarrel League was great."
"target",6,"j2",2,"Mossfield",0.0000,"neutral",,,"neutral",0.0000,"not found: overlaps another target","The Mossfield council was bad, and Dr. Pell was fine."
--- stderr
tenor: targets.jsonl:2: targets 1 and 3 overlap; target 3 counts as not found
--- status
0

=== targets in CSV, a row each: the rows of a sentence one after another; ids are row numbers
--- args
validate --no-default-lexicons -l small.csv --no-default-actors --errors 1 --bootstrap 200 targets.csv
--- file small.csv
term,category,weight
good,tone,2
great,tone,3
bad,tone,-2
terrible,tone,-3
fine,tone,1
not,negator,
threat,hostility,2
--- file targets.csv
text,mention,from,to,label
"The Mossfield council was bad, and Dr. Pell was fine.",The Mossfield council,0,21,negative
"The Mossfield council was bad, and Dr. Pell was fine.",Dr. Pell,35,43,positive
It was not good for the Ferry Board.,the Ferry Board,20,35,negative
--- stdout
level,measure,statistic,class,tenor_class,n,value,ci_low,ci_high,boot_low,boot_high,note
"target","stance","targets",,,3,3,,,,,
"target","stance","found",,,3,3,,,,,
"target","stance","neutral",,,3,0.050000,,,,,
"target","stance","accuracy",,,3,1.000000,,,1.000000,1.000000,
"target","stance","macro_f1",,,3,1.000000,,,1.000000,1.000000,
"target","stance","precision","negative",,2,1.000000,,,,,
"target","stance","recall","negative",,2,1.000000,,,,,
"target","stance","f1","negative",,3,1.000000,,,,,
"target","stance","precision","neutral",,0,,,,,,"no item in this class by tenor"
"target","stance","recall","neutral",,0,,,,,,"no item in this class in the gold"
"target","stance","f1","neutral",,3,,,,,,"the class is in neither: not in macro_f1"
"target","stance","precision","positive",,1,1.000000,,,,,
"target","stance","recall","positive",,1,1.000000,,,,,
"target","stance","f1","positive",,3,1.000000,,,,,
"target","stance","confusion","negative","negative",3,2,,,,,
"target","stance","confusion","negative","neutral",3,0,,,,,
"target","stance","confusion","negative","positive",3,0,,,,,
"target","stance","confusion","neutral","negative",3,0,,,,,
"target","stance","confusion","neutral","neutral",3,0,,,,,
"target","stance","confusion","neutral","positive",3,0,,,,,
"target","stance","confusion","positive","negative",3,0,,,,,
"target","stance","confusion","positive","neutral",3,0,,,,,
"target","stance","confusion","positive","positive",3,1,,,,,

level,rank,id,line,target,gold,gold_class,score,rescaled,tenor_class,error,reasons,text
"target",1,"1",3,"Dr. Pell",1.0000,"positive",0.2500,,"positive",-0.7500,"fine tone 1 = 1.0000","The Mossfield council was bad, and Dr. Pell was fine."
--- stderr
--- status
0

=== bad lines are reported with FILE:LINE and left out; the rest is measured, exit status 1
--- args
validate --no-default-lexicons -l small.csv --no-default-actors --measure tone bad.tsv
--- file small.csv
term,category,weight
good,tone,2
great,tone,3
bad,tone,-2
terrible,tone,-3
fine,tone,1
not,negator,
threat,hostility,2
--- file bad.tsv
id	rating	text
b1	2	Good.
b2	good	Good again.
b3	-2
b4	1	!!!
b5	-1	Bad.
b1	1	Fine.
b6	neutral	Fine.
b7	0	Fine, not bad.
--- stdout
level,measure,statistic,class,tenor_class,n,value,ci_low,ci_high,boot_low,boot_high,note
"snippet","tone","n",,,3,3,,,,,
"snippet","tone","pearson_r",,,3,,,,,,"too few values"
"snippet","tone","spearman_rho",,,3,,,,,,"too few values"
"snippet","tone","rescale_intercept",,,3,-0.020099,,,,,
"snippet","tone","rescale_slope",,,3,0.427539,,,,,
"snippet","tone","mae",,,3,0.776681,,,,,
"snippet","tone","krippendorff_alpha",,,3,0.702590,,,,,
"snippet","tone","neutral",,,3,0.050000,,,,,
"snippet","tone","gold_neutral",,,3,0.100000,,,,,
"snippet","tone","accuracy",,,3,0.666667,,,,,
"snippet","tone","macro_f1",,,3,0.555556,,,,,
"snippet","tone","precision","negative",,1,1.000000,,,,,
"snippet","tone","recall","negative",,1,1.000000,,,,,
"snippet","tone","f1","negative",,3,1.000000,,,,,
"snippet","tone","precision","neutral",,0,,,,,,"no item in this class by tenor"
"snippet","tone","recall","neutral",,1,0.000000,,,,,
"snippet","tone","f1","neutral",,3,0.000000,,,,,
"snippet","tone","precision","positive",,2,0.500000,,,,,
"snippet","tone","recall","positive",,1,1.000000,,,,,
"snippet","tone","f1","positive",,3,0.666667,,,,,
"snippet","tone","confusion","negative","negative",3,1,,,,,
"snippet","tone","confusion","negative","neutral",3,0,,,,,
"snippet","tone","confusion","negative","positive",3,0,,,,,
"snippet","tone","confusion","neutral","negative",3,0,,,,,
"snippet","tone","confusion","neutral","neutral",3,0,,,,,
"snippet","tone","confusion","neutral","positive",3,1,,,,,
"snippet","tone","confusion","positive","negative",3,0,,,,,
"snippet","tone","confusion","positive","neutral",3,0,,,,,
"snippet","tone","confusion","positive","positive",3,1,,,,,
--- stderr
tenor: bad.tsv:3: the gold 'good' is neither a number nor a label (negative, neutral, positive); line skipped
tenor: bad.tsv:4: expected id<TAB>rating<TAB>text, found one tab; line skipped
tenor: bad.tsv:7: the id 'b1' is already on line 2; line skipped
tenor: bad.tsv:8: a label where the snippets before have ratings (the first on line 2); line skipped
tenor: bad.tsv:5: no words to score in the text of 'b4'; left out
--- status
1

=== a category of one's own as the measure
--- args
validate --no-default-lexicons -l small.csv -l mood.csv --no-default-actors --measure gloom gold.tsv
--- file small.csv
term,category,weight
good,tone,2
great,tone,3
bad,tone,-2
terrible,tone,-3
fine,tone,1
not,negator,
threat,hostility,2
--- file mood.csv
term,category,weight
bad,gloom,1
terrible,gloom,2
threat,gloom,1
--- file gold.tsv
id	rating	text
a1	3.0	The talks were great.
a2	-2.5	The plan was bad.
a3	0.5	The room was fine.
a4	-3.5	A terrible, terrible day.
a5	1.0	Not bad at all.
a6	2.0	Good food and fine wine.
a7	0	The meeting is on Monday.
a8	-1.0	Not good.
a9	2.5	Great news. Bad weather.
a10	-0.5	The threat was real.
--- stdout
level,measure,statistic,class,tenor_class,n,value,ci_low,ci_high,boot_low,boot_high,note
"snippet","gloom","n",,,10,10,,,,,
"snippet","gloom","pearson_r",,,10,-0.679798,-0.916952,-0.087715,,,
"snippet","gloom","spearman_rho",,,10,-0.504823,-0.860834,0.182956,,,
"snippet","gloom","rescale_intercept",,,10,1.023853,,,,,
"snippet","gloom","rescale_slope",,,10,-1.165138,,,,,
"snippet","gloom","mae",,,10,1.257798,,,,,
"snippet","gloom","krippendorff_alpha",,,10,0.650522,,,,,
"snippet","gloom","neutral",,,10,0.050000,,,,,
"snippet","gloom","gold_neutral",,,10,0.175000,,,,,
"snippet","gloom","accuracy",,,10,0.300000,,,,,
"snippet","gloom","macro_f1",,,10,0.244444,,,,,
"snippet","gloom","precision","negative",,0,,,,,,"no item in this class by tenor"
"snippet","gloom","recall","negative",,4,0.000000,,,,,
"snippet","gloom","f1","negative",,10,0.000000,,,,,
"snippet","gloom","precision","neutral",,5,0.200000,,,,,
"snippet","gloom","recall","neutral",,1,1.000000,,,,,
"snippet","gloom","f1","neutral",,10,0.333333,,,,,
"snippet","gloom","precision","positive",,5,0.400000,,,,,
"snippet","gloom","recall","positive",,5,0.400000,,,,,
"snippet","gloom","f1","positive",,10,0.400000,,,,,
"snippet","gloom","confusion","negative","negative",10,0,,,,,
"snippet","gloom","confusion","negative","neutral",10,1,,,,,
"snippet","gloom","confusion","negative","positive",10,3,,,,,
"snippet","gloom","confusion","neutral","negative",10,0,,,,,
"snippet","gloom","confusion","neutral","neutral",10,1,,,,,
"snippet","gloom","confusion","neutral","positive",10,0,,,,,
"snippet","gloom","confusion","positive","negative",10,0,,,,,
"snippet","gloom","confusion","positive","neutral",10,3,,,,,
"snippet","gloom","confusion","positive","positive",10,2,,,,,
--- stderr
--- status
0

=== stdin, with --gold-format
--- args
validate --no-default-lexicons -l small.csv --no-default-actors --measure tone --gold-format tsv -
--- file small.csv
term,category,weight
good,tone,2
great,tone,3
bad,tone,-2
terrible,tone,-3
fine,tone,1
not,negator,
threat,hostility,2
--- stdin
a	1	Good.
b	-1	Bad.
c	0	A day.
d	2	Great.

--- stdout
level,measure,statistic,class,tenor_class,n,value,ci_low,ci_high,boot_low,boot_high,note
"snippet","tone","n",,,4,4,,,,,
"snippet","tone","pearson_r",,,4,0.989778,0.588695,0.999796,,,
"snippet","tone","spearman_rho",,,4,1.000000,1.000000,1.000000,,,
"snippet","tone","rescale_intercept",,,4,0.067797,,,,,
"snippet","tone","rescale_slope",,,4,0.576271,,,,,
"snippet","tone","mae",,,4,0.144068,,,,,
"snippet","tone","krippendorff_alpha",,,4,0.991010,,,,,
"snippet","tone","neutral",,,4,0.050000,,,,,
"snippet","tone","gold_neutral",,,4,0.100000,,,,,
"snippet","tone","accuracy",,,4,1.000000,,,,,
"snippet","tone","macro_f1",,,4,1.000000,,,,,
"snippet","tone","precision","negative",,1,1.000000,,,,,
"snippet","tone","recall","negative",,1,1.000000,,,,,
"snippet","tone","f1","negative",,4,1.000000,,,,,
"snippet","tone","precision","neutral",,1,1.000000,,,,,
"snippet","tone","recall","neutral",,1,1.000000,,,,,
"snippet","tone","f1","neutral",,4,1.000000,,,,,
"snippet","tone","precision","positive",,2,1.000000,,,,,
"snippet","tone","recall","positive",,2,1.000000,,,,,
"snippet","tone","f1","positive",,4,1.000000,,,,,
"snippet","tone","confusion","negative","negative",4,1,,,,,
"snippet","tone","confusion","negative","neutral",4,0,,,,,
"snippet","tone","confusion","negative","positive",4,0,,,,,
"snippet","tone","confusion","neutral","negative",4,0,,,,,
"snippet","tone","confusion","neutral","neutral",4,1,,,,,
"snippet","tone","confusion","neutral","positive",4,0,,,,,
"snippet","tone","confusion","positive","negative",4,0,,,,,
"snippet","tone","confusion","positive","neutral",4,0,,,,,
"snippet","tone","confusion","positive","positive",4,2,,,,,
--- stderr
--- status
0

=== usage: no gold standard
--- args
validate
--- stdout
--- stderr
tenor: give the GOLD standard to validate against (- for stdin)
try 'tenor validate --help'
--- status
2

=== usage: two gold standards
--- args
validate a.tsv b.tsv
--- stdout
--- stderr
tenor: give one GOLD standard, not 2 files
try 'tenor validate --help'
--- status
2

=== usage: --neutral must be a number of at least 0
--- args
validate --neutral -1 gold.tsv
--- stdout
--- stderr
tenor: --neutral needs a number of at least 0, not '-1'
try 'tenor validate --help'
--- status
2

=== usage: --gold-format
--- args
validate --gold-format xml gold.tsv
--- stdout
--- stderr
tenor: --gold-format takes tsv, csv or jsonl, not 'xml'
try 'tenor validate --help'
--- status
2

=== usage: --bootstrap 0
--- args
validate --bootstrap 0 gold.tsv
--- stdout
--- stderr
tenor: --bootstrap needs a number of resamples from 1 to 10000000, not '0'
try 'tenor validate --help'
--- status
2

=== usage: --errors
--- args
validate --errors many gold.tsv
--- stdout
--- stderr
tenor: --errors needs a whole number of rows, not 'many'
try 'tenor validate --help'
--- status
2

=== usage: an unknown option
--- args
validate --frobnicate gold.tsv
--- stdout
--- stderr
tenor: unknown option --frobnicate
try 'tenor validate --help'
--- status
2

=== usage: --measure names a category the lexicons do not have
--- args
validate --no-default-lexicons -l small.csv -l mood.csv --no-default-actors --measure anger gold.tsv
--- file small.csv
term,category,weight
good,tone,2
great,tone,3
bad,tone,-2
terrible,tone,-3
fine,tone,1
not,negator,
threat,hostility,2
--- file mood.csv
term,category,weight
bad,gloom,1
--- file gold.tsv
id	rating	text
a1	3.0	The talks were great.
a2	-2.5	The plan was bad.
a3	0.5	The room was fine.
a4	-3.5	A terrible, terrible day.
a5	1.0	Not bad at all.
a6	2.0	Good food and fine wine.
a7	0	The meeting is on Monday.
a8	-1.0	Not good.
a9	2.5	Great news. Bad weather.
a10	-0.5	The threat was real.
--- stdout
--- stderr
tenor: --measure 'anger' is neither tone, tone_norm, hostility nor cooperation, nor a category of the lexicons loaded (gloom)
try 'tenor validate --help'
--- status
2

=== usage: --measure stance needs targets
--- args
validate --no-default-lexicons -l small.csv --measure stance gold.tsv
--- file small.csv
term,category,weight
good,tone,2
great,tone,3
bad,tone,-2
terrible,tone,-3
fine,tone,1
not,negator,
threat,hostility,2
--- file gold.tsv
id	rating	text
a1	3.0	The talks were great.
a2	-2.5	The plan was bad.
a3	0.5	The room was fine.
a4	-3.5	A terrible, terrible day.
a5	1.0	Not bad at all.
a6	2.0	Good food and fine wine.
a7	0	The meeting is on Monday.
a8	-1.0	Not good.
a9	2.5	Great news. Bad weather.
a10	-0.5	The threat was real.
--- stdout
--- stderr
tenor: --measure stance needs a gold standard of targets (JSON Lines, or a CSV with a mention column)
try 'tenor validate --help'
--- status
2

=== usage: targets are measured by stance
--- args
validate --no-default-lexicons -l small.csv --measure hostility targets.jsonl
--- file small.csv
term,category,weight
good,tone,2
great,tone,3
bad,tone,-2
terrible,tone,-3
fine,tone,1
not,negator,
threat,hostility,2
--- file targets.jsonl
{"id": "j1", "text": "Vale said the Quarrel League was great.", "targets": [{"mention": "the Quarrel League", "from": 10, "to": 28, "label": "positive"}, {"mention": "Vale", "from": 0, "to": 4, "label": "neutral"}]}
{"id": "j2", "text": "The Mossfield council was bad, and Dr. Pell was fine.", "targets": [{"mention": "The Mossfield council", "from": 0, "to": 21, "label": "negative"}, {"mention": "Dr. Pell", "from": 35, "to": 43, "label": "positive"}, {"mention": "Mossfield", "from": 4, "to": 13, "label": "neutral"}]}
{"text": "Nothing was said about the Ferry Board.", "targets": [{"mention": "the Ferry Board", "from": 23, "to": 38, "label": "neutral"}]}
{"id": "j4", "text": "It was not good for the Ferry Board.", "targets": [{"mention": "the Ferry Board", "from": 20, "to": 35, "label": "negative"}]}
--- stdout
--- stderr
tenor: a gold standard of targets is measured by stance; --measure hostility is for snippets
try 'tenor validate --help'
--- status
2

=== a missing gold standard
--- args
validate missing.tsv
--- stdout
--- stderr
tenor: cannot open missing.tsv: No such file or directory
--- status
1

=== an unusable gold standard writes no table
--- args
validate --no-default-lexicons -l small.csv -o out empty.tsv
--- file small.csv
term,category,weight
good,tone,2
--- file empty.tsv
id	rating	text
--- stdout
--- stderr
tenor: empty.tsv: no usable snippet in the gold standard
--- status
1
--- absent out/validate.csv
--- absent out/.validate*

