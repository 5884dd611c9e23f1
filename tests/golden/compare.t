# Golden tests of `tenor compare`.  The documents' hostility values are
# built to be simple (one point per "bad"): a = 1, 2, 3; b = 0, 0.5, 1, 1.5.
# Every statistic below agrees with R 4.2.2:
#   t.test(a, b); wilcox.test(a, b, exact = FALSE, correct = TRUE)
#   oneway.test(v ~ g, var.equal = TRUE); oneway.test(v ~ g, var.equal = FALSE)
#   kruskal.test(v ~ g); p.adjust(p, "holm"); p.adjust(p, "BH")

=== two groups from folders: Welch's t, Mann-Whitney U, descriptives
--- args
compare --no-default-lexicons -l lex.csv --no-default-actors --group-by-dir --measure hostility c -o out
--- file lex.csv
term,category,weight
bad,hostility,1
--- file c/a/1.txt
bad.
--- file c/a/2.txt
bad bad.
--- file c/a/3.txt
bad bad bad.
--- file c/b/1.txt
Calm.
--- file c/b/2.txt
Bad. Calm.
--- file c/b/3.txt
Bad.
--- file c/b/4.txt
Bad bad. Calm bad.
--- stdout
--- stderr
--- output out/compare.csv
measure,actor,role,group_a,group_b,n_a,n_b,mean_a,mean_b,diff,ci_low,ci_high,test,statistic,df,p,p_holm,p_bh,effect,effect_size,df2,note
"hostility",,,"a","b",3,4,2.000000,0.750000,1.250000,-0.771164,3.271164,"welch_t",1.889822,3.234719,0.1484713470,0.1484713470,0.1484713470,"hedges_g",1.305629,,
"hostility",,,"a","b",3,4,2.000000,0.750000,1.250000,,,"mann_whitney",10.500000,,0.1535763965,0.1535763965,0.1535763965,"cliffs_delta",0.750000,,
--- output out/groups.csv
measure,actor,role,group,n,mean,sd,se,ci_low,ci_high,median,q1,q3,iqr,min,max,note
"hostility",,,"a",3,2.000000,1.000000,0.577350,-0.484138,4.484138,2.000000,1.500000,2.500000,1.000000,1.000000,3.000000,
"hostility",,,"b",4,0.750000,0.645497,0.322749,-0.277130,1.777130,0.750000,0.375000,1.125000,0.750000,0.000000,1.500000,

=== three groups from a CSV corpus: all pairs adjusted, ANOVA, Welch's ANOVA, Kruskal-Wallis
--- args
compare --no-default-lexicons -l lex.csv --no-default-actors --csv three.csv --measure hostility -o out/compare.csv
--- file lex.csv
term,category,weight
bad,hostility,1
--- file three.csv
id,group,date,text
x1,x,2015-10-01,bad.
x2,x,2015-10-02,bad bad.
x3,x,2015-11-03,bad bad bad.
y1,y,2015-10-04,Calm.
y2,y,2015-10-05,Bad. Calm.
y3,y,2015-11-06,Bad.
y4,y,2015-11-07,Bad bad. Calm bad.
z1,z,2015-10-08,bad bad. bad bad bad.
z2,z,2015-11-09,bad bad bad bad.
z3,z,2015-11-10,bad bad.
--- stdout
--- stderr
--- output out/compare.csv
measure,actor,role,group_a,group_b,n_a,n_b,mean_a,mean_b,diff,ci_low,ci_high,test,statistic,df,p,p_holm,p_bh,effect,effect_size,df2,note
"hostility",,,"x","y",3,4,2.000000,0.750000,1.250000,-0.771164,3.271164,"welch_t",1.889822,3.234719,0.1484713470,0.2969426941,0.2001730395,"hedges_g",1.305629,,
"hostility",,,"x","y",3,4,2.000000,0.750000,1.250000,,,"mann_whitney",10.500000,,0.1535763965,0.3071527931,0.2303645948,"cliffs_delta",0.750000,,
"hostility",,,"x","z",3,3,2.000000,3.666667,-1.666667,-4.787551,1.454217,"welch_t",-1.581139,3.448276,0.2001730395,0.2969426941,0.2001730395,"hedges_g",-1.032796,,
"hostility",,,"x","z",3,3,2.000000,3.666667,-1.666667,,,"mann_whitney",1.500000,,0.2682858837,0.3071527931,0.2682858837,"cliffs_delta",-0.666667,,
"hostility",,,"y","z",4,3,0.750000,3.666667,-2.916667,-6.235070,0.401737,"welch_t",-3.105748,2.541201,0.0660966213,0.1982898639,0.1982898639,"hedges_g",-2.257874,,
"hostility",,,"y","z",4,3,0.750000,3.666667,-2.916667,,,"mann_whitney",0.000000,,0.0518299272,0.1554897817,0.1554897817,"cliffs_delta",-1.000000,,
"hostility",,,,,10,,,,,,,"anova",6.447368,2.000000,0.0258380327,,,"eta_squared",0.648148,7.000000,
"hostility",,,,,10,,,,,,,"welch_anova",4.872539,2.000000,0.0959048301,,,,,3.552067,
"hostility",,,,,10,,,,,,,"kruskal_wallis",6.108129,2.000000,0.0471668286,,,"epsilon_squared",0.678681,,

=== by date: periods compared, and a timeline per period and group
--- args
compare --no-default-lexicons -l lex.csv --no-default-actors --csv two.csv --measure hostility --by date -o out
--- file lex.csv
term,category,weight
bad,hostility,1
--- file two.csv
id,group,date,text
a1,a,2015-10-01,bad.
a2,a,2015-10-20T10:00:00Z,bad bad.
b1,b,2015-11-02,Calm.
b2,b,2015-11-03,Bad.
b3,b,,Undated.
--- stderr
tenor: 1 document without a date left out of the comparison by date
--- output out/compare.csv
measure,actor,role,group_a,group_b,n_a,n_b,mean_a,mean_b,diff,ci_low,ci_high,test,statistic,df,p,p_holm,p_bh,effect,effect_size,df2,note
"hostility",,,"2015-10","2015-11",2,2,1.500000,0.500000,1.000000,-2.042435,4.042435,"welch_t",1.414214,2.000000,0.2928932188,0.2928932188,0.2928932188,"hedges_g",0.808122,,
"hostility",,,"2015-10","2015-11",2,2,1.500000,0.500000,1.000000,,,"mann_whitney",3.500000,,0.4142161782,0.4142161782,0.4142161782,"cliffs_delta",0.750000,,
--- output out/timeline.csv
measure,actor,role,period,group,n,mean,ci_low,ci_high,note
"hostility",,,"2015-10","a",2,1.500000,-4.853102,7.853102,
"hostility",,,"2015-11","b",2,0.500000,-5.853102,6.853102,

=== edge cases: one value in a group, no variance, all ties
--- args
compare --no-default-lexicons -l lex.csv --no-default-actors --csv edge.csv --measure hostility --measure tone -o out
--- file lex.csv
term,category,weight
bad,hostility,1
--- file edge.csv
id,group,text
a1,a,bad.
b1,b,Calm.
b2,b,bad.
--- output out/compare.csv
measure,actor,role,group_a,group_b,n_a,n_b,mean_a,mean_b,diff,ci_low,ci_high,test,statistic,df,p,p_holm,p_bh,effect,effect_size,df2,note
"tone",,,"a","b",1,2,0.000000,0.000000,0.000000,,,"welch_t",,,,,,,,,"too few values"
"tone",,,"a","b",1,2,0.000000,0.000000,0.000000,,,"mann_whitney",,,,,,,,,"all values tied"
"hostility",,,"a","b",1,2,1.000000,0.500000,0.500000,,,"welch_t",,,,,,,,,"too few values"
"hostility",,,"a","b",1,2,1.000000,0.500000,0.500000,,,"mann_whitney",1.500000,,1.0000000000,1.0000000000,1.0000000000,"cliffs_delta",0.500000,,
--- output out/groups.csv
measure,actor,role,group,n,mean,sd,se,ci_low,ci_high,median,q1,q3,iqr,min,max,note
"tone",,,"a",1,0.000000,,,,,0.000000,0.000000,0.000000,0.000000,0.000000,0.000000,"one value: no spread"
"tone",,,"b",2,0.000000,0.000000,0.000000,0.000000,0.000000,0.000000,0.000000,0.000000,0.000000,0.000000,0.000000,
"hostility",,,"a",1,1.000000,,,,,1.000000,1.000000,1.000000,0.000000,1.000000,1.000000,"one value: no spread"
"hostility",,,"b",2,0.500000,0.707107,0.500000,-5.853102,6.853102,0.500000,0.250000,0.750000,0.500000,0.000000,1.000000,

=== an actor that one group never targets: an empty group
--- args
compare --no-default-lexicons -l lex.csv --no-default-actors --actor-list actors.csv --csv news.csv --actor RUS --measure stance -o out
--- file lex.csv
term,category,weight
bad,hostility,1
--- file actors.csv
actor,name,type,affiliation,aliases
RUS,Russia,state,,
--- file news.csv
id,group,text
a1,a,Russia is bad.
a2,a,Russia is bad bad.
b1,b,Calm.
--- output out/compare.csv
measure,actor,role,group_a,group_b,n_a,n_b,mean_a,mean_b,diff,ci_low,ci_high,test,statistic,df,p,p_holm,p_bh,effect,effect_size,df2,note
"stance","RUS","target","a","b",2,0,-0.354416,,,,,"welch_t",,,,,,,,,"a group has no values"
"stance","RUS","target","a","b",2,0,-0.354416,,,,,"mann_whitney",,,,,,,,,"a group has no values"

=== only one group: nothing to compare
--- args
compare --no-default-lexicons -l lex.csv --no-default-actors a.txt b.txt
--- file lex.csv
term,category,weight
bad,hostility,1
--- file a.txt
bad.
--- file b.txt
Calm.
--- stdout
measure,actor,role,group_a,group_b,n_a,n_b,mean_a,mean_b,diff,ci_low,ci_high,test,statistic,df,p,p_holm,p_bh,effect,effect_size,df2,note
--- stderr
tenor: nothing to compare: no document has a group (give groups with --csv --group-col, --group-by-dir or --group, or dates for --by date)
--- status
1

=== usage errors of compare
--- args
compare --by outlet
--- stderr
tenor: --by takes group or date, not 'outlet'
try 'tenor compare --help'
--- status
2

=== --actors takes all
--- args
compare --actors RUS
--- stderr
tenor: --actors takes all, not 'RUS' (one actor: --actor ID)
try 'tenor compare --help'
--- status
2

=== --by date needs a folder
--- args
compare --by date x.txt
--- stderr
tenor: --by date writes more than compare.csv: give -o FOLDER
try 'tenor compare --help'
--- status
2

=== --bootstrap needs a count
--- args
compare --bootstrap 0 x.txt
--- stderr
tenor: --bootstrap needs a number of resamples from 1 to 10000000, not '0'
try 'tenor compare --help'
--- status
2

=== documents without a group are left out, and said so
--- args
compare --no-default-lexicons -l lex.csv --no-default-actors --group-by-dir --measure hostility c -o out
--- file lex.csv
term,category,weight
bad,hostility,1
--- file c/a/1.txt
bad.
--- file c/a/2.txt
bad bad.
--- file c/b/1.txt
Calm.
--- file c/b/2.txt
Bad.
--- file c/loose.txt
bad bad bad bad.
--- stderr
tenor: 1 document without a group left out of the comparison by group
--- output out/groups.csv
measure,actor,role,group,n,mean,sd,se,ci_low,ci_high,median,q1,q3,iqr,min,max,note
"hostility",,,"a",2,1.500000,0.707107,0.500000,-4.853102,7.853102,1.500000,1.250000,1.750000,0.500000,1.000000,2.000000,
"hostility",,,"b",2,0.500000,0.707107,0.500000,-5.853102,6.853102,0.500000,0.250000,0.750000,0.500000,0.000000,1.000000,

=== a category of one's own is a measure like hostility (the same numbers as above)
--- args
compare --no-default-lexicons -l lex.csv --no-default-actors --group-by-dir --measure grief c
--- file lex.csv
term,category,weight
bad,grief,
--- file c/a/1.txt
bad.
--- file c/a/2.txt
bad bad.
--- file c/a/3.txt
bad bad bad.
--- file c/b/1.txt
Calm.
--- file c/b/2.txt
Bad. Calm.
--- file c/b/3.txt
Bad.
--- file c/b/4.txt
Bad bad. Calm bad.
--- stdout
measure,actor,role,group_a,group_b,n_a,n_b,mean_a,mean_b,diff,ci_low,ci_high,test,statistic,df,p,p_holm,p_bh,effect,effect_size,df2,note
"grief",,,"a","b",3,4,2.000000,0.750000,1.250000,-0.771164,3.271164,"welch_t",1.889822,3.234719,0.1484713470,0.1484713470,0.1484713470,"hedges_g",1.305629,,
"grief",,,"a","b",3,4,2.000000,0.750000,1.250000,,,"mann_whitney",10.500000,,0.1535763965,0.1535763965,0.1535763965,"cliffs_delta",0.750000,,
--- stderr
--- status
0

=== a --measure that is neither tenor's nor a category of the lexicons
--- args
compare --no-default-lexicons -l lex.csv --no-default-actors --group-by-dir --measure grif c
--- file lex.csv
term,category,weight
bad,grief,
bad,fear,
--- file c/a/1.txt
bad.
--- file c/b/1.txt
Calm.
--- stdout
--- stderr
tenor: --measure 'grif' is neither tone, tone_norm, hostility, cooperation nor stance, nor a category of the lexicons loaded (grief, fear)
--- status
2
