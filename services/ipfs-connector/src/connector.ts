/**
 * The `IpfsConnector` interface — the Go `ipfscluster.IPFSConnector` in
 * TypeScript — and its value types. Two implementations: `KuboConnector`
 * (an IPFS daemon over the Kubo RPC API) and `EmbeddedConnector` (a Helia
 * node in this process); `createIpfsConnectorClient()` gives the same
 * interface over gRPC. CIDs are `multiformats` CIDs, compared with
 * `equals()`, never as strings.
 */
import type { CID } from 'multiformats/cid'

/** Cancellation of one call (the Go `ctx`). */
export interface AbortOptions {
  signal?: AbortSignal
}

/** How IPFS holds a CID. */
export type IpfsPinType = 'recursive' | 'direct' | 'indirect' | 'unpinned'

/** Identity of the IPFS node. */
export interface IpfsIdentity {
  /** IPFS peer ID. */
  id: string
  /** Multiaddrs with `/p2p/<id>`; unparsable ones are left out. */
  addresses: string[]
  /** `AgentVersion` ("kubo/0.29.0/", "js-ipfs/0.18.1", "helia/…"). */
  agentVersion: string
  /** Base64 public key; '' when not reported. */
  publicKey: string
}

/** Version of the IPFS node. */
export interface IpfsVersion {
  version: string
  commit: string
  repo: string
  system: string
}

/** Repository usage in bytes. */
export interface RepoStat {
  repoSize: bigint
  storageMax: bigint
  /** max(storageMax − repoSize, 0). */
  freespace: bigint
}

/** What to pin. */
export interface PinTarget {
  cid: CID
  /** -1 recursive, 0 direct, N > 0 limited depth. */
  maxDepth: number
  /** Multiaddrs (with /p2p/) of nodes likely to have the content; connected first, best effort. */
  origins?: string[]
  /** A CID pinned recursively that this pin replaces while sharing blocks (`pin/update`). */
  pinUpdate?: CID
}

/** One event of a pin: progress while fetching, then `done` last. */
export type PinEvent =
  | { type: 'progress', blocks: number }
  | { type: 'done', alreadyPinned: boolean }

/** One pin of the node's pinset. */
export interface PinnedCid {
  cid: CID
  type: Exclude<IpfsPinType, 'unpinned'>
}

/** One raw IPFS block. */
export interface Block {
  cid: CID
  bytes: Uint8Array
}

/** Whether the node can be called; changes are reported to {@link IpfsConnector.onAvailability}. */
export type Availability = 'available' | 'unavailable'

/** Everything the cluster asks of IPFS. Every call may throw `IpfsUnavailableError` while the node is unreachable. */
export interface IpfsConnector {
  /** The node's identity (the readiness probe). */
  id: (options?: AbortOptions) => Promise<IpfsIdentity>
  /** The node's version. */
  version: (options?: AbortOptions) => Promise<IpfsVersion>
  /**
   * Pins `target`, yielding progress and ending with `done`. Already pinned at
   * that depth → only `done` with `alreadyPinned`. Ends with `TimeoutError`
   * when no progress is made for `pin_timeout`. Idempotent.
   */
  pin: (target: PinTarget, options?: AbortOptions) => AsyncIterable<PinEvent>
  /** Unpins; resolves `false` when IPFS said it was not pinned. Idempotent. `UnpinDisabledError` with `unpin_disable`. */
  unpin: (cid: CID, options?: AbortOptions) => Promise<boolean>
  /** Pins `to`, keeping `from` pinned (they share blocks). */
  pinUpdate: (from: CID, to: CID, options?: AbortOptions) => Promise<void>
  /** How `cid` is pinned when asked as `mode` ('recursive' or 'direct'); 'unpinned' when it is not. */
  pinLsCid: (cid: CID, mode: 'recursive' | 'direct', options?: AbortOptions) => Promise<IpfsPinType>
  /** The pinset, filtered by `types` (empty = recursive + direct). */
  pinLs: (types: Array<PinnedCid['type']>, options?: AbortOptions) => AsyncIterable<PinnedCid>
  /** Repository usage. */
  repoStat: (options?: AbortOptions) => Promise<RepoStat>
  /** Connects to the given IPFS multiaddrs, best effort; resolves with those that succeeded. */
  connectSwarms: (addresses: string[], options?: AbortOptions) => Promise<string[]>
  /** IPFS peer IDs the node is connected to. */
  swarmPeers: (options?: AbortOptions) => Promise<string[]>
  /** A value of the node's configuration by `A/B/C` path. `NotFoundError`, `InvalidParametersError`. */
  configKey: (path: string, options?: AbortOptions) => Promise<unknown>
  /** Resolves an IPFS path (or a bare CID) to the CID it names. `InvalidParametersError` for a bad path. */
  resolve: (path: string, options?: AbortOptions) => Promise<CID>
  /** Stores one block (not pinned); checks the node stored it under `block.cid`. Resolves with its size. */
  blockPut: (block: Block, options?: AbortOptions) => Promise<number>
  /** Reads one block. */
  blockGet: (cid: CID, options?: AbortOptions) => Promise<Uint8Array>
}

/** An implementation running in this process: it has a life and knows whether its node answers. */
export interface LocalIpfsConnector extends IpfsConnector {
  /** Starts watching (daemon) or starting (embedded) the node; the daemon connector resolves before the daemon answers. */
  start: () => Promise<void>
  /** Stops background work and closes connections. Idempotent. */
  stop: () => Promise<void>
  /** Calls `listener` on every change between available and unavailable; returns an unsubscribe function. */
  onAvailability: (listener: (state: Availability) => void) => () => void
  /** Current availability. */
  availability: () => Availability
}
