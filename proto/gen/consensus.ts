import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddPeerRequest as _ipfscluster_consensus_v1_AddPeerRequest, AddPeerRequest__Output as _ipfscluster_consensus_v1_AddPeerRequest__Output } from './ipfscluster/consensus/v1/AddPeerRequest.js';
import type { AddPeerResponse as _ipfscluster_consensus_v1_AddPeerResponse, AddPeerResponse__Output as _ipfscluster_consensus_v1_AddPeerResponse__Output } from './ipfscluster/consensus/v1/AddPeerResponse.js';
import type { AppliedOp as _ipfscluster_consensus_v1_AppliedOp, AppliedOp__Output as _ipfscluster_consensus_v1_AppliedOp__Output } from './ipfscluster/consensus/v1/AppliedOp.js';
import type { Configuration as _ipfscluster_consensus_v1_Configuration, Configuration__Output as _ipfscluster_consensus_v1_Configuration__Output } from './ipfscluster/consensus/v1/Configuration.js';
import type { ConsensusClient as _ipfscluster_consensus_v1_ConsensusClient, ConsensusDefinition as _ipfscluster_consensus_v1_ConsensusDefinition } from './ipfscluster/consensus/v1/Consensus.js';
import type { LeaderRequest as _ipfscluster_consensus_v1_LeaderRequest, LeaderRequest__Output as _ipfscluster_consensus_v1_LeaderRequest__Output } from './ipfscluster/consensus/v1/LeaderRequest.js';
import type { LeaderResponse as _ipfscluster_consensus_v1_LeaderResponse, LeaderResponse__Output as _ipfscluster_consensus_v1_LeaderResponse__Output } from './ipfscluster/consensus/v1/LeaderResponse.js';
import type { ListRequest as _ipfscluster_consensus_v1_ListRequest, ListRequest__Output as _ipfscluster_consensus_v1_ListRequest__Output } from './ipfscluster/consensus/v1/ListRequest.js';
import type { ListResponse as _ipfscluster_consensus_v1_ListResponse, ListResponse__Output as _ipfscluster_consensus_v1_ListResponse__Output } from './ipfscluster/consensus/v1/ListResponse.js';
import type { LogEntry as _ipfscluster_consensus_v1_LogEntry, LogEntry__Output as _ipfscluster_consensus_v1_LogEntry__Output } from './ipfscluster/consensus/v1/LogEntry.js';
import type { LogPinRequest as _ipfscluster_consensus_v1_LogPinRequest, LogPinRequest__Output as _ipfscluster_consensus_v1_LogPinRequest__Output } from './ipfscluster/consensus/v1/LogPinRequest.js';
import type { LogPinResponse as _ipfscluster_consensus_v1_LogPinResponse, LogPinResponse__Output as _ipfscluster_consensus_v1_LogPinResponse__Output } from './ipfscluster/consensus/v1/LogPinResponse.js';
import type { LogUnpinRequest as _ipfscluster_consensus_v1_LogUnpinRequest, LogUnpinRequest__Output as _ipfscluster_consensus_v1_LogUnpinRequest__Output } from './ipfscluster/consensus/v1/LogUnpinRequest.js';
import type { LogUnpinResponse as _ipfscluster_consensus_v1_LogUnpinResponse, LogUnpinResponse__Output as _ipfscluster_consensus_v1_LogUnpinResponse__Output } from './ipfscluster/consensus/v1/LogUnpinResponse.js';
import type { MessageRequest as _ipfscluster_consensus_v1_MessageRequest, MessageRequest__Output as _ipfscluster_consensus_v1_MessageRequest__Output } from './ipfscluster/consensus/v1/MessageRequest.js';
import type { MessageResponse as _ipfscluster_consensus_v1_MessageResponse, MessageResponse__Output as _ipfscluster_consensus_v1_MessageResponse__Output } from './ipfscluster/consensus/v1/MessageResponse.js';
import type { MessagesRequest as _ipfscluster_consensus_v1_MessagesRequest, MessagesRequest__Output as _ipfscluster_consensus_v1_MessagesRequest__Output } from './ipfscluster/consensus/v1/MessagesRequest.js';
import type { MessagesResponse as _ipfscluster_consensus_v1_MessagesResponse, MessagesResponse__Output as _ipfscluster_consensus_v1_MessagesResponse__Output } from './ipfscluster/consensus/v1/MessagesResponse.js';
import type { PeersRequest as _ipfscluster_consensus_v1_PeersRequest, PeersRequest__Output as _ipfscluster_consensus_v1_PeersRequest__Output } from './ipfscluster/consensus/v1/PeersRequest.js';
import type { PeersResponse as _ipfscluster_consensus_v1_PeersResponse, PeersResponse__Output as _ipfscluster_consensus_v1_PeersResponse__Output } from './ipfscluster/consensus/v1/PeersResponse.js';
import type { PinGetRequest as _ipfscluster_consensus_v1_PinGetRequest, PinGetRequest__Output as _ipfscluster_consensus_v1_PinGetRequest__Output } from './ipfscluster/consensus/v1/PinGetRequest.js';
import type { PinGetResponse as _ipfscluster_consensus_v1_PinGetResponse, PinGetResponse__Output as _ipfscluster_consensus_v1_PinGetResponse__Output } from './ipfscluster/consensus/v1/PinGetResponse.js';
import type { RaftClient as _ipfscluster_consensus_v1_RaftClient, RaftDefinition as _ipfscluster_consensus_v1_RaftDefinition } from './ipfscluster/consensus/v1/Raft.js';
import type { RaftMessage as _ipfscluster_consensus_v1_RaftMessage, RaftMessage__Output as _ipfscluster_consensus_v1_RaftMessage__Output } from './ipfscluster/consensus/v1/RaftMessage.js';
import type { RmPeerRequest as _ipfscluster_consensus_v1_RmPeerRequest, RmPeerRequest__Output as _ipfscluster_consensus_v1_RmPeerRequest__Output } from './ipfscluster/consensus/v1/RmPeerRequest.js';
import type { RmPeerResponse as _ipfscluster_consensus_v1_RmPeerResponse, RmPeerResponse__Output as _ipfscluster_consensus_v1_RmPeerResponse__Output } from './ipfscluster/consensus/v1/RmPeerResponse.js';
import type { SnapshotChunk as _ipfscluster_consensus_v1_SnapshotChunk, SnapshotChunk__Output as _ipfscluster_consensus_v1_SnapshotChunk__Output } from './ipfscluster/consensus/v1/SnapshotChunk.js';
import type { SnapshotRequest as _ipfscluster_consensus_v1_SnapshotRequest, SnapshotRequest__Output as _ipfscluster_consensus_v1_SnapshotRequest__Output } from './ipfscluster/consensus/v1/SnapshotRequest.js';
import type { SnapshotResponse as _ipfscluster_consensus_v1_SnapshotResponse, SnapshotResponse__Output as _ipfscluster_consensus_v1_SnapshotResponse__Output } from './ipfscluster/consensus/v1/SnapshotResponse.js';
import type { StatusRequest as _ipfscluster_consensus_v1_StatusRequest, StatusRequest__Output as _ipfscluster_consensus_v1_StatusRequest__Output } from './ipfscluster/consensus/v1/StatusRequest.js';
import type { StatusResponse as _ipfscluster_consensus_v1_StatusResponse, StatusResponse__Output as _ipfscluster_consensus_v1_StatusResponse__Output } from './ipfscluster/consensus/v1/StatusResponse.js';
import type { WaitForSyncRequest as _ipfscluster_consensus_v1_WaitForSyncRequest, WaitForSyncRequest__Output as _ipfscluster_consensus_v1_WaitForSyncRequest__Output } from './ipfscluster/consensus/v1/WaitForSyncRequest.js';
import type { WaitForSyncResponse as _ipfscluster_consensus_v1_WaitForSyncResponse, WaitForSyncResponse__Output as _ipfscluster_consensus_v1_WaitForSyncResponse__Output } from './ipfscluster/consensus/v1/WaitForSyncResponse.js';
import type { WatchAppliedRequest as _ipfscluster_consensus_v1_WatchAppliedRequest, WatchAppliedRequest__Output as _ipfscluster_consensus_v1_WatchAppliedRequest__Output } from './ipfscluster/consensus/v1/WatchAppliedRequest.js';
import type { WatchAppliedResponse as _ipfscluster_consensus_v1_WatchAppliedResponse, WatchAppliedResponse__Output as _ipfscluster_consensus_v1_WatchAppliedResponse__Output } from './ipfscluster/consensus/v1/WatchAppliedResponse.js';
import type { WatchCaughtUp as _ipfscluster_consensus_v1_WatchCaughtUp, WatchCaughtUp__Output as _ipfscluster_consensus_v1_WatchCaughtUp__Output } from './ipfscluster/consensus/v1/WatchCaughtUp.js';
import type { WatchReset as _ipfscluster_consensus_v1_WatchReset, WatchReset__Output as _ipfscluster_consensus_v1_WatchReset__Output } from './ipfscluster/consensus/v1/WatchReset.js';
import type { WatchResetEnd as _ipfscluster_consensus_v1_WatchResetEnd, WatchResetEnd__Output as _ipfscluster_consensus_v1_WatchResetEnd__Output } from './ipfscluster/consensus/v1/WatchResetEnd.js';
import type { AddedOutput as _ipfscluster_types_v1_AddedOutput, AddedOutput__Output as _ipfscluster_types_v1_AddedOutput__Output } from './ipfscluster/types/v1/AddedOutput.js';
import type { Alert as _ipfscluster_types_v1_Alert, Alert__Output as _ipfscluster_types_v1_Alert__Output } from './ipfscluster/types/v1/Alert.js';
import type { GlobalPinInfo as _ipfscluster_types_v1_GlobalPinInfo, GlobalPinInfo__Output as _ipfscluster_types_v1_GlobalPinInfo__Output } from './ipfscluster/types/v1/GlobalPinInfo.js';
import type { ID as _ipfscluster_types_v1_ID, ID__Output as _ipfscluster_types_v1_ID__Output } from './ipfscluster/types/v1/ID.js';
import type { IpfsId as _ipfscluster_types_v1_IpfsId, IpfsId__Output as _ipfscluster_types_v1_IpfsId__Output } from './ipfscluster/types/v1/IpfsId.js';
import type { Metric as _ipfscluster_types_v1_Metric, Metric__Output as _ipfscluster_types_v1_Metric__Output } from './ipfscluster/types/v1/Metric.js';
import type { Op as _ipfscluster_types_v1_Op, Op__Output as _ipfscluster_types_v1_Op__Output } from './ipfscluster/types/v1/Op.js';
import type { Pin as _ipfscluster_types_v1_Pin, Pin__Output as _ipfscluster_types_v1_Pin__Output } from './ipfscluster/types/v1/Pin.js';
import type { PinInfo as _ipfscluster_types_v1_PinInfo, PinInfo__Output as _ipfscluster_types_v1_PinInfo__Output } from './ipfscluster/types/v1/PinInfo.js';
import type { PinOptions as _ipfscluster_types_v1_PinOptions, PinOptions__Output as _ipfscluster_types_v1_PinOptions__Output } from './ipfscluster/types/v1/PinOptions.js';
import type { RepoStat as _ipfscluster_types_v1_RepoStat, RepoStat__Output as _ipfscluster_types_v1_RepoStat__Output } from './ipfscluster/types/v1/RepoStat.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ipfscluster: {
    consensus: {
      v1: {
        AddPeerRequest: MessageTypeDefinition<_ipfscluster_consensus_v1_AddPeerRequest, _ipfscluster_consensus_v1_AddPeerRequest__Output>
        AddPeerResponse: MessageTypeDefinition<_ipfscluster_consensus_v1_AddPeerResponse, _ipfscluster_consensus_v1_AddPeerResponse__Output>
        AppliedOp: MessageTypeDefinition<_ipfscluster_consensus_v1_AppliedOp, _ipfscluster_consensus_v1_AppliedOp__Output>
        Configuration: MessageTypeDefinition<_ipfscluster_consensus_v1_Configuration, _ipfscluster_consensus_v1_Configuration__Output>
        /**
         * The replicated pinset and its membership.
         */
        Consensus: SubtypeConstructor<typeof grpc.Client, _ipfscluster_consensus_v1_ConsensusClient> & { service: _ipfscluster_consensus_v1_ConsensusDefinition }
        EntryKind: EnumTypeDefinition
        LeaderRequest: MessageTypeDefinition<_ipfscluster_consensus_v1_LeaderRequest, _ipfscluster_consensus_v1_LeaderRequest__Output>
        LeaderResponse: MessageTypeDefinition<_ipfscluster_consensus_v1_LeaderResponse, _ipfscluster_consensus_v1_LeaderResponse__Output>
        ListRequest: MessageTypeDefinition<_ipfscluster_consensus_v1_ListRequest, _ipfscluster_consensus_v1_ListRequest__Output>
        ListResponse: MessageTypeDefinition<_ipfscluster_consensus_v1_ListResponse, _ipfscluster_consensus_v1_ListResponse__Output>
        LogEntry: MessageTypeDefinition<_ipfscluster_consensus_v1_LogEntry, _ipfscluster_consensus_v1_LogEntry__Output>
        LogPinRequest: MessageTypeDefinition<_ipfscluster_consensus_v1_LogPinRequest, _ipfscluster_consensus_v1_LogPinRequest__Output>
        LogPinResponse: MessageTypeDefinition<_ipfscluster_consensus_v1_LogPinResponse, _ipfscluster_consensus_v1_LogPinResponse__Output>
        LogUnpinRequest: MessageTypeDefinition<_ipfscluster_consensus_v1_LogUnpinRequest, _ipfscluster_consensus_v1_LogUnpinRequest__Output>
        LogUnpinResponse: MessageTypeDefinition<_ipfscluster_consensus_v1_LogUnpinResponse, _ipfscluster_consensus_v1_LogUnpinResponse__Output>
        MessageRequest: MessageTypeDefinition<_ipfscluster_consensus_v1_MessageRequest, _ipfscluster_consensus_v1_MessageRequest__Output>
        MessageResponse: MessageTypeDefinition<_ipfscluster_consensus_v1_MessageResponse, _ipfscluster_consensus_v1_MessageResponse__Output>
        MessagesRequest: MessageTypeDefinition<_ipfscluster_consensus_v1_MessagesRequest, _ipfscluster_consensus_v1_MessagesRequest__Output>
        MessagesResponse: MessageTypeDefinition<_ipfscluster_consensus_v1_MessagesResponse, _ipfscluster_consensus_v1_MessagesResponse__Output>
        PeersRequest: MessageTypeDefinition<_ipfscluster_consensus_v1_PeersRequest, _ipfscluster_consensus_v1_PeersRequest__Output>
        PeersResponse: MessageTypeDefinition<_ipfscluster_consensus_v1_PeersResponse, _ipfscluster_consensus_v1_PeersResponse__Output>
        PinGetRequest: MessageTypeDefinition<_ipfscluster_consensus_v1_PinGetRequest, _ipfscluster_consensus_v1_PinGetRequest__Output>
        PinGetResponse: MessageTypeDefinition<_ipfscluster_consensus_v1_PinGetResponse, _ipfscluster_consensus_v1_PinGetResponse__Output>
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
        Raft: SubtypeConstructor<typeof grpc.Client, _ipfscluster_consensus_v1_RaftClient> & { service: _ipfscluster_consensus_v1_RaftDefinition }
        RaftMessage: MessageTypeDefinition<_ipfscluster_consensus_v1_RaftMessage, _ipfscluster_consensus_v1_RaftMessage__Output>
        RaftMessageType: EnumTypeDefinition
        RaftRole: EnumTypeDefinition
        RmPeerRequest: MessageTypeDefinition<_ipfscluster_consensus_v1_RmPeerRequest, _ipfscluster_consensus_v1_RmPeerRequest__Output>
        RmPeerResponse: MessageTypeDefinition<_ipfscluster_consensus_v1_RmPeerResponse, _ipfscluster_consensus_v1_RmPeerResponse__Output>
        SnapshotChunk: MessageTypeDefinition<_ipfscluster_consensus_v1_SnapshotChunk, _ipfscluster_consensus_v1_SnapshotChunk__Output>
        SnapshotRequest: MessageTypeDefinition<_ipfscluster_consensus_v1_SnapshotRequest, _ipfscluster_consensus_v1_SnapshotRequest__Output>
        SnapshotResponse: MessageTypeDefinition<_ipfscluster_consensus_v1_SnapshotResponse, _ipfscluster_consensus_v1_SnapshotResponse__Output>
        StatusRequest: MessageTypeDefinition<_ipfscluster_consensus_v1_StatusRequest, _ipfscluster_consensus_v1_StatusRequest__Output>
        StatusResponse: MessageTypeDefinition<_ipfscluster_consensus_v1_StatusResponse, _ipfscluster_consensus_v1_StatusResponse__Output>
        WaitForSyncRequest: MessageTypeDefinition<_ipfscluster_consensus_v1_WaitForSyncRequest, _ipfscluster_consensus_v1_WaitForSyncRequest__Output>
        WaitForSyncResponse: MessageTypeDefinition<_ipfscluster_consensus_v1_WaitForSyncResponse, _ipfscluster_consensus_v1_WaitForSyncResponse__Output>
        WatchAppliedRequest: MessageTypeDefinition<_ipfscluster_consensus_v1_WatchAppliedRequest, _ipfscluster_consensus_v1_WatchAppliedRequest__Output>
        WatchAppliedResponse: MessageTypeDefinition<_ipfscluster_consensus_v1_WatchAppliedResponse, _ipfscluster_consensus_v1_WatchAppliedResponse__Output>
        WatchCaughtUp: MessageTypeDefinition<_ipfscluster_consensus_v1_WatchCaughtUp, _ipfscluster_consensus_v1_WatchCaughtUp__Output>
        WatchReset: MessageTypeDefinition<_ipfscluster_consensus_v1_WatchReset, _ipfscluster_consensus_v1_WatchReset__Output>
        WatchResetEnd: MessageTypeDefinition<_ipfscluster_consensus_v1_WatchResetEnd, _ipfscluster_consensus_v1_WatchResetEnd__Output>
      }
    }
    types: {
      v1: {
        AddedOutput: MessageTypeDefinition<_ipfscluster_types_v1_AddedOutput, _ipfscluster_types_v1_AddedOutput__Output>
        Alert: MessageTypeDefinition<_ipfscluster_types_v1_Alert, _ipfscluster_types_v1_Alert__Output>
        GlobalPinInfo: MessageTypeDefinition<_ipfscluster_types_v1_GlobalPinInfo, _ipfscluster_types_v1_GlobalPinInfo__Output>
        ID: MessageTypeDefinition<_ipfscluster_types_v1_ID, _ipfscluster_types_v1_ID__Output>
        IpfsId: MessageTypeDefinition<_ipfscluster_types_v1_IpfsId, _ipfscluster_types_v1_IpfsId__Output>
        Metric: MessageTypeDefinition<_ipfscluster_types_v1_Metric, _ipfscluster_types_v1_Metric__Output>
        Op: MessageTypeDefinition<_ipfscluster_types_v1_Op, _ipfscluster_types_v1_Op__Output>
        OpType: EnumTypeDefinition
        Pin: MessageTypeDefinition<_ipfscluster_types_v1_Pin, _ipfscluster_types_v1_Pin__Output>
        PinInfo: MessageTypeDefinition<_ipfscluster_types_v1_PinInfo, _ipfscluster_types_v1_PinInfo__Output>
        PinMode: EnumTypeDefinition
        PinOptions: MessageTypeDefinition<_ipfscluster_types_v1_PinOptions, _ipfscluster_types_v1_PinOptions__Output>
        PinType: EnumTypeDefinition
        RepoStat: MessageTypeDefinition<_ipfscluster_types_v1_RepoStat, _ipfscluster_types_v1_RepoStat__Output>
        TrackerStatus: EnumTypeDefinition
      }
    }
  }
}

