/**
 * @packageDocumentation
 * Test support shared by every project: waits with deadlines, short temp
 * folders, child processes, and a real OTLP/HTTP receiver.
 *
 * @example
 * ```ts
 * const otlp = await startOtlpReceiver()
 * await otlp.waitForSpans(spans => spans.length >= 2)
 * ```
 */
export { waitFor, waitForValue, type WaitForOptions } from './wait-for.js'
export { shortTmpDir, removeDir } from './tmp-dir.js'
export { spawnChild, type Child } from './child-process.js'
export { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './otlp-receiver.js'
export {
  startIpfsDaemon, connectDaemons, jsipfsBinPath, IpfsRpcError, JSIPFS_INSTALL_COMMAND,
  type IpfsDaemon, type IpfsDaemonOptions, type RpcArgs, type RpcOptions
} from './ipfs-daemon.js'
export { getFreePort, isPortClosed } from './free-port.js'
export { processesWithEnv } from './processes.js'
