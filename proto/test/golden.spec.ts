import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { promisify } from 'node:util'
import { protoDir, protoFiles } from '../src/index.js'

const run = promisify(execFile)
const require = createRequire(import.meta.url)

/** The `gen` script of package.json, split into arguments. */
async function genArgs (): Promise<string[]> {
  const pkg = JSON.parse(await readFile(join(protoDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  const script = pkg.scripts['gen']
  assert.ok(script !== undefined, 'package.json has no gen script')
  assert.doesNotMatch(script, /[;&|<>$`'"\\*?]/, 'the gen script must be one plain command (no shell syntax)')
  const args = script.trim().split(/\s+/)
  assert.equal(args.shift(), 'proto-loader-gen-types')
  return args
}

async function listFiles (dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter(e => e.isFile())
    .map(e => relative(dir, join(e.parentPath, e.name)))
    .sort()
}

describe('generated types (golden)', function () {
  this.timeout(60_000)
  let out: string

  before(async () => { out = await mkdtemp(join(tmpdir(), 'proto-gen-')) })
  after(async () => { await rm(out, { recursive: true, force: true }) })

  it('the gen script compiles exactly the proto files the loader loads', async () => {
    const args = await genArgs()
    const files = args.filter(a => a.endsWith('.proto'))
    assert.deepEqual(files, [...protoFiles])
    const onDisk = (await listFiles(join(protoDir, 'ipfscluster'))).filter(f => f.endsWith('.proto')).map(f => `ipfscluster/${f}`)
    assert.deepEqual(onDisk.sort(), [...protoFiles].sort(), 'every .proto must be listed in protoFiles and the gen script')
  })

  it('regenerating gives byte-identical files to the committed gen/', async () => {
    const args = await genArgs()
    const o = args.indexOf('-O')
    assert.ok(o >= 0 && args[o + 1] === 'gen', 'the gen script writes to -O gen')
    args[o + 1] = out
    const bin = join(dirname(require.resolve('@grpc/proto-loader/package.json')), 'build/bin/proto-loader-gen-types.js')
    await run(process.execPath, [bin, ...args], { cwd: protoDir })

    const committedDir = join(protoDir, 'gen')
    const committed = await listFiles(committedDir)
    const fresh = await listFiles(out)
    const problems: string[] = []
    for (const f of fresh) if (!committed.includes(f)) problems.push(`missing from gen/: ${f}`)
    for (const f of committed) if (!fresh.includes(f)) problems.push(`stale in gen/ (not generated any more): ${f}`)
    for (const f of fresh.filter(f => committed.includes(f))) {
      const [a, b] = await Promise.all([readFile(join(out, f)), readFile(join(committedDir, f))])
      if (!a.equals(b)) problems.push(`differs: ${f}`)
    }
    assert.ok(fresh.length > 100, `only ${fresh.length} files generated`)
    assert.deepEqual(problems, [], `gen/ is out of date; run \`npm run gen -w proto\`:\n  ${problems.join('\n  ')}`)
  })
})
