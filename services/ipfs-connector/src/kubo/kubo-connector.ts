/**
 * `IpfsConnector` over an IPFS daemon's Kubo RPC API (ipfs.md §1), for Kubo
 * and for js-ipfs 0.66 (flavour from `AgentVersion`, §1.4 and §3).
 */
import { multiaddr } from '@multiformats/multiaddr'
import { InvalidParametersError, NotFoundError, type Logger } from '@ipfscluster/chassis'
import type { CID } from 'multiformats/cid'
import type { AbortOptions, Availability, Block, IpfsIdentity, LocalIpfsConnector, IpfsPinType, IpfsVersion, PinEvent, PinnedCid, PinTarget, RepoStat } from '../connector.js'
import type { IpfsHttpConfig } from '../config.js'
import { UnpinDisabledError } from '../errors.js'
import { parseApiAddress } from './api-address.js'
import { blockPut } from './block-put.js'
import { DaemonWatch } from './daemon-watch.js'
import { KuboHttpClient } from './http-client.js'
import { isNotPinned } from './http-errors.js'
import { pinAdd, pinUpdate, type PinAddSettings } from './pin-add.js'
import { pinLs, pinLsCid } from './pin-ls.js'
import { parseRepoStat } from './repo-stat.js'
import { resolvePath } from '../resolve-path.js'

interface IdAnswer { ID: string, PublicKey?: string, Addresses?: string[] | null, AgentVersion?: string }

/** At most this many `origins` are swarm-connected before a pin (as the original). */
const MAX_ORIGINS = 10

/** The connector of an IPFS daemon reached over HTTP. */
export class KuboConnector implements LocalIpfsConnector {
  private readonly client: KuboHttpClient
  private readonly watch: DaemonWatch
  private jsMode = false

  constructor (private readonly config: IpfsHttpConfig, private readonly log: Logger) {
    const address = parseApiAddress(config.nodeMultiaddress, config.nodeHttps)
    if (address === undefined) throw new InvalidParametersError(`unsupported IPFS API address ${JSON.stringify(config.nodeMultiaddress)}`)
    this.watch = new DaemonWatch(config.nodeMultiaddress, async signal => this.probe(signal), log)
    this.client = new KuboHttpClient(address, config.ipfsRequestTimeout, this.watch)
  }

  async start (): Promise<void> {
    this.watch.start()
  }

  async stop (): Promise<void> {
    await this.watch.stop()
    this.client.close()
  }

  onAvailability (listener: (state: Availability) => void): () => void {
    return this.watch.onChange(listener)
  }

  availability (): Availability {
    return this.watch.availability()
  }

  /** The readiness probe: `id`, which also tells the daemon's flavour. */
  private async probe (signal: AbortSignal): Promise<string> {
    const id = await this.client.json<IdAnswer>({ endpoint: 'id', signal, probe: true })
    const agent = id.AgentVersion ?? ''
    this.jsMode = agent.startsWith('js-ipfs/')
    this.log.debug('IPFS daemon flavour', { agent, mode: this.jsMode ? 'js-ipfs' : 'kubo' })
    return agent
  }

  async id (options: AbortOptions = {}): Promise<IpfsIdentity> {
    const id = await this.client.json<IdAnswer>({ endpoint: 'id', signal: options.signal })
    const addresses = (id.Addresses ?? []).filter(a => {
      try {
        multiaddr(a)
        return true
      } catch {
        this.log.warn('skipping an unparsable IPFS address', { address: a })
        return false
      }
    })
    return { id: id.ID, addresses, agentVersion: id.AgentVersion ?? '', publicKey: id.PublicKey ?? '' }
  }

  async version (options: AbortOptions = {}): Promise<IpfsVersion> {
    const v = await this.client.json<Record<string, string | undefined>>({ endpoint: 'version', signal: options.signal })
    return { version: v.Version ?? '', commit: v.Commit ?? '', repo: v.Repo ?? '', system: v.System ?? '' }
  }

  private get pinSettings (): PinAddSettings {
    return { pinTimeout: this.config.pinTimeout, jsMode: this.jsMode }
  }

  async * pin (target: PinTarget, options: AbortOptions = {}): AsyncGenerator<PinEvent> {
    const mode = target.maxDepth === 0 ? 'direct' : 'recursive'
    if (await this.pinLsCid(target.cid, mode, options) === mode) {
      yield { type: 'done', alreadyPinned: true }
      return
    }
    // best effort and in the background: the pin does not wait for it
    if ((target.origins ?? []).length > 0) void this.connectSwarms((target.origins ?? []).slice(0, MAX_ORIGINS), options).catch(() => {})
    if (target.pinUpdate !== undefined && await this.pinLsCid(target.pinUpdate, 'recursive', options) === 'recursive') {
      await pinUpdate(this.client, target.pinUpdate, target.cid, this.pinSettings, options)
      yield { type: 'done', alreadyPinned: false }
      return
    }
    yield * pinAdd(this.client, target.cid, target.maxDepth, this.pinSettings, options)
  }

  async unpin (cid: CID, options: AbortOptions = {}): Promise<boolean> {
    if (this.config.unpinDisable) throw new UnpinDisabledError()
    try {
      await this.client.json({ endpoint: 'pin/rm', args: [['arg', cid.toString()]], timeout: this.config.unpinTimeout, signal: options.signal })
      return true
    } catch (err) {
      if (isNotPinned(err)) return false
      throw err
    }
  }

  async pinUpdate (from: CID, to: CID, options: AbortOptions = {}): Promise<void> {
    await pinUpdate(this.client, from, to, this.pinSettings, options)
  }

  async pinLsCid (cid: CID, mode: 'recursive' | 'direct', options: AbortOptions = {}): Promise<IpfsPinType> {
    return pinLsCid(this.client, cid, mode, options)
  }

  pinLs (types: Array<PinnedCid['type']>, options: AbortOptions = {}): AsyncIterable<PinnedCid> {
    return pinLs(this.client, types, options)
  }

  async repoStat (options: AbortOptions = {}): Promise<RepoStat> {
    const body = await this.client.bytes({ endpoint: 'repo/stat', args: [['size-only', 'true']], signal: options.signal })
    return parseRepoStat(new TextDecoder().decode(body))
  }

  async connectSwarms (addresses: string[], options: AbortOptions = {}): Promise<string[]> {
    const results = await Promise.allSettled(addresses.map(async a => {
      await this.client.json({ endpoint: 'swarm/connect', args: [['arg', a]], signal: options.signal })
      return a
    }))
    results.forEach((r, i) => { if (r.status === 'rejected') this.log.debug('swarm/connect failed', { address: addresses[i], err: r.reason }) })
    return results.flatMap(r => r.status === 'fulfilled' ? [r.value] : [])
  }

  async swarmPeers (options: AbortOptions = {}): Promise<string[]> {
    const res = await this.client.json<{ Peers?: Array<{ Peer: string }> | null }>({ endpoint: 'swarm/peers', signal: options.signal })
    return (res.Peers ?? []).map(p => p.Peer)
  }

  async configKey (path: string, options: AbortOptions = {}): Promise<unknown> {
    let value: unknown = await this.client.json({ endpoint: 'config/show', signal: options.signal })
    for (const key of path.split('/')) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InvalidParametersError('invalid path')
      if (!(key in value)) throw new NotFoundError('key not found in configuration')
      value = (value as Record<string, unknown>)[key]
    }
    return value
  }

  async resolve (path: string, options: AbortOptions = {}): Promise<CID> {
    return resolvePath(path, async p => {
      const res = await this.client.json<{ Path?: string }>({ endpoint: 'resolve', args: [['arg', p]], signal: options.signal })
      return res.Path ?? ''
    })
  }

  async blockPut (block: Block, options: AbortOptions = {}): Promise<number> {
    return blockPut(this.client, block, this.jsMode, options)
  }

  async blockGet (cid: CID, options: AbortOptions = {}): Promise<Uint8Array> {
    return this.client.bytes({ endpoint: 'block/get', args: [['arg', cid.toString()]], signal: options.signal })
  }
}
