import assert from 'node:assert/strict'
import { JsonSyntaxError, parseJson, plain, RawNumber, stringifyJson } from '../../src/index.js'
import { parseJsonObject } from '../../src/config/json.js'
import { errorOf } from './fixtures.js'

const syntax = async (text: string): Promise<string> => (await errorOf(() => parseJson(text))).message

describe('config: JSON reader and writer', () => {
  it('reads JSON with the same values as JSON.parse', () => {
    const text = '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n\\"\\\\\\/"], "b": {}, "c": []}'
    assert.deepEqual(plain(parseJson(text)), JSON.parse(text))
  })

  it('gives line and column of syntax errors', async () => {
    assert.equal(await syntax('{\n  "a": 1,\n  "b": \n'), 'invalid JSON at line 4 column 1: unexpected end of input')
    assert.equal(await syntax('{"a": 1,}'), 'invalid JSON at line 1 column 9: expected a property name in double quotes')
    assert.equal(await syntax('{\n  "a" 1\n}'), 'invalid JSON at line 2 column 7: expected ":" after a property name')
    assert.equal(await syntax('{"a": [1 2]}'), 'invalid JSON at line 1 column 10: expected "," or "]" after an array item')
    assert.equal(await syntax('{"a": 1 "b": 2}'), 'invalid JSON at line 1 column 9: expected "," or "}" after a property value')
    assert.equal(await syntax('{"a": tru}'), 'invalid JSON at line 1 column 7: unexpected character "t"')
    assert.equal(await syntax('{"a": "\\q"}'), 'invalid JSON at line 1 column 8: invalid escape "\\q" in string')
    assert.equal(await syntax('{} x'), 'invalid JSON at line 1 column 4: unexpected "x" after the end of the JSON value')
    assert.equal(await syntax('{"a": 01}'), 'invalid JSON at line 1 column 8: expected "," or "}" after a property value')
    const err = await errorOf(() => parseJsonObject('\n  [1]'))
    assert.ok(err instanceof JsonSyntaxError)
    assert.equal(err.message, 'invalid JSON at line 2 column 3: the top level must be an object')
  })

  it('keeps number literals for saving', () => {
    const tree = parseJson('{"a": 1.0, "b": 1e3, "c": 12345678901234567890}') as Record<string, RawNumber>
    assert.equal(tree.a.text, '1.0')
    assert.equal(stringifyJson(tree), '{\n  "a": 1.0,\n  "b": 1e3,\n  "c": 12345678901234567890\n}\n')
    assert.deepEqual(plain(tree), { a: 1, b: 1000, c: 12345678901234567890 })
  })

  it('keeps "__proto__" as an ordinary key, as JSON.parse does', () => {
    const tree = plain(parseJson('{"__proto__": {"x": 1}}')) as Record<string, unknown>
    assert.deepEqual(Object.keys(tree), ['__proto__'])
    assert.equal(Object.getPrototypeOf(tree), Object.prototype)
  })

  it('writes 2-space JSON, short scalar arrays on one line, a trailing newline', () => {
    const long = Array.from({ length: 4 }, (_, i) => `/ip4/10.0.0.${i}/tcp/9096/p2p/12D3KooWCLKKDpG1EndPjLYzsqzoqEUBwF2CNyCVdvMVci2x1ppS`)
    assert.equal(stringifyJson({ a: ['GET'], b: [], c: {}, d: [{ x: 1 }] }), '{\n  "a": ["GET"],\n  "b": [],\n  "c": {},\n  "d": [\n    {\n      "x": 1\n    }\n  ]\n}\n')
    assert.equal(stringifyJson({ peers: long }), `{\n  "peers": [\n${long.map(l => `    "${l}"`).join(',\n')}\n  ]\n}\n`)
  })

  it('skips a UTF-8 byte order mark', () => {
    assert.deepEqual(plain(parseJson('\uFEFF{"a": 1}')), { a: 1 })
  })
})
