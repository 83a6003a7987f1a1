/**
 * `IpfsConnector` over the embedded Helia node (config `ipfs_connector.embedded`):
 * the same contract as the daemon connector, so a peer runs where no IPFS
 * daemon is installed. Pins are Helia pins (depth ∞ = recursive, 0 = direct),
 * fetched over bitswap from connected peers.
 */
import { IpfsUnavailableError, NotFoundError, UnsupportedOperationError, type Logger } from '@ipfscluster/chassis'
import { publicKeyToProtobuf } from '@libp2p/crypto/keys'
import { multiaddr } from '@multiformats/multiaddr'
import { exporter } from 'ipfs-unixfs-exporter'
import type { CID } from 'multiformats/cid'
import { asCid, matchesCid } from '../cids.js'
import type { EmbeddedConfig, IpfsHttpConfig } from '../config.js'
import type { AbortOptions, Availability, Block, IpfsIdentity, LocalIpfsConnector, IpfsPinType, IpfsVersion, PinEvent, PinnedCid, PinTarget, RepoStat } from '../connector.js'
import { IpfsError, pinStalled, UnpinDisabledError } from '../errors.js'
import { resolvePath } from '../resolve-path.js'
import { StallGuard } from '../stall-guard.js'
import { startHeliaNode, type HeliaNode } from './helia-node.js'
import { folderSize } from './repo-size.js'

/** Pin metadata key holding the CID as it was pinned. */
const PINNED_AS = 'ipfscluster:cid'

/** What the embedded node says it is. */
export const EMBEDDED_AGENT = 'ipfs-cluster-ts/embedded-helia'

function typeOfDepth (depth: number): PinnedCid['type'] {
  return depth === 0 ? 'direct' : 'recursive'
}

/** The connector of the in-process Helia node. */
export class EmbeddedConnector implements LocalIpfsConnector {
  private node: HeliaNode | undefined
  private readonly listeners = new Set<(state: Availability) => void>()

  constructor (private readonly embedded: EmbeddedConfig, private readonly ipfshttp: IpfsHttpConfig, private readonly log: Logger) {}

  async start (): Promise<void> {
    this.node = await startHeliaNode({ repoPath: this.embedded.repoPath, listen: this.embedded.listenMultiaddress })
    this.log.info(`IPFS is available: embedded Helia node ${this.node.helia.libp2p.peerId.toString()} in ${this.embedded.repoPath}`)
    for (const l of this.listeners) l('available')
  }

  async stop (): Promise<void> {
    const node = this.node
    this.node = undefined
    await node?.stop()
  }

  onAvailability (listener: (state: Availability) => void): () => void {
    this.listeners.add(listener)
    return () => { this.listeners.delete(listener) }
  }

  availability (): Availability {
    return this.node === undefined ? 'unavailable' : 'available'
  }

  private get helia (): HeliaNode['helia'] {
    if (this.node === undefined) throw new IpfsUnavailableError(`the embedded IPFS node in ${this.embedded.repoPath} is not running`)
    return this.node.helia
  }

  /** The caller's signal bounded by `ipfs_request_timeout`. */
  private bounded (options: AbortOptions): AbortSignal {
    const timeout = AbortSignal.timeout(this.ipfshttp.ipfsRequestTimeout)
    return options.signal === undefined ? timeout : AbortSignal.any([options.signal, timeout])
  }

  async id (): Promise<IpfsIdentity> {
    const { libp2p } = this.helia
    return {
      id: libp2p.peerId.toString(),
      addresses: libp2p.getMultiaddrs().map(String),
      agentVersion: EMBEDDED_AGENT,
      publicKey: libp2p.peerId.publicKey === undefined ? '' : Buffer.from(publicKeyToProtobuf(libp2p.peerId.publicKey)).toString('base64')
    }
  }

  async version (): Promise<IpfsVersion> {
    return { version: EMBEDDED_AGENT, commit: '', repo: '', system: `${process.arch}/${process.platform}` }
  }

  private async depthOf (cid: CID, options: AbortOptions): Promise<number | undefined> {
    try {
      return (await this.helia.pins.get(cid, options)).depth
    } catch (err) {
      if ((err as Error).name === 'NotFoundError') return undefined
      throw err
    }
  }

  async * pin (target: PinTarget, options: AbortOptions = {}): AsyncGenerator<PinEvent> {
    const depth = target.maxDepth < 0 ? Infinity : target.maxDepth
    const current = await this.depthOf(target.cid, options)
    if (current === depth) {
      yield { type: 'done', alreadyPinned: true }
      return
    }
    if ((target.origins ?? []).length > 0) void this.connectSwarms((target.origins ?? []).slice(0, 10), options)
    // a different depth is replaced, as `pin/add` converts a direct pin to a recursive one
    if (current !== undefined) for await (const cid of this.helia.pins.rm(target.cid, options)) void cid
    const guard = new StallGuard(this.ipfshttp.pinTimeout, () => pinStalled(target.cid, this.ipfshttp.pinTimeout), options.signal)
    let blocks = 0
    try {
      for await (const cid of this.helia.pins.add(target.cid, { depth, signal: guard.signal, metadata: { [PINNED_AS]: target.cid.toString() } })) {
        void cid
        guard.touch()
        yield { type: 'progress', blocks: ++blocks }
      }
    } catch (err) {
      if (guard.stalled) throw guard.reason
      if (options.signal?.aborted === true) throw options.signal.reason
      throw new IpfsError(`pinning ${target.cid.toString()} failed: ${(err as Error).message}`)
    } finally {
      guard.dispose()
    }
    yield { type: 'done', alreadyPinned: false }
  }

  async unpin (cid: CID, options: AbortOptions = {}): Promise<boolean> {
    if (this.ipfshttp.unpinDisable) throw new UnpinDisabledError()
    if (await this.depthOf(cid, options) === undefined) return false
    for await (const c of this.helia.pins.rm(cid, options)) void c
    return true
  }

  async pinUpdate (from: CID, to: CID, options: AbortOptions = {}): Promise<void> {
    // Helia stores each block once: pinning `to` shares what `from` already has
    for await (const event of this.pin({ cid: to, maxDepth: -1 }, options)) void event
  }

  async pinLsCid (cid: CID, mode: 'recursive' | 'direct', options: AbortOptions = {}): Promise<IpfsPinType> {
    const depth = await this.depthOf(cid, options)
    if (depth !== undefined) return typeOfDepth(depth)
    return mode === 'recursive' && await this.helia.pins.isPinned(cid, options) ? 'indirect' : 'unpinned'
  }

  async * pinLs (types: Array<PinnedCid['type']>, options: AbortOptions = {}): AsyncGenerator<PinnedCid> {
    const wanted = types.length === 0 ? ['recursive', 'direct'] : types
    for await (const pin of this.helia.pins.ls(options)) {
      const type = typeOfDepth(pin.depth)
      // Helia keys pins by CIDv1: give back the CID as it was pinned (a CIDv0 stays one)
      const pinned = pin.metadata[PINNED_AS]
      if (wanted.includes(type)) yield { cid: asCid(typeof pinned === 'string' ? pinned : pin.cid), type }
    }
  }

  async repoStat (): Promise<RepoStat> {
    const repoSize = await folderSize(this.node?.blocksPath ?? '')
    const storageMax = BigInt(this.embedded.storageMax)
    return { repoSize, storageMax, freespace: storageMax > repoSize ? storageMax - repoSize : 0n }
  }

  async connectSwarms (addresses: string[], options: AbortOptions = {}): Promise<string[]> {
    const { libp2p } = this.helia
    const results = await Promise.allSettled(addresses.map(async a => {
      await libp2p.dial(multiaddr(a), { signal: this.bounded(options) })
      return a
    }))
    results.forEach((r, i) => { if (r.status === 'rejected') this.log.debug('swarm connect failed', { address: addresses[i], err: r.reason }) })
    return results.flatMap(r => r.status === 'fulfilled' ? [r.value] : [])
  }

  async swarmPeers (): Promise<string[]> {
    return this.helia.libp2p.getPeers().map(String)
  }

  async configKey (path: string): Promise<unknown> {
    if (path === 'Datastore/StorageMax') return String(this.embedded.storageMax)
    throw new NotFoundError('key not found in configuration')
  }

  async resolve (path: string, options: AbortOptions = {}): Promise<CID> {
    return resolvePath(path, async p => {
      if (p.startsWith('/ipns/')) throw new UnsupportedOperationError('/ipns paths cannot be resolved by the embedded IPFS node')
      const entry = await exporter(p.replace(/^\/(ipfs|ipld)\//, ''), this.helia.blockstore, { signal: this.bounded(options) })
      return `/ipfs/${entry.cid.toString()}`
    })
  }

  async blockPut (block: Block, options: AbortOptions = {}): Promise<number> {
    if (await matchesCid(block.cid, block.bytes) === false) throw new IpfsError(`block ${block.cid.toString()} does not match its content`)
    await this.helia.blockstore.put(block.cid, block.bytes, options)
    return block.bytes.byteLength
  }

  async blockGet (cid: CID, options: AbortOptions = {}): Promise<Uint8Array> {
    const chunks: Uint8Array[] = []
    for await (const chunk of this.helia.blockstore.get(cid, { signal: this.bounded(options) })) chunks.push(chunk)
    return Buffer.concat(chunks)
  }
}
