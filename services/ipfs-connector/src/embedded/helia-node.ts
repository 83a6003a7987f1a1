/**
 * The embedded IPFS node: Helia with its blockstore and datastore on disk in
 * `<repo_path>/blocks` and `<repo_path>/datastore`, bitswap over its own
 * libp2p host (TCP, noise, yamux, identify), and a persistent Ed25519
 * identity in `<repo_path>/identity.key`.
 *
 * Built from `@helia/utils`' `Helia` class and `@helia/block-brokers`'
 * bitswap with a libp2p of our own, rather than `createHelia()`: that one
 * pulls in every libp2p transport, and `@libp2p/http` → undici 8 does not load
 * on Node 20.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { bitswap } from '@helia/block-brokers'
import { Helia } from '@helia/utils'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { identify } from '@libp2p/identify'
import type { PrivateKey } from '@libp2p/interface'
import { tcp } from '@libp2p/tcp'
import { FsBlockstore } from 'blockstore-fs'
import { FsDatastore } from 'datastore-fs'
import { createLibp2p, type Libp2p } from 'libp2p'

/** Where and how the node runs. */
export interface HeliaNodeOptions {
  repoPath: string
  listen: string[]
}

/** A started node and its stores. */
export interface HeliaNode {
  helia: Helia<Libp2p>
  /** The on-disk block folder (its size is the repo size). */
  blocksPath: string
  stop: () => Promise<void>
}

async function identity (file: string): Promise<PrivateKey> {
  try {
    return privateKeyFromProtobuf(await readFile(file))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`cannot read the embedded node's key ${file}: ${(err as Error).message}`)
  }
  const key = await generateKeyPair('Ed25519')
  await writeFile(file, privateKeyToProtobuf(key), { mode: 0o600 })
  return key
}

/** Opens the repo (creating it on first use) and starts the node. */
export async function startHeliaNode (options: HeliaNodeOptions): Promise<HeliaNode> {
  await mkdir(options.repoPath, { recursive: true, mode: 0o700 })
  await chmod(options.repoPath, 0o700)
  const blocksPath = join(options.repoPath, 'blocks')
  const blockstore = new FsBlockstore(blocksPath)
  const datastore = new FsDatastore(join(options.repoPath, 'datastore'))
  await blockstore.open()
  await datastore.open()
  const libp2p = await createLibp2p({
    start: false,
    privateKey: await identity(join(options.repoPath, 'identity.key')),
    addresses: { listen: options.listen },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux({ maxEarlyStreams: 256 })],
    connectionManager: { dialTimeout: 5000 },
    services: { identify: identify() }
  })
  const helia = new Helia({ libp2p, blockstore, datastore, blockBrokers: [bitswap()], routers: [] })
  await helia.start()
  return {
    helia,
    blocksPath,
    stop: async () => {
      await helia.stop()
      await blockstore.close()
      await datastore.close()
    }
  }
}
