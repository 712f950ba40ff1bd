// StrataDB's SQL parser for IoTDB's tree-model dialect: statement dispatch and the clauses of
// each statement. Names are in IdentifierRules.g4; paths, literals and expressions in
// ExpressionRules.g4 (both under src/main/antlr4/imports).
parser grammar StrataSqlParser;

options { tokenVocab=StrataSqlLexer; }

import IdentifierRules, ExpressionRules;

@members {
/** Whether the next token starts right where the previous one ended, with no space between. */
protected boolean touchesPrevious() {
  Token previous = _input.LT(-1);
  Token next = _input.LT(1);
  return previous != null && next != null && previous.getStopIndex() + 1 == next.getStartIndex();
}
}

// ---- Entry points ----

// What a client sends in one call: one statement, a trailing ';' allowed.
singleStatement
    : DEBUG? statement SEMI? EOF
    ;

// A script: statements separated by ';', empty statements ignored.
statementList
    : SEMI* (statement (SEMI+ statement)* SEMI*)? EOF
    ;

statement
    : databaseStatement
    | timeseriesStatement
    | dataStatement
    | clusterStatement
    | utilityStatement
    ;

databaseStatement
    : createDatabase | dropDatabase | showDatabases | countDatabases
    | setTtl | unsetTtl | showTtl | showAllTtl
    ;

timeseriesStatement
    : createTimeseries | dropTimeseries
    | showTimeseries | showDevices | showChildPaths | showChildNodes
    | countTimeseries | countDevices | countNodes
    ;

dataStatement
    : selectStatement | insertStatement | deleteStatement
    ;

clusterStatement
    : showCluster | showClusterId | showConfigNodes | showDataNodes | showRegions | showVariables
    ;

utilityStatement
    : flush | showVersion
    ;

// ---- Databases ----

createDatabase
    : SET STORAGE GROUP TO prefixPath databaseAttributesClause?
    | CREATE (STORAGE GROUP | DATABASE) prefixPath databaseAttributesClause?
    ;

databaseAttributesClause
    : WITH databaseAttribute (COMMA? databaseAttribute)*
    ;

databaseAttribute
    : key=databaseAttributeKey operatorEq INTEGER_LITERAL
    ;

databaseAttributeKey
    : TTL
    | SCHEMA_REPLICATION_FACTOR
    | DATA_REPLICATION_FACTOR
    | TIME_PARTITION_INTERVAL
    | SCHEMA_REGION_GROUP_NUM
    | DATA_REGION_GROUP_NUM
    ;

dropDatabase
    : (DELETE | DROP) (STORAGE GROUP | DATABASE) prefixPath (COMMA prefixPath)*
    ;

showDatabases
    : SHOW (STORAGE GROUP | DATABASES) DETAILS? prefixPath? DETAILS?
    ;

countDatabases
    : COUNT (STORAGE GROUP | DATABASES) prefixPath?
    ;

setTtl
    : SET TTL TO prefixPath ttl=(INTEGER_LITERAL | INF)
    ;

unsetTtl
    : UNSET TTL (TO | FROM) prefixPath
    ;

showTtl
    : SHOW TTL ON prefixPath (COMMA prefixPath)*
    ;

showAllTtl
    : SHOW ALL TTL
    ;

// ---- Timeseries ----

createTimeseries
    : CREATE ALIGNED TIMESERIES fullPath alignedMeasurements?   # createAlignedTimeseries
    | CREATE TIMESERIES fullPath attributeClauses                # createNonAlignedTimeseries
    ;

alignedMeasurements
    : LR_BRACKET nodeNameWithoutWildcard attributeClauses
        (COMMA nodeNameWithoutWildcard attributeClauses)* RR_BRACKET
    ;

// `(alias) WITH DATATYPE=INT32, ENCODING=RLE, COMPRESSOR=SNAPPY TAGS(...) ATTRIBUTES(...)`, or
// the short form `(alias) INT32 encoding=RLE compression=SNAPPY TAGS(...) ATTRIBUTES(...)`.
attributeClauses
    : aliasNodeName? WITH attributeKey operatorEq dataType=attributeValue
        (COMMA? attributePair)* tagClause? attributeClause?
    | aliasNodeName? WITH? (attributeKey operatorEq)? dataType=attributeValue
        attributePair* tagClause? attributeClause?
    ;

aliasNodeName
    : LR_BRACKET nodeName RR_BRACKET
    ;

tagClause
    : TAGS LR_BRACKET attributePair (COMMA attributePair)* RR_BRACKET
    ;

attributeClause
    : ATTRIBUTES LR_BRACKET attributePair (COMMA attributePair)* RR_BRACKET
    ;

attributePair
    : key=attributeKey operatorEq value=attributeValue
    ;

attributeKey
    : identifier
    | constant
    ;

attributeValue
    : identifier
    | constant
    | TIMESTAMP
    ;

dropTimeseries
    : (DELETE | DROP) TIMESERIES prefixPath (COMMA prefixPath)*
    ;

showTimeseries
    : SHOW LATEST? TIMESERIES prefixPath? rowPaginationClause?
    ;

showDevices
    : SHOW DEVICES prefixPath? (WITH (STORAGE GROUP | DATABASE))? rowPaginationClause?
    ;

showChildPaths
    : SHOW CHILD PATHS prefixPath?
    ;

showChildNodes
    : SHOW CHILD NODES prefixPath?
    ;

countTimeseries
    : COUNT TIMESERIES prefixPath? (GROUP BY LEVEL operatorEq INTEGER_LITERAL)?
    ;

countDevices
    : COUNT DEVICES prefixPath?
    ;

countNodes
    : COUNT NODES prefixPath LEVEL operatorEq INTEGER_LITERAL
    ;

// ---- Queries ----

selectStatement
    : selectClause fromClause whereClause? groupByClause? havingClause?
        (orderByClause fillClause? | fillClause orderByClause?)?
        paginationClause? alignByClause?
    ;

selectClause
    : SELECT LAST? resultColumn (COMMA resultColumn)*
    ;

resultColumn
    : expression (AS alias)?
    ;

alias
    : constant
    | identifier
    ;

fromClause
    : FROM prefixPath (COMMA prefixPath)*
    ;

whereClause
    : WHERE expression
    ;

groupByClause
    : GROUP BY groupByAttribute (COMMA groupByAttribute)*
    ;

groupByAttribute
    : TIME? LR_BRACKET (timeRange COMMA)? interval=DURATION_LITERAL
        (COMMA step=DURATION_LITERAL)? RR_BRACKET                    # groupByTime
    | LEVEL operatorEq INTEGER_LITERAL (COMMA INTEGER_LITERAL)*      # groupByLevel
    ;

// [start, end) or (start, end]
timeRange
    : LS_BRACKET startTime=timeValue COMMA endTime=timeValue RR_BRACKET
    | LR_BRACKET startTime=timeValue COMMA endTime=timeValue RS_BRACKET
    ;

havingClause
    : HAVING expression
    ;

orderByClause
    : ORDER BY sortItem (COMMA sortItem)*
    ;

sortItem
    : sortKey order=(ASC | DESC)?                                   # keySortItem
    | expression order=(ASC | DESC)? (NULLS nulls=(FIRST | LAST))?   # expressionSortItem
    ;

sortKey
    : TIME
    | TIMESERIES
    | DEVICE
    ;

fillClause
    : FILL LR_BRACKET (LINEAR | PREVIOUS | constant) (COMMA bound=DURATION_LITERAL)? RR_BRACKET
    ;

// LIMIT, OFFSET, SLIMIT and SOFFSET in any order, each at most once.
paginationClause
    : paginationItem+
    ;

rowPaginationClause
    : rowPaginationItem+
    ;

paginationItem
    : rowPaginationItem
    | SLIMIT INTEGER_LITERAL
    | SOFFSET INTEGER_LITERAL
    ;

rowPaginationItem
    : LIMIT INTEGER_LITERAL
    | OFFSET INTEGER_LITERAL
    ;

alignByClause
    : ALIGN BY (TIME | DEVICE)
    ;

// ---- Writes and deletions ----

insertStatement
    : INSERT INTO prefixPath insertColumns ALIGNED? VALUES insertRow (COMMA insertRow)*
    ;

insertColumns
    : LR_BRACKET insertColumn (COMMA insertColumn)* RR_BRACKET
    ;

insertColumn
    : TIME
    | TIMESTAMP
    | identifier
    ;

insertRow
    : LR_BRACKET constant (COMMA constant)* RR_BRACKET
    ;

deleteStatement
    : DELETE FROM prefixPath (COMMA prefixPath)* whereClause?
    ;

// ---- Cluster ----

showCluster
    : SHOW CLUSTER DETAILS?
    ;

showClusterId
    : SHOW CLUSTERID
    ;

showConfigNodes
    : SHOW CONFIGNODES
    ;

showDataNodes
    : SHOW DATANODES
    ;

showRegions
    : SHOW kind=(SCHEMA | DATA)? REGIONS
        (OF (STORAGE GROUP | DATABASE) (prefixPath (COMMA prefixPath)*)?)?
        (ON NODEID INTEGER_LITERAL (COMMA INTEGER_LITERAL)*)?
    ;

showVariables
    : SHOW VARIABLES
    ;

// ---- Utilities ----

flush
    : FLUSH (prefixPath (COMMA prefixPath)*)? booleanLiteral? (ON scope=(LOCAL | CLUSTER))?
    ;

showVersion
    : SHOW VERSION
    ;

// ---- Shared ----

operatorEq
    : OPERATOR_SEQ
    | OPERATOR_DEQ
    ;
