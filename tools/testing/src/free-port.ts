import { connect, createServer } from 'node:net'

/**
 * A TCP port on `host` that was free a moment ago (the OS picked it for a
 * listener that is closed again at once). Another process may take it before
 * the caller binds it; prefer port 0 where the caller can read the port back.
 */
export async function getFreePort (host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', reject)
    server.listen({ host, port: 0, exclusive: true }, () => {
      const address = server.address()
      if (address === null || typeof address === 'string') {
        server.close()
        reject(new Error('could not read the port of a probe listener'))
        return
      }
      const { port } = address
      server.close((err) => { if (err != null) reject(err); else resolve(port) })
    })
  })
}

/** True when nothing accepts TCP connections on host:port right now. */
export async function isPortClosed (port: number, host = '127.0.0.1', timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port })
    const done = (closed: boolean): void => {
      socket.removeAllListeners()
      socket.destroy()
      resolve(closed)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once('connect', () => done(false))
    socket.once('error', () => done(true))
  })
}
