/**
 * Two tabs, one list: merging the saved scenarios another tab wrote into ours, and the deletion records
 * that let a scenario deleted in one tab stay deleted in the others. Pure.
 */
import type { Deletions, SavedScenario } from './storage'

/** How many deletions are remembered: enough for tabs to agree, small enough to stay tiny. */
export const MAX_DELETIONS = 200

/** `deleted` with `id` recorded as deleted at `at` (ISO 8601). */
export function withDeletion(deleted: Deletions, id: string, at: string): Deletions {
  return { ...deleted, [id]: at }
}

/** `deleted` without the records of `ids` (scenarios back in the list: a deletion undone). */
export function withoutDeletions(deleted: Deletions, ids: Iterable<string>): Deletions {
  let out: Record<string, string> | null = null
  for (const id of ids) {
    if (!Object.hasOwn(deleted, id)) continue
    out ??= { ...deleted }
    delete out[id]
  }
  return out ?? deleted
}

/** The records to store: the {@link MAX_DELETIONS} latest, oldest first. */
export function deletionRecords(deleted: Deletions): { id: string; at: string }[] {
  return Object.entries(deleted)
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .slice(-MAX_DELETIONS)
    .map(([id, at]) => ({ id, at }))
}

/**
 * Merges the list another tab wrote into ours, by id, as a union: the newer `updatedAt` wins for ids in
 * both; ids in only one list are kept unless `deleted` records their deletion. So two tabs saving at the
 * same instant both keep their scenario. Order: `remote`'s, then ours, so that tabs agree and stop writing.
 */
export function mergeScenarios(
  local: readonly SavedScenario[],
  remote: readonly SavedScenario[],
  deleted: Deletions,
): SavedScenario[] {
  const localById = new Map(local.map((s) => [s.id, s]))
  const merged = remote
    .filter((r) => !Object.hasOwn(deleted, r.id))
    .map((r) => {
      const l = localById.get(r.id)
      return l && l.updatedAt > r.updatedAt ? l : r
    })
  const remoteIds = new Set(remote.map((s) => s.id))
  for (const l of local) if (!remoteIds.has(l.id) && !Object.hasOwn(deleted, l.id)) merged.push(l)
  return merged
}
