import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { protoDir, protoFiles } from '../src/index.js'

// The protobufjs that proto-loader parses with (resolved through proto-loader,
// whose dependency it is); used here only to read comments.
const fromLoader = createRequire(createRequire(import.meta.url).resolve('@grpc/proto-loader'))
const protobuf = fromLoader('protobufjs') as typeof import('protobufjs')

/** Every proto element without a leading comment, as "<full name>". */
function uncommented (): string[] {
  const root = new protobuf.Root()
  root.resolvePath = (_origin, target) => join(protoDir, target)
  root.loadSync([...protoFiles], { keepCase: true, alternateCommentMode: true })
  const missing: string[] = []
  const has = (c: string | null | undefined): boolean => typeof c === 'string' && c.trim() !== ''
  const visit = (ns: protobuf.NamespaceBase): void => {
    for (const obj of ns.nestedArray) {
      if (obj instanceof protobuf.Type) {
        if (!has(obj.comment)) missing.push(obj.fullName)
        for (const f of obj.fieldsArray) if (!has(f.comment)) missing.push(f.fullName)
        for (const o of obj.oneofsArray) {
          if (o.name.startsWith('_')) continue // synthetic oneof of a proto3 `optional` field
          if (!has(o.comment)) missing.push(o.fullName)
        }
      } else if (obj instanceof protobuf.Service) {
        if (!has(obj.comment)) missing.push(obj.fullName)
        for (const m of obj.methodsArray) if (!has(m.comment)) missing.push(m.fullName)
      } else if (obj instanceof protobuf.Enum) {
        if (!has(obj.comment)) missing.push(obj.fullName)
        for (const v of Object.keys(obj.values)) if (!has(obj.comments[v])) missing.push(`${obj.fullName}.${v}`)
      }
      if (obj instanceof protobuf.Namespace) visit(obj)
    }
  }
  visit(root)
  return missing
}

describe('proto comments', () => {
  it('document every service, rpc, message, field, oneof and enum value', () => {
    const missing = uncommented()
    assert.deepEqual(missing, [], `add a comment to:\n  ${missing.join('\n  ')}`)
  })
})
