# Golden tests of the output formats shared by every table: --tsv, --sep
# and --decimal (exact bytes).  --excel (a byte-order mark and CR LF line
# ends) and the tables of tenor compare are checked by tests/format/run,
# with tests/tools/csvcheck.  Some lines below hold tab characters.

=== --tsv: tab-separated, a string quoted only when it holds a tab, a quote or a line break
--- args
score --no-default-lexicons -l lex.csv --tsv --group 'a "b"' news.txt
--- file lex.csv
term,category,weight
threat,tone,-2
threat,hostility,3
talks,cooperation,1.5
not,negator,
--- file news.txt
Officials said the missiles were not a threat. Talks resume on Monday.
--- stdout
doc_id	group	date	sentence	start	end	tokens	hits	speaker	targets	tone	tone_norm	hostility	cooperation	n_pos	n_neg	text
news	"a ""b"""		1	0	46	8	1			1.4800	0.3570	0.7500	0.0000	1	0	Officials said the missiles were not a threat.
news	"a ""b"""		2	47	70	4	1			0.0000	0.0000	0.0000	1.5000	0	0	Talks resume on Monday.
--- stderr
--- status
0

=== --sep ';' --decimal ,: semicolons, decimal commas, strings still quoted
--- args
score --no-default-lexicons -l lex.csv --sep ';' --decimal , news.txt
--- file lex.csv
term,category,weight
threat,tone,-2
threat,hostility,3
talks,cooperation,1.5
not,negator,
--- file news.txt
Officials said the missiles were not a threat. Talks resume on Monday.
--- stdout
doc_id;group;date;sentence;start;end;tokens;hits;speaker;targets;tone;tone_norm;hostility;cooperation;n_pos;n_neg;text
"news";;;1;0;46;8;1;;;1,4800;0,3570;0,7500;0,0000;1;0;"Officials said the missiles were not a threat."
"news";;;2;47;70;4;1;;;0,0000;0,0000;0,0000;1,5000;0;0;"Talks resume on Monday."
--- stderr
--- status
0

=== --sep tab without --tsv: tabs, strings always quoted
--- args
score --no-default-lexicons -l lex.csv --sep tab --decimal , news.txt
--- file lex.csv
term,category,weight
threat,tone,-2
threat,hostility,3
talks,cooperation,1.5
not,negator,
--- file news.txt
Officials said the missiles were not a threat. Talks resume on Monday.
--- stdout
doc_id	group	date	sentence	start	end	tokens	hits	speaker	targets	tone	tone_norm	hostility	cooperation	n_pos	n_neg	text
"news"			1	0	46	8	1			1,4800	0,3570	0,7500	0,0000	1	0	"Officials said the missiles were not a threat."
"news"			2	47	70	4	1			0,0000	0,0000	0,0000	1,5000	0	0	"Talks resume on Monday."
--- stderr
--- status
0

=== --sep '|' and --decimal . in every table of -o
--- args
score --no-default-lexicons -l lex.csv --sep '|' --decimal . -o out news.txt
--- file lex.csv
term,category,weight
threat,tone,-2
threat,hostility,3
talks,cooperation,1.5
not,negator,
--- file news.txt
Officials said the missiles were not a threat. Talks resume on Monday.
--- stdout
--- stderr
--- output out/sentences.csv
doc_id|group|date|sentence|start|end|tokens|hits|speaker|targets|tone|tone_norm|hostility|cooperation|n_pos|n_neg|text
"news"|||1|0|46|8|1|||1.4800|0.3570|0.7500|0.0000|1|0|"Officials said the missiles were not a threat."
"news"|||2|47|70|4|1|||0.0000|0.0000|0.0000|1.5000|0|0|"Talks resume on Monday."
--- output out/documents.csv
doc_id|group|date|sentences|tokens|tone_mean|tone_norm_mean|hostility_mean|hostility_per_100_tokens|cooperation_mean|cooperation_per_100_tokens
"news"|||2|12|0.7400|0.1785|0.3750|6.2500|0.7500|12.5000

=== --decimal , with the comma as separator is a usage error
--- args
score --decimal , news.txt
--- file news.txt
Text.
--- stderr
tenor: --decimal , needs another field separator than the comma: add --sep ';' (or --sep tab, --sep '|', --tsv)
try 'tenor score --help'
--- status
2

=== --decimal , --sep , is a usage error of tenor compare too, and nothing is written
--- args
compare --decimal , --sep , -o out news.txt
--- file news.txt
Text.
--- stderr
tenor: --decimal , needs another field separator than the comma: add --sep ';' (or --sep tab, --sep '|', --tsv)
try 'tenor compare --help'
--- status
2
--- absent out

=== --tsv with another separator is a usage error
--- args
score --tsv --sep ';' news.txt
--- file news.txt
Text.
--- stderr
tenor: --tsv separates fields with tabs; it cannot be combined with --sep ';'
try 'tenor score --help'
--- status
2

=== --sep takes , ; tab or |
--- args
score --sep : news.txt
--- file news.txt
Text.
--- stderr
tenor: --sep takes ',', ';', 'tab' or '|', not ':'
try 'tenor score --help'
--- status
2

=== --decimal takes . or ,
--- args
score --decimal ';' --sep tab news.txt
--- file news.txt
Text.
--- stderr
tenor: --decimal takes '.' or ',', not ';'
try 'tenor score --help'
--- status
2
