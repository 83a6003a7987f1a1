// Original file: ipfscluster/v1/cluster.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AlertsRequest as _ipfscluster_cluster_v1_AlertsRequest, AlertsRequest__Output as _ipfscluster_cluster_v1_AlertsRequest__Output } from '../../../ipfscluster/cluster/v1/AlertsRequest.js';
import type { AlertsResponse as _ipfscluster_cluster_v1_AlertsResponse, AlertsResponse__Output as _ipfscluster_cluster_v1_AlertsResponse__Output } from '../../../ipfscluster/cluster/v1/AlertsResponse.js';
import type { BlockAllocateRequest as _ipfscluster_cluster_v1_BlockAllocateRequest, BlockAllocateRequest__Output as _ipfscluster_cluster_v1_BlockAllocateRequest__Output } from '../../../ipfscluster/cluster/v1/BlockAllocateRequest.js';
import type { BlockAllocateResponse as _ipfscluster_cluster_v1_BlockAllocateResponse, BlockAllocateResponse__Output as _ipfscluster_cluster_v1_BlockAllocateResponse__Output } from '../../../ipfscluster/cluster/v1/BlockAllocateResponse.js';
import type { IDRequest as _ipfscluster_cluster_v1_IDRequest, IDRequest__Output as _ipfscluster_cluster_v1_IDRequest__Output } from '../../../ipfscluster/cluster/v1/IDRequest.js';
import type { IDResponse as _ipfscluster_cluster_v1_IDResponse, IDResponse__Output as _ipfscluster_cluster_v1_IDResponse__Output } from '../../../ipfscluster/cluster/v1/IDResponse.js';
import type { JoinRequest as _ipfscluster_cluster_v1_JoinRequest, JoinRequest__Output as _ipfscluster_cluster_v1_JoinRequest__Output } from '../../../ipfscluster/cluster/v1/JoinRequest.js';
import type { JoinResponse as _ipfscluster_cluster_v1_JoinResponse, JoinResponse__Output as _ipfscluster_cluster_v1_JoinResponse__Output } from '../../../ipfscluster/cluster/v1/JoinResponse.js';
import type { PeerAddRequest as _ipfscluster_cluster_v1_PeerAddRequest, PeerAddRequest__Output as _ipfscluster_cluster_v1_PeerAddRequest__Output } from '../../../ipfscluster/cluster/v1/PeerAddRequest.js';
import type { PeerAddResponse as _ipfscluster_cluster_v1_PeerAddResponse, PeerAddResponse__Output as _ipfscluster_cluster_v1_PeerAddResponse__Output } from '../../../ipfscluster/cluster/v1/PeerAddResponse.js';
import type { PeerRemoveRequest as _ipfscluster_cluster_v1_PeerRemoveRequest, PeerRemoveRequest__Output as _ipfscluster_cluster_v1_PeerRemoveRequest__Output } from '../../../ipfscluster/cluster/v1/PeerRemoveRequest.js';
import type { PeerRemoveResponse as _ipfscluster_cluster_v1_PeerRemoveResponse, PeerRemoveResponse__Output as _ipfscluster_cluster_v1_PeerRemoveResponse__Output } from '../../../ipfscluster/cluster/v1/PeerRemoveResponse.js';
import type { PeersRequest as _ipfscluster_cluster_v1_PeersRequest, PeersRequest__Output as _ipfscluster_cluster_v1_PeersRequest__Output } from '../../../ipfscluster/cluster/v1/PeersRequest.js';
import type { PeersResponse as _ipfscluster_cluster_v1_PeersResponse, PeersResponse__Output as _ipfscluster_cluster_v1_PeersResponse__Output } from '../../../ipfscluster/cluster/v1/PeersResponse.js';
import type { PinGetRequest as _ipfscluster_cluster_v1_PinGetRequest, PinGetRequest__Output as _ipfscluster_cluster_v1_PinGetRequest__Output } from '../../../ipfscluster/cluster/v1/PinGetRequest.js';
import type { PinGetResponse as _ipfscluster_cluster_v1_PinGetResponse, PinGetResponse__Output as _ipfscluster_cluster_v1_PinGetResponse__Output } from '../../../ipfscluster/cluster/v1/PinGetResponse.js';
import type { PinPathRequest as _ipfscluster_cluster_v1_PinPathRequest, PinPathRequest__Output as _ipfscluster_cluster_v1_PinPathRequest__Output } from '../../../ipfscluster/cluster/v1/PinPathRequest.js';
import type { PinPathResponse as _ipfscluster_cluster_v1_PinPathResponse, PinPathResponse__Output as _ipfscluster_cluster_v1_PinPathResponse__Output } from '../../../ipfscluster/cluster/v1/PinPathResponse.js';
import type { PinRequest as _ipfscluster_cluster_v1_PinRequest, PinRequest__Output as _ipfscluster_cluster_v1_PinRequest__Output } from '../../../ipfscluster/cluster/v1/PinRequest.js';
import type { PinResponse as _ipfscluster_cluster_v1_PinResponse, PinResponse__Output as _ipfscluster_cluster_v1_PinResponse__Output } from '../../../ipfscluster/cluster/v1/PinResponse.js';
import type { PinsRequest as _ipfscluster_cluster_v1_PinsRequest, PinsRequest__Output as _ipfscluster_cluster_v1_PinsRequest__Output } from '../../../ipfscluster/cluster/v1/PinsRequest.js';
import type { PinsResponse as _ipfscluster_cluster_v1_PinsResponse, PinsResponse__Output as _ipfscluster_cluster_v1_PinsResponse__Output } from '../../../ipfscluster/cluster/v1/PinsResponse.js';
import type { RecoverAllLocalRequest as _ipfscluster_cluster_v1_RecoverAllLocalRequest, RecoverAllLocalRequest__Output as _ipfscluster_cluster_v1_RecoverAllLocalRequest__Output } from '../../../ipfscluster/cluster/v1/RecoverAllLocalRequest.js';
import type { RecoverAllLocalResponse as _ipfscluster_cluster_v1_RecoverAllLocalResponse, RecoverAllLocalResponse__Output as _ipfscluster_cluster_v1_RecoverAllLocalResponse__Output } from '../../../ipfscluster/cluster/v1/RecoverAllLocalResponse.js';
import type { RecoverAllRequest as _ipfscluster_cluster_v1_RecoverAllRequest, RecoverAllRequest__Output as _ipfscluster_cluster_v1_RecoverAllRequest__Output } from '../../../ipfscluster/cluster/v1/RecoverAllRequest.js';
import type { RecoverAllResponse as _ipfscluster_cluster_v1_RecoverAllResponse, RecoverAllResponse__Output as _ipfscluster_cluster_v1_RecoverAllResponse__Output } from '../../../ipfscluster/cluster/v1/RecoverAllResponse.js';
import type { RecoverLocalRequest as _ipfscluster_cluster_v1_RecoverLocalRequest, RecoverLocalRequest__Output as _ipfscluster_cluster_v1_RecoverLocalRequest__Output } from '../../../ipfscluster/cluster/v1/RecoverLocalRequest.js';
import type { RecoverLocalResponse as _ipfscluster_cluster_v1_RecoverLocalResponse, RecoverLocalResponse__Output as _ipfscluster_cluster_v1_RecoverLocalResponse__Output } from '../../../ipfscluster/cluster/v1/RecoverLocalResponse.js';
import type { RecoverRequest as _ipfscluster_cluster_v1_RecoverRequest, RecoverRequest__Output as _ipfscluster_cluster_v1_RecoverRequest__Output } from '../../../ipfscluster/cluster/v1/RecoverRequest.js';
import type { RecoverResponse as _ipfscluster_cluster_v1_RecoverResponse, RecoverResponse__Output as _ipfscluster_cluster_v1_RecoverResponse__Output } from '../../../ipfscluster/cluster/v1/RecoverResponse.js';
import type { RepoStatRequest as _ipfscluster_cluster_v1_RepoStatRequest, RepoStatRequest__Output as _ipfscluster_cluster_v1_RepoStatRequest__Output } from '../../../ipfscluster/cluster/v1/RepoStatRequest.js';
import type { RepoStatResponse as _ipfscluster_cluster_v1_RepoStatResponse, RepoStatResponse__Output as _ipfscluster_cluster_v1_RepoStatResponse__Output } from '../../../ipfscluster/cluster/v1/RepoStatResponse.js';
import type { SendInformerMetricsRequest as _ipfscluster_cluster_v1_SendInformerMetricsRequest, SendInformerMetricsRequest__Output as _ipfscluster_cluster_v1_SendInformerMetricsRequest__Output } from '../../../ipfscluster/cluster/v1/SendInformerMetricsRequest.js';
import type { SendInformerMetricsResponse as _ipfscluster_cluster_v1_SendInformerMetricsResponse, SendInformerMetricsResponse__Output as _ipfscluster_cluster_v1_SendInformerMetricsResponse__Output } from '../../../ipfscluster/cluster/v1/SendInformerMetricsResponse.js';
import type { StateSyncRequest as _ipfscluster_cluster_v1_StateSyncRequest, StateSyncRequest__Output as _ipfscluster_cluster_v1_StateSyncRequest__Output } from '../../../ipfscluster/cluster/v1/StateSyncRequest.js';
import type { StateSyncResponse as _ipfscluster_cluster_v1_StateSyncResponse, StateSyncResponse__Output as _ipfscluster_cluster_v1_StateSyncResponse__Output } from '../../../ipfscluster/cluster/v1/StateSyncResponse.js';
import type { StatusAllLocalRequest as _ipfscluster_cluster_v1_StatusAllLocalRequest, StatusAllLocalRequest__Output as _ipfscluster_cluster_v1_StatusAllLocalRequest__Output } from '../../../ipfscluster/cluster/v1/StatusAllLocalRequest.js';
import type { StatusAllLocalResponse as _ipfscluster_cluster_v1_StatusAllLocalResponse, StatusAllLocalResponse__Output as _ipfscluster_cluster_v1_StatusAllLocalResponse__Output } from '../../../ipfscluster/cluster/v1/StatusAllLocalResponse.js';
import type { StatusAllRequest as _ipfscluster_cluster_v1_StatusAllRequest, StatusAllRequest__Output as _ipfscluster_cluster_v1_StatusAllRequest__Output } from '../../../ipfscluster/cluster/v1/StatusAllRequest.js';
import type { StatusAllResponse as _ipfscluster_cluster_v1_StatusAllResponse, StatusAllResponse__Output as _ipfscluster_cluster_v1_StatusAllResponse__Output } from '../../../ipfscluster/cluster/v1/StatusAllResponse.js';
import type { StatusLocalRequest as _ipfscluster_cluster_v1_StatusLocalRequest, StatusLocalRequest__Output as _ipfscluster_cluster_v1_StatusLocalRequest__Output } from '../../../ipfscluster/cluster/v1/StatusLocalRequest.js';
import type { StatusLocalResponse as _ipfscluster_cluster_v1_StatusLocalResponse, StatusLocalResponse__Output as _ipfscluster_cluster_v1_StatusLocalResponse__Output } from '../../../ipfscluster/cluster/v1/StatusLocalResponse.js';
import type { StatusRequest as _ipfscluster_cluster_v1_StatusRequest, StatusRequest__Output as _ipfscluster_cluster_v1_StatusRequest__Output } from '../../../ipfscluster/cluster/v1/StatusRequest.js';
import type { StatusResponse as _ipfscluster_cluster_v1_StatusResponse, StatusResponse__Output as _ipfscluster_cluster_v1_StatusResponse__Output } from '../../../ipfscluster/cluster/v1/StatusResponse.js';
import type { SyncAllLocalRequest as _ipfscluster_cluster_v1_SyncAllLocalRequest, SyncAllLocalRequest__Output as _ipfscluster_cluster_v1_SyncAllLocalRequest__Output } from '../../../ipfscluster/cluster/v1/SyncAllLocalRequest.js';
import type { SyncAllLocalResponse as _ipfscluster_cluster_v1_SyncAllLocalResponse, SyncAllLocalResponse__Output as _ipfscluster_cluster_v1_SyncAllLocalResponse__Output } from '../../../ipfscluster/cluster/v1/SyncAllLocalResponse.js';
import type { SyncLocalRequest as _ipfscluster_cluster_v1_SyncLocalRequest, SyncLocalRequest__Output as _ipfscluster_cluster_v1_SyncLocalRequest__Output } from '../../../ipfscluster/cluster/v1/SyncLocalRequest.js';
import type { SyncLocalResponse as _ipfscluster_cluster_v1_SyncLocalResponse, SyncLocalResponse__Output as _ipfscluster_cluster_v1_SyncLocalResponse__Output } from '../../../ipfscluster/cluster/v1/SyncLocalResponse.js';
import type { UnpinPathRequest as _ipfscluster_cluster_v1_UnpinPathRequest, UnpinPathRequest__Output as _ipfscluster_cluster_v1_UnpinPathRequest__Output } from '../../../ipfscluster/cluster/v1/UnpinPathRequest.js';
import type { UnpinPathResponse as _ipfscluster_cluster_v1_UnpinPathResponse, UnpinPathResponse__Output as _ipfscluster_cluster_v1_UnpinPathResponse__Output } from '../../../ipfscluster/cluster/v1/UnpinPathResponse.js';
import type { UnpinRequest as _ipfscluster_cluster_v1_UnpinRequest, UnpinRequest__Output as _ipfscluster_cluster_v1_UnpinRequest__Output } from '../../../ipfscluster/cluster/v1/UnpinRequest.js';
import type { UnpinResponse as _ipfscluster_cluster_v1_UnpinResponse, UnpinResponse__Output as _ipfscluster_cluster_v1_UnpinResponse__Output } from '../../../ipfscluster/cluster/v1/UnpinResponse.js';
import type { VersionRequest as _ipfscluster_cluster_v1_VersionRequest, VersionRequest__Output as _ipfscluster_cluster_v1_VersionRequest__Output } from '../../../ipfscluster/cluster/v1/VersionRequest.js';
import type { VersionResponse as _ipfscluster_cluster_v1_VersionResponse, VersionResponse__Output as _ipfscluster_cluster_v1_VersionResponse__Output } from '../../../ipfscluster/cluster/v1/VersionResponse.js';

/**
 * Cluster core: pins, status, peers.
 */
export interface ClusterClient extends grpc.Client {
  /**
   * Recent alerts of the local monitor (REST /health/alerts).
   */
  Alerts(argument: _ipfscluster_cluster_v1_AlertsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_AlertsResponse__Output>): grpc.ClientUnaryCall;
  Alerts(argument: _ipfscluster_cluster_v1_AlertsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_AlertsResponse__Output>): grpc.ClientUnaryCall;
  Alerts(argument: _ipfscluster_cluster_v1_AlertsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_AlertsResponse__Output>): grpc.ClientUnaryCall;
  Alerts(argument: _ipfscluster_cluster_v1_AlertsRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_AlertsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Recent alerts of the local monitor (REST /health/alerts).
   */
  alerts(argument: _ipfscluster_cluster_v1_AlertsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_AlertsResponse__Output>): grpc.ClientUnaryCall;
  alerts(argument: _ipfscluster_cluster_v1_AlertsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_AlertsResponse__Output>): grpc.ClientUnaryCall;
  alerts(argument: _ipfscluster_cluster_v1_AlertsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_AlertsResponse__Output>): grpc.ClientUnaryCall;
  alerts(argument: _ipfscluster_cluster_v1_AlertsRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_AlertsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Peers that must receive the blocks of an add (allocation, §4; all peers
   * with a valid ping metric when replication is -1).
   */
  BlockAllocate(argument: _ipfscluster_cluster_v1_BlockAllocateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_BlockAllocateResponse__Output>): grpc.ClientUnaryCall;
  BlockAllocate(argument: _ipfscluster_cluster_v1_BlockAllocateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_BlockAllocateResponse__Output>): grpc.ClientUnaryCall;
  BlockAllocate(argument: _ipfscluster_cluster_v1_BlockAllocateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_BlockAllocateResponse__Output>): grpc.ClientUnaryCall;
  BlockAllocate(argument: _ipfscluster_cluster_v1_BlockAllocateRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_BlockAllocateResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Peers that must receive the blocks of an add (allocation, §4; all peers
   * with a valid ping metric when replication is -1).
   */
  blockAllocate(argument: _ipfscluster_cluster_v1_BlockAllocateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_BlockAllocateResponse__Output>): grpc.ClientUnaryCall;
  blockAllocate(argument: _ipfscluster_cluster_v1_BlockAllocateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_BlockAllocateResponse__Output>): grpc.ClientUnaryCall;
  blockAllocate(argument: _ipfscluster_cluster_v1_BlockAllocateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_BlockAllocateResponse__Output>): grpc.ClientUnaryCall;
  blockAllocate(argument: _ipfscluster_cluster_v1_BlockAllocateRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_BlockAllocateResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * This peer's ID (REST /id). Called remotely for /peers and by the join
   * flow (step 6).
   */
  ID(argument: _ipfscluster_cluster_v1_IDRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  ID(argument: _ipfscluster_cluster_v1_IDRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  ID(argument: _ipfscluster_cluster_v1_IDRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  ID(argument: _ipfscluster_cluster_v1_IDRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  /**
   * This peer's ID (REST /id). Called remotely for /peers and by the join
   * flow (step 6).
   */
  id(argument: _ipfscluster_cluster_v1_IDRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  id(argument: _ipfscluster_cluster_v1_IDRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  id(argument: _ipfscluster_cluster_v1_IDRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  id(argument: _ipfscluster_cluster_v1_IDRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Joins a cluster through a bootstrap address (§9.2, on the new peer).
   */
  Join(argument: _ipfscluster_cluster_v1_JoinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_JoinResponse__Output>): grpc.ClientUnaryCall;
  Join(argument: _ipfscluster_cluster_v1_JoinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_JoinResponse__Output>): grpc.ClientUnaryCall;
  Join(argument: _ipfscluster_cluster_v1_JoinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_JoinResponse__Output>): grpc.ClientUnaryCall;
  Join(argument: _ipfscluster_cluster_v1_JoinRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_JoinResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Joins a cluster through a bootstrap address (§9.2, on the new peer).
   */
  join(argument: _ipfscluster_cluster_v1_JoinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_JoinResponse__Output>): grpc.ClientUnaryCall;
  join(argument: _ipfscluster_cluster_v1_JoinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_JoinResponse__Output>): grpc.ClientUnaryCall;
  join(argument: _ipfscluster_cluster_v1_JoinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_JoinResponse__Output>): grpc.ClientUnaryCall;
  join(argument: _ipfscluster_cluster_v1_JoinRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_JoinResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Adds a peer to the cluster (join flow on the existing peer, §9.2 steps
   * 2–6, or POST /peers §9.3). Returns the new peer's ID.
   */
  PeerAdd(argument: _ipfscluster_cluster_v1_PeerAddRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerAddResponse__Output>): grpc.ClientUnaryCall;
  PeerAdd(argument: _ipfscluster_cluster_v1_PeerAddRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerAddResponse__Output>): grpc.ClientUnaryCall;
  PeerAdd(argument: _ipfscluster_cluster_v1_PeerAddRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerAddResponse__Output>): grpc.ClientUnaryCall;
  PeerAdd(argument: _ipfscluster_cluster_v1_PeerAddRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerAddResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Adds a peer to the cluster (join flow on the existing peer, §9.2 steps
   * 2–6, or POST /peers §9.3). Returns the new peer's ID.
   */
  peerAdd(argument: _ipfscluster_cluster_v1_PeerAddRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerAddResponse__Output>): grpc.ClientUnaryCall;
  peerAdd(argument: _ipfscluster_cluster_v1_PeerAddRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerAddResponse__Output>): grpc.ClientUnaryCall;
  peerAdd(argument: _ipfscluster_cluster_v1_PeerAddRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerAddResponse__Output>): grpc.ClientUnaryCall;
  peerAdd(argument: _ipfscluster_cluster_v1_PeerAddRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerAddResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Re-allocates the peer's pins (unless disable_repinning), then removes it
   * from consensus (§9.3). NotFoundError "peer <id> is not a cluster peer".
   */
  PeerRemove(argument: _ipfscluster_cluster_v1_PeerRemoveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerRemoveResponse__Output>): grpc.ClientUnaryCall;
  PeerRemove(argument: _ipfscluster_cluster_v1_PeerRemoveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerRemoveResponse__Output>): grpc.ClientUnaryCall;
  PeerRemove(argument: _ipfscluster_cluster_v1_PeerRemoveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerRemoveResponse__Output>): grpc.ClientUnaryCall;
  PeerRemove(argument: _ipfscluster_cluster_v1_PeerRemoveRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerRemoveResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Re-allocates the peer's pins (unless disable_repinning), then removes it
   * from consensus (§9.3). NotFoundError "peer <id> is not a cluster peer".
   */
  peerRemove(argument: _ipfscluster_cluster_v1_PeerRemoveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerRemoveResponse__Output>): grpc.ClientUnaryCall;
  peerRemove(argument: _ipfscluster_cluster_v1_PeerRemoveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerRemoveResponse__Output>): grpc.ClientUnaryCall;
  peerRemove(argument: _ipfscluster_cluster_v1_PeerRemoveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerRemoveResponse__Output>): grpc.ClientUnaryCall;
  peerRemove(argument: _ipfscluster_cluster_v1_PeerRemoveRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PeerRemoveResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * `ID` of every consensus peer, self included; an unreachable peer yields
   * an ID with only `id` and `error` set.
   */
  Peers(argument: _ipfscluster_cluster_v1_PeersRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_PeersResponse__Output>;
  Peers(argument: _ipfscluster_cluster_v1_PeersRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_PeersResponse__Output>;
  /**
   * `ID` of every consensus peer, self included; an unreachable peer yields
   * an ID with only `id` and `error` set.
   */
  peers(argument: _ipfscluster_cluster_v1_PeersRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_PeersResponse__Output>;
  peers(argument: _ipfscluster_cluster_v1_PeersRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_PeersResponse__Output>;
  
  /**
   * Validates, allocates and commits a pin (§3.1). Returns the pin as
   * submitted to consensus.
   */
  Pin(argument: _ipfscluster_cluster_v1_PinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinResponse__Output>): grpc.ClientUnaryCall;
  Pin(argument: _ipfscluster_cluster_v1_PinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinResponse__Output>): grpc.ClientUnaryCall;
  Pin(argument: _ipfscluster_cluster_v1_PinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinResponse__Output>): grpc.ClientUnaryCall;
  Pin(argument: _ipfscluster_cluster_v1_PinRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Validates, allocates and commits a pin (§3.1). Returns the pin as
   * submitted to consensus.
   */
  pin(argument: _ipfscluster_cluster_v1_PinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinResponse__Output>): grpc.ClientUnaryCall;
  pin(argument: _ipfscluster_cluster_v1_PinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinResponse__Output>): grpc.ClientUnaryCall;
  pin(argument: _ipfscluster_cluster_v1_PinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinResponse__Output>): grpc.ClientUnaryCall;
  pin(argument: _ipfscluster_cluster_v1_PinRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * One pin of the pinset. NotFoundError "pin is not part of the pinset".
   */
  PinGet(argument: _ipfscluster_cluster_v1_PinGetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  PinGet(argument: _ipfscluster_cluster_v1_PinGetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  PinGet(argument: _ipfscluster_cluster_v1_PinGetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  PinGet(argument: _ipfscluster_cluster_v1_PinGetRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  /**
   * One pin of the pinset. NotFoundError "pin is not part of the pinset".
   */
  pinGet(argument: _ipfscluster_cluster_v1_PinGetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  pinGet(argument: _ipfscluster_cluster_v1_PinGetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  pinGet(argument: _ipfscluster_cluster_v1_PinGetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  pinGet(argument: _ipfscluster_cluster_v1_PinGetRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinGetResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Resolves an IPFS path through the connector, then pins the CID (§3.4).
   */
  PinPath(argument: _ipfscluster_cluster_v1_PinPathRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinPathResponse__Output>): grpc.ClientUnaryCall;
  PinPath(argument: _ipfscluster_cluster_v1_PinPathRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinPathResponse__Output>): grpc.ClientUnaryCall;
  PinPath(argument: _ipfscluster_cluster_v1_PinPathRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinPathResponse__Output>): grpc.ClientUnaryCall;
  PinPath(argument: _ipfscluster_cluster_v1_PinPathRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinPathResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Resolves an IPFS path through the connector, then pins the CID (§3.4).
   */
  pinPath(argument: _ipfscluster_cluster_v1_PinPathRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinPathResponse__Output>): grpc.ClientUnaryCall;
  pinPath(argument: _ipfscluster_cluster_v1_PinPathRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinPathResponse__Output>): grpc.ClientUnaryCall;
  pinPath(argument: _ipfscluster_cluster_v1_PinPathRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinPathResponse__Output>): grpc.ClientUnaryCall;
  pinPath(argument: _ipfscluster_cluster_v1_PinPathRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_PinPathResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The shared pinset (local consensus state), CID byte order.
   */
  Pins(argument: _ipfscluster_cluster_v1_PinsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_PinsResponse__Output>;
  Pins(argument: _ipfscluster_cluster_v1_PinsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_PinsResponse__Output>;
  /**
   * The shared pinset (local consensus state), CID byte order.
   */
  pins(argument: _ipfscluster_cluster_v1_PinsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_PinsResponse__Output>;
  pins(argument: _ipfscluster_cluster_v1_PinsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_PinsResponse__Output>;
  
  /**
   * RecoverLocal of one CID on every consensus peer; merged result.
   */
  Recover(argument: _ipfscluster_cluster_v1_RecoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverResponse__Output>): grpc.ClientUnaryCall;
  Recover(argument: _ipfscluster_cluster_v1_RecoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverResponse__Output>): grpc.ClientUnaryCall;
  Recover(argument: _ipfscluster_cluster_v1_RecoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverResponse__Output>): grpc.ClientUnaryCall;
  Recover(argument: _ipfscluster_cluster_v1_RecoverRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverResponse__Output>): grpc.ClientUnaryCall;
  /**
   * RecoverLocal of one CID on every consensus peer; merged result.
   */
  recover(argument: _ipfscluster_cluster_v1_RecoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverResponse__Output>): grpc.ClientUnaryCall;
  recover(argument: _ipfscluster_cluster_v1_RecoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverResponse__Output>): grpc.ClientUnaryCall;
  recover(argument: _ipfscluster_cluster_v1_RecoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverResponse__Output>): grpc.ClientUnaryCall;
  recover(argument: _ipfscluster_cluster_v1_RecoverRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * RecoverAllLocal on every consensus peer; merged results.
   */
  RecoverAll(argument: _ipfscluster_cluster_v1_RecoverAllRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_RecoverAllResponse__Output>;
  RecoverAll(argument: _ipfscluster_cluster_v1_RecoverAllRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_RecoverAllResponse__Output>;
  /**
   * RecoverAllLocal on every consensus peer; merged results.
   */
  recoverAll(argument: _ipfscluster_cluster_v1_RecoverAllRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_RecoverAllResponse__Output>;
  recoverAll(argument: _ipfscluster_cluster_v1_RecoverAllRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_RecoverAllResponse__Output>;
  
  /**
   * RecoverLocal for every item; never stops at the first error.
   */
  RecoverAllLocal(argument: _ipfscluster_cluster_v1_RecoverAllLocalRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_RecoverAllLocalResponse__Output>;
  RecoverAllLocal(argument: _ipfscluster_cluster_v1_RecoverAllLocalRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_RecoverAllLocalResponse__Output>;
  /**
   * RecoverLocal for every item; never stops at the first error.
   */
  recoverAllLocal(argument: _ipfscluster_cluster_v1_RecoverAllLocalRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_RecoverAllLocalResponse__Output>;
  recoverAllLocal(argument: _ipfscluster_cluster_v1_RecoverAllLocalRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_RecoverAllLocalResponse__Output>;
  
  /**
   * Re-queues a failed pin/unpin of one CID here (§7.4).
   */
  RecoverLocal(argument: _ipfscluster_cluster_v1_RecoverLocalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverLocalResponse__Output>): grpc.ClientUnaryCall;
  RecoverLocal(argument: _ipfscluster_cluster_v1_RecoverLocalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverLocalResponse__Output>): grpc.ClientUnaryCall;
  RecoverLocal(argument: _ipfscluster_cluster_v1_RecoverLocalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverLocalResponse__Output>): grpc.ClientUnaryCall;
  RecoverLocal(argument: _ipfscluster_cluster_v1_RecoverLocalRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverLocalResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Re-queues a failed pin/unpin of one CID here (§7.4).
   */
  recoverLocal(argument: _ipfscluster_cluster_v1_RecoverLocalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverLocalResponse__Output>): grpc.ClientUnaryCall;
  recoverLocal(argument: _ipfscluster_cluster_v1_RecoverLocalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverLocalResponse__Output>): grpc.ClientUnaryCall;
  recoverLocal(argument: _ipfscluster_cluster_v1_RecoverLocalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverLocalResponse__Output>): grpc.ClientUnaryCall;
  recoverLocal(argument: _ipfscluster_cluster_v1_RecoverLocalRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RecoverLocalResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * IPFS repo usage summed over all consensus peers (proxy `repo/stat`);
   * peers that fail are skipped and logged.
   */
  RepoStat(argument: _ipfscluster_cluster_v1_RepoStatRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  RepoStat(argument: _ipfscluster_cluster_v1_RepoStatRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  RepoStat(argument: _ipfscluster_cluster_v1_RepoStatRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  RepoStat(argument: _ipfscluster_cluster_v1_RepoStatRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  /**
   * IPFS repo usage summed over all consensus peers (proxy `repo/stat`);
   * peers that fail are skipped and logged.
   */
  repoStat(argument: _ipfscluster_cluster_v1_RepoStatRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  repoStat(argument: _ipfscluster_cluster_v1_RepoStatRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  repoStat(argument: _ipfscluster_cluster_v1_RepoStatRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  repoStat(argument: _ipfscluster_cluster_v1_RepoStatRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Pushes every informer metric to all consensus peers now.
   */
  SendInformerMetrics(argument: _ipfscluster_cluster_v1_SendInformerMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SendInformerMetricsResponse__Output>): grpc.ClientUnaryCall;
  SendInformerMetrics(argument: _ipfscluster_cluster_v1_SendInformerMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SendInformerMetricsResponse__Output>): grpc.ClientUnaryCall;
  SendInformerMetrics(argument: _ipfscluster_cluster_v1_SendInformerMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SendInformerMetricsResponse__Output>): grpc.ClientUnaryCall;
  SendInformerMetrics(argument: _ipfscluster_cluster_v1_SendInformerMetricsRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SendInformerMetricsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Pushes every informer metric to all consensus peers now.
   */
  sendInformerMetrics(argument: _ipfscluster_cluster_v1_SendInformerMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SendInformerMetricsResponse__Output>): grpc.ClientUnaryCall;
  sendInformerMetrics(argument: _ipfscluster_cluster_v1_SendInformerMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SendInformerMetricsResponse__Output>): grpc.ClientUnaryCall;
  sendInformerMetrics(argument: _ipfscluster_cluster_v1_SendInformerMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SendInformerMetricsResponse__Output>): grpc.ClientUnaryCall;
  sendInformerMetrics(argument: _ipfscluster_cluster_v1_SendInformerMetricsRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SendInformerMetricsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Reconciles the tracker with the shared state now (§7.5).
   */
  StateSync(argument: _ipfscluster_cluster_v1_StateSyncRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StateSyncResponse__Output>): grpc.ClientUnaryCall;
  StateSync(argument: _ipfscluster_cluster_v1_StateSyncRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StateSyncResponse__Output>): grpc.ClientUnaryCall;
  StateSync(argument: _ipfscluster_cluster_v1_StateSyncRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StateSyncResponse__Output>): grpc.ClientUnaryCall;
  StateSync(argument: _ipfscluster_cluster_v1_StateSyncRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StateSyncResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Reconciles the tracker with the shared state now (§7.5).
   */
  stateSync(argument: _ipfscluster_cluster_v1_StateSyncRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StateSyncResponse__Output>): grpc.ClientUnaryCall;
  stateSync(argument: _ipfscluster_cluster_v1_StateSyncRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StateSyncResponse__Output>): grpc.ClientUnaryCall;
  stateSync(argument: _ipfscluster_cluster_v1_StateSyncRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StateSyncResponse__Output>): grpc.ClientUnaryCall;
  stateSync(argument: _ipfscluster_cluster_v1_StateSyncRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StateSyncResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Global status of one CID, merged over all consensus peers (§8). A CID
   * not in the pinset is `unpinned` on every peer.
   */
  Status(argument: _ipfscluster_cluster_v1_StatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _ipfscluster_cluster_v1_StatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _ipfscluster_cluster_v1_StatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  Status(argument: _ipfscluster_cluster_v1_StatusRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Global status of one CID, merged over all consensus peers (§8). A CID
   * not in the pinset is `unpinned` on every peer.
   */
  status(argument: _ipfscluster_cluster_v1_StatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _ipfscluster_cluster_v1_StatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _ipfscluster_cluster_v1_StatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  status(argument: _ipfscluster_cluster_v1_StatusRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Global status of every pin, as merged.
   */
  StatusAll(argument: _ipfscluster_cluster_v1_StatusAllRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_StatusAllResponse__Output>;
  StatusAll(argument: _ipfscluster_cluster_v1_StatusAllRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_StatusAllResponse__Output>;
  /**
   * Global status of every pin, as merged.
   */
  statusAll(argument: _ipfscluster_cluster_v1_StatusAllRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_StatusAllResponse__Output>;
  statusAll(argument: _ipfscluster_cluster_v1_StatusAllRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_StatusAllResponse__Output>;
  
  /**
   * This peer's tracker status of every item.
   */
  StatusAllLocal(argument: _ipfscluster_cluster_v1_StatusAllLocalRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_StatusAllLocalResponse__Output>;
  StatusAllLocal(argument: _ipfscluster_cluster_v1_StatusAllLocalRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_StatusAllLocalResponse__Output>;
  /**
   * This peer's tracker status of every item.
   */
  statusAllLocal(argument: _ipfscluster_cluster_v1_StatusAllLocalRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_StatusAllLocalResponse__Output>;
  statusAllLocal(argument: _ipfscluster_cluster_v1_StatusAllLocalRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_StatusAllLocalResponse__Output>;
  
  /**
   * This peer's tracker status of one CID.
   */
  StatusLocal(argument: _ipfscluster_cluster_v1_StatusLocalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusLocalResponse__Output>): grpc.ClientUnaryCall;
  StatusLocal(argument: _ipfscluster_cluster_v1_StatusLocalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusLocalResponse__Output>): grpc.ClientUnaryCall;
  StatusLocal(argument: _ipfscluster_cluster_v1_StatusLocalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusLocalResponse__Output>): grpc.ClientUnaryCall;
  StatusLocal(argument: _ipfscluster_cluster_v1_StatusLocalRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusLocalResponse__Output>): grpc.ClientUnaryCall;
  /**
   * This peer's tracker status of one CID.
   */
  statusLocal(argument: _ipfscluster_cluster_v1_StatusLocalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusLocalResponse__Output>): grpc.ClientUnaryCall;
  statusLocal(argument: _ipfscluster_cluster_v1_StatusLocalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusLocalResponse__Output>): grpc.ClientUnaryCall;
  statusLocal(argument: _ipfscluster_cluster_v1_StatusLocalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusLocalResponse__Output>): grpc.ClientUnaryCall;
  statusLocal(argument: _ipfscluster_cluster_v1_StatusLocalRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_StatusLocalResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * IPFS sync of every item; streams the items whose status changed.
   */
  SyncAllLocal(argument: _ipfscluster_cluster_v1_SyncAllLocalRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_SyncAllLocalResponse__Output>;
  SyncAllLocal(argument: _ipfscluster_cluster_v1_SyncAllLocalRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_SyncAllLocalResponse__Output>;
  /**
   * IPFS sync of every item; streams the items whose status changed.
   */
  syncAllLocal(argument: _ipfscluster_cluster_v1_SyncAllLocalRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_SyncAllLocalResponse__Output>;
  syncAllLocal(argument: _ipfscluster_cluster_v1_SyncAllLocalRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_cluster_v1_SyncAllLocalResponse__Output>;
  
  /**
   * IPFS sync of one CID (§7.3); returns its status afterwards.
   */
  SyncLocal(argument: _ipfscluster_cluster_v1_SyncLocalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SyncLocalResponse__Output>): grpc.ClientUnaryCall;
  SyncLocal(argument: _ipfscluster_cluster_v1_SyncLocalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SyncLocalResponse__Output>): grpc.ClientUnaryCall;
  SyncLocal(argument: _ipfscluster_cluster_v1_SyncLocalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SyncLocalResponse__Output>): grpc.ClientUnaryCall;
  SyncLocal(argument: _ipfscluster_cluster_v1_SyncLocalRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SyncLocalResponse__Output>): grpc.ClientUnaryCall;
  /**
   * IPFS sync of one CID (§7.3); returns its status afterwards.
   */
  syncLocal(argument: _ipfscluster_cluster_v1_SyncLocalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SyncLocalResponse__Output>): grpc.ClientUnaryCall;
  syncLocal(argument: _ipfscluster_cluster_v1_SyncLocalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SyncLocalResponse__Output>): grpc.ClientUnaryCall;
  syncLocal(argument: _ipfscluster_cluster_v1_SyncLocalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SyncLocalResponse__Output>): grpc.ClientUnaryCall;
  syncLocal(argument: _ipfscluster_cluster_v1_SyncLocalRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_SyncLocalResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Unpins a CID (§3.2). Returns the pin as it was stored. NotFoundError
   * "pin is not part of the pinset".
   */
  Unpin(argument: _ipfscluster_cluster_v1_UnpinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  Unpin(argument: _ipfscluster_cluster_v1_UnpinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  Unpin(argument: _ipfscluster_cluster_v1_UnpinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  Unpin(argument: _ipfscluster_cluster_v1_UnpinRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Unpins a CID (§3.2). Returns the pin as it was stored. NotFoundError
   * "pin is not part of the pinset".
   */
  unpin(argument: _ipfscluster_cluster_v1_UnpinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  unpin(argument: _ipfscluster_cluster_v1_UnpinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  unpin(argument: _ipfscluster_cluster_v1_UnpinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  unpin(argument: _ipfscluster_cluster_v1_UnpinRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Resolves an IPFS path, then unpins the CID (§3.4).
   */
  UnpinPath(argument: _ipfscluster_cluster_v1_UnpinPathRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinPathResponse__Output>): grpc.ClientUnaryCall;
  UnpinPath(argument: _ipfscluster_cluster_v1_UnpinPathRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinPathResponse__Output>): grpc.ClientUnaryCall;
  UnpinPath(argument: _ipfscluster_cluster_v1_UnpinPathRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinPathResponse__Output>): grpc.ClientUnaryCall;
  UnpinPath(argument: _ipfscluster_cluster_v1_UnpinPathRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinPathResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Resolves an IPFS path, then unpins the CID (§3.4).
   */
  unpinPath(argument: _ipfscluster_cluster_v1_UnpinPathRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinPathResponse__Output>): grpc.ClientUnaryCall;
  unpinPath(argument: _ipfscluster_cluster_v1_UnpinPathRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinPathResponse__Output>): grpc.ClientUnaryCall;
  unpinPath(argument: _ipfscluster_cluster_v1_UnpinPathRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinPathResponse__Output>): grpc.ClientUnaryCall;
  unpinPath(argument: _ipfscluster_cluster_v1_UnpinPathRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_UnpinPathResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Project version.
   */
  Version(argument: _ipfscluster_cluster_v1_VersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  Version(argument: _ipfscluster_cluster_v1_VersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  Version(argument: _ipfscluster_cluster_v1_VersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  Version(argument: _ipfscluster_cluster_v1_VersionRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Project version.
   */
  version(argument: _ipfscluster_cluster_v1_VersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  version(argument: _ipfscluster_cluster_v1_VersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_cluster_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  version(argument: _ipfscluster_cluster_v1_VersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_cluster_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  version(argument: _ipfscluster_cluster_v1_VersionRequest, callback: grpc.requestCallback<_ipfscluster_cluster_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Cluster core: pins, status, peers.
 */
export interface ClusterHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Recent alerts of the local monitor (REST /health/alerts).
   */
  Alerts: grpc.handleUnaryCall<_ipfscluster_cluster_v1_AlertsRequest__Output, _ipfscluster_cluster_v1_AlertsResponse>;
  
  /**
   * Peers that must receive the blocks of an add (allocation, §4; all peers
   * with a valid ping metric when replication is -1).
   */
  BlockAllocate: grpc.handleUnaryCall<_ipfscluster_cluster_v1_BlockAllocateRequest__Output, _ipfscluster_cluster_v1_BlockAllocateResponse>;
  
  /**
   * This peer's ID (REST /id). Called remotely for /peers and by the join
   * flow (step 6).
   */
  ID: grpc.handleUnaryCall<_ipfscluster_cluster_v1_IDRequest__Output, _ipfscluster_cluster_v1_IDResponse>;
  
  /**
   * Joins a cluster through a bootstrap address (§9.2, on the new peer).
   */
  Join: grpc.handleUnaryCall<_ipfscluster_cluster_v1_JoinRequest__Output, _ipfscluster_cluster_v1_JoinResponse>;
  
  /**
   * Adds a peer to the cluster (join flow on the existing peer, §9.2 steps
   * 2–6, or POST /peers §9.3). Returns the new peer's ID.
   */
  PeerAdd: grpc.handleUnaryCall<_ipfscluster_cluster_v1_PeerAddRequest__Output, _ipfscluster_cluster_v1_PeerAddResponse>;
  
  /**
   * Re-allocates the peer's pins (unless disable_repinning), then removes it
   * from consensus (§9.3). NotFoundError "peer <id> is not a cluster peer".
   */
  PeerRemove: grpc.handleUnaryCall<_ipfscluster_cluster_v1_PeerRemoveRequest__Output, _ipfscluster_cluster_v1_PeerRemoveResponse>;
  
  /**
   * `ID` of every consensus peer, self included; an unreachable peer yields
   * an ID with only `id` and `error` set.
   */
  Peers: grpc.handleServerStreamingCall<_ipfscluster_cluster_v1_PeersRequest__Output, _ipfscluster_cluster_v1_PeersResponse>;
  
  /**
   * Validates, allocates and commits a pin (§3.1). Returns the pin as
   * submitted to consensus.
   */
  Pin: grpc.handleUnaryCall<_ipfscluster_cluster_v1_PinRequest__Output, _ipfscluster_cluster_v1_PinResponse>;
  
  /**
   * One pin of the pinset. NotFoundError "pin is not part of the pinset".
   */
  PinGet: grpc.handleUnaryCall<_ipfscluster_cluster_v1_PinGetRequest__Output, _ipfscluster_cluster_v1_PinGetResponse>;
  
  /**
   * Resolves an IPFS path through the connector, then pins the CID (§3.4).
   */
  PinPath: grpc.handleUnaryCall<_ipfscluster_cluster_v1_PinPathRequest__Output, _ipfscluster_cluster_v1_PinPathResponse>;
  
  /**
   * The shared pinset (local consensus state), CID byte order.
   */
  Pins: grpc.handleServerStreamingCall<_ipfscluster_cluster_v1_PinsRequest__Output, _ipfscluster_cluster_v1_PinsResponse>;
  
  /**
   * RecoverLocal of one CID on every consensus peer; merged result.
   */
  Recover: grpc.handleUnaryCall<_ipfscluster_cluster_v1_RecoverRequest__Output, _ipfscluster_cluster_v1_RecoverResponse>;
  
  /**
   * RecoverAllLocal on every consensus peer; merged results.
   */
  RecoverAll: grpc.handleServerStreamingCall<_ipfscluster_cluster_v1_RecoverAllRequest__Output, _ipfscluster_cluster_v1_RecoverAllResponse>;
  
  /**
   * RecoverLocal for every item; never stops at the first error.
   */
  RecoverAllLocal: grpc.handleServerStreamingCall<_ipfscluster_cluster_v1_RecoverAllLocalRequest__Output, _ipfscluster_cluster_v1_RecoverAllLocalResponse>;
  
  /**
   * Re-queues a failed pin/unpin of one CID here (§7.4).
   */
  RecoverLocal: grpc.handleUnaryCall<_ipfscluster_cluster_v1_RecoverLocalRequest__Output, _ipfscluster_cluster_v1_RecoverLocalResponse>;
  
  /**
   * IPFS repo usage summed over all consensus peers (proxy `repo/stat`);
   * peers that fail are skipped and logged.
   */
  RepoStat: grpc.handleUnaryCall<_ipfscluster_cluster_v1_RepoStatRequest__Output, _ipfscluster_cluster_v1_RepoStatResponse>;
  
  /**
   * Pushes every informer metric to all consensus peers now.
   */
  SendInformerMetrics: grpc.handleUnaryCall<_ipfscluster_cluster_v1_SendInformerMetricsRequest__Output, _ipfscluster_cluster_v1_SendInformerMetricsResponse>;
  
  /**
   * Reconciles the tracker with the shared state now (§7.5).
   */
  StateSync: grpc.handleUnaryCall<_ipfscluster_cluster_v1_StateSyncRequest__Output, _ipfscluster_cluster_v1_StateSyncResponse>;
  
  /**
   * Global status of one CID, merged over all consensus peers (§8). A CID
   * not in the pinset is `unpinned` on every peer.
   */
  Status: grpc.handleUnaryCall<_ipfscluster_cluster_v1_StatusRequest__Output, _ipfscluster_cluster_v1_StatusResponse>;
  
  /**
   * Global status of every pin, as merged.
   */
  StatusAll: grpc.handleServerStreamingCall<_ipfscluster_cluster_v1_StatusAllRequest__Output, _ipfscluster_cluster_v1_StatusAllResponse>;
  
  /**
   * This peer's tracker status of every item.
   */
  StatusAllLocal: grpc.handleServerStreamingCall<_ipfscluster_cluster_v1_StatusAllLocalRequest__Output, _ipfscluster_cluster_v1_StatusAllLocalResponse>;
  
  /**
   * This peer's tracker status of one CID.
   */
  StatusLocal: grpc.handleUnaryCall<_ipfscluster_cluster_v1_StatusLocalRequest__Output, _ipfscluster_cluster_v1_StatusLocalResponse>;
  
  /**
   * IPFS sync of every item; streams the items whose status changed.
   */
  SyncAllLocal: grpc.handleServerStreamingCall<_ipfscluster_cluster_v1_SyncAllLocalRequest__Output, _ipfscluster_cluster_v1_SyncAllLocalResponse>;
  
  /**
   * IPFS sync of one CID (§7.3); returns its status afterwards.
   */
  SyncLocal: grpc.handleUnaryCall<_ipfscluster_cluster_v1_SyncLocalRequest__Output, _ipfscluster_cluster_v1_SyncLocalResponse>;
  
  /**
   * Unpins a CID (§3.2). Returns the pin as it was stored. NotFoundError
   * "pin is not part of the pinset".
   */
  Unpin: grpc.handleUnaryCall<_ipfscluster_cluster_v1_UnpinRequest__Output, _ipfscluster_cluster_v1_UnpinResponse>;
  
  /**
   * Resolves an IPFS path, then unpins the CID (§3.4).
   */
  UnpinPath: grpc.handleUnaryCall<_ipfscluster_cluster_v1_UnpinPathRequest__Output, _ipfscluster_cluster_v1_UnpinPathResponse>;
  
  /**
   * Project version.
   */
  Version: grpc.handleUnaryCall<_ipfscluster_cluster_v1_VersionRequest__Output, _ipfscluster_cluster_v1_VersionResponse>;
  
}

export interface ClusterDefinition extends grpc.ServiceDefinition {
  Alerts: MethodDefinition<_ipfscluster_cluster_v1_AlertsRequest, _ipfscluster_cluster_v1_AlertsResponse, _ipfscluster_cluster_v1_AlertsRequest__Output, _ipfscluster_cluster_v1_AlertsResponse__Output>
  BlockAllocate: MethodDefinition<_ipfscluster_cluster_v1_BlockAllocateRequest, _ipfscluster_cluster_v1_BlockAllocateResponse, _ipfscluster_cluster_v1_BlockAllocateRequest__Output, _ipfscluster_cluster_v1_BlockAllocateResponse__Output>
  ID: MethodDefinition<_ipfscluster_cluster_v1_IDRequest, _ipfscluster_cluster_v1_IDResponse, _ipfscluster_cluster_v1_IDRequest__Output, _ipfscluster_cluster_v1_IDResponse__Output>
  Join: MethodDefinition<_ipfscluster_cluster_v1_JoinRequest, _ipfscluster_cluster_v1_JoinResponse, _ipfscluster_cluster_v1_JoinRequest__Output, _ipfscluster_cluster_v1_JoinResponse__Output>
  PeerAdd: MethodDefinition<_ipfscluster_cluster_v1_PeerAddRequest, _ipfscluster_cluster_v1_PeerAddResponse, _ipfscluster_cluster_v1_PeerAddRequest__Output, _ipfscluster_cluster_v1_PeerAddResponse__Output>
  PeerRemove: MethodDefinition<_ipfscluster_cluster_v1_PeerRemoveRequest, _ipfscluster_cluster_v1_PeerRemoveResponse, _ipfscluster_cluster_v1_PeerRemoveRequest__Output, _ipfscluster_cluster_v1_PeerRemoveResponse__Output>
  Peers: MethodDefinition<_ipfscluster_cluster_v1_PeersRequest, _ipfscluster_cluster_v1_PeersResponse, _ipfscluster_cluster_v1_PeersRequest__Output, _ipfscluster_cluster_v1_PeersResponse__Output>
  Pin: MethodDefinition<_ipfscluster_cluster_v1_PinRequest, _ipfscluster_cluster_v1_PinResponse, _ipfscluster_cluster_v1_PinRequest__Output, _ipfscluster_cluster_v1_PinResponse__Output>
  PinGet: MethodDefinition<_ipfscluster_cluster_v1_PinGetRequest, _ipfscluster_cluster_v1_PinGetResponse, _ipfscluster_cluster_v1_PinGetRequest__Output, _ipfscluster_cluster_v1_PinGetResponse__Output>
  PinPath: MethodDefinition<_ipfscluster_cluster_v1_PinPathRequest, _ipfscluster_cluster_v1_PinPathResponse, _ipfscluster_cluster_v1_PinPathRequest__Output, _ipfscluster_cluster_v1_PinPathResponse__Output>
  Pins: MethodDefinition<_ipfscluster_cluster_v1_PinsRequest, _ipfscluster_cluster_v1_PinsResponse, _ipfscluster_cluster_v1_PinsRequest__Output, _ipfscluster_cluster_v1_PinsResponse__Output>
  Recover: MethodDefinition<_ipfscluster_cluster_v1_RecoverRequest, _ipfscluster_cluster_v1_RecoverResponse, _ipfscluster_cluster_v1_RecoverRequest__Output, _ipfscluster_cluster_v1_RecoverResponse__Output>
  RecoverAll: MethodDefinition<_ipfscluster_cluster_v1_RecoverAllRequest, _ipfscluster_cluster_v1_RecoverAllResponse, _ipfscluster_cluster_v1_RecoverAllRequest__Output, _ipfscluster_cluster_v1_RecoverAllResponse__Output>
  RecoverAllLocal: MethodDefinition<_ipfscluster_cluster_v1_RecoverAllLocalRequest, _ipfscluster_cluster_v1_RecoverAllLocalResponse, _ipfscluster_cluster_v1_RecoverAllLocalRequest__Output, _ipfscluster_cluster_v1_RecoverAllLocalResponse__Output>
  RecoverLocal: MethodDefinition<_ipfscluster_cluster_v1_RecoverLocalRequest, _ipfscluster_cluster_v1_RecoverLocalResponse, _ipfscluster_cluster_v1_RecoverLocalRequest__Output, _ipfscluster_cluster_v1_RecoverLocalResponse__Output>
  RepoStat: MethodDefinition<_ipfscluster_cluster_v1_RepoStatRequest, _ipfscluster_cluster_v1_RepoStatResponse, _ipfscluster_cluster_v1_RepoStatRequest__Output, _ipfscluster_cluster_v1_RepoStatResponse__Output>
  SendInformerMetrics: MethodDefinition<_ipfscluster_cluster_v1_SendInformerMetricsRequest, _ipfscluster_cluster_v1_SendInformerMetricsResponse, _ipfscluster_cluster_v1_SendInformerMetricsRequest__Output, _ipfscluster_cluster_v1_SendInformerMetricsResponse__Output>
  StateSync: MethodDefinition<_ipfscluster_cluster_v1_StateSyncRequest, _ipfscluster_cluster_v1_StateSyncResponse, _ipfscluster_cluster_v1_StateSyncRequest__Output, _ipfscluster_cluster_v1_StateSyncResponse__Output>
  Status: MethodDefinition<_ipfscluster_cluster_v1_StatusRequest, _ipfscluster_cluster_v1_StatusResponse, _ipfscluster_cluster_v1_StatusRequest__Output, _ipfscluster_cluster_v1_StatusResponse__Output>
  StatusAll: MethodDefinition<_ipfscluster_cluster_v1_StatusAllRequest, _ipfscluster_cluster_v1_StatusAllResponse, _ipfscluster_cluster_v1_StatusAllRequest__Output, _ipfscluster_cluster_v1_StatusAllResponse__Output>
  StatusAllLocal: MethodDefinition<_ipfscluster_cluster_v1_StatusAllLocalRequest, _ipfscluster_cluster_v1_StatusAllLocalResponse, _ipfscluster_cluster_v1_StatusAllLocalRequest__Output, _ipfscluster_cluster_v1_StatusAllLocalResponse__Output>
  StatusLocal: MethodDefinition<_ipfscluster_cluster_v1_StatusLocalRequest, _ipfscluster_cluster_v1_StatusLocalResponse, _ipfscluster_cluster_v1_StatusLocalRequest__Output, _ipfscluster_cluster_v1_StatusLocalResponse__Output>
  SyncAllLocal: MethodDefinition<_ipfscluster_cluster_v1_SyncAllLocalRequest, _ipfscluster_cluster_v1_SyncAllLocalResponse, _ipfscluster_cluster_v1_SyncAllLocalRequest__Output, _ipfscluster_cluster_v1_SyncAllLocalResponse__Output>
  SyncLocal: MethodDefinition<_ipfscluster_cluster_v1_SyncLocalRequest, _ipfscluster_cluster_v1_SyncLocalResponse, _ipfscluster_cluster_v1_SyncLocalRequest__Output, _ipfscluster_cluster_v1_SyncLocalResponse__Output>
  Unpin: MethodDefinition<_ipfscluster_cluster_v1_UnpinRequest, _ipfscluster_cluster_v1_UnpinResponse, _ipfscluster_cluster_v1_UnpinRequest__Output, _ipfscluster_cluster_v1_UnpinResponse__Output>
  UnpinPath: MethodDefinition<_ipfscluster_cluster_v1_UnpinPathRequest, _ipfscluster_cluster_v1_UnpinPathResponse, _ipfscluster_cluster_v1_UnpinPathRequest__Output, _ipfscluster_cluster_v1_UnpinPathResponse__Output>
  Version: MethodDefinition<_ipfscluster_cluster_v1_VersionRequest, _ipfscluster_cluster_v1_VersionResponse, _ipfscluster_cluster_v1_VersionRequest__Output, _ipfscluster_cluster_v1_VersionResponse__Output>
}
