/**
 * @packageDocumentation
 * The ipfs-connector service: the only process that talks to IPFS. It calls
 * an IPFS daemon over the Kubo RPC API (Kubo, or js-ipfs 0.66), or runs an
 * embedded Helia node, behind one `IpfsConnector` interface served over gRPC
 * (`ipfscluster.ipfsconnector.v1.IPFSConnector`), and hosts the IPFS proxy.
 * Run it with `node --import @ipfscluster/chassis/preload dist/src/main.js`;
 * the supervisor does that for every peer.
 *
 * @example
 * ```ts
 * import { createIpfsConnectorClient } from '@ipfscluster/ipfs-connector'
 *
 * const ipfs = createIpfsConnectorClient(socketOf('ipfs-connector'))
 * for await (const event of ipfs.pin({ cid, maxDepth: -1 })) {
 *   if (event.type === 'progress') console.log(`${event.blocks} blocks`)
 * }
 * console.log(await ipfs.pinLsCid(cid, 'recursive'))   // 'recursive'
 * ```
 */
export const SERVICE_NAME = 'ipfs-connector'
export type * from './connector.js'
export { IpfsError, UnpinDisabledError } from './errors.js'
export { createIpfsConnectorClient, type IpfsConnectorClient } from './grpc/client.js'
export { connectorService, SERVICE } from './grpc/server.js'
export { KuboConnector } from './kubo/kubo-connector.js'
export { EmbeddedConnector } from './embedded/embedded-connector.js'
export { add, type AddEntry, type AddOutput, type BlockSink } from './adder/adder.js'
export { defaultAddOptions, type AddOptions } from './adder/add-options.js'
export { loadConnectorConfig, type ConnectorConfig, type EmbeddedConfig } from './config.js'
export { startConnectorService, type ConnectorService, type SiblingSockets } from './service.js'
export { startProxy, type IpfsProxy, type ProxyOptions } from './proxy/server.js'
