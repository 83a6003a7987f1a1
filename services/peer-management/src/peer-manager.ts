import { multiaddr } from '@multiformats/multiaddr'
import { logger, NotFoundError, UnsupportedOperationError } from '@ipfscluster/chassis'
import { MAX_STREAMS_PER_PROTOCOL, RAFT_PROTOCOL, RPC_PROTOCOL } from '@ipfscluster/proto'
import { AddressBook } from './address-book.js'
import { addressSeenAt, peerAddress, peerIdArg } from './addresses.js'
import type { PeerManagementConfig } from './config.js'
import { ConnectionKeeper } from './connection-keeper.js'
import { Dialer, rememberAddresses } from './dial.js'
import { createHost, type ClusterHost } from './host.js'
import { MetricPublisher } from './monitor/publisher.js'
import { PeerMonitor } from './monitor/peer-monitor.js'
import { PeerstoreFile } from './peerstore-file.js'
import { SecretHandshakes } from './pnet.js'
import { inboundHandler } from './relay/inbound.js'
import { LocalServices } from './relay/local-services.js'
import { Membership } from './relay/membership.js'
import { Relay } from './relay/relay.js'
import { RemotePeers } from './relay/remote-peers.js'
import { StreamPool } from './relay/stream-pool.js'

const log = logger('peermgr')

/** One known peer, as PeerManager.Peers reports it. */
export interface PeerInfo {
  peer_id: string
  addresses: string[]
  connected: boolean
}

/**
 * The peer's libp2p side: identity and host, the address book kept
 * connected and persisted in `peerstore`, the relay of calls between peers,
 * and the peer monitor. Never imports gRPC server code; server.ts adapts it.
 */
export class PeerManager {
  readonly self: string
  readonly relay: Relay
  readonly monitor: PeerMonitor
  readonly publisher: MetricPublisher
  readonly dialer: Dialer
  private readonly keeper: ConnectionKeeper
  private readonly local: LocalServices
  private readonly membership: Membership
  private left = false

  private constructor (
    readonly node: ClusterHost,
    readonly book: AddressBook,
    private readonly peerstore: PeerstoreFile,
    readonly config: PeerManagementConfig,
    socketOf: (process: string) => string,
    handshakes: SecretHandshakes | undefined
  ) {
    this.self = node.peerId.toString()
    this.dialer = new Dialer(node, handshakes, config.networkTimeout)
    this.local = new LocalServices(socketOf, this.self)
    this.membership = new Membership(socketOf('consensus'), () => this.book.peers())
    this.relay = new Relay(this.self, this.local, new RemotePeers(new StreamPool(node), config.networkTimeout))
    this.monitor = new PeerMonitor(config.checkInterval, async () => [this.self, ...await this.membership.peers(this.self)])
    this.publisher = new MetricPublisher(this.self, this.relay, this.monitor, async () => this.membership.peers(this.self), config)
    this.keeper = new ConnectionKeeper(node, book, this.dialer)
  }

  /**
   * Starts the host on `cluster.listen_multiaddress`, loads the address
   * book (`peerstore`, `cluster.peers`, `cluster.bootstrap`), starts
   * connecting to every peer in it, serving relay streams, and the monitor.
   */
  static async start (config: PeerManagementConfig, folder: string, socketOf: (process: string) => string): Promise<PeerManager> {
    const self = config.identity.peerId
    const book = new AddressBook(self)
    const peerstore = new PeerstoreFile(folder)
    for (const ma of [...await peerstore.read(), ...config.peers, ...config.bootstrap]) book.add(ma)
    const handshakes = config.secret !== undefined ? new SecretHandshakes(config.secret) : undefined
    const node = await createHost(config, handshakes)
    const pm = new PeerManager(node, book, peerstore, config, socketOf, handshakes)
    await pm.wire()
    log.info('libp2p host listening', { peer: self, addresses: pm.addresses().join(',') })
    return pm
  }

  private async wire (): Promise<void> {
    for (const peer of this.book.peers()) await rememberAddresses(this.node, peer, this.book.addresses(peer).map(a => multiaddr(a)))
    this.book.onChange(peer => {
      void rememberAddresses(this.node, peer, this.book.addresses(peer).map(a => multiaddr(a))).catch(() => {})
      void this.savePeerstore()
    })
    await this.savePeerstore()
    await this.node.handle([RPC_PROTOCOL, RAFT_PROTOCOL], inboundHandler({
      local: remote => this.local.target(remote),
      trusts: async peer => this.membership.trusts(peer),
      serving: () => !this.left
    }), { maxInboundStreams: MAX_STREAMS_PER_PROTOCOL, maxOutboundStreams: MAX_STREAMS_PER_PROTOCOL })
    this.keeper.start()
    this.monitor.start()
    this.publisher.startPing()
  }

  /** This peer's listen addresses with /p2p/. */
  addresses (): string[] {
    return this.node.getMultiaddrs().map(String)
  }

  /** Peer IDs with an open connection, sorted. */
  connectedPeers (): string[] {
    return [...new Set(this.node.getConnections().map(c => c.remotePeer.toString()))].sort()
  }

  /** The address book with connection state, sorted by peer. */
  peers (): PeerInfo[] {
    return this.book.peers().map(peer => ({ peer_id: peer, addresses: this.book.addresses(peer), connected: this.keeper.connected(peer) }))
  }

  /** Dials an address (secret handshake included), then keeps it in the book. */
  async connectPeer (address: string, signal?: AbortSignal): Promise<string> {
    const { ma } = peerAddress(address)
    const peer = await this.dialer.connect(ma, signal)
    this.book.add(ma)
    return peer
  }

  /** Adds an address to the book (the keeper then connects to it); returns its peer ID. */
  addPeer (address: string): string {
    const { ma, peer } = peerAddress(address)
    this.book.add(ma)
    return peer
  }

  /** Adds many addresses (none when one is invalid); returns how many were not this peer's own. */
  importAddresses (addresses: string[]): number {
    const parsed = addresses.map(a => peerAddress(a))
    let imported = 0
    for (const { ma } of parsed) if (this.book.add(ma) !== undefined) imported++
    return imported
  }

  /** Hangs up on a peer and forgets it (it is not written to `peerstore` any more). */
  async removePeer (peer: string): Promise<void> {
    const id = peerIdArg(peer)
    this.book.remove(peer)
    await this.node.hangUp(id)
  }

  /** The dialable address under which this peer sees `peer`, with /p2p/. NotFoundError when not connected. */
  async remoteMultiaddrForPeer (peer: string): Promise<string> {
    const id = peerIdArg(peer)
    const conn = this.node.getConnections(id)[0]
    if (conn === undefined) throw new NotFoundError(`not connected to peer ${peer}`)
    const announced = await this.node.peerStore.get(id).then(p => p.addresses.map(a => a.multiaddr), () => [])
    return `${addressSeenAt(conn.remoteAddr, announced).toString()}/p2p/${peer}`
  }

  /** A peer announced that it leaves: drop its metrics without alerts and stop reconnecting to it. */
  peerLeaving (peer: string): void {
    log.info('peer left the cluster', { peer })
    this.monitor.dropPeer(peer)
    this.book.remove(peer)
  }

  /** Fails once this peer left the cluster. */
  assertMember (): void {
    if (this.left) throw new UnsupportedOperationError('this peer left the cluster')
  }

  /** Marks this peer as gone: stops publishing, reconnecting and relaying, and hangs up. */
  async disconnect (): Promise<void> {
    this.left = true
    this.publisher.stop()
    this.keeper.stop()
    await Promise.all(this.node.getConnections().map(async c => c.close().catch(() => {})))
  }

  /** Stops everything; the address book is saved first. */
  async stop (): Promise<void> {
    this.publisher.stop()
    this.monitor.stop()
    this.keeper.stop()
    await this.savePeerstore()
    await this.node.stop()
    this.local.close()
    this.membership.close()
  }

  /** Writes the address book to `peerstore` at every change, so even a kill -9 leaves it current. */
  private async savePeerstore (): Promise<void> {
    await this.peerstore.write(this.book.addresses()).catch(err => {
      log.error('cannot save the peerstore', { path: this.peerstore.path, err: (err as Error).message })
    })
  }
}
