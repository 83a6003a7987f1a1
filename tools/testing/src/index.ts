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
export { startIpfsDaemon, connectDaemons, type IpfsDaemon, type IpfsDaemonOptions } from './ipfs-daemon.js'
export { IpfsRpcError, type RpcArgs, type RpcOptions } from './ipfs-rpc.js'
export { jsipfsBinPath, JSIPFS_INSTALL_COMMAND } from './jsipfs-bin.js'
export { getFreePort, isPortClosed } from './free-port.js'
export { processesWithEnv } from './processes.js'
