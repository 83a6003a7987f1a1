import assert from 'node:assert/strict'
import { status } from '@grpc/grpc-js'
import { toStatus } from '@ipfscluster/chassis'
import { IpfsError, UnpinDisabledError } from '../src/index.js'

describe('connector errors', () => {
  it('are named after their class and cross gRPC with their message', () => {
    for (const [err, code] of [[new IpfsError('x', 500, 'y'), status.INTERNAL], [new UnpinDisabledError(), status.FAILED_PRECONDITION]] as const) {
      assert.equal(err.name, err.constructor.name)
      const s = toStatus(err)
      assert.equal(s.code, code)
      assert.equal(s.details, err.message)
    }
  })
})
