/** One command-line flag, urfave/cli v1 style (`--name`, `-n`, `--name=value`). */
export interface FlagSpec {
  name: string
  aliases?: string[]
  /** Takes a value (`--config DIR`); otherwise a boolean switch. */
  value?: boolean
  /** Environment variable giving the default. */
  env?: string
  default?: string
  /** How help shows the default, when not verbatim (e.g. `~/.ipfs-cluster`). */
  defaultText?: string
  usage: string
  /** Accepted but not listed in help. */
  hidden?: boolean
}

export interface CommandSpec {
  name: string
  aliases?: string[]
  usage: string
  description?: string
  argsUsage?: string
  flags: FlagSpec[]
  subcommands?: CommandSpec[]
}

/** Values of the flags given (or defaulted from env) at one level. */
export type FlagValues = Record<string, string | boolean | undefined>

export function findFlag (flags: FlagSpec[], name: string): FlagSpec | undefined {
  return flags.find(f => f.name === name || (f.aliases ?? []).includes(name))
}

export function findCommand (commands: CommandSpec[] | undefined, name: string): CommandSpec | undefined {
  return commands?.find(c => c.name === name || (c.aliases ?? []).includes(name))
}
