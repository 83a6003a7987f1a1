import { readdir, readFile } from 'node:fs/promises'

/**
 * PIDs of the live processes whose environment has `name=value` (Linux
 * /proc): how a test finds every process a peer started — children, warm
 * spares — to check that none outlives it.
 */
export async function processesWithEnv (name: string, value: string): Promise<number[]> {
  const pids = (await readdir('/proc')).filter(p => /^\d+$/.test(p))
  const envs = await Promise.all(pids.map(async p => readFile(`/proc/${p}/environ`, 'utf8').catch(() => '')))
  return pids.filter((_, i) => envs[i].split('\0').includes(`${name}=${value}`)).map(Number)
}
