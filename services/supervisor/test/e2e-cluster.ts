/**
 * End-to-end fixture: real cluster peers (the ipfs-cluster-service binary
 * and its children) each with its own real js-ipfs daemon, sharing a secret
 * and knowing each other through `cluster.peers`.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { getFreePort, removeDir, shortTmpDir, startIpfsDaemon, waitFor, type Child, type IpfsDaemon } from '@ipfscluster/testing'
import { CID } from 'multiformats/cid'
import { initTestPeer, startDaemon } from './cli-helpers.js'

const SECRET = 'a'.repeat(64)

/** One running peer. */
export interface E2ePeer {
  dir: string
  id: string
  /** Its libp2p listen address with /p2p/. */
  address: string
  ipfs: IpfsDaemon
  daemon: Child
  /** `http://127.0.0.1:<port>` of its REST API. */
  url: string
}

/** A cluster of `size` peers; `edit` changes every peer's service.json. */
export interface E2eCluster {
  peers: E2ePeer[]
  stop: () => Promise<void>
  /** Starts a peer's daemon again (after `daemon.stop()`), same folder. */
  restart: (peer: E2ePeer) => Promise<void>
}

/** Rewrites a peer's service.json through `edit`. */
export async function editConfig (dir: string, edit: (json: any) => void): Promise<void> {
  const file = join(dir, 'service.json')
  const json = JSON.parse(await readFile(file, 'utf8'))
  edit(json)
  await writeFile(file, JSON.stringify(json, null, 2) + '\n')
}

async function launch (peer: Omit<E2ePeer, 'daemon' | 'url'>): Promise<E2ePeer> {
  const daemon = startDaemon(peer.dir)
  await daemon.waitForOutput(/IPFS Cluster v\S+ is ready/, 120_000).catch(err => { throw new Error(`${(err as Error).message}\n${daemon.output()}`) })
  const m = /REST API \(HTTP\): \/ip4\/127\.0\.0\.1\/tcp\/(\d+)/.exec(daemon.output())
  if (m === null) throw new Error(`no REST address in the output:\n${daemon.output()}`)
  return { ...peer, daemon, url: `http://127.0.0.1:${m[1]}` }
}

export async function startCluster (size: number, edit: (json: any) => void = () => {}): Promise<E2eCluster> {
  const dirs: string[] = []
  const ipfs: IpfsDaemon[] = []
  const peers: E2ePeer[] = []
  const stop = async (): Promise<void> => {
    await Promise.all(peers.map(async p => p.daemon.stop('SIGTERM', 30_000)))
    await Promise.all(ipfs.map(async d => d.stop()))
    await Promise.all(dirs.map(removeDir))
  }
  try {
    for (let i = 0; i < size; i++) dirs.push(await shortTmpDir())
    ipfs.push(...await Promise.all(dirs.map(async (_d, i) => startIpfsDaemon({ name: `e2e-${i}` }))))
    const ports = await Promise.all(dirs.map(async () => getFreePort()))
    const jsons = await Promise.all(dirs.map(async (dir, i) => initTestPeer(dir, json => {
      json.cluster.secret = SECRET
      json.cluster.peername = `peer-${i}`
      json.cluster.listen_multiaddress = `/ip4/127.0.0.1/tcp/${ports[i]}`
      json.cluster.monitor_ping_interval = '2s'
      json.cluster.state_sync_interval = '5s'
      json.cluster.ipfs_sync_interval = '5s'
      json.ipfs_connector.ipfshttp.node_multiaddress = ipfs[i].apiMultiaddr
      json.consensus.raft.heartbeat_timeout = '200ms'
      json.consensus.raft.election_timeout = '400ms'
      json.consensus.raft.leader_lease_timeout = '200ms'
      json.informer.disk.metric_ttl = '4s'
      json.informer.numpin.metric_ttl = '4s'
      json.monitor.monbasic.check_interval = '2s'
    })))
    const addresses = jsons.map((j, i) => `/ip4/127.0.0.1/tcp/${ports[i]}/p2p/${j.cluster.id as string}`)
    await Promise.all(dirs.map(async (dir, i) => editConfig(dir, json => {
      json.cluster.peers = addresses.filter((_a, k) => k !== i)
      edit(json)
    })))
    peers.push(...await Promise.all(dirs.map(async (dir, i) => launch({ dir, id: jsons[i].cluster.id, address: addresses[i], ipfs: ipfs[i] }))))
  } catch (err) {
    await stop()
    throw err
  }
  return {
    peers,
    stop,
    restart: async (peer) => {
      const started = await launch(peer)
      peer.daemon = started.daemon
      peer.url = started.url
    }
  }
}

/** Polls `GET /pins/<cid>` until `accept` is true of its peer_map statuses. */
export async function waitForStatus (peer: E2ePeer, cid: string, accept: (statuses: Record<string, string>) => boolean, timeout = 60_000): Promise<Record<string, any>> {
  let last: any
  await waitFor(async () => {
    const res = await fetch(`${peer.url}/pins/${cid}`)
    last = await res.json()
    const statuses = Object.fromEntries(Object.entries(last.peer_map ?? {}).map(([k, v]: [string, any]) => [k, v.status as string]))
    return accept(statuses)
  }, { timeout, interval: 200, what: () => `status of ${cid}: ${JSON.stringify(last)}` })
  return last
}

/** True when the IPFS daemon has `cid` pinned recursively (js-ipfs prints CIDv1 in base58btc: compare CIDs, not text). */
export async function ipfsHasPin (ipfs: IpfsDaemon, cid: string): Promise<boolean> {
  const wanted = CID.parse(cid)
  try {
    const res = await ipfs.rpc<{ Keys: Record<string, unknown> }>('pin/ls', { arg: cid, type: 'recursive' })
    return Object.keys(res.Keys).some(k => CID.parse(k).equals(wanted))
  } catch {
    return false
  }
}

/** The parsed JSON answer of a request. */
export async function json (url: string, init?: RequestInit): Promise<any> {
  return (await fetch(url, init)).json()
}

/** The parsed lines of an NDJSON answer ([] for a 204). */
export async function ndjson (url: string, init?: RequestInit): Promise<any[]> {
  const text = (await (await fetch(url, init)).text()).trim()
  return text === '' ? [] : text.split('\n').map(line => JSON.parse(line))
}
