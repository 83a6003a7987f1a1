/**
 * Real consensus processes (and, for multi-peer tests, real peer-management
 * processes) in their own config folders under one temporary root.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { connect, generateIdentity, healthClient, type PromiseClient } from '@ipfscluster/chassis'
import { loadProtos, type ConsensusClient, type Pin } from '@ipfscluster/proto'
import { getFreePort, spawnChild, waitFor, type Child } from '@ipfscluster/testing'
import { cidOf } from '../storage/helpers.js'

const preload = fileURLToPath(new URL('../../../../chassis/dist/src/preload.js', import.meta.url))
const consensusMain = fileURLToPath(new URL('../../src/main.js', import.meta.url))
const peerManagementMain = join(dirname(createRequire(import.meta.url).resolve('@ipfscluster/peer-management/package.json')), 'dist', 'src', 'main.js')
const { Consensus } = loadProtos().ipfscluster.consensus.v1

/** A cluster secret for tests. */
export const SECRET = 'c0ffee'.repeat(11).slice(0, 64)

/** Test timers: the seed's, but a lease equal to heartbeat_timeout (a 500 ms lease made leaders step down on a loaded 2-core machine) and shorter network waits. */
export const TEST_RAFT = { heartbeat_timeout: '1s', election_timeout: '1s', leader_lease_timeout: '1s', network_timeout: '5s', wait_for_leader_timeout: '15s' }

export interface TestNode {
  name: string
  dir: string
  id: string
  /** libp2p address with /p2p/. */
  addr: string
  sockets: string
  /** Extra environment of its processes (tracing). */
  env?: Record<string, string>
  consensus?: Child
  pm?: Child
}

export interface NodeSettings {
  peers?: string[]
  bootstrap?: string[]
  /** `consensus.raft` keys over {@link TEST_RAFT}. */
  raft?: Record<string, string | number>
}

/** A new node folder: identity, free port, service.json. */
export async function createNode (root: string, name: string, settings: NodeSettings = {}): Promise<TestNode> {
  const dir = join(root, name)
  await mkdir(dir, { recursive: true })
  const identity = await generateIdentity()
  const port = await getFreePort()
  const node: TestNode = { name, dir, id: identity.id, addr: `/ip4/127.0.0.1/tcp/${port}/p2p/${identity.id}`, sockets: join(dir, 'sockets') }
  await writeFile(join(dir, 'service.json'), JSON.stringify({
    cluster: {
      id: identity.id,
      private_key: identity.privateKey,
      secret: SECRET,
      peers: settings.peers ?? [],
      bootstrap: settings.bootstrap ?? [],
      listen_multiaddress: `/ip4/127.0.0.1/tcp/${port}`,
      monitor_ping_interval: '2s'
    },
    consensus: { raft: { ...TEST_RAFT, ...settings.raft } }
  }, null, 2))
  return node
}

/** Rewrites `cluster.peers` of a node created before its peers' addresses were known. */
export async function setPeers (nodes: TestNode[], raft: Record<string, string | number> = {}): Promise<void> {
  for (const n of nodes) {
    const file = join(n.dir, 'service.json')
    const cfg = JSON.parse(await readFile(file, 'utf8'))
    cfg.cluster.peers = nodes.map(p => p.addr)
    cfg.consensus.raft = { ...cfg.consensus.raft, ...raft }
    await writeFile(file, JSON.stringify(cfg, null, 2))
  }
}

function env (node: TestNode, service: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    IPFS_CLUSTER_PATH: node.dir,
    IPFS_CLUSTER_SOCKETS: node.sockets,
    IPFS_CLUSTER_SERVICE: service,
    IPFS_CLUSTER_LOG_LEVEL: process.env.CONSENSUS_TEST_LOG_LEVEL ?? 'info',
    ...node.env
  }
}

/** Resolves once the process's health is SERVING (whatever its log level); fails if it exits first. */
async function serving (child: Child, socket: string, timeout = 60_000): Promise<void> {
  const health = healthClient(socket)
  let exited = false
  void child.exited.then(() => { exited = true })
  try {
    await waitFor(async () => {
      if (exited) throw new Error(`the process exited before serving:\n${child.output()}`)
      return (await health.check('', { timeout: 1000 }).catch(() => undefined)) === 'SERVING'
    }, { timeout, interval: 100, what: () => `${socket} serving:\n${child.output()}` })
  } finally {
    health.close()
  }
}

/** Starts the consensus process of `node` and waits until it serves. */
export async function startConsensus (node: TestNode): Promise<Child> {
  node.consensus = spawnChild(process.execPath, ['--import', preload, consensusMain], { env: env(node, 'consensus') })
  await serving(node.consensus, join(node.sockets, 'consensus.sock'))
  return node.consensus
}

/**
 * Starts the peer-management process of `node` and waits until it serves.
 * When another process took its port since {@link createNode} picked it, it
 * moves to a new one (the other peers learn it when it dials them).
 */
export async function startPeerManagement (node: TestNode): Promise<Child> {
  for (let attempt = 0; ; attempt++) {
    node.pm = spawnChild(process.execPath, ['--import', preload, peerManagementMain], { env: env(node, 'peer-management') })
    try {
      await serving(node.pm, join(node.sockets, 'peer-management.sock'))
      return node.pm
    } catch (err) {
      if (attempt > 2 || !node.pm.output().includes('EADDRINUSE')) throw err
      await movePort(node)
    }
  }
}

async function movePort (node: TestNode): Promise<void> {
  const port = await getFreePort()
  const file = join(node.dir, 'service.json')
  const cfg = JSON.parse(await readFile(file, 'utf8'))
  cfg.cluster.listen_multiaddress = `/ip4/127.0.0.1/tcp/${port}`
  await writeFile(file, JSON.stringify(cfg, null, 2))
  node.addr = `/ip4/127.0.0.1/tcp/${port}/p2p/${node.id}`
}

/** A Consensus client on the node's socket (close it after use). */
export function consensusClient (node: TestNode): PromiseClient<ConsensusClient> {
  return connect(Consensus, join(node.sockets, 'consensus.sock'), `consensus of ${node.name}`)
}

/** Starts a one-node cluster's consensus and resolves with a client once the node leads. */
export async function startSingleLeader (node: TestNode, timeout: number): Promise<PromiseClient<ConsensusClient>> {
  await startConsensus(node)
  const c = consensusClient(node)
  await waitFor(async () => (await c.Status({})).role === 'RAFT_ROLE_LEADER', { timeout, what: 'a leader' })
  return c
}

/** A complete pin of CIDv1 raw sha256(seed), replicated everywhere. */
export function testPin (seed: string | number): Pin {
  return { cid: cidOf(seed).bytes, type: 'PIN_TYPE_PIN', max_depth: -1, replication_factor_min: -1, replication_factor_max: -1, timestamp: 1_700_000_000_000, name: `pin ${seed}` }
}
