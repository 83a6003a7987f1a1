// Original file: ipfscluster/v1/peer_management.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddPeerRequest as _ipfscluster_peermanagement_v1_AddPeerRequest, AddPeerRequest__Output as _ipfscluster_peermanagement_v1_AddPeerRequest__Output } from '../../../ipfscluster/peermanagement/v1/AddPeerRequest.js';
import type { AddPeerResponse as _ipfscluster_peermanagement_v1_AddPeerResponse, AddPeerResponse__Output as _ipfscluster_peermanagement_v1_AddPeerResponse__Output } from '../../../ipfscluster/peermanagement/v1/AddPeerResponse.js';
import type { BootstrapRequest as _ipfscluster_peermanagement_v1_BootstrapRequest, BootstrapRequest__Output as _ipfscluster_peermanagement_v1_BootstrapRequest__Output } from '../../../ipfscluster/peermanagement/v1/BootstrapRequest.js';
import type { BootstrapResponse as _ipfscluster_peermanagement_v1_BootstrapResponse, BootstrapResponse__Output as _ipfscluster_peermanagement_v1_BootstrapResponse__Output } from '../../../ipfscluster/peermanagement/v1/BootstrapResponse.js';
import type { CallBidiRequest as _ipfscluster_peermanagement_v1_CallBidiRequest, CallBidiRequest__Output as _ipfscluster_peermanagement_v1_CallBidiRequest__Output } from '../../../ipfscluster/peermanagement/v1/CallBidiRequest.js';
import type { CallBidiResponse as _ipfscluster_peermanagement_v1_CallBidiResponse, CallBidiResponse__Output as _ipfscluster_peermanagement_v1_CallBidiResponse__Output } from '../../../ipfscluster/peermanagement/v1/CallBidiResponse.js';
import type { CallRequest as _ipfscluster_peermanagement_v1_CallRequest, CallRequest__Output as _ipfscluster_peermanagement_v1_CallRequest__Output } from '../../../ipfscluster/peermanagement/v1/CallRequest.js';
import type { CallResponse as _ipfscluster_peermanagement_v1_CallResponse, CallResponse__Output as _ipfscluster_peermanagement_v1_CallResponse__Output } from '../../../ipfscluster/peermanagement/v1/CallResponse.js';
import type { CallStreamRequest as _ipfscluster_peermanagement_v1_CallStreamRequest, CallStreamRequest__Output as _ipfscluster_peermanagement_v1_CallStreamRequest__Output } from '../../../ipfscluster/peermanagement/v1/CallStreamRequest.js';
import type { CallStreamResponse as _ipfscluster_peermanagement_v1_CallStreamResponse, CallStreamResponse__Output as _ipfscluster_peermanagement_v1_CallStreamResponse__Output } from '../../../ipfscluster/peermanagement/v1/CallStreamResponse.js';
import type { ConnectPeerRequest as _ipfscluster_peermanagement_v1_ConnectPeerRequest, ConnectPeerRequest__Output as _ipfscluster_peermanagement_v1_ConnectPeerRequest__Output } from '../../../ipfscluster/peermanagement/v1/ConnectPeerRequest.js';
import type { ConnectPeerResponse as _ipfscluster_peermanagement_v1_ConnectPeerResponse, ConnectPeerResponse__Output as _ipfscluster_peermanagement_v1_ConnectPeerResponse__Output } from '../../../ipfscluster/peermanagement/v1/ConnectPeerResponse.js';
import type { IDRequest as _ipfscluster_peermanagement_v1_IDRequest, IDRequest__Output as _ipfscluster_peermanagement_v1_IDRequest__Output } from '../../../ipfscluster/peermanagement/v1/IDRequest.js';
import type { IDResponse as _ipfscluster_peermanagement_v1_IDResponse, IDResponse__Output as _ipfscluster_peermanagement_v1_IDResponse__Output } from '../../../ipfscluster/peermanagement/v1/IDResponse.js';
import type { ImportAddressesRequest as _ipfscluster_peermanagement_v1_ImportAddressesRequest, ImportAddressesRequest__Output as _ipfscluster_peermanagement_v1_ImportAddressesRequest__Output } from '../../../ipfscluster/peermanagement/v1/ImportAddressesRequest.js';
import type { ImportAddressesResponse as _ipfscluster_peermanagement_v1_ImportAddressesResponse, ImportAddressesResponse__Output as _ipfscluster_peermanagement_v1_ImportAddressesResponse__Output } from '../../../ipfscluster/peermanagement/v1/ImportAddressesResponse.js';
import type { LeaveRequest as _ipfscluster_peermanagement_v1_LeaveRequest, LeaveRequest__Output as _ipfscluster_peermanagement_v1_LeaveRequest__Output } from '../../../ipfscluster/peermanagement/v1/LeaveRequest.js';
import type { LeaveResponse as _ipfscluster_peermanagement_v1_LeaveResponse, LeaveResponse__Output as _ipfscluster_peermanagement_v1_LeaveResponse__Output } from '../../../ipfscluster/peermanagement/v1/LeaveResponse.js';
import type { PeerLeavingRequest as _ipfscluster_peermanagement_v1_PeerLeavingRequest, PeerLeavingRequest__Output as _ipfscluster_peermanagement_v1_PeerLeavingRequest__Output } from '../../../ipfscluster/peermanagement/v1/PeerLeavingRequest.js';
import type { PeerLeavingResponse as _ipfscluster_peermanagement_v1_PeerLeavingResponse, PeerLeavingResponse__Output as _ipfscluster_peermanagement_v1_PeerLeavingResponse__Output } from '../../../ipfscluster/peermanagement/v1/PeerLeavingResponse.js';
import type { PeersRequest as _ipfscluster_peermanagement_v1_PeersRequest, PeersRequest__Output as _ipfscluster_peermanagement_v1_PeersRequest__Output } from '../../../ipfscluster/peermanagement/v1/PeersRequest.js';
import type { PeersResponse as _ipfscluster_peermanagement_v1_PeersResponse, PeersResponse__Output as _ipfscluster_peermanagement_v1_PeersResponse__Output } from '../../../ipfscluster/peermanagement/v1/PeersResponse.js';
import type { RemoteMultiaddrForPeerRequest as _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest, RemoteMultiaddrForPeerRequest__Output as _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest__Output } from '../../../ipfscluster/peermanagement/v1/RemoteMultiaddrForPeerRequest.js';
import type { RemoteMultiaddrForPeerResponse as _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse, RemoteMultiaddrForPeerResponse__Output as _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse__Output } from '../../../ipfscluster/peermanagement/v1/RemoteMultiaddrForPeerResponse.js';
import type { RemovePeerRequest as _ipfscluster_peermanagement_v1_RemovePeerRequest, RemovePeerRequest__Output as _ipfscluster_peermanagement_v1_RemovePeerRequest__Output } from '../../../ipfscluster/peermanagement/v1/RemovePeerRequest.js';
import type { RemovePeerResponse as _ipfscluster_peermanagement_v1_RemovePeerResponse, RemovePeerResponse__Output as _ipfscluster_peermanagement_v1_RemovePeerResponse__Output } from '../../../ipfscluster/peermanagement/v1/RemovePeerResponse.js';

/**
 * The libp2p host, address book and call relay.
 */
export interface PeerManagerClient extends grpc.Client {
  /**
   * Adds one address to the address book (no dial). Join step 2.
   */
  AddPeer(argument: _ipfscluster_peermanagement_v1_AddPeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  AddPeer(argument: _ipfscluster_peermanagement_v1_AddPeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  AddPeer(argument: _ipfscluster_peermanagement_v1_AddPeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  AddPeer(argument: _ipfscluster_peermanagement_v1_AddPeerRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Adds one address to the address book (no dial). Join step 2.
   */
  addPeer(argument: _ipfscluster_peermanagement_v1_AddPeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  addPeer(argument: _ipfscluster_peermanagement_v1_AddPeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  addPeer(argument: _ipfscluster_peermanagement_v1_AddPeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  addPeer(argument: _ipfscluster_peermanagement_v1_AddPeerRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_AddPeerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Joins a running cluster (cluster-behaviour.md §9.2 step 1): tries the
   * addresses in order, each by connecting (secret handshake) and relaying
   * `Cluster.PeerAdd(<this peer's listen address>)` to that peer; the first
   * that accepts wins. The caller starts its consensus in join mode first.
   * All failed → PeerUnavailableError "bootstrap unsuccessful: …" listing
   * each address's failure.
   */
  Bootstrap(argument: _ipfscluster_peermanagement_v1_BootstrapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_BootstrapResponse__Output>): grpc.ClientUnaryCall;
  Bootstrap(argument: _ipfscluster_peermanagement_v1_BootstrapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_BootstrapResponse__Output>): grpc.ClientUnaryCall;
  Bootstrap(argument: _ipfscluster_peermanagement_v1_BootstrapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_BootstrapResponse__Output>): grpc.ClientUnaryCall;
  Bootstrap(argument: _ipfscluster_peermanagement_v1_BootstrapRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_BootstrapResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Joins a running cluster (cluster-behaviour.md §9.2 step 1): tries the
   * addresses in order, each by connecting (secret handshake) and relaying
   * `Cluster.PeerAdd(<this peer's listen address>)` to that peer; the first
   * that accepts wins. The caller starts its consensus in join mode first.
   * All failed → PeerUnavailableError "bootstrap unsuccessful: …" listing
   * each address's failure.
   */
  bootstrap(argument: _ipfscluster_peermanagement_v1_BootstrapRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_BootstrapResponse__Output>): grpc.ClientUnaryCall;
  bootstrap(argument: _ipfscluster_peermanagement_v1_BootstrapRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_BootstrapResponse__Output>): grpc.ClientUnaryCall;
  bootstrap(argument: _ipfscluster_peermanagement_v1_BootstrapRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_BootstrapResponse__Output>): grpc.ClientUnaryCall;
  bootstrap(argument: _ipfscluster_peermanagement_v1_BootstrapRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_BootstrapResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Relays one unary call to a method of another peer (or of this peer when
   * `peer` is self: straight to the local service, no policy check).
   * Transport failures (dial, handshake, stream reset) are errors of this
   * call; the remote method's own outcome is `status` of the response.
   */
  Call(argument: _ipfscluster_peermanagement_v1_CallRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_CallResponse__Output>): grpc.ClientUnaryCall;
  Call(argument: _ipfscluster_peermanagement_v1_CallRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_CallResponse__Output>): grpc.ClientUnaryCall;
  Call(argument: _ipfscluster_peermanagement_v1_CallRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_CallResponse__Output>): grpc.ClientUnaryCall;
  Call(argument: _ipfscluster_peermanagement_v1_CallRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_CallResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Relays one unary call to a method of another peer (or of this peer when
   * `peer` is self: straight to the local service, no policy check).
   * Transport failures (dial, handshake, stream reset) are errors of this
   * call; the remote method's own outcome is `status` of the response.
   */
  call(argument: _ipfscluster_peermanagement_v1_CallRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_CallResponse__Output>): grpc.ClientUnaryCall;
  call(argument: _ipfscluster_peermanagement_v1_CallRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_CallResponse__Output>): grpc.ClientUnaryCall;
  call(argument: _ipfscluster_peermanagement_v1_CallRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_CallResponse__Output>): grpc.ClientUnaryCall;
  call(argument: _ipfscluster_peermanagement_v1_CallRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_CallResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Relays one client- or bidi-streaming call (e.g. IPFSConnector.BlockStream,
   * Raft.Messages): first item `header`, then `payload` items, then
   * `half_close`; replies as in CallStream. Methods of
   * ipfscluster.consensus.v1.Raft travel on `/ipfscluster/ts-1.0/raft`.
   */
  CallBidi(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_ipfscluster_peermanagement_v1_CallBidiRequest, _ipfscluster_peermanagement_v1_CallBidiResponse__Output>;
  CallBidi(options?: grpc.CallOptions): grpc.ClientDuplexStream<_ipfscluster_peermanagement_v1_CallBidiRequest, _ipfscluster_peermanagement_v1_CallBidiResponse__Output>;
  /**
   * Relays one client- or bidi-streaming call (e.g. IPFSConnector.BlockStream,
   * Raft.Messages): first item `header`, then `payload` items, then
   * `half_close`; replies as in CallStream. Methods of
   * ipfscluster.consensus.v1.Raft travel on `/ipfscluster/ts-1.0/raft`.
   */
  callBidi(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_ipfscluster_peermanagement_v1_CallBidiRequest, _ipfscluster_peermanagement_v1_CallBidiResponse__Output>;
  callBidi(options?: grpc.CallOptions): grpc.ClientDuplexStream<_ipfscluster_peermanagement_v1_CallBidiRequest, _ipfscluster_peermanagement_v1_CallBidiResponse__Output>;
  
  /**
   * Relays one server-streaming call: the replies as `payload` items, then a
   * final `status` item.
   */
  CallStream(argument: _ipfscluster_peermanagement_v1_CallStreamRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_peermanagement_v1_CallStreamResponse__Output>;
  CallStream(argument: _ipfscluster_peermanagement_v1_CallStreamRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_peermanagement_v1_CallStreamResponse__Output>;
  /**
   * Relays one server-streaming call: the replies as `payload` items, then a
   * final `status` item.
   */
  callStream(argument: _ipfscluster_peermanagement_v1_CallStreamRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_peermanagement_v1_CallStreamResponse__Output>;
  callStream(argument: _ipfscluster_peermanagement_v1_CallStreamRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ipfscluster_peermanagement_v1_CallStreamResponse__Output>;
  
  /**
   * Dials a multiaddr (with /p2p/<id>), secret handshake included. Adds the
   * address to the address book. Error "cannot connect to <addr>: …"
   * ("handshake failed (cluster secret mismatch?)" on a pnet failure).
   */
  ConnectPeer(argument: _ipfscluster_peermanagement_v1_ConnectPeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ConnectPeerResponse__Output>): grpc.ClientUnaryCall;
  ConnectPeer(argument: _ipfscluster_peermanagement_v1_ConnectPeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ConnectPeerResponse__Output>): grpc.ClientUnaryCall;
  ConnectPeer(argument: _ipfscluster_peermanagement_v1_ConnectPeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ConnectPeerResponse__Output>): grpc.ClientUnaryCall;
  ConnectPeer(argument: _ipfscluster_peermanagement_v1_ConnectPeerRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ConnectPeerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Dials a multiaddr (with /p2p/<id>), secret handshake included. Adds the
   * address to the address book. Error "cannot connect to <addr>: …"
   * ("handshake failed (cluster secret mismatch?)" on a pnet failure).
   */
  connectPeer(argument: _ipfscluster_peermanagement_v1_ConnectPeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ConnectPeerResponse__Output>): grpc.ClientUnaryCall;
  connectPeer(argument: _ipfscluster_peermanagement_v1_ConnectPeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ConnectPeerResponse__Output>): grpc.ClientUnaryCall;
  connectPeer(argument: _ipfscluster_peermanagement_v1_ConnectPeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ConnectPeerResponse__Output>): grpc.ClientUnaryCall;
  connectPeer(argument: _ipfscluster_peermanagement_v1_ConnectPeerRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ConnectPeerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * This peer's libp2p identity and listen addresses.
   */
  ID(argument: _ipfscluster_peermanagement_v1_IDRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  ID(argument: _ipfscluster_peermanagement_v1_IDRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  ID(argument: _ipfscluster_peermanagement_v1_IDRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  ID(argument: _ipfscluster_peermanagement_v1_IDRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  /**
   * This peer's libp2p identity and listen addresses.
   */
  id(argument: _ipfscluster_peermanagement_v1_IDRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  id(argument: _ipfscluster_peermanagement_v1_IDRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  id(argument: _ipfscluster_peermanagement_v1_IDRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  id(argument: _ipfscluster_peermanagement_v1_IDRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_IDResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Adds many addresses to the address book (no dial). Join step 3.
   */
  ImportAddresses(argument: _ipfscluster_peermanagement_v1_ImportAddressesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ImportAddressesResponse__Output>): grpc.ClientUnaryCall;
  ImportAddresses(argument: _ipfscluster_peermanagement_v1_ImportAddressesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ImportAddressesResponse__Output>): grpc.ClientUnaryCall;
  ImportAddresses(argument: _ipfscluster_peermanagement_v1_ImportAddressesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ImportAddressesResponse__Output>): grpc.ClientUnaryCall;
  ImportAddresses(argument: _ipfscluster_peermanagement_v1_ImportAddressesRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ImportAddressesResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Adds many addresses to the address book (no dial). Join step 3.
   */
  importAddresses(argument: _ipfscluster_peermanagement_v1_ImportAddressesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ImportAddressesResponse__Output>): grpc.ClientUnaryCall;
  importAddresses(argument: _ipfscluster_peermanagement_v1_ImportAddressesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ImportAddressesResponse__Output>): grpc.ClientUnaryCall;
  importAddresses(argument: _ipfscluster_peermanagement_v1_ImportAddressesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ImportAddressesResponse__Output>): grpc.ClientUnaryCall;
  importAddresses(argument: _ipfscluster_peermanagement_v1_ImportAddressesRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_ImportAddressesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * End of an orderly leave or removal (§9.4–§9.5), after consensus removed
   * this peer: returns the other peers' addresses (the supervisor saves them
   * as `bootstrap`), then stops relaying calls and hangs up on cluster peers.
   */
  Leave(argument: _ipfscluster_peermanagement_v1_LeaveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LeaveResponse__Output>): grpc.ClientUnaryCall;
  Leave(argument: _ipfscluster_peermanagement_v1_LeaveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LeaveResponse__Output>): grpc.ClientUnaryCall;
  Leave(argument: _ipfscluster_peermanagement_v1_LeaveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LeaveResponse__Output>): grpc.ClientUnaryCall;
  Leave(argument: _ipfscluster_peermanagement_v1_LeaveRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LeaveResponse__Output>): grpc.ClientUnaryCall;
  /**
   * End of an orderly leave or removal (§9.4–§9.5), after consensus removed
   * this peer: returns the other peers' addresses (the supervisor saves them
   * as `bootstrap`), then stops relaying calls and hangs up on cluster peers.
   */
  leave(argument: _ipfscluster_peermanagement_v1_LeaveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LeaveResponse__Output>): grpc.ClientUnaryCall;
  leave(argument: _ipfscluster_peermanagement_v1_LeaveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LeaveResponse__Output>): grpc.ClientUnaryCall;
  leave(argument: _ipfscluster_peermanagement_v1_LeaveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LeaveResponse__Output>): grpc.ClientUnaryCall;
  leave(argument: _ipfscluster_peermanagement_v1_LeaveRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_LeaveResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Called remotely by a peer that is leaving (through the relay; the caller
   * is the relay-authenticated peer, never a field): this peer drops its
   * metrics without raising alerts, stops reconnecting to it and forgets its
   * addresses. Open, because by then consensus no longer lists the caller.
   */
  PeerLeaving(argument: _ipfscluster_peermanagement_v1_PeerLeavingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeerLeavingResponse__Output>): grpc.ClientUnaryCall;
  PeerLeaving(argument: _ipfscluster_peermanagement_v1_PeerLeavingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeerLeavingResponse__Output>): grpc.ClientUnaryCall;
  PeerLeaving(argument: _ipfscluster_peermanagement_v1_PeerLeavingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeerLeavingResponse__Output>): grpc.ClientUnaryCall;
  PeerLeaving(argument: _ipfscluster_peermanagement_v1_PeerLeavingRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeerLeavingResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Called remotely by a peer that is leaving (through the relay; the caller
   * is the relay-authenticated peer, never a field): this peer drops its
   * metrics without raising alerts, stops reconnecting to it and forgets its
   * addresses. Open, because by then consensus no longer lists the caller.
   */
  peerLeaving(argument: _ipfscluster_peermanagement_v1_PeerLeavingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeerLeavingResponse__Output>): grpc.ClientUnaryCall;
  peerLeaving(argument: _ipfscluster_peermanagement_v1_PeerLeavingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeerLeavingResponse__Output>): grpc.ClientUnaryCall;
  peerLeaving(argument: _ipfscluster_peermanagement_v1_PeerLeavingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeerLeavingResponse__Output>): grpc.ClientUnaryCall;
  peerLeaving(argument: _ipfscluster_peermanagement_v1_PeerLeavingRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeerLeavingResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Peers in the address book with their addresses and connection state.
   */
  Peers(argument: _ipfscluster_peermanagement_v1_PeersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  Peers(argument: _ipfscluster_peermanagement_v1_PeersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  Peers(argument: _ipfscluster_peermanagement_v1_PeersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  Peers(argument: _ipfscluster_peermanagement_v1_PeersRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Peers in the address book with their addresses and connection state.
   */
  peers(argument: _ipfscluster_peermanagement_v1_PeersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  peers(argument: _ipfscluster_peermanagement_v1_PeersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  peers(argument: _ipfscluster_peermanagement_v1_PeersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  peers(argument: _ipfscluster_peermanagement_v1_PeersRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_PeersResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The address under which this peer sees `peer_id` on a live connection,
   * with /p2p/<peer_id>. NotFoundError when not connected. Join step 3.
   */
  RemoteMultiaddrForPeer(argument: _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse__Output>): grpc.ClientUnaryCall;
  RemoteMultiaddrForPeer(argument: _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse__Output>): grpc.ClientUnaryCall;
  RemoteMultiaddrForPeer(argument: _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse__Output>): grpc.ClientUnaryCall;
  RemoteMultiaddrForPeer(argument: _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The address under which this peer sees `peer_id` on a live connection,
   * with /p2p/<peer_id>. NotFoundError when not connected. Join step 3.
   */
  remoteMultiaddrForPeer(argument: _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse__Output>): grpc.ClientUnaryCall;
  remoteMultiaddrForPeer(argument: _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse__Output>): grpc.ClientUnaryCall;
  remoteMultiaddrForPeer(argument: _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse__Output>): grpc.ClientUnaryCall;
  remoteMultiaddrForPeer(argument: _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Hangs up on a peer and forgets its addresses (until restart they are not
   * written to `peerstore`).
   */
  RemovePeer(argument: _ipfscluster_peermanagement_v1_RemovePeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemovePeerResponse__Output>): grpc.ClientUnaryCall;
  RemovePeer(argument: _ipfscluster_peermanagement_v1_RemovePeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemovePeerResponse__Output>): grpc.ClientUnaryCall;
  RemovePeer(argument: _ipfscluster_peermanagement_v1_RemovePeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemovePeerResponse__Output>): grpc.ClientUnaryCall;
  RemovePeer(argument: _ipfscluster_peermanagement_v1_RemovePeerRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemovePeerResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Hangs up on a peer and forgets its addresses (until restart they are not
   * written to `peerstore`).
   */
  removePeer(argument: _ipfscluster_peermanagement_v1_RemovePeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemovePeerResponse__Output>): grpc.ClientUnaryCall;
  removePeer(argument: _ipfscluster_peermanagement_v1_RemovePeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemovePeerResponse__Output>): grpc.ClientUnaryCall;
  removePeer(argument: _ipfscluster_peermanagement_v1_RemovePeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemovePeerResponse__Output>): grpc.ClientUnaryCall;
  removePeer(argument: _ipfscluster_peermanagement_v1_RemovePeerRequest, callback: grpc.requestCallback<_ipfscluster_peermanagement_v1_RemovePeerResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * The libp2p host, address book and call relay.
 */
export interface PeerManagerHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Adds one address to the address book (no dial). Join step 2.
   */
  AddPeer: grpc.handleUnaryCall<_ipfscluster_peermanagement_v1_AddPeerRequest__Output, _ipfscluster_peermanagement_v1_AddPeerResponse>;
  
  /**
   * Joins a running cluster (cluster-behaviour.md §9.2 step 1): tries the
   * addresses in order, each by connecting (secret handshake) and relaying
   * `Cluster.PeerAdd(<this peer's listen address>)` to that peer; the first
   * that accepts wins. The caller starts its consensus in join mode first.
   * All failed → PeerUnavailableError "bootstrap unsuccessful: …" listing
   * each address's failure.
   */
  Bootstrap: grpc.handleUnaryCall<_ipfscluster_peermanagement_v1_BootstrapRequest__Output, _ipfscluster_peermanagement_v1_BootstrapResponse>;
  
  /**
   * Relays one unary call to a method of another peer (or of this peer when
   * `peer` is self: straight to the local service, no policy check).
   * Transport failures (dial, handshake, stream reset) are errors of this
   * call; the remote method's own outcome is `status` of the response.
   */
  Call: grpc.handleUnaryCall<_ipfscluster_peermanagement_v1_CallRequest__Output, _ipfscluster_peermanagement_v1_CallResponse>;
  
  /**
   * Relays one client- or bidi-streaming call (e.g. IPFSConnector.BlockStream,
   * Raft.Messages): first item `header`, then `payload` items, then
   * `half_close`; replies as in CallStream. Methods of
   * ipfscluster.consensus.v1.Raft travel on `/ipfscluster/ts-1.0/raft`.
   */
  CallBidi: grpc.handleBidiStreamingCall<_ipfscluster_peermanagement_v1_CallBidiRequest__Output, _ipfscluster_peermanagement_v1_CallBidiResponse>;
  
  /**
   * Relays one server-streaming call: the replies as `payload` items, then a
   * final `status` item.
   */
  CallStream: grpc.handleServerStreamingCall<_ipfscluster_peermanagement_v1_CallStreamRequest__Output, _ipfscluster_peermanagement_v1_CallStreamResponse>;
  
  /**
   * Dials a multiaddr (with /p2p/<id>), secret handshake included. Adds the
   * address to the address book. Error "cannot connect to <addr>: …"
   * ("handshake failed (cluster secret mismatch?)" on a pnet failure).
   */
  ConnectPeer: grpc.handleUnaryCall<_ipfscluster_peermanagement_v1_ConnectPeerRequest__Output, _ipfscluster_peermanagement_v1_ConnectPeerResponse>;
  
  /**
   * This peer's libp2p identity and listen addresses.
   */
  ID: grpc.handleUnaryCall<_ipfscluster_peermanagement_v1_IDRequest__Output, _ipfscluster_peermanagement_v1_IDResponse>;
  
  /**
   * Adds many addresses to the address book (no dial). Join step 3.
   */
  ImportAddresses: grpc.handleUnaryCall<_ipfscluster_peermanagement_v1_ImportAddressesRequest__Output, _ipfscluster_peermanagement_v1_ImportAddressesResponse>;
  
  /**
   * End of an orderly leave or removal (§9.4–§9.5), after consensus removed
   * this peer: returns the other peers' addresses (the supervisor saves them
   * as `bootstrap`), then stops relaying calls and hangs up on cluster peers.
   */
  Leave: grpc.handleUnaryCall<_ipfscluster_peermanagement_v1_LeaveRequest__Output, _ipfscluster_peermanagement_v1_LeaveResponse>;
  
  /**
   * Called remotely by a peer that is leaving (through the relay; the caller
   * is the relay-authenticated peer, never a field): this peer drops its
   * metrics without raising alerts, stops reconnecting to it and forgets its
   * addresses. Open, because by then consensus no longer lists the caller.
   */
  PeerLeaving: grpc.handleUnaryCall<_ipfscluster_peermanagement_v1_PeerLeavingRequest__Output, _ipfscluster_peermanagement_v1_PeerLeavingResponse>;
  
  /**
   * Peers in the address book with their addresses and connection state.
   */
  Peers: grpc.handleUnaryCall<_ipfscluster_peermanagement_v1_PeersRequest__Output, _ipfscluster_peermanagement_v1_PeersResponse>;
  
  /**
   * The address under which this peer sees `peer_id` on a live connection,
   * with /p2p/<peer_id>. NotFoundError when not connected. Join step 3.
   */
  RemoteMultiaddrForPeer: grpc.handleUnaryCall<_ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest__Output, _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse>;
  
  /**
   * Hangs up on a peer and forgets its addresses (until restart they are not
   * written to `peerstore`).
   */
  RemovePeer: grpc.handleUnaryCall<_ipfscluster_peermanagement_v1_RemovePeerRequest__Output, _ipfscluster_peermanagement_v1_RemovePeerResponse>;
  
}

export interface PeerManagerDefinition extends grpc.ServiceDefinition {
  AddPeer: MethodDefinition<_ipfscluster_peermanagement_v1_AddPeerRequest, _ipfscluster_peermanagement_v1_AddPeerResponse, _ipfscluster_peermanagement_v1_AddPeerRequest__Output, _ipfscluster_peermanagement_v1_AddPeerResponse__Output>
  Bootstrap: MethodDefinition<_ipfscluster_peermanagement_v1_BootstrapRequest, _ipfscluster_peermanagement_v1_BootstrapResponse, _ipfscluster_peermanagement_v1_BootstrapRequest__Output, _ipfscluster_peermanagement_v1_BootstrapResponse__Output>
  Call: MethodDefinition<_ipfscluster_peermanagement_v1_CallRequest, _ipfscluster_peermanagement_v1_CallResponse, _ipfscluster_peermanagement_v1_CallRequest__Output, _ipfscluster_peermanagement_v1_CallResponse__Output>
  CallBidi: MethodDefinition<_ipfscluster_peermanagement_v1_CallBidiRequest, _ipfscluster_peermanagement_v1_CallBidiResponse, _ipfscluster_peermanagement_v1_CallBidiRequest__Output, _ipfscluster_peermanagement_v1_CallBidiResponse__Output>
  CallStream: MethodDefinition<_ipfscluster_peermanagement_v1_CallStreamRequest, _ipfscluster_peermanagement_v1_CallStreamResponse, _ipfscluster_peermanagement_v1_CallStreamRequest__Output, _ipfscluster_peermanagement_v1_CallStreamResponse__Output>
  ConnectPeer: MethodDefinition<_ipfscluster_peermanagement_v1_ConnectPeerRequest, _ipfscluster_peermanagement_v1_ConnectPeerResponse, _ipfscluster_peermanagement_v1_ConnectPeerRequest__Output, _ipfscluster_peermanagement_v1_ConnectPeerResponse__Output>
  ID: MethodDefinition<_ipfscluster_peermanagement_v1_IDRequest, _ipfscluster_peermanagement_v1_IDResponse, _ipfscluster_peermanagement_v1_IDRequest__Output, _ipfscluster_peermanagement_v1_IDResponse__Output>
  ImportAddresses: MethodDefinition<_ipfscluster_peermanagement_v1_ImportAddressesRequest, _ipfscluster_peermanagement_v1_ImportAddressesResponse, _ipfscluster_peermanagement_v1_ImportAddressesRequest__Output, _ipfscluster_peermanagement_v1_ImportAddressesResponse__Output>
  Leave: MethodDefinition<_ipfscluster_peermanagement_v1_LeaveRequest, _ipfscluster_peermanagement_v1_LeaveResponse, _ipfscluster_peermanagement_v1_LeaveRequest__Output, _ipfscluster_peermanagement_v1_LeaveResponse__Output>
  PeerLeaving: MethodDefinition<_ipfscluster_peermanagement_v1_PeerLeavingRequest, _ipfscluster_peermanagement_v1_PeerLeavingResponse, _ipfscluster_peermanagement_v1_PeerLeavingRequest__Output, _ipfscluster_peermanagement_v1_PeerLeavingResponse__Output>
  Peers: MethodDefinition<_ipfscluster_peermanagement_v1_PeersRequest, _ipfscluster_peermanagement_v1_PeersResponse, _ipfscluster_peermanagement_v1_PeersRequest__Output, _ipfscluster_peermanagement_v1_PeersResponse__Output>
  RemoteMultiaddrForPeer: MethodDefinition<_ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest, _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse, _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest__Output, _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse__Output>
  RemovePeer: MethodDefinition<_ipfscluster_peermanagement_v1_RemovePeerRequest, _ipfscluster_peermanagement_v1_RemovePeerResponse, _ipfscluster_peermanagement_v1_RemovePeerRequest__Output, _ipfscluster_peermanagement_v1_RemovePeerResponse__Output>
}
