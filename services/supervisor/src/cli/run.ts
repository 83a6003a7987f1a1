import { configureLogging } from '@ipfscluster/chassis'
import { daemonCommand } from '../commands/daemon.js'
import { initCommand } from '../commands/init.js'
import { stateCommand } from '../commands/state.js'
import { VERSION } from '../version.js'
import { appSpec } from './app.js'
import { commandContext, type CommandContext } from './context.js'
import { appHelp, commandHelp } from './help.js'
import { CliError, printError, type Io } from './io.js'
import { loggingFromFlags } from './logging-flags.js'
import { parseCommandLine, UsageError } from './parse.js'
import { findCommand } from './spec.js'

const COMMANDS: Record<string, (ctx: CommandContext) => Promise<number>> = {
  init: initCommand,
  daemon: daemonCommand,
  version: async ctx => { ctx.io.stdout.write(`${VERSION}\n`); return 0 }
}

/**
 * The `ipfs-cluster-service` command line (cli.md): parses `argv` (without
 * node and the script), runs the command and resolves with the exit code.
 */
export async function runCli (argv: string[], io: Io): Promise<number> {
  const app = appSpec(io.env)
  try {
    const parsed = parseCommandLine(app, argv, io.env)
    const names = parsed.levels.slice(1).map(l => l.spec.name)
    const help = parsed.levels.find(l => l.flags.help === true)
    if (help !== undefined || (names.length === 0 && ['help', 'h'].includes(parsed.args[0] ?? ''))) {
      io.stdout.write(helpFor(app, names.length > 0 ? names : parsed.args.slice(1)))
      return 0
    }
    if (parsed.levels[0].flags.version === true) {
      io.stdout.write(`ipfs-cluster-service version ${VERSION}\n`)
      return 0
    }
    const logging = loggingFromFlags(parsed.levels[0].flags, io)
    configureLogging(logging)
    const name = names[0] ?? (parsed.args.length === 0 ? 'daemon' : undefined)
    if (name === 'state') {
      if (names.length === 1) {
        io.stdout.write(helpFor(app, names))
        return 0
      }
      return await stateCommand(commandContext(parsed, io, logging), names[1])
    }
    const command = name === undefined ? undefined : COMMANDS[name]
    if (command === undefined || names.length > 1) {
      throw new CliError('', 'unknown subcommand. Run "ipfs-cluster-service help" for more info')
    }
    return await command(commandContext(parsed, io, logging))
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`Incorrect Usage: ${err.message}\n\n${helpFor(app, err.command)}`)
      return 1
    }
    if (err instanceof CliError) {
      printError(io, err)
      return err.exitCode
    }
    throw err
  }
}

function helpFor (app: ReturnType<typeof appSpec>, names: string[]): string {
  let spec = app
  for (const n of names) spec = findCommand(spec.subcommands, n) ?? spec
  return spec === app ? appHelp(app, VERSION) : commandHelp([app.name, ...names], spec)
}
