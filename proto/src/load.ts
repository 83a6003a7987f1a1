/**
 * The one place that loads the protos: one option set (conventions.md §2),
 * loaded once, typed with the generated `ProtoGrpcType`s.
 */
import * as grpc from '@grpc/grpc-js'
import * as protoLoader from '@grpc/proto-loader'
import { fileURLToPath } from 'node:url'
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader'
import type { ProtoGrpcType as ClusterProto } from '../gen/cluster.js'
import type { ProtoGrpcType as ConsensusProto } from '../gen/consensus.js'
import type { ProtoGrpcType as IpfsConnectorProto } from '../gen/ipfs_connector.js'
import type { ProtoGrpcType as P2pProto } from '../gen/p2p.js'
import type { ProtoGrpcType as PeerManagementProto } from '../gen/peer_management.js'
import type { ProtoGrpcType as TypesProto } from '../gen/types.js'

/**
 * Every package of every proto file: `ipfscluster.<area>.v1.<Name>`.
 * Service entries are typed client constructors with a `.service` definition.
 */
export type ProtoGrpcType = TypesProto & P2pProto & ConsensusProto & PeerManagementProto & IpfsConnectorProto & ClusterProto

/**
 * The loader options, shared by the run-time loader and (as CLI flags) by the
 * `gen` script. Field names as written in the protos, 64-bit integers as
 * decimal strings, enums as their names, defaults filled in on output, and a
 * virtual property naming the set member of each oneof.
 */
export const loaderOptions = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true
} as const satisfies protoLoader.Options

/** Absolute path of the folder holding `ipfscluster/v1/*.proto` (the package root). */
export const protoDir: string = fileURLToPath(new URL('../../', import.meta.url))

/** The proto files, relative to {@link protoDir}, in the order the `gen` script lists them. */
export const protoFiles: readonly string[] = Object.freeze([
  'ipfscluster/v1/types.proto',
  'ipfscluster/v1/p2p.proto',
  'ipfscluster/v1/consensus.proto',
  'ipfscluster/v1/peer_management.proto',
  'ipfscluster/v1/ipfs_connector.proto',
  'ipfscluster/v1/cluster.proto'
])

let definition: protoLoader.PackageDefinition | undefined
let grpcObject: ProtoGrpcType | undefined

/**
 * The proto-loader package definition of all protos (parsed on first use,
 * then cached). Keys are full names: `ipfscluster.types.v1.Pin`,
 * `ipfscluster.consensus.v1.Consensus`, …
 */
export function packageDefinition (): protoLoader.PackageDefinition {
  definition ??= protoLoader.loadSync([...protoFiles], { ...loaderOptions, includeDirs: [protoDir] })
  return definition
}

/**
 * The gRPC object of all protos, loaded once.
 *
 * @example
 * ```ts
 * const { ipfscluster } = loadProtos()
 * const client = new ipfscluster.consensus.v1.Consensus(`unix:${socket}`, grpc.credentials.createInsecure())
 * server.addService(ipfscluster.consensus.v1.Consensus.service, handlers)
 * ```
 */
export function loadProtos (): ProtoGrpcType {
  grpcObject ??= grpc.loadPackageDefinition(packageDefinition()) as unknown as ProtoGrpcType
  return grpcObject
}

type Join<P extends string, K extends string> = P extends '' ? K : `${P}.${K}`

type NamesOf<T, P extends string, Want> = {
  [K in keyof T & string]: T[K] extends MessageTypeDefinition<any, any>
    ? (Want extends 'message' ? Join<P, K> : never)
    : T[K] extends EnumTypeDefinition
      ? (Want extends 'enum' ? Join<P, K> : never)
      : T[K] extends { service: grpc.ServiceDefinition }
        ? (Want extends 'service' ? Join<P, K> : never)
        : NamesOf<T[K], Join<P, K>, Want>
}[keyof T & string]

type Lookup<T, N extends string> = N extends `${infer H}.${infer R}`
  ? (H extends keyof T ? Lookup<T[H], R> : never)
  : (N extends keyof T ? T[N] : never)

/** Full name of every message type, e.g. `'ipfscluster.types.v1.Pin'`. */
export type MessageName = NamesOf<ProtoGrpcType, '', 'message'>
/** Full name of every enum, e.g. `'ipfscluster.types.v1.TrackerStatus'`. */
export type EnumName = NamesOf<ProtoGrpcType, '', 'enum'>
/** Full name of every service, e.g. `'ipfscluster.consensus.v1.Consensus'`. */
export type ServiceName = NamesOf<ProtoGrpcType, '', 'service'>

/** What `encode` accepts for a message type (the generated permissive type). */
export type MessageInput<N extends MessageName> = Lookup<ProtoGrpcType, N> extends MessageTypeDefinition<infer I, any> ? I : never
/** What `decode` returns for a message type (the generated `__Output` type). */
export type MessageOutput<N extends MessageName> = Lookup<ProtoGrpcType, N> extends MessageTypeDefinition<any, infer O> ? O : never
/** The service definition (method table) of a service. */
export type ServiceDefinitionOf<S extends ServiceName> = Lookup<ProtoGrpcType, S> extends { service: infer D } ? D : never

/** Encoder/decoder of one message type, with the loader's options. */
export interface Codec<I, O> {
  /** Full name of the message type. */
  readonly name: string
  /** Protobuf encoding of `value` (unknown or wrong-case keys are dropped). */
  encode: (value: I) => Uint8Array
  /** Decodes bytes into the output shape (longs as strings, enums as names, defaults filled). Throws on malformed input. */
  decode: (bytes: Uint8Array) => O
}

const codecs = new Map<string, Codec<any, any>>()

/** A Buffer view of the same memory: protobufjs returns `bytes` fields as Buffers only when reading from a Buffer. */
function asBuffer (bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/**
 * Encoder/decoder of one message by full name, for (de)serializing messages
 * without gRPC (relay frames, the Raft log, snapshots). Same options as the
 * gRPC loader, so what `decode` returns equals what a gRPC handler receives.
 *
 * @example
 * ```ts
 * const frames = codec('ipfscluster.p2p.v1.Frame')
 * const bytes = frames.encode({ request: { method: '/ipfscluster.cluster.v1.Cluster/ID' } })
 * const frame = frames.decode(bytes)   // frame.kind === 'request'
 * ```
 * @throws Error when `name` is not a message type of the protos.
 */
export function codec<N extends MessageName> (name: N): Codec<MessageInput<N>, MessageOutput<N>> {
  let c = codecs.get(name)
  if (c === undefined) {
    const def = packageDefinition()[name] as MessageTypeDefinition<object, object> | undefined
    if (def === undefined || def.format !== 'Protocol Buffer 3 DescriptorProto') {
      throw new Error(`unknown message type ${name}`)
    }
    c = {
      name,
      encode: (value) => def.serialize(value),
      decode: (bytes) => def.deserialize(asBuffer(bytes))
    }
    codecs.set(name, c)
  }
  return c
}
