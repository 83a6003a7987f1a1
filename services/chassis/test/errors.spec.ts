import assert from 'node:assert/strict'
import { Metadata, status } from '@grpc/grpc-js'
import * as errors from '../src/errors.js'
import { fromStatus, NotLeaderError, toStatus } from '../src/index.js'

const classes = Object.entries(errors).filter(([, v]) => typeof v === 'function') as Array<[string, new (m: string) => Error]>

describe('error classes', () => {
  it('each exported class is named after itself', () => {
    assert.ok(classes.length >= 15)
    for (const [exported, Cls] of classes) {
      assert.equal(new Cls('x').name, exported)
      assert.equal(Cls.name, exported)
    }
  })

  it('each class survives a trip through a gRPC status', () => {
    for (const [exported, Cls] of classes) {
      if (exported === 'ClusterError') continue
      const back = fromStatus(toStatus(new Cls('boom')) as any)
      assert.equal(back.name, exported)
      assert.equal(back.message, 'boom')
    }
  })

  it('maps the table of conventions §6', () => {
    assert.equal(toStatus(new errors.InvalidParametersError('x')).code, status.INVALID_ARGUMENT)
    assert.equal(toStatus(new errors.NotFoundError('x')).code, status.NOT_FOUND)
    assert.equal(toStatus(new errors.PermissionDeniedError('x')).code, status.PERMISSION_DENIED)
    assert.equal(toStatus(new errors.NotLeaderError()).code, status.UNAVAILABLE)
    assert.equal(toStatus(new errors.MembershipChangeInProgressError('x')).code, status.FAILED_PRECONDITION)
    assert.equal(toStatus(new errors.TimeoutError('x')).code, status.DEADLINE_EXCEEDED)
    assert.equal(toStatus(new errors.MessageTooLargeError('x')).code, status.RESOURCE_EXHAUSTED)
    assert.equal(toStatus(new errors.AbortError()).code, status.CANCELLED)
  })

  it('hides unexpected errors behind INTERNAL "internal error"', () => {
    const s = toStatus(new TypeError('secret detail'))
    assert.equal(s.code, status.INTERNAL)
    assert.equal(s.details, 'internal error')
    assert.ok(fromStatus(s as any) instanceof errors.InternalError)
  })

  it('carries the leader hint of NotLeaderError', () => {
    const back = fromStatus(toStatus(new NotLeaderError('not the leader', '12D3KooWLeader')) as any)
    assert.ok(back instanceof NotLeaderError)
    assert.equal(back.leader, '12D3KooWLeader')
  })

  it('falls back to the status code when no class name came along', () => {
    const back = fromStatus({ code: status.NOT_FOUND, details: 'gone', metadata: new Metadata() })
    assert.ok(back instanceof errors.NotFoundError)
    assert.equal(back.message, 'gone')
  })
})
