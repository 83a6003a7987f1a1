// The ipfs-connector process: serves its gRPC API and health on <sockets>/ipfs-connector.sock.
import { runService } from '@ipfscluster/chassis'

await runService('ipfs-connector', async () => ({ services: [] }))
