import type { Readable, Writable } from 'node:stream'

/** Where a command reads and writes: the process's streams, or a test's. */
export interface Io {
  stdout: Writable
  stderr: Writable
  stdin: Readable
  env: NodeJS.ProcessEnv
}

/**
 * A fatal error printed as `error <doing>: <message>` (cli.md §8); `doing`
 * is empty for plain `error : <message>` lines.
 */
export class CliError extends Error {
  constructor (readonly doing: string, message: string, readonly exitCode = 1) {
    super(message)
    this.name = CliError.name
  }
}

export function printError (io: Io, err: CliError): void {
  io.stderr.write(`error ${err.doing}: ${err.message}\n`)
}
