# Golden tests of `tenor explain`.  The cases use --csv: the text output
# ends every sentence with a blank line, and this runner drops blank lines
# at the end of a section, so it cannot state the text output exactly.
# Most cases use --no-default-lexicons with a small lexicon, so that each
# number can be checked by hand against the rules in README.md.

=== negation: tone x-0.74, hostility and cooperation x0.25, within 3 tokens
--- args
explain --csv --no-default-lexicons -l small.csv --no-default-actors 'The talks were not good. It was not a threat. Not good talks.'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdout
sentence,start,end,speaker,targets,hit,words,entry,match,category,weight,rules,score,target,source,line,tone,tone_norm,hostility,cooperation,text
1,0,24,,,1,"talks","talks","exact","cooperation",2.0000,,2.0000,,"small.csv",6,-1.4800,-0.3570,0.0000,2.0000,"The talks were not good."
1,0,24,,,2,"not","not","exact","negator",1.0000,,,,"small.csv",9,-1.4800,-0.3570,0.0000,2.0000,"The talks were not good."
1,0,24,,,3,"good","good","exact","tone",2.0000,"negated x-0.74",-1.4800,,"small.csv",2,-1.4800,-0.3570,0.0000,2.0000,"The talks were not good."
2,25,45,,,1,"not","not","exact","negator",1.0000,,,,"small.csv",9,1.4800,0.3570,0.7500,0.0000,"It was not a threat."
2,25,45,,,2,"threat","threat","exact","tone",-2.0000,"negated x-0.74",1.4800,,"small.csv",4,1.4800,0.3570,0.7500,0.0000,"It was not a threat."
2,25,45,,,2,"threat","threat","exact","hostility",3.0000,"negated x0.25",0.7500,,"small.csv",5,1.4800,0.3570,0.7500,0.0000,"It was not a threat."
3,46,61,,,1,"Not","not","exact","negator",1.0000,,,,"small.csv",9,-1.4800,-0.3570,0.0000,0.5000,"Not good talks."
3,46,61,,,2,"good","good","exact","tone",2.0000,"negated x-0.74",-1.4800,,"small.csv",2,-1.4800,-0.3570,0.0000,0.5000,"Not good talks."
3,46,61,,,3,"talks","talks","exact","cooperation",2.0000,"negated x0.25",0.5000,,"small.csv",6,-1.4800,-0.3570,0.0000,0.5000,"Not good talks."
--- stderr
--- status
0

=== negation: a comma or a contrast word stops it, and 4 tokens are too far
--- args
explain --csv --no-default-lexicons -l small.csv --no-default-actors 'Not, good. Not but good. Not a b c good.'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdout
sentence,start,end,speaker,targets,hit,words,entry,match,category,weight,rules,score,target,source,line,tone,tone_norm,hostility,cooperation,text
1,0,10,,,1,"Not","not","exact","negator",1.0000,,,,"small.csv",9,2.0000,0.4588,0.0000,0.0000,"Not, good."
1,0,10,,,2,"good","good","exact","tone",2.0000,,2.0000,,"small.csv",2,2.0000,0.4588,0.0000,0.0000,"Not, good."
2,11,24,,,1,"Not","not","exact","negator",1.0000,,,,"small.csv",9,3.0000,0.6124,0.0000,0.0000,"Not but good."
2,11,24,,,2,"but","but","exact","contrast",1.0000,,,,"small.csv",11,3.0000,0.6124,0.0000,0.0000,"Not but good."
2,11,24,,,3,"good","good","exact","tone",2.0000,"after contrast x1.5",3.0000,,"small.csv",2,3.0000,0.6124,0.0000,0.0000,"Not but good."
3,25,40,,,1,"Not","not","exact","negator",1.0000,,,,"small.csv",9,2.0000,0.4588,0.0000,0.0000,"Not a b c good."
3,25,40,,,2,"good","good","exact","tone",2.0000,,2.0000,,"small.csv",2,2.0000,0.4588,0.0000,0.0000,"Not a b c good."
--- stderr
--- status
0

=== booster: very adds 0.3 to the magnitude, twice adds 0.6
--- args
explain --csv --no-default-lexicons -l small.csv --no-default-actors 'A very good day. A very very threat.'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdout
sentence,start,end,speaker,targets,hit,words,entry,match,category,weight,rules,score,target,source,line,tone,tone_norm,hostility,cooperation,text
1,0,16,,,1,"very","very","exact","booster",0.3000,,,,"small.csv",10,2.3000,0.5106,0.0000,0.0000,"A very good day."
1,0,16,,,2,"good","good","exact","tone",2.0000,"boosted",2.3000,,"small.csv",2,2.3000,0.5106,0.0000,0.0000,"A very good day."
2,17,36,,,1,"very","very","exact","booster",0.3000,,,,"small.csv",10,-2.6000,-0.5574,3.6000,0.0000,"A very very threat."
2,17,36,,,2,"very","very","exact","booster",0.3000,,,,"small.csv",10,-2.6000,-0.5574,3.6000,0.0000,"A very very threat."
2,17,36,,,3,"threat","threat","exact","tone",-2.0000,"boosted",-2.6000,,"small.csv",4,-2.6000,-0.5574,3.6000,0.0000,"A very very threat."
2,17,36,,,3,"threat","threat","exact","hostility",3.0000,"boosted",3.6000,,"small.csv",5,-2.6000,-0.5574,3.6000,0.0000,"A very very threat."
--- stderr
--- status
0

=== contrast: x0.5 before but, x1.5 after
--- args
explain --csv --no-default-lexicons -l small.csv --no-default-actors 'Calm words, but a threat.'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdout
sentence,start,end,speaker,targets,hit,words,entry,match,category,weight,rules,score,target,source,line,tone,tone_norm,hostility,cooperation,text
1,0,25,,,1,"Calm","calm","exact","tone",1.5000,"before contrast x0.5",0.7500,,"small.csv",3,-2.2500,-0.5023,4.5000,0.0000,"Calm words, but a threat."
1,0,25,,,2,"but","but","exact","contrast",1.0000,,,,"small.csv",11,-2.2500,-0.5023,4.5000,0.0000,"Calm words, but a threat."
1,0,25,,,3,"threat","threat","exact","tone",-2.0000,"after contrast x1.5",-3.0000,,"small.csv",4,-2.2500,-0.5023,4.5000,0.0000,"Calm words, but a threat."
1,0,25,,,3,"threat","threat","exact","hostility",3.0000,"after contrast x1.5",4.5000,,"small.csv",5,-2.2500,-0.5023,4.5000,0.0000,"Calm words, but a threat."
--- stderr
--- status
0

=== capitals: +0.733 in mixed-case text, nothing when all is capitals
--- args
explain --csv --no-default-lexicons -l small.csv --no-default-actors 'The talks were GOOD. THE TALKS WERE GOOD.'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdout
sentence,start,end,speaker,targets,hit,words,entry,match,category,weight,rules,score,target,source,line,tone,tone_norm,hostility,cooperation,text
1,0,20,,,1,"talks","talks","exact","cooperation",2.0000,,2.0000,,"small.csv",6,2.7330,0.5766,0.0000,2.0000,"The talks were GOOD."
1,0,20,,,2,"GOOD","good","exact","tone",2.0000,"capitals +0.733",2.7330,,"small.csv",2,2.7330,0.5766,0.0000,2.0000,"The talks were GOOD."
2,21,41,,,1,"TALKS","talks","exact","cooperation",2.0000,,2.0000,,"small.csv",6,2.0000,0.4588,0.0000,2.0000,"THE TALKS WERE GOOD."
2,21,41,,,2,"GOOD","good","exact","tone",2.0000,,2.0000,,"small.csv",2,2.0000,0.4588,0.0000,2.0000,"THE TALKS WERE GOOD."
--- stderr
--- status
0

=== exclamation marks: +0.292 per mark to each non-zero sum, at most 4
--- args
explain --csv --no-default-lexicons -l small.csv --no-default-actors 'A good day!! A threat!!!!!'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdout
sentence,start,end,speaker,targets,hit,words,entry,match,category,weight,rules,score,target,source,line,tone,tone_norm,hostility,cooperation,text
1,0,12,,,1,"good","good","exact","tone",2.0000,,2.0000,,"small.csv",2,2.5840,0.5550,0.0000,0.0000,"A good day!!"
2,13,26,,,1,"threat","threat","exact","tone",-2.0000,,-2.0000,,"small.csv",4,-3.1680,-0.6331,4.1680,0.0000,"A threat!!!!!"
2,13,26,,,1,"threat","threat","exact","hostility",3.0000,,3.0000,,"small.csv",5,-3.1680,-0.6331,4.1680,0.0000,"A threat!!!!!"
--- stderr
--- status
0

=== all rules at once: boosted, capitals, negated, then the '!'
--- args
explain --csv --no-default-lexicons -l small.csv --no-default-actors 'Not very GOOD!'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdout
sentence,start,end,speaker,targets,hit,words,entry,match,category,weight,rules,score,target,source,line,tone,tone_norm,hostility,cooperation,text
1,0,14,,,1,"Not","not","exact","negator",1.0000,,,,"small.csv",9,-2.5364,-0.5479,0.0000,0.0000,"Not very GOOD!"
1,0,14,,,2,"very","very","exact","booster",0.3000,,,,"small.csv",10,-2.5364,-0.5479,0.0000,0.0000,"Not very GOOD!"
1,0,14,,,3,"GOOD","good","exact","tone",2.0000,"negated x-0.74, boosted, capitals +0.733",-2.2444,,"small.csv",2,-2.5364,-0.5479,0.0000,0.0000,"Not very GOOD!"
--- stderr
--- status
0

=== wildcard and stem entries say so in the match column
--- args
explain --csv --no-default-lexicons -l small.csv --no-default-actors 'Their hostility grew as rivals thrived.'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdout
sentence,start,end,speaker,targets,hit,words,entry,match,category,weight,rules,score,target,source,line,tone,tone_norm,hostility,cooperation,text
1,0,39,,,1,"hostility","hostil*","wildcard","hostility",2.0000,,2.0000,,"small.csv",7,2.0000,0.4588,2.0000,0.0000,"Their hostility grew as rivals thrived."
1,0,39,,,2,"thrived","thrive","stem","tone",2.0000,,2.0000,,"small.csv",8,2.0000,0.4588,2.0000,0.0000,"Their hostility grew as rivals thrived."
--- stderr
--- status
0

=== a category of the user's own: a row without rules or score
--- args
explain --csv --no-default-lexicons -l small.csv --no-default-actors -l emotions.csv 'A riot and a threat.'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- file emotions.csv
term,category,weight
riot,anger,1
--- stdout
sentence,start,end,speaker,targets,hit,words,entry,match,category,weight,rules,score,target,source,line,tone,tone_norm,hostility,cooperation,text
1,0,20,,,1,"riot","riot","exact","anger",1.0000,,,,"emotions.csv",2,-2.0000,-0.4588,3.0000,0.0000,"A riot and a threat."
1,0,20,,,2,"threat","threat","exact","tone",-2.0000,,-2.0000,,"small.csv",4,-2.0000,-0.4588,3.0000,0.0000,"A riot and a threat."
1,0,20,,,2,"threat","threat","exact","hostility",3.0000,,3.0000,,"small.csv",5,-2.0000,-0.4588,3.0000,0.0000,"A riot and a threat."
--- stderr
--- status
0

=== a sentence without hits gets one row
--- args
explain --csv --no-default-lexicons -l small.csv --no-default-actors 'A good day. Nothing here.'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdout
sentence,start,end,speaker,targets,hit,words,entry,match,category,weight,rules,score,target,source,line,tone,tone_norm,hostility,cooperation,text
1,0,11,,,1,"good","good","exact","tone",2.0000,,2.0000,,"small.csv",2,2.0000,0.4588,0.0000,0.0000,"A good day."
2,12,25,,,,,,,,,,,,,,0.0000,0.0000,0.0000,0.0000,"Nothing here."
--- stderr
--- status
0

=== attribution: the speaker of said, the targets and the target of each hit
--- args
explain --csv --no-default-lexicons -l small.csv 'Russia said the talks with Obama were a threat.'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdout
sentence,start,end,speaker,targets,hit,words,entry,match,category,weight,rules,score,target,source,line,tone,tone_norm,hostility,cooperation,text
1,0,47,"RUS","barack_obama",1,"said","said","exact","speech",1.0000,,,,"small.csv",12,-2.0000,-0.4588,3.0000,2.0000,"Russia said the talks with Obama were a threat."
1,0,47,"RUS","barack_obama",2,"talks","talks","exact","cooperation",2.0000,,2.0000,"barack_obama","small.csv",6,-2.0000,-0.4588,3.0000,2.0000,"Russia said the talks with Obama were a threat."
1,0,47,"RUS","barack_obama",3,"threat","threat","exact","tone",-2.0000,,-2.0000,"barack_obama","small.csv",4,-2.0000,-0.4588,3.0000,2.0000,"Russia said the talks with Obama were a threat."
1,0,47,"RUS","barack_obama",3,"threat","threat","exact","hostility",3.0000,,3.0000,"barack_obama","small.csv",5,-2.0000,-0.4588,3.0000,2.0000,"Russia said the talks with Obama were a threat."
--- stderr
--- status
0

=== explain - reads the text from stdin
--- args
explain --csv --no-default-lexicons -l small.csv --no-default-actors -
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdin
Calm talks.

Not a threat.
--- stdout
sentence,start,end,speaker,targets,hit,words,entry,match,category,weight,rules,score,target,source,line,tone,tone_norm,hostility,cooperation,text
1,0,11,,,1,"Calm","calm","exact","tone",1.5000,,1.5000,,"small.csv",3,1.5000,0.3612,0.0000,2.0000,"Calm talks."
1,0,11,,,2,"talks","talks","exact","cooperation",2.0000,,2.0000,,"small.csv",6,1.5000,0.3612,0.0000,2.0000,"Calm talks."
2,13,26,,,1,"Not","not","exact","negator",1.0000,,,,"small.csv",9,1.4800,0.3570,0.7500,0.0000,"Not a threat."
2,13,26,,,2,"threat","threat","exact","tone",-2.0000,"negated x-0.74",1.4800,,"small.csv",4,1.4800,0.3570,0.7500,0.0000,"Not a threat."
2,13,26,,,2,"threat","threat","exact","hostility",3.0000,"negated x0.25",0.7500,,"small.csv",5,1.4800,0.3570,0.7500,0.0000,"Not a threat."
--- stderr
--- status
0

=== invalid UTF-8 on stdin is replaced, reported, and the status is 1
--- args
explain --csv --no-default-lexicons -l small.csv --no-default-actors -
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdin
A good café day.
--- stdout
sentence,start,end,speaker,targets,hit,words,entry,match,category,weight,rules,score,target,source,line,tone,tone_norm,hostility,cooperation,text
1,0,18,,,1,"good","good","exact","tone",2.0000,,2.0000,,"small.csv",2,2.0000,0.4588,0.0000,0.0000,"A good cafï¿½ day."
--- stderr
tenor: <stdin>:1: invalid UTF-8 replaced with U+FFFD (1 sequence, the first on this line)
--- status
1

=== no words to explain
--- args
explain --csv --no-default-lexicons -l small.csv --no-default-actors '!!! ...'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stderr
tenor: <argument>: no words to explain
--- status
1

=== usage: explain without TEXT
--- args
explain
--- stderr
tenor: give the TEXT to explain, or - for stdin
try 'tenor explain --help'
--- status
2

=== usage: explain with two arguments
--- args
explain good day
--- stderr
tenor: give the TEXT as one argument (quote it)
try 'tenor explain --help'
--- status
2

=== usage: --no-default-lexicons without --lexicon
--- args
explain --no-default-lexicons 'A good day.'
--- stderr
tenor: --no-default-lexicons leaves nothing to score with; add --lexicon FILE
try 'tenor explain --help'
--- status
2

=== the README example with the built-in lexicons
--- args
score
--- stdin
The talks were not very good!
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"stdin",,,1,0,29,6,2,,,-1.6240,-0.3867,0.0000,1.4920,0,1,"The talks were not very good!"
--- stderr
--- status
0


=== text: negation, booster and capitals on one hit, and the '!' note
--- args
explain --no-default-lexicons -l small.csv --no-default-actors 'The talks were not very GOOD!'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdout
Sentence 1 (bytes 0-29): The talks were not very GOOD!
  tokens:   The talks were not very GOOD !
  speaker:  none
  targets:  none
  matches:
    #    words  entry  match  category     weight  rules                                     score    target  source
    1    talks  talks  exact  cooperation  2                                                 2.0000           small.csv:6
    2    not    not    exact  negator      1                                                                  small.csv:9
    3    very   very   exact  booster      0.3                                                                small.csv:10
    4    GOOD   good   exact  tone         2       negated x-0.74, boosted, capitals +0.733  -2.2444          small.csv:2
  scores:   tone -2.5364, tone_norm -0.5479, hostility 0.0000, cooperation 2.2920 (2 scoring hits: 0 positive, 1 negative)
            (with 1 '!': every non-zero sum grows in magnitude by 0.292 each; the hits sum to tone -2.2444, hostility 0.0000, cooperation 2.0000)

--- stderr
--- status
0

=== text: contrast
--- args
explain --no-default-lexicons -l small.csv --no-default-actors 'Calm words, but a threat.'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdout
Sentence 1 (bytes 0-25): Calm words, but a threat.
  tokens:   Calm words , but a threat .
  speaker:  none
  targets:  none
  matches:
    #    words   entry   match  category   weight  rules                 score    target  source
    1    Calm    calm    exact  tone       1.5     before contrast x0.5  0.7500           small.csv:3
    2    but     but     exact  contrast   1                                              small.csv:11
    3    threat  threat  exact  tone       -2      after contrast x1.5   -3.0000          small.csv:4
                                hostility  3       after contrast x1.5   4.5000           small.csv:5
  scores:   tone -2.2500, tone_norm -0.5023, hostility 4.5000, cooperation 0.0000 (2 scoring hits: 1 positive, 1 negative)

--- stderr
--- status
0

=== text: wildcard and stem in the match column
--- args
explain --no-default-lexicons -l small.csv --no-default-actors 'Their hostility grew as rivals thrived.'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdout
Sentence 1 (bytes 0-39): Their hostility grew as rivals thrived.
  tokens:   Their hostility grew as rivals thrived .
  speaker:  none
  targets:  none
  matches:
    #    words      entry    match     category   weight  rules  score   target  source
    1    hostility  hostil*  wildcard  hostility  2              2.0000          small.csv:7
    2    thrived    thrive   stem      tone       2              2.0000          small.csv:8
  scores:   tone 2.0000, tone_norm 0.4588, hostility 2.0000, cooperation 0.0000 (2 scoring hits: 1 positive, 0 negative)

--- stderr
--- status
0

=== text: a category of the user's own gets its sum line
--- args
explain --no-default-lexicons -l small.csv --no-default-actors -l emotions.csv 'A riot and a threat.'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- file emotions.csv
term,category,weight
riot,anger,1
--- stdout
Sentence 1 (bytes 0-20): A riot and a threat.
  tokens:   A riot and a threat .
  speaker:  none
  targets:  none
  matches:
    #    words   entry   match  category   weight  rules  score    target  source
    1    riot    riot    exact  anger      1                               emotions.csv:2
    2    threat  threat  exact  tone       -2             -2.0000          small.csv:4
                                hostility  3              3.0000           small.csv:5
  scores:   tone -2.0000, tone_norm -0.4588, hostility 3.0000, cooperation 0.0000 (1 scoring hit: 0 positive, 1 negative)
            anger 1.0000

--- stderr
--- status
0

=== text: speaker, targets, the target of each hit and the stance toward it
--- args
explain --no-default-lexicons -l small.csv 'Russia said the talks with Obama were a threat.'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdout
Sentence 1 (bytes 0-47): Russia said the talks with Obama were a threat.
  tokens:   [Russia] said the talks with [Obama] were a threat .
  speaker:  RUS (Russia)
  targets:  barack_obama
  matches:
    #    words   entry   match  category     weight  rules  score    target        source
    1    said    said    exact  speech       1                                     small.csv:12
    2    talks   talks   exact  cooperation  2              2.0000   barack_obama  small.csv:6
    3    threat  threat  exact  tone         -2             -2.0000  barack_obama  small.csv:4
                                hostility    3              3.0000   barack_obama  small.csv:5
  scores:   tone -2.0000, tone_norm -0.4588, hostility 3.0000, cooperation 2.0000 (2 scoring hits: 0 positive, 1 negative)
  toward barack_obama: tone -2.0000, hostility 3.0000, cooperation 2.0000, stance -0.6124

--- stderr
--- status
0

=== text: a sentence without hits
--- args
explain --no-default-lexicons -l small.csv --no-default-actors 'Nothing here.'
--- file small.csv
term,category,weight,match
good,tone,2,
calm,tone,1.5,
threat,tone,-2,
threat,hostility,3,
talks,cooperation,2,
hostil*,hostility,2,
thrive,tone,2,stem
not,negator,,
very,booster,0.3,
but,contrast,,
said,speech,,
--- stdout
Sentence 1 (bytes 0-13): Nothing here.
  tokens:   Nothing here .
  speaker:  none
  targets:  none
  matches:  none
  scores:   tone 0.0000, tone_norm 0.0000, hostility 0.0000, cooperation 0.0000 (0 scoring hits: 0 positive, 0 negative)

--- stderr
--- status
0

=== text: a stem match shows only the categories it gives (no speech word by stem)
--- args
explain --no-default-lexicons --no-default-actors --stem -l cs.csv 'They condemned it.'
--- file cs.csv
term,category,weight
condemn,tone,-2
condemn,speech,
--- stdout
Sentence 1 (bytes 0-18): They condemned it.
  tokens:   They condemned it .
  speaker:  none
  targets:  none
  matches:
    #    words      entry    match  category  weight  rules  score    target  source
    1    condemned  condemn  stem   tone      -2             -2.0000          cs.csv:2
  scores:   tone -2.0000, tone_norm -0.4588, hostility 0.0000, cooperation 0.0000 (1 scoring hit: 0 positive, 1 negative)
--- stderr
--- status
0
