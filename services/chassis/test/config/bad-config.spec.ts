import assert from 'node:assert/strict'
import { InvalidConfigError, parseConfig, parseConfigText } from '../../src/index.js'
import { defaultFile, defaultFileText, errorOf, RSA, VECTOR } from './fixtures.js'

type File = Record<string, any>

/** The message parseConfig gives for the default file after `change`. */
async function problem (change: (f: File) => void, env: Record<string, string> = {}): Promise<string> {
  const file = defaultFile()
  change(file)
  const err = await errorOf(() => parseConfig(file, { env }))
  assert.ok(err instanceof InvalidConfigError, `${err.name}: ${err.message}`)
  return err.message
}

/** [what, change, exact message after "error loading configuration: "] */
const catalogue: Array<[string, (f: File) => void, string]> = [
  // config.md §8, row by row
  ['secret too short', f => { f.cluster.secret = 'abc' }, 'cluster.secret: must be 64 hexadecimal characters (32 bytes) or empty, got 3 characters'],
  ['secret not hex', f => { f.cluster.secret = 'z'.repeat(64) }, 'cluster.secret: invalid hex character "z" at position 0'],
  ['id of another key', f => { f.cluster.id = RSA.id }, `cluster.id: does not match the private_key (the key gives ${VECTOR.id})`],
  ['private key not base64', f => { f.cluster.private_key = '%%%' }, 'cluster.private_key: invalid base64'],
  ['peer without /p2p', f => { f.cluster.peers = ['/ip4/1.2.3.4/tcp/9096'] }, 'cluster.peers[0]: missing /p2p/<peer id> in "/ip4/1.2.3.4/tcp/9096"'],
  ['bad listen address', f => { f.cluster.listen_multiaddress = '/ip4/999.1.1.1/tcp/9096' }, 'cluster.listen_multiaddress: error parsing multiaddress "/ip4/999.1.1.1/tcp/9096": Invalid IPv4 address "999.1.1.1"'],
  ['bad duration', f => { f.cluster.state_sync_interval = 'soon' }, 'cluster.state_sync_interval: invalid duration "soon"'],
  ['min > max', f => { f.cluster.replication_factor_min = 3; f.cluster.replication_factor_max = 2 }, 'cluster.replication_factor_min is larger than max'],
  ['basic_auth {}', f => { f.api.restapi.basic_auth_credentials = {} }, 'api.restapi.basic_auth_credentials: should be null or have at least one entry'],
  ['max_header_bytes', f => { f.api.restapi.max_header_bytes = 100 }, 'api.restapi.max_header_bytes: must be not less than 4096'],
  ['metric_type', f => { f.informer.disk.metric_type = 'cpu' }, 'informer.disk.metric_type: invalid value "cpu" (freespace or reposize)'],
  ['election < heartbeat', f => { f.consensus.raft.election_timeout = '100ms' }, 'consensus.raft.election_timeout: must be equal or greater than heartbeat_timeout'],
  // more of §2 and §4
  ['peer with a bad ID', f => { f.cluster.bootstrap = ['/ip4/1.2.3.4/tcp/9096/p2p/Qm'] }, 'cluster.bootstrap[0]: error decoding peer ID "Qm": Incorrect length'],
  ['peer not a multiaddr', f => { f.cluster.peers = [`/ip4/1.2.3.4/tcp/9096/p2p/${RSA.id}`, 'peer2'] }, 'cluster.peers[1]: error parsing multiaddress "peer2": String multiaddr must start with "/"'],
  ['listen on udp', f => { f.cluster.listen_multiaddress = ['/ip4/0.0.0.0/tcp/9096', '/ip4/0.0.0.0/udp/9096/quic-v1'] }, 'cluster.listen_multiaddress: only /ip4 or /ip6 …/tcp/<port> addresses are supported: "/ip4/0.0.0.0/udp/9096/quic-v1"'],
  ['number instead of duration', f => { f.cluster.monitor_ping_interval = 30 }, 'cluster.monitor_ping_interval: expected a duration string like "30s", got 30'],
  ['string instead of bool', f => { f.cluster.leave_on_shutdown = 'yes' }, 'cluster.leave_on_shutdown: expected a boolean, got "yes"'],
  ['string instead of int', f => { f.consensus.raft.snapshot_threshold = '8192' }, 'consensus.raft.snapshot_threshold: expected an integer, got "8192"'],
  ['fraction instead of int', f => { f.pin_tracker.maptracker.concurrent_pins = 1.5 }, 'pin_tracker.maptracker.concurrent_pins: expected an integer, got 1.5'],
  ['object instead of list', f => { f.cluster.peers = {} }, 'cluster.peers: expected a list, got {}'],
  ['section not an object', f => { f.supervisor = [] }, 'supervisor: expected an object, got []'],
  ['group not an object', f => { f.consensus = 'raft' }, 'consensus: expected an object, got "raft"'],
  ['zero interval', f => { f.cluster.ipfs_sync_interval = '0s' }, 'cluster.ipfs_sync_interval: must be greater than 0'],
  ['negative timeout', f => { f.api.restapi.read_timeout = '-1s' }, 'api.restapi.read_timeout: must not be negative'],
  ['rule R: a 0', f => { f.cluster.replication_factor_min = 0 }, 'cluster.replication_factor_min and max must be set'],
  ['rule R: min wrong', f => { f.cluster.replication_factor_min = -2 }, 'cluster.replication_factor_min is wrong'],
  ['rule R: both below -1', f => { f.cluster.replication_factor_min = -3; f.cluster.replication_factor_max = -2 }, 'cluster.replication_factor_min is wrong'],
  ['rule R: max below -1 (the original checks min > max first; its "max is wrong" cannot be reached)', f => { f.cluster.replication_factor_min = -1; f.cluster.replication_factor_max = -5 }, 'cluster.replication_factor_min is larger than max'],
  ['rule R: one -1', f => { f.cluster.replication_factor_min = -1; f.cluster.replication_factor_max = 3 }, 'cluster.replication_factor_min and max must be -1 when one of them is'],
  ['legacy factor conflicts', f => { f.cluster.replication_factor = 2 }, 'cluster.replication_factor: conflicts with replication_factor_min/max'],
  ['lease > heartbeat', f => { f.consensus.raft.leader_lease_timeout = '2s' }, 'consensus.raft.leader_lease_timeout: cannot be larger than heartbeat_timeout'],
  ['raft timer below 5ms', f => { f.consensus.raft.heartbeat_timeout = '1ms' }, 'consensus.raft.heartbeat_timeout: must be at least 5ms'],
  ['max_append_entries', f => { f.consensus.raft.max_append_entries = 0 }, 'consensus.raft.max_append_entries: must be between 1 and 1024'],
  ['init_peerset bad ID', f => { f.consensus.raft.init_peerset = ['xyz'] }, 'consensus.raft.init_peerset[0]: error decoding peer ID "xyz": Please pass a multibase decoder for strings that do not start with "1" or "Q"'],
  ['empty user name', f => { f.api.restapi.basic_auth_credentials = { '': 'pw' } }, 'api.restapi.basic_auth_credentials: empty user name'],
  ['password not a string', f => { f.api.restapi.basic_auth_credentials = { alice: 3 } }, 'api.restapi.basic_auth_credentials.alice: expected a string, got 3'],
  ['ssl cert without key', f => { f.api.restapi.ssl_cert_file = 'cert.pem' }, 'api.restapi.ssl_cert_file: ssl_cert_file and ssl_key_file must be set together'],
  ['libp2p endpoint', f => { f.api.restapi.libp2p_listen_multiaddress = '/ip4/0.0.0.0/tcp/9096' }, 'api.restapi.libp2p_listen_multiaddress: the libp2p endpoint of the REST API is not supported'],
  ['both listen keys', f => { f.api.restapi.http_listen_multiaddress = '/ip4/127.0.0.1/tcp/9094' }, 'api.restapi.listen_multiaddress: listen_multiaddress and http_listen_multiaddress are both set'],
  ['REST on udp', f => { f.api.restapi.listen_multiaddress = '/ip4/127.0.0.1/udp/9094' }, 'api.restapi.listen_multiaddress: unsupported HTTP listen address "/ip4/127.0.0.1/udp/9094" (/ip4 or /ip6 …/tcp/<port>, or /unix/<path>)'],
  ['header values', f => { f.api.restapi.headers = { 'X-A': 'b' } }, 'api.restapi.headers.X-A: expected a list, got "b"'],
  ['IPFS API address', f => { f.ipfs_connector.ipfshttp.node_multiaddress = '/ip4/127.0.0.1/udp/5001' }, 'ipfs_connector.ipfshttp.node_multiaddress: unsupported IPFS API address "/ip4/127.0.0.1/udp/5001"'],
  ['proxy header bytes', f => { f.ipfs_connector.ipfshttp.proxy_max_header_bytes = 1 }, 'ipfs_connector.ipfshttp.proxy_max_header_bytes: must be not less than 4096'],
  ['extract headers path', f => { f.ipfs_connector.ipfshttp.proxy_extract_headers_path = 'api/v0/version' }, 'ipfs_connector.ipfshttp.proxy_extract_headers_path: must start with "/", got "api/v0/version"'],
  ['concurrent pins', f => { f.pin_tracker.maptracker.concurrent_pins = 0 }, 'pin_tracker.maptracker.concurrent_pins: must be between 1 and 1000'],
  ['pinning timeout', f => { f.pin_tracker.maptracker.pinning_timeout = '0s' }, 'pin_tracker.maptracker.pinning_timeout: must be greater than 0'],
  ['check interval', f => { f.monitor.monbasic.check_interval = '0s' }, 'monitor.monbasic.check_interval: must be greater than 0'],
  ['sampling ratio', f => { f.observations.tracing.sampling_prob = 2 }, 'observations.tracing.sampling_prob: must be between 0 and 1'],
  ['OTLP URL', f => { f.observations.tracing.otlp_endpoint = '127.0.0.1:4318' }, 'observations.tracing.otlp_endpoint: must be an http(s) URL, got "127.0.0.1:4318"'],
  ['prometheus endpoint', f => { f.observations.metrics.prometheus_endpoint = '/unix/tmp/m.sock' }, 'observations.metrics.prometheus_endpoint: must be an /ip4, /ip6 or /dns…/tcp/<port> address, got "/unix/%2Ftmp%2Fm.sock"'],
  ['restart delays', f => { f.supervisor.max_restart_delay = '10ms' }, 'supervisor.max_restart_delay: must be equal or greater than restart_delay'],
  ['max restarts', f => { f.supervisor.max_restarts = 0 }, 'supervisor.max_restarts: must be at least 1'],
  ['consensus.crdt only', f => { f.consensus = { crdt: { cluster_name: 'c' } } }, 'consensus.crdt is not supported: this peer implements Raft consensus only; add a consensus.raft section'],
  ['missing id', f => { delete f.cluster.id }, 'cluster.id not set'],
  ['missing private key', f => { f.cluster.private_key = null }, 'cluster.private_key not set'],
  ['not a libp2p key', f => { f.cluster.private_key = 'aGVsbG8=' }, 'cluster.private_key: not a libp2p private key: invalid wire type 4 at offset 3'],
  ['id not a peer ID', f => { f.cluster.id = 'peer1' }, 'cluster.id: error decoding peer ID "peer1": Please pass a multibase decoder for strings that do not start with "1" or "Q"'],
  ['v1 proxy twice', f => { f.api.ipfsproxy = { listen_multiaddress: '/ip4/127.0.0.1/tcp/9095' } }, 'proxy configured twice: api.ipfsproxy and ipfs_connector.ipfshttp.proxy_*'],
  ['embedded listen', f => { f.ipfs_connector.embedded = { listen_multiaddress: '/ip4/0.0.0.0/udp/4001' } }, 'ipfs_connector.embedded.listen_multiaddress: only /ip4 or /ip6 …/tcp/<port> addresses are supported: "/ip4/0.0.0.0/udp/4001"'],
  ['embedded repo path', f => { f.ipfs_connector.embedded = { repo_path: '' } }, 'ipfs_connector.embedded.repo_path: must not be empty'],
  ['embedded switch', f => { f.ipfs_connector.embedded = { enabled: 'yes' } }, 'ipfs_connector.embedded.enabled: expected a boolean, got "yes"'],
  ['pinsvcapi keys', f => { f.api.pinsvcapi = { max_header_bytes: 10 } }, 'api.pinsvcapi.max_header_bytes: must be not less than 4096']
]

describe('config: bad-config catalogue (config.md §8)', () => {
  for (const [what, change, message] of catalogue) {
    it(`${what} → ${message}`, async () => {
      assert.equal(await problem(change), message)
    })
  }

  it('a bad CLUSTER_* value names the variable and the key', async () => {
    assert.equal(await problem(() => {}, { CLUSTER_REPLICATIONFACTORMIN: 'x' }),
      'CLUSTER_REPLICATIONFACTORMIN (cluster.replication_factor_min): expected an integer, got "x"')
    assert.equal(await problem(() => {}, { CLUSTER_LEAVEONSHUTDOWN: 'yes' }),
      'CLUSTER_LEAVEONSHUTDOWN (cluster.leave_on_shutdown): expected a boolean, got "yes"')
    assert.equal(await problem(() => {}, { CLUSTER_RAFT_HEARTBEATTIMEOUT: '1' }),
      'CLUSTER_RAFT_HEARTBEATTIMEOUT (consensus.raft.heartbeat_timeout): invalid duration "1"')
    assert.equal(await problem(() => {}, { CLUSTER_PEERS: `/ip4/1.2.3.4/tcp/1/p2p/${RSA.id},/ip4/1.2.3.4/tcp/2` }),
      'CLUSTER_PEERS (cluster.peers[1]): missing /p2p/<peer id> in "/ip4/1.2.3.4/tcp/2"')
    assert.equal(await problem(() => {}, { CLUSTER_SECRET: 'abc' }),
      'CLUSTER_SECRET (cluster.secret): must be 64 hexadecimal characters (32 bytes) or empty, got 3 characters')
    assert.equal(await problem(() => {}, { CLUSTER_RESTAPI_BASICAUTHCREDENTIALS: 'alice' }),
      'CLUSTER_RESTAPI_BASICAUTHCREDENTIALS (api.restapi.basic_auth_credentials): expected "name:value" items, got "alice"')
    // a rule across keys broken by a variable reads as the file's rule
    assert.equal(await problem(() => {}, { CLUSTER_REPLICATIONFACTORMIN: '3', CLUSTER_REPLICATIONFACTORMAX: '2' }),
      'cluster.replication_factor_min is larger than max')
  })

  it('truncated JSON → line and column', async () => {
    const text = defaultFileText('host1')
    const cut = text.slice(0, text.indexOf('"peers"'))
    const lines = cut.split('\n')
    const err = await errorOf(() => parseConfigText(cut))
    assert.ok(err instanceof InvalidConfigError)
    assert.equal(err.message, `service.json: invalid JSON at line ${lines.length} column ${lines[lines.length - 1].length + 1}: unexpected end of input`)
    assert.equal(lines.length, 7)
  })

  it('not an object → the same format', async () => {
    assert.equal((await errorOf(() => parseConfigText('"cluster"'))).message, 'service.json: invalid JSON at line 1 column 1: the top level must be an object')
    assert.equal((await errorOf(() => parseConfigText(''))).message, 'service.json: invalid JSON at line 1 column 1: unexpected end of input')
  })
})
