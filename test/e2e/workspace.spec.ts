import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../../../', import.meta.url))
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' }

async function nx (...args: string[]): Promise<string> {
  const { stdout, stderr } = await run('npx', ['nx', ...args], { cwd: root, env, maxBuffer: 16 * 1024 * 1024 })
  return stdout + stderr
}

describe('the Nx workspace', () => {
  it('lists proto, chassis and the four services as projects', async () => {
    const projects: string[] = JSON.parse((await run('npx', ['nx', 'show', 'projects', '--json'], { cwd: root, env })).stdout)
    for (const p of ['proto', 'chassis', 'supervisor', 'consensus', 'peer-management', 'ipfs-connector']) {
      assert.ok(projects.includes(p), `${p} missing from ${projects.join(', ')}`)
    }
  })

  it('replays build and test from the cache on a second run', async () => {
    await nx('run-many', '-t', 'build', 'test', '-p', 'testing', '--outputStyle=static')
    const second = await nx('run-many', '-t', 'build', 'test', '-p', 'testing', '--outputStyle=static')
    assert.match(second, /Nx read the output from the cache instead of running the command for 2 out of 2 tasks/, second)
  })
})
