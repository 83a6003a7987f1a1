#!/usr/bin/env node
// `npm run bench`: runs every compiled benchmark (services/*/dist/bench/*-bench.js,
// after `npm run build`), one after the other on a quiet machine, and writes
// their figures to docs/benchmarks.md. A benchmark prints one line
// `BENCH {"name","runs","figures":[{"label","unit","samples":[…],"target"?}],"notes"?}`.
// `run.js <substring>` runs the matching benchmarks and prints their sections;
// `run.js --update <substring>` also replaces those sections in the report,
// keeping the others (each section says when and on which commit it ran).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const preload = join(root, 'services/chassis/dist/src/preload.js')
const update = process.argv[2] === '--update'
const only = update ? process.argv[3] : process.argv[2]

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

const head = [
  '# Benchmark report',
  '',
  'Written by `npm run bench` (tools/bench/run.js); do not edit by hand. Each figure is the median of',
  'its samples with the spread (min – max); a sample is one run of the measured operation.',
  '',
  `- machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  `- node ${process.version}, libp2p ${version('libp2p')}, @grpc/grpc-js ${version('@grpc/grpc-js')}, typescript ${version('typescript')}`,
  ''
]
const ran = `${new Date().toISOString()}, git ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()}, load average ${loadavg()[0].toFixed(1)} at the end`
const sections = results.map(r => {
  const lines = [`## ${r.name}`, '', `Run ${ran}.`, '', '| figure | median | spread (min – max) | samples | target |', '|---|---|---|---|---|']
  for (const f of r.figures) {
    const s = [...f.samples].sort((a, b) => a - b)
    lines.push(`| ${f.label} | ${fmt(quantile(s, 0.5))} ${f.unit} | ${fmt(s[0])} – ${fmt(s[s.length - 1])} ${f.unit} | ${s.length} | ${f.target ?? ''} |`)
  }
  if (r.notes !== undefined) lines.push('', r.notes)
  lines.push('')
  return { name: r.name, text: lines.join('\n') }
})

/** The report's sections by name, in file order (`## name` up to the next `## `). */
function existingSections (file) {
  if (!existsSync(file)) return []
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^## (.+)\n[\s\S]*?(?=^## |(?![\s\S]))/gm)].map(m => ({ name: m[1], text: m[0].trimEnd() + '\n' }))
}

const report = join(root, 'docs/benchmarks.md')
if (only !== undefined && !update) process.stdout.write(sections.map(s => s.text).join('\n'))
else {
  const kept = only === undefined ? [] : existingSections(report)
  const merged = [...kept.map(k => sections.find(s => s.name === k.name) ?? k), ...sections.filter(s => !kept.some(k => k.name === s.name))]
  writeFileSync(report, [...head, ...merged.map(s => s.text)].join('\n'))
}
