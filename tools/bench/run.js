#!/usr/bin/env node
// `npm run bench`: runs every compiled benchmark (services/*/dist/bench/*-bench.js,
// after `npm run build`), one after the other on a quiet machine, and writes
// their figures to docs/benchmarks.md. A benchmark prints one line
// `BENCH {"name","runs","figures":[{"label","unit","samples":[…],"target"?}],"notes"?}`.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const preload = join(root, 'services/chassis/dist/src/preload.js')
const only = process.argv[2]

const scripts = readdirSync(join(root, 'services')).flatMap(svc => {
  const dir = join(root, 'services', svc, 'dist/bench')
  return existsSync(dir) ? readdirSync(dir).filter(f => f.endsWith('-bench.js')).map(f => join(dir, f)) : []
}).filter(f => only === undefined || f.includes(only))

const results = []
for (const script of scripts) {
  process.stderr.write(`running ${script}\n`)
  const res = spawnSync(process.execPath, ['--import', preload, script], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] })
  const lines = res.stdout.split('\n').filter(l => l.startsWith('BENCH '))
  if (res.status !== 0 || lines.length === 0) {
    process.stderr.write(`${script} failed (exit ${res.status})\n${res.stdout}\n`)
    process.exitCode = 1
    continue
  }
  for (const line of lines) results.push(JSON.parse(line.slice(6)))
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
const fmt = v => Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2)
const version = name => { try { return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version } catch { return '-' } }

const out = [
  '# Benchmark report',
  '',
  'Written by `npm run bench` (tools/bench/run.js); do not edit by hand. Each figure is the median of',
  'its samples with the spread (min – max); a sample is one run of the measured operation.',
  '',
  `- date: ${new Date().toISOString()}`,
  `- machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  `- node ${process.version}, git ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()}`,
  `- libp2p ${version('libp2p')}, @grpc/grpc-js ${version('@grpc/grpc-js')}, typescript ${version('typescript')}`,
  ''
]
for (const r of results) {
  out.push(`## ${r.name}`, '', '| figure | median | spread (min – max) | samples | target |', '|---|---|---|---|---|')
  for (const f of r.figures) {
    const s = [...f.samples].sort((a, b) => a - b)
    out.push(`| ${f.label} | ${fmt(quantile(s, 0.5))} ${f.unit} | ${fmt(s[0])} – ${fmt(s[s.length - 1])} ${f.unit} | ${s.length} | ${f.target ?? ''} |`)
  }
  if (r.notes !== undefined) out.push('', r.notes)
  out.push('')
}
if (only === undefined) writeFileSync(join(root, 'docs/benchmarks.md'), out.join('\n'))
else process.stdout.write(out.join('\n'))
