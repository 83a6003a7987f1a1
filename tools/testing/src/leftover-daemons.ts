import type { ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'

/** Every live daemon is SIGKILLed, and its temp repo removed, when the test process goes away. */
export const live = new Set<ChildProcess>()
export const tempDirs = new Set<string>()
let hooksInstalled = false

export function installExitHooks (): void {
  if (hooksInstalled) return
  hooksInstalled = true
  const killLeftovers = (): void => {
    for (const proc of live) proc.kill('SIGKILL')
    live.clear()
    for (const dir of tempDirs) {
      try { rmSync(dir, { recursive: true, force: true }) } catch { /* best effort */ }
    }
    tempDirs.clear()
  }
  process.once('exit', killLeftovers)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      killLeftovers()
      process.removeListener(signal, onSignal)
      // keep the default behaviour (terminate) unless someone else handles the signal
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
    }
    process.on(signal, onSignal)
  }
}
