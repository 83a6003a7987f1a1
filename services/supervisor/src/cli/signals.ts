/**
 * The original's signal ladder (cli.md §5.3): the first SIGINT/SIGTERM/SIGHUP
 * starts an orderly stop, the second prints a warning, the third kills.
 */
export function onShutdownSignals (handlers: { stop: () => void, warn: () => void, kill: () => void }): () => void {
  let count = 0
  const on = (): void => {
    count++
    if (count === 1) handlers.stop()
    else if (count === 2) handlers.warn()
    else handlers.kill()
  }
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, on)
  return () => { for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeListener(s, on) }
}
