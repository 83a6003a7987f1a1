// Original file: ipfscluster/v1/consensus.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { MessageRequest as _ipfscluster_consensus_v1_MessageRequest, MessageRequest__Output as _ipfscluster_consensus_v1_MessageRequest__Output } from '../../../ipfscluster/consensus/v1/MessageRequest.js';
import type { MessageResponse as _ipfscluster_consensus_v1_MessageResponse, MessageResponse__Output as _ipfscluster_consensus_v1_MessageResponse__Output } from '../../../ipfscluster/consensus/v1/MessageResponse.js';
import type { MessagesRequest as _ipfscluster_consensus_v1_MessagesRequest, MessagesRequest__Output as _ipfscluster_consensus_v1_MessagesRequest__Output } from '../../../ipfscluster/consensus/v1/MessagesRequest.js';
import type { MessagesResponse as _ipfscluster_consensus_v1_MessagesResponse, MessagesResponse__Output as _ipfscluster_consensus_v1_MessagesResponse__Output } from '../../../ipfscluster/consensus/v1/MessagesResponse.js';

/**
 * Raft messages between consensus nodes of different peers.
 * 
 * Transport choice: the Raft core is etcd-shaped (`step(msg)`): every
 * message is one-way, replies are messages of their own, so nothing waits on
 * a request/response pair. The fast path is one long-lived **client stream**
 * `Messages` per (sender, receiver) pair, carried by the relay as one
 * long-lived libp2p stream on `/ipfscluster/ts-1.0/raft` (PeerManager.CallBidi
 * locally, `payload` frames on the wire): no stream set-up per message
 * (~2 ms through libp2p), no per-message gRPC call on either Unix socket,
 * ordered delivery, and AppendEntries can be pipelined. `Message` (unary,
 * through PeerManager.Call) is the simple path for a first message, tests and
 * simulators. The go-libp2p-raft names of cluster-behaviour.md §11
 * (RequestVote, AppendEntries, InstallSnapshot, TimeoutNow) are
 * RaftMessageType values, not RPCs.
 * 
 * The sender's peer ID is the relay-authenticated caller (gRPC metadata
 * `x-ipfscluster-remote-peer` set by the local peer-management); receivers
 * drop messages whose `from` differs.
 */
export interface RaftClient extends grpc.Client {
  /**
   * Delivers one Raft message to this node. Resolves when the message is
   * queued for the core, not when it is processed.
   */
  Message(argument: _ipfscluster_consensus_v1_MessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  Message(argument: _ipfscluster_consensus_v1_MessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  Message(argument: _ipfscluster_consensus_v1_MessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  Message(argument: _ipfscluster_consensus_v1_MessageRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Delivers one Raft message to this node. Resolves when the message is
   * queued for the core, not when it is processed.
   */
  message(argument: _ipfscluster_consensus_v1_MessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  message(argument: _ipfscluster_consensus_v1_MessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  message(argument: _ipfscluster_consensus_v1_MessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  message(argument: _ipfscluster_consensus_v1_MessageRequest, callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Delivers many messages in order over one long-lived stream (no deadline).
   * The response is sent when the caller half-closes.
   */
  Messages(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessagesResponse__Output>): grpc.ClientWritableStream<_ipfscluster_consensus_v1_MessagesRequest>;
  Messages(metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessagesResponse__Output>): grpc.ClientWritableStream<_ipfscluster_consensus_v1_MessagesRequest>;
  Messages(options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessagesResponse__Output>): grpc.ClientWritableStream<_ipfscluster_consensus_v1_MessagesRequest>;
  Messages(callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessagesResponse__Output>): grpc.ClientWritableStream<_ipfscluster_consensus_v1_MessagesRequest>;
  /**
   * Delivers many messages in order over one long-lived stream (no deadline).
   * The response is sent when the caller half-closes.
   */
  messages(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessagesResponse__Output>): grpc.ClientWritableStream<_ipfscluster_consensus_v1_MessagesRequest>;
  messages(metadata: grpc.Metadata, callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessagesResponse__Output>): grpc.ClientWritableStream<_ipfscluster_consensus_v1_MessagesRequest>;
  messages(options: grpc.CallOptions, callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessagesResponse__Output>): grpc.ClientWritableStream<_ipfscluster_consensus_v1_MessagesRequest>;
  messages(callback: grpc.requestCallback<_ipfscluster_consensus_v1_MessagesResponse__Output>): grpc.ClientWritableStream<_ipfscluster_consensus_v1_MessagesRequest>;
  
}

/**
 * Raft messages between consensus nodes of different peers.
 * 
 * Transport choice: the Raft core is etcd-shaped (`step(msg)`): every
 * message is one-way, replies are messages of their own, so nothing waits on
 * a request/response pair. The fast path is one long-lived **client stream**
 * `Messages` per (sender, receiver) pair, carried by the relay as one
 * long-lived libp2p stream on `/ipfscluster/ts-1.0/raft` (PeerManager.CallBidi
 * locally, `payload` frames on the wire): no stream set-up per message
 * (~2 ms through libp2p), no per-message gRPC call on either Unix socket,
 * ordered delivery, and AppendEntries can be pipelined. `Message` (unary,
 * through PeerManager.Call) is the simple path for a first message, tests and
 * simulators. The go-libp2p-raft names of cluster-behaviour.md §11
 * (RequestVote, AppendEntries, InstallSnapshot, TimeoutNow) are
 * RaftMessageType values, not RPCs.
 * 
 * The sender's peer ID is the relay-authenticated caller (gRPC metadata
 * `x-ipfscluster-remote-peer` set by the local peer-management); receivers
 * drop messages whose `from` differs.
 */
export interface RaftHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Delivers one Raft message to this node. Resolves when the message is
   * queued for the core, not when it is processed.
   */
  Message: grpc.handleUnaryCall<_ipfscluster_consensus_v1_MessageRequest__Output, _ipfscluster_consensus_v1_MessageResponse>;
  
  /**
   * Delivers many messages in order over one long-lived stream (no deadline).
   * The response is sent when the caller half-closes.
   */
  Messages: grpc.handleClientStreamingCall<_ipfscluster_consensus_v1_MessagesRequest__Output, _ipfscluster_consensus_v1_MessagesResponse>;
  
}

export interface RaftDefinition extends grpc.ServiceDefinition {
  Message: MethodDefinition<_ipfscluster_consensus_v1_MessageRequest, _ipfscluster_consensus_v1_MessageResponse, _ipfscluster_consensus_v1_MessageRequest__Output, _ipfscluster_consensus_v1_MessageResponse__Output>
  Messages: MethodDefinition<_ipfscluster_consensus_v1_MessagesRequest, _ipfscluster_consensus_v1_MessagesResponse, _ipfscluster_consensus_v1_MessagesRequest__Output, _ipfscluster_consensus_v1_MessagesResponse__Output>
}
