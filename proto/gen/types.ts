import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

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

