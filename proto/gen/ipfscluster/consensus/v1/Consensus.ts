// Original file: ipfscluster/v1/consensus.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddPeerRequest as _ipfscluster_consensus_v1_AddPeerRequest, AddPeerRequest__Output as _ipfscluster_consensus_v1_AddPeerRequest__Output } from '../../../ipfscluster/consensus/v1/AddPeerRequest.js';
import type { AddPeerResponse as _ipfscluster_consensus_v1_AddPeerResponse, AddPeerResponse__Output as _ipfscluster_consensus_v1_AddPeerResponse__Output } from '../../../ipfscluster/consensus/v1/AddPeerResponse.js';
import type { LeaderRequest as _ipfscluster_consensus_v1_LeaderRequest, LeaderRequest__Output as _ipfscluster_consensus_v1_LeaderRequest__Output } from '../../../ipfscluster/consensus/v1/LeaderRequest.js';
import type { LeaderResponse as _ipfscluster_consensus_v1_LeaderResponse, LeaderResponse__Output as _ipfscluster_consensus_v1_LeaderResponse__Output } from '../../../ipfscluster/consensus/v1/LeaderResponse.js';
import type { ListRequest as _ipfscluster_consensus_v1_ListRequest, ListRequest__Output as _ipfscluster_consensus_v1_ListRequest__Output } from '../../../ipfscluster/consensus/v1/ListRequest.js';
import type { ListResponse as _ipfscluster_consensus_v1_ListResponse, ListResponse__Output as _ipfscluster_consensus_v1_ListResponse__Output } from '../../../ipfscluster/consensus/v1/ListResponse.js';
import type { LogPinRequest as _ipfscluster_consensus_v1_LogPinRequest, LogPinRequest__Output as _ipfscluster_consensus_v1_LogPinRequest__Output } from '../../../ipfscluster/consensus/v1/LogPinRequest.js';
import type { LogPinResponse as _ipfscluster_consensus_v1_LogPinResponse, LogPinResponse__Output as _ipfscluster_consensus_v1_LogPinResponse__Output } from '../../../ipfscluster/consensus/v1/LogPinResponse.js';
import type { LogUnpinRequest as _ipfscluster_consensus_v1_LogUnpinRequest, LogUnpinRequest__Output as _ipfscluster_consensus_v1_LogUnpinRequest__Output } from '../../../ipfscluster/consensus/v1/LogUnpinRequest.js';
import type { LogUnpinResponse as _ipfscluster_consensus_v1_LogUnpinResponse, LogUnpinResponse__Output as _ipfscluster_consensus_v1_LogUnpinResponse__Output } from '../../../ipfscluster/consensus/v1/LogUnpinResponse.js';
import type { PeersRequest as _ipfscluster_consensus_v1_PeersRequest, PeersRequest__Output as _ipfscluster_consensus_v1_PeersRequest__Output } from '../../../ipfscluster/consensus/v1/PeersRequest.js';
import type { PeersResponse as _ipfscluster_consensus_v1_PeersResponse, PeersResponse__Output as _ipfscluster_consensus_v1_PeersResponse__Output } from '../../../ipfscluster/consensus/v1/PeersResponse.js';
import type { PinGetRequest as _ipfscluster_consensus_v1_PinGetRequest, PinGetRequest__Output as _ipfscluster_consensus_v1_PinGetRequest__Output } from '../../../ipfscluster/consensus/v1/PinGetRequest.js';
import type { PinGetResponse as _ipfscluster_consensus_v1_PinGetResponse, PinGetResponse__Output as _ipfscluster_consensus_v1_PinGetResponse__Output } from '../../../ipfscluster/consensus/v1/PinGetResponse.js';
import type { RmPeerRequest as _ipfscluster_consensus_v1_RmPeerRequest, RmPeerRequest__Output as _ipfscluster_consensus_v1_RmPeerRequest__Output } from '../../../ipfscluster/consensus/v1/RmPeerRequest.js';
import type { RmPeerResponse as _ipfscluster_consensus_v1_RmPeerResponse, RmPeerResponse__Output as _ipfscluster_consensus_v1_RmPeerResponse__Output } from '../../../ipfscluster/consensus/v1/RmPeerResponse.js';
import type { SnapshotRequest as _ipfscluster_consensus_v1_SnapshotRequest, SnapshotRequest__Output as _ipfscluster_consensus_v1_SnapshotRequest__Output } from '../../../ipfscluster/consensus/v1/SnapshotRequest.js';
import type { SnapshotResponse as _ipfscluster_consensus_v1_SnapshotResponse, SnapshotResponse__Output as _ipfscluster_consensus_v1_SnapshotResponse__Output } from '../../../ipfscluster/consensus/v1/SnapshotResponse.js';
import type { StatusRequest as _ipfscluster_consensus_v1_StatusRequest, StatusRequest__Output as _ipfscluster_consensus_v1_StatusRequest__Output } from '../../../ipfscluster/consensus/v1/StatusRequest.js';
import type { StatusResponse as _ipfscluster_consensus_v1_StatusResponse, StatusResponse__Output as _ipfscluster_consensus_v1_StatusResponse__Output } from '../../../ipfscluster/consensus/v1/StatusResponse.js';
import type { WaitForSyncRequest as _ipfscluster_consensus_v1_WaitForSyncRequest, WaitForSyncRequest__Output as _ipfscluster_consensus_v1_WaitForSyncRequest__Output } from '../../../ipfscluster/consensus/v1/WaitForSyncRequest.js';
import type { WaitForSyncResponse as _ipfscluster_consensus_v1_WaitForSyncResponse, WaitForSyncResponse__Output as _ipfscluster_consensus_v1_WaitForSyncResponse__Output } from '../../../ipfscluster/consensus/v1/WaitForSyncResponse.js';
import type { WatchAppliedRequest as _ipfscluster_consensus_v1_WatchAppliedRequest, WatchAppliedRequest__Output as _ipfscluster_consensus_v1_WatchAppliedRequest__Output } from '../../../ipfscluster/consensus/v1/WatchAppliedRequest.js';
import type { WatchAppliedResponse as _ipfscluster_consensus_v1_WatchAppliedResponse, WatchAppliedResponse__Output as _ipfscluster_consensus_v1_WatchAppliedResponse__Output } from '../../../ipfscluster/consensus/v1/WatchAppliedResponse.js';

/**
 * The replicated pinset and its membership.
 */
export interface ConsensusClient extends grpc.Client {
  /**
   * Adds a peer (learner, then voter once caught up; consensus.md §4),
   * forwarded to the leader. Adding an existing voter succeeds as a no-op.
   * MembershipChangeInProgressError while another change is uncommitted.
   */
  AddPeer(argument: _ipfscluster_consensus_v1_AddPeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  AddPeer(argument: _ipfscluster_consensus_v1_AddPeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  AddPeer(argument: _ipfscluster_consensus_v1_AddPeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  AddPeer(argument: _ipfscluster_consensus_v1_AddPeerRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Adds a peer (learner, then voter once caught up; consensus.md §4),
   * forwarded to the leader. Adding an existing voter succeeds as a no-op.
   * MembershipChangeInProgressError while another change is uncommitted.
   */
  addPeer(argument: _ipfscluster_consensus_v1_AddPeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  addPeer(argument: _ipfscluster_consensus_v1_AddPeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  addPeer(argument: _ipfscluster_consensus_v1_AddPeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  addPeer(argument: _ipfscluster_consensus_v1_AddPeerRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The current leader. NoLeaderError when none is known.
   */
  Leader(argument: _ipfscluster_consensus_v1_LeaderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LeaderResponse__Output>): grpc.ClientUnaryCall;
  Leader(argument: _ipfscluster_consensus_v1_LeaderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LeaderResponse__Output>): grpc.ClientUnaryCall;
  Leader(argument: _ipfscluster_consensus_v1_LeaderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LeaderResponse__Output>): grpc.ClientUnaryCall;
  Leader(argument: _ipfscluster_consensus_v1_LeaderRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LeaderResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The current leader. NoLeaderError when none is known.
   */
  leader(argument: _ipfscluster_consensus_v1_LeaderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LeaderResponse__Output>): grpc.ClientUnaryCall;
  leader(argument: _ipfscluster_consensus_v1_LeaderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LeaderResponse__Output>): grpc.ClientUnaryCall;
  leader(argument: _ipfscluster_consensus_v1_LeaderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LeaderResponse__Output>): grpc.ClientUnaryCall;
  leader(argument: _ipfscluster_consensus_v1_LeaderRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LeaderResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Every pin of the state, in CID byte order, in batches (see ListResponse):
   * one message per pin cost ~110 µs of gRPC overhead per pin.
   */
  List(argument: _ipfscluster_consensus_v1_ListRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_consensus_v1_ListResponse__Output>;
  List(argument: _ipfscluster_consensus_v1_ListRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_consensus_v1_ListResponse__Output>;
  /**
   * Every pin of the state, in CID byte order, in batches (see ListResponse):
   * one message per pin cost ~110 µs of gRPC overhead per pin.
   */
  list(argument: _ipfscluster_consensus_v1_ListRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_consensus_v1_ListResponse__Output>;
  list(argument: _ipfscluster_consensus_v1_ListRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_consensus_v1_ListResponse__Output>;
  
  /**
   * Commits a PIN op (forwarding to the leader if needed, consensus.md §5).
   * Resolves only when the entry is committed on a quorum and applied on the
   * leader. Idempotent. Errors: NoLeaderError, InvalidParametersError,
   * TimeoutError.
   */
  LogPin(argument: _ipfscluster_consensus_v1_LogPinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogPinResponse__Output>): grpc.ClientUnaryCall;
  LogPin(argument: _ipfscluster_consensus_v1_LogPinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogPinResponse__Output>): grpc.ClientUnaryCall;
  LogPin(argument: _ipfscluster_consensus_v1_LogPinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogPinResponse__Output>): grpc.ClientUnaryCall;
  LogPin(argument: _ipfscluster_consensus_v1_LogPinRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogPinResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Commits a PIN op (forwarding to the leader if needed, consensus.md §5).
   * Resolves only when the entry is committed on a quorum and applied on the
   * leader. Idempotent. Errors: NoLeaderError, InvalidParametersError,
   * TimeoutError.
   */
  logPin(argument: _ipfscluster_consensus_v1_LogPinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogPinResponse__Output>): grpc.ClientUnaryCall;
  logPin(argument: _ipfscluster_consensus_v1_LogPinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogPinResponse__Output>): grpc.ClientUnaryCall;
  logPin(argument: _ipfscluster_consensus_v1_LogPinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogPinResponse__Output>): grpc.ClientUnaryCall;
  logPin(argument: _ipfscluster_consensus_v1_LogPinRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogPinResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Commits an UNPIN op, like LogPin. Unpinning an absent CID commits a
   * no-op (callers check presence first).
   */
  LogUnpin(argument: _ipfscluster_consensus_v1_LogUnpinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogUnpinResponse__Output>): grpc.ClientUnaryCall;
  LogUnpin(argument: _ipfscluster_consensus_v1_LogUnpinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogUnpinResponse__Output>): grpc.ClientUnaryCall;
  LogUnpin(argument: _ipfscluster_consensus_v1_LogUnpinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogUnpinResponse__Output>): grpc.ClientUnaryCall;
  LogUnpin(argument: _ipfscluster_consensus_v1_LogUnpinRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogUnpinResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Commits an UNPIN op, like LogPin. Unpinning an absent CID commits a
   * no-op (callers check presence first).
   */
  logUnpin(argument: _ipfscluster_consensus_v1_LogUnpinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogUnpinResponse__Output>): grpc.ClientUnaryCall;
  logUnpin(argument: _ipfscluster_consensus_v1_LogUnpinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogUnpinResponse__Output>): grpc.ClientUnaryCall;
  logUnpin(argument: _ipfscluster_consensus_v1_LogUnpinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogUnpinResponse__Output>): grpc.ClientUnaryCall;
  logUnpin(argument: _ipfscluster_consensus_v1_LogUnpinRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_LogUnpinResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Voters and learners of the current configuration, sorted.
   */
  Peers(argument: _ipfscluster_consensus_v1_PeersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  Peers(argument: _ipfscluster_consensus_v1_PeersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  Peers(argument: _ipfscluster_consensus_v1_PeersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  Peers(argument: _ipfscluster_consensus_v1_PeersRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Voters and learners of the current configuration, sorted.
   */
  peers(argument: _ipfscluster_consensus_v1_PeersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  peers(argument: _ipfscluster_consensus_v1_PeersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  peers(argument: _ipfscluster_consensus_v1_PeersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  peers(argument: _ipfscluster_consensus_v1_PeersRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * One pin from the local state. NotFoundError "pin is not part of the
   * pinset" when absent.
   */
  PinGet(argument: _ipfscluster_consensus_v1_PinGetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  PinGet(argument: _ipfscluster_consensus_v1_PinGetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  PinGet(argument: _ipfscluster_consensus_v1_PinGetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  PinGet(argument: _ipfscluster_consensus_v1_PinGetRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  /**
   * One pin from the local state. NotFoundError "pin is not part of the
   * pinset" when absent.
   */
  pinGet(argument: _ipfscluster_consensus_v1_PinGetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  pinGet(argument: _ipfscluster_consensus_v1_PinGetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  pinGet(argument: _ipfscluster_consensus_v1_PinGetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  pinGet(argument: _ipfscluster_consensus_v1_PinGetRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Removes a peer, forwarded to the leader. Removing the last voter fails
   * with "cannot remove ourselves from a 1-peer cluster".
   */
  RmPeer(argument: _ipfscluster_consensus_v1_RmPeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_RmPeerResponse__Output>): grpc.ClientUnaryCall;
  RmPeer(argument: _ipfscluster_consensus_v1_RmPeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_RmPeerResponse__Output>): grpc.ClientUnaryCall;
  RmPeer(argument: _ipfscluster_consensus_v1_RmPeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_RmPeerResponse__Output>): grpc.ClientUnaryCall;
  RmPeer(argument: _ipfscluster_consensus_v1_RmPeerRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_RmPeerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Removes a peer, forwarded to the leader. Removing the last voter fails
   * with "cannot remove ourselves from a 1-peer cluster".
   */
  rmPeer(argument: _ipfscluster_consensus_v1_RmPeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_RmPeerResponse__Output>): grpc.ClientUnaryCall;
  rmPeer(argument: _ipfscluster_consensus_v1_RmPeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_RmPeerResponse__Output>): grpc.ClientUnaryCall;
  rmPeer(argument: _ipfscluster_consensus_v1_RmPeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_RmPeerResponse__Output>): grpc.ClientUnaryCall;
  rmPeer(argument: _ipfscluster_consensus_v1_RmPeerRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_RmPeerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Takes a snapshot now (no-op when nothing was applied since the last).
   */
  Snapshot(argument: _ipfscluster_consensus_v1_SnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_SnapshotResponse__Output>): grpc.ClientUnaryCall;
  Snapshot(argument: _ipfscluster_consensus_v1_SnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_SnapshotResponse__Output>): grpc.ClientUnaryCall;
  Snapshot(argument: _ipfscluster_consensus_v1_SnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_SnapshotResponse__Output>): grpc.ClientUnaryCall;
  Snapshot(argument: _ipfscluster_consensus_v1_SnapshotRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_SnapshotResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Takes a snapshot now (no-op when nothing was applied since the last).
   */
  snapshot(argument: _ipfscluster_consensus_v1_SnapshotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_SnapshotResponse__Output>): grpc.ClientUnaryCall;
  snapshot(argument: _ipfscluster_consensus_v1_SnapshotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_SnapshotResponse__Output>): grpc.ClientUnaryCall;
  snapshot(argument: _ipfscluster_consensus_v1_SnapshotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_SnapshotResponse__Output>): grpc.ClientUnaryCall;
  snapshot(argument: _ipfscluster_consensus_v1_SnapshotRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_SnapshotResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Raft status for tests and logs.
   */
  Status(argument: _ipfscluster_consensus_v1_StatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _ipfscluster_consensus_v1_StatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _ipfscluster_consensus_v1_StatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _ipfscluster_consensus_v1_StatusRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Raft status for tests and logs.
   */
  status(argument: _ipfscluster_consensus_v1_StatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _ipfscluster_consensus_v1_StatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _ipfscluster_consensus_v1_StatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _ipfscluster_consensus_v1_StatusRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Resolves when a leader is known and applied index = commit index.
   * Bounded by the call deadline (TimeoutError).
   */
  WaitForSync(argument: _ipfscluster_consensus_v1_WaitForSyncRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_WaitForSyncResponse__Output>): grpc.ClientUnaryCall;
  WaitForSync(argument: _ipfscluster_consensus_v1_WaitForSyncRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_WaitForSyncResponse__Output>): grpc.ClientUnaryCall;
  WaitForSync(argument: _ipfscluster_consensus_v1_WaitForSyncRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_WaitForSyncResponse__Output>): grpc.ClientUnaryCall;
  WaitForSync(argument: _ipfscluster_consensus_v1_WaitForSyncRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_WaitForSyncResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Resolves when a leader is known and applied index = commit index.
   * Bounded by the call deadline (TimeoutError).
   */
  waitForSync(argument: _ipfscluster_consensus_v1_WaitForSyncRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_WaitForSyncResponse__Output>): grpc.ClientUnaryCall;
  waitForSync(argument: _ipfscluster_consensus_v1_WaitForSyncRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_WaitForSyncResponse__Output>): grpc.ClientUnaryCall;
  waitForSync(argument: _ipfscluster_consensus_v1_WaitForSyncRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_WaitForSyncResponse__Output>): grpc.ClientUnaryCall;
  waitForSync(argument: _ipfscluster_consensus_v1_WaitForSyncRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_WaitForSyncResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Applied ops in log order from `from_index`, then live as they apply
   * (consensus.md §2). Never ends on its own; the client cancels.
   */
  WatchApplied(argument: _ipfscluster_consensus_v1_WatchAppliedRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_consensus_v1_WatchAppliedResponse__Output>;
  WatchApplied(argument: _ipfscluster_consensus_v1_WatchAppliedRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_consensus_v1_WatchAppliedResponse__Output>;
  /**
   * Applied ops in log order from `from_index`, then live as they apply
   * (consensus.md §2). Never ends on its own; the client cancels.
   */
  watchApplied(argument: _ipfscluster_consensus_v1_WatchAppliedRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_consensus_v1_WatchAppliedResponse__Output>;
  watchApplied(argument: _ipfscluster_consensus_v1_WatchAppliedRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_consensus_v1_WatchAppliedResponse__Output>;
  
}

/**
 * The replicated pinset and its membership.
 */
export interface ConsensusHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Adds a peer (learner, then voter once caught up; consensus.md §4),
   * forwarded to the leader. Adding an existing voter succeeds as a no-op.
   * MembershipChangeInProgressError while another change is uncommitted.
   */
  AddPeer: grpc.handleUnaryCall<_ipfscluster_consensus_v1_AddPeerRequest__Output, _ipfscluster_consensus_v1_AddPeerResponse>;
  
  /**
   * The current leader. NoLeaderError when none is known.
   */
  Leader: grpc.handleUnaryCall<_ipfscluster_consensus_v1_LeaderRequest__Output, _ipfscluster_consensus_v1_LeaderResponse>;
  
  /**
   * Every pin of the state, in CID byte order, in batches (see ListResponse):
   * one message per pin cost ~110 µs of gRPC overhead per pin.
   */
  List: grpc.handleServerStreamingCall<_ipfscluster_consensus_v1_ListRequest__Output, _ipfscluster_consensus_v1_ListResponse>;
  
  /**
   * Commits a PIN op (forwarding to the leader if needed, consensus.md §5).
   * Resolves only when the entry is committed on a quorum and applied on the
   * leader. Idempotent. Errors: NoLeaderError, InvalidParametersError,
   * TimeoutError.
   */
  LogPin: grpc.handleUnaryCall<_ipfscluster_consensus_v1_LogPinRequest__Output, _ipfscluster_consensus_v1_LogPinResponse>;
  
  /**
   * Commits an UNPIN op, like LogPin. Unpinning an absent CID commits a
   * no-op (callers check presence first).
   */
  LogUnpin: grpc.handleUnaryCall<_ipfscluster_consensus_v1_LogUnpinRequest__Output, _ipfscluster_consensus_v1_LogUnpinResponse>;
  
  /**
   * Voters and learners of the current configuration, sorted.
   */
  Peers: grpc.handleUnaryCall<_ipfscluster_consensus_v1_PeersRequest__Output, _ipfscluster_consensus_v1_PeersResponse>;
  
  /**
   * One pin from the local state. NotFoundError "pin is not part of the
   * pinset" when absent.
   */
  PinGet: grpc.handleUnaryCall<_ipfscluster_consensus_v1_PinGetRequest__Output, _ipfscluster_consensus_v1_PinGetResponse>;
  
  /**
   * Removes a peer, forwarded to the leader. Removing the last voter fails
   * with "cannot remove ourselves from a 1-peer cluster".
   */
  RmPeer: grpc.handleUnaryCall<_ipfscluster_consensus_v1_RmPeerRequest__Output, _ipfscluster_consensus_v1_RmPeerResponse>;
  
  /**
   * Takes a snapshot now (no-op when nothing was applied since the last).
   */
  Snapshot: grpc.handleUnaryCall<_ipfscluster_consensus_v1_SnapshotRequest__Output, _ipfscluster_consensus_v1_SnapshotResponse>;
  
  /**
   * Raft status for tests and logs.
   */
  Status: grpc.handleUnaryCall<_ipfscluster_consensus_v1_StatusRequest__Output, _ipfscluster_consensus_v1_StatusResponse>;
  
  /**
   * Resolves when a leader is known and applied index = commit index.
   * Bounded by the call deadline (TimeoutError).
   */
  WaitForSync: grpc.handleUnaryCall<_ipfscluster_consensus_v1_WaitForSyncRequest__Output, _ipfscluster_consensus_v1_WaitForSyncResponse>;
  
  /**
   * Applied ops in log order from `from_index`, then live as they apply
   * (consensus.md §2). Never ends on its own; the client cancels.
   */
  WatchApplied: grpc.handleServerStreamingCall<_ipfscluster_consensus_v1_WatchAppliedRequest__Output, _ipfscluster_consensus_v1_WatchAppliedResponse>;
  
}

export interface ConsensusDefinition extends grpc.ServiceDefinition {
  AddPeer: MethodDefinition<_ipfscluster_consensus_v1_AddPeerRequest, _ipfscluster_consensus_v1_AddPeerResponse, _ipfscluster_consensus_v1_AddPeerRequest__Output, _ipfscluster_consensus_v1_AddPeerResponse__Output>
  Leader: MethodDefinition<_ipfscluster_consensus_v1_LeaderRequest, _ipfscluster_consensus_v1_LeaderResponse, _ipfscluster_consensus_v1_LeaderRequest__Output, _ipfscluster_consensus_v1_LeaderResponse__Output>
  List: MethodDefinition<_ipfscluster_consensus_v1_ListRequest, _ipfscluster_consensus_v1_ListResponse, _ipfscluster_consensus_v1_ListRequest__Output, _ipfscluster_consensus_v1_ListResponse__Output>
  LogPin: MethodDefinition<_ipfscluster_consensus_v1_LogPinRequest, _ipfscluster_consensus_v1_LogPinResponse, _ipfscluster_consensus_v1_LogPinRequest__Output, _ipfscluster_consensus_v1_LogPinResponse__Output>
  LogUnpin: MethodDefinition<_ipfscluster_consensus_v1_LogUnpinRequest, _ipfscluster_consensus_v1_LogUnpinResponse, _ipfscluster_consensus_v1_LogUnpinRequest__Output, _ipfscluster_consensus_v1_LogUnpinResponse__Output>
  Peers: MethodDefinition<_ipfscluster_consensus_v1_PeersRequest, _ipfscluster_consensus_v1_PeersResponse, _ipfscluster_consensus_v1_PeersRequest__Output, _ipfscluster_consensus_v1_PeersResponse__Output>
  PinGet: MethodDefinition<_ipfscluster_consensus_v1_PinGetRequest, _ipfscluster_consensus_v1_PinGetResponse, _ipfscluster_consensus_v1_PinGetRequest__Output, _ipfscluster_consensus_v1_PinGetResponse__Output>
  RmPeer: MethodDefinition<_ipfscluster_consensus_v1_RmPeerRequest, _ipfscluster_consensus_v1_RmPeerResponse, _ipfscluster_consensus_v1_RmPeerRequest__Output, _ipfscluster_consensus_v1_RmPeerResponse__Output>
  Snapshot: MethodDefinition<_ipfscluster_consensus_v1_SnapshotRequest, _ipfscluster_consensus_v1_SnapshotResponse, _ipfscluster_consensus_v1_SnapshotRequest__Output, _ipfscluster_consensus_v1_SnapshotResponse__Output>
  Status: MethodDefinition<_ipfscluster_consensus_v1_StatusRequest, _ipfscluster_consensus_v1_StatusResponse, _ipfscluster_consensus_v1_StatusRequest__Output, _ipfscluster_consensus_v1_StatusResponse__Output>
  WaitForSync: MethodDefinition<_ipfscluster_consensus_v1_WaitForSyncRequest, _ipfscluster_consensus_v1_WaitForSyncResponse, _ipfscluster_consensus_v1_WaitForSyncRequest__Output, _ipfscluster_consensus_v1_WaitForSyncResponse__Output>
  WatchApplied: MethodDefinition<_ipfscluster_consensus_v1_WatchAppliedRequest, _ipfscluster_consensus_v1_WatchAppliedResponse, _ipfscluster_consensus_v1_WatchAppliedRequest__Output, _ipfscluster_consensus_v1_WatchAppliedResponse__Output>
}
