import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Frame as _ipfscluster_p2p_v1_Frame, Frame__Output as _ipfscluster_p2p_v1_Frame__Output } from './ipfscluster/p2p/v1/Frame.js';
import type { HalfClose as _ipfscluster_p2p_v1_HalfClose, HalfClose__Output as _ipfscluster_p2p_v1_HalfClose__Output } from './ipfscluster/p2p/v1/HalfClose.js';
import type { Payload as _ipfscluster_p2p_v1_Payload, Payload__Output as _ipfscluster_p2p_v1_Payload__Output } from './ipfscluster/p2p/v1/Payload.js';
import type { Request as _ipfscluster_p2p_v1_Request, Request__Output as _ipfscluster_p2p_v1_Request__Output } from './ipfscluster/p2p/v1/Request.js';
import type { Status as _ipfscluster_p2p_v1_Status, Status__Output as _ipfscluster_p2p_v1_Status__Output } from './ipfscluster/p2p/v1/Status.js';
import type { AddPeerRequest as _ipfscluster_peermanagement_v1_AddPeerRequest, AddPeerRequest__Output as _ipfscluster_peermanagement_v1_AddPeerRequest__Output } from './ipfscluster/peermanagement/v1/AddPeerRequest.js';
import type { AddPeerResponse as _ipfscluster_peermanagement_v1_AddPeerResponse, AddPeerResponse__Output as _ipfscluster_peermanagement_v1_AddPeerResponse__Output } from './ipfscluster/peermanagement/v1/AddPeerResponse.js';
import type { AlertsRequest as _ipfscluster_peermanagement_v1_AlertsRequest, AlertsRequest__Output as _ipfscluster_peermanagement_v1_AlertsRequest__Output } from './ipfscluster/peermanagement/v1/AlertsRequest.js';
import type { AlertsResponse as _ipfscluster_peermanagement_v1_AlertsResponse, AlertsResponse__Output as _ipfscluster_peermanagement_v1_AlertsResponse__Output } from './ipfscluster/peermanagement/v1/AlertsResponse.js';
import type { BootstrapRequest as _ipfscluster_peermanagement_v1_BootstrapRequest, BootstrapRequest__Output as _ipfscluster_peermanagement_v1_BootstrapRequest__Output } from './ipfscluster/peermanagement/v1/BootstrapRequest.js';
import type { BootstrapResponse as _ipfscluster_peermanagement_v1_BootstrapResponse, BootstrapResponse__Output as _ipfscluster_peermanagement_v1_BootstrapResponse__Output } from './ipfscluster/peermanagement/v1/BootstrapResponse.js';
import type { CallBidiRequest as _ipfscluster_peermanagement_v1_CallBidiRequest, CallBidiRequest__Output as _ipfscluster_peermanagement_v1_CallBidiRequest__Output } from './ipfscluster/peermanagement/v1/CallBidiRequest.js';
import type { CallBidiResponse as _ipfscluster_peermanagement_v1_CallBidiResponse, CallBidiResponse__Output as _ipfscluster_peermanagement_v1_CallBidiResponse__Output } from './ipfscluster/peermanagement/v1/CallBidiResponse.js';
import type { CallHeader as _ipfscluster_peermanagement_v1_CallHeader, CallHeader__Output as _ipfscluster_peermanagement_v1_CallHeader__Output } from './ipfscluster/peermanagement/v1/CallHeader.js';
import type { CallRequest as _ipfscluster_peermanagement_v1_CallRequest, CallRequest__Output as _ipfscluster_peermanagement_v1_CallRequest__Output } from './ipfscluster/peermanagement/v1/CallRequest.js';
import type { CallResponse as _ipfscluster_peermanagement_v1_CallResponse, CallResponse__Output as _ipfscluster_peermanagement_v1_CallResponse__Output } from './ipfscluster/peermanagement/v1/CallResponse.js';
import type { CallStreamRequest as _ipfscluster_peermanagement_v1_CallStreamRequest, CallStreamRequest__Output as _ipfscluster_peermanagement_v1_CallStreamRequest__Output } from './ipfscluster/peermanagement/v1/CallStreamRequest.js';
import type { CallStreamResponse as _ipfscluster_peermanagement_v1_CallStreamResponse, CallStreamResponse__Output as _ipfscluster_peermanagement_v1_CallStreamResponse__Output } from './ipfscluster/peermanagement/v1/CallStreamResponse.js';
import type { ConnectPeerRequest as _ipfscluster_peermanagement_v1_ConnectPeerRequest, ConnectPeerRequest__Output as _ipfscluster_peermanagement_v1_ConnectPeerRequest__Output } from './ipfscluster/peermanagement/v1/ConnectPeerRequest.js';
import type { ConnectPeerResponse as _ipfscluster_peermanagement_v1_ConnectPeerResponse, ConnectPeerResponse__Output as _ipfscluster_peermanagement_v1_ConnectPeerResponse__Output } from './ipfscluster/peermanagement/v1/ConnectPeerResponse.js';
import type { IDRequest as _ipfscluster_peermanagement_v1_IDRequest, IDRequest__Output as _ipfscluster_peermanagement_v1_IDRequest__Output } from './ipfscluster/peermanagement/v1/IDRequest.js';
import type { IDResponse as _ipfscluster_peermanagement_v1_IDResponse, IDResponse__Output as _ipfscluster_peermanagement_v1_IDResponse__Output } from './ipfscluster/peermanagement/v1/IDResponse.js';
import type { ImportAddressesRequest as _ipfscluster_peermanagement_v1_ImportAddressesRequest, ImportAddressesRequest__Output as _ipfscluster_peermanagement_v1_ImportAddressesRequest__Output } from './ipfscluster/peermanagement/v1/ImportAddressesRequest.js';
import type { ImportAddressesResponse as _ipfscluster_peermanagement_v1_ImportAddressesResponse, ImportAddressesResponse__Output as _ipfscluster_peermanagement_v1_ImportAddressesResponse__Output } from './ipfscluster/peermanagement/v1/ImportAddressesResponse.js';
import type { LatestMetricsRequest as _ipfscluster_peermanagement_v1_LatestMetricsRequest, LatestMetricsRequest__Output as _ipfscluster_peermanagement_v1_LatestMetricsRequest__Output } from './ipfscluster/peermanagement/v1/LatestMetricsRequest.js';
import type { LatestMetricsResponse as _ipfscluster_peermanagement_v1_LatestMetricsResponse, LatestMetricsResponse__Output as _ipfscluster_peermanagement_v1_LatestMetricsResponse__Output } from './ipfscluster/peermanagement/v1/LatestMetricsResponse.js';
import type { LeaveRequest as _ipfscluster_peermanagement_v1_LeaveRequest, LeaveRequest__Output as _ipfscluster_peermanagement_v1_LeaveRequest__Output } from './ipfscluster/peermanagement/v1/LeaveRequest.js';
import type { LeaveResponse as _ipfscluster_peermanagement_v1_LeaveResponse, LeaveResponse__Output as _ipfscluster_peermanagement_v1_LeaveResponse__Output } from './ipfscluster/peermanagement/v1/LeaveResponse.js';
import type { LogMetricRequest as _ipfscluster_peermanagement_v1_LogMetricRequest, LogMetricRequest__Output as _ipfscluster_peermanagement_v1_LogMetricRequest__Output } from './ipfscluster/peermanagement/v1/LogMetricRequest.js';
import type { LogMetricResponse as _ipfscluster_peermanagement_v1_LogMetricResponse, LogMetricResponse__Output as _ipfscluster_peermanagement_v1_LogMetricResponse__Output } from './ipfscluster/peermanagement/v1/LogMetricResponse.js';
import type { MetricNamesRequest as _ipfscluster_peermanagement_v1_MetricNamesRequest, MetricNamesRequest__Output as _ipfscluster_peermanagement_v1_MetricNamesRequest__Output } from './ipfscluster/peermanagement/v1/MetricNamesRequest.js';
import type { MetricNamesResponse as _ipfscluster_peermanagement_v1_MetricNamesResponse, MetricNamesResponse__Output as _ipfscluster_peermanagement_v1_MetricNamesResponse__Output } from './ipfscluster/peermanagement/v1/MetricNamesResponse.js';
import type { PeerInfo as _ipfscluster_peermanagement_v1_PeerInfo, PeerInfo__Output as _ipfscluster_peermanagement_v1_PeerInfo__Output } from './ipfscluster/peermanagement/v1/PeerInfo.js';
import type { PeerLeavingRequest as _ipfscluster_peermanagement_v1_PeerLeavingRequest, PeerLeavingRequest__Output as _ipfscluster_peermanagement_v1_PeerLeavingRequest__Output } from './ipfscluster/peermanagement/v1/PeerLeavingRequest.js';
import type { PeerLeavingResponse as _ipfscluster_peermanagement_v1_PeerLeavingResponse, PeerLeavingResponse__Output as _ipfscluster_peermanagement_v1_PeerLeavingResponse__Output } from './ipfscluster/peermanagement/v1/PeerLeavingResponse.js';
import type { PeerManagerClient as _ipfscluster_peermanagement_v1_PeerManagerClient, PeerManagerDefinition as _ipfscluster_peermanagement_v1_PeerManagerDefinition } from './ipfscluster/peermanagement/v1/PeerManager.js';
import type { PeerMonitorClient as _ipfscluster_peermanagement_v1_PeerMonitorClient, PeerMonitorDefinition as _ipfscluster_peermanagement_v1_PeerMonitorDefinition } from './ipfscluster/peermanagement/v1/PeerMonitor.js';
import type { PeersRequest as _ipfscluster_peermanagement_v1_PeersRequest, PeersRequest__Output as _ipfscluster_peermanagement_v1_PeersRequest__Output } from './ipfscluster/peermanagement/v1/PeersRequest.js';
import type { PeersResponse as _ipfscluster_peermanagement_v1_PeersResponse, PeersResponse__Output as _ipfscluster_peermanagement_v1_PeersResponse__Output } from './ipfscluster/peermanagement/v1/PeersResponse.js';
import type { PublishMetricRequest as _ipfscluster_peermanagement_v1_PublishMetricRequest, PublishMetricRequest__Output as _ipfscluster_peermanagement_v1_PublishMetricRequest__Output } from './ipfscluster/peermanagement/v1/PublishMetricRequest.js';
import type { PublishMetricResponse as _ipfscluster_peermanagement_v1_PublishMetricResponse, PublishMetricResponse__Output as _ipfscluster_peermanagement_v1_PublishMetricResponse__Output } from './ipfscluster/peermanagement/v1/PublishMetricResponse.js';
import type { RemoteMultiaddrForPeerRequest as _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest, RemoteMultiaddrForPeerRequest__Output as _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest__Output } from './ipfscluster/peermanagement/v1/RemoteMultiaddrForPeerRequest.js';
import type { RemoteMultiaddrForPeerResponse as _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse, RemoteMultiaddrForPeerResponse__Output as _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse__Output } from './ipfscluster/peermanagement/v1/RemoteMultiaddrForPeerResponse.js';
import type { RemovePeerRequest as _ipfscluster_peermanagement_v1_RemovePeerRequest, RemovePeerRequest__Output as _ipfscluster_peermanagement_v1_RemovePeerRequest__Output } from './ipfscluster/peermanagement/v1/RemovePeerRequest.js';
import type { RemovePeerResponse as _ipfscluster_peermanagement_v1_RemovePeerResponse, RemovePeerResponse__Output as _ipfscluster_peermanagement_v1_RemovePeerResponse__Output } from './ipfscluster/peermanagement/v1/RemovePeerResponse.js';
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
    p2p: {
      v1: {
        Frame: MessageTypeDefinition<_ipfscluster_p2p_v1_Frame, _ipfscluster_p2p_v1_Frame__Output>
        HalfClose: MessageTypeDefinition<_ipfscluster_p2p_v1_HalfClose, _ipfscluster_p2p_v1_HalfClose__Output>
        Payload: MessageTypeDefinition<_ipfscluster_p2p_v1_Payload, _ipfscluster_p2p_v1_Payload__Output>
        Request: MessageTypeDefinition<_ipfscluster_p2p_v1_Request, _ipfscluster_p2p_v1_Request__Output>
        Status: MessageTypeDefinition<_ipfscluster_p2p_v1_Status, _ipfscluster_p2p_v1_Status__Output>
      }
    }
    peermanagement: {
      v1: {
        AddPeerRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_AddPeerRequest, _ipfscluster_peermanagement_v1_AddPeerRequest__Output>
        AddPeerResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_AddPeerResponse, _ipfscluster_peermanagement_v1_AddPeerResponse__Output>
        AlertsRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_AlertsRequest, _ipfscluster_peermanagement_v1_AlertsRequest__Output>
        AlertsResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_AlertsResponse, _ipfscluster_peermanagement_v1_AlertsResponse__Output>
        BootstrapRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_BootstrapRequest, _ipfscluster_peermanagement_v1_BootstrapRequest__Output>
        BootstrapResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_BootstrapResponse, _ipfscluster_peermanagement_v1_BootstrapResponse__Output>
        CallBidiRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_CallBidiRequest, _ipfscluster_peermanagement_v1_CallBidiRequest__Output>
        CallBidiResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_CallBidiResponse, _ipfscluster_peermanagement_v1_CallBidiResponse__Output>
        CallHeader: MessageTypeDefinition<_ipfscluster_peermanagement_v1_CallHeader, _ipfscluster_peermanagement_v1_CallHeader__Output>
        CallRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_CallRequest, _ipfscluster_peermanagement_v1_CallRequest__Output>
        CallResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_CallResponse, _ipfscluster_peermanagement_v1_CallResponse__Output>
        CallStreamRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_CallStreamRequest, _ipfscluster_peermanagement_v1_CallStreamRequest__Output>
        CallStreamResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_CallStreamResponse, _ipfscluster_peermanagement_v1_CallStreamResponse__Output>
        ConnectPeerRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_ConnectPeerRequest, _ipfscluster_peermanagement_v1_ConnectPeerRequest__Output>
        ConnectPeerResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_ConnectPeerResponse, _ipfscluster_peermanagement_v1_ConnectPeerResponse__Output>
        IDRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_IDRequest, _ipfscluster_peermanagement_v1_IDRequest__Output>
        IDResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_IDResponse, _ipfscluster_peermanagement_v1_IDResponse__Output>
        ImportAddressesRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_ImportAddressesRequest, _ipfscluster_peermanagement_v1_ImportAddressesRequest__Output>
        ImportAddressesResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_ImportAddressesResponse, _ipfscluster_peermanagement_v1_ImportAddressesResponse__Output>
        LatestMetricsRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_LatestMetricsRequest, _ipfscluster_peermanagement_v1_LatestMetricsRequest__Output>
        LatestMetricsResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_LatestMetricsResponse, _ipfscluster_peermanagement_v1_LatestMetricsResponse__Output>
        LeaveRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_LeaveRequest, _ipfscluster_peermanagement_v1_LeaveRequest__Output>
        LeaveResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_LeaveResponse, _ipfscluster_peermanagement_v1_LeaveResponse__Output>
        LogMetricRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_LogMetricRequest, _ipfscluster_peermanagement_v1_LogMetricRequest__Output>
        LogMetricResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_LogMetricResponse, _ipfscluster_peermanagement_v1_LogMetricResponse__Output>
        MetricNamesRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_MetricNamesRequest, _ipfscluster_peermanagement_v1_MetricNamesRequest__Output>
        MetricNamesResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_MetricNamesResponse, _ipfscluster_peermanagement_v1_MetricNamesResponse__Output>
        PeerInfo: MessageTypeDefinition<_ipfscluster_peermanagement_v1_PeerInfo, _ipfscluster_peermanagement_v1_PeerInfo__Output>
        PeerLeavingRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_PeerLeavingRequest, _ipfscluster_peermanagement_v1_PeerLeavingRequest__Output>
        PeerLeavingResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_PeerLeavingResponse, _ipfscluster_peermanagement_v1_PeerLeavingResponse__Output>
        /**
         * The libp2p host, address book and call relay.
         */
        PeerManager: SubtypeConstructor<typeof grpc.Client, _ipfscluster_peermanagement_v1_PeerManagerClient> & { service: _ipfscluster_peermanagement_v1_PeerManagerDefinition }
        /**
         * The peer monitor: metric store and alerts.
         */
        PeerMonitor: SubtypeConstructor<typeof grpc.Client, _ipfscluster_peermanagement_v1_PeerMonitorClient> & { service: _ipfscluster_peermanagement_v1_PeerMonitorDefinition }
        PeersRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_PeersRequest, _ipfscluster_peermanagement_v1_PeersRequest__Output>
        PeersResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_PeersResponse, _ipfscluster_peermanagement_v1_PeersResponse__Output>
        PublishMetricRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_PublishMetricRequest, _ipfscluster_peermanagement_v1_PublishMetricRequest__Output>
        PublishMetricResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_PublishMetricResponse, _ipfscluster_peermanagement_v1_PublishMetricResponse__Output>
        RemoteMultiaddrForPeerRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest, _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerRequest__Output>
        RemoteMultiaddrForPeerResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse, _ipfscluster_peermanagement_v1_RemoteMultiaddrForPeerResponse__Output>
        RemovePeerRequest: MessageTypeDefinition<_ipfscluster_peermanagement_v1_RemovePeerRequest, _ipfscluster_peermanagement_v1_RemovePeerRequest__Output>
        RemovePeerResponse: MessageTypeDefinition<_ipfscluster_peermanagement_v1_RemovePeerResponse, _ipfscluster_peermanagement_v1_RemovePeerResponse__Output>
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

