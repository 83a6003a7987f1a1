import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateKeyPair, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { connect, type PromiseClient } from '@ipfscluster/chassis'
import { loadProtos, type PeerManagerClient, type PeerMonitorClient } from '@ipfscluster/proto'
import { spawnChild, type Child } from '@ipfscluster/testing'

const preload = fileURLToPath(new URL('../../../../chassis/dist/src/preload.js', import.meta.url))
const main = fileURLToPath(new URL('../../src/main.js', import.meta.url))
const { PeerManager, PeerMonitor } = loadProtos().ipfscluster.peermanagement.v1

/** A cluster secret for tests: 64 hex characters. */
export function secretOf (fill: string): string {
  return fill.repeat(64).slice(0, 64)
}

/** A TCP port that was free a moment ago. */
export async function freePort (): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise(resolve => server.close(resolve))
  return port
}

/** One peer's config folder and identity, before and across process runs. */
export interface TestPeer {
  dir: string
  id: string
  /** Its listen address with /p2p/. */
  addr: string
  sockets: string
  /** Extra environment of its process (tracing, log level). */
  env?: Record<string, string>
  process?: Child
}

export interface PeerSettings {
  secret: string
  peers?: string[]
  bootstrap?: string[]
  pingInterval?: string
  checkInterval?: string
}

/** Creates a peer's folder: a fresh Ed25519 identity, a free port on 127.0.0.1, and its service.json. */
export async function createPeer (root: string, name: string): Promise<TestPeer> {
  const dir = join(root, name)
  await mkdir(dir, { recursive: true })
  const key = await generateKeyPair('Ed25519')
  const id = peerIdFromPrivateKey(key).toString()
  const port = await freePort()
  const peer: TestPeer = { dir, id, addr: `/ip4/127.0.0.1/tcp/${port}/p2p/${id}`, sockets: join(dir, 'sockets') }
  await writeFile(join(dir, 'key'), Buffer.from(privateKeyToProtobuf(key)).toString('base64'))
  return peer
}

/** Writes the peer's service.json with `settings`. */
export async function configure (peer: TestPeer, settings: PeerSettings): Promise<void> {
  const key = await readFile(join(peer.dir, 'key'), 'utf8')
  const port = peer.addr.split('/')[4]
  await writeFile(join(peer.dir, 'service.json'), JSON.stringify({
    cluster: {
      id: peer.id,
      private_key: key,
      secret: settings.secret,
      peers: settings.peers ?? [],
      bootstrap: settings.bootstrap ?? [],
      listen_multiaddress: `/ip4/127.0.0.1/tcp/${port}`,
      monitor_ping_interval: settings.pingInterval ?? '1s'
    },
    consensus: { raft: { network_timeout: '2s' } },
    monitor: { monbasic: { check_interval: settings.checkInterval ?? '500ms' } }
  }, null, 2))
}

/** Starts the peer-management process of `peer`. */
export function start (peer: TestPeer, env: Record<string, string> = {}): Child {
  peer.process = spawnChild(process.execPath, ['--import', preload, main], {
    env: {
      ...process.env,
      IPFS_CLUSTER_PATH: peer.dir,
      IPFS_CLUSTER_SOCKETS: peer.sockets,
      IPFS_CLUSTER_SERVICE: 'peer-management',
      IPFS_CLUSTER_LOG_LEVEL: 'info',
      ...peer.env,
      ...env
    }
  })
  return peer.process
}

/** Promise clients of the peer's PeerManager and PeerMonitor services. */
export function clients (peer: TestPeer): { pm: PromiseClient<PeerManagerClient>, monitor: PromiseClient<PeerMonitorClient>, close: () => void } {
  const socket = join(peer.sockets, 'peer-management.sock')
  const pm = connect(PeerManager, socket, `peer-management of ${peer.dir}`)
  const monitor = connect(PeerMonitor, socket, `peer-management of ${peer.dir}`)
  return { pm, monitor, close: () => { pm.close(); monitor.close() } }
}
