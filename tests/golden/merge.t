# Golden tests of tenor merge: partial results merged into the tables of one
# run, and the exact messages (and exit status) of its refusals and of the
# usage errors of score --partial / --shard.  The partials are small and
# inline: made by tenor 0.1.0 with
#   tenor score --no-default-lexicons -l small.csv --no-default-actors \
#     [--shard K/2] --partial FILE a.txt b.txt
# (a.txt "Good news.", b.txt "Bad day."; small.csv below), stem.tp with
# --stem, semi.tp with --sep ';'.  cut.tp is s1.tp cut inside a string;
# bad.tp is s1.tp with a number too many on a sentence line.  When the
# partial format or the fingerprints change, make them again the same way.

=== shards given in any order make the tables of one run
--- args
merge s1.tp s0.tp -o out
--- file s0.tp
tenor-partial 3
tenor 0.1.0
lexicons 3294ae9df4de1f7c
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 44 46 0 0 0
shard 0 2
categories 0
headers 4
119
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text

144
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens

210
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker

77
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation

doc 0 1 0 0
1
a
0

0

64
"a",,,1,0,10,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good news."

52
"a",,,1,2,1.0000,0.2500,0.0000,0.0000,0.0000,0.0000

0

0

0x1p+0 0x1p-2 0x0p+0 0x0p+0 -1 0
end 1
--- file s1.tp
tenor-partial 3
tenor 0.1.0
lexicons 3294ae9df4de1f7c
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 44 46 0 0 0
shard 1 2
categories 0
headers 4
119
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text

144
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens

210
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker

77
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation

doc 1 1 0 0
1
b
0

0

61
"b",,,1,0,8,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Bad day."

52
"b",,,1,2,0.0000,0.0000,0.0000,0.0000,0.0000,0.0000

0

0

0x0p+0 0x0p+0 0x0p+0 0x0p+0 -1 0
end 1
--- stderr
--- output out/sentences.csv
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"a",,,1,0,10,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good news."
"b",,,1,0,8,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Bad day."
--- output out/documents.csv
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens
"a",,,1,2,1.0000,0.2500,0.0000,0.0000,0.0000,0.0000
"b",,,1,2,0.0000,0.0000,0.0000,0.0000,0.0000,0.0000

=== a missing shard
--- args
merge s1.tp -o out
--- file s1.tp
tenor-partial 3
tenor 0.1.0
lexicons 3294ae9df4de1f7c
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 44 46 0 0 0
shard 1 2
categories 0
headers 4
119
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text

144
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens

210
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker

77
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation

doc 1 1 0 0
1
b
0

0

61
"b",,,1,0,8,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Bad day."

52
"b",,,1,2,0.0000,0.0000,0.0000,0.0000,0.0000,0.0000

0

0

0x0p+0 0x0p+0 0x0p+0 0x0p+0 -1 0
end 1
--- stderr
tenor: s1.tp is shard 1 of 2: merge all 2 shards of the run together (given 1)
--- status
1
--- absent out/*.csv

=== the same shard twice
--- args
merge s0.tp s0.tp -o out
--- file s0.tp
tenor-partial 3
tenor 0.1.0
lexicons 3294ae9df4de1f7c
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 44 46 0 0 0
shard 0 2
categories 0
headers 4
119
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text

144
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens

210
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker

77
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation

doc 0 1 0 0
1
a
0

0

64
"a",,,1,0,10,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good news."

52
"a",,,1,2,1.0000,0.2500,0.0000,0.0000,0.0000,0.0000

0

0

0x1p+0 0x1p-2 0x0p+0 0x0p+0 -1 0
end 1
--- stderr
tenor: s0.tp and another partial are both shard 0 of 2
--- status
1
--- absent out/*.csv

=== shards of different N
--- args
merge s0.tp whole.tp -o out
--- file s0.tp
tenor-partial 3
tenor 0.1.0
lexicons 3294ae9df4de1f7c
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 44 46 0 0 0
shard 0 2
categories 0
headers 4
119
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text

144
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens

210
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker

77
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation

doc 0 1 0 0
1
a
0

0

64
"a",,,1,0,10,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good news."

52
"a",,,1,2,1.0000,0.2500,0.0000,0.0000,0.0000,0.0000

0

0

0x1p+0 0x1p-2 0x0p+0 0x0p+0 -1 0
end 1
--- file whole.tp
tenor-partial 3
tenor 0.1.0
lexicons 3294ae9df4de1f7c
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 44 46 0 0 0
shard 0 1
categories 0
headers 4
119
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text

144
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens

210
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker

77
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation

doc 0 1 0 0
1
a
0

0

64
"a",,,1,0,10,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good news."

52
"a",,,1,2,1.0000,0.2500,0.0000,0.0000,0.0000,0.0000

0

0

0x1p+0 0x1p-2 0x0p+0 0x0p+0 -1 0
doc 1 1 0 0
1
b
0

0

61
"b",,,1,0,8,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Bad day."

52
"b",,,1,2,0.0000,0.0000,0.0000,0.0000,0.0000,0.0000

0

0

0x0p+0 0x0p+0 0x0p+0 0x0p+0 -1 0
end 2
--- stderr
tenor: whole.tp was made with another number of shards than s0.tp: they cannot be merged
--- status
1
--- absent out/*.csv

=== partials made with other lexicon options (--stem)
--- args
merge s0.tp stem.tp -o out
--- file s0.tp
tenor-partial 3
tenor 0.1.0
lexicons 3294ae9df4de1f7c
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 44 46 0 0 0
shard 0 2
categories 0
headers 4
119
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text

144
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens

210
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker

77
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation

doc 0 1 0 0
1
a
0

0

64
"a",,,1,0,10,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good news."

52
"a",,,1,2,1.0000,0.2500,0.0000,0.0000,0.0000,0.0000

0

0

0x1p+0 0x1p-2 0x0p+0 0x0p+0 -1 0
end 1
--- file stem.tp
tenor-partial 3
tenor 0.1.0
lexicons 0645a1a7bebf533d
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 44 46 0 0 0
shard 1 2
categories 0
headers 4
119
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text

144
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens

210
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker

77
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation

doc 1 1 0 0
1
b
0

0

61
"b",,,1,0,8,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Bad day."

52
"b",,,1,2,0.0000,0.0000,0.0000,0.0000,0.0000,0.0000

0

0

0x0p+0 0x0p+0 0x0p+0 0x0p+0 -1 0
end 1
--- stderr
tenor: stem.tp was made with other lexicons (or lexicon options) than s0.tp: they cannot be merged
--- status
1
--- absent out/*.csv

=== partials with another table format (--sep ';')
--- args
merge s0.tp semi.tp -o out
--- file s0.tp
tenor-partial 3
tenor 0.1.0
lexicons 3294ae9df4de1f7c
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 44 46 0 0 0
shard 0 2
categories 0
headers 4
119
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text

144
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens

210
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker

77
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation

doc 0 1 0 0
1
a
0

0

64
"a",,,1,0,10,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good news."

52
"a",,,1,2,1.0000,0.2500,0.0000,0.0000,0.0000,0.0000

0

0

0x1p+0 0x1p-2 0x0p+0 0x0p+0 -1 0
end 1
--- file semi.tp
tenor-partial 3
tenor 0.1.0
lexicons 3294ae9df4de1f7c
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 59 46 0 0 0
shard 1 2
categories 0
headers 4
119
doc_id;group;date;sentence;start;end;tokens;hits;speaker;targets;tone;tone_norm;hostility;cooperation;n_pos;n_neg;text

144
doc_id;group;date;sentences;tokens;tone_mean;tone_norm_mean;hostility_mean;hostility_per_100_tokens;cooperation_mean;cooperation_per_100_tokens

210
doc_id;group;date;actor;name;type;affiliation;mentions;as_target;stance_as_target;tone_as_target;hostility_as_target;cooperation_as_target;as_speaker;tone_as_speaker;hostility_as_speaker;cooperation_as_speaker

77
doc_id;group;date;speaker;target;sentences;stance;tone;hostility;cooperation

doc 1 1 0 0
1
b
0

0

61
"b";;;1;0;8;2;0;;;0.0000;0.0000;0.0000;0.0000;0;0;"Bad day."

52
"b";;;1;2;0.0000;0.0000;0.0000;0.0000;0.0000;0.0000

0

0

0x0p+0 0x0p+0 0x0p+0 0x0p+0 -1 0
end 1
--- stderr
tenor: semi.tp was made with another table format (--excel, --tsv, --sep, --decimal) than s0.tp: they cannot be merged
--- status
1
--- absent out/*.csv

=== a file that is not a partial
--- args
merge s0.tp small.csv -o out
--- file s0.tp
tenor-partial 3
tenor 0.1.0
lexicons 3294ae9df4de1f7c
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 44 46 0 0 0
shard 0 2
categories 0
headers 4
119
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text

144
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens

210
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker

77
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation

doc 0 1 0 0
1
a
0

0

64
"a",,,1,0,10,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good news."

52
"a",,,1,2,1.0000,0.2500,0.0000,0.0000,0.0000,0.0000

0

0

0x1p+0 0x1p-2 0x0p+0 0x0p+0 -1 0
end 1
--- file small.csv
term,category,weight
good,tone,1
--- stderr
tenor: small.csv: not a tenor partial result (make one with tenor score --partial FILE)
--- status
1
--- absent out/*.csv

=== a partial cut short
--- args
merge s0.tp cut.tp -o out
--- file s0.tp
tenor-partial 3
tenor 0.1.0
lexicons 3294ae9df4de1f7c
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 44 46 0 0 0
shard 0 2
categories 0
headers 4
119
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text

144
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens

210
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker

77
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation

doc 0 1 0 0
1
a
0

0

64
"a",,,1,0,10,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good news."

52
"a",,,1,2,1.0000,0.2500,0.0000,0.0000,0.0000,0.0000

0

0

0x1p+0 0x1p-2 0x0p+0 0x0p+0 -1 0
end 1
--- file cut.tp
tenor-partial 3
tenor 0.1.0
lexicons 3294ae9df4de1f7c
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 44 46 0 0 0
shard 1 2
categories 0
headers 4
119
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text

144
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens

210
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker

77
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation

doc 1 1 0 0
1
b
0

0

61
"b",,,1,0,8,2,0,,,0.
--- stderr
tenor: cut.tp:29: not a readable partial result: a string of 61 bytes is cut short
--- status
1
--- absent out/*.csv

=== a damaged number line
--- args
merge s0.tp bad.tp -o out
--- file s0.tp
tenor-partial 3
tenor 0.1.0
lexicons 3294ae9df4de1f7c
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 44 46 0 0 0
shard 0 2
categories 0
headers 4
119
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text

144
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens

210
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker

77
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation

doc 0 1 0 0
1
a
0

0

64
"a",,,1,0,10,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good news."

52
"a",,,1,2,1.0000,0.2500,0.0000,0.0000,0.0000,0.0000

0

0

0x1p+0 0x1p-2 0x0p+0 0x0p+0 -1 0
end 1
--- file bad.tp
tenor-partial 3
tenor 0.1.0
lexicons 3294ae9df4de1f7c
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 44 46 0 0 0
shard 1 2
categories 0
headers 4
119
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text

144
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens

210
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker

77
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation

doc 1 1 0 0
1
b
0

0

61
"b",,,1,0,8,2,0,,,0.0000,0.0000,0.0000,0.0000,0,0,"Bad day."

52
"b",,,1,2,0.0000,0.0000,0.0000,0.0000,0.0000,0.0000

0

0

0x0p+0 0x0p+0 0x0p+0 0x0p+0 -1 0 0x1p+0
end 1
--- stderr
tenor: bad.tp:39: not a readable partial result: malformed line '0x0p+0 0x0p+0 0x0p+0 0x0p+0 -1 0 0x1p+0'
--- status
1
--- absent out/*.csv

=== a partial that cannot be opened
--- args
merge s0.tp s9.tp -o out
--- file s0.tp
tenor-partial 3
tenor 0.1.0
lexicons 3294ae9df4de1f7c
actors 77c7c90b0e0e5b2b
options 0 65536 67108864
format 44 46 0 0 0
shard 0 2
categories 0
headers 4
119
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text

144
doc_id,group,date,sentences,tokens,tone_mean,tone_norm_mean,hostility_mean,hostility_per_100_tokens,cooperation_mean,cooperation_per_100_tokens

210
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker

77
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation

doc 0 1 0 0
1
a
0

0

64
"a",,,1,0,10,2,1,,,1.0000,0.2500,0.0000,0.0000,1,0,"Good news."

52
"a",,,1,2,1.0000,0.2500,0.0000,0.0000,0.0000,0.0000

0

0

0x1p+0 0x1p-2 0x0p+0 0x0p+0 -1 0
end 1
--- stderr
tenor: cannot open s9.tp: No such file or directory
--- status
1
--- absent out/*.csv

=== merge without -o
--- args
merge s0.tp s1.tp
--- stderr
tenor: tenor merge writes a folder: give -o DIR
try 'tenor merge --help'
--- status
2
--- absent out/*.csv

=== merge without partials
--- args
merge -o out
--- stderr
tenor: give the partial results to merge (tenor score --partial FILE makes them)
try 'tenor merge --help'
--- status
2
--- absent out/*.csv

=== score --partial with -o
--- args
score --partial p.tp -o out a.txt
--- stderr
tenor: --partial writes a partial result, not tables: drop -o (tenor merge makes the tables)
try 'tenor score --help'
--- status
2
--- absent out/*.csv
--- absent p.tp

=== score --shard without --partial
--- args
score --shard 1/2 a.txt
--- stderr
tenor: --shard scores one shard of a run: give --partial FILE too
try 'tenor score --help'
--- status
2
--- absent out/*.csv

=== score --shard 2/2
--- args
score --shard 2/2 --partial p.tp a.txt
--- stderr
tenor: --shard takes K/N with 0 <= K < N (0/3, 1/3, 2/3), not '2/2'
try 'tenor score --help'
--- status
2
--- absent out/*.csv
--- absent p.tp

=== score --shard x
--- args
score --shard x --partial p.tp a.txt
--- stderr
tenor: --shard takes K/N with 0 <= K < N (0/3, 1/3, 2/3), not 'x'
try 'tenor score --help'
--- status
2
--- absent out/*.csv
--- absent p.tp

