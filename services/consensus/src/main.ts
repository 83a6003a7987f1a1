// The consensus process: serves its gRPC API and health on <sockets>/consensus.sock.
import { runService } from '@ipfscluster/chassis'

await runService('consensus', async () => ({ services: [] }))
