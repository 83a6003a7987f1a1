// The supervisor process: serves the cluster service and health on <sockets>/supervisor.sock.
import { runService } from '@ipfscluster/chassis'

await runService('supervisor', async () => ({ services: [] }))
