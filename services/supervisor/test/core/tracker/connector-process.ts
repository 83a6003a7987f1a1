/**
 * The real ipfs-connector process in front of a real js-ipfs daemon, as the
 * supervisor starts it (its compiled main with the chassis preload), on a
 * fresh peer folder; with a gRPC client on its socket and helpers to put
 * content into IPFS and ask IPFS what it pins.
 */
import { join } from 'node:path'
import { connect, generateIdentity, initConfig, newSecret, writeConfigFile, type JsonObject, type PromiseClient } from '@ipfscluster/chassis'
import { loadProtos, type IPFSConnectorClient } from '@ipfscluster/proto'
import { shortTmpDir, spawnChild, startIpfsDaemon, waitFor, type Child, type IpfsDaemon } from '@ipfscluster/testing'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { preloadScript, serviceScript } from '../../../src/process/service-scripts.js'

export interface IpfsStack {
  /** The peer folder (service.json, sockets/). */
  dir: string
  ipfs: IpfsDaemon
  connector: Child
  client: PromiseClient<IPFSConnectorClient>
  socketsDir: string
  /** Stores a new raw block with `text` in IPFS; resolves with its CID. */
  addBlock: (text: string) => Promise<CID>
  /** True when js-ipfs lists `cid` as pinned (recursive or direct). */
  pinnedInIpfs: (cid: CID) => Promise<boolean>
  stop: () => Promise<void>
}

/** Starts js-ipfs and the connector process on a new folder. */
export async function startIpfsStack (prefix = 'trk'): Promise<IpfsStack> {
  const dir = await shortTmpDir(prefix)
  const ipfs = await startIpfsDaemon({ name: `${prefix}-ipfs` })
  const { json } = initConfig({ identity: await generateIdentity(), secret: newSecret(), peername: 'tracker-test' })
  const section = (json.ipfs_connector as JsonObject).ipfshttp as JsonObject
  Object.assign(section, { node_multiaddress: ipfs.apiMultiaddr, proxy_listen_multiaddress: [], connect_swarms_delay: '0s' })
  await writeConfigFile(join(dir, 'service.json'), json)
  const socketsDir = join(dir, 'sockets')
  const connector = spawnChild(process.execPath, ['--import', preloadScript(), serviceScript('ipfs-connector')], {
    env: { ...process.env, IPFS_CLUSTER_PATH: dir, IPFS_CLUSTER_SOCKETS: socketsDir, IPFS_CLUSTER_LOG_LEVEL: 'info' }
  })
  await connector.waitForOutput(/ ready /, 60_000)
  const client = connect(loadProtos().ipfscluster.ipfsconnector.v1.IPFSConnector, join(socketsDir, 'ipfs-connector.sock'), 'ipfs-connector')
  await waitFor(async () => client.ID({}, { timeout: 5_000 }).then(() => true, () => false), { timeout: 60_000, what: 'the connector reaching js-ipfs' })
  return {
    dir,
    ipfs,
    connector,
    client,
    socketsDir,
    addBlock: async text => {
      const data = new TextEncoder().encode(text)
      const cid = CID.createV1(raw.code, await sha256.digest(data))
      await client.BlockPut({ block: { cid: cid.bytes, data } })
      return cid
    },
    // Asked of js-ipfs itself, not through the connector under test.
    pinnedInIpfs: async cid => ipfs.rpc<{ Keys?: Record<string, { Type: string }> }>('pin/ls', { arg: cid.toString() })
      .then(res => ['recursive', 'direct'].includes(Object.values(res.Keys ?? {})[0]?.Type ?? ''), () => false),
    stop: async () => {
      client.close()
      await connector.stop()
      await ipfs.stop()
    }
  }
}
