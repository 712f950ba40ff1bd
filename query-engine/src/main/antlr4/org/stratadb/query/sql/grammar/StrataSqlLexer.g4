// StrataDB's SQL lexer for IoTDB's tree-model dialect.
//
// Keywords are case-insensitive (spelled with the letter fragments at the end). Every keyword that
// may also name a path node or an alias must be listed in `keyWords` of IdentifierRules.g4.
// Token names follow IoTDB's where both have the token, so syntax error messages read alike.
lexer grammar StrataSqlLexer;

// ---- Whitespace and comments (hidden, so tools can still see them) ----

WS: [ \u000B\t\r\n]+ -> channel(HIDDEN);

// ---- Keywords ----

ADD: A D D;
AFTER: A F T E R;
ALIAS: A L I A S;
ALIGN: A L I G N;
ALIGNED: A L I G N E D;
ALL: A L L;
ALTER: A L T E R;
AND: A N D;
AS: A S;
ASC: A S C;
ATTRIBUTES: A T T R I B U T E S;
BETWEEN: B E T W E E N;
BY: B Y;
CASE: C A S E;
CAST: C A S T;
CHILD: C H I L D;
CLUSTER: C L U S T E R;
CLUSTERID: C L U S T E R I D;
CONFIGNODES: C O N F I G N O D E S;
CONTAINS: C O N T A I N S;
COUNT: C O U N T;
CREATE: C R E A T E;
DATA: D A T A;
DATABASE: D A T A B A S E;
DATABASES: D A T A B A S E S;
DATANODES: D A T A N O D E S;
DEBUG: D E B U G;
DELETE: D E L E T E;
DESC: D E S C;
DETAILS: D E T A I L S;
DEVICE: D E V I C E;
DEVICES: D E V I C E S;
DROP: D R O P;
ELSE: E L S E;
END: E N D;
ESCAPE: E S C A P E;
EXPLAIN: E X P L A I N;
FALSE: F A L S E;
FILL: F I L L;
FIRST: F I R S T;
FLUSH: F L U S H;
FROM: F R O M;
GROUP: G R O U P;
HAVING: H A V I N G;
IN: I N;
INF: I N F;
INSERT: I N S E R T;
INTO: I N T O;
IS: I S;
LAST: L A S T;
LATEST: L A T E S T;
LEVEL: L E V E L;
LIKE: L I K E;
LIMIT: L I M I T;
LINEAR: L I N E A R;
LOCAL: L O C A L;
NAN: N A N;
NODEID: N O D E I D;
NODES: N O D E S;
NOT: N O T;
NOW: N O W;
NULL: N U L L;
NULLS: N U L L S;
OF: O F;
OFFSET: O F F S E T;
ON: O N;
OR: O R;
ORDER: O R D E R;
PARTITION: P A R T I T I O N;
PATHS: P A T H S;
PREVIOUS: P R E V I O U S;
REGEXP: R E G E X P;
REGIONS: R E G I O N S;
ROOT: R O O T;
SCHEMA: S C H E M A;
SELECT: S E L E C T;
SET: S E T;
SHOW: S H O W;
SLIMIT: S L I M I T;
SOFFSET: S O F F S E T;
STORAGE: S T O R A G E;
TAGS: T A G S;
THEN: T H E N;
TIME: T I M E;
TIMESERIES: T I M E S E R I E S;
TIMESTAMP: T I M E S T A M P;
TO: T O;
TRUE: T R U E;
TTL: T T L;
UNSET: U N S E T;
USING: U S I N G;
VALUES: V A L U E S;
VARIABLES: V A R I A B L E S;
VERSION: V E R S I O N;
WHEN: W H E N;
WHERE: W H E R E;
WITH: W I T H;
SCHEMA_REPLICATION_FACTOR: S C H E M A '_' R E P L I C A T I O N '_' F A C T O R;
DATA_REPLICATION_FACTOR: D A T A '_' R E P L I C A T I O N '_' F A C T O R;
TIME_PARTITION_INTERVAL: T I M E '_' P A R T I T I O N '_' I N T E R V A L;
SCHEMA_REGION_GROUP_NUM: S C H E M A '_' R E G I O N '_' G R O U P '_' N U M;
DATA_REGION_GROUP_NUM: D A T A '_' R E G I O N '_' G R O U P '_' N U M;

// ---- Operators ----

MINUS: '-';
PLUS: '+';
DIV: '/';
MOD: '%';

OPERATOR_DEQ: '==';
OPERATOR_SEQ: '=';
OPERATOR_GT: '>';
OPERATOR_GTE: '>=';
OPERATOR_LT: '<';
OPERATOR_LTE: '<=';
OPERATOR_NEQ: '!=' | '<>';

OPERATOR_BITWISE_AND: '&';
OPERATOR_LOGICAL_AND: '&&';
OPERATOR_BITWISE_OR: '|';
OPERATOR_LOGICAL_OR: '||';
OPERATOR_NOT: '!';

// ---- Punctuation ----

DOT: '.';
COMMA: ',';
SEMI: ';';
STAR: '*';
DOUBLE_STAR: '**';
LR_BRACKET: '(';
RR_BRACKET: ')';
LS_BRACKET: '[';
RS_BRACKET: ']';
DOUBLE_COLON: '::';

// ---- Literals ----

// '...' or "...", the quote doubled inside.
STRING_LITERAL: DQUOTA_STRING | SQUOTA_STRING;

// X'0aff': the bytes of a BLOB value.
BINARY_LITERAL: X '\'' HEX_DIGIT* '\'';

// 1y 1mo 1w 1d 1h 1m 1s 1ms 1us 1ns, combinable: 1h30m.
DURATION_LITERAL: (DEC_DIGIT+ (Y | M O | W | D | H | M | S | M S | U S | N S))+;

// 2017-11-01, 2017/11/01, 2017.11.01, each optionally followed by (T or spaces) HH:mm:ss[.fraction]
// and an offset +08:00.
DATETIME_LITERAL: DATE_LITERAL ((T | WS) TIME_LITERAL (('+' | '-') DEC_DIGIT+ ':' DEC_DIGIT+)?)?;

INTEGER_LITERAL: DEC_DIGIT+;

EXPONENT_NUM_PART: DEC_DIGIT+ [eE] [+-]? DEC_DIGIT+;

// ---- Names ----

ID: NAME_CHAR+;

// `any text`, a backquote doubled inside.
QUOTED_ID: '`' ('``' | ~'`')* '`';

fragment DATE_LITERAL
    : DEC_DIGIT+ '-' DEC_DIGIT+ '-' DEC_DIGIT+
    | DEC_DIGIT+ '/' DEC_DIGIT+ '/' DEC_DIGIT+
    | DEC_DIGIT+ '.' DEC_DIGIT+ '.' DEC_DIGIT+
    ;
fragment TIME_LITERAL: DEC_DIGIT+ ':' DEC_DIGIT+ ':' DEC_DIGIT+ ('.' DEC_DIGIT+)?;
fragment DEC_DIGIT: [0-9];
fragment HEX_DIGIT: [0-9a-fA-F];
fragment NAME_CHAR: [a-zA-Z0-9_:@#${}] | '\u2E80'..'\u9FFF';
fragment DQUOTA_STRING: '"' ('""' | ~'"')* '"';
fragment SQUOTA_STRING: '\'' ('\'\'' | ~'\'')* '\'';

fragment A: [aA];
fragment B: [bB];
fragment C: [cC];
fragment D: [dD];
fragment E: [eE];
fragment F: [fF];
fragment G: [gG];
fragment H: [hH];
fragment I: [iI];
fragment J: [jJ];
fragment K: [kK];
fragment L: [lL];
fragment M: [mM];
fragment N: [nN];
fragment O: [oO];
fragment P: [pP];
fragment Q: [qQ];
fragment R: [rR];
fragment S: [sS];
fragment T: [tT];
fragment U: [uU];
fragment V: [vV];
fragment W: [wW];
fragment X: [xX];
fragment Y: [yY];
fragment Z: [zZ];
