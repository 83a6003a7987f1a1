#!/usr/bin/env node
// The polyfill and tracing must be in place before anything imports libp2p or grpc-js.
await import('@ipfscluster/chassis/polyfill')
const { prepareTracing } = await import('../dist/src/tracing-bootstrap.js')
await prepareTracing(process.argv.slice(2), process.env)
await import('@ipfscluster/chassis/preload')
await import('../dist/src/main.js')
