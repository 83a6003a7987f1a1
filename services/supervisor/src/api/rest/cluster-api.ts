/**
 * What the REST API needs from the cluster core. The HTTP layer only parses,
 * routes and encodes; every decision (allocation, consensus, status
 * aggregation) is the core's. Errors thrown by these methods become HTTP
 * statuses in `http-error.ts`: `InvalidParametersError` → 400,
 * `NotFoundError` or the text `pin is not part of the pinset` → 404,
 * `ServiceUnavailableError` → 503 `<service> unavailable, retry`, anything
 * else → 500 with the error's message.
 *
 * Conventions of the domain types: CIDs are `multiformats` CID objects, peer
 * IDs and multiaddrs are strings (`/p2p/<id>` form), times are milliseconds
 * since the Unix epoch where **0 stands for Go's zero time** (written
 * `0001-01-01T00:00:00Z`), int64 nanosecond stamps are `bigint`.
 */
import type { PinMode__Output, PinType__Output, TrackerStatus__Output } from '@ipfscluster/proto'
import type { CID } from 'multiformats/cid'

/** Every call may be cancelled: the signal aborts when the HTTP client goes away. */
export interface CallOptions { signal?: AbortSignal }

/** The IPFS daemon as seen by a cluster peer (rest-api.md §7.1 `ipfs`). */
export interface IpfsIdInfo {
  /** Undefined when unknown (the key is then omitted). */
  id?: string
  /** `null` when unknown. */
  addresses: string[] | null
  /** `''` or why IPFS could not be reached. */
  error: string
}

/** A cluster peer's identity (rest-api.md §7.1). */
export interface PeerIdentity {
  id: string
  /** Own listen addresses with `/p2p/<id>`; `null` if none. */
  addresses: string[] | null
  /** Consensus peerset including self. */
  clusterPeers: string[]
  /** Known addresses of the other peers. */
  clusterPeersAddresses: string[]
  version: string
  commit: string
  rpcProtocolVersion: string
  /** `''`, or why the peer could not be reached. */
  error: string
  ipfs: IpfsIdInfo
  peername: string
}

/** A peer of `peers()` that could not be asked for its identity. */
export interface UnreachablePeer { id: string, error: string }

/** Options of a pin as given by a client (rest-api.md §4). */
export interface PinOptions {
  /** 0 = the configured default; -1 = everywhere. */
  replicationFactorMin: number
  replicationFactorMax: number
  name: string
  mode: PinMode__Output
  shardSize: bigint
  /** Peers tried first when allocating; `null` when not given. */
  userAllocations: string[] | null
  /** 0 = never expires. */
  expireAt: number
  metadata: Record<string, string>
  /** The CID this pin updates from (`pin-update`). */
  pinUpdate?: CID
  /** Multiaddrs with `/p2p/<id>` the pinning IPFS connects to first; `null` when not given. */
  origins: string[] | null
}

/**
 * A pin: either as submitted to consensus (answer of `pin`/`pinPath`) or as
 * read from the shared state (`allocation`, `allocations`, `unpin`). The
 * encoder applies each source's null rules (rest-api.md §7.2).
 */
export interface Pin extends PinOptions {
  cid: CID
  type: PinType__Output
  /** `[]` = everywhere. */
  allocations: string[]
  /** -1 recursive, 0 direct, 1 shard. */
  maxDepth: number
  /** Meta/shard linkage. */
  reference?: CID
  /** When it was submitted to consensus. */
  timestamp: number
}

/** One peer's view of a CID (rest-api.md §7.3, `peer_map` values). */
export interface PinInfo {
  peername: string
  /** Undefined when unknown (the key is then omitted). */
  ipfsPeerId?: string
  /** Omitted from the JSON when empty. */
  ipfsPeerAddresses: string[]
  status: TrackerStatus__Output
  /** Time of that status. */
  timestamp: number
  /** `''` when none. */
  error: string
  attemptCount: number
  priorityPin: boolean
}

/** The status of a CID on every peer (rest-api.md §7.3). */
export interface GlobalPinInfo {
  cid: CID
  name: string
  allocations: string[] | null
  origins: string[] | null
  /** The pin's timestamp; 0 for CIDs not in the pinset. */
  created: number
  metadata: Record<string, string> | null
  /** Keyed by cluster peer ID, in the order to be written. */
  peerMap: Map<string, PinInfo>
}

/** A monitor metric (rest-api.md §7.5). */
export interface Metric {
  name: string
  peer: string
  value: string
  /** UnixNano. */
  expire: bigint
  valid: boolean
  weight: bigint
  partitionable: boolean
  /** UnixNano. */
  receivedAt: bigint
}

/** A peer monitor alert: the metric that expired and when it fired. */
export interface Alert extends Metric { triggeredAt: number }

/** Parameters of `POST /add` after validation (rest-api.md §5.1). */
export interface AddParams extends PinOptions {
  format: 'unixfs' | 'car'
  /** `''` = balanced. */
  layout: '' | 'balanced' | 'trickle'
  /** Kubo chunker string, not validated here. */
  chunker: string
  /** Multihash name, not validated here (unknown → stream error `hash function name not known`). */
  hash: string
  cidVersion: number
  rawLeaves: boolean
  wrapWithDirectory: boolean
  local: boolean
  progress: boolean
  noPin: boolean
}

/**
 * One part of an `/add` body. Parts arrive in body order; `content` must be
 * consumed (or abandoned by moving to the next part, which drains it) before
 * the next part can be read. A broken body makes the iteration throw an
 * `InvalidParametersError`.
 */
export interface AddPart {
  /** Relative path, URL-unescaped (`testFolder/abc.txt`); the part file name. */
  path: string
  kind: 'file' | 'directory' | 'symlink'
  /** File bytes, or the symlink target; empty for directories. */
  content: AsyncIterable<Uint8Array>
}

/** One output line of `/add` (rest-api.md §7.4). */
export interface AddedOutput {
  name: string
  /** Undefined for progress items (`null` in JSON). */
  cid?: CID
  /** Bytes read, progress items only (omitted when 0). */
  bytes?: number
  /** Cumulative DAG size (omitted when 0). */
  size?: number
  /** Omitted when empty. */
  allocations?: string[]
}

/** Which pins `allocations()` lists; empty = all types. */
export type PinTypeFilter = ReadonlySet<PinType__Output>

/**
 * Which statuses `statusAll()` keeps; empty = all. Filtering is per peer:
 * `peerMap` keeps the matching peers and items with none are skipped.
 */
export type StatusFilter = ReadonlySet<TrackerStatus__Output>

/** Request to add a peer: by ID (v1.x, address already known) or by full multiaddr (v0.3.1 join). */
export type PeerAddRequest = { peerId: string } | { multiaddr: string }

/**
 * The cluster core as the REST API calls it. Streams are async iterables: an
 * error thrown before the first item answers 500, after it ends the stream
 * with an `X-Stream-Error` trailer.
 */
export interface ClusterApi {
  /** This peer's identity; `clusterPeers` is the consensus peerset including self. */
  id: (options?: CallOptions) => Promise<PeerIdentity>
  /** Project semver without `v`. */
  readonly version: string
  /** One identity per consensus peer (self included); unreachable peers as `{ id, error }`. */
  peers: (options?: CallOptions) => AsyncIterable<PeerIdentity | UnreachablePeer>
  /**
   * Adds a peer to the consensus peerset and resolves with its identity.
   * @throws when no address of the peer is known: `no known address for peer <id>` (500)
   */
  peerAdd: (request: PeerAddRequest, options?: CallOptions) => Promise<PeerIdentity>
  /**
   * Re-allocates the peer's pins (unless repinning is disabled), then removes it.
   * @throws NotFoundError `peer <id> is not a cluster peer`
   */
  peerRemove: (peerId: string, options?: CallOptions) => Promise<void>
  /** Pins a CID; resolves with the pin as submitted to consensus (factors resolved, timestamp set). */
  pin: (cid: CID, options: PinOptions, callOptions?: CallOptions) => Promise<Pin>
  /** Resolves an `/ipfs|ipns|ipld/…` path through IPFS, then pins the result like `pin`. */
  pinPath: (path: string, options: PinOptions, callOptions?: CallOptions) => Promise<Pin>
  /**
   * Unpins; resolves with the pin as it was in the state.
   * @throws NotFoundError `pin is not part of the pinset`
   */
  unpin: (cid: CID, options?: CallOptions) => Promise<Pin>
  /** Resolves the path, then unpins like `unpin`. */
  unpinPath: (path: string, options?: CallOptions) => Promise<Pin>
  /** The shared pinset as stored, restricted to the given types. */
  allocations: (filter: PinTypeFilter, options?: CallOptions) => AsyncIterable<Pin>
  /**
   * The stored pin of a CID.
   * @throws NotFoundError `pin is not part of the pinset`
   */
  allocation: (cid: CID, options?: CallOptions) => Promise<Pin>
  /** Status of one CID on every peer (`local`: this peer only); never NotFound (unpinned everywhere). */
  status: (cid: CID, local: boolean, options?: CallOptions) => Promise<GlobalPinInfo>
  /** Status of every pin, filtered per peer. */
  statusAll: (filter: StatusFilter, local: boolean, options?: CallOptions) => AsyncIterable<GlobalPinInfo>
  /** Status of exactly these CIDs, fetched in parallel, yielded in completion order. */
  statusCids: (cids: CID[], local: boolean, options?: CallOptions) => AsyncIterable<GlobalPinInfo>
  /** Retries the CID where its status is an error; resolves with the resulting status. */
  recover: (cid: CID, local: boolean, options?: CallOptions) => Promise<GlobalPinInfo>
  /** `recover` for every pin. */
  recoverAll: (local: boolean, options?: CallOptions) => AsyncIterable<GlobalPinInfo>
  /** Names of the metrics known to the monitor. */
  metricNames: (options?: CallOptions) => Promise<string[]>
  /** Latest valid metric of that name from every peer; `[]` for unknown names. */
  metrics: (name: string, options?: CallOptions) => Promise<Metric[]>
  /** Alerts raised by the peer monitor, newest last. */
  alerts: (options?: CallOptions) => Promise<Alert[]>
  /** Imports the parts and cluster-pins the root (unless `noPin`), yielding outputs as produced. */
  add: (params: AddParams, parts: AsyncIterable<AddPart>, options?: CallOptions) => AsyncIterable<AddedOutput>
}
