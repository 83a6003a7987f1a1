// Original file: ipfscluster/v1/types.proto

import type { Long } from '@grpc/proto-loader';

/**
 * One output line of an add (REST AddedOutput, §7.4).
 */
export interface AddedOutput {
  /**
   * Path of the entry ("foo.txt", "dir/abc.txt"; "" for the wrapper).
   */
  'name'?: (string);
  /**
   * Binary CID; empty for progress items (REST `null`).
   */
  'cid'?: (Buffer | Uint8Array | string);
  /**
   * Bytes read so far (progress items); 0 = omitted.
   */
  'bytes'?: (number | string | Long);
  /**
   * Cumulative DAG size in bytes; 0 = omitted.
   */
  'size'?: (number | string | Long);
  /**
   * Peers the blocks were sent to; empty = omitted.
   */
  'allocations'?: (string)[];
}

/**
 * One output line of an add (REST AddedOutput, §7.4).
 */
export interface AddedOutput__Output {
  /**
   * Path of the entry ("foo.txt", "dir/abc.txt"; "" for the wrapper).
   */
  'name': (string);
  /**
   * Binary CID; empty for progress items (REST `null`).
   */
  'cid': (Buffer);
  /**
   * Bytes read so far (progress items); 0 = omitted.
   */
  'bytes': (string);
  /**
   * Cumulative DAG size in bytes; 0 = omitted.
   */
  'size': (string);
  /**
   * Peers the blocks were sent to; empty = omitted.
   */
  'allocations': (string)[];
}
