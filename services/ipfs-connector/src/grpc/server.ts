/**
 * gRPC wiring only: each IPFSConnector RPC calls the domain (conventions §4);
 * errors cross as their classes through the chassis adapters.
 */
import { implement, type HostedService } from '@ipfscluster/chassis'
import { loadProtos, type IPFSConnectorHandlers } from '@ipfscluster/proto'
import { add } from '../adder/adder.js'
import { decodeCid } from '../cids.js'
import type { IpfsConnector } from '../connector.js'
import { readAddStream } from './add-stream.js'
import { addedOutputToProto, pinTargetFromProto, pinTypesFromProto, pinTypeToProto, repoStatToProto } from './convert.js'

/** Full name of the service, also its health-check name. */
export const SERVICE = 'ipfscluster.ipfsconnector.v1.IPFSConnector'

/** Where the addresses of the other peers' IPFS daemons come from when ConnectSwarms names none. */
export type SwarmAddressSource = () => Promise<string[]>

/** The IPFSConnector service over `connector`. */
export function connectorService (connector: IpfsConnector, swarmAddresses: SwarmAddressSource = async () => []): HostedService {
  const definition = loadProtos().ipfscluster.ipfsconnector.v1.IPFSConnector.service
  const implementation = implement<IPFSConnectorHandlers>(definition, {
    ID: async (_req, { signal }) => {
      const id = await connector.id({ signal })
      return { id: { id: id.id, addresses: id.addresses, error: '' }, agent_version: id.agentVersion, public_key: id.publicKey }
    },
    Version: async (_req, { signal }) => connector.version({ signal }),
    Pin: async function * (req, { signal }) {
      for await (const event of connector.pin(pinTargetFromProto(req.pin), { signal })) {
        yield event.type === 'progress' ? { progress: { blocks: event.blocks } } : { done: { already_pinned: event.alreadyPinned } }
      }
    },
    Unpin: async (req, { signal }) => ({ was_pinned: await connector.unpin(decodeCid(req.cid), { signal }) }),
    PinUpdate: async (req, { signal }) => {
      await connector.pinUpdate(decodeCid(req.from), decodeCid(req.to), { signal })
      return {}
    },
    PinLsCid: async (req, { signal }) => ({
      type: pinTypeToProto(await connector.pinLsCid(decodeCid(req.cid), req.mode === 'PIN_MODE_DIRECT' ? 'direct' : 'recursive', { signal }))
    }),
    PinLs: async function * (req, { signal }) {
      for await (const pin of connector.pinLs(pinTypesFromProto(req.types), { signal })) yield { cid: pin.cid.bytes, type: pinTypeToProto(pin.type) }
    },
    RepoStat: async (_req, { signal }) => ({ repo_stat: repoStatToProto(await connector.repoStat({ signal })) }),
    ConnectSwarms: async (req, { signal }) => ({
      connected: await connector.connectSwarms(req.addresses.length > 0 ? req.addresses : await swarmAddresses(), { signal })
    }),
    SwarmPeers: async (_req, { signal }) => ({ peers: await connector.swarmPeers({ signal }) }),
    ConfigKey: async (req, { signal }) => ({ value_json: JSON.stringify(await connector.configKey(req.path, { signal })) }),
    Resolve: async (req, { signal }) => ({ cid: (await connector.resolve(req.path, { signal })).bytes }),
    BlockStream: async (reqs, { signal }) => {
      let blocks = 0
      let bytes = 0
      for await (const req of reqs) {
        const cid = decodeCid(req.block?.cid ?? new Uint8Array())
        const data = req.block?.data ?? new Uint8Array()
        await connector.blockPut({ cid, bytes: data }, { signal })
        blocks++
        bytes += data.byteLength
      }
      return { blocks: String(blocks), bytes: String(bytes) }
    },
    BlockPut: async (req, { signal }) => ({
      size: String(await connector.blockPut({ cid: decodeCid(req.block?.cid ?? new Uint8Array()), bytes: req.block?.data ?? new Uint8Array() }, { signal }))
    }),
    BlockGet: async (req, { signal }) => ({ data: await connector.blockGet(decodeCid(req.cid), { signal }) }),
    Add: async function * (reqs, { signal }) {
      const { options, allocations, entries } = await readAddStream(reqs)
      // Blocks go to this peer's IPFS; allocated peers fetch them over bitswap when they pin.
      for await (const output of add(entries, options, async (block, o) => connector.blockPut(block, o ?? { signal }), { signal })) {
        yield { output: addedOutputToProto(output, allocations) }
      }
    }
  })
  return { name: SERVICE, definition, implementation }
}
