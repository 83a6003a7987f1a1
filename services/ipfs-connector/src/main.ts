// The ipfs-connector process: serves its gRPC API and health on <sockets>/ipfs-connector.sock
// and the IPFS proxy on proxy_listen_multiaddress.
import { runConnectorProcess } from './process.js'

await runConnectorProcess()
