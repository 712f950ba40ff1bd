// Paths, literals, time values and expressions shared by all statements.
parser grammar ExpressionRules;

options { tokenVocab=StrataSqlLexer; }

// ---- Paths ----

// A path from root without wildcards: root.sg.d1.s1
fullPath
    : ROOT (DOT nodeNameWithoutWildcard)*
    ;

// A path from root that may hold wildcards: root.sg.*, root.**.s*
prefixPath
    : ROOT (DOT nodeName)*
    ;

// A path in an expression: from root, or a suffix joined to each FROM prefix later.
fullPathInExpression
    : ROOT (DOT nodeName)*
    | nodeName (DOT nodeName)*
    ;

// One level of a pattern: *, **, s*, *s, *s*, or a plain name. The parts of a node touch: in
// `select * from`, FROM is a keyword, not the end of a node `*from`.
nodeName
    : wildcard ({touchesPrevious()}? nodeNameSlice ({touchesPrevious()}? wildcard)?)?
    | nodeNameSlice wildcard
    | nodeNameWithoutWildcard
    ;

nodeNameWithoutWildcard
    : identifier
    ;

nodeNameSlice
    : identifier
    | INTEGER_LITERAL
    ;

wildcard
    : STAR
    | DOUBLE_STAR
    ;

// ---- Literals ----

constant
    : dateExpression
    | sign=(MINUS | PLUS)? realLiteral
    | sign=(MINUS | PLUS)? INTEGER_LITERAL
    | STRING_LITERAL
    | BINARY_LITERAL
    | booleanLiteral
    | NULL
    | NAN
    ;

// 1.5, 1., .5, 1.5e3, 1e3; the parts must touch (checked when the AST is built).
realLiteral
    : INTEGER_LITERAL DOT (INTEGER_LITERAL | EXPONENT_NUM_PART)?
    | DOT (INTEGER_LITERAL | EXPONENT_NUM_PART)
    | EXPONENT_NUM_PART
    ;

booleanLiteral
    : TRUE
    | FALSE
    ;

// ---- Time ----

datetimeLiteral
    : DATETIME_LITERAL
    | NOW LR_BRACKET RR_BRACKET
    ;

// A point in time with durations added or subtracted: now() - 1d, 2024-01-01T00:00:00 + 1h30m
dateExpression
    : datetimeLiteral ((PLUS | MINUS) DURATION_LITERAL)*
    ;

// A point in time: a date expression or a signed integer in the cluster's precision.
timeValue
    : dateExpression
    | sign=(PLUS | MINUS)? INTEGER_LITERAL
    ;

// ---- Expressions ----

// Boolean structure on top; a predicate (comparison, BETWEEN, IN, IS NULL, LIKE, REGEXP) applies
// to value expressions, so `a BETWEEN 1 AND 2 AND b > 0` needs no parentheses.
expression
    : operand=valueExpression predicate?                                   # predicatedExpression
    | (NOT | OPERATOR_NOT) operand=expression                              # notExpression
    | left=expression (AND | OPERATOR_BITWISE_AND | OPERATOR_LOGICAL_AND)
        right=expression                                                   # andExpression
    | left=expression (OR | OPERATOR_BITWISE_OR | OPERATOR_LOGICAL_OR)
        right=expression                                                   # orExpression
    ;

predicate
    : op=(OPERATOR_GT | OPERATOR_GTE | OPERATOR_LT | OPERATOR_LTE
        | OPERATOR_SEQ | OPERATOR_DEQ | OPERATOR_NEQ) right=valueExpression       # comparisonPredicate
    | NOT? BETWEEN lower=valueExpression AND upper=valueExpression                # betweenPredicate
    | NOT? (IN | CONTAINS) LR_BRACKET constant (COMMA constant)* RR_BRACKET       # inPredicate
    | IS NOT? NULL                                                                # isNullPredicate
    | NOT? LIKE pattern=STRING_LITERAL (ESCAPE escape=STRING_LITERAL)?            # likePredicate
    | NOT? REGEXP pattern=STRING_LITERAL                                          # regexpPredicate
    ;

// Arithmetic, tightest first.
valueExpression
    : primaryExpression                                                    # primaryValue
    | op=(PLUS | MINUS) operand=valueExpression                            # unaryArithmetic
    | left=valueExpression op=(STAR | DIV | MOD) right=valueExpression     # multiplicative
    | left=valueExpression op=(PLUS | MINUS) right=valueExpression         # additive
    ;

primaryExpression
    : LR_BRACKET expression RR_BRACKET                                     # parenthesized
    | constant                                                             # constantPrimary
    | time=(TIME | TIMESTAMP)                                              # timePrimary
    | functionName LR_BRACKET expression (COMMA expression)* RR_BRACKET    # functionCall
    | fullPathInExpression                                                 # pathPrimary
    ;

functionName
    : identifier
    ;
