import { resolve } from 'node:path'
import type { LoggingSettings } from '@ipfscluster/chassis'
import type { Io } from './io.js'
import type { ParsedCommandLine } from './parse.js'
import type { FlagValues } from './spec.js'

/** What every command gets: the streams, the resolved global options and its own flags. */
export interface CommandContext {
  io: Io
  /** The absolute config folder (`--config`). */
  folder: string
  /** `-f` given globally or after the command. */
  force: boolean
  global: FlagValues
  local: FlagValues
  args: string[]
  logging: LoggingSettings
}

export function commandContext (parsed: ParsedCommandLine, io: Io, logging: LoggingSettings): CommandContext {
  const global = parsed.levels[0].flags
  const local = parsed.levels.length > 1 ? parsed.levels[parsed.levels.length - 1].flags : {}
  return {
    io,
    folder: resolve(String(global.config)),
    force: global.force === true || local.force === true,
    global,
    local,
    args: parsed.args,
    logging
  }
}
