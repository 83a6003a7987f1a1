/**
 * The behaviour suite against a real js-ipfs 0.66 daemon (the second node is
 * another js-ipfs daemon) and against the embedded Helia node (the second
 * node is another embedded connector process), each through a real
 * connector process and its gRPC client.
 */
import { startIpfsDaemon, type IpfsDaemon } from '@ipfscluster/testing'
import { CID } from 'multiformats/cid'
import { defaultAddOptions } from '../src/index.js'
import { tests } from './compliance/ipfs-connector.js'
import { startConnectorProcess, waitServing, type ConnectorProcess } from './fixtures/connector-process.js'

const PIN_TIMEOUT = 3000

describe('IpfsConnector behaviour against js-ipfs 0.66 (daemon connector)', function () {
  let daemons: IpfsDaemon[] = []
  let proc: ConnectorProcess | undefined
  tests({
    setup: async () => {
      daemons = await Promise.all([startIpfsDaemon({ name: 'a' }), startIpfsDaemon({ name: 'b' })])
      const [a, b] = daemons
      proc = await startConnectorProcess({ ipfshttp: { node_multiaddress: a.apiMultiaddr, pin_timeout: `${PIN_TIMEOUT / 1000}s`, proxy_listen_multiaddress: [] } })
      await waitServing(proc)
      return {
        connector: proc.client,
        pinTimeout: PIN_TIMEOUT,
        peer: {
          addresses: b.swarmMultiaddrs,
          add: async bytes => {
            const form = new FormData()
            form.append('file', new Blob([bytes]), 'peer.bin')
            const res = await b.rpc<{ Hash: string }>('add', { pin: false }, { body: form })
            return CID.parse(res.Hash)
          }
        }
      }
    },
    teardown: async () => {
      await proc?.stop()
      await Promise.all(daemons.map(async d => d.stop()))
    }
  })
})

describe('IpfsConnector behaviour against the embedded Helia node', function () {
  let procs: ConnectorProcess[] = []
  tests({
    setup: async () => {
      const embedded = { enabled: true, listen_multiaddress: ['/ip4/127.0.0.1/tcp/0'], storage_max: '1GB' }
      procs = await Promise.all([0, 1].map(async () => startConnectorProcess({ ipfshttp: { pin_timeout: `${PIN_TIMEOUT / 1000}s`, proxy_listen_multiaddress: [] }, embedded })))
      await Promise.all(procs.map(async p => waitServing(p)))
      const [a, b] = procs
      return {
        connector: a.client,
        pinTimeout: PIN_TIMEOUT,
        peer: {
          addresses: (await b.client.id()).addresses,
          add: async bytes => {
            let root: CID | undefined
            for await (const out of b.client.add([{ path: 'peer.bin', kind: 'file', content: [bytes] }], defaultAddOptions)) root = out.cid ?? root
            if (root === undefined) throw new Error('the peer added nothing')
            return root
          }
        }
      }
    },
    teardown: async () => {
      await Promise.all(procs.map(async p => p.stop()))
    }
  })
})
