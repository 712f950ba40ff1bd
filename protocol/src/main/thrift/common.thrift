// Structs shared by every StrataDB service. Field ids, types and requiredness
// match Apache IoTDB 1.3's wire format; see shared/protocol-facts.md, section 3.
// The struct and enum names are IoTDB's too, so the compatibility tests can pair
// each of ours with its IoTDB twin by name.

namespace java org.stratadb.protocol.common

struct TEndPoint {
  1: required string ip
  2: required i32 port
}

// Result of a call: an IoTDB status code, with optional detail for batches and
// a hint that tells a session client which node leads the data it touched.
struct TSStatus {
  1: required i32 code
  2: optional string message
  3: optional list<TSStatus> subStatus
  4: optional TEndPoint redirectNode
  5: optional bool needRetry
}

// Aggregation functions a session may push down (executeAggregationQueryV2,
// executeGroupByQueryIntervalQuery). Sent as i32, so the numbers are fixed forever.
enum TAggregationType {
  COUNT = 0,
  AVG = 1,
  SUM = 2,
  FIRST_VALUE = 3,
  LAST_VALUE = 4,
  MAX_TIME = 5,
  MIN_TIME = 6,
  MAX_VALUE = 7,
  MIN_VALUE = 8,
  EXTREME = 9,
  COUNT_IF = 10,
  TIME_DURATION = 11,
  MODE = 12,
  COUNT_TIME = 13,
  STDDEV = 14,
  STDDEV_POP = 15,
  STDDEV_SAMP = 16,
  VARIANCE = 17,
  VAR_POP = 18,
  VAR_SAMP = 19,
  MAX_BY = 20,
  MIN_BY = 21,
  UDAF = 22
}

// Replies of the two configuration-inspection calls that IoTDB 1.3.3 added to
// the client service; content is the rendered properties text.
struct TShowConfigurationTemplateResp {
  1: required TSStatus status
  2: required string content
}

struct TShowConfigurationResp {
  1: required TSStatus status
  2: required string content
}
