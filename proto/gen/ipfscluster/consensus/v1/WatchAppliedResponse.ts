// Original file: ipfscluster/v1/consensus.proto

import type { AppliedOp as _ipfscluster_consensus_v1_AppliedOp, AppliedOp__Output as _ipfscluster_consensus_v1_AppliedOp__Output } from '../../../ipfscluster/consensus/v1/AppliedOp.js';
import type { WatchReset as _ipfscluster_consensus_v1_WatchReset, WatchReset__Output as _ipfscluster_consensus_v1_WatchReset__Output } from '../../../ipfscluster/consensus/v1/WatchReset.js';
import type { WatchResetEnd as _ipfscluster_consensus_v1_WatchResetEnd, WatchResetEnd__Output as _ipfscluster_consensus_v1_WatchResetEnd__Output } from '../../../ipfscluster/consensus/v1/WatchResetEnd.js';
import type { WatchCaughtUp as _ipfscluster_consensus_v1_WatchCaughtUp, WatchCaughtUp__Output as _ipfscluster_consensus_v1_WatchCaughtUp__Output } from '../../../ipfscluster/consensus/v1/WatchCaughtUp.js';

/**
 * One item of Consensus.WatchApplied.
 */
export interface WatchAppliedResponse {
  /**
   * An applied op (also each pin of a snapshot image between `reset` and
   * `reset_end`, with index = the snapshot index and type PIN).
   */
  'applied'?: (_ipfscluster_consensus_v1_AppliedOp | null);
  /**
   * Start of a snapshot image: the consumer forgets what it knows and
   * takes the following PIN items as the whole state.
   */
  'reset'?: (_ipfscluster_consensus_v1_WatchReset | null);
  /**
   * End of the snapshot image: the consumer drops every pin it held before
   * `reset` that was not re-sent.
   */
  'reset_end'?: (_ipfscluster_consensus_v1_WatchResetEnd | null);
  /**
   * Everything applied when the call started has been sent; live items
   * follow. Sent once per call.
   */
  'caught_up'?: (_ipfscluster_consensus_v1_WatchCaughtUp | null);
  /**
   * Exactly one is set.
   */
  'item'?: "applied"|"reset"|"reset_end"|"caught_up";
}

/**
 * One item of Consensus.WatchApplied.
 */
export interface WatchAppliedResponse__Output {
  /**
   * An applied op (also each pin of a snapshot image between `reset` and
   * `reset_end`, with index = the snapshot index and type PIN).
   */
  'applied'?: (_ipfscluster_consensus_v1_AppliedOp__Output | null);
  /**
   * Start of a snapshot image: the consumer forgets what it knows and
   * takes the following PIN items as the whole state.
   */
  'reset'?: (_ipfscluster_consensus_v1_WatchReset__Output | null);
  /**
   * End of the snapshot image: the consumer drops every pin it held before
   * `reset` that was not re-sent.
   */
  'reset_end'?: (_ipfscluster_consensus_v1_WatchResetEnd__Output | null);
  /**
   * Everything applied when the call started has been sent; live items
   * follow. Sent once per call.
   */
  'caught_up'?: (_ipfscluster_consensus_v1_WatchCaughtUp__Output | null);
  /**
   * Exactly one is set.
   */
  'item'?: "applied"|"reset"|"reset_end"|"caught_up";
}
