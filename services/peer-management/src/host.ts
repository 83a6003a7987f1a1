import { createLibp2p, type Libp2p } from 'libp2p'
import { tcp } from '@libp2p/tcp'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { identify, type Identify } from '@libp2p/identify'
import { ping, type Ping } from '@libp2p/ping'
import { MAX_STREAMS_PER_PROTOCOL } from '@ipfscluster/proto'
import type { PeerManagementConfig } from './config.js'
import { libp2pLogger } from './libp2p-logger.js'
import type { SecretHandshakes } from './pnet.js'

/** The libp2p node of a cluster peer. */
export type ClusterHost = Libp2p<{ identify: Identify, ping: Ping }>

/**
 * Creates (and starts) the peer's libp2p host: TCP, noise, yamux, the
 * cluster secret as private network (unless `handshakes` is undefined: an
 * unprotected network), identify and ping (conventions.md Part B).
 */
export async function createHost (config: PeerManagementConfig, handshakes: SecretHandshakes | undefined): Promise<ClusterHost> {
  return createLibp2p({
    privateKey: config.identity.privateKey,
    addresses: { listen: config.listen.map(String) },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    // A peer opening many relay streams right after connecting must not make
    // the other side abort the whole connection (P-L1).
    streamMuxers: [yamux({ maxEarlyStreams: MAX_STREAMS_PER_PROTOCOL })],
    ...(handshakes !== undefined ? { connectionProtector: handshakes.protector(), connectionGater: handshakes.gater() } : {}),
    connectionManager: {
      // A wrong secret must fail in seconds, not look like a hang (P-L3).
      dialTimeout: Math.min(config.networkTimeout, 5000),
      addressDialTimeout: Math.min(config.networkTimeout, 3000),
      // Peers of a test cluster (or behind one NAT) share an IP; the pnet
      // handshake, not a rate limit, is what keeps strangers out.
      inboundConnectionThreshold: 1000
    },
    logger: libp2pLogger(),
    services: { identify: identify(), ping: ping() }
  })
}
