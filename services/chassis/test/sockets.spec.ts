import assert from 'node:assert/strict'
import { socketDir, socketPath } from '../src/index.js'

describe('socket folder', () => {
  it('is <config>/sockets when the paths fit', () => {
    assert.deepEqual(socketDir('/home/u/.ipfs-cluster', {}), { dir: '/home/u/.ipfs-cluster/sockets', relocated: false })
    assert.equal(socketPath('/x/sockets', 'consensus'), '/x/sockets/consensus.sock')
  })

  it('moves to a short per-folder path when a socket path would pass 107 bytes', () => {
    const deep = '/tmp/' + 'a'.repeat(90)
    const one = socketDir(deep, { XDG_RUNTIME_DIR: '/run/user/0' })
    assert.equal(one.relocated, true)
    assert.match(one.dir, /^\/run\/user\/0\/ipfs-cluster-[0-9a-f]{8}$/)
    assert.notEqual(socketDir(deep + 'b', { XDG_RUNTIME_DIR: '/run/user/0' }).dir, one.dir)
    assert.ok(Buffer.byteLength(socketPath(one.dir, 'peer-management')) <= 107)
  })
})
