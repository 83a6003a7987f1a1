import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'

/**
 * Copies a child's output lines to the supervisor's stderr, tagged with the
 * service: text lines get a `[service]` prefix; JSON log lines already carry
 * `service`, and any other line is wrapped into a JSON object so a log
 * shipper still reads one object per line. Keeps the last lines for error
 * messages.
 */
export class OutputForwarder {
  private readonly tail: string[] = []

  constructor (private readonly service: string, private readonly format: 'text' | 'json', private readonly write: (line: string) => void) {}

  attach (stream: Readable | null): void {
    if (stream === null) return
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', line => { this.forward(line) })
  }

  /** The last lines the child printed, oldest first. */
  lastLines (): string[] {
    return [...this.tail]
  }

  private forward (line: string): void {
    this.tail.push(line)
    if (this.tail.length > 20) this.tail.shift()
    if (this.format === 'text') {
      this.write(`[${this.service}] ${line}`)
    } else if (line.startsWith('{')) {
      this.write(line)
    } else {
      this.write(JSON.stringify({ ts: new Date().toISOString(), level: 'info', facility: 'service', service: this.service, msg: line }))
    }
  }
}
