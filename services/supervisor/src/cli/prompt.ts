import { createInterface } from 'node:readline'
import type { Io } from './io.js'

/** Prints `question` on stdout and reads one line from stdin (undefined at end of input). */
export async function readLine (io: Io, question: string): Promise<string | undefined> {
  io.stdout.write(question)
  const rl = createInterface({ input: io.stdin, terminal: false })
  try {
    const { value, done } = await rl[Symbol.asyncIterator]().next()
    return done === true ? undefined : String(value)
  } finally {
    rl.close()
  }
}
