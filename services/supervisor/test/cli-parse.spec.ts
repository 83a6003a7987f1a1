import assert from 'node:assert/strict'
import { appSpec } from '../src/cli/app.js'
import { appHelp, commandHelp } from '../src/cli/help.js'
import { parseCommandLine, UsageError } from '../src/cli/parse.js'

const env = { HOME: '/home/u' }
const app = appSpec(env)
const parse = (...argv: string[]) => parseCommandLine(app, argv, env)

describe('command line parsing (urfave/cli v1 rules)', () => {
  it('reads global flags before the command and local ones after it', () => {
    const p = parse('-c', '/cfg', '-f', 'init', '--custom-secret')
    assert.deepEqual(p.levels.map(l => l.spec.name), ['ipfs-cluster-service', 'init'])
    assert.equal(p.levels[0].flags.config, '/cfg')
    assert.equal(p.levels[0].flags.force, true)
    assert.equal(p.levels[1].flags['custom-secret'], true)
  })

  it('takes --flag=value, defaults and environment defaults', () => {
    const p = parseCommandLine(app, ['--loglevel=info,raft:debug', 'daemon', '-j', '/ip4/1.2.3.4/tcp/9096/p2p/x'], { HOME: '/h', IPFS_CLUSTER_PATH: '/env/path' })
    assert.equal(p.levels[0].flags.loglevel, 'info,raft:debug')
    assert.equal(p.levels[0].flags.config, '/env/path')
    assert.equal(p.levels[1].flags.bootstrap, '/ip4/1.2.3.4/tcp/9096/p2p/x')
    assert.equal(parse().levels[0].flags.config, '/home/u/.ipfs-cluster')
  })

  it('walks nested commands and keeps arguments', () => {
    const p = parse('state', 'import', '-f', 'pins.json', '--rmin', '2')
    assert.deepEqual(p.levels.map(l => l.spec.name), ['ipfs-cluster-service', 'state', 'import'])
    assert.deepEqual(p.args, ['pins.json'])
    assert.equal(p.levels[2].flags['replication-min'], '2')
  })

  it('rejects unknown flags and missing values like the original', () => {
    assert.throws(() => parse('--bogus'), (e: UsageError) => e.message === 'flag provided but not defined: -bogus' && e.command.length === 0)
    assert.throws(() => parse('init', '-x'), (e: UsageError) => e.message === 'flag provided but not defined: -x' && e.command[0] === 'init')
    assert.throws(() => parse('--config'), /flag needs an argument: -config/)
  })

  it('stops reading options at --', () => {
    assert.deepEqual(parse('state', 'import', '--', '-f').args, ['-f'])
  })

  it('notes -h at any level', () => {
    assert.equal(parse('state', 'export', '-h').levels[2].flags.help, true)
  })

  it('renders help in the urfave layout, hiding --leave, lines within 120 columns', () => {
    const help = appHelp(app, '1.2.3')
    for (const heading of ['NAME:', 'USAGE:', 'VERSION:', 'DESCRIPTION:', 'COMMANDS:', 'GLOBAL OPTIONS:']) assert.ok(help.includes(`\n${heading}`) || help.startsWith(heading), heading)
    assert.match(help, /\n {3}1\.2\.3\n/)
    assert.match(help, /--config value, -c value +path to the config and data FOLDER \(default: "~\/\.ipfs-cluster"\) \[\$IPFS_CLUSTER_PATH\]/)
    assert.match(help, /\n {5}init +create a default configuration and exit/)
    assert.doesNotMatch(help, /--leave/)
    for (const line of help.split('\n')) assert.ok(line.length <= 120, line)
    const state = commandHelp(['ipfs-cluster-service', 'state'], app.subcommands![2])
    assert.match(state, /USAGE:\n {3}ipfs-cluster-service state command \[command options\]/)
    assert.match(state, /\n {5}export +save the IPFS Cluster state to a json file/)
  })
})
