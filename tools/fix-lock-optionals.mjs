#!/usr/bin/env node
// The registry reachable here serves only this platform's builds of packages
// like nx's native binaries. npm install then leaves the other platforms'
// optional packages out of package-lock.json, and npm ci refuses the lock
// ("Missing: @nx/nx-darwin-arm64@ from lock file"). This puts back the entry
// npm writes on a full registry: version, optional, and the os/cpu/libc read
// off the package name, so npm ci skips them on every other platform.
import { readFileSync, writeFileSync } from 'node:fs'

const file = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(file, 'utf8'))
const OS = ['darwin', 'linux', 'win32', 'freebsd', 'android', 'openbsd', 'sunos']
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'wasm32', 'loong64']
let added = 0
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [name, range] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`
    if (lock.packages[key] !== undefined || lock.packages[`${path}/${key}`] !== undefined) continue
    const parts = name.split('/').pop().split('-')
    const entry = { version: range, optional: true }
    const os = parts.find(p => OS.includes(p))
    const cpu = parts.find(p => CPU.includes(p) || p === 'arm64')
    if (cpu !== undefined) entry.cpu = [cpu]
    if (parts.includes('musl') || parts.includes('gnu') || parts.includes('gnueabihf')) entry.libc = [parts.includes('musl') ? 'musl' : 'glibc']
    if (os !== undefined) entry.os = [os]
    lock.packages[key] = entry
    added++
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n')
console.log(`restored ${added} optional lock entries`)
