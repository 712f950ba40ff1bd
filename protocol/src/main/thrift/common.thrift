// Structs shared by every StrataDB service. Field ids, types and requiredness
// match Apache IoTDB 1.3's wire format; see shared/protocol-facts.md, section 3.

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
