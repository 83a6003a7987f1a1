/**
 * A warm spare: the supervisor starts a second copy of each child with
 * IPFS_CLUSTER_STANDBY=true. Its modules are loaded (libp2p alone takes a
 * second or more); it binds nothing and waits for the supervisor's go over
 * IPC, so it can take over the moment the running copy dies. It exits when
 * told to stop or when the supervisor goes away.
 */
export async function waitForGo (): Promise<void> {
  await new Promise<void>(resolve => {
    const quit = (): never => process.exit(0)
    const onEnd = (): void => { quit() }
    process.once('SIGTERM', quit)
    process.once('SIGINT', quit)
    process.once('disconnect', quit)
    if (process.env.IPFS_CLUSTER_EXIT_WITH_STDIN === 'true') process.stdin.once('end', onEnd).resume()
    process.once('message', () => {
      process.removeListener('SIGTERM', quit)
      process.removeListener('SIGINT', quit)
      process.removeListener('disconnect', quit)
      process.stdin.removeListener('end', onEnd)
      resolve()
    })
  })
}
