// The ipfs-cluster-service binary (loaded by bin/ipfs-cluster-service.js after the chassis preload).
import { runCli } from './cli/run.js'

const code = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env })
// libp2p and gRPC timers would keep the loop alive for a while after a stop.
process.exit(code)
