export const OUTPUT_LIMIT = 64 * 1024

/** A process's output for error messages, keeping only the last 64 KiB. */
export class OutputBuffer {
  private text = ''
  append (chunk: string): void {
    this.text += chunk
    if (this.text.length > OUTPUT_LIMIT) this.text = '…' + this.text.slice(this.text.length - OUTPUT_LIMIT)
  }

  toString (): string { return this.text }
}
