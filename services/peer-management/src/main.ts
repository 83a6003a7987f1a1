// The peer-management process: serves its gRPC API and health on <sockets>/peer-management.sock.
import { runService } from '@ipfscluster/chassis'

await runService('peer-management', async () => ({ services: [] }))
