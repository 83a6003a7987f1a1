// Original file: ipfscluster/v1/cluster.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { TrackRequest as _ipfscluster_cluster_v1_TrackRequest, TrackRequest__Output as _ipfscluster_cluster_v1_TrackRequest__Output } from '../../../ipfscluster/cluster/v1/TrackRequest.js';
import type { TrackResponse as _ipfscluster_cluster_v1_TrackResponse, TrackResponse__Output as _ipfscluster_cluster_v1_TrackResponse__Output } from '../../../ipfscluster/cluster/v1/TrackResponse.js';
import type { TrackerRecoverAllRequest as _ipfscluster_cluster_v1_TrackerRecoverAllRequest, TrackerRecoverAllRequest__Output as _ipfscluster_cluster_v1_TrackerRecoverAllRequest__Output } from '../../../ipfscluster/cluster/v1/TrackerRecoverAllRequest.js';
import type { TrackerRecoverAllResponse as _ipfscluster_cluster_v1_TrackerRecoverAllResponse, TrackerRecoverAllResponse__Output as _ipfscluster_cluster_v1_TrackerRecoverAllResponse__Output } from '../../../ipfscluster/cluster/v1/TrackerRecoverAllResponse.js';
import type { TrackerRecoverRequest as _ipfscluster_cluster_v1_TrackerRecoverRequest, TrackerRecoverRequest__Output as _ipfscluster_cluster_v1_TrackerRecoverRequest__Output } from '../../../ipfscluster/cluster/v1/TrackerRecoverRequest.js';
import type { TrackerRecoverResponse as _ipfscluster_cluster_v1_TrackerRecoverResponse, TrackerRecoverResponse__Output as _ipfscluster_cluster_v1_TrackerRecoverResponse__Output } from '../../../ipfscluster/cluster/v1/TrackerRecoverResponse.js';
import type { TrackerStatusAllRequest as _ipfscluster_cluster_v1_TrackerStatusAllRequest, TrackerStatusAllRequest__Output as _ipfscluster_cluster_v1_TrackerStatusAllRequest__Output } from '../../../ipfscluster/cluster/v1/TrackerStatusAllRequest.js';
import type { TrackerStatusAllResponse as _ipfscluster_cluster_v1_TrackerStatusAllResponse, TrackerStatusAllResponse__Output as _ipfscluster_cluster_v1_TrackerStatusAllResponse__Output } from '../../../ipfscluster/cluster/v1/TrackerStatusAllResponse.js';
import type { TrackerStatusRequest as _ipfscluster_cluster_v1_TrackerStatusRequest, TrackerStatusRequest__Output as _ipfscluster_cluster_v1_TrackerStatusRequest__Output } from '../../../ipfscluster/cluster/v1/TrackerStatusRequest.js';
import type { TrackerStatusResponse as _ipfscluster_cluster_v1_TrackerStatusResponse, TrackerStatusResponse__Output as _ipfscluster_cluster_v1_TrackerStatusResponse__Output } from '../../../ipfscluster/cluster/v1/TrackerStatusResponse.js';
import type { UntrackRequest as _ipfscluster_cluster_v1_UntrackRequest, UntrackRequest__Output as _ipfscluster_cluster_v1_UntrackRequest__Output } from '../../../ipfscluster/cluster/v1/UntrackRequest.js';
import type { UntrackResponse as _ipfscluster_cluster_v1_UntrackResponse, UntrackResponse__Output as _ipfscluster_cluster_v1_UntrackResponse__Output } from '../../../ipfscluster/cluster/v1/UntrackResponse.js';

/**
 * The pin tracker: this peer's view of the pins allocated to it.
 */
export interface PinTrackerClient extends grpc.Client {
  /**
   * Recovers one CID (§7.4); returns its status afterwards.
   */
  Recover(argument: _ipfscluster_cluster_v1_TrackerRecoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerRecoverResponse__Output>): grpc.ClientUnaryCall;
  Recover(argument: _ipfscluster_cluster_v1_TrackerRecoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerRecoverResponse__Output>): grpc.ClientUnaryCall;
  Recover(argument: _ipfscluster_cluster_v1_TrackerRecoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerRecoverResponse__Output>): grpc.ClientUnaryCall;
  Recover(argument: _ipfscluster_cluster_v1_TrackerRecoverRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerRecoverResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Recovers one CID (§7.4); returns its status afterwards.
   */
  recover(argument: _ipfscluster_cluster_v1_TrackerRecoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerRecoverResponse__Output>): grpc.ClientUnaryCall;
  recover(argument: _ipfscluster_cluster_v1_TrackerRecoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerRecoverResponse__Output>): grpc.ClientUnaryCall;
  recover(argument: _ipfscluster_cluster_v1_TrackerRecoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerRecoverResponse__Output>): grpc.ClientUnaryCall;
  recover(argument: _ipfscluster_cluster_v1_TrackerRecoverRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerRecoverResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Recovers every item; never stops at the first error.
   */
  RecoverAll(argument: _ipfscluster_cluster_v1_TrackerRecoverAllRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_TrackerRecoverAllResponse__Output>;
  RecoverAll(argument: _ipfscluster_cluster_v1_TrackerRecoverAllRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_TrackerRecoverAllResponse__Output>;
  /**
   * Recovers every item; never stops at the first error.
   */
  recoverAll(argument: _ipfscluster_cluster_v1_TrackerRecoverAllRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_TrackerRecoverAllResponse__Output>;
  recoverAll(argument: _ipfscluster_cluster_v1_TrackerRecoverAllRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_TrackerRecoverAllResponse__Output>;
  
  /**
   * Tracker status of one CID (`unpinned` when unknown). Target of global
   * Status on every peer.
   */
  Status(argument: _ipfscluster_cluster_v1_TrackerStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerStatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _ipfscluster_cluster_v1_TrackerStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerStatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _ipfscluster_cluster_v1_TrackerStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerStatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _ipfscluster_cluster_v1_TrackerStatusRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerStatusResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Tracker status of one CID (`unpinned` when unknown). Target of global
   * Status on every peer.
   */
  status(argument: _ipfscluster_cluster_v1_TrackerStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerStatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _ipfscluster_cluster_v1_TrackerStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerStatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _ipfscluster_cluster_v1_TrackerStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerStatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _ipfscluster_cluster_v1_TrackerStatusRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackerStatusResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Tracker status of every item. Target of global StatusAll.
   */
  StatusAll(argument: _ipfscluster_cluster_v1_TrackerStatusAllRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_TrackerStatusAllResponse__Output>;
  StatusAll(argument: _ipfscluster_cluster_v1_TrackerStatusAllRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_TrackerStatusAllResponse__Output>;
  /**
   * Tracker status of every item. Target of global StatusAll.
   */
  statusAll(argument: _ipfscluster_cluster_v1_TrackerStatusAllRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_TrackerStatusAllResponse__Output>;
  statusAll(argument: _ipfscluster_cluster_v1_TrackerStatusAllRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_TrackerStatusAllResponse__Output>;
  
  /**
   * Starts tracking a pin (fed by the apply stream, §3.5). Idempotent.
   */
  Track(argument: _ipfscluster_cluster_v1_TrackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackResponse__Output>): grpc.ClientUnaryCall;
  Track(argument: _ipfscluster_cluster_v1_TrackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackResponse__Output>): grpc.ClientUnaryCall;
  Track(argument: _ipfscluster_cluster_v1_TrackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackResponse__Output>): grpc.ClientUnaryCall;
  Track(argument: _ipfscluster_cluster_v1_TrackRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Starts tracking a pin (fed by the apply stream, §3.5). Idempotent.
   */
  track(argument: _ipfscluster_cluster_v1_TrackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackResponse__Output>): grpc.ClientUnaryCall;
  track(argument: _ipfscluster_cluster_v1_TrackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackResponse__Output>): grpc.ClientUnaryCall;
  track(argument: _ipfscluster_cluster_v1_TrackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackResponse__Output>): grpc.ClientUnaryCall;
  track(argument: _ipfscluster_cluster_v1_TrackRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_TrackResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stops tracking a CID (enqueues an unpin). Idempotent.
   */
  Untrack(argument: _ipfscluster_cluster_v1_UntrackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UntrackResponse__Output>): grpc.ClientUnaryCall;
  Untrack(argument: _ipfscluster_cluster_v1_UntrackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UntrackResponse__Output>): grpc.ClientUnaryCall;
  Untrack(argument: _ipfscluster_cluster_v1_UntrackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UntrackResponse__Output>): grpc.ClientUnaryCall;
  Untrack(argument: _ipfscluster_cluster_v1_UntrackRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UntrackResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Stops tracking a CID (enqueues an unpin). Idempotent.
   */
  untrack(argument: _ipfscluster_cluster_v1_UntrackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UntrackResponse__Output>): grpc.ClientUnaryCall;
  untrack(argument: _ipfscluster_cluster_v1_UntrackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UntrackResponse__Output>): grpc.ClientUnaryCall;
  untrack(argument: _ipfscluster_cluster_v1_UntrackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UntrackResponse__Output>): grpc.ClientUnaryCall;
  untrack(argument: _ipfscluster_cluster_v1_UntrackRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UntrackResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * The pin tracker: this peer's view of the pins allocated to it.
 */
export interface PinTrackerHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Recovers one CID (§7.4); returns its status afterwards.
   */
  Recover: grpc.handleUnaryCall<_ipfscluster_cluster_v1_TrackerRecoverRequest__Output, _ipfscluster_cluster_v1_TrackerRecoverResponse>;
  
  /**
   * Recovers every item; never stops at the first error.
   */
  RecoverAll: grpc.handleServerStreamingCall<_ipfscluster_cluster_v1_TrackerRecoverAllRequest__Output, _ipfscluster_cluster_v1_TrackerRecoverAllResponse>;
  
  /**
   * Tracker status of one CID (`unpinned` when unknown). Target of global
   * Status on every peer.
   */
  Status: grpc.handleUnaryCall<_ipfscluster_cluster_v1_TrackerStatusRequest__Output, _ipfscluster_cluster_v1_TrackerStatusResponse>;
  
  /**
   * Tracker status of every item. Target of global StatusAll.
   */
  StatusAll: grpc.handleServerStreamingCall<_ipfscluster_cluster_v1_TrackerStatusAllRequest__Output, _ipfscluster_cluster_v1_TrackerStatusAllResponse>;
  
  /**
   * Starts tracking a pin (fed by the apply stream, §3.5). Idempotent.
   */
  Track: grpc.handleUnaryCall<_ipfscluster_cluster_v1_TrackRequest__Output, _ipfscluster_cluster_v1_TrackResponse>;
  
  /**
   * Stops tracking a CID (enqueues an unpin). Idempotent.
   */
  Untrack: grpc.handleUnaryCall<_ipfscluster_cluster_v1_UntrackRequest__Output, _ipfscluster_cluster_v1_UntrackResponse>;
  
}

export interface PinTrackerDefinition extends grpc.ServiceDefinition {
  Recover: MethodDefinition<_ipfscluster_cluster_v1_TrackerRecoverRequest, _ipfscluster_cluster_v1_TrackerRecoverResponse, _ipfscluster_cluster_v1_TrackerRecoverRequest__Output, _ipfscluster_cluster_v1_TrackerRecoverResponse__Output>
  RecoverAll: MethodDefinition<_ipfscluster_cluster_v1_TrackerRecoverAllRequest, _ipfscluster_cluster_v1_TrackerRecoverAllResponse, _ipfscluster_cluster_v1_TrackerRecoverAllRequest__Output, _ipfscluster_cluster_v1_TrackerRecoverAllResponse__Output>
  Status: MethodDefinition<_ipfscluster_cluster_v1_TrackerStatusRequest, _ipfscluster_cluster_v1_TrackerStatusResponse, _ipfscluster_cluster_v1_TrackerStatusRequest__Output, _ipfscluster_cluster_v1_TrackerStatusResponse__Output>
  StatusAll: MethodDefinition<_ipfscluster_cluster_v1_TrackerStatusAllRequest, _ipfscluster_cluster_v1_TrackerStatusAllResponse, _ipfscluster_cluster_v1_TrackerStatusAllRequest__Output, _ipfscluster_cluster_v1_TrackerStatusAllResponse__Output>
  Track: MethodDefinition<_ipfscluster_cluster_v1_TrackRequest, _ipfscluster_cluster_v1_TrackResponse, _ipfscluster_cluster_v1_TrackRequest__Output, _ipfscluster_cluster_v1_TrackResponse__Output>
  Untrack: MethodDefinition<_ipfscluster_cluster_v1_UntrackRequest, _ipfscluster_cluster_v1_UntrackResponse, _ipfscluster_cluster_v1_UntrackRequest__Output, _ipfscluster_cluster_v1_UntrackResponse__Output>
}
