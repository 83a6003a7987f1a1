import { join } from 'node:path'
import { connect, type PromiseClient } from '@ipfscluster/chassis'
import { loadProtos, type ConsensusClient, type PeerManagerClient } from '@ipfscluster/proto'
import { removeDir, shortTmpDir, waitFor } from '@ipfscluster/testing'
import { consensusClient, createNode, setPeers, startConsensus, startPeerManagement, type NodeSettings, type TestNode } from './nodes.js'

const { PeerManager } = loadProtos().ipfscluster.peermanagement.v1

/**
 * Peers of a test, each a real peer-management process (libp2p, relay) and
 * a real consensus process in its own folder under one temporary root.
 */
export class ConsensusCluster {
  readonly nodes: TestNode[] = []
  private readonly consensusClients = new Map<TestNode, PromiseClient<ConsensusClient>>()
  private readonly pmClients = new Map<TestNode, PromiseClient<PeerManagerClient>>()

  private constructor (readonly root: string) {}

  /** `n` nodes that list each other in `cluster.peers` (not started). */
  static async create (n: number, raft: Record<string, string | number> = {}): Promise<ConsensusCluster> {
    const c = new ConsensusCluster(await shortTmpDir('csn'))
    for (let i = 0; i < n; i++) c.nodes.push(await createNode(c.root, `p${i}`, { raft }))
    await setPeers(c.nodes)
    return c
  }

  /** One more node (not started), e.g. in join mode with `{ bootstrap: [...] }`. */
  async add (settings: NodeSettings): Promise<TestNode> {
    const node = await createNode(this.root, `p${this.nodes.length}`, settings)
    this.nodes.push(node)
    return node
  }

  /** Starts peer-management then consensus of each node. */
  async start (nodes: TestNode[] = this.nodes): Promise<void> {
    await Promise.all(nodes.map(async n => startPeerManagement(n)))
    await Promise.all(nodes.map(async n => startConsensus(n)))
  }

  consensus (node: TestNode): PromiseClient<ConsensusClient> {
    let c = this.consensusClients.get(node)
    if (c === undefined) {
      c = consensusClient(node)
      this.consensusClients.set(node, c)
    }
    return c
  }

  pm (node: TestNode): PromiseClient<PeerManagerClient> {
    let c = this.pmClients.get(node)
    if (c === undefined) {
      c = connect(PeerManager, join(node.sockets, 'peer-management.sock'), `peer-management of ${node.name}`)
      this.pmClients.set(node, c)
    }
    return c
  }

  /** Waits until every node of `among` names the same leader, itself one of them; returns it. */
  async leader (among: TestNode[] = this.nodes, timeout = 30_000): Promise<TestNode> {
    let seen: string[] = []
    let found: TestNode | undefined
    await waitFor(async () => {
      seen = await Promise.all(among.map(async n => (await this.consensus(n).Status({}, { timeout: 2000 }).catch(() => undefined))?.leader ?? ''))
      found = among.find(n => n.id === seen[0])
      return found !== undefined && seen.every(l => l === seen[0])
    }, { timeout, interval: 100, what: () => `one leader among ${among.map(n => n.name).join(', ')} (they name ${seen.join(', ')})` })
    return found as TestNode
  }

  /** kill -9 of a node's consensus process. */
  async killConsensus (node: TestNode): Promise<void> {
    this.consensusClients.get(node)?.close()
    this.consensusClients.delete(node)
    await node.consensus?.stop('SIGKILL')
  }

  async close (): Promise<void> {
    if (process.env.CONSENSUS_TEST_DUMP !== undefined) {
      for (const n of this.nodes) process.stderr.write(`\n===== ${n.name} ${n.id}\n${n.consensus?.output() ?? ''}\n----- pm\n${(n.pm?.output() ?? '').slice(-3000)}\n`)
    }
    for (const c of [...this.consensusClients.values(), ...this.pmClients.values()]) c.close()
    this.consensusClients.clear()
    this.pmClients.clear()
    await Promise.all(this.nodes.flatMap(n => [n.consensus?.stop('SIGKILL'), n.pm?.stop('SIGKILL')]))
    await removeDir(this.root)
  }
}
