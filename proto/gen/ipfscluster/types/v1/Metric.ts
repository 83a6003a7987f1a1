// Original file: ipfscluster/v1/types.proto

import type { Long } from '@grpc/proto-loader';

/**
 * One informer/monitor metric (REST Metric, §7.5).
 */
export interface Metric {
  /**
   * Metric name: "freespace", "reposize", "numpin", "ping".
   */
  'name'?: (string);
  /**
   * Cluster peer ID that produced it.
   */
  'peer'?: (string);
  /**
   * Value as text (decimal bytes/count; JSON text for "ping").
   */
  'value'?: (string);
  /**
   * Expiry, Unix nanoseconds.
   */
  'expire'?: (number | string | Long);
  /**
   * False when the informer could not measure (e.g. IPFS down).
   */
  'valid'?: (boolean);
  /**
   * Allocation weight (freespace: bytes; reposize/numpin: negated).
   */
  'weight'?: (number | string | Long);
  /**
   * Partitionable metric (unused so far; false).
   */
  'partitionable'?: (boolean);
  /**
   * When the receiving monitor stored it, Unix nanoseconds; 0 before that.
   */
  'received_at'?: (number | string | Long);
}

/**
 * One informer/monitor metric (REST Metric, §7.5).
 */
export interface Metric__Output {
  /**
   * Metric name: "freespace", "reposize", "numpin", "ping".
   */
  'name': (string);
  /**
   * Cluster peer ID that produced it.
   */
  'peer': (string);
  /**
   * Value as text (decimal bytes/count; JSON text for "ping").
   */
  'value': (string);
  /**
   * Expiry, Unix nanoseconds.
   */
  'expire': (string);
  /**
   * False when the informer could not measure (e.g. IPFS down).
   */
  'valid': (boolean);
  /**
   * Allocation weight (freespace: bytes; reposize/numpin: negated).
   */
  'weight': (string);
  /**
   * Partitionable metric (unused so far; false).
   */
  'partitionable': (boolean);
  /**
   * When the receiving monitor stored it, Unix nanoseconds; 0 before that.
   */
  'received_at': (string);
}
