import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { removeDir, shortTmpDir } from '@ipfscluster/testing'
import { peerIdFromString } from '@libp2p/peer-id'
import {
  decodePrivateKey, generateIdentity, identityIn, InvalidConfigError, InvalidParametersError, keyPeerId, loadConfig, newSecret,
  parseConfig, parseUserSecret, pskFile, readIdentityFile
} from '../../src/index.js'
import { defaultFile, errorOf, RSA, SECRET, VECTOR, writeServiceJson } from './fixtures.js'

describe('config: identity (config.md §3)', () => {
  let folder: string
  beforeEach(async () => { folder = await shortTmpDir('cfg') })
  afterEach(async () => { await removeDir(folder) })

  const identityJson = async (content: object | string): Promise<void> => {
    await writeFile(join(folder, 'identity.json'), typeof content === 'string' ? content : JSON.stringify(content))
  }
  const withoutIdentity = (): Record<string, any> => {
    const file = defaultFile()
    delete file.cluster.id
    delete file.cluster.private_key
    return file
  }

  it('the key of the original tests gives its ID (P-L8)', () => {
    assert.equal(keyPeerId(VECTOR.privateKey), VECTOR.id)
    assert.equal(decodePrivateKey(VECTOR.privateKey).type, 'Ed25519')
  })

  it('seed-era RSA keys load', () => {
    assert.equal(keyPeerId(RSA.privateKey), RSA.id)
    const file = defaultFile()
    file.cluster.id = RSA.id
    file.cluster.private_key = RSA.privateKey
    assert.equal(parseConfig(file).config.cluster.id, RSA.id)
  })

  it('accepts the CIDv1 form of an ID and keeps it canonical', () => {
    const file = defaultFile()
    file.cluster.id = peerIdFromString(RSA.id).toCID().toString()
    file.cluster.private_key = RSA.privateKey
    assert.match(file.cluster.id, /^bafz/)
    assert.equal(parseConfig(file).config.cluster.id, RSA.id)
  })

  it('init generates a fresh Ed25519 identity whose key gives its ID', async () => {
    const a = await generateIdentity()
    const b = await generateIdentity()
    assert.match(a.id, /^12D3KooW/)
    assert.match(a.privateKey, /^CAESQ/)
    assert.equal(keyPeerId(a.privateKey), a.id)
    assert.notEqual(a.id, b.id)
  })

  it('finds a valid identity in an existing cluster section (init -f keeps it)', () => {
    assert.deepEqual(identityIn(defaultFile().cluster), VECTOR)
    assert.equal(identityIn({ id: RSA.id, private_key: VECTOR.privateKey }), undefined)
    assert.equal(identityIn({ id: VECTOR.id }), undefined)
    assert.equal(identityIn('x'), undefined)
  })

  it('takes the identity from identity.json when service.json has none (v1.x folder)', async () => {
    await identityJson({ id: VECTOR.id, private_key: VECTOR.privateKey })
    await writeServiceJson(folder, withoutIdentity())
    const { config } = await loadConfig(folder, { env: {} })
    assert.equal(config.cluster.id, VECTOR.id)
    assert.equal(config.cluster.privateKey, VECTOR.privateKey)
  })

  it('refuses an identity.json that differs from service.json', async () => {
    await identityJson({ id: RSA.id, private_key: RSA.privateKey })
    await writeServiceJson(folder, defaultFile())
    const err = await errorOf(() => loadConfig(folder, { env: {} }))
    assert.ok(err instanceof InvalidConfigError)
    assert.equal(err.message, `cluster.id (${VECTOR.id}) differs from identity.json id (${RSA.id})`)
  })

  it('reports a bad identity.json as identity.json: <problem>', async () => {
    const cases: Array<[object | string, string]> = [
      [{ id: RSA.id, private_key: VECTOR.privateKey }, 'identity.json: identity ID does not match the private_key'],
      [{ id: VECTOR.id, private_key: '***' }, 'identity.json: private_key: invalid base64'],
      [{ id: VECTOR.id }, 'identity.json: private_key not set'],
      [{ private_key: VECTOR.privateKey }, 'identity.json: id not set'],
      ['{"id": ', 'identity.json: invalid JSON at line 1 column 8: unexpected end of input']
    ]
    for (const [content, message] of cases) {
      await identityJson(content)
      assert.equal((await errorOf(() => readIdentityFile(folder))).message, message)
    }
    await writeServiceJson(folder, defaultFile())
    assert.equal((await errorOf(() => loadConfig(folder, { env: {} }))).message, 'identity.json: invalid JSON at line 1 column 8: unexpected end of input')
  })

  it('without identity anywhere → cluster.id not set', async () => {
    await writeServiceJson(folder, withoutIdentity())
    assert.equal((await errorOf(() => loadConfig(folder, { env: {} }))).message, 'cluster.id not set')
    assert.equal(await readIdentityFile(folder), undefined)
  })
})

describe('config: the cluster secret', () => {
  it('keeps a valid secret lower-case, and warns about an empty one', () => {
    const file = defaultFile()
    file.cluster.secret = SECRET.toUpperCase()
    assert.equal(parseConfig(file).config.cluster.secret, SECRET)
    file.cluster.secret = ''
    const { config, notices } = parseConfig(file)
    assert.equal(config.cluster.secret, '')
    assert.deepEqual(notices.filter(n => n.level === 'warn').map(n => n.message), ['Cluster secret is empty, cluster will start on unprotected network.'])
  })

  it('init checks a user secret as the original did', async () => {
    assert.equal(parseUserSecret(SECRET.toUpperCase()), SECRET)
    assert.equal(parseUserSecret(''), '')
    const cases: Array<[string, string]> = [
      ['abcd', 'input secret is 2 bytes, cluster secret should be 32'],
      [SECRET + 'aa', 'input secret is 33 bytes, cluster secret should be 32'],
      ['abc', 'invalid hex: odd length hex string'],
      ['zz', "invalid hex: invalid byte: U+007A 'z'"],
      [SECRET.slice(0, 63) + 'g', "invalid hex: invalid byte: U+0067 'g'"]
    ]
    for (const [input, message] of cases) {
      const err = await errorOf(() => parseUserSecret(input))
      assert.ok(err instanceof InvalidParametersError)
      assert.equal(err.message, message)
    }
  })

  it('makes 32 random bytes for init', () => {
    assert.match(newSecret(), /^[0-9a-f]{64}$/)
    assert.notEqual(newSecret(), newSecret())
  })

  it('gives the pnet PSK file bytes (P-L7)', () => {
    const text = new TextDecoder().decode(pskFile(SECRET.toUpperCase()))
    assert.equal(text, `/key/swarm/psk/1.0.0/\n/base16/\n${SECRET}`)
  })
})
