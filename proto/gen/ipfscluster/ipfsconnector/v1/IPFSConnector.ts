// Original file: ipfscluster/v1/ipfs_connector.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddRequest as _ipfscluster_ipfsconnector_v1_AddRequest, AddRequest__Output as _ipfscluster_ipfsconnector_v1_AddRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/AddRequest.js';
import type { AddResponse as _ipfscluster_ipfsconnector_v1_AddResponse, AddResponse__Output as _ipfscluster_ipfsconnector_v1_AddResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/AddResponse.js';
import type { BlockGetRequest as _ipfscluster_ipfsconnector_v1_BlockGetRequest, BlockGetRequest__Output as _ipfscluster_ipfsconnector_v1_BlockGetRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/BlockGetRequest.js';
import type { BlockGetResponse as _ipfscluster_ipfsconnector_v1_BlockGetResponse, BlockGetResponse__Output as _ipfscluster_ipfsconnector_v1_BlockGetResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/BlockGetResponse.js';
import type { BlockPutRequest as _ipfscluster_ipfsconnector_v1_BlockPutRequest, BlockPutRequest__Output as _ipfscluster_ipfsconnector_v1_BlockPutRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/BlockPutRequest.js';
import type { BlockPutResponse as _ipfscluster_ipfsconnector_v1_BlockPutResponse, BlockPutResponse__Output as _ipfscluster_ipfsconnector_v1_BlockPutResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/BlockPutResponse.js';
import type { BlockStreamRequest as _ipfscluster_ipfsconnector_v1_BlockStreamRequest, BlockStreamRequest__Output as _ipfscluster_ipfsconnector_v1_BlockStreamRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/BlockStreamRequest.js';
import type { BlockStreamResponse as _ipfscluster_ipfsconnector_v1_BlockStreamResponse, BlockStreamResponse__Output as _ipfscluster_ipfsconnector_v1_BlockStreamResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/BlockStreamResponse.js';
import type { ConfigKeyRequest as _ipfscluster_ipfsconnector_v1_ConfigKeyRequest, ConfigKeyRequest__Output as _ipfscluster_ipfsconnector_v1_ConfigKeyRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/ConfigKeyRequest.js';
import type { ConfigKeyResponse as _ipfscluster_ipfsconnector_v1_ConfigKeyResponse, ConfigKeyResponse__Output as _ipfscluster_ipfsconnector_v1_ConfigKeyResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/ConfigKeyResponse.js';
import type { ConnectSwarmsRequest as _ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest, ConnectSwarmsRequest__Output as _ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/ConnectSwarmsRequest.js';
import type { ConnectSwarmsResponse as _ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse, ConnectSwarmsResponse__Output as _ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/ConnectSwarmsResponse.js';
import type { IDRequest as _ipfscluster_ipfsconnector_v1_IDRequest, IDRequest__Output as _ipfscluster_ipfsconnector_v1_IDRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/IDRequest.js';
import type { IDResponse as _ipfscluster_ipfsconnector_v1_IDResponse, IDResponse__Output as _ipfscluster_ipfsconnector_v1_IDResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/IDResponse.js';
import type { PinLsCidRequest as _ipfscluster_ipfsconnector_v1_PinLsCidRequest, PinLsCidRequest__Output as _ipfscluster_ipfsconnector_v1_PinLsCidRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/PinLsCidRequest.js';
import type { PinLsCidResponse as _ipfscluster_ipfsconnector_v1_PinLsCidResponse, PinLsCidResponse__Output as _ipfscluster_ipfsconnector_v1_PinLsCidResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/PinLsCidResponse.js';
import type { PinLsRequest as _ipfscluster_ipfsconnector_v1_PinLsRequest, PinLsRequest__Output as _ipfscluster_ipfsconnector_v1_PinLsRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/PinLsRequest.js';
import type { PinLsResponse as _ipfscluster_ipfsconnector_v1_PinLsResponse, PinLsResponse__Output as _ipfscluster_ipfsconnector_v1_PinLsResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/PinLsResponse.js';
import type { PinRequest as _ipfscluster_ipfsconnector_v1_PinRequest, PinRequest__Output as _ipfscluster_ipfsconnector_v1_PinRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/PinRequest.js';
import type { PinResponse as _ipfscluster_ipfsconnector_v1_PinResponse, PinResponse__Output as _ipfscluster_ipfsconnector_v1_PinResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/PinResponse.js';
import type { PinUpdateRequest as _ipfscluster_ipfsconnector_v1_PinUpdateRequest, PinUpdateRequest__Output as _ipfscluster_ipfsconnector_v1_PinUpdateRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/PinUpdateRequest.js';
import type { PinUpdateResponse as _ipfscluster_ipfsconnector_v1_PinUpdateResponse, PinUpdateResponse__Output as _ipfscluster_ipfsconnector_v1_PinUpdateResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/PinUpdateResponse.js';
import type { RepoStatRequest as _ipfscluster_ipfsconnector_v1_RepoStatRequest, RepoStatRequest__Output as _ipfscluster_ipfsconnector_v1_RepoStatRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/RepoStatRequest.js';
import type { RepoStatResponse as _ipfscluster_ipfsconnector_v1_RepoStatResponse, RepoStatResponse__Output as _ipfscluster_ipfsconnector_v1_RepoStatResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/RepoStatResponse.js';
import type { ResolveRequest as _ipfscluster_ipfsconnector_v1_ResolveRequest, ResolveRequest__Output as _ipfscluster_ipfsconnector_v1_ResolveRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/ResolveRequest.js';
import type { ResolveResponse as _ipfscluster_ipfsconnector_v1_ResolveResponse, ResolveResponse__Output as _ipfscluster_ipfsconnector_v1_ResolveResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/ResolveResponse.js';
import type { SwarmPeersRequest as _ipfscluster_ipfsconnector_v1_SwarmPeersRequest, SwarmPeersRequest__Output as _ipfscluster_ipfsconnector_v1_SwarmPeersRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/SwarmPeersRequest.js';
import type { SwarmPeersResponse as _ipfscluster_ipfsconnector_v1_SwarmPeersResponse, SwarmPeersResponse__Output as _ipfscluster_ipfsconnector_v1_SwarmPeersResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/SwarmPeersResponse.js';
import type { UnpinRequest as _ipfscluster_ipfsconnector_v1_UnpinRequest, UnpinRequest__Output as _ipfscluster_ipfsconnector_v1_UnpinRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/UnpinRequest.js';
import type { UnpinResponse as _ipfscluster_ipfsconnector_v1_UnpinResponse, UnpinResponse__Output as _ipfscluster_ipfsconnector_v1_UnpinResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/UnpinResponse.js';
import type { VersionRequest as _ipfscluster_ipfsconnector_v1_VersionRequest, VersionRequest__Output as _ipfscluster_ipfsconnector_v1_VersionRequest__Output } from '../../../ipfscluster/ipfsconnector/v1/VersionRequest.js';
import type { VersionResponse as _ipfscluster_ipfsconnector_v1_VersionResponse, VersionResponse__Output as _ipfscluster_ipfsconnector_v1_VersionResponse__Output } from '../../../ipfscluster/ipfsconnector/v1/VersionResponse.js';

/**
 * Talk with the IPFS daemon.
 */
export interface IPFSConnectorClient extends grpc.Client {
  /**
   * Imports files as UnixFS (or a CAR) and sends the blocks to this peer's
   * IPFS and, through BlockStream, to every allocated peer's, as produced.
   * Request: `params`, then for each entry an `entry` header followed by its
   * content as `data` chunks, then the client ends the stream. Replies are
   * AddedOutput items as produced (rest-api.md §5.3). Does not cluster-pin:
   * the caller pins the last output's CID. Nothing is buffered beyond one
   * chunk: gRPC flow control pushes back on the upload.
   */
  Add(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_ipfscluster_ipfsconnector_v1_AddRequest, _ipfscluster_ipfsconnector_v1_AddResponse__Output>;
  Add(options?: grpc.CallOptions): grpc.ClientDuplexStream<_ipfscluster_ipfsconnector_v1_AddRequest, _ipfscluster_ipfsconnector_v1_AddResponse__Output>;
  /**
   * Imports files as UnixFS (or a CAR) and sends the blocks to this peer's
   * IPFS and, through BlockStream, to every allocated peer's, as produced.
   * Request: `params`, then for each entry an `entry` header followed by its
   * content as `data` chunks, then the client ends the stream. Replies are
   * AddedOutput items as produced (rest-api.md §5.3). Does not cluster-pin:
   * the caller pins the last output's CID. Nothing is buffered beyond one
   * chunk: gRPC flow control pushes back on the upload.
   */
  add(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_ipfscluster_ipfsconnector_v1_AddRequest, _ipfscluster_ipfsconnector_v1_AddResponse__Output>;
  add(options?: grpc.CallOptions): grpc.ClientDuplexStream<_ipfscluster_ipfsconnector_v1_AddRequest, _ipfscluster_ipfsconnector_v1_AddResponse__Output>;
  
  /**
   * Reads one block's raw bytes (`block/get`).
   */
  BlockGet(argument: _ipfscluster_ipfsconnector_v1_BlockGetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockGetResponse__Output>): grpc.ClientUnaryCall;
  BlockGet(argument: _ipfscluster_ipfsconnector_v1_BlockGetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockGetResponse__Output>): grpc.ClientUnaryCall;
  BlockGet(argument: _ipfscluster_ipfsconnector_v1_BlockGetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockGetResponse__Output>): grpc.ClientUnaryCall;
  BlockGet(argument: _ipfscluster_ipfsconnector_v1_BlockGetRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockGetResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Reads one block's raw bytes (`block/get`).
   */
  blockGet(argument: _ipfscluster_ipfsconnector_v1_BlockGetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockGetResponse__Output>): grpc.ClientUnaryCall;
  blockGet(argument: _ipfscluster_ipfsconnector_v1_BlockGetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockGetResponse__Output>): grpc.ClientUnaryCall;
  blockGet(argument: _ipfscluster_ipfsconnector_v1_BlockGetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockGetResponse__Output>): grpc.ClientUnaryCall;
  blockGet(argument: _ipfscluster_ipfsconnector_v1_BlockGetRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockGetResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stores one block (`block/put`, pin=false).
   */
  BlockPut(argument: _ipfscluster_ipfsconnector_v1_BlockPutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockPutResponse__Output>): grpc.ClientUnaryCall;
  BlockPut(argument: _ipfscluster_ipfsconnector_v1_BlockPutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockPutResponse__Output>): grpc.ClientUnaryCall;
  BlockPut(argument: _ipfscluster_ipfsconnector_v1_BlockPutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockPutResponse__Output>): grpc.ClientUnaryCall;
  BlockPut(argument: _ipfscluster_ipfsconnector_v1_BlockPutRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockPutResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Stores one block (`block/put`, pin=false).
   */
  blockPut(argument: _ipfscluster_ipfsconnector_v1_BlockPutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockPutResponse__Output>): grpc.ClientUnaryCall;
  blockPut(argument: _ipfscluster_ipfsconnector_v1_BlockPutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockPutResponse__Output>): grpc.ClientUnaryCall;
  blockPut(argument: _ipfscluster_ipfsconnector_v1_BlockPutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockPutResponse__Output>): grpc.ClientUnaryCall;
  blockPut(argument: _ipfscluster_ipfsconnector_v1_BlockPutRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockPutResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Stores blocks in order (`block/put`, pin=false), one block per item;
   * every returned key must equal the given CID. The adder calls it on every
   * allocated peer through the relay.
   */
  BlockStream(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockStreamResponse__Output>): grpc.ClientWritableStream<_ipfscluster_ipfsconnector_v1_BlockStreamRequest>;
  BlockStream(metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockStreamResponse__Output>): grpc.ClientWritableStream<_ipfscluster_ipfsconnector_v1_BlockStreamRequest>;
  BlockStream(options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockStreamResponse__Output>): grpc.ClientWritableStream<_ipfscluster_ipfsconnector_v1_BlockStreamRequest>;
  BlockStream(callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockStreamResponse__Output>): grpc.ClientWritableStream<_ipfscluster_ipfsconnector_v1_BlockStreamRequest>;
  /**
   * Stores blocks in order (`block/put`, pin=false), one block per item;
   * every returned key must equal the given CID. The adder calls it on every
   * allocated peer through the relay.
   */
  blockStream(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockStreamResponse__Output>): grpc.ClientWritableStream<_ipfscluster_ipfsconnector_v1_BlockStreamRequest>;
  blockStream(metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockStreamResponse__Output>): grpc.ClientWritableStream<_ipfscluster_ipfsconnector_v1_BlockStreamRequest>;
  blockStream(options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockStreamResponse__Output>): grpc.ClientWritableStream<_ipfscluster_ipfsconnector_v1_BlockStreamRequest>;
  blockStream(callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_BlockStreamResponse__Output>): grpc.ClientWritableStream<_ipfscluster_ipfsconnector_v1_BlockStreamRequest>;
  
  /**
   * A value of the daemon's config (`config/show`) by "A/B/C" path.
   * NotFoundError "key not found in configuration"; InvalidParametersError
   * "invalid path".
   */
  ConfigKey(argument: _ipfscluster_ipfsconnector_v1_ConfigKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConfigKeyResponse__Output>): grpc.ClientUnaryCall;
  ConfigKey(argument: _ipfscluster_ipfsconnector_v1_ConfigKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConfigKeyResponse__Output>): grpc.ClientUnaryCall;
  ConfigKey(argument: _ipfscluster_ipfsconnector_v1_ConfigKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConfigKeyResponse__Output>): grpc.ClientUnaryCall;
  ConfigKey(argument: _ipfscluster_ipfsconnector_v1_ConfigKeyRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConfigKeyResponse__Output>): grpc.ClientUnaryCall;
  /**
   * A value of the daemon's config (`config/show`) by "A/B/C" path.
   * NotFoundError "key not found in configuration"; InvalidParametersError
   * "invalid path".
   */
  configKey(argument: _ipfscluster_ipfsconnector_v1_ConfigKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConfigKeyResponse__Output>): grpc.ClientUnaryCall;
  configKey(argument: _ipfscluster_ipfsconnector_v1_ConfigKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConfigKeyResponse__Output>): grpc.ClientUnaryCall;
  configKey(argument: _ipfscluster_ipfsconnector_v1_ConfigKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConfigKeyResponse__Output>): grpc.ClientUnaryCall;
  configKey(argument: _ipfscluster_ipfsconnector_v1_ConfigKeyRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConfigKeyResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Connects this daemon to other peers' daemons (`swarm/connect`), best
   * effort; errors logged at debug, never returned.
   */
  ConnectSwarms(argument: _ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse__Output>): grpc.ClientUnaryCall;
  ConnectSwarms(argument: _ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse__Output>): grpc.ClientUnaryCall;
  ConnectSwarms(argument: _ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse__Output>): grpc.ClientUnaryCall;
  ConnectSwarms(argument: _ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Connects this daemon to other peers' daemons (`swarm/connect`), best
   * effort; errors logged at debug, never returned.
   */
  connectSwarms(argument: _ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse__Output>): grpc.ClientUnaryCall;
  connectSwarms(argument: _ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse__Output>): grpc.ClientUnaryCall;
  connectSwarms(argument: _ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse__Output>): grpc.ClientUnaryCall;
  connectSwarms(argument: _ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The daemon's identity (`id`). Also the readiness probe.
   */
  ID(argument: _ipfscluster_ipfsconnector_v1_IDRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  ID(argument: _ipfscluster_ipfsconnector_v1_IDRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  ID(argument: _ipfscluster_ipfsconnector_v1_IDRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  ID(argument: _ipfscluster_ipfsconnector_v1_IDRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The daemon's identity (`id`). Also the readiness probe.
   */
  id(argument: _ipfscluster_ipfsconnector_v1_IDRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  id(argument: _ipfscluster_ipfsconnector_v1_IDRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  id(argument: _ipfscluster_ipfsconnector_v1_IDRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  id(argument: _ipfscluster_ipfsconnector_v1_IDRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Pins a CID in IPFS (`pin/add`, or `pin/update` when `pin.pin_update` is
   * pinned recursively): progress items while fetching, then one `done`.
   * Already pinned at that depth → only `done`. Cancelling the call aborts
   * the IPFS request.
   */
  Pin(argument: _ipfscluster_ipfsconnector_v1_PinRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_ipfsconnector_v1_PinResponse__Output>;
  Pin(argument: _ipfscluster_ipfsconnector_v1_PinRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_ipfsconnector_v1_PinResponse__Output>;
  /**
   * Pins a CID in IPFS (`pin/add`, or `pin/update` when `pin.pin_update` is
   * pinned recursively): progress items while fetching, then one `done`.
   * Already pinned at that depth → only `done`. Cancelling the call aborts
   * the IPFS request.
   */
  pin(argument: _ipfscluster_ipfsconnector_v1_PinRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_ipfsconnector_v1_PinResponse__Output>;
  pin(argument: _ipfscluster_ipfsconnector_v1_PinRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_ipfsconnector_v1_PinResponse__Output>;
  
  /**
   * The daemon's pinset (`pin/ls?stream=true`), one pin per item.
   */
  PinLs(argument: _ipfscluster_ipfsconnector_v1_PinLsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_ipfsconnector_v1_PinLsResponse__Output>;
  PinLs(argument: _ipfscluster_ipfsconnector_v1_PinLsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_ipfsconnector_v1_PinLsResponse__Output>;
  /**
   * The daemon's pinset (`pin/ls?stream=true`), one pin per item.
   */
  pinLs(argument: _ipfscluster_ipfsconnector_v1_PinLsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_ipfsconnector_v1_PinLsResponse__Output>;
  pinLs(argument: _ipfscluster_ipfsconnector_v1_PinLsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_ipfsconnector_v1_PinLsResponse__Output>;
  
  /**
   * How one CID is pinned in IPFS (`pin/ls?arg`). Compares decoded CIDs.
   */
  PinLsCid(argument: _ipfscluster_ipfsconnector_v1_PinLsCidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinLsCidResponse__Output>): grpc.ClientUnaryCall;
  PinLsCid(argument: _ipfscluster_ipfsconnector_v1_PinLsCidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinLsCidResponse__Output>): grpc.ClientUnaryCall;
  PinLsCid(argument: _ipfscluster_ipfsconnector_v1_PinLsCidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinLsCidResponse__Output>): grpc.ClientUnaryCall;
  PinLsCid(argument: _ipfscluster_ipfsconnector_v1_PinLsCidRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinLsCidResponse__Output>): grpc.ClientUnaryCall;
  /**
   * How one CID is pinned in IPFS (`pin/ls?arg`). Compares decoded CIDs.
   */
  pinLsCid(argument: _ipfscluster_ipfsconnector_v1_PinLsCidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinLsCidResponse__Output>): grpc.ClientUnaryCall;
  pinLsCid(argument: _ipfscluster_ipfsconnector_v1_PinLsCidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinLsCidResponse__Output>): grpc.ClientUnaryCall;
  pinLsCid(argument: _ipfscluster_ipfsconnector_v1_PinLsCidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinLsCidResponse__Output>): grpc.ClientUnaryCall;
  pinLsCid(argument: _ipfscluster_ipfsconnector_v1_PinLsCidRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinLsCidResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Replaces a pin with another sharing blocks (`pin/update`, unpin=false;
   * js-ipfs: falls back to pin/add of `to`).
   */
  PinUpdate(argument: _ipfscluster_ipfsconnector_v1_PinUpdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinUpdateResponse__Output>): grpc.ClientUnaryCall;
  PinUpdate(argument: _ipfscluster_ipfsconnector_v1_PinUpdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinUpdateResponse__Output>): grpc.ClientUnaryCall;
  PinUpdate(argument: _ipfscluster_ipfsconnector_v1_PinUpdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinUpdateResponse__Output>): grpc.ClientUnaryCall;
  PinUpdate(argument: _ipfscluster_ipfsconnector_v1_PinUpdateRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinUpdateResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Replaces a pin with another sharing blocks (`pin/update`, unpin=false;
   * js-ipfs: falls back to pin/add of `to`).
   */
  pinUpdate(argument: _ipfscluster_ipfsconnector_v1_PinUpdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinUpdateResponse__Output>): grpc.ClientUnaryCall;
  pinUpdate(argument: _ipfscluster_ipfsconnector_v1_PinUpdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinUpdateResponse__Output>): grpc.ClientUnaryCall;
  pinUpdate(argument: _ipfscluster_ipfsconnector_v1_PinUpdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinUpdateResponse__Output>): grpc.ClientUnaryCall;
  pinUpdate(argument: _ipfscluster_ipfsconnector_v1_PinUpdateRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_PinUpdateResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Repository usage (`repo/stat?size-only=true`).
   */
  RepoStat(argument: _ipfscluster_ipfsconnector_v1_RepoStatRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  RepoStat(argument: _ipfscluster_ipfsconnector_v1_RepoStatRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  RepoStat(argument: _ipfscluster_ipfsconnector_v1_RepoStatRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  RepoStat(argument: _ipfscluster_ipfsconnector_v1_RepoStatRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Repository usage (`repo/stat?size-only=true`).
   */
  repoStat(argument: _ipfscluster_ipfsconnector_v1_RepoStatRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  repoStat(argument: _ipfscluster_ipfsconnector_v1_RepoStatRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  repoStat(argument: _ipfscluster_ipfsconnector_v1_RepoStatRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  repoStat(argument: _ipfscluster_ipfsconnector_v1_RepoStatRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_RepoStatResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Resolves an IPFS path to an immutable CID (`resolve`). "/ipfs/<cid>"
   * with no sub-path needs no daemon call. Error "resolved path is mutable".
   */
  Resolve(argument: _ipfscluster_ipfsconnector_v1_ResolveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ResolveResponse__Output>): grpc.ClientUnaryCall;
  Resolve(argument: _ipfscluster_ipfsconnector_v1_ResolveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ResolveResponse__Output>): grpc.ClientUnaryCall;
  Resolve(argument: _ipfscluster_ipfsconnector_v1_ResolveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ResolveResponse__Output>): grpc.ClientUnaryCall;
  Resolve(argument: _ipfscluster_ipfsconnector_v1_ResolveRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ResolveResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Resolves an IPFS path to an immutable CID (`resolve`). "/ipfs/<cid>"
   * with no sub-path needs no daemon call. Error "resolved path is mutable".
   */
  resolve(argument: _ipfscluster_ipfsconnector_v1_ResolveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ResolveResponse__Output>): grpc.ClientUnaryCall;
  resolve(argument: _ipfscluster_ipfsconnector_v1_ResolveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ResolveResponse__Output>): grpc.ClientUnaryCall;
  resolve(argument: _ipfscluster_ipfsconnector_v1_ResolveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ResolveResponse__Output>): grpc.ClientUnaryCall;
  resolve(argument: _ipfscluster_ipfsconnector_v1_ResolveRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_ResolveResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * IPFS peers the daemon is connected to (`swarm/peers`).
   */
  SwarmPeers(argument: _ipfscluster_ipfsconnector_v1_SwarmPeersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_SwarmPeersResponse__Output>): grpc.ClientUnaryCall;
  SwarmPeers(argument: _ipfscluster_ipfsconnector_v1_SwarmPeersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_SwarmPeersResponse__Output>): grpc.ClientUnaryCall;
  SwarmPeers(argument: _ipfscluster_ipfsconnector_v1_SwarmPeersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_SwarmPeersResponse__Output>): grpc.ClientUnaryCall;
  SwarmPeers(argument: _ipfscluster_ipfsconnector_v1_SwarmPeersRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_SwarmPeersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * IPFS peers the daemon is connected to (`swarm/peers`).
   */
  swarmPeers(argument: _ipfscluster_ipfsconnector_v1_SwarmPeersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_SwarmPeersResponse__Output>): grpc.ClientUnaryCall;
  swarmPeers(argument: _ipfscluster_ipfsconnector_v1_SwarmPeersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_SwarmPeersResponse__Output>): grpc.ClientUnaryCall;
  swarmPeers(argument: _ipfscluster_ipfsconnector_v1_SwarmPeersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_SwarmPeersResponse__Output>): grpc.ClientUnaryCall;
  swarmPeers(argument: _ipfscluster_ipfsconnector_v1_SwarmPeersRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_SwarmPeersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Unpins a CID (`pin/rm`). Not pinned → success with was_pinned false.
   */
  Unpin(argument: _ipfscluster_ipfsconnector_v1_UnpinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  Unpin(argument: _ipfscluster_ipfsconnector_v1_UnpinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  Unpin(argument: _ipfscluster_ipfsconnector_v1_UnpinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  Unpin(argument: _ipfscluster_ipfsconnector_v1_UnpinRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Unpins a CID (`pin/rm`). Not pinned → success with was_pinned false.
   */
  unpin(argument: _ipfscluster_ipfsconnector_v1_UnpinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  unpin(argument: _ipfscluster_ipfsconnector_v1_UnpinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  unpin(argument: _ipfscluster_ipfsconnector_v1_UnpinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  unpin(argument: _ipfscluster_ipfsconnector_v1_UnpinRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_UnpinResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The daemon's version (`version`).
   */
  Version(argument: _ipfscluster_ipfsconnector_v1_VersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  Version(argument: _ipfscluster_ipfsconnector_v1_VersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  Version(argument: _ipfscluster_ipfsconnector_v1_VersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  Version(argument: _ipfscluster_ipfsconnector_v1_VersionRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The daemon's version (`version`).
   */
  version(argument: _ipfscluster_ipfsconnector_v1_VersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  version(argument: _ipfscluster_ipfsconnector_v1_VersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  version(argument: _ipfscluster_ipfsconnector_v1_VersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  version(argument: _ipfscluster_ipfsconnector_v1_VersionRequest, callback: grpc.requestCallback<_ipfscluster_ipfsconnector_v1_VersionResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Talk with the IPFS daemon.
 */
export interface IPFSConnectorHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Imports files as UnixFS (or a CAR) and sends the blocks to this peer's
   * IPFS and, through BlockStream, to every allocated peer's, as produced.
   * Request: `params`, then for each entry an `entry` header followed by its
   * content as `data` chunks, then the client ends the stream. Replies are
   * AddedOutput items as produced (rest-api.md §5.3). Does not cluster-pin:
   * the caller pins the last output's CID. Nothing is buffered beyond one
   * chunk: gRPC flow control pushes back on the upload.
   */
  Add: grpc.handleBidiStreamingCall<_ipfscluster_ipfsconnector_v1_AddRequest__Output, _ipfscluster_ipfsconnector_v1_AddResponse>;
  
  /**
   * Reads one block's raw bytes (`block/get`).
   */
  BlockGet: grpc.handleUnaryCall<_ipfscluster_ipfsconnector_v1_BlockGetRequest__Output, _ipfscluster_ipfsconnector_v1_BlockGetResponse>;
  
  /**
   * Stores one block (`block/put`, pin=false).
   */
  BlockPut: grpc.handleUnaryCall<_ipfscluster_ipfsconnector_v1_BlockPutRequest__Output, _ipfscluster_ipfsconnector_v1_BlockPutResponse>;
  
  /**
   * Stores blocks in order (`block/put`, pin=false), one block per item;
   * every returned key must equal the given CID. The adder calls it on every
   * allocated peer through the relay.
   */
  BlockStream: grpc.handleClientStreamingCall<_ipfscluster_ipfsconnector_v1_BlockStreamRequest__Output, _ipfscluster_ipfsconnector_v1_BlockStreamResponse>;
  
  /**
   * A value of the daemon's config (`config/show`) by "A/B/C" path.
   * NotFoundError "key not found in configuration"; InvalidParametersError
   * "invalid path".
   */
  ConfigKey: grpc.handleUnaryCall<_ipfscluster_ipfsconnector_v1_ConfigKeyRequest__Output, _ipfscluster_ipfsconnector_v1_ConfigKeyResponse>;
  
  /**
   * Connects this daemon to other peers' daemons (`swarm/connect`), best
   * effort; errors logged at debug, never returned.
   */
  ConnectSwarms: grpc.handleUnaryCall<_ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest__Output, _ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse>;
  
  /**
   * The daemon's identity (`id`). Also the readiness probe.
   */
  ID: grpc.handleUnaryCall<_ipfscluster_ipfsconnector_v1_IDRequest__Output, _ipfscluster_ipfsconnector_v1_IDResponse>;
  
  /**
   * Pins a CID in IPFS (`pin/add`, or `pin/update` when `pin.pin_update` is
   * pinned recursively): progress items while fetching, then one `done`.
   * Already pinned at that depth → only `done`. Cancelling the call aborts
   * the IPFS request.
   */
  Pin: grpc.handleServerStreamingCall<_ipfscluster_ipfsconnector_v1_PinRequest__Output, _ipfscluster_ipfsconnector_v1_PinResponse>;
  
  /**
   * The daemon's pinset (`pin/ls?stream=true`), one pin per item.
   */
  PinLs: grpc.handleServerStreamingCall<_ipfscluster_ipfsconnector_v1_PinLsRequest__Output, _ipfscluster_ipfsconnector_v1_PinLsResponse>;
  
  /**
   * How one CID is pinned in IPFS (`pin/ls?arg`). Compares decoded CIDs.
   */
  PinLsCid: grpc.handleUnaryCall<_ipfscluster_ipfsconnector_v1_PinLsCidRequest__Output, _ipfscluster_ipfsconnector_v1_PinLsCidResponse>;
  
  /**
   * Replaces a pin with another sharing blocks (`pin/update`, unpin=false;
   * js-ipfs: falls back to pin/add of `to`).
   */
  PinUpdate: grpc.handleUnaryCall<_ipfscluster_ipfsconnector_v1_PinUpdateRequest__Output, _ipfscluster_ipfsconnector_v1_PinUpdateResponse>;
  
  /**
   * Repository usage (`repo/stat?size-only=true`).
   */
  RepoStat: grpc.handleUnaryCall<_ipfscluster_ipfsconnector_v1_RepoStatRequest__Output, _ipfscluster_ipfsconnector_v1_RepoStatResponse>;
  
  /**
   * Resolves an IPFS path to an immutable CID (`resolve`). "/ipfs/<cid>"
   * with no sub-path needs no daemon call. Error "resolved path is mutable".
   */
  Resolve: grpc.handleUnaryCall<_ipfscluster_ipfsconnector_v1_ResolveRequest__Output, _ipfscluster_ipfsconnector_v1_ResolveResponse>;
  
  /**
   * IPFS peers the daemon is connected to (`swarm/peers`).
   */
  SwarmPeers: grpc.handleUnaryCall<_ipfscluster_ipfsconnector_v1_SwarmPeersRequest__Output, _ipfscluster_ipfsconnector_v1_SwarmPeersResponse>;
  
  /**
   * Unpins a CID (`pin/rm`). Not pinned → success with was_pinned false.
   */
  Unpin: grpc.handleUnaryCall<_ipfscluster_ipfsconnector_v1_UnpinRequest__Output, _ipfscluster_ipfsconnector_v1_UnpinResponse>;
  
  /**
   * The daemon's version (`version`).
   */
  Version: grpc.handleUnaryCall<_ipfscluster_ipfsconnector_v1_VersionRequest__Output, _ipfscluster_ipfsconnector_v1_VersionResponse>;
  
}

export interface IPFSConnectorDefinition extends grpc.ServiceDefinition {
  Add: MethodDefinition<_ipfscluster_ipfsconnector_v1_AddRequest, _ipfscluster_ipfsconnector_v1_AddResponse, _ipfscluster_ipfsconnector_v1_AddRequest__Output, _ipfscluster_ipfsconnector_v1_AddResponse__Output>
  BlockGet: MethodDefinition<_ipfscluster_ipfsconnector_v1_BlockGetRequest, _ipfscluster_ipfsconnector_v1_BlockGetResponse, _ipfscluster_ipfsconnector_v1_BlockGetRequest__Output, _ipfscluster_ipfsconnector_v1_BlockGetResponse__Output>
  BlockPut: MethodDefinition<_ipfscluster_ipfsconnector_v1_BlockPutRequest, _ipfscluster_ipfsconnector_v1_BlockPutResponse, _ipfscluster_ipfsconnector_v1_BlockPutRequest__Output, _ipfscluster_ipfsconnector_v1_BlockPutResponse__Output>
  BlockStream: MethodDefinition<_ipfscluster_ipfsconnector_v1_BlockStreamRequest, _ipfscluster_ipfsconnector_v1_BlockStreamResponse, _ipfscluster_ipfsconnector_v1_BlockStreamRequest__Output, _ipfscluster_ipfsconnector_v1_BlockStreamResponse__Output>
  ConfigKey: MethodDefinition<_ipfscluster_ipfsconnector_v1_ConfigKeyRequest, _ipfscluster_ipfsconnector_v1_ConfigKeyResponse, _ipfscluster_ipfsconnector_v1_ConfigKeyRequest__Output, _ipfscluster_ipfsconnector_v1_ConfigKeyResponse__Output>
  ConnectSwarms: MethodDefinition<_ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest, _ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse, _ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest__Output, _ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse__Output>
  ID: MethodDefinition<_ipfscluster_ipfsconnector_v1_IDRequest, _ipfscluster_ipfsconnector_v1_IDResponse, _ipfscluster_ipfsconnector_v1_IDRequest__Output, _ipfscluster_ipfsconnector_v1_IDResponse__Output>
  Pin: MethodDefinition<_ipfscluster_ipfsconnector_v1_PinRequest, _ipfscluster_ipfsconnector_v1_PinResponse, _ipfscluster_ipfsconnector_v1_PinRequest__Output, _ipfscluster_ipfsconnector_v1_PinResponse__Output>
  PinLs: MethodDefinition<_ipfscluster_ipfsconnector_v1_PinLsRequest, _ipfscluster_ipfsconnector_v1_PinLsResponse, _ipfscluster_ipfsconnector_v1_PinLsRequest__Output, _ipfscluster_ipfsconnector_v1_PinLsResponse__Output>
  PinLsCid: MethodDefinition<_ipfscluster_ipfsconnector_v1_PinLsCidRequest, _ipfscluster_ipfsconnector_v1_PinLsCidResponse, _ipfscluster_ipfsconnector_v1_PinLsCidRequest__Output, _ipfscluster_ipfsconnector_v1_PinLsCidResponse__Output>
  PinUpdate: MethodDefinition<_ipfscluster_ipfsconnector_v1_PinUpdateRequest, _ipfscluster_ipfsconnector_v1_PinUpdateResponse, _ipfscluster_ipfsconnector_v1_PinUpdateRequest__Output, _ipfscluster_ipfsconnector_v1_PinUpdateResponse__Output>
  RepoStat: MethodDefinition<_ipfscluster_ipfsconnector_v1_RepoStatRequest, _ipfscluster_ipfsconnector_v1_RepoStatResponse, _ipfscluster_ipfsconnector_v1_RepoStatRequest__Output, _ipfscluster_ipfsconnector_v1_RepoStatResponse__Output>
  Resolve: MethodDefinition<_ipfscluster_ipfsconnector_v1_ResolveRequest, _ipfscluster_ipfsconnector_v1_ResolveResponse, _ipfscluster_ipfsconnector_v1_ResolveRequest__Output, _ipfscluster_ipfsconnector_v1_ResolveResponse__Output>
  SwarmPeers: MethodDefinition<_ipfscluster_ipfsconnector_v1_SwarmPeersRequest, _ipfscluster_ipfsconnector_v1_SwarmPeersResponse, _ipfscluster_ipfsconnector_v1_SwarmPeersRequest__Output, _ipfscluster_ipfsconnector_v1_SwarmPeersResponse__Output>
  Unpin: MethodDefinition<_ipfscluster_ipfsconnector_v1_UnpinRequest, _ipfscluster_ipfsconnector_v1_UnpinResponse, _ipfscluster_ipfsconnector_v1_UnpinRequest__Output, _ipfscluster_ipfsconnector_v1_UnpinResponse__Output>
  Version: MethodDefinition<_ipfscluster_ipfsconnector_v1_VersionRequest, _ipfscluster_ipfsconnector_v1_VersionResponse, _ipfscluster_ipfsconnector_v1_VersionRequest__Output, _ipfscluster_ipfsconnector_v1_VersionResponse__Output>
}
