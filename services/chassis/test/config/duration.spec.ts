import assert from 'node:assert/strict'
import { formatDurationNs, parseDurationNs } from '../../src/config/duration.js'
import { formatDuration, parseDuration } from '../../src/index.js'

const S = 1_000_000_000n
const MS = 1_000_000n
const MIN = 60n * S
const H = 60n * MIN
const MAX = (1n << 63n) - 1n

// Go's own tables: src/time/time_test.go (durationTests) and format_test.go (parseDurationTests)
const goStrings: Array<[string, bigint]> = [
  ['0s', 0n],
  ['1ns', 1n],
  ['1.1µs', 1100n],
  ['2.2ms', 2200n * 1000n],
  ['3.3s', 3300n * MS],
  ['4m5s', 4n * MIN + 5n * S],
  ['4m5.001s', 4n * MIN + 5001n * MS],
  ['5h6m7.001s', 5n * H + 6n * MIN + 7001n * MS],
  ['8m0.000000001s', 8n * MIN + 1n],
  ['2562047h47m16.854775807s', MAX],
  ['-2562047h47m16.854775808s', -(1n << 63n)],
  // the forms service.json uses
  ['1h0m0s', H], ['2m10s', 2n * MIN + 10n * S], ['500ms', 500n * MS], ['1.5s', 1500n * MS], ['24h0m0s', 24n * H], ['50ms', 50n * MS]
]

const goParses: Array<[string, bigint]> = [
  ['0', 0n], ['5s', 5n * S], ['30s', 30n * S], ['1478s', 1478n * S],
  ['-5s', -5n * S], ['+5s', 5n * S], ['-0', 0n], ['+0', 0n],
  ['5.0s', 5n * S], ['5.6s', 5n * S + 600n * MS], ['5.s', 5n * S], ['.5s', 500n * MS], ['1.0s', S], ['1.00s', S],
  ['1.004s', S + 4n * MS], ['1.0040s', S + 4n * MS], ['100.00100s', 100n * S + MS],
  ['10ns', 10n], ['11us', 11_000n], ['12µs', 12_000n], ['12μs', 12_000n], ['13ms', 13n * MS], ['14s', 14n * S], ['15m', 15n * MIN], ['16h', 16n * H],
  ['3h30m', 3n * H + 30n * MIN], ['10.5s4m', 4n * MIN + 10n * S + 500n * MS], ['-2m3.4s', -(2n * MIN + 3n * S + 400n * MS)],
  ['1h2m3s4ms5us6ns', H + 2n * MIN + 3n * S + 4n * MS + 5000n + 6n], ['39h9m14.425s', 39n * H + 9n * MIN + 14n * S + 425n * MS],
  ['52763797000ns', 52763797000n],
  ['0.3333333333333333333h', 20n * MIN],
  ['9007199254740993ns', (1n << 53n) + 1n],
  ['9223372036854775807ns', MAX], ['9223372036854775.807us', MAX], ['9223372036s854ms775us807ns', MAX],
  ['-9223372036854775808ns', -(1n << 63n)], ['-9223372036854775.808us', -(1n << 63n)], ['-9223372036s854ms775us808ns', -(1n << 63n)],
  ['-2562047h47m16.854775808s', -(1n << 63n)],
  ['0.100000000000000000000h', 6n * MIN],
  ['0.830103483285477580700h', 49n * MIN + 48n * S + 372539827n]
]

const goRejects = ['', '3', '-', 's', '.', '-.', '.s', '+.s', '1d', '\x85\x85', '\xffff', 'hello \xffff world',
  '9223372036854775808ns', '9223372036854775.808us', '9223372036s854ms775us808ns', '9223372036854ms775us808ns', '-9223372036854775809ns', 'soon', '30', '1h 2m']

describe('config: Go durations', () => {
  it('formats like Go Duration.String()', () => {
    for (const [text, ns] of goStrings) assert.equal(formatDurationNs(ns), text, text)
  })

  it('parses what Go formats, back to the same value', () => {
    for (const [text, ns] of goStrings) assert.equal(parseDurationNs(text), ns, text)
  })

  it('parses like Go time.ParseDuration', () => {
    for (const [text, ns] of goParses) assert.equal(parseDurationNs(text), ns, text)
  })

  it('rejects what Go rejects', () => {
    for (const text of goRejects) assert.equal(parseDurationNs(text), undefined, JSON.stringify(text))
  })

  it('keeps milliseconds in memory and writes Go strings', () => {
    assert.equal(parseDuration('1m0s'), 60_000)
    assert.equal(parseDuration('1.5s'), 1500)
    assert.equal(parseDuration('1500us'), 1.5)
    assert.equal(formatDuration(3_600_000), '1h0m0s')
    assert.equal(formatDuration(130_000), '2m10s')
    assert.equal(formatDuration(500), '500ms')
    assert.equal(formatDuration(0), '0s')
    assert.equal(formatDuration(1.5), '1.5ms')
    assert.equal(formatDuration(parseDuration('8m0.000000001s')!), '8m0.000000001s')
  })
})
