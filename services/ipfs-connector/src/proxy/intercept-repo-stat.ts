/** `repo/stat` summed over every consensus peer by the cluster core (ipfs.md §2.2). */
import { clusterCall, type Intercept } from './intercept.js'
import { sendJson } from './responses.js'

export const repoStat: Intercept = async ctx => {
  const res = await ctx.cluster.RepoStat({}, clusterCall)
  const stat = res.repo_stat
  sendJson(ctx.res, { RepoSize: BigInt(stat?.repo_size ?? 0), StorageMax: BigInt(stat?.storage_max ?? 0) }, ctx.headers)
}
