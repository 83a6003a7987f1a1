import { access, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  CONFIG_FILE, generateIdentity, IDENTITY_FILE, initConfig, keyPeerId, logger, newSecret, parseUserSecret,
  readIdentityFile, writeConfigFile, type Identity
} from '@ipfscluster/chassis'
import type { CommandContext } from '../cli/context.js'
import { CliError } from '../cli/io.js'
import { readLine } from '../cli/prompt.js'
import { acquireLock } from '../lock.js'

const log = logger('config')

async function exists (path: string): Promise<boolean> {
  return access(path).then(() => true, () => false)
}

/** The secret from the prompt, CLUSTER_SECRET (even empty) or the CSPRNG (cli.md §4 step 2-3). */
async function chooseSecret (ctx: CommandContext): Promise<string> {
  let input: string | undefined
  if (ctx.local['custom-secret'] === true) input = (await readLine(ctx.io, 'Enter cluster secret (32-byte hex string): ')) ?? ''
  else if (ctx.io.env.CLUSTER_SECRET !== undefined) input = ctx.io.env.CLUSTER_SECRET
  if (input === undefined) return newSecret()
  try {
    const secret = parseUserSecret(input.trim())
    if (secret === '') ctx.io.stderr.write('Cluster secret is empty, cluster will start on unprotected network.\n')
    return secret
  } catch (err) {
    throw new CliError('parsing user-provided secret', (err as Error).message)
  }
}

/** identity.json, else the valid identity of the file being overwritten, else a new key (step 4). */
async function chooseIdentity (ctx: CommandContext, file: string): Promise<Identity> {
  let fromFile: Identity | undefined
  try {
    fromFile = await readIdentityFile(ctx.folder)
  } catch (err) {
    throw new CliError('loading configuration', (err as Error).message)
  }
  if (fromFile !== undefined) {
    ctx.io.stderr.write(`using the identity in ${join(ctx.folder, IDENTITY_FILE)}\n`)
    return fromFile
  }
  const old = await readFile(file, 'utf8').then(t => JSON.parse(t)?.cluster, () => undefined).catch(() => undefined)
  if (typeof old?.id === 'string' && typeof old?.private_key === 'string') {
    try {
      if (keyPeerId(old.private_key) === old.id) return { id: old.id, privateKey: old.private_key }
    } catch {
      log.warn('the identity in the old service.json is not valid: generating a new one')
    }
  }
  return generateIdentity()
}

/** `ipfs-cluster-service init` (cli.md §4). */
export async function initCommand (ctx: CommandContext): Promise<number> {
  if (ctx.args.length > 0) throw new CliError('', 'init takes no arguments')
  const file = join(ctx.folder, CONFIG_FILE)
  const overwrite = await exists(file)
  if (overwrite && !ctx.force) throw new CliError('', `${file} exists. Try running: ipfs-cluster-service -f init`)
  const lock = overwrite ? await acquireLock(ctx.folder) : undefined
  try {
    const secret = await chooseSecret(ctx)
    const identity = await chooseIdentity(ctx, file)
    let json
    try {
      json = initConfig({ identity, secret }, ctx.io.env).json
    } catch (err) {
      throw new CliError('applying environment variables to configuration', (err as Error).message)
    }
    await mkdir(ctx.folder, { recursive: true, mode: 0o700 })
    await writeConfigFile(file, json)
    ctx.io.stderr.write(`ipfs-cluster-service configuration written to ${file}\n`)
    return 0
  } finally {
    await lock?.release()
  }
}
