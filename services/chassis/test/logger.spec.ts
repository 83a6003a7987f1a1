import assert from 'node:assert/strict'
import { configureLogging, logger, loggingSettings, parseLogLevels } from '../src/index.js'

describe('structured logger', () => {
  const saved = loggingSettings()
  let lines: string[]
  afterEach(() => { configureLogging(saved) })

  function use (spec: string, format: 'text' | 'json'): void {
    lines = []
    configureLogging({ levels: parseLogLevels(spec), format, base: { service: 'test' }, write: l => lines.push(l) })
  }

  it('writes text lines with level, facility, message and fields', () => {
    use('info', 'text')
    logger('cluster').info('pin committed', { cid: 'bafy', peers: 3, note: 'two words' })
    assert.equal(lines.length, 1)
    assert.match(lines[0], /^\d{4}-\d\d-\d\dT\S+Z INFO  cluster pin committed service=test cid=bafy peers=3 note="two words"$/)
  })

  it('writes one JSON object per line', () => {
    use('info', 'json')
    logger('raft').warn('slow fsync', { ms: 12, err: new Error('disk') })
    const obj = JSON.parse(lines[0])
    assert.deepEqual({ ...obj, ts: undefined }, { ts: undefined, level: 'warn', facility: 'raft', msg: 'slow fsync', service: 'test', ms: 12, err: 'disk' })
  })

  it('filters per facility', () => {
    use('warn,raft:debug', 'text')
    logger('cluster').info('hidden')
    logger('raft').debug('shown')
    logger('libp2p').warn('hidden too')
    assert.equal(lines.length, 1)
    assert.match(lines[0], /DEBUG raft shown/)
  })
})
