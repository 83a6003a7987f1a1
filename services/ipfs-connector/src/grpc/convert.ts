/**
 * Proto messages ↔ domain values: binary CIDs are decoded here (errors name
 * the bytes), 64-bit numbers are decimal strings on the wire, pin types and
 * add parameters are enum names.
 */
import type { AddedOutput, MessageOutput, Pin__Output, RepoStat as RepoStatMessage } from '@ipfscluster/proto'
import { decodeCid } from '../cids.js'
import type { IpfsPinType, PinnedCid, PinTarget, RepoStat } from '../connector.js'
import type { AddOptions } from '../adder/add-options.js'
import type { AddOutput } from '../adder/adder.js'

type ProtoPinType = MessageOutput<'ipfscluster.ipfsconnector.v1.PinLsResponse'>['type']
type AddParams = MessageOutput<'ipfscluster.ipfsconnector.v1.AddParams'>

const PIN_TYPES: Record<IpfsPinType, ProtoPinType> = {
  recursive: 'IPFS_PIN_TYPE_RECURSIVE',
  direct: 'IPFS_PIN_TYPE_DIRECT',
  indirect: 'IPFS_PIN_TYPE_INDIRECT',
  unpinned: 'IPFS_PIN_TYPE_UNPINNED'
}

/** A domain pin type as its enum name. */
export function pinTypeToProto (type: IpfsPinType): ProtoPinType {
  return PIN_TYPES[type]
}

/** An enum name as a domain pin type; UNSPECIFIED is `undefined`. */
export function pinTypeFromProto (type: string): IpfsPinType | undefined {
  return (Object.keys(PIN_TYPES) as IpfsPinType[]).find(k => PIN_TYPES[k] === type)
}

/** The pinset filter of a PinLs request. */
export function pinTypesFromProto (types: string[]): Array<PinnedCid['type']> {
  return types.map(pinTypeFromProto).filter((t): t is PinnedCid['type'] => t !== undefined && t !== 'unpinned')
}

/** What the Pin RPC pins. @throws InvalidParametersError for a bad CID. */
export function pinTargetFromProto (pin: Pin__Output | null | undefined): PinTarget {
  return {
    cid: decodeCid(pin?.cid ?? new Uint8Array()),
    maxDepth: pin?.max_depth ?? -1,
    origins: pin?.origins ?? [],
    pinUpdate: pin?.pin_update === undefined || pin.pin_update.byteLength === 0 ? undefined : decodeCid(pin.pin_update)
  }
}

/** Repo usage with its numbers as decimal strings. */
export function repoStatToProto (stat: RepoStat): RepoStatMessage {
  return { repo_size: stat.repoSize.toString(), storage_max: stat.storageMax.toString(), freespace: stat.freespace.toString() }
}

/** Repo usage from its message. */
export function repoStatFromProto (stat: RepoStatMessage | null | undefined): RepoStat {
  return { repoSize: BigInt(String(stat?.repo_size ?? 0)), storageMax: BigInt(String(stat?.storage_max ?? 0)), freespace: BigInt(String(stat?.freespace ?? 0)) }
}

/** Add parameters from the first AddRequest. */
export function addOptionsFromProto (params: AddParams): AddOptions {
  return {
    format: params.format === 'ADD_FORMAT_CAR' ? 'car' : 'unixfs',
    layout: params.layout === 'ADD_LAYOUT_TRICKLE' ? 'trickle' : 'balanced',
    chunker: params.chunker,
    hash: params.hash,
    cidVersion: params.cid_version > 0 ? 1 : 0,
    rawLeaves: params.raw_leaves,
    wrapWithDirectory: params.wrap_with_directory,
    progress: params.progress
  }
}

/** One add output as an AddedOutput message. */
export function addedOutputToProto (output: AddOutput, allocations: string[]): AddedOutput {
  return {
    name: output.name,
    cid: output.cid?.bytes ?? new Uint8Array(),
    bytes: String(output.bytes ?? 0),
    size: String(output.size ?? 0),
    allocations: output.cid === undefined ? [] : allocations
  }
}
