/**
 * Test data of the config suite: the identity vector of the original's tests
 * (conventions P-L8), a seed-era RSA identity, the default file of config.md
 * §6 and a service.json as ipfs-cluster 0.3.1 wrote it.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseJson, plain } from '../../src/index.js'

/** Ed25519 key → ID, from the original's tests. */
export const VECTOR = {
  id: '12D3KooWCLKKDpG1EndPjLYzsqzoqEUBwF2CNyCVdvMVci2x1ppS',
  privateKey: 'CAESQOlnuLttGxDhIak0xsgEoHpQEHYrxOA5cCaJ1rFDP8hCJWOSP00t7dIw++QWdEKL9JJaOWzQD414N5tvsnATICs='
}

/** An RSA-2048 identity as the seed generated them (`CAAS…` key, `Qm…` ID). */
export const RSA = {
  id: 'QmSjZaJgK8puvZ8ZoNBV67NNLscVn6Qyah4FWiBEGw7bDZ',
  privateKey: 'CAASqAkwggSkAgEAAoIBAQCf23YfC6yspbp4HQM2qqqgbCZnl0YD6B62DNlDlgxroZ7OEiRhc+J6bzSS89oX8M3j6MTYZOtjtQswl50fiuM4WOE1LUal1vz2ydcLqnTHeHsKx3DEOFpRyOmhud00OSF0LmtviVNBQO1Ap/8OvFb23C/Y+tk8VyZpBMoFvHdT9qn/Lob4gv4HhmovXUNcKjQPSk218poBEgy6CqSW72oyz7XA86L0hjvqTR9QRYVsN3sU4+KDaTbZ7pvs+F9GQizwH5VtS1RnY6qvBk6usT4tswmmZEfe41PM7aF8uZI1I1ba+fuVtubgHZE4B+KXsYSL+X/BP2Zl64TIjrRdYGBdAgMBAAECggEAL8nj3hQXYuWIgS/rLgSHTb4HHSDUBYb252Wf7dyFigee+evihF+obQGhrezIXi/W3TNQ5YAF/qC436XziuJyWv33FXabkChdJ0nfx9UFZDxYTDijNYXDOn/dmEOAJYSOw7S82XMsOG24f4O5dCZJuTLJ+wvCtY84JF0SJ/TXl3nE9t31RmpGSqg3gekeS7GoKz5yN9pimgZKPQDLdA2oyomqMERmZ0j7afHKBnW2RD4JRg5XGOZ+T7gckYsCOKM9Jmkt6931tkltYwAre4FWaPABu47EaRVppjL++kg3M6KSr68nZ+pI3ZDuAfm1BgwlJ0emZhMOFzAY+p8xr4Xx4QKBgQDTVU3qJK44A+zK95HDKQkMe2yK24D/lUSYgMAPR1DihpvsEb6xSOBwwCXdwx/JHeRapvIHTTJDxYnDviGlqdrGu39dKlhtf+H9Ej3FDEOm31eGqbx6qBKusVxdfi2Glfgq0th9unymh524SWVH+P7nPojN/cyCdYCG45LgVG/CEwKBgQDBpO0aNZMrjiAFvIsAZe7S8mG22rJ8XNe/PC258EVnruNXMjRVji1xBPnxDuAo47/6OL4mYWsEWdL3NR3CB8q75o/bKWRnUbkISevI7uID4rWwM/JVa/+LWHL88qQRh6Aqby0AiLq2J95MTEzLwN1Tj/bxxF7eyaj6M0a4xMohzwKBgDvdjV3HmEar7fctHHCBflu31u6a8bb1DOJ6jm2FkUcqRJ8iA7fq4hFujQt+C9IIErkPU753wsZp/fWiNZvdOulTEehNZ5FVSapL8Y2RRNTPrdaq3IaOeARen8CoTrMyZoOTCNrM6iSuhCJBQFycD3FoSI6516YZLRiI/QFpSeNbAoGBAIMECFvERcehSG85Kr7hOJ3G2m/yNfLIijxcBgAY3YySGkTjtd7w7DPcjxMW4nkn5rrwa07ieJqf/4m8iV6/EN7i1xAMSF9TPqKqCPqRDaBdYlpOOzaqdGKePGaB8JnfrnEneUY0PEeEX/Y1ZXwyCE1CSW04VIvd2xM1YDMhCjWnAoGBAJn63zuGMigg4Vzvwj71PnjeYYc7pjiQOAuIf5FfF/yvmz5eQ6nxUJrMNTEh4qp+bnpSRPCSuwfGQ3Mek9RrPuzgVtnEAzk6fRmlKZFHWj+AQtW9WCl+l830sg8ztaoLDbflWeqZq3VDn5GxXaXN5AkeGaPVJrh8CPflXZhcqAqQ'
}

export const SECRET = '2588b80d5cb05374fa142aed6cbb047d1f4ef8ef15e37eba68c65b9d30df67ed'

/** A peer address for peers/bootstrap lists. */
export const PEER = `/ip4/10.0.0.2/tcp/9096/p2p/${RSA.id}`

/** config.md §6, verbatim, with the placeholders filled in. */
export const defaultFileText = (peername: string): string => `{
  "cluster": {
    "id": "${VECTOR.id}",
    "peername": "${peername}",
    "private_key": "${VECTOR.privateKey}",
    "secret": "${SECRET}",
    "peers": [],
    "bootstrap": [],
    "leave_on_shutdown": false,
    "listen_multiaddress": "/ip4/0.0.0.0/tcp/9096",
    "state_sync_interval": "1m0s",
    "ipfs_sync_interval": "2m10s",
    "pin_recover_interval": "12m0s",
    "replication_factor_min": -1,
    "replication_factor_max": -1,
    "monitor_ping_interval": "15s",
    "peer_watch_interval": "5s",
    "disable_repinning": false
  },
  "consensus": {
    "raft": {
      "wait_for_leader_timeout": "15s",
      "network_timeout": "10s",
      "commit_retries": 1,
      "commit_retry_delay": "200ms",
      "backups_rotate": 5,
      "heartbeat_timeout": "1s",
      "election_timeout": "1s",
      "commit_timeout": "50ms",
      "max_append_entries": 64,
      "trailing_logs": 10240,
      "snapshot_interval": "2m0s",
      "snapshot_threshold": 8192,
      "leader_lease_timeout": "500ms"
    }
  },
  "api": {
    "restapi": {
      "listen_multiaddress": "/ip4/127.0.0.1/tcp/9094",
      "read_timeout": "0s",
      "read_header_timeout": "5s",
      "write_timeout": "0s",
      "idle_timeout": "2m0s",
      "max_header_bytes": 4096,
      "basic_auth_credentials": null,
      "http_log_file": "",
      "headers": {},
      "cors_allowed_origins": ["*"],
      "cors_allowed_methods": ["GET"],
      "cors_allowed_headers": [],
      "cors_exposed_headers": ["Content-Type", "X-Stream-Output", "X-Chunked-Output", "X-Content-Length"],
      "cors_allow_credentials": true,
      "cors_max_age": "0s"
    }
  },
  "ipfs_connector": {
    "ipfshttp": {
      "node_multiaddress": "/ip4/127.0.0.1/tcp/5001",
      "connect_swarms_delay": "30s",
      "ipfs_request_timeout": "5m0s",
      "pin_timeout": "2m0s",
      "unpin_timeout": "3h0m0s",
      "repogc_timeout": "24h0m0s",
      "proxy_listen_multiaddress": "/ip4/127.0.0.1/tcp/9095",
      "proxy_read_timeout": "0s",
      "proxy_read_header_timeout": "5s",
      "proxy_write_timeout": "0s",
      "proxy_idle_timeout": "1m0s",
      "proxy_max_header_bytes": 4096,
      "proxy_log_file": "",
      "proxy_extract_headers_extra": [],
      "proxy_extract_headers_path": "/api/v0/version",
      "proxy_extract_headers_ttl": "5m0s"
    }
  },
  "pin_tracker": {
    "maptracker": {
      "pinning_timeout": "1h0m0s",
      "unpinning_timeout": "5m0s",
      "max_pin_queue_size": 1000000,
      "concurrent_pins": 10,
      "priority_pin_max_age": "24h0m0s",
      "priority_pin_max_retries": 5
    }
  },
  "monitor": {
    "monbasic": {
      "check_interval": "15s"
    }
  },
  "informer": {
    "disk": {
      "metric_ttl": "30s",
      "metric_type": "freespace"
    },
    "numpin": {
      "metric_ttl": "10s"
    }
  },
  "observations": {
    "metrics": {
      "enable_stats": false,
      "prometheus_endpoint": "/ip4/127.0.0.1/tcp/8888",
      "reporting_interval": "30s"
    },
    "tracing": {
      "enable_tracing": false,
      "otlp_endpoint": "http://127.0.0.1:4318/v1/traces",
      "sampling_prob": 0.3,
      "service_name": "ipfs-cluster"
    }
  },
  "supervisor": {
    "ready_timeout": "30s",
    "health_check_interval": "1s",
    "restart_delay": "100ms",
    "max_restart_delay": "10s",
    "restart_window": "1m0s",
    "max_restarts": 10,
    "shutdown_timeout": "20s"
  }
}
`

/** A service.json as `ipfs-cluster-service init` 0.3.1 wrote it (no min/max, no recover, no observations, supervisor). */
export const SEED_031_TEXT = `{
  "cluster": {
    "id": "${RSA.id}",
    "private_key": "${RSA.privateKey}",
    "secret": "${SECRET}",
    "peers": [],
    "bootstrap": [],
    "leave_on_shutdown": false,
    "listen_multiaddress": "/ip4/0.0.0.0/tcp/9096",
    "state_sync_interval": "1m0s",
    "ipfs_sync_interval": "2m10s",
    "replication_factor": -1,
    "monitor_ping_interval": "15s"
  },
  "consensus": {
    "raft": {
      "heartbeat_timeout": "1s",
      "election_timeout": "1s",
      "commit_timeout": "50ms",
      "max_append_entries": 64,
      "trailing_logs": 10240,
      "snapshot_interval": "2m0s",
      "snapshot_threshold": 8192,
      "leader_lease_timeout": "500ms"
    }
  },
  "api": {
    "restapi": {
      "listen_multiaddress": "/ip4/127.0.0.1/tcp/9094",
      "read_timeout": "30s",
      "read_header_timeout": "5s",
      "write_timeout": "1m0s",
      "idle_timeout": "2m0s"
    }
  },
  "ipfs_connector": {
    "ipfshttp": {
      "proxy_listen_multiaddress": "/ip4/127.0.0.1/tcp/9095",
      "node_multiaddress": "/ip4/127.0.0.1/tcp/5001",
      "connect_swarms_delay": "7s",
      "proxy_read_timeout": "10m0s",
      "proxy_read_header_timeout": "5s",
      "proxy_write_timeout": "10m0s",
      "proxy_idle_timeout": "1m0s"
    }
  },
  "monitor": {
    "monbasic": {
      "check_interval": "15s"
    }
  },
  "informer": {
    "disk": {
      "metric_ttl": "30s",
      "metric_type": "freespace"
    },
    "numpin": {
      "metric_ttl": "10s"
    }
  }
}
`

/** The default file as a plain object, to change one key per test. */
export const defaultFile = (): Record<string, any> => plain(parseJson(defaultFileText('host1'))) as Record<string, any>

/** Writes service.json (text or object) into a folder. */
export async function writeServiceJson (folder: string, content: string | object): Promise<void> {
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, 'service.json'), typeof content === 'string' ? content : JSON.stringify(content, null, 2))
}

/** The message of what `fn` throws (sync or async); fails when it does not throw. */
export async function errorOf (fn: () => unknown): Promise<Error> {
  try {
    await fn()
  } catch (err) {
    return err as Error
  }
  throw new Error('expected an error, none was thrown')
}
