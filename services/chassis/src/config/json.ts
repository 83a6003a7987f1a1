/**
 * A strict JSON reader and writer for `service.json`.
 *
 * Why not `JSON.parse`: its messages differ between Node versions and often
 * carry no position (Node 20: "Unexpected end of JSON input"), while the
 * error format wants a line and column; and a save must write every number
 * back as it was read (`1.0`, `1e6`, integers above 2^53), which needs the
 * literal text. Numbers are therefore kept as {@link RawNumber} in the tree
 * used for saving; {@link plain} turns that tree into ordinary values.
 */

/** A JSON number kept with its literal text, so a save writes it back unchanged. */
export class RawNumber {
  constructor (readonly text: string) {}
  get value (): number { return Number(this.text) }
}

/** A JSON value as read ({@link RawNumber}s) or as built (plain numbers). */
export type JsonValue = null | boolean | number | string | RawNumber | JsonValue[] | JsonObject
/** A JSON object; key order is the file's order. */
export interface JsonObject { [key: string]: JsonValue }

/** Bad JSON text: `line` and `column` are 1-based. */
export class JsonSyntaxError extends Error {
  constructor (readonly detail: string, readonly line: number, readonly column: number) {
    super(`invalid JSON at line ${line} column ${column}: ${detail}`)
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/** Parses JSON text (RFC 8259; a leading BOM is skipped). Throws {@link JsonSyntaxError}. */
export function parseJson (text: string): JsonValue {
  let pos = text.startsWith('\uFEFF') ? 1 : 0

  const fail = (detail: string, at = pos): never => { throw syntaxError(text, at, detail) }
  const unexpected = (): never => pos >= text.length
    ? fail('unexpected end of input')
    : fail(`unexpected character ${JSON.stringify(text[pos])}`)
  const skipSpace = (): void => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos])) pos++
  }
  const expect = (char: string, detail: string): void => {
    skipSpace()
    if (text[pos] !== char) fail(pos >= text.length ? 'unexpected end of input' : detail)
    pos++
  }

  const readString = (): string => {
    let out = ''
    pos++ // opening quote
    for (;;) {
      if (pos >= text.length) fail('unexpected end of input')
      const c = text[pos]
      if (c === '"') { pos++; return out }
      if (c < ' ') fail('control character in string')
      if (c !== '\\') { out += c; pos++; continue }
      const e = text[pos + 1]
      if (e === 'u') {
        const hex = text.slice(pos + 2, pos + 6)
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid \\u escape in string')
        out += String.fromCharCode(parseInt(hex, 16))
        pos += 6
      } else if (e !== undefined && e in ESCAPES) {
        out += ESCAPES[e]
        pos += 2
      } else {
        fail(e === undefined ? 'unexpected end of input' : `invalid escape "\\${e}" in string`)
      }
    }
  }

  const readValue = (): JsonValue => {
    skipSpace()
    const c = text[pos]
    if (c === '{') return readObject()
    if (c === '[') return readArray()
    if (c === '"') return readString()
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, pos)) { pos += word.length; return value }
    }
    NUMBER.lastIndex = pos
    const m = NUMBER.exec(text)
    if (m !== null) { pos += m[0].length; return new RawNumber(m[0]) }
    return unexpected()
  }

  const readObject = (): JsonObject => {
    const obj: JsonObject = {}
    pos++
    skipSpace()
    if (text[pos] === '}') { pos++; return obj }
    for (;;) {
      skipSpace()
      if (text[pos] !== '"') fail(pos >= text.length ? 'unexpected end of input' : 'expected a property name in double quotes')
      const key = readString()
      expect(':', 'expected ":" after a property name')
      // defineProperty: a "__proto__" key must stay an ordinary key, as with JSON.parse.
      Object.defineProperty(obj, key, { value: readValue(), enumerable: true, writable: true, configurable: true })
      skipSpace()
      if (text[pos] === '}') { pos++; return obj }
      expect(',', 'expected "," or "}" after a property value')
    }
  }

  const readArray = (): JsonValue[] => {
    const arr: JsonValue[] = []
    pos++
    skipSpace()
    if (text[pos] === ']') { pos++; return arr }
    for (;;) {
      arr.push(readValue())
      skipSpace()
      if (text[pos] === ']') { pos++; return arr }
      expect(',', 'expected "," or "]" after an array item')
    }
  }

  const value = readValue()
  skipSpace()
  if (pos < text.length) fail(`unexpected ${JSON.stringify(text[pos])} after the end of the JSON value`)
  return value
}

/**
 * Parses JSON text that must be an object (a config file).
 *
 * @throws JsonSyntaxError also when the value is not an object
 */
export function parseJsonObject (text: string): JsonObject {
  const value = parseJson(text)
  if (isJsonObject(value)) return value
  throw syntaxError(text, text.search(/[^\s\uFEFF]/), 'the top level must be an object')
}

function syntaxError (text: string, at: number, detail: string): JsonSyntaxError {
  const before = text.slice(0, at).split('\n')
  return new JsonSyntaxError(detail, before.length, before[before.length - 1].length + 1)
}

/** The same tree with {@link RawNumber}s turned into numbers (what section parsers read). */
export function plain (value: JsonValue): unknown {
  if (value instanceof RawNumber) return value.value
  if (Array.isArray(value)) return value.map(plain)
  if (isJsonObject(value)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: plain(v), enumerable: true, writable: true, configurable: true })
    return out
  }
  return value
}

/** True for a JSON object (not null, not an array, not a RawNumber). */
export function isJsonObject (value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RawNumber)
}

/** Arrays of scalars shorter than this are written on one line (config.md §6 layout). */
const INLINE_ARRAY_LIMIT = 100

/**
 * Writes JSON with 2-space indentation and a trailing newline. Arrays of
 * scalars that fit are written on one line (`["GET"]`), as in config.md §6;
 * {@link RawNumber}s are written as their literal text.
 */
export function stringifyJson (value: JsonValue): string {
  return write(value, '') + '\n'
}

function write (value: JsonValue, indent: string): string {
  if (value instanceof RawNumber) return value.text
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const items = value.map(v => write(v, indent + '  '))
    const inline = `[${items.join(', ')}]`
    if (value.every(v => !isJsonObject(v) && !Array.isArray(v)) && inline.length <= INLINE_ARRAY_LIMIT) return inline
    return `[\n${items.map(i => indent + '  ' + i).join(',\n')}\n${indent}]`
  }
  if (isJsonObject(value)) {
    const entries = Object.entries(value)
    if (entries.length === 0) return '{}'
    const inner = indent + '  '
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`).join(',\n')}\n${indent}}`
  }
  return JSON.stringify(value)
}
