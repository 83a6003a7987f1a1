import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddEntry as _ipfscluster_ipfsconnector_v1_AddEntry, AddEntry__Output as _ipfscluster_ipfsconnector_v1_AddEntry__Output } from './ipfscluster/ipfsconnector/v1/AddEntry.js';
import type { AddParams as _ipfscluster_ipfsconnector_v1_AddParams, AddParams__Output as _ipfscluster_ipfsconnector_v1_AddParams__Output } from './ipfscluster/ipfsconnector/v1/AddParams.js';
import type { AddRequest as _ipfscluster_ipfsconnector_v1_AddRequest, AddRequest__Output as _ipfscluster_ipfsconnector_v1_AddRequest__Output } from './ipfscluster/ipfsconnector/v1/AddRequest.js';
import type { AddResponse as _ipfscluster_ipfsconnector_v1_AddResponse, AddResponse__Output as _ipfscluster_ipfsconnector_v1_AddResponse__Output } from './ipfscluster/ipfsconnector/v1/AddResponse.js';
import type { Block as _ipfscluster_ipfsconnector_v1_Block, Block__Output as _ipfscluster_ipfsconnector_v1_Block__Output } from './ipfscluster/ipfsconnector/v1/Block.js';
import type { BlockGetRequest as _ipfscluster_ipfsconnector_v1_BlockGetRequest, BlockGetRequest__Output as _ipfscluster_ipfsconnector_v1_BlockGetRequest__Output } from './ipfscluster/ipfsconnector/v1/BlockGetRequest.js';
import type { BlockGetResponse as _ipfscluster_ipfsconnector_v1_BlockGetResponse, BlockGetResponse__Output as _ipfscluster_ipfsconnector_v1_BlockGetResponse__Output } from './ipfscluster/ipfsconnector/v1/BlockGetResponse.js';
import type { BlockPutRequest as _ipfscluster_ipfsconnector_v1_BlockPutRequest, BlockPutRequest__Output as _ipfscluster_ipfsconnector_v1_BlockPutRequest__Output } from './ipfscluster/ipfsconnector/v1/BlockPutRequest.js';
import type { BlockPutResponse as _ipfscluster_ipfsconnector_v1_BlockPutResponse, BlockPutResponse__Output as _ipfscluster_ipfsconnector_v1_BlockPutResponse__Output } from './ipfscluster/ipfsconnector/v1/BlockPutResponse.js';
import type { BlockStreamRequest as _ipfscluster_ipfsconnector_v1_BlockStreamRequest, BlockStreamRequest__Output as _ipfscluster_ipfsconnector_v1_BlockStreamRequest__Output } from './ipfscluster/ipfsconnector/v1/BlockStreamRequest.js';
import type { BlockStreamResponse as _ipfscluster_ipfsconnector_v1_BlockStreamResponse, BlockStreamResponse__Output as _ipfscluster_ipfsconnector_v1_BlockStreamResponse__Output } from './ipfscluster/ipfsconnector/v1/BlockStreamResponse.js';
import type { ConfigKeyRequest as _ipfscluster_ipfsconnector_v1_ConfigKeyRequest, ConfigKeyRequest__Output as _ipfscluster_ipfsconnector_v1_ConfigKeyRequest__Output } from './ipfscluster/ipfsconnector/v1/ConfigKeyRequest.js';
import type { ConfigKeyResponse as _ipfscluster_ipfsconnector_v1_ConfigKeyResponse, ConfigKeyResponse__Output as _ipfscluster_ipfsconnector_v1_ConfigKeyResponse__Output } from './ipfscluster/ipfsconnector/v1/ConfigKeyResponse.js';
import type { ConnectSwarmsRequest as _ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest, ConnectSwarmsRequest__Output as _ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest__Output } from './ipfscluster/ipfsconnector/v1/ConnectSwarmsRequest.js';
import type { ConnectSwarmsResponse as _ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse, ConnectSwarmsResponse__Output as _ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse__Output } from './ipfscluster/ipfsconnector/v1/ConnectSwarmsResponse.js';
import type { IDRequest as _ipfscluster_ipfsconnector_v1_IDRequest, IDRequest__Output as _ipfscluster_ipfsconnector_v1_IDRequest__Output } from './ipfscluster/ipfsconnector/v1/IDRequest.js';
import type { IDResponse as _ipfscluster_ipfsconnector_v1_IDResponse, IDResponse__Output as _ipfscluster_ipfsconnector_v1_IDResponse__Output } from './ipfscluster/ipfsconnector/v1/IDResponse.js';
import type { IPFSConnectorClient as _ipfscluster_ipfsconnector_v1_IPFSConnectorClient, IPFSConnectorDefinition as _ipfscluster_ipfsconnector_v1_IPFSConnectorDefinition } from './ipfscluster/ipfsconnector/v1/IPFSConnector.js';
import type { PinDone as _ipfscluster_ipfsconnector_v1_PinDone, PinDone__Output as _ipfscluster_ipfsconnector_v1_PinDone__Output } from './ipfscluster/ipfsconnector/v1/PinDone.js';
import type { PinLsCidRequest as _ipfscluster_ipfsconnector_v1_PinLsCidRequest, PinLsCidRequest__Output as _ipfscluster_ipfsconnector_v1_PinLsCidRequest__Output } from './ipfscluster/ipfsconnector/v1/PinLsCidRequest.js';
import type { PinLsCidResponse as _ipfscluster_ipfsconnector_v1_PinLsCidResponse, PinLsCidResponse__Output as _ipfscluster_ipfsconnector_v1_PinLsCidResponse__Output } from './ipfscluster/ipfsconnector/v1/PinLsCidResponse.js';
import type { PinLsRequest as _ipfscluster_ipfsconnector_v1_PinLsRequest, PinLsRequest__Output as _ipfscluster_ipfsconnector_v1_PinLsRequest__Output } from './ipfscluster/ipfsconnector/v1/PinLsRequest.js';
import type { PinLsResponse as _ipfscluster_ipfsconnector_v1_PinLsResponse, PinLsResponse__Output as _ipfscluster_ipfsconnector_v1_PinLsResponse__Output } from './ipfscluster/ipfsconnector/v1/PinLsResponse.js';
import type { PinProgress as _ipfscluster_ipfsconnector_v1_PinProgress, PinProgress__Output as _ipfscluster_ipfsconnector_v1_PinProgress__Output } from './ipfscluster/ipfsconnector/v1/PinProgress.js';
import type { PinRequest as _ipfscluster_ipfsconnector_v1_PinRequest, PinRequest__Output as _ipfscluster_ipfsconnector_v1_PinRequest__Output } from './ipfscluster/ipfsconnector/v1/PinRequest.js';
import type { PinResponse as _ipfscluster_ipfsconnector_v1_PinResponse, PinResponse__Output as _ipfscluster_ipfsconnector_v1_PinResponse__Output } from './ipfscluster/ipfsconnector/v1/PinResponse.js';
import type { PinUpdateRequest as _ipfscluster_ipfsconnector_v1_PinUpdateRequest, PinUpdateRequest__Output as _ipfscluster_ipfsconnector_v1_PinUpdateRequest__Output } from './ipfscluster/ipfsconnector/v1/PinUpdateRequest.js';
import type { PinUpdateResponse as _ipfscluster_ipfsconnector_v1_PinUpdateResponse, PinUpdateResponse__Output as _ipfscluster_ipfsconnector_v1_PinUpdateResponse__Output } from './ipfscluster/ipfsconnector/v1/PinUpdateResponse.js';
import type { RepoStatRequest as _ipfscluster_ipfsconnector_v1_RepoStatRequest, RepoStatRequest__Output as _ipfscluster_ipfsconnector_v1_RepoStatRequest__Output } from './ipfscluster/ipfsconnector/v1/RepoStatRequest.js';
import type { RepoStatResponse as _ipfscluster_ipfsconnector_v1_RepoStatResponse, RepoStatResponse__Output as _ipfscluster_ipfsconnector_v1_RepoStatResponse__Output } from './ipfscluster/ipfsconnector/v1/RepoStatResponse.js';
import type { ResolveRequest as _ipfscluster_ipfsconnector_v1_ResolveRequest, ResolveRequest__Output as _ipfscluster_ipfsconnector_v1_ResolveRequest__Output } from './ipfscluster/ipfsconnector/v1/ResolveRequest.js';
import type { ResolveResponse as _ipfscluster_ipfsconnector_v1_ResolveResponse, ResolveResponse__Output as _ipfscluster_ipfsconnector_v1_ResolveResponse__Output } from './ipfscluster/ipfsconnector/v1/ResolveResponse.js';
import type { SwarmPeersRequest as _ipfscluster_ipfsconnector_v1_SwarmPeersRequest, SwarmPeersRequest__Output as _ipfscluster_ipfsconnector_v1_SwarmPeersRequest__Output } from './ipfscluster/ipfsconnector/v1/SwarmPeersRequest.js';
import type { SwarmPeersResponse as _ipfscluster_ipfsconnector_v1_SwarmPeersResponse, SwarmPeersResponse__Output as _ipfscluster_ipfsconnector_v1_SwarmPeersResponse__Output } from './ipfscluster/ipfsconnector/v1/SwarmPeersResponse.js';
import type { UnpinRequest as _ipfscluster_ipfsconnector_v1_UnpinRequest, UnpinRequest__Output as _ipfscluster_ipfsconnector_v1_UnpinRequest__Output } from './ipfscluster/ipfsconnector/v1/UnpinRequest.js';
import type { UnpinResponse as _ipfscluster_ipfsconnector_v1_UnpinResponse, UnpinResponse__Output as _ipfscluster_ipfsconnector_v1_UnpinResponse__Output } from './ipfscluster/ipfsconnector/v1/UnpinResponse.js';
import type { VersionRequest as _ipfscluster_ipfsconnector_v1_VersionRequest, VersionRequest__Output as _ipfscluster_ipfsconnector_v1_VersionRequest__Output } from './ipfscluster/ipfsconnector/v1/VersionRequest.js';
import type { VersionResponse as _ipfscluster_ipfsconnector_v1_VersionResponse, VersionResponse__Output as _ipfscluster_ipfsconnector_v1_VersionResponse__Output } from './ipfscluster/ipfsconnector/v1/VersionResponse.js';
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
    ipfsconnector: {
      v1: {
        AddEntry: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_AddEntry, _ipfscluster_ipfsconnector_v1_AddEntry__Output>
        AddEntryKind: EnumTypeDefinition
        AddFormat: EnumTypeDefinition
        AddLayout: EnumTypeDefinition
        AddParams: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_AddParams, _ipfscluster_ipfsconnector_v1_AddParams__Output>
        AddRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_AddRequest, _ipfscluster_ipfsconnector_v1_AddRequest__Output>
        AddResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_AddResponse, _ipfscluster_ipfsconnector_v1_AddResponse__Output>
        Block: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_Block, _ipfscluster_ipfsconnector_v1_Block__Output>
        BlockGetRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_BlockGetRequest, _ipfscluster_ipfsconnector_v1_BlockGetRequest__Output>
        BlockGetResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_BlockGetResponse, _ipfscluster_ipfsconnector_v1_BlockGetResponse__Output>
        BlockPutRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_BlockPutRequest, _ipfscluster_ipfsconnector_v1_BlockPutRequest__Output>
        BlockPutResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_BlockPutResponse, _ipfscluster_ipfsconnector_v1_BlockPutResponse__Output>
        BlockStreamRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_BlockStreamRequest, _ipfscluster_ipfsconnector_v1_BlockStreamRequest__Output>
        BlockStreamResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_BlockStreamResponse, _ipfscluster_ipfsconnector_v1_BlockStreamResponse__Output>
        ConfigKeyRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_ConfigKeyRequest, _ipfscluster_ipfsconnector_v1_ConfigKeyRequest__Output>
        ConfigKeyResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_ConfigKeyResponse, _ipfscluster_ipfsconnector_v1_ConfigKeyResponse__Output>
        ConnectSwarmsRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest, _ipfscluster_ipfsconnector_v1_ConnectSwarmsRequest__Output>
        ConnectSwarmsResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse, _ipfscluster_ipfsconnector_v1_ConnectSwarmsResponse__Output>
        IDRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_IDRequest, _ipfscluster_ipfsconnector_v1_IDRequest__Output>
        IDResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_IDResponse, _ipfscluster_ipfsconnector_v1_IDResponse__Output>
        /**
         * Talk with the IPFS daemon.
         */
        IPFSConnector: SubtypeConstructor<typeof grpc.Client, _ipfscluster_ipfsconnector_v1_IPFSConnectorClient> & { service: _ipfscluster_ipfsconnector_v1_IPFSConnectorDefinition }
        IpfsPinType: EnumTypeDefinition
        PinDone: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_PinDone, _ipfscluster_ipfsconnector_v1_PinDone__Output>
        PinLsCidRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_PinLsCidRequest, _ipfscluster_ipfsconnector_v1_PinLsCidRequest__Output>
        PinLsCidResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_PinLsCidResponse, _ipfscluster_ipfsconnector_v1_PinLsCidResponse__Output>
        PinLsRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_PinLsRequest, _ipfscluster_ipfsconnector_v1_PinLsRequest__Output>
        PinLsResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_PinLsResponse, _ipfscluster_ipfsconnector_v1_PinLsResponse__Output>
        PinProgress: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_PinProgress, _ipfscluster_ipfsconnector_v1_PinProgress__Output>
        PinRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_PinRequest, _ipfscluster_ipfsconnector_v1_PinRequest__Output>
        PinResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_PinResponse, _ipfscluster_ipfsconnector_v1_PinResponse__Output>
        PinUpdateRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_PinUpdateRequest, _ipfscluster_ipfsconnector_v1_PinUpdateRequest__Output>
        PinUpdateResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_PinUpdateResponse, _ipfscluster_ipfsconnector_v1_PinUpdateResponse__Output>
        RepoStatRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_RepoStatRequest, _ipfscluster_ipfsconnector_v1_RepoStatRequest__Output>
        RepoStatResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_RepoStatResponse, _ipfscluster_ipfsconnector_v1_RepoStatResponse__Output>
        ResolveRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_ResolveRequest, _ipfscluster_ipfsconnector_v1_ResolveRequest__Output>
        ResolveResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_ResolveResponse, _ipfscluster_ipfsconnector_v1_ResolveResponse__Output>
        SwarmPeersRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_SwarmPeersRequest, _ipfscluster_ipfsconnector_v1_SwarmPeersRequest__Output>
        SwarmPeersResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_SwarmPeersResponse, _ipfscluster_ipfsconnector_v1_SwarmPeersResponse__Output>
        UnpinRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_UnpinRequest, _ipfscluster_ipfsconnector_v1_UnpinRequest__Output>
        UnpinResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_UnpinResponse, _ipfscluster_ipfsconnector_v1_UnpinResponse__Output>
        VersionRequest: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_VersionRequest, _ipfscluster_ipfsconnector_v1_VersionRequest__Output>
        VersionResponse: MessageTypeDefinition<_ipfscluster_ipfsconnector_v1_VersionResponse, _ipfscluster_ipfsconnector_v1_VersionResponse__Output>
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

