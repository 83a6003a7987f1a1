/**
 * End-to-end fixture: real cluster peers (the ipfs-cluster-service binary
 * and its children) each with its own real js-ipfs daemon, sharing a secret
 * and knowing each other through `cluster.peers`.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import assert from 'node:assert/strict'
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
  /** Starts one more peer that joins through `via` (`cluster.bootstrap`, empty `peers`). */
  join: (via: E2ePeer) => Promise<E2ePeer>
  /** Starts a peer's daemon again (after `daemon.stop()`), same folder. */
  restart: (peer: E2ePeer) => Promise<void>
  stop: () => Promise<void>
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
  await daemon.waitForOutput(/IPFS Cluster v\S+ is ready/, 300_000).catch(err => { throw new Error(`${(err as Error).message}\n${daemon.output()}`) })
  const m = /REST API \(HTTP\): \/ip4\/127\.0\.0\.1\/tcp\/(\d+)/.exec(daemon.output())
  if (m === null) throw new Error(`no REST address in the output:\n${daemon.output()}`)
  return { ...peer, daemon, url: `http://127.0.0.1:${m[1]}` }
}

/** A peer's folder, initialised with the test settings, and its own js-ipfs daemon. */
async function preparePeer (index: number, cleanup: { dirs: string[], ipfs: IpfsDaemon[] }): Promise<Omit<E2ePeer, 'daemon' | 'url'>> {
  const dir = await shortTmpDir()
  cleanup.dirs.push(dir)
  const ipfs = await startIpfsDaemon({ name: `e2e-${index}`, initTimeout: 180_000, readyTimeout: 180_000 })
  cleanup.ipfs.push(ipfs)
  const port = await getFreePort()
  const json = await initTestPeer(dir, json => {
    json.cluster.secret = SECRET
    json.cluster.peername = `peer-${index}`
    json.cluster.listen_multiaddress = `/ip4/127.0.0.1/tcp/${port}`
    json.cluster.monitor_ping_interval = '2s'
    json.cluster.state_sync_interval = '5s'
    json.cluster.ipfs_sync_interval = '5s'
    json.ipfs_connector.ipfshttp.node_multiaddress = ipfs.apiMultiaddr
    json.consensus.raft.heartbeat_timeout = '250ms'
    json.consensus.raft.election_timeout = '1s'
    json.consensus.raft.leader_lease_timeout = '250ms'
    json.informer.disk.metric_ttl = '4s'
    json.informer.numpin.metric_ttl = '4s'
    json.monitor.monbasic.check_interval = '2s'
    // the machine running these is loaded: a child slow to answer one health check must not be killed for it
    json.supervisor.health_check_interval = '1s'
    json.supervisor.ready_timeout = '2m'
  })
  return { dir, id: json.cluster.id, address: `/ip4/127.0.0.1/tcp/${port}/p2p/${json.cluster.id as string}`, ipfs }
}

/**
 * Starts `size` peers that know each other; `edit` changes every peer's
 * service.json and `beforeLaunch` runs on each folder before its daemon starts.
 */
export async function startCluster (size: number, edit: (json: any) => void = () => {}, beforeLaunch?: (dir: string) => Promise<void>): Promise<E2eCluster> {
  const cleanup = { dirs: [] as string[], ipfs: [] as IpfsDaemon[] }
  const peers: E2ePeer[] = []
  const stop = async (): Promise<void> => {
    await Promise.all(peers.map(async p => p.daemon.stop('SIGTERM', 30_000)))
    await Promise.all(cleanup.ipfs.map(async d => d.stop()))
    await Promise.all(cleanup.dirs.map(removeDir))
  }
  try {
    const prepared = await Promise.all(Array.from({ length: size }, async (_v, i) => preparePeer(i, cleanup)))
    await Promise.all(prepared.map(async p => editConfig(p.dir, json => {
      json.cluster.peers = prepared.filter(q => q !== p).map(q => q.address)
      edit(json)
    })))
    for (const p of prepared) await beforeLaunch?.(p.dir)
    peers.push(...await Promise.all(prepared.map(launch)))
  } catch (err) {
    await stop()
    throw err
  }
  const join = async (via: E2ePeer): Promise<E2ePeer> => {
    const prepared = await preparePeer(peers.length, cleanup)
    await editConfig(prepared.dir, json => {
      json.cluster.bootstrap = [via.address]
      edit(json)
    })
    const peer = await launch(prepared)
    peers.push(peer)
    return peer
  }
  const restart = async (peer: E2ePeer): Promise<void> => {
    const started = await launch(peer)
    peer.daemon = started.daemon
    peer.url = started.url
  }
  return { peers, join, restart, stop }
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

/** `POST /add` of one file, as the npm client and browsers send it. */
export async function addFile (peer: E2ePeer, name: string, content: string, query = 'cid-version=1'): Promise<any[]> {
  const form = new FormData()
  form.append('file', new Blob([content]), name)
  const res = await fetch(`${peer.url}/add?${query}`, { method: 'POST', body: form })
  assert.equal(res.status, 200, await res.clone().text())
  const text = await res.text()
  return text.trim().split('\n').map(line => JSON.parse(line))
}
