# Golden tests of actors, speakers, targets and stance in `tenor score`,
# with small lexicons and actor lists so that every number can be checked
# by hand (stance = x / sqrt(x^2 + 15), x = tone + cooperation - hostility).

=== speakers, targets and the four tables
--- args
score --no-default-lexicons -l lex.csv --no-default-actors --actor-list actors.csv -o out news.txt
--- file lex.csv
term,category,weight
said,speech,
threat,tone,-2
threat,hostility,3
talks,cooperation,2
--- file actors.csv
actor,name,type,affiliation,aliases
RUS,Russia,state,,Russian|Moscow
TUR,Turkey,state,,Turkish|Ankara
john_kerry,John Kerry,person,USA,Kerry
USA,United States,state,,US
--- file news.txt
Kerry said Russia was a threat.

"Talks with Turkey will go on," a Russian spokesman said.
--- stdout
--- stderr
--- output out/sentences.csv
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"news",,,1,0,31,6,1,"john_kerry","RUS",-2.0000,-0.4588,3.0000,0.0000,0,1,"Kerry said Russia was a threat."
"news",,,2,33,90,10,1,"RUS","TUR",0.0000,0.0000,0.0000,2.0000,0,0,"""Talks with Turkey will go on,"" a Russian spokesman said."
--- output out/actors.csv
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker
"news",,,"RUS","Russia","state",,2,1,-0.7906,-2.0000,3.0000,0.0000,1,0.0000,0.0000,2.0000
"news",,,"TUR","Turkey","state",,1,1,0.4588,0.0000,0.0000,2.0000,0,0.0000,0.0000,0.0000
"news",,,"john_kerry","John Kerry","person","USA",1,0,,0.0000,0.0000,0.0000,1,-2.0000,3.0000,0.0000
--- output out/pairs.csv
doc_id,group,date,speaker,target,sentences,stance,tone,hostility,cooperation
"news",,,"RUS","TUR",1,0.4588,0.0000,0.0000,2.0000
"news",,,"john_kerry","RUS",1,-0.7906,-2.0000,3.0000,0.0000

=== --level affiliation reports people as their affiliation
--- args
score --no-default-lexicons -l lex.csv --no-default-actors --actor-list actors.csv --level affiliation news.txt
--- file lex.csv
term,category,weight
said,speech,
--- file actors.csv
actor,name,type,affiliation,aliases
USA,United States,state,,US
RUS,Russia,state,,
john_kerry,John Kerry,person,USA,Kerry
--- file news.txt
Kerry said Russia and the US agreed.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"news",,,1,0,36,7,0,"USA","RUS",0.0000,0.0000,0.0000,0.0000,0,0,"Kerry said Russia and the US agreed."

=== the default actor list: people found by title, pronouns, quotations
--- args
score --no-default-lexicons -l lex.csv news.txt
--- file lex.csv
term,category,weight
said,speech,
added,speech,
--- file news.txt
Turkish Foreign Minister Leyla Arslan said Moscow and NATO must talk.

"We are ready.

"The door is open," she added. Arslan then left for Ankara.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"news",,,1,0,69,11,0,"leyla_arslan","NATO;RUS",0.0000,0.0000,0.0000,0.0000,0,0,"Turkish Foreign Minister Leyla Arslan said Moscow and NATO must talk."
"news",,,2,71,85,3,0,"leyla_arslan",,0.0000,0.0000,0.0000,0.0000,0,0,"""We are ready."
"news",,,3,87,117,6,0,"leyla_arslan",,0.0000,0.0000,0.0000,0.0000,0,0,"""The door is open,"" she added."
"news",,,4,118,146,5,0,,"TUR;leyla_arslan",0.0000,0.0000,0.0000,0.0000,0,0,"Arslan then left for Ankara."

=== a bad actor list names file and line, and nothing is scored
--- args
score --actor-list bad.csv in.txt
--- file bad.csv
actor,name,type,affiliation,aliases
RUS,Russia,state,,
ru,Russia again,state,,
--- file in.txt
Russia.
--- stderr
tenor: bad.csv:3: actor id 'ru' does not suit type state (three capital letters, ISO 3166-1 alpha-3)
--- status
1

=== an alias of two actors in one file
--- args
score --actor-list bad.csv in.txt
--- file bad.csv
actor,name,type,affiliation,aliases
COD,DR Congo,state,,Congo
COG,Republic of the Congo,state,,Congo
--- file in.txt
Congo.
--- stderr
tenor: bad.csv:3: alias 'Congo' already names COD (line 2)
--- status
1

=== --level takes person or affiliation
--- args
score --level country
--- stderr
tenor: --level takes person or affiliation, not 'country'
try 'tenor score --help'
--- status
2

=== a closing attribution names the speaker even after an earlier speech word
--- args
score
--- stdin
Russia did not condemn the strikes, Kerry said. Moscow denied the claims, said Sergei Lavrov. Iran accused Israel of aggression, a Russian defence spokesman said. Kerry said Russia must stop, officials said.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"stdin",,,1,0,47,8,2,"john_kerry","RUS",2.8120,0.5875,0.9500,0.0000,2,0,"Russia did not condemn the strikes, Kerry said."
"stdin",,,2,48,93,7,1,"sergei_lavrov","RUS",-1.3000,-0.3182,0.0000,0.0000,0,1,"Moscow denied the claims, said Sergei Lavrov."
"stdin",,,3,94,162,10,2,"RUS","IRN;ISR",-4.3000,-0.7430,4.3000,0.0000,0,2,"Iran accused Israel of aggression, a Russian defence spokesman said."
"stdin",,,4,163,207,7,0,"john_kerry","RUS",0.0000,0.0000,0.0000,0.0000,0,0,"Kerry said Russia must stop, officials said."
--- status
0

=== inflections by stem score, but never make a speech word or a shifter
--- args
score
--- stdin
The State Department declined to comment. The condemnation came quickly.
--- stdout
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"stdin",,,1,0,41,6,1,,"USA",-1.0000,-0.2500,0.0000,0.0000,0,1,"The State Department declined to comment."
"stdin",,,2,42,72,4,1,,,-2.3000,-0.5106,1.8000,0.0000,0,1,"The condemnation came quickly."
--- status
0

=== issue 9: after a word that is no actor, the actor after a speech word is no speaker; a hit goes to every actor of a list
--- args
score --no-default-lexicons -l lex.csv --no-default-actors --actor-list actors.csv -o out -
--- file lex.csv
term,category,weight
said,speech,
praised,speech,
praised,tone,2
agreed,tone,1
--- file actors.csv
actor,name,type,affiliation,aliases
JPN,Japan,state,,
KOR,South Korea,state,,
JOR,Jordan,state,,
RUS,Russia,state,,
--- stdin
Aid groups praised Jordan. Officials said Russia agreed. "Nothing," said Russia. Japan and South Korea agreed.
--- stdout
--- output out/sentences.csv
doc_id,group,date,sentence,start,end,tokens,hits,speaker,targets,tone,tone_norm,hostility,cooperation,n_pos,n_neg,text
"stdin",,,1,0,26,4,1,,"JOR",2.0000,0.4588,0.0000,0.0000,1,0,"Aid groups praised Jordan."
"stdin",,,2,27,56,4,1,,"RUS",1.0000,0.2500,0.0000,0.0000,1,0,"Officials said Russia agreed."
"stdin",,,3,57,80,3,0,"RUS",,0.0000,0.0000,0.0000,0.0000,0,0,"""Nothing,"" said Russia."
"stdin",,,4,81,110,5,1,,"JPN;KOR",1.0000,0.2500,0.0000,0.0000,1,0,"Japan and South Korea agreed."
--- output out/actors.csv
doc_id,group,date,actor,name,type,affiliation,mentions,as_target,stance_as_target,tone_as_target,hostility_as_target,cooperation_as_target,as_speaker,tone_as_speaker,hostility_as_speaker,cooperation_as_speaker
"stdin",,,"JOR","Jordan","state",,1,1,0.4588,2.0000,0.0000,0.0000,0,0.0000,0.0000,0.0000
"stdin",,,"JPN","Japan","state",,1,1,0.2500,1.0000,0.0000,0.0000,0,0.0000,0.0000,0.0000
"stdin",,,"KOR","South Korea","state",,1,1,0.2500,1.0000,0.0000,0.0000,0,0.0000,0.0000,0.0000
"stdin",,,"RUS","Russia","state",,2,1,0.2500,1.0000,0.0000,0.0000,1,0.0000,0.0000,0.0000
