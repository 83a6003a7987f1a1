import { removeDir, shortTmpDir, waitFor, type Child } from '@ipfscluster/testing'
import { clients, configure, createPeer, start, type PeerSettings, type TestPeer } from './peers.js'

type Clients = ReturnType<typeof clients>

/**
 * Peer-management processes of a test, each in its own config folder under
 * one temporary root; `close` kills them all and removes the folders.
 */
export class TestCluster {
  private root = ''
  private readonly started: TestPeer[] = []
  private readonly conns = new Map<TestPeer, Clients>()

  /** A new peer (identity, free port), not configured yet. */
  async create (name: string): Promise<TestPeer> {
    if (this.root === '') this.root = await shortTmpDir('pm')
    return createPeer(this.root, name)
  }

  /** A new peer configured with `settings`, not started. */
  async peer (name: string, settings: PeerSettings): Promise<TestPeer> {
    const p = await this.create(name)
    await configure(p, settings)
    return p
  }

  /** Starts the peers and waits until each serves its socket. */
  async start (...peers: TestPeer[]): Promise<void> {
    await Promise.all(peers.map(async p => {
      this.started.push(p)
      await start(p, { IPFS_CLUSTER_LOG_LEVEL: process.env.PM_TEST_LOG_LEVEL ?? 'info' }).waitForOutput(/INFO  peer-management ready/)
    }))
  }

  /** The peer's gRPC clients (made once). */
  client (p: TestPeer): Clients {
    let c = this.conns.get(p)
    if (c === undefined) {
      c = clients(p)
      this.conns.set(p, c)
    }
    return c
  }

  /** The running process of `p`. */
  process (p: TestPeer): Child {
    if (p.process === undefined) throw new Error(`${p.dir} was never started`)
    return p.process
  }

  /** Peer IDs `p` has a connection with, sorted. */
  async connected (p: TestPeer): Promise<string[]> {
    return (await this.client(p).pm.ID({})).connected_peers
  }

  /** Waits until every peer of `peers` is connected to all the others. */
  async waitForMesh (peers: TestPeer[], timeout = 20_000): Promise<void> {
    for (const p of peers) {
      const want = peers.filter(q => q !== p).map(q => q.id).sort()
      let seen: string[] = []
      await waitFor(async () => {
        seen = await this.connected(p).catch(() => [])
        return want.every(id => seen.includes(id))
      }, { timeout, what: () => `${p.id} connected to ${want.join(', ')} (it is connected to ${seen.join(', ')})` })
    }
  }

  /** Stops a peer's process with SIGTERM (an orderly stop) and waits for its exit code. */
  async stop (p: TestPeer): Promise<number | string> {
    this.conns.get(p)?.close()
    this.conns.delete(p)
    return this.process(p).stop('SIGTERM')
  }

  /** Kills a peer's process at once (SIGKILL) and waits for its exit. */
  async kill (p: TestPeer): Promise<void> {
    this.conns.get(p)?.close()
    this.conns.delete(p)
    await this.process(p).stop('SIGKILL')
  }

  async close (): Promise<void> {
    for (const c of this.conns.values()) c.close()
    this.conns.clear()
    await Promise.all(this.started.splice(0).map(async p => p.process?.stop('SIGKILL')))
    if (this.root !== '') await removeDir(this.root)
    this.root = ''
  }
}

export type { PeerSettings, TestPeer }
