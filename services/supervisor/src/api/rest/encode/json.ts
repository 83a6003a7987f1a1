/**
 * Go `json.Encoder` output: compact, keys in insertion order, HTML-sensitive
 * characters escaped like Go, bigints written exactly, one `\n` after the value.
 */

/** A JSON value as the encoders build it; `undefined` object members are omitted. */
export type JsonValue = null | boolean | number | bigint | string | JsonValue[] | { [key: string]: JsonValue | undefined }

const GO_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' }

function quote (s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, c => GO_ESCAPES[c])
}

function write (v: JsonValue): string {
  if (v === null) return 'null'
  switch (typeof v) {
    case 'string': return quote(v)
    case 'bigint': return v.toString()
    case 'number': return Number.isFinite(v) ? String(v) : 'null'
    case 'boolean': return v ? 'true' : 'false'
  }
  if (Array.isArray(v)) return `[${v.map(write).join(',')}]`
  const members: string[] = []
  for (const [k, item] of Object.entries(v)) {
    if (item !== undefined) members.push(`${quote(k)}:${write(item)}`)
  }
  return `{${members.join(',')}}`
}

/** One encoded value followed by `\n`, as Go's encoder writes it. */
export function goJson (value: JsonValue): string {
  return write(value) + '\n'
}
