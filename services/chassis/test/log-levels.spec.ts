import assert from 'node:assert/strict'
import { debugLevels, formatLogLevels, levelOf, parseLogLevels } from '../src/index.js'

describe('--loglevel parsing', () => {
  it('takes the seed form: one level for every cluster facility', () => {
    const l = parseLogLevels('debug')
    assert.equal(levelOf(l, 'raft'), 'debug')
    assert.equal(levelOf(l, 'libp2p'), 'error', 'the extras stay quiet unless named')
  })

  it('takes the v1.x form with per-facility levels and aliases', () => {
    const l = parseLogLevels('warning,raft:debug,ipfshttp:CRITICAL,libp2p:notice')
    assert.equal(levelOf(l, 'cluster'), 'warn')
    assert.equal(levelOf(l, 'raft'), 'debug')
    assert.equal(levelOf(l, 'ipfshttp'), 'error')
    assert.equal(levelOf(l, 'libp2p'), 'info')
  })

  it('reports a facility named twice and keeps the last', () => {
    const seen: string[] = []
    const l = parseLogLevels('raft:info,raft:debug', f => seen.push(f))
    assert.deepEqual(seen, ['raft'])
    assert.equal(levelOf(l, 'raft'), 'debug')
  })

  it('rejects malformed items and bad levels with the spec messages', () => {
    assert.throws(() => parseLogLevels('a:b:c'), /log level not in expected format "identifier:loglevel" or "loglevel"/)
    assert.throws(() => parseLogLevels(':debug'), /log level not in expected format/)
    assert.throws(() => parseLogLevels('raft:loud'), /invalid log level "loud" for raft/)
    assert.throws(() => parseLogLevels('loud'), /invalid log level "loud" for all/)
  })

  it('round-trips through the string handed to children', () => {
    const l = parseLogLevels('info,raft:debug')
    assert.deepEqual(parseLogLevels(formatLogLevels(l)), l)
    assert.equal(levelOf(parseLogLevels(formatLogLevels(debugLevels())), 'grpc-internal'), 'debug')
  })
})
