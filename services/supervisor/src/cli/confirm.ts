import { createInterface } from 'node:readline'
import type { Io } from './io.js'

/**
 * The original's [y/n] prompt (cli.md §6): y/Y is yes; n/N, an empty answer
 * or the end of input is no; anything else asks again, three times at most.
 */
export async function confirm (io: Io, question: string): Promise<boolean> {
  const rl = createInterface({ input: io.stdin, terminal: false })
  const lines = rl[Symbol.asyncIterator]()
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      io.stdout.write(`${question} `)
      const { value, done } = await lines.next()
      const answer = done === true ? '' : String(value).trim()
      if (answer === 'y' || answer === 'Y') return true
      if (answer === '' || answer === 'n' || answer === 'N') return false
      io.stdout.write('Please press either \'y\' or \'n\'\n')
    }
    return false
  } finally {
    rl.close()
  }
}
