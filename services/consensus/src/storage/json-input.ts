/**
 * Splits `state import` input into JSON objects without holding it whole:
 * NDJSON, concatenated (pretty-printed) objects, or one array of objects (the
 * original's 0.3.x export). Each object comes with the line it starts on, for
 * `line N: …` messages.
 */

/** One object of the input and the 1-based line where it starts. */
export interface JsonObjectAt {
  value: Record<string, unknown>
  line: number
}

/** An input that is not a sequence of JSON objects; the message starts with `line N: `. */
export class JsonInputError extends Error {
  constructor (readonly line: number, detail: string) {
    super(`line ${line}: ${detail}`)
    this.name = 'JsonInputError'
  }
}

const [NL, SPACE, TAB, CR, QUOTE, BACKSLASH, COMMA] = [10, 32, 9, 13, 34, 92, 44]
const [OPEN_OBJ, CLOSE_OBJ, OPEN_ARR, CLOSE_ARR] = [123, 125, 91, 93]

function parse (text: string, line: number): JsonObjectAt {
  try {
    return { value: JSON.parse(text), line }
  } catch (err) {
    throw new JsonInputError(line, (err as Error).message)
  }
}

/** The objects of the input, in order. @throws JsonInputError */
export async function * jsonObjects (input: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): AsyncGenerator<JsonObjectAt> {
  const decoder = new TextDecoder()
  let line = 1
  let depth = 0
  let inString = false
  let escaped = false
  let mode: 'start' | 'stream' | 'array' | 'done' = 'start'
  let parts: string[] = []
  let collecting = false
  let valueLine = 0
  for await (const chunk of input) {
    const s = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    let start = 0
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (c === NL) line++
      if (inString) {
        if (escaped) escaped = false
        else if (c === BACKSLASH) escaped = true
        else if (c === QUOTE) inString = false
        continue
      }
      if (c === SPACE || c === NL || c === TAB || c === CR) continue
      if (!collecting) {
        if (mode === 'start' && c === OPEN_ARR) {
          mode = 'array'
          continue
        }
        if (mode === 'start') mode = 'stream'
        if (mode === 'array' && c === COMMA) continue
        if (mode === 'array' && c === CLOSE_ARR) {
          mode = 'done'
          continue
        }
        if (mode === 'done') throw new JsonInputError(line, 'unexpected content after the array')
        if (c !== OPEN_OBJ) throw new JsonInputError(line, `expected a JSON object, found ${JSON.stringify(s[i])}`)
        collecting = true
        start = i
        valueLine = line
        depth = 1
        continue
      }
      if (c === QUOTE) inString = true
      else if (c === OPEN_OBJ || c === OPEN_ARR) depth++
      else if ((c === CLOSE_OBJ || c === CLOSE_ARR) && --depth === 0) {
        parts.push(s.slice(start, i + 1))
        yield parse(parts.join(''), valueLine)
        parts = []
        collecting = false
      }
    }
    if (collecting) parts.push(s.slice(start))
  }
  if (collecting) throw new JsonInputError(valueLine, 'unexpected end of JSON input')
  if (mode === 'array') throw new JsonInputError(line, 'unexpected end of JSON input: unterminated array')
}
