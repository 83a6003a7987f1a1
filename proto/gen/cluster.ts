import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AlertsRequest as _ipfscluster_cluster_v1_AlertsRequest, AlertsRequest__Output as _ipfscluster_cluster_v1_AlertsRequest__Output } from './ipfscluster/cluster/v1/AlertsRequest.js';
import type { AlertsResponse as _ipfscluster_cluster_v1_AlertsResponse, AlertsResponse__Output as _ipfscluster_cluster_v1_AlertsResponse__Output } from './ipfscluster/cluster/v1/AlertsResponse.js';
import type { BlockAllocateRequest as _ipfscluster_cluster_v1_BlockAllocateRequest, BlockAllocateRequest__Output as _ipfscluster_cluster_v1_BlockAllocateRequest__Output } from './ipfscluster/cluster/v1/BlockAllocateRequest.js';
import type { BlockAllocateResponse as _ipfscluster_cluster_v1_BlockAllocateResponse, BlockAllocateResponse__Output as _ipfscluster_cluster_v1_BlockAllocateResponse__Output } from './ipfscluster/cluster/v1/BlockAllocateResponse.js';
import type { ClusterClient as _ipfscluster_cluster_v1_ClusterClient, ClusterDefinition as _ipfscluster_cluster_v1_ClusterDefinition } from './ipfscluster/cluster/v1/Cluster.js';
import type { IDRequest as _ipfscluster_cluster_v1_IDRequest, IDRequest__Output as _ipfscluster_cluster_v1_IDRequest__Output } from './ipfscluster/cluster/v1/IDRequest.js';
import type { IDResponse as _ipfscluster_cluster_v1_IDResponse, IDResponse__Output as _ipfscluster_cluster_v1_IDResponse__Output } from './ipfscluster/cluster/v1/IDResponse.js';
import type { JoinRequest as _ipfscluster_cluster_v1_JoinRequest, JoinRequest__Output as _ipfscluster_cluster_v1_JoinRequest__Output } from './ipfscluster/cluster/v1/JoinRequest.js';
import type { JoinResponse as _ipfscluster_cluster_v1_JoinResponse, JoinResponse__Output as _ipfscluster_cluster_v1_JoinResponse__Output } from './ipfscluster/cluster/v1/JoinResponse.js';
import type { PeerAddRequest as _ipfscluster_cluster_v1_PeerAddRequest, PeerAddRequest__Output as _ipfscluster_cluster_v1_PeerAddRequest__Output } from './ipfscluster/cluster/v1/PeerAddRequest.js';
import type { PeerAddResponse as _ipfscluster_cluster_v1_PeerAddResponse, PeerAddResponse__Output as _ipfscluster_cluster_v1_PeerAddResponse__Output } from './ipfscluster/cluster/v1/PeerAddResponse.js';
import type { PeerRemoveRequest as _ipfscluster_cluster_v1_PeerRemoveRequest, PeerRemoveRequest__Output as _ipfscluster_cluster_v1_PeerRemoveRequest__Output } from './ipfscluster/cluster/v1/PeerRemoveRequest.js';
import type { PeerRemoveResponse as _ipfscluster_cluster_v1_PeerRemoveResponse, PeerRemoveResponse__Output as _ipfscluster_cluster_v1_PeerRemoveResponse__Output } from './ipfscluster/cluster/v1/PeerRemoveResponse.js';
import type { PeersRequest as _ipfscluster_cluster_v1_PeersRequest, PeersRequest__Output as _ipfscluster_cluster_v1_PeersRequest__Output } from './ipfscluster/cluster/v1/PeersRequest.js';
import type { PeersResponse as _ipfscluster_cluster_v1_PeersResponse, PeersResponse__Output as _ipfscluster_cluster_v1_PeersResponse__Output } from './ipfscluster/cluster/v1/PeersResponse.js';
import type { PinGetRequest as _ipfscluster_cluster_v1_PinGetRequest, PinGetRequest__Output as _ipfscluster_cluster_v1_PinGetRequest__Output } from './ipfscluster/cluster/v1/PinGetRequest.js';
import type { PinGetResponse as _ipfscluster_cluster_v1_PinGetResponse, PinGetResponse__Output as _ipfscluster_cluster_v1_PinGetResponse__Output } from './ipfscluster/cluster/v1/PinGetResponse.js';
import type { PinPathRequest as _ipfscluster_cluster_v1_PinPathRequest, PinPathRequest__Output as _ipfscluster_cluster_v1_PinPathRequest__Output } from './ipfscluster/cluster/v1/PinPathRequest.js';
import type { PinPathResponse as _ipfscluster_cluster_v1_PinPathResponse, PinPathResponse__Output as _ipfscluster_cluster_v1_PinPathResponse__Output } from './ipfscluster/cluster/v1/PinPathResponse.js';
import type { PinRequest as _ipfscluster_cluster_v1_PinRequest, PinRequest__Output as _ipfscluster_cluster_v1_PinRequest__Output } from './ipfscluster/cluster/v1/PinRequest.js';
import type { PinResponse as _ipfscluster_cluster_v1_PinResponse, PinResponse__Output as _ipfscluster_cluster_v1_PinResponse__Output } from './ipfscluster/cluster/v1/PinResponse.js';
import type { PinTrackerClient as _ipfscluster_cluster_v1_PinTrackerClient, PinTrackerDefinition as _ipfscluster_cluster_v1_PinTrackerDefinition } from './ipfscluster/cluster/v1/PinTracker.js';
import type { PinsRequest as _ipfscluster_cluster_v1_PinsRequest, PinsRequest__Output as _ipfscluster_cluster_v1_PinsRequest__Output } from './ipfscluster/cluster/v1/PinsRequest.js';
import type { PinsResponse as _ipfscluster_cluster_v1_PinsResponse, PinsResponse__Output as _ipfscluster_cluster_v1_PinsResponse__Output } from './ipfscluster/cluster/v1/PinsResponse.js';
import type { RecoverAllLocalRequest as _ipfscluster_cluster_v1_RecoverAllLocalRequest, RecoverAllLocalRequest__Output as _ipfscluster_cluster_v1_RecoverAllLocalRequest__Output } from './ipfscluster/cluster/v1/RecoverAllLocalRequest.js';
import type { RecoverAllLocalResponse as _ipfscluster_cluster_v1_RecoverAllLocalResponse, RecoverAllLocalResponse__Output as _ipfscluster_cluster_v1_RecoverAllLocalResponse__Output } from './ipfscluster/cluster/v1/RecoverAllLocalResponse.js';
import type { RecoverAllRequest as _ipfscluster_cluster_v1_RecoverAllRequest, RecoverAllRequest__Output as _ipfscluster_cluster_v1_RecoverAllRequest__Output } from './ipfscluster/cluster/v1/RecoverAllRequest.js';
import type { RecoverAllResponse as _ipfscluster_cluster_v1_RecoverAllResponse, RecoverAllResponse__Output as _ipfscluster_cluster_v1_RecoverAllResponse__Output } from './ipfscluster/cluster/v1/RecoverAllResponse.js';
import type { RecoverLocalRequest as _ipfscluster_cluster_v1_RecoverLocalRequest, RecoverLocalRequest__Output as _ipfscluster_cluster_v1_RecoverLocalRequest__Output } from './ipfscluster/cluster/v1/RecoverLocalRequest.js';
import type { RecoverLocalResponse as _ipfscluster_cluster_v1_RecoverLocalResponse, RecoverLocalResponse__Output as _ipfscluster_cluster_v1_RecoverLocalResponse__Output } from './ipfscluster/cluster/v1/RecoverLocalResponse.js';
import type { RecoverRequest as _ipfscluster_cluster_v1_RecoverRequest, RecoverRequest__Output as _ipfscluster_cluster_v1_RecoverRequest__Output } from './ipfscluster/cluster/v1/RecoverRequest.js';
import type { RecoverResponse as _ipfscluster_cluster_v1_RecoverResponse, RecoverResponse__Output as _ipfscluster_cluster_v1_RecoverResponse__Output } from './ipfscluster/cluster/v1/RecoverResponse.js';
import type { RepoStatRequest as _ipfscluster_cluster_v1_RepoStatRequest, RepoStatRequest__Output as _ipfscluster_cluster_v1_RepoStatRequest__Output } from './ipfscluster/cluster/v1/RepoStatRequest.js';
import type { RepoStatResponse as _ipfscluster_cluster_v1_RepoStatResponse, RepoStatResponse__Output as _ipfscluster_cluster_v1_RepoStatResponse__Output } from './ipfscluster/cluster/v1/RepoStatResponse.js';
import type { SendInformerMetricsRequest as _ipfscluster_cluster_v1_SendInformerMetricsRequest, SendInformerMetricsRequest__Output as _ipfscluster_cluster_v1_SendInformerMetricsRequest__Output } from './ipfscluster/cluster/v1/SendInformerMetricsRequest.js';
import type { SendInformerMetricsResponse as _ipfscluster_cluster_v1_SendInformerMetricsResponse, SendInformerMetricsResponse__Output as _ipfscluster_cluster_v1_SendInformerMetricsResponse__Output } from './ipfscluster/cluster/v1/SendInformerMetricsResponse.js';
import type { StateSyncRequest as _ipfscluster_cluster_v1_StateSyncRequest, StateSyncRequest__Output as _ipfscluster_cluster_v1_StateSyncRequest__Output } from './ipfscluster/cluster/v1/StateSyncRequest.js';
import type { StateSyncResponse as _ipfscluster_cluster_v1_StateSyncResponse, StateSyncResponse__Output as _ipfscluster_cluster_v1_StateSyncResponse__Output } from './ipfscluster/cluster/v1/StateSyncResponse.js';
import type { StatusAllLocalRequest as _ipfscluster_cluster_v1_StatusAllLocalRequest, StatusAllLocalRequest__Output as _ipfscluster_cluster_v1_StatusAllLocalRequest__Output } from './ipfscluster/cluster/v1/StatusAllLocalRequest.js';
import type { StatusAllLocalResponse as _ipfscluster_cluster_v1_StatusAllLocalResponse, StatusAllLocalResponse__Output as _ipfscluster_cluster_v1_StatusAllLocalResponse__Output } from './ipfscluster/cluster/v1/StatusAllLocalResponse.js';
import type { StatusAllRequest as _ipfscluster_cluster_v1_StatusAllRequest, StatusAllRequest__Output as _ipfscluster_cluster_v1_StatusAllRequest__Output } from './ipfscluster/cluster/v1/StatusAllRequest.js';
import type { StatusAllResponse as _ipfscluster_cluster_v1_StatusAllResponse, StatusAllResponse__Output as _ipfscluster_cluster_v1_StatusAllResponse__Output } from './ipfscluster/cluster/v1/StatusAllResponse.js';
import type { StatusLocalRequest as _ipfscluster_cluster_v1_StatusLocalRequest, StatusLocalRequest__Output as _ipfscluster_cluster_v1_StatusLocalRequest__Output } from './ipfscluster/cluster/v1/StatusLocalRequest.js';
import type { StatusLocalResponse as _ipfscluster_cluster_v1_StatusLocalResponse, StatusLocalResponse__Output as _ipfscluster_cluster_v1_StatusLocalResponse__Output } from './ipfscluster/cluster/v1/StatusLocalResponse.js';
import type { StatusRequest as _ipfscluster_cluster_v1_StatusRequest, StatusRequest__Output as _ipfscluster_cluster_v1_StatusRequest__Output } from './ipfscluster/cluster/v1/StatusRequest.js';
import type { StatusResponse as _ipfscluster_cluster_v1_StatusResponse, StatusResponse__Output as _ipfscluster_cluster_v1_StatusResponse__Output } from './ipfscluster/cluster/v1/StatusResponse.js';
import type { SyncAllLocalRequest as _ipfscluster_cluster_v1_SyncAllLocalRequest, SyncAllLocalRequest__Output as _ipfscluster_cluster_v1_SyncAllLocalRequest__Output } from './ipfscluster/cluster/v1/SyncAllLocalRequest.js';
import type { SyncAllLocalResponse as _ipfscluster_cluster_v1_SyncAllLocalResponse, SyncAllLocalResponse__Output as _ipfscluster_cluster_v1_SyncAllLocalResponse__Output } from './ipfscluster/cluster/v1/SyncAllLocalResponse.js';
import type { SyncLocalRequest as _ipfscluster_cluster_v1_SyncLocalRequest, SyncLocalRequest__Output as _ipfscluster_cluster_v1_SyncLocalRequest__Output } from './ipfscluster/cluster/v1/SyncLocalRequest.js';
import type { SyncLocalResponse as _ipfscluster_cluster_v1_SyncLocalResponse, SyncLocalResponse__Output as _ipfscluster_cluster_v1_SyncLocalResponse__Output } from './ipfscluster/cluster/v1/SyncLocalResponse.js';
import type { TrackRequest as _ipfscluster_cluster_v1_TrackRequest, TrackRequest__Output as _ipfscluster_cluster_v1_TrackRequest__Output } from './ipfscluster/cluster/v1/TrackRequest.js';
import type { TrackResponse as _ipfscluster_cluster_v1_TrackResponse, TrackResponse__Output as _ipfscluster_cluster_v1_TrackResponse__Output } from './ipfscluster/cluster/v1/TrackResponse.js';
import type { TrackerRecoverAllRequest as _ipfscluster_cluster_v1_TrackerRecoverAllRequest, TrackerRecoverAllRequest__Output as _ipfscluster_cluster_v1_TrackerRecoverAllRequest__Output } from './ipfscluster/cluster/v1/TrackerRecoverAllRequest.js';
import type { TrackerRecoverAllResponse as _ipfscluster_cluster_v1_TrackerRecoverAllResponse, TrackerRecoverAllResponse__Output as _ipfscluster_cluster_v1_TrackerRecoverAllResponse__Output } from './ipfscluster/cluster/v1/TrackerRecoverAllResponse.js';
import type { TrackerRecoverRequest as _ipfscluster_cluster_v1_TrackerRecoverRequest, TrackerRecoverRequest__Output as _ipfscluster_cluster_v1_TrackerRecoverRequest__Output } from './ipfscluster/cluster/v1/TrackerRecoverRequest.js';
import type { TrackerRecoverResponse as _ipfscluster_cluster_v1_TrackerRecoverResponse, TrackerRecoverResponse__Output as _ipfscluster_cluster_v1_TrackerRecoverResponse__Output } from './ipfscluster/cluster/v1/TrackerRecoverResponse.js';
import type { TrackerStatusAllRequest as _ipfscluster_cluster_v1_TrackerStatusAllRequest, TrackerStatusAllRequest__Output as _ipfscluster_cluster_v1_TrackerStatusAllRequest__Output } from './ipfscluster/cluster/v1/TrackerStatusAllRequest.js';
import type { TrackerStatusAllResponse as _ipfscluster_cluster_v1_TrackerStatusAllResponse, TrackerStatusAllResponse__Output as _ipfscluster_cluster_v1_TrackerStatusAllResponse__Output } from './ipfscluster/cluster/v1/TrackerStatusAllResponse.js';
import type { TrackerStatusRequest as _ipfscluster_cluster_v1_TrackerStatusRequest, TrackerStatusRequest__Output as _ipfscluster_cluster_v1_TrackerStatusRequest__Output } from './ipfscluster/cluster/v1/TrackerStatusRequest.js';
import type { TrackerStatusResponse as _ipfscluster_cluster_v1_TrackerStatusResponse, TrackerStatusResponse__Output as _ipfscluster_cluster_v1_TrackerStatusResponse__Output } from './ipfscluster/cluster/v1/TrackerStatusResponse.js';
import type { UnpinPathRequest as _ipfscluster_cluster_v1_UnpinPathRequest, UnpinPathRequest__Output as _ipfscluster_cluster_v1_UnpinPathRequest__Output } from './ipfscluster/cluster/v1/UnpinPathRequest.js';
import type { UnpinPathResponse as _ipfscluster_cluster_v1_UnpinPathResponse, UnpinPathResponse__Output as _ipfscluster_cluster_v1_UnpinPathResponse__Output } from './ipfscluster/cluster/v1/UnpinPathResponse.js';
import type { UnpinRequest as _ipfscluster_cluster_v1_UnpinRequest, UnpinRequest__Output as _ipfscluster_cluster_v1_UnpinRequest__Output } from './ipfscluster/cluster/v1/UnpinRequest.js';
import type { UnpinResponse as _ipfscluster_cluster_v1_UnpinResponse, UnpinResponse__Output as _ipfscluster_cluster_v1_UnpinResponse__Output } from './ipfscluster/cluster/v1/UnpinResponse.js';
import type { UntrackRequest as _ipfscluster_cluster_v1_UntrackRequest, UntrackRequest__Output as _ipfscluster_cluster_v1_UntrackRequest__Output } from './ipfscluster/cluster/v1/UntrackRequest.js';
import type { UntrackResponse as _ipfscluster_cluster_v1_UntrackResponse, UntrackResponse__Output as _ipfscluster_cluster_v1_UntrackResponse__Output } from './ipfscluster/cluster/v1/UntrackResponse.js';
import type { VersionRequest as _ipfscluster_cluster_v1_VersionRequest, VersionRequest__Output as _ipfscluster_cluster_v1_VersionRequest__Output } from './ipfscluster/cluster/v1/VersionRequest.js';
import type { VersionResponse as _ipfscluster_cluster_v1_VersionResponse, VersionResponse__Output as _ipfscluster_cluster_v1_VersionResponse__Output } from './ipfscluster/cluster/v1/VersionResponse.js';
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
    cluster: {
      v1: {
        AlertsRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_AlertsRequest, _ipfscluster_cluster_v1_AlertsRequest__Output>
        AlertsResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_AlertsResponse, _ipfscluster_cluster_v1_AlertsResponse__Output>
        BlockAllocateRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_BlockAllocateRequest, _ipfscluster_cluster_v1_BlockAllocateRequest__Output>
        BlockAllocateResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_BlockAllocateResponse, _ipfscluster_cluster_v1_BlockAllocateResponse__Output>
        /**
         * Cluster core: pins, status, peers.
         */
        Cluster: SubtypeConstructor<typeof grpc.Client, _ipfscluster_cluster_v1_ClusterClient> & { service: _ipfscluster_cluster_v1_ClusterDefinition }
        IDRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_IDRequest, _ipfscluster_cluster_v1_IDRequest__Output>
        IDResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_IDResponse, _ipfscluster_cluster_v1_IDResponse__Output>
        JoinRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_JoinRequest, _ipfscluster_cluster_v1_JoinRequest__Output>
        JoinResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_JoinResponse, _ipfscluster_cluster_v1_JoinResponse__Output>
        PeerAddRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_PeerAddRequest, _ipfscluster_cluster_v1_PeerAddRequest__Output>
        PeerAddResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_PeerAddResponse, _ipfscluster_cluster_v1_PeerAddResponse__Output>
        PeerRemoveRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_PeerRemoveRequest, _ipfscluster_cluster_v1_PeerRemoveRequest__Output>
        PeerRemoveResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_PeerRemoveResponse, _ipfscluster_cluster_v1_PeerRemoveResponse__Output>
        PeersRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_PeersRequest, _ipfscluster_cluster_v1_PeersRequest__Output>
        PeersResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_PeersResponse, _ipfscluster_cluster_v1_PeersResponse__Output>
        PinGetRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_PinGetRequest, _ipfscluster_cluster_v1_PinGetRequest__Output>
        PinGetResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_PinGetResponse, _ipfscluster_cluster_v1_PinGetResponse__Output>
        PinPathRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_PinPathRequest, _ipfscluster_cluster_v1_PinPathRequest__Output>
        PinPathResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_PinPathResponse, _ipfscluster_cluster_v1_PinPathResponse__Output>
        PinRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_PinRequest, _ipfscluster_cluster_v1_PinRequest__Output>
        PinResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_PinResponse, _ipfscluster_cluster_v1_PinResponse__Output>
        /**
         * The pin tracker: this peer's view of the pins allocated to it.
         */
        PinTracker: SubtypeConstructor<typeof grpc.Client, _ipfscluster_cluster_v1_PinTrackerClient> & { service: _ipfscluster_cluster_v1_PinTrackerDefinition }
        PinsRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_PinsRequest, _ipfscluster_cluster_v1_PinsRequest__Output>
        PinsResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_PinsResponse, _ipfscluster_cluster_v1_PinsResponse__Output>
        RecoverAllLocalRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_RecoverAllLocalRequest, _ipfscluster_cluster_v1_RecoverAllLocalRequest__Output>
        RecoverAllLocalResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_RecoverAllLocalResponse, _ipfscluster_cluster_v1_RecoverAllLocalResponse__Output>
        RecoverAllRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_RecoverAllRequest, _ipfscluster_cluster_v1_RecoverAllRequest__Output>
        RecoverAllResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_RecoverAllResponse, _ipfscluster_cluster_v1_RecoverAllResponse__Output>
        RecoverLocalRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_RecoverLocalRequest, _ipfscluster_cluster_v1_RecoverLocalRequest__Output>
        RecoverLocalResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_RecoverLocalResponse, _ipfscluster_cluster_v1_RecoverLocalResponse__Output>
        RecoverRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_RecoverRequest, _ipfscluster_cluster_v1_RecoverRequest__Output>
        RecoverResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_RecoverResponse, _ipfscluster_cluster_v1_RecoverResponse__Output>
        RepoStatRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_RepoStatRequest, _ipfscluster_cluster_v1_RepoStatRequest__Output>
        RepoStatResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_RepoStatResponse, _ipfscluster_cluster_v1_RepoStatResponse__Output>
        SendInformerMetricsRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_SendInformerMetricsRequest, _ipfscluster_cluster_v1_SendInformerMetricsRequest__Output>
        SendInformerMetricsResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_SendInformerMetricsResponse, _ipfscluster_cluster_v1_SendInformerMetricsResponse__Output>
        StateSyncRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_StateSyncRequest, _ipfscluster_cluster_v1_StateSyncRequest__Output>
        StateSyncResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_StateSyncResponse, _ipfscluster_cluster_v1_StateSyncResponse__Output>
        StatusAllLocalRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_StatusAllLocalRequest, _ipfscluster_cluster_v1_StatusAllLocalRequest__Output>
        StatusAllLocalResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_StatusAllLocalResponse, _ipfscluster_cluster_v1_StatusAllLocalResponse__Output>
        StatusAllRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_StatusAllRequest, _ipfscluster_cluster_v1_StatusAllRequest__Output>
        StatusAllResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_StatusAllResponse, _ipfscluster_cluster_v1_StatusAllResponse__Output>
        StatusLocalRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_StatusLocalRequest, _ipfscluster_cluster_v1_StatusLocalRequest__Output>
        StatusLocalResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_StatusLocalResponse, _ipfscluster_cluster_v1_StatusLocalResponse__Output>
        StatusRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_StatusRequest, _ipfscluster_cluster_v1_StatusRequest__Output>
        StatusResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_StatusResponse, _ipfscluster_cluster_v1_StatusResponse__Output>
        SyncAllLocalRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_SyncAllLocalRequest, _ipfscluster_cluster_v1_SyncAllLocalRequest__Output>
        SyncAllLocalResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_SyncAllLocalResponse, _ipfscluster_cluster_v1_SyncAllLocalResponse__Output>
        SyncLocalRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_SyncLocalRequest, _ipfscluster_cluster_v1_SyncLocalRequest__Output>
        SyncLocalResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_SyncLocalResponse, _ipfscluster_cluster_v1_SyncLocalResponse__Output>
        TrackRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_TrackRequest, _ipfscluster_cluster_v1_TrackRequest__Output>
        TrackResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_TrackResponse, _ipfscluster_cluster_v1_TrackResponse__Output>
        TrackerRecoverAllRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_TrackerRecoverAllRequest, _ipfscluster_cluster_v1_TrackerRecoverAllRequest__Output>
        TrackerRecoverAllResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_TrackerRecoverAllResponse, _ipfscluster_cluster_v1_TrackerRecoverAllResponse__Output>
        TrackerRecoverRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_TrackerRecoverRequest, _ipfscluster_cluster_v1_TrackerRecoverRequest__Output>
        TrackerRecoverResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_TrackerRecoverResponse, _ipfscluster_cluster_v1_TrackerRecoverResponse__Output>
        TrackerStatusAllRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_TrackerStatusAllRequest, _ipfscluster_cluster_v1_TrackerStatusAllRequest__Output>
        TrackerStatusAllResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_TrackerStatusAllResponse, _ipfscluster_cluster_v1_TrackerStatusAllResponse__Output>
        TrackerStatusRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_TrackerStatusRequest, _ipfscluster_cluster_v1_TrackerStatusRequest__Output>
        TrackerStatusResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_TrackerStatusResponse, _ipfscluster_cluster_v1_TrackerStatusResponse__Output>
        UnpinPathRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_UnpinPathRequest, _ipfscluster_cluster_v1_UnpinPathRequest__Output>
        UnpinPathResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_UnpinPathResponse, _ipfscluster_cluster_v1_UnpinPathResponse__Output>
        UnpinRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_UnpinRequest, _ipfscluster_cluster_v1_UnpinRequest__Output>
        UnpinResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_UnpinResponse, _ipfscluster_cluster_v1_UnpinResponse__Output>
        UntrackRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_UntrackRequest, _ipfscluster_cluster_v1_UntrackRequest__Output>
        UntrackResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_UntrackResponse, _ipfscluster_cluster_v1_UntrackResponse__Output>
        VersionRequest: MessageTypeDefinition<_ipfscluster_cluster_v1_VersionRequest, _ipfscluster_cluster_v1_VersionRequest__Output>
        VersionResponse: MessageTypeDefinition<_ipfscluster_cluster_v1_VersionResponse, _ipfscluster_cluster_v1_VersionResponse__Output>
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

