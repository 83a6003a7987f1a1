import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Frame as _ipfscluster_p2p_v1_Frame, Frame__Output as _ipfscluster_p2p_v1_Frame__Output } from './ipfscluster/p2p/v1/Frame.js';
import type { HalfClose as _ipfscluster_p2p_v1_HalfClose, HalfClose__Output as _ipfscluster_p2p_v1_HalfClose__Output } from './ipfscluster/p2p/v1/HalfClose.js';
import type { Payload as _ipfscluster_p2p_v1_Payload, Payload__Output as _ipfscluster_p2p_v1_Payload__Output } from './ipfscluster/p2p/v1/Payload.js';
import type { Request as _ipfscluster_p2p_v1_Request, Request__Output as _ipfscluster_p2p_v1_Request__Output } from './ipfscluster/p2p/v1/Request.js';
import type { Status as _ipfscluster_p2p_v1_Status, Status__Output as _ipfscluster_p2p_v1_Status__Output } from './ipfscluster/p2p/v1/Status.js';

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
  }
}

