import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { waitFor } from './wait-for.js'

/** A child process under test, with its interleaved output kept for assertions and error messages. */
export interface Child {
  proc: ChildProcess
  pid: number
  output: () => string
  /** Resolves once the output matches `pattern`. */
  waitForOutput: (pattern: RegExp, timeout?: number) => Promise<void>
  /** Resolves with the exit code (or the signal name) once the process has exited. */
  exited: Promise<number | string>
  /** Sends `signal` and waits for the exit, escalating to SIGKILL after `timeout`. */
  stop: (signal?: NodeJS.Signals, timeout?: number) => Promise<number | string>
}

const live = new Set<ChildProcess>()
process.once('exit', () => { for (const p of live) p.kill('SIGKILL') })

export function spawnChild (command: string, args: string[], options: SpawnOptions = {}): Child {
  const proc = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options })
  if (proc.pid === undefined) throw new Error(`cannot spawn ${command}`)
  live.add(proc)
  let output = ''
  proc.stdout?.on('data', (d: Buffer) => { output += d.toString() })
  proc.stderr?.on('data', (d: Buffer) => { output += d.toString() })
  const exited = new Promise<number | string>(resolve => {
    proc.once('exit', (code, signal) => {
      live.delete(proc)
      resolve(code ?? signal ?? -1)
    })
  })
  let done = false
  void exited.then(() => { done = true })
  return {
    proc,
    pid: proc.pid,
    output: () => output,
    exited,
    waitForOutput: async (pattern, timeout = 20_000) => {
      await waitFor(() => {
        if (done && !pattern.test(output)) throw new Error(`${command} exited before printing ${pattern}:\n${output}`)
        return pattern.test(output)
      }, { timeout, what: () => `${pattern} in the output of ${command}:\n${output}` })
    },
    stop: async (signal = 'SIGTERM', timeout = 10_000) => {
      if (!done) proc.kill(signal)
      const timer = setTimeout(() => proc.kill('SIGKILL'), timeout)
      try {
        return await exited
      } finally {
        clearTimeout(timer)
      }
    }
  }
}
