import type { CommandSpec, FlagSpec } from './spec.js'

const INDENT = '   '

function flagLabel (f: FlagSpec): string {
  const names = [f.name, ...(f.aliases ?? [])].map(n => `${n.length === 1 ? '-' : '--'}${n}${f.value === true ? ' value' : ''}`)
  return names.join(', ')
}

function flagUsage (f: FlagSpec): string {
  let text = f.usage
  const shown = f.defaultText ?? f.default
  if (shown !== undefined && shown !== '') text += ` (default: "${shown}")`
  if (f.env !== undefined) text += ` [$${f.env}]`
  return text
}

/** Two columns, as urfave's tabwriter laid them out: `gap` spaces after the widest label. */
function table (rows: Array<[string, string]>, indent: string, gap: number): string[] {
  const width = Math.max(...rows.map(([l]) => l.length)) + gap
  return rows.map(([l, r]) => `${indent}${l.padEnd(width)}${r}`.trimEnd())
}

function optionLines (flags: FlagSpec[]): string[] {
  const shown = flags.filter(f => f.hidden !== true)
  return table([...shown.map(f => [flagLabel(f), flagUsage(f)] as [string, string]), ['--help, -h', 'show help']], INDENT, 1)
}

function commandLines (commands: CommandSpec[]): string[] {
  return table([...commands.map(c => [[c.name, ...(c.aliases ?? [])].join(', '), c.usage] as [string, string]), ['help, h', 'Shows a list of commands or help for one command']], INDENT + '  ', 2)
}

function indented (text: string): string[] {
  return text.split('\n').map(l => l === '' ? '' : INDENT + l)
}

/** The app's help, in the urfave/cli v1 layout users of the original know. */
export function appHelp (app: CommandSpec, version: string): string {
  return [
    'NAME:', `${INDENT}${app.name} - ${app.usage}`, '',
    'USAGE:', `${INDENT}${app.name} [global options] command [command options] [arguments...]`, '',
    'VERSION:', `${INDENT}${version}`, '',
    ...(app.description === undefined ? [] : ['DESCRIPTION:', ...indented(app.description), '']),
    'COMMANDS:', ...commandLines(app.subcommands ?? []), '',
    'GLOBAL OPTIONS:', ...optionLines(app.flags), ''
  ].join('\n')
}

/** Help of a command (`path` = app name then command names). */
export function commandHelp (path: string[], cmd: CommandSpec): string {
  const full = path.join(' ')
  const hasSubs = (cmd.subcommands ?? []).length > 0
  return [
    'NAME:', `${INDENT}${full} - ${cmd.usage}`, '',
    'USAGE:', `${INDENT}${full}${hasSubs ? ' command' : ''} [command options] ${cmd.argsUsage ?? '[arguments...]'}`, '',
    ...(cmd.description === undefined ? [] : ['DESCRIPTION:', ...indented(cmd.description), '']),
    ...(hasSubs ? ['COMMANDS:', ...commandLines(cmd.subcommands ?? []), ''] : []),
    'OPTIONS:', ...optionLines(cmd.flags), ''
  ].join('\n')
}
