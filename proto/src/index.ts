/**
 * The gRPC contracts of ipfs-cluster-ts: the protos in `ipfscluster/v1/`,
 * their generated TypeScript types, the one loader, the message codecs for
 * non-gRPC uses (relay frames, Raft log, snapshots), the remote-call policy
 * table and the peer protocol constants.
 *
 * 64-bit integers are decimal strings, enums their names, CIDs binary
 * (`bytes`), peer IDs canonical base58btc strings (see `types.proto`).
 *
 * @example
 * ```ts
 * import * as grpc from '@grpc/grpc-js'
 * import { loadProtos, codec, type ConsensusHandlers } from '@ipfscluster/proto'
 *
 * const { ipfscluster } = loadProtos()
 * const consensus = new ipfscluster.consensus.v1.Consensus(`unix:${socket}`, grpc.credentials.createInsecure())
 * consensus.Leader({}, (err, res) => console.log(err ?? res?.leader))
 * server.addService(ipfscluster.consensus.v1.Consensus.service, handlers satisfies ConsensusHandlers)
 *
 * const pins = codec('ipfscluster.types.v1.Pin')
 * const pin = pins.decode(pins.encode({ cid: cidBytes, type: 'PIN_TYPE_PIN', max_depth: -1 }))
 * ```
 *
 * @packageDocumentation
 */
export {
  codec,
  loaderOptions,
  loadProtos,
  packageDefinition,
  protoDir,
  protoFiles
} from './load.js'
export type {
  Codec,
  EnumName,
  MessageInput,
  MessageName,
  MessageOutput,
  ProtoGrpcType,
  ServiceDefinitionOf,
  ServiceName
} from './load.js'
export { listedPins } from './list-pins.js'
export { policies, policyOf } from './policy.js'
export type { Policy, PolicyTable } from './policy.js'
export { methods } from './methods.js'
export type { MethodInfo } from './methods.js'
export {
  ERROR_METADATA_KEY,
  MAX_FRAME_BYTES,
  MAX_STREAMS_PER_PROTOCOL,
  RAFT_PROTOCOL,
  REMOTE_PEER_METADATA_KEY,
  RPC_PROTOCOL,
  protocolFor
} from './p2p.js'
export {
  pinModeFromName,
  pinModeNames,
  pinTypeFromName,
  pinTypeNames,
  trackerStatusComposites,
  trackerStatusesFromName,
  trackerStatusNames
} from './rest-names.js'

// Services: client, handler and definition types.
export type { ClusterClient, ClusterDefinition, ClusterHandlers } from '../gen/ipfscluster/cluster/v1/Cluster.js'
export type { PinTrackerClient, PinTrackerDefinition, PinTrackerHandlers } from '../gen/ipfscluster/cluster/v1/PinTracker.js'
export type { ConsensusClient, ConsensusDefinition, ConsensusHandlers } from '../gen/ipfscluster/consensus/v1/Consensus.js'
export type { ListResponse, ListResponse__Output } from '../gen/ipfscluster/consensus/v1/ListResponse.js'
export type { RaftClient, RaftDefinition, RaftHandlers } from '../gen/ipfscluster/consensus/v1/Raft.js'
export type { PeerManagerClient, PeerManagerDefinition, PeerManagerHandlers } from '../gen/ipfscluster/peermanagement/v1/PeerManager.js'
export type { PeerMonitorClient, PeerMonitorDefinition, PeerMonitorHandlers } from '../gen/ipfscluster/peermanagement/v1/PeerMonitor.js'
export type { IPFSConnectorClient, IPFSConnectorDefinition, IPFSConnectorHandlers } from '../gen/ipfscluster/ipfsconnector/v1/IPFSConnector.js'

// Shared types (types.proto): input (permissive) and __Output (decoded) shapes; enums also as values.
export type { AddedOutput, AddedOutput__Output } from '../gen/ipfscluster/types/v1/AddedOutput.js'
export type { Alert, Alert__Output } from '../gen/ipfscluster/types/v1/Alert.js'
export type { GlobalPinInfo, GlobalPinInfo__Output } from '../gen/ipfscluster/types/v1/GlobalPinInfo.js'
export type { ID, ID__Output } from '../gen/ipfscluster/types/v1/ID.js'
export type { IpfsId, IpfsId__Output } from '../gen/ipfscluster/types/v1/IpfsId.js'
export type { Metric, Metric__Output } from '../gen/ipfscluster/types/v1/Metric.js'
export type { Op, Op__Output } from '../gen/ipfscluster/types/v1/Op.js'
export type { Pin, Pin__Output } from '../gen/ipfscluster/types/v1/Pin.js'
export type { PinInfo, PinInfo__Output } from '../gen/ipfscluster/types/v1/PinInfo.js'
export type { PinOptions, PinOptions__Output } from '../gen/ipfscluster/types/v1/PinOptions.js'
export type { RepoStat, RepoStat__Output } from '../gen/ipfscluster/types/v1/RepoStat.js'
export { OpType, type OpType__Output } from '../gen/ipfscluster/types/v1/OpType.js'
export { PinMode, type PinMode__Output } from '../gen/ipfscluster/types/v1/PinMode.js'
export { PinType, type PinType__Output } from '../gen/ipfscluster/types/v1/PinType.js'
export { TrackerStatus, type TrackerStatus__Output } from '../gen/ipfscluster/types/v1/TrackerStatus.js'

// Peer protocol frames (p2p.proto).
export type { Frame, Frame__Output } from '../gen/ipfscluster/p2p/v1/Frame.js'
export type { Request as FrameRequest, Request__Output as FrameRequest__Output } from '../gen/ipfscluster/p2p/v1/Request.js'
export type { Payload, Payload__Output } from '../gen/ipfscluster/p2p/v1/Payload.js'
export type { HalfClose, HalfClose__Output } from '../gen/ipfscluster/p2p/v1/HalfClose.js'
export type { Status as FrameStatus, Status__Output as FrameStatus__Output } from '../gen/ipfscluster/p2p/v1/Status.js'
