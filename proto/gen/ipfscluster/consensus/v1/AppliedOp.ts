// Original file: ipfscluster/v1/consensus.proto

import type { Op as _ipfscluster_types_v1_Op, Op__Output as _ipfscluster_types_v1_Op__Output } from '../../../ipfscluster/types/v1/Op.js';
import type { Long } from '@grpc/proto-loader';

/**
 * An op applied at a log index.
 */
export interface AppliedOp {
  /**
   * Log index of the entry.
   */
  'index'?: (number | string | Long);
  /**
   * The applied op (type, pin, trace context).
   */
  'op'?: (_ipfscluster_types_v1_Op | null);
}

/**
 * An op applied at a log index.
 */
export interface AppliedOp__Output {
  /**
   * Log index of the entry.
   */
  'index': (string);
  /**
   * The applied op (type, pin, trace context).
   */
  'op': (_ipfscluster_types_v1_Op__Output | null);
}
