import { findCommand, findFlag, type CommandSpec, type FlagSpec, type FlagValues } from './spec.js'

/** A usage error: printed with the help of `command` (the path of command names). */
export class UsageError extends Error {
  constructor (message: string, readonly command: string[]) {
    super(message)
    this.name = UsageError.name
  }
}

export interface ParsedLevel {
  spec: CommandSpec
  flags: FlagValues
}

export interface ParsedCommandLine {
  /** The app, then each command level given (e.g. app, state, import). */
  levels: ParsedLevel[]
  args: string[]
}

/**
 * Parses argv the way the original's urfave/cli v1 did: global flags before
 * the command, each command's flags after it; unlike Go's flag package,
 * flags may also follow positional arguments, until `--`.
 */
export function parseCommandLine (app: CommandSpec, argv: string[], env: NodeJS.ProcessEnv): ParsedCommandLine {
  const levels: ParsedLevel[] = [{ spec: app, flags: {} }]
  const args: string[] = []
  const path: string[] = []
  let i = 0
  let optionsEnded = false
  while (i < argv.length) {
    const word = argv[i++]
    const level = levels[levels.length - 1]
    if (!optionsEnded && word === '--') {
      optionsEnded = true
    } else if (!optionsEnded && word.startsWith('-') && word !== '-') {
      const eq = word.indexOf('=')
      const name = word.replace(/^--?/, '').split('=')[0]
      if (name === 'h' || name === 'help') {
        level.flags.help = true
        continue
      }
      const flag = findFlag(level.spec.flags, name)
      if (flag === undefined) throw new UsageError(`flag provided but not defined: -${name}`, path)
      if (flag.value === true) {
        if (eq >= 0) level.flags[flag.name] = word.slice(eq + 1)
        else if (i < argv.length) level.flags[flag.name] = argv[i++]
        else throw new UsageError(`flag needs an argument: -${name}`, path)
      } else {
        level.flags[flag.name] = eq >= 0 ? parseBool(word.slice(eq + 1), name, path) : true
      }
    } else {
      const sub = args.length === 0 ? findCommand(level.spec.subcommands, word) : undefined
      if (sub !== undefined && !optionsEnded) {
        levels.push({ spec: sub, flags: {} })
        path.push(sub.name)
      } else {
        args.push(word)
      }
    }
  }
  for (const level of levels) applyDefaults(level.spec.flags, level.flags, env)
  return { levels, args }
}

function parseBool (value: string, name: string, path: string[]): boolean {
  if (['true', '1', 't', 'T', 'TRUE', 'True'].includes(value)) return true
  if (['false', '0', 'f', 'F', 'FALSE', 'False'].includes(value)) return false
  throw new UsageError(`invalid boolean value "${value}" for -${name}`, path)
}

function applyDefaults (specs: FlagSpec[], values: FlagValues, env: NodeJS.ProcessEnv): void {
  for (const spec of specs) {
    if (values[spec.name] !== undefined) continue
    const fromEnv = spec.env === undefined ? undefined : env[spec.env]
    values[spec.name] = fromEnv ?? spec.default ?? (spec.value === true ? undefined : false)
  }
}
