// Names: identifiers and the keywords that may stand where a name is expected.
parser grammar IdentifierRules;

options { tokenVocab=StrataSqlLexer; }

identifier
    : keyWords
    | DURATION_LITERAL
    | ID
    | QUOTED_ID
    ;

// Every keyword of the lexer but ROOT, TIME and TIMESTAMP, which never name a node. A keyword
// added to the lexer belongs here too unless it must not name a node.
keyWords
    : ADD
    | AFTER
    | ALIAS
    | ALIGN
    | ALIGNED
    | ALL
    | ALTER
    | AND
    | AS
    | ASC
    | ATTRIBUTES
    | BETWEEN
    | BY
    | CASE
    | CAST
    | CHILD
    | CLUSTER
    | CLUSTERID
    | CONFIGNODES
    | CONTAINS
    | COUNT
    | CREATE
    | DATA
    | DATABASE
    | DATABASES
    | DATANODES
    | DEBUG
    | DELETE
    | DESC
    | DETAILS
    | DEVICE
    | DEVICES
    | DROP
    | ELSE
    | END
    | ESCAPE
    | EXPLAIN
    | FALSE
    | FILL
    | FIRST
    | FLUSH
    | FROM
    | GROUP
    | HAVING
    | IN
    | INF
    | INSERT
    | INTO
    | IS
    | LAST
    | LATEST
    | LEVEL
    | LIKE
    | LIMIT
    | LINEAR
    | LOCAL
    | NAN
    | NODEID
    | NODES
    | NOT
    | NOW
    | NULL
    | NULLS
    | OF
    | OFFSET
    | ON
    | OR
    | ORDER
    | PARTITION
    | PATHS
    | PREVIOUS
    | REGEXP
    | REGIONS
    | SCHEMA
    | SELECT
    | SET
    | SHOW
    | SLIMIT
    | SOFFSET
    | STORAGE
    | TAGS
    | THEN
    | TIMESERIES
    | TO
    | TRUE
    | TTL
    | UNSET
    | USING
    | VALUES
    | VARIABLES
    | VERSION
    | WHEN
    | WHERE
    | WITH
    | SCHEMA_REPLICATION_FACTOR
    | DATA_REPLICATION_FACTOR
    | TIME_PARTITION_INTERVAL
    | SCHEMA_REGION_GROUP_NUM
    | DATA_REGION_GROUP_NUM
    ;
