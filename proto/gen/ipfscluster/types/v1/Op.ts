// Original file: ipfscluster/v1/types.proto

import type { OpType as _ipfscluster_types_v1_OpType, OpType__Output as _ipfscluster_types_v1_OpType__Output } from '../../../ipfscluster/types/v1/OpType.js';
import type { Pin as _ipfscluster_types_v1_Pin, Pin__Output as _ipfscluster_types_v1_Pin__Output } from '../../../ipfscluster/types/v1/Pin.js';

/**
 * A consensus command: the payload of a COMMAND log entry (consensus.md §3).
 */
export interface Op {
  /**
   * Pin or unpin.
   */
  'type'?: (_ipfscluster_types_v1_OpType);
  /**
   * The pin (for UNPIN only `cid` matters; the rest is what was stored).
   */
  'pin'?: (_ipfscluster_types_v1_Pin | null);
  /**
   * W3C traceparent of the committing request; "" when not traced.
   */
  'traceparent'?: (string);
  /**
   * W3C tracestate; "" when none.
   */
  'tracestate'?: (string);
}

/**
 * A consensus command: the payload of a COMMAND log entry (consensus.md §3).
 */
export interface Op__Output {
  /**
   * Pin or unpin.
   */
  'type': (_ipfscluster_types_v1_OpType__Output);
  /**
   * The pin (for UNPIN only `cid` matters; the rest is what was stored).
   */
  'pin': (_ipfscluster_types_v1_Pin__Output | null);
  /**
   * W3C traceparent of the committing request; "" when not traced.
   */
  'traceparent': (string);
  /**
   * W3C tracestate; "" when none.
   */
  'tracestate': (string);
}
